"""Variants of Chinese facts past held-out sets missed (session 19, second pass): the wordings a
different page could have used for the same fact, on sentences written for these tests.

Metrics: 列 counting trains (班列386列, 386列列车, 386列次), not the verb (列入, 列为) nor a word's part
(并列, 系列); a source's reckoning named in brackets after the figure (（中国节能协会测算）,
（Prismark预测）) or before it by 估算 / 按照…的预测, not a method in brackets (（按可比价格测算）);
past half, 占比过半; a decimal in words before a magnitude (一点二亿人次).
Events: a standard approved in a 经 clause and released as done (经…批准，已于4月正式发布); a draft
named in a dated relative clause (6月发布的征求意见稿); a notice sharing the subject of a check told
before it (工信部对…开展专项检测并通报了17款…).
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics
from scrapers.facts.events import extract_events
from scrapers.facts.units import find_quantities

PUB = date(2029, 9, 20)


def zh(text: str, published: date = PUB):
    return metrics(text, "zh", published)


# --- metrics: 列 counts trains -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "1—5月，南康区开行家具出口班列386列，同比增长14.2%。",
    "1—5月，南康区家具出口班列开行386列，同比增长14.2%。",
    "1—5月，赣州国际陆港共发运386列列车，同比增长14.2%。",
    "1—5月，赣州国际陆港开行家具出口班列386列次，同比增长14.2%。",
    "今年以来，中欧班列累计开行386列。",
])
def test_zh_lie_counts_trains(text: str) -> None:
    assert [(m.value, m.unit) for m in zh(text) if m.value == 386.0] == [(386.0, "count")]


@pytest.mark.parametrize("text", [
    "今年，共有3项成果列入国家目录。",            # (列入: the verb "to enter")
    "今年，班列运营企业3列入重点名单。",          # (列入 even after 班列)
    "该企业在评比中与对手并列第1。",              # (并列: tied)
    "今年，2列为重点支持方向。",                  # (列为: the verb "to list as")
    "这3列数据分别来自不同年份。",                # (columns, no trains named)
])
def test_zh_lie_without_trains_is_no_count(text: str) -> None:
    assert [q for q in find_quantities(text, "zh") if text[q.end - 1] == "列"] == []


# --- metrics: a source's reckoning ---------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("2028年我国节能服务产业总产值约为6850亿元（中国节能协会测算），同比增长9.1%。", "estimate"),
    ("2028年全国工业软件市场规模达到2900亿元（赛迪顾问估算）。", "estimate"),
    ("2029—2034年，全球印制电路板产值年均增长5.2%（Prismark预测）。", "forecast"),
    ("按照Prismark的预测，2029—2034年全球印制电路板产值年均增长5.2%。", "forecast"),
    ("中国节能协会估算，2028年我国节能服务产业总产值为6850亿元。", "estimate"),
    ("据协会估算，2028年全省节能服务产业总产值为6850亿元。", "estimate"),
])
def test_zh_source_reckoning_sets_the_status(text: str, status: str) -> None:
    first = zh(text)[0]
    assert first.status == status


@pytest.mark.parametrize("text", [
    "2028年我国节能服务产业总产值约为6850亿元（按可比价格测算），同比增长9.1%。",   # (a method)
    "2028年我国节能服务产业总产值约为6850亿元（以2020年为基期测算）。",             # (a method)
    "2028年我国节能服务产业总产值约为6850亿元（中国节能协会），同比增长9.1%。",     # (a source, no reckoning)
    "2028年我国节能服务产业总产值约为6850亿元（不含预测部分）。",                   # (no source's reckoning)
    "按照工信部的要求，2028年全省节能服务产业总产值为6850亿元。",                   # (按照…的要求)
    "若按现价估算，2028年全省节能服务产业总产值为6850亿元。",                       # (a method)
])
def test_zh_no_source_reckoning_stays_actual(text: str) -> None:
    assert zh(text)[0].status == "actual"


# --- metrics: past half, a decimal in words ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "其中，深圳市产量占比过半。",
    "2028年，国产品牌市场份额已过半。",
    "民营企业出口额占全市过半。",
])
def test_zh_past_half_is_over_fifty_percent(text: str) -> None:
    assert [(m.value, m.unit, m.qualifier) for m in zh(text)] == [(50.0, "percent", "gt")]


@pytest.mark.parametrize("text", [
    "该项目占地过半年才完工。",           # (占地: land; 过半年: half a year past)
    "企业投票中赞成者过半数。",           # (no 占/占比 before)
    "工期已经过半。",                     # (no share)
])
def test_zh_past_half_without_a_share_is_none(text: str) -> None:
    assert [m for m in zh(text) if m.value == 50.0] == []


@pytest.mark.parametrize("text, value", [
    ("2027年，国家工业遗产所在地接待游客约一点二亿人次。", 1.2e8),
    ("2027年，全省工业增加值达到三点五万亿元。", 3.5e12),
])
def test_zh_decimal_in_words_before_a_magnitude(text: str, value: float) -> None:
    assert [m.value for m in zh(text)] == [value]


def test_zh_point_without_magnitude_is_no_decimal() -> None:
    assert zh("会议强调了三点五个方面的要求。") == []


# --- events ------------------------------------------------------------------------------------------
EPUB = date(2026, 7, 31)


def events(text: str, published: date = EPUB):
    found = extract_events(text, published=published, lang="zh")
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


@pytest.mark.parametrize("text, when", [
    ("《电动汽车充电设施安全通用要求》强制性国家标准经市场监管总局（国家标准委）批准，已于今年4月正式发布。", "2026-04"),
    ("《锂离子电池安全要求》国家标准经国家标准委批准，于5月12日发布，将于明年实施。", "2026-05-12"),
    ("该项行业标准经工业和信息化部批准，已正式发布。", None),
])
def test_standard_approved_in_jing_clause_then_released(text: str, when: str | None) -> None:
    found = [e for e in events(text) if e.type == "standard_release"]
    assert found and found[0].agency and found[0].date == when


@pytest.mark.parametrize("text", [
    "《锂离子电池安全要求》国家标准经国家标准委批准，将于明年发布。",       # (ahead)
    "该标准经国家标准委批准后发布，企业应当遵照执行。",                     # (a rule of procedure)
    "《锂离子电池安全要求》国家标准经国家标准委批准，拟于年内发布。",       # (planned)
])
def test_standard_jing_clause_not_released(text: str) -> None:
    assert [e for e in events(text) if e.type == "standard_release"] == []


STORY = "工业和信息化部近日印发《钢铁行业产能置换实施办法》。"


@pytest.mark.parametrize("text, when", [
    ("相较6月发布的征求意见稿，《办法》进一步收紧了置换比例。", "2026-06"),
    ("与今年6月发布的征求意见稿相比，《办法》进一步收紧了置换比例。", "2026-06"),
    ("较5月公布的征求意见稿，《办法》增加了两项条款。", "2026-05"),
])
def test_dated_draft_in_a_relative_clause(text: str, when: str) -> None:
    found = [e for e in events(STORY + text) if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    "相较此前发布的征求意见稿，《办法》进一步收紧了置换比例。",   # (undated: in passing)
    "企业可登录网站下载发布的征求意见稿的通知附件。",             # (no draft released)
])
def test_undated_draft_relative_no_event(text: str) -> None:
    assert [e for e in events(STORY + text) if e.subtype == "public_consultation"] == []


NPUB = date(2028, 3, 10)


@pytest.mark.parametrize("text", [
    "去年11月，工信部对68款儿童智能手表App开展专项检测并通报了17款存在违规收集个人信息问题的App。",
    "去年11月，工信部对68款儿童智能手表App开展专项检测，通报了17款存在违规收集个人信息问题的App。",
    "去年11月，工信部组织开展App专项抽查并通报了17款存在违规收集个人信息问题的App。",
])
def test_notice_shares_the_checking_body(text: str) -> None:
    found = [e for e in events(text, NPUB) if e.type == "document_issued"]
    assert [(e.date, e.agency) for e in found] == [("2027-11", "MIIT")]


@pytest.mark.parametrize("text", [
    "去年11月，工信部要求企业对68款App开展自查检测并通报了17款存在违规问题的App。",   # (others check)
    "去年11月，某公司对68款App开展检测并通报了17款存在违规问题的App。",               # (a company)
    "去年11月，工信部对68款App开展检测，该公司通报了17款存在违规问题的App。",         # (another subject)
    "下一步，工信部将对App开展专项检测并通报了17款存在违规问题的App。",                # (将)
])
def test_notice_without_the_checking_body_no_event(text: str) -> None:
    assert [e for e in events(text, NPUB) if e.type == "document_issued"] == []
