"""Constructions found false or wrong in a judged sample of the bundled snapshot's output
(helper audit s15): a comparison base that dated the figure (and, carried on, the sentences
after it), and a standard's requirement count read as a metric."""
from datetime import date

import pytest

from scrapers.facts import extract


def _metrics(text, lang, published):
    return extract(text, published=date.fromisoformat(published), lang=lang).metrics


def _time(m):
    return m.period or m.as_of


# --- a comparison base named by a pronoun ("than that in the first half") is no period -------

EN_PRONOUN_BASE = [
    "From January to July, software revenue climbed 21.4 percent year on year. The two-year average growth rate "
    "was 14.8 percent, 0.1 percentage points higher than that in the first half.",
    "From January to July, software revenue climbed 21.4 percent year on year. Export growth was 6.6 percent, "
    "slower than that of the first quarter.",
    "From January to July, telecom revenue rose 3.1 percent year on year. Mobile data revenue grew 1.5 percent, "
    "down from those in the first half of last year.",
]


@pytest.mark.parametrize("text", EN_PRONOUN_BASE)
def test_en_pronoun_base_does_not_date_the_figure(text):
    ms = _metrics(text, "en", "2021-08-30")
    second = [m for m in ms if m.quote != ms[0].quote and m.unit == "percent"]
    assert second and all(_time(m) == "2021-01/2021-07" for m in second)


def test_en_pronoun_base_does_not_carry_to_the_next_sentence():
    text = EN_PRONOUN_BASE[0] + " Software exports stood at 29 billion U.S. dollars, up 10.9 percent."
    exports = [m for m in _metrics(text, "en", "2021-08-30") if m.unit == "USD"]
    assert exports and _time(exports[0]) == "2021-01/2021-07"


def test_en_near_miss_a_time_after_than_a_figure_stays():
    # "than" before a figure, then a time of its own: the figure's period
    ms = _metrics("Exports rose to more than 3,000 units in the first half of 2021.", "en", "2021-08-30")
    assert ms and _time(ms[0]) == "2021-01/2021-06"


# --- the base year of a Chinese multiple is no period ---------------------------------------

ZH_MULTIPLE_BASE = [
    "2021年，全国工业机器人产量约36.6万套，约为2015年的10倍。机器人产业营业收入超过1300亿元。",
    "2021年，全国服务机器人产量达到920万套，是2016年的3.5倍。服务机器人出口额超过200亿元。",
    "2021年，制造业机器人密度超过每万名工人300台，相当于2012年的13倍。机器人产业营业收入超过1300亿元。",
]


@pytest.mark.parametrize("text", ZH_MULTIPLE_BASE)
def test_zh_multiple_base_year_does_not_date_the_next_sentence(text):
    cny = [m for m in _metrics(text, "zh", "2022-09-08") if m.unit == "CNY"]
    assert cny and all(_time(m) == "2021" for m in cny)


@pytest.mark.parametrize("text", ZH_MULTIPLE_BASE)
def test_zh_multiple_takes_the_earlier_subject_and_year(text):
    ratios = [m for m in _metrics(text, "zh", "2022-09-08") if m.unit == "ratio"]
    assert ratios and _time(ratios[0]) == "2021"
    assert "年" not in ratios[0].subject


def test_zh_near_miss_year_of_a_figure_before_its_own_noun_stays():
    # 2022年的产量 is the year of the figure, not a base of a multiple
    ms = _metrics("2022年的汽车产量达到2700万辆。", "zh", "2023-01-10")
    assert ms and _time(ms[0]) == "2022"


# --- the requirements a standard sets are its structure --------------------------------------

@pytest.mark.parametrize("text", [
    "For battery packs, it covers seven areas such as electrical and mechanical safety, with 22 requirements in total.",
    "The mandatory standard sets out 15 safety requirements for chargers.",
    "A working group set up by the ministry in July has since drafted 18 technical requirements.",
])
def test_en_requirement_counts_are_not_metrics(text):
    assert not [m for m in _metrics(text, "en", "2024-05-07") if m.unit == "count"]


@pytest.mark.parametrize("text", [
    "More than 1,200 enterprises met the requirements of the standard in 2023.",
    "A total of 300 firms meeting the new requirements were listed in 2023.",
])
def test_en_near_miss_counts_beside_requirements_stay(text):
    assert [m for m in _metrics(text, "en", "2024-05-07") if m.unit == "count"]
