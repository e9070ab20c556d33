"""Date mentions in Chinese and English news text, resolved against the publication date.

News about government actions dates them relative to the story: "23日" (this month), "上月21日" /
"前天" (a day of last month, the day before yesterday), "7月26日"
(this year), "on Tuesday" (this week), "at the weekend" (the month of the weekend just past), "今年" / "earlier this year", "two years ago" (not a comparison's
base, "up from a year ago"). Each of those is resolved
against an *anchor*: the story's dateline ("BEIJING, July 26 (Xinhua) --", "新华社北京12月27日电",
or a byline "本报北京3月5日（记者 张三）") when it has one, else the publication date. Without an anchor, relative dates stay unresolved.

Dates are returned at their own precision as ISO strings: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``
(a part of a month, "in mid-March", "in the first week of March", is the month).
Mentions that do not date an action are left out on purpose: datelines and "记者27日从…获悉"
(when the story was reported; not "记者27日从…新闻发布会上获悉", the conference's day), period bounds ("截至6月末", "1—4月", "到2025年", "as of March"),
effective dates ("自2024年11月1日起实施") and deadlines ("11月27日前提交"). Mentions of a time ahead
("next Tuesday", "this coming Friday", "next week", "next month") resolve forward, kind "ahead":
what is done then is not done yet.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from scrapers.facts.needles import Guarded, candidate_matches, flatten, has_any


class DateMention(NamedTuple):
    start: int
    end: int
    value: str | None  # ISO date at its precision; None when unresolvable or merely "recently"
    kind: str          # "day", "month", "year", "recent", "same_day" (当天: the date just named),
    #                    "day_before" (前一天, "a day earlier": the day before the date just named),
    #                    "day_after" (", a day before <clause>": that clause's day, after the one just named;
    #                    次日/翌日: the day after the one just named)
    #                    or "ahead" ("next Tuesday", "this coming Friday", "next week": after the anchor)


_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# (date.weekday() numbers)
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_MONDAY, _SATURDAY = 0, 5
_DAY, _WEEK = timedelta(days=1), timedelta(days=7)


# Day and month steps in plain date arithmetic (speed pass 22): dateutil's relativedelta, which they
# replace, costs ~20 µs a step in Python (keyword parsing, normalisation, a replace and a timedelta);
# these give the same dates (tests/facts/test_speed_pass22.py compares them over every day of years).
def _on_or_before(day: date, weekday: int) -> date:
    """The ``weekday`` (0 Monday … 6 Sunday) on or before ``day`` (dateutil: ``day +
    relativedelta(weekday=W(-1))``)."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _on_or_after(day: date, weekday: int) -> date:
    """The ``weekday`` on or after ``day`` (dateutil: ``day + relativedelta(weekday=W(+1))``)."""
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _months_before(first: date, months: int) -> date:
    """The first day of the month ``months`` before that of ``first`` (a first of a month; negative
    ``months``: after), as dateutil's ``first - relativedelta(months=months)``, which never clamps a
    first day."""
    index = first.year * 12 + first.month - 1 - months
    return first.replace(year=index // 12, month=index % 12 + 1)


# Datelines open a story: "BEIJING, Oct. 23 (Xinhua) --", "(JW Insights) Oct 30 --", "June 13 (Reuters) -",
# "新华社北京12月27日电", "本报北京3月21日讯", "人民网北京9月14日电".
_EN_DATELINE = re.compile(
    rf"^(?:\([^)\n]{{1,40}}\)\s*)?(?:[A-Z][A-Za-z .'-]{{1,40}},\s*)?(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})"
    # ("BEIJING, June 13 (Reuters) -": after the agency's name one hyphen is a dash too)
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:\([^)\n]{1,30}\)\s*(?:--|—|–|-(?=\s))|--|—|–)",
    re.MULTILINE,
)
_EN_DATELINE = flatten(_EN_DATELINE)  # (optional groups as alternations: needles.flatten)
# (Guarded: tried only when 日电/日讯 occurs; the pattern opens with an optional year, so re
# would try it at every position of the story's first 1,500 characters.)
_ZH_DATELINE = Guarded(re.compile(
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯)"
), ("日电", "日讯"))
# A byline without 电/讯 ("本报北京3月5日 记者 张三", "新华社北京3月5日（记者 李四）"): the date of a
# line's opening words (the outlet and the place, at most 12 characters), the reporter's name right
# after it, in brackets or after a space. Not "3月5日记者从工业和信息化部获悉" (the reporting day,
# see _ZH_REPORTING), nor "3月5日 记者会上…" (a press conference), nor a date inside a sentence
# ("…于3月5日（记者…"): a line's start only.
# (Guarded: tried only when 记者 occurs.)
_ZH_BYLINE = Guarded(re.compile(
    # (the opening words no clause's: not "工业和信息化部于3月5日（记者 …）")
    r"^[ \t\u3000]*[^\s，,。；;：:\d（(于在从将的]{0,12}?(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    # (not a press conference or what a reporter learnt: 记者会, 记者招待会, 记者见面会, 记者问, 记者从…获悉)
    r"(?=(?:[ \t\u3000]*[（(][ \t\u3000]*|[ \t\u3000]+)记者(?![会招见问从获了]))",
    re.MULTILINE,
), ("记者",))
# "记者27日从…获悉": the reporting day, not the day of the action reported. Unless what the reporter
# learnt it from is a meeting held that day ("记者14日从工业和信息化部新闻发布会上获悉"): the day of the
# meeting, which the reporter attended.
# (the meeting a government body's, named before it: 工业和信息化部, 国新办, 国务院新闻办公室, 市政府, 省工信厅;
# not an association's or a trade's, 从中国汽车工业协会新闻发布会上, 从一场行业发布会上, which dates no act
# of a body: the reporting day again)
_ZH_REPORTING = re.compile(r"记者(?:\d{1,2}日(?!从(?=[^，。；：《》]{0,30}?(?:部|委|局|署|国务院|国新办|办公室|政府|厅))"
                           r"[^，。；：《》]{0,30}?(?:发布会|吹风会|记者会|通气会|通报会)上)|近日|日前)")

