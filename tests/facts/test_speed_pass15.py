"""Speed pass 15: the regex engine's share, byte-identical.

- needles.flatten compiles a pattern again with each optional group ``(…)?`` as an alternation
  with an empty branch ``(?:…|)`` (lazy ``(…)??``: the empty branch first): re runs an optional
  group through its general repeat (a context pushed per try), an alternation costs a jump. Used
  on the patterns a per-pattern callgrind replay measured cheaper (units._ZH_QUANTITY −34%, the
  event rules, the time patterns, …).
- needles.heads_of / LiteralHeads / with_heads: a pattern that opens with \\b, a group of words or
  an alternation not all of whose branches open with a literal is tried by re at every position;
  its literal heads are found with str.find and the pattern tried only there. Used on the event
  rules and on the patterns the replay measured cheaper (opt-in: with many heads or short texts a
  find per head costs more than re's scan).

Pinned against the plain patterns (re.compile of the same source) on generated texts built from
the patterns' own words and near misses: matches, groups, spans, windows (pos, endpos)."""
from __future__ import annotations

import random
import re

import pytest

from scrapers.facts import agencies, comparisons, dates, distractors, events, measures, numbers, periods, status
from scrapers.facts import subjects, timeline, units
from scrapers.facts.needles import FoldedTwin, Guarded, LiteralHeads, flatten, heads_of, with_heads


def _sig(m: re.Match[str] | None):
    return None if m is None else (m.span(), m.groups(), m.lastindex, m.regs)


def _plain(pattern) -> re.Pattern[str]:
    """The pattern as re.compile makes it from its source."""
    return re.compile(pattern.pattern, pattern.flags)


_FILLER = [" ", "  ", ",", ", ", ".", ";", ":", "-", "—", "(", ")", "\n", "a", "the ", "x", "s", "ed", "5", "2024", "3.5",
           "12", "%", "年", "月", "，", "。", "的", "和", "增长", "一", "十", "万", "亿", "个", "家", "元", "\u0130", "\u0131",
           "\u017f", "\u212a", "_", "é", "Ä"]


def _words(pattern) -> list[str]:
    """Literal runs of the pattern's source (its words, mostly), for texts that match it."""
    src = pattern.pattern
    return [w for w in re.findall(r"[A-Za-z\u4e00-\u9fff'’《》“”%％]{1,20}", src) if w not in ("P", "i")] or ["x"]


def _texts(pattern, seed: int, n: int = 400, most: int = 12) -> list[str]:
    """Texts of the pattern's words (as written, in upper and lower case, cut short) and filler."""
    rng = random.Random(seed)
    words = _words(pattern)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, most)):
            r = rng.random()
            if r < 0.45:
                w = rng.choice(words)
                k = rng.random()
                w = w.upper() if k < 0.1 else w.capitalize() if k < 0.25 else w[: rng.randint(1, len(w))] if k < 0.35 else w
                parts.append(w)
            else:
                parts.append(rng.choice(_FILLER))
        out.append("".join(parts))
    return out


def _same_scans(plain: re.Pattern[str], other, texts: list[str], seed: int, match: bool = False) -> None:
    rng = random.Random(seed)
    for text in texts:
        assert [_sig(m) for m in plain.finditer(text)] == [_sig(m) for m in other.finditer(text)], text
        assert _sig(plain.search(text)) == _sig(other.search(text)), text
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        assert [_sig(m) for m in plain.finditer(text, i, j)] == [_sig(m) for m in other.finditer(text, i, j)], (text, i, j)
        assert _sig(plain.search(text, i, j)) == _sig(other.search(text, i, j)), (text, i, j)
        if match:
            for pos in range(len(text) + 1):
                assert _sig(plain.match(text, pos)) == _sig(other.match(text, pos)), (text, pos)
            assert _sig(plain.fullmatch(text, i, j)) == _sig(other.fullmatch(text, i, j)), (text, i, j)


