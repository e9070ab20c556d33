"""Chinese event and time constructions the fifteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a list by another name, a catalogue of products or of recommended products (公布…产品目录,
发布…推荐目录) or the services filed with a regulator (公布…备案信息, 备案清单), is an approval; a
statistical report by its kind (《…统计报告》) or a titled report whose figures follow (《…报告》显示),
a numbered issue of a series before the title (发布的第64次《…》), is a data release; two bodies the
table did not know: 国家矿山安全监察局 and 中国互联网络信息中心 (CNNIC).
Times: a stock dated to a day with 截至 (截至8月31日) is as of that day's month, not the page's.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

EV_PUB = date(2029, 9, 14)


# --- events: a catalogue or filing information published is an approval ---------------------------
@pytest.mark.parametrize("text, when, title", [
    ("3月2日，工业和信息化部公布2028年度电机“能效之星”产品目录，62家企业的218个型号入选。", "2029-03-02",
     "2028年度电机“能效之星”产品目录"),
    ("工业和信息化部5日发布第三批国家工业节能技术推荐目录，共收录技术86项。", "2029-09-05", "第三批国家工业节能技术推荐目录"),
    ("9月12日，国家互联网信息办公室发布公告，公布2029年8月生成式人工智能服务备案信息：当月新增86款服务完成备案。",
     "2029-09-12", None),
    ("国家网信办3日公布第五批深度合成服务算法备案清单。", "2029-09-03", None),
])
def test_zh_a_catalogue_or_filing_list_published_is_an_approval(text: str, when: str, title: str | None) -> None:
    assert [(e.type, e.date, e.title) for e in events(text, "zh", EV_PUB)] == [("approval", when, title)]


def test_zh_the_same_day_dates_a_catalogue_by_the_act_before() -> None:
    text = ("11月14日，工业和信息化部、市场监管总局联合印发《电机能效提升计划》。"
            "同日，工业和信息化部公布2028年度电机“能效之星”产品目录。")
    found = events(text, "zh", date(2028, 11, 16))
    assert [(e.type, e.date) for e in found] == [("document_issued", "2028-11-14"), ("approval", "2028-11-14")]


@pytest.mark.parametrize("text", [
    "企业应按要求填报产品目录。",                               # (no body acts)
    "该企业发布了2029年新产品目录。",                            # (a company's own catalogue)
    "工业和信息化部将于下月公布2029年度“能效之星”产品目录。",      # (ahead)
    "企业需在30日内完成备案信息变更。",                           # (filing information changed, no list)
])
def test_zh_no_approval_for_a_catalogue_in_passing(text: str) -> None:
    assert [e for e in events(text, "zh", EV_PUB) if e.type == "approval"] == []


def test_zh_a_guiding_catalogue_is_a_document_not_a_list() -> None:
    found = events("国家发展改革委5日发布《产业结构调整指导目录（2029年本）》。", "zh", EV_PUB)
    assert [e.type for e in found] == ["document_issued"]


# --- events: a statistical report, a report whose figures follow ---------------------------------
@pytest.mark.parametrize("text, agency, when", [
    ("中国互联网络信息中心（CNNIC）8月28日发布的第64次《中国互联网络发展状况统计报告》显示，我国网民规模达11.2亿人。",
     "China Internet Network Information Center", "2029-08-28"),
    ("中国互联网络信息中心3月5日发布《第55次中国互联网络发展状况统计报告》。",
     "China Internet Network Information Center", "2029-03-05"),
    ("工业和信息化部8月28日发布的第3期《工业经济运行报告》显示，规模以上工业增加值增长6%。", "MIIT", "2029-08-28"),
    ("工业和信息化部3月5日发布的《2028年中国软件产业发展报告》显示，软件业务收入增长12%。", "MIIT", "2029-03-05"),
])
def test_zh_a_statistical_report_released_is_a_data_release(text: str, agency: str, when: str) -> None:
    found = events(text, "zh", EV_PUB)
    assert [(e.type, e.subtype, e.agency, e.date) for e in found] == [("other", "data_release", agency, when)]


@pytest.mark.parametrize("text", [
    "工业和信息化部3月5日发布《关于工业领域碳达峰的报告》，提出到2030年实现碳达峰。",   # (a report's aims)
    "国家统计局2月28日发布《2028年农民工监测调查报告》。",                             # (named, no figures)
])
def test_zh_a_report_without_its_figures_stays_a_document(text: str) -> None:
    assert [e.type for e in events(text, "zh", EV_PUB)] == ["document_issued"]


def test_zh_cnnic_cited_without_a_release_makes_no_event() -> None:
    assert events("据CNNIC统计，我国网民规模达11.2亿人。", "zh", EV_PUB) == []


# --- events: the mine-safety regulator --------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("去年12月，国家矿山安全监察局发布《煤矿智能化建设指南（2028年版）》。", "2028-12"),
    ("国家矿山安监局3月印发《煤矿安全生产标准化管理体系基本要求》。", "2029-03"),
])
def test_zh_the_mine_safety_administration_issues(text: str, when: str) -> None:
    found = events(text, "zh", EV_PUB)
    assert [(e.type, e.date, e.agency) for e in found] == [("document_issued", when, "National Mine Safety Administration")]


def test_zh_a_provincial_mine_safety_office_is_not_the_national_body() -> None:
    found = events("山西省矿山安全监察局3月印发《煤矿智能化验收办法》。", "zh", EV_PUB)
    assert all(e.agency != "National Mine Safety Administration" for e in found)


# --- times: a stock as of a day ---------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("截至8月31日，全国累计已有1128款生成式人工智能服务完成备案。", "2029-08"),
    ("截至6月30日，全国已建成5G基站450万个。", "2029-06"),
    ("截至今年7月15日，全国累计建成智能工厂420家。", "2029-07"),
    ("截至2028年6月30日，全国已建成5G基站450万个。", "2028-06"),
    ("截至10月31日，全国已建成5G基站450万个。", "2028-10"),        # (a later month: last year's)
])
def test_zh_a_stock_as_of_a_day_is_of_that_month(text: str, when: str) -> None:
    found = metrics(text, "zh", EV_PUB)
    assert found and all(m.as_of == when for m in found), [(m.value, m.as_of, m.period) for m in found]


def test_zh_a_bare_day_is_no_stock_date() -> None:
    # (8月31日 without 截至 is the day of an act; the stock stays as of the page's month)
    found = metrics("8月31日，工业和信息化部公布数据，全国已建成5G基站450万个。", "zh", EV_PUB)
    assert [time_of(m) for m in found] != ["2029-08"]
