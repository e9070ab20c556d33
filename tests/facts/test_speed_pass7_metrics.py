"""Speed pass 7 (metrics, timeline): what every figure of a sentence asked again is asked once.

* metrics._sentence_cues: whether the sentence holds a word of _LOCAL, _WORLD, _CUMULATIVE and
  a list's "both" (均/都, _BOTH_EN) at all, tested once for the sentence; each figure searches
  its clause only when the sentence holds one. Sound because every needle found in a clause is
  found in its sentence: a False flag proves the figure's search would have found nothing.
* metrics._sentence_cues.from_to: each pair of neighbouring figures is tested for a from-to
  pair once (the first figure asked whether it opens one, the second whether it closes one).
* metrics._metric_key: the sector-wide lookups only with a sector (without one, they repeat
  the lookups before them).
* metrics._clean_lead: a clause lead is cleaned as _strip_times spaced it for the figure's
  subject when only the spaces at its ends differ (clean_subject strips those first): the
  second cleaning of an English clause lead is a cache hit.
* timeline.pick_time: no lists built from a sentence without time expressions; resolve_time
  reads the month of "now" without building a TimeRef; remember_times tests the kinds of the
  sentence's times in one loop.

Each test checks the new code against the direct computation (or the former code, reproduced
here) on generated or dictionary-derived inputs, and that the inputs exercised both outcomes."""
from __future__ import annotations

import random
from datetime import date

import pytest

from scrapers.facts import dictionary, metrics, timeline
from scrapers.facts.metrics import extract_metrics
from scrapers.facts.periods import TimeRef
from scrapers.facts.timeline import TimeState

ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", " ", "，", "；"]


def _strings(pieces: list[str], seed: int, n: int = 1500, most: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


# --- per-sentence cues ---------------------------------------------------------------------------
_CUED = {"local": metrics._LOCAL, "world": metrics._WORLD, "cumulative": metrics._CUMULATIVE}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_cue_the_sentence_lacks_is_in_none_of_its_clauses(lang: str) -> None:
    pieces = [*ODD, "x", "1", "市场", "全市场", "the City", "THE PROVINCE's", "WORLD", "world-class", "Global",
              "全球化", "国际先进", "Cumulative", "累计", "both", "BOTH", "and", ","]
    for guarded in _CUED.values():
        pieces += list(guarded.needles)
    flags_seen, matches = set(), 0
    for s in _strings(pieces, seed=7):
        cues = metrics._sentence_cues(s, [], lang)
        for name, guarded in _CUED.items():
            flag = getattr(cues, name)
            assert flag == guarded.may_match(s), (name, s)
            flags_seen.add((name, flag))
            # every clause lead a figure can have: s[i:j] for all i <= j
            found = any(guarded.pattern.search(s[i:j]) for i in range(len(s) + 1) for j in range(i, len(s) + 1, 3))
            matches += found
            if not flag:
                assert not found, (name, s)
        if lang == "en" and not cues.both:
            assert not any(metrics._BOTH_EN.pattern.search(s[:k]) for k in range(len(s) + 1)), s
    assert len(flags_seen) == 2 * len(_CUED) and matches > 100


def test_both_cue_of_a_chinese_sentence() -> None:
    assert metrics._sentence_cues("产量和销量均超过450万辆", [], "zh").both
    assert metrics._sentence_cues("首都北京", [], "zh").both  # (a cue only: _BOTH_ZH decides)
    assert not metrics._sentence_cues("产量超过450万辆", [], "zh").both


PUB = date(2024, 5, 1)


def _facts(text: str, lang: str) -> list[tuple]:
    return [(m.value, m.measure, m.period, m.as_of, m.geography, m.subject_source)
            for m in extract_metrics(text, published=PUB, lang=lang)]


def test_from_to_pairs_reach_both_figures() -> None:
    # the first figure opens the pair (its start year), the second closes it (its end year)
    assert [(p, a) for _, _, p, a, _, _ in _facts("2012年至2021年，我国数字经济规模由11万亿元扩大到超过45万亿元。", "zh")] \
        == [("2012", None), (None, "2021-12")]
    assert [p for _, _, p, _, _, _ in _facts("“十三五”期间，工业机器人产量从7.2万套增长到21.2万套。", "zh")] == ["2015", "2020"]
    assert [p for _, _, p, _, _, _ in _facts("Revenue grew from 200 billion yuan in 2016 to 500 billion yuan in 2023.", "en")] \
        == ["2016", "2023"]


def test_cued_rules_still_fire() -> None:
    assert [(g, s) for _, _, _, _, g, s in _facts("产量和销量均超过450万辆。", "zh")] \
        == [("China", "产量"), ("China", "销量")]
    assert [s for *_, s in _facts("Production and sales both topped 9 million units in 2023.", "en")] \
        == ["Production", "sales"]
    assert [g for _, _, _, _, g, _ in _facts("全市累计建成5G基站3.2万个。", "zh")] == ["China:local"]
    assert [g for _, _, _, _, g, _ in _facts("Global sales rose 5 percent in 2023.", "en")] == ["World"]
    assert [a for _, _, _, a, _, _ in _facts("2013年至2023年11月，累计建成5G基站320万个。", "zh")] == [None]
    assert [p for _, _, p, _, _, _ in _facts("2013年至2023年11月，累计建成5G基站320万个。", "zh")] == ["2013-01/2023-11"]


# --- clause leads cleaned once ------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_clause_lead_cleaned_as_spaced_is_cleaned_as_written(lang: str) -> None:
    pieces = [" ", "  ", "\t", "\n", "\u3000", ",", "，", "、", '"', "“", "”", "(", "output", "of", "China's",
              "the", "rose", "grew", "in", "and", "产量", "增长", "同比", "其中", "for", "revenue", "比上年"]
    spaced = 0
    for lead in _strings(pieces, seed=11, n=3000, most=9):
        assert metrics._clean_lead(lead, lang) == metrics.clean_subject.__wrapped__(lead, lang), repr(lead)
        spaced += " ".join(lead.split()) == lead.strip(" ") != lead
    assert spaced > 150  # (leads the helper asked with their ends' spaces off)


# --- _metric_key's sector-wide lookups -----------------------------------------------------------
def test_lookups_without_a_sector_repeat_those_before_them() -> None:
    # (the premise of skipping them: with sector None, lookup and choose give what they gave
    # without the argument)
    rng = random.Random(3)
    entries = list(dictionary.entries().values())
    units = [None, *({frozenset({e.unit}) for e in entries})]
    keyed = 0
    for _ in range(600):
        lang = rng.choice(["zh", "en"])
        names = [rng.choice(entries).name_zh if lang == "zh" else rng.choice(entries).name_en.lower()
                 for _ in range(rng.randint(1, 3))] + [rng.choice(["", "企业", "the industry", "产量"])]
        rng.shuffle(names)
        unit = rng.choice(units)
        key = dictionary.lookup(names, lang, units=unit)
        assert dictionary.lookup(names, lang, sector=None, units=unit) == key
        aliases = dictionary.scan_aliases(" ".join(names), lang)
        end = rng.randint(0, 40)
        assert dictionary.choose(aliases, end=end, sector=None, units=unit) == dictionary.choose(aliases, end=end, units=unit)
        keyed += key is not None
    assert 100 < keyed < 600


# --- timeline ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("statement", "published", "want"), [
    (None, None, None), (None, date(2024, 3, 9), "2024-03"), (date(2023, 12, 28), date(2024, 1, 2), "2023-12"),
    (date(2024, 11, 5), None, "2024-11")])
