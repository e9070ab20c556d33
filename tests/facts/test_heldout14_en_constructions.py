"""English event and metric constructions the fourteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: a certificate granted to a named product ("granted a type certificate to the … engine");
permits granted with the recipients as first object ("granted China Mobile, China Telecom and …
licences", "gave four carmakers permits"); the cabinet approving amendments to its regulations (the
amended regulations adopted, titled; not a draft amendment to a law); the Ministry of Justice and
the State Post Bureau as bodies; a draft of a document named again with what it is for ("A draft of
the allocation rules", "A draft of the conditions"); draft standards put out for comment are a
consultation, no standard released; a list of counted entries published alongside a document is an
approval of its own on the same day.
Metrics: an engine's thrust in pounds is no count; a listed unit's share move named by its owner
("Shares of AECC's listed unit AECC Aviation Power rose 6.2%"); whoever a rule reaches, described by
a relative clause ("any user who holds more than five phone cards"); a public service number ("the
12381 early-warning platform"). Measures: "N% more than a year earlier" is a year-on-year change; a
"since" in an appositive after the change ("…, the second annual drop since the law took effect")
makes it no change since. Status: the base of a projected change in a year now over ("to fall to …
this year from 181 billion yuan in 2027") is actual; what is "expected" according to a named
guideline is its goal. Time: "within the year" is the year of writing; a stock that "stands at", a
share a country "imports" now, are of now; one horizon closing two goals a document "says" it sets
dates both, past the base year of a cut ("by 20 percent from 2025 levels").
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2028, 3, 17)  # a Friday


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


def _one(text: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, "en", published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit, m.measure) for m in metrics(text, "en", published)]
    return found[0]


def _values(text: str, published: date = PUB) -> list[float]:
    return [m.value for m in metrics(text, "en", published)]


# --- events: permits and certificates granted ------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The CAAC on Wednesday granted a type certificate to the AJ-900 turbofan built by a state-owned engine maker.",
     "2028-03-15", "CAAC"),
    ("The Civil Aviation Administration of China on Monday issued an airworthiness certificate to the AG600 "
     "amphibious aircraft.", "2028-03-13", "CAAC"),
    ("The MIIT last week granted a production licence to Xiaomi's car unit.", "2028-03", "MIIT"),
])
def test_en_a_certificate_granted_to_a_named_product_is_an_approval(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text, when, agency", [
    ("The industry ministry on Thursday granted China Mobile, China Unicom and China Broadnet licences to use "
     "spectrum in the 6GHz band.", "2028-03-16", "MIIT"),
    ("The MIIT on Tuesday granted BYD and Changan permits to test driverless cars on public roads.", "2028-03-14",
     "MIIT"),
    ("The MIIT last week gave four carmakers permits to run robotaxi trials.", "2028-03", "MIIT"),
])
def test_en_recipients_before_the_permits_are_an_approval(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a company grants it, a foreign body does, or a share of applicants, no recipients named)
    "COMAC on Monday granted a licence to Airbus to use its design.",
    "The EU aviation agency on Monday granted a type certificate to the C919.",
    "The MIIT on Monday gave 30 percent of applicants licences.",
    # (a future grant)
    "The MIIT will grant China Mobile and China Unicom licences next month.",
])
def test_en_no_approval_for_permits_no_body_grants_now(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- events: the cabinet amends its regulations ---------------------------------------------------------
@pytest.mark.parametrize("text, title", [
    ("China's cabinet on Wednesday approved amendments to the Regulations on the Protection of Minors Online, "
     "tightening rules on game time.", "Regulations on the Protection of Minors Online"),
    ("The State Council on Wednesday adopted an amendment to the Regulations on the Administration of Radio Frequencies.",
     "Regulations on the Administration of Radio Frequencies"),
    ("The cabinet on Wednesday passed revisions to the rules on drone flights.", None),
])
def test_en_cabinet_approving_amendments_to_regulations_issues_them(text: str, title: str | None) -> None:
    found = [(e.date, e.agency, e.title) for e in events(text, "en", PUB) if e.type == "document_issued"]
    assert found == [("2028-03-15", "State Council", title)]


@pytest.mark.parametrize("text", [
    # (a draft amendment to a law goes on to the legislature; a ministry does not adopt regulations)
    "The State Council on Wednesday approved draft amendments to the Law on Promoting Small and Medium-sized "
    "Enterprises.",
    "The State Council on Wednesday approved amendments to the Law on Promoting Small and Medium-sized Enterprises.",
    "The MIIT on Wednesday approved amendments to the Regulations on Radio Management.",
    "The cabinet will approve amendments to the Regulations on Radio Management next month.",
])
def test_en_no_document_for_law_drafts_or_other_bodies(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- events: bodies the table did not know ---------------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("Draft rules on data brokers had been published for public comment by the Ministry of Justice in January.",
     "other", "2028-01", "Ministry of Justice"),
    ("Deliveries rose 14 percent in February, according to figures released by the State Post Bureau on Tuesday.",
     "other", "2028-03-14", "State Post Bureau"),
    ("国家邮政局3月14日发布2月份邮政行业运行情况。", "other", "2028-03-14", "State Post Bureau"),
    ("司法部3月14日公布《快递市场管理条例（征求意见稿）》，向社会公开征求意见。", "other", "2028-03-14",
     "Ministry of Justice"),
])
def test_justice_ministry_and_post_bureau_are_bodies(text: str, type_: str, when: str, agency: str) -> None:
    lang = "zh" if text[0] > "\u4e00" else "en"
    found = [(e.type, e.date, e.agency) for e in events(text, lang, PUB)]
    assert (type_, when, agency) in found


def test_judicial_departments_are_no_justice_ministry() -> None:
    assert [e for e in events("司法部门3月14日公布了一批典型案例。", "zh", PUB) if e.agency == "Ministry of Justice"] == []


# --- events: the draft of a document just told --------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The MIIT on Tuesday issued rules on the allocation of 6GHz spectrum. A draft of the allocation rules was put out "
     "for comment in January.", "2028-01"),
    ("The MIIT on Tuesday issued revised standard conditions for the lithium battery industry. A draft of the "
     "conditions was published for public comment in October.", "2027-10"),
    ("The MIIT on Tuesday issued guidelines on humanoid robots. A draft of the new safety guidelines had been "
     "released for public comment in December.", "2027-12"),
])
def test_en_a_draft_of_the_document_named_again_is_its_bodies_consultation(text: str, when: str) -> None:
    found = [(e.date, e.agency) for e in events(text, "en", PUB) if e.subtype == "public_consultation"]
    assert found == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    "The MIIT on Tuesday issued rules on spectrum. A draft of the allocation rules will be put out for comment in May.",
    "The MIIT on Tuesday issued rules on spectrum. A draft of the company's rules was shared with staff in January.",
])
def test_en_no_consultation_for_a_future_draft_or_a_company_draft(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"] == []


# --- events: draft standards ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The CAAC had put out draft airworthiness standards for electric aircraft for public comment in November.",
    "The SAMR on Monday released draft national standards for e-bike batteries for public comment.",
    "The SAMR on Monday put out draft national standards for e-bike batteries.",
])
def test_en_draft_standards_put_out_are_a_consultation_not_a_release(text: str) -> None:
    found = events(text, "en", PUB)
    assert [e.subtype for e in found] == ["public_consultation"], [(e.type, e.subtype) for e in found]


@pytest.mark.parametrize("text", [
    "The SAMR on Monday released new national standards for e-bike batteries.",
    "The SAMR on Monday put out 12 national standards for e-bike batteries.",
])
def test_en_standards_put_out_final_stay_a_release(text: str) -> None:
    assert [e.type for e in events(text, "en", PUB)] == ["standard_release"]


# --- events: a list published alongside a document ----------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The MIIT on Tuesday issued revised standard conditions for the photovoltaic industry, alongside a list of 52 "
     "companies that meet them.", "2028-03-14"),
    ("The MIIT on Monday published rules on battery recycling together with a list of 12 qualified companies.",
     "2028-03-13"),
    ("The NDRC last week released its revised catalogue and a list of the first 20 pilot cities.", "2028-03"),
])
def test_en_a_list_published_with_a_document_is_an_approval_too(text: str, when: str) -> None:
    found = [(e.type, e.date) for e in events(text, "en", PUB)]
    assert ("document_issued", when) in found and ("approval", when) in found


@pytest.mark.parametrize("text", [
    # (a list of requirements names no entries; a future list; a company's list)
    "The MIIT on Monday published rules on battery recycling along with a list of requirements for plants.",
    "The MIIT will publish the conditions alongside a list of 36 companies next month.",
    "BYD on Monday released its annual report alongside a list of 36 suppliers.",
])
def test_en_no_approval_for_a_list_of_no_entries_or_no_body(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- metrics: parameters, market moves, thresholds, service numbers ------------------------------------------
@pytest.mark.parametrize("text", [
    "The engine, which produces about 35,000 pounds of thrust, will power the jet.",
    "Britain pledged 2 billion pounds for the programme.",
    "The motor delivers 120 kilonewtons at take-off.",
])
def test_en_pounds_and_newtons_are_no_counts(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize("text", [
    "Shares of AECC's listed unit AECC Aviation Power rose 6.2% in Shanghai on Thursday, outpacing a 0.4% gain in "
    "the benchmark index.",
    "Shares of BYD's electronics arm BYD Electronic fell 3.1% in Hong Kong.",
])
def test_en_a_listed_units_share_move_named_by_its_owner_is_no_figure(text: str) -> None:
    assert _values(text) == []


def test_en_a_market_share_of_an_owners_unit_is_kept() -> None:
    assert _values("Market shares of BYD's domestic unit Fudi rose 5%.") == [5.0]


@pytest.mark.parametrize("text", [
    "The rules require carriers to re-verify any user who holds more than five phone cards.",
    "The ministry will audit every company that employs more than 300 people.",
    "Each firm that exports over 10,000 units must register.",
])
def test_en_whoever_a_rule_reaches_is_no_figure(text: str) -> None:
    assert _values(text) == []


def test_en_a_count_of_users_holding_cards_is_kept() -> None:
    assert 5000000.0 in _values("More than 5 million users hold more than five phone cards.")


@pytest.mark.parametrize("text, kept", [
    ("The ministry's 12381 early-warning platform sent 1.46 billion alerts last year.", [1.46e9]),
    ("Consumers filed 3 million complaints through the 12315 hotline last year.", [3e6]),
    # (a count without its comma names a plural)
    ("The province has 12500 service stations.", [12500.0]),
])
def test_en_a_public_service_number_is_no_count(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


# --- metrics: measures ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The platform received 236,000 reports in the first three months of 2028, 9% more than a year earlier.", 9.0),
    ("Sales reached 2.1 million units in the first quarter, 12% less than a year earlier.", -12.0),
    ("Exports were 8% higher than a year before.", 8.0),
])
def test_en_more_than_a_year_earlier_is_a_yoy_change(text: str, value: float) -> None:
    assert _one(text, value).measure == "yoy_growth"


@pytest.mark.parametrize("text, value, measure", [
    ("Fraud cases fell 18.6% in 2027, the second annual drop since the anti-fraud law took effect in 2022.", -18.6,
     "yoy_growth"),
    ("Output has risen 40% since 2020.", 40.0, "growth"),
    ("Output rose 40% since the law took effect, officials said.", 40.0, "growth"),
])
def test_en_a_since_in_an_appositive_makes_no_change_since(text: str, value: float, measure: str) -> None:
    assert _one(text, value).measure == measure


# --- metrics: status ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Analysts at CICC expect capital spending to fall to 168 billion yuan this year from 181 billion yuan in 2027.",
     1.81e11),
    ("The association expects sales to rise to 5 million units this year from about 4.2 million units in 2027.", 4.2e6),
])
def test_en_the_base_of_a_projected_change_in_a_past_year_is_actual(text: str, value: float) -> None:
    assert _one(text, value).status == "actual"


def test_en_the_base_of_a_change_a_source_estimates_stays_its_estimate() -> None:
    text = ("The group estimates China accounted for about 35% of spending in 2027 and forecast purchases of $38 "
            "billion this year, down from $45 billion last year.")
    assert _one(text, 4.5e10).status == "estimate"


def test_en_the_projected_level_stays_a_forecast() -> None:
    text = "Analysts at CICC expect capital spending to fall to 168 billion yuan this year from 181 billion yuan in 2027."
    assert _one(text, 1.68e11).status == "forecast"


@pytest.mark.parametrize("text, status", [
    ("According to the Guideline on Promoting the Development of the Paper Industry, the industry's revenue is "
     "expected to exceed 2 trillion yuan by 2030.", "target"),
    ("According to the plan, revenue is expected to exceed 2 trillion yuan by 2030.", "target"),
    # (a forecast named so, and figures reported under a plan)
    ("According to the forecast, revenue is expected to exceed 2 trillion yuan by 2030.", "forecast"),
])
def test_en_what_is_expected_according_to_a_guideline_is_its_goal(text: str, status: str) -> None:
    assert _one(text, 2e12).status == status


# --- metrics: time -------------------------------------------------------------------------------------------------
def test_en_within_the_year_is_the_year_of_writing() -> None:
    found = _one("Under the campaign, the two agencies aim to resolve at least 90% of complaints within the year.", 90.0)
    assert (found.period, found.as_of) == ("2028", None)


@pytest.mark.parametrize("text, value", [
    ("The planemaker delivered 46 jets last year, up from 17 in 2026, and its order book stands at more than 1,300 "
     "aircraft.", 1300.0),
    ("Exports rose 5% in July. China still imports about 60 percent of the wood pulp it uses.", 60.0),
])
def test_en_a_figure_stated_in_the_present_is_of_now(text: str, value: float) -> None:
    found = _one(text, value, date(2028, 8, 17))
    assert (found.period, found.as_of) == (None, "2028-08")


def test_en_imports_as_a_noun_keep_their_period() -> None:
    found = _one("Imports rose 5% in July, and imports made up 30 percent of the total.", 30.0, date(2028, 8, 17))
    assert found.period == "2028-07"


@pytest.mark.parametrize("text", [
    "The country will also cut water use per tonne of paper by 20 percent from 2025 levels and build 20 clusters by "
    "2030, the guideline says.",
    "The plan aims to cut water use by 20 percent from 2025 levels and build 20 clusters by 2030.",
])
def test_en_one_horizon_closing_two_goals_dates_both(text: str) -> None:
    found = _one(text, -20.0)
    assert (found.period, found.status) == ("2030", "target")


def test_en_a_horizon_in_another_clause_does_not_date_a_reported_change() -> None:
    found = _one("Output fell 20 percent from 2025 levels, and the country will build 20 clusters by 2030, the plan "
                 "says.", -20.0)
    assert found.status == "actual" and found.period != "2030"
