"""Quantity mentions: a number with its magnitude and unit, found in one sentence.

``find_quantities(sentence, lang)`` yields :class:`Quantity` objects (value already in base
units: 4000亿元 -> 4.0e11 CNY, "2.31 million" -> 2,310,000) with offsets relative to the
sentence; power in watts (W) and energy in watt-hours (Wh): 34亿千瓦 -> 3.4e12 W, "940 GWh" -> 9.4e11
Wh. Deciding whether a quantity is an industry metric (and not a task count, a year or a phone
number) is left to :mod:`scrapers.facts.distractors`; here only unit-level facts are read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from scrapers.facts.needles import candidate_matches, flatten, fold, folded_finditer, has_any, with_heads, word_starts
from scrapers.facts.numbers import en_magnitude, parse_number, parse_zh_numeral, scaled, zh_magnitude


@dataclass
class Quantity:
    """A number with its unit at sentence[start:end]."""

    start: int
    end: int
    value: float
    unit: str                      # CNY, USD, percent, percentage_points, count, tonne, EFLOPS, EB, W, Wh, robots_per_10000_workers, ratio
    counted: str | None = None     # the thing counted (count unit), as written
    value_high: float | None = None
    inner_qualifier: str | None = None  # from 多/余/以上/左右 attached to the number
    chinese_numeral: bool = False  # written as words (八个, "eight"): needs a strong cue to count
    bare: bool = False             # no unit word at all (English "exceeds 3,000"; 5000万)


# --- Chinese -------------------------------------------------------------------------------
# (一点二亿人次, 三点五万亿元: a decimal in words, read only before a magnitude, _zh_quantities)
_ZH_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
# Measure words for counted things. 条/次/批/场/年 are left out on purpose: they count articles,
# occasions, batches and durations (八章四十二条, 第七批, 连续八年), never industry stock.
ZH_CLASSIFIERS = "个|家|户|台|辆|套|项|块|部|座|种|人|名|款|件|所|只|枚|架|颗|片|张|栋|处|宗|艘"
_ZH_QUANTITY = re.compile(
    r"(?<![\d.])(?=[\d零〇一二两三四五六七八九十百千万亿])"
    # (a range: 2—3家, 10至15家, and 8%—10% with the unit after both bounds; 从8%到10% is two figures;
    # 20万—30万吨 with the magnitude written on both bounds)
    # (5%至5.5%之间: a range of percents joined by 至/到 only when 之间/区间 closes it, since 8%到10%
    # is mostly a change from one figure to another)
    r"(?:(?P<lo>\d+(?:\.\d+)?)(?:[—–\-~～]|至|到|[%％][—–\-~～]|[%％](?:至|到)(?=\d+(?:\.\d+)?[%％](?:之间|区间))"
    # (110万至120万吨之间, 150亿至180亿美元之间: magnitudes joined by 至/到 only when 之间/区间 closes the
    # range, as for percents; 从110万到120万 is a change)
    # (820亿元至900亿元, 150亿美元—180亿美元, 20万吨至30万吨: the unit written on both bounds, the same
    # magnitude-and-unit on each; 至 or a dash, not 到, which mostly tells a change, as does 至 after
    # 从/由: _zh_from_to_split)
    r"|(?P<lomag>万亿|亿|万)(?:[—–\-~～]|(?:至|到)(?=\d+(?:\.\d+)?(?:万亿|亿|万)[^\d，。；,;]{0,3}(?:之间|区间))"
    r"|(?P<lounit>美元|元|吨)(?:[—–\-~～]|至)(?=\d+(?:\.\d+)?(?P=lomag)(?P=lounit))))(?=\d))?"
    r"(?P<num>" + _ZH_NUM + r")?"
    r"(?P<more>多|余)?"
    r"(?P<mag>万亿|亿|万)?"
    r"(?P<more2>多|余)?"
    # (载重吨, deadweight tonnes, are tonnes of ships' capacity)
    # (power and energy: 千瓦, 兆瓦, 吉瓦 and their hours, 度 of electricity, the Latin symbols kW…TWh;
    # 34亿千瓦 and 1.8万千瓦 take the magnitude before them: _zh_unit, _POWER_UNITS)
    r"(?P<unit>%|％|个百分点|百分点|美元|元|万?(?:载重)?吨| ?[Ee][Ff][Ll][Oo][Pp][Ss]| ?EB|"
    r"千瓦时|千瓦|兆瓦时|兆瓦|吉瓦时|吉瓦|太瓦时|太瓦|度| ?(?:[kKMGT]W[hH]?|kwh)(?![A-Za-z])|"
    r"成|倍|" + ZH_CLASSIFIERS + r"|条|列)?"
)
_ZH_QUANTITY = flatten(_ZH_QUANTITY)  # (optional groups as alternations: needles.flatten)
# 条 counts articles of a document (八章四十二条) unless it counts lines named right before the
# figure: 开通低空航线200条以上, 建成生产线12条 (routes, production lines, cables are stock).
_ZH_LINES_BEFORE = re.compile(r"线(?:路)?(?:数量|总数)?(?:已)?(?:达到|达|超过|超|突破|近|约|共|累计|增至)?$")
# 列 counts trains only where trains are named by it: 开行家具出口班列386列, 中欧班列开行386列, 发运386列
# 班列, 386列列车; elsewhere it is a verb or a word's part (3项成果列入目录, 并列第1, 5个系列): the
# train word within a short reach before the figure, or right after it.
_ZH_TRAINS_BEFORE = re.compile(r"(?:班列|列车)[^，。；、\d]{0,10}$")
_ZH_TRAINS_AFTER = ("班列", "列车")
# Where a match can start, for needles.candidate_matches: a character of the look-ahead class not
# preceded by a digit or point (checked after it, so that the pattern opens with a class and re
# scans for it at C speed; the full pattern opens with a look-behind, tried at every position).
_ZH_QUANTITY_STARTS = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿](?<![\d.][\s\S])")
_ZH_DENSITY = re.compile(r"每万名(?:制造业)?(?:产业)?(?:工人|员工|职工)(?:拥有|使用|配备)?(?:工业)?(?:机器人)?(?:数量)?(?:达到|达|为)?(?P<num>\d+(?:\.\d+)?)台"
                         # (机器人密度为每万人470台: per ten thousand people, after the density's own name only)
                         r"|(?<=机器人密度)(?:已|已经)?(?:达到|达|为|是|升至|提高到|提升至)?每万人(?P<num2>\d+(?:\.\d+)?)台")
_ZH_PERCENT_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点]+)")
# 每秒230百亿亿次浮点运算: 百亿亿 is 10^18, so 230 EFLOPS.
_ZH_EXAFLOPS = re.compile(r"(?P<num>\d+(?:\.\d+)?)百亿亿次(?:浮点运算)?")
# 占比超过一半, 比重过半数: half of a whole, 50 % (the qualifier is read before it as for any figure).
# (产量占全国的一半以上, 应用量占全省的近一半: the whole named between 占 and 的; the 的 may be left
# out, 产量占全国一半以上, 占全省近一半: the whole is then the shortest run before a qualifier and 一半;
# not 占地面积的一半, half of a site's land, whose 占 is that of 占地 "to occupy land", nor 占用, "to take up")
_ZH_HALF = re.compile(r"(?:占比|比重|份额|占(?:(?![地用])[^，。；、\d的]{1,10}?的?)?)(?:已|已经)?(?:超过|超|逾|近|约|接近|达到|达|过)?"
                      r"(?P<half>一半|半数)")
# 产量占比过半, 市场份额已过半, 占全国过半: past half of a whole, over 50 % (过半数 is _ZH_HALF's); not
# 过半年/过半月, "half a year past", nor 占地/占用 (see _ZH_HALF).
_ZH_PAST_HALF = re.compile(r"(?:占比|比重|份额|占(?:(?![地用])[^，。；、\d的]{1,10}?的?)?)(?:已|已经)?过(?P<half>半)(?![数年月天日小])")
# 约占全国的四分之一, 三分之二以上: a fraction of a whole, in percent (not 百分之, read above).
_ZH_FRACTION = re.compile(r"(?<![百千])(?P<whole>[二两三四五六七八九十]+)分之(?P<part>[一二三四五六七八九]+)")
# 不足同期理论退役量的一半, 超过全国总量的一半: half of a total named between a bound and 的一半.
_ZH_HALF_OF = re.compile(r"(?P<cue>不足|不到|超过|逾|接近|近|约)[^，。；\d]{1,20}?的(?P<half>一半|半数)")
_ZH_HALF_QUALIFIER = {"不足": "lt", "不到": "lt", "超过": "gt", "逾": "gt", "接近": "approx", "近": "approx", "约": "approx"}
# The noun after a measure word, up to the next punctuation, particle or verb. 中 ends it as a
# locative (31个大类中, 企业中有) but not inside a word (中小企业, 数据中心, 中国, 中央企业). (中类 is
# left out: metrics reads the owner of 8个大类、65个中类和180个小类 as the subject of every member
# only while the middle one has no noun of its own.)
_ZH_NOUN_AFTER = re.compile(r"(?:以上|以下|左右|上下|以内)?(?P<noun>(?!以上|以下|左右|上下|以内)"
                            r"(?:[^，。、；：,.;:（()）\s的和与及等被已将在入是为有中]|中(?=[小心国央部型医药试高外资])){1,14})")
_ZH_NOUN_AFTER = flatten(_ZH_NOUN_AFTER)  # (optional groups as alternations: needles.flatten)
# Where a counted noun ends at the latest: a digit, a verb of change or a qualifier starts the next
# figure's phrase ("新能源汽车销量从137万辆增至950万辆": 辆 counts vehicles, not "增至950万辆";
# "平台连接工业设备近9000万台": the platforms' noun ends before 近).
_ZH_NOUN_STOP = re.compile(r"\d|增至|增长|增加|增到|升至|降至|下降|减少|达到|超过|突破|同比|提高|提升|大幅|明显|显著|快速|稳步|"
                           r"具有|拥有|具备|"
                           r"(?:将近|接近|多达|高达|累计|总计|合计|近|约|逾|超|达|共)(?=[\d零〇一二两三四五六七八九十百千万亿])")
# A verb that takes an object ends the noun it follows (机器人企业成长为…, 平台连接工业设备, 企业实施…
# 改造); only after a character, so that a noun may start with one (实施方案), and not before
# 数/率/量 (连接数 is a noun).
_ZH_NOUN_VERB = re.compile(r"(?:连接|覆盖|带动|成长为|成为|实施|完成|开展|参与|进行|实现|加入|获得|入选|申报|接入|涵盖|"
                           r"包括|涉及|来自|位于|分布在)(?!数(?!字)|[率量额])")
# 具有/拥有 right after the measure word opens a relative clause; what is counted is its head after
# 的 (2—3家具有全球影响力的生态型企业).
# So does a threshold the counted members pass (10家年产量超过50万吨的龙头企业, 5个产值超千亿元的
# 产业集群): a size word, a verb of passing, the bound, then 的 and the head.
_ZH_RELATIVE = re.compile(r"(?:具有|拥有|具备|有(?![关效色机线序限]))[^，。；;,、的]{1,20}的"
                          r"|[^，。；;,、的\d]{1,8}?(?:超过|超|逾|高于|不低于|不少于|达到|在)[^，。；;,、的]{1,12}?的")
# A postposition is no noun: 新增三个后 (after three more were added).
_ZH_POSTPOSITIONS = frozenset(("后", "以后", "之后", "前", "以前", "之前", "内", "里", "间", "期间"))


def _zh_counted(s: str, end: int) -> str | None:
    """The counted noun after a Chinese figure ending at ``end``, if any."""
    relative = _ZH_RELATIVE.match(s, end)
    noun = _ZH_NOUN_AFTER.match(s, relative.end() if relative else end)
    if noun is None:
        return None
    start, stop_at = noun.span("noun")
    # (searched one character past the run: 具有 and 成长为 end at the 有/为 that ended it)
    stop = _ZH_NOUN_STOP.search(s, start, stop_at + 1)
    verb_end = stop_at + 1
    if stop and stop.start() < stop_at:
        stop_at = verb_end = stop.start()
    verb = _ZH_NOUN_VERB.search(s, start + 1, verb_end)
    if verb and verb.start() < stop_at:
        stop_at = verb.start()
    text = s[start:stop_at]
    return text if text and text not in _ZH_POSTPOSITIONS else None


_ZH_BOUND_BEFORE_WAN = frozenset("破过超逾近达上")  # (not the empty string: 万 opening the text)
# A percentage below zero, its minus sign right before the digits: 下降0.3个百分点至-2.5%, 同比为-1.2%
# (a price index's reading, a growth rate below zero). Only after a word that leads to a figure or a
# bracket: not a range's dash (8%-10%, read as a range) nor a code (GB-2015).
_MINUS_SIGNS = frozenset("-−")  # (the empty string is not in it: a match at the start)
_ZH_BEFORE_MINUS = frozenset("至到为是达：:（(，、")
# …and after a comparison's base or a growth word, the rate itself below zero: 同比-3.5%, 环比-0.2%,
# 较上年-1.2%, 比去年同期-0.8%, 同比增长-3.5% (a dash after a bare year or month, 2023年-2025年, or
# after a figure, 2%-3%, stays no minus: only these endings, each naming what the rate compares with).
_ZH_BEFORE_MINUS_WORDS = ("同比", "环比", "上年", "去年", "上月", "上季度", "同期", "增长", "增速", "增幅")


# A range of counts in numerals (培育三至五家企业, 一到两家, 两到三个中心): the lower bound is a bare
# numeral the pattern skips, joined to the figure by 至/到 or a dash. (Only numerals before numerals:
# 3到5家 is the pattern's own range; 两到三年 has no measure word and is no figure.)
_ZH_WORD_RANGE_JOINERS = frozenset("至到—～~-")  # (the empty string is not in it: a match at the start)
_ZH_WORD_RANGE_LOW = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿第])(?P<lo>[一二两三四五六七八九十]{1,3})(?:至|到|[—～~\-])$")


def _zh_word_range(s: str, q: Quantity, mag: str | None) -> None:
    """Make ``q`` (a figure in numerals) a range when a lower bound in numerals is joined to it
    right before (see _ZH_WORD_RANGE_LOW); not "第三至五批" (ordinals) nor a lower bound not below it."""
    low = _ZH_WORD_RANGE_LOW.search(s, max(0, q.start - 5), q.start)
    value = parse_zh_numeral(low.group("lo")) if low else None
    if value is not None:
        low_value = scaled(value, zh_magnitude(mag))
        if low_value < q.value:
            q.value_high, q.value, q.start = q.value, low_value, low.start()


def _zh_trains(s: str, start: int, end: int) -> bool:
    """Whether 列 closing the figure at s[start:end] counts trains (see _ZH_TRAINS_BEFORE)."""
    if s[end:end + 1] in ("入", "为", "举", "出", "表", "明", "示", "席"):
        return False  # (列入, 列为, 列举, 列出, 列表, 列明, 列示, 列席: the verb)
    return s.startswith(_ZH_TRAINS_AFTER, end) or _ZH_TRAINS_BEFORE.search(s, max(0, start - 14), start) is not None


def _zh_quantities(s: str) -> list[Quantity]:
    """Chinese quantities: a number (Arabic or Chinese) with a magnitude and/or unit."""
    out: list[Quantity] = []
    for m in candidate_matches(_ZH_QUANTITY, _ZH_QUANTITY_STARTS, s):
        # (one call for all the groups, in the pattern's order: a lookup by name costs a call each,
        # and most matches are bare numerals dropped at once)
        lo, lomag, lounit, num, more, mag, more2, unit = m.groups()
        if not mag and (not num or not unit):
            continue  # a bare numeral (一个, 十分): most matches in running text
        if not num and mag and s[m.start() - 1: m.start()] == "每":
            # 每万人拥有医生3.2人, 每万人口拥有充电桩120台, 每万元GDP能耗: the base a figure is per, no figure
            continue
        if mag == "万" and not num and not unit and s[m.start() - 1: m.start()] not in _ZH_BOUND_BEFORE_WAN:
            # a word that opens with 万 (万兆光网, 万物互联): no figure; 突破万亿, 万亿元 stay, and so
            # does 万 reached or passed (月销量首次破万, 日均访问量过万, 上万)
            continue
        # (with a magnitude, 条 counts things again: 拦截涉诈短信4.6亿条)
        if unit == "条" and not mag and not _ZH_LINES_BEFORE.search(s, max(0, m.start() - 8), m.start()):
            continue
        if unit == "列" and not _zh_trains(s, m.start(), m.end()):
            continue
        if not num:
            base = 1.0  # 突破万亿元
        elif "点" in num:
            if not mag:
                continue  # (三点五个方面, 第一点三项: a point of a list, no decimal, without a magnitude)
            parsed = _zh_decimal(num)
            if parsed is None:
                continue
            base = parsed
        else:
            parsed = parse_number(num)
            if parsed is None:
                continue
            base = parsed
        chinese = bool(num) and not num[0].isdigit()
        if chinese and not unit:
            continue
        value = scaled(base, zh_magnitude(mag))
        q = _zh_unit(s, m, value, unit, mag)
        if q is None:
            continue
        q.inner_qualifier = "gt" if (more or more2) else None
        q.chinese_numeral = chinese
        if q.unit == "percent" and not lo and s[m.start() - 1: m.start()] in _MINUS_SIGNS \
                and (s[m.start() - 2: m.start() - 1] in _ZH_BEFORE_MINUS
                     or s.endswith(_ZH_BEFORE_MINUS_WORDS, max(0, m.start() - 4), m.start() - 1)):
            q.value, q.start = -q.value, m.start() - 1  # (see _ZH_BEFORE_MINUS, _ZH_BEFORE_MINUS_WORDS)
        if lounit and _ZH_FROM_BEFORE.search(s, max(0, m.start() - 20), m.start()):
            # (由820亿元至900亿元: a change from one level to another, two figures)
            out.extend(_zh_from_to_split(s, m, q, lo, lomag, lounit))
            continue
        if lo:
            low = parse_number(lo)
            if low is not None:
                q.value_high, q.value = q.value, scaled(low, zh_magnitude(lomag or mag))
                q.start = m.start()
        elif chinese and s[m.start() - 1: m.start()] in _ZH_WORD_RANGE_JOINERS:
            _zh_word_range(s, q, mag)
        out.append(q)
    out.extend(_zh_list_members(s))
    # (each of these patterns only when the literal every match holds occurs: an `in` test costs
    # a tenth of a regex call, and few sentences hold one)
    if "每万名" in s or "每万人" in s:
        for m in _ZH_DENSITY.finditer(s):
            out.append(Quantity(m.start(), m.end(), float(m.group("num") or m.group("num2")), "robots_per_10000_workers"))
    if "百分之" in s:
        for m in _ZH_PERCENT_WORDS.finditer(s):
            value = _zh_decimal(m.group("num"))
            if value is not None:
                out.append(Quantity(m.start(), m.end(), value, "percent"))
    if "百亿亿" in s:
        for m in _ZH_EXAFLOPS.finditer(s):
            out.append(Quantity(m.start(), m.end(), float(m.group("num")), "EFLOPS"))
    if "分之" in s:
        for m in _ZH_FRACTION.finditer(s):
            whole, part = parse_number(m["whole"]), parse_number(m["part"])
            if whole and part and part < whole:
                out.append(Quantity(m.start(), m.end(), round(100 * part / whole, 1), "percent"))
    if "一半" in s or "半数" in s:
        for m in _ZH_HALF.finditer(s):
            out.append(Quantity(m.start("half"), m.end("half"), 50.0, "percent"))
        for m in _ZH_HALF_OF.finditer(s):
            out.append(Quantity(m.start("half"), m.end("half"), 50.0, "percent",
                                inner_qualifier=_ZH_HALF_QUALIFIER[m["cue"]]))
    if "过半" in s:
        for m in _ZH_PAST_HALF.finditer(s):
            out.append(Quantity(m.start("half"), m.end("half"), 50.0, "percent", inner_qualifier="gt"))
    return _drop_nested(out)


# "分别增长12.1、8.5和6.3%", "分别为1.2、3.4和5.6万亿元": the unit is written once, after the last number.
_ZH_SHARED_UNIT_LIST = re.compile(
    r"(?<![\d.])(?P<items>(?:\d+(?:\.\d+)?(?:、|和|及|与))+)(?P<last>\d+(?:\.\d+)?)(?P<mag>万亿|亿|万)?"
    r"(?P<unit>%|个百分点|美元|元|吨|个|家|户|台|辆|套|项|部)"
)
_ZH_LIST_ITEM = re.compile(r"\d+(?:\.\d+)?")
# What every such list contains (a digit right before 、/和/及/与); it starts with a character
# class, which re scans for at C speed, unlike the full pattern's look-behind.
_ZH_LIST_HINT = re.compile(r"\d(?:、|和|及|与)")
_ZH_LIST_SEPARATORS = ("、", "和", "及", "与")  # (one is in every match of the hint: tested first)


def _zh_list_members(s: str) -> list[Quantity]:
    """The bare leading members of a list whose unit follows only the last number (the last
    member is found by the main pattern)."""
    out: list[Quantity] = []
    if not has_any(s, _ZH_LIST_SEPARATORS) or not _ZH_LIST_HINT.search(s):
        return out
    for m in _ZH_SHARED_UNIT_LIST.finditer(s):
        tail = _zh_unit(s, m, 1.0, m.group("unit"), m.group("mag"))
        if tail is None:
            continue
        factor = zh_magnitude(m.group("mag"))
        for item in _ZH_LIST_ITEM.finditer(m.group("items")):
            start = m.start("items") + item.start()
            out.append(Quantity(start, start + len(item.group(0)), scaled(float(item.group(0)), factor), tail.unit,
                                counted=tail.counted))
    return out


def _zh_decimal(token: str) -> float | None:
    whole, _, frac = token.partition("点")
    value = parse_number(whole)
    if value is None:
        return None
    if frac:
        digits = "".join(str(int(parse_number(ch) or 0)) for ch in frac)
        value = float(f"{int(value)}.{digits}")
    return value


# 从/由 opening the clause before a figure: "从820亿元至900亿元" names two levels of a change.
_ZH_FROM_BEFORE = re.compile(r"[从由][^，。；,;]{0,18}$")


def _zh_from_to_split(s: str, m: re.Match, q: Quantity, lo: str, lomag: str, lounit: str) -> list[Quantity]:
    """The two levels of a from-to change matched as a range with the unit on both bounds
    (由820亿元至900亿元): the lower bound read as a figure of its own, then ``q``."""
    low = parse_number(lo)
    if low is None:
        return [q]
    low_end = m.start() + len(lo) + len(lomag) + len(lounit)
    first = Quantity(m.start(), low_end, scaled(low, zh_magnitude(lomag)), q.unit)
    q.start = s.index(m["num"], low_end) if m["num"] else q.start
    return [first, q]


# Power in watts and energy in watt-hours, by the unit as written (after the magnitude: 34亿千瓦 is
# 34e8 x 1e3 W, 1.8万千瓦时 1.8e4 x 1e3 Wh). 度 is a kilowatt-hour of electricity (亿度电).
_POWER_UNITS: dict[str, tuple[str, float]] = {
    "千瓦": ("W", 1e3), "兆瓦": ("W", 1e6), "吉瓦": ("W", 1e9), "太瓦": ("W", 1e12),
    "千瓦时": ("Wh", 1e3), "兆瓦时": ("Wh", 1e6), "吉瓦时": ("Wh", 1e9), "太瓦时": ("Wh", 1e12), "度": ("Wh", 1e3),
    # (the Latin symbols looked up upper-cased: kW, KW, kWh, kwh, KWH are one unit each)
    "KW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9), "TW": ("W", 1e12),
    "KWH": ("Wh", 1e3), "MWH": ("Wh", 1e6), "GWH": ("Wh", 1e9), "TWH": ("Wh", 1e12),
}


def _zh_power(s: str, start: int, end: int, value: float, unit: str, mag: str | None) -> Quantity | None:
    """A figure in a unit of power or energy (see _POWER_UNITS), or None where the unit is no
    figure's: 度 with no magnitude and no 电 after it (30度, 再度: a temperature, an angle, "again"),
    and a class by size, 百万千瓦级核电机组 (a reactor of the million-kilowatt class, as 万亿级 is no sum)."""
    if unit == "度" and not mag and not s.startswith("电", end):
        return None
    if s[end:end + 1] == "级":
        return None
    base, factor = _POWER_UNITS[unit]
    return Quantity(start, end, scaled(value, factor), base)


def _zh_unit(s: str, m: re.Match, value: float, unit: str | None, mag: str | None) -> Quantity | None:
    start, end = m.start(), m.end()
    if unit in ("%", "％"):
        return Quantity(start, end, value, "percent")
    if unit in ("个百分点", "百分点"):
        return Quantity(start, end, value, "percentage_points")
    if unit == "元":
        return Quantity(start, end, value, "CNY")
    if unit == "美元":
        return Quantity(start, end, value, "USD")
    if unit and unit.endswith("吨"):
        return Quantity(start, end, scaled(value, 1e4) if unit.startswith("万") else value, "tonne")
    if unit and unit.strip().upper() == "EFLOPS":
        return Quantity(start, end, value, "EFLOPS")
    if unit and unit.strip() == "EB":
        return Quantity(start, end, value, "EB")
    if unit and unit.strip().upper() in _POWER_UNITS:
        return _zh_power(s, start, end, value, unit.strip().upper(), mag)
    if unit == "成":
        # 五成 = 50 %; only a single tenth digit makes sense (超五成, 四成以上).
        return Quantity(start, end, scaled(value, 10), "percent") if value < 10 and not mag else None
    if unit == "倍":
        # 是2020年的2.4倍, and 增长1.5倍 / 较上年增长1.6倍 too: a multiple as stated (the sets' convention,
        # heldout3 H36, heldout16 H212, as 增长近2倍 always was), not 150 %
        return Quantity(start, end, value, "ratio")
    if unit:
        counted = _zh_counted(s, end)
        if unit == "个" and s.startswith("百分点", end):
            return None
        return Quantity(start, end, value, "count", counted=counted)
    # A magnitude with no unit: 千兆用户数突破5000万, 520万标准机架 (not 万亿级产业集群, 千万级用户: a
    # class by size, no figure).
    if s[end:end + 1] in ("元", "美", "级"):
        return None
    return Quantity(start, end, value, "count", counted=_zh_counted(s, end), bare=True)


# --- English -------------------------------------------------------------------------------
# Each English extractor first checks for something every one of its matches contains (a digit,
# "illion", a number word): most sentences have none of them (see scrapers.facts.needles).
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = tuple("0123456789")


def _has_digit(s: str) -> bool:
    """``bool(_DIGIT.search(s))``: in an ASCII text \\d means 0-9, which ``in`` tests find at C
    speed (re tests \\d against the Unicode tables at every character it scans)."""
    if s.isascii():
        return has_any(s, _ASCII_DIGITS)
    return _DIGIT.search(s) is not None


_EN_QUANTITY = re.compile(
    r"(?<![\w.,/:\-])"
    r"(?P<cur>US\$\s?|\$|RMB\s?|¥)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # (no letter right after the number, except the wires' abbreviated magnitudes, "$4.2bn", and the
    # symbols of power and energy, "180GW", "940GWh")
    r"(?![\w](?<![bmtkg])|[bmt](?!n\b|wh?\b)|[kg](?!wh?\b)|[-:/]\d|\.\d|,\d{3})"
    r"(?:\s*(?:-|\s)?(?P<mag>trillion|billion|million|thousand|bn|mn|tn)\b)?"
    r"(?P<unit>\s*(?:%|per ?cent\b|percentage points?\b|pct\b)"
    r"|[\s-]+(?:yuan|RMB)\b"
    r"|\s+(?:U\.S\.|US)\s+dollars?\b|\s+dollars\b|\s+USD\b"
    r"|\s*EFLOPS\b|\s+exabytes\b|\s*EB\b"
    # (power and energy: "180 GW", "3.4 billion kilowatts", "940 gigawatt-hours", "1,200 kWh"; not
    # "16-megawatt", a hyphen joining a product's rating, left a bare number for the distractors)
    r"|\s*(?:[kKMGT]W[hH]?|kwh)\b|\s+(?:kilo|mega|giga|tera)watt(?:[- ]hours?|s)?\b"
    # (deadweight tonnes measure ships' capacity: tonnes, as 载重吨)
    r"|\s+(?:metric\s+|deadweight\s+)?(?:tonnes|tons)\b|\s+dwt\b"
    # ("470 industrial robots for every 10,000 manufacturing workers": the density, as "per 10,000")
    # (the noun may be left to the subject: "robot density has reached 470 per 10,000 workers")
    r"|\s+(?:(?:units|robots|industrial robots) )?(?:per|for every|for each) 10,000 (?:manufacturing )?(?:workers|employees)"
    r"|\s+times\b|-fold\b|fold\b)?",
    re.I,
)
_EN_QUANTITY = flatten(_EN_QUANTITY)  # (optional groups as alternations: needles.flatten)
# Where a match can start (see _ZH_QUANTITY_STARTS): a currency sign (either case) or a digit, not
# preceded by what the look-behind excludes; a u or r only where US$ or RMB follows (as the
# pattern reads them, ignoring case), not at every word that starts with one of those letters.
_EN_QUANTITY_STARTS = re.compile(
    r"[uUrR$¥\d](?<![\w.,/:\-][\s\S])(?:(?<=[$¥\d])|(?<=[uU])(?=(?i:s)\$)|(?<=[rR])(?=(?i:mb)))")
# The same places in an ASCII text with no "$" and no "rmb" (case-folded): only digits, 0-9 there.
# (A class of ASCII characters is a bitmap lookup for re; the u and r of the class above stop the
# scan at every such letter, and \d looks each character up in the Unicode tables.)
_EN_QUANTITY_DIGIT_STARTS = re.compile(r"[0-9](?<![\w.,/:\-][0-9])")
# A word of the counted noun phrase; "5G factories" starts with a digit but has a letter.
# (a size joined by a hyphen is a word of the noun: "four 8.6-generation OLED production lines")
_EN_COUNTED_WORD = re.compile(r"\s+([\"“”']?(?:[A-Za-z]|\d+[A-Za-z]|\d+(?:\.\d+)?-[A-Za-z])[\w\-/+]*[\"“”']?,?)")
_EN_COUNTED_STOP = {
    "have", "has", "had", "were", "was", "are", "is", "will", "would", "in", "by", "on", "at", "to",
    "from", "that", "which", "with", "as", "newly", "this", "last", "across", "nationwide", "under",
    "than", "or", "year", "each", "per", "since", "during", "over", "after", "before", "while",
    "been", "being", "so", "into", "when", "where", "who", "the", "a", "an", "respectively", "between", "among",
    "against", "via", "through", "until", "amid", "including", "up", "down", "worth", "compared", "both", "all",
    "next", "previous", "earlier", "later",
}
_EN_FOLD_INCREASE = re.compile(r"\s+(?:increase|rise|growth|jump)")


def _en_counted(s: str, end: int) -> str | None:
    """Words after a bare count: '421 national-level smart manufacturing demonstration factories'."""
    words: list[str] = []
    pos = end
    while len(words) < 8:
        m = _EN_COUNTED_WORD.match(s, pos)
        if not m:
            break
        word = m.group(1)
        clean = word.strip("\"“”',").lower()
        if clean in _EN_COUNTED_STOP:
            break
        if clean in ("and", "of", "for") and (not words or words[-1].lower().rstrip(",\"”").endswith("s") and clean == "and"):
            break
        words.append(word.rstrip(","))
        pos = m.end()
        if word.endswith(","):
            break
    while words and words[-1].strip("\"“”'").lower() in ("and", "of", "for"):
        words.pop()
    return " ".join(w.strip("\"“”'") for w in words) or None


# "between 5 and 6 percent", "5-6 percent": a range with the unit after the upper bound.
# "15 to 20 percent" too, but not "from 15 to 20 percent", which is two figures.
# ("15%-20%": the unit may be written after both bounds; and so may it after "between": "between 5%
# and 6%", "between 3.3 million and 3.5 million TEUs")
_EN_RANGE = re.compile(r"(?:\bbetween\s+(?P<a>\d+(?:\.\d+)?)(?P<aunit>%|\s+(?:percent|per\s+cent|million|billion|trillion))?"
                       r"\s+and\s+|(?<![\w.])(?P<b>\d+(?:\.\d+)?)(?:%(?=[-–]\d))?\s*[-–]\s*"
                       # ("6 million to 7 million tons": the magnitude may be written on both bounds, as after "between")
                       r"|(?<![\w.])(?<!from )(?P<c>\d+(?:\.\d+)?)(?:%|(?P<cunit>\s+(?:million|billion|trillion)))?\s+to\s+)"
                       r"(?P<hi>\d+(?:\.\d+)?)(?P<unit>\s*(?:%|percent\b|per cent\b)|\s+(?:million|billion|trillion)\b)")
# "from" with a qualifier before a range's first bound: "rose from about 30% to 36%" is two levels.
_EN_FROM_QUALIFIED_BEFORE = re.compile(r"\bfrom\s+(?:about|around|roughly|nearly|almost|some|just|over|under|below|above"
                                       r"|more\s+than|less\s+than)\s+$")
# A change told in the past right before "X% to Y%" ("fell 4% to 21%", "climbed by 5% to 40%"): the
# change, then the level it brought, when the second is well above the first (a range's bounds are
# close: "grew 3% to 4%" may still be one).
_EN_PAST_CHANGE_BEFORE = re.compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|slid|gained"
                                    r"|rebounded|slipped|dipped|surged|soared|plunged|tumbled|edged\s+(?:up|down))"
                                    r"\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?$")
# What a range of millions or billions measures, right after it (else it counts things).
_EN_RANGE_MEASURE_AFTER = re.compile(r"\s+(?:(?P<cny>yuan)|(?:metric\s+)?(?:tonnes|tons))\b")
# A range of an amount written in full, its unit after the upper bound: "100,000 to 200,000
# tonnes", "500 to 800 yuan" (not "from 100,000 to 200,000 tonnes", two figures; nor a percent
# before it, "rose 8.9% to 48,470 tonnes", a growth rate then the level reached).
_EN_AMOUNT_RANGE = re.compile(r"(?<![\w.,$%])(?<!from )(?P<lo>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+to\s+"
                              r"(?P<hi>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:(?P<cny>yuan)|(?:metric\s+)?(?:tonnes|tons))\b")
_EN_AMOUNT_RANGE_WORDS = ("yuan", "tonnes", "tons")
# A percent range whose lower bound is spelled as a word (style guides spell numbers below ten): "by
# three to 5 percent", "between three and 5 percent", "three-5%" (not "from three to 5 percent",
# two figures; a word bound of ten at most, the words style guides spell).
_EN_SMALL_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                          "nine": 9, "ten": 10}
_EN_WORD_RANGE = re.compile(r"(?:\bbetween\s+|(?<![\w.-])(?<!from\s))(?P<lo>one|two|three|four|five|six|seven|eight|nine|ten)"
                            r"(?:\s+to\s+|\s+and\s+|\s*[-–]\s*)(?P<hi>\d+(?:\.\d+)?)(?:\s*(?:%|percent\b|per\s+cent\b))",
                            re.I)
_EN_WORD_RANGE_NEEDLES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_EN_RANGE = flatten(_EN_RANGE)  # (optional groups as alternations: needles.flatten)
# One of these is in every match of _EN_RANGE (its unit: case-sensitive, and not optional).
_EN_RANGE_UNIT_WORDS = ("%", "percent", "per cent", "illion")
# Where a match can start (see _ZH_QUANTITY_STARTS): the b of "between", or a digit not preceded
# by a word character or point.
_EN_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_EN_RANGE_STARTS = re.compile(r"[b\d](?:(?<=b)(?=etween)|(?<=\d)(?<![\w.]\d))")
# (not "from 10 to 15", two figures; a unit or magnitude after the upper bound is _EN_RANGE's or no count)
# (the look-behinds after the first digit: re then scans for a digit at C speed instead of trying
# them at every position)
# (thousands too, written with separators: "sales to reach 40,000 to 50,000 units this year")
_EN_COUNT_RANGE = re.compile(r"(?P<lo>\d(?<![\w.,$]\d)(?<!from \d)(?:\d{0,2}(?:,\d{3})+|\d{0,2}))\s+to\s+"
                             r"(?P<hi>\d{1,3}(?:,\d{3})+|\d{1,3})(?=\s+[A-Za-z\"“])")
# "eight to 10 large cruise ships", "five to 12 projects": a range of counts whose lower bound is written
# as a word, the upper in numerals, the noun after it (as _EN_COUNT_RANGE; not "from eight to 10")
_EN_WORD_COUNT_RANGE = re.compile(r"(?<!from )\b(?P<lo>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+to\s+"
                                  r"(?P<hi>\d{1,3})(?![\d,.])(?=\s+[A-Za-z\"“])", re.I)
_EN_WORD_COUNT_RANGE_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# "between 30,000 and 40,000 units": a range of counts, the noun after the upper bound (not
# "between 2021 and 2023", years, nor a percent or magnitude, _EN_RANGE's)
_EN_BETWEEN_COUNTS = re.compile(r"\bbetween\s+(?P<lo>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+(?P<hi>\d{1,3}(?:,\d{3})+|\d+)"
                                r"(?=\s+[A-Za-z\"“])")
_EN_NOT_COUNTED = re.compile(r"\s+(?:percent|per|percentage|points?|times|fold|million|billion|trillion|thousand|yuan|dollars|"
                             r"tons|tonnes|EFLOPS|exabytes|[kMGT]Wh?|(?:kilo|mega|giga|tera)watts?)\b", re.I)
_EN_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_EN_WORD_MAGNITUDE = re.compile(r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<mag>million|billion|trillion)\b"
                                r"(?P<yuan>\s+yuan)?", re.I)


# Counts written as words ("eight national pilot zones", "twenty-five demonstration bases").
_EN_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_WORD_COUNT = re.compile(
    r"\b(?P<tens>" + "|".join(_EN_TENS) + r")(?:[- ](?P<ones>one|" + "|".join(list(_EN_UNITS)[:8]) + r"))?\b"
    r"|\b(?P<unit>" + "|".join(_EN_UNITS) + r")\b",
    re.I,
)
_EN_ONES = {"one": 1, **_EN_UNITS}


def _at_word_starts(branches: list[tuple[list[str], str]]) -> str:
    """The pattern ``\\b(?:w1|w2|…)tail1|\\b(?:…)tail2|…`` (one branch per (words, tail), words of
    letters), written so that every branch opens with a literal: the words grouped by their first
    letter, the word boundary asked after that letter ((?<!\\w.): no word character before it).
    re scans for those letters at C speed, where a pattern opening with \\b is tried at every
    position. The same matches: at one place only the words of its letter can match, in the
    order they had."""
    letters = list(dict.fromkeys(w[0] for words, _ in branches for w in words))
    out = []
    for letter in letters:
        parts = [f"(?:{'|'.join(re.escape(w[1:]) for w in words if w[0] == letter)}){tail}"
                 for words, tail in branches if any(w[0] == letter for w in words)]
        out.append(f"{re.escape(letter)}(?<!\\w.)(?:{'|'.join(parts)})")
    return "|".join(out)


# Run on the folded sentence (see needles.folded_finditer), where only where a match starts is
# read: case_sensitive_twin(_EN_WORD_COUNT) and case_sensitive_twin(_EN_WORD_MAGNITUDE), written
# by _at_word_starts (tests/facts/test_speed_pass5.py compares them).
_EN_WORD_COUNT_TWIN = re.compile(_at_word_starts([
    (list(_EN_TENS), r"(?:[- ](?:one|" + "|".join(list(_EN_UNITS)[:8]) + r"))?\b"),
    (list(_EN_UNITS), r"\b"),
]))
_EN_WORD_MAGNITUDE_TWIN = re.compile(_at_word_starts([
    (list(_EN_WORD_NUMBERS), r"\s+(?:million|billion|trillion)\b(?:\s+yuan)?"),
]))


# What every number word contains (ninety holds nine, fourteen four, thirteen and thirty thirt …):
# 15 tests rather than one per word, on most sentences, which hold none.
_EN_NUMBER_WORDS = ("two", "twel", "twen", "three", "thirt", "four", "fort", "fift", "five", "six", "seven", "eight",
                    "nine", "ten", "eleven")


# A number word with no noun of its own that a figure before it names: the earlier level of a
# change ("rose to 14 from nine", "…, up from nine a year earlier") or a part of a count
# ("198 standards, nine of which were …"). Read as a bare count, which takes that figure's unit
# and noun (metrics._inherit_elided_units) or is dropped as bare.
_EN_WORD_FROM_BEFORE = re.compile(r"(?:\b(?:up|down)|\bto\s+\d[\d,.]*(?:\s+in\s+(?:19|20)\d{2})?)\s+from\s+"
                                  r"(?:(?:about|around|nearly|just)\s+)?$")
_EN_PART_OF_AFTER = re.compile(r"\s+of\s+(?:which|them|these|those)\b")


def _en_word_value(m: re.Match) -> int:
    """The value of a match of _EN_WORD_COUNT ("five" -> 5, "twenty-five" -> 25)."""
    if m.group("unit"):
        return _EN_UNITS[m.group("unit").lower()]
    return _EN_TENS[m.group("tens").lower()] + (_EN_ONES[m.group("ones").lower()] if m.group("ones") else 0)


def _en_word_range(s: str, m: re.Match, value: int) -> Quantity | None:
    """A range of counts in words opened by the number word ``m`` ("cultivate three to five
    globally competitive enterprises", "two to three national centres"), its noun after the
    upper bound; else None. Not "from two to five plants" (a change from one count to another),
    and not a range of years or other spans, which _en_counted's stops or the distractors leave
    out as for any count ("two to three years": a duration)."""
    if not s.startswith(" to ", m.end()) or s[max(0, m.start() - 5): m.start()].lower() == "from ":
        return None
    # (a single-position match of the pattern after " to ": cheap, and only after a number word)
    high = _EN_WORD_COUNT.match(s, m.end() + 4)
    if high is None or not value < (high_value := _en_word_value(high)):
        return None
    counted = _en_counted(s, high.end())
    if not counted:
        return None
    return Quantity(m.start(), high.end(), float(value), "count", counted=counted, value_high=float(high_value),
                    chinese_numeral=True)


def _en_word_counts(s: str, folded: str) -> list[Quantity]:
    """Counts spelled out in words; kept only with a counted noun (checked later like Chinese
    numerals: a strong cue such as 'approved' or 'reached' must come before), or as a bare
    count where a figure before names it (see _EN_WORD_FROM_BEFORE). A range of them ("three to
    five enterprises") is one quantity, the upper bound's own match nested in it and dropped by
    _drop_nested. ``folded`` is ``fold(s)``."""
    out = []
    if not has_any(folded, _EN_NUMBER_WORDS):
        return out
    for m in folded_finditer(_EN_WORD_COUNT, _EN_WORD_COUNT_TWIN, s, folded):
        value = _en_word_value(m)
        word_range = _en_word_range(s, m, value)
        if word_range is not None:
            out.append(word_range)
            continue
        counted = _en_counted(s, m.end())
        if counted:
            out.append(Quantity(m.start(), m.end(), float(value), "count", counted=counted, chinese_numeral=True))
        elif _elided_word_count(s, m.start(), m.end()):
            out.append(Quantity(m.start(), m.end(), float(value), "count", bare=True))
    return out


def _elided_word_count(s: str, start: int, end: int) -> bool:
    """Whether the number word at s[start:end] stands where a figure before it names what it
    counts (_EN_WORD_FROM_BEFORE, _EN_PART_OF_AFTER; a comma before the part)."""
    before = s[max(0, start - 40): start]
    if "from " in before[-16:]:
        return _EN_WORD_FROM_BEFORE.search(before) is not None
    return before.endswith(", ") and _EN_PART_OF_AFTER.match(s, end) is not None


def _unit_word(unit: str) -> str:
    """A range bound's unit or magnitude, spelled one way ("per cent" and "%" as "percent")."""
    word = " ".join(unit.split()).lower()
    return "percent" if word in ("%", "per cent") else word


def _en_ranges(s: str, digits: bool) -> list[Quantity]:
    """Ranges ("between 5 and 6 percent", "10 to 15 large models"); ``digits``: whether ``s``
    holds a digit (every range does)."""
    out = []
    if not digits or not has_any(s, ("between", "-", "–", " to ")):
        return out
    # (_EN_RANGE only when the sentence holds one of the units the pattern requires after the upper bound)
    ranges = candidate_matches(_EN_RANGE, _EN_RANGE_STARTS, s) if has_any(s, _EN_RANGE_UNIT_WORDS) else ()
    for m in ranges:
        if m.group("c") and _EN_MONTH_BEFORE.search(s, max(0, m.start() - 12), m.start()):
            continue  # "from 10 percent on Jan. 1 to 15 percent": a day, then the second figure
        if m.group("c") and s.startswith("%", m.end("c")) and "%" not in m.group("unit") and "percent" not in m.group("unit"):
            continue  # "rose 8.9% to 48.47 million tons": a growth rate, then the level it reached
        if m.group("c") and "from" in s[max(0, m.start() - 24): m.start()] \
                and _EN_FROM_QUALIFIED_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            continue  # "rose from about 30% to 36%": two levels, as "from 30% to 36%" is (the look-behind's)
        low, high = float(m.group("a") or m.group("b") or m.group("c")), float(m.group("hi"))
        if not low < high:
            continue
        low_unit = m.group("aunit") or m.group("cunit")
        if low_unit and _unit_word(low_unit) != _unit_word(m.group("unit")):
            continue  # "between 3 million and 3.5 billion": bounds of two magnitudes are no range
        if m.group("cunit") and _EN_PAST_CHANGE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            continue  # "output rose 2 million to 9 million tons": a change told in the past, then the level it brought
        if m.group("c") and high >= 2 * low and s.startswith("%", m.end("c")) \
                and _EN_PAST_CHANGE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            continue  # "Its share fell 4% to 21%": a change told in the past, then the level it brought
        unit_text = m.group("unit").strip().lower()
        factor = en_magnitude(unit_text) if unit_text in ("million", "billion", "trillion") else 1.0
        unit, end = "percent" if factor == 1.0 else "count", m.end()
        measure = _EN_RANGE_MEASURE_AFTER.match(s, end) if factor != 1.0 else None
        if measure:
            # ("10 to 12 billion yuan", "5 to 8 million tonnes": the magnitude, then what is measured)
            unit, end = "CNY" if measure["cny"] else "tonne", measure.end()
        out.append(Quantity(m.start(), end, scaled(low, factor), unit, value_high=scaled(high, factor)))
    if has_any(s, _EN_WORD_RANGE_NEEDLES) and has_any(s, _EN_RANGE_UNIT_WORDS):
        for m in _EN_WORD_RANGE.finditer(s):
            # "rose by three to 5 percent": the lower bound a word, the upper in digits with the unit
            low, high = float(_EN_SMALL_NUMBER_WORDS[m.group("lo").lower()]), float(m.group("hi"))
            if low < high:
                out.append(Quantity(m.start(), m.end(), low, "percent", value_high=high))
    if " to " in s and has_any(s, _EN_AMOUNT_RANGE_WORDS):
        for m in _EN_AMOUNT_RANGE.finditer(s):
            # "100,000 to 200,000 tonnes a year": a range of an amount, its unit after the upper bound
            low, high = parse_number(m.group("lo")), parse_number(m.group("hi"))
            if low is not None and high is not None and low < high:
                out.append(Quantity(m.start(), m.end(), low, "CNY" if m["cny"] else "tonne", value_high=high))
    if "between" in s:
        for m in _EN_BETWEEN_COUNTS.finditer(s):
            low, high = parse_number(m.group("lo")), parse_number(m.group("hi"))
            if low is None or high is None or not low < high or _EN_NOT_COUNTED.match(s, m.end()) \
                    or all(1900 <= v <= 2100 and "," not in t for v, t in ((low, m["lo"]), (high, m["hi"]))):
                continue
            counted = _en_counted(s, m.end())
            if counted:
                out.append(Quantity(m.start(), m.end(), low, "count", counted=counted, value_high=high))
    if " to " in s:
        for m in _EN_COUNT_RANGE.finditer(s):
            # "10 to 15 industry-specific large models": a range of counts, the noun after the upper bound
            low, high = parse_number(m.group("lo")), parse_number(m.group("hi"))
            if low is None or high is None or _EN_PAST_CHANGE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
                continue  # ("sales rose by 3,000 to 45,000 units": a change told in the past, then the level)
            counted = _en_counted(s, m.end()) if low < high and not _EN_NOT_COUNTED.match(s, m.end()) else None
            if counted:
                out.append(Quantity(m.start(), m.end(), low, "count", counted=counted, value_high=high))
        out.extend(_en_word_count_ranges(s))
    return out


def _word_before_to(folded: str) -> bool:
    """Whether one of _EN_WORD_COUNT_RANGE_WORDS stands right before " to " in ``folded``: each
    " to " (one or two a sentence) asked for the words ending before it with one str.endswith,
    where testing each word + " to " scanned the sentence eleven times (speed pass 30)."""
    at = folded.find(" to ")
    while at >= 0:
        if folded.endswith(_EN_WORD_COUNT_RANGE_WORDS, 0, at):
            return True
        at = folded.find(" to ", at + 1)
    return False


def _en_word_count_ranges(s: str) -> list[Quantity]:
    """Ranges of counts with a lower bound in words ("eight to 10 large cruise ships"), as
    _EN_COUNT_RANGE reads them in numerals; tried only when a number word stands before " to "."""
    out = []
    if not _word_before_to(s.lower()):
        return out
    for m in _EN_WORD_COUNT_RANGE.finditer(s):
        low, high = _EN_ONES[m.group("lo").lower()], float(m.group("hi"))
        if not low < high or _EN_PAST_CHANGE_BEFORE.search(s, max(0, m.start() - 24), m.start()) \
                or _EN_NOT_COUNTED.match(s, m.end()):
            continue  # ("rose by eight to 20 units": a change told in the past, then the level)
        counted = _en_counted(s, m.end())
        if counted:
            out.append(Quantity(m.start(), m.end(), float(low), "count", counted=counted, value_high=high))
    return out


def _en_word_magnitudes(s: str, folded: str) -> list[Quantity]:
    out = []
    if not has_any(folded, ("illion",)):
        return out
    for m in folded_finditer(_EN_WORD_MAGNITUDE, _EN_WORD_MAGNITUDE_TWIN, s, folded):
        value = scaled(_EN_WORD_NUMBERS[m.group("w").lower()], en_magnitude(m.group("mag")))
        unit = "CNY" if m.group("yuan") else "count"
        counted = None if m.group("yuan") else _en_counted(s, m.end())
        out.append(Quantity(m.start(), m.end(), value, unit, counted=counted, bare=unit == "count" and counted is None))
    return out


def _en_quantities(s: str, digits: bool, folded: str) -> list[Quantity]:
    """Figures written in digits with their unit; ``digits``: whether ``s`` holds a digit,
    ``folded``: ``fold(s)``."""
    out: list[Quantity] = []
    if not digits:
        return out
    ascii_digits_only = s.isascii() and "$" not in s and "rmb" not in folded
    starts = _EN_QUANTITY_DIGIT_STARTS if ascii_digits_only else _EN_QUANTITY_STARTS
    for m in candidate_matches(_EN_QUANTITY, starts, s):
        cur, num, mag, unit_text = m.groups()  # (one call for the four groups, in the pattern's order)
        value = parse_number(num)
        if value is None:
            continue
        value = scaled(value, en_magnitude(mag))
        unit_text = (unit_text or "").strip().lower()
        cur = (cur or "").strip().lower()
        start, end = m.span()
        unit_text = unit_text.lstrip("-").strip()
        if unit_text in ("%", "percent", "per cent", "pct"):
            out.append(Quantity(start, end, value, "percent"))
        elif unit_text.startswith("percentage point"):
            out.append(Quantity(start, end, value, "percentage_points"))
        elif unit_text in ("yuan", "rmb") or cur in ("rmb", "¥"):
            out.append(Quantity(start, end, value, "CNY"))
        elif "dollar" in unit_text or unit_text == "usd" or cur in ("$", "us$"):
            out.append(Quantity(start, end, value, "USD"))
        elif unit_text == "eflops":
            out.append(Quantity(start, end, value, "EFLOPS"))
        elif unit_text in ("exabytes", "eb"):
            out.append(Quantity(start, end, value, "EB"))
        elif unit_text[-1:] in ("w", "h", "s", "t") and unit_text.rstrip("s").endswith(("w", "wh", "watt", "hour")):
            base, factor = _en_power_unit(unit_text)
            out.append(Quantity(start, end, scaled(value, factor), base))
        elif unit_text.endswith(("tonnes", "tons", "dwt")):
            out.append(Quantity(start, end, value, "tonne"))
        elif "10,000" in unit_text:
            if unit_text.startswith(("per", "for")) and not _EN_ROBOT_WORD.search(s, max(0, start - 120), start):
                # "The accident rate fell to 2 per 10,000 workers": a bare base with no robot named
                # before it is some other rate per worker, no robot density (no figure of ours)
                continue
            out.append(Quantity(start, end, value, "robots_per_10000_workers"))
        elif unit_text in ("-fold", "fold") and _EN_FOLD_INCREASE.match(s, end):
            # "a 1.5-fold increase" adds 150 % to the base.
            out.append(Quantity(start, end, scaled(value, 100), "percent"))
        elif unit_text in ("times", "-fold", "fold"):
            out.append(Quantity(start, end, value, "ratio"))
        elif not unit_text and " point" in s[end:end + 7] and _EN_POINTS_TO_PERCENT.match(s, end):
            # "The PPI fell 0.5 points to -2.3%", "the PMI rose 0.5 point to 50.2%": points of a
            # reading in percent are percentage points (not a stock index's, "fell 12 points to 3,050")
            out.append(Quantity(start, end + len(_EN_POINTS_WORD.match(s, end)[0]), value, "percentage_points"))
        else:
            counted = _en_counted(s, end)
            out.append(Quantity(start, end, value, "count", counted=counted, bare=counted is None))
    return out


_EN_POWER_PREFIXES = {"k": 1e3, "kilo": 1e3, "m": 1e6, "mega": 1e6, "g": 1e9, "giga": 1e9, "t": 1e12, "tera": 1e12}


def _en_power_unit(unit_text: str) -> tuple[str, float]:
    """("W" or "Wh", factor) for a power or energy unit as _EN_QUANTITY matched it, lower-cased:
    "gw" -> ("W", 1e9), "kilowatt-hours" -> ("Wh", 1e3), "twh" -> ("Wh", 1e12)."""
    energy = unit_text.endswith(("h", "hour", "hours"))
    prefix = unit_text.split("watt")[0] if "watt" in unit_text else unit_text[0]
    return ("Wh" if energy else "W"), _EN_POWER_PREFIXES[prefix]


# A change in bare points before the reading in percent it brought (see _en_quantities).
_EN_POINTS_WORD = re.compile(r"\s+points?\b")
_EN_POINTS_TO_PERCENT = re.compile(r"\s+points?\s+to\s+(?:(?:about|around|roughly|nearly|almost|over|just\s+over|more\s+than)\s+)?"
                                   r"[-−]?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)", re.I)


# ("the second half of the year" is a time, not 50 %)
# ("making up more than half" at the end of a phrase, without "of", is a share too)
_EN_HALF_OF_IT = re.compile(r"\b(?:making up|made up|make up|makes up|accounting for|accounted for|account for|accounts for)\s+"
                            r"(?P<q>nearly |about |almost |roughly |more than |over )?(?P<w>half)\b(?!\s+of\b)", re.I)
_EN_WORD_SHARES = re.compile(r"(?<!first )(?<!last )(?<!second )(?<!latter )\b(?P<q>nearly |about |almost |roughly |more than |over )?(?P<w>half|a quarter|a third|a fifth|a tenth|one[- ]third|one[- ]fifth|two[- ]thirds|three[- ]quarters"
                             # ("about a sixth of the country's float capacity", "an eighth of output")
                             r"|a sixth|one[- ]sixth|an eighth|one[- ]eighth)\s+of\b", re.I)
# A fraction as the subject of its clause, the whole left to the sentence before ("Of the 300
# toolmakers polled, only about a fifth had seen orders recover", "About half said …", "Fewer than
# a third expect …"): a share. "a third", "a quarter", "a fifth", "a tenth" only after a hedge, which
# no ordinal takes ("Two plants run; a third is being built" counts plants); then an auxiliary or a
# verb of saying or seeing.
_EN_FRACTION_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:but|and|while|whereas)\s+)(?:only\s+|just\s+)?"
    r"(?:(?P<q>nearly |about |almost |roughly |around |more than |over |fewer than |less than |close to |some )"
    r"(?P<w>half|a quarter|a third|a fifth|a tenth|one[- ]third|one[- ]fifth|two[- ]thirds|three[- ]quarters)"
    r"|(?P<w2>half|one[- ]third|one[- ]fifth|two[- ]thirds|three[- ]quarters))"
    r"\s+(?:had|have|has|were|are|said|say|says|reported|report|saw|see|expected|expect|expects|planned|plan|plans)\b",
    re.I)
