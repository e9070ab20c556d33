"""Leftovers of session 17 (sentences written for these tests).

* A Chinese growth rate written with a minus right after what it compares with or a growth word
  (同比-3.5%, 环比-0.2%, 较上年-1.2%, 比去年同期-0.8%, 同比增长-3.5%) is below zero. Not a range's
  dash after a figure (同比增长2%-3%), nor a dash after a bare year (2023年-2025年).
* An English share after a rank held now ("China is the world's largest exporter of solar panels,
  with 35% of global exports") states how things stand: it does not take the span of the flow the
  paragraph before reported. A past rank ("was the largest") or a share with no rank keeps the span.
* "The ministry published safety requirements for … on Monday" (the ministry named before) is a
  document issued (guard against a regression; handled since 1.27.38).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2025, 6, 13)


def _values(text: str) -> list[float]:
    return [m.value for m in metrics(text, "zh", PUB) if m.unit == "percent"]


# --- a written minus after a comparison's base or a growth word -------------------------------
@pytest.mark.parametrize("text, value", [
    ("全国规模以上工业增加值较上年-1.2%。", -1.2),
    ("汽车出口同比-3.5%。", -3.5),
    ("工业生产者出厂价格环比-0.2%。", -0.2),
    ("钢材出口量比去年同期-0.8%。", -0.8),
    ("船舶完工量同比增长-3.5%。", -3.5),
    ("全省工业投资增速-2.1%。", -2.1),
    ("电子信息制造业营业收入比上年-4.6%。", -4.6),
])
def test_minus_after_comparison_base(text, value):
    assert _values(text) == [value]


@pytest.mark.parametrize("text, expected", [
    # (a range's dash after a figure)
    ("汽车出口同比增长2%-3%。", [2.0]),
    # (no minus at all)
    ("汽车出口同比增长3.5%。", [3.5]),
])
def test_dash_that_is_no_minus(text, expected):
    assert _values(text) == expected


def test_dash_between_years_is_no_minus():
    # (a dash after a bare year joins two years: no percentage below zero)
    assert all(v >= 0 for v in _values("2023年-2025年，全省工业增加值年均增长6.5%。"))


# --- a share after a rank held now -------------------------------------------------------------
LEAD = "In the first four months of 2025, China exported 120,000 solar panels, up 10% year on year.\n\n"


def _time_of(text: str, value: float) -> str | None:
    found = [m for m in metrics(LEAD + text, "en", PUB) if m.value == value]
    assert found, text
    return found[0].period or found[0].as_of


@pytest.mark.parametrize("text", [
    "China is the world's largest exporter of solar panels, with 35% of global exports.",
    "China remains the biggest exporter of solar panels, accounting for 35% of global exports.",
    "The country is now the leading exporter of the panels, with 35% of world exports.",
    "China is the world's second-largest exporter of panels, with 35% of global exports.",
    "China is still the top supplier of modules and took 35% of global shipments.",
])
def test_share_after_rank_now_is_now(text):
    assert _time_of(text, 35.0) == "2025-06"


@pytest.mark.parametrize("text", [
    # (a past rank: no statement of now)
    "China was the world's largest exporter of solar panels, with 35% of global exports.",
    # (no rank at all)
    "Modules sold to Europe took 35% of the exports.",
])
def test_share_without_rank_now_keeps_span(text):
    assert _time_of(text, 35.0) == "2025-01/2025-04"


# --- 'requirements' published, object first after the verb ------------------------------------
@pytest.mark.parametrize("text", [
    "China's Ministry of Industry and Information Technology (MIIT) oversees battery makers. "
    "The ministry published safety requirements for e-bike batteries on Monday.",
    "The Ministry of Industry and Information Technology published technical specifications for "
    "e-bike batteries on Monday.",
])
def test_requirements_published_are_a_document(text):
    assert [e.type for e in events(text)] == ["document_issued"]
