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


def reader(lang: str, published: date | None):
    """``metrics`` in one language, with a test file's own publication day as default:
    ``en = reader("en", PUB)``, then ``en(text)`` or ``en(text, other_day)``."""
    def read(text: str, published: date | None = published):
        return metrics(text, lang, published)
    return read


def time_of(m) -> str | None:
    """A metric's period, else its as-of date: the one time it is dated by."""
    return m.period or m.as_of
