"""Speed pass 14: generator expressions and comprehensions on the per-figure and per-scan paths
replaced by plain loops (under valgrind a generator costs ~1,300 instructions to make and run,
more than the tests it holds, for the one to three items it mostly sees).

- needles.candidate_matches reads each start off the scan's match itself (it read them through
  a generator expression: for every quantity, date and time scan);
- periods._NeedleIndex._indices tests a pattern's needle groups in a loop (all() over a
  generator per pattern);
- metrics._time_starts_within and _blank_times stand for the any() and the per-character join
  of metrics._build (English enumerations); metrics._without_members, dates._inside and
  events._inside_any loop instead of any() over a generator;
- timeline.pick_time builds its four lists of times in two loops, remember_times its years in
  one, and _horizon_after stops at the first time after the figure;
- distractors.drop_distractors, metrics._sentence_cues (its from-to pairs) and the bare-number
  filter of metrics._extract_sentence build their lists in loops, not comprehensions.

Pinned against the former code, copied below, on random inputs; the rest of pick_time and
remember_times by the golden dump and the devset guard."""
from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from scrapers.facts import dates, events, metrics, periods, timeline, units
from scrapers.facts.needles import WordStarts, candidate_matches, fold
from scrapers.facts.periods import TimeRef
from scrapers.facts.units import Quantity


def _former_candidate_matches(pattern: re.Pattern[str], starts, text: str, probe: str | None = None) -> Iterator[re.Match[str]]:
    """candidate_matches before this pass."""
    resume = 0
    where = text if probe is None else probe
    places = starts.places(where) if type(starts) is WordStarts else (c.start() for c in starts.finditer(where))
    for pos in places:
        if pos < resume:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            resume = m.end()


def _former_indices(index: periods._NeedleIndex, found: frozenset[str]) -> list[int]:
    """_NeedleIndex._indices before this pass."""
    present = set().union(*(index._inside[n] for n in found)) if found else set()
    return [i for i, groups in enumerate(index._groups) if all(not present.isdisjoint(g) for g in groups)]


