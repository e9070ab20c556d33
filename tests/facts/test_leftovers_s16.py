"""Leftovers of the sixteenth session's studied sets (events missed, measures and statuses misread),
one test per construction, on sentences written for these tests: several wordings and near-misses
that must keep working.

Events: "the provincial industry department" is the department of the one place its own sentence
names before it, whatever other places the story names; makers, producers and suppliers are entries
a body names to a list; "approved a mandatory national standard" is a standard released; "The
ministry also released a list of …" right after the same body's dated act is of that day.
Metrics: the level a goal starts from (", up from 652 billion yuan last year") is actual, no goal,
and the figure before such a base ("should reach 65 percent, up from 52.4 percent") is a level, no
growth; "a 12% decline from December" is a change against the month before, no year-on-year rate.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, summary
from metric_helpers import metrics

PUB = date(2024, 10, 20)


def _en(text: str):
    return [(m.value, m.measure, m.status) for m in metrics(text, "en", PUB)]


# --- "the provincial industry department" of the place its sentence names ----------------------------
_OTHER_PLACE = "Prices in Shanghai rose 3% this month, traders in Guangdong said. "


@pytest.mark.parametrize("text, agency", [
    ("In the southwestern province of Yunnan, home to most refiners, the provincial industry department said on "
     "Monday it had approved two recycling projects.", "Yunnan Provincial Department of Industry and Information Technology"),
    ("In Hebei, the provincial industry department on Monday approved three steel projects.",
     "Hebei Provincial Department of Industry and Information Technology"),
    ("In neighbouring Jiangsu province, the provincial industry department on Monday named 12 pilot factories.",
     "Jiangsu Provincial Department of Industry and Information Technology"),
])
def test_en_provincial_department_of_its_sentences_place(text: str, agency: str) -> None:
    found = events(_OTHER_PLACE + text)
    assert [(e.type, e.agency) for e in found] == [("approval", agency)]


def test_en_provincial_department_of_two_places_is_unresolved() -> None:
    # (two places before it: neither is surely the department's)
    text = _OTHER_PLACE + "In Hebei and Shanxi, the provincial industry department on Monday approved three steel projects."
    assert all(e.agency is None or "Provincial" not in e.agency for e in events(text))


# --- makers, producers, suppliers named to a list ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT on Tuesday named 18 transformer makers among its latest batch of demonstration factories.",
    "The MIIT on Tuesday named 12 battery producers to its list of compliant companies.",
    "The ministry on Tuesday approved 30 auto parts suppliers as national demonstration companies.",
])
def test_en_makers_named_to_a_list(text: str) -> None:
    story = "The Ministry of Industry and Information Technology (MIIT) oversees the sector. " + text
    assert [(t, d) for t, d, _ in summary(events(story))] == [("approval", "2024-11-05")]


@pytest.mark.parametrize("text", [
    "The MIIT on Tuesday said 18 transformer makers had raised prices.",
    "Transformer makers on Tuesday named 18 new board members.",
])
def test_en_makers_not_named_by_a_body_stay_out(text: str) -> None:
    assert [e.type for e in events(text) if e.type == "approval"] == []


# --- a standard approved ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Standardization Administration of China has also recently approved a mandatory national standard on vehicle software updates.",
    "The Standardization Administration of China recently approved a new national standard for e-bike batteries.",
    "The SAMR has approved 12 industry standards for humanoid robots.",
])
def test_en_standard_approved(text: str) -> None:
    assert [e.type for e in events(text)] == ["standard_release"]


@pytest.mark.parametrize("text", [
    "The SAMR has approved the standard conditions for the gallium industry.",
    "The Standardization Administration of China recently approved a draft national standard for public comment.",
])
def test_en_standard_near_misses(text: str) -> None:
    assert "standard_release" not in [e.type for e in events(text)]


# --- "also" after the same body's dated act ------------------------------------------------------------
_DATED = "The MIIT on Wednesday published revised standard conditions for the gallium industry. "


@pytest.mark.parametrize("text", [
    "The ministry also released a list of 14 producers found to comply with the conditions.",
    "The ministry also published a list of 14 qualified producers.",
    "The MIIT also released a list of 20 compliant companies.",
])
def test_en_also_act_takes_the_day_before(text: str) -> None:
    found = summary(events(_DATED + text))
    assert found == [("document_issued", "2024-11-06", "MIIT"), ("approval", "2024-11-06", "MIIT")]


@pytest.mark.parametrize("text, day", [
    ("The NDRC also released a list of 14 producers found to comply with the conditions.", None),   # (another body)
    ("The ministry also released a list of 14 qualified producers in March.", "2024-03"),        # (its own time)
])
def test_en_also_act_near_misses(text: str, day: str | None) -> None:
    found = summary(events(_DATED + text))
    assert len(found) == 2 and found[1][1] == day


# --- the level a goal starts from -------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The plan calls for the industry's revenue to exceed 800 billion yuan by 2028, up from 652 billion yuan last year.",
     [(800e9, "level", "target"), (652e9, "level", "actual")]),
    ("It calls for efficient models to account for more than 80% of new transformers by 2031, up from about 55% last year.",
     [(80.0, "share", "target"), (55.0, "share", "actual")]),
    ("The plan aims to raise output to 5 million tonnes by 2030, up from 3.2 million tonnes in 2023.",
     [(5e6, "level", "target"), (3.2e6, "level", "actual")]),
    ("The ministry wants the number of plants cut to 300 by 2030, down from about 412 now.",
     [(300.0, "level", "target"), (412.0, "level", "actual")]),
])
def test_en_earlier_level_of_a_goal_is_actual(text: str, expected) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (a base of a time still ahead is part of the goal)
    ("The plan calls for revenue to exceed 800 billion yuan by 2030, up from 652 billion yuan in 2027.",
     [(800e9, "level", "target"), (652e9, "level", "target")]),
    # (a source's estimate of the past stays its estimate)
    ("SEMI estimates China's spending will reach $38 billion in 2026, down from an estimated $45 billion last year.",
     [(38e9, "level", "forecast"), (45e9, "level", "estimate")]),
])
def test_en_earlier_level_near_misses(text: str, expected) -> None:
    assert _en(text) == expected


# --- a figure reached from a level told after it -------------------------------------------------------
@pytest.mark.parametrize("text, measure", [
    ("By 2033 the utilization rate of phosphogypsum, a solid waste, should reach 65 percent, up from 52.4 percent last year.", "rate"),
    ("By 2030 the penetration rate of smart meters, a key indicator, should hit 90%, up from 70% in 2023.", "rate"),
])
def test_en_level_reached_from_an_earlier_level(text: str, measure: str) -> None:
    assert [m for _, m, _ in _en(text)] == [measure, measure]


@pytest.mark.parametrize("text, expected", [
    # (a growth told before the base of its own pace: still a growth)
    ("Output rose 12 percent from a year earlier, up from 9 percent growth in August.", "yoy_growth"),
    ("Profits jumped 20 percent, up from 12 percent growth in the first quarter.", "yoy_growth"),
])
def test_en_changes_stay_changes(text: str, expected: str) -> None:
    assert _en(text)[0][1] == expected


# --- a change against the month before, told as a noun ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("In January, used-car exports slowed to 38,600 units, a 12% decline from December.", -12.0),
    ("Sales reached 2.1 million units in March, a 5 percent rise from February.", 5.0),
    ("Output came to 8.2 million tonnes in May, a 3.1% drop from April.", -3.1),
])
def test_en_noun_change_from_last_month(text: str, value: float) -> None:
    found = [(v, m) for v, m, _ in _en(text) if m != "level"]
    assert found == [(value, "growth")]


@pytest.mark.parametrize("text", [
    "Sales reached 2.1 million units in March, a 5 percent rise from a year earlier.",
    "Output came to 8.2 million tonnes in May, a 3.1% drop from May last year.",
])
def test_en_noun_change_from_a_year_earlier_stays_yoy(text: str) -> None:
    assert [m for _, m, _ in _en(text) if m != "level"] == ["yoy_growth"]
