"""English events: technical requirements put out by the standards bodies read as a standard
("New energy-efficiency requirements for LED lamps were published by SAMR"), and licence
requirements imposed as a document ("Chinese authorities in April required exporters to obtain
licences for …"), the country acting in a subordinate clause ("… after Chinese authorities …")."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2031, 4, 16)  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=PUB, lang="en").events]


@pytest.mark.parametrize("text, date", [
    ("New energy-efficiency requirements for LED lamps were published by the State Administration for Market "
     "Regulation on Tuesday and will take effect on Jan 1, 2032.", "2031-04-15"),
    ("New energy-efficiency requirements for LED lamps were released by SAMR on Tuesday.", "2031-04-15"),
    ("The State Administration for Market Regulation on Tuesday published new energy-efficiency requirements "
     "for LED lamps, which will take effect next year.", "2031-04-15"),
    ("The SAC on Monday released mandatory safety requirements for electric bicycle batteries.", "2031-04-14"),
    ("SAMR said on Monday it had issued technical requirements for charging piles.", "2031-04-14"),
])
def test_technical_requirements_by_standards_body_are_a_standard(text, date):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("standard_release", date)], events


@pytest.mark.parametrize("text", [
    "SAMR on Tuesday published new requirements for live-streaming sales.",          # rules, no technical kind
    "New requirements for live-streaming sales were published by SAMR on Tuesday.",
    "The MIIT on Tuesday published new energy-efficiency requirements for data centres.",  # not a standards body
    "New energy-efficiency requirements for LED lamps were published by the MIIT on Tuesday.",
])
def test_other_requirements_stay_a_document(text):
    events = _events(text)
    assert [t for t, _, _ in events] == ["document_issued"], events


@pytest.mark.parametrize("text, agency", [
    ("The rebound follows a slump after the commerce ministry in April required exporters to obtain licences "
     "for several rare-earth elements.", "Ministry of Commerce"),
    ("The rebound follows a slump after Chinese authorities required exporters in April to obtain licences "
     "for several rare-earth elements.", None),
    ("Chinese authorities in April required exporters to obtain licences for several rare-earth elements.", None),
    ("The commerce ministry in April ordered exporters of gallium to apply for export licences.",
     "Ministry of Commerce"),
    ("Shipments fell after Beijing in April imposed licence requirements on exports of rare-earth elements.", None),
])
def test_licence_requirement_imposed_is_a_document(text, agency):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("document_issued", "2031-04")], events
    if agency:
        assert agency in (events[0][2] or ""), events


@pytest.mark.parametrize("text", [
    "Exporters are required to obtain licences for several rare-earth elements.",    # the rule standing, no body
    "China requires exporters to obtain licences for several rare-earth elements.",  # present: no act
    "The commerce ministry will require exporters to obtain licences from June.",   # to come
    "The company in April required suppliers to obtain licences for rare-earth magnets.",  # a company's
    "BYD in April required its dealers to obtain permits for test drives.",
    "The US Commerce Department in April required exporters to obtain licences for chips sold to China.",  # foreign
    "Chinese authorities have long required exporters to obtain licences for rare earths.",  # no time, standing
    "Exporters said they rushed to obtain licences before the deadline.",          # no body acts
])
def test_licence_near_misses(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Prices jumped after Chinese authorities in April issued new rules on rare-earth exports.",
    "Output fell since China's regulators in March issued guidelines on coal mining.",
    "Shares rose when the Chinese government on Monday issued a plan for the robot industry.",
])
def test_country_subject_after_a_conjunction(text):
    events = _events(text)
    assert [t for t, _, _ in events] == ["document_issued"], events


@pytest.mark.parametrize("text", [
    "Prices jumped after Chinese buyers in April approved the deal.",   # not the government
    "Exports such as China's rare earths were approved for shipment.",   # "as" compares, no clause
])
def test_country_subject_near_misses(text):
    assert [t for t, _, _ in _events(text) if t == "document_issued"] == []
