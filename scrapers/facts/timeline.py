"""Which time a figure refers to: the time expression that governs it (same clause, same
sentence, or carried over from earlier sentences), and whether it becomes a flow ``period`` or a
stock ``as_of`` date. Time expressions themselves are parsed in :mod:`scrapers.facts.periods`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from scrapers.facts.clauses import clause_end
from scrapers.facts.clauses import clause_start as _clause_start
from scrapers.facts.dates import DateMention, find_dateline, find_dates
from scrapers.facts.needles import Guarded, flatten, fold, has_any, with_heads
from scrapers.facts.periods import (TimeRef, base_time, en_may_start_a_thing, en_start_of_a_thing, find_times, month_span,
                                    quarter_before)
from scrapers.facts.sentences import Sentence
from scrapers.facts.subjects import bare_place
from scrapers.facts.units import Quantity

# (Guarded: case-insensitive patterns tried only when a word they need occurs, see needles.py.)
_FLOW_WORDS = Guarded(re.compile(
    # ("important platforms" are no imports, "unsold inventory" no sales)
    r"产量|销量|产销|出口|进口|生产|出货|销售|投资|收入|利润|营业|增加值|produc|output|(?<!un)sold|sales|export|import(?!an)|shipment|"
    r"turned out|revenue|profit|investment|value added|value-added|invested|流量|traffic|"
    # (orders taken and ships completed over a period: 手持订单, the order book, is a stock)
    r"新接订单|新签订单|新增订单|完工量|new orders|"
    # (visitors received over a year, 接待游客1.2亿人次: visits made in it; not 接待能力, a capacity)
    r"接待(?!能力)|"
    # (journeys made over a span: "passenger trips are expected to reach 770 million next year")
    r"\btrips\b",
    re.I,
), ("产量", "销量", "产销", "出口", "进口", "生产", "出货", "销售", "投资", "收入", "利润", "营业", "增加值", "produc",
    "output", "sold", "sales", "export", "import", "shipment", "turned out", "revenue", "profit", "invest",
    "value added", "value-added", "流量", "traffic", "订单", "完工量", "new orders", "接待", "trips"))
# English verbs of goods or people moved over a span, as "sold", that make a figure a flow: "shipped
# 6.1 million vehicles abroad in 2029", "delivered 46 jets last year", "carried 720 million
# passengers", "the port handled 48 million containers". (Not in _FLOW_WORDS: there they would make
# "9% of the units shipped" a share of a flow, which names_flow leaves to _FLOW_PARTICIPLES.)
_FLOW_VERBS_EN = Guarded(re.compile(r"\b(?:shipped|delivered|handled|carried)\b", re.I),
                         ("shipped", "delivered", "handled", "carried"))
# is_flow's last test, _FLOW_WORDS or _FLOW_VERBS_EN, as one pattern: a match of the alternation is
# a match of either, and the text is folded and probed once where the two Guarded did it twice (the
# verbs' needles last: an ASCII probe stops at the first needle it finds)
_FLOW_WORDS_OR_VERBS = Guarded(
    re.compile(f"(?:{_FLOW_WORDS.pattern.pattern})|(?:{_FLOW_VERBS_EN.pattern.pattern})", re.I),
    _FLOW_WORDS.needles + _FLOW_VERBS_EN.needles)
# (not 价值 "value", 评价, 物价指数 is an index of prices: kept, a price level too)
_PRICE = Guarded(re.compile(r"价格|均价|售价|单价|成交价|报价|现货价|\bprices?\b", re.I),
                 ("价格", "均价", "售价", "单价", "成交价", "报价", "现货价", "price"))
_CAPACITY = Guarded(re.compile(r"产能|生产能力|capacit", re.I), ("产能", "生产能力", "capacit"))
# Energy that stands installed or stored (新型储能装机规模, 储能容量, "storage capacity"): a stock in Wh.
_STORED_ENERGY = re.compile(r"装机|储能|容量|产能|capacit|storage|install", re.I)
# Cues that a figure sits in a statement of goals: a horizon year after it ("… by 2027") is its date.
_TARGET_CUE = Guarded(re.compile(r"\b(?:aims?|aiming|goals?|targets?|plans?|planned|seeks?|strives?)\b|目标|力争|计划|争取", re.I),
                      ("aim", "goal", "target", "plan", "seek", "strive", "目标", "力争", "计划", "争取"))
_LIST_END = ("；", ";")
_NOW_WORDS = re.compile(r"已经|已|目前|现已|\b(?:already|now|currently)\b")
# Occasions at which figures are stated: "now" in their report is the day they were held.
_OCCASION = Guarded(re.compile(r"发布会|吹风会|工作会议|大会|论坛|press conference|briefing|conference|forum", re.I),
                    ("发布会", "吹风会", "工作会议", "大会", "论坛", "briefing", "conference", "forum"))
# 规模以上 / "above designated size" name the firms covered, not an industry's scale (nor does
# 规模化, "at scale").
# English words whole, and "scale" not as a modifier: "large-scale data centers", "marketing
# services", "supermarkets" name no stock.
# (识别节能改造项目1320个，涉及投资约410亿元: the investment the projects found involve, their size as
# things stand, not money invested over a period; heldout14 H190. 总投资 is left to its sentence:
# 该基地于2019年3月正式开工，总投资50亿元 is of the start's month)
_STOCK_WORDS = Guarded(re.compile(r"规模(?!以上|化)|保有量|涉及投资|(?<!-)\bscale\b|(?<!designated )\bsize\b|\bworth\b"
                                  r"|\bmarkets?\b", re.I),
                       ("规模", "保有量", "涉及投资", "scale", "size", "worth", "market"))
# What may stand between an English figure and the time written right after it, which is its own
# ("grew 12.2 percent in May and 13.4 percent in June"): a year-on-year note and a preposition.
# ("the 60 percent level of 2020": a level named with its year; the level's own time)
_EN_ATTACHED_GAP = re.compile(
    r"\s*(?:(?:year[- ]on[- ]year|yoy|y-o-y)\s+)?(?:(?:level|mark)\s+(?:of|seen\s+in)\s+)?"
    r"(?:(?:in|during|for|over|at|as of|as at|by)\s+)?(?:the\s+)?", re.I)
_EN_ATTACHED_GAP = flatten(_EN_ATTACHED_GAP)  # (optional groups as alternations: needles.flatten)
_EN_ALSO_AIMS = re.compile(r"\balso (?:aims?|plans?|seeks?|targets?|sets? (?:out )?(?:the )?goals?|calls? for)\b", re.I)
_EN_HOME_TO = re.compile(r"\b(?:is|are) (?:now |currently )?home to\b")
# A place's appositive of what it holds, before the figure ("Chongqing, home to Loncin, Zongshen and
# more than 120 other motorcycle and parts makers, produced … last year"; "Xiamen …, home to more than
# 200 hearing aid makers, …"): a description of the place as it stands now, its verbless aside
# outside the clause whose "last year" dates the output after it (heldout18 H231/H237/H239). Up to
# 90 characters before the figure, past a list's commas but no semicolon or full stop. The aside
# may open the sentence too ("Home to more than 300 makers, Taizhou produced … last year").
_EN_HOME_TO_ASIDE = re.compile(r"(?:,\s+|^\s*)(?:now\s+|currently\s+)?[Hh]ome\s+to\b[^;.]{0,90}$")
# ("The country will also cultivate three to five globally competitive enterprises" after a plan's
# goals by 2033, heldout17 H223: the English of 培育, a goal's verb in the base form; not "cultivated")
_TARGET_CONTINUES = Guarded(re.compile(r"by then|届时|到那时|^\s*by \d{4}|目标|力争|培育|打造|\b(?:cultivate|nurture)\b", re.I),
                            ("by", "届时", "到那时", "目标", "力争", "培育", "打造", "cultivate", "nurture"))


# A level reached on a day: "首次突破1000万辆", "surpassed 10 million units" (a bare "达" is
# left out: 发达, 到达 and the like would make it a cue of most sentences).
_REACHED = Guarded(re.compile(
    r"突破|达到|超过|跨越|迈上|站上|迈过|越过|\b(?:surpass(?:ed|es|ing)?|hit|hits|hitting|cross(?:ed|es|ing)?|"
    r"pass(?:ed|es|ing)?|top(?:ped|s|ping)?|reach(?:ed|es|ing)?|exceed(?:ed|s|ing)?|br(?:oke|eaks?|eaking))\b",
    re.I), ("突破", "达到", "超过", "跨越", "迈上", "站上", "迈过", "越过", "surpass", "hit", "cross", "pass", "top",
            "reach", "exceed", "broke", "break"))
# A level still to be reached on a day is no level at that day ("有望在12月突破", "is expected to top").
# (将近 is "nearly", not "will")
_AHEAD = Guarded(re.compile(r"将(?!近)|有望|预计|力争|目标|\b(?:will|would|expect(?:s|ed)?|set to|on track|likely|poised|aims?)\b",
                            re.I), ("将", "有望", "预计", "力争", "目标", "will", "would", "expect", "set to", "on track",
                                    "likely", "poised", "aim"))
# The day a report was made, not the day a level was reached: "the association said on Monday",
# "工信部14日表示".
# (A plain pattern: it is tried on a few words before a day, for the rare figure that gets so far.)
_EN_REPORTED_ON = re.compile(r"\b(?:said|says|announced|reported|released|published|showed|shows|told)\s+(?:\w+\s+)?(?:on\s+)?$",
                             re.I)
_ZH_REPORTED_ON = re.compile(r"表示|介绍|发布|公布|透露|宣布|获悉|召开|举行|说")


@dataclass
class _Carried:
    """A time expression remembered from an earlier sentence, with the paragraph it came from."""

    ref: TimeRef
    paragraph: int
    plan: bool = False  # a Five-Year Plan's span (“十三五”期间): its baseline is the year before it


@dataclass
class TimeState:
    """Time context carried across the sentences of one document."""

    published: date | None         # reference date: PUBLISHED, or derived from the text when unknown
    derived: bool = False          # published was derived from the text's first dated period
    paragraph: int = 0
    lede: TimeRef | None = None    # the document's first reporting period
    last_period: _Carried | None = None
    last_any: _Carried | None = None
    last_target: _Carried | None = None
    target_open: bool = False      # the last sentence set out goals and ended in "；": a list goes on
    statement: date | None = None  # when the figures were stated: the dateline or the occasion's day
    sentences_seen: int = 0
    previous_years: list[str] = field(default_factory=list)
    continued: bool = False        # the last piece ended in "；": the next one is the same sentence
    # a year still ahead for which the last piece, ended in "；", set out goals (会议提出，2023年力争
    # …增长5%左右；新建5G基站60万个，全年培育…): the pieces after it go on listing that year's goals
    plan_year: TimeRef | None = None
    statement_tried: str | None = None  # the last sentence searched for the statement date in vain
    # the days named in the last sentence asked about, with the date they were resolved against
    days: tuple[tuple[str, date | None], list[DateMention]] | None = None
    # the spans of the plans named so far, end year -> first year (《…行动计划（2027—2029年）》, "an
    # action plan for 2027-2029"): a goal's yearly growth to the plan's last year runs from its first
    plan_spans: dict[str, str] = field(default_factory=dict)
    # the first time (a period or a date) of the paragraph read last, with that paragraph: the
    # time its account opens with (2026年，全省…; 记者从会上获悉，2025年，…)
    paragraph_lead: tuple[int, TimeRef] | None = None
    # the last paragraph that stated a figure before naming any time ("数据显示，…仅占…3.5%…。
    # 2024年，…研发投入…。超六成企业…"): its account is of now, and a year it names later dates
    # one figure, not the rest of the paragraph
    undated_paragraph: int = -1
    # the time something was last said to begin ("The program was launched in June 2024"): the time
    # of a level told "before the program began" (metrics._earlier_level_at_start)
    last_start: TimeRef | None = None
    # the last goal horizon or time still ahead ("by 2028", "by the end of 2027"): what "by then" is
    last_horizon: _Carried | None = None
    # the paragraph whose shares were last read as parts of the flow reported just before it
    # (:func:`shares_reported_span`): its later bare shares ("Europe's share slipped to 38%") too
    span_share_paragraph: int = -1
    # the paragraph (line) read before the current one, furniture and blank lines skipped
    previous_paragraph: int = -1
    # the last span of months or quarter of one year remembered ("in the first 11 months of the year"),
    # kept beside last_any when a later sentence of its paragraph names its last month alone
    # ("November shipments were worth …"): the span the shares of the next paragraph are parts of
    # (:func:`shares_reported_span`)
    last_span: _Carried | None = None


def reference_date(sentences: list[Sentence], lang: str) -> date | None:
    """Without a publication date, relative expressions resolve against the end of the first
    explicitly dated period in the text ("in the first 11 months of 2024" -> 2024-11)."""
    for sentence in sentences[:6]:
        for ref in find_times(sentence.text, lang, None):
            if ref.explicit_year and ref.kind in ("period", "as_of"):
                end = ref.end_point
                return date(int(end[:4]), int(end[5:7]) if len(end) >= 7 else 12, 28)
    return None


def _is_sub_period(ref: TimeRef, lede: TimeRef | None) -> bool:
    """A single month or quarter inside the lede period ("In September alone", 二季度)."""
    if lede is None or "/" not in lede.value or ref.kind != "period" or "/" in ref.value or len(ref.value) == 4:
        return False
    return ref.value[:4] == lede.value.split("/")[-1][:4]


# "… in the first 11 months of 2029, according to data released by the National Bureau of Statistics
# last month. Exports rose 9.1% … over the same period": the month a source released its data in is
# no period of the figures, and "the same period" after it is the one they were reported for
# (heldout16 H209). Only a month: "data released for 2029" names the data's own year.
# ("A draft of the 2030 allocation plan had been published for public comment in November": words of
# the release between, no figure among them)
_EN_RELEASED_BEFORE = re.compile(r"\b(?:released|published|issued|posted)\b(?:\s+(?:by|on|in|for)\b[^,;.()\d]{0,50}?)?\s+(?:in\s+|on\s+)?$",
                                 re.I)


def _en_release_time(sentence: str, start: int) -> bool:
    """Whether the month at ``sentence[start]`` dates a release of data (see _EN_RELEASED_BEFORE)."""
    lead = sentence[max(0, start - 70): start]
    return has_any(lead, ("released", "published", "issued", "posted")) and _EN_RELEASED_BEFORE.search(lead) is not None


def _not_carried(sentence: str, start: int, end: int) -> bool:
    """Whether the time at ``sentence[start:end]`` is one the next sentence does not continue: it
    opens an "of which" aside (其中，3月份增长7.7%: a part of the period reported), or it is a
    comparison's base (较去年全年加快0.7个百分点, "faster than in the first quarter"), or the
    start of a change (由2016年的2000亿元扩大至5000亿元: the year of the figure before the change)."""
    before = sentence[max(0, start - 12): start].rstrip(" ，,")
    if before.endswith(("由", "从")) and sentence.startswith("的", end):
        return True
    if " from " in sentence[max(0, start - 50): start] and _EN_EARLIER_LEVEL_BEFORE.search(sentence, max(0, start - 50), start):
        return True  # "accounted for 24.8% of the total, down from 29.1% in the first half of 2026"
    return before.endswith(("其中", "of which", "Of which", "较", "比", "与", "than", "than in", "than that in",
                            "compared with", "compared to")) and not before.endswith(_NOT_MARKERS)


_ASIDE_OPENINGS = ("其中", "of which", "Of which")


def _opens_aside(sentence: str, start: int) -> bool:
    """Whether the time at ``sentence[start]`` opens an "of which" aside (其中2024年, "of which in
    2024"; see :func:`_not_carried`)."""
    return sentence[max(0, start - 12): start].rstrip(" ，,").endswith(_ASIDE_OPENINGS)


# The earlier level of a change, then its time: "down from 29.1% in the first half of 2026", "up
# from 38 percent at the end of 2025" (the time of the base, not of the figures reported).
_EN_EARLIER_LEVEL_BEFORE = re.compile(r"\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:about\s+|around\s+|nearly\s+)?"
                                      r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:(?:in|at\s+the\s+end\s+of|during)\s+(?:the\s+)?)?$")
def _period_after_base(base: TimeRef | None, ctx: TimeState) -> TimeRef | None:
    """The period carried from before (:attr:`TimeState.last_period`) when it opens the month right
    after ``base``, the time of a from-to pair's first figure ("from about 70% at the end of 2024",
    then 2025 or its first half), and has ended by publication; None otherwise."""
    if base is None or ctx.last_period is None or base.kind not in ("as_of", "period"):
        return None
    ref = ctx.last_period.ref
    first = ref.value.split("/")[0]
    if "-Q" in first:
        first = f"{first[:4]}-{(int(first[-1]) - 1) * 3 + 1:02d}"
    elif len(first) == 4:
        first = f"{first}-01"
    end = base.end_point
    if len(end) != 7 or len(first) != 7 or _ends_after(ref, ctx.published):
        return None
    year, month = int(end[:4]), int(end[5:7])
    following = f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
    return ref if first == following else None


def _earlier_levels_time(s: str, t: TimeRef, since: int) -> bool:
    """Whether time ``t``, written after a figure ending at ``since``, is the time of the earlier
    level of a change told after that figure ("NEVs accounted for 40% of sales, up from 30% in
    2024"): 2024 is the 30%'s, and no time of the 40%."""
    window = max(since, t.start - 50)
    return " from " in s[window: t.start] and _EN_EARLIER_LEVEL_BEFORE.search(s, window, t.start) is not None


# The base a change or a comparison is measured against, right before its time: "up 5.9 percent from
# the first batch of 2024", "an increase of 4 percent over the same batch of 2024" (the noun the
# change is of, then "of"/"in"; words only, no "to": "fell 11.3% from a year earlier to 118 in 2025" is
# the change's own year), "compared with 26.5 percent in 2026", "versus 38% at the end of 2024"
# (the level compared with, its unit and noun, then its time). Not a base told relative to the
# change's own time, whose time then follows: "rose 12 percent from a year earlier in 2025", "over the
# previous year in 2025", "from a year ago in the first half of 2026" date the change.
_EN_CHANGE_BASE_BEFORE = re.compile(
    r"(?:\b(?:percent|per\s+cent|points?)|%)\s+(?:from|over|compared\s+(?:with|to)|against)\s+(?:the|a|its|their)\s+"
    r"(?:(?!(?:to|earlier|ago|before|previous|prior|preceding|last)\b)[a-z-]+\s+){1,4}?(?:of|in)\s+(?:the\s+)?$"
    r"|\b(?:compared\s+(?:with|to)|versus|against)\s+(?:(?:about|around|roughly|nearly|some|just|only)\s+)?"
    r"\d[\d.,]*[^,;\d]{0,30}$"
    # ("fell to 55 percent, below the 60 percent level of 2020": the level compared with, and its year)
    r"|\b(?:below|above)\s+(?:the|its|their)\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+(?:level|mark)\s+(?:of|in|seen\s+in)\s+$"
    # ("now has more than 17,600 …, up from just over 5,000 at the start of the 14th Five-Year Plan": the
    # level a change started from, then its time; not carried to the sentences after)
    r"|\b(?:up|down)\s+from\s+(?:(?:about|around|roughly|nearly|some|just|only|over|under|more|less|than)\s+){0,3}"
    r"\d[\d.,]*[^,;\d]{0,30}$", re.I)
_EN_CHANGE_BASE_WORDS = (" from ", " over ", "compared ", "versus ", "against ", " below ", " above ")


def _comparisons_base_time(s: str, t: TimeRef) -> bool:
    """Whether English time ``t`` is the time of the base a change or comparison is measured
    against ("up 5.9 percent from the first batch of 2024, while … stood at 134,000 tonnes";
    "were behind 41.2 percent of the recalled vehicles, compared with 26.5 percent in 2026"): it
    dates the base alone (the base's figure takes it as its own, attached right before it), not
    the change, the figure compared, nor a figure in another clause of the sentence (heldout5 H73,
    heldout15 H199)."""
    # (cheap gate: most times have none of the words before them; has_any's plain loop, not any()
    # over a generator, which cost more than the search it spares; callers test the whole sentence
    # once first, with _en_sentence_gates)
    if not has_any(s[max(0, t.start - 60): t.start], _EN_CHANGE_BASE_WORDS):
        return False
    return _EN_CHANGE_BASE_BEFORE.search(s, max(0, t.start - 60), t.start) is not None


# The last English sentence asked about, and its two gates (see _en_sentence_gates).
_SENTENCE_GATES: list = [None, False, False]


def _en_sentence_gates(s: str) -> tuple[bool, bool]:
    """Whether English sentence ``s`` holds one of the words a comparison's base follows
    (_EN_CHANGE_BASE_WORDS), and whether it holds a start verb (periods.en_may_start_a_thing).
    Without the first, :func:`_comparisons_base_time` is False for every time of ``s`` (its window
    is a part of ``s``); without the second, periods.en_start_of_a_thing is. So a sentence asks once,
    not once per time and figure; the answers of the last sentence are kept, as remember_times and
    pick_time (once per figure) ask about the same sentence in turn. (Keyed by the string object
    itself: the cache holds it, so no other string can take its identity.)"""
    gates = _SENTENCE_GATES
    if gates[0] is not s:
        gates[0], gates[1], gates[2] = s, has_any(s, _EN_CHANGE_BASE_WORDS), en_may_start_a_thing(s)
    return gates[1], gates[2]


# Words ending in a comparison marker that are none: 参与2024年… ("took part in"), 给与, 授与.
_NOT_MARKERS = ("参与", "给与", "授与")


_SINCE = re.compile(r"以来|\b[Ss]ince\b")
# The opening of a from-to pair: 由/从 (由去年同期的19.8%, 从2016年的…), "from".
_PAIR_OPENING = re.compile(r"(?:由|从|\bfrom\b)[^，,；;。]{0,12}$")


def _time_of_pair(s: str, first_start: int, times: list[TimeRef], ctx: TimeState) -> TimeRef | None:
    """The time a from-to pair whose first figure starts at ``first_start`` is dated to when no
    time stands between its figures: the last period or date before the pair's opening in the
    sentence (not one that is a comparison's base, :func:`_not_carried`), else, in a piece that
    goes on a sentence cut at a semicolon, the time that piece carried; None without either."""
    opening = _PAIR_OPENING.search(s, max(0, first_start - 16), first_start)
    if opening is None:
        return None
    # (not a span that runs to now, 今年以来 / "since January": the change's end is now)
    # (an "of which" time is no base here: 其中2024年占比由41.2%提高到48.6% after a change between
    # two other years is 2024's change, though the next sentence does not carry that year on)
    dated = [t for t in times if t.end <= opening.start() and t.kind in ("period", "as_of")
             and (not _not_carried(s, t.start, t.end) or _opens_aside(s, t.start))
             and not _SINCE.search(s, t.start, min(len(s), t.end + 2))]
    if dated:
        return dated[-1]
    carried = ctx.last_any
    if not times and ctx.continued and carried is not None and carried.paragraph == ctx.paragraph:
        return carried.ref
    return None


def _statement_date(sentence: str, ctx: TimeState, lang: str) -> date | None:
    """The day the text's figures were stated, from an opening sentence: its dateline
    ("新华社北京12月27日电", "BEIJING, June 25 --") or the day of the press conference or meeting
    it reports ("发布会6月29日在北京召开"). Only a day shortly before publication counts."""
    if ctx.published is None:
        return None
    found, _ = find_dateline(sentence, ctx.published, lang)
    if found is None and _OCCASION.search(sentence):
        days = [d.value for d in find_dates(sentence, ctx.published, lang) if d.kind == "day" and d.value]
        found = date.fromisoformat(days[0]) if days else None
    if found is None or not 0 <= (ctx.published - found).days <= 31:
        return None
    return found


def _note_statement(sentence: str, ctx: TimeState, lang: str) -> None:
    """Look for the statement date in the opening sentences (before their figures are dated:
    a dateline opens the sentence that states the first figure)."""
    # Asked once per figure of the sentence and once after it: a sentence that gave nothing
    # gives nothing again (the answer depends on nothing else that changes within a document).
    if ctx.statement is None and ctx.sentences_seen < 3 and sentence and sentence != ctx.statement_tried:
        ctx.statement = _statement_date(sentence, ctx, lang)
        ctx.statement_tried = sentence


# A plan's own years: in brackets after its title, （2027—2029年）, "(2027-2029)", or "for 2027-2029"
# after a plan's name ("a three-year action plan for 2027-2029"). (Every match holds one of the dashes.)
_PLAN_YEARS = re.compile(
    r"[（(]\s*((?:19|20)\d{2})\s*[—–\-－~]\s*((?:19|20)\d{2})\s*年?\s*[）)]"
    r"|\b(?:plan|programme|program|roadmap|strategy|scheme)\s+for\s+((?:19|20)\d{2})\s*[—–\-]\s*((?:19|20)\d{2})\b", re.I)
_PLAN_YEARS = with_heads(_PLAN_YEARS)  # (tried only where a match can start: needles.with_heads)
_PLAN_YEAR_DASHES = ("—", "–", "-", "－", "~")
# Two years joined by a dash, held by every match of _PLAN_YEARS: a prefilter for the sentences
# with a dash (1—10月, "Hong Kong-listed"), re scanning for its first digit at C speed where
# _PLAN_YEARS, case-insensitive with a bracket or \b opening, tries every position.
_YEAR_DASH_YEAR = re.compile(r"(?:19|20)\d{2}\s*[—–\-－~]\s*(?:19|20)\d{2}")


def note_plan_spans(sentence: str, ctx: TimeState) -> None:
    """Remember the spans of the plans ``sentence`` names (:data:`_PLAN_YEARS`, TimeState.plan_spans)."""
    # (cheap tests first: few sentences name a plan's years)
    if not has_any(sentence, _PLAN_YEAR_DASHES) or _YEAR_DASH_YEAR.search(sentence) is None:
        return
    for m in _PLAN_YEARS.finditer(sentence):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if 0 < int(last) - int(first) <= 10:
            ctx.plan_spans[last] = first


def remember_times(times: list[TimeRef], ctx: TimeState, sentence: str = "", lang: str = "zh") -> None:
    """Update the carried context with the time expressions of one sentence."""
    _note_statement(sentence, ctx, lang)
    note_plan_spans(sentence, ctx)
    ctx.sentences_seen += 1
    # "到2027年，A达到40%；B达到65%，C达到80%；…": goals listed after a horizon and cut at
    # semicolons keep that horizon until a piece names a time of its own.
    # (one loop for both tests: any() over a generator costs a call and a frame, for 1-2 times)
    dated = targeted = False
    for t in times:
        if t.kind == "target":
            targeted = True
        elif t.kind in ("period", "as_of"):
            dated = True
    # A piece cut off at "；" goes on the same sentence: a time carried from it is the sentence's.
    # (read once, for both flags)
    ctx.continued = sentence.rstrip().endswith(_LIST_END)
    ctx.target_open = (targeted or (ctx.target_open and not dated)) and ctx.continued
    if ctx.plan_year is not None and (not ctx.continued or dated):
        ctx.plan_year = None
    if ctx.continued and ctx.published and _TARGET_CUE.search(sentence):
        ahead = [t for t in times if t.kind == "period" and len(t.value) == 4 and t.explicit_year
                 and int(t.value) > ctx.published.year]
        if ahead:
            ctx.plan_year = ahead[-1]
    future = ctx.published.year if ctx.published else 9999
    # (plain loops here and in pick_time: a comprehension costs a frame even over no times)
    years = []
    for t in times:
        if t.kind == "period" and len(t.value) == 4:
            years.append(t.value)
    ctx.previous_years = years
    # (the sentence's gate for _comparisons_base_time, asked once for all its times)
    base_words = lang == "en" and bool(times) and _en_sentence_gates(sentence)[0]
    for t in times:
        if t.kind == "same_period":
            continue
        if t.kind == "target":
            ctx.last_target = ctx.last_horizon = _Carried(t, ctx.paragraph)
            continue
        if ctx.paragraph_lead is None or ctx.paragraph_lead[0] != ctx.paragraph:
            ctx.paragraph_lead = (ctx.paragraph, t)
        if int(t.value[:4]) > future or t.value.split("/")[-1][:4] > str(future):
            ctx.last_horizon = _Carried(t, ctx.paragraph)
            continue  # "set priorities for 2018": a future year is not the period of a reported figure
        if ctx.lede is None and t.kind == "period":
            ctx.lede = t
        if _is_sub_period(t, ctx.lede) or (t.kind == "period" and _not_carried(sentence, t.start, t.end)):
            continue
        if base_words and _comparisons_base_time(sentence, t):
            continue  # ("up 5.9 percent from the first batch of 2024": the base's time, none of the next sentence's)
        if lang == "en" and t.kind == "period" and len(t.value) == 7 and _en_release_time(sentence, t.start):
            continue  # (see _EN_RELEASED_BEFORE)
        if t.kind == "period" and lang == "en" and len(t.value) in (4, 7) and _tells_a_start(sentence, t):
            ctx.last_start = t
        if t.kind == "period" and _dates_a_start(sentence, t, lang):
            continue
        if t.since:
            # (自2019年启动以来，…累计…: a span up to now dates its own sentence's running totals; the
            # sentences after it report on now, or on times of their own)
            continue
        ctx.last_any = _Carried(t, ctx.paragraph)
        if t.kind == "period" and _months_span(t.value):
            ctx.last_span = ctx.last_any
        if t.kind == "period":
            ctx.last_period = _Carried(t, ctx.paragraph, _is_plan_span(sentence, t))


def _zh_running_total(s: str, clause_start: int, q: Quantity, t: TimeRef, later: list[Quantity]) -> bool:
    """累计完成投资约2860亿元，今年1—10月完成投资418亿元: a running total (累计 before the figure in
    its clause) is no figure of a span named in a later clause that states the span's own amount
    of the same kind (a figure in the unit of the total after the span); it keeps the date its
    paragraph gave (截至今年10月底 before it; heldout16 H206). Not a span that only dates a change
    (累计完成投资2860亿元，1—10月同比增长5%: the total may be the span's).
    A figure told as reached (已 before it in its clause) is a running total too: 企业已超过1.76万家，
    “十四五”开局之初这一数字为5000余家 (the later clause's time is its own figure's, the first is now)."""
    own = s[clause_start:q.start]
    if "累计" not in own and "已" not in own:
        return False
    span_clause_end = clause_end(s, t.end, "zh")
    return any(o.unit == q.unit and t.end <= o.start < span_clause_end for o in later)


def _looks_ahead_after(s: str, clause_start: int, q: Quantity, end_of_clause: int, t: TimeRef, lang: str) -> bool:
    """Whether time ``t``, in a clause after the figure ``q``'s, is of what a later clause says lies
    ahead ("Output rose 5%, and will rise further next year"; 产量增长5%，明年将继续增长): it
    dates that view, not a figure told as done (the figure's own clause looks ahead or sets a goal:
    kept)."""
    # (the view's words stand before its time or after it: "will rise further next year", 明年将继续增长)
    view = s[end_of_clause: clause_end(s, t.end, lang)]
    if _AHEAD.search(view) is None:
        return False
    # (nor a goal's figure: "The plan targets average annual growth of 7 percent …, and aims for …
    # in 2026" is of the goal's horizon)
    own = s[clause_start: q.start]
    return _AHEAD.search(own) is None and _TARGET_CUE.search(own) is None


# The time at which something began, inside its sentence (该项目于2017年启动, 于2019年3月正式开工; "The
# programme was launched in 2017", "began operating in 2019"): it dates that act, not the figures
# of the sentences after it (a time opening its sentence, 2017年，…, still sets their period).
_ZH_START_AFTER = re.compile(r"(?:正式|开始|率先|首次|全面)?(?:启动|开工|动工|开建|成立|设立|创建|组建|创办|挂牌|推出|开通|上线"
                             r"|投产|投运|启用|落地|建成|签约|开园)")
_EN_START_BEFORE = re.compile(r"\b(?:launched|began|begun|started|established|founded|set up|kicked off|introduced|unveiled"
                              r"|inaugurated|opened|created|formed|(?:began|started) (?:operating|operations|production))\s+in\s+$")


# The time of an act of issuing, right before its verb (…等部门去年11月联合印发的《…》, 本批名单已于
# 去年11月在部门户网站进行公示, 2025年7月修订印发的《…》): it dates that act, not the figures of the
# sentences after it, which report on the act's results or on other times.
# (去年 of 去年11月联合印发 is read as a time of its own: its month may follow it)
_ZH_ISSUED_AFTER = re.compile(r"(?:\d{1,2}月份?(?:\d{1,2}日)?)?(?:联合|正式|先后|修订|共同|在[^，。；《》]{1,12}?(?:进行|予以)?)?"
                              r"(?:印发|发布|公布|出台|公示|颁布|下发|批复)(?!会)")


# …11月发布的数据显示, 2027年公布的统计公报显示: the month or year data were put out in, which dates
# the figures they show (the first sentence's own) and goes on dating those listed after them.
_ZH_DATA_RELEASED = re.compile(r"的?(?:最新|统计|监测|运行|经济)*(?:数据|统计|公报|快报)")


# What began at an English time written right after: "The program was launched in June 2024", "the
# scheme started in 2025" (the time, as find_times gives it, may hold its "in").
_EN_STARTED_WORDS = ("launched", "began", "started", "kicked off", "rolled out")
_EN_STARTED_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:first\s+|officially\s+)?(?:launched|started|kicked\s+off|rolled\s+out)\s+(?:in\s+)?$"
                                r"|\b(?:began|started)\s+(?:in\s+)?$")


