"""Speed pass 22 (#4): English dates tried only where one can open, day steps without dateutil; byte-identical.

1. dates._en_date_tries: of the places where an English date may start (_en_date_places, pinned by
   test_speed_pass18), _EN_DATE is tried only where what the place opens with can still open a date:
   a digit only when the sentence names a month ("3 March"), "in" only before early/mid/late, a
   month or a year of 19xx/20xx, a lower-case "th" only when the sentence holds "this", "same", or
   "that" and "day". Pinned: the matches equal _EN_DATE.finditer's on hand-written sentences (each
   need met and missed, white space of every kind after "in") and on hypothesis text built from the
   words dates are made of; find_dates unchanged; and the saving itself (places are dropped).
2. dates' day and month steps (_on_or_before, _on_or_after, _months_before) replace dateutil's
   relativedelta: every function that used it gives what the old code gave, for every day of four
   years (a leap year among them) and every weekday name.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts import dates

# --- 1. where an English date is tried --------------------------------------------------------------

SENTENCES = [
    # digits: a day before a month, only when a month is named
    "The plan, issued on 3 March, covers 12 provinces and 2,000 firms.",
    "The plan covers 12 provinces, 5G base stations and 2,000 firms.",
    "Output rose 5 percent in 30 Mar. and 4 Sept 2024.",
    "On 12 June the 3 ministries met; 7 of them agreed.",
    "Prices of 10 Mayan artefacts rose.",  # ("May" as a word's head: tried, and fails)
    # "in": early/mid/late, a month, a year
    "It grew in the first half, in China and in early March.",
    "In 2024, sales fell in mid-June and in late May, in 1999 too.",
    "In the same notice, issued in  March, in\tApril, in\nMay and in\x1cJune.",
    "Sales in Jan., in Feb and in Sept. beat those in April; in 20 cities, in 1 plant.",
    "In most regions, in emerging markets, in manufacturing and in lots: none is a date.",
    "in",
    "in ",
    "The rise came in",
    # "th": this year/month/week, the same day, that day
    "The ministry said that the plan will take effect this year.",
    "The ministry said that the plan took effect that day.",
    "The ministry said that the plan took effect the same day.",
    "The ministry said the plan, the rules and the list take effect then.",
    "This week the rules took effect; this month, the list; that day, the plan.",
    "They said that these thematic rules were revised, the same as before, on the day after.",
    "the   same\tday and that\nday and this  year",
    # others kept as they were
    "Earlier this week the agency said it had recently approved 12 projects; lately it met on Thursday.",
    "Yesterday the council met; today it voted, last week it delayed, last March it passed.",
    "",
    "th",
    "9",
]


def _tried_matches(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in dates._en_date_matches(sentence)]


def _all_matches(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in dates._EN_DATE.finditer(sentence)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tries_find_every_date(sentence: str) -> None:
    assert _tried_matches(sentence) == _all_matches(sentence)
    # (a subset of the places, in order)
    places = dates._en_date_places(sentence)
    tries = dates._en_date_tries(sentence)
    assert all(p in places for p in tries) and tries == sorted(tries)


@pytest.mark.parametrize(("sentence", "dropped"), [
    ("The plan covers 12 provinces and 2,000 firms.", ["12", "2,", "00"]),  # no month: no digit tried
    ("It grew in the first half and in China.", ["in", "in", "th"]),      # "in" before no date, no "this"
    ("The ministry said the plan and the rules take effect.", ["th", "th"]),  # no this/same/that day
])
def test_tries_leave_out_places_that_open_no_date(sentence: str, dropped: list[str]) -> None:
    """The saving itself: these places are not tried (the old code tried every one of them)."""
    places = dates._en_date_places(sentence)
    tries = dates._en_date_tries(sentence)
    assert sorted(sentence[p:p + 2] for p in places if p not in tries) == sorted(dropped)
    assert _tried_matches(sentence) == _all_matches(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The plan was issued on 3 March.",                  # a month named: the digit is tried
    "It grew in early March and in 2024.",              # "in" before a date
    "The rules took effect the same day.",              # "the same"
    "The rules took effect that day, the ministry said.",
    "The rules take effect this year.",
])
def test_tries_keep_places_that_open_a_date(sentence: str) -> None:
    assert _tried_matches(sentence) == _all_matches(sentence) != []


_WORDS = ["in", "In", "the", "The", "this", "This", "that", "same", "day", "days", "year", "month", "week",
          "early", "mid", "mid-", "late", "Later", "earlier", "Earlier", "last", "Last", "March", "Mar.", "May",
          "June", "Sept", "Dec", "Tuesday", "today", "yesterday", "recently", "lately", "3", "12", "2024", "1999",
          "20", "19", "5G", "x2024", "within", "thin", "then", "there", "emerging", "lots", "Jan", "of"]
_GAPS = [" ", "  ", ", ", "\t", "\n", "\x1c", "-", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14))
def test_tries_find_every_date_in_hypothesis_text(parts: list[tuple[str, str]]) -> None:
    sentence = "".join(word + gap for word, gap in parts)
    assert _tried_matches(sentence) == _all_matches(sentence)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="in thsameday3Mr2019Jl\t\n,.", max_size=40))
def test_tries_find_every_date_in_letter_soup(sentence: str) -> None:
    assert _tried_matches(sentence) == _all_matches(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("anchor", [date(2025, 6, 18), None])
def test_find_dates_unchanged(sentence: str, anchor: date | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates with every place tried (the old code) gives the same mentions."""
    got = dates.find_dates(sentence, anchor, "en")
    dates._find_dates.cache_clear()
    monkeypatch.setattr(dates, "_en_date_tries", dates._en_date_places)
    assert dates.find_dates(sentence, anchor, "en") == got
    dates._find_dates.cache_clear()


