"""Precision audit 20: probe sentences written for the audit against the rules of the heldout18
study and the session's later probes (68ed97c, 30caa00, f9382c7, 7378065, b8d6706), one test per
misfire fixed, with near-misses and the neighbouring rules' cases that must stay as they are.

* A stock over a span of years that runs on to now ("Over the past five years, China built 3
  million base stations" in November: the past N years include the current one from October on;
  "In 2027-2031, …" in 2031) is stated as of the publication month, not at the end of a year
  not yet over (a flow keeps its span; a goal its horizon).
* "14 types of industrial robots", "30 kinds of new materials": a count of kinds (a catalogue's
  entries) takes no dictionary key (it is no count of the product's output or stock).
* “十六五” / "the 16th Five-Year Plan": 2031—2035, as the plans before it are read; a figure over it
  in a text written before it began is a goal (b8d6706's rule), no longer a figure stated now.
* 纯度提升至11个9: a purity told by its count of nines, no count of anything (30caa00 read only the
  percent form).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

NOV = date(2031, 11, 13)  # a Thursday, in the months from which "the past N years" include this one
MAY = date(2031, 5, 14)


def _en(text: str, published: date = NOV) -> list[tuple[float, str, str | None, str | None, str]]:
    return [(m.value, m.measure, m.period, m.as_of, m.status) for m in metrics(text, "en", published)]


def _zh(text: str, published: date) -> list[tuple[float, str, str | None, str]]:
    return [(m.value, m.measure, time_of(m), m.status) for m in metrics(text, "zh", published)]


# --- a stock over a span of years running on to now: as of now -------------------------------------
@pytest.mark.parametrize("text", [
    "Over the past five years, China built 3 million 5G base stations.",
    "China has built 3 million 5G base stations over the past three years.",
    "Over the past decade, China built 3 million 5G base stations.",
    "In 2027-2031, China built 3 million 5G base stations.",
])
def test_stock_over_a_span_through_now_is_as_of_now(text: str) -> None:
    found = _en(text)
    assert [(f[2], f[3]) for f in found] == [(None, "2031-11")], found


@pytest.mark.parametrize("text, published, as_of", [
    # (the span ends with a year over: its end as before)
    ("Over the past five years, China built 3 million 5G base stations.", MAY, "2030-12"),
    ("In 2025-2029, China built 3 million 5G base stations.", NOV, "2029-12"),
])
def test_stock_over_a_span_already_over_keeps_its_end(text: str, published: date, as_of: str) -> None:
    assert [(f[2], f[3]) for f in _en(text, published)] == [(None, as_of)]


def test_flow_over_a_span_through_now_keeps_its_span() -> None:
    # (a yearly rate over the span is a flow's: its span, not a date)
    assert _en("Output grew 6% a year over the past five years.") == [(6.0, "cagr", "2027/2031", None, "actual")]


def test_goal_at_the_end_of_this_year_keeps_its_date() -> None:
    found = [f for f in _en("By the end of this year, China aims to have 3.5 million 5G base stations.")]
    assert [(f[3], f[4]) for f in found] == [("2031-12", "target")]


# --- counts of kinds: no key ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT on Monday added 14 types of industrial robots to its catalogue of major technical equipment.",
    "The catalogue covers 14 types of industrial robots.",
    "The list now includes 30 kinds of new energy vehicles.",
    "Makers launched 12 varieties of 5G base stations last year.",
])
def test_count_of_kinds_takes_no_key(text: str) -> None:
    found = metrics(text, "en", NOV)
    assert found and all(m.metric_key is None for m in found), [(m.value, m.metric_key) for m in found]


@pytest.mark.parametrize("text, key", [
    ("The country produced 400,000 industrial robots in October.", "industrial_robot_output"),
    ("China had built 3.5 million 5G base stations by the end of October.", "base_stations_5g"),
])
def test_count_of_the_thing_keeps_its_key(text: str, key: str) -> None:
    assert [m.metric_key for m in metrics(text, "en", NOV)] == [key]


def test_kinds_added_to_a_catalogue_still_revise_it() -> None:
    found = [(e.type, e.date, e.agency) for e in events(
        "The MIIT on Monday added 14 types of industrial robots to its catalogue of major technical equipment.", "en", NOV)]
    assert found == [("document_issued", "2031-11-10", "MIIT")]


# --- the 16th Five-Year Plan ------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    # (written before it began: a goal over it)
    ("“十六五”期间，全省新增国家级专精特新企业200家以上。", date(2029, 10, 20), [(200.0, "additions", "2031/2035", "target")]),
    # (written while it runs: since its start, up to the statement)
    ("“十六五”以来，全省新增国家级专精特新企业200家。", date(2032, 10, 20), [(200.0, "additions", "2031-01/2032-10", "actual")]),
    ("到“十六五”末，全省5G基站达到50万个。", date(2032, 3, 20), [(500000.0, "level", "2035", "target")]),
])
def test_zh_sixteenth_five_year_plan(text: str, published: date, expected: list) -> None:
    assert _zh(text, published) == expected


def test_en_sixteenth_five_year_plan() -> None:
    found = metrics("Since the start of the 16th Five-Year Plan, China has added 200 specialised firms.", "en",
                    date(2032, 10, 20))
    assert [(m.value, m.period) for m in found] == [(200.0, "2031-01/2032-10")]


def test_fifteenth_plan_unchanged() -> None:
    assert _zh("“十五五”期间，全省新增国家级专精特新企业200家以上。", date(2029, 10, 20)) \
        == [(200.0, "additions", "2026/2030", "actual")]


# --- purity told by its nines -----------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("多晶硅纯度提升至11个9，产能达到20万吨。", [200000.0]),
    ("公司电子级多晶硅纯度达到“11个9”，年产能5000吨。", [5000.0]),
    ("该企业高纯石英砂纯度达到6个9，年销量1.2万吨。", [12000.0]),
])
def test_zh_purity_in_nines_no_count(text: str, kept: list[float]) -> None:
    assert [m.value for m in metrics(text, "zh", NOV)] == kept


@pytest.mark.parametrize("text, value", [
    # (a count followed by a figure or a month of its own: still counted)
    ("全省新建5G基站12个，9万千瓦光伏项目并网。", 12.0),
    ("全省共有特色产业集群12个，9月新增1个。", 12.0),
])
def test_zh_count_before_a_nine_kept(text: str, value: float) -> None:
    assert value in [m.value for m in metrics(text, "zh", NOV)]


# --- near-misses of the audited rules that stay as they are (guards) --------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT on Monday granted access to the data to 14 more firms.",
    "BYD on Monday granted product access to 14 dealers.",
    "The MIIT added 14 new members to its expert committee on Monday.",
    "The retailer added 14 types of snacks to its catalogue on Monday.",
    "The subsidies were cut on Monday, the finance ministry said.",
    "Speed limits on expressways were raised to 130 km/h, the transport ministry said.",
    "BYD posted a loss of 2 billion yuan in the third quarter.",
    "Japan's Development and Reform Commission issued a plan on Monday.",
    "Pop Mart's development and reform commission released rules on Monday.",
    "Tokyo's transport bureau on Monday issued rules on robotaxis.",
])
def test_audited_event_rules_near_misses(text: str) -> None:
    assert [e.type for e in events(text, "en", NOV)] == []


@pytest.mark.parametrize("text, published", [
    ("China now has more than 17,600 little giant firms, up from just over 5,000 at the start of the 14th "
     "Five-Year Plan period (2021-25), the ministry said.", date(2025, 11, 13)),
    ("我国专精特新“小巨人”企业已超过1.76万家，“十四五”开局之初这一数字为5000余家。", date(2025, 11, 13)),
])
def test_a_plans_earlier_figure_is_not_stated_now(text: str, published: date) -> None:
    # (a point in a plan named by the span, its start: not the figure as things stand now)
    lang = "zh" if "我国" in text else "en"
    earlier = [m for m in metrics(text, lang, published) if m.value == 5000.0]
    assert earlier and all(m.as_of != "2025-11" for m in earlier)