def _tells_a_start(sentence: str, t: TimeRef) -> bool:
    """Whether the English year or month ``t`` is when something began (:data:`_EN_STARTED_BEFORE`),
    remembered as TimeState.last_start."""
    return has_any(sentence[max(0, t.start - 30): t.start], _EN_STARTED_WORDS) \
        and _EN_STARTED_BEFORE.search(sentence, max(0, t.start - 40), t.start) is not None


def _dates_a_start(sentence: str, t: TimeRef, lang: str) -> bool:
    """Whether the period ``t`` is when something began, not carried on (see :data:`_ZH_START_AFTER`),
    or when a document or list was issued (:data:`_ZH_ISSUED_AFTER`; a year or a month), not data
    (:data:`_ZH_DATA_RELEASED`)."""
    if lang == "zh":
        # (于/在 right before: the time inside its clause; a cheap index before any regex)
        if t.start > 0 and sentence[t.start - 1] in "于在" and _ZH_START_AFTER.match(sentence, t.end) is not None:
            return True
        issued = _ZH_ISSUED_AFTER.match(sentence, t.end) if len(t.value) in (4, 7) else None
        return issued is not None and _ZH_DATA_RELEASED.match(sentence, issued.end()) is None
    return sentence.endswith("in ", 0, t.start) and _EN_START_BEFORE.search(sentence, max(0, t.start - 40), t.start) is not None