# --- 2. day and month steps without dateutil ------------------------------------------------------

_OLD_WEEKDAYS = {"monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA,
                 "sunday": SU}


def _old_resolve_weekday(name: str, anchor: date) -> str:
    return (anchor + relativedelta(weekday=_OLD_WEEKDAYS[name.lower()](-1))).isoformat()


def _old_resolve_weekday_last(name: str, anchor: date) -> str:
    return (anchor - timedelta(days=1) + relativedelta(weekday=_OLD_WEEKDAYS[name.lower()](-1))).isoformat()


def _old_resolve_weekday_ahead(name: str, anchor: date, next_week: bool) -> str:
    if next_week:
        monday = anchor + relativedelta(weekday=MO(-1), weeks=1)
        return (monday + relativedelta(weekday=_OLD_WEEKDAYS[name.lower()](+1))).isoformat()
    return (anchor + relativedelta(days=1, weekday=_OLD_WEEKDAYS[name.lower()](+1))).isoformat()


def _old_week(anchor: date, last: bool) -> tuple[str | None, str]:
    monday = anchor + relativedelta(weekday=MO(-1))
    first, last_day = (monday - relativedelta(weeks=1), monday - relativedelta(days=1)) if last else \
        (monday, anchor - relativedelta(days=1))
    if first > last_day or (first.year, first.month) != (last_day.year, last_day.month):
        return None, "recent"
    return first.strftime("%Y-%m"), "month"


def _old_weekend(anchor: date, last: bool) -> tuple[str | None, str]:
    saturday = anchor + relativedelta(weekday=SA(-1))
    if last and anchor.weekday() >= 5:
        saturday -= relativedelta(weeks=1)
    sunday = saturday + relativedelta(days=1)
    if (saturday.year, saturday.month) != (sunday.year, sunday.month):
        return None, "recent"
    return saturday.strftime("%Y-%m"), "month"


def _old_ahead_value(unit: str, anchor: date) -> str | None:
    if unit == "year":
        return str(anchor.year + 1)
    if unit == "month":
        return (anchor.replace(day=1) + relativedelta(months=1)).strftime("%Y-%m")
    monday = anchor + relativedelta(weekday=MO(-1), weeks=1)
    sunday = monday + relativedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else None


