"""The speed-ups of fact extraction never change a result: each pre-filter (a substring test run
before a regular expression, scrapers.facts.needles) and each rewritten helper is checked here
against the plain pattern or the former code, on generated strings built from the words and
characters that matter (the needles, case variants, the letters re.IGNORECASE treats specially)."""
from __future__ import annotations

import random
import re
import sys

import pytest

from scrapers.facts import agencies, clauses, dates, events, measures, qualifiers, status, subjects, timeline, units
from scrapers.facts.needles import Guarded, candidate_matches, fold, has_any

# Non-ASCII letters that re.IGNORECASE equates with ASCII letters (İ ı ſ K), and a few others.
_ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "Σ", "\u00a0"]


def _strings(pieces: list[str], n: int = 3000, seed: int = 7, most: int = 6) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _variants(words: tuple[str, ...] | list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out += [w, w.upper(), w.title(), w.replace("i", "\u0131"), w.replace("s", "\u017f"), w.replace("k", "\u212a"), w[:-1]]
    return out


def test_fold_agrees_with_ignorecase_on_every_character():
    # A character matches an ASCII letter under re.IGNORECASE exactly when it folds to it.
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        folded = fold(ch)
        if letters.fullmatch(ch):
            assert len(folded) == 1 and re.fullmatch(re.escape(folded), ch, re.IGNORECASE), hex(code)
        elif folded.isascii() and folded.isalpha():
            raise AssertionError(f"{hex(code)} folds to a letter it does not match")


def test_has_any():
    assert has_any("growth rate", ("rate", "share"))
    assert not has_any("growth", ("rate", "share"))
    assert not has_any("anything", ())


def _guarded_patterns() -> list[Guarded]:
    found = []
    for module in (measures, events, subjects, qualifiers, units, timeline, status, dates):
        found += [v for v in vars(module).values() if isinstance(v, Guarded)]
    from scrapers.facts import metrics
    found += [v for v in vars(metrics).values() if isinstance(v, Guarded)]
    return found


@pytest.mark.parametrize("guarded", _guarded_patterns(), ids=lambda g: g.pattern.pattern[:40])
def test_guarded_patterns_find_what_the_bare_pattern_finds(guarded: Guarded):
    words = re.findall(r"[a-z][a-z/ -]*[a-z]|[\u4e00-\u9fff]+", guarded.pattern.pattern)
    pieces = _variants(words) + _variants(guarded.needles) + [" ", "  ", "the ", "12", "3.5 ", ",", "new-energy", "growth "] + _ODD
    for text in _strings(pieces):
        assert bool(guarded.search(text)) == bool(guarded.pattern.search(text)), text
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in guarded.pattern.finditer(text)], text
        assert guarded.findall(text) == guarded.pattern.findall(text), text


def test_english_qualifier_needles_cover_their_patterns():
    for name, pattern, needles in qualifiers._EN_BEFORE:
        words = re.findall(r"[a-z][a-z ]+[a-z]", pattern.pattern.split(")" + qualifiers._EN_FILLER)[0])
        pieces = _variants(words) + _variants(needles) + [" ", " by", " to", " some", "$", "US$"] + _ODD
        for text in _strings(pieces, seed=11):
            if pattern.search(text):
                assert has_any(fold(text), needles), (name, text)


