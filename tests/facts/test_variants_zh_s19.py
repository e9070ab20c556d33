"""Variants of Chinese facts past held-out sets missed (session 19): the wordings a different page
could have used for the same fact, on sentences written for these tests.

Metrics: half of a whole named after 占 is a share whether or not 的 joins them (产量占全国一半以上,
应用量占全省近一半, as 占全国的一半以上 of heldout14); 占地 and 占用 ("to occupy", "to take up") stay
no share.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2028, 7, 14)


# --- metrics: half of a whole named after 占, without 的 ---------------------------------------------
@pytest.mark.parametrize("text, qualifier", [
    ("目前，深圳市产量占全国一半以上。", "ge"),
    ("汽车制造业机器人应用量占全省近一半。", "approx"),
    ("长三角地区集成电路产值占全国一半。", "eq"),
    ("民营企业出口额已占全市一半以上。", "ge"),
    ("新能源汽车销量占全省汽车销量约一半。", "approx"),
    ("龙头企业营业收入占行业总量超过一半。", "gt"),
])
def test_zh_half_of_a_whole_without_de_is_a_share(text: str, qualifier: str) -> None:
    found = metrics(text, "zh", PUB)
    assert [(m.value, m.unit, m.measure, m.qualifier) for m in found] == [(50.0, "percent", "share", qualifier)]


@pytest.mark.parametrize("text", [
    "该园区占地一半为绿地。",                    # (占地: land a site occupies)
    "项目建设占用一半以上的耕地指标。",          # (占用: to take up)
    "受需求下滑影响，企业利润减少了一半。",      # (halved: no 占)
    "一半以上的企业已完成数字化改造。",          # (no 占)
])
def test_zh_half_without_a_whole_after_zhan_is_no_share(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.measure == "share"] == []
