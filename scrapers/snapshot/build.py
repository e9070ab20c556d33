"""Builds the snapshot site tree (``sites/<host>/…``) from the article text files.

``python -m scrapers.snapshot.build [--articles DIR] [--out DIR]``

Pages are laid out like the real sites (see ``miit_pages`` / ``news_pages``); listings are padded
with generated fillers (``fillers``); deliberate faults are placed either where an article file
asks (``FAULT:``) or, for each fault no file asks for, on a filler.  Everything is derived from
file names and contents, so rebuilding gives identical bytes (the output is committed).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from scrapers.snapshot import fillers, miit_pages, news_pages
from scrapers.snapshot.pdf import text_pdf
from scrapers.snapshot.textfiles import ArticleText, read_articles
from scrapers.sources.base import Column, ColumnState
from scrapers.sources.registry import get_source

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
SITES = HERE / "sites"
FAULTS_FILE = "_faults.json"
API_DIR = "_api/unit"            # under the MIIT host: <pageId>/<pageNo>.json
MIIT_HOST = "www.miit.gov.cn"
MIIT_MIN_ROWS = 49               # > 2 pages of 24, so every column has ≥ 3 listing pages
NEWS_MIN_ROWS = 41               # > 2 pages of 20
NEWS_PAGE_SIZE = 20
ATTACH_DIR = "/cms_files/filemanager/1226211233/attach"
PDF_VIEWER = "/cms_files/demo/pdfjs/web/viewer.html?file="
OFFSITE_URL = "http://www.news.cn/tech/20261118/0f6c3b0e8a1d4c2f9b7e5a4d3c2b1a09/c.html"

_TOP_NAMES = {"xwfb": "新闻发布", "zwgk": "政务公开", "gxsj": "工信数据", "xwdt": "新闻动态"}
_ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n"
_NEWS_HOSTS = {"chinadaily": "www.chinadaily.com.cn", "govcn_en": "english.www.gov.cn",
               "govcn_zh": "www.gov.cn"}


def hexid(key: str, n: int = 32) -> str:
    """A stable lower-case hex id derived from ``key`` (never random: output is committed)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


@dataclass
class Placed:
    """An article with its URL and the fault it carries."""

    art: ArticleText
    url: str
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # (href, title, bytes)


class SiteWriter:
    """Collects output files (path under the site root → bytes) and fault overrides."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.faults: dict[str, dict] = {}

    def put(self, url_or_path: str, data: str | bytes) -> None:
        if "://" in url_or_path:
            parts = urlsplit(url_or_path)
            url_or_path = parts.netloc + parts.path
        if url_or_path.endswith("/"):
            url_or_path += "index.html"
        if url_or_path in self.files:
            raise ValueError(f"two pages at {url_or_path}")
        self.files[url_or_path] = data.encode("utf-8") if isinstance(data, str) else data

    def write(self, out: Path) -> None:
        if out.exists():
            shutil.rmtree(out)
        for rel, data in sorted(self.files.items()):
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (out / FAULTS_FILE).write_text(json.dumps(self.faults, ensure_ascii=False, indent=1,
                                                  sort_keys=True) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- article URLs

def article_url(art: ArticleText) -> str:
    d, key = art.published, art.key
    if art.source == "miit":
        return f"https://{MIIT_HOST}/{art.column}/art/{d:%Y}/art_{hexid(key)}.html"
    if art.source == "chinadaily":
        return f"https://www.chinadaily.com.cn/a/{d:%Y%m}/{d:%d}/WS{hexid(key, 24)}.html"
    if art.source == "govcn_en":
        return f"https://english.www.gov.cn/{art.column}/{d:%Y%m}/{d:%d}/content_WS{hexid(key, 24)}.html"
    number = int(hexid(key, 12), 16) % 9_000_000 + 1_000_000
    return f"https://www.gov.cn/{art.column}/{d:%Y%m}/content_{number}.htm"


def _columns(source: str, arts: list[ArticleText]) -> dict[str, Column]:
    """Configured columns plus any column an article file names."""
    src = get_source(source)
    cols = dict(src.columns)
    for art in arts:
        cols.setdefault(art.column, src.column(art.column))
    return cols


def _pad(source: str, column: Column, arts: list[ArticleText], minimum: int, lang: str,
         origin: str) -> list[ArticleText]:
    """The column's articles plus fillers up to ``minimum`` rows, newest first."""
    padded = list(arts)
    i = 0
    while len(padded) < minimum:
        padded.append(fillers.filler(source, column.key, i, lang, origin))
        i += 1
    return sorted(padded, key=lambda a: (a.published, a.key), reverse=True)