_ZH_DATE = re.compile(
    r"(?<![\d.])(?P<full>(?P<fy>\d{4})年(?P<fm>\d{1,2})月(?P<fd>\d{1,2})日)"
    r"|(?P<rmd>(?P<rel>今年|去年)(?P<rmm>\d{1,2})月(?P<rmd_d>\d{1,2})日)"
    r"|(?<![\d.])(?P<md>(?P<mm>\d{1,2})月(?P<md_d>\d{1,2})日)"
    r"|(?<![\d.])(?P<ym>(?P<ymy>\d{4})年(?P<ymm>\d{1,2})月(?!份?(?:以来|末|底)))"
    r"|(?P<tym>(?P<tyrel>今年|去年)(?P<tymm>\d{1,2})月(?!份?(?:以来|末|底)))"
    r"|(?<![\d.月])(?P<d>(?P<dd>\d{1,2})日)"
    r"|(?<![\d.—\-～~至到])(?P<m>(?P<mo>\d{1,2})月(?:上旬|中旬|下旬|初)?(?![\d日份末底初中以至—\-]))"
    r"|(?P<ty>今年(?!以来|前|上半年|下半年|一季度|二季度|三季度|四季度|\d))"
    # (去年底，…印发: December of last year; not 比去年底, 较去年末, a figure's base; 截至去年底, a
    # period's bound, is left out below as every bound is)
    r"|(?<![比较与])(?P<ly_end>去年年?(?:底|末))"
    r"|(?P<ly>去年(?!以来|同期|底|末|\d))"
    r"|(?<![\d.])(?P<y>(?P<yy>\d{4})年(?![\d度底末初前以]|上半年|下半年|[一二三四]季度|版|间))"
    # (如今日益…: the 今日 of 如今 + 日益 is no "today")
    r"|(?P<today>今天|(?<!如)今日)|(?P<yesterday>昨天|昨日)"
    # (前天: the day before yesterday; not the 前天 of 日前天津…, 此前天津…, 提前天数, 之前天然气…)
    r"|(?<![日此提之以目眼空当先向往面])(?P<before_yesterday>前天)(?![津数然际赋体文线气])"
    # (上月21日, 上个月24日, 本月4日: a day of the month named relative to the anchor's; before the
    # bare 上月/本月 branches, which would take the month alone)
    r"|(?P<rel_md>(?P<rel_mo>上个?月|本月)(?P<rel_md_d>\d{1,2})日)"
    r"|(?P<this_month>本月)|(?P<last_month>上个?月)(?!底|末|份以来)|(?P<last_week>上周|上星期)|(?P<this_week>本周)"
    # (上月底/上月初, …印发: within last month; 月初 alone: early this month; 年初 alone: this year.
    # Not 9月初, 今年年初, 2025年初: dated by the branches above, or a period's bound)
    r"|(?<![比较与])(?P<last_month_edge>上个?月(?:底|末|初))|(?<![\d上本个月])(?P<month_start>月初)"
    r"|(?<![\d今去明前年])(?P<year_start>年初)"
    r"|(?P<same>当天|当日|同日|同一天)"
    # (节日前夕, 假日前, 截止日前; 接近日均: the 日前/近日 of these words is no "recently")
    r"|(?P<recent>(?<![接将])近日|(?<![节假生作念幕止期])日前|(?<![接将])近期|(?<!因)此前|前不久|早前|最近)"
)
# Where a _ZH_DATE match can start: a digit not after a digit or point (every branch opening with
# one says so in its look-behind), or the first character of a word branch where the rest of a
# word of it follows. Like _EN_DATE_START, for trying the alternation only there
# (:func:`needles.candidate_matches`). (上, 日, 同, 前, 本, 近, 最 open many words that are no
# dates: tried at each of them, the alternation cost ~15,000 instructions a place, and two places
# in three were such. 月/年 only before 初: 月初, 年初; every other 月 and 年 is inside a date a
# digit or another word starts.)
_ZH_DATE_START = re.compile(r"[\d今去昨本上当同近日此前早最月年](?:(?<=\d)(?<![\d.]\d)|(?<=今)(?=[年天日])|(?<=去)(?=年)|(?<=昨)(?=[天日])"
                            r"|(?<=本)(?=[月周])|(?<=上)(?=个?月|周|星期)|(?<=当)(?=[天日])|(?<=同)(?=日|一天)|(?<=近)(?=[日期])"
                            r"|(?<=[日此早])(?=前)|(?<=前)(?=不久|天)|(?<=最)(?=近)|(?<=[月年])(?=初))")
# A date right after these is the bound of a period or a deadline, not the day of an action.
_ZH_BOUND_BEFORE = re.compile(r"(?:截至|截止到?|直到|到|至|自|从|—|－|-|～|~)$")
_ZH_BOUND_AFTER = re.compile(r"^(?:起|以来|前|之前|以前|末|底|止|份以来)")
# "从今天召开的…会议上获悉": 从 opens the place the news came from (an occasion held that day),
# not a period ("从1月1日起").
_ZH_FROM_OCCASION = re.compile(r"(?:上午|下午|晚间)?(?:召开|举行|举办|开幕|发布|公布|印发)的")
# "15日起向社会公开征求意见": the day a consultation opens is its date, not a period's bound; so
# with its agent or its object between (28日起由工业和信息化部向社会公开征求意见, 3月15日起就《…》公开
# 征求意见). (Not 自…起施行, nor 起由…负责实施: no 征求 follows.)
_ZH_STARTS_CONSULTATION = re.compile(r"起[，,]?(?:由[^，。；《》]{2,40}?|就《[^》]{2,80}》)?(?:向社会|面向社会)?(?:公开)?征求")
_ZH_YEAR_BEFORE = re.compile(r"(?:于|在|曾|是)$")
_ZH_YEAR_AFTER = re.compile(r"^(?:[，,]|(?:正式|先后|联合)?(?:印发|发布|公布|出台|颁布|召开|举行|举办|批复|批准|设立|成立|组建|认定))")

