"""Speed pass 12 (work a figure repeated or could not use, skipped) must give what the direct
computation gives. Each test compares the two on generated text and checks that the generated
cases reach the shortcut, so that it can fail:

* dictionary.scan_aliases: whether a generic alias is qualified asked once per place, not once
  per row, against :func:`dictionary._qualified` for every match.
* metrics._metric_key: a Chinese count's noun that names a row decides without the words after
  the count being scanned, which holds while lookup answers with the first name naming a row.
* subjects.indicator_of: _ZH_NOT_INDICATOR skipped for a phrase it cannot match (two set tests).
* subjects.clean_subject (English): no further pass after one that only cut trailing words,
  against the former loop.
"""
from __future__ import annotations

import random

import pytest

from scrapers.facts import dictionary


def _aliases(lang: str) -> list[tuple[str, bool]]:
    """Every plain alias of ``lang`` as written, with whether it is generic."""
    column = "aliases_zh" if lang == "zh" else "aliases_en"
    found = []
    for row in dictionary.load_rows():
        for alias in [row["name_zh" if lang == "zh" else "name_en"], *row[column].split("|")]:
            alias = alias.strip()
            if alias and " * " not in alias:
                found.append((alias.lstrip("*"), alias.startswith("*")))
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_qualified_asked_once_per_place(lang: str) -> None:
    rng = random.Random(17)
    aliases = _aliases(lang)
    generic = [a for a, g in aliases if g]
    rows = dictionary._index().rows[lang]
    for alias, (found, generic_any, shorter) in rows.items():
        assert generic_any == any(g for _, g in found), alias
        for part, part_found, part_generic in shorter:
            assert part_generic == any(g for _, g in part_found) and alias.startswith(part)
    if lang == "zh":
        extra = ["行业", "实现", "全国", "率", "的", "，", "\n", "5", " ", "家用电器"]
    else:
        extra = [" ", "the ", "its ", "textile ", "appliance ", "total ", ",", ".", "5", "-"]
    pieces = [a for a, _ in aliases] + generic * 10 + extra * 8
    several = qualified = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        norm = dictionary.normalise(text)
        matches = dictionary.scan_aliases(text, lang)
        for start, end, key, is_generic, flag in matches:
            assert flag == (is_generic and dictionary._qualified(norm, start, end, lang)), (text, start, end, key)
            qualified += flag
        places = [m[:2] for m in matches if m.generic]
        several += len(places) > len(set(places))  # one place, several generic rows
    assert several > 300 and qualified > 300, (several, qualified)


def test_the_first_name_with_a_row_decides_the_lookup() -> None:
    """metrics._metric_key asks a Chinese count's noun alone first and, when it names a row, does
    not read the words after the count: right only while lookup answers with the first of its
    names that names a row, whatever the names after it say."""
    rng = random.Random(23)
    aliases = [a for a, _ in _aliases("zh")]
    pieces = aliases + [a[: rng.randint(1, len(a))] for a in aliases[:150]] + ["的", "家", "个", "，", "和", "企业"] * 5
    units = [None, frozenset({"count"}), frozenset({"CNY", "USD"})]
    decided = overruled = 0
    for _ in range(3000):
        names = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(5)]
        unit = rng.choice(units)
        first = dictionary.lookup(names[:1], "zh", units=unit)
        if first:
            assert dictionary.lookup(names, "zh", units=unit) == first, names
            decided += 1
            rest = dictionary.lookup(names[1:], "zh", units=unit)
            overruled += bool(rest) and rest != first  # (a lookup preferring a later name would differ)
    assert decided > 500 and overruled > 100, (decided, overruled)


def test_not_indicator_guard_never_hides_a_match() -> None:
    """subjects.indicator_of skips _ZH_NOT_INDICATOR for a phrase holding none of 于出这此该 and a
    character the pattern is not written with: no such phrase may match it."""
    from scrapers.facts import subjects

    pattern = subjects._ZH_NOT_INDICATOR
    rng = random.Random(7)
    own = sorted(c for c in pattern.pattern if not c.isascii())
    words = ["远高于", "分别低于", "由负转正", "三年来", "此次", "上述", "累计打造", "大幅增长", "这一数字", "该比例仅",
             "接近全球平均水平", "持续 推动", "实现", "规模", "工业", "增加值", "企业", "\n", " ", "\u3000", "5G"]
    pieces = own + words * 3 + ["规", "模", "工", "收", "a"] * 8
    skipped = matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        skip = subjects._ZH_NOT_INDICATOR_OPEN.isdisjoint(text) and not subjects._ZH_NOT_INDICATOR_CHARS.issuperset(text)
        hit = pattern.match(text) is not None
        assert not (skip and hit), text
        skipped += skip
        matched += hit
    assert skipped > 4000 and matched > 500, (skipped, matched)
    # (re's \s is str.isspace, and no white space lies past U+3000)
    import sys
    assert {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} == subjects._WHITE_SPACE


def _former_clean_en(lead: str) -> str:
    """subjects.clean_subject for English before this pass: up to three passes, stopping only
    after a pass that changed nothing."""
    from scrapers.facts import subjects
    from scrapers.facts.needles import fold

    text = subjects._strip_ends(lead)
    for _ in range(3):
        before = text
        folded = fold(text)
        last = folded.rsplit(None, 1)
        if last and last[-1] in subjects._EN_TRAILING_LASTS:
            text = subjects._strip_en_trailing(text, folded)
        text = text.strip(" ,")
        if "--" in text or "—" in text or "–" in text:
            text = subjects._strip_leading(subjects._EN_LEADING, text)
        elif (first := text[:1]).lower() in subjects._EN_LEADING_FIRSTS or not first.isascii():
            text = subjects._strip_leading(subjects._EN_LEADING_WORD, text)
        if text == before:
            break
    return subjects._last_words(text)


def test_english_clean_subject_stops_after_a_pass_that_only_cut_trailing_words() -> None:
    from scrapers.facts import subjects

    rng = random.Random(13)
    trailing = list(subjects._EN_TRAILING_WORDS)
    pieces = (trailing * 2 + [w.upper() for w in trailing[:20]]
              + ["output", "revenue", "of China's firms", "exports", "than", "rather", "and", "also", "while", "--",
                 "—", ",", ", ", " ", "  ", "\n", "BEIJING, May 1 (Xinhua) --", "\u0130", "\u03a3", "ΣΑ", "5", "(", '"'])
    two_passes = 0
    for _ in range(20000):
        lead = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        got = subjects.clean_subject.__wrapped__(lead, "en")
        assert got == _former_clean_en(lead), lead
        # (the leads whose first pass only cut trailing words: the ones the shortcut ends early)
        text = subjects._strip_ends(lead)
        folded = subjects.fold(text)
        cut = subjects._strip_en_trailing(text, folded) if subjects._en_trailing_start(folded) >= 0 else text
        two_passes += cut != text and cut == cut.strip(" ,") and subjects._strip_leading(subjects._EN_LEADING_WORD, cut) == cut
    assert two_passes > 3000, two_passes
