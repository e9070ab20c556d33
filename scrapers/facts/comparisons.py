"""What a percentage-point figure is measured against.

All of these are ``pp_change`` figures (the labelled sets call them so), but they are three
different things, and an analyst must not read one as another:

- ``change``: the same indicator against an earlier time (增速较一季度回落0.8个百分点, 占比较上年末
  提高9.4个百分点, "up 9.3 percentage points from 2023", "a decline 7.1 points narrower than in the
  first quarter");
- ``gap``: the indicator against another group's in the same period (增速比工业高4个百分点,
  分别高于全部工业3.3个和3.5个百分点, "outpacing overall industry by 3.3 points", "2.6 points lower
  than that of high-tech manufacturing");
- ``contribution``: a part's contribution to the whole's growth (拉动电信业务收入增长5.5个百分点,
  "contributed 1.2 percentage points to growth").

:func:`comparison_of` returns the kind and what the figure is compared with, as written (for a
change: the earlier time, "一季度", "the first quarter"; for a gap: the other group, put in
English when it is one of the usual reference groups, so that a Chinese release and its English
report name the same peer). The warehouse keeps gaps to different groups, and gaps apart from
changes, in separate series: before, "4 points above industry" and "0.2 above high-tech
manufacturing" for one period looked like two sources disagreeing.
"""
from __future__ import annotations

import re
from datetime import date

from scrapers.facts.periods import find_times
from scrapers.facts.needles import flatten

CHANGE, GAP, CONTRIBUTION = "change", "gap", "contribution"

_ZH_CONTRIBUTION = re.compile(r"拉动|贡献")
_EN_CONTRIBUTION_BEFORE = re.compile(r"\b(?:contribut(?:ed|ing|es)|driv(?:ing|e|es)|drove|pull(?:ed|ing)? up)\b[^,;.]*$", re.I)
_EN_CONTRIBUTION_AFTER = re.compile(r"\s*(?:percentage points?\s+)?to\s+(?:the\s+)?(?:\w+\s+){0,4}(?:growth|increase|expansion)\b", re.I)

# Chinese: 比/较 BASE [增速…] VERB, with the verb right before the number ("增速较一季度回落",
# "比上年同期增速高出", "占比较上年末提高", "分别比同期工业、高技术制造业增加值增速低").
_ZH_VERB = r"(?:高出|高于|低于|加快|放缓|回落|提高|提升|上升|下降|降低|增加|减少|收窄|缩小|扩大|再降|快|慢|高|低|多|少|降|升)"
_ZH_MEASURE_WORDS = r"(?:的)?(?:相应)?(?:增加值)?(?:增速|增幅|降幅|增长|平均水平|水平|占比|比重)?"
_ZH_AFTER_MARKER = re.compile(rf"(?P<base>[^，,；;。]+?){_ZH_MEASURE_WORDS}(?:分别)?(?:又|再|进一步)?{_ZH_VERB}了?\s*$")
_ZH_AFTER_MARKER = flatten(_ZH_AFTER_MARKER)  # (optional groups as alternations: needles.flatten)
_ZH_WITH = re.compile(rf"与(?P<base>[^，,；;。]+?)(?:相比|比较)[^，,；;。]*?{_ZH_VERB}了?\s*$")
# ... or VERB BASE right before the number: 高于全部工业平均水平1.6个百分点, 高出高技术制造业0.2个百分点.
_ZH_VERB_FIRST = re.compile(r"(?:高于|低于|高出|快于|慢于|超出)(?P<base>[^，,；;。\d]+?)(?:的)?(?:平均水平|水平|增速)?\s*$")
_ZH_YOY = re.compile(r"同比")

# English: "N points higher than (that of|in) BASE", "N points from BASE", "beating BASE by N".
_EN_THAN_AFTER = re.compile(
    r"\s*(?:percentage points?\s+|points?\s+)?(?:higher|lower|faster|slower|more|less|above|below|narrower|wider|greater|smaller)"
    r"\s+than\s+(?:that\s+(?:of|in|at|for)\s+|those\s+of\s+|in\s+|at\s+|for\s+|of\s+)?(?P<base>[^,;.]+?)(?=\s*[,;.]|\s+and\s+[\d.]|\s+(?:but|while|whereas|which|respectively|according|the\s+\w+\s+said)\b|$)",
    re.I)
