"""A body named by its role after a lower-case "the" must be startable: "the tobacco regulator" was in the
agency table (session 20) but not among the roles the scanner's start check allows after "the", so only
"China's tobacco regulator" and a sentence-initial "The tobacco regulator" were found."""
from datetime import date

import pytest

from scrapers.facts import extract
from scrapers.facts.agencies import find_agencies


@pytest.mark.parametrize("text", [
    "Exporters said the tobacco regulator had tightened its checks.",
    "Rules published by the tobacco regulator on Wednesday set new limits.",
    "Makers must now apply to the state tobacco watchdog for a licence.",
])
def test_lower_case_tobacco_regulator_is_a_body(text):
    assert "State Tobacco Monopoly Administration" in [name for _, _, name in find_agencies(text)]


def test_lower_case_tobacco_regulator_acts():
    text = ("Shenzhen's vape makers face tighter rules. On Wednesday the tobacco regulator published revised rules "
            "for the export of electronic cigarettes.")
    events = extract(text, published=date(2033, 12, 16), lang="en").events
    assert [(e.agency, e.date) for e in events] == [("State Tobacco Monopoly Administration", "2033-12-14")]


def test_tobacco_company_is_no_regulator():
    assert find_agencies("the tobacco company raised prices") == []