_EN_DATE = re.compile(
    rf"(?P<md>(?P<mdm>{_MONTH_NAME})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy>\d{{4}}))?(?P<mdly>\s+last\s+year)?)"
    rf"|(?P<dm>\b(?P<dmd>\d{{1,2}})\s+(?P<dmm>{_MONTH_NAME})\b(?:\s+(?P<dmy>\d{{4}}))?)"
    r"|(?P<wd>\b(?P<wdn>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # ("in the first week of April", "in the second half of March": a part of the month, dated by it)
    rf"|(?P<m>\b[Ii]n\s+(?:(?:early|mid|late)-?\s*|the\s+(?:first|second|third|fourth|last|final)\s+"
    rf"(?:week|half|ten\s+days|few\s+days)\s+of\s+)?(?P<mm>{_MONTH_NAME})\b(?:\s+(?P<my>\d{{4}})|(?P<mly>\s+last\s+year))?)"
    r"|(?P<ty>\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?this\s+year\b)"
    r"|(?P<ly>\b[Ll]ast\s+year\b)"
    rf"|(?P<lmo>\b[Ll]ast\s+(?P<lmon>{_MONTH_NAME})\b)"
    r"|(?P<y>\b[Ii]n\s+(?P<yy>(?:19|20)\d{2})\b(?![-–]))"
    r"|(?P<today>\btoday\b)|(?P<yesterday>\byesterday\b)"
    r"|(?P<this_month>\b[Tt]his\s+month\b)|(?P<last_month>\b[Ll]ast\s+month\b)|(?P<last_week>\b[Ll]ast\s+week\b)"
    r"|(?P<this_week>\b(?:[Ee]arlier\s+)?[Tt]his\s+week\b)"
    r"|(?P<same>\b(?:the\s+same\s+day|that\s+day)\b)"
    # ("its most recent list" is its latest, dated or not: no date withheld)
    r"|(?P<recent>\b(?:recently|(?<!most )(?<!more )recent|lately|previously)\b)"
)
_EN_DATE = flatten(_EN_DATE)  # (optional groups as alternations: needles.flatten)
# Where an _EN_DATE match can start: a capitalised month name (no word boundary asked; or a
# weekday's M/F/S), or at a word boundary a digit or the opening letters of another branch (In/in,
# Earlier/early/Late/later/this/last, today/yesterday/the/that, recent/lately/previously, Tuesday/
# Thursday/Wednesday). The alternation above is tried at every position of a sentence, which
# costs ~1.5 µs a character; trying it only here (:func:`needles.candidate_matches`) finds the
# same matches. (One character class first, conditions on it after: re scans for the class at C
# speed, where a pattern opening with \b is tried at every position; the word-boundary test comes
# first, as most of these letters sit inside words, and the look-aheads keep the capitalised
# words and the "the"s that open no date from being tried.)
_EN_DATE_START = re.compile(
    r"[\dJFMASONDTWIiEeLltyrp]"
    r"(?:(?<!\w.)(?:(?<=\d)|(?<=[Ii])(?=n\s)|(?<=[Ee])(?=arl)|(?<=[Ll])(?=a[ts])|(?<=t)(?=h|oday)|(?<=y)(?=esterday)"
    r"|(?<=r)(?=ecent)|(?<=p)(?=reviously)|(?<=T)(?=uesday|hursday|his\s)|(?<=W)(?=ednesday))"
    r"|(?<=[JFMASOND])(?:(?<=J)(?=an|u[nl])|(?<=F)(?=eb|riday)|(?<=M)(?=a[ry]|onday)|(?<=A)(?=pr|ug)"
    r"|(?<=S)(?=ep|aturday|unday)|(?<=O)(?=ct)|(?<=N)(?=ov)|(?<=D)(?=ec)))"
)
# The same places in an ASCII sentence, found in two parts (speed pass 18): the class above holds t,
# e, i, l, r, y, p, common letters of English, so re entered its matcher at most letters (~100,000
# instructions a sentence, two fifths of find_dates' cost). The pattern's branches for digits and
# capitals stay a scan (_EN_DATE_UPPER_START: rare characters, re skips to them at C speed); the
# lower-case words are found by ``str.find``, each where no word character comes before it ("th"
# stands for "the"/"that"/"this", what (?<=t)(?=h) lets through; "in" must be followed by white
# space). (Not for other text: there \w and \s hold more than the ASCII letters and spaces these
# tests know.)
_EN_DATE_UPPER_START = re.compile(
    r"[\dJFMASONDTWIEL]"
    r"(?:(?<!\w.)(?:(?<=\d)|(?<=I)(?=n\s)|(?<=E)(?=arl)|(?<=L)(?=a[ts])"
    r"|(?<=T)(?=uesday|hursday|his\s)|(?<=W)(?=ednesday))"
    r"|(?<=[JFMASOND])(?:(?<=J)(?=an|u[nl])|(?<=F)(?=eb|riday)|(?<=M)(?=a[ry]|onday)|(?<=A)(?=pr|ug)"
    r"|(?<=S)(?=ep|aturday|unday)|(?<=O)(?=ct)|(?<=N)(?=ov)|(?<=D)(?=ec)))"
)
_EN_DATE_LOWER_WORDS = ("in", "earl", "lat", "las", "th", "today", "yesterday", "recent", "previously")


def _en_date_places(sentence: str) -> list[int]:
    """The places of ASCII ``sentence`` where _EN_DATE_START matches, in order."""
    found = [m.start() for m in _EN_DATE_UPPER_START.finditer(sentence)]
    upper = len(found)
    for word in _EN_DATE_LOWER_WORDS:
        pos = sentence.find(word)
        while pos >= 0:
            # (\w of an ASCII character: a letter, a digit or "_")
            if (pos == 0 or not (sentence[pos - 1].isalnum() or sentence[pos - 1] == "_")) \
                    and (word != "in" or sentence[pos + 2: pos + 3].isspace()):
                found.append(pos)
            pos = sentence.find(word, pos + 1)
    # (no place is found twice: the words open with lower-case letters, the scan's places hold none)
    if upper < len(found):
        found.sort()
    return found