# "rose 9.6% in October, compared with 3.1% in the previous month": the figure of the month before
# the month the sentence named earlier.
# (also with the change's noun between, and "in" left out: "after a 4.8% rise the previous month",
# "compared with a 3% drop in the prior month"; not "a 4.8% rise since the previous month", a change)
_EN_CHANGE_NOUN = r"(?:(?:rise|increase|gain|jump|drop|decline|fall|contraction|expansion|growth)\s+)?"
_EN_PREVIOUS_MONTH_AFTER = re.compile(r"\s*(?:percent\s+|per cent\s+)?" + _EN_CHANGE_NOUN
                                      + r"(?:(?:(?:in|for)\s+)?the\s+(?:previous|prior|preceding)\s+month"
                                      r"|a\s+month\s+(?:earlier|before))\b", re.I)


def _month_before(s: str, q: Quantity, times: list[TimeRef]) -> TimeRef | None:
    """The month before the last single month named before ``q``, when ``q`` is that month's
    figure ("… compared with 3.1% in the previous month")."""
    if not _EN_PREVIOUS_MONTH_AFTER.match(s, q.end):
        return None
    months = [t for t in times if t.end <= q.start and t.kind == "period" and len(t.value) == 7]
    if not months:
        return None
    year, month = int(months[-1].value[:4]), int(months[-1].value[5:7])
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return TimeRef(q.end, q.end, "period", f"{year}-{month:02d}", months[-1].explicit_year)


# "grew 6.1% in the second quarter, slowing from 6.8% in the previous quarter", "a margin of 21.5%,
# compared with 19.8% a quarter earlier": the figure of the quarter before the quarter reported.
# (not "in the last quarter": the latest quarter as often as the one before)
_EN_PREVIOUS_QUARTER_AFTER = re.compile(r"\s*(?:percent\s+|per cent\s+)?" + _EN_CHANGE_NOUN
                                        + r"(?:(?:(?:in|for)\s+)?the\s+(?:previous|prior|preceding)"
                                        r"\s+quarter|a\s+quarter\s+(?:earlier|before|ago))\b", re.I)
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")


def _quarter_before(s: str, q: Quantity, times: list[TimeRef], ctx: TimeState) -> TimeRef | None:
    """The quarter before the last quarter named before ``q`` (in its sentence, else in the sentence
    before in the same paragraph), when ``q`` is that earlier quarter's figure."""
    if not _EN_PREVIOUS_QUARTER_AFTER.match(s, q.end):
        return None
    quarters = [t for t in times if t.end <= q.start and t.kind == "period" and _QUARTER_VALUE.fullmatch(t.value)]
    if quarters:
        last = quarters[-1]
    elif ctx.last_period is not None and ctx.last_period.paragraph == ctx.paragraph \
            and _QUARTER_VALUE.fullmatch(ctx.last_period.ref.value):
        # ("revenue rose 18% in the July-September quarter. Its margin was 21.5%, compared with 19.8%
        # a quarter earlier": the quarter the paragraph reports)
        last = ctx.last_period.ref
    else:
        return None
    return TimeRef(q.end, q.end, "period", quarter_before(int(last.value[:4]), int(last.value[6])), last.explicit_year)


# The Chinese periods of a list of figures are a list themselves (5月、6月增加值增速分别为…, 2024年和2025年):
# nothing but a linking word between them; not 今年以来，…未发生事故，1—8月事故起数和死亡人数同比分别下降
# 37.5%和42.9%, where the first opens an aside and the second dates both figures.
_ZH_PERIODS_LINK = re.compile(r"(?:、|，|,|和|及|与|以及)?")


def _zh_listed_together(s: str, listed: list[TimeRef]) -> bool:
    """Whether the Chinese periods ``listed`` (in order) stand next to each other, a list."""
    return all(_ZH_PERIODS_LINK.fullmatch(s, a.end, b.start) is not None for a, b in zip(listed, listed[1:]))


