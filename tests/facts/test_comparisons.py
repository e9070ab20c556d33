"""What a percentage-point figure is compared with (scrapers.facts.comparisons): a change against
an earlier time, a gap to another group in the same period, or a contribution to the whole's
growth. The sentences are written for these tests, in the styles of MIIT's monthly releases and of
English reports of them."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2024, 10, 20)


def compared(text: str, lang: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.comparison, m.compared_with)
            for m in metrics(text, lang, PUB) if m.unit == "percentage_points"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # changes against an earlier time, the base written in several ways
        ("1—9月，全国纺织业增加值同比增长4.1%，增速较上半年回落0.6个百分点。", [(-0.6, "change", "上半年")]),
        ("前三季度，石化行业利润总额同比下降8.2%，降幅比上半年收窄3.1个百分点。", [(3.1, "change", "上半年")]),
        ("光伏组件出口额占比较上年末提高2.7个百分点。", [(2.7, "change", "上年末")]),
        # (a base in a clause of its own before is not read: still a change)
        ("与二季度相比，三季度工业产能利用率提高了0.9个百分点。", [(0.9, "change", None)]),
        ("三季度工业产能利用率为75.6%，与二季度相比提高了0.9个百分点。", [(0.9, "change", "二季度")]),
        ("9月份，通信设备制造业增加值增速比8月份加快1.8个百分点。", [(1.8, "change", "8月份")]),
        ("软件业利润总额增速比上年同期高出2.4个百分点。", [(2.4, "change", "上年同期")]),
        ("新能源汽车渗透率同比提高6.2个百分点。", [(6.2, "change", "同比")]),
        # gaps to another group: the usual groups in English, whichever language names them
        ("1—9月，医药制造业增加值同比增长6.3%，增速高于全部工业平均水平0.5个百分点。", [(0.5, "gap", "all industry")]),
        ("9月份，汽车制造业增加值增速比工业高5.1个百分点，比制造业高4.6个百分点。",
         [(5.1, "gap", "all industry"), (4.6, "gap", "manufacturing")]),
        # a list of groups, one per figure
        ("前三季度，船舶工业增加值增速分别比同期工业、高技术制造业高9.8个和7.2个百分点。",
         [(9.8, "gap", "all industry"), (7.2, "gap", "high-tech manufacturing")]),
        # one group for a list of figures; a group that is no usual one stays as written
        ("专精特新企业营业收入和利润增速分别比规模以上工业中小企业快3.6个和5.2个百分点。",
         [(3.6, "gap", "industrial SMEs"), (5.2, "gap", "industrial SMEs")]),
        ("东部地区电子信息制造业增加值增速比中西部地区低1.2个百分点。", [(-1.2, "gap", "中西部地区")]),
        # a contribution to growth is neither
        ("集成电路出口拉动全行业出口增长1.9个百分点。", [(1.9, "contribution", None)]),
        ("新兴业务对电信业务收入增长的贡献达到4.3个百分点。", [(4.3, "contribution", None)]),
    ],
)
def test_chinese_comparisons(text, expected):
    assert compared(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Textile output grew 4.1 percent, 0.6 percentage points slower than in the first half.",
         [(-0.6, "change", "the first half")]),
        ("Its share of exports rose 2.7 percentage points from the end of last year.",
         [(2.7, "change", "the end of last year")]),
        ("The utilization rate was 75.6 percent, up 0.9 percentage points compared with the second quarter.",
         [(0.9, "change", "the second quarter")]),
        ("The penetration rate of new energy vehicles rose 6.2 percentage points year-on-year.",
         [(6.2, "change", "year on year")]),
        # a list whose base follows its last figure
        ("Their shares of industrial output rose by 1.4 and 0.6 percentage points from 2023.",
         [(1.4, "change", "2023"), (0.6, "change", "2023")]),
        ("Pharmaceutical output grew 6.3 percent, 0.5 percentage points faster than that of overall industry.",
         [(0.5, "gap", "all industry")]),
        ("Shipbuilding value added grew 14.2 percent, outpacing overall industry and high-tech manufacturing "
         "by 9.8 and 7.2 percentage points, respectively.",
         [(9.8, "gap", "all industry"), (7.2, "gap", "high-tech manufacturing")]),
        ("Growth in the east was 1.2 percentage points lower than that of the central and western regions.",
         [(-1.2, "gap", "the central and western regions")]),
        # the time base stops at the clause: the rest of the sentence is no part of it
        ("Value added rose 1.6 percent, 0.4 percentage points faster than in January-July but trailing "
         "the industrial average by 2.3 percentage points.",
         [(0.4, "change", "January-July"), (-2.3, "gap", "all industry")]),
        ("Chip exports contributed 1.9 percentage points to the sector's export growth.",
         [(1.9, "contribution", None)]),
    ],
)
def test_english_comparisons(text, expected):
    assert compared(text, "en") == expected


def test_other_figures_carry_no_comparison():
    found = metrics("1—9月，全国软件业务收入98281亿元，同比增长11.0%，增速较上半年回落0.5个百分点。", "zh", PUB)
    assert [(m.unit, m.comparison) for m in found] == [
        ("CNY", None), ("percent", None), ("percentage_points", "change")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("上半年，装备制造业增加值同比增长7.2%，对全部工业增长的贡献率达到45.1%。", "zh"),
        ("Equipment manufacturing grew 7.2 percent, contributing 45.1 percent of the growth of industrial output.", "en"),
    ],
)
def test_a_contribution_to_growth_is_no_share_of_the_total(text, lang):
    found = [m for m in metrics(text, lang, PUB) if m.value == 45.1]
    assert [(m.measure, m.comparison) for m in found] == [("share", "contribution")]
    # a plain share has no comparison
    plain = metrics("装备制造业增加值占规模以上工业增加值的比重为34.2%。", "zh", PUB)
    assert [(m.measure, m.comparison) for m in plain] == [("share", None)]


def test_the_share_of_members_with_a_property_is_no_point_of_the_population_series():
    found = metrics("在专精特新中小企业中，位于工业基础领域的占六成以上。专精特新中小企业达到10.3万家。", "zh", PUB)
    assert [(m.value, m.metric_key) for m in found] == [(60.0, None), (103_000.0, "specialised_smes")]