def _en_date_matches(sentence: str) -> Iterator[re.Match[str]]:
    """``_EN_DATE.finditer(sentence)``, tried only where a match can start (as
    :func:`needles.candidate_matches` does)."""
    if not sentence.isascii():
        yield from candidate_matches(_EN_DATE, _EN_DATE_START, sentence)
        return
    resume = 0
    for pos in _en_date_tries(sentence):
        if pos < resume:
            continue
        m = _EN_DATE.match(sentence, pos)
        if m:
            yield m
            resume = m.end()


# What a date opening at a place of _en_date_places needs, known before _EN_DATE is tried there
# (speed pass 22: a try costs ~1,500-2,000 instructions, and of the ~6 places of an English sentence
# ~1 in 13 opens a date; most are "the"/"that", "in" and figures):
# - a digit opens only "3 March" (the "dm" branch), which names a month, capitalised (the pattern
#   ignores no case): one of these occurs in the sentence;
_EN_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# - "In"/"in" and white space open only "in (early|mid|late) March", "in the first week of March"
#   and "in 2024" (19xx, 20xx): the
#   first character after the white space is one of these;
_EN_AFTER_IN = frozenset("emlJFMASOND12")
#   or "the" and a part of a month ("in the first week of April", see the "m" branch);
_EN_PART_OF_MONTH = re.compile(r"(?:first|second|third|fourth|last|final)\s+(?:week|half|ten\s+days|few\s+days)\s+of\s")
# - "th" opens only "this year/month/week", "the same day" and "that day" (lower case: "This" is a
#   capital's place, tried as it is): the sentence holds "this", "same", or "that" and "day".


def _en_date_tries(sentence: str) -> list[int]:
    """The places of _en_date_places (ASCII ``sentence``) where an _EN_DATE match can start, by the
    needs above: the places the others would be tried at and fail."""
    places = _en_date_places(sentence)
    if not places:
        return places
    months = has_any(sentence, _EN_MONTH_HEADS)
    th = "this" in sentence or "same" in sentence or ("that" in sentence and "day" in sentence)
    tries = []
    for pos in places:
        first = sentence[pos]
        if first <= "9":  # (a digit: the places' other characters are letters)
            if not months:
                continue
        elif first == "t":
            if not th and sentence.startswith("th", pos):
                continue
        elif (first == "i" or first == "I") and sentence.startswith("n", pos + 1):
            # (every such place has white space after "in"; the first character after it decides)
            after = pos + 3
            while sentence[after: after + 1].isspace():
                after += 1
            if sentence[after: after + 1] not in _EN_AFTER_IN and not (
                    # ("in the first week of April": only where a month is named and "of" follows)
                    months and sentence.startswith("the ", after) and _EN_PART_OF_MONTH.match(sentence, after + 4)):
                continue
        tries.append(pos)
    return tries


_EN_BOUND_BEFORE = re.compile(
    r"(?:\b(?:as\s+of|since|until|till|through|by|from|before|after|starting|effective|deadline\b.{0,25}?\b(?:is|was|of|on)"
    r"|(?:take|takes|took|taking)\s+effect"
    # ("which came into force in October": an effective date, as "took effect" is)
    r"|(?:come|comes|came|coming)\s+into\s+(?:force|effect))(?:\s+the\s+end\s+of)?\s+(?:on\s+|from\s+|in\s+)?)$",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, anchor: date | None, year: int | None = None) -> str | None:
    """"7月26日" / "July 26": the latest such day not after the anchor (or in ``year`` if given)."""
    if year is not None:
        found = _valid(year, month, day)
        return found.isoformat() if found else None
    if anchor is None:
        return None
    found = _valid(anchor.year, month, day)
    if found and found > anchor:
        found = _valid(anchor.year - 1, month, day)
    return found.isoformat() if found else None


def resolve_day(day: int, anchor: date | None) -> str | None:
    """"23日": day 23 of the anchor's month, or of the month before when that would lie ahead."""
    if anchor is None or not 1 <= day <= 31:
        return None
    found = _valid(anchor.year, anchor.month, day)
    if found is None or found > anchor:
        previous = _months_before(anchor.replace(day=1), 1)
        found = _valid(previous.year, previous.month, day)
    return found.isoformat() if found else None


def resolve_weekday(name: str, anchor: date | None) -> str | None:
    """"on Tuesday": the Tuesday on or before the anchor."""
    if anchor is None:
        return None
    return _on_or_before(anchor, _WEEKDAYS[name.lower()]).isoformat()


def resolve_weekday_last(name: str, anchor: date | None) -> str | None:
    """"last Friday": the Friday before the anchor, never the anchor's own day (on a Friday, "last
    Friday" is a week back; "last Tuesday" on a Thursday stays two days back, as "on Tuesday" is)."""
    if anchor is None:
        return None
    return _on_or_before(anchor - _DAY, _WEEKDAYS[name.lower()]).isoformat()


def resolve_weekday_ahead(name: str, anchor: date | None, *, next_week: bool) -> str | None:
    """"this coming Friday": the first Friday after the anchor; "next Tuesday": the Tuesday of the
    week after the anchor's (Monday to Sunday), as the wires use it."""
    if anchor is None:
        return None
    if next_week:
        monday = _on_or_before(anchor + _WEEK, _MONDAY)
        return _on_or_after(monday, _WEEKDAYS[name.lower()]).isoformat()
    return _on_or_after(anchor + _DAY, _WEEKDAYS[name.lower()]).isoformat()


def resolve_month(month: int, anchor: date | None, year: int | None = None) -> str | None:
    """"in June" / "今年6月": the latest June not after the anchor's month."""
    if year is None:
        if anchor is None:
            return None
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return f"{year:04d}-{month:02d}"