def test_now_value_is_the_value_of_now(statement: date | None, published: date | None, want: str | None) -> None:
    ctx = TimeState(published)
    ctx.statement = statement
    now = timeline._now(ctx)
    assert timeline._now_value(ctx) == want
    assert now == (None if want is None else TimeRef(0, 0, "as_of", want))


def _ref(kind: str, value: str) -> TimeRef:
    return TimeRef(0, 4, kind, value)


_KINDS = [_ref("period", "2023"), _ref("as_of", "2023-12"), _ref("target", "2027"), _ref("same_period", ""),
          _ref("period", "2024-01/2024-03")]


def test_remember_times_opens_and_continues_a_goal_list_as_before() -> None:
    rng = random.Random(5)
    seen = set()
    for _ in range(400):
        times = rng.sample(_KINDS, rng.randint(0, 3))
        ctx = TimeState(date(2024, 6, 1))
        ctx.target_open = rng.random() < 0.5
        sentence = rng.choice(["到2027年，A达到40%；", "B达到65%。", "C reaches 80 percent;", "plain"])
        # the former test, reproduced
        dated = any(t.kind in ("period", "as_of") for t in times)
        opens = any(t.kind == "target" for t in times) or (ctx.target_open and not dated)
        want = opens and sentence.rstrip().endswith(("；", ";"))
        timeline.remember_times(times, ctx, sentence, "zh")
        assert ctx.target_open == want, (times, sentence)
        seen.add(want)
    assert seen == {True, False}


def test_pick_time_without_times_in_the_sentence_takes_the_carried_period() -> None:
    text = "2023年，全国规模以上工业增加值增长4.6%。其中，制造业增加值增长5.0%，高技术制造业增加值增长2.7%。"
    assert [m.period for m in extract_metrics(text, published=date(2024, 1, 20), lang="zh")] == ["2023", "2023", "2023"]
