"""Speed pass 6: regex calls skipped when one cheap inline test already knows the answer.

A regex call costs ~1,500-2,000 instructions even on a short text, a Python call ~700, a str
``in`` test of a constant ~350 (valgrind), so a guard pays inline, before the call:

* qualifiers: the four Chinese cue patterns ending in $ only when the text before the figure
  ends with a character one of them can end with (needles.edge_chars, read off the patterns);
  the two share patterns only when the clause holds 占.
* distractors: _ZH_ORDINAL only with 第, the patterns read after a figure only with their
  literal (的, 企业/工厂, 19/20); skip_line's list patterns only when the line starts
  with a bullet or digit / holds "["; the headline length before the sentence-end search.
* metrics: a text without page furniture has no sentence with any (one scan, not one per
  sentence); _FROM_ZH and _BOTH_ZH only when their literal occurs; the head after the last 的
  by str.rpartition instead of a regex split.
* sentences: _EN_END only in a block holding . ! or ?
* subjects: the patterns anchored at a phrase's start (_ZH_LEADING, _ZH_PLACE, _ZH_LEADING_VERB,
  _EN_LEADING_WORD) only when it opens with a character their match can open with (edge_chars).
* clauses.clause_start (Chinese): one regex match finds the last of the seven clause marks, where
  str.rfind took a call (~1,500 instructions with bounds) per mark.
* numbers.normalise_width: an ASCII text has no full-width character.
* dictionary.scan_aliases: the gapped aliases' distinct first words tested once; _per_unit's first
  Chinese test inline; _qualified reads the bare-lead words with str.endswith.
* needles.Guarded: an ASCII text is tested for the ASCII needles only; other text, when there
  are many needles, with one search for all of them.

Each test runs the bare pattern (or the former code, reproduced here) and the new code on
generated strings and checks they agree, and that the strings gave matches at all, so that a
test cannot pass on nothing."""
from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import scrapers.facts as facts
from scrapers.facts import clauses, dictionary, distractors, metrics, numbers, qualifiers, sentences, subjects
from scrapers.facts.needles import Guarded, edge_chars

N = 3000
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "\u00a0", "\n", " ", "\t"]


def _strings(pieces: list[str], seed: int, most: int = 8, n: int = N) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _words(pattern: str) -> list[str]:
    """The literal runs of a pattern's source, as pieces for generated strings."""
    return [w for w in re.findall(r"[\u4e00-\u9fff，、]+|[A-Za-z]+", pattern) if w]


# --- edge_chars: the derivation itself --------------------------------------------------------------
@pytest.mark.parametrize(("pattern", "last", "want"), [
    (r"^(?:ab|c)d", False, {"a", "c"}),
    (r"^(?:ab|c)?d", False, {"a", "c", "d"}),
    (r"(?<!x)[p-r]s", False, {"p", "q", "r"}),
    (r"x(?:yz)*$", True, None),  # ($ kept: it holds before a final line break too)
    (r"x(?:yz)*", True, {"x", "z"}),
    (r"^\w+", False, None),
    (r"^[^a]", False, None),
    (r"^a?", False, None),  # may be empty
    (r"^.b", False, None),
])
def test_edge_chars_of_small_patterns(pattern: str, last: bool, want: set[str] | None) -> None:
    got = edge_chars(re.compile(pattern), last=last)
    assert (None if got is None else set(got)) == want


def test_edge_chars_of_case_insensitive_patterns_are_lower_case_ascii() -> None:
    assert edge_chars(re.compile(r"^(?:And|but)\s", re.I)) == frozenset("ab")
    assert edge_chars(re.compile("^\u017fx", re.I)) is None  # (ſ equals s under re.I)


# --- numbers.normalise_width --------------------------------------------------------------------------
def test_normalise_width_agrees_with_the_class_search() -> None:
    pieces = ["１", "９", "０", "．", "％", "，", "5", "x", "增长", "é", ""]
    changed = 0
    for s in _strings(pieces, 4):
        want = s.translate(numbers._FULLWIDTH) if numbers._HAS_FULLWIDTH.search(s) else s
        assert numbers.normalise_width(s) == want, s
        changed += want != s
    assert changed > N // 4


