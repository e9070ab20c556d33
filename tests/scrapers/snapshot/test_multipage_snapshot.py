"""Article files with page breaks: read as one text with page starts, rendered by the builder as
a China Daily article over linked pages (``WS…_2.html``) that parse back into the whole text."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrapers import crawl
from scrapers.snapshot import build as builder
from scrapers.snapshot.textfiles import PAGE_BREAK, read_article

HEAD = "TITLE: Robots\nCOLUMN: business\nPUBLISHED: 2025-11-20 07:45\nORIGIN: By Zhong Nan | China Daily\nLANG: en\n\n"


def write(tmp_path: Path, paragraphs: list[str]) -> Path:
    path = tmp_path / "chinadaily" / "robots.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_page_breaks_are_read_as_page_starts(tmp_path):
    art = read_article(write(tmp_path, ["A.", "B.", PAGE_BREAK, "C.", PAGE_BREAK, "D.", "E."]), "chinadaily")
    assert art.paragraphs == ["A.", "B.", "C.", "D.", "E."] and art.page_starts == [2, 3]


@pytest.mark.parametrize("paragraphs", [[PAGE_BREAK, "A."], ["A.", PAGE_BREAK], ["A.", PAGE_BREAK, PAGE_BREAK, "B."]])
def test_a_page_break_must_stand_between_paragraphs(tmp_path, paragraphs):
    with pytest.raises(ValueError, match="page break"):
        read_article(write(tmp_path, paragraphs), "chinadaily")


def test_the_builder_renders_linked_pages_that_parse_back_into_the_whole_text(tmp_path):
    path = write(tmp_path / "articles", ["One.", PAGE_BREAK, "Two: 470 units per 10,000 workers.", PAGE_BREAK, "Three."])
    art = read_article(path, "chinadaily")
    builder.build(tmp_path / "articles", tmp_path / "sites")
    url = builder.article_url(art)
    files = {u: tmp_path / "sites" / u.split("://", 1)[1] for u in (url, builder.part_url(url, 2), builder.part_url(url, 3))}
    assert all(f.is_file() for f in files.values())
    html = {u: f.read_text(encoding="utf-8") for u, f in files.items()}
    doc, failures = crawl.parse_article_parts("chinadaily", url, html[url], html)
    assert failures == [] and doc.body_text.split("\n\n") == art.paragraphs
    # the listing links the first page only
    listing = (tmp_path / "sites" / "www.chinadaily.com.cn" / "business").rglob("*.html")
    linked = "".join(p.read_text(encoding="utf-8") for p in listing)
    assert url.split(":", 1)[1] in linked and builder.part_url(url, 2).split(":", 1)[1] not in linked
