"""The conformed metric dictionary (``data/metric_dictionary.csv``) and subject -> metric_key lookup.

One row per indicator; ``aliases_en`` / ``aliases_zh`` are ``|``-separated phrases that name it
in text, so "人工智能核心产业规模" (2022) and "AI core industry scale" (2024) get the same key.

Alias conventions:

* ``a * b`` — the two parts may be up to 30 characters apart ("produced * integrated circuits").
* ``*alias`` — a *generic* alias ("enterprises", "相关企业") that only counts when the sentence
  is already about the row's sector (the number of enterprises after an AI-industry figure), and
  only when it stands bare: "利润总额", "实现营业收入", "its operating revenue" name the sector's own
  figure, "家用电器行业营业收入" or "textile profits" a narrower industry's, and "利润率" is a
  margin (:func:`_qualified`).
  The same generic alias may sit on rows of different sectors ("*利润总额" on software and on
  electronics): the sector picks the row.

The file is read once per process; lookups use one pre-compiled regex per language.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DICTIONARY_PATH = Path(__file__).parent / "data" / "metric_dictionary.csv"
COLUMNS = ("metric_key", "name_en", "name_zh", "aliases_en", "aliases_zh", "sector", "unit", "measure_default", "description")


@dataclass(frozen=True)
class Entry:
    metric_key: str
    name_en: str
    name_zh: str
    sector: str
    unit: str
    measure_default: str
    description: str


@dataclass(frozen=True)
class _Index:
    entries: dict[str, Entry]
    # lang -> first two characters -> [(alias, metric_key, generic)], longest first: one dict
    # probe per text position is much faster than a regex alternation of hundreds of aliases.
    plain: dict[str, dict[str, list[tuple[str, str, bool]]]]
    # lang -> [(compiled "a * b" alias, metric_key, generic)]
    gapped: dict[str, list[tuple[re.Pattern, str, bool]]]
    first_chars: dict[str, frozenset[str]]  # lang -> characters an alias can start with
    # lang -> a pattern finding the positions where an alias can start (a first character; in
    # English also at a word start): the scan runs in re, not in a Python loop per character.
    starts: dict[str, re.Pattern]
    # lang -> first two characters -> (aliases of 4+ characters by their first four, aliases of
    # 2-3 characters), each longest first: "in" alone starts 44 English aliases.
    probes: dict[str, dict[str, tuple[dict[str, list[tuple[str, str, bool]]], list[tuple[str, str, bool]]]]]


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Case- and quote-folded text of the same length (offsets stay valid)."""
    # str.translate with a dict looks up every character: only run it when a quote is there.
    if "’" in text or "‘" in text or "“" in text or "”" in text:
        text = text.translate(_QUOTES)
    folded = text.lower()
    return folded if len(folded) == len(text) else text


def load_rows(path: Path = DICTIONARY_PATH) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _index() -> _Index:
    entries: dict[str, Entry] = {}
    plain: dict[str, dict[str, list[tuple[str, str, bool]]]] = {"en": {}, "zh": {}}
    gapped: dict[str, list[tuple[re.Pattern, str, bool]]] = {"en": [], "zh": []}
    for row in load_rows():
        key = row["metric_key"]
        entries[key] = Entry(key, row["name_en"], row["name_zh"], row["sector"], row["unit"],
                             row["measure_default"], row["description"])
        for lang, column, name in (("en", "aliases_en", row["name_en"]), ("zh", "aliases_zh", row["name_zh"])):
            for alias in [name, *row[column].split("|")]:
                alias = alias.strip()
                if not alias:
                    continue
                generic = alias.startswith("*")
                alias = normalise(alias.lstrip("*"))
                if " * " in alias:
                    parts = [re.escape(p.strip()) for p in alias.split("*")]
                    gapped[lang].append((re.compile(r".{0,30}?".join(parts)), key, generic))
                else:
                    plain[lang].setdefault(alias[:2], []).append((alias, key, generic))
    for buckets in plain.values():
        for bucket in buckets.values():
            bucket.sort(key=lambda a: -len(a[0]))
    first_chars = {lang: frozenset(key[0] for key in buckets) for lang, buckets in plain.items()}
    starts = {}
    for lang, chars in first_chars.items():
        char_class = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        # English aliases start a word: the character before is not alphanumeric ([\W_]), asked
        # after the class (no alphanumeric [^\W_] before it), so that re scans for the class at C
        # speed instead of trying the pattern at every position.
        starts[lang] = re.compile(char_class if lang == "zh" else char_class + r"(?<![^\W_].)")
    probes: dict = {}
    for lang, buckets in plain.items():
        probes[lang] = {}
        for two, bucket in buckets.items():
            longer: dict[str, list[tuple[str, str, bool]]] = {}
            for item in bucket:
                if len(item[0]) >= 4:
                    longer.setdefault(item[0][:4], []).append(item)
            probes[lang][two] = (longer, [item for item in bucket if len(item[0]) < 4])
    return _Index(entries, plain, gapped, first_chars, starts, probes)