# --- flatten ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, texts", [
    (r"(a|ab)?b", ["b", "ab", "abb", "aab", "xabbx", ""]),
    (r"(x|y)??z", ["z", "xz", "yz", "xyz", "zz"]),
    (r"(a*)?b", ["b", "aab", "ab", "ba"]),  # (the optional group can match empty)
    (r"(?P<lo>\d+(?:\.\d+)?)?(?P<u>%|元)?x", ["5x", "5.5%x", "%x", "x", "5.x", "5.5元"]),
    (r"(?:(a)(b)?)?c(?=(d)?)", ["abcd", "ac", "c", "bcd", "acd"]),
    (r"(?<!\d)(?:(\d)(?:,(\d))?)?z", ["1,2z", "1z", "z", "11z", "1,z"]),
    (r"((?:ab)?)+c", ["abc", "c", "ababc"]),
    (r"(ab)??(ab)?c", ["abc", "ababc", "c"]),
])
def test_flatten_keeps_matches_and_groups(source: str, texts: list[str]) -> None:
    plain = re.compile(source)
    flat = flatten(plain)
    assert flat is not plain  # (each of these has an optional group to rewrite)
    assert (flat.pattern, flat.flags, flat.groupindex, flat.groups) == (plain.pattern, plain.flags, plain.groupindex, plain.groups)
    _same_scans(plain, flat, texts, 1, match=True)


def test_flatten_leaves_what_it_cannot_rewrite() -> None:
    conditional = re.compile(r"(a)?(?(1)b|c)")
    assert flatten(conditional) is conditional
    # (no optional group: the same code, compiled again)
    assert flatten(re.compile(r"ab+c")).match("abbc").span() == (0, 4)


_FLATTENED = [
    units._ZH_QUANTITY, units._EN_QUANTITY, units._EN_RANGE, units._ZH_NOUN_AFTER, units._EN_CHANGED_BY_FRACTION.regex,
    distractors._EN_WORD_COUNT_CUE_TWIN, distractors._LINE_END, dates._EN_DATE, dates._EN_DATELINE,
    events._OFFICIAL.regex, events._ZH_LIST_OBJECT, comparisons._ZH_AFTER_MARKER, numbers._ARABIC, agencies._LOCAL_POSSESSIVE,
    agencies._START_POSITIONS, agencies._AGENCY_EN, status._EN_BY_YEAR_AFTER, timeline._ZH_SHARE_OF,
    timeline._EN_ATTACHED_GAP, subjects._ZH_NOT_INDICATOR, measures._EN_FROM_MONTH_AFTER, measures._EN_RESPONDENTS_AFTER,
    *(pattern for _, pattern, _ in periods._ZH_PATTERNS + periods._EN_PATTERNS), *periods._ZH_STARTS.values(),
    *(rule.pattern for rule in events._ZH_RULES + events._EN_RULES),
]


@pytest.mark.parametrize("index", range(len(_FLATTENED)))
def test_flattened_extractor_patterns_match_as_before(index: int) -> None:
    flat = _FLATTENED[index]
    plain = _plain(flat)
    assert (flat.groupindex, flat.groups) == (plain.groupindex, plain.groups)
    _same_scans(plain, flat, _texts(flat, index, n=150), index, match=True)


def test_the_big_patterns_are_flattened() -> None:
    # (a flattened pattern has other code than re.compile's: Pattern equality compares the code)
    for pattern in (units._ZH_QUANTITY, units._EN_QUANTITY, dates._EN_DATE):
        assert pattern != _plain(pattern)


# --- literal heads ---------------------------------------------------------------------------------

@pytest.mark.parametrize("source, flags, heads", [
    (r"\b(?:issued|released)\s+\w+", 0, [("issued", True), ("released", True)]),
    (r"\bfrom\b", re.I, [("from", True)]),
    (r"[Tt]he\s+ministry", 0, [("The", False), ("the", False)]),
    (r"(?:印发|发布)了?《|该(?:通知|办法)", 0, [("印发", False), ("发布", False), ("该通知", False), ("该办法", False)]),
    (r"(?:(?:rail|road)\s+)?lines?", 0, [("rail", False), ("road", False), ("line", False)]),
    (r"t(?=he\s)|m(?=inist)", 0, [("the", False), ("minist", False)]),
    (r"(?<![\w'])(?:plan|rule)s?\b", re.I, [("plan", False), ("rule", False)]),
    (r"\b(?:-ish|plan)", 0, [("-ish", False), ("plan", True)]),  # (\b before a mark: no word test)
])
def test_heads_of_reads_the_literal_openings(source: str, flags: int, heads: list[tuple[str, bool]]) -> None:
    found = heads_of(re.compile(source, flags))
    assert found is not None and list(found.heads) == heads


