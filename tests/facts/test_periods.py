"""Time expressions (scrapers.facts.periods): the one-scan needle pre-filter is equivalent to
testing each pattern's needles, and period spellings follow the labelling conventions."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import re

from scrapers.facts.periods import (_EN_INDEX, _EN_PATTERNS, _ZH_INDEX, _ZH_PATTERNS, _NeedleIndex, find_times,
                                    needle_groups)

PUB = date(2025, 4, 17)


def _enabled_by_needles(patterns, probe: str) -> set[int]:
    """The reference behaviour: a pattern is tried when one needle of each of its groups occurs."""
    return {i for i, (_, _, needles) in enumerate(patterns)
            if all(any(n in probe for n in group) for group in needle_groups(needles))}


_PIECES = st.sampled_from(sorted({n for _, _, ns in _ZH_PATTERNS + _EN_PATTERNS
                                  for group in needle_groups(ns) for n in group}) + [
    "a", "e", "n", "d", " ", "月", "年", "末", "1", "2", "the", "quarter", "Q", "First", "END", "截至",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_needle_index_enables_exactly_the_patterns_whose_needles_occur(text: str) -> None:
    assert _ZH_INDEX.enabled(text) == _enabled_by_needles(_ZH_PATTERNS, text)
    probe = text.lower()
    assert _EN_INDEX.enabled(probe) == _enabled_by_needles(_EN_PATTERNS, probe)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_needle_index_patterns_are_the_enabled_ones_in_list_order(text: str) -> None:
    # patterns() keeps its answer per combination of needles; asked twice, it must not drift.
    for index, patterns, probe in ((_ZH_INDEX, _ZH_PATTERNS, text), (_EN_INDEX, _EN_PATTERNS, text.lower())):
        expected = tuple((kind, pattern) for i, (kind, pattern, _) in enumerate(patterns)
                         if i in _enabled_by_needles(patterns, probe))
        assert index.patterns(probe) == expected
        assert index.patterns(probe) == expected


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


_RANGES_EN = [
    "Sales rose in January-March 2024 and from April to June, between Sept. and Dec., Jan 2023 through Feb 2024.",
    "Output in the May-August period and October–November grew; MARCH TO MAY as well, and Januaryto March.",
    "In Q3 2024 and the third quarter; 2019-2023 and from 2020 to 2024.",
    "2023年1月至2024年6月，2024年—2025年3月末，自2019年以来、2020年起、近五年来、1—9月、1月至11月，"
    "2019至2023年，前三个月，头两个月。",
]


def test_every_period_match_has_one_of_its_needles() -> None:
    # A needle must be a necessary condition: every match contains one (folded, for English).
    from pathlib import Path

    from scrapers.facts.needles import fold

    texts = _RANGES_EN + [p.read_text(encoding="utf-8") for p in sorted(Path("tests/data/devset").rglob("*.txt"))]
    matched = 0
    for text in texts:
        for patterns, probe_of in ((_ZH_PATTERNS, str), (_EN_PATTERNS, fold)):
            for kind, pattern, needles in patterns:
                for m in pattern.finditer(text):
                    matched += 1
                    probe = probe_of(m.group())
                    assert all(any(n in probe for n in group) for group in needle_groups(needles)), (kind, m.group())
    assert matched > 100


def test_needle_groups_must_all_be_met() -> None:
    patterns = [("a", re.compile("x"), (("月",), ("至", "—"))), ("b", re.compile("x"), ("月",))]
    index = _NeedleIndex(patterns)
    assert index.enabled("1—9月") == {0, 1}
    assert index.enabled("9月") == {1}
    assert index.enabled("1至9") == set()
    assert index.patterns("1至9月") == (("a", patterns[0][1]), ("b", patterns[1][1]))