# A change by a fraction ("shipments fell by about half", "output rose by a third"): that many
# percent, its sign read from the verb as for any change.
_EN_CHANGED_BY_FRACTION = re.compile(
    r"\b(?:fell|fallen|dropped|declined|decreased|shrank|shrunk|plunged|plummeted|slumped|tumbled|rose|risen|grew|grown|"
    r"increased|jumped|climbed|surged|expanded|(?:been )?(?:cut|reduced))\s+by\s+(?:nearly |about |almost |roughly |more than |over )?"
    r"(?P<w>half|a quarter|a third|a fifth|a tenth|one[- ]third|one[- ]fifth|two[- ]thirds|three[- ]quarters)\b(?!\s+of\b)", re.I)
_EN_CHANGED_BY_FRACTION = with_heads(flatten(_EN_CHANGED_BY_FRACTION))  # (needles.flatten, needles.with_heads)
# Where matches of the two patterns above can start (see needles.word_starts): the words they open
# with ("one" for one-third, one fifth; "two", "three" likewise).
_EN_WORD_SHARES_STARTS = word_starts("nearly ", "about ", "almost ", "roughly ", "more than ", "over ", "half",
                                     "a quarter", "a third", "a fifth", "a tenth", "a sixth", "an eighth", "one", "two", "three")
