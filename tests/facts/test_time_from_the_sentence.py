"""Time of a figure read from a day or a year written elsewhere in its sentence
(scrapers.facts.timeline.reached_on_day, scrapers.facts.periods._year_anaphora):

* a level reached on a stated day ("11月14日，…年产量首次突破1000万辆", "surpassed 10 million units
  … on Nov 14") is the level at that day: a flow is the year's total so far (the months up to
  that day's, ``YYYY-01/YYYY-MM``, as the dev set labels it), a stock or a running total is as of
  the day's month; it is no longer dated to the whole year, whose own total differs, nor to the
  month of publication;
* a month, quarter or month span written without a year takes the year the sentence stated
  before it ("In 2023, …, and in March …" -> 2023-03), in English as in Chinese, while a month
  written with its own year ("in March last year", "今年3月") keeps that one.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics
from scrapers.facts.dates import find_dates


def times(text: str, lang: str, published: date) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in metrics(text, lang, published)]


# --- a level reached on a day ------------------------------------------------------------------------

DEC = date(2024, 12, 20)
JAN_NEXT = date(2025, 1, 14)


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # flows: the year's running total, through the day's month
        ("China's annual NEV output surpassed 10 million units for the first time on Nov 14.", "en", DEC,
         (10_000_000.0, "2024-01/2024-11", None)),
        ("On Nov. 14, China's NEV output for the year hit 10 million units.", "en", DEC,
         (10_000_000.0, "2024-01/2024-11", None)),
        ("On Nov. 14 last year, China's annual NEV output passed 10 million units for the first time.", "en",
         JAN_NEXT, (10_000_000.0, "2024-01/2024-11", None)),
        ("11月14日，我国新能源汽车年产量首次突破1000万辆。", "zh", DEC, (10_000_000.0, "2024-01/2024-11", None)),
        ("我国新能源汽车年产量11月14日首次突破1000万辆。", "zh", DEC, (10_000_000.0, "2024-01/2024-11", None)),
        ("今年11月14日，我国新能源汽车年产量首次突破1000万辆。", "zh", DEC, (10_000_000.0, "2024-01/2024-11", None)),
        ("2024年11月14日，我国新能源汽车年产量首次突破1000万辆。", "zh", JAN_NEXT,
         (10_000_000.0, "2024-01/2024-11", None)),
        # 去年 with the day names the day's year even when the publication's month is later
        ("去年11月14日，我国新能源汽车年产量首次突破1000万辆。", "zh", date(2025, 12, 20),
         (10_000_000.0, "2024-01/2024-11", None)),
        # a month span spelt as such spans are: the first three months are the first quarter
        ("On March 20, China's vehicle output this year passed 6 million units.", "en", date(2024, 5, 10),
         (6_000_000.0, "2024-Q1", None)),
        # stocks and running totals: as of the day's month (not the publication's)
        ("The number of 5G base stations crossed 4 million on Nov 14.", "en", DEC, (4_000_000.0, None, "2024-11")),
        ("11月14日，我国5G基站总数达到400万个。", "zh", DEC, (4_000_000.0, None, "2024-11")),
        ("我国新能源汽车累计产量11月14日突破3000万辆。", "zh", DEC, (30_000_000.0, None, "2024-11")),
        # (not the year's end either, in a text of the next year)
        ("On Nov. 14 last year, the number of 5G base stations topped 4 million.", "en", JAN_NEXT,
         (4_000_000.0, None, "2024-11")),
    ],
)
def test_level_reached_on_a_day(text: str, lang: str, published: date, expected: tuple) -> None:
    assert times(text, lang, published) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # a period of the figure's own outranks the day
        ("11月14日，工信部发布数据显示，1—10月新能源汽车产量突破1000万辆。", "zh", DEC,
         (10_000_000.0, "2024-01/2024-10", None)),
        # the whole year, stated in its last days, is the whole year's figure
        ("12月27日，全国工业和信息化工作会议召开，全年新能源汽车产量超过1280万辆。", "zh", date(2024, 12, 28),
         (12_800_000.0, "2024", None)),
        ("On Dec 27, the ministry said NEV output for the full year exceeded 12.8 million units.", "en",
         date(2024, 12, 28), (12_800_000.0, "2024", None)),
        # the day the figures were reported is not the day a level was reached
        ("The association said on Monday that NEV output this year topped 11 million units.", "en", DEC,
         (11_000_000.0, "2024", None)),
        # a day in another year than the figure's
        ("On Jan 13, the association said NEV output topped 12 million units last year.", "en", JAN_NEXT,
         (12_000_000.0, "2024", None)),
        # a level still ahead on the day
        ("我国新能源汽车今年产量预计将于12月25日突破1300万辆。", "zh", DEC, (13_000_000.0, "2024", None)),
    ],
)
def test_day_that_does_not_date_the_level(text: str, lang: str, published: date, expected: tuple) -> None:
    assert times(text, lang, published) == [expected]


# --- a month without a year after a year stated earlier in the sentence -------------------------------

MAY = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2023, output rose 8 percent, and in March it hit a record 1.2 million units.", "en", "2023-03"),
        ("Output rose 8 percent in 2023 and hit a record 1.2 million units in March.", "en", "2023-03"),
        ("Last year, output rose 8 percent, and in March it hit a record 1.2 million units.", "en", "2023-03"),
        ("In 2023, exports grew 8 percent, and exports in the first quarter rose 5 percent.", "en", "2023-Q1"),
        ("For 2023, software revenue rose 9 percent, with growth of 12 percent in the first four months.", "en",
         "2023-01/2023-04"),
        ("2023年，汽车产量增长8%，3月产量达到120万辆。", "zh", "2023-03"),
        ("2023年，汽车产量增长8%，一季度产量达到120万辆。", "zh", "2023-Q1"),
        ("去年，汽车出口增长8%，1—3月出口额增长12%。", "zh", "2023-Q1"),
    ],
)
def test_month_takes_the_year_stated_before_it(text: str, lang: str, expected: str) -> None:
    found = times(text, lang, MAY)
    assert len(found) == 2, found
    _, period, as_of = found[1]
    assert (period or as_of) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a month written with its own year keeps it
        ("In 2023, output rose 8 percent, while output in March this year hit a record 1.2 million units.", "en",
         "2024-03"),
        ("2023年，汽车产量增长8%，今年3月产量达到120万辆。", "zh", "2024-03"),
        # a year that only modifies a noun dates nothing after it
        ("The 2023 edition of the survey shows robot exports grew 5 percent in March.", "en", "2024-03"),
    ],
)
def test_month_with_a_year_of_its_own(text: str, lang: str, expected: str) -> None:
    _, period, as_of = times(text, lang, MAY)[-1]
    assert (period or as_of) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Output hit a record 1.2 million units in March last year.", MAY, (1_200_000.0, "2023-03", None)),
        ("In March last year, output hit a record 1.2 million units.", MAY, (1_200_000.0, "2023-03", None)),
        ("Robot output rose 9 percent in the first quarter of last year.", MAY, (9.0, "2023-Q1", None)),
        # (the stock as of the month's end, the growth since the end of the year before up to it)
        ("As of the end of June this year, China's computing power stood at 197 EFLOPS, up 9.4 percent from "
         "180 EFLOPS at the end of 2022.", date(2023, 10, 9),
         (197.0, None, "2023-06")),
    ],
)
def test_english_month_with_a_relative_year(text: str, published: date, expected: tuple) -> None:
    assert times(text, "en", published)[0] == expected


# --- a day written with 今年 / 去年 (scrapers.facts.dates) -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("去年11月14日，工业和信息化部印发通知。", date(2025, 12, 20), "2024-11-14"),
        ("今年11月14日，工业和信息化部印发通知。", date(2024, 12, 20), "2024-11-14"),
        ("今年3月5日，工业和信息化部召开会议。", date(2024, 12, 20), "2024-03-05"),
    ],
)
def test_day_written_with_this_or_last_year(text: str, anchor: date, expected: str) -> None:
    # one mention, the day of the year named (not 今年11月 and the 14th of the anchor's month)
    assert [(d.value, d.kind) for d in find_dates(text, anchor, "zh")] == [(expected, "day")]