def _en_month(name: str) -> int:
    return _EN_MONTHS[name[:3].lower()]


def find_dateline(text: str, published: date | None, lang: str) -> tuple[date | None, tuple[int, int] | None]:
    """The story's dateline near its start: (its resolved date or None, its span)."""
    head = text[:1500]
    if lang == "zh":
        m = _ZH_DATELINE.search(head) or _ZH_BYLINE.search(head)
        month_day = (int(m["month"]), int(m["day"])) if m else None
    else:
        m = next(_at_line_starts(_EN_DATELINE, head), None)
        month_day = (_en_month(m["month"]), int(m["day"])) if m else None
    if not m or month_day is None:
        return None, None
    year = int(m["year"]) if m["year"] else None
    iso = resolve_month_day(*month_day, anchor=published, year=year)
    return (date.fromisoformat(iso) if iso else None), m.span()


def anchor_date(text: str, published: date | None, lang: str) -> date | None:
    """The date relative expressions refer to: the dateline's, else ``published``."""
    dateline, _ = find_dateline(text, published, lang)
    return dateline or published


def find_dates(sentence: str, anchor: date | None, lang: str) -> list[DateMention]:
    """Date mentions in one sentence that can date an action, in text order."""
    return list(_find_dates(sentence, anchor, lang))  # (a list of its own: a caller may change it)


# One sentence is read for dates by the event reader more than once (as the sentence of an action,
# then as the one before the next: "… a day earlier"), and by the metric reader for the day of its
# figures: the last few answers are kept (clear_caches forgets them).
@lru_cache(maxsize=16)
def _find_dates(sentence: str, anchor: date | None, lang: str) -> tuple[DateMention, ...]:
    if lang == "zh":
        return tuple(_find_zh(sentence, anchor))
    return tuple(_find_en(sentence, anchor))


def _masked_spans(sentence: str, patterns: tuple[re.Pattern[str] | Guarded, ...]) -> list[tuple[int, int]]:
    return [m.span() for p in patterns for m in p.finditer(sentence)]


def _zh_masked(sentence: str) -> list[tuple[int, int]]:
    """The spans of a dateline, a byline and a reporting day in ``sentence`` (dates no figure's)."""
    # (every one of them names a day, 日电/日讯, 3月5日 记者, 记者27日/近日/日前: a sentence with no 日,
    # most, asks none of the three; the byline and the reporting day both need 记者, which the
    # dateline does not)
    if "日" not in sentence:
        return []
    if "记者" not in sentence:
        return _masked_spans(sentence, (_ZH_DATELINE,))
    return _masked_spans(sentence, (_ZH_DATELINE, _ZH_BYLINE, _ZH_REPORTING))