_EN_HALF_OF_IT_STARTS = word_starts("making up", "made up", "make up", "makes up", "accounting for", "accounted for",
                                    "account for", "accounts for")
_WORD_SHARE_VALUES = {"half": 50.0, "a quarter": 25.0, "a third": 33.3, "one-third": 33.3, "one third": 33.3,
                      "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
                      "two-thirds": 66.7, "two thirds": 66.7, "three-quarters": 75.0, "three quarters": 75.0,
                      "a sixth": 16.7, "one-sixth": 16.7, "one sixth": 16.7, "an eighth": 12.5, "one-eighth": 12.5,
                      "one eighth": 12.5}


def _en_word_shares(s: str, folded: str) -> list[Quantity]:
    out = []
    if not has_any(folded, ("half", "quarter", "third", "fifth", "tenth", "sixth", "eighth")):
        return out
    # (the patterns open with \b and look-behinds, which re tries at every position: they are tried
    # only where a match can start, found in the folded sentence, when it is as long as ``s``)
    same_length = len(folded) == len(s)
    shares = (candidate_matches(_EN_WORD_SHARES, _EN_WORD_SHARES_STARTS, s, folded) if same_length
              else _EN_WORD_SHARES.finditer(s))
    for m in shares:
        value = _WORD_SHARE_VALUES[m.group("w").lower()]
        out.append(Quantity(m.start("w"), m.end("w"), value, "percent", inner_qualifier="approx"))
    if "half" in folded and ("up" in folded or "account" in folded):
        halves = (candidate_matches(_EN_HALF_OF_IT, _EN_HALF_OF_IT_STARTS, s, folded) if same_length
                  else _EN_HALF_OF_IT.finditer(s))
        for m in halves:
            out.append(Quantity(m.start("w"), m.end("w"), 50.0, "percent", inner_qualifier="approx"))
    for m in _EN_FRACTION_SUBJECT.finditer(s):
        w = "w" if m.group("w") else "w2"
        out.append(Quantity(m.start(w), m.end(w), _WORD_SHARE_VALUES[m.group(w).lower()], "percent",
                            inner_qualifier="approx"))
    if " by " in s:
        for m in _EN_CHANGED_BY_FRACTION.finditer(s):
            value = _WORD_SHARE_VALUES[m.group("w").lower()]
            out.append(Quantity(m.start("w"), m.end("w"), value, "percent", inner_qualifier="approx"))
    return out


