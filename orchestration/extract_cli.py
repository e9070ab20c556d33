"""`miitwatch extract`: facts from a text file (with optional `Key: value` header) or an HTML page."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from scrapers.facts import extract

_HEADER = re.compile(r"^([A-Z][A-Z_-]*):[ \t]*(.*)$")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """`KEY: value` lines up to the first blank line form a header, if the file starts with one.

    The document text is what follows that blank line, unchanged (quotes are offsets into it).
    """
    lines = raw.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if line.strip() == "":
            if header:
                return header, "\n".join(lines[i + 1:])
            break
        m = _HEADER.match(line)
        if not m:
            break
        header[m.group(1)] = m.group(2).strip()
    return {}, raw


def _published(value: str | None) -> date | None:
    if not value or value.lower() == "unknown":
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def extract_file(path: Path) -> dict:
    raw = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm"):
        from scrapers.sources import parse_any_page

        doc = parse_any_page(raw, url=path.resolve().as_uri())
        text, published, lang = doc.body_text, (doc.published_at.date() if doc.published_at else None), doc.language
    else:
        header, text = split_header(raw.decode("utf-8-sig"))
        published, lang = _published(header.get("PUBLISHED")), (header.get("LANG") or None)
    ex = extract(text, published=published, lang=lang)
    return {"path": str(path), "metrics": [m.to_dict() for m in ex.metrics], "events": [e.to_dict() for e in ex.events]}
