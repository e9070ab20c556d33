"""English event and metric constructions the seventeenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
and near-misses that must not match).

Events: a relative clause whose body acts with bodies left unnamed ("a plan that the industry
ministry and five other agencies unveiled on Wednesday"); the housing ministry by its role; an
appositive participle after a noun phrase holding a hyphenated adjective in "-ed" ("A national
standard on carbon fiber-reinforced composites …, approved by the SAC in December, …"); a draft
named again by "requirements", or bare in a relative passive ("It follows a draft that was
circulated for public comment last October"), the draft of the document just told.
Metrics: "N% more than in August" compares with the month before; a range of counts written with
thousands separators ("40,000 to 50,000 units"); a bound a rule raises or sets ("raises the minimum
luminous efficacy … to 130 lumens per watt") is no figure; a worded share in a quotation put in a
modal ('"Half of the brands … will not pass," said …') is a speaker's guess.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 10, 31)  # a Thursday ("on Monday": 2030-10-28)


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


def _by_value(text: str, published: date = PUB) -> dict[float, tuple[str, str]]:
    return {m.value: (m.measure, m.qualifier) for m in metrics(text, "en", published)}


# --- events: a relative clause, its body acting with bodies left unnamed ---------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("China will push heat pump makers to lift output, under an action plan that the industry ministry and five "
     "other agencies unveiled on Wednesday, as exports rebounded.", "2030-10-30", "MIIT"),
    ("The standard supports a three-year action plan for the lighting industry that the Ministry of Industry and "
     "Information Technology and four other departments released in November.", "2029-11", "MIIT"),
    ("The rules follow a guideline which the NDRC and several other ministries jointly issued in May.", "2030-05", "NDRC"),
    ("The catalogue builds on a notice that the MIIT and other government departments published on Monday.",
     "2030-10-28", "MIIT; other departments"),
])
def test_en_relative_clause_with_other_bodies(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    "The plan, which the MIIT and other departments will unveil next week, sets targets.",
    "The plan that the MIIT and five other agencies are expected to approve sets targets.",
    "A plan that the MIIT and five other agencies may release later this year is under discussion.",
])
def test_en_relative_clause_with_other_bodies_not_done_yet(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- events: the housing ministry by its role -------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The plan builds on a building energy retrofit guideline which the housing ministry issued in March last "
     "year.", "2029-03"),
    ("China's housing ministry on Tuesday released a guideline on building energy retrofits.", "2030-10-29"),
    ("The housing ministry published rules on prefabricated buildings in August.", "2030-08"),
])
def test_en_housing_ministry_by_role(text: str, when: str) -> None:
    assert _of_type(text, "document_issued") == [(when, "Ministry of Housing and Urban-Rural Development")]


@pytest.mark.parametrize("text", [
    "Singapore's housing ministry issued a guideline on public flats in March.",
    "The housing ministry will issue rules on rental homes next month.",
])
def test_en_no_housing_ministry_in_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- events: an appositive participle after a hyphenated adjective ----------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("A national standard on carbon fiber-reinforced composites for wind turbine blades, approved by the "
     "Standardization Administration of China in December, will take effect on July 1.", "2029-12",
     "Standardization Administration of China"),
    ("A national standard on emissions from coal-fired boilers, released by the SAMR on Monday, takes effect in May.",
     "2030-10-28", "SAMR"),
    ("An industry standard for glass-reinforced plastic pipes, approved by the MIIT in September, sets test methods.",
     "2030-09", "MIIT"),
])
def test_en_appositive_participle_after_hyphenated_adjective(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "standard_release") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a verb of its own between the noun and the participle: the participle is not the noun's)
    "A national standard on carbon fiber composites was discussed, approved by the experts in December.",
    # (a future approval)
    "A national standard on carbon fiber-reinforced composites is expected to be approved by the SAC next year.",
])
def test_en_appositive_participle_near_misses(text: str) -> None:
    assert _of_type(text, "standard_release") == []


# --- events: a draft named again --------------------------------------------------------------------
_RELEASE = "China's market regulator on Wednesday released a mandatory national standard for electronic locks. "
_REQUIREMENTS = ("New energy-efficiency requirements for LED lamps were published by the State Administration for "
                 "Market Regulation on Tuesday. ")


@pytest.mark.parametrize("text, when", [
    (_REQUIREMENTS + "A draft of the requirements had been released for public comment in September.", "2030-09"),
    (_RELEASE + "It follows a draft that was circulated for public comment last October, which drew objections "
     "from smaller makers.", "2029-10"),
    (_RELEASE + "The standard replaces a draft which had been put out for public comment in June.", "2030-06"),
    (_RELEASE + "It builds on a draft that has been released for public comment in July.", "2030-07"),
])
def test_en_draft_of_the_document_told_before(text: str, when: str) -> None:
    assert _of_type(text, "other") == [(when, "SAMR")]


@pytest.mark.parametrize("text", [
    # (no document told before: nobody's draft)
    "It follows a draft that was circulated for public comment last October.",
    # (a draft by a body the table does not know: not the regulator's)
    _RELEASE + "It follows a draft that was circulated for public comment by Shenzhen last October.",
])
def test_en_draft_near_misses(text: str) -> None:
    assert [a for _, a in _of_type(text, "other")] == []


# --- metrics: more than in a month ------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("In September alone, shipments reached 712,000 units, 9.6% more than in August.", 9.6),
    ("Sales reached 3.1 million units in May, 4.2% less than in April.", -4.2),
    ("Output was 820,000 tons in June, 6% more than the previous month.", 6.0),
    ("Exports hit 1.2 million tonnes in March, 15 percent higher than in February.", 15.0),
])
def test_en_more_than_in_a_month_is_a_sequential_change(text: str, value: float) -> None:
    assert _by_value(text)[value][0] == "growth"


@pytest.mark.parametrize("text, value", [
    ("Sales reached 3.1 million units, 12% more than the previous year.", 12.0),
    ("Sales reached 3.1 million units, 12% more than a year earlier.", 12.0),
    ("Output rose 5% in March from a year earlier.", 5.0),
])
def test_en_more_than_a_year_is_still_yoy(text: str, value: float) -> None:
    assert _by_value(text)[value][0] == "yoy_growth"


# --- metrics: a range of counts with thousands separators -------------------------------------------
@pytest.mark.parametrize("text, value, high", [
    ("Analysts at Guotai Junan Securities expect methanol vehicle sales to reach 40,000 to 50,000 units this year.",
     40000.0, 50000.0),
    ("The association expects 1,200 to 1,500 new charging stations to be built this year.", 1200.0, 1500.0),
    ("The city plans to install 8,000 to 10,000 public chargers by 2033.", 8000.0, 10000.0),
])
def test_en_range_of_counts_with_separators(text: str, value: float, high: float) -> None:
    found = [(m.value, m.qualifier, m.value_high) for m in metrics(text, "en", PUB)]
    assert (value, "range", high) in found
    assert high not in [v for v, _, _ in found]


@pytest.mark.parametrize("text, values", [
    # (a change, then the level: no range)
    ("Sales of the trucks rose by 3,000 to 45,000 units last year.", [3000.0, 45000.0]),
    # (two levels, from one to the other)
    ("Sales rose from 40,000 to 50,000 units last year.", [40000.0, 50000.0]),
])
def test_en_range_of_counts_near_misses(text: str, values: list[float]) -> None:
    found = metrics(text, "en", PUB)
    assert sorted(m.value for m in found) == values
    assert all(m.qualifier != "range" for m in found)


# --- metrics: a bound a rule moves -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The mandatory standard raises the minimum luminous efficacy of general-purpose LED bulbs to 130 lumens per watt.",
    "The new rules raise the minimum registered capital of platform operators to 50 million yuan.",
    "The revised conditions lift the minimum share of recycled content in packaging to 30%.",
    "The standard lowered the maximum lead content of toys to 90 mg per kg.",
])
def test_en_a_bound_a_rule_moves_is_no_figure(text: str) -> None:
    assert metrics(text, "en", PUB) == []


@pytest.mark.parametrize("text, value", [
    ("The share of minimum-tier products rose to 30% in 2029.", 30.0),
    ("The minimum wage rose to 2,690 yuan in 2029.", 2690.0),
    ("Output of the minimum-efficiency models fell to 1.2 million units in 2029.", 1200000.0),
])
def test_en_minimum_without_a_rule_moving_it_is_kept(text: str, value: float) -> None:
    assert value in _by_value(text)


# --- metrics: a worded share in a quotation put in a modal -----------------------------------------
@pytest.mark.parametrize("text", [
    "\"Half of the brands on the market today will not pass,\" said the founder of a lock maker in Zhongshan.",
    "\"A third of small mills could close next year,\" an analyst said.",
    "“Half of these plants would not survive a price war,” said a trader.",
])
def test_en_a_quoted_guess_is_no_share(text: str) -> None:
    assert metrics(text, "en", PUB) == []


@pytest.mark.parametrize("text", [
    "\"Half of our output is exported,\" the company's chairman said.",
    "Half of the brands on the market will not pass, the association said in 2029.",
])
def test_en_a_worded_share_stated_is_kept(text: str) -> None:
    assert 50.0 in _by_value(text)
