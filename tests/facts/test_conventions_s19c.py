"""Session 19's convention on a stock or share with no time of its own after a sentence that dates
something (devset README, "Conventions settled in session 19"): English in the simple present
("… provinces host 31 percent of the national capacity") states how things stand, as of the
statement's month; a Chinese stock or share that goes on a paragraph opened with a past year
(2031年，…。长三角地区集聚了全国近七成的硅片产能) carries that year. Own wordings, with near-misses."""
from __future__ import annotations

from datetime import date

import pytest

from tests.facts.metric_helpers import reader, time_of

en = reader("en", date(2032, 9, 20))
zh = reader("zh", date(2032, 10, 22))


def _by_value(found, value):
    hits = [m for m in found if m.value == value]
    assert len(hits) == 1, [(m.value, m.unit, m.measure) for m in found]
    return hits[0]


_JUNE = "China had 1,200 coking plants in operation at the end of June, with a combined capacity of 3 million tons a day. "


# --- English, present tense after a dated sentence: the statement's month ---

@pytest.mark.parametrize("second, value", [
    ("Shandong, Zhejiang and Hebei provinces host 31 percent, 22 percent and 17 percent of the national capacity, respectively.", 31),
    ("Shanxi hosts about 40 percent of the national capacity.", 40),
    ("Three northern provinces house more than half of the national capacity.", 50),
    ("Shanxi province houses roughly 28 percent of that industry's plants.", 28),
])
def test_present_tense_share_after_a_dated_sentence_is_of_now(second, value):
    assert time_of(_by_value(en(_JUNE + second), value)) == "2032-09"


@pytest.mark.parametrize("second, value", [
    # (the past: that time's figures)
    ("Shanxi hosted about 40 percent of the national capacity.", 40),
    # (a base form after "to": a view, not how things stand)
    ("Shanxi is set to host about 40 percent of the national capacity.", 40),
])
def test_past_or_infinitive_host_carries_the_earlier_time(second, value):
    assert time_of(_by_value(en(_JUNE + second), value)) != "2032-09"


def test_host_in_its_own_dated_sentence_keeps_its_date():
    m = _by_value(en("At the end of June, Shanxi hosts about 40 percent of the national capacity."), 40)
    assert time_of(m) == "2032-06"


# --- Chinese, a paragraph opened with a past year: the stock carries the year ---

@pytest.mark.parametrize("text, value", [
    ("2031年，我国半导体硅片市场规模达到386亿元，占全球市场的比重为24.7%。长三角地区集聚了全国近七成的硅片产能，其中上海、江苏、浙江分别占31%、23%和15%。", 31),
    ("2031年，全省工业机器人产量达到12万套。珠三角地区集中了全省约六成的机器人企业。", 60),
    ("2031年我国核电装备制造业产值约1300亿元；核电主设备国产化率超过90%。", 90),
])
def test_chinese_stock_after_a_past_year_carries_it(text, value):
    assert time_of(_by_value(zh(text), value)) == "2031"


@pytest.mark.parametrize("text, value", [
    # (已 and 目前 say the figure speaks of now)
    ("2031年，全省工业机器人产量达到12万套。珠三角地区已集中了全省约六成的机器人企业。", 60),
    ("2031年，全省工业机器人产量达到12万套。目前，珠三角地区集中了全省约六成的机器人企业。", 60),
])
def test_chinese_stock_said_to_be_of_now_is_not_carried(text, value):
    assert time_of(_by_value(zh(text), value)) == "2032-10"


@pytest.mark.parametrize("value", [31, 22, 17])
def test_every_member_of_a_present_tense_respectively_list_is_of_now(value):
    second = "Shandong, Zhejiang and Hebei provinces host 31 percent, 22 percent and 17 percent of the national capacity, respectively."
    assert time_of(_by_value(en(_JUNE + second), value)) == "2032-09"


@pytest.mark.parametrize("value", [31, 22, 17])
def test_every_member_of_a_past_tense_respectively_list_keeps_the_earlier_time(value):
    second = "Shandong, Zhejiang and Hebei provinces hosted 31 percent, 22 percent and 17 percent of the national capacity, respectively."
    assert time_of(_by_value(en(_JUNE + second), value)) == "2032-06"
