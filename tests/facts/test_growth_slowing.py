"""A change in a growth rate told with "slowing"/"slows" is a decline, as "slowed" is.

Found on the snapshot by ``fct_industry_metrics.values_disagree`` (session 15): the MIIT page's
增速较上半年回落1.3个百分点 gave −1.3 and the gov.cn English report of the same bulletin, "with growth
slowing 1.3 percentage points from the first six months", gave +1.3."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract


def _pp_changes(text: str) -> list[float]:
    return [m.value for m in extract(text, published=date(2021, 8, 30), lang="en").metrics
            if m.measure == "pp_change"]


@pytest.mark.parametrize("text", [
    "Profits of the sector reached 583.8 billion yuan, up 12.3 percent year on year, with growth slowing "
    "1.3 percentage points from the first six months.",
    "Revenue rose 8 percent, with growth slowing by 0.5 percentage points from the first quarter.",
    "Output rose 6.1 percent in July, as growth slows 0.4 percentage points from June.",
    "Output growth slowed 0.4 percentage points from the first half.",
])
def test_slowing_growth_is_a_decline(text: str) -> None:
    values = _pp_changes(text)
    assert values and all(v < 0 for v in values), values


@pytest.mark.parametrize("text", [
    "Revenue rose 8 percent, with growth quickening by 0.5 percentage points from the first quarter.",
    "Exports grew 9 percent, 1.2 percentage points faster than in the first half.",
])
def test_faster_growth_stays_positive(text: str) -> None:
    values = _pp_changes(text)
    assert values and all(v > 0 for v in values), values
