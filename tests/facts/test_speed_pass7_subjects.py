"""Speed pass 7 (subjects, measures, qualifiers, status): each cheaper test or combined pattern
gives what the former code gave, checked on generated strings built from the words that matter
against the former patterns and code, kept here as references."""
from __future__ import annotations

import dataclasses
import random
import re
from datetime import date

import pytest

from scrapers.facts import dictionary, measures, qualifiers, status, subjects
from scrapers.facts.needles import fold

N = 4000


def _strings(pieces: list[str], seed: int, n: int = N, most: int = 6) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


# --- subjects: the trailing-word pre-tests ---------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_trailing_pretest_passes_whenever_the_pattern_matches(lang: str) -> None:
    words = subjects._ZH_TRAILING_WORDS + ("比上年末", "较去年同期") if lang == "zh" else subjects._EN_TRAILING_WORDS
    words += tuple(w.upper() for w in words if lang == "en")
    pattern = subjects._ZH_TRAILING if lang == "zh" else subjects._EN_TRAILING
    pieces = list(words) + ["收入", "revenue", " ", "  ", "\n", "X", "\u0130", "\u017f", "-", "ed"]
    matched = 0
    for text in _strings(pieces, seed=3):
        if pattern.search(text):
            matched += 1
            if lang == "zh":
                assert text[-1:] in subjects._ZH_TRAILING_LASTS, text
            else:
                last = fold(text).rsplit(None, 1)
                assert last and last[-1] in subjects._EN_TRAILING_LASTS, text
    assert matched > N // 4


