"""Subjects of figures: the indicator phrase as written before a number, its English name (via
the metric dictionary), list splitting for 分别/"respectively" constructions, geography, and the
subject shown for a figure the dictionary does not name (:func:`tidy_subject`: the noun without
the dateline, frame, body's act or verb around it).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from scrapers.facts.needles import edge_chars, flatten, fold

# Words that introduce or link a figure rather than name the indicator.
_ZH_TRAILING_WORDS = (
    "预计", "将", "均", "都", "已经", "已", "也", "再", "累计", "合计", "总计", "共计", "共", "实现", "达到", "达", "为", "是", "有",
    "超过", "超", "逾", "突破", "近", "约", "接近", "将近", "不少于", "不低于", "至少", "增长", "增速", "增幅", "下降", "减少", "下滑",
    "同比", "比上年同期", "较上年同期", "比上年", "较上年", "分别", "升至", "增至", "提升至", "提高到", "扩大到", "增加到", "由",
    "从", "在", "了", "的", "首次", "已达", "保持", "进一步", "稳定在", "占比", "占", "比重", "要", "目前", "当前", "现在", "如今",
    "就", "年均", "在用", "规模", "数量", "总数", "总量", "总规模", "数", "累计开通数", "净增", "新增", "完成", "方面", "拥有", "涵盖", "包括",
    "仅", "只",
)
_ZH_TRAILING = re.compile(r"(?:(?:" + "|".join(w for w in _ZH_TRAILING_WORDS if w != "数")
                          + r"|(?<![指人系次件倍])数|(?:比|较)(?:上年|去年)(?:末|底|同期))+)$")
_ZH_LEADING = re.compile(r"^(?:其中|同时|另外|此外|另有|而|并(?![购网联])|但|据介绍|据统计|数据显示|全国|我国|全年|今年|去年|当年|同年|目前|从(?![业事])|在(?![线建])|，|、)+")
_EN_TRAILING_WORDS = (
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "be", "been", "reached", "reach", "totaled",
    "totalled", "totaling", "amounted to", "came to", "stood at", "numbered", "exceeded", "exceeds", "exceed", "topped",
    "passed", "climbed", "grew", "rose", "increased", "jumped", "fell", "dropped", "up", "down", "by", "to", "at", "of",
    "more than", "over", "about", "around", "nearly", "roughly", "some", "close to", "past", "the", "a", "an", "with",
    "hit", "reaching", "accounting for", "accounted for", "account for", "made up", "making up", "both", "respectively",
    "an increase of", "increase of", "of about", "for", "in", "year-on-year", "year on year", "increase", "rise",
    "growth", "decrease", "decline", "mere", "on", "almost",
)
_EN_TRAILING = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(_EN_TRAILING_WORDS) + r")\b)+\s*$", re.I)
# The same pattern without re.I, for the case-folded text (needles.fold: every character keeps
# its place, and folds to the letter re.I would equate with it, checked for every character in
# tests/facts/test_folded_patterns.py). Where its match starts is read off the text's end by
# _en_trailing_start, without running it: re tries the ~70 words at every space of the text.
_EN_TRAILING_FOLDED = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(_EN_TRAILING_WORDS) + r")\b)+\s*$")
# A trailing pattern can only match text that ends with one of its words (the English one after
# case folding and trailing space). Tested before the strip, cheaply: for Chinese, the text's last
# character (each word's last, or the line break before which $ holds); for English, its last
# word (each word's last, "to" of "amounted to": a match ends with one, after white space or at
# the start). (str.endswith with the ~70-100 words costs more than a set test, and the patterns
# themselves are tried at every position of the text.)
_ZH_TRAILING_ENDS = _ZH_TRAILING_WORDS + ("末", "底", "同期", "\n")
_EN_TRAILING_ENDS = _EN_TRAILING_WORDS
_ZH_TRAILING_LASTS = frozenset(w[-1] for w in _ZH_TRAILING_ENDS)
_EN_TRAILING_LASTS = frozenset(w.split()[-1] for w in _EN_TRAILING_ENDS)
# Conjunctions, and datelines such as "BEIJING, April 1 (Xinhua) --".
_EN_LEADING = re.compile(
    r"^(?:.{0,60}?\s(?:--|—|–)\s*|(?:and|but|yet|while|with|as|meanwhile|also|however|in addition)\s+)", re.I)
# Its second branch alone: without a dash in the text the first cannot match, and trying it costs
# a scan of up to 60 characters (see _strip_leading).
_EN_LEADING_WORD = re.compile(r"^(?:and|but|yet|while|with|as|meanwhile|also|however|in addition)\s+", re.I)
# The characters a match of these patterns anchored at the start can open with (read off the
# patterns; the English one's in lower case): a phrase opening otherwise needs no regex call.
_ZH_LEADING_FIRSTS = edge_chars(_ZH_LEADING)
_EN_LEADING_FIRSTS = edge_chars(_EN_LEADING_WORD)

ZH_REGIONS = {"东部": "East", "中部": "Central", "西部": "West", "东北": "Northeast"}
_ZH_REGION_PREFIXES = tuple(ZH_REGIONS)
_ZH_REGION_SHORT = {"东": "East", "中": "Central", "西": "West"}
EN_REGIONS = {"eastern": "East", "central": "Central", "western": "West", "northeastern": "Northeast", "northeast": "Northeast"}


class Province(NamedTuple):
    """A province-level place: its names and level, for geography keys and for bodies' names."""

    zh: str
    en: str                # the official English name, which bodies' names use ("Xizang")
    level: str             # Provincial, Municipal or Autonomous Region: "<en> <level> Department of …"
    geography: str = ""    # the name geography keys use when it differs ("China:Tibet", never changed)

    @property
    def key(self) -> str:
        return self.geography or self.en


