"""Tables precomputed by the fourth speed pass must say what they were computed from: whether an
event rule's pattern ignores case (read once instead of through the flag enum for every
sentence), and the lengths of the trailing words by their last character (subjects._run_start
looks up only those slices)."""
from __future__ import annotations

import re

from scrapers.facts import events, subjects


def test_event_rules_fold_when_their_pattern_ignores_case() -> None:
    rules = [*events._ZH_RULES, *events._EN_RULES, events._ZH_CONFERENCE_BACK_REFERENCE]
    assert all(r.folds == bool(r.pattern.flags & re.IGNORECASE) for r in rules)
    assert any(r.folds for r in rules) and not all(r.folds for r in rules)


def test_trailing_word_lengths_by_last_character() -> None:
    for words, by_last in ((subjects._ZH_TRAILING_SET, subjects._ZH_TRAILING_BY_LAST),
                           (subjects._EN_TRAILING_SET, subjects._EN_TRAILING_BY_LAST)):
        assert {(w[-1], len(w)) for w in words} == {(c, n) for c, lengths in by_last.items() for n in lengths}
        assert all(lengths == sorted(lengths) for lengths in by_last.values())