def _texts(pieces: list[str], seed: int, n: int = 3000, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


_ZH_PIECES = ["1", "23", "3.5", ".", "至", "一", "十二", "两", "百", "万", "亿", "多", "余", "%", "个", "家", "元", "吨",
              "百分点", "增长", "，", "年", "月", "日", "今", "去年", "上半年", "1—9月", "截至", "底", "前三季度", "以来", "a"]
_EN_PIECES = ["1", "23", "1,234", ",", ".", "5.1", "US$", "$", "between ", "Between ", " and ", "-", "–", " ", "percent",
              " million", " yuan", "%", "In ", "in the first half", "the first quarter", " of 2025", "June", "Jan. ",
              "since ", "so far this year", "by 2027", "year-on-year", "nearly ", "about ", "half", "making up", "\u0130", "\u017f",
              " to ", "5-6 percent", "between 5 and 6%", "3 to 4 million", "half of", "A third of ", "the first half of",
              "accounting for ", "Making up more than half", " of"]

# (pattern, starts, pieces, fold the text for the probe)
_SCANS = [
    (units._ZH_QUANTITY, units._ZH_QUANTITY_STARTS, _ZH_PIECES, False),
    (units._EN_QUANTITY, units._EN_QUANTITY_STARTS, _EN_PIECES, False),
    (units._EN_RANGE, units._EN_RANGE_STARTS, _EN_PIECES, False),
    (dates._ZH_DATE, dates._ZH_DATE_START, _ZH_PIECES, False),
    (dates._EN_DATE, dates._EN_DATE_START, _EN_PIECES, False),
    (units._EN_WORD_SHARES, units._EN_WORD_SHARES_STARTS, _EN_PIECES, True),
    (units._EN_HALF_OF_IT, units._EN_HALF_OF_IT_STARTS, _EN_PIECES, True),
]


@pytest.mark.parametrize("case", range(len(_SCANS)))
def test_candidate_matches_finds_what_the_former_loop_found(case: int) -> None:
    pattern, starts, pieces, folds = _SCANS[case]
    hits = 0
    for text in _texts(pieces, seed=case):
        probe = fold(text) if folds else None
        if probe is not None and len(probe) != len(text):
            continue  # (the callers fold only when every character keeps its place)
        want = _spans(_former_candidate_matches(pattern, starts, text, probe))
        assert _spans(candidate_matches(pattern, starts, text, probe)) == want, text
        hits += bool(want)
    assert hits > 50  # the pieces do make matches, so the comparison is not vacuous


def test_candidate_matches_of_the_time_scans_match_the_former_loop() -> None:
    """The time patterns with their own starts (periods._ZH_STARTS, _EN_STARTS), on the folded
    probe find_times gives them."""
    for lang, table, patterns, pieces in (("zh", periods._ZH_STARTS, periods._ZH_PATTERNS, _ZH_PIECES),
                                          ("en", periods._EN_STARTS, periods._EN_PATTERNS, _EN_PIECES)):
        hits = 0
        for kind, pattern, _ in patterns:
            starts = table.get(kind)
            if starts is None:
                continue
            for text in _texts(pieces, seed=len(kind), n=600):
                probe = text if lang == "zh" else fold(text)
                if len(probe) != len(text):
                    continue
                want = _spans(_former_candidate_matches(pattern, starts, text, probe))
                assert _spans(candidate_matches(pattern, starts, text, probe)) == want, (kind, text)
                hits += bool(want)
        assert hits > 50, lang


def test_candidate_matches_stays_a_lazy_iterator() -> None:
    """Callers may stop early: the matches still come one at a time."""
    matches = candidate_matches(units._ZH_QUANTITY, units._ZH_QUANTITY_STARTS, "产量1000万吨，增长5%，出口20亿美元")
    assert iter(matches) is matches
    assert next(matches).group(0).startswith("1000")


@pytest.mark.parametrize("index", [periods._ZH_INDEX, periods._EN_INDEX], ids=["zh", "en"])
def test_needle_index_enables_the_former_patterns(index: periods._NeedleIndex) -> None:
    rng = random.Random(14)
    needles = list(index._needles)
    for n in range(3000):
        found = frozenset(rng.sample(needles, rng.randint(0, min(len(needles), 1 + n % 9))))
        assert index._indices(found) == _former_indices(index, found), sorted(found)
    everything = frozenset(needles)
    assert index._indices(everything) == _former_indices(index, everything) == list(range(len(index._groups)))
    assert index._indices(frozenset()) == _former_indices(index, frozenset())


@pytest.mark.parametrize(("index", "pieces"), [(periods._ZH_INDEX, _ZH_PIECES), (periods._EN_INDEX, _EN_PIECES)],
                         ids=["zh", "en"])
def test_needle_index_patterns_of_sentences(index: periods._NeedleIndex, pieces: list[str]) -> None:
    """On sentences: the (kind, pattern) pairs, in list order, that the former indices chose."""
    enabled = 0
    for text in _texts(pieces, seed=41, n=1500):
        probe = fold(text) if index is periods._EN_INDEX else text
        found = index._found(probe)
        want = tuple(index._patterns[i][:2] for i in _former_indices(index, found))
        assert index.patterns(probe) == want, text
        enabled += bool(want)
    assert enabled > 100


# --- the helpers of metrics, dates and events ------------------------------------------------------
def _random_times(rng: random.Random, length: int) -> list[TimeRef]:
    out = []
    for _ in range(rng.randint(0, 4)):
        start = rng.randint(0, length)
        out.append(TimeRef(start, min(length + 5, start + rng.randint(1, 12)), "period", "2025"))
    return out


def test_time_helpers_of_enumerations_match_the_former_expressions() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("ab c,d") for _ in range(rng.randint(0, 30)))
        offset = rng.randint(0, 40)
        times = _random_times(rng, offset + len(text) + 10)
        end = rng.randint(0, offset + len(text) + 10)
        assert metrics._time_starts_within(times, offset, end) == any(offset <= tr.start < end for tr in times)
        former = "".join(" " if any(tr.start <= offset + i < tr.end for tr in times) else ch for i, ch in enumerate(text))
        assert metrics._blank_times(text, times, offset) == former, (text, offset, times)


def test_without_members_matches_the_former_filter() -> None:
    """The aliases of the other members of a written list are left out, as before."""
    from scrapers.facts.dictionary import scan_aliases
    rng = random.Random(9)
    members = ["集成电路", "软件业务收入", "5G基站", "工业增加值", "汽车产量", "云计算", "大数据"]
    kept_some = dropped_some = 0
    for _ in range(400):
        parts = rng.sample(members, rng.randint(2, 4))
        s = "其中" + "、".join(parts) + "分别增长5%"
        aliases = scan_aliases(s, "zh")
        pos = rng.randrange(len(parts))
        got = metrics._without_members(s, aliases, parts, pos, len(s), "zh")
        # (the former filter, over the spans the function finds the same way)
        at = s.rfind(parts[0], 0, len(s))
        spans = [(at, at + len(parts[0]))]
        for part in parts[1:]:
            joiner = metrics._LIST_JOINER["zh"].match(s, spans[-1][1])
            spans.append((joiner.end(), joiner.end() + len(part)))
        del spans[pos]
        assert got == tuple(a for a in aliases if not any(lo <= a.start < hi for lo, hi in spans))
        kept_some += bool(got)
        dropped_some += len(got) < len(aliases)
    assert kept_some and dropped_some


def test_inside_helpers_match_the_former_any() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        spans = [(a, a + rng.randint(0, 9)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 4)))]
        start = rng.randint(0, 35)
        end = start + rng.randint(0, 8)
        assert dates._inside(spans, start, end) == any(s <= start and end <= e for s, e in spans)
        assert events._inside_any(spans, start, end) == any(s < start and end < e for s, e in spans)