@pytest.mark.parametrize("source", [r"\w+ed", r".x", r"\d+%", r"(?:a)?", r"x*", r"[a-z]plan", r"", r"(?m)^plan"])
def test_heads_of_gives_up_without_literal_openings(source: str) -> None:
    assert heads_of(re.compile(source)) is None


def test_with_heads_leaves_patterns_re_scans_itself() -> None:
    for source in (r"plan|rule", r"[，。；]", r"abc\d"):
        pattern = re.compile(source)
        assert with_heads(pattern) is pattern
    assert isinstance(with_heads(re.compile(r"\bplan")), LiteralHeads)


@pytest.mark.parametrize("source, flags, texts", [
    (r"\b(?:plan|rule)s?\b", re.I, ["plans", "explanation plan", "PLAN", "rules_plan", "a-plan", "ſ plan", "planplan", "x plan."]),
    (r"\bthe\s+k\w+", re.I, ["the \u212aing", "THE king", "bathe kin", "the", "the k"]),
    (r"(?:印发|发布)了?《[^》]+》", 0, ["印发《通知》", "发布了《办法》", "印发", "《通知》发布", "发布会"]),
    (r"\bsaid\b|,\s+which\b", 0, ["he said, which", "unsaid", ",which", "said,  which"]),
    # (a head inside a match: the next match starts after it, as with finditer)
    (r"\bplan\s+\w+", 0, ["plan plan plan", "plan plan", "a plan plans"]),
])
def test_literal_heads_find_what_the_pattern_finds(source: str, flags: int, texts: list[str]) -> None:
    plain = re.compile(source, flags)
    heads = heads_of(plain)
    assert heads is not None
    _same_scans(plain, heads, texts + _texts(plain, 7), 7)


_WITH_HEADS = [events._EN_SAID_ON, events._OFFICIAL, events._EN_LEXICON_VERB, events._EN_IS_DRAFT, events._AT_THE_MEETING,
               agencies._PLURAL_REFERENCE, units._EN_CHANGED_BY_FRACTION, periods._EN_ELLIPTICAL, timeline._PLAN_YEARS,
               timeline._PART_OF, distractors._EN_COMPANY_RESULTS, measures._EN_LISTED_BEFORE, measures._EN_DECLINE_BEFORE,
               *(rule.heads for rule in events._ZH_RULES + events._EN_RULES if rule.heads is not None)]


@pytest.mark.parametrize("index", range(len(_WITH_HEADS)))
def test_extractor_patterns_with_heads_find_as_before(index: int) -> None:
    scan = _WITH_HEADS[index]
    assert isinstance(scan, LiteralHeads)
    _same_scans(_plain(scan), scan, _texts(scan, 100 + index), 100 + index)


def test_every_event_rule_that_re_cannot_scan_has_heads() -> None:
    # (the rules are searched over whole sentences: the main user of the heads)
    without = [rule.pattern.pattern[:40] for rule in events._ZH_RULES + events._EN_RULES
               if rule.heads is None and with_heads(rule.pattern) is not rule.pattern]
    assert without == []


_GUARDED = [timeline._NOT_FLOW_SHARE, status._EN_TARGET_YEAR, status._EN_TARGET, measures._EN_RATE, measures._EN_GROWTH_SINCE]


@pytest.mark.parametrize("index", range(len(_GUARDED)))
def test_guarded_patterns_with_heads_find_as_before(index: int) -> None:
    guarded = _GUARDED[index]
    assert isinstance(guarded._scan, LiteralHeads)
    plain = Guarded(_plain(guarded.pattern), guarded.needles)  # (as before: no heads)
    assert not isinstance(plain._scan, LiteralHeads)
    rng = random.Random(index)
    for text in _texts(guarded.pattern, 200 + index) + [n + " 2030" for n in guarded.needles]:
        if rng.random() < 0.5:
            text = text.lower()
        assert _sig(guarded.search(text)) == _sig(plain.search(text)), text
        assert [_sig(m) for m in guarded.finditer(text)] == [_sig(m) for m in plain.finditer(text)], text