_EN_FROM_AFTER = re.compile(
    r"\s*(?:percentage points?\s+|points?\s+)?(?:from|compared\s+with|compared\s+to|over|versus|vs\.?|against)\s+"
    r"(?:that\s+(?:of|in|at)\s+|the\s+level\s+(?:of|in|at)\s+)?(?P<base>[^,;.]+?)(?=\s*[,;.]|\s+and\s+[\d.]|\s+(?:but|while|whereas|which|respectively|according)\b|$)",
    re.I)
_EN_PEER_BEFORE = re.compile(
    r"\b(?:beating|beat|outpacing|outpaced|outperforming|outperformed|exceeding|exceeded|trailing|trailed|lagging(?:\s+behind)?|lagged(?:\s+behind)?|above|below)\s+"
    r"(?P<base>[^,;.]+?)\s+by\s*$", re.I)
_EN_YOY = re.compile(r"\s*(?:percentage points?\s+)?(?:year[- ]on[- ]year|from a year (?:earlier|ago))", re.I)
_EN_TIME_WORDS = re.compile(
    r"^(?:a year (?:earlier|ago)|the (?:same|previous|prior|last) (?:period|year|month|quarter)|last (?:year|month|quarter)|"
    r"the end of|the (?:first|second|third|fourth) (?:quarter|half)|the first (?:\w+ )?months?|(?:19|20)\d\d\b)", re.I)
# (同期 alone is a time, "the same period last year"; 同期工业 is industry in the same period)
_ZH_TIME_WORDS = re.compile(r"^(?:上年|去年|前年|上月|上季|上一|前期|年初|本年初|\d{4}年|[一二三四]季度|[上下]半年|前[一二三四五六七八九十\d]+个?月|同期$)")

# The usual reference groups of MIIT's releases, in English, whichever language names them.
_PEERS = {
    "all industry": ("全部工业", "工业", "规模以上工业", "全国工业", "全国规模以上工业", "全部规模以上工业",
                     "overall industry", "the industrial average", "industrial average", "all industry",
                     "all industries", "industry as a whole", "the overall industry", "the national industrial average",
                     "overall industrial output", "industrial output as a whole", "the industry as a whole"),
    "high-tech manufacturing": ("高技术制造业", "high-tech manufacturing", "high-tech manufacturers"),
    "manufacturing": ("制造业", "全部制造业", "规模以上制造业", "manufacturing", "overall manufacturing",
                      "the manufacturing sector"),
    "equipment manufacturing": ("装备制造业", "equipment manufacturing"),
    "industrial SMEs": ("规模以上工业中小企业", "工业中小企业", "中小企业", "industrial SMEs", "industrial smes",
                        "SMEs above designated size", "industrial small and medium-sized enterprises",
                        "small and medium-sized industrial enterprises"),
}
_PEER_NAMES = {alias.lower(): name for name, aliases in _PEERS.items() for alias in aliases}
_ZH_PEER_LEAD = re.compile(r"^(?:同期|全国|我国)")
_EN_PEER_LEAD = re.compile(r"^(?:that|those)\s+(?:of|in|for)\s+|^the\s+growth\s+(?:of|in)\s+", re.I)
_EN_PEER_TRAIL = re.compile(r"(?:'s)?\s+(?:growth|growth rate|level|as a whole)$", re.I)
_ZH_LIST = re.compile(r"[、和及与]")
_EN_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def comparison_of(s: str, start: int, end: int, lead: str, lang: str, published: date | None,
                  member: tuple[int, int] | None = None, group_lead: str | None = None,
                  group_tail: str = "") -> tuple[str, str | None]:
    """(kind, compared_with) of the percentage-point figure at ``s[start:end]``.

    ``lead`` is the text from the previous figure (or the clause start) to the figure; for the
    ``member``-th of a 分别/respectively list of ``n`` (``member`` = (position, n)),
    ``group_lead`` is the lead of the list's first figure and ``group_tail`` the text after its
    last, where the list's base is written."""
    tail = s[end: end + 120]
    if lang == "zh":
        if _ZH_CONTRIBUTION.search(lead):
            return CONTRIBUTION, None
        base = _zh_base(lead)
        if base is None and member and member[0] > 0 and group_lead is not None:
            base = _zh_base(group_lead)
        if base is None:
            yoy = _ZH_YOY.search(lead)
            return CHANGE, ("同比" if yoy else None)
    else:
        if _EN_CONTRIBUTION_BEFORE.search(lead[-60:]) or _EN_CONTRIBUTION_AFTER.match(tail):
            return CONTRIBUTION, None
        base = _en_base(lead, tail)
        if base is None and member and group_lead is not None:
            base = _en_base(group_lead, group_tail)
        if base is None:
            return CHANGE, ("year on year" if _EN_YOY.match(tail) else None)
    base = _member(base, member, lang)
    if _is_time(base, lang, published):
        return CHANGE, base
    return GAP, _peer_name(base, lang)


