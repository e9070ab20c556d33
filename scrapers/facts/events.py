"""Policy-event extraction (placeholder until implemented)."""
from __future__ import annotations

from datetime import date

from scrapers.facts.model import Event


def extract_events(text: str, *, published: date | None, lang: str) -> list[Event]:
    return []
