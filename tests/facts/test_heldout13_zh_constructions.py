"""Chinese event and metric constructions the thirteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: an innovation body approved (批复组建…创新中心), by 我部, the ministry speaking of itself.
Metrics: a sector of the stock market moving (…板块9日整体上涨2.3%) is no industry figure; a count
whose members pass a threshold (培育10家年产量超过50万吨的龙头企业) counts the head noun, and the
threshold is no figure; an edition's year (《2027年版…目录》) dates nothing; filings made over the
year so far or a year (今年以来已有46个新原料完成备案, 全年新备案…) are a flow over it; 全年 opening a
sentence after a past year of its paragraph is that year; a share, rate or stock that goes on
reporting a past year named earlier in its paragraph is of that year; a 比例 of firms that went
through a process (数字化转型比例) is a rate; a month after two years named (由2023年的…增加到2025年的…，
截至6月底) is dated from the publication, not by either year.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics, time_of

PUB = date(2027, 9, 10)


# --- events: an innovation body approved ------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("10月14日上午，工业和信息化部举行新闻发布会。今年6月，我部批复组建国家高端轴承制造业创新中心。", "2027-06", "MIIT"),
    ("7月，工业和信息化部批复同意组建国家智能传感器创新中心。", "2027-07", "MIIT"),
    ("科技部今年5月批准建设一批全国重点实验室。", "2027-05", "Ministry of Science and Technology"),
    ("8月，国家发展改革委批复设立国家氢能技术研究中心。", "2027-08", "NDRC"),
])
def test_zh_an_innovation_body_approved_is_an_approval(text: str, when: str, agency: str) -> None:
    found = [e for e in events(text, "zh", PUB) if e.type == "approval"]
    assert [(e.date, e.agency) for e in found] == [(when, agency)]


@pytest.mark.parametrize("text", [
    "目前，已批复组建的国家制造业创新中心达到26家。",              # (counted, in passing)
    "下一步，将支持组建国家人形机器人制造业创新中心。",              # (support, future)
    "到2030年，推动组建10家国家制造业创新中心。",                    # (a plan's aim)
    "工业和信息化部将于年底前批复组建国家人形机器人制造业创新中心。",  # (future)
])
def test_zh_no_innovation_body_approved(text: str) -> None:
    assert [e for e in events(text, "zh", PUB) if e.type == "approval"] == []


# --- metrics: a sector of the stock market moving ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "二级市场上，光伏设备板块8日整体上涨3.1%，隆基绿能、通威股份涨幅居前。",
    "受消息提振，锂电池板块昨日全线大涨4.1%。",
    "机器人板块早盘下跌1.8%。",
])
def test_zh_a_stock_market_sector_move_is_no_metric(text: str) -> None:
    assert metrics(text, "zh", PUB) == []


@pytest.mark.parametrize("text, value", [
    ("前三季度，新能源汽车板块营业收入同比增长21.3%。", 21.3),   # (a segment's revenue)
    ("今年以来，钢材价格上涨5.2%。", 5.2),                         # (a price)
])
def test_zh_a_segment_or_price_moving_stays(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh", PUB)] == [value]


# --- metrics: a count whose members pass a threshold ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("方案提出，到2030年，培育8家年产量超过100万吨的再生铝龙头企业。", 8),
    ("到2030年，培育20家年营业收入超过100亿元的领军企业。", 20),
    ("到2029年，打造5个产值超千亿元的先进制造业集群。", 5),
    ("到2028年，培育8家市场占有率超过20%的单项冠军企业。", 8),
])
def test_zh_a_count_past_a_threshold_is_the_only_figure(text: str, value: float) -> None:
    found = metrics(text, "zh", PUB)
    assert [(m.value, m.unit, m.status, m.as_of) for m in found] == [(value, "count", "target", text[text.index("到") + 1:
                                                                                                       text.index("年，")])]


@pytest.mark.parametrize("text, values", [
    ("到2030年，再生铜产量超过500万吨，培育10家龙头企业。", [5e6, 10]),      # (no threshold clause)
    ("到2030年，培育10家龙头企业，年产量超过50万吨。", [10, 5e5]),           # (no 的: a figure of its own)
])
def test_zh_a_figure_beside_a_count_stays(text: str, values: list[float]) -> None:
    assert sorted(m.value for m in metrics(text, "zh", PUB)) == sorted(values)


# --- metrics: an edition's year dates nothing -----------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("8月，工业和信息化部公布《2027年版首台（套）重大技术装备推广应用指导目录》，其中机器人类装备38项。", "2027-08"),
    ("今年7月，商务部发布《2027年版鼓励进口技术和产品目录》，共列入产品126项。", "2027-07"),
])
def test_zh_an_editions_year_is_no_time(text: str, when: str) -> None:
    assert [time_of(m) for m in metrics(text, "zh", PUB)] == [when]


def test_zh_a_year_before_a_list_still_dates() -> None:
    found = metrics("2026年全国新增专精特新中小企业1.2万家。", "zh", PUB)
    assert [time_of(m) for m in found] == ["2026"]


# --- metrics: filings made over the year so far, or a year --------------------------------------------
@pytest.mark.parametrize("text, published, times", [
    ("今年以来已有58个新原料完成备案，其中国产新原料41个。", date(2027, 6, 8), ["2027-01/2027-06"] * 2),
    ("今年前5个月，全国共有1.2万款国产特殊化妆品通过注册。", date(2027, 6, 20), ["2027-01/2027-05"]),
    ("2026年，全国新注册第三类医疗器械产品2100个。", date(2027, 3, 5), ["2026"]),
])
def test_zh_filings_over_a_span_are_a_flow(text: str, published: date, times: list[str]) -> None:
    found = metrics(text, "zh", published)
    assert [(m.period, m.as_of) for m in found] == [(t, None) for t in times]


@pytest.mark.parametrize("text", [
    "今年以来，已有120家企业完成备案。",       # (firms: the stock they join)
    "目前，已有46个新原料完成备案。",           # (now)
    "截至5月底，累计备案新原料210个。",         # (a running total at a date)
])
def test_zh_filings_held_stay_a_stock(text: str) -> None:
    found = metrics(text, "zh", date(2027, 6, 8))
    assert [m.period for m in found] == [None] and found[0].as_of is not None


# --- metrics: 全年 after a past year of its paragraph -------------------------------------------------
def test_zh_whole_year_after_a_past_year_is_that_year() -> None:
    text = "2026年，全省软件业务收入1.2万亿元，同比增长11%。全年新登记软件著作权4.6万件。"
    found = metrics(text, "zh", date(2027, 6, 8))
    assert [time_of(m) for m in found] == ["2026", "2026", "2026"]


@pytest.mark.parametrize("text", [
    "2026年，全省软件业务收入1.2万亿元。全年预计增长10%。",              # (a view of the year running)
    "2026年，全省软件业务收入1.2万亿元。全年将新增软件企业500家。",       # (ahead)
    "2026年，全省软件业务收入1.2万亿元。\n全年软件业利润总额1500亿元。",   # (another paragraph)
])
def test_zh_whole_year_ahead_or_elsewhere_is_this_year(text: str) -> None:
    found = metrics(text, "zh", date(2027, 6, 8))
    assert time_of(found[-1]) == "2027"


# --- metrics: a share, rate or stock going on reporting a past year -------------------------------------
@pytest.mark.parametrize("text, values, when", [
    ("在8日举行的新闻发布会上，有关负责人介绍，2026年我国工业机器人销量达到31万台。焊接、装配机器人的国产化率分别达到"
     "56%和43%，高端减速器国产化率仍不足20%。", [56, 43, 20], "2026"),
    ("2026年，全省电子信息制造业营业收入4.2万亿元。全省规模以上电子信息企业5120家，从业人员约180万人。",
     [5120, 1.8e6], "2026-12"),
])
def test_zh_figures_going_on_about_a_past_year_are_of_it(text: str, values: list[float], when: str) -> None:
    found = [m for m in metrics(text, "zh", PUB) if m.value in values]
    assert [m.value for m in found] == values
    assert {time_of(m) for m in found} == {when}


@pytest.mark.parametrize("text, value", [
    ("2026年，全省电子信息制造业营业收入4.2万亿元。目前，规模以上电子信息企业的数字化率已达到68%。", 68),    # (now)
    ("2026年，全省电子信息制造业营业收入4.2万亿元。至此，全省累计培育专精特新企业3120家。", 3120),          # (so far)
    ("2026年，全省印染行业营业收入2100亿元。绍兴市印染产能约占全省的58%。", 58),                            # (a stock's share)
    # a paragraph whose account of now opened with undated figures: a year named later dates one figure
    ("数据显示，专精特新企业数量仅占规上中小企业的4.1%，但贡献了11.2%的营业收入。2026年，专精特新企业平均研发投入"
     "超过2000万元。超七成企业深耕工业基础领域。", 70),
    ("据统计，全省“小巨人”企业达到1260家，占全国的7.2%。2026年，“小巨人”企业平均研发投入超过2500万元。近八成企业"
     "在产业链关键环节发挥作用。", 80),
])
def test_zh_figures_stated_now_after_a_past_year_are_now(text: str, value: float) -> None:
    found = [m for m in metrics(text, "zh", PUB) if m.value == value]
    assert [m.as_of for m in found] == ["2027-09"]


def test_zh_a_stock_after_this_year_named_is_now() -> None:
    text = "今年6月，工业和信息化部印发实施方案。国家标准委近日批准发布《再生铜原料》等6项国家标准。"
    found = metrics(text, "zh", date(2027, 11, 9))
    # (a batch of standards released is a level of the release's month, written `period`: session
    # 19's convention; not of the June named before)
    assert [(m.period, m.as_of) for m in found] == [("2027-11", None)]


# --- metrics: a 比例 of firms that went through a process ---------------------------------------------
@pytest.mark.parametrize("text", [
    "方案提出，到2029年，县域规上工业企业数字化转型比例达到80%以上。",
    "到2027年，规上工业企业智能化改造比例达到70%。",
    "目前，关键零部件国产化比例约为60%。",
    "全省企业上云比例达到65%。",
])
def test_zh_a_ratio_of_a_process_is_a_rate(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB)] == ["rate"]


@pytest.mark.parametrize("text", [
    "新建大型数据中心绿色电力使用比例不低于80%。",
    "主要品牌新推出的车型中，采用锂离子蓄电池的比例已超过20%。",
])
def test_zh_another_ratio_stays_a_share(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB)] == ["share"]


# --- metrics: a month after two years named ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "全国5G基站数由2023年的337万个增加到2025年的480万个，截至6月底，5G基站总数达到510万个。",
    "全国充电桩数量从2024年的1280万台增至2025年的1860万台，截至6月底，总数突破2100万台。",
])
def test_zh_a_month_after_two_years_is_of_the_publication_year(text: str) -> None:
    found = metrics(text, "zh", date(2026, 8, 10))
    assert found[-1].as_of == "2026-06"


def test_zh_a_month_after_one_year_stays_in_it() -> None:
    found = metrics("2025年，全国汽车产量增长8%，3月达到300万辆。", "zh", date(2026, 8, 10))
    assert [time_of(m) for m in found] == ["2025", "2025-03"]
