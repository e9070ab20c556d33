"""English events (session 20, helper F): a bare ordinal batch ("We issued the second batch last
week", "A second batch was announced in early October") read as the batch the story told before; the
speaker of a quoted "we" named before an appositive ("Li Hui, a deputy director of the NDRC's price
department, told …"); export licences approved in the passive; one zone approved; export controls
imposed and rules tightened by a body. Each with near-misses that must stay silent or keep their reading."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2031, 4, 16)  # a Wednesday


def _events(text: str, published: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=published, lang="en").events]


# --- 1. a bare ordinal batch, the kind of the batch told before -----------------------------------

QUOTAS = "The NDRC allocated a first batch of export quotas in February. "
CITIES = "The MIIT published a first batch of 30 pilot cities in February. "
STANDARDS = "The MIIT released its first batch of 30 national standards in February. "
GREEN = "The MIIT named 120 companies as green factories in its first batch in February. "


@pytest.mark.parametrize("text, type_, date, agency", [
    (QUOTAS + '"We issued the second batch last week," said Li Ming, an official at the NDRC.',
     "document_issued", "2031-04", "NDRC"),
    (QUOTAS + '"We issued the second batch last week, so supply will not be affected," Li Hui, a deputy '
     "director of the NDRC's price department, told a news conference.", "document_issued", "2031-04", "NDRC"),
    (QUOTAS + "The NDRC released the third batch on Monday.", "document_issued", "2031-04-14", "NDRC"),
    (CITIES + "The MIIT announced the second batch on Monday.", "approval", "2031-04-14", "MIIT"),
    (STANDARDS + "A third batch was published on Monday.", "standard_release", "2031-04-14", "MIIT"),
    (GREEN + "A second batch was announced in early March.", "approval", "2031-03", "MIIT"),
    (QUOTAS + "Another new batch has been issued this month.", "document_issued", "2031-04", "NDRC"),
])
def test_a_bare_batch_is_the_kind_of_batch_told_before(text, type_, date, agency):
    assert (type_, date, agency) in _events(text)
    # (the first batch and this one, no third act; the news conference is another event)
    assert len([e for e in _events(text) if e[0] != "press_conference"]) == 2


@pytest.mark.parametrize("text", [
    # no earlier batch of a body's act: a company's batch of products, shipments
    'BYD shipped a first batch of cars to Norway in February. "We shipped the second batch last week," said '
    "Wang Chuanfu, the chairman of BYD.",
    "Tesla delivered its first batch of cars in February. A second batch was released on Monday.",
    "The MIIT said demand was strong. A second batch was announced on Monday.",
    # a future act
    QUOTAS + '"We will issue the second batch next month," said Li Ming, an official at the NDRC.',
    QUOTAS + "A second batch will be issued in the third quarter.",
    # an analyst's "we"
    QUOTAS + '"We expected the second batch last week," said Zhang Wei, an analyst at Huatai Futures.',
])
def test_a_bare_batch_without_a_body_act_before_or_to_come_is_no_event(text):
    first = [e for e in _events(text) if e[1] == "2031-02"]
    assert _events(text) == first


def test_a_batch_of_data_keeps_its_own_reading():
    # (its noun told: data released, not the quotas' kind)
    assert ("other", "2031-04-14", "National Bureau of Statistics") in _events(
        QUOTAS + "The NBS released the second batch of data on Monday.")


# --- 2. a quoted "we", its speaker's name before an appositive --------------------------------

@pytest.mark.parametrize("text, agency", [
    ('"We issued the new rules last week," Li Ming, an official at the MIIT, said.', "MIIT"),
    ('"We put out guidelines on robots last week," Zhao Gang, director of the NDRC\'s price department, told '
     "reporters.", "NDRC"),
])
def test_a_named_speaker_before_his_office_gives_we_its_body(text, agency):
    assert ("document_issued", "2031-04", agency) in _events(text)


@pytest.mark.parametrize("text", [
    '"We issued the new rules last week," Li Ming, a banker who met MIIT officials, said.',
    '"We released the new plans last week," Wang Chuanfu, the chairman of BYD, said.',
])
def test_a_named_speaker_of_no_body_leaves_we_unread(text):
    assert [e for e in _events(text) if e[0] == "document_issued"] == []


# --- 3. export licences approved in the passive ----------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Export licences for gallium were approved by the Ministry of Commerce in late March, traders said.", "2031-03"),
    ("Drone export licences were approved by the Ministry of Commerce on Monday.", "2031-04-14"),
])
def test_licences_approved_by_a_body_are_an_approval(text, date):
    assert _events(text) == [("approval", date, "Ministry of Commerce")]


@pytest.mark.parametrize("text", [
    "Export licences for gallium will be approved by the Ministry of Commerce in late May.",
    "The licences were approved by the board of Tesla in March.",
])
def test_licences_approved_to_come_or_by_no_body_are_no_event(text):
    assert _events(text) == []


# --- 4. one zone approved ----------------------------------------------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("Since the MIIT approved the zone in March, 40 companies have moved in.", "2031-03", "MIIT"),
    ("The State Council approved a new high-tech zone in Hefei on Tuesday.", "2031-04-15", "State Council"),
])
def test_one_zone_approved_is_an_approval(text, date, agency):
    assert _events(text) == [("approval", date, agency)]


@pytest.mark.parametrize("text", [
    "The MIIT approved the zone's budget in March.",
    "The MIIT approved projects in the zone in March.",
    "BYD's board approved the zone in March.",
    "The NDRC approved the time zone change in March.",
])
def test_no_zone_as_the_whole_object_is_no_zone_approval(text):
    assert [e for e in _events(text) if e[0] == "approval"] == []


# --- 5. export controls imposed, rules tightened ------------------------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("Months after the commerce ministry imposed export controls on rare earths in March, shipments are "
     "recovering.", "2031-03", "Ministry of Commerce"),
    ("The Ministry of Commerce on Tuesday imposed new export controls on drone parts.", "2031-04-15",
     "Ministry of Commerce"),
    ("Exports of graphite have slumped, with curbs in place since the commerce ministry tightened the rules "
     "in December 2029.", "2029-12", "Ministry of Commerce"),
    ("The Ministry of Commerce tightened its export restrictions on gallium in January.", "2031-01",
     "Ministry of Commerce"),
])
def test_controls_imposed_or_rules_tightened_by_a_body_are_a_document(text, date, agency):
    assert _events(text) == [("document_issued", date, agency)]


@pytest.mark.parametrize("text", [
    "Since Washington tightened chip export rules in October 2029, Chinese firms have stockpiled equipment.",
    "The US Commerce Department imposed export controls on Huawei in May 2029.",
    "BYD tightened its rules on supplier payments in March.",
    "The commerce ministry will impose export controls on drones next month.",
])
def test_controls_of_no_chinese_body_or_to_come_are_no_event(text):
    assert _events(text) == []
