"""Subjects of figures: the indicator phrase as written before a number, its English name (via
the metric dictionary), list splitting for 分别/"respectively" constructions, and geography.
"""
from __future__ import annotations

import re
from functools import lru_cache

from scrapers.facts.needles import fold

# Words that introduce or link a figure rather than name the indicator.
_ZH_TRAILING_WORDS = (
    "预计", "将", "均", "都", "已经", "已", "也", "再", "累计", "合计", "总计", "共计", "共", "实现", "达到", "达", "为", "是", "有",
    "超过", "超", "逾", "突破", "近", "约", "接近", "将近", "不少于", "不低于", "至少", "增长", "增速", "增幅", "下降", "减少", "下滑",
    "同比", "比上年同期", "较上年同期", "比上年", "较上年", "分别", "升至", "增至", "提升至", "提高到", "扩大到", "增加到", "由",
    "从", "在", "了", "的", "首次", "已达", "保持", "进一步", "稳定在", "占比", "占", "比重", "要", "目前", "当前", "现在", "如今",
    "就", "年均", "在用", "规模", "数量", "总数", "总量", "总规模", "数", "累计开通数", "净增", "新增",
)
_ZH_TRAILING = re.compile(r"(?:(?:" + "|".join(_ZH_TRAILING_WORDS) + r"|(?:比|较)(?:上年|去年)(?:末|底|同期))+)$")
_ZH_LEADING = re.compile(r"^(?:其中|同时|另外|此外|另有|而|并|但|据介绍|据统计|数据显示|全国|我国|全年|今年|去年|当年|同年|目前|从|在|，|、)+")
_EN_TRAILING_WORDS = (
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "be", "been", "reached", "reach", "totaled",
    "totalled", "totaling", "amounted to", "came to", "stood at", "numbered", "exceeded", "exceeds", "exceed", "topped",
    "passed", "climbed", "grew", "rose", "increased", "jumped", "fell", "dropped", "up", "down", "by", "to", "at", "of",
    "more than", "over", "about", "around", "nearly", "roughly", "some", "close to", "past", "the", "a", "an", "with",
    "hit", "reaching", "accounting for", "accounted for", "account for", "made up", "making up", "both", "respectively",
    "an increase of", "increase of", "of about", "for", "in", "year-on-year", "year on year", "increase", "rise",
    "growth", "decrease", "decline",
)
_EN_TRAILING = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(_EN_TRAILING_WORDS) + r")\b)+\s*$", re.I)
# The same pattern without re.I, for the case-folded text (needles.fold: every character keeps
# its place, and folds to the letter re.I would equate with it, checked for every character in
# tests/facts/test_folded_patterns.py). re.I makes re try each of the ~70 words at every space;
# case-sensitively it skips a word whose first letter differs (about 5x faster).
_EN_TRAILING_FOLDED = re.compile(r"(?:(?:^|\s+)(?:" + "|".join(_EN_TRAILING_WORDS) + r")\b)+\s*$")
# A trailing pattern can only match text that ends with one of its words (the English one after
# case folding and trailing space); str.endswith tells at C speed, the patterns themselves are
# tried at every position of the text.
_ZH_TRAILING_ENDS = _ZH_TRAILING_WORDS + ("末", "底", "同期", "\n")
_EN_TRAILING_ENDS = _EN_TRAILING_WORDS
# Conjunctions, and datelines such as "BEIJING, April 1 (Xinhua) --".
_EN_LEADING = re.compile(r"^(?:.{0,60}?\s(?:--|—|–)\s*|(?:and|but|while|with|as|meanwhile|also|however|in addition)\s+)", re.I)

