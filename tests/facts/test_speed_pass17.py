"""Speed pass 17: a sentence's alias scan made lazy (metrics._Aliases), byte-identical.

metrics._extract_sentence scanned every sentence with a figure for every dictionary alias
(dictionary.scan_aliases, ~5% of extraction) before reading its figures. A figure takes its key
from its own subject or counted noun first (metrics._metric_key); the sentence's aliases are read
only when those name no row, for a share row, for "N percent of <doers> used …", for a list
member, or for an earlier clause's indicator. The scan now runs on first use, once per sentence;
a subset (a list member's aliases, those after the figure before) is made from it on first use too.

Pinned here: extraction with the lazy scan gives what the eager scan (a subclass of _Aliases that
scans when made) gives, on hand-written sentences of every path above and on random mixtures of
them; the subsets equal their eager forms; and a sentence whose figures all name their own row is
not scanned at all (the saving itself), while one that needs the scan is scanned once."""
from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts import dictionary, extract, metrics
from scrapers.facts.pipeline import clear_caches


class _Eager(metrics._Aliases):
    """The scan as it was: made with the sentence, used or not."""

    __slots__ = ()

    def __init__(self, make) -> None:
        super().__init__(make)
        self.get()


def _dump(text: str, lang: str) -> list[dict]:
    clear_caches()
    return [dataclasses.asdict(m) for m in extract(text, lang=lang).metrics]


def _both(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[dict], list[dict]]:
    lazy = _dump(text, lang)
    with monkeypatch.context() as m:
        m.setattr(metrics, "_Aliases", _Eager)
        eager = _dump(text, lang)
    return lazy, eager


# Sentences whose figures take their keys by each path of _metric_key, and near misses.
ZH = [
    "2026年1-9月，规模以上工业增加值同比增长6.2%。",                          # the subject names its row
    "截至9月底，5G基站总数达到455万个，比上年末净增30万个。",                    # a count after its row
    "我国制造业增加值占全球比重约为29%。",                                       # a share row in the clause
    "东部、中部、西部和东北地区5G基站分别达到210万个、100万个、90万个和25万个。",   # a list of places
    "数据中心、云计算和大数据产业规模分别增长12%、15%和18%。",                    # members with their own rows
    "新能源汽车产量和销量均超过1200万辆。",                                      # both: split per member
    "全省软件业务收入达到1.2万亿元，同比增长13%。",                               # local
    "其中，新增基站20万个。",                                                  # a bare continuation
    "该局共核准项目15个，涉及企业40家。",                                        # counts naming no row
    "规模以上工业企业实现利润总额5.2万亿元，同比增长3.1%，营业收入利润率为5.4%。",
    "工业和信息化部今天召开新闻发布会。",                                        # no figure
    "全年新增专精特新中小企业1.2万家，累计达到14万家。",
]
EN = [
    "Industrial output rose 6.2 percent year on year in the first nine months.",
    "China had 4.55 million 5G base stations by the end of September, 300,000 more than at the end of last year.",
    "China's manufacturing value added accounted for about 29 percent of the global total.",
    "Output of integrated circuits grew 26.7 percent and electronic materials 23.9 percent.",
    "About 73 percent of enterprises used digital R&D and design tools.",
    "Production and sales both topped 12 million units.",
    "The eastern, central and western regions had 2.1 million, 1 million and 900,000 base stations, respectively.",
    "The ministry approved 15 projects involving 40 companies.",
    "Revenue of the software sector reached 12 trillion yuan, up 13 percent.",
    "The ministry held a press conference on Tuesday.",
    "Sales of new energy vehicles rose 35 percent to 12.9 million, and exports jumped 60 percent.",
    "It added 120,000 base stations in 2023 and 150,000 in the first half.",
]


