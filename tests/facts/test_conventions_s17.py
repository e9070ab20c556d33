"""Conventions settled in session 17 (tests/data/devset/README.md, "Conventions settled in session
17"), on sentences written for these tests, with near-misses that must not change.

* The entries a body names, selects, designates or recognises in one act ("the ministry named 28
  typical application scenarios", "named 15 lighting companies as provincial future factories",
  "selected 15 companies for a pilot program"), and the places or units it approves as a batch of
  pilots or demonstrations ("approved six cities, including …, as pilots"), are the `additions` of
  that batch to the list, whether or not a list word precedes the count. Not a running total in the
  perfect ("has named 1,200 … so far"), nor approvals that designate nothing (projects, plans,
  drugs, standards: "approved 11 capacity-swap plans"), nor entries named for a sanction.
* 新遴选国家级绿色工厂1130家: a batch newly selected onto a list, additions (as 新认定, 新培育).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2031, 6, 20)


def _one(text: str, value: float, lang: str = "en"):
    found = [m for m in metrics(text, lang, PUB) if m.value == value and m.unit == "count"]
    assert len(found) == 1, [(m.value, m.unit, m.measure, m.quote) for m in metrics(text, lang, PUB)]
    return found[0]


# --- A. a batch a body names: additions --------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The ministry last week named 28 typical application scenarios for service robots in sectors from mining to retail.", 28),
    ("At the same event, the administration named 17 national testing centres, covering fields such as batteries and drones.", 17),
    ("On Monday, the provincial department named 15 lighting companies as provincial \"future factories\".", 15),
    ("In March, the ministry named 24 carmakers to a pilot program on remote software updates.", 24),
    ("Last month, the MIIT named 19 companies to its first list of tractor makers meeting industry standard conditions.", 19),
    ("In April, the ministry selected 15 companies for a pilot program on applying domestic auto chips.", 15),
    ("The regulator designated 40 hospitals as pilot sites for domestic imaging equipment.", 40),
    ("In April, the ministry named 31 cities and regions as the first batch of IPv6-only pilot areas.", 31),
    ("Separately, the MIIT last week named 18 transformer makers among its latest batch of demonstration factories.", 18),
    ("In 2030, the aviation regulator approved six cities, including Shenzhen and Hefei, as pilots for urban air traffic.", 6),
    ("In July, the ministry and four other departments approved 20 cities as pilots for vehicle-road-cloud integration.", 20),
    ("Earlier this month, the MOT approved nine inland ports, including Wuhan and Nanjing, as the first batch of green ports.", 9),
])
def test_en_a_batch_a_body_names_is_additions(text: str, value: float) -> None:
    assert _one(text, value).measure == "additions"


@pytest.mark.parametrize("text, value", [
    # approvals that designate nothing: projects, plans, lines, drugs
    ("Hebei's industry department on Wednesday approved 11 capacity-swap plans for steelmakers.", 11),
    ("The NDRC approved two ultra-high-voltage transmission lines in July.", 2),
    ("The regulator approved 48 innovative drugs in the first half of the year.", 48),
    # a running total in the perfect
    ("The ministry has named 1,200 enterprises as green factories so far.", 1200),
    # entries named for a sanction, not recognised
    ("The ministry named 23 apps that illegally collected users' personal data.", 23),
    # a difference between years, not a batch
    ("The regulator named 6 fewer firms this year than last year.", 6),
    # a stock, no act of naming
    ("The province has 120 such factories.", 120),
])
def test_en_counts_that_are_no_batch_named_stay_levels(text: str, value: float) -> None:
    assert _one(text, value).measure == "level"


# --- A. 新遴选: a batch newly selected ----------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("工业和信息化部今天公布2030年度绿色制造名单，新遴选国家级绿色工厂1130家。", 1130),
    ("该省今年新遴选省级智能工厂215家。", 215),
])
def test_zh_newly_selected_entries_are_additions(text: str, value: float) -> None:
    assert _one(text, value, "zh").measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("全省累计遴选省级智能工厂2300家。", 2300),  # a running total
    ("该省已遴选省级智能工厂2300家。", 2300),
])
def test_zh_selections_so_far_stay_levels(text: str, value: float) -> None:
    assert _one(text, value, "zh").measure == "level"
