"""Instructions per document of fact extraction, counted by valgrind: a figure that does not drift.

``.venv/bin/python benchmarks/instruction_count.py [--workload extract_cold|extract_en_cold|extract_zh_cold] ROOT…``

Seconds on this VM drift by a third within minutes, so the speed passes are judged by
instructions: valgrind's callgrind counts them, the same for the same code, inputs and environment
whatever else the machine is doing. For each ROOT (a checkout of this project; compare two by
giving two, e.g. a private copy of the old commit and the working tree) it compiles the bytecode
first (a checkout whose ``__pycache__`` is rewritten mid-run skews the count), then runs the
workload twice under valgrind with ``PYTHONHASHSEED=0``: once importing and warming up only, once
extracting every hand-written snapshot article (``scrapers/snapshot/articles``, caches cleared
before each, as a crawl sees each page once). The difference, per document, is printed in
thousands of instructions. Needs valgrind (Debian's package); about two minutes per root.
A benchmark script that prints figures; not a test.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

WORKLOADS = ("extract_cold", "extract_en_cold", "extract_zh_cold")


def run_workload(workload: str, count: bool) -> int:
    """Extract the hand-written articles (all of them when ``count``, none otherwise: imports and
    warm-up only); returns how many documents the workload holds."""
    from scrapers.facts import extract
    from scrapers.facts.pipeline import clear_caches
    from scrapers.snapshot.build import ARTICLES
    from scrapers.snapshot.textfiles import read_articles

    language = None if workload == "extract_cold" else workload.removeprefix("extract_")[:2]
    docs = [("\n".join(a.paragraphs), a.published.date(), a.lang) for a in read_articles(ARTICLES)
            if not a.generated and language in (None, a.lang)]
    # (regexes compiled and tables built in both runs, so the difference is extraction alone)
    extract("工业增加值同比增长5%。", lang="zh")
    extract("Output rose 5 percent.", lang="en")
    for text, published, lang in docs if count else ():
        clear_caches()
        extract(text, published=published, lang=lang)
    return len(docs)


def count_root(root: Path, workload: str) -> tuple[int, int]:
    """(thousands of instructions per document, documents) for the checkout at ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "scrapers")], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    totals, docs = [], 0
    for count in (False, True):
        with tempfile.NamedTemporaryFile("w+") as log:
            args = [sys.executable, str(Path(__file__).resolve()), "--inner", workload]
            done = subprocess.run(
                ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", f"--log-file={log.name}",
                 *args, *(["--count"] if count else [])],
                env=env, cwd=root, capture_output=True, text=True, check=True)
            collected = re.search(r"Collected : (\d+)", Path(log.name).read_text())
            if collected is None:
                raise SystemExit(f"valgrind printed no total for {root}: {done.stderr[-500:]}")
            totals.append(int(collected.group(1)))
            docs = int(done.stdout.strip().splitlines()[-1])
    return (totals[1] - totals[0]) // max(docs, 1) // 1000, docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*", type=Path, help="checkouts to measure (default: this one)")
    ap.add_argument("--workload", choices=WORKLOADS, default="extract_cold")
    ap.add_argument("--inner", choices=WORKLOADS, help=argparse.SUPPRESS)   # the run valgrind watches
    ap.add_argument("--count", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inner:
        print(run_workload(args.inner, args.count))
        return 0
    for root in args.roots or [Path(__file__).resolve().parents[1]]:
        per_doc, docs = count_root(root.resolve(), args.workload)
        print(f"{root}: {args.workload}, {docs} documents, {per_doc:,} K instructions per document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
