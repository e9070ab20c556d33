"""A change told beside another between two named years ("由2012年的…增加到2021年的…，占…比重由
22.5%提高到近30%") starts at the first year; a sentence with a time of its own does not take the years
of the sentence before."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract

PUBLISHED = date(2026, 7, 26)


def _times(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in extract(text, published=PUBLISHED, lang="zh").metrics]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("王伟介绍，我国制造业增加值由2012年的16.98万亿元增加到2021年的31.4万亿元，占全球制造业的比重由22.5%提高到近30%，"
     "制造业第一大国地位更加巩固。", (22.5, "2012", None), (30.0, "2021", None)),
    ("全国软件业务收入从2020年的8.2万亿元增长到2025年的14.1万亿元，占电子信息制造业的比重由41.2%提升到48.6%。",
     (41.2, "2020", None), (48.6, "2025", None)),
    ("研发投入强度由2020年的1.41%提高到2025年的1.68%，占比由30%提高到35%。", (30.0, "2020", None), (35.0, "2025", None)),
])
def test_a_change_beside_a_change_between_two_years(text, start, end) -> None:
    got = _times(text)
    assert start in got and end in got


@pytest.mark.parametrize(("text", "expected"), [
    # (the change's own time decides: last year's same period, a year of its own)
    ("我国制造业增加值由2012年的16.98万亿元增加到2021年的31.4万亿元；截至6月底，5G用户占比由去年同期的19.8%提高到22.2%。",
     [(19.8, None, "2025-06"), (22.2, None, "2026-06")]),
    ("软件业务收入由2020年的8.2万亿元增长到2025年的14.1万亿元，2024年占比由40.1%提高到45.3%。",
     [(40.1, "2024", None), (45.3, "2024", None)]),
])
def test_a_change_with_its_own_time_keeps_it(text, expected) -> None:
    got = _times(text)
    assert all(e in got for e in expected), got


def test_a_sentence_with_its_own_time_does_not_take_the_years_before() -> None:
    got = _times("我国制造业增加值由2012年的16.98万亿元增加到2021年的31.4万亿元。今年上半年，占比由27.1%提高到28.4%。")
    assert (27.1, "2026-01/2026-06", None) in got and (28.4, "2026-01/2026-06", None) in got


def test_an_undated_sentence_still_takes_the_years_before() -> None:
    got = _times("我国制造业增加值由2012年的16.98万亿元增加到2021年的31.4万亿元。占全球比重由22.5%提高到近30%。")
    assert (30.0, "2021", None) in got


def _times_en(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.period, m.as_of) for m in extract(text, published=PUBLISHED, lang="en").metrics]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Wang Wei said the value added of China's manufacturing sector grew from 16.98 trillion yuan in 2012 to 31.4 "
     "trillion yuan in 2021, lifting its share of global manufacturing from 22.5 percent to nearly 30 percent.",
     (22.5, "2012", None), (30.0, "2021", None)),
    ("Software revenue rose from 8.2 trillion yuan in 2020 to 14.1 trillion yuan in 2025, and its share of the "
     "electronics sector from 41.2% to 48.6%.", (41.2, "2020", None), (48.6, "2025", None)),
])
def test_an_english_change_beside_a_change_between_two_years(text, start, end) -> None:
    got = _times_en(text)
    assert start in got and end in got


def test_an_english_change_in_another_sentence_keeps_its_own_time() -> None:
    got = _times_en("Software revenue rose from 8.2 trillion yuan in 2020 to 14.1 trillion yuan in 2025. "
                    "In the first half, its share rose from 41.2% to 48.6%.")
    assert (41.2, "2026-01/2026-06", None) in got and (48.6, "2026-01/2026-06", None) in got
