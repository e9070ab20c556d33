"""Constructions the study of the twelfth held-out set left (second pass), one test per
construction, on sentences written for these tests (each group holds the held-out wording
reworded, other wordings, and near-misses that must not match).

English number words where a figure is meant: a count opening its sentence as the subject of
what was granted to or done by the things counted ("Nine models from six carmakers, …, received
product access approvals"), read as the entries an approval adds; the earlier level of a change
written as a word or after a bare "to X" ("rose to 14 from nine"), dated the year before a
year's figure when it names no time of its own; a part of a count ("198 standards …, 31 of which
were quantum-based"). Removals told with a second verb ("failed this year's review and were
removed from the list"). Chinese: the two ends of 由去年同期的X%提高到Y% (the earlier level a year
before the time the sentence gives; the later one of that time, not of now, also after a
semicolon). Status: "300 to 400 producers could exit the market over the next three years" and
"might close by 2028" (a modal after the figure) are projections.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics, time_of

EN_DAY = date(2026, 3, 27)
ZH_DAY = date(2026, 7, 31)


def _counts(text: str, published: date = EN_DAY) -> list[tuple[float, str, str | None]]:
    return [(m.value, m.measure, time_of(m)) for m in metrics(text, "en", published) if m.unit == "count"]


# --- a number word opening its sentence ------------------------------------------------------------
@pytest.mark.parametrize("text, value, measure", [
    ("Nine models from six carmakers, including BYD Co., Changan Automobile Co. and Xpeng Inc., received "
     "product access approvals, the ministry said in a statement on Tuesday.", 9, "additions"),
    ("Eleven drug makers received marketing licences for the new vaccines.", 11, "additions"),
    ("Twelve cities have issued subsidy plans for robotaxis this year.", 12, "level"),
    ("Eight hospitals were named national medical centres on Monday.", 8, "level"),
])
def test_en_a_word_count_opening_its_sentence(text: str, value: int, measure: str) -> None:
    found = [(v, ms) for v, ms, _ in _counts(text)]
    assert found == [(value, measure)]


@pytest.mark.parametrize("text", [
    "Three tasks were set out in the plan.",              # (structure: a stop noun)
    "Two things matter most, the minister said.",         # (no verb of a grant or an act)
    "Five experts received the delegation in Beijing.",   # (received, but no approval)
    "Seven companies said they would raise prices.",
    "The ministry said nine models received approvals.",  # (a word count inside a sentence needs its cue before)
])
def test_en_no_opening_count_without_its_verb(text: str) -> None:
    assert _counts(text) == []


def test_en_a_digit_count_opening_its_sentence_that_received_approvals_is_added() -> None:
    assert [(v, ms) for v, ms, _ in _counts("23 API plants received written confirmations from the regulator.")] \
        == [(23, "additions")]


# --- removals told with a second verb ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Six centers failed this year's review and were removed from the list.", -6),
    ("12 centres failed the annual assessment and were removed from the list.", -12),
    ("41 factories and 7 parks were removed from the list.", -41),
])
def test_en_removed_after_a_second_verb(text: str, value: int) -> None:
    found = [(v, ms) for v, ms, _ in _counts(text)]
    assert found[0] == (value, "additions")


def test_en_a_new_clause_before_a_removal_is_no_removal_of_the_count() -> None:
    assert [ms for _, ms, _ in _counts("The ministry certified 5,000 factories, and old equipment was removed.")] \
        == ["level"]


# --- the earlier level of a change ------------------------------------------------------------------
YEAR_BEFORE = "Chemical accidents fell 11.3% to 118 in 2025. "


@pytest.mark.parametrize("text, earlier, when", [
    (YEAR_BEFORE + "But large accidents, those killing three or more people, rose to 14 from nine.", 9, "2024-12"),
    (YEAR_BEFORE + "Large accidents rose to 14 from 9.", 9, "2024-12"),
    ("Large accidents rose to 14 in 2025 from nine in 2024.", 9, "2024-12"),
    ("The regulator approved 65 innovative devices in 2025, up from nine a year earlier.", 9, "2024-12"),
    ("Large accidents rose to 14 in 2025 from 11.", 11, "2024-12"),
])
def test_en_the_earlier_level_as_a_word_or_after_to(text: str, earlier: int, when: str) -> None:
    found = _counts(text)
    assert (earlier, "level", when) in found
    later = [t for v, _, t in found if v in (14, 65)]
    assert later and later[0] != when  # (the figure keeps its own year)


@pytest.mark.parametrize("text", [
    "It moved from nine to 14 cities.",              # (a from-to pair the other way round)
    "Output rose to 14 million tonnes from nine.",   # (a word short of its magnitude)
    "Imports came from nine countries.",
    "The count went up by 14 from nine.",            # (a change by, not a level reached)
])
def test_en_no_earlier_word_level_where_none_is_compared(text: str) -> None:
    assert 9 not in [v for v, _, _ in _counts(text)]


def test_en_an_earlier_level_of_a_figure_of_now_keeps_its_time() -> None:
    # (no year's figure: a December text's "now" is not last year's end)
    found = _counts("Pilot zones fell to 20 from 35.", date(2026, 12, 18))
    assert [(v, t) for v, _, t in found] == [(20, "2026-12"), (35, "2026-12")]


# --- a part of a count ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, part, noun", [
    ("China had 198 national primary measurement standards at the end of 2025, 31 of which were quantum-based, "
     "the regulator said.", 31, "national primary measurement standards"),
    ("China had 198 national primary measurement standards at the end of 2025, nine of which were quantum-based.",
     9, "national primary measurement standards"),
    ("The province has 40 industrial parks, 12 of them in the south.", 12, "industrial parks"),
])
def test_en_a_part_of_a_count_takes_its_noun(text: str, part: int, noun: str) -> None:
    found = [m for m in metrics(text, "en", EN_DAY) if m.value == part]
    assert [(m.unit, m.counted) for m in found] == [("count", noun)]
    whole = [m for m in metrics(text, "en", EN_DAY) if m.value in (198, 40)]
    assert time_of(found[0]) == time_of(whole[0])


@pytest.mark.parametrize("text, absent", [
    ("Output rose 8 percent, 3 of which came from exports.", 3),     # (a part of a percentage: no count)
    ("Sales rose 5% to 14,000 units, one of which was sold abroad.", 1),
])
def test_en_no_part_without_a_count_before(text: str, absent: int) -> None:
    assert absent not in [m.value for m in metrics(text, "en", EN_DAY)]


# --- Chinese: 由去年同期的X%提高到Y% -----------------------------------------------------------------
@pytest.mark.parametrize("text, earlier, later", [
    ("截至2026年6月底，县域及乡村地区充电设施占全国总量的比重由去年同期的19.8%提高到22.2%。",
     (19.8, "2025-06"), (22.2, "2026-06")),
    ("截至2026年6月底，全国充电设施总数达到1862.3万个；其中县域充电设施占比由去年同期的19.8%提高到22.2%。",
     (19.8, "2025-06"), (22.2, "2026-06")),
    ("截至6月末，新能源汽车在新车销量中的占比由上年同期的31.6%提高到40.9%。",
     (31.6, "2025-06"), (40.9, "2026-06")),
    ("2025年，新能源汽车渗透率由上年同期的31.6%提高到40.9%。", (31.6, "2024"), (40.9, "2025")),
])
def test_zh_a_change_from_last_years_level(text: str, earlier: tuple, later: tuple) -> None:
    found = {m.value: time_of(m) for m in metrics(text, "zh", ZH_DAY) if m.unit == "percent"}
    assert (earlier[0], found.get(earlier[0])) == earlier
    assert (later[0], found.get(later[0])) == later


@pytest.mark.parametrize("text, times", [
    # (the base's own year, then now: no time of the sentence to give the second figure)
    ("新能源汽车渗透率由2020年的5.4%提高到40.9%。", {5.4: "2020", 40.9: "2026-07"}),
    ("占比由19.8%提高到22.2%。", {19.8: "2026-07", 22.2: "2026-07"}),
    # (a comparison's base year is no time of the figures)
    ("与2020年相比，占比由19.8%提高到22.2%。", {19.8: "2026-07", 22.2: "2026-07"}),
    # (a span that runs to now: the change ends now)
    ("今年以来，占比由19.8%提高到22.2%。", {22.2: "2026-07"}),
])
def test_zh_from_to_pairs_without_a_time_of_the_sentence_keep_theirs(text: str, times: dict) -> None:
    found = {m.value: time_of(m) for m in metrics(text, "zh", ZH_DAY) if m.unit == "percent"}
    assert {v: found.get(v) for v in times} == times


def test_en_a_from_to_pair_after_a_year_ends_in_that_year() -> None:
    found = {m.value: time_of(m) for m in metrics("In 2025, sales rose from 2.1 million units to 2.9 million units.",
                                                  "en", date(2026, 12, 18))}
    assert found[2900000] == "2025"


# --- status: a modal of possibility after the figure -----------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Analysts said 300 to 400 producers could exit the market over the next three years.", "forecast"),
    ('"Small workshops will find it hard," said an analyst, who estimated that 300 to 400 producers could '
     "exit the market over the next three years.", "forecast"),
    ("Up to 50 smaller mills might close by 2028, the association said.", "forecast"),
    # (near-misses: a time already past, a plan's will)
    ("About 300 producers exited the market last year.", "actual"),
    ("Some 300 producers could have exited the market last year.", "actual"),
    ("The plan says 300 producers will exit the market by 2028.", "target"),
])
def test_en_could_after_the_figure(text: str, status: str) -> None:
    found = [m.status for m in metrics(text, "en", date(2027, 1, 15)) if m.value in (300, 50)]
    assert found == [status]
