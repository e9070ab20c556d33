"""Conventions settled in session 19 (tests/data/devset/README.md, "Conventions settled in session
19"), on sentences written for these tests, with near-misses that must not change.

* Filings and registrations a period adds to a public register (新备案, 新登记) are ``additions``;
  the register's running total (累计备案, 已有…完成备案 to a date) stays a ``level``.
* A change "another/a further X%" told for a whole year ("next year", "in 2027") is that year on the
  year before, a ``yoy_growth``; for a half or a quarter, or with no span, it stays a ``growth``
  from the level now.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

PUB = date(2024, 5, 20)


def _one(text: str, value: float, lang: str, published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit, m.measure, time_of(m), m.quote) for m in metrics(text, lang, published)]
    return found[0]


# --- B. new filings: entries to a register --------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2023年，全国新备案国产普通化妆品约12.4万件。", 124000),
    ("去年全省新备案医疗器械产品3260个。", 3260),
    ("今年一季度，全市新登记经营主体4.2万户。", 42000),
])
def test_new_filings_are_additions(text, value):
    assert _one(text, value, "zh").measure == "additions"


@pytest.mark.parametrize("text, value", [
    # the register's total: a stock
    ("截至2023年底，全国累计备案国产普通化妆品约160万件。", 1600000),
    ("全国累计已有117款生成式人工智能服务完成备案。", 117),
    # 新 of something else, no new filing: 新原料 is the kind of thing filed, 创新 is no 新
    ("截至2023年底，已有126个化妆品新原料完成备案。", 126),
    ("全省创新登记企业累计达到860家。", 860),
])
def test_register_totals_stay_level(text, value):
    assert _one(text, value, "zh").measure == "level"


# --- E. "another X%" over a whole year: year on year ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Exports could grow another 8% next year, the association said.", 8),
    ("Analysts expect sales to rise a further 12% next year as subsidies continue.", 12),
    ("Output is set to climb another 5 percent in 2025, the group said.", 5),
    ("Revenue may increase a further 6% in the coming year, the company said.", 6),
])
def test_another_over_a_whole_year_is_yoy(text, value):
    assert _one(text, value, "en").measure == "yoy_growth"


@pytest.mark.parametrize("text, value", [
    ("Prices could rise another 15% in the first half, traders said.", 15),
    ("Prices could rise another 9%, traders said, before demand picks up next year.", 9),
])
def test_another_over_less_than_a_year_stays_growth(text, value):
    m = _one(text, value, "en")
    assert m.measure == "growth", m