def _old_resolve_day(day: int, anchor: date) -> str | None:
    found = dates._valid(anchor.year, anchor.month, day)
    if found is None or found > anchor:
        previous = anchor.replace(day=1) - relativedelta(months=1)
        found = dates._valid(previous.year, previous.month, day)
    return found.isoformat() if found else None


# Every day of four years: a leap year (2024), the years around it, and a century's leap year.
_DAYS = [date(year, 1, 1) + timedelta(days=i) for year in (2000, 2023, 2024, 2025)
         for i in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)]


@pytest.mark.parametrize("name", ["Monday", "tuesday", "Wednesday", "Thursday", "FRIDAY", "Saturday", "Sunday"])
def test_weekdays_as_before(name: str) -> None:
    for anchor in _DAYS:
        assert dates.resolve_weekday(name, anchor) == _old_resolve_weekday(name, anchor)
        assert dates.resolve_weekday_last(name, anchor) == _old_resolve_weekday_last(name, anchor)
        for next_week in (True, False):
            assert dates.resolve_weekday_ahead(name, anchor, next_week=next_week) == \
                _old_resolve_weekday_ahead(name, anchor, next_week)


def test_weeks_weekends_and_days_ahead_as_before() -> None:
    for anchor in _DAYS:
        for last in (True, False):
            assert dates._week(0, 4, anchor, last=last)[2:] == _old_week(anchor, last)
            assert dates._weekend(0, 4, anchor, last=last)[2:] == _old_weekend(anchor, last)
        for unit in ("year", "month", "week"):
            assert dates._ahead_value(unit, anchor) == _old_ahead_value(unit, anchor)


def test_days_and_months_back_as_before() -> None:
    for anchor in _DAYS:
        for back in (0, 1, 2):
            assert dates._relative_day(0, 2, anchor, back).value == (anchor - relativedelta(days=back)).isoformat()
            assert dates._relative_month(0, 2, anchor, back).value == \
                (anchor.replace(day=1) - relativedelta(months=back)).strftime("%Y-%m")
    for anchor in _DAYS[::7]:
        for day in (1, 15, 28, 29, 30, 31):
            assert dates.resolve_day(day, anchor) == _old_resolve_day(day, anchor)
        for months in range(-14, 40):
            assert dates._months_before(anchor.replace(day=1), months) == \
                anchor.replace(day=1) - relativedelta(months=months)


def test_a_day_after_and_before_the_day_named_as_before() -> None:
    for anchor in _DAYS[::5]:
        named = [dates.DateMention(0, 3, anchor.isoformat(), "day")]
        assert dates._day_after(5, 9, named).value == (anchor + relativedelta(days=1)).isoformat()
        assert dates._day_before(5, 9, named).value == (anchor - relativedelta(days=1)).isoformat()


@pytest.mark.parametrize(("sentence", "anchor", "want"), [
    # (the mentions the readers see: weekdays, "last Friday" on a Friday, "next Tuesday", weekends, "N months ago")
    ("The ministry issued the plan on Tuesday.", date(2025, 6, 18), ["2025-06-17"]),
    ("The ministry issued the plan on Wednesday.", date(2025, 6, 18), ["2025-06-18"]),
    ("It said last Friday that it met on Friday.", date(2025, 6, 20), ["2025-06-13", "2025-06-20"]),
    ("It will meet next Tuesday.", date(2025, 6, 18), ["2025-06-24"]),
    ("It met at the weekend.", date(2025, 6, 2), [None]),
    ("It met at the weekend.", date(2025, 6, 18), ["2025-06"]),
    ("The rules were revised three months ago.", date(2025, 2, 10), ["2024-11"]),
])
def test_resolved_mentions(sentence: str, anchor: date, want: list[str | None]) -> None:
    dates._find_dates.cache_clear()
    assert [d.value for d in dates.find_dates(sentence, anchor, "en")] == want