def _assign_builder_faults(columns: dict[str, list[ArticleText]], arts: list[ArticleText]) -> None:
    """Place each fault no article file asks for on a filler, so the snapshot shows every one."""
    asked = {a.fault for a in arts if a.fault}
    wanted = [("truncated", "xwfb/gxdt"), ("pubdate_mismatch", "xwfb/gxdt/sjdt"),
              ("gbk", "gxsj/tjfx/rjy")]
    for fault, column in wanted:
        if fault in asked:
            continue
        fill = [a for a in columns.get(column, []) if a.generated and not a.fault]
        if fill:
            fill[min(1, len(fill) - 1)].fault = fault


# ---------------------------------------------------------------- MIIT

def _miit_trail(column: Column) -> list[tuple[str, str]]:
    top = column.key.split("/", 1)[0]
    trail = [("/index.html", "首页"), (f"/{top}/index.html", _TOP_NAMES.get(top, top))]
    return trail + [(f"/{column.key}/index.html", column.name)]


def _miit_href(placed: Placed, column: Column, index: int) -> str:
    """Listing hrefs as the real site mixes them: root-relative, absolute http:// (nearly all on
    最新政策), and a few old-generation /xwdt/ links on the news columns."""
    path = urlsplit(placed.url).path
    byte = int(hexid("href/" + placed.art.key, 2), 16)
    if column.key == "xwfb/zxzc":
        return path if index % 24 == 5 else f"http://{MIIT_HOST}{path}"
    if column.key.startswith("xwfb/gxdt") and byte % 7 == 1:
        return "/xwdt/" + path[len("/xwfb/"):]
    return f"http://{MIIT_HOST}{path}" if byte % 5 == 0 else path


def _attachments(placed: Placed) -> None:
    art = placed.art
    for i, title in enumerate(art.attachments):
        ext = title.rsplit(".", 1)[-1].lower() if "." in title else "pdf"
        path = f"{ATTACH_DIR}/{art.published.year}{art.published.month}/{hexid(f'{art.key}#{i}')}.{ext}"
        stem = title.rsplit(".", 1)[0]
        if ext == "pdf":
            data = text_pdf(stem, [art.title] + art.paragraphs)
            href = PDF_VIEWER + path if int(hexid("viewer/" + path, 2), 16) % 2 == 0 else path
        else:
            # Word opens RTF saved as .doc; enough for a binary download with a real body.
            data = ("{\\rtf1\\ansi " + "".join(f"\\u{ord(c)}?" for c in stem) + "}").encode("ascii")
            href = path
        placed.attachments.append((href, title, data))


def _miit_article(placed: Placed, column: Column, w: SiteWriter) -> None:
    art = placed.art
    paragraphs = art.paragraphs
    meta_time = art.published - timedelta(days=1) if art.fault == "pubdate_mismatch" else art.published
    charset = "gb2312" if art.fault == "gbk" else "utf-8"
    html = miit_pages.article_page(
        url=placed.url, title=art.title, column_name=column.name, trail=_miit_trail(column),
        shown_time=art.published, meta_time=meta_time, origin=art.origin, paragraphs=paragraphs,
        attachment_links=[(h, t) for h, t, _ in placed.attachments], charset=charset)
    _put_article(placed, html, w)
    for href, _, data in placed.attachments:
        w.put(MIIT_HOST + href.removeprefix(PDF_VIEWER), data)


