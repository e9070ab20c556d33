"""The snapshot builder: deterministic output, real-site layout, padded listings, planted faults,
the bundled articles all rendering into parseable pages, and the PDF attachment's text."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from scrapers.attachments import pdf_text
from scrapers.crawl import parse_article
from scrapers.snapshot import build as builder
from scrapers.snapshot.fillers import filler
from scrapers.snapshot.textfiles import read_articles
from scrapers.sources.base import ParseError
from scrapers.sources.registry import get_source

ARTICLES = Path(__file__).parent / "articles"
MIIT_DIR = "www.miit.gov.cn"


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_build_is_deterministic(site, tmp_path):
    builder.build(ARTICLES, tmp_path / "again")
    assert _digest(tmp_path / "again") == _digest(site)


def _api_rows(site: Path, page_id: str) -> list[str]:
    pages = sorted((site / MIIT_DIR / builder.API_DIR / page_id).glob("*.json"), key=lambda p: int(p.stem))
    htmls = [json.loads(p.read_text(encoding="utf-8"))["data"]["html"] for p in pages]
    return [href for h in htmls for href in re.findall(r'<a class="fl" href="([^"]+)"', h)]


def test_every_miit_column_has_a_shell_and_three_listing_pages(site):
    for key, column in get_source("miit").columns.items():
        shell = (site / MIIT_DIR / key / "index.html").read_text(encoding="utf-8")
        if column.listing != "api":
            assert 'class="cf"' in shell  # server-rendered rows
            continue
        page_id = re.search(r"'pageId':'([0-9a-f]{32})'", shell).group(1)
        if column.page_id:
            assert page_id == column.page_id           # the known real id is used
        assert 'url="/api-gateway/jpaas-publish-server/front/page/build/unit"' in shell
        for furniture in ('id="barrierfree_container"', 'class="w980 center mnav"', "京ICP备04000001号-2"):
            assert furniture in shell
        rows = _api_rows(site, page_id)
        assert len(rows) >= 49, key
        assert len(list((site / MIIT_DIR / builder.API_DIR / page_id).glob("*.json"))) >= 3


def test_old_column_shell_still_answers(site):
    old = (site / MIIT_DIR / "xwdt/gxdt/sjdt/index.html").read_text(encoding="utf-8")
    assert "'pageId':'028da85b0dbd4c9cb96fd5f421cd32b8'" in old


def test_article_urls_follow_each_site_pattern(site):
    patterns = {
        MIIT_DIR: r"[a-z/]+/art/\d{4}/art_[0-9a-f]{32}\.html",
        "www.chinadaily.com.cn": r"a/\d{6}/\d{2}/WS[0-9a-f]{24}\.html",
        "english.www.gov.cn": r"[a-z/]+/\d{6}/\d{2}/content_WS[0-9a-f]{24}\.html",
        "www.gov.cn": r"zhengce/(zhengceku/)?\d{6}/content_\d{7}\.htm",
    }
    for host, pattern in patterns.items():
        pages = [str(p.relative_to(site / host)) for p in (site / host).rglob("*.htm*")
                 if not re.search(r"(index|page_\d+|home_\d+)\.html?$", p.name)]
        assert len(pages) >= 41 and all(re.fullmatch(pattern, p) for p in pages), host


def test_planted_listing_faults(site):
    sjdt = _api_rows(site, "028da85b0dbd4c9cb96fd5f421cd32b8")
    missing = [h for h in sjdt if not (site / MIIT_DIR / h.lstrip("/")).is_file()
               and h.startswith("/xwfb/")]
    assert len(missing) == 1                                    # one row leads to a 404
    gxdt_shell = (site / MIIT_DIR / "xwfb/gxdt/index.html").read_text(encoding="utf-8")
    gxdt_id = re.search(r"'pageId':'([0-9a-f]{32})'", gxdt_shell).group(1)
    offsite = [h for h in _api_rows(site, gxdt_id) if h.startswith("http") and "miit.gov.cn" not in h]
    assert offsite == [builder.OFFSITE_URL]
    zxzc = _api_rows(site, "42cd38164cb6441a84bdfa441909e15e")
    assert sum(h.startswith("http://www.miit.gov.cn/") for h in zxzc) >= len(zxzc) - 3


def test_fillers_carry_no_figures():
    for column in ("xwfb/gxdt", "zwgk/zcwj/wjfb/tz", "zwgk/zcwj/wjfb/gg"):
        for i in range(60):
            f = filler("miit", column, i, "zh", "工业和信息化部")
            assert f.generated and not re.search(r"\d", f.title + "".join(f.paragraphs)), f
    en = filler("chinadaily", "business", 3, "en", "chinadaily.com.cn")
    assert not re.search(r"\d", en.title + "".join(en.paragraphs))


def test_pdf_attachment_text_is_extractable(site):
    pdfs = sorted((site / MIIT_DIR / "cms_files").rglob("*.pdf"))
    texts = [pdf_text(p.read_bytes()) for p in pdfs]
    notice = [t for t in texts if "工业互联网平台行动方案" in t]
    assert notice, "the fixture notice's PDF is missing"
    assert "到2028年，培育50个跨行业跨领域工业互联网平台。" in notice[0]  # wrapped lines re-joined


def test_pdf_text_rejects_non_pdf():
    with pytest.raises(ValueError, match="not a PDF"):
        pdf_text(b"<html>error page</html>")
    with pytest.raises(ValueError, match="unreadable PDF"):
        pdf_text(b"%PDF-1.4\ngarbage")


# ---- the bundled article set (written by others; expectations are structural)

@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled") / "sites"
    builder.build(builder.ARTICLES, out)
    return out


def _article_pages(root: Path):
    hosts = {MIIT_DIR: "miit", "www.chinadaily.com.cn": "chinadaily", "english.www.gov.cn": "govcn_en",
             "www.gov.cn": "govcn_zh"}
    for host, source in hosts.items():
        for p in sorted((root / host).rglob("*.htm*")):
            if re.search(r"/art/|/a/\d{6}/|content_", str(p)):
                body = p.read_bytes()
                yield source, f"https://{p.relative_to(root)}", body.decode(
                    "gbk" if b"charset=gb2312" in body[:1000] else "utf-8")


def test_every_bundled_article_parses_except_the_truncated(bundled):
    arts = read_articles(builder.ARTICLES)
    expected_truncated = sum(a.fault == "truncated" for a in arts)
    parsed, truncated = 0, 0
    titles = set()
    for source, url, html in _article_pages(bundled):
        try:
            doc = parse_article(source, url, html)
        except ParseError as exc:
            assert "truncated" in str(exc), (url, exc)
            truncated += 1
            continue
        assert doc.title and doc.body_text and doc.published_at, url
        titles.add(doc.title)
        parsed += 1
    assert truncated == max(expected_truncated, 1)
    assert {a.title for a in arts if a.fault != "truncated"} <= titles


def test_committed_snapshot_is_current(bundled):
    """sites/ must be rebuilt (python -m scrapers.snapshot.build) after the articles change."""
    if not any(builder.SITES.iterdir()):
        pytest.skip("no committed snapshot yet")
    assert _digest(builder.SITES) == _digest(bundled)