# A part told as "N in M" ("one in five new cars sold is electric", "nearly two in three firms",
# "one in every four"; words only, a digit form too rare to pay for): that share, approximate as the word fractions above are (the devset README
# counts "a quarter of" approx). Not a frequency over time ("one in five years") or occasions ("one in
# five shifts"), nor odds ("one in a
# million": no number after "in"), nor a place among others ("in one of five cities": no "in" between).
_EN_RATIO_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                     "ten": 10}
_EN_IN_RATIO = re.compile(
    r"\b(?:(?P<q>nearly|about|almost|roughly|around|more\s+than|over|close\s+to|fewer\s+than|less\s+than)\s+)?"
    r"(?P<w>(?P<a>one|two|three|four)\s+in\s+(?:every\s+)?(?P<b>two|three|four|five|six|seven|eight|nine|ten))\b"
    # (nor occasions, which are no units of a population: "runs one in five shifts", "one in three
    # attempts", "one in four quarters"; plural, as the whole is: "one in four shift workers" is people)
    r"(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies)|times"
    r"|shifts|attempts|tries|turns|cycles|quarters|seasons|nights|weekends|occasions)\b)", re.I)
_IN_RATIO_CUES = ("one in ", "two in ", "three in ", "four in ")


def _ratio_number(word: str) -> int:
    return _EN_RATIO_NUMBERS[word.lower()]


