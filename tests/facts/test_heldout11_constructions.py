"""Event and metric constructions the eleventh held-out set exposed, one test per construction, on
sentences written for these tests (each group also holds the held-out wording, reworded into a
sentence of its own, and near-misses that must not match).

Events: an act told "In the same notice," / "Alongside the launch," dated by the occasion just
told; "A draft of the revisions/amendments …" and drafts "put out for comment" (no "public") as
consultations; campaigns "rolled out" or "unveiled" as plans announced; ministries named together
by their roles ("the commerce and science ministries"); the NMPA by its acronym; a contact clause
with "it" ("according to figures it published on Wednesday"); a document named again as a subject
with its issuer set off by commas ("The measures, issued by the NMPA, build on a plan released …
in March": no new action, and no date from the plan's clause; the same for 该方案由…印发); a
relative 近日印发的《…》 with no actor of its own. Metrics: ranges 110万至120万吨之间 and "15%-20%";
"Its shares rose 4.2%" as a stock move; "8.7% a year through 2035" as a compound rate from the
year of writing; what is "expected" "Under the guideline," as a target; "bringing the number of
listed firms to 272" making the named count additions.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics

PUB = date(2026, 8, 21)  # a Friday
ZH_PUB = date(2025, 11, 20)


# --- events: an act of the occasion just told --------------------------------------------------
@pytest.mark.parametrize("text, when, type_", [
    ("The Ministry of Industry and Information Technology said in a notice dated June 30 that it had revised the "
     "standard conditions for the battery industry. In the same notice, the ministry named 41 more companies that "
     "meet the conditions.", "2026-06-30", "approval"),
    ("The MIIT on Wednesday kicked off a nationwide campaign to deploy service robots. Alongside the launch, the "
     "ministry named 60 pilot application scenarios proposed by carmakers.", "2026-08-19", "approval"),
    ("The NDRC unveiled rules on coal prices earlier this month. Along with the rules, the commission named 12 pilot "
     "cities for the reform.", "2026-08", "approval"),
    ("The MIIT issued a circular on data security on Tuesday. Under the same circular, the ministry named 30 "
     "demonstration enterprises.", "2026-08-18", "approval"),
])
def test_en_an_act_of_the_same_occasion_takes_its_date(text: str, when: str, type_: str) -> None:
    found = [e for e in events(text, "en", PUB) if e.type == type_]
    assert [e.date for e in found] == [when]


@pytest.mark.parametrize("text", [
    # (no occasion named: an undated act stays unread)
    "The NDRC unveiled rules on coal prices on Monday. The commission named 12 pilot cities.",
    # ("At the same time" joins two remarks; it names no occasion)
    "The NDRC unveiled rules on coal prices on Monday. At the same time, the commission named 12 pilot cities.",
    # (a future act in the same notice)
    "The NDRC unveiled rules on coal prices on Monday. In the same notice, the commission said it would name 12 "
    "pilot cities.",
])
def test_en_no_occasion_no_date(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.type == "approval"] == []


# --- events: drafts ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The commerce ministry on Thursday published a revised export catalogue. A draft of the revisions had been "
     "released for public comment in January.", "2026-01", "Ministry of Commerce"),
    ("The National Medical Products Administration on Friday released measures on device reviews. A draft of the "
     "measures was put out for comment in May.", "2026-05", "NMPA"),
    ("The NDRC on Monday issued rules on coal prices. A draft of the amendments was released for comment in March.",
     "2026-03", "NDRC"),
    ("The NDRC on Monday issued rules on coal prices. The draft rules were published for comment on May 3.",
     "2026-05-03", "NDRC"),
])
def test_en_a_draft_of_the_document_just_told_is_a_consultation(text: str, when: str, agency: str) -> None:
    found = [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(when, agency)]


@pytest.mark.parametrize("text", [
    "The NDRC on Monday issued rules on coal prices. Companies sent the draft to lawyers for comment.",
    "The NDRC on Monday issued rules on coal prices. The revisions take effect on Dec. 1.",
])
def test_en_no_draft_put_out_no_consultation(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"] == []


# --- events: campaigns rolled out ------------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Earlier this month, the Ministry of Industry and Information Technology (MIIT), together with the CAAC and the "
     "Ministry of Public Security, rolled out a three-month campaign to curb unregistered drones.", "2026-08",
     "MIIT; CAAC; Ministry of Public Security"),
    ("The MIIT on Wednesday rolled out a nationwide campaign against illegal e-bike modifications.", "2026-08-19",
     "MIIT"),
    ("The SAMR unveiled a special crackdown on fake batteries on Tuesday.", "2026-08-18", "SAMR"),
])
def test_en_a_campaign_rolled_out_is_a_plan_announced(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.agency) == ("plan_announced", when, agency)


@pytest.mark.parametrize("text", [
    "The MIIT said it would roll out a campaign against illegal drone flights.",
    "DJI on Monday rolled out a marketing campaign for its new drone.",
])
def test_en_no_campaign_by_a_body_in_the_past(text: str) -> None:
    assert events(text, "en", PUB) == []


def test_en_a_plan_rolled_out_stays_a_document() -> None:
    assert only_event("The MIIT on Wednesday rolled out a plan for drones.", "en", PUB).type == "document_issued"


# --- events: ministries named by their roles, the NMPA, "figures it published" --------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Exports of the technology need a licence under a revised catalogue that the commerce and science ministries "
     "published on Thursday.", "2026-08-20", "Ministry of Commerce; Ministry of Science and Technology"),
    ("The finance and commerce ministries on Monday issued a notice on export tax rebates.", "2026-08-17",
     "Ministry of Finance; Ministry of Commerce"),
    ("China's industry, commerce and finance ministries released rules on battery recycling on Monday.", "2026-08-17",
     "MIIT; Ministry of Commerce; Ministry of Finance"),
])
def test_en_ministries_named_by_their_roles(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.agency) == ("document_issued", when, agency)


def test_en_roles_without_ministries_name_no_body() -> None:
    from scrapers.facts.agencies import agency_mentions
    assert agency_mentions("the commerce and science parks of the city") == []
    assert events("The commerce and science ministries have long disagreed on export rules.", "en", PUB) == []


@pytest.mark.parametrize("text, when, agency", [
    ("The NMPA approved 65 innovative medical devices in the first seven months, according to figures it published "
     "on Wednesday.", "2026-08-19", "NMPA"),
    ("The NBS said output rose 5%, according to data it released on Tuesday.", "2026-08-18",
     "National Bureau of Statistics"),
])
def test_en_figures_it_published_is_a_data_release(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", when, agency)


def test_en_it_in_a_contact_clause_needs_an_object_before_it() -> None:
    assert events("The NMPA approved 65 devices, the figures it holds show.", "en", PUB) == []


# --- events: a document named again as a subject ---------------------------------------------------
def test_en_the_document_named_again_gives_its_issuer_and_takes_no_later_date() -> None:
    text = ("Chinese regulators on Friday released measures to shorten reviews of medical devices. The measures, "
            "issued by the National Medical Products Administration (NMPA), build on a plan jointly released by the "
            "Ministry of Industry and Information Technology (MIIT), the NMPA and the National Health Commission in "
            "March.")
    docs = [(e.date, e.agency.split("; ")[0]) for e in events(text, "en", PUB) if e.type == "document_issued"]
    assert docs == [("2026-08-21", "NMPA"), ("2026-03", "MIIT")]


def test_en_an_appositive_with_its_own_date_is_its_own_action() -> None:
    text = "The MIIT on Friday released measures on device reviews. The rules, released by the NDRC in March, cap prices."
    assert sorted(e.date for e in events(text, "en", PUB)) == ["2026-03", "2026-08-21"]


def test_en_a_later_date_of_another_clause_is_not_the_appositives() -> None:
    text = ("The MIIT on Friday released measures on device reviews. The new guideline, issued by the NDRC, follows "
            "rules that the SAMR published on Monday.")
    assert sorted((e.date, e.agency) for e in events(text, "en", PUB)) == [("2026-08-17", "SAMR"),
                                                                          ("2026-08-21", "NDRC")]


def test_zh_a_recent_relative_document_named_again_by_its_issuer() -> None:
    text = ("11月19日，省人民政府新闻办公室举行新闻发布会。发布会上，省经济和信息化厅负责同志解读了近日印发的《安徽省智能家电产业"
            "集群建设行动方案（2025—2027年）》（皖政办〔2025〕52号）。该方案由省政府办公厅印发，提出18条举措。")
    docs = [e for e in events(text, "zh", ZH_PUB) if e.type == "document_issued"]
    assert [(e.date, e.agency, e.doc_number) for e in docs] == [
        (None, "General Office of the Anhui Provincial Government", "皖政办〔2025〕52号")]


@pytest.mark.parametrize("text", [
    "会议解读了此前印发的《关于加快发展低空经济的意见》。",   # (此前: a past recalled)
    "根据国务院印发的《关于加快发展低空经济的意见》，各地要加快建设通用机场。",  # (no time at all)
])
def test_zh_a_relative_issuance_not_said_recent_stays_unread(text: str) -> None:
    assert events(text, "zh", ZH_PUB) == []


# --- metrics ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("中国光伏行业协会预计，2026年全国多晶硅产量将在110万至120万吨之间。", 1100000, "tonne"),
    ("中国船舶工业行业协会预计，2026年全球海工装备订单金额将在150亿至180亿美元之间。", 15000000000, "USD"),
    ("预计今年全省汽车销量在300万到350万辆之间。", 3000000, "count"),
])
def test_zh_a_range_of_magnitudes_closed_by_zhijian(text: str, value: float, unit: str) -> None:
    found = metrics(text, "zh", date(2026, 1, 16))
    assert [(m.value, m.unit, m.qualifier) for m in found] == [(value, unit, "range")]


def test_zh_a_change_between_magnitudes_stays_two_figures() -> None:
    found = metrics("全国多晶硅产量由110万吨增至120万吨。", "zh", date(2026, 1, 16))
    assert sorted(m.value for m in found) == [1100000, 1200000]


@pytest.mark.parametrize("text", [
    "Citi analysts expect the value of battery exports to grow 15%-20% this year.",
    "Analysts expect sales to rise 5%–8% in 2026.",
])
def test_en_a_percent_range_with_the_sign_on_both_bounds(text: str) -> None:
    found = metrics(text, "en", PUB)
    assert [(m.qualifier, m.unit) for m in found] == [("range", "percent")]


@pytest.mark.parametrize("text", [
    "Its shares rose 4.2% in Shenzhen on Wednesday.",
    "Their shares fell 3% in Hong Kong on Friday.",
    "Its stock climbed 5.1% on Monday.",
])
def test_en_a_company_share_move_told_by_its_pronoun_is_no_metric(text: str) -> None:
    assert metrics(text, "en", PUB) == []


@pytest.mark.parametrize("text", [
    "Its share of the market rose to 12% last year.",
    "Their shares of global output rose to 35% in 2024.",
])
def test_en_market_shares_stay_shares(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", PUB)] == ["share"]


@pytest.mark.parametrize("text, period", [
    ("Adamas Intelligence expects global demand for rare-earth magnets to grow 8.7% a year through 2035.", "2026/2035"),
    ("The market is expected to expand 12 percent annually until 2030.", "2026/2030"),
])
def test_en_a_rate_per_year_to_a_horizon_is_a_compound_rate(text: str, period: str) -> None:
    found = metrics(text, "en", PUB)
    assert [(m.measure, m.period) for m in found] == [("cagr", period)]


@pytest.mark.parametrize("text", [
    "Sales rose 6% from a year earlier.",
    "Sales rose 6% a year earlier.",
    "Sales rose 6% a year to 2024.",
])
def test_en_a_year_earlier_is_no_compound_rate(text: str) -> None:
    assert [m.measure for m in metrics(text, "en", PUB)] != ["cagr"]


@pytest.mark.parametrize("text, status", [
    ("Under the guideline, the number of general airports is expected to exceed 500 by 2030.", "target"),
    ("Under the new action plan, sales of robots are expected to reach 1 million units by 2028.", "target"),
    ("Analysts said the number of general airports is expected to exceed 500 by 2030.", "forecast"),
    ("Under the agreement, the company is expected to deliver 500 aircraft by 2030.", "forecast"),
    ("Under the plan, output rose 5% last year.", "actual"),
])
def test_en_what_is_expected_under_a_plan_is_its_goal(text: str, status: str) -> None:
    assert [m.status for m in metrics(text, "en", PUB)] == [status]


def test_en_a_count_named_then_the_number_it_brings_the_list_to() -> None:
    found = metrics("In the same notice, the ministry named 41 more companies that meet the conditions, bringing the "
                    "number of listed firms to 272.", "en", PUB)
    assert sorted((m.value, m.measure) for m in found) == [(41, "additions"), (272, "level")]


# --- events: a place with an appositive before its verb ---------------------------------------------
@pytest.mark.parametrize("text, agency", [
    ("Beijing, home to more than 40 drone makers, on Monday rolled out measures to subsidize test flights, the city's "
     "economy bureau said.", "Beijing Municipal Government"),
    ("Shanghai, the country's biggest chip hub, on Monday released a plan to support chip design firms.",
     "Shanghai Municipal Government"),
])
def test_en_a_place_then_an_appositive_acts(text: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.agency) == ("document_issued", "2026-08-17", agency)


def test_en_a_relative_clause_after_the_place_is_no_appositive() -> None:
    # (a clause with a verb of its own: its subject is not read through it)
    assert events("Shanghai, which hosts 200 chip firms, on Monday released a plan to support chip design firms.",
                  "en", PUB) == []


# --- metrics: the terms a rule sets ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The city on Monday rolled out measures that subsidize up to 30 percent of the cost of buying robots.",
    "The province will reimburse up to 20% of the cost of new equipment.",
    "Buyers can receive 15 percent of the price of a new appliance, capped at 2,000 yuan per item.",
    "The rebate is 10% of the purchase price, with a cap of 1,000 yuan.",
    "The rules extend controls to foreign-made products containing as little as 0.1% of Chinese-origin rare earths "
    "by value.",
])
def test_en_caps_and_content_thresholds_of_a_rule_are_no_metrics(text: str) -> None:
    assert metrics(text, "en", PUB) == []


@pytest.mark.parametrize("text, value", [
    ("Output rose up to 30 percent in some provinces.", 30),
    ("Sales of robots rose 30 percent, capped by weak demand.", 30),
    ("Exports of batteries containing lithium rose 12% in July.", 12),
])
def test_en_figures_near_cap_words_stay(text: str, value: float) -> None:
    assert [m.value for m in metrics(text, "en", PUB)] == [value]
