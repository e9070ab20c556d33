"""The speed pass of 2026-11-27 replaced some patterns by start-position scans, tries and string
code that must find exactly what the former patterns found. Each test compares the two on
generated strings, including the letters re.IGNORECASE folds specially (İ ı ſ K), and checks the
strings gave matches at all, so that a test cannot pass on nothing."""
from __future__ import annotations

import random
import re

from scrapers.facts import agencies, dates, dictionary, distractors, events, periods, subjects, units
from scrapers.facts.needles import candidate_matches, fold

N = 4000
ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "\u00a0", "\n"]


def _strings(pieces: list[str], seed: int, most: int = 7, n: int = N) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _variants(word: str) -> list[str]:
    return [word, word.upper(), word.title(), word.replace("i", "\u0131"), word.replace("s", "\u017f"),
            word.replace("k", "\u212a"), word.replace("i", "\u0130"), word[:-1], word[1:]]


def test_english_trailing_words_read_from_the_end() -> None:
    words = list(subjects._EN_TRAILING_WORDS)
    pieces = words + [w.upper() for w in words[:20]] + [" ", "  ", "\t", "x", "output", "-", ",", "2023", "a"] + ODD
    hits = 0
    for s in _strings(pieces, 1, 6):
        f = fold(s)
        m = subjects._EN_TRAILING_FOLDED.search(f)
        assert (m.start() if m else -1) == subjects._en_trailing_start(f), s
        hits += m is not None
    assert hits > N // 10


def test_chinese_trailing_words_read_from_the_end() -> None:
    pieces = list(subjects._ZH_TRAILING_WORDS) + ["比上年末", "较去年同期", "比", "较", "上年", "末", "底", "同期", "\n", "企业", "x", "，"]
    changed = 0
    for s in _strings(pieces, 2, 6):
        want = subjects._ZH_TRAILING.sub("", s)
        assert subjects._strip_zh_trailing(s) == want, s
        changed += want != s
    assert changed > N // 10


def test_leading_words_stripped_without_sub() -> None:
    pieces = ["and ", "AND ", "but", "while\t", "in addition ", "BEIJING, April 1 (Xinhua) -- ", " -- ", "—", "–", "x", " ",
              "其中", "，", "全国"] + ODD
    changed = 0
    for s in _strings(pieces, 3):
        pattern = subjects._EN_LEADING if "--" in s or "—" in s or "–" in s else subjects._EN_LEADING_WORD
        assert subjects._strip_leading(pattern, s) == subjects._EN_LEADING.sub("", s), s
        assert subjects._strip_leading(subjects._ZH_LEADING, s) == subjects._ZH_LEADING.sub("", s), s
        changed += subjects._EN_LEADING.sub("", s) != s
    assert changed > N // 10


def test_english_quantity_starts_keep_every_match() -> None:
    pieces = ["US$", "us$", "u\u017f$", "$", "RMB", "rmb", "¥", "5", "3,000", "2.5", " billion", " yuan", "%", " units",
              "up ", "rose ", "u", "r", " ", "-", ".", ",", "/", ":", "a"] + ODD
    hits = 0
    for s in _strings(pieces, 4):
        want = [(m.span(), m.groups()) for m in units._EN_QUANTITY.finditer(s)]
        assert want == [(m.span(), m.groups()) for m in candidate_matches(units._EN_QUANTITY, units._EN_QUANTITY_STARTS, s)], s
        hits += bool(want)
    assert hits > N // 20


