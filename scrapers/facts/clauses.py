"""Clause boundaries inside a sentence: the unit within which a figure's cues, subject and
time expression are looked for first."""
from __future__ import annotations

import re

_ZH_CLAUSE_END = re.compile(r"[，；：。,;:]")
# English commas end clauses too, except thousands separators (3,000).
_EN_CLAUSE_END = re.compile(r"[;:]|,(?!\d{3})")


_THOUSANDS = re.compile(r"\d{3}")


def clause_start(s: str, pos: int, lang: str) -> int:
    """Offset where the clause containing ``pos`` starts: after the last clause end in
    ``s[:pos]`` (the patterns above, applied to ``s[:pos]`` alone)."""
    # str.rfind per mark (the characters of _ZH_CLAUSE_END) instead of iterating over every
    # match: called once per figure.
    if lang == "zh":
        return max(s.rfind("，", 0, pos), s.rfind("；", 0, pos), s.rfind("：", 0, pos), s.rfind("。", 0, pos),
                   s.rfind(",", 0, pos), s.rfind(";", 0, pos), s.rfind(":", 0, pos)) + 1
    best = max(s.rfind(";", 0, pos), s.rfind(":", 0, pos))
    comma = s.rfind(",", best + 1, pos)
    # A comma before three digits (3,000) ends no clause; digits past ``pos`` are not seen.
    while comma >= 0 and _THOUSANDS.match(s, comma + 1, pos):
        comma = s.rfind(",", best + 1, comma)
    return max(best, comma) + 1


def clause_end(s: str, pos: int, lang: str) -> int:
    """Offset where the clause containing ``pos`` ends."""
    m = (_ZH_CLAUSE_END if lang == "zh" else _EN_CLAUSE_END).search(s, pos)
    return m.start() if m else len(s)
