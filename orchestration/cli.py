"""The `miitwatch` command line: run the pipeline, extract facts from files, open the UI.

    miitwatch run [--json] [--source snapshot|live] [--database PATH] [--full-refresh] [--sources a,b] [--columns x,y]
    miitwatch extract PATH...
    miitwatch ui [--port N]
    miitwatch serve-snapshot [--port N]
    miitwatch search QUERY
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="miitwatch", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="materialize the whole graph once, in-process")
    run.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    run.add_argument("--source", choices=["snapshot", "live"], help="overrides MIITWATCH_SOURCE")
    run.add_argument("--database", help="overrides MIITWATCH_DUCKDB")
    run.add_argument("--full-refresh", action="store_true", help="rebuild incremental dbt models from scratch")
    run.add_argument("--since", help="backfill listings back to this date (YYYY-MM-DD)")
    run.add_argument("--sources", help="comma-separated sources to crawl (default: all), e.g. miit,chinadaily")
    run.add_argument("--retry-failed", action="store_true",
                     help="retry every failed page and attachment now, even those waiting for a later run")
    run.add_argument("--columns", help="comma-separated column keys to crawl (default: all), e.g. gxsj/tjfx/rjy")

    ex = sub.add_parser("extract", help="print facts found in text or HTML files, one JSON line per file")
    ex.add_argument("paths", nargs="+")

    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev) on 127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)

    serve = sub.add_parser("serve-snapshot", help="serve the bundled snapshot on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)

    search = sub.add_parser("search", help="full-text search of documents in the published build")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)

    args = parser.parse_args(argv)
    return {"run": _run, "extract": _extract, "ui": _ui, "serve-snapshot": _serve, "search": _search}[args.command](args)


def _run(args) -> int:
    if args.source:
        os.environ["MIITWATCH_SOURCE"] = args.source
    if args.database:
        os.environ["MIITWATCH_DUCKDB"] = str(Path(args.database).resolve())
    from orchestration.instance import ensure_dagster_home

    ensure_dagster_home()
    from orchestration.runner import run_pipeline

    split = lambda value: [v.strip() for v in value.split(",") if v.strip()] if value else None  # noqa: E731
    summary = run_pipeline(full_refresh=args.full_refresh, since=args.since, progress=not args.json,
                           sources=split(args.sources), columns=split(args.columns),
                           retry_failed=args.retry_failed)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        print(_format_summary(summary))
    return 0 if summary["success"] else 1


def _format_summary(s: dict) -> str:
    status = "succeeded" if s["success"] else "FAILED"
    lines = [
        f"miitwatch run {status} in {s['seconds']:.1f} s (source: {s['source']}, run {s['run_id']})",
        f"  pages fetched     {s['pages_fetched']} ({s['articles_fetched']} articles"
        + (f" + {s['article_parts_fetched']} further pages of multi-page articles" if s.get("article_parts_fetched") else "")
        + f", {s['pages_failed']} failed, will be retried)",
        *([f"  retry later       {s['pages_retry_later']} failing pages wait for their next try "
           "(marts.mart_fetch_failures; --retry-failed tries them now)"] if s.get("pages_retry_later") else []),
        f"  documents         {s['documents_new']} new, {s['documents_total']} in the warehouse",
        f"  facts             {s['metrics']} metric observations, {s['events']} policy events "
        f"({s['metrics_extracted']} metrics / {s['events_extracted']} events extracted this run)",
        f"  dbt               {s['dbt']}: tests {s['tests_passed']} passed, {s['tests_failed']} failed, {s['tests_warned']} warned",
        f"  database          {s['database']}",
        f"  published (BI)    {s['published']}",
    ]
    if s.get("error"):
        lines.append(f"  error             {s['error']}")
    return "\n".join(lines)


def _extract(args) -> int:
    from orchestration.extract_cli import extract_file

    status = 0
    for path in args.paths:
        try:
            row = extract_file(Path(path))
        except Exception as exc:  # one bad file must not hide the others' output
            print(f"miitwatch extract: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
            row = {"path": path, "metrics": [], "events": [], "error": str(exc)}
            status = 1
        row["path"] = path
        print(json.dumps(row, ensure_ascii=False))
    return status


def _ui(args) -> int:
    from orchestration.instance import ensure_dagster_home

    home = ensure_dagster_home()
    print(f"Dagster UI on http://127.0.0.1:{args.port} (DAGSTER_HOME={home})", flush=True)
    cmd = [sys.executable, "-m", "dagster", "dev", "-m", "orchestration.definitions",
           "-h", "127.0.0.1", "-p", str(args.port)]
    return subprocess.call(cmd)


def _serve(args) -> int:
    from scrapers.snapshot.server import SnapshotServer

    with SnapshotServer(port=args.port) as server:
        print(f"serving the bundled snapshot on {server.base_url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


def _search(args) -> int:
    import duckdb

    from warehouse import search, settings

    copy = settings.publish_dir() / "current" / "miitwatch.duckdb"
    if not copy.exists():
        print(f"no published build at {copy}; run `miitwatch run` first", file=sys.stderr)
        return 1
    con = duckdb.connect(str(copy), read_only=True)
    for url, title, published_at, score in search.search(con, args.query, limit=args.limit):
        print(f"{score:6.2f}  {published_at:%Y-%m-%d}  {title}\n        {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
