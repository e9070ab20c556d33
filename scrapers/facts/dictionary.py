"""The conformed metric dictionary (``data/metric_dictionary.csv``) and subject -> metric_key lookup.

One row per indicator; ``aliases_en`` / ``aliases_zh`` are ``|``-separated phrases that name it
in text, so "人工智能核心产业规模" (2022) and "AI core industry scale" (2024) get the same key.

Alias conventions:

* ``a * b`` — the two parts may be up to 30 characters apart ("produced * integrated circuits").
* ``*alias`` — a *generic* alias ("enterprises", "相关企业") that only counts when the sentence
  is already about the row's sector (the number of enterprises after an AI-industry figure).

The file is read once per process; lookups use one pre-compiled regex per language.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
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


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Case- and quote-folded text of the same length (offsets stay valid)."""
    folded = text.translate(_QUOTES).lower()
    return folded if len(folded) == len(text) else text.translate(_QUOTES)


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
    return _Index(entries, plain, gapped, first_chars)


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


@lru_cache(maxsize=4096)
def find_aliases(text: str, lang: str) -> tuple[AliasMatch, ...]:
    """Every alias occurrence in ``text`` (offsets into ``text``); English aliases must sit on
    word boundaries. Overlaps are kept: callers pick the one nearest to the number. Cached:
    subjects and counted nouns repeat within and across documents."""
    idx = _index()
    norm = normalise(text)
    out: list[AliasMatch] = []
    buckets = idx.plain[lang]
    firsts = idx.first_chars[lang]
    for pos, char in enumerate(norm):
        if char not in firsts:
            continue
        if lang == "en" and pos > 0 and norm[pos - 1].isalnum():
            continue
        bucket = buckets.get(norm[pos:pos + 2])
        if not bucket:
            continue
        for alias, key, generic in bucket:
            if norm.startswith(alias, pos):
                end = pos + len(alias)
                if lang == "zh" or end == len(norm) or not norm[end].isalnum():
                    out.append(AliasMatch(pos, end, key, generic))
    for pattern, key, generic in idx.gapped[lang]:
        for m in pattern.finditer(norm):
            out.append(AliasMatch(m.start(), m.end(), key, generic))
    return tuple(out)


def choose(matches: tuple[AliasMatch, ...], *, start: int = 0, end: int | None = None, sector: str | None = None,
           units: frozenset[str] | None = None) -> str | None:
    """metric_key of the alias ending nearest to ``end`` (the number) within [start, end).

    Specific aliases win; generic ones count only when ``sector`` is their row's sector.
    ``units`` restricts the rows to those measured in one of these units (a count is never an
    amount of yuan)."""
    idx = _index()
    window = [m for m in matches if m.start >= start and (end is None or m.end <= end)
              and (units is None or idx.entries[m.metric_key].unit in units)]
    specific = [m for m in window if not m.generic]
    if specific:
        return max(specific, key=lambda m: (m.end, m.end - m.start)).metric_key
    if sector:
        generic = [m for m in window if idx.entries[m.metric_key].sector == sector]
        if generic:
            return max(generic, key=lambda m: (m.end, m.end - m.start)).metric_key
    return None


def lookup(texts: list[str], lang: str, *, sector: str | None = None, units: frozenset[str] | None = None) -> str | None:
    """metric_key named in the first of ``texts`` that names one (alias nearest to its end);
    generic aliases are tried last, and only with ``sector``."""
    found = [find_aliases(text, lang) for text in texts if text]
    for matches in found:
        key = choose(matches, units=units)
        if key:
            return key
    if sector:
        for matches in found:
            key = choose(matches, sector=sector, units=units)
            if key:
                return key
    return None
