"""Chinese event and metric constructions the eighteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a past public consultation reported by a speaker (该负责人表示，《方案》征求意见稿已于今年5月由…司
向社会公开征求意见: the attribution opens the sentence, the document is the reported clause's subject).
Time: a year numbering a bulletin (2032年第9号公告) is no time of the list's entrants, the day before it
dates them; a goal's running total of removals (到2034年…累计淘汰燃煤锅炉1.2万台左右) is a flow over
the plan's years.
Measures: a noun ending in 比 a verb of being follows (炼钢废钢比达到25.4%) is a ratio, a rate.
Distractors: a material's purity (纯度达到99.9999%以上的电子特种气体); the bound a rule sets on a new
project (新建…项目原则上单系列规模不低于100万吨/年).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics, time_of

PUB = date(2031, 9, 17)


def _consultations(text: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "zh", published) if e.subtype == "public_consultation"]


# --- events: a past consultation reported by a speaker -------------------------------------------
_ISSUED = "9月15日，工业和信息化部会同国家发展改革委联合印发《工业锅炉能效提升行动方案（2031—2034年）》（以下简称《方案》）。"


@pytest.mark.parametrize("sentence, when", [
    ("该负责人表示，《方案》征求意见稿已于今年5月由节能与综合利用司向社会公开征求意见，共收到意见建议210余条。", "2031-05"),
    ("有关负责人介绍，《方案》征求意见稿曾于今年4月向社会公开征求意见。", "2031-04"),
    ("原材料工业司负责人指出，《方案》征求意见稿已于去年11月公开征求意见。", "2030-11"),
    ("这位负责人还表示，方案已于今年6月由规划司公开征求意见。", "2031-06"),
])
def test_zh_a_past_consultation_a_speaker_reports(sentence: str, when: str) -> None:
    text = "工业和信息化部举行新闻发布会。" + _ISSUED + sentence
    assert _consultations(text) == [(when, "MIIT")]


@pytest.mark.parametrize("sentence", [
    "该负责人表示，《方案》征求意见稿将于下月向社会公开征求意见。",        # (ahead: not done yet)
    "该负责人表示，下一步将就配套标准广泛征求意见。",                      # (a plan, no document)
    "某公司负责人表示，公司已于今年5月就产品方案征求用户意见。",          # (a company's)
])
def test_zh_no_past_consultation_a_speaker_reports(sentence: str) -> None:
    text = "工业和信息化部举行新闻发布会。" + _ISSUED + sentence
    assert _consultations(text) == []


# --- time: a year numbering a bulletin -------------------------------------------------------------
@pytest.mark.parametrize("text, published, when", [
    ("4月14日，工业和信息化部发布2032年第9号公告，公布符合《废钢铁加工行业规范条件》企业名单（第十二批），共有48家企业入选。",
     date(2032, 4, 16), "2032-04"),
    ("3月2日，工业和信息化部发布2031年第5号公告，公布第六批符合规范条件的企业名单，共有36家企业入选。",
     date(2031, 3, 5), "2031-03"),
    ("11月20日，工业和信息化部发布2030年第二十号公告，公布第三批名单，共有27家企业入选。",
     date(2030, 11, 25), "2030-11"),
])
def test_zh_a_bulletins_number_year_is_no_time(text: str, published: date, when: str) -> None:
    found = [m for m in metrics(text, "zh", published) if m.measure == "additions"]
    assert [time_of(m) for m in found] == [when]


@pytest.mark.parametrize("text, published, when", [
    # (a year of its own, no number after it: still the time)
    ("2031年，全省新增专精特新企业48家。", date(2032, 2, 1), "2031"),
    ("2030年第四季度，全省新增专精特新企业48家。", date(2031, 2, 1), "2030-Q4"),
])
def test_zh_a_year_not_numbering_stays_a_time(text: str, published: date, when: str) -> None:
    assert [time_of(m) for m in metrics(text, "zh", published) if m.value == 48.0] == [when]


# --- time: a goal's running total of removals ------------------------------------------------------
_PLAN = "9月15日，三部门联合印发《工业锅炉能效提升行动方案（2031—2034年）》。"


@pytest.mark.parametrize("sentence, span", [
    ("《方案》提出，到2034年，累计淘汰35蒸吨/小时及以下燃煤锅炉1.2万台左右。", "2031/2034"),
    ("到2034年，累计压减粗钢产能3000万吨。", "2031/2034"),
    ("方案明确，到2034年累计关停小火电机组500台。", "2031/2034"),
])
def test_zh_a_goals_running_total_of_removals_is_a_span(sentence: str, span: str) -> None:
    found = metrics(_PLAN + sentence, "zh", PUB)
    assert [(m.period, m.as_of) for m in found if m.status == "target"] == [(span, None)]


@pytest.mark.parametrize("sentence, horizon", [
    ("到2034年，累计建成5G基站500万个。", "2034"),                    # (built: a stock at the horizon)
    ("到2034年，燃煤锅炉保有量降至8万台。", "2034"),                   # (a stock, no running total)
])
def test_zh_a_goals_stock_stays_at_its_horizon(sentence: str, horizon: str) -> None:
    found = metrics(_PLAN + sentence, "zh", PUB)
    assert [(m.period, m.as_of) for m in found if m.status == "target"] == [(None, horizon)]


# --- measures: a ratio named by a noun ending in 比 ------------------------------------------------
@pytest.mark.parametrize("text", [
    "2031年，全国炼钢废钢比达到25.4%，比上年提高1.6个百分点。",
    "该负责人表示，力争到2035年炼钢废钢比提高到30%以上。",
    "2031年，重点企业铁钢比为0.85，废钢比为22.3%。",
    "今年一季度，全省电炉炼钢废钢比升至31.2%。",
])
def test_zh_a_ratio_noun_is_a_rate(text: str) -> None:
    found = [m for m in metrics(text, "zh", date(2032, 4, 16)) if m.unit == "percent"]
    assert [m.measure for m in found] == ["rate"]


@pytest.mark.parametrize("text, measure", [
    ("2031年，电炉钢产量占比达到13.2%。", "share"),                        # (占比: a share)
    ("2031年，电炉钢产量占粗钢产量的比重为13.2%。", "share"),
    ("2031年，废钢消耗量比上年增长5.1%。", "yoy_growth"),                  # (比 comparing)
    ("2031年，废钢消耗量同比增长5.1%。", "yoy_growth"),
])
def test_zh_no_ratio_noun(text: str, measure: str) -> None:
    found = [m for m in metrics(text, "zh", date(2032, 4, 16)) if m.unit == "percent"]
    assert [m.measure for m in found] == [measure]


# --- distractors: a material's purity --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "日前，三部门联合印发《行动方案》，提出重点突破纯度达到99.9999%以上的电子特种气体和适用于28纳米及以下制程的光刻胶。",
    "该企业已实现纯度为99.999%的高纯石英砂量产。",
    "项目投产后可年产浓度在98%以上的硫酸。",
])
def test_zh_purity_is_no_share(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.unit == "percent"] == []


@pytest.mark.parametrize("text, value", [
    ("2031年，高纯度产品占比达到35%。", 35.0),        # (a share of high-purity products)
    ("2031年，行业集中度达到60%。", 60.0),
])
def test_zh_shares_of_pure_products_stay(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "percent"] == [value]


# --- distractors: the bound a rule sets on a new project -------------------------------------------
@pytest.mark.parametrize("text", [
    "新建煤制烯烃项目原则上单系列规模不低于100万吨/年。",
    "新上项目单套装置规模不低于60万吨/年。",
    "改扩建电解铝项目原则上年产能不低于50万吨。",
])
def test_zh_a_rules_bound_on_new_projects_is_no_figure(text: str) -> None:
    assert [m for m in metrics(text, "zh", PUB) if m.unit == "tonne"] == []


@pytest.mark.parametrize("text, value", [
    ("到2035年，煤制烯烃产能不低于2000万吨/年。", 20000000.0),     # (a goal's bound)
    ("2031年，全国煤制烯烃产量达到1860万吨。", 18600000.0),
])
def test_zh_goals_and_output_stay(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "tonne"] == [value]