# The 31 province-level places in the official order: the one table of them (agencies builds the
# names of their bodies from it).
PROVINCES: tuple[Province, ...] = (
    Province("北京", "Beijing", "Municipal"), Province("天津", "Tianjin", "Municipal"),
    Province("河北", "Hebei", "Provincial"), Province("山西", "Shanxi", "Provincial"),
    Province("内蒙古", "Inner Mongolia", "Autonomous Region"), Province("辽宁", "Liaoning", "Provincial"),
    Province("吉林", "Jilin", "Provincial"), Province("黑龙江", "Heilongjiang", "Provincial"),
    Province("上海", "Shanghai", "Municipal"), Province("江苏", "Jiangsu", "Provincial"),
    Province("浙江", "Zhejiang", "Provincial"), Province("安徽", "Anhui", "Provincial"),
    Province("福建", "Fujian", "Provincial"), Province("江西", "Jiangxi", "Provincial"),
    Province("山东", "Shandong", "Provincial"), Province("河南", "Henan", "Provincial"),
    Province("湖北", "Hubei", "Provincial"), Province("湖南", "Hunan", "Provincial"),
    Province("广东", "Guangdong", "Provincial"), Province("广西", "Guangxi", "Autonomous Region"),
    Province("海南", "Hainan", "Provincial"), Province("重庆", "Chongqing", "Municipal"),
    Province("四川", "Sichuan", "Provincial"), Province("贵州", "Guizhou", "Provincial"),
    Province("云南", "Yunnan", "Provincial"), Province("西藏", "Xizang", "Autonomous Region", geography="Tibet"),
    Province("陕西", "Shaanxi", "Provincial"), Province("甘肃", "Gansu", "Provincial"),
    Province("青海", "Qinghai", "Provincial"), Province("宁夏", "Ningxia", "Autonomous Region"),
    Province("新疆", "Xinjiang", "Autonomous Region"),
)
# Provinces and the cities MIIT releases single out, Chinese -> English (geography China:<place>).
PLACES = {p.zh: p.key for p in PROVINCES} | {
    "深圳": "Shenzhen", "广州": "Guangzhou", "杭州": "Hangzhou", "南京": "Nanjing", "武汉": "Wuhan",
    "成都": "Chengdu", "长沙": "Changsha", "西安": "Xi'an", "苏州": "Suzhou", "合肥": "Hefei", "济南": "Jinan",
    "青岛": "Qingdao", "厦门": "Xiamen", "宁波": "Ningbo", "郑州": "Zhengzhou", "大连": "Dalian", "沈阳": "Shenyang",
}
_ZH_PLACE = re.compile("^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")(?!时间|\d)")
_ZH_PLACE_FIRSTS = edge_chars(_ZH_PLACE)
# English place names are matched case-sensitively so that datelines in capitals ("BEIJING, Oct. 23") do not count.
_EN_PLACE = re.compile(r"^(?:the\s+)?(?:" + "|".join(re.escape(v) for v in sorted(PLACES.values(), key=len, reverse=True)) + r")\b(?!\s+time)")
# (region_of asks the patterns only when the text opens as a match can: most subjects open otherwise)
_EN_PLACE_FIRSTS = edge_chars(_EN_PLACE)
_EN_REGION_PREFIXES = tuple(EN_REGIONS)


@lru_cache(maxsize=256)  # the same clause lead is cleaned for the subject and for the metric key
def clean_subject(lead: str, lang: str) -> str:
    """The indicator phrase from the text before a number (time phrases already removed)."""
    text = _strip_ends(lead)
    if lang == "zh":
        for _ in range(3):
            before = text
            if text[-1:] in _ZH_TRAILING_LASTS:
                text = _strip_zh_trailing(text)
            text = text.strip(" ，,、")
            if text[:1] in _ZH_LEADING_FIRSTS:  # (a regex call costs more than this test)
                text = _strip_leading(_ZH_LEADING, text)
            if text == before:
                break  # a pass that changed nothing: the next ones would not either
        return _balance_quotes(text[-40:]) if len(text) > 40 else text
    for _ in range(3):
        folded = fold(text)
        last = folded.rsplit(None, 1)
        if last and last[-1] in _EN_TRAILING_LASTS:
            text = _strip_en_trailing(text, folded)
        trailed = text
        text = text.strip(" ,")
        if "--" in text or "—" in text or "–" in text:
            text = _strip_leading(_EN_LEADING, text)
        elif (first := text[:1]).lower() in _EN_LEADING_FIRSTS or not first.isascii():
            # (re.IGNORECASE equates a non-ASCII letter with an ASCII one only in a few cases:
            # such a first character goes to the pattern)
            text = _strip_leading(_EN_LEADING_WORD, text)
        if text == trailed:
            # Nothing changed, or only trailing words went: the next pass would change nothing
            # either. (The run of trailing words taken was the longest ending there: a trailing
            # word now at the end, after white space, would have lengthened it; and the two
            # strips, which did nothing to this text, would meet it again.)
            break
    return _last_words(text)


_ZH_TRAILING_SET = frozenset(_ZH_TRAILING_WORDS) | {a + b + c for a in "比较" for b in ("上年", "去年")
                                                    for c in ("末", "底", "同期")}


def _strip_zh_trailing(text: str) -> str:
    """``_ZH_TRAILING.sub("", text)``, read from the end: re tries its ~100 words at every position.

    The pattern is a run of its words up to the end ($: the end, or before a final line break);
    its leftmost match starts at the earliest place from which the words reach that end, found by
    following back, from the end, every word that ends where the run has got to."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    best = _zh_run_start(text, end)
    # (the one match ends at ``end``: what comes after it, a final line break, stays)
    return text if best < 0 else text[:best] + text[end:]


def _strip_leading(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` for a pattern anchored at the start (^, no MULTILINE): it can only
    match there, once; a match and a slice cost less than sub's scan and new string."""
    m = pattern.match(text)
    return text[m.end():] if m else text


# Punctuation around a phrase, quote marks apart: those go only when their pair is not in the
# phrase (a quoted name keeps both marks: "little giant" firms, each "little giant").
_EDGE_PUNCTUATION = " ，,：:；;、（('"
_BULLETS = ("- ", "• ", "· ", "* ")


def _strip_ends(lead: str) -> str:
    """``lead`` without the punctuation and unpaired quote marks at its ends."""
    text = lead.strip(_EDGE_PUNCTUATION)
    if text[:2] in _BULLETS:
        text = text[2:].lstrip()  # (a bullet read as a sentence, distractors._EN_BULLET_SENTENCE: "- China")
    while text:
        if (text[0] == "“" and "”" not in text) or (text[0] == '"' and text.count('"') % 2):
            text = text[1:]
        elif text[-1] == '"' and text.count('"') % 2:
            text = text[:-1]
        else:
            return text
        text = text.strip(_EDGE_PUNCTUATION)
    return text


# Words that open a phrase attached to a noun before them ("output [of China's major
# enterprises]"), and the words that end the text before that noun's phrase (a conjunction, a
# relative "that"; verbs and reporting words are _EN_VERBS and _EN_FRAME_WORDS below).
# ("to" is left out: "to set up …" opens a goal, which indicator_of takes off.)
_EN_PREPOSITIONS = frozenset("of in for on at by from with among into".split())
_EN_BOUNDARIES = frozenset("that which who and or but as than aims aim seeks".split())


