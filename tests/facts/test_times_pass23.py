"""Metric times, pass 23: the Chinese shares of a flow a paragraph after the flow's span (heldout10
H138's construction, in sentences written for these tests).

* "第三季度，…共受理用户投诉15.6万件" then, in the next paragraph, "…分别占投诉总量的21.5%和12.3%": parts
  of that flow over its quarter, though the quarter ended two months before publication. The share's own
  whole (after 占) must name a flow (出口总量) or be the total (总量, 总数) of what a flow figure of that
  span counted (投诉). Not a share of the world stated as things stand (占世界比重超过60%，是全球最大的
  …出口国: the flow word is after the share, heldout3 H40), not a share of a stock, not a whole on
  another topic, not a paragraph further on, not a span long past.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2030, 11, 20)
Q3 = "第三季度，全国共受理用户投诉15.6万件，同比下降4.2%。\n\n"
CASES = "三季度，各地市场监管部门共查处违法案件1.2万件，同比增长3.1%。\n\n"
TEN = "1—9月，全国挖掘机出口9.6万台，同比增长12.4%。\n\n"


def _times(text: str, published: date = PUB) -> dict[float, str | None]:
    lang = "en" if text.isascii() else "zh"
    return {m.value: (m.period or m.as_of) for m in metrics(text, lang, published)}


@pytest.mark.parametrize("text, value, expected", [
    (Q3 + "从投诉类型看，资费争议、网络质量问题分别占投诉总量的21.5%和12.3%。", 12.3, "2030-Q3"),
    (Q3 + "从投诉类型看，资费争议、网络质量问题分别占投诉总量的21.5%和12.3%。", 21.5, "2030-Q3"),
    (Q3 + "其中，涉及宽带业务的问题占全部投诉总数的27.4%。", 27.4, "2030-Q3"),
    (CASES + "其中，无证经营案件占案件总数的35.2%。", 35.2, "2030-Q3"),
    (CASES + "从案件类型看，价格违法、虚假宣传案件分别占全部案件总量的18%和11%。", 11.0, "2030-Q3"),
    (TEN + "电动机型约占出口总量的31%。", 31.0, "2030-01/2030-09"),
    (TEN + "分市场看，对俄罗斯出口占出口总额的22%。", 22.0, "2030-01/2030-09"),
])
def test_zh_share_of_the_flow_takes_its_span(text, value, expected):
    assert _times(text)[value] == expected


@pytest.mark.parametrize("text, value, published", [
    # (a share of the world stated as things stand, a flow word only after it: heldout3 H40's kind)
    (TEN + "我国工程机械装备总量占世界比重超过60%，是全球最大的挖掘机生产国和出口国。", 60.0, PUB),
    (Q3 + "我国用户规模占世界比重超过30%，投诉总量却持续下降。", 30.0, PUB),
    # (a share of a stock)
    (TEN + "国产品牌占全国挖掘机保有量的41%。", 41.0, PUB),
    # (a whole on another topic: no flow of the span counted it)
    (Q3 + "女性占行业工程师总数的38%。", 38.0, PUB),
    # (a paragraph further on: the story has moved on)
    (Q3 + "电信企业持续改进服务。\n\n资费争议占投诉总量的21.5%。", 21.5, PUB),
    # (a span long past: the share is stated now)
    (Q3 + "资费争议占投诉总量的21.5%。", 21.5, date(2031, 6, 20)),
    # (an intensity of the firms: 研发 before the share)
    (CASES + "企业研发经费占案件总数的3.5%。", 3.5, PUB),
    # (a share of a whole no flow figure of the span counted)
    (CASES + "无证经营企业占企业总数的35.2%。", 35.2, PUB),
])
def test_zh_share_not_of_the_reported_span(text, value, published):
    assert _times(text, published)[value] not in ("2030-Q3", "2030-01/2030-09")


# --- a share or rate compared with the quarter before: a reading of the quarter carried ------------
EN_Q3 = "Sales of heavy trucks rose 8% to 212,000 units in the third quarter, the association said.\n\n"


@pytest.mark.parametrize("text, value", [
    (Q3 + "用户投诉处理满意率为92.1%，较上季度提高0.4个百分点。", 92.1),
    (Q3 + "一次性解决率达到88.6%，比上季度下降1.2个百分点。", 88.6),
    (EN_Q3 + "The fleet's utilisation rate was 78%, up 2 points from the previous quarter.", 78.0),
])
def test_rate_compared_with_last_quarter_is_of_the_quarter(text, value):
    # (published in mid-December: the quarter ended three months before)
    assert _times(text, date(2030, 12, 15))[value] == "2030-Q3"


@pytest.mark.parametrize("text, value, published", [
    # (a change on the year before says nothing of the span)
    (Q3 + "用户投诉处理满意率为92.1%，较上年提高0.4个百分点。", 92.1, PUB),
    # (no comparison at all: stated now, as before)
    (Q3 + "用户投诉处理满意率为92.1%。", 92.1, PUB),
    # (a quarter long past)
    (Q3 + "用户投诉处理满意率为92.1%，较上季度提高0.4个百分点。", 92.1, date(2031, 5, 20)),
    (EN_Q3 + "The fleet's utilisation rate was 78%, up 2 points from a year earlier.", 78.0, date(2030, 12, 15)),
    # (a span of months, not a quarter)
    (TEN + "行业开工率为61.5%，较上季度提高2个百分点。", 61.5, PUB),
])
def test_rate_compared_near_misses(text, value, published):
    assert _times(text, published)[value] not in ("2030-Q3", "2030-01/2030-09")
