"""Speed pass 30 (#4, byte-identical): needle tests shared, a number word before " to " found once.

- needles.needle_groups: needles sharing a substring ("suspen" of "suspended" and "suspension",
  "requir" of nine "requir…" needles of the licence rule, "icen" of "licence", "license", "Licen") are
  tested as one while that key is absent; used by needles.Guarded on ASCII text and by the rule loop
  of events._sentence_events (events._Rule.needle_groups);
- units._word_before_to: each " to " of a sentence asked once for the number word before it, where
  eleven substring tests of word + " to " ran before;
- events._rarer_trigger tests the halt rule's seven objects before its ten verbs.

Each test compares the new path with the old one on varied text, or fails on the old code.
"""
from __future__ import annotations

import random

import pytest

from scrapers.facts import events, needles, units
from scrapers.facts.needles import Guarded, has_any, has_any_grouped, needle_groups


def _strings(pieces: list[str], seed: int, count: int = 800, most: int = 6) -> list[str]:
    """Random joins of ``pieces`` (spaces, stops, capitals and cuts between some of them)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = rng.choices(pieces, k=rng.randint(1, most))
        text = "".join(p + rng.choice([" ", " ", ", ", ". ", "", "-"]) for p in parts)
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.3 else text.capitalize()
        if rng.random() < 0.3 and len(text) > 4:
            cut = rng.randrange(len(text))
            text = text[:cut] + text[cut + 1:]  # (a letter dropped: needles broken in the middle)
        out.append(text)
    return out


# --- needle_groups --------------------------------------------------------------------------------

def test_groups_share_a_key_and_hold_every_needle_once() -> None:
    licence = ("licence", "license", "permit", "approval", "certificat", "confirmations", "road", "route",
               "t access", "Licen", "Permit", "Approval", "Certificat", "Confirmation")
    groups = needle_groups(licence)
    assert ("icen", ("licence", "license", "Licen")) in groups
    assert ("ermit", ("permit", "Permit")) in groups
    assert ("road", None) in groups and ("t access", None) in groups
    members = [m for key, held in groups for m in (held or (key,))]
    assert sorted(members) == sorted(licence)
    for key, held in groups:
        assert all(key in m for m in held or ())
    assert len(groups) == 8  # (14 tests where no needle is: 8)


def test_needles_sharing_nothing_long_stay_alone() -> None:
    # (a key shorter than four letters, "ed", "ing", "con", would be in most sentences)
    assert needle_groups(("issued", "released", "conference", "contract")) == (
        ("issued", None), ("released", None), ("conference", None), ("contract", None))
    assert needle_groups(()) == ()
    assert needle_groups(("dated",)) == (("dated", None),)
    # (two Chinese characters a key, a single one too common: 区 of 开发区 and 保税区 is no key)
    assert needle_groups(("印发。", "发布。", "印发；", "发布；")) == (
        ("印发", ("印发。", "印发；")), ("发布", ("发布。", "发布；")))
    assert needle_groups(("开发区", "保税区")) == (("开发区", None), ("保税区", None))
    # (a duplicate needle is tested once)
    assert needle_groups(("halted", "halted")) == (("halted", None),)


_WORDS = ["suspended", "suspension", "suspense", "requir", "required licences", "requirements", "requiring export",
          "licence", "Licensing", "license", "permit", "Permits", "approval", "disapproval", "road", "broad", "route",
          "to obtain", "to seek", "seeking", "briefed", "briefing", "brief", "issued", "issuing", "issue",
          "published", "publisher", "down", "fell", "less than in", "less than", "was cut", "cut", "were reduced",
          "增长", "下降", "the", "output rose 5%", "a", "of"]


@pytest.mark.parametrize("seed", range(3))
def test_grouped_test_answers_as_each_needle_does(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        chosen = tuple(rng.sample(_WORDS, rng.randint(1, 12)))
        groups = needle_groups(chosen)
        for text in _strings(_WORDS, seed=rng.randrange(10**6), count=40):
            assert has_any_grouped(text, groups) == has_any(text, chosen), (chosen, text)


def test_every_guarded_pattern_answers_as_its_needles_do() -> None:
    # (needles.Guarded's ASCII test is grouped: _probe and search inline it)
    guarded = [v for module in _facts_modules() for v in vars(module).values() if isinstance(v, Guarded)]
    assert len(guarded) > 30
    texts = _strings(_WORDS + ["rose", "fell by", "slowed", "shrank", "a year earlier", "contracted", "target"],
                     seed=30, count=300)
    for g in guarded:
        for text in texts:
            if not text.isascii():
                continue
            probe = text.lower() if g._folds else text
            want = any(n in probe for n in g._ascii_needles)
            assert g.may_match(text) == want, (g.pattern.pattern[:60], text)
            assert (g.search(text) is not None) == (want and g.pattern.search(text) is not None)


def _facts_modules() -> list:
    import importlib
    import pkgutil

    import scrapers.facts as facts
    return [importlib.import_module("scrapers.facts." + m.name) for m in pkgutil.iter_modules(facts.__path__)]


def test_rules_keep_their_needles_in_groups() -> None:
    for rule in events._EN_RULES + events._ZH_RULES:
        assert rule.needle_groups == needle_groups(rule.needles)
    licence = next(r for r in events._EN_RULES if "required licen" in r.needles)
    assert ("requir", tuple(n for n in licence.needles if "requir" in n)) in licence.needle_groups
    assert len(licence.needle_groups) < len(licence.needles)


_ACT_PIECES = ["The MIIT on Monday suspended approvals of new photovoltaic glass capacity",
               "the ministry required licenses for some graphite exports", "lifted a similar freeze on float glass",
               "required exporters to obtain licences", "The MIIT issued a notice on industrial robots",
               "the commerce ministry imposed export controls on rare earths", "at a press conference",
               "told a briefing on Wednesday", "Output rose 5 percent in May", "Shares of CATL fell 3%",
               "granted the first batch of L3 road-test permits", "工业和信息化部印发《通知》", "halted production",
               "a suspension of output", "requirements on energy use", "The STMA said",
               "近日，工业和信息化部公布第三批国家级示范城市名单", "省工信厅认定10家研究中心", "该办法已印发；",
               "《指导意见》近日由工业和信息化部等七部门联合发布。", "示范区", "产业园", "中心"]


def test_sentence_events_as_with_each_needle_tested() -> None:
    # (the rule loop of _sentence_events with the old one-by-one test: same events, same order)
    texts = _strings(_ACT_PIECES, seed=300, count=250, most=4)
    got = [_events(t) for t in texts]
    original = events._Rule.__dataclass_fields__  # (the groups are a field: each rule rebuilt with its needles alone)
    assert "needle_groups" in original
    flat = {id(r): _flat(r) for r in events._EN_RULES + events._ZH_RULES}
    saved_en, saved_zh = events._EN_RULES, events._ZH_RULES
    try:
        events._EN_RULES = tuple(flat[id(r)] for r in saved_en)
        events._ZH_RULES = tuple(flat[id(r)] for r in saved_zh)
        want = [_events(t) for t in texts]
    finally:
        events._EN_RULES, events._ZH_RULES = saved_en, saved_zh
    assert got == want
    assert sum(bool(e) for e in got) > 60


def _flat(rule):
    from dataclasses import replace
    return replace(rule, needle_groups=tuple((n, None) for n in rule.needles))


def _events(text: str):
    from scrapers.facts import extract
    from scrapers.facts.pipeline import clear_caches
    clear_caches()
    lang = "zh" if not text.isascii() else "en"
    return list(extract(text, lang=lang).events)


def test_may_state_action_as_each_trigger_word_tested() -> None:
    assert events._EN_TRIGGER_GROUPS == needle_groups(events._EN_TRIGGER_WORDS)
    assert len(events._EN_TRIGGER_GROUPS) < len(events._EN_TRIGGER_WORDS)
    pieces = _ACT_PIECES + ["the plan was rolled out", "it was created", "related", "stated", "for", "set out",
                            "amended", "the funds were founded", "ISSUANCE", "a revised catalogue", "chose"]
    for text in _strings(pieces, seed=33, count=800):
        if text.isascii():
            want = has_any(needles.fold(text), events._EN_TRIGGER_WORDS) or events._rarer_trigger(needles.fold(text))
            assert events._may_state_action(text, "en") == want, text


# --- units._word_before_to -----------------------------------------------------------------------

_RANGE_PIECES = ["eight to 10 large cruise ships", "Six to 7", "often to", "ten to", "Twelve  to 15 lines", "to",
                 "seventy to 80", "went to 12 plants", "nine to nine", "from two to 5 units", "three to", "tento",
                 "five to 8 km", "eleven to 20 firms", "one to 3", "TWO TO 9 ships", "into", "to 5"]


def test_word_before_to_as_each_word_tested() -> None:
    for text in _strings(_RANGE_PIECES, seed=31, count=1500):
        folded = text.lower()
        want = any(w + " to " in folded for w in units._EN_WORD_COUNT_RANGE_WORDS)
        assert units._word_before_to(folded) == want, text
    assert units._word_before_to("often to go")  # ("ten to ": as the substring test had it)
    assert not units._word_before_to("went to 12 plants and into 3")
    assert units._word_before_to("to x, then eight to 10 ships")  # (the second " to ")


def test_word_count_ranges_still_read() -> None:
    got = units._en_word_count_ranges("The yard will build eight to 10 large cruise ships by 2030.")
    assert [(q.value, q.value_high) for q in got] == [(8.0, 10.0)]
    assert units._en_word_count_ranges("Output rose to 10 million tons.") == []


# --- events._rarer_trigger ------------------------------------------------------------------------

def test_rarer_trigger_unchanged_by_the_order_of_its_halt_tests() -> None:
    pieces = ["suspended approvals of", "lifted a freeze on", "announced a ban on", "recommended", "permits",
              "the ministry", "ended", "output fell", "moratorium", "licensing", "ban", "ban on", "posted a notice"]
    for text in _strings(pieces, seed=32, count=600):
        folded = needles.fold(text)
        halt = has_any(folded, events._HALT_WORDS) and has_any(folded, events._HALTED_WORDS)
        if halt:
            assert events._rarer_trigger(folded)
    assert events._rarer_trigger("the mint suspended approvals of new lines")
    assert not events._rarer_trigger("the mint suspended production")
