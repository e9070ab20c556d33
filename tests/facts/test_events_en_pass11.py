"""English event constructions of pass 11, on sentences written for the test in the styles of
English news on China (Reuters, Xinhua, China Daily, CGTN, SCMP): other verbs of issuing ("put
forward", "introduced", "laid out", "mapped out", "set out", "outlined", "drew up", "put out"),
a list "announced", reporters "briefed", the act told as a noun with its agent ("the release of the
plan by the MIIT on Tuesday"), bodies named by their role ("the top economic planner", "the
cabinet", "China's central bank", "China's cyberspace regulator") and a work conference whose day
stands inside its name. Each is tried across bodies, verbs and times, with negatives: future or
planned acts, companies and associations, a document explained rather than issued, an act still
to come ("ahead of the release of …")."""
from __future__ import annotations

import itertools

import pytest

from scrapers.facts.agencies import find_agencies

from event_helpers import EN_TIMES, events, only, summary

# (as written, the normalised body)
BODIES = (
    ("The Ministry of Industry and Information Technology", "MIIT"),
    ("The National Development and Reform Commission", "NDRC"),
    ("The State Council", "State Council"),
    ("The Ministry of Commerce", "Ministry of Commerce"),
)
NEW_VERBS = ("put forward", "introduced", "laid out", "mapped out", "set out", "outlined", "drew up", "put out")
OBJECTS = (
    ("a guideline on expanding private investment", "document_issued"),
    ("an action plan to promote service consumption", "document_issued"),
    ("a set of measures to stabilise foreign trade", "document_issued"),
    ("new rules for the battery industry", "document_issued"),
)
TIME_ORDERS = ("{body} {time} {verb} {object}.", "{body} {verb} {object} {time}.")


# --- 1. other verbs of issuing, active ---------------------------------------------------------

@pytest.mark.parametrize("body,verb,obj,order", [
    (b, v, o, order) for (b, v), o, order in zip(
        itertools.product(BODIES, NEW_VERBS), itertools.cycle(OBJECTS), itertools.cycle(TIME_ORDERS))
])
def test_other_issue_verbs(body, verb, obj, order):
    (written, name), (phrase, type_) = body, obj
    for time, day in EN_TIMES[:1] + EN_TIMES[1:2]:
        e = only(order.format(body=written, time=time, verb=verb, object=phrase))
        assert (e.type, e.date, e.agency) == (type_, day, name)


@pytest.mark.parametrize("verb", ["put forward", "mapped out", "drawn up"])
def test_other_issue_verbs_passive(verb):
    e = only(f"The plan was {verb} by the Ministry of Industry and Information Technology on Tuesday.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", "MIIT")


# (a sentence that states no issuing, and the one like it that does: the verb is read, the
# negative is not just a verb unknown)
@pytest.mark.parametrize("negative,positive", [
    ("The Ministry of Industry and Information Technology will put forward a plan next month to boost robotics.",
     "The Ministry of Industry and Information Technology put forward a plan on Tuesday to boost robotics."),
    ("The NDRC plans to introduce new measures to support private investment.",
     "The NDRC on Tuesday introduced new measures to support private investment."),
    ("The cabinet is expected to lay out a plan to stabilise employment.",
     "The cabinet laid out a plan on Tuesday to stabilise employment."),
    ("The top economic planner is set to roll out measures to spur consumption.",
     "The top economic planner rolled out measures on Tuesday to spur consumption."),
    ("Huawei on Tuesday introduced a new set of measures for its suppliers.",
     "The Ministry of Commerce on Tuesday introduced a new set of measures for exporters."),
    ("BYD laid out a plan on Tuesday to expand its overseas factories.",
     "The State Council laid out a plan on Tuesday to expand overseas investment."),
    ("The company mapped out an action plan on Tuesday to cut costs.",
     "The Ministry of Commerce mapped out an action plan on Tuesday to cut costs for exporters."),
    ("The China Association of Automobile Manufacturers put forward measures on Tuesday for the industry.",
     "The Ministry of Industry and Information Technology put forward measures on Tuesday for the industry."),
    # explained, not issued: a document already known, its details
    ("The Ministry of Commerce introduced the details of the new export rules on Tuesday.",
     "The Ministry of Commerce introduced new export rules on Tuesday."),
    ("The NDRC outlined the plan on Tuesday.", "The NDRC outlined a plan on Tuesday."),
])
def test_other_issue_verbs_negatives(negative, positive):
    assert not [e for e in events(negative) if e.type == "document_issued"]
    assert [e.type for e in events(positive)] == ["document_issued"]