def _last_words(text: str) -> str:
    """An English phrase's last ten words: what stands further back is mostly a reporting frame
    or an earlier clause ("… told a news conference in Beijing that"). When the ten start inside
    a prepositional phrase ("[output] of China's major industrial enterprises …", "[revenue of
    the] country's key firms …"), the cut moves back to where the phrase of the noun it is
    attached to starts (the text's start, or after a verb, a conjunction or a comma), when that
    is at most eight words further; a quote mark whose pair was cut off goes."""
    words = text.split()
    if len(words) <= 10:
        return " ".join(words)
    start = cut = len(words) - 10
    if words[cut].lower() in _EN_BOUNDARIES or words[cut].lower() in _EN_VERBS:
        return _balance_quotes(" ".join(words[cut:]))  # the cut is at a phrase's start already
    for back in range(cut - 1, max(cut - 9, -1), -1):
        word = words[back].lower()
        if word in _EN_BOUNDARIES or word in _EN_VERBS or word in _EN_FRAME_WORDS or word.endswith((",", ";", ":", "--", "—", "–")):
            # (a preposition after a verb belongs to it, "aims for [average growth …]", and so
            # does the verb after "to": "aims to raise [the rate of …]")
            start = min(cut, back + 1 + (words[back + 1].lower() in _EN_PREPOSITIONS or word == "to"))
            break
        if back == 0:
            start = 0
    return _balance_quotes(" ".join(words[start:]))


def _balance_quotes(text: str) -> str:
    """Without the quote mark whose pair was cut off ('giant" firms' -> 'giant firms')."""
    if text.count('"') % 2:
        text = text.replace('"', "", 1)
    closing, opening = text.find("”"), text.find("“")
    if closing >= 0 and (opening < 0 or closing < opening):
        text = text.replace("”", "", 1)
    return text


def _strip_en_trailing(text: str, folded: str) -> str:
    """``_EN_TRAILING.sub("", text)``, given ``folded = fold(text)``."""
    if len(folded) != len(text):  # (fold keeps every character in its place: never)
        return _EN_TRAILING.sub("", text)
    start = _en_trailing_start(folded)
    return text if start < 0 else text[:start]


_EN_TRAILING_SET = frozenset(_EN_TRAILING_WORDS)


def _en_trailing_start(folded: str) -> int:
    """Where ``_EN_TRAILING_FOLDED.search(folded)`` starts (-1: no match), read from the end.

    The pattern ends at the text's end (after trailing white space) and is a chain of words, each
    after white space (or at the text's start); its leftmost start is the earliest place such a
    chain reaches back to: the start of the white space before a word (or 0). ``re`` would try
    the alternation of ~70 words at every position; here each link is found by looking up the
    few slices that end where the chain has got to (every word ends in a letter, so the \\b
    after it holds before white space or the end)."""
    # (re's \s and str.isspace agree on every character)
    return _run_start(folded, len(folded.rstrip()), _EN_TRAILING_SET, _EN_TRAILING_BY_LAST, _after_space)


def _lengths_by_last(words: frozenset[str]) -> dict[str, list[int]]:
    """For :func:`_run_start`: the lengths of ``words`` by their last character, shortest first."""
    by_last: dict[str, set[int]] = {}
    for word in words:
        by_last.setdefault(word[-1], set()).add(len(word))
    return {last: sorted(lengths) for last, lengths in by_last.items()}


def _run_start(text: str, end: int, words: frozenset[str], by_last: dict[str, list[int]], start_of) -> int:
    """The earliest start of a run of ``words`` that ends at ``end`` (-1: none), followed back
    from the end: every word that ends where the run has got to extends it to ``start_of(text,
    begin)`` of its first character (None: the word cannot link there).

    ``by_last`` is ``_lengths_by_last(words)``: only slices as long as a word that ends in the
    character before a place are looked up (the rest cannot be words). (The English words' run;
    the Chinese one is :func:`_zh_run_start`, the same loop written out.)"""
    best = -1
    todo = [end]
    seen = {end}
    while todo:
        stop = todo.pop()
        if stop <= 0:
            continue  # (no word ends before the text's start)
        for n in by_last.get(text[stop - 1], ()):
            begin = stop - n
            if begin < 0:
                break
            if text[begin:stop] not in words:
                continue
            start = start_of(text, begin)
            if start is None or start in seen:
                continue
            seen.add(start)
            todo.append(start)
            if best < 0 or start < best:
                best = start
    return best


_ZH_TRAILING_BY_LAST = _lengths_by_last(_ZH_TRAILING_SET)
_EN_TRAILING_BY_LAST = _lengths_by_last(_EN_TRAILING_SET)


def _zh_run_start(text: str, end: int) -> int:
    """:func:`_run_start` over _ZH_TRAILING's words, whose run links where a word begins: Chinese
    words follow one another directly (but the 数 of 指数, 人数, 系数… is no word of its own, as
    _ZH_TRAILING's look-behind says).

    Written out for the words of a Chinese subject's end, which most subjects have (增长, 同比增长):
    the link test inline, a call less per word; a place already reached is not looked up again;
    and the earliest start is the least place reached (every word found ends before ``end``)."""
    by_last, words = _ZH_TRAILING_BY_LAST, _ZH_TRAILING_SET
    todo = [end]
    seen = {end}
    while todo:
        stop = todo.pop()
        if stop <= 0:
            continue  # (no word ends before the text's start)
        for n in by_last.get(text[stop - 1], ()):
            begin = stop - n
            if begin < 0:
                break
            if begin in seen or text[begin:stop] not in words:
                continue
            if text[begin] == "数" and begin and text[begin - 1] in "指人系次件倍" and (
                    begin + 1 == len(text) or text[begin + 1] not in "量"):
                continue
            seen.add(begin)
            todo.append(begin)
    return min(seen) if len(seen) > 1 else -1


def _after_space(text: str, begin: int) -> int | None:
    """An English word needs white space before it (or the text's start): the run goes on from
    where that white space starts."""
    if begin == 0:
        return 0  # (^: the earliest start there is)
    if not text[begin - 1].isspace():
        return None
    space = begin - 1
    while space > 0 and text[space - 1].isspace():
        space -= 1
    return space


_ZH_SPLIT = re.compile(r"[、和与及]|以及")
# Heads that name a measure, not an indicator: 总量和收入的增幅 stays 总量, 收入的增幅.
_ZH_MEASURE_HEADS = frozenset({"增幅", "增速", "增长率", "降幅", "比重", "占比", "规模", "总量", "数量"})
# Measures of a product that a list can name bare after the first (产量和销量, 出口量和进口量).
_ZH_PRODUCT_MEASURES = ("产量", "销量", "出口量", "进口量", "出货量", "出口额", "进口额", "销售额", "产值",
                        # and of a group of firms (规模以上中小企业营业收入和利润)
                        "营业收入", "利润总额", "利润", "营收")
_EN_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# The same for English: "vehicle production and sales" (output and sales of one product).
_EN_PRODUCT_MEASURES = ("production", "output", "sales", "exports", "imports", "shipments", "revenue", "profits")


