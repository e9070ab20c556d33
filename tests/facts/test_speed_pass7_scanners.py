"""Speed pass 7, per-sentence scanners: each cheaper path gives what the path it replaced gave.

units: the digit test, the digit-only start scan of ASCII English text, the start scans of the
word-share patterns and the gate before "making up half"; periods: the ``in`` tests that find an
English sentence's needles and the month needles of "in March"; sentences: white space trimmed
by str.strip with offsets kept exact."""
from __future__ import annotations

import random
import re

from scrapers.facts import periods, sentences, units
from scrapers.facts.needles import candidate_matches, fold, has_any
from scrapers.facts.sentences import split_sentences

# Characters that fold or re treat specially: İ ı ſ and the Kelvin sign fold to ASCII letters, ٣ is
# a non-ASCII digit (\d), NBSP and the ideographic space are white space.
_ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "\u00a0", "\n", "\u3000", "٣", "５"]


def _strings(pieces: list[str], seed: int, n: int = 3000, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_has_digit_is_the_digit_search() -> None:
    seen = set()
    for text in _strings(["a", " ", "7", "0", "x9", ".", "万"] + _ODD, seed=1):
        got = units._has_digit(text)
        assert got == bool(re.search(r"\d", text)), text
        seen.add((got, text.isascii()))
    assert seen == {(True, True), (True, False), (False, True), (False, False)}


_EN_PIECES = ["1", "23", "0.5", "07", "1,234", ",", ".", "5.1", "US$", "$", "RMB", "rmb ", "Rmb", "us$", "¥", "u", "r", "a", "-", "/",
              ":", " ", "percent", " million", " billion", " yuan", " times", "-fold", "%", "x1", "2024", " dollars"]


def test_digit_only_starts_find_every_english_quantity_where_they_are_used() -> None:
    # The digit-only scan is used for ASCII text with no "$" and no "rmb": there it must find every
    # match of the full pattern; the texts are generated with and without those, to hit both sides.
    used = 0
    for text in _strings(_EN_PIECES + _ODD, seed=2, n=8000):
        want = [(m.span(), m.groups()) for m in units._EN_QUANTITY.finditer(text)]
        assert [(m.span(), m.groups()) for m in candidate_matches(units._EN_QUANTITY, units._EN_QUANTITY_STARTS, text)] == want
        if text.isascii() and "$" not in text and "rmb" not in fold(text):
            got = [(m.span(), m.groups()) for m in
                   candidate_matches(units._EN_QUANTITY, units._EN_QUANTITY_DIGIT_STARTS, text)]
            assert got == want, text
            used += bool(want)
    assert used > 150


def test_en_quantities_take_the_same_figures_with_either_start_scan() -> None:
    # The whole scanner on texts that take the digit-only scan, then with the general scan put in
    # its place: the same figures.
    texts = [t for t in _strings(_EN_PIECES, seed=3, n=6000) if t.isascii() and "$" not in t and "rmb" not in t.lower()]
    assert len(texts) > 500
    fast = [units._en_quantities(t, units._has_digit(t), fold(t)) for t in texts]
    saved = units._EN_QUANTITY_DIGIT_STARTS
    try:
        units._EN_QUANTITY_DIGIT_STARTS = units._EN_QUANTITY_STARTS
        general = [units._en_quantities(t, units._has_digit(t), fold(t)) for t in texts]
    finally:
        units._EN_QUANTITY_DIGIT_STARTS = saved
    assert fast == general
    assert sum(map(len, fast)) > 150


_SHARE_PIECES = ["half", "Half", "HALF", " of", " of the", "a quarter", "A Third", "a fifth", "a tenth", "one-third",
                 "one third", "two-thirds", "three quarters", "nearly ", "about ", "more than ", "over ", "first ",
                 "last ", "second ", "latter ", "making up ", "made up ", "Accounting for ", "accounts for ",
                 "account for ", "makes up ", " ", "x", "-", "\t", "of", "one", "two", "three", "making up half",
                 "accounting for nearly half", "half of", "a third of", "UP"]


def test_word_share_starts_find_what_finditer_finds() -> None:
    hits = {units._EN_WORD_SHARES: 0, units._EN_HALF_OF_IT: 0}
    starts = {units._EN_WORD_SHARES: units._EN_WORD_SHARES_STARTS, units._EN_HALF_OF_IT: units._EN_HALF_OF_IT_STARTS}
    for text in _strings(_SHARE_PIECES + _ODD, seed=4, n=6000, most=8):
        folded = fold(text)
        if len(folded) != len(text):
            continue  # (the scanner then runs the pattern's own finditer)
        for pattern, where in starts.items():
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in candidate_matches(pattern, where, text, folded)] == want, text
            hits[pattern] += bool(want)
    assert min(hits.values()) > 100