def pick_time(s: str, q: Quantity, qi: int, quantities: list[Quantity], times: list[TimeRef],
              groups: dict[int, tuple[int, int]], ctx: TimeState, lang: str, clause_start: int,
              from_to: bool, opens_from_to: bool, flow: bool) -> tuple[TimeRef | None, str]:
    """The time expression governing ``q`` and where it came from: "sentence", "paragraph"
    (an earlier sentence of the same paragraph), "document", or "none".

    Same clause first (nearest before, else first after), then the same sentence, then what the
    document said earlier: the last period for flows, the last period or date for stocks."""
    _note_statement(s, ctx, lang)
    end_of_clause = clause_end(s, q.end, lang)
    next_start = quantities[qi + 1].start if qi + 1 < len(quantities) else len(s)
    # (One plain loop builds both lists: a comprehension costs a frame each, even over no times,
    # and a third of the figures stand in sentences that name none. The spans of years, before
    # and after are needed by few figures: built where they are.)
    in_clause_before: list[TimeRef] = []
    in_clause_after: list[TimeRef] = []
    for t in times:
        if clause_start <= t.start and t.end <= q.start:
            in_clause_before.append(t)
        if q.end <= t.start and t.end <= end_of_clause and t.start < next_start:
            in_clause_after.append(t)

    base = base_time(s, q.start, lang, ctx.published)
    if base is not None:
        # "比2022年底的180EFLOPS增长9.4%": the base figure is dated by its own time.
        return base, "sentence"
    if lang == "en" and not flow and "ome to" in s and _home_to_aside(s, q, times):
        return _now(ctx), "sentence"  # (see _EN_HOME_TO_ASIDE)
    if lang == "en" and not flow and times and _place_holds_now(s, q, times):
        return _now(ctx), "sentence"  # (see _EN_WITH_ASIDE, _EN_HAS_BEFORE)
    if lang == "en" and times and "month" in s[q.end: q.end + 40]:
        before = _month_before(s, q, times)
        if before is not None:
            return before, "sentence"
    # (the whole sentence first, at C speed: most hold no quarter, and the window's slice costs
    # more than the test)
    if lang == "en" and "quarter" in s and "quarter" in s[q.end: q.end + 40]:
        before = _quarter_before(s, q, times, ctx)
        if before is not None:
            return before, "sentence"
    if qi in groups:
        # "5月、6月增加值增速分别为12.2%和13.4%": as many periods as figures, in order.
        pos, size = groups[qi]
        first = quantities[qi - pos]
        list_start = quantities[qi - pos - 1].end if qi - pos > 0 else 0
        listed = [t for t in times if t.kind == "period" and list_start <= t.start and t.end <= first.start]
        if listed and lang == "en" and qi - pos > 0:
            # ("rose from 8.2 trillion yuan in 2020 to 14.1 trillion yuan in 2025, while in 2024 its
            # share rose from 41.2% to 48.6%": the time right after the figure before the list is
            # that figure's own, no period of the list)
            attached = _attached_after(s, quantities[qi - pos - 1], times, first.start, lang)
            if attached is not None and attached in listed:
                listed.remove(attached)
        if len(listed) == size and size > 1 and (lang != "zh" or _zh_listed_together(s, listed)):
            return listed[pos], "sentence"
    if ctx.plan_year is not None and not any(t.explicit_year for t in times):
        # (全年 there is the plan's year, not the year of writing)
        return ctx.plan_year, "plan"
    # (None in Chinese and without times: no call for those)
    own = _attached_after(s, q, times, next_start, lang) if times and lang == "en" else None
    if own is None and times and lang == "en" and q.unit == "percent" and not opens_from_to \
            and qi + 1 < len(quantities) and _EN_CHANGE_TO.fullmatch(s, q.end, next_start):
        # "rose 18.7% to $24.3 billion in the first four months of 2026": the change and the level
        # it brought are one statement, and the time written after the level is the change's too
        # (not a time of the clause before)
        after_next = quantities[qi + 2].start if qi + 2 < len(quantities) else len(s)
        own = _attached_after(s, quantities[qi + 1], times, after_next, lang)
    if own is not None:
        # English writes each figure's time right after it, in lists too ("12.2 percent in May
        # and 13.4 percent in June", "after falling 14 percent in the first quarter"): that time
        # outranks one written earlier in the clause, which belongs to the figure before.
        return own, "sentence"
    if lang == "en" and clause_start and not in_clause_before and " and " in s[clause_start: clause_start + 6]:
        # (before a from-to pair's reading: "from 652 billion yuan last year, and for OLED to make up
        # 40 per cent" is no pair, the "to" opens a further goal)
        goal = _goal_after_earlier_level(s, q, clause_start, times, end_of_clause)
        if goal is not None:
            return goal, "sentence"
    ranges = [t for t in times if t.kind == "period" and len(t.value) == 9 and "/" in t.value] \
        if times and (from_to or opens_from_to) else []
    if from_to:
        # "由11万亿元扩大到超过45万亿元" from 2012 to 2021: the end year belongs to the second figure.
        if ranges:
            end_year = ranges[-1].value.split("/")[1]
            return TimeRef(ranges[-1].start, ranges[-1].end, "period", end_year), "sentence"
        if in_clause_after:
            return in_clause_after[0], "sentence"
        # ("from 200 billion yuan in 2016 to 500 billion yuan": a time right after the first
        # figure is that figure's, not the second's.)
        own_before = _attached_after(s, quantities[qi - 1], times, q.start, lang)
        prev_end = quantities[qi - 1].end if qi > 0 else 0
        local = [t for t in times if prev_end <= t.start and t.end <= q.start and t is not own_before]
        if local:
            return local[-1], "sentence"
        # (a sentence with a time of its own is not the sentence before's second year: "…由2012年的
        # …增加到2021年的…。今年上半年，占比由27.1%提高到28.4%" is of the first half)
        if not times and len(ctx.previous_years) >= 2:
            return TimeRef(0, 0, "period", ctx.previous_years[-1]), "sentence"
        span = _span_before(ctx) if not times else None
        if span is not None:
            # "“十三五”期间，…；工业机器人产量从7.2万套增长到21.2万套": the span of the sentence
            # before (cut at the semicolon) ends in the second figure's year
            # (as if written here: the clause before the semicolon set the span for this one)
            return TimeRef(0, 0, "period", span.ref.value.split("/")[1]), "sentence"
        pair_time = _time_of_pair(s, quantities[qi - 1].start if qi > 0 else q.start, times, ctx)
        if pair_time is not None:
            # "截至6月底，…占比由去年同期的19.8%提高到22.2%": the level a change reached is of the
            # time the sentence (or the piece before its semicolon) dates it to, not of now
            return pair_time, "sentence"
        following = _period_after_base(own_before, ctx)
        if following is not None:
            # "Output rose 5% in 2025. The utilisation rate climbed from about 70% at the end of 2024
            # to 76%.": the change runs from its base to the end of the period reported, which opens
            # right after the base; the later level is of that period, as if written here (not of now)
            return following, "sentence"
        return _now(ctx), "sentence"
    if opens_from_to:
        prev_end = quantities[qi - 1].end if qi > 0 else 0
        local = [t for t in times if prev_end <= t.start and t.end <= q.start] or \
                [t for t in in_clause_after if t.end <= quantities[qi + 1].start]
        if local and local[-1] not in ranges:
            return local[-1], "sentence"
        if ranges:
            first_year = ranges[-1].value.split("/")[0]
            if _is_plan_span(s, ranges[-1]):
                # "“十三五”…产量从7.2万套提高到21.2万套": a plan's baseline is the year before it.
                first_year = str(int(first_year) - 1)
            return TimeRef(ranges[-1].start, ranges[-1].end, "period", first_year), "sentence"
        if not times and len(ctx.previous_years) >= 2:
            return TimeRef(0, 0, "period", ctx.previous_years[0]), "sentence"
        span = _span_before(ctx) if not times else None
        if span is not None:
            first_year = span.ref.value.split("/")[0]
            return TimeRef(0, 0, "period", str(int(first_year) - 1) if span.plan else first_year), "sentence"
    # (a sentence with no time of its own too: "By then, water use should fall 20 percent.")
    then = _by_then(s, q, end_of_clause, ctx) if lang == "en" and "y then" in s else None
    if then is not None:
        return then, "paragraph"
    horizon = _horizon_after(s, q, times, in_clause_before, next_start, end_of_clause, lang) if times else None
    if horizon is not None:
        return horizon, "sentence"
    if times:  # (else every list below is empty)
        # A stock does not take a date still ahead from another clause ("has 150 makers, and the
        # market is projected to reach … in 2026"): it is stated as of now.
        before, after = [], []
        if lang == "en":
            # (the time of a comparison's base dates no figure here: the base's own figure took it
            # above, as the time right after it)
            # (nor the start of a thing a relative clause describes, "the project launched in 2022,
            # which set up eight hubs": when the thing began, not when its figures stand)
            # (each test gated by the whole sentence first: most sentences hold neither a base's
            # words nor a start verb, and then no time is tested; a plain loop, not a comprehension)
            base_words, start_words = _en_sentence_gates(s)
            bases = []
            if base_words or start_words:
                for t in times:
                    if base_words and _comparisons_base_time(s, t) or start_words and en_start_of_a_thing(s, t):
                        bases.append(t)
            if bases:
                times = [t for t in times if t not in bases]
                in_clause_after = [t for t in in_clause_after if t not in bases]
        for t in times:
            if t.end <= q.start:
                before.append(t)
            if t.start >= q.end and (flow or t.kind != "period" or t in in_clause_after
                                     or not _ends_after(t, ctx.published)) \
                    and not (lang == "en" and _earlier_levels_time(s, t, q.end)) \
                    and not (lang == "zh" and t.start > end_of_clause and _zh_running_total(s, clause_start, q, t, quantities[qi + 1:])) \
                    and not (t.end > end_of_clause and _looks_ahead_after(s, clause_start, q, end_of_clause, t, lang)):
                after.append(t)
        if after and not _TARGET_CUE.search(s[:q.start]):  # (nothing to filter: no search)
            # "employs 2 million people and aims to reach 3 million by 2030": a horizon beyond the
            # next figure dates the goal, not a figure stated before the goal is.
            after = [t for t in after if t.kind != "target" or t in in_clause_after]
        if lang == "en" and in_clause_before and in_clause_after and _act_time_before_goal(s, in_clause_before[-1], q):
            return in_clause_after[0], "sentence"
        for pool, pick_last in ((in_clause_before, True), (in_clause_after, False), (before, True), (after, False)):
            if pool:
                ref = pool[-1] if pick_last else pool[0]
                if ref.kind == "same_period":
                    # ("aims to … by 2027, and to build 500 … in the same period": the horizon set
                    # earlier in the sentence)
                    horizons = [t for t in before if t.kind == "target"]
                    if horizons:
                        return horizons[-1], "sentence"
                    # "in the period": the period reported before, kept as if stated here.
                    # the period reported last, or else the lede's; not a year still running (a
                    # forecast for 2024 said in between is no period of reported figures)
                    options = [r for r in (ctx.last_period.ref if ctx.last_period else None, ctx.lede) if r is not None]
                    if s.endswith("quarter", ref.start, ref.end) or s.endswith("季度", ref.start, ref.end):
                        # "In March alone, exports rose 4.2%. Exports in the quarter were worth …":
                        # "the quarter" is the quarter reported, not a month named in between
                        clause = s[_clause_start(s, ref.start, lang): clause_end(s, ref.end, lang)]
                        quarter = _the_quarter(clause, [t for t in reversed(before) if t.kind == "period"] + options,
                                               ctx.published)
                        return (quarter, "sentence") if quarter else (None, "none")
                    carried = next((r for r in options if not _ends_after(r, ctx.published)), options[0] if options else None)
                    return (carried, "sentence") if carried else (None, "none")
                return ref, "sentence"
    target = ctx.last_target
    if target and target.paragraph == ctx.paragraph and (
            ctx.target_open or _TARGET_CONTINUES.search(s) or _TARGET_CONTINUES.search(s[q.end:q.end + 20])):
        return target.ref, "paragraph"
    if target and not times and "also" in s and _EN_ALSO_AIMS.search(s, 0, q.start):
        # "The plan … also aims to nurture 10 leading companies": more goals of the plan whose
        # horizon was named before, in an earlier paragraph too
        return target.ref, "paragraph"
    if not flow and not times and lang == "en" and "home to" in s and _EN_HOME_TO.search(s, 0, q.start):
        # "The country is home to more than 140 makers, roughly half of the global total": what a
        # place holds now, not at the end of a year named before
        return _now(ctx), "sentence"
    carried = ctx.last_period if flow and ctx.last_period else ctx.last_any
    if carried is None:
        return None, "none"
    if not times and lang == "zh" and s.startswith(_BREAKDOWN_OPENINGS) and _ZH_BREAKDOWN.match(s):
        # (a share of output broken down, 三省区合计占全国总量的35.4%, is of the period: flow words)
        return _broken_down(carried.ref, flow or names_flow(s[:q.start])), "sentence"
    if carried.paragraph == ctx.paragraph:
        # ("2024年，产量1288.8万辆；动力电池产量占全球比重超过70%": the year of the piece before
        # the semicolon is this piece's, as if written in it)
        # (not a span of years, 十年来…；…占比为27.9%: the span dates the changes over it, while a
        # share or a stock in the piece after is stated as of now)
        # nor a piece that says it speaks of now: 占比已经超过20%)
        span_of_years = "/" in carried.ref.value and len(carried.ref.value) == 9
        same_sentence = ctx.continued and not span_of_years and not _NOW_WORDS.search(s, clause_start, q.start)
        return carried.ref, ("sentence" if same_sentence else "paragraph")
    return carried.ref, "document"


# "The Beijing municipal government last week issued measures that set a target of 45 EFLOPS … by the
# end of 2027", "last month unveiled a plan aiming for …": the time before the act's verb dates the
# act, and the goal the act sets takes the time written after it (not "last month's output rose 5% by
# the end of…": no act between).
_EN_ACT_AFTER_TIME = re.compile(r"\s*,?\s*(?:jointly\s+|also\s+|officially\s+)?(?:issued|released|unveiled|published|rolled\s+out"
                                r"|approved|announced|launched|introduced|adopted)\b", re.I)


def _act_time_before_goal(s: str, t: TimeRef, q: Quantity) -> bool:
    """Whether ``t``, right before an act's verb (:data:`_EN_ACT_AFTER_TIME`), dates the act that
    sets the goal ``q`` is (a target cue between the verb and the figure)."""
    return _EN_ACT_AFTER_TIME.match(s, t.end) is not None and _TARGET_CUE.search(s[t.end: q.start]) is not None


# 分区域看，…分别为137个、86个和59个; 分省份看, 从地区看, 分行业看: the figures just reported broken
# down, of their time whatever paragraph they stand in (not 分季度看, 分月看: times of their own).
# (从行业分布看, 从地区结构看: the same with the breakdown's noun after the dimension)
_ZH_BREAKDOWN = re.compile(r"(?:分|从)(?:区域|地区|省份|省区市|省市|城市|行业|领域|产品|品种|门类|类型|规模|企业类型|经济类型"
                           r"|所有制|细分领域|细分行业)(?:分布|结构|构成)?(?:来)?看[，,：:]")
_BREAKDOWN_OPENINGS = ("分", "从")


def _broken_down(ref: TimeRef, flow: bool) -> TimeRef:
    """The time of a breakdown's figure (see _ZH_BREAKDOWN): a flow's the period reported, a stock's
    or a share's the end of it (分区域看 after 截至10月底 and 1—10月: as of October)."""
    if flow or ref.kind != "period":
        return ref
    return TimeRef(ref.start, ref.end, "as_of", ref.end_point, ref.explicit_year)


# What says a quarter is still running: "so far in the quarter", 本季度以来, "exports in the quarter
# have risen": the quarter to date, no quarter that has ended.
_ONGOING = Guarded(re.compile(r"\b(?:so far|to date|thus far|(?:has|have) (?:already |now )?(?:been|\w+(?:ed|en|wn)))\b"
                              r"|以来|至今|迄今", re.I),
                   ("so far", "to date", "thus far", "has ", "have ", "以来", "至今", "迄今"))


def _the_quarter(clause: str, options: list[TimeRef], published: date | None) -> TimeRef | None:
    """The quarter "in the quarter" / 本季度 names: the quarter reported before (named earlier in
    the sentence, else carried), or the quarter the period reported last ends in, once it has
    ended ("In March, …. Exports in the quarter …" is Q1); with no such period, the last quarter
    that had ended when the text was published (a quarterly report in April is about Q1). Not
    when the quarter's ``clause`` says it is still running ("so far in the quarter", "have
    risen in the quarter"): that is the running quarter to date, stated as of now (None)."""
    done = [r for r in options if not _ends_after(r, published)]
    for r in done:
        if "-Q" in r.value:
            return r
    if published is None:
        return done[0] if done else None
    if _ONGOING.search(clause):
        return None
    # (quarters as numbers: year * 4 + quarter - 1)
    last_ended = published.year * 4 + (published.month - 1) // 3 - 1
    if done:
        end = done[0].end_point
        if len(end) >= 7:
            within = int(end[:4]) * 4 + (int(end[5:7]) - 1) // 3
            if within <= last_ended:
                last_ended = within
    year, q = divmod(last_ended, 4)
    return TimeRef(0, 0, "period", f"{year}-Q{q + 1}", False)


def reached_on_day(s: str, q: Quantity, clause_start: int, ref: TimeRef | None, origin: str, ctx: TimeState,
                   lang: str) -> TimeRef | None:
    """The day a level was reached, when the sentence names it: "11月14日，我国新能源汽车年产量首次
    突破1000万辆", "China's annual NEV output surpassed 10 million units for the first time on Nov
    14". Such a figure is the level at that day (a running year's total so far, for a flow), not
    the figure of the whole year the text otherwise dates it to, nor a stock of the publication
    month (:func:`resolve_time`).

    Only for a figure whose own clause says it was reached (突破, 达到, "surpassed", "hit", …) and
    not that it is still ahead; the day stands in the figure's clause or opens the sentence ("On
    Nov. 14 last year, …"), and is not the day the figures were reported ("the association said
    on Monday"). Its sentence dates the figure at most to the day's year (none, 目前, 今年, 2024年):
    a month, quarter or span of its own outranks the day, and so does 全年 / "the full year" (the
    whole year's total, stated in its last days). A time carried over from earlier sentences gives
    way to the day when it lies in the day's year."""
    if ref is not None and not ref.now and origin == "sentence" and not (
            ref.kind == "period" and len(ref.value) == 4 and ref.explicit_year):
        return None
    lead = s[clause_start: q.start]
    if _REACHED.search(lead) is None or _AHEAD.search(s[: q.start]) is not None:
        return None
    day = _day_of(s, q, clause_start, ctx, lang)
    if day is None:
        return None
    if ref is not None and not ref.now and ref.value.split("/")[-1][:4] != day.value[:4]:
        return None  # "On Jan 13, CAAM said output topped 12 million last year"
    if ctx.published is not None and day.value > ctx.published.isoformat():
        return None
    return TimeRef(day.start, day.end, "as_of", day.value)