@pytest.mark.parametrize(("text", "lang"), [(s, "zh") for s in ZH] + [(s, "en") for s in EN])
def test_lazy_scan_as_eager_scan(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lazy, eager = _both(text, lang, monkeypatch)
    assert lazy == eager


@pytest.mark.parametrize("seed", range(6))
def test_lazy_scan_as_eager_scan_on_mixtures(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # (documents of several sentences: the sector and subject carried between them change which
    # path a figure's key takes)
    rng = random.Random(seed)
    for lang, pool in (("zh", ZH), ("en", EN)):
        for _ in range(8):
            joiner = "" if lang == "zh" else " "
            text = joiner.join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
            lazy, eager = _both(text, lang, monkeypatch)
            assert lazy == eager, text


_PIECES_ZH = ["工业增加值", "5G基站", "分别", "达到", "增长", "12%", "1.2万个", "和", "、", "占全球比重", "新增", "累计",
              "全省", "均", "，", "。", "软件业务收入", "1200亿元", "其中", "企业", "家", "30"]
_PIECES_EN = ["output", " rose ", "12 percent", " and ", "base stations", " 1.2 million ", ", respectively", " both ",
              " of enterprises used ", "software revenue", " reached ", "120 billion yuan", ". ", ", ", "the ministry",
              " accounted for ", "of the global total", " exports", "30"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES_ZH), min_size=1, max_size=14), st.lists(st.sampled_from(_PIECES_EN), min_size=1, max_size=14))
def test_lazy_scan_as_eager_scan_on_generated_text(zh: list[str], en: list[str]) -> None:
    with pytest.MonkeyPatch.context() as m:
        for text, lang in (("".join(zh), "zh"), ("".join(en), "en")):
            lazy = _dump(text, lang)
            m.setattr(metrics, "_Aliases", _Eager)
            eager = _dump(text, lang)
            m.undo()
            assert lazy == eager, text


def _scans(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts scanned for aliases while extracting ``text`` (the sentences metrics scans whole,
    and the phrases dictionary.find_aliases scans)."""
    seen: list[str] = []
    scan = dictionary.scan_aliases

    def counting(s: str, language: str):
        seen.append(s)
        return scan(s, language)

    with monkeypatch.context() as m:
        m.setattr(dictionary, "scan_aliases", counting)
        clear_caches()
        extract(text, lang=lang)
    return seen


@pytest.mark.parametrize(("text", "lang"), [
    ("2026年1-9月，规模以上工业增加值同比增长6.2%。", "zh"),
    ("软件业务收入达到1.2万亿元。", "zh"),
    ("Industrial output rose 6.2 percent year on year in the first nine months.", "en"),
    ("Software business revenue reached 12 trillion yuan.", "en"),
    ("China had 4.55 million 5G base stations.", "en"),
    ("Crude steel output fell 1.7 percent.", "en"),
])
def test_sentence_not_scanned_when_its_figures_name_their_rows(text: str, lang: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    clear_caches()
    assert all(m.metric_key for m in extract(text, lang=lang).metrics)  # (each figure keyed by its subject)
    assert text not in _scans(text, lang, monkeypatch)


@pytest.mark.parametrize(("text", "lang"), [
    ("我国制造业增加值占全球比重约为29%。", "zh"),
    ("About 73 percent of enterprises used digital R&D and design tools.", "en"),
])
def test_sentence_scanned_once_when_a_figure_needs_it(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _scans(text, lang, monkeypatch).count(text) == 1


def test_subsets_as_eager() -> None:
    s = "数据中心、云计算和大数据产业规模分别增长12%、15%和18%，5G基站新增20万个。"
    whole = dictionary.scan_aliases(s, "zh")
    assert whole  # (the sentence names rows: the subsets below are not trivially empty)
    base = metrics._Aliases(lambda: whole)
    for start in (0, 5, 12, len(s)):
        assert metrics._aliases_from(base, start).get() == tuple(a for a in whole if a.start >= start)
    parts = ["数据中心", "云计算", "大数据产业规模"]
    for pos in range(3):
        assert metrics._aliases_of_member(s, base, parts, pos, s.index("分别"), "zh").get() \
            == metrics._without_members(s, whole, parts, pos, s.index("分别"), "zh")


def test_scan_made_once_and_kept() -> None:
    calls = []
    lazy = metrics._Aliases(lambda: calls.append(1) or ())
    assert calls == []  # (nothing scanned until asked)
    assert lazy.get() == () and lazy.get() == ()
    assert calls == [1]