def test_making_up_half_needs_half_and_up_or_account() -> None:
    matched = 0
    for text in _strings(_SHARE_PIECES + _ODD, seed=5, n=6000, most=6):
        if units._EN_HALF_OF_IT.search(text):
            matched += 1
            folded = fold(text)
            assert "half" in folded and ("up" in folded or "account" in folded), text
    assert matched > 100


def test_word_shares_match_the_whole_pattern_scans() -> None:
    # _en_word_shares against the same loops over the bare patterns' finditer.
    def reference(s: str) -> list[tuple]:
        out = []
        if not has_any(fold(s), ("half", "quarter", "third", "fifth", "tenth")):
            return out
        for m in units._EN_WORD_SHARES.finditer(s):
            out.append((m.start("w"), m.end("w"), units._WORD_SHARE_VALUES[m.group("w").lower()]))
        for m in units._EN_HALF_OF_IT.finditer(s):
            out.append((m.start("w"), m.end("w"), 50.0))
        if " by " in s:
            for m in units._EN_CHANGED_BY_FRACTION.finditer(s):
                out.append((m.start("w"), m.end("w"), units._WORD_SHARE_VALUES[m.group("w").lower()]))
        return out

    found = 0
    for text in _strings(_SHARE_PIECES + [" by ", "fell by ", "rose by "] + _ODD, seed=6, most=8):
        got = [(q.start, q.end, q.value) for q in units._en_word_shares(text, fold(text))]
        assert got == reference(text), text
        found += len(got)
    assert found > 100


def test_english_needles_found_by_in_tests_enable_what_the_scan_enables() -> None:
    needles = {n for _, _, ns in periods._EN_PATTERNS for group in periods.needle_groups(ns) for n in group}
    # (the ASCII needles: the in-tests are asked of ASCII probes only; "’s", month_possessive's
    # curly apostrophe since speed pass 24, is found by the scan)
    pieces = sorted(n for n in needles if n.isascii()) + ["a", "e", "n", " ", "1", "the", "and", "to", "x"]
    for text in _strings(pieces, seed=7, most=12):
        probe = text.lower()
        assert probe.isascii()
        index = periods._EN_INDEX
        assert index._indices(index._found(probe)) == index._indices(index._scanned(probe)), probe


def test_in_month_needs_a_month_name() -> None:
    # The needles of "in March" ask for the first three letters of a month besides "in ".
    kind, pattern, needles = next(p for p in periods._EN_PATTERNS if p[0] == "in_month")
    matched = 0
    months = ["January", "Feb.", "MAR", "april", "May", "June", "Jul", "Aug.", "Sept", "September", "Oct", "nov", "DEC"]
    for text in _strings(["in ", "In ", "IN ", " ", "2024", ", ", "this year", "of last year", "x"] + months, seed=8):
        for m in pattern.finditer(text):
            matched += 1
            probe = fold(m.group())
            assert all(any(n in probe for n in group) for group in periods.needle_groups(needles)), m.group()
    assert matched > 70


