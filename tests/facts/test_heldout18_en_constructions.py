"""English event constructions the eighteenth held-out set exposed, one test per construction, on
sentences written for these tests (each group also holds the held-out wording, and near-misses that
must not match).

Events: a relative clause whose subject is a long list of bodies, full names with their acronyms
("…, which the Ministry of Industry and Information Technology (MIIT), the National Development and
Reform Commission and the NEA jointly released earlier this month"), its first body further back than
the window a subject is looked for in; a passive's agents listed with their acronyms ("jointly issued
by the Ministry of … (MIIT) and the National … (NDRC)"); a bare draft after a document first told by
its body's role and then named again with its issuers ("China's top industry regulator … unveiled a
plan … The work plan, jointly issued by the MIIT and the NDRC, … A draft had been circulated for
comment in April"): the named issuers' draft; a place's body named by its owner, a city's ("Shenzhen's
transport bureau") or a planning commission's ("Yunnan's Development and Reform Commission"); counted
kinds of products added to a catalogue, the catalogue revised ("the MIIT added 14 types of gas turbine
equipment to its catalogue"); product or market access granted to counted models, an approval.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics
from scrapers.facts.agencies import agency_mentions

PUB = date(2031, 11, 13)  # a Thursday ("on Monday": 2031-11-10, "last month": 2031-10)


def _of_type(text: str, type_: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", published) if e.type == type_]


def _all(text: str, published: date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in events(text, "en", published)]


# --- events: a relative clause whose subject is a long list of full names ---------------------------
_THREE = "MIIT; NDRC; National Energy Administration"


@pytest.mark.parametrize("text, when, agency", [
    ("The approval follows a guideline on the development of the gas turbine industry, which the Ministry of "
     "Industry and Information Technology (MIIT), the National Development and Reform Commission and the NEA "
     "jointly released earlier this month.", "2031-11", _THREE),
    ("The projects follow an action plan on hydrogen, which the Ministry of Industry and Information Technology "
     "(MIIT), the National Development and Reform Commission (NDRC) and the National Energy Administration "
     "jointly unveiled in October.", "2031-10", _THREE),
    ("It builds on a plan for the offshore wind industry that the Ministry of Industry and Information "
     "Technology, the National Development and Reform Commission and the National Energy Administration "
     "issued on Monday.", "2031-11-10", _THREE),
])
def test_en_relative_clause_with_a_long_list_of_bodies(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (not done yet)
    "The approval will follow a guideline on the gas turbine industry, which the Ministry of Industry and "
    "Information Technology (MIIT), the National Development and Reform Commission and the NEA will jointly "
    "release next month.",
    "A guideline on the gas turbine industry, which the Ministry of Industry and Information Technology (MIIT), "
    "the National Development and Reform Commission and the NEA may jointly release later this year, is "
    "under discussion.",
])
def test_en_relative_clause_with_a_long_list_not_done(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- events: a passive's agents listed with their acronyms ------------------------------------------
@pytest.mark.parametrize("text, agency", [
    ("A plan on silicone capacity was issued on Monday by the Ministry of Industry and Information Technology "
     "(MIIT) and the National Development and Reform Commission (NDRC).", "MIIT; NDRC"),
    ("A notice on battery recycling was released on Monday by the Ministry of Industry and Information "
     "Technology (MIIT), the Ministry of Ecology and Environment (MEE) and the State Administration for Market "
     "Regulation.", "MIIT; Ministry of Ecology and Environment; SAMR"),
])
def test_en_passive_agents_listed_with_acronyms(text: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [("2031-11-10", agency)]


# --- events: a bare draft of a document its issuers were named for after its first mention ----------
_FIRST = ("China's top industry regulator on Tuesday unveiled a plan to curb runaway capacity growth in the "
          "organosilicon sector. ")
_NAMED = ("The work plan, jointly issued by the Ministry of Industry and Information Technology (MIIT) and the "
          "National Development and Reform Commission (NDRC), bans new monomer projects. ")


@pytest.mark.parametrize("draft, when", [
    ("A draft had been circulated for comment in April.", "2031-04"),
    ("A draft had been released for public comment in August.", "2031-08"),
    ("A draft of the plan was published for public comment in May.", "2031-05"),
])
def test_en_draft_of_a_document_named_again_with_its_issuers(draft: str, when: str) -> None:
    found = _all(_FIRST + _NAMED + draft)
    assert ("document_issued", "2031-11-11", "MIIT; NDRC") in found
    assert ("other", when, "MIIT; NDRC") in found


def test_en_draft_of_a_document_told_by_role_only_is_nobodys() -> None:
    # (no issuer named for the plan: the draft's body is unknown, no event made up)
    assert _of_type(_FIRST + "A draft had been circulated for comment in April.", "other") == []


# --- events: a place's body named by its owner ----------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("Shenzhen's transport bureau on Monday rolled out rules allowing fully driverless robotaxis to carry "
     "paying passengers across the whole city.", "2031-11-10", "local government department"),
    ("Hangzhou's commerce bureau issued measures on Tuesday to help exporters.", "2031-11-11",
     "local government department"),
    ("Yunnan's Development and Reform Commission issued a notice on Wednesday suspending approvals for new "
     "industrial silicon projects in the province through 2034.", "2031-11-12",
     "Yunnan Provincial Development and Reform Commission"),
    ("Guangdong's development and reform commission published a plan on Monday for offshore wind.",
     "2031-11-10", "Guangdong Provincial Development and Reform Commission"),
    ("Shenzhen's Development and Reform Commission issued a notice on Monday on power prices.", "2031-11-10",
     "local development and reform commission"),
])
def test_en_place_body_named_by_its_owner(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a company's department, a foreign body: no government body of China's)
    "Pop Mart's finance department issued a notice on Monday to staff.",
    "Tesla's development and reform commission issued a notice on Monday.",
    "Japan's Development and Reform Commission issued a notice on Monday.",
    # (not done yet)
    "Shenzhen's transport bureau will roll out rules for robotaxis next month.",
])
def test_en_no_place_body_in_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued") == []


@pytest.mark.parametrize("text, first, second", [
    # (a place's body named in a clause joined after the act's: not the act's body)
    ("The Beijing municipal government last week issued measures on computing capacity, and Hangzhou's data "
     "bureau published draft voucher rules for public comment on Friday.",
     ("document_issued", "2031-11", "Beijing Municipal Government"),
     ("other", "2031-11-07", "local government department")),
    ("The MIIT on Monday issued a plan on robots, and the NDRC released a guideline on power prices on Tuesday.",
     ("document_issued", "2031-11-10", "MIIT"), ("document_issued", "2031-11-11", "NDRC")),
])
def test_en_bodies_of_a_clause_joined_after(text: str, first: tuple, second: tuple) -> None:
    assert _all(text) == [first, second]


def test_en_joint_act_keeps_its_bodies_before_a_join() -> None:
    s = "The MIIT and the NDRC on Monday jointly issued a plan on robots, while industry groups welcomed it."
    assert _all(s) == [("document_issued", "2031-11-10", "MIIT; NDRC")]


def test_en_national_commission_stays_national() -> None:
    s = "China's National Development and Reform Commission issued a notice on Monday."
    assert [name for _, _, name in agency_mentions(s)] == ["NDRC"]


# --- events: counted kinds of products added to a catalogue -----------------------------------------
@pytest.mark.parametrize("text, when", [
    ("Last month, the MIIT added 14 types of gas turbine equipment to its catalogue of major technical "
     "equipment eligible for first-set insurance compensation.", "2031-10"),
    ("The MIIT on Monday added 20 kinds of new materials to the catalogue of materials eligible for insurance "
     "subsidies.", "2031-11-10"),
    ("In September, the ministry of industry and information technology added 9 categories of medical robots "
     "to its catalog of innovative products.", "2031-09"),
])
def test_en_kinds_added_to_a_catalogue(text: str, when: str) -> None:
    assert _all(text) == [("document_issued", when, "MIIT")]


@pytest.mark.parametrize("text, found", [
    # (recognised makers added: a list of entries, an approval, as before)
    ("Last month, the MIIT added another 36 firms to the catalogue of qualified makers.",
     [("approval", None, "MIIT")]),
    # (a company's own catalogue; a plan; a speaker's word)
    ("Harbin Electric added 14 types of turbines to its catalogue last month.", []),
    ("The MIIT plans to add 14 types of gas turbine equipment to its catalogue next year.", []),
    ("He added 14 types of equipment to the catalogue, the MIIT said.", []),
])
def test_en_kinds_added_near_misses(text: str, found: list) -> None:
    assert [(t, None, a) for t, _, a in _all(text)] == found


# --- events: product or market access granted to counted models -------------------------------------
@pytest.mark.parametrize("text, when", [
    ("The MIIT said last week it had granted product access to 14 more car models with L3 conditional "
     "automated driving functions, bringing the total to 52.", "2031-11"),
    ("The MIIT on Tuesday granted product access to nine electric vehicle models.", "2031-11-11"),
    ("The MIIT last month granted market access to 12 more new energy truck models.", "2031-10"),
])
def test_en_product_access_granted(text: str, when: str) -> None:
    assert _of_type(text, "approval") == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    # (a company's word; bare access, no permit; not done yet)
    "BYD said last week it had granted product access to 14 more car models.",
    "The MIIT last week granted access to 14 more ports.",
    "The MIIT said it will grant product access to 14 more car models next month.",
])
def test_en_product_access_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- metrics: a month as the attribute of a flow noun dates the figure -------------------------------
_YTD = "China's motorcycle exports rose 14.2% in the first nine months of the year to 9.86 million units. "


@pytest.mark.parametrize("text, value, period", [
    (_YTD + "September shipments fell 3.8% from August to 1.07 million units, as typhoons disrupted loading.",
     -3.8, "2031-09"),
    (_YTD + "September shipments fell 3.8% from August to 1.07 million units, as typhoons disrupted loading.",
     1070000, "2031-09"),
    ("April exports fell 5.4 per cent from March, however, as buyers held back orders.", -5.4, "2031-04"),
    ("Exports rose 9% in the first four months. March sales rose 12% to 88,000 units.", 88000, "2031-03"),
])
def test_en_month_attribute_dates_the_figure(text: str, value: float, period: str) -> None:
    found = {m.value: (m.period or m.as_of) for m in metrics(text, "en", PUB)}
    assert found[value] == period


@pytest.mark.parametrize("text, value, period", [
    # (a modal "may" before a flow noun used as a verb; "in May" stays the phrase it is)
    ("Plants may output 12% more in the first nine months of the year.", 12, "2031-01/2031-09"),
    ("Exports in May rose 12% from April.", 12, "2031-05"),
])
def test_en_month_attribute_near_misses(text: str, value: float, period: str) -> None:
    found = {m.value: (m.period or m.as_of) for m in metrics(text, "en", PUB)}
    assert found.get(value) == period
