"""Cheap necessary conditions checked before running an expensive regular expression.

Python's ``re`` tries a pattern at every position of a sentence unless the pattern starts with
a literal; for most patterns of the extractor that costs ~0.1 µs a character, and most sentences
contain nothing the pattern could match. A plain substring test (``"illion" in folded``) runs
at C speed, so each extractor tests first for a word that every match must contain.

For patterns compiled with ``re.IGNORECASE`` the test runs on :func:`fold`: ``str.lower()`` plus
the three non-ASCII letters that ``re.IGNORECASE`` equates with ASCII ``i`` and ``s`` but
``lower()`` does not (İ, ı, ſ), so a substring test on the folded text never rejects a sentence
the pattern would match.

:func:`needle_groups` arranges a list of needles so that those sharing a substring (a key, "requir"
of "required licen" and "requiring export") are tested as one while the key is absent, as it is in
most sentences; :func:`has_any_grouped` (inlined by :class:`Guarded` and the event rules) gives
:func:`has_any`'s answer with fewer tests.

:func:`edge_chars` reads off a parsed pattern the characters its matches start (or end) with, for
a test of a text's first (last) character inline, before the regex call.

Cheaper ways for re itself (speed pass 15), each giving the pattern's own matches:
:func:`with_heads` (:class:`LiteralHeads`) tries a pattern re would try at every position only
where the literal text its branches open with occurs (found with ``str.find``); :class:`FoldedTwin`
searches a lower-case re.IGNORECASE pattern case-sensitively in the folded text; :func:`flatten`
compiles optional groups ``(…)?`` as alternations ``(?:…|)``, sparing re's repeat machinery.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _sre  # (the parsed form of a pattern, for edge_chars)
from re import _compiler  # (re's own start scan, for with_heads)
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


# A group's key is at least this long: shorter keys ("ed", "ing") are in most sentences, and a key
# found sends the test on to its members. A key with a Chinese character may be two long (示范 of
# 示范区 and 示范城市, 印发 of 印发。 and 印发；): a pair of characters is as rare as four letters.
_GROUP_KEY_MIN, _GROUP_KEY_MIN_CHINESE, _GROUP_KEY_MAX = 4, 2, 8

NeedleGroups = tuple[tuple[str, "tuple[str, ...] | None"], ...]


def needle_groups(needles: tuple[str, ...]) -> NeedleGroups:
    """``needles`` as (key, members) pairs for :func:`has_any_grouped`: needles sharing a substring
    (the key: "suspen" of "suspended" and "suspension", "icen" of "licence", "license", "Licen")
    are tested as one when the key is absent, as it is in most sentences; a needle in no group is
    its own key (members None). Every needle is in one group and contains its key, so the answer is
    has_any's. (Speed pass 30: a rule's or pattern's needles are tested one by one in every
    sentence its pattern cannot match; a key stands for 2–8 of them there.)"""
    # (every substring of each needle that could be a key, with the needles holding it, in order)
    needles = tuple(dict.fromkeys(needles))  # (a needle written twice is tested once)
    holders: dict[str, list[str]] = {}
    for needle in needles:
        for size in range(_GROUP_KEY_MIN_CHINESE, min(len(needle), _GROUP_KEY_MAX) + 1):
            for at in range(len(needle) - size + 1):
                key = needle[at:at + size]
                if size >= _GROUP_KEY_MIN or not key.isascii():
                    holders.setdefault(key, [])
    for key, held in holders.items():
        held.extend(n for n in needles if key in n)
    left = list(needles)
    groups: list[tuple[str, tuple[str, ...] | None]] = []
    while True:
        # (the key standing for most of the needles left, the longest such: a rarer string)
        best, cover = None, []
        for key, held in holders.items():
            now = [n for n in held if n in left]
            if len(now) >= 2 and (len(now), len(key)) > (len(cover), len(best or "")):
                best, cover = key, now
        if best is None:
            break
        groups.append((best, tuple(cover)))
        left = [n for n in left if n not in cover]
    # (in the needles' own order: the writers put the likeliest first)
    order = {n: i for i, n in enumerate(needles)}
    groups.extend((n, None) for n in left)
    groups.sort(key=lambda g: order[g[1][0] if g[1] else g[0]])
    return tuple(groups)


def has_any_grouped(text: str, groups: NeedleGroups) -> bool:
    """has_any(text, needles) for ``groups`` = needle_groups(needles)."""
    for key, members in groups:
        if key in text:
            if members is None:
                return True
            for member in members:
                if member in text:
                    return True
    return False


class Guarded:
    """A compiled pattern together with strings one of which every match contains: ``search``
    and ``finditer`` give nothing at once when none of them occurs (in the folded text when the
    pattern ignores case). Same results as the bare pattern, for whole-string searches."""

    __slots__ = ("pattern", "needles", "_ascii_needles", "_ascii_groups", "_union", "_folds", "_twin", "_scan")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles
        # An ASCII text (English, mostly) holds no Chinese needle: its test skips them. (Each
        # needle test costs ~400 instructions; most Guarded patterns have words of both languages.)
        self._ascii_needles = tuple(n for n in needles if n.isascii())
        # (and those sharing a substring tested as one while it is absent: needle_groups)
        self._ascii_groups = needle_groups(self._ascii_needles)
        # Other text is tested with one search for all the needles when there are many: re scans
        # Chinese text for their first characters at C speed (~2,000 instructions a search, where
        # 28 tests one by one cost ~11,000). Not ASCII text: letters start most English needles,
        # and re would try the alternation at most places.
        self._union = _union(needles) if len(needles) >= _UNION_MIN else None
        self._folds = bool(pattern.flags & re.IGNORECASE)
        # A case-insensitive pattern written in lower case is run case-sensitively on the
        # folded text, which the needle test has made anyway (see folded_finditer).
        self._twin = case_sensitive_twin(pattern) if self._folds and has_twin(pattern) else None
        # What runs once the needles are found: the twin or the pattern (or, after use_heads, its
        # LiteralHeads: tried only where a match can start)
        self._scan = self._twin or pattern

    def _probe(self, text: str) -> str | None:
        """The text the needles are looked for in (folded when the pattern ignores case), or
        None when none of them occurs."""
        if text.isascii():  # (fold of an ASCII text is its lower case)
            probe = text.lower() if self._folds else text
            for key, members in self._ascii_groups:  # (has_any_grouped inlined: a call costs ~700 instructions)
                if key in probe:
                    if members is None:
                        return probe
                    for member in members:
                        if member in probe:
                            return probe
            return None
        probe = fold(text) if self._folds else text
        if self._union is not None:
            return probe if self._union.search(probe) else None
        for needle in self.needles:
            if needle in probe:
                return probe
        return None

    def use_heads(self) -> Guarded:
        """Search for the matches only where they can start (:func:`with_heads` of the twin or the
        pattern), once the needles are found; this object, for a module-level assignment."""
        self._scan = with_heads(self._twin or self.pattern)
        return self

    def may_match(self, text: str) -> bool:
        return self._probe(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        # (_probe inlined: this runs several times per figure, and a call costs ~700 instructions)
        if text.isascii():
            probe = text.lower() if self._folds else text
            for key, members in self._ascii_groups:  # (has_any_grouped inlined)
                if key in probe:
                    if members is None:
                        break
                    for member in members:
                        if member in probe:
                            break
                    else:
                        continue
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
        if self._twin is None:
            return self._scan.search(text)
        if len(probe) != len(text):
            return self.pattern.search(text)
        m = self._scan.search(probe)
        return self.pattern.match(text, m.start()) if m else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        probe = self._probe(text)
        if probe is None:
            return iter(())
        if self._twin is None:
            return self._scan.finditer(text)
        return folded_finditer(self.pattern, self._scan, text, probe)

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


# --- where a match can start, read off the pattern: literal heads -----------------------------------
# re scans at C speed only for a pattern that opens with a literal or one character class; one that
# opens with \b, a group of words or an alternation whose branches do not each open with a literal
# is tried at every position (~100-200 ns a character of English or Chinese text, a few thousand
# instructions for a sentence). :class:`LiteralHeads` reads off the parsed pattern the literal text
# each of its branches opens with, finds those with ``str.find`` and tries the pattern only there.

_SCANNED = _sre.SRE_INFO_PREFIX | _sre.SRE_INFO_CHARSET  # (flags of re's compiled INFO block)
_SPAN_PER_HEAD = 6  # (see LiteralHeads.shortest)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_MAX_CLASS_HEADS = 4  # a wider class than [Tt] or [,;:]: no head


def _heads_of_seq(seq) -> list[tuple[bool, str]] | None:
    """(whether \\b stands before it, literal text) for each way a match of ``seq`` can open;
    None when some way opens with no literal (a class like \\w, a repeat that may be empty …).
    Zero-width items before the first literal are skipped, so the heads only get more permissive."""
    items = list(seq)
    boundary = False
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        if items[i] == (_sre.AT, _sre.AT_BOUNDARY):
            boundary = True
        i += 1
    if i == len(items):
        return None  # (nothing consumed: the match could be empty, or it opens after this sequence)
    op, av = items[i]
    if op is _sre.LITERAL or op is _sre.IN:
        if op is _sre.IN:
            if not all(kind is _sre.LITERAL for kind, _ in av) or len(av) > _MAX_CLASS_HEADS:
                return None
            firsts = [chr(value) for _, value in av]  # ([Tt]he: heads The and the)
            i += 1
        else:
            firsts = [""]
        text = ""
        while i < len(items) and items[i][0] is _sre.LITERAL:
            text += chr(items[i][1])
            i += 1
        heads = [(boundary, first + text) for first in firsts]
        # (a look-ahead right after the literal text: what it looks for follows the text,
        # t(?=he\s) has the head "the")
        if i < len(items) and items[i][0] is _sre.ASSERT and items[i][1][0] == 1:
            after = _heads_of_seq(items[i][1][1])
        # (or a group right after it: re's parser makes r(?:ail|oad) of rail|road, heads rail and road)
        elif i < len(items) and items[i][0] in (_sre.BRANCH, _sre.SUBPATTERN):
            after = _heads_of_seq(items[i:i + 1])
        else:
            after = None
        if after is not None:
            heads = [(b, t + rest) for b, t in heads for _, rest in after]
        return heads
    if op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP:
        inner = _heads_of_seq(av[-1] if op is _sre.SUBPATTERN else av)
    elif op is _sre.BRANCH:
        inner = []
        for branch in av[1]:
            got = _heads_of_seq(branch)
            if got is None:
                return None
            inner.extend(got)
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        inner = _heads_of_seq(av[2])  # (the first repetition opens the match)
        if av[0] == 0 and inner is not None:  # (or, left out, what comes after it)
            after = _heads_of_seq(items[i + 1:])
            inner = None if after is None else inner + after
    else:
        return None
    if inner is None:
        return None
    return [(boundary or b, t) for b, t in inner]


class LiteralHeads:
    """A compiled pattern, searched only at the places of a text where a match can start: where
    one of the literal texts its branches open with occurs (in :func:`fold` of the text when the
    pattern or part of it ignores case), not after a word character when ``\\b`` stands before a
    head that opens with one. :func:`with_heads` builds it.

    :meth:`finditer` and :meth:`search` give what the pattern's own would, trying it only at those
    places (see :func:`candidate_matches` for why the matches are the same); the pattern's other
    methods and attributes are its own, so it stands in for the pattern."""

    __slots__ = ("regex", "heads", "folds", "shortest", "pattern", "flags", "groupindex", "groups", "match",
                 "fullmatch", "sub", "findall", "split")

    def __init__(self, regex: re.Pattern[str], heads: list[tuple[bool, str]], folds: bool) -> None:
        self.regex = regex
        # (\b before a head that opens with a non-word character asks for a word character before
        # it: not tested, the places are only more; one find per distinct head)
        found: dict[str, bool] = {}
        for boundary, text in heads:
            key = text.lower() if folds else text
            word = key[0].isalnum() or key[0] == "_"
            found[key] = found.get(key, True) and boundary and word
        self.heads = tuple(found.items())
        self.folds = folds
        # A text shorter than this is searched by the pattern itself: a find per head costs about
        # what re spends on a few characters (~150-250 instructions against ~50-200 a character)
        self.shortest = _SPAN_PER_HEAD * len(self.heads)
        self.pattern, self.flags = regex.pattern, regex.flags
        self.groupindex, self.groups = regex.groupindex, regex.groups
        self.match, self.fullmatch, self.sub, self.findall, self.split = (
            regex.match, regex.fullmatch, regex.sub, regex.findall, regex.split)

    def places(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int] | None:
        """Where a match can start in ``text[pos:endpos]``, in order; None when the text cannot be
        folded in place (a character whose lower case is longer: the caller runs the pattern)."""
        end = len(text) if endpos is None else endpos
        probe = text
        if self.folds:
            probe = fold(text)
            if len(probe) != len(text):
                return None
        found = []
        for head, boundary in self.heads:
            at = probe.find(head, pos, end)
            while at >= 0:
                # (re's \w: str.isalnum or "_"; tested on the text itself, as re does)
                if not boundary or at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                    found.append(at)
                at = probe.find(head, at + 1, end)
        if len(found) > 1:
            found = sorted(set(found))
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if end - pos < self.shortest:
            return self.regex.finditer(text, pos, end)
        places = self.places(text, pos, end)
        if places is None:
            return self.regex.finditer(text, pos, end)
        if not places:
            return iter(())
        return _matches_at(self.regex, text, places, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if end - pos < self.shortest:
            return self.regex.search(text, pos, end)
        places = self.places(text, pos, end)
        if places is None:
            return self.regex.search(text, pos, end)
        match = self.regex.match
        for at in places:
            m = match(text, at, end)
            if m:
                return m
        return None


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int], end: int) -> Iterator[re.Match[str]]:
    """The matches finditer finds when no match can start off ``places`` (and none is empty)."""
    resume = 0
    for at in places:
        if at < resume:
            continue
        m = pattern.match(text, at, end)
        if m:
            yield m
            resume = m.end()


def heads_of(pattern: re.Pattern[str]) -> LiteralHeads | None:
    """:class:`LiteralHeads` of ``pattern``, or None when some branch opens with no literal text
    (a class such as \\w or \\d, ``.``, an optional part, a back reference), or the pattern is
    multi-line, or ignores case with a head that is not ASCII and has cases."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        return None
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.MULTILINE:
        return None
    heads = _heads_of_seq(parsed.data)
    if not heads:
        return None
    # (any part ignoring case: all heads are looked for in the folded text, lower case)
    folds = bool(pattern.flags & re.IGNORECASE) or "(?i" in pattern.pattern
    if folds and any(not c.isascii() and (c.lower() != c or c.upper() != c) for _, t in heads for c in t):
        return None
    return LiteralHeads(pattern, heads, folds)