def entries() -> dict[str, Entry]:
    """All dictionary rows by metric_key."""
    return _index().entries


def entry(metric_key: str | None) -> Entry | None:
    return _index().entries.get(metric_key) if metric_key else None


@dataclass(frozen=True)
class AliasMatch:
    start: int
    end: int
    metric_key: str
    generic: bool
    # A generic alias that names something else than the row's figure ("家用电器行业营业收入",
    # "利润率": :func:`_qualified`); :func:`choose` skips it. Read off the text, so not part of a
    # match's identity (compare=False): the same alias at the same place is the same match.
    qualified: bool = field(default=False, compare=False)


# What may stand before a bare generic alias: nothing, punctuation or a digit, or one of these
# words (verbs of reporting, totals, conjunctions, time, "我国"/"its"); any other word before it
# (行业, 企业, "appliance") names a narrower thing and qualifies it.
_ZH_BARE_LEAD = re.compile(r"(?:实现|完成|累计|共计|合计|共|其中|其|及|和|与|同期|全年|全行业|我国|全国|总|年|月|季度|间|以来)$")
_EN_BARE_LEAD = frozenset(
    "the its their a an and or total combined overall average related with while of in whose as but to saw "
    "posted reported recorded had china's sector's industry's country's nation's".split())


def _qualified(norm: str, start: int, end: int, lang: str) -> bool:
    """Whether the generic alias at ``norm[start:end]`` names something other than the sector's
    own figure: a naming word stands right before it, or (Chinese) 率 right after it (利润率 is
    a margin, not the profit)."""
    if lang == "zh" and norm.startswith("率", end):
        return True
    before = norm[:start].rstrip()
    if not before or not before[-1].isalpha():
        return False  # start of text, punctuation, a digit: nothing narrows the alias
    if lang == "zh":
        return not _ZH_BARE_LEAD.search(before)
    word = before.split()[-1]
    return word.strip("\"'()[]") not in _EN_BARE_LEAD


# A name after "per unit of" is the base of an intensity, not the figure's indicator: 单位工业增加值
# 能耗 (energy use per unit of industrial value added), 每万元/万元工业增加值用水量, "energy consumption
# per unit of industrial value added", "water use per 10,000 yuan of value added".
_ZH_PER_UNIT = re.compile(r"(?:单位|每(?:万元|元|吨|千瓦时)?|(?<![\d.])万元)$")
_EN_PER_UNIT = re.compile(r"\bper\s+(?:unit|[\d,.]+\s+\w+)\s+of\s+(?:the\s+)?$")


def _per_unit(norm: str, start: int, lang: str) -> bool:
    """Whether the alias at ``norm[start:]`` is the base of a per-unit figure."""
    if lang == "zh":
        return _ZH_PER_UNIT.search(norm, max(0, start - 3), start) is not None
    window = max(0, start - 30)
    return "per " in norm[window: start] and _EN_PER_UNIT.search(norm, window, start) is not None