# --- rewritten openings and ASCII twins ------------------------------------------------------------

_FORMER_EN_CLAUSE_END = re.compile(r"[;:]|,(?!\d{3})")
_FORMER_GB_NUMBER = re.compile(r"(?:GB|[A-Z]{2})(?:/[TZ])?\s*\d+(?:\.\d+)?(?:\s*[—–-]\s*\d{4})?")


def _former_doc_number(s: str, after: int) -> str | None:
    """events._doc_number before this pass."""
    m = events._DOC_NUMBER.search(s, after) or _FORMER_GB_NUMBER.search(s, after)
    if m and m.start() - after <= 20:
        return m.group(0)
    return None


_MARKS = [",", ", ", ",000", ",12", ",1234", ";", ":", "; ", "3", "12", "1,234", "a", " ", "the ", "\n", "GB", "GB/T", "YD/T",
          "SJ", " 1234", "-2020", "—2021", ".5", "Ab", "ab", "AB", "〔", "〕", "[", "]", "［", "］", "2023", "号", "工信部",
          "通知", "（", "印发", "《", "》", "!", "?", "!!", "。", "；", "！", ")", "”", "\n\n", "？", "the country's industry ministry",
          "The State Council", "MIIT", "ministry", "Ministry of", "General Office", "People's Bank", "Vice Minister", "国务院"]


def _mark_texts(seed: int, n: int = 2000, ascii_only: bool = False) -> list[str]:
    rng = random.Random(seed)
    pieces = [p for p in _MARKS if p.isascii()] if ascii_only else _MARKS
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_en_clause_end_opens_with_a_class_and_finds_the_same_ends() -> None:
    new = __import__("scrapers.facts.clauses", fromlist=["_"])._EN_CLAUSE_END
    assert with_heads(new) is new  # (re scans for its first character itself)
    _same_scans(_FORMER_EN_CLAUSE_END, new, _mark_texts(1) + ["3,000, and", "a,b", ",", "1,23", "1,234,5"], 1, match=True)


def test_gb_number_opens_with_a_class_and_finds_the_same_numbers() -> None:
    _same_scans(_FORMER_GB_NUMBER, events._GB_NUMBER, _mark_texts(2) + ["GB/T 1234-2020", "GB 5", "AGB/T 12"], 2, match=True)


def test_doc_number_as_before() -> None:
    rng = random.Random(3)
    for s in _mark_texts(3) + ["工信部〔2023〕12号", "工信部[2023]5号文", "见GB/T 1234—2020", "［2021］3号"]:
        after = rng.randint(0, len(s))
        assert events._doc_number(s, after) == _former_doc_number(s, after), (s, after)


def test_ascii_twins_find_the_same_places_in_ascii_text() -> None:
    from scrapers.facts import sentences
    texts = _mark_texts(4, ascii_only=True)
    assert all(t.isascii() for t in texts)
    _same_scans(sentences._ZH_END, sentences._ZH_END_ASCII, texts, 4)
    _same_scans(_plain(agencies._START_POSITIONS), agencies._START_POSITIONS_ASCII, texts, 5)
    # (and they are used only there: a Chinese end or name is no place for them)
    assert sentences._ZH_END_ASCII.search("增长5%。") is None and sentences._ZH_END.search("增长5%。")
    assert agencies._START_POSITIONS_ASCII.search("国务院") is None and agencies._START_POSITIONS.search("国务院")


def test_en_object_searched_in_the_folded_text_finds_as_before() -> None:
    assert isinstance(events._EN_OBJECT, FoldedTwin)
    plain = _plain(events._EN_OBJECT)
    texts = _texts(plain, 9, n=600) + ["the \u0130NDUSTRIAL pilot \u017ftandards", "Plans, PLANS and plans", "\u212across-factories",
                                       "explanations", "rail lines", "RAILWAY", "a road map", "roadmaps"]
    _same_scans(plain, events._EN_OBJECT, texts, 9)
    for text in texts:  # (lastgroup names the kind of object)
        assert [m.lastgroup for m in plain.finditer(text)] == [m.lastgroup for m in events._EN_OBJECT.finditer(text)]
