"""Scans that try a pattern only where a match can start (needles.candidate_matches with the
*_STARTS patterns of units, agencies.find_agencies) must find what the pattern's own finditer
finds; metrics' whitespace collapsing must equal the regular expression it replaced."""
from __future__ import annotations

import random
import re
import sys

import pytest

from scrapers.facts import agencies, units
from scrapers.facts.needles import candidate_matches

_ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "\u00a0", "\n", "\u3000", "٣"]  # ٣: a non-ASCII digit


def _strings(pieces: list[str], seed: int, n: int = 4000, most: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


CASES = [
    (units._ZH_QUANTITY, units._ZH_QUANTITY_STARTS,
     ["1", "23", "3.5", ".", "-", "至", "到", "一", "十二", "两", "百", "千", "万", "亿", "万亿", "多", "余", "%", "个", "家", "元",
      "美元", "吨", "倍", "成", "EFLOPS", "百分点", "个百分点", "增长", "，", "年", "a"]),
    (units._EN_QUANTITY, units._EN_QUANTITY_STARTS,
     ["1", "23", "1,234", ",", ".", "5.1", "US$", "$", "RMB", "rmb ", "us$", "¥", "u", "r", "a", "-", "/", ":", " ", "percent",
      " million", " billion", " yuan", " times", "-fold", "%", "x1"]),
    (units._EN_RANGE, units._EN_RANGE_STARTS,
     ["between ", "Between ", "b", "etween", "1", "5.5", " and ", "-", "–", " ", ".", "a", "%", " percent", " million", "x",
      "5-6 percent", "between 5 and 6%", "1.5–2.5 million", "3 - 4%"]),
]


@pytest.mark.parametrize(("pattern", "starts", "pieces"), CASES, ids=["zh_quantity", "en_quantity", "en_range"])
def test_candidate_scans_find_what_finditer_finds(pattern: re.Pattern[str], starts: re.Pattern[str], pieces: list[str]) -> None:
    hits = 0
    for text in _strings(pieces + _ODD, seed=len(pieces)):
        want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in candidate_matches(pattern, starts, text)] == want, text
        hits += bool(want)
    assert hits > 200


def test_find_agencies_finds_what_the_whole_alternation_finds() -> None:
    pieces = ["the country's industry ministry", "The country's top economic planner", "China's cabinet",
              "vice minister of industry and information technology", "V\u0130CE M\u0130N\u0130STER of industry and information technology",
              "Minister of Industry and Information Technology", "MIIT", "State Council", "State Council Information Office",
              "SCIO", "SAC", "MOST", "国务院", "国务院新闻办", "国务院政策例行吹风会", "工信部", "工业和信息化部", "国家发改委", "发展改革委",
              "中国人民银行", "人民银行", "国资委", "国务院国资委", "国防科工局", "证监会", "中国证监会", "国新办", "海关总署",
              "tt", "mm", "Vice", "minist", "country's", " ", "国", "中", "人", "S", "xMIIT", "MIITs"] + _ODD
    pieces += [name for pattern, _ in agencies.AGENCY_TABLE for name in re.findall(r"[\u4e00-\u9fff]{3,}", pattern)]
    hits = 0
    for text in _strings(pieces, seed=23):
        want = [(m.start(), m.end(), agencies._NAMES[int(m.lastgroup[1:])])
                for m in agencies._AGENCY_RE.finditer(text) if m.lastgroup]
        assert agencies.find_agencies(text) == want, text
        hits += bool(want)
    assert hits > 1000


def test_split_join_collapses_whitespace_like_the_regex() -> None:
    # metrics._strip_times writes " ".join(text.split()) for re.sub(r"\s+", " ", text).strip():
    # the same when re's \s and str.isspace() agree on every character.
    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    assert {m.start() for m in re.finditer(r"\s", every)} == {i for i, c in enumerate(every) if c.isspace()}
    for text in _strings(["a", " ", "\u3000", "\n", "\t", "\u00a0", "b c", "\x1c", "\u2028"], seed=3):
        assert " ".join(text.split()) == re.sub(r"\s+", " ", text).strip()
