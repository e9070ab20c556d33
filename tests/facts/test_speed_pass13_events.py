"""Speed pass 13, events side: each cheaper path gives what the path it replaced gave.

events: the spans of titles and quotes looked for only in sentences holding their opening mark;
the rules' needles tested inline on a sentence folded once; a trigger's clause kept for the
sentence at hand. dates and agencies: the last few sentences' answers kept, each caller getting a
list of its own (and a body scan kept per story place)."""
from __future__ import annotations

import random
from datetime import date

from scrapers.facts import agencies, dates, events, extract
from scrapers.facts.pipeline import clear_caches


def _strings(pieces: list[str], seed: int, n: int = 2000, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


_ZH_PIECES = ["《", "》", "“", "”", "\"", "关于", "的通知", "工业和信息化部", "，", "。", "3月5日", "近日", "印发", "发布会",
              "将于", "同日", "上述部门", "市场监管总局", "省工业和信息化厅", "1", "2025年"]
_EN_PIECES = ["“", "”", "\"", "《", "》", " ", ", ", "; ", ": ", " -- ", " — ", "the MIIT", " said", " that ", "which ",
              "issued", " a plan", " on Monday", "March 3", " in 2024", "Ministry of Commerce", " the ministry", ".",
              "The ", "while ", "according"]


def _former_title_spans(s: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in events._ZH_TITLE.finditer(s)]
    return spans + [m.span() for m in events._QUOTED.finditer(s)]


def test_title_spans_are_the_former_spans() -> None:
    found = 0
    for text in _strings(_ZH_PIECES + _EN_PIECES, seed=13):
        spans = events._title_spans(text)
        assert spans == _former_title_spans(text), text
        found += bool(spans)
    assert found > 100  # (the inputs hold titles and quotes, not only sentences without)


def test_clause_kept_is_the_clause_found() -> None:
    rng = random.Random(7)
    clear_caches()
    for text in _strings(_ZH_PIECES + _EN_PIECES, seed=17, most=14):
        for _ in range(3):  # (the same sentence asked again, and in the other language)
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            for lang in ("zh", "en", "zh"):
                assert events._clause(text, start, end, lang) == events._clause.__wrapped__(text, start, end, lang)


def test_dates_kept_are_the_dates_found_and_each_caller_gets_its_own_list() -> None:
    clear_caches()
    anchors = (None, date(2025, 3, 20), date(2024, 1, 2))
    seen = 0
    for i, text in enumerate(_strings(_ZH_PIECES + _EN_PIECES, seed=19, most=12)):
        for lang in ("zh", "en"):
            anchor = anchors[i % 3]
            want = dates._find_zh(text, anchor) if lang == "zh" else dates._find_en(text, anchor)
            first = dates.find_dates(text, anchor, lang)
            assert first == want, (text, lang)
            first.append(None)  # (a caller changing its list changes no later answer)
            assert dates.find_dates(text, anchor, lang) == want
            # (another anchor resolves the same words to other dates: never the kept answer)
            other = anchors[(i + 1) % 3]
            assert dates.find_dates(text, other, lang) == (
                dates._find_zh(text, other) if lang == "zh" else dates._find_en(text, other))
            seen += bool(want)
    assert seen > 300


def test_bodies_kept_are_the_bodies_found_for_each_place() -> None:
    clear_caches()
    shandong = lambda: ("Shandong", "Provincial")  # noqa: E731
    guangdong = lambda: ("Guangdong", "Provincial")  # noqa: E731
    pieces = _ZH_PIECES + _EN_PIECES + ["省工业和信息化厅", "the provincial department of industry and information technology",
                                        "Guangdong's industry department", "国家发展改革委", "工信部"]
    local = 0
    for text in _strings(pieces, seed=23):
        for place in (None, shandong, guangdong, shandong):
            want = agencies._find_agencies.__wrapped__(text, place)
            got = agencies.find_agencies(text, place)
            assert got == list(want), (text, place)
            got.append((0, 0, "changed"))
            assert agencies.find_agencies(text, place) == list(want)
            local += any(" Provincial " in name for _, _, name in want)
    assert local > 100  # (the place decides some bodies: the answers differ by place)


def test_a_rule_that_ignores_case_still_reads_its_words_in_capitals() -> None:
    # The needles of a case-insensitive rule are tested on the folded sentence (the conference rule:
    # "conference"); a sentence in capitals must reach its pattern.
    for s in ("The ministry's annual WORK CONFERENCE was held in Beijing on Monday.",
              "The MIIT's Work Conference opened in Beijing on Monday.",
              "The MIIT held the National Work Conference on Industry and Information Technology on Monday."):
        got = extract(s, lang="en", published=date(2025, 12, 24)).events
        assert [(e.subtype, e.date, e.agency) for e in got] == [("work_conference", "2025-12-22", "MIIT")], s
    # (near misses: no conference of the ministry's, in any case)
    for s in ("The WORK CONFERENCE of the association was held on Monday.", "A conference on work was held on Monday."):
        assert not [e for e in extract(s, lang="en", published=date(2025, 12, 24)).events
                    if e.subtype == "work_conference"], s


def test_every_back_reference_holds_a_word_the_guard_looks_for() -> None:
    # events._back_reference asks for the story's main body only when the text holds "ministry",
    # 该部 or 本部: a necessary condition of agencies._BACK_REFERENCE.
    pieces = ["The", "the", "THE", " ", "\u00a0", "\n", "ministry", "Ministry", "ministry's", "该部", "本部", "部",
              "Other", "x", "工业和信息化部", ",", "."]
    matched = 0
    for text in _strings(pieces, seed=29, n=4000, most=6):
        if agencies._BACK_REFERENCE.search(text):
            matched += 1
            assert "ministry" in text or "该部" in text or "本部" in text, text
    assert matched > 500


def _main_body_asked(monkeypatch, text: str, lang: str) -> tuple[list, int]:
    calls = []
    real = events.main_agency
    monkeypatch.setattr(events, "main_agency", lambda *a: calls.append(a) or real(*a))
    clear_caches()
    found = events.extract_events(text, published=date(2025, 6, 20), lang=lang)
    return [(e.type, e.agency, e.date) for e in found], len(calls)


def test_the_main_body_is_asked_for_only_when_a_sentence_may_need_it(monkeypatch) -> None:
    # A sentence naming its acting body needs no scan of the whole story for its main body ...
    for text, lang, want in (
        ("工业和信息化部6月18日印发《关于加快工业互联网发展的指导意见》。文件明确了发展目标。", "zh",
         [("document_issued", "MIIT", "2025-06-18")]),
        ("The National Development and Reform Commission on Wednesday issued a plan on power grids. "
         "It sets targets for 2030.", "en", [("document_issued", "NDRC", "2025-06-18")]),
        # ("the ministry" after a sentence naming one ministry is that one: no scan either)
        ("The Ministry of Commerce held talks on trade. The ministry on Wednesday issued a notice on export "
         "controls.", "en", [("document_issued", "Ministry of Commerce", "2025-06-18")]),
    ):
        assert _main_body_asked(monkeypatch, text, lang) == (want, 0), text
    # ... but "the ministry", 该部, 本部 and a bare "the ministry said" still stand for it.
    for text, lang, want in (
        # (the ministry named a sentence earlier, not just before: a ministry named in the sentence
        # before is taken without the scan, see events._ministry_named_before)
        ("The Ministry of Commerce held talks on trade. Exporters in Ningbo attended. The ministry on Wednesday "
         "issued a notice on export controls.", "en", [("document_issued", "Ministry of Commerce", "2025-06-18")]),
        ("商务部近日召开座谈会。该部6月18日印发《关于促进外贸稳定增长的若干措施》。", "zh",
         [("document_issued", "Ministry of Commerce", "2025-06-18")]),
        ("Industrial output rose 6.1 percent in May, the Ministry of Industry and Information Technology said. "
         "Exports of vehicles grew 12 percent, the ministry said on Wednesday.", "en",
         [("other", "MIIT", "2025-06-18")]),
    ):
        got, asked = _main_body_asked(monkeypatch, text, lang)
        assert got == want and asked == 1, (text, got, asked)
