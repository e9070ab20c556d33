"""Industry-metric extraction (placeholder until implemented)."""
from __future__ import annotations

from datetime import date

from scrapers.facts.model import Metric


def extract_metrics(text: str, *, published: date | None, lang: str) -> list[Metric]:
    return []
