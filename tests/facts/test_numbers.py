"""Number parsing: Arabic and full-width digits, Chinese numerals and magnitudes, English scale
words, and quantity mentions with their units."""
from __future__ import annotations

import pytest

from scrapers.facts.numbers import en_magnitude, normalise_width, parse_number, parse_zh_numeral, scaled, zh_magnitude
from scrapers.facts.units import find_quantities


@pytest.mark.parametrize(
    ("token", "value"),
    [("八", 8), ("十", 10), ("十二", 12), ("三十", 30), ("两千", 2000), ("一百二十", 120), ("四千零五", 4005),
     ("二〇二二", 2022), ("两", 2)],
)
def test_chinese_numerals(token: str, value: float) -> None:
    assert parse_zh_numeral(token) == value


def test_not_a_chinese_numeral() -> None:
    assert parse_zh_numeral("八个") is None
    assert parse_zh_numeral("") is None


@pytest.mark.parametrize(("token", "value"), [("27,735", 27735), ("1.3", 1.3), ("１９８１", 1981), ("８", 8), ("三十", 30)])
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == value


def test_full_width_normalisation_keeps_length() -> None:
    text = "８万亿元，增长１２．５％"
    assert normalise_width(text) == "8万亿元，增长12.5%"
    assert len(normalise_width(text)) == len(text)


def test_magnitudes() -> None:
    assert (zh_magnitude("万"), zh_magnitude("亿"), zh_magnitude("万亿"), zh_magnitude(None)) == (1e4, 1e8, 1e12, 1)
    assert (en_magnitude("Million"), en_magnitude("billion"), en_magnitude("trillion")) == (1e6, 1e9, 1e12)


@pytest.mark.parametrize(("value", "factor", "expected"), [(1.46, 1e4, 14600), (0.78, 1e8, 78_000_000), (11.18, 1e8, 1_118_000_000)])
def test_scaling_gives_clean_numbers(value: float, factor: float, expected: float) -> None:
    assert scaled(value, factor) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("收入4000亿元", 4.0e11, "CNY"),
        ("规模1.2万亿元", 1.2e12, "CNY"),
        ("基站142.5万个", 1_425_000, "count"),
        ("突破万亿元", 1.0e12, "CNY"),
        ("出口160亿美元", 1.6e10, "USD"),
        ("增长9.6%", 9.6, "percent"),
        ("回落0.7个百分点", 0.7, "percentage_points"),
        ("产量4.33亿吨", 4.33e8, "tonne"),
        ("超五成", 50, "percent"),
        ("百分之八十", 80, "percent"),
        ("每万名工人246台", 246, "robots_per_10000_workers"),
    ],
)
def test_zh_quantities(text: str, value: float, unit: str) -> None:
    [q] = find_quantities(text, "zh")
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_zh_range_and_more() -> None:
    [q] = find_quantities("培育2—3家企业", "zh")
    assert (q.value, q.value_high) == (2, 3)
    [q] = find_quantities("企业4万多家", "zh")
    assert (q.value, q.inner_qualifier) == (40000, "gt")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.2 trillion yuan", 1.2e12, "CNY"),
        ("2.31 million", 2_310_000, "count"),
        ("400 billion yuan", 4.0e11, "CNY"),
        ("29 billion U.S. dollars", 2.9e10, "USD"),
        ("up 2.6% y/y", 2.6, "percent"),
        ("21.4 percent", 21.4, "percent"),
        ("0.1 percentage points", 0.1, "percentage_points"),
        ("815,000", 815_000, "count"),
        ("roughly 10 times", 10, "ratio"),
        ("a 1.5-fold increase", 150, "percent"),
    ],
)
def test_en_quantities(text: str, value: float, unit: str) -> None:
    [q] = find_quantities(text, "en")
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize("text", ["the 16th year", "5G and 6G", "2024-10-23 18:12", "COVID-19"])
def test_en_non_quantities(text: str) -> None:
    assert find_quantities(text, "en") == []


def test_zh_list_with_one_unit_at_the_end() -> None:
    found = find_quantities("同比分别增长12.1、8.5和6.3%", "zh")
    assert [(q.value, q.unit) for q in found] == [(12.1, "percent"), (8.5, "percent"), (6.3, "percent")]
    found = find_quantities("分别为1.2、3.4和5.6万亿元", "zh")
    assert [q.value for q in found] == [1.2e12, 3.4e12, 5.6e12]
    assert all(q.unit == "CNY" for q in found)


def test_zh_times_growth_is_a_multiple() -> None:
    # (probe 18: 增长1.5倍 is a ratio as stated, the sets' convention, no longer 150 %)
    [q] = find_quantities("出口额增长1.5倍", "zh")
    assert (q.value, q.unit) == (1.5, "ratio")
    [q] = find_quantities("接近全球平均水平的2倍", "zh")
    assert (q.value, q.unit) == (2, "ratio")


def test_en_ranges_and_word_numbers() -> None:
    [q] = find_quantities("growth of between 5 and 6 percent", "en")
    assert (q.value, q.value_high, q.unit) == (5, 6, "percent")
    [q] = find_quantities("a 5-6% rise", "en")
    assert (q.value, q.value_high) == (5, 6)
    [q] = find_quantities("two million charging piles", "en")
    assert (q.value, q.unit, q.counted) == (2_000_000, "count", "charging piles")
    [q] = find_quantities("one trillion yuan", "en")
    assert (q.value, q.unit) == (1e12, "CNY")
