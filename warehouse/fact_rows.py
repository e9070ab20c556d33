"""Extracted facts as plain row tuples for ``raw.metric_facts``, ``raw.event_facts`` and
``raw.extractions``.

The extract step builds these rows in its worker processes and the main process stores them.
Tuples of str/float/int pickle and unpickle far cheaper than the ``Metric``/``Event`` dataclasses
(the 10,000-page synthetic corpus, 254,903 metrics: unpickling 1.6-1.8 CPU s as dataclasses,
0.15 s as tuples), and the main process, which shares the cores with the busy workers, then has
no per-fact Python work left before the rows go into Arrow.  No DuckDB or pyarrow here: the
workers import this module.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from scrapers.facts import Event, Metric

# Columns of a fact row after (url, content_hash, seq); storing adds extractor_version and
# extracted_at, the same for a whole batch.
METRIC_COLUMNS = ("subject", "subject_source", "metric_key", "value", "value_high", "unit", "counted",
                  "qualifier", "measure", "status", "period", "as_of", "geography", "quote", "quote_start",
                  "comparison", "compared_with")
EVENT_COLUMNS = ("event_type", "subtype", "event_date", "date_precision", "title", "agency", "doc_number",
                 "quote", "quote_start", "is_recent")
# (url, content_hash, metrics, events): one row per document processed, even with no facts.
EXTRACTION_COLUMNS = ("url", "content_hash", "metrics", "events")
_KEY = ("url", "content_hash", "seq")
METRIC_KEY = len(_KEY) + METRIC_COLUMNS.index("metric_key")  # position of metric_key in a metric row


def metric_rows(url: str, content_hash: str, metrics: Iterable[Metric]) -> list[tuple]:
    """Rows of ``(url, content_hash, seq, *METRIC_COLUMNS)``, seq being the position in the document."""
    return [
        (url, content_hash, seq, m.subject, m.subject_source, m.metric_key, float(m.value), m.value_high,
         m.unit, m.counted, m.qualifier, m.measure, m.status, m.period, m.as_of, m.geography, m.quote,
         m.start, m.comparison, m.compared_with)
        for seq, m in enumerate(metrics)
    ]


def event_rows(url: str, content_hash: str, events: Iterable[Event]) -> list[tuple]:
    """Rows of ``(url, content_hash, seq, *EVENT_COLUMNS)``."""
    return [
        (url, content_hash, seq, e.type, e.subtype, e.date, e.date_precision, e.title, e.agency,
         e.doc_number, e.quote, e.start, e.recent)
        for seq, e in enumerate(events)
    ]


def metric_of(row: tuple) -> Metric:
    """The ``Metric`` a metric row was made from (for the run's preview of a few facts)."""
    (_, _, _, subject, subject_source, metric_key, value, value_high, unit, counted, qualifier, measure,
     status, period, as_of, geography, quote, start, comparison, compared_with) = row
    return Metric(subject=subject, value=value, unit=unit, qualifier=qualifier, measure=measure,
                  status=status, quote=quote, subject_source=subject_source, counted=counted,
                  value_high=value_high, period=period, as_of=as_of, geography=geography,
                  metric_key=metric_key, start=start, comparison=comparison, compared_with=compared_with)


def event_of(row: tuple) -> Event:
    """The ``Event`` an event row was made from (``date_precision`` follows from the date)."""
    _, _, _, type_, subtype, date, _, title, agency, doc_number, quote, start, recent = row
    return Event(type=type_, date=date, title=title, agency=agency, quote=quote, subtype=subtype,
                 doc_number=doc_number, start=start, recent=recent)


@dataclass
class FactRows:
    """The facts of a batch of documents, ready to store (:func:`warehouse.load.store_extractions`)."""

    metrics: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)
    documents: list[tuple] = field(default_factory=list)  # EXTRACTION_COLUMNS

    def add(self, url: str, content_hash: str, metrics: list[tuple], events: list[tuple]) -> None:
        """Add one document's rows (from :func:`metric_rows` and :func:`event_rows`)."""
        self.metrics.extend(metrics)
        self.events.extend(events)
        self.documents.append((url, content_hash, len(metrics), len(events)))

    def add_extraction(self, url: str, content_hash: str, metrics: Iterable[Metric],
                       events: Iterable[Event]) -> None:
        self.add(url, content_hash, metric_rows(url, content_hash, metrics),
                 event_rows(url, content_hash, events))

    def clear(self) -> None:
        self.metrics.clear()
        self.events.clear()
        self.documents.clear()

    def __len__(self) -> int:
        return len(self.documents)