def _at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ^ in MULTILINE mode: tried at the
    start of the text and after each line break only, where re would try it at every position."""
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m:
            yield m
            # (a match is never empty, and the next line starts after its end)
        line = text.find("\n", m.end() if m else pos)
        if line < 0:
            return
        pos = line + 1


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    for s, e in spans:  # (a plain loop: any() over a generator costs a frame and its steps)
        if s <= start and end <= e:
            return True
    return False


def _find_zh(sentence: str, anchor: date | None) -> list[DateMention]:
    masked = _zh_masked(sentence)
    out: list[DateMention] = []
    for m in candidate_matches(_ZH_DATE, _ZH_DATE_START, sentence):
        start, end = m.span()
        if _inside(masked, start, end):
            continue
        bound = _ZH_BOUND_BEFORE.search(sentence[max(0, start - 3):start])
        if bound and bound.group() == "从" and _ZH_FROM_OCCASION.match(sentence, end):
            bound = None
        if bound or (
                _ZH_BOUND_AFTER.match(sentence[end:end + 3]) and not _ZH_STARTS_CONSULTATION.match(sentence, end)):
            continue
        if m["y"] and not _zh_year_is_date(sentence, start, end):
            continue
        out.append(_zh_mention(m, anchor, out))
    if "前一" in sentence:
        out = _with_days_before(out, _ZH_DAY_BEFORE.finditer(sentence), masked)
    if "次日" in sentence or "翌日" in sentence or "第二天" in sentence:
        out = _with_days_after(out, _ZH_DAY_AFTER.finditer(sentence), masked)
    return out


# 次日, 翌日, 第二天: the day after the date just named (not 次日起, a period's start, nor 第二天内).
_ZH_DAY_AFTER = re.compile(r"(?:次日|翌日|第二天)(?![起内])")


def _with_days_after(out: list[DateMention], found: Iterator[re.Match[str]],
                     masked: list[tuple[int, int]]) -> list[DateMention]:
    """``out`` and the mentions of "the next day" ``found``, in order: the day after the last day
    named before it in the sentence, else unresolved (kind "day_after": the reader of events dates
    it from the text before, see events._day_named_before)."""
    for m in found:
        if not _inside(masked, m.start(), m.end()):
            out.append(_day_after(m.start(), m.end(), [d for d in out if d.end <= m.start()]))
    return sorted(out, key=lambda d: d.start)


def _with_days_before(out: list[DateMention], found: Iterator[re.Match[str]],
                      masked: list[tuple[int, int]]) -> list[DateMention]:
    """``out`` and the mentions of "the day before" ``found`` (see _day_before), in order; one
    replaces a mention it overlaps (the 此前 of 此前一天 is no "previously")."""
    for m in found:
        if not _inside(masked, m.start(), m.end()):
            out = [d for d in out if d.end <= m.start() or d.start >= m.end()]
            earlier = [d for d in out if d.end <= m.start()]
            out.append(_day_after(m.start(), m.end(), earlier) if _EN_DAY_BEFORE_CLAUSE.match(m.string, m.start() - 2)
                       else _day_before(m.start(), m.end(), earlier))
    return sorted(out, key=lambda d: d.start)


# ", a day before six departments unveiled a plan": a clause set off by a comma, its action a day
# *after* the day the sentence named before it ("data showed on Monday, a day before …").
_EN_DAY_BEFORE_CLAUSE = re.compile(r",\s(?:[Aa]|[Oo]ne)\s+day\s+before\s+(?=\w)")


# 前一天, 此前一天, 前一日: the day before the date just named (not 提前一天, "a day in advance").
# ("A day earlier", "the previous day" likewise in English. Each a scan of its own behind a
# substring test, not a branch of _ZH_DATE / _EN_DATE: a branch costs at every candidate start,
# and the English words would add every "a", "o" and "The" to the candidate starts.)
_ZH_DAY_BEFORE = re.compile(r"(?<!提)(?:此)?前一[天日](?![内以])")
_EN_DAY_BEFORE = re.compile(r"(?:(?<![\w'])[Aa]|\b[Oo]ne|\b[Tt]he)\s+day\s+(?:earlier|before)\b"
                            r"|\b[Tt]he\s+(?:previous|preceding)\s+day\b")


def _zh_year_is_date(sentence: str, start: int, end: int) -> bool:
    """"2018年，…" / "于2018年发布" date an action; "2023年工业发展情况" names a topic period."""
    return bool(_ZH_YEAR_BEFORE.search(sentence[max(0, start - 2):start]) or _ZH_YEAR_AFTER.match(sentence[end:end + 4]))


def _zh_mention(m: re.Match[str], anchor: date | None, earlier: list[DateMention]) -> DateMention:
    start, end = m.span()
    if m["full"]:
        return DateMention(start, end, resolve_month_day(int(m["fm"]), int(m["fd"]), anchor, int(m["fy"])), "day")
    if m["md"]:
        return DateMention(start, end, resolve_month_day(int(m["mm"]), int(m["md_d"]), anchor,
                                                         _opening_year(m.string, earlier, "zh")), "day")
    if m["rmd"]:
        # "今年11月14日", "去年11月14日": the day of the year named (not 今年11月 and the 14th of
        # the anchor's month)
        if anchor is None:
            return DateMention(start, end, None, "day")
        year = anchor.year - (m["rel"] == "去年")
        return DateMention(start, end, resolve_month_day(int(m["rmm"]), int(m["rmd_d"]), anchor, year), "day")
    if m["ym"]:
        return DateMention(start, end, resolve_month(int(m["ymm"]), anchor, int(m["ymy"])), "month")
    if m["tym"]:
        # (去年11月: November of the year before the anchor's, whatever the anchor's month)
        year = anchor.year - (m["tyrel"] == "去年") if anchor else None
        return DateMention(start, end, resolve_month(int(m["tymm"]), anchor, year) if year else None, "month")
    if m["d"]:
        return DateMention(start, end, resolve_day(int(m["dd"]), anchor), "day")
    if m["m"]:
        return DateMention(start, end, resolve_month(int(m["mo"]), anchor), "month")
    if m["ly_end"]:
        return DateMention(start, end, f"{anchor.year - 1:04d}-12" if anchor else None, "month")
    if m["last_month_edge"] or m["month_start"]:
        return _relative_month(start, end, anchor, back=1 if m["last_month_edge"] else 0)
    if m["year_start"]:
        return DateMention(start, end, str(anchor.year) if anchor else None, "year")
    if m["before_yesterday"]:
        return _relative_day(start, end, anchor, back=2)
    if m["rel_md"]:
        return _relative_month_day(start, end, anchor, m)
    return _shared_mention(m, start, end, anchor, earlier)


def _relative_month_day(start: int, end: int, anchor: date | None, m: re.Match[str]) -> DateMention:
    """上月21日 / 本月4日: that day of the month before the anchor's (or of its own); a day the month
    does not have (上月31日 after a month of 30 days) keeps the month only, as 上月 alone does."""
    month = _relative_month(start, end, anchor, back=0 if m["rel_mo"] == "本月" else 1)
    if month.value is None:
        return DateMention(start, end, None, "day")
    try:
        day = date(int(month.value[:4]), int(month.value[5:7]), int(m["rel_md_d"]))
    except ValueError:
        return month
    return DateMention(start, end, day.isoformat(), "day")


def _relative_day(start: int, end: int, anchor: date | None, back: int) -> DateMention:
    """今天 / "today" is the anchor day, 昨天 / "yesterday" the day before, 前天 the day before that."""
    value = (anchor - timedelta(days=back)).isoformat() if anchor else None
    return DateMention(start, end, value, "day")


def _relative_month(start: int, end: int, anchor: date | None, back: int) -> DateMention:
    """本月 / "this month" is the anchor's month, 上月 / "last month" the one before."""
    value = _months_before(anchor.replace(day=1), back).strftime("%Y-%m") if anchor else None
    return DateMention(start, end, value, "month")


def week_month(anchor: date, *, last: bool) -> str | None:
    """The month ("YYYY-MM") of 上周 / "last week" (Monday to Sunday of the week before the
    anchor's) or of 本周 / "earlier this week" (its Monday to the day before the anchor) when the
    whole span lies in one month; else None (the month is not known). Events' dates and metrics'
    periods (periods.py) both read a week so."""
    monday = _on_or_before(anchor, _MONDAY)
    first, last_day = (monday - _WEEK, monday - _DAY) if last else (monday, anchor - _DAY)
    if first > last_day or (first.year, first.month) != (last_day.year, last_day.month):
        return None
    return first.strftime("%Y-%m")


def _week(start: int, end: int, anchor: date | None, *, last: bool) -> DateMention:
    """上周 / "last week" and 本周 / "earlier this week" (:func:`week_month`): a day we cannot name,
    but the month when the whole span lies in one month (else "recent", the date withheld)."""
    month = week_month(anchor, last=last) if anchor is not None else None
    if month is None:
        return DateMention(start, end, None, "recent")
    return DateMention(start, end, month, "month")