def admitted_on_day(s: str, q: Quantity, ref: TimeRef | None, origin: str, ctx: TimeState) -> TimeRef | None:
    """The month of the day a list was published, for the count of its entrants (Chinese), when
    the figure's sentence names no time of its own: "工业和信息化部2027年1月20日公布首批…名单，…18个
    城市和56家企业入选", "4月23日召开的国务院常务会议核准了5个核电项目". The entrants are added that
    month, not at a time carried from elsewhere nor as of the month of publication. A time of the
    sentence outranks the day: the list's edition year (3月24日公布2022年度…名单 → 2022, and the same
    year, 11月19日公布2024年度…名单 → 2024, as the conventions label it) or a month or span. Only
    when a list (or an approval, a public notice) is told between the day and the figure, and
    nothing puts the entrants later (届时, 年底前: a notice calling for applications)."""
    if ref is not None and origin == "sentence" or "日" not in s[:q.start]:
        return None
    anchor = ctx.statement or ctx.published
    days = [d for d in find_dates(s[:q.start], anchor, "zh") if d.kind == "day" and d.value]
    if not days:
        return None
    # (no test against the publication date: with PUBLISHED unknown it is read from the text's
    # first period, which may come before the day the list was published)
    day = days[-1]
    if not _ZH_LIST_ACT.search(s, day.end, q.start) or _ZH_LATER.search(s, day.end, q.start):
        # (the day of a list's publication or an approval, not of a notice that calls for
        # applications: "3月5日发布通知，…届时预计有50家企业入选")
        return None
    return TimeRef(day.start, day.end, "period", day.value[:7])


# What publishes a list or approves its entrants on the day (see admitted_on_day), and what puts the
# entrants later than that day.
# (公示: a public notice of the entrants, or of plans, 25日…公示了3家企业的产能置换方案，拟…新建电炉产能486万吨;
# planned quantities of that day keep its month)
_ZH_LIST_ACT = re.compile(r"名单|名录|公示|核准|批复|批准|认定|命名|遴选")
_ZH_LATER = re.compile(r"届时|到时|后续|年底前|年内|将于|将在")


def _day_of(s: str, q: Quantity, clause_start: int, ctx: TimeState, lang: str) -> DateMention | None:
    """The day named for figure ``q``: the last one before it in its clause or opening the
    sentence, else the first after it in its clause."""
    if lang == "zh" and "日" not in s and "天" not in s:
        # (every Chinese day find_dates reads holds 日 or 天: …日, 今天/今日, 昨天/昨日, 当天/当日, 同日,
        # 同一天; most sentences with a figure name none, and the scan costs ~100,000 instructions)
        return None
    anchor = ctx.statement or ctx.published
    if ctx.days is None or ctx.days[0] != (s, anchor):
        ctx.days = ((s, anchor), [d for d in find_dates(s, anchor, lang) if d.kind in ("day", "same_day") and d.value])
    days = ctx.days[1]
    if not days:
        return None
    end = clause_end(s, q.end, lang)
    before = [d for d in days if d.end <= q.start and (d.start >= clause_start or _opens_sentence(s, d, lang))]
    after = [d for d in days if d.start >= q.end and d.end <= end]
    for day in ([before[-1]] if before else []) + after[:1]:
        if not _reported_on(s, day, lang):
            return day
    return None


def _opens_sentence(s: str, day: DateMention, lang: str) -> bool:
    """Whether ``day`` makes up the sentence's opening clause ("11月14日，", "今年11月14日，",
    "On Nov. 14 last year,"): it dates what the sentence goes on to say."""
    return day.start <= 3 and not s[day.end: clause_end(s, day.end, lang)].strip()


def _reported_on(s: str, day: DateMention, lang: str) -> bool:
    if lang == "zh":
        return _ZH_REPORTED_ON.match(s, day.end, day.end + 4) is not None
    return _EN_REPORTED_ON.search(s[max(0, day.start - 30): day.start]) is not None


def _year_to_date(day: str) -> str:
    """The months of a year up to the one of ``day``: "2024-11-14" -> "2024-01/2024-11"
    (spelt as month spans are: a quarter as YYYY-Qn, a January as YYYY-01)."""
    year, month = int(day[:4]), int(day[5:7])
    return day[:7] if month == 1 else month_span(year, 1, month)


def _attached_after(s: str, q: Quantity, times: list[TimeRef], next_start: int, lang: str) -> TimeRef | None:
    """In English, the time written right after figure ``q`` (before the next figure), with only
    a year-on-year note or a preposition between them: the figure's own time."""
    if lang != "en":
        return None
    end = q.end
    if q.counted:
        # (a count's noun comes first: "add 600,000 5G base stations in 2023")
        noun = s.find(q.counted, q.end, q.end + len(q.counted) + 2)
        if noun >= 0 and not s[q.end:noun].strip():
            end = noun + len(q.counted)
    for t in times:
        if t.start >= q.end:
            if t.end > next_start or t.kind == "same_period":
                return None  # ("in the same period" still needs the period reported before)
            gap = _EN_ATTACHED_GAP.match(s, end, t.start)
            return t if gap is not None and gap.end() == t.start else None
    return None


# "should reach at least 90% by then": the horizon named before (in its clause, after the figure).
_EN_BY_THEN_AFTER = re.compile(r"[^,;]{0,40}?\bby\s+then\b", re.I)
# "The guideline sets 2030 as the deadline. By then, water use should fall 20 percent from 2025
# levels": "by then" opening the sentence or a clause before the figure is the same horizon. (Not
# "by then-minister": a hyphen goes on the word.)
_EN_BY_THEN_BEFORE = re.compile(r"(?:^\s*|[;:]\s*|,\s*(?:and\s+)?)by\s+then(?![-\w])[^;.]{0,150}$", re.I)


# What a place holds, told beside what it did in a time named after: "Taizhou, a city in Zhejiang
# with more than 300 makers, produced … in 2031" (a verbless aside, as ", home to …,"), "Taizhou has
# more than 300 makers and produced … last year" (a present "has", the time in the past predicate
# joined by "and"): the holding is the place's now, not that time's (heldout18 H239's variants).
_HOLD_BOUNDS = r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|at\s+least)\s+)?"
_EN_WITH_ASIDE = re.compile(r",\s+(?:a|an|the)\s+[^,;.()]{0,60}?\bwith\s+" + _HOLD_BOUNDS + r"$", re.I)
_EN_HAS_BEFORE = re.compile(r"\b(?:has|have|hosts|boasts)\s+" + _HOLD_BOUNDS + r"$")
# (the past predicate after the holding: "and produced", "and made", "and exported"; "and sold")
_EN_AND_PAST_AFTER = re.compile(r"[^,;.]{0,60}?\s+and\s+(?:also\s+)?(?:[a-z]+ed|made|sold|built|won)\b")


def _place_holds_now(s: str, q: Quantity, times: list[TimeRef]) -> bool:
    """Whether figure ``q`` is what a place holds now beside a dated act (:data:`_EN_WITH_ASIDE`,
    :data:`_EN_HAS_BEFORE`); a time of the holding's own ("with 300 makers at the end of 2030,")
    keeps it."""
    lead = s[max(0, q.start - 22): q.start]
    if "with " in lead:  # (cheap tests first: most figures follow neither word)
        if _EN_WITH_ASIDE.search(s, max(0, q.start - 100), q.start) is None:
            return False
        close = s.find(",", q.end)
    elif "has " in lead or "have " in lead or "hosts " in lead or "boasts " in lead:
        if _EN_HAS_BEFORE.search(s, max(0, q.start - 22), q.start) is None:
            return False
        then = _EN_AND_PAST_AFTER.match(s, q.end)
        if then is None:
            return False
        close = then.start() + then.group().rfind(" and ")
    else:
        return False
    if close < 0:
        return False
    return not any(q.end <= t.start < close for t in times)


def _home_to_aside(s: str, q: Quantity, times: list[TimeRef]) -> bool:
    """Whether figure ``q`` stands in a place's ", home to …," aside (:data:`_EN_HOME_TO_ASIDE`) that
    names no time of its own: "home to 120 makers at the end of 2030," keeps its date."""
    aside = _EN_HOME_TO_ASIDE.search(s, max(0, q.start - 120), q.start)
    if aside is None:
        return False
    close = s.find(",", q.end)
    close = len(s) if close < 0 else close
    return not any(aside.start() <= t.start < close for t in times)


def _by_then(s: str, q: Quantity, end_of_clause: int, ctx: TimeState) -> TimeRef | None:
    """The horizon an English "by then" after the figure, or opening its clause before it
    (:data:`_EN_BY_THEN_BEFORE`), refers to: the last goal horizon or time
    still ahead named in the paragraph (TimeState.last_horizon), though the sentence names a time
    of its own ("should reach at least 90% by then, from 78.5% at present": the earlier level's;
    heldout12 H163). None without "by then" or such a horizon. (Chinese 届时 in a sentence with no
    time is _TARGET_CONTINUES's.)"""
    horizon = ctx.last_horizon
    if horizon is None or horizon.paragraph != ctx.paragraph:
        return None
    if _EN_BY_THEN_AFTER.match(s, q.end, end_of_clause) or _EN_BY_THEN_BEFORE.search(s, 0, q.start):
        return horizon.ref
    return None


# The earlier level of the goal before, with its time: ", up from 652 billion yuan last year", ", up
# from about 38% now", ", compared with 42% now" (the text up to that time).
# (a bare "from" too: "to cut the lines to about 230 by 2035, from 268 now")
_EN_EARLIER_LEVEL_THEN = re.compile(r",\s*(?:(?:(?:up|down|rising|falling)\s+)?from|compared\s+with|versus)\s+[^,;]{1,50}?\s*$")
# A clause joined with "and" that sets a further goal: ", and for OLED to make up", ", and energy
# consumption … should fall by", ", and calls for", ", and to raise the export share to".
# (an infinitive's "to" right after "and" or after "for X", not a past verb's: "and exports grew to
# 600,000 units" reports a figure)
_EN_FURTHER_GOAL = re.compile(r"[,;]?\s*and\s+(?:(?:for\s+[^,;]{1,60}?\s)?to|[^,;]{1,80}?\s(?:should|must|is\s+to|are\s+to|will)"
                              r"|calls?\s+for|aims?\s+(?:to|for)|targets?|seeks?\s+to"
                              # (a second bare verb of the goal's infinitive, "want to cut … by 2035, from
                              # 268 now, and cap capacity at 175,000 tons": base forms only, no past)
                              r"|(?:cap|cut|limit|keep|hold|raise|lift|boost|reduce|lower|bring|increase|expand|double)\s"
                              r"(?:[^,;]{1,60}?\s)?(?:at|to|by|below|under|within)\b)\s", re.I)


def _goal_after_earlier_level(s: str, q: Quantity, clause_start: int, times: list[TimeRef],
                              end_of_clause: int) -> TimeRef | None:
    """The horizon of the goal before a further goal ``q`` joined with "and", when only the earlier
    level of that goal stands between ("revenue to exceed 800 billion yuan by 2028, up from 652
    billion yuan last year, and for OLED to make up 40 per cent": heldout10 H143, heldout12 H159):
    the level's "last year" or "now" dates no goal. None otherwise (a clause with a time of its
    own, other than the base of a change, keeps it)."""
    last = None
    for t in times:
        if t.end <= clause_start:
            last = t
        elif t.start < end_of_clause and not _EN_BASE_BEFORE.search(s, max(0, t.start - 12), t.start):
            return None  # (a time of the clause's own)
    if last is None or last.kind == "target" or not _EN_FURTHER_GOAL.match(s, clause_start, q.start):
        return None
    opening = s.rfind(",", 0, last.start)
    if opening < 0 or not _EN_EARLIER_LEVEL_THEN.match(s, opening, last.start):
        return None
    targets = [t for t in times if t.kind == "target" and t.end <= opening]
    return targets[-1] if targets else None


def _horizon_after(s: str, q: Quantity, times: list[TimeRef], in_clause_before: list[TimeRef],
                   next_start: int, end_of_clause: int, lang: str) -> TimeRef | None:
    """The goal year written after the figure that dates it: "70 percent by 2027 and 90 percent
    by 2030" (English puts the horizon after each figure), and "aims to cultivate 1 million SMEs
    and 20,000 'little giants' by 2027" (one horizon closing a list of goals)."""
    # (the first time after the figure in its clause: a loop that stops there; in English not the
    # base a cut or a rise is measured from, "by 20 percent from 2025 levels … by 2030")
    for horizon in times:
        if q.end <= horizon.start and horizon.end <= end_of_clause \
                and not (lang == "en" and horizon.kind != "target" and _EN_BASE_BEFORE.search(s, max(q.end, horizon.start - 12), horizon.start)):
            break
    else:
        return None
    if horizon.kind != "target":
        return None
    if lang == "en" and (horizon.start < next_start or _BRACKET_THEN_BY.match(s, q.end, horizon.start + 3)):
        # (… 500 billion yuan ($70.3 billion) by 2030: the bracketed conversion is the same figure)
        return horizon
    if not in_clause_before and (_TARGET_CUE.search(s[:q.start])
                                 or lang == "en" and "s" in s[horizon.end:horizon.end + 40]
                                 and _EN_DOCUMENT_SAYS.match(s, horizon.end)):
        # ("The country will also cut water use by 20 percent … and cultivate 20 clusters by 2030, the
        # guideline says": goals a document is said to set, one horizon closing them)
        return horizon
    return None


# The base of a change written right before its time: "from 2025 levels", "from the 2025 level", "over 2025".
_EN_BASE_BEFORE = re.compile(r"\b(?:from|over|compared\s+with|against)\s+(?:the\s+)?$")
# A document said to set what the clause before tells, right after its horizon: ", the guideline says".
_EN_DOCUMENT_SAYS = re.compile(r",\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:plan|guidelines?|guidance|roadmap|blueprint"
                               r"|document|notice|circular|opinions|strategy|programme|program)\s+(?:says|said|states|stated)\b")


# What joins a change to the level it brought: "rose 18.7% to $24.3 billion", "fell 3 percent year
# on year to about 1.2 million".
_EN_CHANGE_TO = re.compile(r"\s*(?:percent\s+|per cent\s+)?(?:(?:year[- ]on[- ]year|yoy|y-o-y|from a year (?:earlier|ago))\s*,?\s*)?"
                           r"to\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|a record|a record high of)\s+)?",
                           re.I)