# --- metrics: the head after the last 的 --------------------------------------------------------------
def test_rpartition_is_the_split_at_the_last_de() -> None:
    hits = 0
    for s in _strings(["的", "企业", "\n", " ", "x"], 6):
        assert metrics._LAST_DE.split(s)[-1] == s.rpartition("的")[2], s
        hits += "的" in s
    assert hits > N // 4




# --- metrics: literals every match of a guarded pattern holds ------------------------------------------
@pytest.mark.parametrize(("pattern", "literals", "pieces"), [
    (metrics._FROM_ZH, ("由", "从"), ["由", "自", "理", "于", "此", "从", "业", "事", "x", "，", "\n"]),
    (metrics._BOTH_ZH, ("均", "都"), ["均", "平", "年", "值", "都", "首", "市", "x", "增长", "\n"]),
    (distractors._ZH_ORDINAL, ("第",), ["第", "三", "十", "5", "批", "x", "\n"]),
    (distractors._ZH_MODIFIER, ("的",), ["以上", "以下", "的", "企业", "x", "，"]),
    (distractors._ZH_PERCENT_MODIFIER, ("的",), ["以上", "以下", "的", "国际", "全球", "x", "，"]),
    (distractors._ZH_MONEY_CLASS, ("企业", "工厂"), ["以上", "级", "企业", "龙头企业", "工厂", "企", "工", "x"]),
    (distractors._EN_YEAR_AFTER, ("19", "20"), [",", " ", "19", "20", "2", "0", "9", "1", "x", "\n"]),
])
def test_guarded_patterns_match_only_where_their_literal_is(pattern: re.Pattern[str], literals: tuple[str, ...],
                                                             pieces: list[str]) -> None:
    hits = 0
    for s in _strings(pieces, 8):
        if pattern.search(s):
            assert any(w in s for w in literals), (pattern.pattern, s)
            hits += 1
    assert hits > N // 20, pattern.pattern


# --- qualifiers: the last-character guard ---------------------------------------------------------------
def _former_zh_qualifier(sentence: str, start: int, end: int, inner: str | None, clause: str) -> str:
    """qualifiers.qualifier_of's Chinese branch before this pass."""
    before = sentence[max(0, start - 14): start]
    after = sentence[end: end + 8]
    if "以" in after or "左" in after or "上" in after:
        for name, pattern in qualifiers._ZH_AFTER:
            if pattern.search(after):
                return name
    if inner:
        return inner
    for name, pattern in qualifiers._ZH_BEFORE:
        if pattern.search(before):
            return name
    for name, pattern in qualifiers._ZH_BEFORE_SHARE:
        if pattern.search(clause):
            return name
    return "eq"


def test_zh_qualifier_agrees_with_the_unguarded_searches() -> None:
    words = [w for _, p in qualifiers._ZH_BEFORE for w in _words(p.pattern)]
    pieces = words + ["增长", "下降", "约占", "超过占", "占", "收入", "，", "\n", "x", "5"]
    rng = random.Random(9)
    cued = 0
    for lead in _strings(pieces, 10, most=6):
        tail = rng.choice(["", "以上", "左右", "元", "，增长"])
        sentence = f"{lead}58{tail}"
        start, end = len(lead), len(lead) + 2
        inner = rng.choice([None, None, "approx"])
        clause = lead[-rng.randint(0, 20):] if lead else ""
        want = _former_zh_qualifier(sentence, start, end, inner, clause)
        assert qualifiers.qualifier_of(sentence, start, end, "zh", inner, clause) == want, (sentence, inner, clause)
        cued += want not in ("eq", inner)
    assert cued > N // 10


# --- distractors.skip_line --------------------------------------------------------------------------------
def _former_skip_line(line: str, lang: str) -> bool:
    line = line.strip()
    if distractors._LIST_LINE_START.match(line) or distractors._LIST_LINE_END.search(line):
        return True
    return not distractors._LINE_END.search(line) and len(line) <= distractors._HEADLINE_MAX.get(lang, 70)


