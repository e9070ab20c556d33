"""Clause boundaries inside a sentence: the unit within which a figure's cues, subject and
time expression are looked for first."""
from __future__ import annotations

import re

_ZH_CLAUSE_END = re.compile(r"[，；：。,;:]")
# English commas end clauses too, except thousands separators (3,000).
_EN_CLAUSE_END = re.compile(r"[;:]|,(?!\d{3})")


def clause_start(s: str, pos: int, lang: str) -> int:
    """Offset where the clause containing ``pos`` starts."""
    pattern = _ZH_CLAUSE_END if lang == "zh" else _EN_CLAUSE_END
    best = -1
    for m in pattern.finditer(s, 0, pos):
        best = m.start()
    return best + 1


def clause_end(s: str, pos: int, lang: str) -> int:
    """Offset where the clause containing ``pos`` ends."""
    m = (_ZH_CLAUSE_END if lang == "zh" else _EN_CLAUSE_END).search(s, pos)
    return m.start() if m else len(s)