def level_after_change(s: str, previous_q: Quantity | None, q: Quantity, lang: str) -> bool:
    """Whether English level ``q`` is the level a change right before it brought ("the market …
    grew 21.5 percent to 32.4 billion yuan"): the change's time is then the level's too."""
    return (lang == "en" and previous_q is not None and previous_q.unit == "percent" and previous_q.end <= q.start
            and " to" in s[previous_q.end: q.start] and _EN_CHANGE_TO.fullmatch(s, previous_q.end, q.start) is not None)


# (… 1 trillion yuan (about 140.6 billion U.S. dollars) in scale by 2030: what the figure measures,
# "in scale", "in sales", "in annual revenue", may stand between the conversion and the horizon)
_BRACKET_THEN_BY = re.compile(r"\s*\([^()]{0,60}\)\s*(?:,\s*)?(?:in (?:[a-z-]+ ){0,2}?[a-z-]+\s+)?by\b", re.I)


def _ends_after(ref: TimeRef, published: date | None) -> bool:
    """Whether the span ``ref`` names ends after the publication month (a period still ahead)."""
    if published is None or not ref.value:
        return False
    return ref.end_point[:7] > f"{published.year:04d}-{published.month:02d}"


def _recent(ref: TimeRef, published: date | None) -> bool:
    """Whether ``ref`` ends within the month before publication: the period a data release or
    review reports (1—9月 published in October). Figures carried over from such a period still
    belong to it; from an older one (June, in a September text), they are statements about now."""
    if published is None or not ref.value:
        return False
    end = ref.end_point
    year, month = int(end[:4]), (int(end[5:7]) if len(end) >= 7 else 12)
    months_before = (published.year - year) * 12 + published.month - month
    return 0 <= months_before <= 1


# Words of a flow that _FLOW_WORDS leaves out, in the participle a share of it is told with ("71% of
# the units shipped", "of the vehicles exported", "of the goods delivered").
_FLOW_PARTICIPLES = Guarded(re.compile(r"\b(?:shipped|exported|imported|delivered|deliveries)\b", re.I),
                            ("shipped", "exported", "imported", "delivered", "deliveries"))


# The total a Chinese share is of, after 占: 投诉总量, 全部案件总数 (what is counted, then its total).
_ZH_TOTAL_OF = re.compile(r"(?:全国|全省|全市|全部|所有)?(?P<noun>[^\d，。；：、]{2,8}?)(?:总量|总数|总额|总和|总计)")


def _zh_whole_of_flow(s: str, q: Quantity, counted) -> bool:
    """Whether Chinese share ``q``'s own whole, after 占, is of a flow: it names one (占出口总额的22%),
    or it is the total of what a flow figure of the carried span counted (占投诉总量的21.5% after
    共受理用户投诉15.6万件; ``counted()`` gives those figures' quotes, asked only here). Only the
    whole: a flow word elsewhere in the sentence may name who makes it in a statement of how things
    stand (占世界比重超过50%，是全球最大的…出口国, heldout3 H40)."""
    if "占" not in s[max(0, q.start - 40): q.start]:
        return False
    of = _ZH_SHARE_OF.search(s, max(0, q.start - 40), q.start)
    if of is None:
        return False
    whole = of.group("whole")
    if names_flow(whole):
        return True
    total = _ZH_TOTAL_OF.fullmatch(whole)
    return total is not None and any(total.group("noun") in quote for quote in counted())


def _months_span(value: str) -> bool:
    """Whether a period value is a span of months ("2033-01/2033-11") or a quarter ("2033-Q3")."""
    return "/" in value and len(value) > 9 or "-Q" in value


def span_closed_by_month(ref: TimeRef | None, ctx: TimeState) -> TimeRef | None:
    """The span of months last told (TimeState.last_span) when ``ref``, the time carried last, is its
    last month alone, named later in the same paragraph ("… exports fell 4.2% in the first 11 months
    … November shipments were worth …"): the span a next paragraph's shares are parts of
    (:func:`shares_reported_span`); None otherwise (most figures: one comparison of a length)."""
    span, carried = ctx.last_span, ctx.last_any
    if ref is None or len(ref.value) != 7 or span is None or carried is None or carried.ref is not ref \
            or span.paragraph != carried.paragraph or span.ref is ref:
        return None
    return span.ref if span.ref.end_point == ref.value else None


def shares_reported_span(s: str, q: Quantity, ref: TimeRef | None, origin: str, ctx: TimeState, lang: str,
                         counted=tuple) -> bool:
    """Whether a share with no time of its own, in the paragraph right after the one that reported a
    flow over a span of months or a quarter of one year ("Exports … rose 17.3% in the first 10 months
    of the year." then "North America and Southeast Asia took 15% and 13% of shipments"), is a part
    of that flow over that span, though the span ended over a month before publication (a
    Bloomberg story in December on January–October: :func:`_recent` would date it now; heldout17
    H221). It must name a flow itself, or follow a share of its paragraph that did ("Europe's share
    slipped to 38%"); the span must have ended within three months of publication (not a period
    long past), and come from the paragraph just before (not a story's first paragraph, three
    paragraphs on), and the share not be told as of now or as an intensity (:func:`_stated_as_now`:
    "Companies spend 3 to 5 percent of their revenue on R&D"). Marks the paragraph for the bare
    shares after it. In Chinese, the share's own whole must be of the flow (:func:`_zh_whole_of_flow`;
    ``counted``: the quotes of the flows of the span, heldout10 H138)."""
    carried = ctx.last_any
    if carried is not None and ctx.last_span is not None and ctx.last_span.ref is ref:
        carried = ctx.last_span  # (the span behind a last month named alone: span_closed_by_month)
    if (origin != "document" or ref is None or ref.kind != "period" or carried is None or carried.ref is not ref
            or ctx.published is None or not _months_span(ref.value)):
        return False
    if carried.paragraph != ctx.previous_paragraph and ctx.span_share_paragraph != ctx.paragraph:
        return False
    end = ref.end_point
    if ref.value[:4] != end[:4]:
        return False  # (a span of years: the share is stated now, see resolve_time)
    months_before = (ctx.published.year - int(end[:4])) * 12 + ctx.published.month - int(end[5:7])
    if not 0 <= months_before <= 3:
        return False
    if ctx.span_share_paragraph != ctx.paragraph and not (
            _zh_whole_of_flow(s, q, counted) if lang == "zh" else (names_flow(s) or _FLOW_PARTICIPLES.search(s))):
        return False
    if _stated_as_now(s, q, lang):
        return False
    ctx.span_share_paragraph = ctx.paragraph
    return True


# A change on the quarter before, right after a figure: 较上季度提高0.6个百分点, "up 0.6 points from
# the previous quarter" (上年, a year's change, says nothing of the span).
_ON_LAST_QUARTER = Guarded(re.compile(r"(?:较|比)上(?:一)?季度|\b(?:from|than|over|on) (?:the )?(?:previous|prior|preceding|last) quarter\b", re.I),
                           ("较上季度", "比上季度", "较上一季度", "比上一季度", "previous quarter", "prior quarter",
                            "preceding quarter", "last quarter"))


def compared_on_last_period(s: str, q: Quantity, ref: TimeRef | None, origin: str, ctx: TimeState, lang: str) -> bool:
    """Whether a share or rate carried from a quarter of an earlier paragraph is compared, right
    after it, with the quarter before (用户申诉处理满意率为95.4%，较上季度提高0.6个百分点 after
    第三季度…, heldout10 H138): a reading of that quarter, though it ended over a month before
    publication, not of now. The quarter must have ended within three months of publication; a
    change on the year before (较上年) does not count."""
    if origin != "document" or ref is None or ref.kind != "period" or ctx.published is None or "-Q" not in ref.value:
        return False
    # (the figure's clause and the one after it: Chinese states the change after a comma)
    end_of_change = clause_end(s, min(len(s), clause_end(s, q.end, lang) + 1), lang)
    if not _ON_LAST_QUARTER.search(s[q.end: end_of_change]):
        return False
    end = ref.end_point
    months_before = (ctx.published.year - int(end[:4])) * 12 + ctx.published.month - int(end[5:7])
    return 0 <= months_before <= 3


def _now(ctx: TimeState) -> TimeRef | None:
    """"目前", "at present" and undated stocks: the month the figures were stated in."""
    value = _now_value(ctx)
    return None if value is None else TimeRef(0, 0, "as_of", value)


def _now_value(ctx: TimeState) -> str | None:
    """The value of :func:`_now`, without building the TimeRef (a frozen dataclass costs a call
    per field to build; :func:`resolve_time` wants the value only, once per figure)."""
    when = ctx.statement or ctx.published
    return None if when is None else f"{when.year}-{when.month:02d}"


# A price named before an appositive that the figure's clause follows ("Prices of DMC, the most widely
# traded silicone intermediate, have fallen 40% since …"): the aside cuts the price out of the clause,
# whose lead is its verb alone (an auxiliary or a verb of change, nothing naming another subject).
_EN_PRICE_BEFORE_ASIDE = re.compile(r"\bprices?\b[^,;]{0,40},\s+(?:the|a|an|one\s+of)\s[^,;]{1,80},\s*$", re.I)
_EN_VERB_LEAD = re.compile(r"\s*(?:(?:have|has|had|are|is|were|was)\b|(?:rose|fell|\w+ed)\b)", re.I)


def _en_price_before_aside(before: str, clause_lead: str) -> bool:
    """Whether the English clause ``clause_lead`` (its verb first) follows a price and its
    appositive, ``before`` being the sentence up to the clause (see _EN_PRICE_BEFORE_ASIDE)."""
    return "rice" in before and _EN_VERB_LEAD.match(clause_lead) is not None \
        and _EN_PRICE_BEFORE_ASIDE.search(before, max(0, len(before) - 180)) is not None


def price_change(measure: str, clause_lead: str, before: str = "") -> bool:
    """Whether a figure is the change of a price since a point ("Prices have risen 40% since the
    start of the year", 均价较去年6月底的低点累计上涨超过50%: ``clause_lead`` is its clause up to
    it). A price is a level at a time, and its change since a point is stated as of the span's
    end, the statement's month, as the price is (heldout11 H149, H150): no flow. A year-on-year
    change of a price stays the flow of its period ("the average export price slid 15%" over
    1—5月), and so do the changes of volumes. ``before``: the English sentence up to the clause,
    for a price named before an appositive (_EN_PRICE_BEFORE_ASIDE)."""
    return measure == "growth" and (bool(_PRICE.search(clause_lead)) or bool(before) and _en_price_before_aside(before, clause_lead))


def is_flow(measure: str, unit: str, text: str) -> bool:
    """Flows (growth, output, revenue, sales) get a period; stocks (base stations, enterprises,
    industry scale, shares of a stock) an as-of date. ``text`` is the indicator's wording."""
    if measure in ("yoy_growth", "growth", "cagr", "additions", "net_increase", "pp_change"):
        return True
    if unit in ("tonne",):
        # (tonnes of capacity are a stock: "5.9亿吨粗钢产能", "18.6 million tons of new capacity")
        return not _CAPACITY.search(text)
    if measure == "share":
        # 电动汽车出口占比, "NEV sales made up 40 percent": a share of a flow is that flow's over
        # its period (占全国基站总数的比重 stays a stock's share)
        return names_flow(text) and not _NOT_FLOW_SHARE.search(text)
    if measure in ("rate", "density"):
        return False
    if unit == "Wh" and not _STORED_ENERGY.search(text):
        # electricity used or generated, batteries made (用电量…亿千瓦时, 发电量, "940 GWh of lithium
        # batteries"): energy over a span, a flow; not what stands installed or stored (储能装机, a stock)
        return True
    if unit in ("CNY", "USD"):
        # (a stock word is rare: the flow test below is made for few figures)
        return not _STOCK_WORDS.search(text) or _valued_flow(text)
    if unit == "count" and "完成" in text and "累计" not in text and _COMPLETED_WORK.search(text):
        return True
    return _FLOW_WORDS_OR_VERBS.search(text) is not None  # (_FLOW_WORDS or _FLOW_VERBS_EN)


# Work completed over a span (今年1—5月，全国完成老旧电梯更新改造4.3万台, heldout16 H214): the units done
# in it, a flow. Not a running total (累计完成…, 已完成…, 已有…完成: what stands done), nor a rate (完成率).
_COMPLETED_WORK = re.compile(r"(?<!已)(?<!已经)完成(?!率)[^，。；、]{0,12}?(?:改造|更新|搬迁|安装|治理|整治|拆除)")


# "worth" and 规模 after a flow's own noun (出口规模, 营业收入规模) say what a figure is valued at,
# not that it is a stock: "exports in the quarter were worth $28.3 billion" is the quarter's flow.
# So do "the size/scale of" before one, and a market after a preposition, where a flow is made
# ("sales in the domestic market", "exports to the EU market"; "the market for robots" is one).
_VALUED = re.compile(r"\bworth\b|(?:出口|进口|销售|收入|营收|利润|投资|产值|交易|成交)(?:总?额|总值)?规模"
                     r"|\b(?:size|scale) of (?=(?:[\w'’-]+ ){0,2}(?:export|import|sales|revenue|investment|output|profit))"
                     r"|\b(?:in|to|from|into|across) (?:the |its |their )?(?:[\w-]+ ){0,3}markets?\b", re.I)


def _valued_flow(text: str) -> bool:
    """Whether a money figure worded with a stock word is a flow all the same: a flow's noun
    ("exports", 营业收入) valued by "worth", 规模 or "the size of", or made in a market, with no
    other stock word ("a market worth", "the market for robots", "the industry was worth",
    产业规模 and 保有量 stay stocks)."""
    return bool(_FLOW_WORDS.search(text)) and not _STOCK_WORDS.search(_VALUED.sub(" ", text))


# (production lines too: "four OLED production lines", 生产线, whose "production" is no flow)
_ESTABLISHMENTS = re.compile(r"(?:企业|工厂|厂商|厂家|基地|园区|平台|集群|生产线|产线)\s*$"
                             r"|\b(?:companies|enterprises|firms|makers|manufacturers|producers|factories|plants|exporters|lines)\s*$",
                             re.I)


_ZH_ESTABLISHMENT_WORDS = ("企业", "工厂", "厂商", "厂家", "基地", "园区", "平台", "集群", "生产线", "产线")
_EN_ESTABLISHMENT_WORDS = ("companies", "enterprises", "firms", "makers", "manufacturers", "producers", "factories",
                           "plants", "exporters", "lines")


