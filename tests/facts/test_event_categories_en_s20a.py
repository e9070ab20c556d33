"""English events told in subordinate structures (session 20, category pass A): a dated participle
after a framework the main clause's future acts under ("will build zones under a plan released on
June 3 by the NDRC"), and, as guards of behaviour already in place, a second act coordinated under
the first act's subject ("issued the rules in May and approved 20 firms in July")."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2025, 11, 14)  # a Friday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=PUB, lang="en").events]


@pytest.mark.parametrize("text, second", [
    ("The MIIT issued the rules in May and approved 20 firms in July.", ("approval", "2025-07")),
    ("The MIIT issued the rules in May, and named 20 firms as pilots in July.", ("approval", "2025-07")),
    ("The NDRC released guidelines in March and later named 12 cities as pilots in August.", ("approval", "2025-08")),
    ("The commerce ministry published the rules on Monday, and approved 15 companies on Wednesday.",
     ("approval", "2025-11-12")),
])
def test_second_act_coordinated_under_one_subject(text, second):
    events = _events(text)
    assert len(events) == 2, events
    assert (events[1][0], events[1][1]) == second, events
    assert events[0][2] == events[1][2], events  # one subject, one agency


@pytest.mark.parametrize("text", [
    "The MIIT issued the rules in May and will approve 20 firms next year.",       # future second act
    "The MIIT issued rules that the association approved and published in June.",   # another subject's clause
    "The MIIT issued the rules in May and the association named 20 firms in July.",  # a new subject after "and"
    "CATL announced the plant in May and approved 20 suppliers in July.",            # a company's acts
    "The MIIT is expected to issue rules in May and approve 20 firms in July.",      # future first act
])
def test_coordination_near_misses_add_no_act(text):
    events = _events(text)
    assert not [e for e in events if e[0] == "approval"], events


@pytest.mark.parametrize("text, date", [
    ("Local governments will build 50 pilot zones under a plan released on June 3 by the NDRC.", "2025-06-03"),
    ("Provinces will set up funds in line with a guideline issued by the NDRC on Tuesday.", "2025-11-11"),
    ("Carmakers will have to upgrade batteries as part of a plan unveiled by the NDRC in September.", "2025-09"),
])
def test_dated_participle_after_framework_of_future_main_verb(text, date):
    events = _events(text)
    assert [(t, d) for t, d, _ in events] == [("document_issued", date)], events
    assert events[0][2] == "NDRC", events


@pytest.mark.parametrize("text", [
    "Provinces will build zones under a plan the MIIT is expected to release next month.",
    "Provinces will build zones under a plan to be released by the NDRC next month.",
    "Provinces will build zones under a plan that will be issued by the NDRC in December.",
    "The NDRC will issue a plan in December, according to people familiar with the matter.",
])
def test_future_framework_near_misses_stay_silent(text):
    assert _events(text) == []


# Second pass (s20 catA2): an ordinal before a count, a pronoun taking up the first act's object,
# "finalised", the time of each of two joined acts, and "policy document" as a document word.

@pytest.mark.parametrize("text, expected", [
    ("The MIIT approved the first 20 firms in July.", [("approval", "2025-07", "MIIT")]),
    ("The MIIT named a second 25 cities as pilots on Tuesday.", [("approval", "2025-11-11", "MIIT")]),
    ("The NDRC selected the latest 12 projects in October.", [("approval", "2025-10", "NDRC")]),
])
def test_ordinal_before_count_is_counted(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "The MIIT approved the first firms in July.",              # no count: no list given
    "The MIIT approved the latest new firms in July.",         # no count either
])
def test_ordinal_without_count_stays_silent(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The SAMR approved 14 national standards in April and published them in June.",
     [("standard_release", "2025-04", "SAMR"), ("standard_release", "2025-06", "SAMR")]),
    ("The MIIT issued the rules in May and approved the first 20 firms in July.",
     [("document_issued", "2025-05", "MIIT"), ("approval", "2025-07", "MIIT")]),
    ("The NDRC drew up guidelines in March and then released them on Tuesday.",
     [("document_issued", "2025-03", "NDRC"), ("document_issued", "2025-11-11", "NDRC")]),
])
def test_joined_second_act_and_pronoun_object(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a draft taken up by a pronoun and revised is still a draft
    "The MIIT released draft rules in June and revised them in August.",
    # a company's acts
    "BYD approved 14 supplier standards in April and published them in June.",
    # a clause of its own between the two verbs
    "The SAMR approved 14 standards, which were drafted by BYD, and published them in June.",
])
def test_joined_act_near_misses(text):
    events = _events(text)
    # (the first act may stand, "released draft rules in June" a consultation; never the second)
    assert not [e for e in events if e[1] in ("2025-06", "2025-08") and e[0] != "other"], events


@pytest.mark.parametrize("text, expected", [
    ("The MIIT finalised the rules on battery recycling on Wednesday.", [("document_issued", "2025-11-12", "MIIT")]),
    ("The Cyberspace Administration of China finalized the measures in October.",
     [("document_issued", "2025-10", "Cyberspace Administration of China")]),
])
def test_finalised_document_is_issued(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "BYD finalised the plan on Wednesday.",                     # a company's plan
    "The MIIT will finalise the rules next month.",             # not done
    "The two sides finalised the deal on Wednesday.",           # no document, no body
])
def test_finalised_near_misses(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Shares rose after a policy document the State Council issued on Wednesday pledged support for robots.",
     [("document_issued", "2025-11-12", "State Council")]),
    ("Carmakers welcomed the policy documents the MIIT released in August.", [("document_issued", "2025-08", "MIIT")]),
])
def test_policy_document_in_contact_clause(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Shares rose after a policy document the association issued on Wednesday pledged support for robots.",
    "Analysts read the policy document the State Council is expected to issue next month.",
    "A document the State Council issued on Wednesday pledged support for robots.",  # a bare "document": not read
])
def test_policy_document_near_misses(text):
    assert _events(text) == []