# A flow to, from or in a place ("exports to", "shipments from", "sales in"), and the measure
# words by which a later list member names its own indicator instead of another place.
_EN_FLOW_TO = re.compile(r"^.*?\b(?:exports|shipments|sales|imports|deliveries|investment|revenue|output|production|profits)\s+(?:to|from|in)\s+", re.I)
_EN_OWN_MEASURE = re.compile(r"\b(?:export|shipment|sale|import|deliver|investment|output|production|revenue|profit)", re.I)
# Other indicators a list member may name after a flow ("Exports to the EU and new orders rose 5% and
# 6%", "Sales in Europe and prices…": precision audit 18): no place the flow goes to either.
_EN_OTHER_INDICATOR = re.compile(
    r"\b(?:orders?|prices?|demand|consumption|inventor(?:y|ies)|pmi|index|indices|cpi|ppi|capacity|utili[sz]ation"
    r"|rates?|growth|spending|income|employment|margins?|volumes?|turnover|costs?|wages?|sentiment|confidence)\b", re.I)


def _flow_place(member: str) -> bool:
    """Whether a list member after "exports to A" can be another place of that flow: it names no
    measure of its own and is short (a longer phrase is a clause of its own)."""
    return not (_EN_OWN_MEASURE.search(member) or _EN_OTHER_INDICATOR.search(member) or len(member.split()) > 4)


def split_list(subject: str, n: int, lang: str) -> list[str] | None:
    """'云计算收入和大数据收入' -> ['云计算收入', '大数据收入'] when it has exactly ``n`` parts
    (a shared head noun is not copied: '数据中心和物联网业务收入' -> ['数据中心', '物联网业务收入'])."""
    if lang == "zh" and n == 2 and "产销" in subject:
        # 产销 = output and sales: 新能源汽车产销分别完成… -> 新能源汽车产量, 新能源汽车销量
        head = subject.split("产销")[0]
        return [f"{head}产量", f"{head}销量"]
    parts = [p.strip() for p in (_ZH_SPLIT if lang == "zh" else _EN_SPLIT).split(subject) if p.strip()]
    if len(parts) != n:
        return None
    if (lang == "zh" and "的" in parts[-1] and not any("的" in p for p in parts[:-1])
            and parts[-1][parts[-1].rindex("的") + 1:] not in _ZH_MEASURE_HEADS):
        # 开展网络化协同和服务型制造的企业比例: the head after 的 is every member's (without 的
        # the head stays with the last member: 数据中心和物联网业务收入 is not 数据中心业务收入)
        head = parts[-1][parts[-1].rindex("的"):]
        parts = [p + head for p in parts[:-1]] + [parts[-1]]
    elif lang == "zh" and parts[-1] in _ZH_PRODUCT_MEASURES and parts[0].endswith(_ZH_PRODUCT_MEASURES):
        # 新能源汽车产量和销量: a bare measure after the first member's is of the same product
        product = parts[0][: -len(next(m for m in _ZH_PRODUCT_MEASURES if parts[0].endswith(m)))]
        parts = [parts[0]] + [product + p if p in _ZH_PRODUCT_MEASURES else p for p in parts[1:]]
    elif (lang == "en" and parts[-1].lower() in _EN_PRODUCT_MEASURES
          and parts[0].lower().endswith(_EN_PRODUCT_MEASURES) and " " in parts[0]):
        # "Overall vehicle production and sales": the bare measure is of the first member's product
        first = parts[0].rsplit(" ", 1)[0]
        parts = [parts[0]] + [f"{first} {p}" if p.lower() in _EN_PRODUCT_MEASURES else p for p in parts[1:]]
    elif lang == "en" and (flow := _EN_FLOW_TO.match(parts[0])) is not None:
        # "shipments to Latin America and the Middle East": a later member is a place the same
        # flow goes to, not an indicator of its own (one naming its own measure, or another
        # indicator, "new orders", stays as written)
        parts = [parts[0]] + [flow.group(0) + p if _flow_place(p) else p for p in parts[1:]]
    elif lang == "en" and " of " in parts[-1] and all(len(p.split()) == 1 for p in parts[:-1]):
        # "Output and sales of new energy vehicles": what the last member is of, every one is of
        of = parts[-1][parts[-1].index(" of "):]
        parts = [p + of for p in parts[:-1]] + [parts[-1]]
    return parts


def region_of(subject: str, lang: str) -> str | None:
    """China:<region> when a subject starts with one of the four economic regions, a province
    or a major city (东部地区…, 广东软件业务收入, "Changsha is home to …")."""
    if lang == "zh":
        if subject in _ZH_REGION_SHORT:
            return f"China:{_ZH_REGION_SHORT[subject]}"  # 东、中、西部和东北地区: the list abbreviates
        if subject.startswith(_ZH_REGION_PREFIXES):
            for zh, en in ZH_REGIONS.items():
                if subject.startswith(zh):
                    return f"China:{en}"
        m = _ZH_PLACE.match(subject) if subject[:1] in _ZH_PLACE_FIRSTS else None
        return f"China:{PLACES[m.group(0)]}" if m else None
    lowered = subject.lower().removeprefix("the ")  # "The eastern, central … regions"
    if lowered.startswith(_EN_REGION_PREFIXES):
        for word, en in EN_REGIONS.items():
            if lowered.startswith(word):
                return f"China:{en}"
    m = _EN_PLACE.match(subject) if subject[:1] in _EN_PLACE_FIRSTS else None
    return f"China:{m.group(0).removeprefix('the').strip()}" if m else None


_ZH_PLACE_WORDS = re.compile(r"^(?:地区|区域|板块|省|市|自治区)?$")
_EN_PLACE_WORDS = re.compile(r"^(?:the\s+)?\S+(?:\s+(?:region|regions|area|areas|province|city))?$", re.I)


def bare_place(subject: str, lang: str) -> bool:
    """Whether ``subject`` is a region or place and nothing else (中部地区, 上海, "the central
    region"): a figure so named states the indicator of the place named before it."""
    if not region_of(subject, lang):
        return False
    if lang == "zh":
        m = _ZH_PLACE.match(subject)
        rest = subject[m.end():] if m else subject[2:]  # (the four regions have two characters)
        return bool(_ZH_PLACE_WORDS.match(rest))
    return bool(_EN_PLACE_WORDS.match(subject))


# --- from a cleaned phrase to an indicator ------------------------------------------------------------
# clean_subject trims the words that link a figure to its phrase; what is left can still be a
# reporting frame ("X said that …"), an actor and its verb ("China produced"), a comparison with an
# earlier figure ("增速较一季度回落", "the decline narrowed by") or no indicator at all ("and",
# "此次"). indicator_of keeps the indicator or gives "" so that the caller takes the subject of the
# figure or clause before (metrics._subject_source).