def counts_establishments(noun: str | None) -> bool:
    """Whether a count's noun names firms or plants ("新能源汽车生产企业", "battery makers"): a
    stock, whatever they produce (生产, "production" make the noun look like a flow)."""
    if not noun:
        return False
    # ``bool(_ESTABLISHMENTS.search(noun))`` read from the end, as the pattern is anchored there
    # (re would try its English branch, opening with \b, at every position): a word, then white
    # space only (re's \s and str.isspace agree); an English word case-folded, after no word character.
    text = noun.rstrip()
    if text.endswith(_ZH_ESTABLISHMENT_WORDS):
        return True
    folded = fold(text)
    if len(folded) != len(text):
        return bool(_ESTABLISHMENTS.search(noun))
    if not folded.endswith(_EN_ESTABLISHMENT_WORDS):
        return False  # (one call for the ten words: most nouns end in none of them)
    for word in _EN_ESTABLISHMENT_WORDS:
        if folded.endswith(word):
            before = text[-len(word) - 1: -len(word)]  # ('' at the start)
            if not (before.isalnum() or before == "_"):
                return True
    return False


_PART_OF = re.compile(r"其中|of which|including|among them", re.I)
_PART_OF = with_heads(_PART_OF)  # (tried only where a match can start: needles.with_heads)
# A flow's word that names who makes the flow or what could make it, not the flow: 出口企业, 生产
# 能力, "exporters", "producers", "production capacity", "sales companies".
_ZH_FLOW_HOLDER = re.compile(r"[型类性]?(?:企业|厂商|厂家|工厂|基地|园区|平台|集群|能力|产能)")
_EN_FLOW_HOLDER = re.compile(r"ers?\b|[a-z]*[\s-]+(?:capacit(?:y|ies)|companies|enterprises|firms|makers|plants|factories|bases|hubs)\b",
                             re.I)


def names_flow(text: str) -> bool:
    """Whether ``text`` names a flow (exports, 产量, revenue), not who makes it or the capacity
    to ("exporters", 生产企业, "production capacity")."""
    for m in _FLOW_WORDS.finditer(text):
        holder = _EN_FLOW_HOLDER if text[m.start()].isascii() else _ZH_FLOW_HOLDER
        if not holder.match(text, m.end()):
            return True
    return False


# Shares of a flow that describe the firms or a state of now, not the flow over a period: R&D
# spending as a share of revenue (研发经费占营业收入比重, "spend 3 to 5 percent of their revenue on
# R&D": an intensity of the firms), and English in the simple present ("SMEs contribute more than
# 50 percent of tax revenue", "accounts for more than 20 percent of output": how things stand),
# not after to/will/could ("to account for 40 percent by 2030" is a goal's share).
_NOT_FLOW_SHARE = Guarded(re.compile(
    r"研发|研究与试验发展|\bR&D\b|research and development"
    r"|(?<!\bto )(?<!will )(?<!would )(?<!should )(?<!could )(?<!can )(?<!may )(?<!might )(?<!must )"
    r"\b(?:contributes?|accounts? for|makes? up|holds?|spends?|takes?|represents?|comprises?|constitutes?)\b"
    # ("China still imports about 60 percent of the wood pulp it uses": the verb after its subject or
    # an adverb, right before its figure or ending the words before it; not the noun, "Imports made
    # up 20 percent", "a fifth of exports, or 35.2 percent")
    r"|\b(?:China|it|they|still|now|currently|also)\s+(?:imports|exports|uses|consumes)(?=(?:\s+(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than"
    r"|at\s+least))*(?:\s+\d|\s*$))", re.I),
    ("研发", "研究与试验发展", "r&d", "research and development", "contribute", "account", "make", "hold", "spend", "take",
     "represent", "comprise", "constitute", "imports", "exports", "uses", "consumes"))
_NOT_FLOW_SHARE = with_heads(_NOT_FLOW_SHARE)  # (tried only where a match can start: needles.with_heads)


# The whole a share is of, after its figure: "a fifth of total goods exports", "35 percent of it".
_EN_SHARE_OF = re.compile(r"\s*(?:percent|per cent|%)?\s*(?:share\s+)?of\s+(?P<whole>[^,;:.()]*)", re.I)
# …and before it, in Chinese: 占全部规模以上工业增加值的比重为, 分别占全国的.
_ZH_SHARE_OF = re.compile(r"占(?P<whole>[^，；：。,;:占]*?)(?:的)?(?:比重|比例|份额|比)?(?:为|达到|达|超过|约|近|接近|分别)*\s*$")
_ZH_SHARE_OF = flatten(_ZH_SHARE_OF)  # (optional groups as alternations: needles.flatten)
# A whole that is no indicator of its own: the total of what the sentence stated before ("or 27.5
# percent of the total", "roughly 51.6 percent of the national total", 占全国的38.2%).
_GENERIC_WHOLE = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:(?:country|nation|world|industry|sector|province|region)(?:'s|’s)\s+|national\s+|global\s+"
    r"|overall\s+|entire\s+|combined\s+)*(?:total|whole|it|them|that)?\s*"
    r"|(?:全国|全省|全市|全区|全球|世界|全行业|全部|总体)?(?:总量|总额|总数|总和|合计)?", re.I)
# What may stand between a flow figure and a share of it with no whole of its own ("…, or 35.2
# percent", "while the central and western regions accounted for 20.3 percent and 22.9 percent",
# "，占比50%"): a share verb, "or" or a list's joiner, then a qualifier, ending the text (tested
# with str.endswith: a pattern anchored at the end is tried at every place of the text).
_SHARE_JOINERS = ("accounted for", "accounting for", "accounts for", "account for", "made up", "making up", "makes up",
                  "make up", "took", "taking", "representing", "represented", "or", "and", "、", "和")
