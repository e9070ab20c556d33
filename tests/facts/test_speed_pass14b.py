"""Speed pass 14b: what this session's new rules cost, made cheaper without changing any output.

- timeline.note_plan_spans (run on every sentence by remember_times) tries _PLAN_YEARS only where
  two years stand joined by a dash (_YEAR_DASH_YEAR): the dash test alone let through every
  Chinese sentence with a month range (1—10月) and every English one with a hyphen, over which the
  case-insensitive pattern, opening with a bracket or \\b, was tried at every position;
- distractors._kept_from tests for a question mark before calling _is_yes_no_question;
- distractors._is_distractor tests "the " before a percentage before _EN_REFERENCE_LEVEL_AFTER;
- metrics._against_year_end looks for an English figure's clause end only when "end" follows it;
- agencies._find_agencies tests its two local-body needles inline (no has_any frame);
- look-behinds opening a branch written after its first character (measures._ZH_ADD's (?<!含),
  measures._ZH_SHARE_OF_HAVERS, distractors._ZH_HAVE_SHARE_BEFORE, metrics._ZH_SINCE_EVENT): one
  such branch kept re from scanning for the pattern's first characters at C speed;
- the Chinese campaign rule (启动“…”行动) looks for its quote before its emergency look-ahead.

Pinned against the former code, copied below, on random inputs; the rest by the golden dump."""
from __future__ import annotations

import inspect
import re
import random
from types import SimpleNamespace

import pytest

from scrapers.facts import agencies, distractors, events, measures, metrics, timeline
from scrapers.facts.clauses import clause_end
from scrapers.facts.needles import has_any
from scrapers.facts.units import Quantity, find_quantities


