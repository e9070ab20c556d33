"""Speed pass 18: where an English date can start, found in two parts (dates._en_date_places), byte-identical.

The brief's idea, one date parse shared by the metric reader (periods.find_times) and the event
reader (dates.find_dates), was measured first and not built: they are different parses (26 time
patterns behind a needle index and word starts, against one alternation of 16 date branches
behind a character-class scan; bounds such as "since"/"as of" are times to one and no dates to the
other), and the repeated calls of find_dates on one sentence already hit its lru_cache. The
largest part of find_dates left was its start scan: _EN_DATE_START's class holds t, e, i, l, r,
y, p, so re entered its matcher at most letters of an English sentence. In ASCII text the digits
and capitals are now scanned by a regex of those alone and the lower-case words found by str.find.

Pinned here: the places equal _EN_DATE_START's on hand-written sentences, near misses at word
boundaries and white space, and hypothesis text; the matches equal _EN_DATE.finditer's; find_dates
gives the same mentions; non-ASCII text keeps the old scan; and the saving itself (the wide class
scan is not run on an ASCII sentence)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts import dates
from scrapers.facts.needles import candidate_matches

SENTENCES = [
    "BEIJING, Oct. 23 (Xinhua) -- The ministry issued the plan on Tuesday.",
    "In May last year, output rose 5 percent; this year it fell in early June.",
    "The rules, released on 12 March 2024, took effect in 2025 and were revised last month.",
    "Earlier this week the agency said it had recently approved 12 projects, a day earlier than planned.",
    "Late this year the regulator will meet again; lately it met on Thursday and Wednesday.",
    "Yesterday the council met; today it voted, and previously it had delayed the vote until next Friday.",
    "This week, That day, the same day: the board convened on Saturday and Sunday.",
    "Sales in Jan., Feb. and Sept. beat those of Apr. and Aug.; Oct, Nov and Dec were weak.",
    "Industry, Thistle, Thirteen, Eastern, Latvia, lasting, thematic, innovation, recentness.",
    "within, thin, earlier, lately, 2024-25, x2024, _2024, a_th, in\tJune, in\x1cJune, In\nMay.",
    "The Inquiry found Tin, Lathe and Earldom in print; This\u00a0week is not ASCII.",
    "",
    "in",
    "th",
    "In",
    "This",
    "Monday",
]
# (near misses: "Industry"/"Thistle" (In, This with no space after), "within"/"thin"/"x2024" (a
# word character before), "a_th" ("_" is a word character); "in\x1cJune": re's \s holds \x1c)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_places_are_the_class_scans(sentence: str) -> None:
    want = [m.start() for m in dates._EN_DATE_START.finditer(sentence)]
    if sentence.isascii():
        assert dates._en_date_places(sentence) == want
    assert [m.span() for m in dates._en_date_matches(sentence)] == [m.span() for m in dates._EN_DATE.finditer(sentence)]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("anchor", [date(2025, 6, 18), None])
def test_find_dates_unchanged(sentence: str, anchor: date | None, monkeypatch: pytest.MonkeyPatch) -> None:
    new = dates._find_en(sentence, anchor)
    with monkeypatch.context() as m:
        # (the scan as it was: the class tried over the whole sentence)
        m.setattr(dates, "_en_date_matches", lambda s: candidate_matches(dates._EN_DATE, dates._EN_DATE_START, s))
        old = dates._find_en(sentence, anchor)
    assert new == old


_WORDS = ["In ", "in ", "in", "This ", "this ", "th", "the ", "today", "yesterday", "recent", "recently",
          "previously", "Earlier ", "earlier ", "Late ", "late ", "last ", "Last ", "May ", "March ", "Mar. ",
          "June ", "Jul", "Tuesday", "Thursday", "Wednesday", "Friday", "Saturday", "Sunday", "Monday", "Sept ",
          "Dec", "Nov", "Oct", "Aug", "Apr", "Feb", "Jan", "2024", "12 ", "3", "_", "x", "a", " ", "\t", "\n",
          "\x1c", ",", ".", "-", "week", "month", "year", "day", "ago", "weekend", "next", "coming"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_places_on_mixed_text(parts: list[str]) -> None:
    sentence = "".join(parts)
    assert dates._en_date_places(sentence) == [m.start() for m in dates._EN_DATE_START.finditer(sentence)]
    assert [m.span() for m in dates._en_date_matches(sentence)] == [m.span() for m in dates._EN_DATE.finditer(sentence)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=80))
def test_places_on_ascii_text(sentence: str) -> None:
    assert dates._en_date_places(sentence) == [m.start() for m in dates._EN_DATE_START.finditer(sentence)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_matches_on_any_text(sentence: str) -> None:
    assert [m.span() for m in dates._en_date_matches(sentence)] == [m.span() for m in dates._EN_DATE.finditer(sentence)]


class _Counting:
    """A stand-in for a compiled pattern that counts its finditer calls."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, text: str):
        self.calls += 1
        return self.pattern.finditer(text)


def test_the_wide_scan_is_not_run_on_ascii_text(monkeypatch: pytest.MonkeyPatch) -> None:
    wide = _Counting(dates._EN_DATE_START)
    monkeypatch.setattr(dates, "_EN_DATE_START", wide)
    found = dates._find_en("The ministry issued the plan on Tuesday, June 3.", date(2025, 6, 18))
    assert found and wide.calls == 0
    # (text beyond ASCII keeps the old scan: its \w and \s are wider than the str tests know)
    dates._find_en("The ministry issued the plan on Tuesday,\u00a0June 3.", date(2025, 6, 18))
    assert wide.calls == 1
