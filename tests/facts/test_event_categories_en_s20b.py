"""English events by category (session 20, helper B): the actor named another way (bare
"Authorities", "The government", "the agency", the country adding foreign firms to its control
list), officials' own words ("'We issued … last week,' said Li, an official at the MIIT"), and a
part of a month ("in the first week of April"). Each with near-misses that must stay silent."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2031, 4, 16)  # a Wednesday


def _events(text: str, published: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=published, lang="en").events]


# --- 1. the actor named by its role -----------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Authorities in April issued a notice tightening checks on exports of lithium battery technology.", "2031-04"),
    ("The government on Tuesday released an action plan for the development of humanoid robots.", "2031-04-15"),
    ("Output of industrial robots rose 20 percent. The government last month unveiled guidelines on "
     "smart manufacturing.", "2031-03"),
    ("Exports fell after the government in April imposed licence requirements on exports of rare-earth "
     "elements.", "2031-04"),
    ("BEIJING, April 14 (Xinhua) -- Authorities on Monday published rules on the recycling of "
     "power batteries.", "2031-04-14"),
    ("April 14 (Reuters) - Regulators on Monday published rules on the recycling of power batteries.",
     "2031-04-14"),
])
def test_bare_authorities_or_government_is_the_country(text, date):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("document_issued", date)], events


@pytest.mark.parametrize("text", [
    "U.S. authorities in April issued a notice tightening checks on exports of lithium battery technology.",
    "Local authorities in April issued a notice tightening checks on chemical plants.",
    # a place's government named before: "The government" may be that one
    "The Shenzhen government met robot makers. The government on Monday released an action plan for robots.",
    "Guangdong authorities stepped up checks. Authorities in April issued a notice on chemical plants.",
    # a foreign body in the story
    "The U.S. Commerce Department acted last week. Authorities on Monday issued rules on chip exports.",
    "The government's plan, released on Tuesday, targets robots.",
    "The government will release an action plan for robots next month.",
    "Authorities are expected to issue the rules next month, sources said.",
])
def test_bare_roles_that_may_be_another_government_stay_silent(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, agency", [
    ("The National Energy Administration oversees the grid. The agency on Tuesday released guidelines on "
     "new-type energy storage.", "National Energy Administration"),
    ("The State Administration for Market Regulation fined three firms. The agency on Monday issued a notice "
     "on the safety of e-bike batteries.", "SAMR"),
])
def test_the_agency_is_the_one_administration_named(text, agency):
    events = _events(text)
    assert [(t, a) for t, _, a in events] == [("document_issued", agency)], events


@pytest.mark.parametrize("text", [
    "The National Energy Administration oversees the grid, Xinhua News Agency reported. The agency on "
    "Tuesday released guidelines on storage.",
    "The International Energy Agency met the National Energy Administration. The agency on Tuesday released "
    "guidelines on storage.",
    "The National Energy Administration and the National Data Administration met. The agency on Tuesday "
    "released guidelines on storage.",
    "The National Energy Administration oversees the grid. The agency will release guidelines on storage "
    "next month.",
])
def test_the_agency_that_may_be_another_stays_silent(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, date, agency", [
    ("China on Thursday added 12 U.S. entities to its export control list, the commerce ministry said.",
     "2031-04-10", "Ministry of Commerce"),
    ("The Ministry of Commerce on Thursday added 12 American companies to its unreliable entity list.",
     "2031-04-10", "Ministry of Commerce"),
    ("HONG KONG, March 12 (Reuters) - China's commerce ministry said on Monday it had added 15 U.S. "
     "entities to its export control list.", "2031-03-10", "Ministry of Commerce"),
    ("Beijing on Friday added 11 U.S. defence firms to its unreliable entity list, the commerce ministry said.",
     "2031-04-11", "Ministry of Commerce"),
])
def test_foreign_firms_added_to_a_control_list_is_a_document(text, date, agency):
    events = _events(text, datetime.date(2031, 3, 13) if "March 12" in text else PUB)
    assert events == [("document_issued", date, agency)], events


@pytest.mark.parametrize("text", [
    "The U.S. Commerce Department on Tuesday added 12 Chinese companies to its entity list.",
    "The Ministry of Commerce will add 12 U.S. companies to its export control list, a spokesman said.",
    "The Ministry of Commerce added that 12 firms were on its export control list.",
])
def test_other_control_list_additions_stay_silent(text):
    assert _events(text) == []


# --- 2. officials' own words ------------------------------------------------------------------

@pytest.mark.parametrize("text, type_, date, agency", [
    ("\"We issued the second batch of the list last week,\" said Li Ming, an official at the Ministry of "
     "Industry and Information Technology.", "approval", "2031-04", "MIIT"),
    ("\"We released the plan in April,\" said Sun Li, a spokeswoman for the Ministry of Commerce.",
     "document_issued", "2031-04", "Ministry of Commerce"),
    ("\"Last month we put out guidelines on the use of industrial robots,\" said Zhao Gang, director of the "
     "MIIT's equipment department.", "document_issued", "2031-03", "MIIT"),
    ("“In March, we issued a notice on battery recycling,” said Wang Wei, a spokesman for the National "
     "Development and Reform Commission.", "document_issued", "2031-03", "NDRC"),
])
def test_an_officials_we_is_the_body_of_the_attribution(text, type_, date, agency):
    assert _events(text) == [(type_, date, agency)]


@pytest.mark.parametrize("text", [
    "\"We will issue the second batch later this year,\" said Li Ming, an official at the MIIT.",
    "\"We plan to release guidelines in May,\" said an official at the MIIT.",
    "\"We have not yet released the list,\" said Li Ming, an official at the MIIT.",
    "\"We launched the new model in April,\" said Wang Chuanfu, chairman of BYD.",
    "\"We released our results last week,\" the company's chief financial officer told the Post.",
    "\"We released new guidelines in March,\" Li said at an event hosted by the MIIT.",
    "\"We released new guidelines in March,\" said Li Ming, chairman of Geely, at a forum organised by the MIIT.",
    "\"The MIIT issued a notice on battery recycling last week,\" said Li Ming, an analyst at Citi.",
    "\"The rules will take effect on July 1,\" a ministry official said.",
])
def test_other_quotes_stay_silent(text):
    assert _events(text) == []


def test_a_briefings_host_is_not_the_speakers_body():
    # (the press conference is told, undated; the quote's act and month are not the host's)
    events = _events("\"In February we released a catalogue of key technologies,\" Wang said at a press "
                     "conference held by the State Council Information Office.")
    assert [(t, d) for t, d, _ in events] == [("press_conference", None)], events


def test_a_quoted_title_is_still_a_title():
    events = _events("The MIIT on Monday released \"Guidelines on Humanoid Robots,\" a document on the sector.")
    assert [(t, d) for t, d, _ in events] == [("document_issued", "2031-04-14")], events


# --- 3. a part of a month ---------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The NDRC in the first week of April issued a notice on coal power capacity payments.", "2031-04"),
    ("In the second half of March, the MIIT released guidelines on industrial robots.", "2031-03"),
    ("The MIIT issued guidelines on industrial robots in the last week of February.", "2031-02"),
])
def test_a_part_of_a_month_dates_by_the_month(text, date):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("document_issued", date)], events


@pytest.mark.parametrize("text", [
    "The MIIT issued guidelines on industrial robots in the first week.",
    "The MIIT issued guidelines on industrial robots in the first half of the year.",
])
def test_a_part_of_no_month_gives_no_month(text):
    events = _events(text)
    assert all(d is None or len(d) == 4 for _, d, _ in events), events


@pytest.mark.parametrize("text, date", [
    ("MIIT official Wang Wei told reporters that the ministry published the first batch of industry standards "
     "for humanoid robots in February.", "2031-02"),
    ("The SAC in February released a new batch of national standards on batteries.", "2031-02"),
    ("The MIIT on Monday published the first batch of 20 industry standards.", "2031-04-14"),
])
def test_a_batch_of_standards_is_a_standard_release_only(text, date):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("standard_release", date)], events


def test_a_batch_of_entries_is_still_an_approval():
    events = _events("The MIIT on Monday published the first batch of 30 smart factories.")
    assert [(t, d) for t, d, _ in events] == [("approval", "2031-04-14")], events


def test_the_government_of_a_place_is_never_the_country():
    # ("The government of X" is X's, not the country's: no national body is credited; an event, if
    # any, is X's government's)
    events = _events("The government of Shenzhen on Tuesday released an action plan for robots.")
    assert all(a == "Shenzhen Municipal Government" for _, _, a in events), events
