"""Cheap necessary conditions checked before running an expensive regular expression.

Python's ``re`` tries a pattern at every position of a sentence unless the pattern starts with
a literal; for most patterns of the extractor that costs ~0.1 µs a character, and most sentences
contain nothing the pattern could match. A plain substring test (``"illion" in folded``) runs
at C speed, so each extractor tests first for a word that every match must contain.

For patterns compiled with ``re.IGNORECASE`` the test runs on :func:`fold`: ``str.lower()`` plus
the three non-ASCII letters that ``re.IGNORECASE`` equates with ASCII ``i`` and ``s`` but
``lower()`` does not (İ, ı, ſ), so a substring test on the folded text never rejects a sentence
the pattern would match.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_ODD_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """Lower-cased ``text`` for substring tests standing in for ``re.IGNORECASE`` patterns
    (not for offsets: the length may change)."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_ODD_LETTERS)
    return text.lower()


def has_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether one of ``needles`` occurs in ``text``."""
    for needle in needles:  # a plain loop: any() over a generator costs more than the tests
        if needle in text:
            return True
    return False


class Guarded:
    """A compiled pattern together with strings one of which every match contains: ``search``
    and ``finditer`` give nothing at once when none of them occurs (in the folded text when the
    pattern ignores case). Same results as the bare pattern, for whole-string searches."""

    __slots__ = ("pattern", "needles", "_folds", "_twin")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles
        self._folds = bool(pattern.flags & re.IGNORECASE)
        # A case-insensitive pattern written in lower case is run case-sensitively on the
        # folded text, which the needle test has made anyway (see folded_finditer).
        self._twin = case_sensitive_twin(pattern) if self._folds and has_twin(pattern) else None

    def may_match(self, text: str) -> bool:
        return has_any(fold(text) if self._folds else text, self.needles)

    def search(self, text: str) -> re.Match[str] | None:
        probe = fold(text) if self._folds else text
        for needle in self.needles:  # (has_any inlined: this runs for every figure)
            if needle in probe:
                if self._twin is None or len(probe) != len(text):
                    return self.pattern.search(text)
                m = self._twin.search(probe)
                return self.pattern.match(text, m.start()) if m else None
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._twin is None:
            return self.pattern.finditer(text) if self.may_match(text) else iter(())
        probe = fold(text)
        return folded_finditer(self.pattern, self._twin, text, probe) if has_any(probe, self.needles) else iter(())

    def findall(self, text: str) -> list:
        return self.pattern.findall(text) if self.may_match(text) else []


def candidate_matches(pattern: re.Pattern[str], starts: re.Pattern[str], text: str,
                      probe: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` finds a place a match
    can begin (a character class, which ``re`` scans for at C speed; a pattern opening with an
    alternation, an optional group or a look-behind is tried at every position instead).

    The same matches, provided ``pattern`` never matches the empty string and ``starts`` finds
    every position a match can start at: finditer takes the leftmost position where the pattern
    matches, from the end of the previous match on, and ``match(text, pos)`` still sees the text
    before ``pos`` for look-behinds and word boundaries.

    ``starts`` runs on ``probe`` when given: a string of the same length whose places are the
    text's (:func:`fold` of it, for a ``starts`` written in lower case)."""
    resume = 0
    for candidate in starts.finditer(text if probe is None else probe):
        pos = candidate.start()
        if pos < resume:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            resume = m.end()


def has_twin(pattern: re.Pattern[str]) -> bool:
    """Whether :func:`case_sensitive_twin` applies: re.IGNORECASE, every letter written in lower
    case (so no \\S, \\W, \\D, \\B, \\A, \\Z either) and no range of letters in a class."""
    letters = pattern.pattern.replace("(?P<", "")  # (group names are not matched)
    return (bool(pattern.flags & re.IGNORECASE) and letters == letters.lower()
            and not re.search(r"\[[^\]]*[a-z]-[a-z]", pattern.pattern))


def case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (re.IGNORECASE, written all in lower case) without re.IGNORECASE, to run on
    :func:`fold`-ed text: with re.I, re tries every word of an alternation at every place; case-
    sensitively it skips the words whose first letter differs."""
    assert has_twin(pattern), pattern
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def folded_finditer(pattern: re.Pattern[str], twin: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, found by ``twin`` (:func:`case_sensitive_twin`) in ``folded``
    = ``fold(text)``; each match is then taken again by ``pattern`` on ``text`` at the same place.

    The same matches: fold keeps every character in its place and turns it into the letter
    re.IGNORECASE equates it with (tests/facts/test_folded_patterns.py checks every character
    for the letters of the patterns that use this), so both patterns take the same path."""
    if len(folded) != len(text):
        yield from pattern.finditer(text)
        return
    for m in twin.finditer(folded):
        yield pattern.match(text, m.start())