def _en_in_ratios(s: str, folded: str) -> list[Quantity]:
    """Shares told as "one in five" (see _EN_IN_RATIO); a cheap substring test first."""
    if not has_any(folded, _IN_RATIO_CUES):
        return []
    out = []
    for m in _EN_IN_RATIO.finditer(s):
        part, whole = _ratio_number(m["a"]), _ratio_number(m["b"])
        if 0 < part < whole:
            out.append(Quantity(m.start("w"), m.end("w"), round(100.0 * part / whole, 1), "percent", inner_qualifier="approx"))
    return out


_START, _END = attrgetter("start"), attrgetter("end")


def _drop_nested(items: list[Quantity]) -> list[Quantity]:
    if len(items) < 2:
        return items  # (most sentences: nothing to sort or drop)
    # By start, the longer span first at equal starts (the end later), else in list order: two
    # stable sorts on attributes, which run in C, where a key function costs a Python call per item.
    items.sort(key=_END, reverse=True)  # (reverse=True keeps equal items in their order)
    items.sort(key=_START)
    out: list[Quantity] = []
    for q in items:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


# What a bare "N per 10,000 workers" must follow to be a robot density ("robot density has reached 470
# per 10,000 workers", "the density of industrial robots was 470 per 10,000 workers").
_EN_ROBOT_WORD = re.compile(r"robot|automation|density", re.I)


