"""dbt's units_compatible macro states the extractor's rule (metrics._KEY_UNITS) a second time, in
SQL: the units it restricts must be the ones the extractor restricts, and each to the same rows."""
from __future__ import annotations

import re
from pathlib import Path

from scrapers.facts.metrics import _KEY_UNITS

MACRO = Path(__file__).resolve().parents[2] / "dbt_project" / "macros" / "units_compatible.sql"


def test_the_macro_restricts_the_units_the_extractor_restricts():
    sql = MACRO.read_text(encoding="utf-8")
    restricted = re.search(r"not in \(([^)]*)\)", sql).group(1)
    assert {u.strip(" '") for u in restricted.split(",")} == set(_KEY_UNITS)
    # money is the one group of units that stand for each other; every other unit only for itself
    assert "in ('CNY', 'USD') and" in sql
    for unit, rows in _KEY_UNITS.items():
        assert rows == ({"CNY", "USD"} if unit in ("CNY", "USD") else {unit}), unit
