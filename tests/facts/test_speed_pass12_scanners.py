"""Speed pass 12, per-sentence scanners: each cheaper path gives what the path it replaced gave.

units: the groups of the quantity patterns read in one call (``Match.groups()``, in the order of
the pattern) and the nested-span sort done by two stable sorts on attributes; sentences: the
blocks of Chinese-style ends listed at once (no generator); distractors: the title test asked
only of sentences that hold a 《."""
from __future__ import annotations

import random

from scrapers.facts import distractors, periods, sentences, units
from scrapers.facts.needles import candidate_matches
from scrapers.facts.units import Quantity


def _strings(pieces: list[str], seed: int, n: int = 3000, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


_ZH_PIECES = ["1", "23", "0.5", "—", "至", "到", "%", "％", "万", "亿", "万亿", "多", "余", "个", "家", "吨", "万吨", "元", "美元",
              "倍", "成", "条", "一", "两", "十", "百", "千", "个百分点", " EFLOPS", "EB", "，", "企业", "的", ".", "之间"]
_EN_PIECES = ["1", "23", "0.5", "1,234", ",", ".", "US$", "$", "RMB ", "¥", " ", "percent", " million", " billion", " yuan",
              " times", "-fold", "%", " tons", " U.S. dollars", " EB", "x", "-"]


def test_quantity_groups_are_read_in_the_order_of_the_pattern() -> None:
    # _zh_quantities and _en_quantities unpack m.groups() into names: the same values as reading
    # each group by its name, as long as the patterns keep their groups in this order.
    cases = [(units._ZH_QUANTITY, units._ZH_QUANTITY_STARTS, ("lo", "lomag", "lounit", "num", "more", "mag", "more2", "unit"), _ZH_PIECES),
             (units._EN_QUANTITY, units._EN_QUANTITY_STARTS, ("cur", "num", "mag", "unit"), _EN_PIECES)]
    for pattern, starts, names, pieces in cases:
        assert tuple(pattern.groupindex) == names
        filled = 0
        for text in _strings(pieces, seed=3):
            for m in candidate_matches(pattern, starts, text):
                assert m.groups() == tuple(m[name] for name in names), text
                filled += m.groups()[-1] is not None
        assert filled > 50  # (the inputs reach the unit group, not only bare numbers)


def _former_drop_nested(items: list[Quantity]) -> list[Quantity]:
    if len(items) < 2:
        return items
    items.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in items:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def test_drop_nested_keeps_what_the_key_sort_kept() -> None:
    rng = random.Random(5)
    dropped = 0
    for _ in range(3000):
        items = []
        for i in range(rng.randint(0, 7)):
            start = rng.randint(0, 12)
            # (equal spans are frequent: which of them is kept depends on the list order)
            items.append(Quantity(start, start + rng.randint(1, 4), float(i), "count"))
        got = units._drop_nested(list(items))
        want = _former_drop_nested(list(items))
        assert [id(q) for q in got] == [id(q) for q in want]
        dropped += len(items) - len(got)
    assert dropped > 1000


def _former_blocks(text: str):
    pos = 0
    for m in sentences._ZH_END.finditer(text):
        yield pos, m.end()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def test_blocks_are_the_former_blocks() -> None:
    pieces = ["。", "！", "？", "；", "!", "?", ";", "\n", "\n\n", "”", "）", ")", "a", "产量", " ", ".", "Mr. Li"]
    for text in _strings(pieces, seed=7):
        # (an empty text now gives one empty block, from which no sentence is taken)
        assert [b for b in sentences._blocks(text) if b[1] > b[0]] == list(_former_blocks(text)), text


def _former_split(text: str) -> list[sentences.Sentence]:
    out: list[sentences.Sentence] = []
    for block_start, block_end in _former_blocks(text):
        pos = block_start
        for cut in sentences._cuts(text[block_start:block_end]):
            sentences._append(out, text, pos, block_start + cut)
            pos = block_start + cut
        sentences._append(out, text, pos, block_end)
    return out


def test_split_is_the_former_split() -> None:
    pieces = ["Output rose.", " ", "\n", "It fell 5.1%.", "产量增长。", "同比增长5%；", "A", "Mr. Li said", "!", "?", " The",
              "2024", "“", "”", "U.S. ", "。”", ""]
    count = 0
    for text in _strings(pieces, seed=11, most=12):
        sentences._split.cache_clear()
        got = sentences.split_sentences(text)
        assert got == _former_split(text), text
        count += len(got)
    assert count > 5000


def test_title_test_needs_an_opening_mark() -> None:
    # distractors._is_distractor asks _inside_title only when the sentence holds a 《.
    inside = 0
    for text in _strings(["《", "》", "标准", "5", "a"], seed=13, n=2000):
        for pos in range(len(text) + 1):
            got = distractors._inside_title(text, pos)
            assert not got or "《" in text
            inside += got
    assert inside > 500


def test_word_start_places_are_where_the_start_pattern_matches() -> None:
    # WordStarts.places (str.find, then no word character before) against the regex it replaces,
    # for the prefixes of the English time patterns and of the word shares; with digits, "_",
    # numerals (² and Ⅻ are \w) and non-ASCII letters before a prefix.
    starts = list(periods._EN_STARTS.values()) + [units._EN_WORD_SHARES_STARTS, units._EN_HALF_OF_IT_STARTS]
    prefixes = sorted({p for st in starts for p in st.prefixes})
    pieces = prefixes + [p[:-1] for p in prefixes] + [" ", "x", "_", "5", "é", "²", "Ⅻ", "\n", "-", "(", "“", "the"]
    hits = 0
    for text in _strings(pieces, seed=17, n=1500, most=8):
        for st in starts:
            want = [m.start() for m in st.pattern.finditer(text)]
            assert st.places(text) == want, (st.prefixes, text)
            hits += len(want)
    assert hits > 5000