def test_plan_explained_at_press_conference_is_no_document():
    found = events("Officials from the Ministry of Commerce introduced the plan at a press conference on Tuesday.")
    assert summary(found) == [("press_conference", "2024-11-05", "Ministry of Commerce")]
    found = events("Officials from the Ministry of Commerce introduced a plan on Tuesday.")
    assert summary(found) == [("document_issued", "2024-11-05", "Ministry of Commerce")]


# --- 2. a list announced; reporters briefed ------------------------------------------------------

@pytest.mark.parametrize("body,name", BODIES[:2] + (("The Ministry of Ecology and Environment",
                                                      "Ministry of Ecology and Environment"),))
@pytest.mark.parametrize("obj", ["a list of 40 pilot zones for the industrial internet",
                                 "30 demonstration factories", "12 innovation centres"])
def test_announced_list(body, name, obj):
    e = only(f"{body} on Tuesday announced {obj}.")
    assert (e.type, e.date, e.agency) == ("approval", "2024-11-05", name)


def test_announced_companies_uncounted_is_no_list():
    assert not [e for e in events("The Ministry of Industry and Information Technology on Tuesday announced "
                                  "companies that failed inspections.") if e.type == "approval"]
    assert [e.type for e in events("The Ministry of Industry and Information Technology on Tuesday announced "
                                   "28 companies that passed inspections.")] == ["approval"]


@pytest.mark.parametrize("who,name", [("Officials from the Ministry of Commerce", "Ministry of Commerce"),
                                      ("An official of the NDRC", "NDRC"),
                                      ("The State Council Information Office", "State Council Information Office")])
@pytest.mark.parametrize("audience", ["reporters", "journalists", "the media"])
def test_briefed_reporters(who, name, audience):
    e = only(f"{who} briefed {audience} on Tuesday on the new export control rules.")
    assert (e.type, e.date, e.agency) == ("press_conference", "2024-11-05", name)


def test_company_briefing_reporters_is_no_event():
    assert events("Xiaomi briefed reporters on Thursday on its new car.") == []
    assert summary(events("The Ministry of Commerce briefed reporters on Thursday on the new export rules.")) == [
        ("press_conference", "2024-11-07", "Ministry of Commerce")]


# --- 3. the act told as a noun, its agent after "by" ---------------------------------------------

@pytest.mark.parametrize("noun", ["release", "issuance", "publication", "unveiling", "rollout"])
@pytest.mark.parametrize("body,name", [("the Ministry of Industry and Information Technology", "MIIT"),
                                       ("the NDRC", "NDRC"), ("the Ministry of Commerce", "Ministry of Commerce")])
def test_nominalised_issue(noun, body, name):
    e = only(f"The {noun} of the action plan by {body} on Tuesday was welcomed by exporters.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", name)


def test_nominalised_issue_with_day_before_of():
    e = only("Analysts welcomed the issuance on Tuesday of new rules by the State Council on data exports.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", "State Council")


@pytest.mark.parametrize("text", [
    "Shares rose ahead of the release of the plan by the MIIT.",
    "The release of the plan is expected next month.",
    "Investors are awaiting the release of new rules by the State Council.",
])
def test_nominalised_issue_negatives(text):
    assert events(text) == []
    # (the same noun, its act told as done and dated)
    assert summary(events("The release of the plan by the MIIT on Tuesday lifted shares.")) == [
        ("document_issued", "2024-11-05", "MIIT")]


