"""Helpers shared by the event-construction tests: every event found, checked to quote its text
exactly at its offset, and the one event a sentence states."""
from __future__ import annotations

from datetime import date

from scrapers.facts.events import extract_events
from scrapers.facts.model import Event


# The publication days and time phrases of the generated pass-9 and pass-10 tests (a Friday, so
# "on Tuesday" falls in the same week; a Chinese story in September).
FRIDAY = date(2024, 11, 8)
ZH_DAY = date(2025, 9, 19)
EN_TIMES = (("on Tuesday", "2024-11-05"), ("in October", "2024-10"), ("last month", "2024-10"))
ZH_TIMES = (("16日", "2025-09-16"), ("今年8月", "2025-08"), ("上月", "2025-08"))


def events(text: str, lang: str = "en", published: date | None = FRIDAY) -> list[Event]:
    found = extract_events(text, published=published, lang=lang)
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


def only(text: str, lang: str = "en", published: date | None = FRIDAY) -> Event:
    """The one event ``text`` states; fails with what was found otherwise."""
    found = events(text, lang, published)
    assert len(found) == 1, [(e.type, e.date, e.agency, e.title) for e in found]
    return found[0]


def summary(found: list[Event]) -> list[tuple[str, str | None, str | None]]:
    """(type, date, agency) of each event found."""
    return [(e.type, e.date, e.agency) for e in found]
