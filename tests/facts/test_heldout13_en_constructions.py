"""English event and metric constructions the thirteenth held-out set exposed, one test per
construction, on sentences written for these tests (each group also holds the held-out wording,
reworded into a sentence of its own, and near-misses that must not match).

Events: the National Railway Administration ("NRA") and the NEA's acronym as bodies; a local body
named by its level or owner and field ("the city government", "the autonomous region's energy
bureau", "the province's transport department"); subsidies and incentives "rolled out",
"unveiled" or "introduced" as a document; a capitalised "Draft …" opening a consultation ("Draft
technical specifications … had been released for comment by …"); permits granted "for" a count
of products, the count in words ("granted type-approval certificates for two models"); a time
"for this year" inside a passive's subject is what the document is for, not when it was issued.
Metrics: speeds and engine power are no counts ("400 km/h", "200 horsepower or more",
"100-horsepower"); a range of an amount with its unit after the upper bound ("100,000 to 200,000
tonnes", "10 to 12 billion yuan"); a whole named again for its part ("Of the 52 projects, 19 are
…"); a per-member threshold of vendors or counties ("vendors with sales of more than 1 billion
yuan each"); what a plan "called for" is its goal; a projection carried into a clause that only
goes on with it (", growing at …", ", with … accounting for …"); "to rebound by 4% to 6%" is a
growth; a rate "now at about 55%, to rise to …" is the rate, not a growth; "96.3% of samples
passed" is a pass rate; the earlier level of a change ("down from 29.1% in the first half of
2026") dates no later sentence; "expects China's full-year exports to grow" is this year's.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2027, 9, 17)  # a Friday


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


def _figures(text: str, published: date = PUB) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in metrics(text, "en", published)]


def _one(text: str, value: float, published: date = PUB):
    found = [m for m in metrics(text, "en", published) if m.value == value]
    assert len(found) == 1, [(m.value, m.unit, m.measure) for m in metrics(text, "en", published)]
    return found[0]


# --- events: bodies the table did not know --------------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("The National Railway Administration on Tuesday approved 12 pilot projects for freight trains.",
     "approval", "2027-09-14", "National Railway Administration"),
    ("The NRA last month published rules on the safety of high-speed rail lines.",
     "document_issued", "2027-08", "National Railway Administration"),
    ("The NEA on Wednesday approved 30 demonstration projects for new-type energy storage.",
     "approval", "2027-09-15", "National Energy Administration"),
])
def test_en_rail_regulator_and_energy_acronym_are_bodies(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text, type_, when, agency", [
    ("In Inner Mongolia, the autonomous region's energy bureau last week approved three wind power projects in Ordos.",
     "approval", "2027-09", "local government department"),
    ("The province's transport department on Monday issued rules on robotaxi testing.",
     "document_issued", "2027-09-13", "local government department"),
    ("Guangdong's commerce department on Thursday released measures to support exporters.",
     "document_issued", "2027-09-16", "local government department"),
    ("In the toy hub of Chenghai, the city government on Monday rolled out measures for design studios.",
     "document_issued", "2027-09-13", "local government"),
    ("The regional government last week issued a plan to build data centres.",
     "document_issued", "2027-09", "local government"),
])
def test_en_local_bodies_named_by_level_or_owner_and_field(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a company's department, a foreign government, no local body)
    "The company's finance department on Monday issued a notice to suppliers.",
    "Pop Mart's design department last week released a list of 20 new figures.",
    "City governments across the world issued plans to cut emissions.",
])
def test_en_no_local_body_where_none_acts(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.agency in ("local government", "local government department")] == []


# --- events: subsidies rolled out as a policy ------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The city government on Monday rolled out subsidies for companies that register original designs.",
     "2027-09-13", "local government"),
    ("The Ministry of Commerce on Tuesday unveiled new incentives for exporters of trendy toys.",
     "2027-09-14", "Ministry of Commerce"),
    ("The provincial government last week introduced a 300 million yuan subsidy for farmers buying drones.",
     "2027-09", "local government"),
])
def test_en_subsidies_rolled_out_are_a_document(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (money paid out under a policy, not a policy put out)
    "The Ministry of Finance on Tuesday released 2 billion yuan in subsidies.",
    "The Ministry of Finance on Tuesday issued subsidies to carmakers.",
    # (a company's offer; a future act)
    "BYD on Monday rolled out subsidies for buyers of its hatchbacks.",
    "The city government will roll out subsidies next month.",
])
def test_en_no_document_for_subsidies_paid_or_offered(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- events: a capitalised draft opening the sentence ----------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Draft technical specifications for 400-km/h trains had been released for comment by the NRA in August.",
     "2027-08", "National Railway Administration"),
    ("Draft technical specifications for drones had been released for comment by the MIIT in August.", "2027-08",
     "MIIT"),
    ("Draft rules on drone deliveries had been put out for public comment by the MIIT in May.", "2027-05", "MIIT"),
    ("Draft measures for the recycling of batteries were published for feedback by the MIIT on Monday.",
     "2027-09-13", "MIIT"),
])
def test_en_a_capitalised_draft_for_comment_is_a_consultation(text: str, when: str, agency: str) -> None:
    found = [(e.date, e.agency) for e in events(text, "en", PUB) if e.subtype == "public_consultation"]
    assert found == [(when, agency)]


@pytest.mark.parametrize("text", [
    "Draft rules will be released for comment by the MIIT in January.",
    "Draft Capital, a fund manager, said it would seek comments from clients.",
])
def test_en_no_consultation_for_a_future_draft_or_a_name(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.subtype == "public_consultation"] == []


# --- events: permits for a count of products --------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The trains were cleared for service after the National Railway Administration on Tuesday granted "
     "type-approval certificates for two models.", "2027-09-14", "National Railway Administration"),
    ("The CAAC on Monday issued airworthiness certificates for three drone models.", "2027-09-13", "CAAC"),
    ("The MIIT last week granted production licences to five carmakers.", "2027-09", "MIIT"),
])
def test_en_permits_for_counted_products_are_approvals(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a year, a duration, a company's word)
    "The MIIT on Tuesday granted licences for 2028 operations.",
    "The MIIT on Tuesday granted licences for two years.",
    "BYD said it received certificates for two models.",
])
def test_en_no_approval_for_permits_for_a_year_or_a_term(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- events: "for this year" in a passive's subject ------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("A notice allocating a second batch of 9.8 billion yuan in machinery subsidies for this year was issued by the "
     "Ministry of Finance on Thursday, bringing the 2027 total to 24.6 billion yuan.", "2027-09-16"),
    ("The quota for 2028 was released by the MIIT on Monday.", "2027-09-13"),
])
def test_en_what_a_document_is_for_is_not_when_it_was_issued(text: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, "document_issued")] == [when]


# --- metrics: speeds and power are no counts --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The trains reached a test speed of 453 kilometers per hour and are designed to run at 400 km/h, about 50 km/h "
    "faster than the current ones.",
    "The line lets trains run at 350 kph between the two cities.",
    "Sales of 100-horsepower tractors were brisk.",
])
def test_en_speeds_and_power_are_no_counts(text: str) -> None:
    assert _figures(text) == []


def test_en_power_threshold_of_counted_tractors_is_no_count() -> None:
    text = "Output of tractors rated at 200 horsepower or more rose 31.4% to 11,600 units in the first eight months."
    assert _figures(text) == [(31.4, "percent"), (11600.0, "count")]


# --- metrics: a range of an amount ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value, high, unit", [
    ("That plan called for renewable hydrogen output of 100,000 to 200,000 tonnes a year by 2025.", 100000.0,
     200000.0, "tonne"),
    ("The plan targets revenue of 10 to 12 billion yuan by 2030.", 1e10, 1.2e10, "CNY"),
    ("The plan targets output of 5 to 8 million tonnes by 2030.", 5e6, 8e6, "tonne"),
    ("Each buyer gets 500 to 800 yuan.", 500.0, 800.0, "CNY"),
])
def test_en_a_range_of_an_amount_is_one_range(text: str, value: float, high: float, unit: str) -> None:
    found = metrics(text, "en", PUB)
    assert [(m.value, m.unit, m.qualifier) for m in found] == [(value, unit, "range")]


def test_en_from_to_amounts_stay_two_figures() -> None:
    found = metrics("Output rose from 100,000 to 200,000 tonnes last year.", "en", PUB)
    assert [(m.value, m.qualifier) for m in found] == [(100000.0, "eq"), (200000.0, "eq")]


# --- metrics: a whole named again, a member's threshold ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Of the 52 projects, 19 are located in Inner Mongolia, Xinjiang, Gansu and Ningxia.",
    "Of these 300 enterprises, 45 were SMEs.",
])
def test_en_a_whole_named_again_for_its_part_is_no_new_figure(text: str) -> None:
    whole = 52.0 if "52" in text else 300.0
    assert whole not in [v for v, _ in _figures(text)]


def test_en_a_count_after_of_the_in_a_subject_is_kept() -> None:
    assert (52.0, "count") in _figures("Sales of the 52 models rose sharply.")


@pytest.mark.parametrize("text, kept", [
    ("The plan aims at fostering at least 10 vendors with sales of more than 1 billion yuan each by 2028.", [10.0]),
    ("The province aims to have 12 clusters with revenue above 100 billion yuan by 2030.", [12.0]),
])
def test_en_a_members_threshold_is_no_figure(text: str, kept: list[float]) -> None:
    assert [v for v, _ in _figures(text)] == kept


# --- metrics: status ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("That plan called for output of 100,000 to 200,000 tonnes a year by 2025.", 100000.0),
    ("Guidelines issued in 2024 called for exports of 50 billion yuan in 2025.", 5e10),
])
def test_en_what_a_plan_called_for_is_its_goal(text: str, value: float) -> None:
    assert _one(text, value).status == "target"


def test_en_what_an_analyst_called_for_is_no_goal() -> None:
    assert _one("Sales rose 12 percent last year, as analysts had called for.", 12.0).status == "actual"


@pytest.mark.parametrize("text, value", [
    ("The association expects the market to exceed 110 billion yuan by 2029, growing at a compound annual rate of "
     "about 15% between 2026 and 2029.", 15.0),
    ("The alliance forecasts that hydrogen demand will reach 42 million tonnes by 2030, with renewable hydrogen "
     "accounting for about 15 percent of supply.", 15.0),
])
def test_en_a_projection_carried_into_a_clause_that_goes_on_with_it(text: str, value: float) -> None:
    assert _one(text, value).status == "forecast"


@pytest.mark.parametrize("text", [
    # (a goal carried on, and a plan's own clause after a projection's "but")
    "The plan aims to lift revenue to 2 trillion yuan by 2030, with exports accounting for 30 percent.",
    "Analysts expect sales to reach 5 million units by 2028, but the ministry wants exports to make up 30 percent "
    "by 2030.",
])
def test_en_a_goal_is_not_carried_into_a_projection(text: str) -> None:
    assert _one(text, 30.0).status == "target"


# --- metrics: measure ----------------------------------------------------------------------------------------
def test_en_a_rebound_by_a_range_is_a_growth() -> None:
    found = _one("Zhou, an analyst, expects the industry's revenue to rebound by 4% to 6% next year.", 4.0)
    assert (found.measure, found.qualifier, found.status) == ("yoy_growth", "range", "forecast")


@pytest.mark.parametrize("text, values", [
    ("The guidelines call for the mechanization rate in hilly areas, now at about 55%, to rise to more than 65% by "
     "2030.", (55.0, 65.0)),
    ("The plan wants the penetration rate, currently 30%, to rise to 50% by 2030.", (30.0, 50.0)),
])
def test_en_a_rate_before_the_infinitive_of_its_change_is_the_rate(text: str, values: tuple[float, float]) -> None:
    assert [_one(text, v).measure for v in values] == ["rate", "rate"]


def test_en_a_change_after_a_comma_stays_a_growth() -> None:
    assert _one("Exports rose 5%, to 3 billion yuan.", 5.0).measure == "yoy_growth"


@pytest.mark.parametrize("text, measure", [
    ("The regulator said 96.3% of toy samples passed its spot checks last year.", "rate"),
    ("About 98 percent of the products checked passed inspection in 2026.", "rate"),
    ("About 40% of the firms passed the audit.", "share"),
])
def test_en_the_part_of_samples_that_passed_is_a_pass_rate(text: str, measure: str) -> None:
    found = metrics(text, "en", PUB)
    assert [m.measure for m in found] == [measure]


# --- metrics: time ---------------------------------------------------------------------------------------------
def test_en_an_earlier_level_of_a_change_dates_no_later_sentence() -> None:
    text = ("China's toy exports rose 9.2% in the first half of 2027 from a year earlier. Shipments to the United "
            "States accounted for 24.8% of the total, down from 29.1% in the first half of 2026. Exports to ASEAN "
            "countries and the Middle East jumped 21.3% and 34.7%, respectively.")
    found = metrics(text, "en", date(2027, 7, 16))
    assert [m.period for m in found if m.value in (21.3, 34.7)] == ["2027-01/2027-06", "2027-01/2027-06"]


@pytest.mark.parametrize("text, period", [
    ('"Retailers over-ordered last year," said Lucy Wang, an analyst at a bank, who expects China\'s full-year toy '
     "exports to grow 6% to 8%.", "2027"),
    ("Analysts expect the country's full-year exports to grow 5%.", "2027"),
    # (a full year reported, no expectation: the year just ended)
    ("The firm's full-year profit rose 5%, it said.", "2026"),
])
def test_en_an_expected_full_year_is_this_year(text: str, period: str) -> None:
    found = metrics(text, "en", date(2027, 7, 16))
    assert [m.period for m in found][:1] == [period]


# --- events: a list of bodies as the subject -----------------------------------------------------------
@pytest.mark.parametrize("text, agency", [
    ("The approval comes months after the MIIT, the National Development and Reform Commission and the NRA jointly "
     "released a development plan for rail equipment in June.", "MIIT; NDRC; National Railway Administration"),
    ("The MIIT, the NDRC and the NRA on Tuesday issued a plan on rail freight.",
     "MIIT; NDRC; National Railway Administration"),
    # (a body of another clause before the comma is no co-issuer)
    ("Output rose, the MIIT said, and the NRA on Tuesday issued a plan on rail freight.",
     "National Railway Administration"),
])
def test_en_a_list_of_bodies_as_subject_issues_together(text: str, agency: str) -> None:
    assert [a for _, a in _of_type(text, "document_issued")] == [agency]