# --- 4. bodies named by their role ---------------------------------------------------------------

@pytest.mark.parametrize("role,name", [
    ("The top economic planner", "NDRC"),
    ("The cabinet", "State Council"),
    ("China's central bank", "People's Bank of China"),
    ("The country's central bank", "People's Bank of China"),
    ("China's cyberspace regulator", "Cyberspace Administration of China"),
])
@pytest.mark.parametrize("verb", ["released", "unveiled", "issued"])
def test_bodies_by_role(role, name, verb):
    e = only(f"{role} {verb} a plan on Tuesday to support the private economy.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", name)


@pytest.mark.parametrize("text", ["The central bank of Japan released a plan.", "The cabinets were renovated."])
def test_roles_not_read_elsewhere(text):
    assert find_agencies(text) == []
    assert [name for _, _, name in find_agencies("China's central bank and the cabinet")] == [
        "People's Bank of China", "State Council"]


# --- 5. the work conference with its day inside its name ------------------------------------------

@pytest.mark.parametrize("day,iso", [("Tuesday", "2024-11-05"), ("Monday", "2024-11-04"), ("Thursday", "2024-11-07")])
@pytest.mark.parametrize("who", ["The MIIT", "The Ministry of Industry and Information Technology"])
def test_work_conference_day_inside_name(day, iso, who):
    e = only(f"{who} held a national work conference on {day} on industry and information technology.")
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "work_conference", iso, "MIIT")


def test_beijing_top_economic_planner():
    e = only("Beijing's top economic planner on Wednesday laid out 24 measures to boost private investment.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-06", "NDRC")


# --- 6. the act in the body's own reported speech: "said on Tuesday (that) it had …" -----------------

@pytest.mark.parametrize("body,name", [("The Ministry of Industry and Information Technology", "MIIT"),
                                       ("China's top economic planner", "NDRC"),
                                       ("The Ministry of Commerce", "Ministry of Commerce")])
@pytest.mark.parametrize("speech", ["said on Tuesday it had", "said in a statement on Tuesday that it has",
                                    "announced on Tuesday that it had"])
@pytest.mark.parametrize("verb", ["put forward", "drawn up", "mapped out"])
def test_said_it_had(body, name, speech, verb):
    verb = "drew up" if verb == "drawn up" and not speech.endswith(("had", "has")) else verb
    e = only(f"{body} {speech} {verb} 15 measures to support small firms.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", name)


@pytest.mark.parametrize("text", [
    "The MIIT said on Tuesday it will put forward 15 measures to support small firms.",
    "The MIIT said on Tuesday it plans to introduce a guideline on robots.",
    "The MIIT said on Tuesday that Huawei had introduced a new plan.",
])
def test_said_it_negatives(text):
    assert events(text) == []
    assert [e.type for e in events("The MIIT said on Tuesday it had introduced a guideline on robots.")] == [
        "document_issued"]


# --- 7. more bodies by role; "road map" as a document ---------------------------------

@pytest.mark.parametrize("role,name", [
    ("China's commerce ministry", "Ministry of Commerce"),
    ("The commerce ministry", "Ministry of Commerce"),
    ("China's finance ministry", "Ministry of Finance"),
    ("The country's finance ministry", "Ministry of Finance"),
    ("China's top planner", "NDRC"),
    ("China's data regulator", "National Data Administration"),
])
@pytest.mark.parametrize("verb,obj", [("mapped out", "a road map for the hydrogen industry"),
                                      ("introduced", "new subsidy rules for consumer goods"),
                                      ("put forward", "a plan to upgrade equipment")])
def test_more_bodies_by_role_and_objects(role, name, verb, obj):
    e = only(f"{role} on Tuesday {verb} {obj}.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", name)


def test_commerce_ministry_named_with_another_body():
    found = events("Last month the commerce ministry and the National Development and Reform Commission jointly "
                   "issued guidelines on promoting exports.")
    assert [e.agency for e in found] == ["Ministry of Commerce; NDRC"]
