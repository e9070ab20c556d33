"""The records fact extraction produces.

Field names follow the labelled development set (``tests/data/devset/README.md``) so that
``miitwatch extract`` output can be scored directly; extra fields add provenance.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Metric:
    """One stated industry metric, value in base units (4000亿元 -> 4.0e11, CNY)."""

    subject: str                  # English description of the indicator (best effort)
    value: float
    unit: str                     # CNY, USD, count, percent, percentage_points, tonne, EFLOPS, EB, W, Wh, robots_per_10000_workers, ratio, ...
    qualifier: str = "eq"         # eq, gt, ge, lt, approx, range
    measure: str = "level"        # level, yoy_growth, growth, share, pp_change, cagr, additions, net_increase, density, rate
    status: str = "actual"        # actual, estimate, target, forecast
    quote: str = ""               # exact substring of the text that states the fact
    subject_source: str | None = None  # the subject as written in the source language
    counted: str | None = None    # what is counted, when unit == "count"
    value_high: float | None = None   # upper bound when qualifier == "range"
    period: str | None = None     # flows: YYYY, YYYY-MM, YYYY-Qn, YYYY-MM/YYYY-MM, YYYY/YYYY
    as_of: str | None = None      # stocks: YYYY-MM-DD, YYYY-MM or YYYY
    geography: str = "China"      # China, China:<region>, World
    metric_key: str | None = None  # key in the conformed metric dictionary, None when unmapped
    # percentage-point figures only (scrapers.facts.comparisons): change (against an earlier
    # time), gap (against another group) or contribution (to the whole's growth), and what the
    # figure is compared with
    comparison: str | None = None
    compared_with: str | None = None
    start: int | None = None      # offset of quote in the text

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Event:
    """One past, dated action of a government body."""

    type: str                     # press_conference, document_issued, approval, standard_release, plan_announced, other
    date: str | None = None       # YYYY-MM-DD, YYYY-MM, YYYY or None
    title: str | None = None      # without 《》
    agency: str | None = None     # normalised English, e.g. "MIIT"; several joined by "; "
    quote: str = ""
    subtype: str | None = None    # with type "other": work_conference, public_consultation, committee_established, data_release
    doc_number: str | None = None  # e.g. 工信部科〔2023〕193号
    start: int | None = None
    # The text withholds the date on purpose (近日, 日前, "recently"): date stays None, and the event
    # happened shortly before publication (the warehouse places it by its report date).
    recent: bool = False

    @property
    def date_precision(self) -> str | None:
        if not self.date:
            return None
        return {10: "day", 7: "month", 4: "year"}.get(len(self.date))

    def to_dict(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if v is not None}
        out.setdefault("date", None)
        out.setdefault("title", None)
        out["date_precision"] = self.date_precision
        if not self.recent:
            del out["recent"]
        return out


@dataclass
class Extraction:
    metrics: list[Metric] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