@lru_cache(maxsize=4096)
def find_aliases(text: str, lang: str) -> tuple[AliasMatch, ...]:
    """:func:`scan_aliases`, cached: for subjects and counted nouns, which repeat within and
    across documents. Whole sentences rarely repeat: they go to scan_aliases directly, so they
    neither push the phrases out of the cache nor make a benchmark that reads the same documents
    twice look faster than a crawl of new ones."""
    return scan_aliases(text, lang)


def scan_aliases(text: str, lang: str) -> tuple[AliasMatch, ...]:
    """Every alias occurrence in ``text`` (offsets into ``text``); English aliases must sit on
    word boundaries; a name after "per unit of" (:func:`_per_unit`) is left out. Overlaps are
    kept: callers pick the one nearest to the number."""
    idx = _index()
    norm = normalise(text)
    out: list[AliasMatch] = []
    probes = idx.probes[lang]
    for start in idx.starts[lang].finditer(norm):
        pos = start.start()
        probe = probes.get(norm[pos:pos + 2])
        if not probe:
            continue
        # Longest first, as in the bucket: every 4+ character alias is longer than the rest.
        longer, shorter = probe
        for alias, key, generic in (*longer.get(norm[pos:pos + 4], ()), *shorter):
            if norm.startswith(alias, pos):
                end = pos + len(alias)
                if (lang == "zh" or end == len(norm) or not norm[end].isalnum()) and not _per_unit(norm, pos, lang):
                    out.append(AliasMatch(pos, end, key, generic, generic and _qualified(norm, pos, end, lang)))
    for pattern, key, generic in idx.gapped[lang]:
        for m in pattern.finditer(norm):
            if _per_unit(norm, m.start(), lang):
                continue
            out.append(AliasMatch(m.start(), m.end(), key, generic,
                                  generic and _qualified(norm, m.start(), m.end(), lang)))
    return tuple(out)


def choose(matches: tuple[AliasMatch, ...], *, start: int = 0, end: int | None = None, sector: str | None = None,
           units: frozenset[str] | None = None) -> str | None:
    """metric_key of the alias ending nearest to ``end`` (the number) within [start, end).

    Specific aliases win; generic ones count only when ``sector`` is their row's sector.
    ``units`` restricts the rows to those measured in one of these units (a count is never an
    amount of yuan)."""
    if not matches:
        return None  # most texts name no indicator at all
    entries = _index().entries
    # One pass; the first alias with the greatest (end, length) wins, as max() would pick it.
    best: tuple[int, int] | None = None
    best_key: str | None = None
    best_in_sector: tuple[int, int] | None = None
    sector_key: str | None = None
    for m in matches:
        if m.start < start or (end is not None and m.end > end):
            continue
        row = entries[m.metric_key]
        if units is not None and row.unit not in units:
            continue
        rank = (m.end, m.end - m.start)
        if not m.generic:
            if best is None or rank > best:
                best, best_key = rank, m.metric_key
        # Only consulted when no specific alias is in the window (then all in it are generic); a
        # generic alias with a narrower name before it is no figure of the sector's own.
        if (sector and row.sector == sector and not m.qualified
                and (best_in_sector is None or rank > best_in_sector)):
            best_in_sector, sector_key = rank, m.metric_key
    if best_key is not None:
        return best_key
    return sector_key if sector else None


def lookup(texts: list[str], lang: str, *, sector: str | None = None, units: frozenset[str] | None = None) -> str | None:
    """metric_key named in the first of ``texts`` that names one (alias nearest to its end);
    generic aliases are tried last, and only with ``sector``."""
    found = []
    for text in texts:
        if text:
            matches = find_aliases(text, lang)
            key = choose(matches, units=units)
            if key:
                return key
            found.append(matches)
    if sector:
        for matches in found:
            key = choose(matches, sector=sector, units=units)
            if key:
                return key
    return None