def _same_day(start: int, end: int, anchor: date | None, earlier: list[DateMention]) -> DateMention:
    """当天 / "that day": the last day named before it, else the anchor day."""
    named = [d for d in earlier if d.kind == "day" and d.value]
    value = named[-1].value if named else (anchor.isoformat() if anchor else None)
    return DateMention(start, end, value, "same_day")


def _find_en(sentence: str, anchor: date | None) -> list[DateMention]:
    masked = [m.span() for m in _at_line_starts(_EN_DATELINE, sentence)]
    out: list[DateMention] = []
    for m in _en_date_matches(sentence):
        start, end = m.span()
        if _inside(masked, start, end) or _EN_BOUND_BEFORE.search(sentence[max(0, start - 30):start]):
            continue
        out.append(_en_mention(m, anchor, out))
    if "ext " in sentence or "oming " in sentence:
        out = _with_times_ahead(out, sentence, anchor)
    if " day" in sentence:
        out = _with_days_before(out, _EN_DAY_BEFORE.finditer(sentence), masked)
    if " ago" in sentence:
        out = _with_times_ago(out, sentence, anchor)
    if "weekend" in sentence:
        out = _with_weekends(out, sentence, anchor)
    return out


# A year the sentence opens on, as its setting ("In 2021, …", "Back in 2021, …"; 2021年，…, 早在2021年，…):
# a day and month later in the sentence with no year of its own are of that year ("Back in 2021, the
# MIIT on March 3 issued …", "In 2022, on June 8, …"), not of the anchor's. (Not a year inside the
# sentence, "output rose in 2021, and on March 3 …", nor one with no comma after it.)
_EN_OPENING_YEAR_LEAD = re.compile(r"\s*(?:(?:[Bb]ack|[Ee]arlier|[Ll]ater|[Aa]s\s+early\s+as|[Ee]ven)\s+)?")
_ZH_OPENING_YEAR_LEAD = re.compile(r"\s*(?:早在|在|于)?")


def _opening_year(sentence: str, earlier: list[DateMention], lang: str) -> int | None:
    """The year the sentence opens on (:data:`_EN_OPENING_YEAR_LEAD`), when its first date mention is
    a bare year right after those words, a comma after it; else None."""
    if not earlier or earlier[0].kind != "year" or not earlier[0].value or len(earlier[0].value) != 4:
        return None
    first = earlier[0]
    lead = _ZH_OPENING_YEAR_LEAD if lang == "zh" else _EN_OPENING_YEAR_LEAD
    if not sentence.startswith((",", "，"), first.end) or lead.fullmatch(sentence, 0, first.start) is None:
        return None
    return int(first.value)


def _en_mention(m: re.Match[str], anchor: date | None, earlier: list[DateMention]) -> DateMention:
    start, end = m.span()
    if m["md"]:
        year = int(m["mdy"]) if m["mdy"] else _opening_year(m.string, earlier, "en")
        if m["mdly"]:
            year = anchor.year - 1 if anchor else None
            if year is None:
                return DateMention(start, end, None, "day")
        return DateMention(start, end, resolve_month_day(_en_month(m["mdm"]), int(m["mdd"]), anchor, year), "day")
    if m["dm"]:
        year = int(m["dmy"]) if m["dmy"] else _opening_year(m.string, earlier, "en")
        return DateMention(start, end, resolve_month_day(_en_month(m["dmm"]), int(m["dmd"]), anchor, year), "day")
    if m["wd"]:
        ahead = _EN_AHEAD_BEFORE.search(m.string, max(0, start - 18), start)
        after = _EN_NEXT_WEEK_AFTER.match(m.string, end) if ahead is None else None
        if after:  # ("on Tuesday next week")
            return DateMention(start, after.end(), resolve_weekday_ahead(m["wdn"], anchor, next_week=True), "ahead")
        if ahead:
            # "next Tuesday", "this coming Friday": a day after the anchor, not the one before it
            value = resolve_weekday_ahead(m["wdn"], anchor, next_week=ahead["word"].lower() == "next")
            return DateMention(ahead.start(), end, value, "ahead")
        last = _EN_LAST_BEFORE.search(m.string, max(0, start - 6), start)
        if last:  # ("last Friday" on a Friday: a week back)
            return DateMention(last.start(), end, resolve_weekday_last(m["wdn"], anchor), "day")
        return DateMention(start, end, resolve_weekday(m["wdn"], anchor), "day")
    if m["m"]:
        year = int(m["my"]) if m["my"] else None
        if m["mly"]:  # "In May last year"
            if anchor is None:
                return DateMention(start, end, None, "month")
            year = anchor.year - 1
        return DateMention(start, end, resolve_month(_en_month(m["mm"]), anchor, year), "month")
    if m["lmo"]:
        # "last August": August of last year (this year's is "in August")
        year = anchor.year - 1 if anchor else None
        return DateMention(start, end, resolve_month(_en_month(m["lmon"]), anchor, year) if year else None, "month")
    return _shared_mention(m, start, end, anchor, earlier)


def _shared_mention(m, start: int, end: int, anchor, earlier) -> DateMention:
    """Groups both languages' patterns name alike: this/last year, a bare year, today/yesterday,
    this/last month, last week, 'the same day'."""
    if m["ty"]:
        return DateMention(start, end, str(anchor.year) if anchor else None, "year")
    if m["ly"]:
        return DateMention(start, end, str(anchor.year - 1) if anchor else None, "year")
    if m["y"]:
        return DateMention(start, end, m["yy"], "year")
    if m["today"] or m["yesterday"]:
        return _relative_day(start, end, anchor, back=1 if m["yesterday"] else 0)
    if m["this_month"] or m["last_month"]:
        return _relative_month(start, end, anchor, back=1 if m["last_month"] else 0)
    if m["last_week"] or m["this_week"]:
        return _week(start, end, anchor, last=bool(m["last_week"]))
    if m["same"]:
        return _same_day(start, end, anchor, earlier)
    return DateMention(start, end, None, "recent")


