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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from scrapers.facts.needles import has_any

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
    # lang -> first two characters -> [(alias, metric_key, generic)], longest first. (A flat regex
    # alternation of hundreds of aliases is slow: re tries each at every place; ``longest`` is one
    # written as a trie, which tries only the aliases that continue what has matched so far.)
    plain: dict[str, dict[str, list[tuple[str, str, bool]]]]
    # lang -> [(compiled "a * b" alias, metric_key, generic)]
    gapped: dict[str, list[tuple[re.Pattern, str, bool]]]
    first_chars: dict[str, frozenset[str]]  # lang -> characters an alias can start with
    # lang -> a pattern finding the positions where an alias can start (a first character; in
    # English also at a word start). (The scan now uses ``longest``, which starts the same way;
    # tests/facts/test_speed_rewrites.py still checks this one against the former pattern.)
    starts: dict[str, re.Pattern]
    # lang -> (a pattern for the text's start or None, a pattern searching the rest), whose group
    # 1 is the longest plain alias at a place (in English one ending on a word boundary). The
    # aliases are written as a trie (at each character, the ways to go on, then the end of the
    # alias that stops there), so re compares a place with only the aliases that continue what
    # it has read. An English alias starts a word: the second pattern matches the mark or space
    # before it, so that re tries a place after each of those, not at every letter.
    longest: dict[str, tuple[re.Pattern | None, re.Pattern]]
    # lang -> alias -> (its rows [(metric_key, generic)] in file order, whether one of them is
    # generic, the shorter aliases it starts with as [(alias, rows, generic)], longest first):
    # every alias at a place is the longest one there or one of those. (Whether a generic alias
    # is qualified depends on its place only: asked once a place, not once a row — an alias
    # stands on ~3 rows on average, "*利润总额" on one per sector.)
    rows: dict[str, dict[str, tuple[list[tuple[str, bool]], bool, list[tuple[str, list[tuple[str, bool]], bool]]]]]
    # lang -> the first part of each "a * b" alias in ``gapped`` (a match contains it)
    gapped_needles: dict[str, list[str]]
    # lang -> the distinct first parts of the "a * b" aliases
    gapped_firsts: dict[str, tuple[str, ...]]
    # English ``longest[1]`` for an ASCII text, whose mark or space before a word is [^a-z0-9] (the
    # text is in lower case). re tests that class with a bitmap; [\W_] costs a look-up of the
    # character's Unicode category at every character of the text.
    ascii_body: re.Pattern | None


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Case- and quote-folded text of the same length (offsets stay valid)."""
    if text.isascii():
        return text.lower()  # (no curly quote, and lower() keeps an ASCII text's length)
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
    gapped_needles: dict[str, list[str]] = {"en": [], "zh": []}
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
                    parts = [p.strip() for p in alias.split("*")]
                    # (English parts on word boundaries: "exported * ICs" is no match in "electronics")
                    gap = (r".{0,30}?".join(map(re.escape, parts)) if lang == "zh"
                           else r"\b" + r".{0,30}?\b".join(map(re.escape, parts)) + r"\b")
                    gapped[lang].append((re.compile(gap), key, generic))
                    gapped_needles[lang].append(parts[0])
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
    longest, rows = {}, {}
    ascii_body = None
    for lang, buckets in plain.items():
        by_alias: dict[str, list[tuple[str, bool]]] = {}
        for bucket in buckets.values():
            for alias, key, generic in bucket:  # (in file order within one alias: a stable sort)
                by_alias.setdefault(alias, []).append((key, generic))
        generic_rows = {alias: any(generic for _, generic in found) for alias, found in by_alias.items()}
        rows[lang] = {alias: (found, generic_rows[alias],
                              [(alias[:n], by_alias[alias[:n]], generic_rows[alias[:n]]) for n in range(len(alias) - 1, 0, -1)
                               if alias[:n] in by_alias])
                      for alias, found in by_alias.items()}
        trie = "(" + _trie(by_alias, lang) + ")"
        if lang == "zh":
            longest[lang] = (None, re.compile(trie))
        else:  # (the look-ahead: one test of a set instead of one test per first character)
            firsts = "[" + "".join(re.escape(c) for c in sorted(first_chars[lang])) + "]"
            longest[lang] = (re.compile(trie), re.compile(r"[\W_](?=" + firsts + ")" + trie))
            ascii_body = re.compile(r"[^a-z0-9](?=" + firsts + ")" + trie)
    gapped_firsts = {lang: tuple(dict.fromkeys(needles)) for lang, needles in gapped_needles.items()}
    return _Index(entries, plain, gapped, first_chars, starts, longest, rows, gapped_needles, gapped_firsts, ascii_body)


def _trie(aliases: dict[str, object], lang: str) -> str:
    """A pattern matching the longest of ``aliases`` at a place: a trie of alternations, each
    offering the characters that continue an alias before the end of the one that stops there, so
    re backtracks to a shorter alias only when no longer one fits. An English alias ends on a word
    boundary (not before a letter or digit)."""
    tree: dict = {}
    for alias in aliases:
        node = tree
        for char in alias:
            node = node.setdefault(char, {})
        node[""] = {}
    stop = "" if lang == "zh" else r"(?![^\W_])"

    def branch(node: dict) -> str:
        options = [re.escape(char) + branch(child) for char, child in node.items() if char]
        if "" in node:
            options.append(stop)
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return "|".join(re.escape(char) + branch(child) for char, child in tree.items())


def entries() -> dict[str, Entry]:
    """All dictionary rows by metric_key."""
    return _index().entries


def entry(metric_key: str | None) -> Entry | None:
    return _index().entries.get(metric_key) if metric_key else None


class AliasMatch(NamedTuple):
    """One alias occurrence. (A named tuple, not a frozen dataclass: the scan makes ~30 of them a
    document, and a frozen dataclass's __init__ costs several times a tuple's.)"""

    start: int
    end: int
    metric_key: str
    generic: bool
    # A generic alias that names something else than the row's figure ("家用电器行业营业收入",
    # "利润率": :func:`_qualified`); :func:`choose` skips it. Read off the text, so not part of a
    # match's identity (equality and hash leave it out): the same alias at the same place is the
    # same match.
    qualified: bool = False

    def __eq__(self, other: object) -> bool:
        return self[:4] == other[:4] if type(other) is AliasMatch else NotImplemented

    def __ne__(self, other: object) -> bool:
        return self[:4] != other[:4] if type(other) is AliasMatch else NotImplemented

    def __hash__(self) -> int:
        return hash(self[:4])


_new_match = tuple.__new__  # AliasMatch(...) without the generated __new__'s extra call


# What may stand before a bare generic alias: nothing, punctuation or a digit, or one of these
# words (verbs of reporting, totals, conjunctions, time, "我国"/"its"); any other word before it
# (行业, 企业, "appliance") names a narrower thing and qualifies it.
_ZH_BARE_LEAD = re.compile(r"(?:实现|完成|累计|共计|合计|共|其中|其|及|和|与|同期|全年|全行业|我国|全国|总|年|月|季度|间|以来)$")
# Its words: what _qualified asks of a text without trailing white space is str.endswith of them
# (the search would scan the whole text before the alias).
_ZH_BARE_LEAD_WORDS = ("实现", "完成", "累计", "共计", "合计", "共", "其中", "其", "及", "和", "与", "同期", "全年", "全行业", "我国",
                       "全国", "总", "年", "月", "季度", "间", "以来")
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
        return not before.endswith(_ZH_BARE_LEAD_WORDS)  # (_ZH_BARE_LEAD.search: before ends in no \n)
    word = before.rsplit(None, 1)[-1]  # (the last word: split()[-1] without splitting the rest)
    return word.strip("\"'()[]") not in _EN_BARE_LEAD


# A name after "per unit of" is the base of an intensity, not the figure's indicator: 单位工业增加值
# 能耗 (energy use per unit of industrial value added), 每万元/万元工业增加值用水量, "energy consumption
# per unit of industrial value added", "water use per 10,000 yuan of value added".
_ZH_PER_UNIT = re.compile(r"(?:单位|每(?:万元|元|吨|千瓦时)?|(?<![\d.])万元)$")
_ZH_PER_UNIT_LAST = frozenset("位每元吨时\n")
_EN_PER_UNIT = re.compile(r"\bper\s+(?:unit|[\d,.]+\s+\w+)\s+of\s+(?:the\s+)?$")


def _per_unit(norm: str, start: int, lang: str) -> bool:
    """Whether the alias at ``norm[start:]`` is the base of a per-unit figure."""
    if lang == "zh":
        # (every word of the pattern ends in one of these; the line break: $ also holds before one)
        if start == 0 or norm[start - 1] not in _ZH_PER_UNIT_LAST:
            return False
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
    head, body = idx.longest[lang]
    rows = idx.rows[lang]
    english = lang == "en"
    if english and norm.isascii():
        body = idx.ascii_body or body  # (the same matches: in lower-case ASCII, [\W_] is [^a-z0-9])
    size = len(norm)
    m = head.match(norm) if head is not None else None
    if m is None:
        m = body.search(norm)
    while m is not None:
        pos, end = m.span(1)
        # (each place once: the regex gives the longest alias there, the rest start it)
        # (_per_unit's first Chinese test inlined: most aliases follow none of 位每元吨时)
        if not (_per_unit(norm, pos, lang) if english else
                pos > 0 and norm[pos - 1] in _ZH_PER_UNIT_LAST and _per_unit(norm, pos, lang)):
            found, generic_any, shorter = rows[norm[pos:end]]
            qualified = generic_any and _qualified(norm, pos, end, lang)
            for key, generic in found:
                out.append(_new_match(AliasMatch, (pos, end, key, generic, generic and qualified)))
            for alias, found, generic_any in shorter:
                end = pos + len(alias)
                if not english or end == size or not norm[end].isalnum():
                    qualified = generic_any and _qualified(norm, pos, end, lang)
                    for key, generic in found:
                        out.append(_new_match(AliasMatch, (pos, end, key, generic, generic and qualified)))
        # (English: from the alias's first letter on, where the mark before the next word can be)
        m = body.search(norm, pos if english else pos + 1)
    # (the usual case: none of the few distinct first parts occurs, tested once each, not once
    # per gapped alias: "produced" opens six of them)
    if not has_any(norm, idx.gapped_firsts[lang]):
        return tuple(out)
    for (pattern, key, generic), needle in zip(idx.gapped[lang], idx.gapped_needles[lang]):
        if needle not in norm:
            continue  # (a substring test instead of a scan)
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
    # (the fields unpacked: one step for what would be a dozen attribute look-ups a match)
    for m_start, m_end, key, generic, qualified in matches:
        if m_start < start or (end is not None and m_end > end):
            continue
        row = entries[key]
        if units is not None and row.unit not in units:
            continue
        rank = (m_end, m_end - m_start)
        if not generic:
            if best is None or rank > best:
                best, best_key = rank, key
        # Only consulted when no specific alias is in the window (then all in it are generic); a
        # generic alias with a narrower name before it is no figure of the sector's own.
        if (sector and row.sector == sector and not qualified
                and (best_in_sector is None or rank > best_in_sector)):
            best_in_sector, sector_key = rank, key
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
            if not matches:
                continue  # (most texts name nothing: no call of choose, which would say None)
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