def _texts(pieces: list[str], seed: int, n: int = 3000, most: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _former_note_plan_spans(sentence: str, ctx) -> None:
    """note_plan_spans before this pass."""
    if not has_any(sentence, timeline._PLAN_YEAR_DASHES):
        return
    for m in timeline._PLAN_YEARS.finditer(sentence):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if 0 < int(last) - int(first) <= 10:
            ctx.plan_spans[last] = first


_PLAN_PIECES = ["（", "(", "）", ")", "2027", "2029", "2021", "2035", "1998", "—", "–", "-", "－", "~", " ", "年",
                "plan for ", "Programme FOR ", "roadmap for ", "strategy", "行动计划", "1—10月", "Hong Kong-listed ",
                "《", "》", "to ", "2027-2029", "（2027—2029年）", "(2026 - 2028)", "20", "27"]


def test_note_plan_spans_remembers_what_the_former_code_remembered() -> None:
    for text in _texts(_PLAN_PIECES, 14):
        got, want = SimpleNamespace(plan_spans={}), SimpleNamespace(plan_spans={})
        timeline.note_plan_spans(text, got)
        _former_note_plan_spans(text, want)
        assert got.plan_spans == want.plan_spans, text


def test_every_plan_span_holds_two_years_joined_by_a_dash() -> None:
    # (the prefilter is necessary: no match of _PLAN_YEARS without one of _YEAR_DASH_YEAR)
    for text in _texts(_PLAN_PIECES, 15, n=5000):
        if timeline._PLAN_YEARS.search(text):
            assert timeline._YEAR_DASH_YEAR.search(text), text


def test_note_plan_spans_reads_the_plans_it_read() -> None:
    for text, spans in [("《制造业数字化转型行动计划（2027—2029年）》印发", {"2029": "2027"}),
                        ("a three-year action plan for 2027-2029 was issued", {"2029": "2027"}),
                        ("The Plan (2026 – 2030) sets goals", {"2030": "2026"}),
                        ("1—10月，产量增长5%", {}), ("Hong Kong-listed shares rose in 2026", {}),
                        ("（2020—2035年）", {}), ("revenue for 2027-2029 rose", {})]:
        ctx = SimpleNamespace(plan_spans={})
        timeline.note_plan_spans(text, ctx)
        assert ctx.plan_spans == spans, text


def _former_kept_from(s: str, lang: str) -> int:
    """distractors._kept_from before this pass."""
    if distractors._is_yes_no_question(s, lang):
        return len(s) + 1
    stock = distractors._is_normative(s, lang)
    if stock is None:
        return 0
    return len(s) + 1 if stock is True else distractors._after_stock_move(s, stock)


def test_kept_from_matches_the_former_code() -> None:
    en = ["Will ", "300 producers ", "exit ", "the market", "?", "？", "Why did ", "sales rise 20%", "\"", "”",
          "Shares of BYD ", "rose 5% ", "after data showed ", "must not exceed ", "May ", "Is it ", " ", "."]
    zh = ["今年", "能否", "突破", "1000万辆", "？", "?", "销量", "为何", "增长20%", "吗", "个股", "收盘", "应当不超过", "。"]
    for lang, pieces, seed in (("en", en, 21), ("zh", zh, 22)):
        for text in _texts(pieces, seed):
            assert distractors._kept_from(text, lang) == _former_kept_from(text, lang), text


def test_reference_level_is_still_a_distractor_only_after_the() -> None:
    for s, want in [("Utilisation stayed below the 75% level generally considered healthy.", True),
                    ("Utilisation stayed below the 75 percent mark widely seen as healthy.", True),
                    ("Utilisation stayed below a 75% level generally considered healthy.", False),
                    ("Utilisation reached 75%, a level generally considered healthy.", False)]:
        q = [q for q in find_quantities(s, "en") if q.unit == "percent"][0]
        assert distractors.is_distractor(s, q, "en") is want, s


def _former_against_year_end(s: str, q: Quantity, lead: str, lang: str) -> bool:
    """metrics._against_year_end before this pass."""
    if has_any(lead, metrics._YEAR_END_WORDS) and metrics._YEAR_END_BASE.search(lead):
        return not (lang == "zh" and metrics._ZH_RATE_OF_GROWTH.search(lead))
    if lang != "en":
        return False
    after = s[q.end: clause_end(s, q.end, lang)]
    return "end" in after and bool(metrics._YEAR_END_BASE.search(after))


def test_against_year_end_matches_the_former_code() -> None:
    en = ["Deposits rose ", "38%", " from the end of last year", " than at the end of 2025", ", ", "; ", " and ",
          "year-end", " over end-2025", " compared with year-end", " the end", " since the end of the previous year",
          "end", " spending", "."]
    zh = ["较上年末", "增长", "31.2%", "比去年底", "，", "增速", "较2025年末", "end", "。"]
    rng = random.Random(23)
    for lang, pieces, seed in (("en", en, 24), ("zh", zh, 25)):
        for text in _texts(pieces, seed):
            if not text:
                continue
            start = rng.randrange(len(text))
            q = Quantity(start, rng.randint(start, len(text)), 1.0, "percent")
            lead = text[:start]
            assert metrics._against_year_end(text, q, lead, lang) == _former_against_year_end(text, q, lead, lang), \
                (text, start)


def test_find_agencies_tests_the_local_body_needles_inline() -> None:
    source = inspect.getsource(agencies._find_agencies)
    for needle in agencies._LOCAL_NAMED_NEEDLES:
        assert f'"{needle}" in text' in source
    found = agencies.find_agencies("The Guangdong Provincial Department of Industry and Information Technology said.")
    assert found and "Guangdong" in found[0][2]


# --- look-behinds written after a branch's first character (re then scans for it at C speed) ----------
_FORMER_PATTERNS = {
    ("measures", "_ZH_ADD"): re.compile(
        r"新(?<![创重更革刷焕]新)(?:建|增|培育|认定|核准|开通|入选|发布|开工|创建|评|上)|入选|入围|(?<!含)[本此该这]批"
        r"|含[本此该这]批次?[^，。；（(）)]{1,8}?的$|首批$|第[一二三四五六七八九十\d]+批"
        r"|全年培育|年内培育|当年培育|确定(?<![已经]确定)[^，。；、]{2,30}?等$"),
    ("measures", "_ZH_SHARE_OF_HAVERS"): re.compile(r"(?<![拥具持享占含所没])有(?:约|近|超过|逾)?$"),
    ("distractors", "_ZH_HAVE_SHARE_BEFORE"): re.compile(r"(?<![拥具持享占含所没])有(?:约|近|超过|逾)?$"),
    ("metrics", "_ZH_SINCE_EVENT"): re.compile(r"(?<![年月度])以来"),
}
_LOOK_BEHIND_PIECES = ["含", "本批", "此批", "该批", "这批", "批次", "的", "入围", "入选", "新建", "创新", "首批", "，",
                       "拥有", "具有", "占有", "所有", "没有", "有", "约", "近", "超过", "逾", "已", "共有",
                       "以来", "年以来", "月以来", "年度以来", "上线以来", "以", "来", "企业", "3"]


@pytest.mark.parametrize("where", sorted(_FORMER_PATTERNS))
def test_look_behinds_after_the_first_character_match_as_before(where: tuple[str, str]) -> None:
    former = _FORMER_PATTERNS[where]
    pattern = getattr({"measures": measures, "distractors": distractors, "metrics": metrics}[where[0]], where[1])
    matched = 0
    for text in _texts(_LOOK_BEHIND_PIECES, seed=len(where[1])):
        got = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.group(0)) for m in former.finditer(text)], text
        for pos in range(0, len(text), 2):  # (searches from a position: the look-behind sees before it)
            a, b = pattern.search(text, pos), former.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
        matched += bool(got)
    assert matched > 100


def test_plan_rule_looks_for_the_quote_first_and_matches_as_before() -> None:
    plan = [r for r in events._ZH_RULES if r.needles == ("启动", "推出", "部署")][0]
    former = re.compile(plan.pattern.pattern.replace("了?(?=“)(?!", "了?(?!", 1))
    assert former.pattern != plan.pattern.pattern
    pieces = ["宣布", "正式", "启动", "推出", "部署", "实施", "开展", "了", "“", "”", "5G-A网络普惠", "应急响应", "应急", "Ⅳ级",
              "抢险", "救援", "行动", "计划", "工程", "专项", "方案", "，", "融合应用深化", "会议", "2"]
    rng = random.Random(32)
    matched = 0
    # (a verb, then words with a quote among them, most often: the shape the rule reads)
    texts = [rng.choice(["", "宣布", "正式", "近日"]) + rng.choice(["启动", "推出", "部署", "发布"]) + "".join(
        rng.choice(pieces) for _ in range(rng.randint(0, 2))) + rng.choice(["“", "“", ""]) + "".join(
        rng.choice(pieces) for _ in range(rng.randint(1, 3))) + rng.choice(["行动”", "”行动", "”专项行动", "计划”", "”", ""])
        + rng.choice(["", "，", "应急响应"]) for _ in range(6000)] + _texts(pieces, seed=31)
    for text in texts:
        got = [(m.span(), m.group(0)) for m in plan.pattern.finditer(text)]
        assert got == [(m.span(), m.group(0)) for m in former.finditer(text)], text
        matched += bool(got)
    assert matched > 100

