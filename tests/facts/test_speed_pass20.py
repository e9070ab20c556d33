"""Speed pass 20: the session's new rules (1.27.16-1.27.26) made cheap, byte-identical.

Where their cost went (opcodes per English document, counted by a trace of the hand-written
articles): the base-of-a-comparison gate of timeline._comparisons_base_time (any() over a generator,
asked for every time of every figure), the requirement, duty and "for every" windows of
distractors._is_distractor (cut for every English figure), and in Chinese the stock-part search
opening measures.zh_batch_part (a regex on the lead of every level count). Now:

- timeline: a sentence is asked once whether it holds a base's words or a start verb
  (timeline._en_sentence_gates, the last sentence's answers kept); without them no time of it is
  tested; the window gate is has_any's plain loop.
- distractors: the whole sentence is asked for "requir", "must "/"shall " and "for e" before the
  windows are cut.
- measures.zh_batch_part: the stock-part veto is asked last, after the cheap tests most counts fail.
- metrics._build: the whole sentence's "worth" before the other tests of a flow's value.
- events._time_clauses: a plain loop over the mentions instead of any() over a generator.

Pinned here: gated and ungated answers are equal (sentences written for each rule and its near
misses, and generated text), and the saving itself (what is no longer asked)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts import distractors, measures, timeline
from scrapers.facts.pipeline import clear_caches, extract
from scrapers.facts.units import find_quantities


def _dump(text: str, lang: str) -> list:
    clear_caches()
    out = extract(text, lang=lang, published=__import__("datetime").date(2026, 6, 30))
    return [repr(m) for m in out.metrics] + [repr(e) for e in out.events]


# --- timeline: the sentence's gates ------------------------------------------------------------

EN_TIMES = [
    "Output rose 5.9 percent from the first batch of 2024, while exports stood at 134,000 tonnes in 2025.",
    "EVs were behind 41.2 percent of the recalled vehicles in 2027, compared with 26.5 percent in 2026.",
    "The rate fell to 55 percent in 2025, below the 60 percent level of 2020.",
    "Sales were 12 percent above the 2020 level in 2025.",
    "The project, which began operating in 2024, hosted 14 launches in 2025.",
    "The programme launched in 2022, which set up eight hubs, trained 3,000 workers in 2025.",
    "Revenue rose 12 percent from a year earlier in 2025.",
    "Output rose 8 percent in 2025 to 3.2 million units.",                  # no base word, no start verb
    "In 2025 the sector employed 2 million people and made 40 percent of the world's cells.",
    "Exports grew 7 percent over 2024 and 9 percent in the first half of 2025.",
    "The plant was established in 2019 and produced 50,000 cars in 2025.",
    "Investment versus 2023 levels rose 4 percent in 2025; prices were against 2024 flat.",
]


def _ungated_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "_en_sentence_gates", lambda s: (True, True))


@pytest.mark.parametrize("text", EN_TIMES)
def test_timeline_gates_change_no_output(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _dump(text, "en")
    _ungated_gates(monkeypatch)
    assert _dump(text, "en") == gated


def test_timeline_gates_on_the_whole_articles_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(EN_TIMES)
    gated = _dump(text, "en")
    _ungated_gates(monkeypatch)
    assert _dump(text, "en") == gated


_WORDS = ["Output", "rose", "fell", "5.9 percent", "12%", "from", "over", "compared with", "versus", "against",
          "below", "above", "the", "level", "of", "in", "2024", "2025", "2020", "first batch", "which", "began",
          "launched", "established", "operating", "a year earlier", ",", "and", "exports", "reached", "3 million tons",
          "the 60 percent", "mark"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=24))
def test_timeline_gates_generated(words: list[str]) -> None:
    text = " ".join(words).replace(" ,", ",") + "."
    gated = _dump(text, "en")
    with pytest.MonkeyPatch.context() as m:
        _ungated_gates(m)
        assert _dump(text, "en") == gated


def test_sentence_gates_answer_each_sentence() -> None:
    # (the kept answers are the last sentence's only: a new string, even an equal one, is asked anew)
    assert timeline._en_sentence_gates("up 5 percent from 2024") == (True, False)
    assert timeline._en_sentence_gates("rose 5 percent in 2024") == (False, False)
    assert timeline._en_sentence_gates("which began operating in 2024") == (False, True)
    same = "".join(["compared ", "with 2024, launched in 2020"])
    assert timeline._en_sentence_gates(same) == (True, True)
    assert timeline._en_sentence_gates("no words at all") == (False, False)
    assert timeline._en_sentence_gates(same) == (True, True)


def test_saving_no_time_is_tested_without_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = timeline._comparisons_base_time
    monkeypatch.setattr(timeline, "_comparisons_base_time", lambda s, t: asked.append(t.start) or real(s, t))
    _dump("Output rose 8 percent in 2025 to 3.2 million units, and sales reached 900,000 in 2024.", "en")
    assert asked == []
    _dump("Output rose 8 percent from 2024 to 3.2 million units in 2025.", "en")
    assert asked  # (with a base's word the times are tested, as before)


# --- distractors: whole-sentence tests before the windows ------------------------------------

class _Ungated(str):
    """A sentence whose own membership tests of the gates' words always answer yes (slices of it are
    plain strings: the windows are tested as before)."""

    def __contains__(self, item: object) -> bool:
        return True if item in ("requir", "must ", "shall ", "for e") else str.__contains__(self, item)


EN_DISTRACTORS = [
    "Output rose 12 percent, as new rules require that plants not exceed 80 percent utilisation.",
    "The conditions require a recovery rate of at least 90% for the plants.",
    "Buyers require at least 20 percent local content in the vehicles.",
    "Firms must report output of more than 10,000 tonnes to the ministry.",
    "Projects shall register investment above 50 million yuan with the agency.",
    "Output must have risen more than 5% last year, analysts said.",             # no duty: kept
    "Plants must retire 1.5 tons of old capacity for every ton built.",
    "Factories hire two inspectors for every 100 robots.",
    "Revenue rose 15 percent to 2 billion yuan in 2025.",                        # none of the words
    "The plan requires 30 percent of buses to be electric by 2030.",             # a goal's horizon: kept
    "Each plant must cut emissions by 20 percent, for each of the five years.",
]


@pytest.mark.parametrize("text", EN_DISTRACTORS)
def test_distractor_gates_equal_ungated(text: str) -> None:
    for q in find_quantities(text, "en"):
        assert distractors._is_distractor(text, q, "en") == distractors._is_distractor(_Ungated(text), q, "en"), \
            (text, text[q.start:q.end])


def test_distractor_gates_still_drop() -> None:
    dropped = {text[q.start:q.end] for text in EN_DISTRACTORS for q in find_quantities(text, "en")
               if distractors._is_distractor(text, q, "en")}
    assert {"80 percent", "10,000 tonnes", "1.5 tons"} <= dropped
    assert "15 percent" not in dropped and "2 billion yuan" not in dropped


_DWORDS = ["Output", "rose", "12 percent", "require", "requires that", "must", "shall", "report", "register",
           "output of", "more than", "at least", "not exceed", "80 percent", "10,000 tonnes", "for every", "for each",
           "ton", "100 robots", "built", ",", "and", "by 2030", "plants", "1.5 tons"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_DWORDS), min_size=3, max_size=24))
def test_distractor_gates_generated(words: list[str]) -> None:
    text = " ".join(words).replace(" ,", ",") + "."
    for q in find_quantities(text, "en"):
        assert distractors._is_distractor(text, q, "en") == distractors._is_distractor(_Ungated(text), q, "en")


# --- measures.zh_batch_part: the stock-part veto last ----------------------------------------

def _batch_part_as_written(s: str, start: int, lead: str, tail: str, after_additions: bool) -> bool:
    """zh_batch_part as 1.27.23 wrote it: the stock-part veto first."""
    if measures._ZH_STOCK_PART.search(lead):
        return False
    if "占" in tail[:10] and measures._ZH_PART_OF_BATCH_AFTER.match(tail):
        return True
    head = s[:start]
    if after_additions and ("其中" in head or "分别" in head or "看，" in head) and measures._ZH_BREAKDOWN.search(head):
        return True
    if after_additions and lead.endswith("以") and tail[:1] in ("居", "位", "排"):
        return True
    return "中，" in head and measures._ZH_BATCH_FRAME.search(head) is not None


ZH_PARTS = [
    "本批新增27家，其中，中西部地区16家。",
    "其中，累计认定16家。",
    "从区域分布看，东部地区11家，占本批总数的40.7%。",
    "第五批入选企业中，民营企业21家。",
    "江苏省以23家居各省份首位。",
    "全国现有专精特新企业1.2万家，其中，东部地区8000家。",
    "分别为48家、33家。",
    "已有12家企业完成改造。",
    "新增名单中，共有30家。",
]


@pytest.mark.parametrize("text", ZH_PARTS)
@pytest.mark.parametrize("after", [True, False])
def test_batch_part_equal_as_written(text: str, after: bool) -> None:
    for q in find_quantities(text, "zh"):
        lead, tail = text[max(0, q.start - 12): q.start], text[q.end:]
        assert measures.zh_batch_part(text, q.start, lead, tail, after) \
            == _batch_part_as_written(text, q.start, lead, tail, after), (text, text[q.start:q.end])


_ZWORDS = ["其中", "，", "分别为", "从区域分布看，", "本批", "新增", "入选", "中，", "累计", "现有", "共有", "占", "本次",
           "16家", "23家", "以", "居", "首位", "东部地区", "企业", "。", "第三批", "总数"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_ZWORDS), min_size=2, max_size=20), st.booleans())
def test_batch_part_generated(words: list[str], after: bool) -> None:
    text = "".join(words)
    for m in re.finditer(r"\d+家", text):
        for cut in (4, 8, 12):
            lead, tail = text[max(0, m.start() - cut): m.start()], text[m.end():]
            assert measures.zh_batch_part(text, m.start(), lead, tail, after) \
                == _batch_part_as_written(text, m.start(), lead, tail, after)


def test_saving_no_stock_search_for_a_plain_count(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    class Spy:
        def search(self, text: str):
            searched.append(text)
            return re.search(r"累计|至今|总数|已有|现有|共有|总量", text)

    monkeypatch.setattr(measures, "_ZH_STOCK_PART", Spy())
    assert not measures.zh_batch_part("全省现有企业300家。", 6, "全省现有企业", "。", False)
    assert searched == []  # (no part test holds: the veto is not asked)
    assert not measures.zh_batch_part("其中，累计认定16家。", 7, "其中，累计认定", "。", True)
    assert searched  # (a part test holds: the veto decides, as before)


# --- events._time_clauses and metrics' "worth" -----------------------------------------------

def test_comma_inside_a_date_breaks_no_clause() -> None:
    events = extract("On June 8, 2022, the MIIT released a guideline on industrial robots.", lang="en").events
    assert [e.date for e in events] == ["2022-06-08"]


def test_worth_after_a_flow_takes_its_period() -> None:
    metrics = extract("Shipments rose 8.7% to 64.2 million tons in the first seven months of 2025, worth about "
                      "$41.6 billion.", lang="en").metrics
    worth = [m for m in metrics if m.unit == "USD"]
    assert worth and worth[0].period == "2025-01/2025-07" and worth[0].as_of is None