# "X said (in March) that", "told a news conference in Beijing that", "Customs data showed that":
# everything up to the reporting verb (and its "that") is the frame, not the indicator.
_EN_FRAME = re.compile(
    r"^.*\b(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bboth\s)"
    r"(?:said|says|told|noted|stated|estimated?|estimates|expects?|expected|believes?|showed|shows|"
    r"announced|reported|predicted|predicts?)\b(?:[^\d]*?\bthat\b)?\s*"
    # (the phrase keeps its last ten words: "… told] a news conference in Beijing that …")
    r"|^[^\d]*?\b(?:conference|briefing|forum|reporters|interview|statement)\b[^\d]*?\bthat\s+"
    # "Major manufacturers saw value added grow 1.4 percent": the figure is the object's
    r"|^.*\b(?:saw|sees|see)\s+(?=\S)", re.I)
_EN_FRAME_WORDS = frozenset("""
    said says told noted stated estimate estimated estimates expect expects expected believe believes showed
    shows announced reported predicted predict predicts conference briefing forum reporters interview
    statement saw sees see
""".split())
# "raising its share of GDP", "lifting its share …": a participle joining a second figure to the
# first; the indicator is the noun phrase after it.
_EN_PARTICIPLE = re.compile(r"^(?:[a-z]+ing\s+(?=(?:its|their|the|china's|the\s+country's)\b))?(?:(?:its|their)\s+)?", re.I)
# "2.6 percentage points lower than that of overall industry": a gap to another figure.
_EN_COMPARISON = re.compile(r"\b(?:higher|lower|faster|slower|greater|smaller|more|less)\s+than\b.*$", re.I)
_EN_TRAILING_FROM = re.compile(r"\s*\bfrom(?:\s+(?:just|only|about|around|nearly|over|some))?\s*$", re.I)
# Verbs that end a phrase before their object figure ("generated 50 billion yuan", "expects to
# sell 27 million"): irregular pasts, present forms, and modals/adverbs that go with them. Regular
# pasts ("expanded", "surpassed") are recognised by their ending (_EN_PAST).
_EN_VERBS = frozenset("""
    sold sell sells made make makes built build builds spent spend spends drove drive drives
    saw see bought buy brought bring took take gave give got get
    became become becomes grew grow grows rose fell hit led held hold ran paid shipped
    employ employs generate generates produce produces contribute contributes account accounts
    represent represents operate operates occupy occupies serve serves achieve achieves attract attracts
    deliver delivers create creates install installs add expect expects surpass surpasses cover covers
    expand expands climb climbs jump jumps soar soars surge surges
    will would could can may might should shall must to also already directly together jointly alone
    still further now just only even respectively combined and or worth
    behind used exceeding surpassing topping out grown risen fallen
""".split())
# What a phrase that opens with one of these words is: a predicate or relative clause whose subject
# came before ("Over 60 percent [operate in basic sectors] and close to 80 percent …", "a plan,
# [which aims to drive at least] 50,000 firms …", "[will be held in] …"), never an indicator.
_EN_PREDICATE_START = frozenset("""
    will would shall can could may might must is are was were has have had which who
    operate operates occupy occupies represent represents generate generates produce produces
    contribute contributes employ employs serve serves
""".split())
# "designating eight national hubs", "representing a two-year average": a participle with its own
# object (an article or a number word) is a second verb of the sentence, not an indicator.
_EN_PARTICIPLE_OBJECT = re.compile(
    r"^[a-z]+ing\s+(?:a|an|some|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\b", re.I)
# "passed by", "co-hosted by the ministry": a participle and its agent modify the noun before.
_EN_PASSIVE_START = re.compile(r"^[\w-]+ed\s+by\b", re.I)
# "to set up national AI pilot zones", "aims for total vehicle sales": the verb of a goal.
_EN_INFINITIVE = re.compile(
    r"^(?:to\s+[a-z]+(?:\s+(?:up|along|out|off|on|in))?|(?:aims?|plans|seeks|targets)\s+(?:for|to\s+[a-z]+))\s+(?=\S)",
    re.I)
# "projects with a total investment of": the attribute the figure measures follows "with a".
_EN_WITH_A = re.compile(r"^.*\S\s+with\s+an?\s+(?=\S)", re.I)
# A phrase that ends with one of these verbs is an actor and its action ("The province built",
# "China produced"): a counted figure after it names what was acted on (metrics._subject_source).
_EN_OBJECT_VERBS = _EN_VERBS - frozenset("""
    will would could can may might should shall must to also already directly together jointly alone
    still further now just only even respectively combined and or worth behind used exceeding surpassing topping grown risen fallen
""".split())
_EN_PAST = re.compile(r"[a-z]{3,}(?<!e)ed$")  # "expanded", "soared" ("speed", "hundred" are nouns)
# (A word split off at white space matches it only when it ends in "ed": callers test that first.)
_EN_NOUN_PASTS = frozenset({"hundred", "value added", "advanced", "listed", "designated", "integrated", "red"})
# Phrases that name no indicator: function words, change nouns ("growth was still", "a net gain",
# "the decline narrowed by a further") and actors without their indicator ("China", "the country").
_EN_NOT_INDICATOR = frozenset("""
    and or but while with along as almost nearly about over up down from just only than compared against
    versus a an the this that these those it its they their which who some all both each net further still
    was were is are be been being growth decline increase decrease rise drop fall gain gains change lead
    narrowed widened slowed accelerated quickened contributing bringing raising lifting making taking
    ranking accounting marking china country nation figure number total level in after before
    falling rising growing climbing dropping declining increasing beating outpacing compared
    slowing accelerating quickening narrowing widening easing figures average annual two-year three-year
    four-year five-year compound representing mere having grown risen fallen increases decreases rises
    national country's nation's china's industrial industry industry's sector's overall global world worldwide
""".split())

# Chinese comparisons with another period or sector: "增速较一季度回落", "占比较上年末提高",
# "比上半年提高", "分别比同期工业低", "较2020年". 比/较 as parts of words (比重, 占比, 同比, 环比,
# 比较, 较大, 较快 …) are not comparisons.
_ZH_COMPARISON = re.compile(
    r"(?:分别)?(?:(?<![占对同环相无])比(?![重例率较亚])|较(?![大多少快慢高低好为强弱]))[^，,；;]{0,24}$")