_SHARE_QUALIFIERS = ("about", "around", "roughly", "nearly", "almost", "some", "over", "more than", "close to", "约",
                     "近", "超过")


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` (lower case) ends with ``word``, a whole word in English."""
    if not text.endswith(word):
        return False
    return not word.isascii() or len(text) == len(word) or not text[-len(word) - 1].isalnum()


def _share_joiner(between: str) -> tuple[int, bool]:
    """Where the share verb (or joiner) and qualifier ending ``between`` start, and whether there
    is a verb or joiner at all."""
    text = between.rstrip().lower()
    if text.endswith(_SHARE_QUALIFIERS):  # (one call for all: most texts end in none)
        for qualifier in _SHARE_QUALIFIERS:
            if _ends_with_word(text, qualifier):
                text = text[: -len(qualifier)].rstrip()
                break
    if not text.endswith(_SHARE_JOINERS):
        return len(text), False
    for joiner in _SHARE_JOINERS:
        if _ends_with_word(text, joiner):
            return len(text) - len(joiner), True
    return len(text), False


_LEADING_JOINER = re.compile(r"^(?:while|whereas|and|with|but|其中|而)\s*", re.I)
# A subject that is only places ("the central and western regions", 天津、江苏、浙江三地): the
# parts of the total the sentence stated, not an indicator of their own.
_PLACES_ONLY = re.compile(r"(?:regions?|provinces?|cities|municipalities|areas|parts|地区|省份|省市|城市|三地|两地|各地)$", re.I)


# A list member after a flow figure: a short name (no figure, no stock's word) and a verb of level.
_ZH_LIST_OF_FLOW = re.compile(r"[，、；](?:(?!保有|总数|总量|累计|库存|存量|在用|现有|拥有|规模|数量|能力|产能|余额|用户|同比|增长|下降)"
                              r"[^\d，。；：,;:（）()\s]){1,8}?(?:达到|达|为|突破|超过|约)?")
# "while that of room air conditioners reached 118 million units": the noun of the figure before,
# taken up by "that of" / "those of".
_EN_THAT_OF = re.compile(r"\b(?:that|those) of\b", re.I)


def part_of_flow(s: str, q: Quantity, previous_period: str | None, previous_q: Quantity | None) -> bool:
    """"汽车出口500万辆，其中新能源汽车200万辆", "exports reached 5.6 million units, of which NEVs
    made up 2.01 million": a part of a flow figure just stated is a flow over the same span,
    whatever its own wording. (So is a part named after the flow's growth rate: "output stood at
    880 million units, down 0.8 percent, of which smartphones numbered 650 million".)

    So is a share of a flow (:func:`_share_of_flow`), and the same flow of something else taken up
    by "that of" ("output of refrigerators rose to 36.2 million units, while that of air
    conditioners reached 118 million units"): "reached" makes no stock of it."""
    after_flow = previous_q is not None and previous_period is not None and previous_q.end <= q.start
    if q.unit == "percent" and _share_of_flow(s, q, previous_q if after_flow else None):
        return True
    if not after_flow or previous_q.unit not in (q.unit, "percent"):
        return False
    between = s[previous_q.end: q.start]
    if _PART_OF.search(between):
        return True
    if previous_q.unit != q.unit:
        return False
    if "of" in between:
        return bool(_EN_THAT_OF.search(between))
    # "冰箱产量3620万台，空调1.18亿台，洗衣机达到4000万台": a list of products after a flow's
    # figure, in the same measure word (台), names more of that flow (保有量, 总数 name stocks)
    return (q.unit == "count" and s[q.end - 1: q.end] == s[previous_q.end - 1: previous_q.end]
            and not s[q.end - 1: q.end].isascii() and bool(_ZH_LIST_OF_FLOW.fullmatch(between)))


def _share_of_flow(s: str, q: Quantity, flow_before: Quantity | None) -> bool:
    """Whether percent figure ``q`` is a share of a flow: its whole names one ("a fifth of
    exports", 占全部规模以上工业增加值的比重), or it has no whole of its own ("or 27.5 percent of
    the total", 占全国的38.2%, "accounted for 20.3 percent") and follows a flow figure
    (``flow_before``) in its sentence, whose total it is a share of. Not a share stated as of now
    or an intensity (:data:`_NOT_FLOW_SHARE`)."""
    # (part_of_flow is not told the language: a sentence with no Chinese character is English,
    # curly quotes and dashes notwithstanding)
    lang_en = s.isascii() or not _CJK.search(s)
    lang = "en" if lang_en else "zh"
    # (the whole: English writes it after the figure, Chinese after 占, before it)
    if lang_en:
        of = _EN_SHARE_OF.match(s, q.end) if "of" in s[q.end: q.end + 24] else None
    else:
        of = _ZH_SHARE_OF.search(s, max(0, q.start - 40), q.start) if "占" in s[max(0, q.start - 40): q.start] else None
    if of is not None:
        whole = of.group("whole")
        if names_flow(whole):
            return not _stated_as_now(s, q, lang)
        if not _GENERIC_WHOLE.fullmatch(whole):
            return False
    if flow_before is None:
        return False
    start = flow_before.end
    if flow_before.counted and s.startswith(flow_before.counted, start + 1) and s[start] == " ":
        start += 1 + len(flow_before.counted)  # ("2.3 million units, or 31.4 percent": past the noun counted)
    if lang_en and flow_before.unit == "percent":
        # ("made up a fifth of exports, or 35.2 percent": past the whole of the share before)
        before_of = _EN_SHARE_OF.match(s, start, q.start)
        start = before_of.end() if before_of is not None else start
    # (Chinese: what stands between is up to 占)
    end = of.start() if of is not None and not lang_en else q.start
    if end - start > 80:
        return False  # (a clause or more between: no share of that figure's total)
    between = s[start: end]
    at, joined = _share_joiner(between)
    if of is None and not joined:
        return False  # (no whole, and no share verb: no share of the figure before)
    rest = between[:at].strip(" ,，;；、")
    rest = _LEADING_JOINER.sub("", rest) if rest else rest
    return (not rest or bool(_PLACES_ONLY.search(rest)) or bare_place(rest, lang)) and not _stated_as_now(s, q, lang)


_CJK = re.compile(r"[\u4e00-\u9fff]")


# A rank held now, in the present tense, before an English share: "China is the world's largest
# exporter of solar panels, with 35% of global exports", "remains the biggest producer, accounting
# for 60%": the share tells how things stand, whichever clause it sits in (the English of
# 是全球最大的…出口国; not "was the largest", a past year's rank, nor "the largest market" after a
# figure of its own).
# (A plain pattern behind a substring test, not a Guarded one: the words are in lower case in running
# text, and the test is asked only of English shares carried from a span, rarely.)
_EN_RANK_NOW = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:now\s+|still\s+|already\s+|currently\s+)?(?:the|its)\s+"
    r"(?:world's\s+|country's\s+|globe's\s+|nation's\s+)?(?:(?:second|third)[- ])?(?:largest|biggest|leading|top)\b")
_EN_RANK_WORDS = ("largest", "biggest", "leading", "top")


def _en_rank_now(before: str) -> bool:
    """Whether the English text ``before`` a share names a rank held now (:data:`_EN_RANK_NOW`)."""
    return any(w in before for w in _EN_RANK_WORDS) and _EN_RANK_NOW.search(before) is not None


def _stated_as_now(s: str, q: Quantity, lang: str) -> bool:
    """Whether the clause of share ``q`` states it as of now or as an intensity (:data:`_NOT_FLOW_SHARE`),
    or its English sentence names a rank held now before it (:data:`_EN_RANK_NOW`)."""
    return bool(_NOT_FLOW_SHARE.search(s[_clause_start(s, q.start, lang): q.start]) or (
        lang == "en" and (_NOT_FLOW_SHARE.search(s[q.end: clause_end(s, q.end, lang)])
                          or _en_rank_now(s[:q.start]))))


def _span_before(ctx: TimeState) -> _Carried | None:
    """The span of years (2016/2020) an earlier sentence of the same paragraph named last."""
    carried = ctx.last_period
    if carried is None or carried.paragraph != ctx.paragraph:
        return None
    value = carried.ref.value
    return carried if len(value) == 9 and value[4] == "/" else None


def _is_plan_span(s: str, ref: TimeRef) -> bool:
    """Whether ``ref`` names a Five-Year Plan (“十三五”, "the 13th Five-Year Plan")."""
    text = s[ref.start: ref.end]
    return "五" in text or "five-year" in text.lower()


def _year_end_stock(ref: TimeRef, published: date | None) -> bool:
    """A stock inherited from a year stated elsewhere is dated at that year's end only when the
    text is a year-end review (December, or early next year); otherwise it is "now"."""
    if published is None or len(ref.value) != 4:
        return published is None
    year = int(ref.value)
    return (year == published.year - 1 and published.month <= 3) or (year == published.year and published.month == 12)


# What names a stock a share can be of: an order book, a fleet in use, users, installed capacity
# (手持订单量占全球的63.4%, 5G基站占移动基站总数的36.8%), but not what was added to one (新增装机,
# "new users", 新接订单: flows).
_HELD_STOCK = Guarded(re.compile(
    r"手持订单|在手订单|保有量|库存|存量|余额|装机|用户|基站|产能|生产能力"
    r"|\border ?books?\b|\bbacklogs?\b|\binventor(?:y|ies)\b|\binstalled\b|\busers\b|\bsubscribers\b|\bbase stations?\b"
    r"|\bcapacit(?:y|ies)\b", re.I),
    ("手持订单", "在手订单", "保有量", "库存", "存量", "余额", "装机", "用户", "基站", "产能", "生产能力", "order", "backlog",
     "inventor", "installed", "users", "subscribers", "base station", "capacit"))
_ADDED = Guarded(re.compile(r"新增|新接|新签|新建|\b(?:new|newly|added|additions?)\b", re.I),
                 ("新增", "新接", "新签", "新建", "new", "added", "addition"))


def names_held_stock(text: str) -> bool:
    """Whether a share's wording ``text`` names a stock held at a time (an order book, users, base
    stations, capacity), not additions to one."""
    return bool(_HELD_STOCK.search(text)) and not _ADDED.search(text)


# English that states a figure as it stands now, right before it: the present or the present
# perfect ("the district makes roughly a third of …", "which together account for nearly 40% of
# …", "their market share has risen to about 55%", "is still below 15%", "has more than 3,000
# makers"), then only qualifiers. A base form after to or a modal ("to account for 40%", "will
# make up") is none, and neither is the past ("made", "rose to", "was").
_EN_QUALIFIERS_TO_FIGURE = (r"(?:\s+(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|at|below|above|over|"
                            r"under|more\s+than|less\s+than|fewer\s+than|at\s+least|just|a|an))*\s*$")
_EN_PRESENT_BEFORE = Guarded(re.compile(
    r"(?:\b(?:is|are|has|have)(?:\s+(?:still|now|currently|already|only|also|steadily|gradually))*"
    r"(?:\s+(?:risen|grown|climbed|increased|reached|fallen|dropped|declined|edged\s+up|gone\s+up|jumped|surged"
    r"|expanded|slipped|shrunk|narrowed|widened|come\s+down)(?:\s+to)?)?"
    r"|(?<!\bto )(?<!will )(?<!would )(?<!should )(?<!could )(?<!can )(?<!may )(?<!might )(?<!must )(?<!did )"
    r"\b(?:accounts?\s+for|makes?(?:\s+up)?|holds?|takes?|supplies|supply|produces?|refines?|controls?|commands?"
    r"|represents?|contributes?|comprises?|provides?|manufactures?|turns?\s+out"
    # ("its order book stands at more than 1,300 aircraft", "China still imports about 60 percent of
    # the wood pulp it uses": how things stand, in the present)
    r"|stands?\s+at|imports|exports|uses|consumes"
    # ("Chinese manufacturers already own about 72 per cent of the world's LCD panel capacity", "China is
    # home to more than 150 humanoid robot makers": what is held, in the present; heldout10 H143, heldout H09)
    # (not the adjective after a possessive, which is no verb: "ran its own 1,200 stores")
    r"|(?<!its )(?<!their )(?<!his )(?<!her )(?<!our )(?<!your )(?<!my )own|owns"
    r"|(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?home\s+to"
    # ("Shandong, Zhejiang and Hebei provinces host 31 percent … of the national capacity": where the
    # capacity is, now, as "is home to"; heldout19 H245. Not "hosted", a past act's)
    r"|hosts?|houses?))" + _EN_QUALIFIERS_TO_FIGURE, re.I),
    ("is", "are", "has", "have", "account", "make", "hold", "take", "suppl", "produce", "refine", "control", "command",
     "represent", "contribute", "comprise", "provide", "manufacture", "turn", "stand", "import", "export", "use", "consume",
     "own", "host", "house"))
# A clause lead that is no more than the figure's qualifier ("More than", "About", "Nearly half of").
_EN_ONLY_QUALIFIERS = re.compile(r"(?:\s*(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|over|more\s+than"
                                 r"|less\s+than|at\s+least|just|an?)\b)*\s*", re.I)
# A figure that opens its clause and is said, after it, to be what is made or held now: "More than 60% of
# the world's lithium-ion battery cells are made in China" (heldout5 H77), "about 40% of the capacity is
# located in Hebei" (a present passive; not "were made", a past year's).
_EN_PRESENT_AFTER = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s+of\s+[^,;]{1,60}?\s(?:is|are)\s+(?:now\s+|currently\s+|still\s+|also\s+)?"
    r"(?:made|produced|manufactured|built|assembled|located|based|held|owned|installed|refined|mined|processed|controlled)\b",
    re.I)
# What joins the clause of a figure to the clause of a time elsewhere in its sentence ("… last year,
# according to local officials, and the district makes …"; "…, and the city recorded … last year"):
# a time in the same clause, or opening it ("As of the end of June, the share is 30%"), is its own.
_EN_RELATIVE_OPENINGS = ("which ", "who ")
_EN_CLAUSE_JOIN = re.compile(r"[,;]\s*(?:and|but|while|whereas|where|which|though|although)\b|;", re.I)


def stated_now_in_english(s: str, q: Quantity, clause_lead: str, ref: TimeRef | None, origin: str) -> bool:
    """Whether an English share, rate or stock ``q`` (its clause up to it: ``clause_lead``) is stated
    as it stands now (:data:`_EN_PRESENT_BEFORE`) while the time ``ref`` picked for it stands in
    another clause of its sentence (joined by :data:`_EN_CLAUSE_JOIN`) or in an earlier sentence:
    that time dates the other clause's figures, not this one ("… posted output of 107 billion yuan
    last year, and the district makes roughly a third of the world's plastic toys": the share is of
    now). Not a view ahead ("is expected to", "will"), which keeps the time it is given."""
    if ref is None or ref.kind not in ("period", "as_of") or ref.now or origin not in ("sentence", "paragraph", "document"):
        return False
    if origin == "sentence":
        # (the join first: most times of a figure's sentence stand in its own clause, and this short
        # search spares them the verb's)
        between = s[ref.end: q.start] if ref.end <= q.start else s[q.end: ref.start]
        # (or the figure stands in a relative clause, and the time after it in the main clause it
        # is set off from: "Yunnan, Guizhou and Hubei, which hold about 80 percent of the reserves,
        # produced 72 percent of the fertilizer last year", heldout15 H201)
        if _EN_CLAUSE_JOIN.search(between) is None \
                and not (ref.start >= q.end and "," in between and clause_lead.lstrip().startswith(_EN_RELATIVE_OPENINGS)):
            return False
    # (the last words of the clause: the verb stands right before the figure)
    if _EN_PRESENT_BEFORE.search(clause_lead[-50:]) is not None:
        return _AHEAD.search(clause_lead) is None
    # (or, for a figure opening its clause, right after its "of …": only those read on)
    return (" is " in s[q.end: q.end + 90] or " are " in s[q.end: q.end + 90]) \
        and _EN_ONLY_QUALIFIERS.fullmatch(clause_lead) is not None and _EN_PRESENT_AFTER.match(s, q.end) is not None


# 至此 ("with this, so far"), 累计 (a running total): what follows is stated as of now.
_ZH_SO_FAR = re.compile(r"至此|累计")


def continues_year(s: str, clause_start: int, at: int, ref: TimeRef | None, origin: str, lang: str,
                   ctx: TimeState) -> bool:
    """Whether a Chinese share, rate or stock goes on reporting the past year an earlier sentence
    of its paragraph named ("2026年我国半导体设备销售额达到2186亿元…。刻蚀、…设备的国产化率分别达到38%、
    29%和52%" in 2027): a year before the year of writing (the year still running is no year whose
    figures are complete), the first time its paragraph named (the year its account opens with:
    not "数据显示，…仅占…3.5%…。2024年，…研发投入超过3000万元。超六成企业深耕…", where the year
    dates one figure of an account of now that the paragraph's undated figures opened), carried within the paragraph, and no word in the
    figure's clause saying it speaks of now (已, 目前: 采用锂离子蓄电池的比例已超过20%), nor a running
    total before it in its sentence (至此，…累计达到194家)."""
    published, lead = ctx.published, ctx.paragraph_lead
    return (lang == "zh" and origin == "paragraph" and ref is not None and ref.kind == "period"
            and len(ref.value) == 4 and ref.explicit_year and published is not None and int(ref.value) < published.year
            and lead is not None and lead[0] == ctx.paragraph and lead[1].value == ref.value
            and ctx.undated_paragraph != ctx.paragraph
            and not _NOW_WORDS.search(s, clause_start, at)
            and not _ZH_SO_FAR.search(s, 0, at))


def resolve_time(measure: str, flow: bool, ref: TimeRef | None, origin: str, ctx: TimeState,
                 cumulative: bool = False, held: bool = False,
                 plan_years: bool = True, carried_year: bool = False,
                 over_span: bool = False) -> tuple[str | None, str | None]:
    """(period, as_of) for a figure governed by ``ref``. ``held``: a share of a stock
    (:func:`names_held_stock`), dated as the stock is, at the end of the period carried to it.
    ``plan_years``: whether a goal's span may start at the first year of a plan the text names
    (TimeState.plan_spans; not for another source's projection). ``carried_year``: a share or
    rate that goes on reporting the year an earlier sentence of its paragraph named
    (:func:`continues_year`), of that year. ``over_span``: a goal's running total of removals
    (累计淘汰), a flow over the goal's span as additions are."""
    now_value = _now_value(ctx)
    if ref is None:
        return None, now_value
    if ref.now and now_value:
        ref = replace(ref, value=now_value)
    if ref.since and (cumulative or measure == "level") and now_value:
        # 自2015年…启动以来，…累计投入超过800亿元; 2021年以来全国累计公告…项目168个: a running total since
        # a year is the total as things stand, as of the statement (gold of heldout12 H164 and
        # heldout14 H188, H190), not a flow over the years since; so is any level told since a time
        # ("1,132 products have been put on the lists since the program began in 2017", "issued 320
        # million yuan worth of vouchers … since its scheme began last year": heldout10 H139,
        # heldout11 H155, heldout12 H169), not a span's total nor the end of its last year
        return None, now_value
    if ref.since and flow and measure == "additions" and now_value and len(ref.value) == 7 and ref.value < now_value:
        # "Since Beijing eased the rules in May 2032, the province has added 45 projects": what was
        # added since a month named inside a fronted since-clause is a flow from that month up to the
        # statement, as "has added 45 projects since May 2032" is (heldout13 H175's "had hired 80 more
        # workers since March" is labelled so), not a flow of the month alone
        return f"{ref.value}/{now_value}", None
    if measure == "cagr" and ref.kind != "period" and len(ref.value) == 7 and ref.value.endswith("-12") \
            and ctx.published and int(ref.value[:4]) > ctx.published.year:
        # "average annual growth of about 5 percent over the two years, and … by the end of 2026": a
        # yearly rate has no closing month; the year's end is the horizon year its span runs to, as
        # "in 2026" is (heldout H15), not a level as of December
        ref = replace(ref, kind="target", value=ref.value[:4])
    if measure == "cagr" and ref.kind != "target" and len(ref.value) == 4 and ctx.published \
            and int(ref.value) > ctx.published.year:
        # "expects demand to grow 8.7% a year through 2035": a yearly rate forecast runs from the
        # year of writing to its horizon, as a target's does (below)
        return f"{ctx.published.year}/{ref.value}", None
    if ref.kind == "target":
        if (measure in ("cagr", "additions") or over_span) and len(ref.value) == 4 and ctx.published \
                and int(ref.value) > ctx.published.year:
            # 到2027年…年均增长20%, "add another 300 by 2023": the growth or the additions run from
            # the year of writing to the horizon, not within its last year; under a plan that ends
            # at the horizon, from the plan's first year (《…行动计划（2027—2029年）》 in 2026: 2027/2029)
            first = ctx.plan_spans.get(ref.value, ctx.published.year) if plan_years else ctx.published.year
            return f"{first}/{ref.value}", None
        return (ref.value, None) if flow else (None, ref.value)
    if ref.kind == "as_of":
        if len(ref.value) == 10:
            # A day (:func:`reached_on_day`): a flow's total of its year so far, through that day's
            # month (the finest span a period has); a stock, or a running total (累计), as of that
            # day's month, the precision stocks stated at a time are dated to (so that a reprint
            # which says "now" of the same level is the same fact).
            return (_year_to_date(ref.value), None) if flow and not cumulative else (None, ref.value[:7])
        if flow and measure in ("net_increase", "growth", "additions") and len(ref.value) == 7:
            # (the span since the year began, spelt as month spans are: 截至3月末…比上年末净增 is
            # 2025-Q1, a January's 2025-01)
            return _year_to_date(ref.value), None
        if origin == "document" and not flow and len(ref.value) == 7 and not _recent(ref, ctx.published):
            return None, now_value  # "as of the end of June" paragraphs ago, in a September text
        return None, ref.value
    if flow and not (measure == "share" and origin != "sentence" and len(ref.value) == 9 and ref.value[4] == "/"):
        # (a share of a flow, as a change, belongs to a span of years only where its sentence says
        # so: 十年来，企业数量增长23.7%；出口占全球的比重为30% is the share now)
        return ref.value, None
    month_range = "/" in ref.value and len(ref.value) > 9
    if measure in ("share", "rate"):
        # A share carried from a month span or quarter belongs to that reporting period while the
        # text reports it (it ended the month before); in a text written long after, it is a
        # statement about now ("nearly 70 percent of the new entrants" in September after H1).
        # A share of a stock is dated at that period's end, as the stock is.
        if origin == "sentence" or ((month_range or "-Q" in ref.value) and (origin == "paragraph" or _recent(ref, ctx.published))):
            return (None, ref.end_point) if held else (ref.value, None)
        if _year_end_stock(ref, ctx.published):
            return None, ref.end_point
        if carried_year and not held:
            # (a share of a stock, 产能约占全省的58%, is stated as of now, as the stock would be)
            return ref.value, None
        return None, now_value
    # A stock dated by a period: the end of the period, if stated in the sentence or (a month
    # span) just before it.
    if origin == "sentence" or (origin == "paragraph" and month_range):
        if cumulative and "/" in ref.value and ref.value[:4] != ref.value[-7:-3]:
            return ref.value, None  # 2013年至2022年11月…累计: a total over the span, not a stock
        return None, ref.end_point
    if _year_end_stock(ref, ctx.published) or carried_year:
        return None, ref.end_point
    return None, now_value
