"""Clause boundaries inside a sentence: the unit within which a figure's cues, subject and
time expression are looked for first; and the English opening that ties a sentence to the
occasion the sentence before told ("Alongside the revision,"), read by events and metrics alike."""
from __future__ import annotations

import re

_ZH_CLAUSE_END = re.compile(r"[，；：。,;:]")
# English commas end clauses too, except thousands separators (3,000). (It means "[;:]|,(?!\d{3})":
# written to open with one class, which re scans for at C speed; an alternation whose branches do
# not all open with a literal is tried at every position.)
_EN_CLAUSE_END = re.compile(r"[;:,](?:(?<=,)(?!\d{3})|(?<!,))")


_THOUSANDS = re.compile(r"\d{3}")


# The text up to the last Chinese clause mark (greedy: re runs to the end, then steps back to the
# mark), matched in ``s[:pos]``: one regex call finds the last of the seven marks, where str.rfind
# costs a call per mark (~1,500 instructions each with bounds: ~13,000 in all, the match ~3,500
# when the mark is ~20 characters back). English has two marks, and a step back costs more than
# a call: str.rfind there.
_ZH_UP_TO_LAST_END = re.compile(r".*[，；：。,;:]", re.S)


def clause_start(s: str, pos: int, lang: str) -> int:
    """Offset where the clause containing ``pos`` starts: after the last clause end in
    ``s[:pos]`` (the patterns above, applied to ``s[:pos]`` alone)."""
    if lang == "zh":
        m = _ZH_UP_TO_LAST_END.match(s, 0, pos)
        return m.end() if m else 0
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


# A sentence opening on the occasion the sentence before told: "In the same notice,", "Under the same
# circular,", "Alongside the launch,", "Along with the plan,". (Not "At the same time,", which only
# joins two remarks.)
EN_SAME_OCCASION = re.compile(
    r"(?:In|Under|With)\s+the\s+same\s+(?:notice|circular|document|statement|announcement|decision|plan|guideline)\s*,"
    # ("At the same event, the administration named …", "At the same ceremony, …": the occasion just told)
    r"|(?:At|During)\s+the\s+same\s+(?:event|ceremony|meeting|launch)\s*,"
    # (the noun may carry one adjective: "Together with the new rules,")
    r"|(?:Alongside|Along\s+with|Together\s+with|With)\s+the\s+(?:(?:new|revised|latest|updated)\s+)?(?:launch|notice|circular|plan|guidelines?|rules|measures"
    r"|campaign|announcement|release|decision"
    # ("Alongside the revision, the ministry named 22 producers …": the act just told named as a noun,
    # a revision, an update, an amendment or a publication of a document; or the document itself)
    r"|revisions?|update|amendments?|publication|issuance|roll-?out|(?:new\s+|revised\s+)?(?:standard\s+)?conditions"
    r"|catalog(?:ue)?|regulations?)\s*,")
