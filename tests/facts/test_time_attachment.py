"""Which time a figure takes when a sentence names several: English writes each figure's time
right after it (lists too, with an elliptical "in the second" after "the first quarter"); a
comparison base written with its own time ("比2022年底的180EFLOPS", "from 200 billion yuan in
2016 to …") is dated by that time alone; and a figure dated after the text was written, in a
sentence that sets out a plan, is that plan's target (scrapers.facts.timeline / periods / status)."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2024, 10, 20)


def dated(text: str, lang: str, published: date = PUB) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in metrics(text, lang, published)]


def statuses(text: str, lang: str, published: date) -> list[tuple[float, str]]:
    return [(m.value, m.status) for m in metrics(text, lang, published)]


# --- English: the time right after a figure is its own ----------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Software revenue grew 8.1 percent in July and 9.3 percent in August.",
         [(8.1, "2024-07"), (9.3, "2024-08")]),
        ("Software revenue grew 8.1 percent year on year in July and 9.3 percent year on year in August.",
         [(8.1, "2024-07"), (9.3, "2024-08")]),
        ("Steel exports climbed 4.2 percent in March 2023 and 5.6 percent in April 2023.",
         [(4.2, "2023-03"), (5.6, "2023-04")]),
        # a count's noun stands between it and its time
        ("Operators added 120,000 base stations in 2023 and added 150,000 base stations in the first half of 2024.",
         [(120_000.0, "2023"), (150_000.0, "2024-01/2024-06")]),
        # a fall written after a rise, each with its own period
        ("Machine tool output rose 2.5 percent in the first half after falling 9 percent in the first quarter.",
         [(2.5, "2024-01/2024-06"), (-9.0, "2024-Q1")]),
    ],
)
def test_english_time_after_each_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, p) for v, p, _ in dated(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chip exports rose 7.7 percent in the first half, with growth of 7.1 percent in the first quarter "
         "and 8.2 percent in the second.",
         [(7.7, "2024-01/2024-06"), (7.1, "2024-Q1"), (8.2, "2024-Q2")]),
        ("Robot output grew 11 percent in the first quarter of 2023, 13 percent in the second and 15 percent in the third.",
         [(11.0, "2023-Q1"), (13.0, "2023-Q2"), (15.0, "2023-Q3")]),
        ("Solar cell output rose 20 percent in the first half of 2023 and 26 percent in the second.",
         [(20.0, "2023-01/2023-06"), (26.0, "2023-07/2023-12")]),
    ],
)
def test_english_elliptical_quarter_or_half(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, p) for v, p, _ in dated(text, "en")] == expected


def test_time_before_a_list_without_times_of_its_own_still_covers_it() -> None:
    # (control: nothing is written after the figures, so the opening period governs both)
    assert [p for _, p, _ in dated("In the first half, output grew 5 percent, and exports 7 percent.", "en")] \
        == ["2024-01/2024-06"] * 2
    assert [p for _, p, _ in dated("上半年，产量增长5%，出口增长7%。", "zh")] == ["2024-01/2024-06"] * 2


def test_chinese_time_before_each_figure() -> None:
    # (the Chinese counterpart of the English lists: each time stands before its figure)
    found = dated("7月软件业务收入增长8.1%，8月增长9.3%。", "zh")
    assert [(v, p) for v, p, _ in found] == [(8.1, "2024-07"), (9.3, "2024-08")]


# --- a comparison base dated by its own time ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至2024年9月底，全国5G基站总数达404万个，比2023年末的337万个增加67万个。",
         [(4040000.0, "2024-09"), (3370000.0, "2023-12")]),
        ("截至9月底，工业互联网标识注册量达到4500亿个，比去年底的3500亿个明显增加。",
         [(4.5e11, "2024-09"), (3.5e11, "2023-12")]),
        ("截至今年6月底，数据中心机架总规模达到830万标准机架，较2022年底的650万标准机架增长约28%。",
         [(8.3e6, "2024-06"), (6.5e6, "2022-12")]),
    ],
)
def test_chinese_comparison_base_with_its_own_date(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(v, a) for v, _, a in dated(text, "zh") if v in {e[0] for e in expected}]
    assert found == expected


def test_chinese_comparison_base_with_its_own_year() -> None:
    found = dated("2023年工业机器人产量达43万套，较2020年的21万套大幅增长。", "zh", date(2024, 2, 1))
    assert [(v, p) for v, p, _ in found] == [(430000.0, "2023"), (210000.0, "2020")]


def test_comparison_base_date_does_not_spread() -> None:
    # the growth figure and the current level keep the sentence's own date
    found = dated("截至今年6月底，我国5G移动电话用户达到9.3亿户，比去年底的8.1亿户增长14.8%。", "zh")
    assert [(v, a) for v, _, a in found] == [(9.3e8, "2024-06"), (8.1e8, "2023-12"), (14.8, "2024-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time right after the first figure of a from/to pair is the first's; the second, with
        # no time of its own, is stated as of now
        ("The smart wearables market grew from 60 billion yuan in 2017 to 150 billion yuan.",
         [(6e10, "2017-12"), (1.5e11, "2024-10")]),
        ("The smart wearables market grew from 60 billion yuan in 2017 to 150 billion yuan in 2023.",
         [(6e10, "2017-12"), (1.5e11, "2023-12")]),
    ],
)
def test_english_from_to_with_a_dated_start(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, a) for v, _, a in dated(text, "en")] == expected


def test_chinese_from_to_with_dated_ends() -> None:
    # (control: Chinese writes each end's time before it, which the from/to rule already reads)
    found = dated("全国5G基站数由2019年的13万个增加到2023年的337万个。", "zh")
    assert [(v, a) for v, _, a in found] == [(130000.0, "2019-12"), (3370000.0, "2023-12")]


# --- a planned figure is a target -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2024年全国计划新建5G基站60万个以上，到年底5G基站总数达到400万个。", "zh"),
        ("今年将新建5G基站60万个以上，年底5G基站总数达到400万个。", "zh"),
        ("The minister said China would build more than 600,000 5G base stations in 2024, "
         "bringing the total to 4 million by year-end.", "en"),
        ("The ministry said it would add over 600,000 5G base stations this year, taking the total to "
         "4 million by the end of the year.", "en"),
    ],
)
def test_planned_additions_and_the_total_they_lead_to_are_targets(text: str, lang: str) -> None:
    assert statuses(text, lang, date(2024, 3, 10)) == [(600000.0, "target"), (4000000.0, "target")]


def test_year_end_total_reported_after_the_year_is_actual() -> None:
    # (control: no plan, and the year-end is over: the total is what was reached)
    assert statuses("到2023年底，5G基站总数达到337.7万个。", "zh", date(2024, 1, 20)) == [(3377000.0, "actual")]
    assert statuses("China had 3.377 million 5G base stations by the end of 2023.", "en", date(2024, 1, 20)) \
        == [(3377000.0, "actual")]


# --- a from/to figure after a semicolon takes the span of the clause before -------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a plan's span: the baseline is the year before it, the end figure its last year (flows)
        ("“十三五”期间，光伏产业营业收入年均增长12%；多晶硅产量从34万吨增长到39.2万吨。", "zh",
         [(340_000.0, "2015", None), (392_000.0, "2020", None)]),
        # an ordinary span, and stocks: each end of the span is a year-end
        ("2019年至2023年，我国算力规模年均增长近25%；数据中心机架数量从315万架增加到810万架。", "zh",
         [(3_150_000.0, None, "2019-12"), (8_100_000.0, None, "2023-12")]),
        ("During the 13th Five-Year Plan period (2016-2020), robot revenue grew 15 percent a year on average; "
         "output of service robots rose from 30,000 sets to 90,000 sets.", "en",
         [(30_000.0, "2015", None), (90_000.0, "2020", None)]),
    ],
)
def test_from_to_after_a_semicolon_takes_the_span_before(text: str, lang: str, expected: list) -> None:
    assert [f for f in dated(text, lang) if f[0] in {e[0] for e in expected}] == expected


def test_a_noun_ending_in_vs_is_no_comparison_base():
    # ("NEVs between …" once read as "vs. between …": the time was dropped as a comparison base)
    assert dated("China exported 1.2 million NEVs between January and September, up 9 percent from a year earlier.",
                 "en") == [(1_200_000.0, "2024-01/2024-09", None), (9.0, "2024-01/2024-09", None)]
    assert dated("Makers sold 60 percent of the world's EVs in 2023.", "en") == [(60.0, "2023", None)]


def test_in_the_period_is_the_period_just_reported():
    text = ("Output is expected to exceed 12 million units in 2024. In the first 10 months, sales reached 9.75 million "
            "units. NEVs accounted for 39.6 percent of all new vehicle sales during the period.")
    assert dated(text, "en", date(2024, 11, 13))[-1] == (39.6, "2024-01/2024-10", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("2023年，全国新能源汽车生产企业达到120家。", "zh"),
     ("In 2023, the number of new energy vehicle production enterprises reached 120.", "en")],
)
def test_firms_named_by_what_they_produce_are_a_stock(text, lang):
    assert dated(text, lang) == [(120.0, None, "2023-12")]
    # and no count of the vehicles they make
    assert [m.metric_key for m in metrics(text, lang, PUB)] == [None]


def test_of_which_after_a_stock_and_its_increase_is_part_of_the_stock():
    text = "截至8月末，固定宽带接入用户总数达6.24亿户，比上年末净增3440万户，其中千兆用户为1.45亿户。"
    assert dated(text, "zh", date(2023, 9, 22))[-1] == (145_000_000.0, None, "2023-08")
    # of a flow, still a flow over its span
    assert dated("1—8月，汽车出口300万辆，其中新能源汽车80万辆。", "zh", date(2023, 9, 22))[-1] == (
        800_000.0, "2023-01/2023-08", None)