def test_skip_line_agrees_with_the_former_order() -> None:
    pieces = ["- ", "• ", "* ", "1. ", "12、", "[2024-05-06]", "[2024-", "。", ".", "”", "（完）", "(Xinhua)", "新闻",
              "abc", " ", "\t", "\u3000", "٣", "x" * 30, "增长" * 10, "\n"]
    skipped = 0
    for line in _strings(pieces, 11, most=10):
        for lang in ("zh", "en"):
            want = _former_skip_line(line, lang)
            assert distractors.skip_line(line, lang) == want, (line, lang)
            skipped += want
    assert N // 10 < skipped < 2 * N - N // 10


# --- page furniture: none in a text, none in its parts ------------------------------------------------
def test_a_text_without_furniture_has_no_part_with_any() -> None:
    pieces = ["来源：", "来源", "编辑:", "编辑", "Source:", "Source", "Editor:", "editor:", "uses cookies", "©", "Tel.",
              "Privacy Policy", "Privacy", "ICP", "发布时间", "增长5%。", "The output rose. ", "\n", "x"]
    rng = random.Random(12)
    found = 0
    for text in _strings(pieces, 13, most=8):
        whole = distractors.is_furniture(text)
        for _ in range(8):
            i = rng.randint(0, len(text))
            j = rng.randint(i, len(text))
            if distractors.is_furniture(text[i:j]):
                assert whole, (text, i, j)
                found += 1
    assert found > N // 4


# --- sentences: blocks without . ! ? ------------------------------------------------------------------
def _former_cuts(block: str) -> list[int]:
    out = []
    for m in sentences._EN_END.finditer(block):
        cut = m.start(1)
        head = block[:cut].rstrip("\"'”’)")
        if sentences._ABBREV.search(head[-12:]):
            continue
        out.append(cut)
    return out


def test_cuts_agree_with_the_unguarded_scan() -> None:
    pieces = [". ", "! ", "? ", ".", "A", "The", "1", "Mr. ", "U.S. ", "。", "”", "“", " ", "\n", "x", "增长"]
    cut = 0
    for block in _strings(pieces, 14, most=10):
        want = _former_cuts(block)
        assert list(sentences._cuts(block)) == want, block
        cut += bool(want)
    assert cut > N // 10


# --- dictionary: the gapped aliases' first words --------------------------------------------------------
def test_gapped_first_words_are_the_needles_and_aliases_are_still_found() -> None:
    idx = dictionary._index()
    for lang in ("en", "zh"):
        assert set(idx.gapped_firsts[lang]) == set(idx.gapped_needles[lang])
        assert len(idx.gapped_firsts[lang]) == len(set(idx.gapped_firsts[lang]))
    assert idx.gapped["en"], "no gapped English alias left to test"
    for pattern, key, _ in idx.gapped["en"]:
        parts = [re.sub(r"\\(.)", r"\1", p) for p in pattern.pattern.strip("\\b").split(r".{0,30}?\b")]
        text = "China " + " 12 ".join(parts) + " last year"
        assert any(a.metric_key == key for a in dictionary.scan_aliases(text, "en")), (pattern.pattern, text)