_ZH_CONTRIBUTION_SHARE = re.compile(r"贡献率|贡献(?:了|达到?|为)?$")
_EN_CONTRIBUTION_SHARE = re.compile(r"\bcontribut(?:ed|ing|es|ion)\b[^,;.]*$", re.I)
_EN_CONTRIBUTION_SHARE_AFTER = re.compile(r"\s*(?:percent\s+)?(?:of|to)\s+(?:the\s+)?(?:\w+\s+){0,4}(?:growth|increase)\b", re.I)


def is_contribution_share(lead: str, tail: str, lang: str) -> bool:
    """Whether a share figure is a contribution to growth (对工业增长的贡献率为41.6%, "contributing
    23.3 percent of the growth") rather than a share of a total."""
    if lang == "zh":
        return bool(_ZH_CONTRIBUTION_SHARE.search(lead))
    return bool(_EN_CONTRIBUTION_SHARE.search(lead[-80:]) and _EN_CONTRIBUTION_SHARE_AFTER.match(tail))


def _zh_base(lead: str) -> str | None:
    """The base written before the number in a Chinese lead-in, or None."""
    with_ = _ZH_WITH.search(lead)
    if with_:
        return with_.group("base").strip() or None
    # The marker nearest the verb: in 占比较上年末提高 the 比 of 占比 is no marker.
    for pos in range(len(lead) - 1, -1, -1):
        # (同比, 环比 and 占比 hold a 比 that is no marker)
        if lead[pos] in "比较" and not (lead[pos] == "比" and pos and lead[pos - 1] in "同环占"):
            m = _ZH_AFTER_MARKER.match(lead, pos + 1)
            if m:
                return m.group("base").strip() or None
    m = _ZH_VERB_FIRST.search(lead)
    return m.group("base").strip() or None if m else None


def _en_base(lead: str, tail: str) -> str | None:
    for pattern in (_EN_THAN_AFTER, _EN_FROM_AFTER):
        m = pattern.match(tail)
        if m:
            return m.group("base").strip()
    m = _EN_PEER_BEFORE.search(lead[-120:])
    return m.group("base").strip() if m else None


def _member(base: str, member: tuple[int, int] | None, lang: str) -> str:
    """The list member that goes with the figure: 比同期工业、高技术制造业…低2.6个和0.5个百分点."""
    if not member or member[1] < 2:
        return base
    parts = [p for p in (_ZH_LIST if lang == "zh" else _EN_LIST).split(base) if p.strip()]
    return parts[member[0]].strip() if len(parts) == member[1] else base


def _is_time(base: str, lang: str, published: date | None) -> bool:
    if (_ZH_TIME_WORDS if lang == "zh" else _EN_TIME_WORDS).match(base):
        return True
    return bool(find_times(base, lang, published))


def _peer_name(base: str, lang: str) -> str:
    """The other group, in English when it is a usual reference group."""
    known = _PEER_NAMES.get(base.lower())
    if known:
        return known
    if lang == "zh":
        base = _ZH_PEER_LEAD.sub("", base)
    else:
        base = _EN_PEER_TRAIL.sub("", _EN_PEER_LEAD.sub("", base)).strip()
    return _PEER_NAMES.get(base.lower(), base)
