"""A month or a month range written with a relative year ("in May next year", "between May and
July last year", "by the end of March next year") takes that year, not the month's nearest past."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract

PUBLISHED = date(2026, 12, 3)


def _times(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.period, m.as_of) for m in extract(text, published=PUBLISHED, lang="en").metrics]


@pytest.mark.parametrize(("text", "expected"), [
    ("Output of 5G phones will reach 120 million units between May and July next year, according to a forecast.",
     ("2027-05/2027-07", None)),
    ("Sales of the sets rose 12% between May and July last year.", ("2025-05/2025-07", None)),
    ("Sales of the sets rose 12% from March to June of this year.", ("2026-03/2026-06", None)),
    ("Crude steel output is expected to hit 40 million tonnes in May next year.", ("2027-05", None)),
    ("Inventories of steel are expected to reach 3 million tonnes by the end of March next year.", (None, "2027-03")),
])
def test_relative_year_after_a_month(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _times(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # (no year written: the months' nearest past, as before)
    ("Sales of the sets rose 12% between May and July.", ("2026-05/2026-07", None)),
    ("Crude steel output hit 40 million tonnes in May this year.", ("2026-05", None)),
    ("Crude steel output hit 40 million tonnes in May 2025.", ("2025-05", None)),
])
def test_months_without_a_relative_year_unchanged(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _times(text) == [expected]
