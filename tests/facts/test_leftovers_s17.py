"""Leftovers of earlier studies (session 17): general constructions their helpers saw read wrongly,
one test per construction, on sentences written for these tests (several wordings and near-misses
that must keep working).

Metrics: a diffusion index's reading after its change in points ("The PMI rose 0.8 points to 50.2%",
制造业采购经理指数较上月上升0.8个百分点至50.2%) is the index's level (gold of heldout4 H68 and heldout8
H118 labels PMI readings as levels), not a growth rate or a share; a price index's rate keeps its
growth. A robot density told base first ("for every 10,000 workers, there were 470 robots") or as
机器人密度为每万人470台 is a density. A programme's average change whose programme is named in the
clause before (经过智能化改造，企业平均生产效率提升35%) is a change against before, as when the programme
is in the same clause (heldout H14's gold).

Events: a body named by its role after a clause that opens on another country ("In Japan, the
environment ministry released …", 在美国，商务部…发布《…》) is that country's, no event; a date between the
subject and its verb ("The MIIT on June 8, 2022, released …") dates the act though the comma inside or
after the date breaks the clause.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import FRIDAY, ZH_DAY, events, only as only_event, summary
from metric_helpers import metrics, only


# --- a diffusion index's reading after its change in points --------------------------------------
@pytest.mark.parametrize("text, value", [
    ("In September, the PMI rose 0.8 points to 50.2%.", 50.2),
    ("China's manufacturing PMI climbed 0.5 point to 49.8 percent in September.", 49.8),
    ("The official purchasing managers' index edged up 0.2 point to 50.4 percent in September.", 50.4),
    ("The new orders index rose 0.6 points to 50.7% in September.", 50.7),
    ("In September, the non-manufacturing PMI slipped 0.4 points to 50.1%.", 50.1),
])
def test_en_index_reading_after_points_is_a_level(text: str, value: float) -> None:
    # (the change in bare points before it is a pp_change of its own since session 17's third
    # leftovers pass: test_leftovers_s17c)
    found = [m for m in metrics(text, "en") if m.unit == "percent"]
    assert [(m.value, m.measure) for m in found] == [(value, "level")]


@pytest.mark.parametrize("text, value", [
    ("The manufacturing PMI fell 0.3 percentage points to 49.5% in September.", 49.5),
    ("In September, the PMI rose 0.8 percentage points to 50.2 percent.", 50.2),
])
def test_en_index_reading_after_percentage_points_is_a_level(text: str, value: float) -> None:
    found = [m for m in metrics(text, "en") if m.unit == "percent"]
    assert [(m.value, m.measure) for m in found] == [(value, "level")]


@pytest.mark.parametrize("text, value", [
    ("9月份，制造业采购经理指数（PMI）较上月上升0.8个百分点至50.2%。", 50.2),
    ("9月份，新订单指数比上月回落0.5个百分点至49.6%。", 49.6),
    ("9月份，非制造业PMI比上月下降0.3个百分点至50.1%。", 50.1),
])
def test_zh_index_reading_after_points_is_a_level(text: str, value: float) -> None:
    found = [m for m in metrics(text, "zh") if m.unit == "percent"]
    assert [(m.value, m.measure) for m in found] == [(value, "level")]


@pytest.mark.parametrize("text, lang, value, measure", [
    # a price index's rate after its change in points stays a growth rate
    ("The consumer price index rose 0.2 points to 2.1% in September.", "en", 2.1, "yoy_growth"),
    ("9月份，CPI涨幅比上月扩大0.2个百分点至2.1%。", "zh", 2.1, "yoy_growth"),
    # a share or a rate after its change in points stays one
    ("Its market share rose 3 points to 45 percent in September.", "en", 45.0, "share"),
    ("Its share of exports rose 3 percentage points to 45 percent in September.", "en", 45.0, "share"),
    ("9月份，新能源汽车渗透率提高3个百分点至45%。", "zh", 45.0, "rate"),
    ("9月份，占比提高3个百分点至45%。", "zh", 45.0, "share"),
    # a change of the index told in percent is no reading
    ("In September, the PMI rose 0.8% from August.", "en", 0.8, "growth"),
])
def test_no_index_reading_keeps_its_measure(text: str, lang: str, value: float, measure: str) -> None:
    found = [m for m in metrics(text, lang) if m.unit == "percent"]
    assert [(m.value, m.measure) for m in found] == [(value, measure)]


# --- robot density -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("In 2023, for every 10,000 workers, there were 470 robots in China's factories.", "en", 470.0),
    ("For each 10,000 manufacturing employees, China had 470 industrial robots in 2023.", "en", 470.0),
    ("For every 10,000 factory workers, the country now has 520 robots, the federation said.", "en", 520.0),
    ("2023年，我国制造业机器人密度为每万人470台。", "zh", 470.0),
    ("2023年，我国制造业机器人密度达到每万人470台。", "zh", 470.0),
])
def test_density_told_base_first_or_per_ten_thousand_people(text: str, lang: str, value: float) -> None:
    found = [m for m in metrics(text, lang) if m.unit != "ratio"]
    assert [(m.value, m.unit, m.measure) for m in found] == [(value, "robots_per_10000_workers", "density")]


@pytest.mark.parametrize("text, lang", [
    ("In 2023, for every 10,000 yuan of output, firms used 47 kilowatt-hours.", "en"),
    ("For every 10,000 workers, 12 were injured in 2023.", "en"),
    ("2023年，每万人拥有5G基站26个。", "zh"),
    ("2023年，全省每万人拥有电脑470台。", "zh"),
])
def test_no_robot_density(text: str, lang: str) -> None:
    assert all(m.unit != "robots_per_10000_workers" for m in metrics(text, lang))


# --- a programme's average change, the programme in the clause before ------------------------------
@pytest.mark.parametrize("text, value", [
    ("经过智能化改造，企业平均生产效率提升35%。", 35.0),
    ("智能化改造后，企业平均生产效率提升35%。", 35.0),
    ("通过数字化转型试点，企业平均生产成本降低12%。", -12.0),
    ("经过节能改造，工厂平均能耗下降8%。", -8.0),
])
def test_zh_programme_average_change_is_growth(text: str, value: float) -> None:
    m = only(text, "zh")
    assert (m.value, m.measure) == (value, "growth")


@pytest.mark.parametrize("text", [
    "9月份，企业平均生产效率提升35%。",       # a month's change: yearly
    "经过智能化改造，企业产值同比增长12%。",  # told year on year
    "据统计，企业平均工资增长6%。",           # no programme before
])
def test_zh_no_programme_average_change(text: str) -> None:
    assert only(text, "zh").measure == "yoy_growth"


# --- another country's body named by its role -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "In Japan, the environment ministry released new guidelines on battery recycling on Tuesday.",
    "In South Korea, the transport ministry on Tuesday issued a plan on drone delivery.",
    "In the US, the Ministry of Commerce issued new export control rules on Tuesday.",
    "In Germany, the environment ministry published a draft rule on Tuesday.",
])
def test_en_foreign_place_opening_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize("text, agency", [
    ("In Beijing, the environment ministry released new guidelines on battery recycling on Tuesday.",
     "Ministry of Ecology and Environment"),
    ("In October, the environment ministry released new guidelines on battery recycling.",
     "Ministry of Ecology and Environment"),
    ("In Japan, exports fell. The environment ministry released new guidelines on battery recycling on Tuesday.",
     "Ministry of Ecology and Environment"),
])
def test_en_no_foreign_place_opening(text: str, agency: str) -> None:
    assert only_event(text).agency == agency


@pytest.mark.parametrize("text", [
    "在美国，商务部16日发布《出口管制条例》修订版。",
    "在日本，财政部16日印发《关于税收优惠的通知》。",
    "据报道，在德国，交通运输部16日发布《自动驾驶法》实施细则。",
])
def test_zh_foreign_place_opening_is_no_event(text: str) -> None:
    assert summary(events(text, "zh", ZH_DAY)) == []


@pytest.mark.parametrize("text", [
    "在北京，商务部16日发布《出口管制条例》修订版。",
    "对美国出口下降，商务部16日发布《出口管制条例》修订版。",
])
def test_zh_no_foreign_place_opening(text: str) -> None:
    assert summary(events(text, "zh", ZH_DAY)) == [("document_issued", "2025-09-16", "Ministry of Commerce")]


# --- a date between the subject and its verb --------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("The MIIT on June 8, 2022, released a notice on the industrial internet.", "2022-06-08"),
    ("The MIIT on June 8, 2022 released a notice on the industrial internet.", "2022-06-08"),
    ("The NDRC and the MIIT on March 3, 2023, jointly issued a plan on robots.", "2023-03-03"),
    ("The NDRC, the MIIT and the Ministry of Finance on March 3, 2023, issued a plan on robots.", "2023-03-03"),
    ("China's MIIT on June 8, 2022, published a guideline on industrial robots.", "2022-06-08"),
    ("The Ministry of Industry and Information Technology (MIIT) oversees the sector. "
     "The ministry on March 3, 2023, issued a plan on robots.", "2023-03-03"),
])
def test_en_date_between_subject_and_verb(text: str, day: str) -> None:
    assert only_event(text).date == day


@pytest.mark.parametrize("text", [
    # the date of another clause, not the subject's
    "The MIIT, which met firms on June 8, 2022, issued a plan on robots.",
    "The MIIT held talks with firms on June 8, 2022, and released a plan on robots.",
])
def test_en_date_of_another_clause(text: str) -> None:
    assert only_event(text).date is None


def test_en_date_right_after_subject_still_dated() -> None:
    # (the year-less forms were dated before: kept)
    assert only_event("The MIIT on June 8 released a notice on the industrial internet.", "en", date(2024, 6, 10)).date \
        == "2024-06-08"
    assert only_event("The MIIT on Tuesday released a notice on the industrial internet.").date == "2024-11-05"
    assert FRIDAY.isoformat() == "2024-11-08"
