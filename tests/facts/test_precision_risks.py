"""Precision risks earlier passes flagged, each probed with sentences written for these tests (none
taken from a labelled set): where the rule should fire, and realistic near-misses where it must not.

1. A bare "Regulators" opening a clause stands for the country's government only in a story about
   no local body that names no foreign regulator or government body.
2. Departments left unnamed ("a day before six government departments unveiled a plan") merge with
   a same-type, same-date action by named bodies only when something ties the two: a title, a
   headline, or the later mention referring back to the document ("The plan was issued by …").
3. 已有 ("has by now") dates a stock now, against a past year carried from the sentence before,
   only as a verb: not 已有的 / 在已有…基础上 ("existing"), nor when the sentence points back at
   the carried period (当年, 到年底).
4. Verbs of cases handled (受理, 处理, 检查 …) make a quarter's or year-to-date count a flow only
   as verbs: 数据处理中心, 垃圾处理设施, 检查员 are things counted at a point.
5. Count nouns ending in "lines": "production lines" are establishments (a stock); "hotlines",
   "guidelines", "deadlines", "pipelines", "airlines" are no "lines".
6. Metric leftovers: a hedged fraction as a clause's subject ("only about a fifth had seen …") is a
   share; a profit margin is a rate (as 营业收入利润率 is), import dependence a share; "should raise
   that share to N% by 2027, the plan said" a target.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics
from scrapers.facts.timeline import counts_establishments

WIRE = date(2026, 3, 7)  # a Saturday: "on Friday" is 2026-03-06, "on Tuesday" 2026-03-03
ZH_Q3 = date(2026, 11, 7)  # after the third quarter
ZH_PUB = date(2026, 3, 7)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in events(text, "en", WIRE)]


# --- 1. bare "Regulators" ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Regulators on Friday released a set of measures to support the makers of industrial drones.",
    "On Friday, regulators released a plan to curb price wars in the lithium battery industry.",
    # (a foreign country named only as a place, no body of its own: the regulators are still China's)
    "Exports to the US rose 5 percent in February. Regulators on Friday issued a guideline to help exporters.",
])
def test_bare_regulators_stand_for_the_country(text: str) -> None:
    assert _events(text) == [("document_issued", "2026-03-06", "State Council")]


def test_bare_regulators_stand_for_the_story_s_national_body() -> None:
    text = ("The Ministry of Industry and Information Technology oversees the drone sector. "
            "Regulators on Friday released measures to support the makers of industrial drones.")
    assert _events(text) == [("document_issued", "2026-03-06", "MIIT")]


@pytest.mark.parametrize("text", [
    "The European Commission opened a probe into battery subsidies last year. "
    "Regulators on Friday released guidelines on the use of AI in hiring.",
    "The US Commerce Department has widened its export controls. Regulators on Tuesday issued rules on chip exports.",
    "Japan's trade ministry said output fell in January. Regulators on Tuesday issued a guideline on chip subsidies.",
    "EU regulators on Monday fined two carmakers. Regulators on Tuesday also issued a standard for chargers.",
    "South Korean authorities have tightened battery rules. Regulators on Friday released a plan on recycling.",
])
def test_bare_regulators_in_a_story_naming_a_foreign_body_are_not_china_s(text: str) -> None:
    assert [e for e in _events(text) if e[2] == "State Council"] == []


def test_bare_regulators_in_a_story_about_a_local_body_are_not_the_state_council() -> None:
    text = ("The Shanghai Municipal Commission of Economy and Informatization oversees the sector. "
            "Regulators on Friday released measures to support humanoid robots in the city.")
    assert "State Council" not in {e[2] for e in _events(text)}


def test_china_s_regulators_stay_the_country_in_a_story_naming_a_foreign_body() -> None:
    text = ("EU regulators on Monday opened a probe into two carmakers. "
            "Chinese regulators on Friday released a set of measures to support exporters.")
    assert ("document_issued", "2026-03-06", "State Council") in _events(text)


# --- 2. "other departments" in event de-duplication ---------------------------------------------
_LEAD = ("Steel prices rose, data from the National Bureau of Statistics showed on Monday, a day before six "
         "government departments unveiled a plan to cut aluminium capacity. ")


@pytest.mark.parametrize("later", [
    "The NDRC on Tuesday also issued a plan on grain reserves.",
    "On Tuesday, the MIIT released a plan on humanoid robots.",
    "The Ministry of Commerce on Tuesday issued measures to stabilise foreign trade.",
])
def test_unnamed_departments_do_not_absorb_another_body_s_act_of_the_same_day(later: str) -> None:
    found = [e for e in _events(_LEAD + later) if e[0] == "document_issued"]
    assert len(found) == 2, found
    assert ("document_issued", "2026-03-03", "other departments") in found


@pytest.mark.parametrize("later, agency", [
    ("The plan was issued on Tuesday by the Ministry of Industry and Information Technology.", "MIIT"),
    ("The plan, issued on Tuesday by the MIIT and the NDRC, sets targets for 2030.", "MIIT; NDRC"),
    ("The MIIT issued the plan on Tuesday together with five other bodies.", "MIIT"),
])
def test_unnamed_departments_merge_with_the_mention_naming_them(later: str, agency: str) -> None:
    found = [e for e in _events(_LEAD + later) if e[0] == "document_issued"]
    assert found == [("document_issued", "2026-03-03", agency)]


# --- 3. 已有 with a past year carried ------------------------------------------------------------
_ZH_YEAR = "2025年，全省规模以上工业增加值增长6.1%。"


def _zh_count(text: str, published: date = ZH_PUB):
    found = [m for m in metrics(text, "zh", published) if m.unit == "count"]
    assert len(found) == 1, [(m.value, m.quote) for m in found]
    return found[0]


@pytest.mark.parametrize("sentence", [
    "全省已有3200家企业完成数字化改造。",
    "全省已有国家级智能工厂45家。",
    "全省已有5G基站超过12万个。",
])
def test_has_by_now_dates_the_stock_now(sentence: str) -> None:
    m = _zh_count(_ZH_YEAR + sentence)
    assert (m.as_of, m.period) == ("2026-03", None)


@pytest.mark.parametrize("sentence", [
    "在已有120家智能工厂的基础上，全省新建智能工厂30家。",  # (existing: the stock before the year's work)
    "对已有的45家工厂进行了技术改造。",
    "当年已有3200家企业完成数字化改造。",  # (当年: the year carried)
    "到年底，全省已有5G基站12万个。",
])
def test_existing_or_by_then_keeps_the_carried_year(sentence: str) -> None:
    found = [m for m in metrics(_ZH_YEAR + sentence, "zh", ZH_PUB) if m.unit == "count" and m.measure == "level"]
    assert found and all(m.as_of == "2025-12" for m in found), [(m.value, m.as_of, m.period) for m in found]


# --- 4. verbs of cases handled ------------------------------------------------------------------
@pytest.mark.parametrize("text, period", [
    ("第三季度，通信管理局共受理用户申诉12.8万件。", "2026-Q3"),
    ("前三季度，全省累计拦截涉诈电话约3.2亿次。", "2026-01/2026-09"),
    ("第三季度，全省累计处理消费者投诉3200件。", "2026-Q3"),
    ("前三季度，各地共下架违规应用320款。", "2026-01/2026-09"),
])
def test_cases_handled_over_a_span_are_a_flow(text: str, period: str) -> None:
    m = _zh_count(text, ZH_Q3)
    assert (m.period, m.as_of) == (period, None)


@pytest.mark.parametrize("text", [
    "前三季度，全省数据处理中心标准机架达到45万架。",
    "1—9月，全省垃圾处理设施达到450座。",
    "前三季度，全省已部署边缘计算处理节点3200个。",
    "前三季度，全省检测检查设备保有量达到1.2万台。",
    "前三季度，全市已建成污水处理站1200个。",
    "第三季度，全国在用数据处理服务器达到2100万台。",
    "前三季度，全省质量检查员队伍达到3.1万人。",
])
def test_a_case_verb_inside_a_thing_s_name_leaves_a_stock(text: str) -> None:
    m = _zh_count(text, ZH_Q3)
    assert (m.period, m.as_of) == (None, "2026-09")


# --- 5. "lines" --------------------------------------------------------------------------------
@pytest.mark.parametrize("noun", ["OLED production lines", "assembly lines", "lines"])
def test_production_lines_are_establishments(noun: str) -> None:
    assert counts_establishments(noun)


@pytest.mark.parametrize("noun", ["hotlines", "guidelines", "deadlines", "pipelines", "airlines", "headlines"])
def test_words_ending_in_lines_are_no_lines(noun: str) -> None:
    assert not counts_establishments(noun)


def test_production_lines_stay_a_stock_and_calls_to_hotlines_are_counted_as_calls() -> None:
    lines = [m for m in metrics("The country had 86 OLED production lines in 2025.", "en", WIRE)]
    assert [(m.value, m.as_of, m.period) for m in lines] == [(86.0, "2025-12", None)]
    calls = metrics("The 12345 hotlines received 3.2 million calls in 2025.", "en", WIRE)
    assert [(m.value, m.counted) for m in calls] == [(3_200_000.0, "calls")]
    assert metrics("Regulators issued 45 guidelines in 2025.", "en", WIRE) == []


# --- 6. metric leftovers -------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("Of the 300 toolmakers polled, only about a fifth had seen orders recover by February.", 20.0, "approx"),
    ("The survey covered 300 toolmakers, and roughly a quarter reported losses.", 25.0, "approx"),
    ("About half said they would raise prices.", 50.0, "approx"),
    ("More than half have adopted industrial robots, the survey found.", 50.0, "gt"),
    ("Fewer than a third expect demand to recover.", 33.3, "lt"),
])
def test_a_hedged_fraction_as_the_subject_is_a_share(text: str, value: float, qualifier: str) -> None:
    shares = [m for m in metrics(text, "en", WIRE) if m.unit == "percent"]
    assert [(m.value, m.qualifier, m.measure) for m in shares] == [(value, qualifier, "share")]


@pytest.mark.parametrize("text", [
    "Two plants are running; a third is under construction.",
    "Two lines were added in 2025, and a third had been planned.",
    "A third plant had been opened by then.",
    "Sales in the first half were strong.",
    "Half the firms polled said costs rose.",
])
def test_an_ordinal_or_a_time_is_no_fraction(text: str) -> None:
    assert [m for m in metrics(text, "en", WIRE) if m.unit == "percent"] == []


@pytest.mark.parametrize("text", [
    "The industry's profit margin was 5.2% in 2025.",
    "The sector's operating profit margin stood at 6.1 percent in the first three quarters.",
    "Margins narrowed to 4.4% in the first nine months.",
    "Net profit margin was 8.2 percent in 2025.",
])
def test_a_profit_margin_is_a_rate(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", WIRE)] == ["rate"]


def test_both_margins_of_a_comparison_are_rates() -> None:
    text = "The sector's profit margin was 4.4% in the first nine months, below the 5.8% average for all firms."
    assert [(m.value, m.measure) for m in metrics(text, "en", WIRE)] == [(4.4, "rate"), (5.8, "rate")]


@pytest.mark.parametrize("text, measure", [
    ("The firm's exports to markets with thin margins made up 30 percent of sales in 2025.", "share"),
    ("Profit margins of automakers fell 1.2 percent in 2025.", "yoy_growth"),
    ("Import dependence for high-end sensors remains above 80 percent.", "share"),
    ("China's dependence on imported chips was about 70 percent in 2025.", "share"),
])
def test_margin_words_not_stating_the_margin(text: str, measure: str) -> None:
    assert [m.measure for m in metrics(text, "en", WIRE)] == [measure]


@pytest.mark.parametrize("text", [
    "Local brands held 35% of the market in 2025 and should raise that share to 60% by 2027, the plan said.",
    "The share of recycled steel should rise to 30 percent by 2027, the plan said.",
])
def test_should_raise_that_share_by_a_year_is_a_target(text: str) -> None:
    target = [m for m in metrics(text, "en", WIRE) if m.status == "target"]
    assert [(m.measure, m.as_of) for m in target] == [("share", "2027")]


_NOV = date(2026, 11, 20)


@pytest.mark.parametrize("text, as_of", [
    ("Of the suppliers polled, only about a fifth had seen payment terms shortened by October.", "2026-10"),
    ("The company had installed 1,200 charging piles by October.", "2026-10"),
    ("Exports of cars had topped 5 million units by October 2025.", "2025-10"),
])
def test_what_had_happened_by_a_month_is_as_of_that_month(text: str, as_of: str) -> None:
    assert [m.as_of for m in metrics(text, "en", _NOV)] == [as_of]


@pytest.mark.parametrize("text", [
    "Feedback is due by July. Under the draft, 30 percent of old capacity would have to be retired.",
    "The ministry asked for feedback by July 12. Under the draft, 30 percent of old capacity would have to be retired.",
])
def test_a_deadline_by_a_month_dates_no_figure(text: str) -> None:
    found = metrics(text, "en", _NOV)
    assert found and not any((m.as_of or m.period or "").endswith("-07") for m in found)