def _put_article(placed: Placed, html: str, w: SiteWriter) -> None:
    """Write an article page, applying the encoding/truncation faults it carries."""
    key = urlsplit(placed.url).netloc + urlsplit(placed.url).path
    if placed.art.fault == "gbk":
        # Bytes and <meta> say GB2312; the server's header (a fault entry) wrongly says UTF-8.
        w.put(key, html.encode("gbk", errors="xmlcharrefreplace"))
        w.faults[key] = {"headers": {"Content-Type": "text/html; charset=utf-8"}}
        return
    if placed.art.fault == "truncated":
        # Cut inside the second paragraph's opening tag, as a dropped transfer would.
        body = html.index('<div id="con_con"') if 'id="con_con"' in html else len(html) // 2
        cut = html.find("<p", html.find("<p", body) + 2)
        html = html[: (cut if cut > 0 else len(html) * 2 // 3) + 5]
    w.put(key, html)


def build_miit(arts: list[ArticleText], w: SiteWriter) -> None:
    columns = _columns("miit", arts)
    by_col = {key: [a for a in arts if a.column == key] for key in columns}
    for key, column in columns.items():
        if column.listing == "api":
            by_col[key] = _pad("miit", column, by_col[key], MIIT_MIN_ROWS, "zh", "工业和信息化部")
    _assign_builder_faults(by_col, arts)

    placed_by_col: dict[str, list[Placed]] = {}
    for key, column in columns.items():
        placed_by_col[key] = []
        for art in by_col[key]:
            placed = Placed(art, article_url(art))
            _attachments(placed)
            _miit_article(placed, column, w)
            placed_by_col[key].append(placed)

    for key, column in columns.items():
        if column.listing != "api":
            continue
        page_id = column.page_id or hexid("miit-column/" + key)
        newest = max(p.art.published for p in placed_by_col[key])
        shell = miit_pages.column_shell(column.name, page_id, _miit_trail(column), newest)
        w.put(f"{MIIT_HOST}/{key}/index.html", shell)
        if key.startswith("xwfb/gxdt"):
            # The pre-2024 shell still answers (same page id; rows link to /xwfb/).
            w.put(f"{MIIT_HOST}/xwdt/{key[len('xwfb/'):]}/index.html", shell)
        rows = [miit_pages.Row(_miit_href(p, column, i), p.art.title, f"{p.art.published:%Y-%m-%d}")
                for i, p in enumerate(placed_by_col[key])]
        _miit_listing_faults(key, rows)
        pages = math.ceil(len(rows) / miit_pages.PAGE_SIZE)
        for n in range(1, pages + 1):
            chunk = rows[(n - 1) * miit_pages.PAGE_SIZE: n * miit_pages.PAGE_SIZE]
            w.put(f"{MIIT_HOST}/{API_DIR}/{page_id}/{n}.json",
                  miit_pages.listing_response(chunk, page_no=n, count=len(rows), page_id=page_id))

    press = columns.get("xwfb/xwfbh")
    if press is not None:
        blocks = []
        for key, column in columns.items():
            if key.startswith("xwfb/xwfbh/"):
                rows = [miit_pages.Row(f"http://{MIIT_HOST}{urlsplit(p.url).path}" if i % 2 else
                                       urlsplit(p.url).path, p.art.title, f"{p.art.published:%Y-%m-%d}")
                        for i, p in enumerate(placed_by_col[key][:6])]
                blocks.append((f"/{key}/index.html", column.name, rows))
        w.put(f"{MIIT_HOST}/xwfb/xwfbh/index.html", miit_pages.press_index(blocks, _miit_trail(press)))
    w.put(f"{MIIT_HOST}/robots.txt", _ROBOTS)


def _miit_listing_faults(key: str, rows: list[miit_pages.Row]) -> None:
    """Builder-made listing faults: a row whose page does not exist (404), a row linking off the
    allow-list, and 最新政策 not strictly in date order (as on the real site)."""
    if key == "xwfb/gxdt/sjdt" and len(rows) > 3:
        rows.insert(2, miit_pages.Row(f"/xwfb/gxdt/sjdt/art/{rows[2].day[:4]}/art_{hexid('missing-page')}.html",
                                      "工业和信息化部有关司局召开专题工作会议", rows[2].day))
    if key == "xwfb/gxdt" and len(rows) > 4:
        rows.insert(3, miit_pages.Row(OFFSITE_URL, "新华社：工业经济稳中有进 新动能加快成长", rows[3].day))
    if key == "xwfb/zxzc" and len(rows) > 5:
        rows[1], rows[4] = rows[4], rows[1]


# ---------------------------------------------------------------- news sites

def _news_listing_urls(source: str, column: Column, pages: int) -> list[str]:
    src = get_source(source)
    state = ColumnState(column)
    return [src.listing_request(state, n).url for n in range(1, pages + 1)]


def build_news(source: str, arts: list[ArticleText], w: SiteWriter,
               originals: dict[str, ArticleText]) -> None:
    host = _NEWS_HOSTS[source]
    src = get_source(source)
    columns = _columns(source, arts)
    for key, column in columns.items():
        col_arts = _pad(source, column, [a for a in arts if a.column == key], NEWS_MIN_ROWS,
                        src.language, {"chinadaily": "chinadaily.com.cn", "govcn_en": "Xinhua",
                                       "govcn_zh": "工业和信息化部"}[source])
        placed = [Placed(a, article_url(a)) for a in col_arts]
        for p in placed:
            paragraphs = p.art.paragraphs
            if p.art.fault == "republished_from" and p.art.fault_arg in originals:
                # A reprint: the news site carries the original's text after its own note.
                paragraphs = paragraphs + originals[p.art.fault_arg].paragraphs
            if p.art.page_starts and source == "chinadaily":
                _put_chinadaily_pages(p, column, paragraphs, w)
            else:
                _put_article(p, _news_article(source, p, column, paragraphs), w)

        pages = math.ceil(len(placed) / NEWS_PAGE_SIZE)
        urls = _news_listing_urls(source, column, pages)
        for n in range(1, pages + 1):
            chunk = placed[(n - 1) * NEWS_PAGE_SIZE: n * NEWS_PAGE_SIZE]
            rows = [(_news_href(source, p.url, i), p.art.title, p.art.published)
                    for i, p in enumerate(chunk)]
            prev_href = urlsplit(urls[n - 2]).path if n > 1 else None
            next_href = urlsplit(urls[n]).path if n < pages else None
            render = {"chinadaily": news_pages.chinadaily_listing, "govcn_en": news_pages.govcn_en_listing,
                      "govcn_zh": news_pages.govcn_zh_listing}[source]
            label = column.key if source == "chinadaily" else column.name
            w.put(urls[n - 1], render(label, rows, prev_href, next_href, n))
    w.put(f"{host}/robots.txt", _ROBOTS)


def part_url(url: str, page_no: int) -> str:
    """Page ``page_no`` (≥ 2) of a multi-page China Daily article: ``WS….html`` → ``WS…_2.html``."""
    return url.removesuffix(".html") + f"_{page_no}.html"


def _put_chinadaily_pages(p: Placed, column: Column, paragraphs: list[str], w: SiteWriter) -> None:
    """A China Daily article split at its page breaks: every page has the title, byline and the
    pager linking all pages; the listing links the first."""
    art = p.art
    bounds = [0, *art.page_starts, len(paragraphs)]
    urls = [p.url] + [part_url(p.url, n) for n in range(2, len(bounds))]
    hrefs = [_news_href("chinadaily", u, 0) for u in urls]
    for n, url in enumerate(urls, 1):
        html = news_pages.chinadaily_article(
            title=art.title, section=column.key, origin=art.origin, updated=art.published,
            paragraphs=paragraphs[bounds[n - 1]:bounds[n]],
            description=paragraphs[0][:160], pager=news_pages.chinadaily_article_pager(hrefs, n))
        w.put(url, html)


def _news_href(source: str, url: str, index: int) -> str:
    parts = urlsplit(url)
    if source == "chinadaily":
        return f"//{parts.netloc}{parts.path}"          # protocol-relative, as China Daily does
    if source == "govcn_en":
        return f"http://{parts.netloc}{parts.path}" if index % 2 == 0 else parts.path
    return "./" + parts.path.rsplit("/", 2)[-2] + "/" + parts.path.rsplit("/", 1)[-1]


def _news_article(source: str, p: Placed, column: Column, paragraphs: list[str]) -> str:
    art = p.art
    if source == "chinadaily":
        return news_pages.chinadaily_article(title=art.title, section=column.key, origin=art.origin,
                                             updated=art.published, paragraphs=paragraphs,
                                             description=paragraphs[0][:160] if paragraphs else art.title)
    if source == "govcn_en":
        return news_pages.govcn_en_article(title=art.title, section_name=column.name,
                                           section_href=f"/{column.key}/", origin=art.origin,
                                           updated=art.published, paragraphs=paragraphs)
    return news_pages.govcn_zh_article(title=art.title, column_name=column.name, origin=art.origin,
                                       published=art.published, paragraphs=paragraphs,
                                       manuscript_id=hexid(art.key, 10),
                                       library=column.key.endswith("zhengceku"))


# ---------------------------------------------------------------- entry points

def build(articles_root: Path = ARTICLES, out: Path = SITES) -> dict[str, int]:
    """Render the whole snapshot into ``out`` (replacing it); returns file counts per host."""
    arts = read_articles(articles_root)
    w = SiteWriter()
    originals = {a.key: a for a in arts}
    build_miit([a for a in arts if a.source == "miit"], w)
    for source in _NEWS_HOSTS:
        build_news(source, [a for a in arts if a.source == source], w, originals)
    w.write(out)
    counts: dict[str, int] = {}
    for rel in w.files:
        host = rel.split("/", 1)[0]
        counts[host] = counts.get(host, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--out", type=Path, default=SITES)
    args = parser.parse_args(argv)
    for host, n in sorted(build(args.articles, args.out).items()):
        print(f"{host}: {n} files")


if __name__ == "__main__":
    main()
