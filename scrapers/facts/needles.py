"""Cheap necessary conditions checked before running an expensive regular expression.

Python's ``re`` tries a pattern at every position of a sentence unless the pattern starts with
a literal; for most patterns of the extractor that costs ~0.1 µs a character, and most sentences
contain nothing the pattern could match. A plain substring test (``"illion" in folded``) runs
at C speed, so each extractor tests first for a word that every match must contain.

For patterns compiled with ``re.IGNORECASE`` the test runs on :func:`fold`: ``str.lower()`` plus
the three non-ASCII letters that ``re.IGNORECASE`` equates with ASCII ``i`` and ``s`` but
``lower()`` does not (İ, ı, ſ), so a substring test on the folded text never rejects a sentence
the pattern would match.

:func:`edge_chars` reads off a parsed pattern the characters its matches start (or end) with, for
a test of a text's first (last) character inline, before the regex call.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _sre  # (the parsed form of a pattern, for edge_chars)
from re import _parser as _sre_parse

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

    __slots__ = ("pattern", "needles", "_ascii_needles", "_union", "_folds", "_twin")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles
        # An ASCII text (English, mostly) holds no Chinese needle: its test skips them. (Each
        # needle test costs ~400 instructions; most Guarded patterns have words of both languages.)
        self._ascii_needles = tuple(n for n in needles if n.isascii())
        # Other text is tested with one search for all the needles when there are many: re scans
        # Chinese text for their first characters at C speed (~2,000 instructions a search, where
        # 28 tests one by one cost ~11,000). Not ASCII text: letters start most English needles,
        # and re would try the alternation at most places.
        self._union = _union(needles) if len(needles) >= _UNION_MIN else None
        self._folds = bool(pattern.flags & re.IGNORECASE)
        # A case-insensitive pattern written in lower case is run case-sensitively on the
        # folded text, which the needle test has made anyway (see folded_finditer).
        self._twin = case_sensitive_twin(pattern) if self._folds and has_twin(pattern) else None

    def _probe(self, text: str) -> str | None:
        """The text the needles are looked for in (folded when the pattern ignores case), or
        None when none of them occurs."""
        if text.isascii():  # (fold of an ASCII text is its lower case)
            probe = text.lower() if self._folds else text
            for needle in self._ascii_needles:
                if needle in probe:
                    return probe
            return None
        probe = fold(text) if self._folds else text
        if self._union is not None:
            return probe if self._union.search(probe) else None
        for needle in self.needles:
            if needle in probe:
                return probe
        return None

    def may_match(self, text: str) -> bool:
        return self._probe(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        # (_probe inlined: this runs several times per figure, and a call costs ~700 instructions)
        if text.isascii():
            probe = text.lower() if self._folds else text
            for needle in self._ascii_needles:
                if needle in probe:
                    break
            else:
                return None
        else:
            probe = fold(text) if self._folds else text
            if self._union is not None:
                if self._union.search(probe) is None:
                    return None
            else:
                for needle in self.needles:
                    if needle in probe:
                        break
                else:
                    return None
        if self._twin is None or len(probe) != len(text):
            return self.pattern.search(text)
        m = self._twin.search(probe)
        return self.pattern.match(text, m.start()) if m else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        probe = self._probe(text)
        if probe is None:
            return iter(())
        if self._twin is None:
            return self.pattern.finditer(text)
        return folded_finditer(self.pattern, self._twin, text, probe)

    def findall(self, text: str) -> list:
        return self.pattern.findall(text) if self.may_match(text) else []


_UNION_MIN = 6  # (fewer needles: testing them one by one costs less than a search)


def _union(needles: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching wherever one of ``needles`` occurs (longest first, for no reason but
    a stable order: any match will do)."""
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