# A density told base first: "for every 10,000 workers, there were 470 robots", "For each 10,000
# manufacturing employees, China had 470 industrial robots" (the figure as "470 robots per 10,000
# workers" is; the span covers the base, whose 10,000 is no figure of its own). Only a base of
# 10,000 workers: the unit gold states densities in.
_EN_FRONTED_DENSITY = re.compile(
    r"\b[Ff]or\s+(?:every|each)\s+10,000\s+(?:manufacturing\s+|factory\s+|industrial\s+)?(?:workers|employees),?\s+"
    r"(?:there\s+(?:are|were|was|is)|(?:China|the\s+country|the\s+nation|it)\s+(?:has|had|now\s+has)|[\w\s']{0,30}?\s+(?:had|has|used|use|uses))\s+"
    r"(?P<num>\d+(?:\.\d+)?)\s+(?:industrial\s+)?(?:robots|units)\b")


def _en_fronted_density(s: str) -> list[Quantity]:
    """Densities told base first (see _EN_FRONTED_DENSITY)."""
    if "10,000 " not in s or "or e" not in s:  # ("for every", "for each": the literal both hold)
        return []
    return [Quantity(m.start(), m.end(), float(m.group("num")), "robots_per_10000_workers")
            for m in _EN_FRONTED_DENSITY.finditer(s)]