def test_event_clause_ends() -> None:
    former = re.compile(r",\s|;\s|:\s|\s--\s|\s—\s")
    hits = 0
    for s in _strings([",", ";", ":", " ", "\n", "\u00a0", "--", "—", "-", "a", ", ", " -- ", " — "], 5, 8):
        for end in (len(s), len(s) // 2):
            want = [m.span() for m in former.finditer(s, 0, end)]
            assert want == [m.span() for m in events._EN_CLAUSE_END.finditer(s, 0, end)], s
            hits += bool(want)
    assert hits > N // 10


def test_english_alias_starts() -> None:
    first = "[" + "".join(re.escape(c) for c in sorted(dictionary._index().first_chars["en"])) + "]"
    former = re.compile(r"(?:^|(?<=[\W_]))" + first)
    pieces = list("abcdefghijklmnopqrstuvwxyz5\"' _-.,()1中") + ["the ", "5g", "__"] + ODD
    hits = 0
    for s in _strings(pieces, 6, 10):
        want = [m.span() for m in former.finditer(s)]
        assert want == [m.span() for m in dictionary._index().starts["en"].finditer(s)], s
        hits += bool(want)
    assert hits > N // 10


def test_period_needle_trie_finds_what_the_alternation_finds() -> None:
    for index in (periods._ZH_INDEX, periods._EN_INDEX):
        needles = sorted({n for groups in index._groups for g in groups for n in g}, key=len, reverse=True)
        former = re.compile("|".join(map(re.escape, needles)))
        pieces = needles + [n[:-1] for n in needles] + [n[1:] for n in needles] + list(" ax1年月")
        hits = 0
        for s in _strings(pieces, 7, 8):
            want = former.findall(s)
            assert want == index._scan.findall(s), s
            hits += bool(want)
        assert hits > N // 10


def test_word_count_cue_on_folded_text() -> None:
    words = re.findall(r"[a-z][a-z ]*[a-z]", distractors._EN_WORD_COUNT_CUE.pattern)
    pieces = [v for w in words for v in (w, w.upper(), w.title(), w.replace("i", "\u0131"), w.replace("s", "\u017f"), w[:-1])]
    pieces += [" ", "  ", "\n", "\u00a0", "x", "the ", "5"] + ODD
    hits = 0
    for s in _strings(pieces, 8, 6):
        want = bool(distractors._EN_WORD_COUNT_CUE.search(s))
        assert distractors._word_count_cue(s) == want, s
        hits += want
    assert hits > 20


def test_english_time_patterns_tried_only_where_they_can_start() -> None:
    phrases = ["in the first 10 months of 2024", "during the first half", "for the first three quarters of this year",
               "from January to March", "between Jan. 2023 and Dec 2024", "April-June", "as of the end of June",
               "by the end of Oct", "end-March", "as of end 2024", "at the end of last year", "the second quarter of 2024",
               "Q3 2024", "q1", "in June", "in Sep 2024", "over the past decade", "since the start of the 14th Five-Year Plan",
               "the 15th Five-Year Plan (2026-2030)", "for the full year", "by 2030", "By 2027", "from 2019 to 2024",
               "2021–2023", "in 2024", "this year", "last year", "at present", "currently", "so far", "in the same period",
               "IN THE FIRST HALF"]
    pieces = phrases + [p.upper() for p in phrases] + [p.replace("i", "\u0131") for p in phrases] + ODD + [" ", "x", ",", "-"]
    hits = dict.fromkeys(periods._EN_STARTS, 0)
    for s in _strings(pieces, 9, 5):
        f = fold(s)
        for kind, pattern, _ in periods._EN_PATTERNS:
            want = [(m.span(), m.groups()) for m in pattern.finditer(s)]
            got = [(m.span(), m.groups()) for m in candidate_matches(pattern, periods._EN_STARTS[kind], s, f)]
            assert want == got, (kind, s)
            hits[kind] += bool(want)
    assert sum(1 for h in hits.values() if h) >= len(hits) // 2


def test_chinese_time_patterns_tried_only_where_they_can_start() -> None:
    pieces = ["2024年", "2024年1—9月", "1-9月", "1至9月份", "今年", "去年", "上年", "今年1—6月", "截至", "截止", "到", "至", "9月末",
              "10月底", "6月", "12月份", "前三季度", "上半年", "下半年", "第一季度", "二季度", "3季度", "年", "月", "季度", "份",
              "—", "–", "-", "~", "1", "12", "2023", "20245", "日", "末", "底", "以来", "，", "的", "a", " "]
    patterns = {k: p for k, p, _ in periods._ZH_PATTERNS}
    hits = dict.fromkeys(periods._ZH_STARTS, 0)
    for s in _strings(pieces, 10):
        for kind, starts in periods._ZH_STARTS.items():
            want = [(m.span(), m.groups()) for m in patterns[kind].finditer(s)]
            assert want == [(m.span(), m.groups()) for m in candidate_matches(patterns[kind], starts, s)], (kind, s)
            hits[kind] += bool(want)
    assert all(hits.values()), hits


def test_english_dates_and_datelines() -> None:
    phrases = ["Jan 5", "January 12, 2024", "Feb. 3", "March 9 last year", "May 1st", "June 30", "Aug 8", "Sept 9", "Oct. 23",
               "Dec 25", "5 March", "12 June 2024", "on Monday", "Tuesday", "Sunday", "in June", "In early March",
               "in mid-July 2023", "earlier this year", "this year", "last year", "in 2024", "today", "yesterday", "last week",
               "recently", "The", "China", "Market", "Augment", "Octopus", "BEIJING, Oct. 23 (Xinhua) --",
               "(JW Insights) Oct 30 --", "x", "1", " ", "\n", "\u0130n", "\u212a", ",", ".", "-", "—"]
    pieces = phrases + [p.lower() for p in phrases] + [p.upper() for p in phrases] + [p[1:] for p in phrases]
    hits = 0
    for s in _strings(pieces, 11, 6):
        want = [(m.span(), m.groups()) for m in dates._EN_DATE.finditer(s)]
        assert want == [(m.span(), m.groups()) for m in candidate_matches(dates._EN_DATE, dates._EN_DATE_START, s)], s
        assert [m.span() for m in dates._EN_DATELINE.finditer(s)] == \
               [m.span() for m in dates._at_line_starts(dates._EN_DATELINE, s)], s
        hits += bool(want)
    assert hits > N // 10


def test_agency_names_found_from_their_start_positions() -> None:
    former = re.compile("(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(agencies.AGENCY_TABLE)) + ")")
    names = []
    for pattern, _ in agencies.AGENCY_TABLE:
        for alternative in agencies._alternatives(pattern):
            names += re.findall(r"[A-Za-z][A-Za-z' ,-]+[A-Za-z]|[\u4e00-\u9fff]{2,}", alternative)
    names += ["vice minister of industry and information technology", "V\u0130CE M\u0130N\u0130STER of industry",
              "MIIT", "SCIO", "SAC", "SASAC", "NDRC", "SAMR", "State Council"]
    pieces = names + [n.lower() for n in names] + [n.upper() for n in names] + [n[1:] for n in names] + \
        ["\u0130", "\u0131", "\u017f", "\u212a", " ", "x", "S", "M", "(", ")", ",", "国", "中"]
    hits = 0
    for s in _strings(pieces, 12, 6):
        want = [(m.start(), m.end(), agencies._NAMES[int(m.lastgroup[1:])]) for m in former.finditer(s) if m.lastgroup]
        assert agencies.find_agencies(s) == want, s
        hits += bool(want)
    assert hits > N // 10
