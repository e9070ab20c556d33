"""Chinese event and metric constructions the twentieth held-out set exposed, one test per
construction, on the set's sentence and sentences written for these tests, with near-misses that
must not match.

Events: a province's or a city's statistics bureau releasing data (省统计局6月14日发布的数据显示); a
consultation told with 于 and a past date, no 已/曾 (《实施方案》征求意见稿于今年6月公开征求意见); an
industrial park a government's reply sets up (河南省人民政府批复设立兰考民族乐器产业园).
Metrics: counts in Chinese numerals of a hundred or more (全国持证生产企业一百五十七家, 带动就业两万余人).
Time: 本月上旬/本月初 as the month of publication (本月上旬…公布…名单，我省11家…入选).
Measures: 应用比例, an adoption rate (新建智能计算中心液冷应用比例达到60%以上).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

PUB = date(2033, 10, 14)
LEAD = "工业和信息化部、国家发展改革委13日联合印发《算力中心液冷技术推广应用实施方案》。"


def _summary(text: str, published: date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.subtype, e.date) for e in events(text, "zh", published)]


# --- events: a local statistics bureau's data release ---------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("省统计局6月14日发布的数据显示，1—5月全省轴承产量38.6亿套，同比增长6.2%。", "2033-06-14", "local government department"),
    ("山东省统计局6月14日发布的数据显示，1—5月全省轴承产量38.6亿套。", "2033-06-14",
     "Shandong Provincial Bureau of Statistics"),
    ("内蒙古自治区统计局6月10日发布数据显示，1—5月全区工业增加值同比增长6.2%。", "2033-06-10",
     "Inner Mongolia Autonomous Region Bureau of Statistics"),
])
def test_zh_local_statistics_bureau_releases_data(text: str, when: str, agency: str) -> None:
    found = events(text, "zh", date(2033, 6, 17))
    assert [(e.type, e.subtype, e.date, e.agency) for e in found] == [("other", "data_release", when, agency)]


@pytest.mark.parametrize("text", [
    "据省统计局数据，1—5月全省工业增加值同比增长6.2%。",                 # (the source, no release told)
    "省统计局数据显示，1—5月全省工业增加值同比增长6.2%。",
    "省统计局将于6月20日发布上半年数据。",                               # (future)
])
def test_zh_local_statistics_bureau_no_release(text: str) -> None:
    assert events(text, "zh", date(2033, 6, 17)) == []


# --- events: a consultation dated with 于, no 已/曾 -------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("《实施方案》征求意见稿于今年6月公开征求意见。", "2033-06"),
    ("《实施方案》征求意见稿于2033年6月面向社会公开征求意见。", "2033-06"),
    ("该方案征求意见稿于去年11月向社会公开征求意见。", "2032-11"),
])
def test_zh_consultation_dated_with_yu(text: str, when: str) -> None:
    assert _summary(LEAD + text)[1:] == [("other", "public_consultation", when)]


@pytest.mark.parametrize("text", [
    "《实施方案》征求意见稿将于今年12月公开征求意见。",     # (ahead)
    "《实施方案》征求意见稿拟于今年12月公开征求意见。",
    "《实施方案》征求意见稿于今年12月公开征求意见。",       # (a date after publication)
    "《实施方案》征求意见稿公开征求意见。",                 # (undated, no 已/曾)
])
def test_zh_consultation_not_dated_past(text: str) -> None:
    assert _summary(LEAD + text)[1:] == []


# --- events: a park a reply sets up -----------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("今年8月，河南省人民政府批复设立兰考民族乐器产业园，规划面积3.2平方公里。", "2033-08"),
    ("今年8月，国务院批复设立兰考民族乐器产业园。", "2033-08"),
    ("5月，省政府批复同意建设临清轴承产业园。", "2033-05"),
    ("9月，省人民政府批复设立德清乐器产业园区，规划面积5平方公里。", "2033-09"),
])
def test_zh_park_approved_by_reply(text: str, when: str) -> None:
    assert _summary(text, date(2033, 11, 25)) == [("approval", None, when)]


@pytest.mark.parametrize("text", [
    "今年8月，省政府批复设立的兰考民族乐器产业园正式开园。",   # (named in passing)
    "今年8月，省政府批准建设产业园道路工程。",                 # (a project in the park)
    "今年8月，兰考县新建民族乐器产业园。",                     # (no approval)
])
def test_zh_park_not_approved_by_reply(text: str) -> None:
    assert _summary(text, date(2033, 11, 25)) == []


# --- metrics: counts in Chinese numerals of a hundred or more ----------------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("目前国产品牌婴幼儿配方乳粉市场份额超过七成，全国持证生产企业一百五十七家。", 157, "eq"),
    ("2032年兰考县生产各类民族乐器120余万台（把），带动就业两万余人。", 20000, "gt"),
    ("全省规模以上工业企业三千二百家。", 3200, "eq"),
    ("该项目吸纳就业一千五百余人。", 1500, "gt"),
])
def test_zh_sized_chinese_numeral_count(text: str, value: int, qualifier: str) -> None:
    found = [m for m in metrics(text, "zh", PUB) if m.unit == "count"]
    assert [(m.value, m.qualifier) for m in found][-1:] == [(value, qualifier)]


@pytest.mark.parametrize("text", [
    "方案提出二十条措施，部署十大工程。",        # (structure: small numerals)
    "三家基础电信企业参与了试点。",              # (an article)
    "百家企业共同签署倡议书。",                  # (百 alone)
    "一百多年来，这家企业坚持创新。",            # (years)
    "活动吸引了三千余人参加。",                  # (before what it counts: attendance)
    "一千五百家企业参加了展会。",
])
def test_zh_small_or_idiomatic_chinese_numeral_no_count(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.unit == "count"] == []


# --- time: 本月上旬 is the month of publication -----------------------------------------------------
@pytest.mark.parametrize("opening", ["本月上旬", "本月中旬", "本月初", "本月"])
def test_zh_this_month_part_dates_a_list_entry(opening: str) -> None:
    text = ("2032年，全省轴承产业实现营业收入1286亿元。"
            f"{opening}，工业和信息化部公布第九批专精特新“小巨人”企业名单，我省11家轴承企业入选，"
            "全省轴承行业国家级“小巨人”企业累计达到47家。")
    found = {m.value: m for m in metrics(text, "zh", date(2033, 6, 17))}
    assert time_of(found[11.0]) == "2033-06" and found[11.0].measure == "additions"
    assert time_of(found[47.0]) == "2033-06"



# --- measures: 应用比例 is an adoption rate ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "提出到2035年，新建智能计算中心液冷应用比例达到60%以上。",
    "到2030年，规模以上企业工业机器人应用比例达到45%。",
    "目前全省中小企业数字技术应用比例为38%。",
])
def test_zh_application_ratio_is_a_rate(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB) if m.unit == "percent"] == ["rate"]


@pytest.mark.parametrize("text", [
    "到2030年，绿色电力使用比例达到45%。",
    "新能源汽车占新车销量的比例达到45%。",
])
def test_zh_other_ratios_stay_shares(text: str) -> None:
    assert [m.measure for m in metrics(text, "zh", PUB) if m.unit == "percent"] == ["share"]
