"""A 分别 list whose last member is a stock: its own words date it, not the flow named by the members
before it (造船完工量、新接订单量和手持订单量分别占全球的…: the order book is held at the end of the
period, completions and new orders happen over it). A head the members share, written after the
last (数据中心、云计算和大数据产业规模), still dates them all, and so does a flow shared by a list of
places. The stock is dated as of the end of the period carried to the list, whether or not an
as-of date was stated before it (1.19.2)."""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2025, 6, 20)


def _times(text: str, lang: str = "zh", published: date = PUB) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in metrics(text, lang, published)]


@pytest.mark.parametrize("flow, flows, stock, unit", [
    ("全国造船完工量1800万载重吨", "造船完工量、新接订单量", "手持订单量以载重吨计", "载重吨"),
    ("新能源汽车产量500万辆", "新能源汽车产量、销量", "保有量", "辆"),
    ("光伏组件出口额1200亿元", "光伏组件出口额、产值", "库存量", "元"),
])
@pytest.mark.parametrize("as_of_before", ["截至5月底，手持订单量2.2亿载重吨。", ""])
def test_the_last_member_of_a_list_that_is_a_stock_is_dated_as_of(flow, flows, stock, unit, as_of_before):
    text = (f"1—5月，{flow}，同比增长10%。{as_of_before}"
            f"{flows}和{stock}分别占全球总量的53.1%、68.9%和63.4%。")
    shares = [t for t in _times(text) if t[0] in (53.1, 68.9, 63.4)]
    assert shares[:2] == [(53.1, "2025-01/2025-05", None), (68.9, "2025-01/2025-05", None)], shares
    assert shares[2] == (63.4, None, "2025-05"), shares


@pytest.mark.parametrize("members", ["数据中心、云计算和大数据产业规模", "软件、信息技术服务和嵌入式系统软件收入"])
def test_a_head_the_members_share_still_dates_them_all(members):
    found = _times(f"2024年，{members}分别达到1200亿元、3000亿元和5000亿元。")
    assert [(p, a) for _, p, a in found] == [("2024", None)] * 3, found


def test_a_list_of_places_shares_the_flow_before_it():
    text = ("Exports rose 12 percent to 2.1 trillion yuan in the first nine months, "
            "while the central and western regions accounted for 20.3 percent and 22.9 percent, respectively.")
    shares = [t for t in _times(text, "en", date(2025, 10, 20)) if t[0] in (20.3, 22.9)]
    assert shares == [(20.3, "2025-01/2025-09", None), (22.9, "2025-01/2025-09", None)], shares
