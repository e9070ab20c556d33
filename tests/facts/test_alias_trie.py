"""The alias scan of the fourth speed pass (one trie-shaped pattern giving the longest alias at a
place, the shorter ones read off it; English searched from the mark before each word) must find
exactly what the former scan found: every alias tried at every place where one can start. The
tests compare the two on generated strings, including the qualified flag (left out of a match's
equality) and the per-unit guard, and check that the strings gave matches at all."""
from __future__ import annotations

import random

import pytest

from scrapers.facts import dictionary


def _former_scan(text: str, lang: str) -> list[tuple]:
    """scan_aliases before the trie: each alias of the bucket of the two characters at each place
    where ``starts`` finds one can start, longest first (as (start, end, key, generic, qualified))."""
    idx = dictionary._index()
    norm = dictionary.normalise(text)
    out = []
    for start in idx.starts[lang].finditer(norm):
        pos = start.start()
        for alias, key, generic in idx.plain[lang].get(norm[pos:pos + 2], ()):
            if norm.startswith(alias, pos):
                end = pos + len(alias)
                if (lang == "zh" or end == len(norm) or not norm[end].isalnum()) and not dictionary._per_unit(norm, pos, lang):
                    out.append((pos, end, key, generic, generic and dictionary._qualified(norm, pos, end, lang)))
    for pattern, key, generic in idx.gapped[lang]:
        for m in pattern.finditer(norm):
            if not dictionary._per_unit(norm, m.start(), lang):
                out.append((m.start(), m.end(), key, generic,
                            generic and dictionary._qualified(norm, m.start(), m.end(), lang)))
    return out


def _strings(pieces: list[str], seed: int, n: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _aliases(lang: str) -> list[str]:
    column = "aliases_zh" if lang == "zh" else "aliases_en"
    found = []
    for row in dictionary.load_rows():
        for alias in [row["name_zh" if lang == "zh" else "name_en"], *row[column].split("|")]:
            alias = alias.strip().lstrip("*")
            found += [p.strip() for p in alias.split("*")] if " * " in alias else [alias] if alias else []
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_trie_scan_finds_what_the_former_scan_found(lang: str) -> None:
    aliases = _aliases(lang)
    rng = random.Random(11)
    # Cut aliases (a prefix or a suffix of one: a longer alias that fails at its end), the words
    # before a generic alias that do or do not qualify it, per-unit bases, word-boundary marks.
    cuts = [a[: rng.randint(1, len(a))] for a in aliases[:150]] + [a[rng.randint(0, len(a) - 1):] for a in aliases[:150]]
    if lang == "zh":
        extra = ["单位", "每", "每万元", "万元", "1万元", "行业", "实现", "率", "的", "，", "\n", "、", "5", "。", " "]
    else:
        extra = [" ", "  ", "per unit of ", "per 10,000 yuan of the ", "the ", "its ", "textile ", "appliance ",
                 ",", ".", "-", "_", "(", ")", '"', "'", "’", "“", "5", "x", "s", "é", "\u0130", "\n"]
    pieces = aliases + [a.upper() for a in aliases[:30]] + cuts + extra * 6
    # (3,400 strings: with more aliases in the dictionary the qualifying words are drawn less
    # often, and 3,000 no longer made the 300 qualified hits asked below)
    hits = multiple = qualified = 0
    for text in _strings(pieces, seed=23 if lang == "zh" else 29, n=3400, most=6):
        got = [tuple(m) for m in dictionary.scan_aliases(text, lang)]
        assert got == _former_scan(text, lang), text
        hits += bool(got)
        multiple += len({m[0] for m in got}) < len(got)  # shorter aliases at the same place
        qualified += any(m[4] for m in got)
    assert hits > 1000 and multiple > 300 and qualified > 300


def test_per_unit_guard_agrees_with_the_pattern() -> None:
    pieces = ["单位", "每", "万元", "元", "吨", "千瓦时", "位", "时", "1", ".", "\n", "工业增加值", "能耗", "x", "，"]
    hits = 0
    for text in _strings(pieces, seed=31, n=3000, most=5):
        for start in range(len(text) + 1):
            want = dictionary._ZH_PER_UNIT.search(text, max(0, start - 3), start) is not None
            assert dictionary._per_unit(text, start, "zh") == want, (text, start)
            hits += want
    assert hits > 1000


def test_alias_match_identity_leaves_out_qualified() -> None:
    a = dictionary.AliasMatch(1, 5, "x", True, True)
    b = dictionary.AliasMatch(1, 5, "x", True)
    assert a == b and not a != b and hash(a) == hash(b) and not b.qualified and a.qualified
    assert a != dictionary.AliasMatch(1, 6, "x", True, True) and len({a, b}) == 1
