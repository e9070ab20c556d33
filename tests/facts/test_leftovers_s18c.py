"""Leftovers of session 18 (audits and studies), taken up by helper s18_left3 (sentences written for
these tests).

* "MOF" is the Ministry of Finance, as "MOT" is the transport ministry's initials; not another
  country's ("Japan's MOF", "the MOF of Japan", a story that shows its MOF to be Japan's), nor a
  chemist's metal-organic framework ("a MOF", "MOF-5"), nor MOFCOM.
* A Chinese count of kinds or models (14种工业机器人, 30类, 14款) is no row of units made, sold or
  shipped (工业机器人产量); a row that counts kinds itself (绿色设计产品2000余种) keeps its key.
* "one in five shifts" (occasions, not units of a population) is no share.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2025, 11, 14)  # a Friday: "on Monday" is 2025-11-10


def _events(text: str):
    return [(e.type, e.date, e.agency) for e in events(text, "en", PUB)]


# --- "MOF" ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The MOF on Monday released a notice on subsidies for new energy vehicles.",
     [("document_issued", "2025-11-10", "Ministry of Finance")]),
    ("On Tuesday, the MOF issued guidelines on government procurement of domestic servers.",
     [("document_issued", "2025-11-11", "Ministry of Finance")]),
    ("The MOF and the MIIT on Monday jointly issued a circular on tax relief for chipmakers.",
     [("document_issued", "2025-11-10", "Ministry of Finance; MIIT")]),
    # (the full name with its initials is one body)
    ("The Ministry of Finance (MOF) on Monday released a notice on subsidies for new energy vehicles.",
     [("document_issued", "2025-11-10", "Ministry of Finance")]),
])
def test_mof_is_the_finance_ministry(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Japan's MOF on Monday released a notice on bond issuance.",
    "Singapore's MOF on Monday released a notice on tax.",
    "The MOF of Japan on Monday released a notice on bond issuance.",
    # (the story shows its MOF to be Japan's)
    "Japan's MOF said on Friday it would sell bonds. The MOF on Monday released a notice on bond issuance.",
    # (a metal-organic framework)
    "Researchers released a MOF on Monday that captures carbon dioxide.",
    "The MOF-5 material was released on Monday by researchers.",
])
def test_mof_near_misses(text):
    assert _events(text) == []


def test_finance_ministry_by_role_in_a_story_with_a_foreign_mof():
    text = ("Japan's MOF said on Friday it would sell bonds. China's finance ministry on Monday released a "
            "notice on chip subsidies.")
    assert _events(text) == [("document_issued", "2025-11-10", "Ministry of Finance")]


def test_mofcom_stays_the_commerce_ministry():
    assert _events("The MOFCOM on Monday released a notice on export controls.") == [
        ("document_issued", "2025-11-10", "Ministry of Commerce")]


# --- Chinese counts of kinds ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "目前共有14种工业机器人产品入选目录。",
    "全国共有14种工业机器人。",
    "今年1-10月，全国规模以上工业企业生产工业机器人14种。",
    "已有14款工业机器人通过认证。",
    "共有9种新能源汽车车型出口欧洲。",
])
def test_zh_count_of_kinds_is_no_output_row(text):
    found = [m for m in metrics(text, "zh", PUB) if m.unit == "count"]
    assert found and all(m.metric_key is None for m in found), [(m.value, m.metric_key) for m in found]


@pytest.mark.parametrize("text, key", [
    ("全国工业机器人产量达到5万套。", "industrial_robot_output"),
    ("新能源汽车出口120万辆。", "nev_exports"),
    # (a row that counts kinds itself keeps them)
    ("累计推广绿色设计产品2000余种。", "green_design_products"),
])
def test_zh_counts_of_units_keep_their_rows(text, key):
    assert [m.metric_key for m in metrics(text, "zh", PUB) if m.unit == "count"] == [key]


# --- "one in five" occasions ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The plant runs one in five shifts on weekends.",
    "Only one in three attempts at a launch succeeded.",
    "The furnace is relined one in four quarters.",
    "The line is idle one in seven nights.",
])
def test_one_in_n_occasions_is_no_share(text):
    assert not [m for m in metrics(text, "en", PUB) if m.unit == "percent"]


@pytest.mark.parametrize("text, value", [
    ("One in four shift workers said pay fell.", 25.0),
    ("One in five new cars sold in China is electric.", 20.0),
    ("Nearly one in three rounds of financing went to chipmakers.", 33.3),
])
def test_one_in_n_of_a_population_stays_a_share(text, value):
    assert [m.value for m in metrics(text, "en", PUB) if m.unit == "percent"] == [value]
