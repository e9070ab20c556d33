"""Helpers shared by the event-construction tests: every event found, checked to quote its text
exactly at its offset, and the one event a sentence states."""
from __future__ import annotations

from datetime import date

from scrapers.facts.events import extract_events
from scrapers.facts.model import Event


def events(text: str, lang: str, published: date | None) -> list[Event]:
    found = extract_events(text, published=published, lang=lang)
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


def only(text: str, lang: str, published: date | None) -> Event:
    """The one event ``text`` states; fails with what was found otherwise."""
    found = events(text, lang, published)
    assert len(found) == 1, [(e.type, e.date, e.agency, e.title) for e in found]
    return found[0]