def with_heads(pattern):
    """:func:`heads_of` ``pattern`` when re cannot scan for where its matches start by itself (a
    literal prefix or one class of first characters, which it finds at C speed), else ``pattern``;
    a :class:`Guarded` is given its heads (:meth:`Guarded.use_heads`).

    Whether it pays depends on the texts: a find per head against re's try at every position. It
    is given to the patterns it measured faster on (a per-pattern callgrind replay of the snapshot
    articles' calls, benchmarks/README.md, speed pass 15), not to all."""
    if isinstance(pattern, Guarded):
        return pattern.use_heads()
    if _compiler._code(_sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)[2] & _SCANNED:
        return pattern
    return heads_of(pattern) or pattern


# --- optional groups without re's repeat machinery ---------------------------------------------------
# re compiles an optional group, (?P<unit>%|元|…)?, as a general repeat (a context pushed for the
# try, marks saved, a check per iteration): ~300-1,000 instructions each time the match reaches it,
# where an alternation with an empty branch, (?:(?P<unit>…)|), costs a jump. Both try the group
# first, then nothing; the matches and groups are the same (tests/facts/test_speed_pass15.py).


def _flat_items(items) -> list:
    """``items`` (a parsed sequence) with each greedy or lazy optional non-simple item as an
    alternation of it and an empty branch (lazy: the empty branch first), inside groups too."""
    out = []
    for op, av in items:
        if op is _sre.SUBPATTERN:
            av[3].data = _flat_items(av[3].data)
        elif op is _sre.BRANCH:
            for branch in av[1]:
                branch.data = _flat_items(branch.data)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            av[1].data = _flat_items(av[1].data)
        elif op is _sre.ATOMIC_GROUP:
            av.data = _flat_items(av.data)
        elif op is _sre.GROUPREF_EXISTS:
            raise ValueError("conditional group")  # (not rewritten: the pattern is kept as it is)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, high, body = av
            body.data = _flat_items(body.data)
            # (a single character or class, (?:x)?, is re's fast single-character repeat already)
            if op is not _sre.POSSESSIVE_REPEAT and low == 0 and high == 1 and not _compiler._simple(body):
                empty = _sre_parse.SubPattern(body.state, [])
                out.append((_sre.BRANCH, (None, [body, empty] if op is _sre.MAX_REPEAT else [empty, body])))
                continue
        out.append((op, av))
    return out


