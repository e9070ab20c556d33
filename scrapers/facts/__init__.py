"""Fact extraction: industry metrics and policy events from Chinese and English text.

Pure, deterministic Python (no Dagster, no DuckDB).  The public face is :func:`extract`; the
records it returns carry the exact source quote, so every fact keeps its provenance.

Bump :data:`EXTRACTOR_VERSION` whenever a change can alter output: stored documents are
re-processed (without refetching) exactly when the version they were extracted with differs.
"""
from __future__ import annotations

from scrapers.facts.model import Event, Extraction, Metric
from scrapers.facts.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "Event", "Extraction", "Metric", "extract"]