# --- Guarded: ASCII texts test only the ASCII needles ------------------------------------------------
def _all_guarded() -> list[tuple[str, Guarded]]:
    found = []
    for info in pkgutil.iter_modules(facts.__path__):
        module = importlib.import_module(f"scrapers.facts.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Guarded):
                found.append((f"{info.name}.{name}", value))
    return found


@pytest.mark.parametrize(("name", "guarded"), _all_guarded(), ids=lambda v: v if isinstance(v, str) else "")
def test_guarded_agrees_with_its_pattern_on_ascii_and_other_text(name: str, guarded: Guarded) -> None:
    words = list(guarded.needles) + _words(guarded.pattern.pattern)
    pieces = words + [w.upper() for w in words if w.isascii()] + [w.title() for w in words if w.isascii()] \
        + [f" {w} " for w in words if w.isascii()] + ["x", " ", ",", "2025", " and ", " the ", "增长"] + ODD
    hits = other_hits = 0
    for s in _strings(pieces, 15, most=6, n=1500):
        want = guarded.pattern.search(s)
        got = guarded.search(s)
        assert (want and want.span()) == (got and got.span()), (name, s)
        assert [m.span() for m in guarded.finditer(s)] == [m.span() for m in guarded.pattern.finditer(s)], (name, s)
        assert guarded.may_match(s) or want is None, (name, s)
        hits += want is not None and s.isascii()
        other_hits += want is not None and not s.isascii()  # (the union search, with many needles)
    assert hits > 0 or not guarded._ascii_needles, name
    assert other_hits > 0 or guarded._union is None, name


# --- subjects: first-character sets of the anchored patterns ---------------------------------------
@pytest.mark.parametrize(("pattern", "firsts"), [
    (subjects._ZH_LEADING, subjects._ZH_LEADING_FIRSTS),
    (subjects._ZH_PLACE, subjects._ZH_PLACE_FIRSTS),
    (subjects._ZH_LEADING_VERB, subjects._ZH_LEADING_VERB_FIRSTS),
    (subjects._EN_LEADING_WORD, subjects._EN_LEADING_FIRSTS),
], ids=lambda v: v.pattern[:20] if isinstance(v, re.Pattern) else "")
def test_anchored_patterns_match_only_after_a_first_character_of_theirs(pattern: re.Pattern[str],
                                                                         firsts: frozenset[str]) -> None:
    words = _words(pattern.pattern)
    pieces = words + [w.upper() for w in words if w.isascii()] + [w.title() for w in words if w.isascii()] \
        + ["北京", "东部", "x", "，", "、", "的", "2025", "  "] + ODD
    hits = 0
    for s in _strings(pieces, 20):
        m = pattern.match(s)
        if m:
            first = s[:1]
            if pattern.flags & re.IGNORECASE:
                assert first.lower() in firsts or not first.isascii(), (pattern.pattern, s)
            else:
                assert first in firsts, (pattern.pattern, s)
            hits += 1
        assert (pattern.sub("", s) == s) or m, (pattern.pattern, s)  # (sub changes only what match finds)
    assert hits > N // 50, pattern.pattern


# --- dictionary._qualified: the bare-lead words read with str.endswith --------------------------------
def test_bare_lead_words_are_the_pattern() -> None:
    words = dictionary._ZH_BARE_LEAD_WORDS
    assert "|".join(words) in dictionary._ZH_BARE_LEAD.pattern
    hits = 0
    for s in _strings(list(words) + ["行业", "企业", "x", "，", "全", "行"], 21):
        before = s.rstrip()
        want = dictionary._ZH_BARE_LEAD.search(before) is not None
        assert before.endswith(words) == want, before
        hits += want
        if before:
            assert before.rsplit(None, 1)[-1] == before.split()[-1]
    assert hits > N // 4


# --- clauses.clause_start ------------------------------------------------------------------------
def _former_clause_start(s: str, pos: int, lang: str) -> int:
    if lang == "zh":
        return max(s.rfind("，", 0, pos), s.rfind("；", 0, pos), s.rfind("：", 0, pos), s.rfind("。", 0, pos),
                   s.rfind(",", 0, pos), s.rfind(";", 0, pos), s.rfind(":", 0, pos)) + 1
    best = max(s.rfind(";", 0, pos), s.rfind(":", 0, pos))
    comma = s.rfind(",", best + 1, pos)
    while comma >= 0 and clauses._THOUSANDS.match(s, comma + 1, pos):
        comma = s.rfind(",", best + 1, comma)
    return max(best, comma) + 1


def test_clause_start_agrees_with_the_former_rfinds() -> None:
    pieces = ["，", "；", "：", "。", ",", ";", ":", "3", "000", ",000", "x", "增长", " ", "\n", "\r"]
    started = 0
    for lang in ("zh", "en"):
        for s in _strings(pieces, 22, most=10):
            for pos in range(len(s) + 2):
                want = _former_clause_start(s, pos, lang)
                assert clauses.clause_start(s, pos, lang) == want, (lang, s, pos)
                started += want > 0
    assert started > N
