"""Reads the snapshot's article text files (``articles/<source>/<name>.txt``).

Format: ``KEY: value`` header lines (TITLE, COLUMN, PUBLISHED, ORIGIN, LANG, optional ATTACHMENTS
and FAULT), a blank line, then paragraphs separated by blank lines.  A paragraph that is exactly
``--- page break ---`` starts a further page of the article (China Daily splits long articles
over ``WS…_2.html``, ``_3.html``); the builder renders such an article as linked pages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

SOURCES = ("miit", "chinadaily", "govcn_en", "govcn_zh")
FAULTS = ("gbk", "truncated", "pubdate_mismatch", "republished_from")
PAGE_BREAK = "--- page break ---"


@dataclass
class ArticleText:
    source: str
    name: str                      # file stem; ids are derived from "<source>/<name>"
    title: str
    column: str
    published: datetime
    origin: str
    lang: str
    paragraphs: list[str]
    attachments: list[str] = field(default_factory=list)   # file titles, e.g. "附件1.pdf"
    fault: str | None = None       # "gbk", "truncated", "pubdate_mismatch", "republished_from"
    fault_arg: str | None = None   # for republished_from: "<source>/<name>" of the original
    generated: bool = False        # a builder-made filler, not a hand-written file
    page_starts: list[int] = field(default_factory=list)   # index of the first paragraph of page 2, 3, …

    @property
    def key(self) -> str:
        return f"{self.source}/{self.name}"


def read_article(path: Path, source: str) -> ArticleText:
    """One article file; ValueError names the file and the missing or bad header."""
    head, _, body = path.read_text(encoding="utf-8").replace("\r\n", "\n").partition("\n\n")
    fields: dict[str, str] = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"{path}: header line without ':': {line!r}")
        fields[key.strip().upper()] = value.strip()
    paragraphs = [" ".join(p.split("\n")).strip() for p in body.split("\n\n") if p.strip()]
    page_starts = [i - n for n, i in enumerate(j for j, p in enumerate(paragraphs) if p == PAGE_BREAK)]
    try:
        if page_starts and (page_starts[0] == 0 or page_starts[-1] >= len(paragraphs) - len(page_starts)
                            or len(set(page_starts)) < len(page_starts)):
            raise ValueError("a page break must stand between two paragraphs")
        published = datetime.strptime(fields["PUBLISHED"], "%Y-%m-%d %H:%M")
        fault, _, fault_arg = fields.get("FAULT", "").partition("=")
        if fault and fault not in FAULTS:
            raise ValueError(f"unknown FAULT {fault!r}")
        return ArticleText(
            source=source, name=path.stem, title=fields["TITLE"], column=fields["COLUMN"].strip("/"),
            published=published, origin=fields.get("ORIGIN", ""), lang=fields.get("LANG", "zh"),
            paragraphs=[p for p in paragraphs if p != PAGE_BREAK], page_starts=page_starts,
            attachments=[a.strip() for a in fields.get("ATTACHMENTS", "").split("|") if a.strip()],
            fault=fault or None, fault_arg=fault_arg or None)
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{path}: bad article file: {exc}") from exc


def read_articles(root: Path) -> list[ArticleText]:
    """All article files under ``root/<source>/`` for the known sources, in a stable order."""
    out = []
    for source in SOURCES:
        for path in sorted((root / source).glob("*.txt")):
            out.append(read_article(path, source))
    return out
