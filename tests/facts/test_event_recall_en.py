"""English event recall: wire phrasings of government actions, on sentences written for these
tests (no labelled document was read to write them), one test per construction, each with
near-misses that must not match.

Bodies by their wires' short names ("The NEA on Monday issued …", "The CAC on Friday released …";
not the Paris index "CAC 40"); "last Friday" on a Friday (a week back, not the day itself); what
else a document is called ("provisions", "a white paper", "a directive", "a framework", "a policy
package" a province rolls out); zones approved with words between their kind and their noun ("a
pilot free trade zone"), a single pilot city, a place "was named" a zone, "gave its approval on
Thursday for"; permits granted to named recipients ("granted licences to China Mobile, …") or
received from the body named after "from" ("China Telecom received a licence from the MIIT");
vehicles and models a list admits, "gave the green light to four automakers"; the day of the
statement a sentence opens on ("According to a notice posted on the MIIT website on Monday, …")
for every construction, or of the list the act made, or of the occasion a ", where it released …"
clause hangs on ("…, according to a list released on
Tuesday"); a public consultation "opened" or "launched"; a document's effective date told
between it and its passive verb ("The rules, which take effect on Dec. 1, were published by …",
"which came into force in October": a bound, never the act's date); a running total in the
perfect ("Since 2018, the MIIT has issued more than 300 industry standards") as no act.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from scrapers.facts.dates import find_dates

PUB = date(2025, 11, 14)  # a Friday


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in events(text, "en", PUB)]


def _of_type(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.agency) for e in events(text, "en", PUB) if e.type == type_]


# --- bodies by their short names -----------------------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("The NEA on Thursday issued a notice on the orderly development of distributed solar power.",
     "document_issued", "2025-11-13", "National Energy Administration"),
    ("Installed wind capacity rose 20 percent, the NEA said at a press conference on Tuesday.",
     "press_conference", "2025-11-11", "National Energy Administration"),
    ("The CAC on Friday released rules on the labelling of AI-generated content.",
     "document_issued", "2025-11-14", "Cyberspace Administration of China"),
    ("The CAC said in a statement on its website on Friday that it had launched a two-month campaign to clean up "
     "online misinformation about electric vehicles.", "plan_announced", "2025-11-14", "Cyberspace Administration of China"),
    ("A working group on AI safety was established by the CAC last month.",
     "other", "2025-10", "Cyberspace Administration of China"),
])
def test_en_bodies_by_short_name(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    "The CAC 40 index fell 2 percent on Friday after Paris released new rules on pensions.",
    "Shares in Paris slid, with the CAC 40 losing 1.1 percent after the government published its budget plan on Monday.",
])
def test_en_no_body_in_a_stock_index(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if "Cyberspace" in (e.agency or "")] == []


# --- "last Friday" -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("last Friday", "2025-11-07"),       # (on a Friday: a week back, not the day itself)
    ("Last Friday", "2025-11-07"),
    ("last Thursday", "2025-11-13"),     # (the day before, as "on Thursday" is)
    ("last Monday", "2025-11-10"),
    ("on Friday", "2025-11-14"),         # (unchanged: the day itself)
    ("Friday", "2025-11-14"),
])
def test_en_last_weekday_is_never_the_anchor_day(text: str, value: str) -> None:
    assert [(d.value, d.kind) for d in find_dates(text, PUB, "en")] == [(value, "day")]


@pytest.mark.parametrize("text, type_, when", [
    ("The MIIT last Friday named 120 enterprises as national-level smart manufacturing pilot factories.",
     "approval", "2025-11-07"),
    ("The Ministry of Finance last Friday published rules on subsidies for trade-ins of home appliances.",
     "document_issued", "2025-11-07"),
    ("The national work conference on industry and information technology was held in Beijing last Friday.",
     "other", "2025-11-07"),
])
def test_en_last_weekday_dates_the_act(text: str, type_: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, type_)] == [when]


# --- what else a document is called --------------------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The CAC on Friday released provisions on the management of generative AI services.",
     "2025-11-14", "Cyberspace Administration of China"),
    ("The MIIT this month issued interim provisions on the administration of mobile apps.", "2025-11", "MIIT"),
    ("The State Council Information Office on Tuesday published a white paper on China's green development.",
     "2025-11-11", "State Council Information Office"),
    ("The NDRC issued a directive last week ordering local governments to halt new coal-to-chemicals projects.",
     "2025-11", "NDRC"),
    ("The National Data Administration issued a framework for public data resource development on Monday.",
     "2025-11-10", "National Data Administration"),
    ("A framework for the classification of important data was released by the CAC on Wednesday.",
     "2025-11-12", "Cyberspace Administration of China"),
    ("Chongqing unveiled a policy package last week to attract semiconductor investment.",
     "2025-11", "Chongqing Municipal Government"),
    ("Anhui province on Tuesday rolled out new policies to lure robot makers.", "2025-11-11", "Anhui Provincial Government"),
])
def test_en_other_names_of_a_document(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "document_issued") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (a company's paper and a company's framework: no body acts)
    "The China Academy of Information and Communications Technology published a white paper on computing power on Monday.",
    "Talks on the framework agreement between BYD and Stellantis resumed on Tuesday.",
    "Huawei on Monday released a framework for AI agents at its developer conference.",
    # (a future act, a tally)
    "The NDRC is expected to issue a directive on coal prices next month.",
    "The MIIT has published 12 white papers so far, covering AI and 5G.",
])
def test_en_other_names_of_a_document_near_misses(text: str) -> None:
    assert _of_type(text, "document_issued") == []


# --- zones, cities and places approved or named ---------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The State Council on Friday approved the establishment of a new pilot free trade zone in Xinjiang.",
     "2025-11-14", "State Council"),
    ("The State Council last week approved the establishment of the Shenzhen comprehensive pilot free trade zone.",
     "2025-11", "State Council"),
    ("Shenzhen was approved as a national pilot city for vehicle-road-cloud integration by the MIIT in July.",
     "2025-07", "MIIT"),
    ("Hefei was named a national AI innovation pilot zone on Tuesday by the MIIT.", "2025-11-11", "MIIT"),
    ("Chengdu was named a national pilot city for the low-altitude economy last Friday by the NDRC.", "2025-11-07", "NDRC"),
    ("The State Council gave its approval on Thursday for Hainan to set up a free trade port pilot zone.",
     "2025-11-13", "State Council"),
])
def test_en_zones_approved_or_named(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (an active "named 12 pilot cities" with no date is left to the lexicon, which reads it dated only)
    "The NDRC unveiled rules on coal prices on Monday. The commission named 12 pilot cities.",
    # (a future, an aim)
    "The city aims to be named a national pilot zone by 2027, the MIIT said.",
    "Shenzhen is expected to be approved as a national pilot city next year.",
    # (no zone: the words between hold a preposition)
    "The MIIT approved pilot projects in three economic zones on Monday.",
])
def test_en_zones_approved_or_named_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- permits to named recipients, or received from a named body -----------------------------------
@pytest.mark.parametrize("text, when", [
    ("The MIIT granted licences to China Mobile, China Telecom and China Unicom on Monday to trial 6G frequencies.",
     "2025-11-10"),
    ("The MIIT on Monday issued licences to China Satcom and China Telecom for satellite internet services.",
     "2025-11-10"),
    ("China Telecom received a licence from the MIIT on Tuesday to operate satellite mobile services.", "2025-11-11"),
    ("Huawei received a network access licence from the MIIT on Wednesday for its satellite phone.", "2025-11-12"),
])
def test_en_permits_to_named_recipients(text: str, when: str) -> None:
    assert _of_type(text, "approval") == [(when, "MIIT")]


@pytest.mark.parametrize("text", [
    # (recipients that are no name: a described subject, a pronoun, a company telling of its permits)
    "Seven years after it received licences from the MIIT, the company remains unprofitable.",
    "Four carmakers that received L3 approvals from the MIIT last year saw sales rise 12%.",
    "BYD received approvals from the MIIT for two models, the company said on Monday.",
    "The firm, which received a licence from the MIIT in 2019, has since expanded overseas.",
    "It received a licence from the MIIT on Monday to sell its satellite phones.",
    # (permits to no one named, a foreign body's)
    "The MIIT on Monday issued licences to the winning bidders.",
    "BYD received approvals from the EU for two models on Monday, the MIIT said.",
])
def test_en_permits_to_named_recipients_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- vehicles and models a list admits; "gave the green light to" ----------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("The MIIT approved the first batch of L3 autonomous driving vehicles for road access on Monday.", "2025-11-10", "MIIT"),
    ("The MIIT approved nine vehicle models for L3 conditional autonomous driving trials on Wednesday.", "2025-11-12", "MIIT"),
    ("The MIIT on Wednesday gave the green light to four automakers to begin trials of L3 self-driving cars.",
     "2025-11-12", "MIIT"),
    ("The NDRC gave the green light to three new computing hub projects on Tuesday.", "2025-11-11", "NDRC"),
])
def test_en_vehicles_models_and_green_lights(text: str, when: str, agency: str) -> None:
    assert _of_type(text, "approval") == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (not counted nor batched: no list)
    "The MIIT approved vehicles from several carmakers for road tests on Monday.",
    # (a company's green light)
    "Apple gave the green light to a new supplier in Vietnam on Monday.",
    # (a future)
    "The MIIT is expected to give the green light to four automakers next month.",
])
def test_en_vehicles_models_and_green_lights_near_misses(text: str) -> None:
    assert _of_type(text, "approval") == []


# --- the day of the statement a sentence opens on -------------------------------------------------
@pytest.mark.parametrize("text, type_, when, agency", [
    ("According to a notice posted on the MIIT website on Monday, the ministry has approved 12 new industrial "
     "internet pilot zones.", "approval", "2025-11-10", "MIIT"),
    ("According to an announcement posted on the NDRC website on Thursday, the commission has approved 7 new "
     "railway lines.", "approval", "2025-11-13", "NDRC"),
    ("In a statement posted on its website on Thursday, the NDRC said it had approved 7 new railway lines.",
     "approval", "2025-11-13", "NDRC"),
    ("In a notice posted on its website on Thursday, the MIIT named 12 pilot cities for 5G-A networks.",
     "approval", "2025-11-13", "MIIT"),
])
def test_en_statement_opening_dates_the_act(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    # (the statement's day is not the day of a document it recalls in a clause of its own)
    "In a notice on Thursday, the MIIT said the rules, which it revised in 2019, remain in force.",
    # (no statement opens the sentence: the act stays undated, and the lexicon drops it)
    "The MIIT named 12 pilot cities, which it had visited on Thursday.",
])
def test_en_statement_opening_near_misses(text: str) -> None:
    assert [e for e in events(text, "en", PUB) if e.type == "approval" and e.date] == []


# --- a running total is no act --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Since 2018, the MIIT has issued more than 300 industry standards.",
    "The MIIT has so far issued 120 guidelines on the sector.",
    "To date, the ministry has approved 45 pilot zones, the MIIT said.",
    "Since 2020, the National Energy Administration has approved more than 400 energy storage pilot projects.",
])
def test_en_running_total_is_no_act(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, type_", [
    # (the running total's words in another clause, or none: still an act)
    ("The MIIT has issued a guideline on robots, which have been used in factories since 2018.", "document_issued"),
    ("The MIIT has issued a guideline on robots.", "document_issued"),
    ("Since 2018, the MIIT on Monday issued a guideline on robots.", "document_issued"),
])
def test_en_running_total_near_misses(text: str, type_: str) -> None:
    assert [t for t, _, _ in _found(text)] == [type_]


# --- a consultation opened; the list an act made; an effective date between subject and verb -------
CAC = "Cyberspace Administration of China"


@pytest.mark.parametrize("text, type_, when, agency", [
    ("The MIIT on Tuesday opened a public consultation on rules for drone flights.", "other", "2025-11-11", "MIIT"),
    ("The NDRC launched a month-long public consultation on Monday on its pricing reform.", "other", "2025-11-10", "NDRC"),
    ("The MIIT has recognised 500 enterprises as national little giants, according to a list released on Tuesday.",
     "approval", "2025-11-11", "MIIT"),
    ("The rules, which take effect on Dec. 1, were published by the Cyberspace Administration of China on Monday.",
     "document_issued", "2025-11-10", CAC),
    ("The measures, which took effect on Nov. 1, were issued by the NDRC in September.", "document_issued", "2025-09", "NDRC"),
    ("The rules, which came into force in October, were published by the Cyberspace Administration of China in June.",
     "document_issued", "2025-06", CAC),
])
def test_en_consultations_lists_and_effective_dates(text: str, type_: str, when: str, agency: str) -> None:
    assert _of_type(text, type_) == [(when, agency)]


@pytest.mark.parametrize("text", [
    "The public consultation opened on Tuesday will run for a month.",
    "The MIIT plans to launch a public consultation on the rules next month.",
    "The rules came into force in October, the MIIT said.",
    "The rules, which came into force in October, were drafted by the Cyberspace Administration of China.",
])
def test_en_consultations_lists_and_effective_dates_near_misses(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["came into force in October", "comes into force on Dec. 1", "will come into effect on Jan. 1"])
def test_en_coming_into_force_is_a_bound(text: str) -> None:
    assert find_dates(text, PUB, "en") == []


# --- an act at the occasion the clause before told: ", where it released …" -----------------------
@pytest.mark.parametrize("text, type_, when", [
    ("The MIIT held a meeting in Beijing on Thursday, where it released a guideline on AI.", "document_issued", "2025-11-13"),
    ("The NDRC on Thursday held a press conference, where it unveiled a plan to boost consumption.",
     "document_issued", "2025-11-13"),
    ("On Monday the MIIT held a forum in Wuhan, where it published a list of 30 pilot zones.", "approval", "2025-11-10"),
])
def test_en_act_where_the_occasion_was(text: str, type_: str, when: str) -> None:
    assert [d for d, _ in _of_type(text, type_)] == [when]


@pytest.mark.parametrize("text, type_", [
    # (a place with no time: the act stays undated; a future act is none)
    ("The plan was drafted in Shenzhen, where the MIIT released a guideline on AI.", "document_issued"),
    ("The MIIT held a meeting in Beijing on Thursday, where it will release a guideline on AI next month.",
     "document_issued"),
])
def test_en_act_where_the_occasion_was_near_misses(text: str, type_: str) -> None:
    assert [d for d, _ in _of_type(text, type_) if d] == []