# --- timeline: pick_time's lists, remember_times' years, _horizon_after ------------------------------
def _former_horizon_after(s: str, q: Quantity, times: list[TimeRef], in_clause_before: list[TimeRef],
                          next_start: int, end_of_clause: int, lang: str) -> TimeRef | None:
    following = [t for t in times if q.end <= t.start and t.end <= end_of_clause]
    if not following or following[0].kind != "target":
        return None
    horizon = following[0]
    if lang == "en" and (horizon.start < next_start or timeline._BRACKET_THEN_BY.match(s, q.end, horizon.start + 3)):
        return horizon
    if not in_clause_before and timeline._TARGET_CUE.search(s[:q.start]):
        return horizon
    return None


def test_horizon_after_finds_the_former_horizon() -> None:
    rng = random.Random(13)
    s = "The plan aims to raise output 5 percent by 2027 and 8 percent (about $1 billion) by 2030, and it set goals."
    seen = 0
    for _ in range(4000):
        times = sorted((TimeRef(a, a + rng.randint(2, 8), rng.choice(["target", "period", "as_of"]), "2027")
                        for a in (rng.randint(0, len(s)) for _ in range(rng.randint(0, 4)))), key=lambda t: t.start)
        start = rng.randint(0, len(s) - 5)
        q = Quantity(start, start + rng.randint(1, 4), 5.0, "percent")
        before = [t for t in times if t.end <= q.start][: rng.randint(0, 1)]
        end_of_clause = rng.randint(q.end, len(s))
        next_start = rng.randint(q.end, len(s))
        for lang in ("en", "zh"):
            want = _former_horizon_after(s, q, times, before, next_start, end_of_clause, lang)
            assert timeline._horizon_after(s, q, times, before, next_start, end_of_clause, lang) == want
            seen += want is not None
    assert seen > 100


def test_remember_times_keeps_the_years_of_the_sentence() -> None:
    state = timeline.TimeState(None)
    times = [TimeRef(0, 5, "period", "2024"), TimeRef(6, 9, "period", "2025-Q1"), TimeRef(10, 15, "as_of", "2025"),
             TimeRef(16, 21, "period", "2025"), TimeRef(22, 28, "target", "2027")]
    timeline.remember_times(times, state, "x" * 30, "en")
    assert state.previous_years == ["2024", "2025"]
    timeline.remember_times([], state, "y", "en")
    assert state.previous_years == []


# --- the per-sentence lists of metrics and distractors ---------------------------------------------
_SENTENCES = {
    "zh": ["2024年，全国规模以上工业增加值同比增长5.8%，其中制造业增长6.1%。", "产量由1000万吨增至1200万吨。",
           "5G基站总数达到383.7万个，比上年末净增46.1万个。", "两家企业的3个项目入选。", "前10家企业营业收入占比为60%。",
           "数百家企业参与，全省共有120家专精特新企业。", "出口从200亿美元提高到500亿美元，增长1.5倍。"],
    "en": ["Output rose 5.8 percent year on year, and exports grew from 200 billion yuan to 500 billion yuan.",
           "BYD said its net profit rose 33% to 9.2 billion yuan in the quarter.", "The Top 500 companies employ 2 million people.",
           "Sales of 65-inch TV panels rose 12 percent, while 2,000 firms joined in 2025.",
           "The ministry named 86 enterprises on July 5, bringing the total to 412."],
}


def test_drop_distractors_keeps_what_the_former_comprehension_kept() -> None:
    from scrapers.facts import distractors
    from scrapers.facts.units import find_quantities
    kept_some = dropped_some = 0
    for lang, sentences in _SENTENCES.items():
        for s in sentences:
            quantities = find_quantities(s, lang)
            got = distractors.drop_distractors(s, quantities, lang)
            if distractors._is_normative(s, lang):
                assert got == []
                continue
            results_at = distractors._company_results_at(s, lang)
            want = [q for q in quantities if not distractors._is_distractor(s, q, lang)
                    and not distractors._company_result(s, q, results_at)]
            assert got == want, s
            kept_some += bool(got)
            dropped_some += len(got) < len(quantities)
    assert kept_some and dropped_some


def test_sentence_cues_pair_every_figure_with_the_next() -> None:
    from scrapers.facts.units import find_quantities
    pairs = 0
    for lang, sentences in _SENTENCES.items():
        for s in sentences:
            quantities = find_quantities(s, lang)
            cues = metrics._sentence_cues(s, quantities, lang)
            assert cues.from_to == [metrics._is_from_to(s, a, b, lang) for a, b in zip(quantities, quantities[1:])]
            pairs += sum(cues.from_to)
    assert pairs >= 2  # (the from-to pairs: 由…增至, 从…提高到, "from … to")
