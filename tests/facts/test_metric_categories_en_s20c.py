"""Session 20, English metrics in running prose (category C): figures stated as a change ("grew by
400 billion yuan", "increased by 14 million in the first seven months to 1.81 billion", "installed
a net 120"), the level after "from the end of last year to", a company's own guidance, and one
product's memory and sizes in words. Own wordings, each with near-misses that must not change."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

en = reader("en", date(2032, 8, 15))


def _by_value(found, value):
    hits = [m for m in found if abs(m.value - value) < 1e-6 * max(1, abs(value))]
    assert len(hits) == 1, [(m.value, m.unit, m.measure) for m in found]
    return hits[0]


# --- an amount changed, told by "by": a net increase with the verb's sign ---

@pytest.mark.parametrize("text, value", [
    ("Fixed-asset investment in manufacturing grew by 400 billion yuan in the first half.", 400e9),
    ("The sector's revenue dropped by 12 billion yuan last year.", -12e9),
    ("Exports of machine tools fell by about 2 billion dollars in the first seven months.", -2e9),
    ("The number of industrial internet platforms increased by 45 in the first half.", 45),
    ("Steel exports declined by 3.2 million tonnes in the second quarter.", -3.2e6),
])
def test_amount_changed_by_is_a_net_increase_with_its_sign(text, value):
    m = _by_value(en(text), value)
    assert m.measure == "net_increase"


@pytest.mark.parametrize("text, value, measure", [
    # (a percent after "by" is a growth rate, as before)
    ("Fixed-asset investment in manufacturing grew by 9.1 percent in the first half.", 9.1, "yoy_growth"),
    # (no "by": where the figure went, a level)
    ("The sector's revenue rose to 400 billion yuan last year.", 400e9, "level"),
    ("The sector's revenue was 400 billion yuan last year.", 400e9, "level"),
])
def test_no_change_by_keeps_its_reading(text, value, measure):
    assert _by_value(en(text), value).measure == measure


# --- a change, its noun or span, then "to" the level it brought ---

@pytest.mark.parametrize("text, change, level", [
    ("Mobile phone users increased by 14 million in the first seven months to 1.81 billion, the MIIT said.", 14e6, 1.81e9),
    ("Broadband users grew by 5 million in July to 600 million.", 5e6, 600e6),
    ("Output fell by 3,000 units to 45,000 units in July.", -3000, 45000),
    ("Registered drones rose 200,000 last year to 2.1 million.", 200000, 2.1e6),
])
def test_change_then_span_then_level(text, change, level):
    found = en(text)
    assert _by_value(found, change).measure == "net_increase"
    assert _by_value(found, level).measure == "level"


@pytest.mark.parametrize("text, value", [
    ("Gigabit broadband subscribers rose by 22 million from the end of last year to 210 million at the end of June.", 210e6),
    ("The number of 5G users rose 30 million from the end of last year to 900 million.", 900e6),
])
def test_level_after_from_the_end_of_last_year_to(text, value):
    assert _by_value(en(text), value).measure == "level"


def test_level_after_from_the_end_of_last_year_to_keeps_its_month():
    m = _by_value(en("Gigabit broadband subscribers rose by 22 million from the end of last year to "
                     "210 million at the end of June."), 210e6)
    assert time_of(m) == "2032-06"


def test_increase_from_the_end_of_last_year_stays_a_net_increase():
    # (near-miss: the change after the stock, "up M from the end of last year")
    found = en("5G users numbered 900 million at the end of June, up 30 million from the end of last year.")
    assert _by_value(found, 30e6).measure == "net_increase"
    assert _by_value(found, 900e6).measure == "level"


# --- "a net" after a verb of units put into service or taken on ---

@pytest.mark.parametrize("text, value", [
    ("Operators installed a net 120 new data centres in the first half.", 120),
    ("The sector hired a net 3,000 workers last year.", 3000),
    ("Retailers opened a net 40 stores in the quarter.", 40),
])
def test_a_net_after_a_verb_of_units(text, value):
    assert _by_value(en(text), value).measure == "net_increase"


def test_a_net_after_a_verb_of_giving_stays_a_level():
    assert _by_value(en("The fund gave a net 500 million yuan to chipmakers."), 500e6).measure == "level"


# --- a company's guidance: no industry figure ---

@pytest.mark.parametrize("text", [
    "BYD expects to sell 5 million vehicles next year, the company said in its earnings guidance on Tuesday.",
    "CATL aims to raise its annual revenue to 600 billion yuan by 2035, chief executive Robin Zeng told shareholders.",
    "Geely forecast that its sales would rise 20 percent next year to 3 million vehicles.",
    "The company expects its deliveries to reach 2 million vehicles next year.",
    "Xiaomi plans to ship 300,000 cars this year, up from 135,000 last year, its chairman said.",
    "Li Auto, which listed in 2020, targets its deliveries at 700,000 units this year.",
])
def test_company_guidance_is_no_industry_figure(text):
    assert en(text) == []


@pytest.mark.parametrize("text, value", [
    ("China expects to produce 40 million vehicles next year.", 40e6),
    ("The CAAM expects sales to reach 33 million next year.", 33e6),
    ("Jiangsu aims to raise its industrial output to 20 trillion yuan by 2030.", 20e12),
    ("Carmakers expect their sales to rise 10% next year.", 10),
    ("Chipmakers plan to ship 3 million wafers next year.", 3e6),
    ("The ministry plans to build 500,000 base stations this year.", 500000),
    ("The association expects its members' sales to rise 8% next year.", 8),
    # (the subject after an opening phrase that names something: the plan's)
    ("In Shenzhen and Guangzhou, the plan aims to build 500 smart factories by 2027.", 500),
    ("Demand stayed weak.By 2027, the plan aims to build 500 smart factories.", 500),
    # (a pronoun names no firm: the ministry's, as likely)
    ("The ministry met on Monday. It plans to build 600,000 base stations next year.", 600000),
    # (the passive: others' expectation, not the firm's guidance)
    ("Under the deal, the company is expected to deliver 500 aircraft by 2030.", 500),
])
def test_outlooks_of_the_country_a_body_or_the_trade_stay(text, value):
    _by_value(en(text), value)


def test_industry_figure_after_a_guidance_clause_stays():
    found = en("BYD expects to sell 5 million vehicles next year, while NEV sales nationwide rose 40% in July.")
    assert [m.value for m in found] == [40]


# --- one product's memory and sizes in words ---

@pytest.mark.parametrize("text", [
    "The chip comes with 64 gigabytes of memory.",
    "The server holds 512 terabytes of storage.",
    "The chip is built on a 7 nanometre process.",
    "The drone carries 450 kilogrammes of cargo.",
    "The robot arm lifts 20 kilogrammes.",
])
def test_product_sizes_in_words_are_no_figures(text):
    assert en(text) == []


def test_national_storage_in_exabytes_stays():
    m = _by_value(en("China's data storage capacity reached 1,200 exabytes."), 1200)
    assert m.unit == "EB"


# --- a robot density with its noun left to the subject ---

@pytest.mark.parametrize("text, value", [
    ("Industrial robot density has reached 470 per 10,000 workers.", 470),
    ("'Our industrial robot density has reached 470 per 10,000 workers,' Vice-Minister Xin Guobin told a forum.", 470),
    ("The density rose to 392 for every 10,000 manufacturing workers.", 392),
])
def test_density_per_10000_workers_with_no_noun(text, value):
    m = _by_value(en(text), value)
    assert (m.unit, m.measure) == ("robots_per_10000_workers", "density")


def test_another_noun_per_10000_workers_is_no_robot_density():
    # (near-miss: a noun of its own before "per")
    assert _by_value(en("Plants employ 12 engineers per 10,000 workers."), 12).unit != "robots_per_10000_workers"