def find_quantities(sentence: str, lang: str) -> list[Quantity]:
    """Quantities in ``sentence`` (already width-normalised), sorted by position."""
    if lang == "zh":
        return _zh_quantities(sentence)
    # (the folded sentence and whether it holds a digit, which most of the scanners below test
    # first, are found once here)
    folded = fold(sentence)
    digits = _has_digit(sentence)
    # Ranges and word numbers first: at equal starts the longer span wins in _drop_nested.
    # (_en_in_ratios' cues, _IN_RATIO_CUES, tested inline: most sentences hold none, and two calls
    # a sentence are spared)
    found = _drop_nested(_en_fronted_density(sentence) + _en_ranges(sentence, digits) + _en_word_magnitudes(sentence, folded)
                         + _en_quantities(sentence, digits, folded) + _en_word_shares(sentence, folded)
                         + _en_word_counts(sentence, folded) + _en_negative_percents(sentence, digits)
                         + (_en_in_ratios(sentence, folded) if ("one in " in folded or "two in " in folded
                                                                 or "three in " in folded or "four in " in folded)
                            else []))
    return _drop_restated(sentence, found) if "(" in sentence and len(found) > 1 else found


# A percentage restated with its sign in brackets right after it: "fell 4.1% (-4.1%)", "rose 2.0
# percent (+2.0%)": one figure, told twice (the bracketed copy goes; the verb gives the first its
# sign). Not a different figure in brackets, "fell 4.1% (-2.0% in September)".
_EN_RESTATED_BETWEEN = re.compile(r"\s*\(\s*\+?$")


