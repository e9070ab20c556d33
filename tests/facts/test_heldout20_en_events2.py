"""English events of heldout20 studied, second pass (session 20): a draft told circulated in a past
passive with no body in its sentence (the story's body's consultation), firms' plans or applications
approved, counted by what they are for, and "the provincial industry department" of the one
province-level place that opens one of the two sentences before it in its paragraph. Each with
wordings of our own and near-misses that must stay silent (or keep no place)."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2033, 11, 4)  # a Friday


def _events(text: str, published: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=published, lang="en").events]


# --- 1. a draft circulated, told in a past passive ---------------------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("The MIIT issued rules on glass. A draft of the revised conditions had been circulated in May.", "2033-05", "MIIT"),
    ("The NDRC on Monday issued the measures. A draft of the measures was circulated in March.", "2033-03", "NDRC"),
    ("The MIIT issued rules on glass. A draft was distributed in June.", "2033-06", "MIIT"),
])
def test_draft_circulated_in_a_passive_is_a_consultation(text, date, agency):
    assert ("other", date, agency) in _events(text)


@pytest.mark.parametrize("text", [
    "The MIIT issued rules on glass. A draft of the rules was circulated online in May.",
    "The MIIT approved the deal. A draft of the merger agreement was circulated to shareholders in May.",
    "The MIIT issued rules on glass. A draft of the rules will be circulated in May.",
    "Shares of BYD rose. A draft of the merger agreement was circulated in May.",
])
def test_draft_circulated_near_misses_add_no_consultation(text):
    assert [e for e in _events(text) if e[0] == "other"] == []


# --- 2. firms' plans approved, counted by what they are for ------------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("The MIIT said Wednesday that it had approved capacity-swap plans for four production lines.",
     "2033-11-02", "MIIT"),
    ("The NDRC last month approved relocation plans for 12 plants.", "2033-10", "NDRC"),
    ("The MIIT on Monday approved applications from 35 companies.", "2033-10-31", "MIIT"),
])
def test_plans_approved_for_counted_lines_are_approvals(text, date, agency):
    assert _events(text) == [("approval", date, agency)]


@pytest.mark.parametrize("text", [
    "The MIIT approved plans for 4 million tons of capacity.",  # capacity, not entries
    "BYD's board approved expansion plans for three factories.",  # a company's
    "The MIIT will approve capacity-swap plans for four production lines.",  # to come
    "The MIIT approved plans for new rules on glass.",  # uncounted
])
def test_plans_approved_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 3. "the provincial industry department" of the place opening a sentence before ------------

@pytest.mark.parametrize("text, date", [
    ("In Depth: Beijing Tightens Capacity Swaps\n\nHebei province, home to the glassmaking hub of Shahe, will "
     "feel the squeeze first. Shahe accounts for about a sixth of the country's float capacity. The provincial "
     "industry department said Wednesday that it had approved capacity-swap plans for four production lines.",
     "2033-11-02"),
    ("Beijing tightens rules\n\nHebei's glassmakers bleed cash. The provincial industry department on Monday "
     "approved 12 pilot zones.", "2033-10-31"),
    ("Beijing tightens rules\n\nIn Hebei, chemical parks are crowded. The provincial industry department on "
     "Monday approved relocation plans for 12 plants.", "2033-10-31"),
])
def test_provincial_department_of_the_place_opening_a_sentence_before(text, date):
    assert _events(text) == [("approval", date, "Hebei Provincial Department of Industry and Information Technology")]


@pytest.mark.parametrize("text", [
    # two places open the sentence: no one province
    "Beijing tightens rules\n\nHebei and Shanxi host most plants. The provincial industry department on "
    "Monday approved 12 pilot zones.",
    # the place named inside the sentence, a market, not its topic
    "Beijing tightens rules\n\nExports to Hebei rose 30 percent last year. The provincial industry department "
    "on Monday approved 12 pilot zones.",
])
def test_provincial_department_near_misses_take_no_place_from_before(text):
    assert all("Hebei" not in (agency or "") for _, _, agency in _events(text))