_ZH_NOT_INDICATOR = re.compile(
    r"^(?:(?:远|略|明显|均|分别|仍|还|也)*[高低快慢多少][于出].*"  # 远高于…, 分别高于全部工业
    r"|(?:实现)?由[负正]转[正负]"
    r"|[两三四五六七八九十]年(?:间|来|内)?"
    # a currency conversion in brackets: 约5.2万亿元（约合7200亿美元）names the same figure
    r"|(?:约|大约)?(?:折合|合)(?:人民币|美元)?"
    r"|(?:加上|其中)?(?:此次|本次|这次|该|其|上述|这些|以上)"
    # a verb with its object after the figure: 打造2—3个…, 累计支持200余个项目, 提出 推动…
    r"|(?:(?:累计|共|新|再|已|还|先后|陆续|大幅|稳步|持续|快速|\s)*(?:打造|推动|提出|建成|建设|吸引|支持|培育|带动|完成|发布|实现|部署|开通"
    r"|认定|遴选|创建|组织|引导|形成|投入|推出|制定|出台|印发|批复|落地|孵化|服务|覆盖"
    r"|增加|增长|提高|提升|上升|扩大|下降|减少|回落|收窄|加快|放缓)(?:到|至)?)+"
    r"|(?:大幅|稳步|持续|快速|明显)?(?:增速|增幅|降幅|涨幅|跌幅|增长|下降)"
    # "这一数字为…": the figure of the indicator named before
    r"|.*(?:这一|这个|此一|该)(?:数字|数据|数值|比例|比重|指标)(?:仅|只|已|还|也)?"
    # a multiple of, or a level near, an average: 接近全球平均水平的2倍
    r"|(?:接近|相当于|约为|约|为|是|达到|超过|高于|低于|超出)(?:全球|世界|国际|全国|行业|全行业|发达国家|同期)?"
    r"(?:的)?平均(?:水平|值|数)?)$")
_ZH_NOT_INDICATOR = flatten(_ZH_NOT_INDICATOR)  # (optional groups as alternations: needles.flatten)
# Most phrases cannot match _ZH_NOT_INDICATOR, and a call costs ~4 µs (its .* branch backtracks
# over the phrase): all its branches but two match only a phrase made of the characters the
# pattern is written with (and white space, its \s); the two that open or close with .* need 于/出
# (远高于…) or 这/此/该 (这一数字…). A phrase holding none of those five and a character of its own
# (规模以上工业增加值: 规) is no match, told by two set tests.
_WHITE_SPACE = frozenset(chr(c) for c in range(0x3001) if chr(c).isspace())  # (re's \s: none higher)
_ZH_NOT_INDICATOR_CHARS = frozenset(c for c in _ZH_NOT_INDICATOR.pattern if not c.isascii()) | _WHITE_SPACE
_ZH_NOT_INDICATOR_OPEN = frozenset("于出这此该")
# A multiple's base year (约为2015年的10倍, 是2020年底的2.4倍): a comparison base, not a time of the
# figure (periods.find_times leaves it in the phrase), and no indicator.
_ZH_BASE_OF_MULTIPLE = re.compile(r"(?:约为|约是|大约是|为|是|相当于|达到|达|接近|超过)(?:\d{4}年(?:底|末)?|上年|去年)$")
# 占全国/占全球…: the phrase from 占 on names the whole a share is of; what holds the share stands
# before 占 or, when nothing does, in the clause before (出口额占全球的30%, "，占全国工业企业的38.5%").
# (占有率, 占用, 占据, 占领, 占地 and 占比 are words of their own.)
_ZH_SHARE_OF = re.compile(r"占(?!有|用|据|领|地|比)")
# 在全球所(占比重), 在手机出货量中(占比): where the share is taken, after what holds it.
_ZH_WITHIN = re.compile(r"在(?<![存现正实所]在)[^在，,]{1,12}?(?:所|中)$")
# 97个大类中(的86个): the total the figure is a part of.
_ZH_OF_TOTAL = re.compile(r"\d+(?:\.\d+)?(?:多|余)?个(?P<what>[^\d，,]{1,12})中$")
# 提出把…, 要求…: a proposal or requirement frame before the thing it is about.
_ZH_FRAME = re.compile(r"^.*?(?:提出|要求|指出|强调)(?:要|到)?(?:把|将)?(?=..)")
# A phrase that ends with one of these verbs is an actor and its action (试点城市已带动,
# 工程布局建设了): a counted figure after it names what was acted on (metrics._subject_source).
_ZH_OBJECT_VERBS = ("带动", "形成", "建设", "建成", "布局", "推动", "吸引", "培育", "打造", "支持", "孵化", "认定", "遴选",
                    "创建", "部署", "开通", "发布", "推出", "引导", "聚集", "集聚", "汇聚", "招引")
# A list cut at the next figure: 31个大类、179个中类和[609个小类].
_ZH_TRAILING_AND = re.compile(r"(?<=..)(?:和|及|与|以及)$")
# A verb that opens the phrase before its object: 带动相关产业规模 (related industries driven).
# (将推动X占…, 力争实现汽车销量…: a target's verb before the indicator it is about)
_ZH_LEADING_VERB = re.compile(r"^(?:加上|带动|拉动|连接(?![^的]*的)|实现|累计实现|完成|(?:将|要)?推动|力争(?:实现|达到)?)(?=..)")
_ZH_LEADING_VERB_FIRSTS = edge_chars(_ZH_LEADING_VERB)


