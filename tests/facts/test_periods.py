"""Time expressions (scrapers.facts.periods): the one-scan needle pre-filter is equivalent to
testing each pattern's needles, and period spellings follow the labelling conventions."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import re

from scrapers.facts.periods import _EN_INDEX, _EN_PATTERNS, _ZH_INDEX, _ZH_PATTERNS, _NeedleIndex, find_times

PUB = date(2025, 4, 17)


def _enabled_by_needles(patterns, probe: str) -> set[int]:
    """The reference behaviour: a pattern is tried when any of its needles occurs."""
    return {i for i, (_, _, needles) in enumerate(patterns) if any(n in probe for n in needles)}


_PIECES = st.sampled_from(sorted({n for _, _, ns in _ZH_PATTERNS + _EN_PATTERNS for n in ns}) + [
    "a", "e", "n", "d", " ", "月", "年", "末", "1", "2", "the", "quarter", "Q", "First", "END", "截至",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_needle_index_enables_exactly_the_patterns_whose_needles_occur(text: str) -> None:
    assert _ZH_INDEX.enabled(text) == _enabled_by_needles(_ZH_PATTERNS, text)
    probe = text.lower()
    assert _EN_INDEX.enabled(probe) == _enabled_by_needles(_EN_PATTERNS, probe)


def test_overlapping_needles_are_all_found() -> None:
    # " and " overlaps "end" and "in " here; "quarter" contains "q".
    probe = "sales in the first quarter and the end of june"
    assert _EN_INDEX.enabled(probe) == _enabled_by_needles(_EN_PATTERNS, probe)
    assert _ZH_INDEX.enabled("截至今年末至今") == _enabled_by_needles(_ZH_PATTERNS, "截至今年末至今")


def test_a_needle_inside_a_longer_one_still_enables_its_pattern() -> None:
    # "end" and "end of" start at the same place; the scan reports the longer one only.
    patterns = [("a", re.compile("x"), ("end of",)), ("b", re.compile("x"), ("end",)), ("c", re.compile("x"), ("zz",))]
    index = _NeedleIndex(patterns)
    assert index.enabled("the end of june") == {0, 1}
    assert index.enabled("the end") == {1}
    assert index.enabled("nothing here") == set()


def test_a_needle_overlapping_the_end_of_a_found_one_is_still_found() -> None:
    # The scan reports " to " and resumes after it, so the " and " sharing its space is checked directly.
    patterns = [("a", re.compile("x"), (" to ",)), ("b", re.compile("x"), (" and ",)), ("c", re.compile("x"), ("zz",))]
    index = _NeedleIndex(patterns)
    assert index.enabled("from june to and beyond") == {0, 1}
    assert index.enabled("june and july") == {1}


def values(sentence: str, lang: str, published: date | None = PUB) -> list[str]:
    return [t.value for t in find_times(sentence, lang, published)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # A month span that is exactly one quarter is spelt as the quarter.
        ("1—3月，软件业务收入同比增长10%。", "zh", ["2025-Q1"]),
        ("2024年4—6月，出口增长3%。", "zh", ["2024-Q2"]),
        ("2024年7月至2024年9月，产量增长5%。", "zh", ["2024-Q3"]),
        ("前3个月，产量增长5%。", "zh", ["2025-Q1"]),
        ("一季度，产量增长5%。", "zh", ["2025-Q1"]),
        ("Output rose 5 percent in the first three months.", "en", ["2025-Q1"]),
        ("Output rose 5 percent in April-June 2024.", "en", ["2024-Q2"]),
        ("Output rose 5 percent in the first quarter.", "en", ["2025-Q1"]),
        # Spans that are not a single quarter keep their months.
        ("1—4月，产量增长5%。", "zh", ["2025-01/2025-04"]),
        ("2—4月，产量增长5%。", "zh", ["2025-02/2025-04"]),
        ("Output rose 5 percent in the first half of 2024.", "en", ["2024-01/2024-06"]),
    ],
)
def test_period_spellings(sentence: str, lang: str, expected: list[str]) -> None:
    assert values(sentence, lang) == expected