# "next Tuesday", "this coming Friday" (the words before a weekday _EN_DATE found); "next week",
# "next month", "the coming year": a time after the anchor. (A scan of its own behind a substring
# test, as _EN_DAY_BEFORE is: no branch of _EN_DATE, whose every candidate start would pay for it.)
_EN_AHEAD_BEFORE = re.compile(r"\b(?P<word>[Nn]ext|(?:[Tt]his\s+)?[Cc]oming)\s+$")
_EN_NEXT_WEEK_AFTER = re.compile(r" next week\b")
# "last Friday" (the word before a weekday _EN_DATE found): a day before the anchor's, not it.
_EN_LAST_BEFORE = re.compile(r"\b[Ll]ast\s+$")
_EN_AHEAD = re.compile(r"\b(?:[Nn]ext|(?:[Tt]his\s+|[Tt]he\s+)?[Cc]oming)\s+(?P<unit>week|month|year)\b")


def _with_times_ahead(out: list[DateMention], sentence: str, anchor: date | None) -> list[DateMention]:
    """``out`` and the mentions of "next week", "next month", "next year" (kind "ahead": the week's
    month when it lies in one month, the next month, the next year), in order; not a bound ("by
    next month", a deadline, as every bound is left out)."""
    found = False
    for m in _EN_AHEAD.finditer(sentence):
        if _EN_BOUND_BEFORE.search(sentence[max(0, m.start() - 30):m.start()]):
            continue
        out.append(DateMention(m.start(), m.end(), _ahead_value(m["unit"], anchor), "ahead"))
        found = True
    return sorted(out, key=lambda d: d.start) if found else out


# "two years ago", "three months ago": a year or a month counted back from the anchor (a scan of its
# own behind a substring test, as "next week" is). Not a comparison's base ("up from a year ago",
# "higher than a year ago", "compared with two years ago"): a figure's period, no act's date. Days
# and weeks are left out: the metric reader takes every day a sentence names as its figures' day.
_EN_AGO = re.compile(r"(?<![\w-])(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
                     r"|\d{1,2})\s+(?P<unit>years?|months?)\s+ago\b")
_EN_AGO_BASE_BEFORE = re.compile(r"\b(?:than|from|over|with|versus|vs\.?|against|to|as)\s+$", re.IGNORECASE)
_EN_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10}


def _with_times_ago(out: list[DateMention], sentence: str, anchor: date | None) -> list[DateMention]:
    """``out`` and the mentions of "N years ago" (kind "year") and "N months ago" (kind "month"), in
    order; not one a comparison sets as its base (see _EN_AGO_BASE_BEFORE)."""
    found = False
    for m in _EN_AGO.finditer(sentence):
        if _EN_AGO_BASE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        n = _EN_COUNT_WORDS.get(m["n"].lower()) or int(m["n"])
        if m["unit"].startswith("year"):
            value = str(anchor.year - n) if anchor else None
            out.append(DateMention(m.start(), m.end(), value, "year"))
        else:
            value = _months_before(anchor.replace(day=1), n).strftime("%Y-%m") if anchor else None
            out.append(DateMention(m.start(), m.end(), value, "month"))
        found = True
    return sorted(out, key=lambda d: d.start) if found else out


# "at the weekend", "over the weekend", "last weekend": the Saturday and Sunday before the anchor
# (the wires' time for an act done on a day off; "next weekend", "this weekend" are left out, they
# may lie ahead). A scan of its own behind a substring test, as "N years ago" is.
_EN_WEEKEND = re.compile(r"\b(?:(?:[Aa]t|[Oo]ver|[Dd]uring)\s+the|(?P<last>[Ll]ast))\s+weekend\b")


def _with_weekends(out: list[DateMention], sentence: str, anchor: date | None) -> list[DateMention]:
    """``out`` and the mentions of the weekend just past (see _EN_WEEKEND), in order: its month when
    both days lie in one month (kind "month", as "last week" is), else the date withheld ("recent")."""
    found = False
    for m in _EN_WEEKEND.finditer(sentence):
        out.append(_weekend(m.start(), m.end(), anchor, last=m["last"] is not None))
        found = True
    return sorted(out, key=lambda d: d.start) if found else out


def _weekend(start: int, end: int, anchor: date | None, *, last: bool) -> DateMention:
    """The weekend on or before the anchor (a story of a Saturday or Sunday: that weekend; "last
    weekend" then the one a week before)."""
    if anchor is None:
        return DateMention(start, end, None, "recent")
    saturday = _on_or_before(anchor, _SATURDAY)
    if last and anchor.weekday() >= 5:
        saturday -= _WEEK
    sunday = saturday + _DAY
    if (saturday.year, saturday.month) != (sunday.year, sunday.month):
        return DateMention(start, end, None, "recent")
    return DateMention(start, end, saturday.strftime("%Y-%m"), "month")


def _ahead_value(unit: str, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    if unit == "year":
        return str(anchor.year + 1)
    if unit == "month":
        return _months_before(anchor.replace(day=1), -1).strftime("%Y-%m")
    monday = _on_or_before(anchor + _WEEK, _MONDAY)
    sunday = monday + timedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else None


def _day_after(start: int, end: int, earlier: list[DateMention]) -> DateMention:
    """", a day before …": the day after the last day named before it in the sentence (kind
    "day_after"; unresolved when none is named)."""
    named = [d for d in earlier if d.kind in ("day", "same_day") and d.value]
    value = (date.fromisoformat(named[-1].value) + _DAY).isoformat() if named else None
    return DateMention(start, end, value, "day_after")


def _day_before(start: int, end: int, earlier: list[DateMention]) -> DateMention:
    """前一天 / "a day earlier": the day before the last day named before it in the sentence; else
    unresolved here (kind "day_before": the reader of events dates it from the sentence before)."""
    named = [d for d in earlier if d.kind in ("day", "same_day") and d.value]
    value = (date.fromisoformat(named[-1].value) - _DAY).isoformat() if named else None
    return DateMention(start, end, value, "day_before")