@lru_cache(maxsize=256)
def indicator_of(subject: str, lang: str) -> str:
    """The indicator named by a cleaned phrase (:func:`clean_subject`), or "" when it names none
    (a comparison, a verb or a function word: the figure takes an earlier subject)."""
    if lang == "zh":
        for _ in range(3):
            before = subject
            if "比" in subject or "较" in subject:
                subject = _ZH_COMPARISON.sub("", subject)
            if "占" in subject:
                share = _ZH_SHARE_OF.search(subject)
                subject = subject[:share.start()] if share else subject
            if "在" in subject:
                subject = _ZH_WITHIN.sub("", subject)
            if subject.endswith("中") and "个" in subject:
                # 已覆盖国民经济97个大类中(的86个): the figure counts some of the 大类
                subject = _ZH_OF_TOTAL.sub(r"\g<what>", subject)
            # (its words: 要 and 指 alone are in most phrases, 主要, 指数)
            if "提出" in subject or "要求" in subject or "指出" in subject or "强调" in subject:
                subject = _ZH_FRAME.sub("", subject)
            subject = clean_subject(subject, "zh") if subject != before else subject
            # (the pattern only when the phrase opens with a character a match can open with)
            subject = (_ZH_LEADING_VERB.sub("", subject) if subject[:1] in _ZH_LEADING_VERB_FIRSTS else subject).lstrip()
            if subject.endswith(("和", "及", "与")):
                subject = _ZH_TRAILING_AND.sub("", subject)
            if subject == before:
                break
        if subject.endswith(("年", "底", "末")) and _ZH_BASE_OF_MULTIPLE.match(subject):
            return ""  # 约为2015年(的10倍): the base of a multiple, the figure's subject is earlier
        if _ZH_NOT_INDICATOR_OPEN.isdisjoint(subject) and not _ZH_NOT_INDICATOR_CHARS.issuperset(subject):
            return subject  # (no match: see _ZH_NOT_INDICATOR_CHARS)
        return "" if _ZH_NOT_INDICATOR.match(subject) else subject
    # (each pattern is tried only when a word it needs is there: most phrases need none)
    lowered = subject.lower().split()
    if lowered and lowered[0] in ("which", "who") and not _EN_FRAME_WORDS.isdisjoint(lowered):
        # "…, which said in July that it expected full-year shipments (of about 6 million units)":
        # a relative clause that reports a figure names its indicator after the frame
        reported = _strip_leading(_EN_FRAME, subject)
        if reported != subject and reported:
            subject, lowered = reported, reported.lower().split()
    if lowered and lowered[0] in _EN_PREDICATE_START:
        return ""  # a predicate ("operate in …", "which aims to …")
    if lowered and lowered[0].endswith(("ing", "ed")) and (
            _EN_PARTICIPLE_OBJECT.match(subject) or _EN_PASSIVE_START.match(subject)):
        return ""
    if lowered and lowered[0] in ("to", "aims", "aim", "plans", "seeks", "targets") and len(lowered) > 2:
        # "to set up national AI pilot zones", "to pull along related sectors", "aims for total
        # vehicle sales": the verb of a goal goes
        subject = _EN_INFINITIVE.sub("", subject)
        lowered = subject.lower().split()
    if "with" in lowered[1:-1]:
        subject = _EN_WITH_A.sub("", subject)
        lowered = subject.lower().split()
    # (every branch of _EN_FRAME opens with ^: a match and a slice, not sub's try at every position)
    text = subject if _EN_FRAME_WORDS.isdisjoint(lowered) else _strip_leading(_EN_FRAME, subject)
    if "than" in lowered:
        text = _EN_COMPARISON.sub("", text)
    if "from" in lowered[-3:]:
        text = _EN_TRAILING_FROM.sub("", text)
    first = text.split(" ", 1)[0].lower()
    if first.endswith("ing") or first in ("its", "their"):
        text = _EN_PARTICIPLE.sub("", text)
    text = text.rstrip(" -–—,")
    words = text.split()
    while words:
        last = words[-1].lower()
        if last in _EN_VERBS or (last.endswith("ed") and _EN_PAST.search(last) and last not in _EN_NOUN_PASTS
                                 and " ".join(w.lower() for w in words[-2:]) not in _EN_NOUN_PASTS):
            words.pop()
        elif len(words) < len(text.split()):
            # (a verb went: the linking words before it go too: "has already built" -> "")
            cleaned = clean_subject(" ".join(words), "en")
            if cleaned == " ".join(words):
                break
            words = cleaned.split()
        else:
            break
    if len(words) <= 6:
        # (a plain loop: all() over a generator costs a call and a frame, for a few words)
        for w in words:
            if w.lower().strip("'\",.()") not in _EN_NOT_INDICATOR:
                break
        else:
            return ""  # every word a function word (none at all too)
    return " ".join(words).rstrip(" -–—,")


def acts_on_object(phrase: str, counted: str, lang: str) -> bool:
    """Whether a cleaned phrase ends with a verb that takes the figure after it, counting
    ``counted``, as its object ("The province built", "试点城市已带动"): then the figure names what
    was acted on, not the actor."""
    if lang == "zh":
        return phrase.endswith(_ZH_OBJECT_VERBS)
    words = phrase.lower().rsplit(" ", 2)
    last = words[-1]
    if counted.lower() in _EN_GENERIC_COUNTED or last in _EN_LEVEL_VERBS or (len(words) > 1 and words[-2] in _EN_BE):
        # "output surpassed 10 million units", "firms employ 27 million people": the actor is the
        # indicator; "robots have been applied in 60 categories": a passive takes no object
        return False
    return last in _EN_OBJECT_VERBS or (bool(_EN_PAST.search(last)) and last not in _EN_NOUN_PASTS)


# Verbs that compare a figure with a level rather than act on it, counted nouns that say nothing
# without their actor, and the forms of "be" that make a participle passive.
_EN_LEVEL_VERBS = frozenset("""
    surpassed exceeded topped reached passed totaled totalled numbered hit stood amounted
    recorded registered achieved maintained remained
""".split())
_EN_GENERIC_COUNTED = frozenset("""
    people persons workers employees jobs units sets pieces items times users
""".split())
_EN_BE = frozenset("be been being is are was were".split())


# Verbs after which a Chinese counted noun goes on as a clause (5万家企业实施…改造, 1万家企业完成…).
_ZH_COUNTED_CLAUSE = re.compile(r"(?<=..)(?:实施|完成|开展|参与|进行|实现|加入|获得|入选|申报)")


def counted_head(counted: str, lang: str) -> str:
    """A counted noun without the clause it runs into, as a subject: "entities changed their
    names" -> "entities", "企业实施“人工智能+工业互联" -> "企业"."""
    if lang == "zh":
        m = _ZH_COUNTED_CLAUSE.search(counted)
        return counted[:m.start()] if m else counted
    words = counted.split()
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        # (a verb ends the noun when nothing or a function word follows it: "projects powered",
        # "entities changed their names"; "medium-sized enterprises" is one noun)
        if (low in _EN_OBJECT_VERBS or (low.endswith("ed") and _EN_PAST.search(low) and low not in _EN_NOUN_PASTS)) and (
                i + 1 == len(words) or words[i + 1].lower() in _EN_FUNCTION_WORDS):
            return " ".join(words[:i])
    return counted


_EN_FUNCTION_WORDS = frozenset("their its the a an to by in on at from with into".split())


# --- the subject an analyst reads ---------------------------------------------------------------------
# What is left before a figure can still be a clause when nothing in it made the figure borrow an
# earlier subject: a dateline, a reporting or goal frame, a body's act on a weekday, a verb at the
# end ("Revenue in the eastern region came", "should fall"), a preposition at the start; in Chinese
# a title's tail (》等), a body's act (国家能源局已批复首批, 撤销), a verb at the start (开通低空航线),
# 首次 or 有望. :func:`tidy_subject` trims these for the subject shown (the key lookup and the
# figure's other fields keep the phrase as written).
_EN_DATELINE = re.compile(r"^[^()]{0,40}\((?:Reuters|Xinhua|AFP|AP|Bloomberg|Caixin)\)\s*[-–—]+\s*")
# (a leading "that" in lower case only: "That brings the number …" opens with a demonstrative; and
# not "that of room air conditioners", whose "that" stands for the indicator before)
_EN_REPORTED = re.compile(
    r"^(?:.*?\b(?i:said|says|say|forecasts?|expects?|expected|estimates?|estimated|predicts?|predicted|projects?|projected|shows?|showed|noted|notes|"
    r"added|announced|believes?|reported)\s+)?that\s+(?!of\b)")
