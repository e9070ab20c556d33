"""Event and metric constructions the tenth held-out set exposed, one test per construction, on
sentences written for these tests (not taken from any labelled set).

Events: "data from the <body> showed on <day>" (and "<body> data showed <day>") as a data release;
", a day before <body> <verb>" dating that clause a day after the day just named; "in <month>,
when <a document> was issued by …" dated by the time the "when" clause hangs on; statistics
published by the Ministry of Civil Affairs (a body the table lacked); a committee set up "已于<time>
由<body>批准成立"; a draft named before its participle ("Draft rules published Monday by …") as a
consultation; a document's title-case name whose head is the document, not the entities it is for
(", which the State Council revised in March"); "A draft had been released for public comment …"
after the document's sentence; a passive standard whose subject is followed by an appositive;
发布的…情况显示 as a data release. Non-events stay unread: "official data showed", an association's
data, a draft's comment deadline, a plan to finalise rules.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only as only_event
from metric_helpers import metrics, only

PUB = date(2026, 8, 12)  # a Wednesday
ZH_PUB = date(2026, 11, 6)


# --- events: data releases told by "showed on <day>" -----------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Cement output dropped for a third month in June, data from the National Bureau of Statistics showed on Monday.",
     "2026-08-10", "National Bureau of Statistics"),
    ("Shipments of rare earths rose 12% in July, customs data showed on Friday.", "2026-08-07",
     "General Administration of Customs"),
    ("Industrial profits fell 1.8% in the first half, NBS data showed Tuesday.", "2026-08-11",
     "National Bureau of Statistics"),
    ("Software revenue grew 11.6% in the first seven months, figures from the Ministry of Industry and Information "
     "Technology showed on Aug. 10.", "2026-08-10", "MIIT"),
])
def test_en_data_showed_on_a_day_is_a_data_release(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", when, agency)


@pytest.mark.parametrize("text", [
    "Exports of steel rose 4.1% in July, official data showed on Friday.",
    "Car sales rose 6% in July, data from the China Association of Automobile Manufacturers showed on Monday.",
    "Industrial profits fell 1.8% in the first half, NBS data showed.",
])
def test_en_data_showed_with_no_body_or_no_day_is_no_event(text: str) -> None:
    assert events(text, "en", PUB) == []


@pytest.mark.parametrize("text, when", [
    ("The yuan weakened on Monday, a day before the Ministry of Industry and Information Technology issued a plan "
     "on humanoid robots.", "2026-08-11"),
    ("Coal prices rose on Aug. 3, a day before the NDRC released new rules on coal pricing.", "2026-08-04"),
    ("Battery makers' shares fell on Thursday, one day before the MIIT published a guideline on solid-state "
     "batteries.", "2026-08-07"),
])
def test_en_a_day_before_a_clause_dates_it_a_day_after(text: str, when: str) -> None:
    found = [e for e in events(text, "en", PUB) if e.type == "document_issued"]
    assert [e.date for e in found] == [when]


def test_en_a_day_earlier_still_counts_back() -> None:
    found = events("The MIIT issued a plan on robots on Monday. A day earlier, the NDRC released a guideline on grain "
                   "reserves.", "en", PUB)
    assert sorted(e.date for e in found) == ["2026-08-09", "2026-08-10"]


def test_en_unnamed_departments_in_a_lead_clause_merge_with_the_named_mention() -> None:
    text = ("Rebar futures fell, data from the National Bureau of Statistics showed on Monday, a day before five "
            "government departments unveiled a plan to cut aluminium capacity. "
            "The plan was issued on Tuesday by the Ministry of Industry and Information Technology.")
    found = [e for e in events(text, "en", PUB) if e.type == "document_issued"]
    assert [(e.date, e.agency) for e in found] == [("2026-08-11", "MIIT")]


@pytest.mark.parametrize("text, when", [
    ("The sector got a lift in January last year, when a guideline on the silver economy was issued by the General "
     "Office of the State Council.", "2025-01"),
    ("Robot makers took off in March, when the MIIT issued a plan on humanoid robots.", "2026-03"),
    ("Coal prices peaked in June last year, when new rules on coal pricing were released by the NDRC.", "2025-06"),
])
def test_en_a_when_clause_is_dated_by_the_time_it_hangs_on(text: str, when: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date) == ("document_issued", when)


@pytest.mark.parametrize("text, when", [
    ("The population aged 65 and over reached 220 million at the end of 2025, according to statistics published by "
     "the Ministry of Civil Affairs earlier this month.", "2026-08"),
    ("Elderly-care beds numbered 8.2 million, according to data released by the Ministry of Civil Affairs on "
     "Monday.", "2026-08-10"),
])
def test_en_the_ministry_of_civil_affairs_is_a_body(text: str, when: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.subtype, e.date, e.agency) == ("data_release", when, "Ministry of Civil Affairs")


def test_zh_civil_affairs_departments_are_no_ministry() -> None:
    from scrapers.facts.agencies import find_agencies
    assert [n for _, _, n in find_agencies("民政部印发通知，要求各地民政部门加强养老服务。")] == ["Ministry of Civil Affairs"]


@pytest.mark.parametrize("text, when, agency", [
    ("全国人形机器人标准化技术委员会已于今年3月由国家标准委批准成立，秘书处设在中国电子技术标准化研究院。", "2026-03",
     "Standardization Administration of China"),
    ("全国低空经济标准化技术委员会于10月10日由国家标准化管理委员会正式批准成立。", "2026-10-10",
     "Standardization Administration of China"),
    ("全国数据安全标准化技术委员会已于去年11月由国家标准化管理委员会批准成立。", "2025-11",
     "Standardization Administration of China"),
])
def test_zh_a_committee_approved_by_a_body_object_first(text: str, when: str, agency: str) -> None:
    e = only_event(text, "zh", ZH_PUB)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "committee_established", when, agency)


def test_zh_a_committee_since_its_founding_is_no_event() -> None:
    found = events("全国数据标准化技术委员会由国家标准委批准成立以来，已发布标准12项。", "zh", ZH_PUB)
    assert [e for e in found if e.subtype == "committee_established"] == []


@pytest.mark.parametrize("text, when, agency", [
    ("Draft rules published Monday by the Ministry of Industry and Information Technology (MIIT) would require "
     "platforms to pay merchants within 30 days.", "2026-08-10", "MIIT"),
    ("Draft guidelines released on Tuesday by the NDRC would cap the price of thermal coal.", "2026-08-11", "NDRC"),
    ("Draft safety rules issued on Friday by the Ministry of Transport would ban overloaded trucks.", "2026-08-07",
     "Ministry of Transport"),
])
def test_en_a_draft_named_before_its_participle_is_a_consultation(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "public_consultation", when, agency)


def test_en_rules_published_not_named_a_draft_stay_a_document() -> None:
    e = only_event("New rules published Monday by the MIIT require carmakers to settle bills within 60 days.", "en",
                   PUB)
    assert (e.type, e.date) == ("document_issued", "2026-08-10")


def test_en_a_comment_deadline_and_a_plan_to_finalise_are_no_events() -> None:
    text = ("Draft rules published Monday by the MIIT would require carmakers to pay within 60 days. The public can "
            "comment until Sept. 10. The ministry plans to finalize the rules early next year.")
    assert [(e.subtype, e.date) for e in events(text, "en", PUB)] == [("public_consultation", "2026-08-10")]


@pytest.mark.parametrize("text, when, title, agency", [
    ("The draft builds on the Regulations on Ensuring Payments to Small and Medium-sized Enterprises, which the "
     "State Council revised in March.", "2026-03",
     "Regulations on Ensuring Payments to Small and Medium-sized Enterprises", "State Council"),
    ("The rules follow the Measures for the Supervision and Administration of Pilot Zones for Industrial Internet "
     "Security, which the MIIT issued in May.", "2026-05",
     "Measures for the Supervision and Administration of Pilot Zones for Industrial Internet Security", "MIIT"),
    ("The list follows the Guidelines for Pilot Cities of Data Labelling, which the NDRC released in April.",
     "2026-04", "Guidelines for Pilot Cities of Data Labelling", "NDRC"),
])
def test_en_a_named_document_is_headed_by_its_first_noun(text: str, when: str, title: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.title, e.agency) == ("document_issued", when, title, agency)


@pytest.mark.parametrize("text, when, agency", [
    ("An action plan for the display industry was issued on Tuesday by the Ministry of Industry and Information "
     "Technology (MIIT). A draft had been released for public comment last December.", "2025-12", "MIIT"),
    ("The NDRC on Monday issued rules on power pricing. An earlier draft was published for public comment in "
     "January.", "2026-01", "NDRC"),
    ("The MIIT issued a guideline on industrial water saving on Thursday. The draft had been put out for public "
     "comment in May.", "2026-05", "MIIT"),
])
def test_en_a_bare_draft_after_the_document_is_its_consultation(text: str, when: str, agency: str) -> None:
    found = [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"]
    assert [(e.date, e.agency) for e in found] == [(when, agency)]


def test_en_a_bare_draft_with_no_document_before_is_no_event() -> None:
    assert events("A draft had been released for public comment last December.", "en", PUB) == []


@pytest.mark.parametrize("text, when, agency", [
    ("A national standard on the security of software development kits (SDKs), the third-party code embedded in "
     "apps, was approved by the State Administration for Market Regulation in June.", "2026-06", "SAMR"),
    ("A mandatory standard for e-bike chargers, the first of its kind, was published by the SAMR on Monday.",
     "2026-08-10", "SAMR"),
    ("An industry standard for humanoid robot joints, a part that makes up a third of their cost, was released by the "
     "MIIT on Tuesday.", "2026-08-11", "MIIT"),
])
def test_en_a_passive_standard_after_an_appositive(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", PUB)
    assert (e.type, e.date, e.agency) == ("standard_release", when, agency)


@pytest.mark.parametrize("text, when, agency", [
    ("工业和信息化部5日发布的2026年第三季度电信服务质量情况显示，用户申诉同比下降。", "2026-11-05", "MIIT"),
    ("工业和信息化部3日发布的2025年通信业发展公报显示，全年电信业务收入增长。", "2026-11-03", "MIIT"),
    ("工业和信息化部2日发布的前三季度通信业服务质量情况表明，申诉处理满意率提高。", "2026-11-02", "MIIT"),
])
def test_zh_a_report_of_figures_published_is_a_data_release(text: str, when: str, agency: str) -> None:
    e = only_event(text, "zh", ZH_PUB)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", when, agency)


def test_zh_an_association_report_is_no_data_release() -> None:
    assert events("中国通信企业协会5日发布的2026年第三季度服务质量情况显示，用户满意度提高。", "zh", ZH_PUB) == []


# --- metrics -----------------------------------------------------------------------------------
def _values(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in metrics(text, lang, PUB)]


@pytest.mark.parametrize("text, kept", [
    ("Prices of 55-inch TV panels have fallen for two quarters, while panel makers shipped 61.2 million units.",
     [(61200000.0, "count")]),
    ("Shipments of 75-inch TV panels rose, while panel makers shipped 48.5 million units.",
     [(48500000.0, "count")]),
    ("Makers of 232-layer NAND chips expanded, with output reaching 36.2 billion units.", [(36200000000.0, "count")]),
])
def test_en_a_size_joined_by_a_hyphen_is_no_count(text: str, kept: list) -> None:
    assert _values(text, "en") == kept


@pytest.mark.parametrize("text", [
    "\"Many families still find a 6,000-yuan nursing bed too expensive,\" said Wang Li, a shop owner in Hangzhou.",
    "\"A 3,500-yuan smart watch for the elderly is a hard sell,\" said an analyst in Shenzhen.",
    "Residents can call the 12345 hotline or the 12381 hotline to report problems.",
    "Analysts said mills with fewer than 2 million tons of annual capacity would struggle to survive.",
    "Mills with less than 500,000 tons of capacity will be shut, the plan said.",
])
def test_en_item_prices_hotlines_and_ceilings_of_groups_are_no_figures(text: str) -> None:
    assert _values(text, "en") == []


def test_en_a_sector_sized_with_a_hyphen_stays_a_figure() -> None:
    assert _values("The city plans to build the robotics industry into a 200-billion-yuan sector by 2027.", "en") == [
        (200000000000.0, "CNY")]


@pytest.mark.parametrize("text, values", [
    ("前三季度，基础电信企业累计拦截诈骗电话约2.7亿次、诈骗短信约5.1亿条。", [270000000.0, 510000000.0]),
    ("今年以来，平台累计处置骚扰电话1.6亿次。", [160000000.0]),
    ("上半年，企业共发送公益短信3.4万条。", [34000.0]),
])
def test_zh_occasions_and_messages_counted_by_magnitude(text: str, values: list[float]) -> None:
    assert [m.value for m in metrics(text, "zh", PUB) if m.unit == "count"] == values


def test_zh_articles_of_a_document_stay_no_count() -> None:
    assert metrics("该办法共六章三十二条，自发布之日起施行。", "zh", PUB) == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("三省锂电池产量合计约占全国的三分之一。", 33.3, "approx"),
    ("我国光伏组件产量占全球的四分之三以上。", 75.0, "ge"),
    ("长三角地区集成电路产业规模占全国的五分之二。", 40.0, "eq"),
])
def test_zh_a_fraction_of_a_whole_is_a_share(text: str, value: float, qualifier: str) -> None:
    m = only(text, "zh", PUB)
    assert (m.value, m.unit, m.measure, m.qualifier) == (value, "percent", "share", qualifier)


@pytest.mark.parametrize("text, value, when", [
    ("He said the ministry aimed to cut such complaints by another 20 percent by the end of 2028 from the 2025 level.",
     -20.0, "2028"),
    ("The official said the ministry aimed to cut energy use per unit of value added by another 13.5 percent by 2027.",
     -13.5, "2027"),
    ("The MIIT aimed to raise the output of smart factories by another 15 percent by 2028, he said.", 15.0, "2028"),
])
def test_en_a_goal_to_change_by_another_percent(text: str, value: float, when: str) -> None:
    m = only(text, "en", PUB)
    assert (m.value, m.measure, m.status) == (value, "growth", "target")
    assert (m.period or m.as_of).startswith(when)


# --- events: English wire wordings -----------------------------------------------------------------
WIRE_PUB = date(2026, 3, 6)  # a Friday


@pytest.mark.parametrize("text, when, agency", [
    ("The Ministry of Industry and Information Technology on Tuesday kicked off a campaign to rectify illegal data "
     "collection by mobile apps.", "2026-03-03", "MIIT"),
    ("The MIIT kicked off a nationwide campaign on Monday against unfair competition in the photovoltaic industry.",
     "2026-03-02", "MIIT"),
    ("The State Administration for Market Regulation launched a three-month special campaign in February to crack "
     "down on fake charging piles.", "2026-02", "SAMR"),
])
def test_en_a_campaign_kicked_off_is_announced(text: str, when: str, agency: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date, e.agency) == ("plan_announced", when, agency)


@pytest.mark.parametrize("text", [
    "The MIIT will launch a campaign next month against pop-up ads in apps.",
    "Tencent launched a campaign on Monday to promote its cloud services.",
    "The ministry plans to kick off a crackdown on illegal recycling of batteries in the second half.",
])
def test_en_a_campaign_planned_or_a_company_s_is_no_event(text: str) -> None:
    assert events(text, "en", WIRE_PUB) == []


@pytest.mark.parametrize("text, when", [
    ("The State Council executive meeting on Friday adopted a regulation on the management of civilian drones.",
     "2026-03-06"),
    ("The cabinet on Wednesday adopted guidelines on boosting the silver economy.", "2026-03-04"),
    ("China's cabinet passed a set of measures on Thursday to stabilise foreign trade.", "2026-03-05"),
])
def test_en_the_cabinet_adopting_a_document_issues_it(text: str, when: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date, e.agency) == ("document_issued", when, "State Council")


@pytest.mark.parametrize("text", [
    "The cabinet passed a draft regulation on the security of critical information infrastructure on Wednesday.",
    "The MIIT adopted measures on Monday to curb overcapacity in the solar industry.",
    "Output passed 10 million tons in 2025, the State Council said.",
])
def test_en_a_draft_passed_or_measures_adopted_by_a_ministry_are_no_issuing(text: str) -> None:
    assert [e.type for e in events(text, "en", WIRE_PUB)] == []


@pytest.mark.parametrize("text, when, type_", [
    ("Chinese authorities issued a guideline on Monday to promote the development of the low-altitude economy.",
     "2026-03-02", "document_issued"),
    ("Chinese authorities on Thursday issued rules to curb price wars in the solar industry.", "2026-03-05",
     "document_issued"),
    ("Regulators on Friday released a set of measures to support the development of humanoid robots.", "2026-03-06",
     "document_issued"),
    ("China's regulators on Wednesday released draft rules on autonomous driving.", "2026-03-04",
     "other"),
])
def test_en_the_country_s_authorities_as_the_subject(text: str, when: str, type_: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date, e.agency) == (type_, when, "State Council")


def test_en_the_authorities_stand_for_the_story_s_national_body() -> None:
    text = ("The Ministry of Industry and Information Technology oversees the sector. "
            "Regulators on Friday released a set of measures to support humanoid robots.")
    assert [(e.date, e.agency) for e in events(text, "en", WIRE_PUB)] == [("2026-03-06", "MIIT")]


@pytest.mark.parametrize("text", [
    "Local regulators on Friday released measures on e-bikes.",
    "Shenzhen regulators on Friday released measures on e-bikes.",
    "China's exports of steel rose 5 percent in February, the authorities said.",
])
def test_en_local_regulators_are_not_the_country(text: str) -> None:
    assert events(text, "en", WIRE_PUB) == []


@pytest.mark.parametrize("text", [
    "BEIJING, March 3 (Xinhua) -- China has issued a guideline to accelerate the development of the low-altitude "
    "economy.",
    "SHANGHAI, March 4 (Reuters) - China has released an action plan for the new-energy vehicle industry.",
])
def test_en_the_country_after_a_dateline_acts(text: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    # (no day in the sentence: "has issued" after a dateline may be days before it, as the devset's
    # 014 shows, so the date stays unresolved)
    assert (e.type, e.date, e.agency) == ("document_issued", None, "State Council")


@pytest.mark.parametrize("text, when", [
    ("Industrial robot output rose 12.4 percent in January, the Ministry of Industry and Information Technology said "
     "in a notice dated March 2.", "2026-03-02"),
    ("Software revenue grew 11.2 percent in the first two months, the MIIT said in a statement dated March 4.",
     "2026-03-04"),
])
def test_en_figures_in_a_notice_dated_a_day(text: str, when: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.subtype, e.date, e.agency) == ("data_release", when, "MIIT")


@pytest.mark.parametrize("text", [
    "The State Administration for Market Regulation on Monday fined three cement makers a total of 50 million yuan "
    "for price fixing.",
    "The SAMR announced on Monday that it had fined three cement makers 50 million yuan.",
    "So far this year the ministry has taken down 1,425 apps, the ministry said in a statement.",
])
def test_en_fines_and_undated_statements_are_no_events(text: str) -> None:
    # (a fine is none of the devset's event types; a statement with no day is no occasion)
    assert events(text, "en", WIRE_PUB) == []


@pytest.mark.parametrize("text, when", [
    ("The MIIT has issued a notice requiring carmakers to register software updates, according to a document posted "
     "on its website on Monday.", "2026-03-02"),
    ("The MIIT has issued guidelines on data labelling, according to a circular posted on the ministry's website on "
     "Wednesday.", "2026-03-04"),
    ("The Ministry of Commerce has revised its catalogue of technologies restricted from export, according to an "
     "announcement posted on Thursday.", "2026-03-05"),
])
def test_en_an_act_dated_by_the_notice_that_made_it_public(text: str, when: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date) == ("document_issued", when)


@pytest.mark.parametrize("text, when", [
    ("The MIIT on Tuesday posted a notice on its website requiring carmakers to register software updates.",
     "2026-03-03"),
    ("The Ministry of Industry and Information Technology posted new rules on drone production on Monday.",
     "2026-03-02"),
])
def test_en_a_notice_posted_is_issued(text: str, when: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date, e.agency) == ("document_issued", when, "MIIT")


def test_en_a_company_posting_results_is_no_issuing() -> None:
    assert [e.type for e in events("BYD posted revenue growth of 20 percent in 2025.", "en", WIRE_PUB)] == []


@pytest.mark.parametrize("text, when", [
    ("The finance ministry and the MIIT on Tuesday jointly announced a list of 20 cities selected for a pilot "
     "program.", "2026-03-03"),
    ("The MIIT on Monday announced a list of 15 enterprises chosen for its innovation program.", "2026-03-02"),
])
def test_en_a_list_announced_for_a_programme_is_an_approval(text: str, when: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date) == ("approval", when)


@pytest.mark.parametrize("text, title, agency", [
    ("The \"Work Plan for Stabilising Growth in the Nonferrous Metals Industry (2026-2027)\" was issued on Tuesday by "
     "the Ministry of Industry and Information Technology (MIIT) together with the National Development and Reform "
     "Commission and three other departments.",
     "Work Plan for Stabilising Growth in the Nonferrous Metals Industry (2026-2027)", "MIIT; NDRC; other departments"),
    ("The “Guidelines on Promoting Humanoid Robots” were jointly released on Tuesday by the MIIT along with the "
     "Ministry of Science and Technology.", "Guidelines on Promoting Humanoid Robots",
     "MIIT; Ministry of Science and Technology"),
])
def test_en_a_quoted_name_as_the_passive_subject_and_agents_joined_with(text: str, title: str, agency: str) -> None:
    e = only_event(text, "en", WIRE_PUB)
    assert (e.type, e.date, e.title, e.agency) == ("document_issued", "2026-03-03", title, agency)


def test_en_a_quoted_name_before_its_participle() -> None:
    e = only_event("The \"Action Plan for the Green Development of Data Centres\", released on Tuesday by the MIIT "
                   "together with the National Energy Administration and two other departments, sets a target for "
                   "power use.", "en", WIRE_PUB)
    assert (e.date, e.title, e.agency) == ("2026-03-03", "Action Plan for the Green Development of Data Centres",
                                           "MIIT; National Energy Administration; other departments")
