"""Date resolution against the publication date / dateline (scrapers.facts.dates)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts.dates import (
    anchor_date,
    find_dateline,
    find_dates,
    resolve_day,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
)


def values(sentence: str, anchor: date | None, lang: str) -> list[str | None]:
    return [m.value for m in find_dates(sentence, anchor, lang)]


# --- resolvers --------------------------------------------------------------------------------

def test_day_only_takes_month_of_anchor():
    assert resolve_day(23, date(2022, 5, 24)) == "2022-05-23"
    assert resolve_day(24, date(2022, 5, 24)) == "2022-05-24"


def test_day_after_anchor_falls_in_previous_month():
    # Published on 1 March, "28日" cannot be 28 March (still ahead): it is 28 February.
    assert resolve_day(28, date(2023, 3, 1)) == "2023-02-28"
    # ... and across a year boundary.
    assert resolve_day(30, date(2024, 1, 2)) == "2023-12-30"


def test_day_that_does_not_exist_is_none():
    assert resolve_day(31, date(2023, 3, 1)) is None  # no 31 February
    assert resolve_day(0, date(2023, 3, 1)) is None


def test_month_day_rolls_back_a_year_when_ahead_of_anchor():
    assert resolve_month_day(7, 26, date(2022, 7, 27)) == "2022-07-26"
    assert resolve_month_day(12, 30, date(2024, 1, 2)) == "2023-12-30"
    assert resolve_month_day(4, 18, None, year=2018) == "2018-04-18"
    assert resolve_month_day(7, 26, None) is None


def test_weekday_is_on_or_before_anchor():
    wednesday = date(2017, 6, 14)
    assert wednesday.weekday() == 2
    assert resolve_weekday("Tuesday", wednesday) == "2017-06-13"
    assert resolve_weekday("Wednesday", wednesday) == "2017-06-14"  # the same day
    assert resolve_weekday("Thursday", wednesday) == "2017-06-08"
    assert resolve_weekday("monday", None) is None


def test_month_only_is_latest_not_after_anchor():
    assert resolve_month(6, date(2023, 9, 6)) == "2023-06"
    assert resolve_month(11, date(2023, 3, 10)) == "2022-11"
    assert resolve_month(6, None) is None
    assert resolve_month(6, None, year=2020) == "2020-06"


# --- datelines -------------------------------------------------------------------------------

def test_english_dateline_resolves_against_published():
    text = "Ships\n\nSHANGHAI, Dec. 31 (Xinhua) -- Output rose, the ministry said on Monday."
    found, span = find_dateline(text, date(2025, 1, 1), "en")
    assert found == date(2024, 12, 31)
    assert text[span[0]:span[1]].startswith("SHANGHAI, Dec. 31")


def test_english_agency_prefix_dateline():
    text = "(Caixin Global) Mar 3 -- The regulator said on Friday that ..."
    assert anchor_date(text, date(2024, 3, 4), "en") == date(2024, 3, 3)


def test_chinese_dateline_is_the_anchor():
    text = "新华社北京12月31日电 工业和信息化部30日印发通知。"
    assert anchor_date(text, date(2025, 1, 2), "zh") == date(2024, 12, 31)
    # 30日 resolves against the dateline (31 Dec), not against the publication day (2 Jan).
    assert values(text, date(2024, 12, 31), "zh") == ["2024-12-30"]


def test_no_dateline_anchor_is_published():
    assert anchor_date("工业和信息化部近日印发通知。", date(2023, 5, 6), "zh") == date(2023, 5, 6)
    assert anchor_date("No dateline here.", None, "en") is None


# --- Chinese mentions ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("工业和信息化部23日发布的数据显示", ["2022-05-23"]),
        ("工业和信息化部5月9日召开会议", ["2022-05-09"]),
        ("工信部曾于2019年3月2日发布征求意见稿", ["2019-03-02"]),
        ("今年工信部在三地设立示范区", ["2022"]),
        ("去年工信部批复两个先导区", ["2021"]),
        ("据工业和信息化部4月发布的数据", ["2022-04"]),
        ("工信部2020年公布了名单", ["2020"]),
        ("工信部近日印发通知", [None]),
    ],
)
def test_zh_mentions(sentence, expected):
    assert values(sentence, date(2022, 5, 24), "zh") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "该办法自2024年11月1日起施行",        # effective date
        "公众可在2022年11月27日前提交反馈",    # comment deadline
        "截至6月末，5G基站达到300万个",        # period bound
        "1—4月，软件业务收入增长10%",          # period
        "到2025年，产业规模超过1万亿元",       # target year
        "2023年工业和信息化发展情况",           # a year naming a topic
        "自2018年起累计支持了200个项目",       # period start
    ],
)
def test_zh_non_dates(sentence):
    assert find_dates(sentence, date(2022, 5, 24), "zh") == []


def test_zh_reporting_day_and_dateline_are_not_action_dates():
    sentence = "新华社北京3月8日电 记者8日从工业和信息化部获悉，工信部近日批复了先导区"
    kinds = [m.kind for m in find_dates(sentence, date(2023, 3, 8), "zh")]
    assert kinds == ["recent"]


def test_zh_range_gives_its_first_day():
    assert values("会议于12月21日至22日在北京召开", date(2023, 12, 23), "zh") == ["2023-12-21"]


def test_zh_same_day_refers_to_the_day_just_named():
    found = find_dates("3月15日，《规划》正式发布，工信部当天举行发布会", date(2023, 3, 16), "zh")
    assert [m.value for m in found] == ["2023-03-15", "2023-03-15"]
    assert found[1].kind == "same_day"


def test_zh_relative_dates_need_an_anchor():
    assert values("工信部23日发布数据，今年还将举办大会", None, "zh") == [None, None]
    assert values("工信部曾于2018年4月18日发布", None, "zh") == ["2018-04-18"]


# --- English mentions ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("the ministry said on Tuesday", ["2017-06-13"]),
        ("The plan was published on June 2.", ["2017-06-02"]),
        ("released on 9 May 2016", ["2016-05-09"]),
        ("a vice minister told a press conference in March", ["2017-03"]),
        ("a report published in August", ["2016-08"]),
        ("Earlier this year, the MIIT issued a plan", ["2017"]),
        ("a list released last year", ["2016"]),
        ("the MIIT issued the rules in 2015", ["2015"]),
        ("officials said at a recent press conference", [None]),
    ],
)
def test_en_mentions(sentence, expected):
    assert values(sentence, date(2017, 6, 14), "en") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "as of the end of March, users totalled 600 million",
        "The deadline for comments is June 27, 2017.",
        "The rules take effect on July 1.",
        "sales since January rose 8 percent",
    ],
)
def test_en_non_dates(sentence):
    assert find_dates(sentence, date(2017, 6, 14), "en") == []


def test_en_dateline_is_not_a_mention():
    sentence = "BEIJING, June 13 (Xinhua) -- Output grew, the ministry said on Tuesday."
    assert values(sentence, date(2017, 6, 14), "en") == ["2017-06-13"]
    assert len(find_dates(sentence, date(2017, 6, 14), "en")) == 1


def test_en_relative_dates_need_an_anchor():
    assert values("said on Monday, in June, this year", None, "en") == [None, None, None]
