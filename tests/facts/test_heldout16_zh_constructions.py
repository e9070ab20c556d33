"""Chinese event and metric constructions the sixteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a story's byline before its opening time (证券时报e公司讯　（记者 陈思远）4月16日，…联合印发《…》)
leaves that time the act's; a reporter who learnt the news at a press conference on a day
(记者14日从…新闻发布会上获悉) dates the conference (a reporter's day of learning it from a body, 记者
20日从工业和信息化部获悉, still dates nothing).
Status: a source's forecast told as its word (另据Prismark预测，…, IDC预测，…) makes a projection.
Times: work completed over a span (今年1—5月，全国完成老旧电梯更新改造4.3万台) is a flow over the span,
a running total (累计完成, 已完成) stays a stock.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 8, 15)


# --- events: a byline before the opening time -------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("证券时报e公司讯　（记者 陈思远）4月16日，国家数据局会同国家发展改革委、中国证监会联合印发《关于促进数据交易场所规范健康发展的指导意见》。",
     "2030-04-16"),
    ("（记者陈思远）4月16日，国家数据局印发《数据交易场所管理办法》。", "2030-04-16"),
    ("本报讯（记者王刚 通讯员李明）8月3日，工业和信息化部印发《关于加快工业互联网发展的通知》。", "2030-08-03"),
    ("上海证券报讯（记者 周洁）7月28日，商务部等五部门联合印发《关于促进服务消费的若干措施》。", "2030-07-28"),
])
def test_zh_a_byline_before_the_opening_time(text: str, when: str) -> None:
    assert [(e.type, e.date) for e in events(text, "zh", PUB)] == [("document_issued", when)]


@pytest.mark.parametrize("text", [
    "本报讯（记者王刚）工业和信息化部近日印发《关于加快工业互联网发展的通知》。",          # (recently: no date)
    "（记者王刚）工业和信息化部将于9月印发《关于加快工业互联网发展的通知》。",              # (ahead)
])
def test_zh_no_day_for_an_act_after_a_byline(text: str) -> None:
    assert [e.date for e in events(text, "zh", PUB) if e.type == "document_issued"] in ([None], [])  # (ahead: none)


# --- events: the reporter at a press conference that day --------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("记者14日从工业和信息化部新闻发布会上获悉，2029年我国印制电路板产值达到486.2亿美元。", "2030-08-14", "MIIT"),
    ("记者12日从国务院新闻办公室举行的新闻发布会上获悉，上半年工业增加值同比增长6%。", "2030-08-12",
     "State Council Information Office"),
    ("记者9日从市场监管总局召开的例行新闻发布会上获悉，全国在用电梯达到1196万台。", "2030-08-09", "SAMR"),
])
def test_zh_a_reporter_at_a_press_conference_that_day(text: str, when: str, agency: str) -> None:
    found = [e for e in events(text, "zh", PUB) if e.type == "press_conference"]
    assert [(e.date, e.agency) for e in found] == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (learnt from a body, not at an occasion: the reporting day dates nothing)
    "记者14日从工业和信息化部获悉，工业和信息化部近日印发《关于推进老旧电梯更新改造的通知》。",
    "记者14日从工业和信息化部获悉，工业和信息化部印发《关于推进老旧电梯更新改造的通知》。",
    # (the conference's day does not date another act in the next clause)
    "记者14日从新闻发布会上获悉，工业和信息化部印发《关于推进老旧电梯更新改造的通知》。",
])
def test_zh_the_reporting_day_dates_no_document(text: str) -> None:
    assert [e.date for e in events(text, "zh", PUB) if e.type == "document_issued"] == [None]


# --- status: a source's forecast ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("另据Prismark预测，2029—2034年全球印制电路板产值年均增长5.2%。", 5.2),
    ("据赛迪顾问预测，2031年全国工业机器人产量增长12%。", 12.0),
    ("IDC预测，2031年全球服务器出货量增长6%。", 6.0),
])
def test_zh_a_sources_forecast_is_a_projection(text: str, value: float) -> None:
    [m] = metrics(text, "zh", PUB)
    assert (m.value, m.status) == (value, "forecast")


@pytest.mark.parametrize("text", [
    "企业开展需求预测，2029年全国产量增长5%。",           # (a task of doing, not a source's word)
    "2029年，全国预测性维护市场规模增长15%。",            # (predictive maintenance)
    "企业通过AI预测，2029年全国产量增长5%。",             # (a means)
])
def test_zh_no_forecast_without_a_sources_word(text: str) -> None:
    assert [m.status for m in metrics(text, "zh", PUB)] == ["actual"]


# --- times: work completed over a span -----------------------------------------------------------------
@pytest.mark.parametrize("text, published, period", [
    ("今年1—5月，全国完成老旧电梯更新改造4.3万台，同比增长62.4%。", date(2030, 6, 13), "2030-01/2030-05"),
    ("上半年，全省完成老旧小区改造1200个。", date(2030, 7, 20), "2030-01/2030-06"),
    ("今年1—9月，各地完成农村危房改造3.6万户。", date(2030, 10, 20), "2030-01/2030-09"),
    ("今年1—4月，全省完成老旧燃气管道更新改造860处。", date(2030, 5, 20), "2030-01/2030-04"),
])
def test_zh_work_completed_over_a_span_is_a_flow(text: str, published: date, period: str) -> None:
    found = [m for m in metrics(text, "zh", published) if m.unit == "count" and m.measure == "level"]
    assert [(m.period, m.as_of) for m in found] == [(period, None)]


@pytest.mark.parametrize("text, as_of", [
    ("截至5月底，全国累计完成老旧电梯更新改造12万台。", "2030-05"),     # (a running total)
    ("截至5月底，全国已完成老旧电梯更新改造12万台。", "2030-05"),       # (what stands done)
    ("今年1—5月，全国已有300家企业完成数字化改造。", "2030-05"),       # (firms that have done it)
])
def test_zh_completed_work_to_date_stays_a_stock(text: str, as_of: str) -> None:
    found = [m for m in metrics(text, "zh", date(2030, 6, 13)) if m.unit == "count"]
    assert [(m.period, m.as_of) for m in found] == [(None, as_of)]
