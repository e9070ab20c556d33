"""Chinese event and metric constructions the seventeenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a past public consultation told after a connective (此前，《行动计划》征求意见稿已于今年4月由…司
向社会公开征求意见: the document is still the subject, its consultation taken by the story's body);
the draft of a standard just approved (该项标准征求意见稿于去年10月…公开征求意见: that standard's bodies);
a province's market regulator (省市场监管局上月就《…》地方标准征求意见稿公开征求意见) and the forestry
administration (国家林草局15日发布的数据显示) as government bodies.
Distractors: a count of categories modifying a count of their members (等8个领域的126个场景: the 8
is no figure); a resolution in pixels (500万像素以上面阵工业相机: a product parameter).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2030, 10, 17)


def _consultations(text: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "zh", published) if e.subtype == "public_consultation"]


# --- events: a past consultation after an opening connective ---------------------------------------
_ISSUED = "今年7月，工业和信息化部会同国家发展改革委等七部门联合印发《机器人产业发展行动计划（2030—2032年）》。"


@pytest.mark.parametrize("sentence, when", [
    ("此前，《行动计划》征求意见稿已于今年4月由装备工业二司向社会公开征求意见，共收到意见建议180余条。", "2030-04"),
    ("早前，《行动计划》征求意见稿已于今年3月向社会公开征求意见。", "2030-03"),
    ("此外，《行动计划》征求意见稿曾于去年11月公开征求意见。", "2029-11"),
    ("据了解，行动计划已于今年5月由规划司公开征求意见。", "2030-05"),
])
def test_zh_a_past_consultation_after_a_connective(sentence: str, when: str) -> None:
    text = "工业和信息化部举行新闻发布会。" + _ISSUED + sentence
    assert _consultations(text) == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    "此前，《行动计划》征求意见稿将于11月向社会公开征求意见。",     # (ahead: not done yet)
    "此外，《行动计划》征求意见稿计划于明年公开征求意见。",           # (a plan)
    "此外，某企业已于今年4月就产品方案征求用户意见。",               # (a company's, no document subject)
])
def test_zh_no_past_consultation_after_a_connective(sentence: str) -> None:
    text = "工业和信息化部举行新闻发布会。" + _ISSUED + sentence
    assert _consultations(text) == []


# --- events: the draft of a standard just approved -------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("13日，工业和信息化部批准发布《智能传感器 通用规范》等12项电子行业标准，将于今年11月1日起实施。"
     "该项标准征求意见稿于去年10月面向社会公开征求意见。", "2029-10", "MIIT"),
    ("9日，工业和信息化部批准发布《光伏组件回收技术要求》行业标准。该标准征求意见稿已于今年3月公开征求意见。",
     "2030-03", "MIIT"),
    ("市场监管总局（国家标准委）近日批准发布《电动自行车用锂电池安全要求》国家标准。此项标准征求意见稿曾于去年6月"
     "向社会公开征求意见。", "2029-06", "SAMR; Standardization Administration of China"),
])
def test_zh_the_draft_of_a_standard_just_approved(text: str, when: str, agency: str) -> None:
    assert _consultations(text) == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (no standard reported before: whose draft it is nobody says)
    "该项标准征求意见稿于去年10月面向社会公开征求意见。",
    # (a company's standard draft, no body acting)
    "某企业发布企业标准。该项标准征求意见稿于去年10月在公司内部征求意见。",
])
def test_zh_no_draft_of_a_standard_unreported(text: str) -> None:
    assert _consultations(text) == []


# --- events: a province's market regulator ---------------------------------------------------------
@pytest.mark.parametrize("text, published, agency", [
    ("河南省工业和信息化厅举行发布会。此外，省市场监管局上月就《人造金刚石 分级》地方标准征求意见稿公开征求意见，"
     "意见反馈截止时间为11月30日。", date(2030, 11, 20), "Henan Provincial Administration for Market Regulation"),
    ("浙江省市场监督管理局今年3月就《电动自行车充电设施安全要求》地方标准征求意见稿公开征求意见。", date(2030, 6, 1),
     "Zhejiang Provincial Administration for Market Regulation"),
    ("上海市市场监管局今年2月就《数据中心能效限额》地方标准征求意见稿公开征求意见。", date(2030, 6, 1),
     "Shanghai Municipal Administration for Market Regulation"),
])
def test_zh_a_provincial_market_regulator(text: str, published: date, agency: str) -> None:
    found = [e for e in events(text, "zh", published) if e.subtype == "public_consultation"]
    assert [e.agency for e in found] == [agency]


@pytest.mark.parametrize("text, agency", [
    ("市场监管总局今年3月就《电动自行车安全技术规范》强制性国家标准征求意见稿公开征求意见。", "SAMR"),
    ("深圳市市场监管局今年3月就《无人机运行安全规范》地方标准征求意见稿公开征求意见。", "local government department"),
])
def test_zh_the_national_regulator_and_a_citys_stay_theirs(text: str, agency: str) -> None:
    found = [e for e in events(text, "zh", date(2030, 6, 1)) if e.subtype == "public_consultation"]
    assert [e.agency for e in found] == [agency]


@pytest.mark.parametrize("text", [
    "全省市场监管系统今年3月开展电动自行车专项检查，共检查企业1200家。",     # (a system, no body)
    "省市场监管局将于12月就《人造金刚石 分级》地方标准征求意见稿公开征求意见。",  # (ahead)
])
def test_zh_no_market_regulator_event(text: str) -> None:
    assert [e for e in events(text, "zh", date(2030, 6, 1)) if e.subtype == "public_consultation"] == []


# --- events: the forestry administration's data ----------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("国家林草局15日发布的数据显示，2030年全国竹产业总产值达到1.06万亿元，同比增长8.7%。", "2031-01-15"),
    ("国家林业和草原局12日发布数据显示，2030年全国林业产业总产值达到8.2万亿元。", "2031-01-12"),
])
def test_zh_the_forestry_administrations_data(text: str, when: str) -> None:
    found = [e for e in events(text, "zh", date(2031, 1, 16)) if e.subtype == "data_release"]
    assert [(e.date, e.agency) for e in found] == [(when, "National Forestry and Grassland Administration")]


@pytest.mark.parametrize("text", [
    "中国竹产业协会15日发布的数据显示，2030年全国竹产业总产值达到1.06万亿元。",   # (an association)
    "国家林草局将于下月发布竹产业统计数据。",                                     # (ahead)
])
def test_zh_no_forestry_data_release(text: str) -> None:
    assert [e for e in events(text, "zh", date(2031, 1, 16)) if e.subtype == "data_release"] == []


# --- distractors: a count of categories modifying a count of members -------------------------------
@pytest.mark.parametrize("text, kept", [
    ("工业和信息化部公布典型应用场景名单，航空航天、医疗器械、模具、汽车等8个领域的126个场景入选。", [126.0]),
    ("来自电子、机械、化工等12个行业的300家企业参加了对接活动。", [300.0]),
    ("名单涵盖5个细分领域的约80个解决方案。", [80.0]),
])
def test_zh_a_count_of_categories_of_members_is_no_figure(text: str, kept: list[float]) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "count"] == kept


@pytest.mark.parametrize("text, value", [
    ("全国工业互联网平台已覆盖41个工业大类。", 41.0),           # (categories counted, nothing after 的)
    ("新材料已在12个领域实现规模化应用。", 12.0),
])
def test_zh_a_count_of_categories_alone_stays(text: str, value: float) -> None:
    assert value in [m.value for m in metrics(text, "zh", PUB) if m.unit == "count"]


# --- distractors: a resolution in pixels -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "13日，工业和信息化部批准发布15项电子行业标准，首次对500万像素以上面阵工业相机的成像质量提出统一要求。",
    "该机型配备4800万像素主摄像头。",
    "标准要求车载摄像头分辨率不低于200万像素。",
])
def test_zh_pixels_are_no_count(text: str) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.value >= 1e6] == []


def test_zh_cameras_shipped_stay_a_count() -> None:
    text = "今年一季度，工业相机出货量210万台，同比增长24.6%。"
    assert 2100000.0 in [m.value for m in metrics(text, "zh", PUB) if m.unit == "count"]