ZH_REGIONS = {"东部": "East", "中部": "Central", "西部": "West", "东北": "Northeast"}
_ZH_REGION_PREFIXES = tuple(ZH_REGIONS)
_ZH_REGION_SHORT = {"东": "East", "中": "Central", "西": "West"}
EN_REGIONS = {"eastern": "East", "central": "Central", "western": "West", "northeastern": "Northeast", "northeast": "Northeast"}
# Provinces and the cities MIIT releases single out, Chinese -> English (geography China:<place>).
PLACES = {
    "北京": "Beijing", "天津": "Tianjin", "河北": "Hebei", "山西": "Shanxi", "内蒙古": "Inner Mongolia", "辽宁": "Liaoning",
    "吉林": "Jilin", "黑龙江": "Heilongjiang", "上海": "Shanghai", "江苏": "Jiangsu", "浙江": "Zhejiang", "安徽": "Anhui",
    "福建": "Fujian", "江西": "Jiangxi", "山东": "Shandong", "河南": "Henan", "湖北": "Hubei", "湖南": "Hunan",
    "广东": "Guangdong", "广西": "Guangxi", "海南": "Hainan", "重庆": "Chongqing", "四川": "Sichuan", "贵州": "Guizhou",
    "云南": "Yunnan", "西藏": "Tibet", "陕西": "Shaanxi", "甘肃": "Gansu", "青海": "Qinghai", "宁夏": "Ningxia",
    "新疆": "Xinjiang", "深圳": "Shenzhen", "广州": "Guangzhou", "杭州": "Hangzhou", "南京": "Nanjing", "武汉": "Wuhan",
    "成都": "Chengdu", "长沙": "Changsha", "西安": "Xi'an", "苏州": "Suzhou", "合肥": "Hefei", "济南": "Jinan",
    "青岛": "Qingdao", "厦门": "Xiamen", "宁波": "Ningbo", "郑州": "Zhengzhou", "大连": "Dalian", "沈阳": "Shenyang",
}
_ZH_PLACE = re.compile("^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")(?!时间|\d)")
# English place names are matched case-sensitively so that datelines in capitals ("BEIJING, Oct. 23") do not count.
_EN_PLACE = re.compile(r"^(?:the\s+)?(?:" + "|".join(re.escape(v) for v in sorted(PLACES.values(), key=len, reverse=True)) + r")\b(?!\s+time)")


@lru_cache(maxsize=256)  # the same clause lead is cleaned for the subject and for the metric key
def clean_subject(lead: str, lang: str) -> str:
    """The indicator phrase from the text before a number (time phrases already removed)."""
    text = lead.strip(" ，,：:；;、（(“\"'")
    if lang == "zh":
        for _ in range(3):
            before = text
            if text.endswith(_ZH_TRAILING_ENDS):
                text = _ZH_TRAILING.sub("", text)
            text = text.strip(" ，,、")
            text = _ZH_LEADING.sub("", text)
            if text == before:
                break  # a pass that changed nothing: the next ones would not either
        return text[-40:]
    for _ in range(3):
        before = text
        folded = fold(text)
        if folded.rstrip().endswith(_EN_TRAILING_ENDS):
            text = _strip_en_trailing(text, folded)
        text = text.strip(" ,")
        text = _EN_LEADING.sub("", text)
        if text == before:
            break
    words = text.split()
    return " ".join(words[-10:])


def _strip_en_trailing(text: str, folded: str) -> str:
    """``_EN_TRAILING.sub("", text)``, given ``folded = fold(text)``."""
    if len(folded) != len(text):  # (fold keeps every character in its place: never)
        return _EN_TRAILING.sub("", text)
    m = _EN_TRAILING_FOLDED.search(folded)
    if m is None:
        return text
    if m.end() != len(text):  # (never: a match runs to the end, so it is the only one sub removes)
        return _EN_TRAILING.sub("", text)
    return text[:m.start()]


_ZH_SPLIT = re.compile(r"[、和与及]|以及")
_EN_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def split_list(subject: str, n: int, lang: str) -> list[str] | None:
    """'云计算收入和大数据收入' -> ['云计算收入', '大数据收入'] when it has exactly ``n`` parts
    (a shared head noun is not copied: '数据中心和物联网业务收入' -> ['数据中心', '物联网业务收入'])."""
    if lang == "zh" and n == 2 and "产销" in subject:
        # 产销 = output and sales: 新能源汽车产销分别完成… -> 新能源汽车产量, 新能源汽车销量
        head = subject.split("产销")[0]
        return [f"{head}产量", f"{head}销量"]
    parts = [p.strip() for p in (_ZH_SPLIT if lang == "zh" else _EN_SPLIT).split(subject) if p.strip()]
    if len(parts) == n:
        return parts
    return None


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
        m = _ZH_PLACE.match(subject)
        return f"China:{PLACES[m.group(0)]}" if m else None
    lowered = subject.lower()
    for word, en in EN_REGIONS.items():
        if lowered.startswith(word):
            return f"China:{en}"
    m = _EN_PLACE.match(subject)
    return f"China:{m.group(0).removeprefix('the').strip()}" if m else None