def candidate_matches(pattern: re.Pattern[str], starts: re.Pattern[str] | WordStarts, text: str,
                      probe: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` finds a place a match
    can begin (a character class, which ``re`` scans for at C speed; a pattern opening with an
    alternation, an optional group or a look-behind is tried at every position instead; or a
    :class:`WordStarts`, whose places are found by ``str.find``).

    The same matches, provided ``pattern`` never matches the empty string and ``starts`` finds
    every position a match can start at: finditer takes the leftmost position where the pattern
    matches, from the end of the previous match on, and ``match(text, pos)`` still sees the text
    before ``pos`` for look-behinds and word boundaries.

    ``starts`` runs on ``probe`` when given: a string of the same length whose places are the
    text's (:func:`fold` of it, for a ``starts`` written in lower case)."""
    resume = 0
    where = text if probe is None else probe
    if type(starts) is WordStarts:
        for pos in starts.places(where):
            if pos < resume:
                continue
            m = pattern.match(text, pos)
            if m:
                yield m
                resume = m.end()
        return
    # (the starts read off the scan's matches here: a generator over them would cost a frame step
    # per place)
    for c in starts.finditer(where):
        pos = c.start()
        if pos < resume:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            resume = m.end()


class WordStarts:
    """Where a match of an English pattern that opens with ``\\b`` and one of ``prefixes`` (lower
    case, as written in the pattern) can start, found in the case-folded sentence (:func:`fold`:
    every character keeps its place and folds to the letter re.IGNORECASE equates it with): the
    places where a prefix occurs with no word character before it.

    :meth:`places` finds them with ``str.find``, one scan per prefix at C speed; ``pattern`` is
    the regex that finds the same places (a class of the prefixes' first letters, then look-
    arounds), which enters re's matcher at every such letter of the sentence, most of them inside
    words: for a class of nine letters, a scan of English text cost ~4 times the finds."""

    __slots__ = ("prefixes", "pattern")

    def __init__(self, *prefixes: str) -> None:
        # (each prefix starts with a letter or digit, so \b before it means no word character)
        assert all(p[:1].isalnum() for p in prefixes), prefixes
        self.prefixes = prefixes
        first = "".join(sorted({p[0] for p in prefixes}))
        rest = "|".join(f"(?<={re.escape(p[0])})(?={re.escape(p[1:])})" for p in prefixes)
        self.pattern = re.compile(f"[{first}](?<!\\w.)(?:{rest})")

    def places(self, probe: str) -> list[int]:
        """The places of ``probe`` where the pattern matches, in order (re's \\w is a letter,
        digit or numeral — str.isalnum — or "_")."""
        found = []
        for prefix in self.prefixes:
            pos = probe.find(prefix)
            while pos >= 0:
                if pos == 0 or not (probe[pos - 1].isalnum() or probe[pos - 1] == "_"):
                    found.append(pos)
                pos = probe.find(prefix, pos + 1)
        # (two prefixes may start at one place: "the first" and "the ")
        return sorted(set(found)) if len(found) > 1 else found


def word_starts(*prefixes: str) -> WordStarts:
    """:class:`WordStarts` of ``prefixes``, for :func:`candidate_matches`."""
    return WordStarts(*prefixes)


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


# --- the characters a match starts or ends with ------------------------------------------------------
# A regex call costs ~1,500-2,000 instructions even on a short text that fails at once (argument
# parsing, a matcher state cleared per call); a Python call or a slice costs ~700-1,300, a str
# ``in`` test of a constant ~350 (valgrind). So a guard pays only inline, and most when one test
# spares several patterns: e.g. the set of characters every match of a few patterns ending in $
# ends with, read off the parsed patterns here, tested on the text's last character.

_MAX_RANGE = 256  # a wider class (\w, [^…], a big range) is no small set: no guard


def _first_of_seq(seq, reverse: bool):
    """(characters the sequence's match can start with — or end with, ``reverse`` —, whether it
    can match the empty string); (None, _) when they are not a small known set."""
    chars: set[str] = set()
    for op, av in (reversed(list(seq)) if reverse else seq):
        got, nullable = _first_of_item(op, av, reverse)
        if got is None:
            return None, False
        chars |= got
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op, av, reverse: bool):
    if op is _sre.LITERAL:
        return {chr(av)}, False
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < _MAX_RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY (\d, \s, \w): no small set
                return None, False
        return chars, False
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, seq = av
        if add_flags & (re.IGNORECASE | re.DOTALL | re.MULTILINE) or del_flags:
            return None, False
        return _first_of_seq(seq, reverse)
    if op is _sre.ATOMIC_GROUP:
        return _first_of_seq(av, reverse)
    if op is _sre.BRANCH:
        chars, nullable = set(), False
        for seq in av[1]:
            got, empty = _first_of_seq(seq, reverse)
            if got is None:
                return None, False
            chars |= got
            nullable = nullable or empty
        return chars, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, seq = av
        got, empty = _first_of_seq(seq, reverse)
        return got, (low == 0 or empty)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # (zero width: what follows decides; the guard only gets wider)
    if op is _sre.AT and av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING, _sre.AT_END_STRING):
        return set(), True
    return None, False  # ., $ (it also holds before a final line break), \b, back references …


def edge_chars(pattern: re.Pattern[str], last: bool = False) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with (``last``: ends with), or None when
    that is no small known set: a match may be empty, a class such as \\w or \\d, ``.``, a back
    reference, multi-line matching. For a case-insensitive pattern, the ASCII characters in lower
    case (None if it has others)."""
    if pattern.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE):
        return None
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & (re.MULTILINE | re.DOTALL):
        return None
    chars, nullable = _first_of_seq(parsed.data, last)
    if chars is None or nullable:
        return None
    if pattern.flags & re.IGNORECASE:
        # The characters in lower case (a caller tests an ASCII first character only: re.IGNORECASE
        # equates an ASCII letter with its other case, and with a few non-ASCII letters: ſ, ı, K …)
        if not all(c.isascii() for c in chars):
            return None
        return frozenset(c.lower() for c in chars)
    return frozenset(chars)
