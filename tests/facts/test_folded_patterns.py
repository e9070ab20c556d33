"""Case-insensitive patterns run case-sensitively on case-folded text (needles.case_sensitive_twin,
needles.folded_finditer, Guarded's twin, subjects._EN_TRAILING_FOLDED) must give exactly what the
re.IGNORECASE pattern gives on the text itself."""
from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys

import pytest

import scrapers.facts as facts
from scrapers.facts import subjects, units
from scrapers.facts.needles import Guarded, case_sensitive_twin, fold, folded_finditer, has_twin

_ALL = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
_FOLDED = "".join(fold(c) for c in _ALL)
# Letters re.IGNORECASE equates with ASCII letters (İ ı ſ K) and a few other non-ASCII characters.
_ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "Σ", "\u00a0", "\n"]


def _positions(pattern: str, text: str) -> set[int]:
    return {m.start() for m in re.finditer(pattern, text)}


def test_fold_keeps_places_and_gives_the_letter_re_ignorecase_equates() -> None:
    assert len(_FOLDED) == len(_ALL)  # one character for one
    for letter in "abcdefghijklmnopqrstuvwxyz":
        want = _positions("(?i)" + letter, _ALL)
        assert _positions(letter, _FOLDED) == want, letter
    for cls in (r"\w", r"\s", r"\d", r"\b"):  # classes and boundaries see the same characters
        assert _positions(cls, _FOLDED) == _positions(cls, _ALL), cls


def _guarded() -> list[tuple[str, Guarded]]:
    found = []
    for info in pkgutil.iter_modules(facts.__path__):
        module = importlib.import_module(f"scrapers.facts.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Guarded)]
    return found


def _texts(words: list[str], seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    pieces = []
    for w in words:
        pieces += [w, w.upper(), w.title(), w.replace("i", "\u0131"), w.replace("s", "\u017f"), w.replace("k", "\u212a"),
                   w.replace("i", "\u0130"), w[:-1]]
    pieces += [" ", "  ", ", ", "-", "2027", "5.1", "x", "ing"] + _ODD
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(n)]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups() and a.re is b.re)


@pytest.mark.parametrize(("name", "guarded"), [g for g in _guarded() if g[1]._twin is not None], ids=lambda x: str(x)[:40])
def test_guarded_twins_find_what_the_pattern_finds(name: str, guarded: Guarded) -> None:
    hits = 0
    extra = ["rate", "year", "by 2030", "market", "net increase", "net gain", "since the end of", "and output both",
             " and ", "both", "will", "aims to"]
    for text in _texts(list(guarded.needles) + extra, seed=len(name)):
        plain = guarded.pattern.search(text) if guarded.may_match(text) else None
        assert _same(guarded.search(text), plain), (name, text)
        want = [(m.span(), m.groups()) for m in guarded.pattern.finditer(text)] if guarded.may_match(text) else []
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == want, (name, text)
        hits += plain is not None
    assert hits > 20, name


def test_twins_are_made_only_of_lower_case_patterns() -> None:
    assert not has_twin(re.compile(r"[A-Za-z]+ rose", re.I))   # an upper-case range
    assert not has_twin(re.compile(r"\S+ rose", re.I))         # \S is not \s
    assert not has_twin(re.compile(r"util[a-z]+", re.I))       # a range of letters
    assert not has_twin(re.compile(r"rose"))                   # case-sensitive already
    assert has_twin(re.compile(r"(?P<w>one|two)\s+million\b", re.I))


@pytest.mark.parametrize("pattern", [units._EN_WORD_COUNT, units._EN_WORD_MAGNITUDE])
def test_folded_finditer_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    twin = case_sensitive_twin(pattern)
    words = ["twenty", "ninety-nine", "thirty one", "eleven", "two", "six", "ten", "one", "million", "billion", "yuan",
             "seventeen", "tenth", "two million", "ten billion yuan", "Three Million"]
    hits = 0
    for text in _texts(words, seed=5):
        want = [(m.span(), m.groups(), m.group(0)) for m in pattern.finditer(text)]
        got = [(m.span(), m.groups(), m.group(0)) for m in folded_finditer(pattern, twin, text, fold(text))]
        assert got == want, text
        hits += bool(want)
    assert hits > 50


def _reference_clean_subject(lead: str) -> str:
    """clean_subject's English branch with the plain re.I substitution."""
    text = lead.strip(" ，,：:；;、（(“\"'")
    for _ in range(3):
        before = text
        if fold(text).rstrip().endswith(subjects._EN_TRAILING_ENDS):
            text = subjects._EN_TRAILING.sub("", text)
        text = text.strip(" ,")
        text = subjects._EN_LEADING.sub("", text)
        if text == before:
            break
    return " ".join(text.split()[-10:])


def test_clean_subject_matches_the_case_insensitive_pattern() -> None:
    words = list(subjects._EN_TRAILING_WORDS) + ["revenue", "output", "Has", "WERE", "ToTaled", "2023", "firms", ","]
    stripped = 0
    for lead in _texts(words, seed=31, n=5000):
        subjects.clean_subject.cache_clear()
        got = subjects.clean_subject(lead, "en")
        assert got == _reference_clean_subject(lead), lead
        stripped += got != " ".join(lead.split()[-10:])
    assert stripped > 1000  # the generated leads do end in trailing words
