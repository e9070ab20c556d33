"""Speed pass 11 (status, measures): status_of's shortcut for heads holding no cue word, and the
Chinese measure patterns rewritten so that every branch opens with a character, give what the
former code gave, checked on generated strings built from the words that matter against the
former code and patterns, kept here as references."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest

from scrapers.facts import measures, periods, status
from scrapers.facts.needles import fold, has_any

N = 4000


def _strings(pieces: list[str], seed: int, n: int = N, most: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


# --- status: the shortcut for heads holding no cue ---------------------------------------------------------
_ZH_PIECES = ["目标", "力争", "要达到", "预期目标", "计划到", "将达到", "以上", "到", "达到", "2030年", "2024年",
              "预计", "预估", "估计", "据工信部测算", "经测算", "有望", "将", "将近", "计划", "计划单列市", "拟",
              "虚拟", "争取", "提出", "部署", "，", "。", "产量", "增长", "企业", "12月", "底"]
_EN_PIECES = ["goal", "Target", "aims to", "plans to", "planned to", "is to reach", "work plan", "It expects the",
              "by 2030", "By 2027", "by then", "estimated", "expects", "Expected", "projects sales to", "forecast",
              "is set to", "likely", "will", "would", "is to", "are to", "intends to", "could", "may", "in May",
              "while", "but", "analysts said,", ", after", " ", ", ", "output", "exports rose", "\u0130", "\u017f",
              "(about $5 billion) ", "according to estimates by CAAM", "according to an estimate"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_status_shortcut_gives_the_full_reading(lang: str) -> None:
    """status_of returns what the full reading (:func:`status._status_in_full`) returns, for
    heads with and without cue words and for figures followed by a horizon or an estimate."""
    pieces = _ZH_PIECES if lang == "zh" else _EN_PIECES
    figure = "100万辆" if lang == "zh" else "1.2 million units"
    rng = random.Random(11)
    shortcut = 0
    statuses = set()
    for head, tail in zip(_strings(pieces, seed=5), _strings(pieces, seed=6, most=3)):
        s = head + figure + tail
        start, end = len(head), len(head) + len(figure)
        clause_start = rng.randint(0, start)
        for when, published in (("2025", date(2025, 3, 1)), ("2026-06", date(2025, 12, 1)), (None, None)):
            want = status._status_in_full(s, start, end, when, lang, published, clause_start)
            assert status.status_of(s, start, end, when, lang, published, clause_start) == want, (s, when)
            statuses.add(want)
        if lang == "zh":
            shortcut += "到" not in head and status._ZH_HEAD_CUE.search(head) is None
        else:
            shortcut += not any(n in head.lower() for n in status._EN_HEAD_NEEDLES)
    # (both ways are exercised, and every status occurs)
    assert N // 20 < shortcut < N - N // 20
    assert statuses == {"actual", "estimate", "forecast", "target"}


# --- measures: branches opening with a character --------------------------------------------------------------
_FORMER = {
    "_ZH_SHARE": re.compile(r"占有率|占|比重|比例|份额|贡献率|贡献|成$|总[^，。；的]{0,5}的$|(?:不足|不到|超过|接近)[^，。；]{1,20}?的$"),
    "_ZH_ADD": re.compile(r"新(?<![创重更革刷焕]新)(?:建|增|培育|认定|核准|开通|入选|发布|开工|创建|评|上)|入选|[本此该这]批|首批$"
                          r"|第[一二三四五六七八九十\d]+批|全年培育|年内培育|当年培育|(?<![已经])确定[^，。；、]{2,30}?等$"),
    "_ZH_GROWTH_SINCE": re.compile(r"十年|以来|与\d{4}年相比|较\d{4}年|比\d{4}年|(?:较|比)(?:上年|去年)(?:末|底)|年初以来"
                                   r"|(?:较|比)“?[十][一二三四五六七八九十]*五”?(?:时期)?(?:末|期末)"),
}
_MEASURE_PIECES = ["占", "占有率", "比重", "成", "总产量", "的", "不足", "不到", "超过", "接近", "一半", "同期退役量", "，",
                   "新建", "创新", "入选", "本批", "首批", "第三批", "全年培育", "确定", "已确定", "经确定", "佛山市顺德区",
                   "等", "十年", "以来", "与2020年相比", "较2020年", "比上年末", "较去年底", "年初以来", "较", "比",
                   "“十三五”", "十四五", "时期", "末", "期末", "企业", "3"]


@pytest.mark.parametrize("name", sorted(_FORMER))
def test_rewritten_measure_patterns_match_as_before(name: str) -> None:
    former, pattern = _FORMER[name], getattr(measures, name)
    matched = rewritten = 0
    # (and each text ending in 等 or 的 too: branches ending in $ need one)
    for text in [t + end for t in _strings(_MEASURE_PIECES, seed=len(name)) for end in ("", "等", "的")]:
        got = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.group(0)) for m in former.finditer(text)], text
        for pos in range(0, len(text), 3):  # (searches from a position, as _zh_measure runs them)
            a, b = pattern.search(text, pos), former.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
        matched += bool(got)
        rewritten += any(_REWRITTEN[name](g) for _, g in got)
    # (the branches rewritten are among those that matched)
    assert matched > N // 10 and rewritten > N // 100


# What a match of a rewritten branch looks like.
_REWRITTEN = {
    "_ZH_SHARE": lambda g: g.startswith(("不足", "不到", "超过", "接近")),
    "_ZH_ADD": lambda g: g.startswith("确定"),
    "_ZH_GROWTH_SINCE": lambda g: g.endswith(("末", "底")) and g.startswith(("较", "比")),
}


# --- periods: the elliptical quarters tried only where their words occur -------------------------------------
def test_elliptical_words_are_in_every_match() -> None:
    """Every match of _EN_ELLIPTICAL holds one of _ELLIPTICAL_WORDS in the folded sentence (the
    test that spares the scan), and find_times still reads "in the second" after a quarter."""
    pieces = ["in the ", "In The ", "IN THE ", "first", "Second", "THIRD", "fourth", "fifth", " quarter", ",", ".",
              " and", " but", " while", " ", "\u0130", "\u017f"]
    matched = 0
    for text in _strings(pieces, seed=21):
        for m in periods._EN_ELLIPTICAL.finditer(text):
            matched += 1
            assert has_any(fold(m.group(0)), periods._ELLIPTICAL_WORDS), text
    assert matched > N // 100
    s = "Exports rose 6.5 percent in the first quarter of 2025 and 6.3 percent in the second."
    assert [t.value for t in periods.find_times(s, "en", date(2025, 8, 1))] == ["2025-Q1", "2025-Q2"]


# --- measures: "new"/"added" before _EN_NEW_AFTER -----------------------------------------------------------
def test_new_after_words_are_in_every_match() -> None:
    """Every match of _EN_NEW_AFTER holds "new" or "added" (the test before the call)."""
    pieces = [" ", "  ", "newly", "new", "New", " energy", "-energy", " added", "were", "was", "have been", "has been",
              "units", "base stations", '"', "-", ",", "built"]
    matched = 0
    for text in _strings(pieces, seed=31):
        if measures._EN_NEW_AFTER.match(text):
            matched += 1
            assert "new" in text or "added" in text, text
    assert matched > N // 20