def _former_clean_subject(lead: str, lang: str) -> str:
    """clean_subject before this pass: str.endswith of the words as the pre-test."""
    text = subjects._strip_ends(lead)
    if lang == "zh":
        for _ in range(3):
            before = text
            if text.endswith(subjects._ZH_TRAILING_ENDS):
                text = subjects._strip_zh_trailing(text)
            text = text.strip(" ，,、")
            text = subjects._ZH_LEADING.sub("", text)
            if text == before:
                break
        return subjects._balance_quotes(text[-40:]) if len(text) > 40 else text
    for _ in range(3):
        before = text
        folded = fold(text)
        if folded.rstrip().endswith(subjects._EN_TRAILING_ENDS):
            text = subjects._strip_en_trailing(text, folded)
        text = text.strip(" ,")
        text = subjects._EN_LEADING.sub("", text)
        if text == before:
            break
    return subjects._last_words(text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_clean_subject_agrees_with_the_endswith_pretest(lang: str) -> None:
    if lang == "zh":
        pieces = list(subjects._ZH_TRAILING_WORDS[:40]) + ["其中", "全国", "收入", "企业", "规模", "指数", "，", "、", "\n", " "]
    else:
        pieces = list(subjects._EN_TRAILING_WORDS[:40]) + ["And ", "revenue", "output", " ", "  ", ",", "--", "Has",
                                                           "amounted", "to", "\n", "\u0130s"]
    changed = 0
    for lead in _strings(pieces, seed=11, most=8):
        subjects.clean_subject.cache_clear()
        want = _former_clean_subject(lead, lang)
        assert subjects.clean_subject(lead, lang) == want, lead
        changed += want != lead.strip()
    assert changed > N // 4


def test_past_guard_keeps_every_past_form() -> None:
    # indicator_of and counted_head ask _EN_PAST only of words ending in "ed"; a split word
    # (no white space) matches it only then.
    pieces = ["expand", "ed", "e", "soar", "d", "speed", "x", "red", "hundr", "E", "D"]
    for word in _strings(pieces, seed=5, most=4):
        if subjects._EN_PAST.search(word):
            assert word.endswith("ed"), word


def test_region_of_guard_keeps_every_place() -> None:
    places = list(subjects.PLACES.values())
    pieces = places + ["the ", "The ", "eastern", "Northeast", " time", " region", "x", " ", "Beijing"]
    found = 0
    for text in _strings(pieces, seed=13, most=4):
        m = subjects._EN_PLACE.match(text)
        want = next((f"China:{en}" for word, en in subjects.EN_REGIONS.items()
                     if text.lower().removeprefix("the ").startswith(word)), None) or (
            f"China:{m.group(0).removeprefix('the').strip()}" if m else None)
        assert subjects.region_of(text, "en") == want, text
        found += want is not None
    assert found > N // 8


# --- measures ------------------------------------------------------------------------------------------------
_FORMER_ZH_CAGR = re.compile(r"年均|复合(?:年均)?增|年平均")


def test_zh_cagr_words_say_what_the_former_pattern_said() -> None:
    pieces = ["年", "均", "复合", "增", "年均", "平均", "复", "合", "x"]
    hits = 0
    for text in _strings(pieces, seed=17, most=5):
        want = bool(_FORMER_ZH_CAGR.search(text))
        assert (measures.measure_of(text, "", "percent", "zh")[0] == "cagr") == want, text
        hits += want
    assert hits > N // 10


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_measure_of_agrees_with_marks_read_again(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sign reuses the up/down marks read for the measure; reading them again gives the same."""
    if lang == "zh":
        pieces = ["增长", "下降", "提高到", "升至", "不低于", "不到", "降幅收窄", "同比", "环比", "比重", "占", "率", "翻番",
                  "平均提升", "以来", "收入", "，", "x"]
        tails = ["", "，", "以上", "翻一番", "左右"]
    else:
        pieces = ["rose ", "fell ", "up ", "down ", "to ", "by ", "share ", "rate ", "year on year ", "decline narrowed ",
                  "revenue ", "cut costs by ", "grew ", "lower ", "accounting for ", "month on month "]
        tails = ["", " percent", " lower than", " from a year earlier", " percent of the total", " narrower", " up"]
    rng = random.Random(19)
    cases = [(lead, rng.choice(tails), rng.choice(["percent", "percentage_points", "CNY"])) for lead in _strings(pieces, seed=23)]
    fast = [measures.measure_of(lead, tail, unit, lang) for lead, tail, unit in cases]
    sign = measures._sign
    monkeypatch.setattr(measures, "_sign", lambda lead, tail, lang_, marks: sign(lead, tail, lang_, None))
    slow = [measures.measure_of(lead, tail, unit, lang) for lead, tail, unit in cases]
    assert fast == slow
    assert sum(s == -1 for _, s in fast) > N // 20 and sum(m not in ("level", "") for m, _ in fast) > N // 4


# --- qualifiers --------------------------------------------------------------------------------------------
_FORMER_EN_AFTER = [("ge", re.compile(r"^\s*(?:or more|and above|or above|plus)\b", re.I)),
                    ("gt", re.compile(r"^-plus\b|^\s*\+", re.I)),
                    ("approx", re.compile(r"^\s*(?:or so|or thereabouts)\b", re.I))]


@pytest.mark.parametrize(("combined", "cues", "pieces"), [
    (qualifiers._ZH_AFTER_ONE, qualifiers._ZH_AFTER,
     ["以上", "及以上", "左右", "上下", "以下", "以内", "（", "(", "）", ")", "含", "以", "上", "x"]),
    (qualifiers._EN_AFTER, _FORMER_EN_AFTER,
     [" ", "or more", "OR MORE", "and above", "or above", "plus", "-plus", "+", "or so", "or thereabouts", "or", "x",
      "\u0130", "\u017f", "s"]),
])
def test_one_pattern_gives_the_first_cue_that_matches(combined: re.Pattern[str], cues, pieces: list[str]) -> None:
    hits = 0
    for text in _strings(pieces, seed=29, most=4):
        want = next((name for name, pattern in cues if pattern.search(text)), None)
        m = combined.match(text)
        assert (m.lastgroup if m else None) == want, text
        hits += want is not None
    assert hits > N // 5


# --- status ----------------------------------------------------------------------------------------------
def test_zh_horizon_guard_keeps_every_target_year() -> None:
    # status_of reads a Chinese horizon (到2025年) only in a head holding 到: every match does.
    pieces = ["到", "达到", "到2025年", "2025年", "2020", "年", "底", "预计", "12月", "x", "，"]
    hits = 0
    for text in _strings(pieces, seed=37, most=6):
        if status._ZH_TARGET_YEAR.search(text):
            assert "到" in text
            hits += 1
    assert hits > N // 20
    # and the figure's status follows it: a goal for a year ahead
    for sentence, when, want in (("到2030年产量达到500万吨", "2030", "target"), ("产量达到500万吨", "2023", "actual"),
                                  ("预计到2030年产量达到500万吨", "2030", "forecast")):
        start = sentence.index("500")
        assert status.status_of(sentence, start, start + 3, when, "zh", date(2024, 1, 1), 0) == want, sentence


# --- dictionary: the ASCII scan ---------------------------------------------------------------------------
def test_ascii_alias_scan_finds_what_the_unicode_class_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    idx = dictionary._index()
    aliases = [alias for alias in idx.rows["en"]][:60]
    pieces = aliases + [a.title() for a in aliases[:20]] + [" ", ", ", "_", "-", "(", "x", "9", "per unit of ", "é", "’",
                                                           "total ", "its "]
    texts = _strings(pieces, seed=41, most=6)
    fast = [[tuple(m) for m in dictionary.scan_aliases(t, "en")] for t in texts]
    plain = dataclasses.replace(idx, ascii_body=idx.longest["en"][1])
    monkeypatch.setattr(dictionary, "_index", lambda: plain)
    assert [[tuple(m) for m in dictionary.scan_aliases(t, "en")] for t in texts] == fast
    assert sum(len(f) for f in fast) > N


# --- patterns whose every branch opens with ^: match (one try) for search/sub (a try per position) ----------
@pytest.mark.parametrize(("pattern", "pieces"), [
    (measures._EN_NEW_AFTER, [" ", "  ", "new", "newly", " energy", "-energy", "were", "was", "has been", "added", "units",
                              "\"", "-", "x", "\n"]),
    (subjects._EN_FRAME, ["said", "Says", "told", " that ", "a conference", "reporters", "is ", "saw ", "sees", "output",
                          " ", "5", "\n", "both ", "expected"]),
])
def test_patterns_anchored_in_every_branch_match_only_at_the_start(pattern: re.Pattern[str], pieces: list[str]) -> None:
    hits = 0
    for text in _strings(pieces, seed=43, most=7):
        searched = pattern.search(text)
        matched = pattern.match(text)
        assert (searched and searched.span()) == (matched and matched.span()), text
        assert pattern.sub("", text) == subjects._strip_leading(pattern, text), text
        hits += matched is not None
    assert hits > N // 20


def test_grown_by_guard_keeps_every_match() -> None:
    for text in _strings(["grown", " by", "up", "by", " ", "grown by", "up by", "x", "\n"], seed=47, most=5):
        if measures._EN_GROWN_BY.search(text):
            assert "grown by" in text or "up by" in text, text


def test_zh_frame_guard_keeps_every_match() -> None:
    pieces = ["提出", "要求", "指出", "强调", "提", "要", "指", "强", "主要", "指数", "把", "将", "企业", "x"]
    hits = 0
    for text in _strings(pieces, seed=53, most=5):
        if subjects._ZH_FRAME.search(text):
            assert any(w in text for w in ("提出", "要求", "指出", "强调")), text
            hits += 1
    assert hits > N // 10
