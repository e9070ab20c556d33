"""One sentence that two event rules both read states one action, not two: "the ministry organized
the drafting of … and has released 30 national standards" gave two identical undated standard
releases (the same quote twice in fct_policy_events). Actions of other bodies, or in other
sentences, stay apart as before."""
from __future__ import annotations

import pytest

from event_helpers import events, summary

LEAD = "The Ministry of Industry and Information Technology said it would keep supporting the sector. "


@pytest.mark.parametrize("count, what", [(30, "national standards for intelligent manufacturing"),
                                         (12, "industry standards for humanoid robots"),
                                         (45, "national standards for new energy vehicles")])
def test_two_rules_reading_one_sentence_give_one_event(count, what):
    text = (LEAD + f'On standards, the ministry organized the drafting of the "Guidelines for the Construction of '
            f'the Standard System" and has released {count} {what}, an official said.')
    found = events(text)
    assert summary(found) == [("standard_release", None, "MIIT")]


def test_the_same_kind_of_action_in_two_sentences_stays_two():
    text = (LEAD + "On standards, the ministry has released 30 national standards for intelligent manufacturing. "
            "In addition, the ministry has released 12 industry standards for humanoid robots.")
    assert [e.type for e in events(text)] == ["standard_release", "standard_release"]