def test_event_rule_needles_cover_their_patterns():
    rules = [*events._ZH_RULES, events._ZH_CONFERENCE_BACK_REFERENCE, *events._EN_RULES]
    for rule in rules:
        if not rule.needles:
            continue
        words = re.findall(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", rule.pattern.pattern)
        pieces = words + list(rule.needles) + ["了", "，", " ", "《通知》", "the ", "a ", "12 "]
        for text in _strings(pieces, n=4000, seed=13, most=5):
            if rule.pattern.search(text):
                assert rule.may_match(text), (rule.type, text)


def test_english_trigger_filter_equals_the_case_insensitive_alternation():
    pattern = re.compile("|".join(events._EN_TRIGGER_WORDS), re.IGNORECASE)
    pieces = _variants(events._EN_TRIGGER_WORDS) + [" ", "said", "SAID"] + _ODD
    for text in _strings(pieces, seed=17):
        assert events._may_state_action(text, "en") == bool(pattern.search(text)), text


def _old_clause_start(s: str, pos: int, lang: str) -> int:
    pattern = clauses._ZH_CLAUSE_END if lang == "zh" else clauses._EN_CLAUSE_END
    best = -1
    for m in pattern.finditer(s, 0, pos):
        best = m.start()
    return best + 1


def test_clause_start_equals_scanning_the_prefix():
    for text in _strings(list("，；：。,;:12a 3") + ["3,000", ",00"], n=4000, seed=19, most=8):
        for pos in range(len(text) + 1):
            for lang in ("zh", "en"):
                assert clauses.clause_start(text, pos, lang) == _old_clause_start(text, pos, lang), (text, pos, lang)


def test_agency_lookahead_keeps_every_match():
    plain = re.compile("(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(agencies.AGENCY_TABLE)) + ")")
    pieces = ["the country's industry ministry", "The country's top economic planner", "China's cabinet",
              "vice minister of industry and information technology", "V\u0130CE M\u0130N\u0130STER of industry and information technology",
              "Minister of Industry and Information Technology", "MIIT", "the ministry", "State Council", "国务院", "工信部",
              "tt", "mm", "Vice", "minist", "SCIO", "country's", " ", "NDRC", "国家发改委", "发展改革委", "中国人民银行",
              "人民银行", "国资委", "国防科工局", "证监会", "国新办", "国", "中", "人"] + _ODD
    pieces += [name for pattern, _ in agencies.AGENCY_TABLE for name in re.findall(r"[\u4e00-\u9fff]{3,}", pattern)]
    for text in _strings(pieces, seed=23):
        assert [(m.span(), m.lastgroup) for m in agencies._AGENCY_RE.finditer(text)] == \
               [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_trailing_word_prefilter_keeps_clean_subject(lang: str):
    words = subjects._ZH_TRAILING_WORDS + ("比上年末", "较去年同期") if lang == "zh" else subjects._EN_TRAILING_WORDS
    pattern = subjects._ZH_TRAILING if lang == "zh" else subjects._EN_TRAILING
    ends = subjects._ZH_TRAILING_ENDS if lang == "zh" else subjects._EN_TRAILING_ENDS
    pieces = list(words) + ["收入", "revenue", " ", "  ", "\n", "X"] + _ODD
    for text in _strings(pieces, seed=29):
        probe = text if lang == "zh" else fold(text).rstrip()
        if pattern.search(text):
            assert probe.endswith(ends), text


def test_quantity_prefilters_keep_every_quantity(monkeypatch):
    pieces = ["two", "Twenty-one", "Six", "half of", "a third of", "Two-thirds of", "1.5 million", "five billion yuan",
              "between 5 and 6 percent", "5-6%", "3,000", "units", "robots", " ", "x", "TEN", "4.5万亿元", "12、8.5和6.3%",
              "三家", "和", " ", "é"]
    # (No ſ/ı here: "ſix" matches the word-count pattern but is no key of its table, a KeyError
    # with or without the pre-filters.)
    texts = _strings(pieces, seed=31)
    fast = [(units.find_quantities(t, "en"), units.find_quantities(t, "zh")) for t in texts]
    # The same without any pre-filter: every needle test passes, every digit test finds one.
    monkeypatch.setattr(units, "has_any", lambda text, needles: True)
    monkeypatch.setattr(units, "_DIGIT", re.compile(""))
    monkeypatch.setattr(units, "_ZH_LIST_HINT", re.compile(""))
    slow = [(units.find_quantities(t, "en"), units.find_quantities(t, "zh")) for t in texts]
    assert fast == slow
    assert sum(bool(en) for en, _ in fast) > 100 and sum(bool(zh) for _, zh in fast) > 100


def _old_find_aliases(text: str, lang: str) -> tuple:
    """find_aliases as it was: a Python loop over every character."""
    from scrapers.facts import dictionary
    idx = dictionary._index()
    norm = dictionary.normalise(text)
    out = []
    buckets, firsts = idx.plain[lang], idx.first_chars[lang]
    for pos, char in enumerate(norm):
        if char not in firsts or (lang == "en" and pos > 0 and norm[pos - 1].isalnum()):
            continue
        for alias, key, generic in buckets.get(norm[pos:pos + 2]) or ():
            if norm.startswith(alias, pos):
                end = pos + len(alias)
                if lang == "zh" or end == len(norm) or not norm[end].isalnum():
                    out.append(dictionary.AliasMatch(pos, end, key, generic))
    for pattern, key, generic in idx.gapped[lang]:
        out += [dictionary.AliasMatch(m.start(), m.end(), key, generic) for m in pattern.finditer(norm)]
    return tuple(out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_alias_scan_finds_what_the_character_loop_found(lang: str):
    from scrapers.facts import dictionary
    rows = dictionary.load_rows()
    column = "aliases_zh" if lang == "zh" else "aliases_en"
    aliases = [a.strip().lstrip("*") for row in rows for a in row[column].split("|") if a.strip() and "*" not in a.strip()[1:]]
    pieces = aliases + [a.upper() for a in aliases[:20]] + ["_", "2", "x", " ", "é", "“", "’", "\u0130", "的", "-"]
    for text in _strings(pieces, n=3000, seed=37, most=5):
        assert dictionary.scan_aliases(text, lang) == _old_find_aliases(text, lang), text


def _old_choose(matches, *, start=0, end=None, sector=None, units=None):
    from scrapers.facts import dictionary
    idx = dictionary._index()
    window = [m for m in matches if m.start >= start and (end is None or m.end <= end)
              and (units is None or idx.entries[m.metric_key].unit in units)]
    specific = [m for m in window if not m.generic]
    if specific:
        return max(specific, key=lambda m: (m.end, m.end - m.start)).metric_key
    if sector:
        generic = [m for m in window if idx.entries[m.metric_key].sector == sector]
        if generic:
            return max(generic, key=lambda m: (m.end, m.end - m.start)).metric_key
    return None


def test_choose_picks_what_it_picked_before():
    from scrapers.facts import dictionary
    rows = list(dictionary.entries().values())
    rng = random.Random(41)
    sectors = sorted({r.sector for r in rows}) + [None]
    unit_sets = [None, frozenset({"count"}), frozenset({"CNY", "USD"}), frozenset({"tonne"})]
    for _ in range(5000):
        matches = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 20)
            matches.append(dictionary.AliasMatch(a, a + rng.randint(1, 6), rng.choice(rows).metric_key, rng.random() < 0.4))
        kwargs = {"start": rng.randint(0, 10), "end": rng.choice([None, rng.randint(5, 30)]),
                  "sector": rng.choice(sectors), "units": rng.choice(unit_sets)}
        assert dictionary.choose(tuple(matches), **kwargs) == _old_choose(tuple(matches), **kwargs), (matches, kwargs)


def test_sentence_end_patterns_match_where_the_plain_ones_did():
    from scrapers.facts import sentences
    zh_end = re.compile(r"[。！？；!?;]+[”’」』）)]*|\n+")
    en_end = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
    pieces = list("。！？；!?;”’」』）)\n.a A1\"'“‘(\t") + ["Mr.", "U.S.", "...", "  "]
    for text in _strings(pieces, n=20000, seed=47, most=12):
        assert [m.span() for m in sentences._ZH_END.finditer(text)] == [m.span() for m in zh_end.finditer(text)], text
        assert [(m.start(1), m.end()) for m in sentences._EN_END.finditer(text)] == \
               [(m.start(), m.end()) for m in en_end.finditer(text)], text


def test_english_date_candidates_find_what_finditer_finds():
    words = ["Jan", "January", "Sept.", "March", "May", "Dec", "Monday", "Sunday", "in", "In", "early", "mid-", "late",
             "Earlier", "later", "this", "year", "last", "month", "week", "today", "yesterday", "the", "same", "day",
             "that", "recent", "recently", "lately", "previously", "2024", "1999", "23", "1st", "\u0663", "\uff12",
             "x", "-", "–", ",", ".", "(", ")", "st", "aJan", "_"]
    pieces = words + [" "] * 6 + ["  ", "\n"] + _ODD
    texts = _strings(pieces, n=6000, most=10) + [
        "BEIJING, July 26 (Xinhua) -- On Tuesday, in early March 2024 and 5 June last year, earlier this year.",
        "It said in 2023 that the same day, yesterday and last week, recent output rose; previously in mid-May.",
    ]
    for text in texts:
        assert [m.span() for m in candidate_matches(dates._EN_DATE, dates._EN_DATE_START, text)] == [m.span() for m in dates._EN_DATE.finditer(text)], text


def test_chinese_date_candidates_find_what_finditer_finds():
    pieces = ["2024年", "12月", "3月", "26日", "5日电", "今年", "去年", "今天", "昨日", "本月", "上个月", "上月", "上周",
              "当天", "同日", "同一天", "近日", "日前", "近期", "此前", "前不久", "早前", "最近", "以来", "底", "末", "份",
              "至", "—", "截至", "于", "在", "印发", "，", ".", "1", "0", "记者", "电", "讯", "\u0663", "\uff12", "x"]
    texts = _strings(pieces, n=6000, most=10) + ["新华社北京12月27日电 记者27日从工信部获悉，2024年3月5日印发，今年3月以来，去年同期。"]
    for text in texts:
        found = [m.span() for m in candidate_matches(dates._ZH_DATE, dates._ZH_DATE_START, text)]
        assert found == [m.span() for m in dates._ZH_DATE.finditer(text)], text



def test_every_plain_chinese_agency_name_is_found_where_it_starts():
    # find_agencies looks only where _START_POSITIONS lets a name start: a name added to
    # AGENCY_TABLE without its start there is never found (水利部 was missed so).
    names = [alt for pattern, _ in agencies.AGENCY_TABLE for alt in agencies._alternatives(pattern)
             if re.fullmatch(r"[\u4e00-\u9fff]+", alt)]
    assert "水利部" in names and len(names) > 40
    for name in names:
        found = agencies.find_agencies(f"据悉，{name}近日印发通知。")
        assert any(start == 3 for start, _, _ in found), name
