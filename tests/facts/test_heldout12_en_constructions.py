"""English event and metric constructions the twelfth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: the Ministry of Emergency Management (MEM) and "the customs administration" as bodies; a
province-level place's body of any field named in full ("the Shanghai Municipal Commission of
Commerce"); a city as the subject of its clause ("Shenzhen on Monday rolled out a … programme");
an amount between the verb and the document ("rolled out a 500 million yuan (US$69 million)
programme"); "released jointly by" (the adverb after the participle); "At the same event, the
administration named …" (the occasion's body and date, where the story names two
administrations); permits granted to counted recipients ("issued written confirmations to 23
more API plants", "Nine models … received product access approvals, the ministry said …"), dated
by a statement told first ("In a statement posted on its website on Thursday, …"); road sections
designated for autonomous-driving tests. Metrics: listed shares of a company ("Its
Shanghai-listed shares rose 4.6%") as stock moves; caps and bounds a rule sets ("a subsidy program
of up to 500 yuan", "can claim up to 30 per cent of their spending", "insurance of at least 5
million yuan per vehicle"); "the 75% level generally considered healthy" as a yardstick; the
earlier level of a share ("up from 55.1% a year earlier") as a share, not a growth.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2026, 3, 27)  # a Friday


def _of_type(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", PUB) if e.type == type_]


# --- events: bodies the table did not know --------------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("The move follows a revised catalogue of hazardous chemical processes, which MEM published earlier this month.",
     "document_issued", "2026-03", "Ministry of Emergency Management"),
    ("The Ministry of Emergency Management on Tuesday issued guidelines on fire safety at battery plants.",
     "document_issued", "2026-03-24", "Ministry of Emergency Management"),
    ("China had 627 certified chemical parks at the end of 2025, MEM officials told a news conference on Thursday.",
     "press_conference", "2026-03-26", "Ministry of Emergency Management"),
    ("Exports fell 4.6 percent last year, according to figures released by the customs administration last month.",
     "other", "2026-02", "General Administration of Customs"),
    ("Imports rose 3 percent, according to data published by China's customs authority on Wednesday.",
     "other", "2026-03-25", "General Administration of Customs"),
    ("The Shanghai Municipal Commission of Commerce on Monday rolled out a subsidy program for old e-bikes.",
     "document_issued", "2026-03-23", "Shanghai Municipal Commission of Commerce"),
    ("The Guangdong Provincial Department of Transport last week issued rules on robotaxi testing.",
     "document_issued", "2026-03", "Guangdong Provincial Department of Transport"),
])
def test_en_bodies_named_by_acronym_role_or_full_local_name(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a memory chip is no ministry; a company's "MEMS sensors")
    "The company on Monday released a plan to double output of MEMS sensors.",
    # (a city's bureau: no province-level place, its level would make it look national)
    "The Suzhou Municipal Bureau of Commerce said exports rose 3 percent.",
    # (customs of another country)
    "The US customs agency on Monday released rules on de minimis parcels.",
])
def test_en_no_new_body_where_none_acts(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.agency not in (None, "local government")
            and ("Emergency" in e.agency or "Customs" in e.agency or "Commerce" in e.agency)] == []


# --- events: a city acting, an amount in the object, "released jointly by" -------------------------
@pytest.mark.parametrize("text, when", [
    ('Shenzhen on Monday rolled out a 500 million yuan (US$69 million) programme of "computing vouchers" for '
     "small firms.", "2026-03-23"),
    ("Hangzhou, the home of Alibaba, last week issued measures to subsidise rented computing power.", "2026-03"),
    ("Guangzhou on Tuesday unveiled a 2 billion yuan plan to support humanoid robot makers.", "2026-03-24"),
])
def test_en_a_city_as_subject_acts_as_its_government(text: str, when: str) -> None:
    assert _of_type(text, "document_issued") == [(when, "local government")]


@pytest.mark.parametrize("text", [
    "Shenzhen-listed BYD on Monday released a plan to build three plants abroad.",
    "Shenzhen's output of drones rose 12 percent, data released on Monday by the city showed.",
    "The Shenzhen Stock Exchange on Monday released rules on technology listings.",
    "Companies in Shenzhen on Monday unveiled a plan to cooperate on chips.",
    "Shenzhen will roll out a 500 million yuan programme next month.",
])
def test_en_no_city_act_without_the_city_as_subject(text: str) -> None:
    assert _of_type(text, "document_issued") == []


@pytest.mark.parametrize("text, when", [
    ("A guideline on the bicycle industry, released jointly by the Ministry of Industry and Information Technology "
     "(MIIT) and SAMR in July last year, aims to raise revenue.", "2025-07"),
    ("Rules on drone exports, issued jointly by the commerce ministry and the MIIT in May, take effect in June.",
     "2025-05"),
])
def test_en_a_participle_with_jointly_after_it(text: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, "document_issued")] == [when]


# --- events: the occasion just told, where "the administration" is ambiguous in the story --------
def test_en_the_administration_at_the_same_event_is_the_occasions() -> None:
    text = ("China's market regulator on Wednesday released an action plan on quantum metrology. The plan, issued by "
            "the State Administration for Market Regulation (SAMR), sets out 26 tasks. At the same event, the "
            "administration named 15 national industrial metrology testing centres. In March, a standard on "
            "terminology was approved by the Standardization Administration of China.")
    assert _of_type(text, "approval") == [("2026-03-25", "SAMR")]


@pytest.mark.parametrize("text", [
    # (no occasion named; "the administration" stays ambiguous between two)
    "The SAMR on Wednesday released an action plan. The Standardization Administration of China approved a "
    "standard in March. The administration named 15 testing centres.",
    # (a future act at the same event)
    "The SAMR on Wednesday released an action plan. At the same event, the administration said it would name 15 "
    "testing centres.",
])
def test_en_no_same_event_act_without_the_occasion(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- events: permits granted to counted recipients ---------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("In a statement posted on its website on Thursday, the NMPA said it had issued written confirmations to 23 "
     "more API plants.", "2026-03-26", "NMPA"),
    ("Nine models from six carmakers, including BYD Co., received product access approvals, the Ministry of "
     "Industry and Information Technology said in a statement posted on its website on Tuesday.",
     "2026-03-24", "MIIT"),
    ("The NMPA on Tuesday granted production licences to 12 more drug makers.", "2026-03-24", "NMPA"),
    ("In a notice dated March 20, the MIIT said 31 companies had received access permits for satellite services.",
     "2026-03-20", "MIIT"),
])
def test_en_permits_granted_to_counted_recipients_are_approvals(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (company news: no government body in the sentence)
    "Three BYD models won EU approvals on Tuesday, the company said.",
    "Xpeng said on Tuesday it had received approvals for its L3 system.",
    # (money, not recipients)
    "The NMPA on Tuesday granted subsidies to 12 percent more applicants.",
    # (a future grant)
    "The NMPA will issue licences to 20 more plants next month.",
    # (uncounted recipients)
    "The NMPA on Tuesday granted licences to drug makers in Zhejiang.",
])
def test_en_no_approval_for_permits_without_body_or_count(text: str) -> None:
    assert _of_type(text, "approval") == []


@pytest.mark.parametrize("text, when", [
    ("Shenzhen, an early adopter of robotaxi rules, on Thursday designated 86 additional road sections for robotaxi "
     "testing.", "2026-03-26"),
    ("The Beijing Municipal Commission of Transport on Wednesday opened 120 more kilometres of roads to "
     "autonomous-vehicle tests.", "2026-03-25"),
])
def test_en_road_sections_designated_for_tests_are_approvals(text: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, "approval")] == [when]


@pytest.mark.parametrize("text", [
    "Shenzhen, an early adopter of robotaxi rules, will designate 86 road sections for testing next year.",
    "Pony.ai on Thursday opened 20 more routes to paying passengers.",
])
def test_en_no_road_designation_ahead_or_by_a_company(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- metrics: stock moves, caps and bounds, yardsticks ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Its Shanghai-listed shares rose 4.6%.",
    "Changan's Hong Kong-listed shares rose as much as 5.2% on Thursday.",
    "The company's A-shares fell 3.1 percent in Shenzhen.",
    "Their New York-listed stock dropped 8% after the results.",
    "A subsidy program of up to 500 yuan for residents who trade in old e-bikes was rolled out on Monday.",
    "Companies can claim up to 30 per cent of their spending on model training.",
    "Carmakers must buy liability insurance of at least 5 million yuan per vehicle.",
    "Buyers receive rebates of no more than 2,000 yuan each.",
    "Capacity utilization averaged 73.4% last year, below the 75% level generally considered healthy.",
])
def test_en_rule_terms_and_stock_moves_are_no_figures(text: str) -> None:
    found = [(m.value, m.unit) for m in metrics(text, "en", PUB)]
    assert (5.2, "percent") not in found and (4.6, "percent") not in found and (3.1, "percent") not in found \
        and (8.0, "percent") not in found and (500.0, "CNY") not in found and (30.0, "percent") not in found \
        and (5e6, "CNY") not in found and (2000.0, "CNY") not in found and (75.0, "percent") not in found


@pytest.mark.parametrize("text, value, unit", [
    # (the company's market share, not its shares)
    ("Its share of the market rose to 4.6% in 2025.", 4.6, "percent"),
    # (a fund's size, no cap on each unit)
    ("The government set up a fund of 5 million yuan for the pilots last year.", 5e6, "CNY"),
    # (an average, no bound)
    ("Sales averaged 5 million yuan per store last year.", 5e6, "CNY"),
    # (the utilisation itself)
    ("Capacity utilization averaged 73.4% last year.", 73.4, "percent"),
    # (a target level the share should reach)
    ("The share of parks rated lower risk should reach 90% by 2027.", 90.0, "percent"),
])
def test_en_near_misses_stay_figures(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(m.value, m.unit) for m in metrics(text, "en", PUB)]


# --- metrics: the earlier level of a share -------------------------------------------------------------
@pytest.mark.parametrize("text, earlier, measure", [
    ("Cars with Level 2 systems accounted for 63.5% of new car sales in 2025, up from 55.1% a year earlier.", 55.1,
     "share"),
    ("Bikes priced above 3,000 yuan accounted for 12.4 percent of domestic sales in 2025, up from 8.9 percent in "
     "2023, the association said.", 8.9, "share"),
    ("At least 80% of the country's API output should come from certified parks by 2030, up from about 38% now.",
     38.0, "share"),
    ("The utilization rate was 76.2% in 2025, down from 78.9% a year earlier.", 78.9, "rate"),
])
def test_en_the_earlier_level_of_a_share_is_a_share(text: str, earlier: float, measure: str) -> None:
    found = {m.value: m.measure for m in metrics(text, "en", PUB)}
    assert found[earlier] == measure


def test_en_a_growth_after_a_share_stays_a_growth() -> None:
    # (a change of the share's indicator, "up 3.2%", not an earlier level: no "from")
    found = {m.value: m.measure for m in metrics(
        "Exports accounted for 40% of sales in 2025, and rose 3.2% from a year earlier.", "en", PUB)}
    assert found[3.2] == "yoy_growth"
