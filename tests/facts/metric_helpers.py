"""Helpers shared by the Chinese and English metric-construction tests."""
from __future__ import annotations

from datetime import date

from scrapers.facts.metrics import extract_metrics

PUB = date(2024, 10, 20)


def metrics(text: str, lang: str, published: date | None = PUB):
    return extract_metrics(text, published=published, lang=lang)


def only(text: str, lang: str, published: date | None = PUB):
    """The one metric ``text`` states; fails with what was found otherwise."""
    found = metrics(text, lang, published)
    assert len(found) == 1, [(m.value, m.unit, m.quote) for m in found]
    return found[0]