# A goal's frame: before a noun phrase ("calls for the mechanization rate", "targets a rate"), or
# an infinitive whose verb changes an amount ("aims to cut cement clinker capacity"); "aims to
# cultivate", "calls for building" name what is made, not an indicator, and stay (the counted
# noun or an earlier subject is then no better found here).
_EN_GOAL = re.compile(
    r"^.*?\b(?:(?:call(?:s|ed|ing)?\s+for|aim(?:s|ed|ing)?\s+for|sets?\s+a\s+target\s+for|target(?:s|ed|ing)?)"
    r"(?!\s+\w+ing\b)"
    r"|(?:aim(?:s|ed|ing)?|seek(?:s|ing)?)\s+to\s+(?:cut|raise|boost|increase|reduce|lift|keep|expand|lower|double|push))\s+",
    re.I)
_EN_WEEKDAY_ACT = re.compile(r"\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:\s+\w+)?", re.I)
# A finite verb that ends the phrase: a past form alone, a base form only after a modal or a
# passive "expected to (have)" (a noun such as "rise" or "output" stays).
_EN_TRAILING_VERB = re.compile(
    r"(?:\s+(?:came|met|holds?|held|posted|saw|recorded|generated|registered|logged)"
    r"|\s+(?:should|will|would|could|may|might|must|is|are|was|were)(?:\s+(?:expected|forecast|projected)\s+to)?"
    r"(?:\s+have)?\s+(?:fall|rise|grow|drop|decline|increase|reach|exceed|hit|driven|drive|top|surpass|be))$", re.I)
_EN_TRAILING_VERB_LASTS = frozenset(
    "came met hold holds held posted saw recorded generated registered logged fall rise grow drop decline "
    "increase reach exceed hit driven drive top surpass be".split())
# "for the AI terminal industry", "of China's CT scanner market": not before a word that names no
# indicator ("at least", "Of those", "of the year" stay what they are)
_EN_LEADING_PREPOSITION = re.compile(
    r"^(?:of|for)\s+(?!(?:which|whom|those|these|them|it|least|most|the\s+year)\b)", re.I)
_EN_TIDY_FIRST_WORDS = frozenset("of for that".split())

_ZH_TITLE_TAIL = re.compile(r"^[》）)][^，。；]{0,30}等$|^[》）)]")
_ZH_BODY_ACT = re.compile(
    r"(?:^|已|已经|日前|近日|正式|联合|同时)(?:批复|批准|公布|发布|印发|认定|遴选|撤销|命名|确定)(?:了)?"
    r"(?:首批|第[一二三四五六七八九十\d]+批|本批|新一批)?$")
_ZH_ACT_LASTS = frozenset("复准布发定选销名批")
_ZH_LEADING_ACT = re.compile(r"^(?:累计|共|新)?(?:开通|发放|批复|遴选)(?=.{2})")
_ZH_FIRST_TIME = re.compile(r"^首次")
_ZH_TRAILING_HOPE = re.compile(r"(?:有望|可望|将会)$")
# What is no indicator once trimmed: a preposition or a character alone.
_ZH_BARE_FUNCTION = re.compile(r"^(?:对|向|在|将|把|为|从|于|与|和)?$")


def tidy_subject(subject: str, lang: str, counted: str | None = None) -> str:
    """The subject shown for a figure the dictionary does not name: ``subject`` (the indicator as
    written, :func:`indicator_of`) without the clause around the noun. A phrase that is only a
    body's act or a title's tail gives way to the counted noun (or "" without one)."""
    if not subject:
        return subject
    if lang == "zh":
        return _tidy_zh(subject, counted)
    return _tidy_en(subject, counted)


def _tidy_zh(subject: str, counted: str | None) -> str:
    # (each pattern only when the character it needs is there: most subjects are clean nouns)
    if subject[0] in "》）)" and _ZH_TITLE_TAIL.match(subject):
        return counted or ""  # 《…》等5项行业标准: the title's tail names no indicator, the noun does
    if subject[-1] in _ZH_ACT_LASTS and _ZH_BODY_ACT.search(subject):
        return counted or ""  # 国家能源局已批复首批(6个…项目), 撤销(3家企业): the act, not what it acts on
    if subject.startswith("首次"):
        subject = _ZH_FIRST_TIME.sub("", subject)
        if _ZH_BARE_FUNCTION.match(subject):
            return counted or ""  # 首次对(…): a preposition is left
    if subject[0] in "累共新开发批遴":
        subject = _ZH_LEADING_ACT.sub("", subject)  # 开通低空航线200条, 累计发放…牌照
    if subject[-1] in "望会":
        subject = _ZH_TRAILING_HOPE.sub("", subject)  # 全球脑机接口市场规模有望(达到…)
    return subject


def _tidy_en(subject: str, counted: str | None) -> str:
    if "(" in subject:
        subject = _EN_DATELINE.sub("", subject)  # "Sept 12 (Reuters) - Revenue at …"
    lowered = subject.lower()
    words = lowered.split()
    if not words:
        return subject
    if "that" in words:
        subject = _EN_REPORTED.sub("", subject, count=1)  # "The Alliance forecasts that the country's hydrogen demand"
    if ("for" in words or "to" in words or "target" in lowered) and (goal := _EN_GOAL.match(subject)) \
            and " " in subject[goal.end():].strip():
        subject = subject[goal.end():]  # "China aims to cut cement clinker capacity", "guidelines calling for the … rate"
    elif "day" in lowered and (act := _EN_WEEKDAY_ACT.search(subject)):
        # "The ministry on Monday published a list": a body's act, no indicator; what it acted on,
        # when two words or more are left ("… on Tuesday allocated production quotas for HFCs"), is
        # the nearest to one an analyst can read, else the counted noun
        acted_on = subject[act.end():].strip(" ,")
        if counted:
            return counted
        return acted_on if " " in acted_on else ""
    words = subject.lower().split()
    if words and words[-1] in _EN_TRAILING_VERB_LASTS:
        trimmed = _EN_TRAILING_VERB.sub("", subject)
        if trimmed != subject:
            # "Revenue in the eastern region came (in at)", "water use … should fall", "China holds":
            # the verb goes; a place alone then names no indicator, the counted noun does
            subject = counted if counted and bare_place(trimmed, "en") or trimmed.lower() in ("china", "the country") \
                and counted else trimmed
    if words and words[0] in _EN_TIDY_FIRST_WORDS:
        subject = _EN_LEADING_PREPOSITION.sub("", subject)  # "for the AI terminal industry"
    return subject.strip(" ,")