def _split_reference(text: str) -> list[tuple[int, int, str]]:
    """sentences._split with the former character-by-character trimming of each piece."""
    out = []

    def append(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end, text[start:end]))

    for block_start, block_end in sentences._blocks(text):
        pos = block_start
        for cut in sentences._cuts(text[block_start:block_end]):
            append(pos, block_start + cut)
            pos = block_start + cut
        append(pos, block_end)
    return out


def test_sentences_are_trimmed_with_exact_offsets() -> None:
    pieces = ["Output rose.", " ", "  ", "\n", "\u3000", "\u00a0", "\t", "It fell 5.1%.", "产量增长。", "同比增长5%；", "A",
              "Mr. Li said", "!", "?", " The", "2024"]
    count = 0
    for text in _strings(pieces, seed=9, most=12):
        got = [(s.start, s.end, s.text) for s in split_sentences(text)]
        assert got == _split_reference(text)
        for start, end, body in got:
            assert body == text[start:end] == body.strip() and body
        count += len(got)
    assert count > 5000


def test_every_range_holds_one_of_its_unit_words() -> None:
    rng = random.Random(10)
    lows = ["between 5 and ", "5-", "6.5 – ", "10 to ", "from 3 to ", "4 - ", "x", ""]
    units_after = ["%", " %", " percent", " per cent", " Percent", " million", " billion", " trillion", " Million",
                   " pct", " units", ""]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(lows) + rng.choice(["7", "8.5", "12", "x"]) + rng.choice(units_after)
                       for _ in range(rng.randint(1, 3)))
        for m in units._EN_RANGE.finditer(text):
            matched += 1
            assert has_any(m.group(), units._EN_RANGE_UNIT_WORDS), m.group()
    assert matched > 300


def test_chinese_quantities_gated_by_literals_match_the_patterns() -> None:
    # Each Chinese pattern run only after an `in` test finds what its own finditer finds.
    pieces = ["每万名", "工人", "制造业", "员工", "拥有", "达", "392", "台", "百分之", "五十", "点", "三", "12", "、", "和", "及",
              "与", "5.6", "%", "万亿", "元", "，", "个", "a"]
    hits = 0
    for text in _strings(pieces, seed=11):
        for pattern, words in ((units._ZH_DENSITY, ("每万名",)), (units._ZH_PERCENT_WORDS, ("百分之",)),
                               (units._ZH_LIST_HINT, units._ZH_LIST_SEPARATORS),
                               (units._ZH_SHARED_UNIT_LIST, units._ZH_LIST_SEPARATORS)):
            for m in pattern.finditer(text):
                hits += 1
                assert has_any(text, words), (pattern.pattern, text)
    assert hits > 150


def test_chinese_comparison_gates_keep_every_base() -> None:
    pieces = ["比", "较", "与", "参与", "同", "共同", "对比", "相比", "相较", "的水平", "的", "2023年", "今年", "增长", "\n", "，", "a"]
    bases = 0
    for text in _strings(pieces, seed=12, most=8):
        for m in re.finditer(r"2023年|今年", text):
            before = text[max(0, m.start() - 20): m.start()]
            want = bool(periods._ZH_COMPARISON_BEFORE.search(before)
                        or periods._ZH_COMPARISON_AFTER.match(text[m.end(): m.end() + periods._ZH_COMPARISON_AFTER_SPAN]))
            assert periods._is_comparison(text, m, "zh") == want, text
            bases += want
    assert bases > 300


def test_every_number_word_holds_one_of_the_number_needles() -> None:
    words = list(units._EN_TENS) + list(units._EN_UNITS)
    for word in words:
        assert has_any(word, units._EN_NUMBER_WORDS), word
    matched = 0
    for text in _strings(words + ["-", " ", "Twenty", "FIVE", "x", "one", "often", "between"] + _ODD, seed=13, most=5):
        for m in units._EN_WORD_COUNT.finditer(text):
            matched += 1
            assert has_any(fold(m.group()), units._EN_NUMBER_WORDS), m.group()
    assert matched > 300