def _drop_restated(s: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the bracketed copies of the percentage before them (see _EN_RESTATED_BETWEEN)."""
    out = [found[0]]
    for q in found[1:]:
        before = out[-1]
        if (q.unit == before.unit == "percent" and abs(q.value) == abs(before.value) and q.value_high is None
                and before.value_high is None and _EN_RESTATED_BETWEEN.match(s, before.end, q.start)):
            continue
        out.append(q)
    return out


# A percentage below zero, its minus sign right before the digits after a space or a bracket: "fell
# 0.5 points to -2.3%", "(-1.2 percent)" (a growth rate or a price index's reading below zero; the
# pattern above leaves a number after "-" alone). Not a range's second bound ("5-10%", "2%-3%"), nor
# a word's ("Covid-19").
_EN_NEGATIVE_PERCENT = re.compile(r"(?<![^\s(])[-−](?P<num>\d+(?:\.\d+)?)(?![\d.])\s*(?:%|per\s?cent\b)", re.I)


def _en_negative_percents(s: str, digits: bool) -> list[Quantity]:
    """Percentages below zero written with a minus sign (see _EN_NEGATIVE_PERCENT)."""
    if not digits or ("-" not in s and "−" not in s):
        return []
    return [Quantity(m.start(), m.end(), -float(m["num"]), "percent") for m in _EN_NEGATIVE_PERCENT.finditer(s)
            if not _range_dash(s, m.start())]


def _range_dash(s: str, at: int) -> bool:
    """Whether the minus sign at ``at`` follows a figure right before it, spaces between ("a target
    of 2% -3%", "growth of 5 -6%", "2 percent -3 percent"): a range's dash, spaced unevenly, not a
    sign (precision audit 17)."""
    before = s[max(0, at - 12): at].rstrip()
    return before[-1:].isdigit() or before.endswith(("%", "percent", "per cent"))