def flatten(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again with each optional group ``(…)?`` (``(…)??``) as an alternation
    with an empty branch after (before) it: the same pattern (source, flags, groups), the same
    matches, a cheaper match. Built as re.compile builds a pattern, from the rewritten parse; the
    pattern itself when that is not possible (a conditional group, another Python's re)."""
    assert isinstance(pattern, re.Pattern), pattern  # (not a Guarded: its twin and scan are made from it)
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        parsed.data = _flat_items(parsed.data)
        code = _compiler._code(parsed, pattern.flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        flat = _compiler._sre.compile(pattern.pattern, pattern.flags | state.flags, code, state.groups - 1,
                                      state.groupdict, tuple(indexgroup))
    except Exception:  # (private parts of re: a Python whose re differs keeps the plain pattern)
        return pattern
    if flat.flags != pattern.flags or flat.groupindex != pattern.groupindex or flat.groups != pattern.groups:
        return pattern
    return flat


class FoldedTwin:
    """A case-insensitive pattern written in lower case (:func:`has_twin`), searched for by its
    :func:`case_sensitive_twin` in :func:`fold` of the text, each match then taken by the pattern
    itself at the place the twin found it: the same matches (see :func:`folded_finditer`), also in
    a window (``pos``, ``endpos``). With re.IGNORECASE, re compares each letter through its case
    table and tries every word of an alternation; the twin skips the words whose first letter
    differs. The pattern's other methods and attributes are its own."""

    __slots__ = ("regex", "twin", "pattern", "flags", "groupindex", "groups", "match", "fullmatch", "sub", "findall",
                 "split")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.twin = case_sensitive_twin(regex)
        self.pattern, self.flags = regex.pattern, regex.flags
        self.groupindex, self.groups = regex.groupindex, regex.groups
        self.match, self.fullmatch, self.sub, self.findall, self.split = (
            regex.match, regex.fullmatch, regex.sub, regex.findall, regex.split)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        folded = fold(text)
        if len(folded) != len(text):
            return self.regex.search(text, pos, end)
        m = self.twin.search(folded, pos, end)
        return self.regex.match(text, m.start(), end) if m else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        folded = fold(text)
        if len(folded) != len(text):
            return self.regex.finditer(text, pos, end)
        return _matches_at(self.regex, text, [m.start() for m in self.twin.finditer(folded, pos, end)], end)
