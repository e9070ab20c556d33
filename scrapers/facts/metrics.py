"""Industry-metric extraction from Chinese and English text.

For every body sentence: find quantities (:mod:`units`), drop distractors (task counts, years,
dates, ordinals, page furniture, headlines), then read each figure's qualifier
(:mod:`qualifiers`), measure and sign (:mod:`measures`), period or as-of date (:mod:`periods`),
status, geography, subject and metric_key (:mod:`subjects`, :mod:`dictionary`).

Entry point: :func:`extract_metrics` (called by :func:`scrapers.facts.pipeline.extract`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from scrapers.facts import dictionary
from scrapers.facts.clauses import EN_SAME_OCCASION, clause_end, clause_start
from scrapers.facts.comparisons import CONTRIBUTION, comparison_of, is_contribution_share
from scrapers.facts.distractors import bare_ok, drop_distractors, is_furniture, skip_line
from scrapers.facts.measures import (NO_CUE, zh_units_that_did, against_last_month, against_year_before, en_change_to_level, en_effect,
                                     en_growth_rate_to, en_list_change, en_per_year, en_rate_over_span_back, en_share_after, en_since_opening,
                                     en_subject_level, en_subject_rate, index_subject,
                                     measure_of, price_index_subject, sequential, since_month_end, zh_average_change,
                                     zh_batch_part, zh_growth_rate_to, zh_programme_opening, zh_subject_rate)
from scrapers.facts.model import Metric
from scrapers.facts.needles import Guarded, fold, has_any
from scrapers.facts.numbers import normalise_width
from scrapers.facts.periods import TimeRef, find_times
from scrapers.facts.qualifiers import qualifier_of
from scrapers.facts.sentences import Sentence, split_sentences
from scrapers.facts.status import en_goal_carried, en_plan_by_year, horizon_status, months_ahead, status_of
from scrapers.facts.subjects import (acts_on_object, bare_place, clean_subject, counted_head, indicator_of, region_of,
                                     tidy_subject,
                                     split_list)
from scrapers.facts.timeline import (TimeState, admitted_on_day, compared_on_last_period, continues_year, counts_establishments, is_flow, names_held_stock, note_plan_spans,
                                     part_of_flow, pick_time, price_change, reached_on_day, reference_date, remember_times, resolve_time, shares_reported_span, span_closed_by_month,
                                     level_after_change, stated_now_in_english)
from scrapers.facts.units import ZH_CLASSIFIERS, Quantity, find_quantities

# (Guarded: case-insensitive patterns tried only when a word they need occurs, see needles.py.)
# (世界级, 世界一流, "world-class", 国际化, 全球化, 国际先进/领先: qualities of Chinese things, not the world's)
_WORLD = Guarded(re.compile(r"全球(?!化)|世界(?!级|一流)|国际(?!化|先进|领先)|\bglobal\b|worldwide|\bworld\b(?!-class|-leading)",
                            re.I), ("全球", "世界", "国际", "global", "world"))
# "居全球第二", "ranked second globally", "占全球的30%": about China's position, not a world total.
# (English words whole: "shared mobility", "Frankfurt", "first installations" are no rank)
_RANK = re.compile(r"占|居|位居|位列|第[一二三四五六七八九十\d]|\bshares?\b|\brank(?:s|ed|ing)?\b|\blargest\b|\b(?:first|second) in\b"
                   r"|of the global", re.I)
# (Each alternative opens with its character, the look-behind checked after it: re then scans for
# 均/都 at C speed instead of trying the pattern at every position.)
# (成都, 京都, 东京都: the 都 of a city's name, 成都、绵阳、德阳三市…分别为, is no "both"; after 北京 or
# 南京 it is, 上海和北京都超过100万辆)
# (双双, "both alike": 产销量双双突破1280万辆)
_BOTH_ZH = re.compile(r"均(?<![平年人户]均)(?!值|衡|匀|等)|都(?<![首成]都)(?<!(?<![北南])京都)(?!市|会|城)|双双")
# 产销(量), output and sales of one product: a list of two with no linking word (split_list names
# both); not 产销率 (one ratio of output to sales), 产销比, 产销衔接/对接 (matching the two)
_ZH_OUTPUT_SALES = re.compile(r"产销(?!率|比|衔接|对接)")
# "production and sales both topped …" (a list, then "both"); "Both X and Y invested …" names
# the actors of one figure and is left alone.
_BOTH_EN = Guarded(re.compile(r"\band\b[^,;]{0,60}?\bboth\b", re.I), ("both",))
# Dictionary rows a figure may map to, by the figure's unit (percentages may describe any row).
_KEY_UNITS: dict[str, frozenset[str]] = {
    "count": frozenset({"count"}),
    "CNY": frozenset({"CNY", "USD"}),
    "USD": frozenset({"CNY", "USD"}),
    "tonne": frozenset({"tonne"}),
    "EFLOPS": frozenset({"EFLOPS"}),
    "EB": frozenset({"EB"}),
    # (power and energy: capacity in watts is never a count or a tonnage, nor energy in watt-hours a power)
    "W": frozenset({"W"}),
    "Wh": frozenset({"Wh"}),
    "robots_per_10000_workers": frozenset({"robots_per_10000_workers"}),
}
_CUMULATIVE = Guarded(re.compile(r"累计|cumulative", re.I), ("累计", "cumulative"))
# 到2034年…累计淘汰燃煤锅炉1.2万台左右: a running total of removals a goal sets is a flow over the goal's
# span (the plan's years, as additions are), never a stock at its horizon: what was retired is gone
_ZH_CUMULATIVE_REMOVAL = re.compile(r"累计(?:淘汰|退出|压减|化解|关停|拆除|关闭)")
_LIST_SEP_ZH = re.compile(r"^\s*(?:、|和|及|与|以及|，)\s*$")
_LIST_SEP_EN = re.compile(r"^\s*(?:,|and|, and|or|to)\s*$")
# A growth rate named as the subject, then the figure after a comma or a copula (增速最快，达到18.5%;
# 增速为6%): its measure is the growth, not a share. (Every match holds 速.)
_ZH_GROWTH_SUBJECT = re.compile(r"(?:增速|增长速度)[^，。；%\d]{0,6}[，,]?(?:达到|达|为|是|在)?$")
_FROM_TO_ZH = re.compile(r"(?:增至|升至|提升至|提高到|提高至|扩大到|扩大至|增加到|增长到|上升到|上升至|下降到|降至|到|至)(?:目前的|了|近|超过|约)?$")
_NEWLINE = re.compile("\n")
_PERCENT_WORD = re.compile(r"\b(?:percent|per cent)\b", re.I)
_CLAUSE_MARKS = re.compile(r"[，；：,;:]")
_WORLD_AVERAGE = re.compile(r"^的(?:国际|全球|世界)平均")
_LAST_DE = re.compile(r"的(?!.*的)")  # splits off the head noun after the last 的
_ZH_MEASURE_CUE = re.compile(r"增|降|减|占|比重|率|同比|年均")
# (words naming firms anywhere in the counted noun: "the number of industrial enterprises above
# designated size reached 520,000 in the first five months" is a stock)
# ("Users reached 1.1 billion in the first 11 months": a level a stock reached, not a flow)
# (and a copula: "The number of base stations was 4.5 million in the third quarter" states a level)
_EN_STOCK_VERB_BEFORE = re.compile(r"\b(?:reach(?:ed|es)|stood at|stands at|had|has|have|total(?:l)?ed|numbered|hit|topped|was|were|"
                                   r"exceeded|surpassed)\s+(?:about |around |nearly |almost |more than |over |some |roughly )?$")
# A copula after a subject naming what was done in the span ("The number of robots installed was
# 150,000 in the first half", "Smartphones shipped were 70 million in the third quarter"): the count
# of a flow, stated with "was" as any figure is; a copula is a stock verb only after a plain noun.
_EN_COPULA_BEFORE = re.compile(r"\b(?:was|were)\s+(?:about |around |nearly |almost |more than |over |some |roughly )?$")
_EN_ACT_PARTICIPLE = re.compile(r"\b(?:installed|registered|sold|shipped|delivered|produced|manufactured|made|built"
                                r"|exported|imported|granted|approved|filed|handled|processed|recorded|added|launched"
                                r"|founded|established|set\s+up|opened|completed|issued|published|recalled|scrapped)\b")
# The next in a ranking, after the figure it follows: ", followed by the United States at 11.2%".
# The value of the flow counted just before, in its clause: "Shipments rose 8.7% to 64.2 million tons in
# the first seven months, worth about $41.6 billion" (the words after that figure, up to "worth").
_EN_WORTH_GAP = re.compile(r"[^,;.]{0,60}?,\s*(?:together\s+|combined\s+)?worth\s+(?:(?:about|around|roughly|nearly|almost|some"
                           r"|over|more\s+than|less\s+than|just\s+over|just\s+under|an\s+estimated|a\s+combined)\s+)?")
_EN_FOLLOWED_BY = re.compile(r"\s*(?:and\s+)?(?:closely\s+)?followed\s+by\b", re.I)
_EN_FIRM_WORDS = ("enterprises", "companies", "firms", "factories", "plants", "makers", "manufacturers")
_ZH_RUNNING_TOTAL = re.compile(r"累计|总数|总量|达到|共有")
# A body's acts of approval in a count's clause (核准了5个核电项目): the count is of that act's day (see
# admitted_on_day; the approvals are a `level` by session 18's convention).
_ZH_APPROVAL_VERBS = ("核准", "批复", "批准")
# (not the approvals so far, 累计核准…项目168个, 至今已批复…: a running total, a stock; nor what stands
# by an approval, 经国务院批准设立的国家级新区19个, 获批准的…: things approved, held now)
_ZH_APPROVALS_SO_FAR = re.compile(r"累计|至今|总数|共有|历年|先后|经[^，。；]{0,12}?(?:核准|批复|批准)|获(?:核准|批复|批准)")
# The previous count's noun, then 、共 / ，合计: the total the items just counted hold.
_ZH_TOTAL_OF_ITEMS = re.compile(r"[^，。；、\d]{1,12}[、，](?:共|共计|合计|总计)")
# 确定186家示范企业、43个示范项目、37个示范平台和12个示范城市: entrants listed each after its count, the
# lead of the next the noun of the one before and 、 (or 和/及 before the last): they share the measure
# of the first, the entrants of one batch (only after `additions`: a stock's items keep their own
# reading; and only when the words before the 、 are the noun the count before counted: not
# 共支持11860个行政村开展千兆光网升级、1970个行政村…, where they tell what the places do).
_ZH_NOUN_THEN_ITEM = re.compile(r"([^，。；、\d]{1,12}?)(?:、|和|及)")
# What stands between two counts of one English list after the first one's counted noun: a comma
# or "and" ("41 green factories, 72 …", "47 industrial parks and 112 …").
_EN_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$")
# 已有 as "has by now" (全省已有3200家企业完成…), not as "existing" (已有的45家工厂, 在已有120家…的
# 基础上: the stock before the period's work), nor with a word that points back at the period
# carried, in the sentence before the figure (当年已有, 到年底，…已有: by then).
# Filings and registrations (备案, 注册, 登记): new ones before the count (全年新备案…约18.6万件), or
# completed after the counted noun (46个新原料完成备案).
_ZH_REGISTRATION_WORDS = ("备案", "注册", "登记")
_ZH_NEWLY_REGISTERED = re.compile(r"新(?:备案|注册|登记)")
# (the office may stand between: 42款应用通过地方网信部门登记)
_ZH_REGISTERED_AFTER = re.compile(r"(?:已|均|先后)?(?:完成|通过|办理|获得|取得)了?(?:[^，。；\d]{0,10}?(?:部门|机关|机构|平台|办|局|委|厅))?"
                                  r"(?:备案|注册|登记)")
# "In April, 86 generative AI services completed filing", "42 apps were registered with local
# offices": the filings of a span in English, the verb after the counted noun (additions, as the
# Chinese 完成备案 in a span; "new" ones are additions in measures.py already)
_EN_FILED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:completed\s+(?:their\s+|the\s+)?(?:filing|registration)"
                             r"|(?:were|have\s+been|had\s+been)\s+(?:newly\s+)?(?:filed|registered))\b")
# A part of filings a period added, told after them in their sentence (今年以来已有46个新原料完成备案，
# 其中国产新原料32个): of the same span, additions too; not a running total named in the part's clause
# (其中累计有…, 其中共有…).
_ZH_PART_OPENING = "其中"
# A batch of standards released or approved in one act (批准发布《…》等35项通信行业标准, 发布了…等16项行
# 业标准): the count is the size of that release, a `level` of its month (session 19's convention),
# as a count of approvals is (session 18's). The standards counted right after the figure (项, up to
# 14 characters of their kind, 标准), not a plan or programme of standards (标准制修订计划, 标准化).
_ZH_STANDARDS_AFTER = re.compile(r"项[^，。；、]{0,14}?标准(?!制修订|制定|修订|立项|计划|项目|化|委|体系)")
_ZH_RELEASE_VERBS = ("发布", "批准")
_ZH_TITLE = re.compile(r"《[^《》]*》")
# (not the standards released so far, 截至目前已发布…, 累计发布, 至今, 以来: a running total, a stock; nor
# to be released, 将发布, 计划发布: no act done)
_ZH_RELEASED_SO_FAR = re.compile(r"累计|至今|总数|共有|历年|先后|截至|以来|已有|已经?(?:批准)?发布|将|计划|拟|力争|目标|要")
# "released 14 industry standards", "approving 23 national standards", "published a batch of 16
# standards": the verb right before the figure (words of a batch between), the standards after it
# within three words; not "has released 300 standards so far" (a total: the perfect is tested apart)
_EN_RELEASED_BEFORE = re.compile(r"\b(?:released|published|issued|approved|unveiled|releasing|publishing|issuing"
                                 r"|approving|unveiling)\s+(?:(?:a|the|its|another)\s+)?(?:(?:new|first|second|third"
                                 r"|latest|further)\s+)?(?:batch\s+of\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$")
_EN_STANDARDS_AFTER = re.compile(r"\s+(?:(?:new|more|[\w-]+)\s+){0,3}?standards\b")
_EN_PERFECT_OR_AHEAD = re.compile(r"\b(?:has|have|had|will|would|to|plans?|aims?)\s+(?:\w+ly\s+)?(?:be(?:en)?\s+)?\w+\s+$")
# "The NDRC approved 12 fixed-asset investment projects on Tuesday": a count of approvals in English,
# the verb right before the figure (as _ZH_APPROVAL_VERBS read in Chinese); what measures.py reads
# as a programme's batch (pilots, demonstrations) is `additions` and never asked
_EN_APPROVED_BEFORE = re.compile(r"\bapproved\s+(?:a\s+total\s+of\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$")


def _standards_batch(s: str, q: Quantity, clause_lead: str, lang: str) -> bool:
    """Whether a count is the size of one release of standards (:data:`_ZH_STANDARDS_AFTER`,
    :data:`_EN_RELEASED_BEFORE`), not a running total nor one to come. (Substring tests first: few
    sentences name standards.)"""
    if lang == "zh":
        # (a bounded find, as `in` a slice is, without copying the slice: asked of every level count)
        return s.find("标准", q.end, q.end + 18) >= 0 and has_any(clause_lead, _ZH_RELEASE_VERBS) \
            and _ZH_STANDARDS_AFTER.match(s, q.end - 1 if s[q.end - 1: q.end] == "项" else q.end) is not None \
            and _ZH_RELEASED_SO_FAR.search(_ZH_TITLE.sub("", s[:q.start])) is None
    # (截至目前，…: the sentence's opening too; not the words of a title, 《…技术要求》, 《…行动计划》)
    # (the word after the figure first, a bounded find: the head's slice only for the few that pass)
    if s.find("standards", q.end, q.end + 60) < 0:
        return False
    head = s[max(0, q.start - 60): q.start]
    return _EN_RELEASED_BEFORE.search(head) is not None \
        and _EN_STANDARDS_AFTER.match(s, q.end) is not None and not _EN_PERFECT_OR_AHEAD.search(head)


def _count_of_approvals(s: str, q: Quantity, clause_lead: str, lang: str) -> bool:
    """Whether a count is of approvals a body gave in one act (核准了5个核电项目; "approved 12 fixed-asset
    investment projects"), session 18's `level` of the act's period; not the approvals so far."""
    if lang == "zh":
        return has_any(clause_lead, _ZH_APPROVAL_VERBS) and not _ZH_APPROVALS_SO_FAR.search(clause_lead)
    head = s[max(0, q.start - 40): q.start]
    return "approved" in head and _EN_APPROVED_BEFORE.search(head) is not None \
        and not _EN_PERFECT_OR_AHEAD.search(head)


# (全年将…, 全年力争…: the year still running)
_ZH_AHEAD = re.compile(r"将|力争|计划|目标|要")
_ZH_HAS_BY_NOW = re.compile(r"已有(?!的)(?![^，。；]*基础上)(?<!在已有)")
_ZH_THEN = re.compile(r"当年|同年|该年|年内|年底|年末|届时|期末|当时")
# Verbs of cases dealt with or acts done (受理申诉, 拦截涉诈电话, 查处案件): what they count over a
# quarter or the year so far is a flow. (Stock verbs, 建成, 培育, 拥有, stay out.)
_ZH_CASE_VERBS = ("受理", "拦截", "处置", "查处", "办理", "调解", "下架", "关停", "清理", "约谈", "抽查", "检查", "处理")
# …the verb itself, not the same word modifying a thing (数据处理中心, 垃圾处理设施, 处理器, 检查员,
# 检测检查设备, 污水处理站: stocks of facilities, machines or staff, whatever the span they are
# counted in). (Tried only when has_any finds a verb of the tuple in the clause.)
_ZH_CASE_VERB = re.compile(r"(?:受理|拦截|处置|查处|办理|调解|下架|关停|清理|约谈|抽查|检查|处理)"
                           r"(?!器|中心|设施|设备|装置|站|厂|场|节点|网点|能力|系统|平台|服务器|芯片|员|人员|机构|单位"
                           r"|企业|基地|线|点|量|率|规模)")


# The volume of an act counted over a span (标识解析量, API调用量, 交易量, 日均解析量; "resolution queries",
# "API calls", "transactions"): what was done in the span, a flow, whatever verb states it
# (达到, "reached"). Not what is held (注册量, 保有量, 存量, 容量: stocks), nor firms or lines.
_ZH_VOLUME = re.compile(r"(?:解析|调用|交易|成交|访问|浏览|下载|查询|搜索|点击|播放|处理|发送|传输|吞吐|出货|结算|支付|服务)(?:总)?量")
_EN_VOLUME_WORDS = ("queries", "calls", "transactions", "visits", "downloads", "requests", "searches", "page views",
                    "lookups", "trades")
# (a whole word: "recalls" and "overcalls" hold "calls", "subrequests" "requests")
_EN_VOLUME = Guarded(re.compile(r"\b(?:queries|calls|transactions|visits|downloads|requests|searches|page views|lookups|trades)\b",
                                re.I), _EN_VOLUME_WORDS)


# Not a volume over the span its sentence names: a running total since something began (上线以来
# 累计解析量, "cumulative queries since the system's launch"; 今年以来 and "since January" are spans
# to now, a flow) or a capacity ("could handle 10 billion queries a day").
# (the look-behind after 以: re scans for 以 at C speed; the same matches)
_ZH_SINCE_EVENT = re.compile(r"以(?<![年月度]以)来")
_EN_NOT_A_VOLUME_DONE = re.compile(r"\b(?:cumulative|cumulatively|since\s+(?:the|its|their|it)\b"
                                   r"|can|could|capable|capacity)\b", re.I)
# Where a noun phrase turns to describe its holder by the act ("hospitals offering online visits",
# "platforms that handle API calls"): the count is of the holders, a stock.
_EN_HOLDER_CLAUSE = re.compile(r"\b(?:that|which|who|whose|where|with|offering|providing|handling|executing|making"
                               r"|serving|running|using|supporting)\b", re.I)


def _counts_a_volume(clause_lead: str, noun: str, lang: str) -> bool:
    """Whether a count names the volume of an act (:data:`_ZH_VOLUME`): in Chinese, the last such
    word in its clause before it, heading what is counted (no 的 after it: 年交易量超过百亿元的平台
    counts platforms); in English its counted noun (else its clause) before any words describing a
    holder. Neither a running total since an event nor a capacity."""
    if lang == "zh":
        if "量" not in clause_lead or ("以来" in clause_lead and _ZH_SINCE_EVENT.search(clause_lead)):
            return False
        last = None
        for last in _ZH_VOLUME.finditer(clause_lead):
            pass
        return last is not None and "的" not in clause_lead[last.end():]
    if _EN_NOT_A_VOLUME_DONE.search(clause_lead) or _EN_NOT_A_VOLUME_DONE.search(noun):
        return False
    text = noun or clause_lead
    return bool(_EN_VOLUME.search(_EN_HOLDER_CLAUSE.split(text, 1)[0]))


def _zh_registered(s: str, q: Quantity, counted: str | None, clause_lead: str) -> bool:
    """Whether a Chinese count counts filings or registrations made (:data:`_ZH_NEWLY_REGISTERED`
    before it in its clause, :data:`_ZH_REGISTERED_AFTER` after it, within or right after its noun,
    which may run on over the verb: 1.2万款…化妆品通过注册). (The substring
    test first: most sentences hold none of the words.)"""
    if not has_any(s, _ZH_REGISTRATION_WORDS):
        return False
    return bool(_ZH_NEWLY_REGISTERED.search(clause_lead)) \
        or _ZH_REGISTERED_AFTER.search(s, q.end, q.end + len(counted or "") + 20) is not None


# 累计有, 累计已有: how many there are in all by then, a running total since filings began (not the
# span's own: 2025年，全国累计有302款…服务完成备案 is the total at the year's end)
_ZH_RUNNING_TOTAL_HAVE = re.compile(r"累计(?:已经|已)?有")


def _zh_running_total(s: str, q: Quantity, clause_lead: str) -> bool:
    """Whether a Chinese count of filings is a running total (:data:`_ZH_RUNNING_TOTAL_HAVE` in its
    clause), a stock, and not the total since a point the sentence names before it (今年以来，累计有
    46个…完成备案: the year so far, a flow)."""
    return "累计" in clause_lead and _ZH_RUNNING_TOTAL_HAVE.search(clause_lead) is not None \
        and "以来" not in s[:q.start]


def _zh_reporting_span(value: str) -> bool:
    """Whether a period is a quarter (2026-Q3) or a span from January within one year (前三季度,
    1—9月: 2026-01/2026-09), the spans a report counts what was done in."""
    return "-Q" in value or (len(value) == 15 and value[4:8] == "-01/" and value[:4] == value[8:12])


def _span_within_a_year(value: str) -> bool:
    """Whether a period is a quarter or a span of months within one year (2026-01/2026-09, and
    "since June": 2025-06/2025-10), over which what is counted was done."""
    return "-Q" in value or (len(value) == 15 and value[4] == "-" and value[:4] == value[8:12])


_EN_TIME_PREPOSITION = re.compile(r"\b(?:in|during|for|over|through|by|at|as of)\b(?=\s*(?:,|\band\b|$))", re.I)
_EN_MEASURE_CUE = re.compile(r"\b(?:up|down|rose|grew|fell|share|rate|increase|decrease)\b", re.I)
# (由于, 由此, 自由, 理由; 从业人员, 从事, 从而, 从未: no "from" of a from-to pair)
# (look-behind after 由: every branch opens with a literal, which re scans for at C speed)
_FROM_ZH = re.compile(r"由(?<![自理]由)(?![于此])|从(?![业事而来未])")
_ZH_YEAR_OF = re.compile(r"\d{4}年(?:的)?")
_FROM_EN = re.compile(r"\bfrom\b", re.I)
_TO_EN = re.compile(r"\bto\b", re.I)
_EN_VERB_AFTER_FROM = re.compile(r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|slid|surged"
                                 r"|gained|slumped|plunged|edged\s+(?:up|down)|(?:has|have|had)\s+(?:risen|fallen|grown))\b", re.I)
_ZH_AND = re.compile(r"[和与及、]")
_ZH_CLASSIFIER_CHARS = frozenset(ZH_CLASSIFIERS.split("|"))
_ZH_LIST_JOINER = re.compile(r"以及|[、和及与]")
# A city or province the text names elsewhere ("the city's core AI industry", 全省软件业务收入):
# the figure is local, not China's (geography China:local keeps it out of the national series).
# (全市场, 该市场 and 日本市场 are markets: 市场 holds 市)
_LOCAL = Guarded(re.compile(r"该市(?!场)|该省|全市(?!场)|全省|本市(?!场)|本省|\bthe (?:city|province|municipality)(?:'s)?\b", re.I),
                 ("该市", "该省", "全市", "全省", "本市", "本省", "the city", "the province", "the municipality"))
# What a count of categories counts ("used in 52 major industry categories", 60个行业大类): no
# row counts categories, so such a count takes no key from the subject, only from what it counts.
# (Guarded: a pattern ending in $ is otherwise tried at every position of the noun.)
_CATEGORY_NOUN = Guarded(re.compile(r"(?:大类|中类|小类|门类|类别|品类|种类|领域|行业)$|\b(?:categories|classes|sectors|fields|industries)$", re.I),
                         ("大类", "中类", "小类", "门类", "类别", "品类", "种类", "领域", "行业", "categories", "classes", "sectors",
                          "fields", "industries"))
# "14 types of industrial robots", "30 kinds of new materials": a count of kinds of a product (a
# catalogue's entries), not of the product; no row counts kinds (as _CATEGORY_NOUN's categories)
_EN_KINDS_OF = re.compile(r"(?:types|kinds|sorts|varieties)\s+of\b", re.I)
_EN_TOTAL_LEAD = re.compile(r"\b(?:bringing|lifting|raising|taking|pushing)\s+(?:[\w'’-]+\s+){0,5}?total\b[^,;]*\bto\s+"
                            r"(?:(?:about|around|over|more than|nearly|some)\s+)?$", re.I)
# (a bare year after the figure, "… 12 pilot zones by 2030", not "by the end of 2030")
_EN_BY_BARE_YEAR_AFTER = re.compile(r"[^,;.]{0,60}?\bby\s+20\d{2}\b")
_EN_BUILD_TO = re.compile(r"\b(?:to|will) build\s+(?:(?:more than|over|about|around|nearly|some|at least|up to)\s+)?$", re.I)
# "73 percent of enterprises used digital R&D tools": a share of doers, their verb, then what they do.
_EN_SHARE_OF_DOERS = re.compile(
    r"\s+of\s+(?P<what>(?:all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+s)\s+"
    r"(?:used|use|uses|using|adopted|adopt|adopts|applied|apply|applies|have|has|had|deployed|deploy|deploys)\b)",
    re.I)


class _Aliases:
    """The alias matches (:func:`dictionary.scan_aliases`) a figure's key may come from, found on
    first use. The scan of a whole sentence costs about as much as reading a figure's measure, and
    most sentences never need it: a figure's key comes from its own subject or counted noun first
    (:func:`_metric_key`), the sentence's aliases only when those name no row. A subset (the
    aliases of one list member, those after the figure before) is one of these too, made from its
    sentence's on first use. Outputs do not change: the scan is a pure function of the sentence."""

    __slots__ = ("_make", "_found")

    def __init__(self, make: Callable[[], tuple[dictionary.AliasMatch, ...]]) -> None:
        self._make = make
        self._found: tuple[dictionary.AliasMatch, ...] | None = None

    def get(self) -> tuple[dictionary.AliasMatch, ...]:
        if self._found is None:
            self._found = self._make()
        return self._found


def _aliases_from(aliases: _Aliases, start: int) -> _Aliases:
    """Those of ``aliases`` that start at or after ``start``, on first use."""
    return _Aliases(lambda: tuple(a for a in aliases.get() if a.start >= start))


def _aliases_of_member(s: str, aliases: _Aliases, parts: list[str], pos: int, end: int, lang: str) -> _Aliases:
    """:func:`_without_members` of ``aliases``, on first use."""
    return _Aliases(lambda: _without_members(s, aliases.get(), parts, pos, end, lang))


@dataclass
class _Context:
    """State carried across the sentences of one document."""

    lang: str
    time: TimeState
    last_sector: str | None = None
    last_subject: str = ""
    # subject_source of each figure of the current sentence so far, for lists that refer back
    # to them one by one ("A grew 9.2% and B 9.4%, beating the average by 3.3 and 3.5 points, respectively")
    sentence_subjects: list[str] = field(default_factory=list)
    # the list a respectively group's members are split from, when it runs back past the first
    # figure's clause ("The eastern, central, western and northeastern regions had …")
    list_subject: str = ""
    metrics: list[Metric] = field(default_factory=list)
    # whether the story has stated a robot density (units per 10,000 workers), and whether the
    # sentence before did: what a later "612 units", "a world average of 177 units" counts
    density_told: bool = False
    density_before: bool = False
    # the period of the entrants of a list counted last in the story (additions dated in their
    # own sentence): what later counts of its entrants, undated, belong to
    list_period: str | None = None
    # the paragraph whose last count was entrants added to a list (-1: the story's last count was
    # no addition): what a breakdown after it, 其中…分别为48家、33家, counts (measures.zh_batch_part)
    added_paragraph: int = -1
    # (period, as_of) of the densities of the sentence before, dated in it (None: none there)
    density_time: tuple[str | None, str | None] | None = None
    # (paragraph, text) of the sentences since the last one with a figure, whose times are not yet
    # in ``time``: read (:func:`_catch_up`) only when a later figure needs the state they leave
    untimed: list[tuple[int, str]] = field(default_factory=list)
    # the horizon ("by 2035") of the last figure a sentence set as a goal: what an English figure
    # carried to it by "by then" is expected to reach under that goal (status.en_goal_carried)
    goal_horizon: TimeRef | None = None


# A sentence that names a list or its entrants (see _Context.added_paragraph).
_ZH_LIST_SENTENCE = re.compile(r"名单|入选|入围|批|认定|遴选")
# ", 18 of them makers of …", "(12 of which are in Jiangsu)": the count right before "of them" /
# "of which" is a part of the count before it (in _build, of a list's entrants just added).
_EN_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|which)\b", re.I)


_BULLET_MARKS = ("-", "•", "·", "*")


def _bullets_heading(line: Callable[[int], str], index: int) -> str:
    """The nearest line above bullet line ``index`` that is neither blank nor a bullet: the heading
    of its run of bullets ("" when the text opens with them)."""
    for above in range(index - 1, -1, -1):
        text = line(above).strip()
        if text and text[:1] not in _BULLET_MARKS:
            return text
    return ""


def extract_metrics(text: str, *, published: date | None, lang: str) -> list[Metric]:
    """All stated industry metrics in ``text``; quotes are exact sentences of ``text``."""
    norm = normalise_width(text)
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(norm)]

    def line(index: int) -> str:
        end = line_starts[index + 1] if index + 1 < len(line_starts) else len(norm)
        return norm[line_starts[index]: end]

    # (line index, sentence) of the sentences that can state a metric; whether a line is a
    # headline or a link list is decided once per line, not once per sentence in it.
    kept: list[tuple[int, Sentence]] = []
    skipped_lines: dict[int, bool] = {}
    # Furniture words are literals: a text that holds none has no sentence that does, and one
    # scan of the text costs less than one per sentence (most texts hold none).
    furniture = is_furniture(norm)
    for sentence in split_sentences(norm):
        index = bisect_right(line_starts, sentence.start) - 1
        skip = skipped_lines.get(index)
        if skip is None:
            text_line = line(index)
            # (an English bullet's heading, for distractors._EN_POINTS_HEADING: only for bullets)
            heading = _bullets_heading(line, index) if lang == "en" and text_line.lstrip()[:1] in _BULLET_MARKS else None
            skip = skipped_lines[index] = skip_line(text_line, lang, heading)
        if not skip and not (furniture and is_furniture(sentence.text)):
            kept.append((index, sentence))
    ctx = _Context(lang=lang, time=TimeState(published or reference_date([s for _, s in kept], lang),
                                             derived=published is None))
    for index, sentence in kept:
        if index != ctx.time.paragraph:
            ctx.time.previous_paragraph = ctx.time.paragraph  # (see timeline.shares_reported_span)
        ctx.time.paragraph = index
        _extract_sentence(text, sentence, ctx)
    return ctx.metrics


def _extract_sentence(original: str, sentence: Sentence, ctx: _Context) -> None:
    s = sentence.text
    lang = ctx.lang
    quantities = drop_distractors(s, find_quantities(s, lang), lang)
    if quantities:  # (most sentences state no figure: no calls for them)
        _inherit_list_units(s, quantities, lang)
        if lang == "en":
            _inherit_elided_units(s, quantities)
        _carry_density(s, quantities, ctx)
        # (a loop: a comprehension costs a frame, for the two figures a sentence mostly has)
        kept = []
        for q in quantities:
            if not q.bare or bare_ok(s, q, lang):
                kept.append(q)
        quantities = kept
    if not quantities:
        # (most sentences state no figure: their times only matter to a later figure's, and the
        # sentences after a story's last figure are never read for them)
        ctx.untimed.append((ctx.time.paragraph, s))
        return
    if ctx.untimed:
        _catch_up(ctx)
    times = find_times(s, lang, ctx.time.published)
    if lang == "zh" and "全年" in s and times:
        times = _whole_year_of_paragraph(s, times, ctx.time)
    quote = original[sentence.start: sentence.end]
    groups = _respectively_groups(s, quantities, lang)
    # (scanned on first need: most figures take their key from their own subject or counted noun,
    # and a sentence whose figures all do is never scanned, see _Aliases)
    aliases = _Aliases(partial(dictionary.scan_aliases, s, lang))
    cues = _sentence_cues(s, quantities, lang)
    previous: Metric | None = None
    previous_q: Quantity | None = None
    ctx.sentence_subjects = []
    for qi, q in enumerate(quantities):
        start_of_clause = clause_start(s, q.start, lang)
        metric = _build(s, q, qi, quantities, times, groups, aliases, previous, previous_q, ctx, start_of_clause,
                        cues)
        if q.unit == "percentage_points":
            metric.comparison, metric.compared_with = _comparison(s, qi, quantities, groups, start_of_clause, ctx)
        elif metric.measure == "share" and is_contribution_share(s[start_of_clause: q.start], s[q.end: q.end + 60], lang):
            # 对工业增长的贡献率为23.3%, "contributing 23.3 percent of the growth": a share of
            # the growth, not of the total
            metric.comparison = CONTRIBUTION
        metric.quote = quote
        metric.start = sentence.start
        copies = _distributed(s, q, metric, start_of_clause, aliases, ctx) if cues.both else [metric]
        ctx.metrics.extend(copies)
        if q.unit == "count":
            # (entrants of a list only, its sentence naming one: not 1—2月新建的就有8.1万个 before a breakdown
            # of all the 5G base stations, nor 当月新增86款 before one of all services filed so far)
            # (or a part of the entrants of a list counted before in the paragraph, a breakdown going
            # on: 其中，示范企业中来自东部地区的有109家，来自中西部和东北地区的有77家)
            ctx.added_paragraph = ctx.time.paragraph if metric.measure == "additions" and metric.value > 0 \
                and (ctx.added_paragraph == ctx.time.paragraph or _ZH_LIST_SENTENCE.search(s)) else -1
        previous, previous_q = metric, q
        entry = dictionary.entry(metric.metric_key)
        if entry:
            ctx.last_sector = entry.sector
    remember_times(times, ctx.time, s, lang)
    lead = ctx.time.paragraph_lead
    if lead is None or lead[0] != ctx.time.paragraph:
        ctx.time.undated_paragraph = ctx.time.paragraph  # a figure before any time of its paragraph


def _whole_year_of_paragraph(s: str, times: list[TimeRef], state: TimeState) -> list[TimeRef]:
    """全年 opening a sentence, after an earlier sentence of its paragraph reported a past year
    ("2026年，…营业收入5426亿元。全年新备案…约18.6万件"): that year as a whole, not the year of
    writing that :mod:`periods` gives a 全年 with no year in its own sentence. Not a view of the
    year ahead (全年预计…, 全年有望…: the year still running)."""
    first = times[0]
    carried = state.last_period
    if (first.explicit_year or first.kind != "period" or len(first.value) != 4 or first.start > 2
            or s[first.start: first.end] != "全年" or carried is None or carried.paragraph != state.paragraph):
        return times
    year = carried.ref.value
    if len(year) != 4 or not carried.ref.explicit_year or year >= first.value or _expected(s, first.end, len(s)) \
            or _ZH_AHEAD.search(s, first.end, first.end + 6):
        return times
    return [TimeRef(first.start, first.end, "period", year, False)] + times[1:]


def _stock_verb_before(s: str, at: int) -> bool:
    """Whether a verb stating a level stands right before the count at ``at`` (_EN_STOCK_VERB_BEFORE;
    a copula only after a subject that names no act, see _EN_COPULA_BEFORE)."""
    m = _EN_STOCK_VERB_BEFORE.search(s, max(0, at - 40), at)
    if m is None:
        return False
    if not _EN_COPULA_BEFORE.search(s, m.start(), at):
        return True
    # (the subject only: back to the clause's start, "Having installed more, the number of … was")
    subject_start = max(0, m.start() - 50, s.rfind(",", 0, m.start()) + 1)
    return _EN_ACT_PARTICIPLE.search(s, subject_start, m.start()) is None


def _catch_up(ctx: _Context) -> None:
    """Read the times of the sentences without a figure since the last one that had one into
    ``ctx.time``, in order, each with its own paragraph: the state is then what reading every
    sentence as it came would have left (find_times and remember_times depend on nothing else
    that changes within a document)."""
    state, lang = ctx.time, ctx.lang
    paragraph = state.paragraph
    for index, text in ctx.untimed:
        state.paragraph = index
        times = find_times(text, lang, state.published)
        if lang == "zh" and times and "名单" in text:
            _note_list_month(text, times, ctx)
        remember_times(times, state, text, lang)
    state.paragraph = paragraph
    ctx.untimed.clear()


# A list published, in a sentence with no figure: 今年5月，工业和信息化部公布了2027年度…名单 (the
# entrants counted next, 我省18个集群入选, are of that month; the 年度 is the batch's label).
_ZH_LIST_PUBLISHED = re.compile(r"(?:公布|发布|公示|印发|认定)(?:了)?[^，。；]{0,40}?名单")


def _note_list_month(text: str, times: list[TimeRef], ctx: _Context) -> None:
    """Remember the month a list was published in (:data:`_ZH_LIST_PUBLISHED`) as the period of
    the entrants counted after it (``ctx.list_period``): a later act than the list counted before
    (7月28日…公布第三批…名单，新增集群35个。今年5月，工业和信息化部公布了…名单。我省18个集群入选)."""
    months = [t for t in times if t.kind == "period" and len(t.value) == 7]
    if months and _ZH_LIST_PUBLISHED.search(text):
        ctx.list_period = months[-1].value


class _SentenceCues(NamedTuple):
    """What a sentence can hold at all, tested once for all its figures: each of its figures
    would otherwise run the same tests on its own clause (a sentence states two figures on
    average, and most hold none of these words). A False flag proves the per-figure pattern
    cannot match: every needle of a Guarded pattern found in a clause is found in its sentence.
    (A named tuple: built once per sentence for little more than a tuple costs.)"""

    local: bool       # _LOCAL may match (该市, 全省, "the city" …)
    world: bool       # _WORLD may match
    cumulative: bool  # _CUMULATIVE may match
    both: bool        # a list's "both" (均/都, "both"): :func:`_distributed` may split a figure
    # from_to[i]: whether quantities i and i + 1 are a from-to pair (:func:`_is_from_to`); each
    # pair is asked about by both of its figures
    from_to: list[bool]


def _sentence_cues(s: str, quantities: list[Quantity], lang: str) -> _SentenceCues:
    """The cues of sentence ``s``, whose figures are ``quantities``."""
    both = ("均" in s or "都" in s or "双双" in s) if lang == "zh" else _BOTH_EN.may_match(s)
    from_to = []  # (a loop: a comprehension costs a frame, for the one pair a sentence mostly has)
    for i in range(1, len(quantities)):
        from_to.append(_is_from_to(s, quantities[i - 1], quantities[i], lang))
    return _SentenceCues(_LOCAL.may_match(s), _WORLD.may_match(s), _CUMULATIVE.may_match(s), both, from_to)


def _comparison(s: str, qi: int, quantities: list[Quantity], groups: dict[int, tuple[int, int]],
                start_of_clause: int, ctx: _Context) -> tuple[str, str | None]:
    """What the percentage-point figure ``quantities[qi]`` is compared with (comparisons.py); a
    later member of a 分别/respectively list reads the base written before the list's first."""
    def lead(i: int, clause_start: int) -> str:
        q = quantities[i]
        before = quantities[i - 1].end if i > 0 and quantities[i - 1].end <= q.start else 0
        return s[max(clause_start, before): q.start]

    q = quantities[qi]
    member = groups.get(qi)
    group_lead, group_tail = None, ""
    if member:
        first, last = qi - member[0], qi - member[0] + member[1] - 1
        group_lead = lead(first, clause_start(s, quantities[first].start, ctx.lang))
        group_tail = s[quantities[last].end: quantities[last].end + 120]
    return comparison_of(s, q.start, q.end, lead(qi, start_of_clause), ctx.lang, ctx.time.published, member,
                         group_lead, group_tail)


# A hyphenated modifier standing for a noun phrase written later ("basic-level", "state-owned").
_EN_MODIFIER = re.compile(r"[A-Za-z]+-[A-Za-z]+")


# A tier written after the counted noun, or after a bare count standing for it: "35,000 smart
# factories at the basic level, 8,200 at the advanced level".
_EN_TIER_AFTER = re.compile(r"\s*(at the [\w-]+ level)\b")


def _en_tiers(s: str, quantities: list[Quantity]) -> None:
    """Counts followed by a tier count that tier of their noun; a bare count followed by a tier
    counts that tier of the noun of the count before it."""
    noun = None
    for q in quantities:
        if q.unit != "count":
            continue
        if q.counted:
            noun = q.counted
            at = s.find(q.counted, q.end, q.end + len(q.counted) + 2)
            tier = _EN_TIER_AFTER.match(s, at + len(q.counted)) if at >= 0 else None
            if tier:
                q.counted = f"{noun} {tier.group(1)}"
        elif noun:
            tier = _EN_TIER_AFTER.match(s, q.end)
            if tier:
                q.counted, q.bare = f"{noun} {tier.group(1)}", False


def _inherit_list_units(s: str, quantities: list[Quantity], lang: str) -> None:
    """'2.6 and 0.5 percentage points', '8.8个和35.4个百分点': the first number takes the last one's
    unit; '719,000, 324,000 and 97,000 5G base stations': each count takes the last one's noun."""
    sep = _LIST_SEP_ZH if lang == "zh" else _LIST_SEP_EN
    if lang == "en" and " level" in s:
        _en_tiers(s, quantities)
    for i in range(len(quantities) - 2, -1, -1):
        q, nxt = quantities[i], quantities[i + 1]
        if q.unit == "count" and not q.counted and nxt.unit != "count" and sep.match(s[q.end: nxt.start]):
            q.unit, q.bare = nxt.unit, False
        elif q.unit == nxt.unit == "count" and not q.counted and nxt.counted and sep.match(s[q.end: nxt.start]):
            # (the noun only: a bare number stays bare, whether it is kept is decided as before)
            q.counted = nxt.counted
        elif (lang == "en" and q.unit == nxt.unit == "count" and q.counted and nxt.counted
              and _EN_MODIFIER.fullmatch(q.counted) and " " in nxt.counted
              and _EN_MODIFIER.fullmatch(nxt.counted.split(" ", 1)[0])
              and sep.match(s[q.end: nxt.start].replace(q.counted, "", 1))):
            # "35,000 basic-level, 8,200 advanced-level and 500 excellence-level smart factories":
            # each modifier takes the noun written once after the last
            q.counted = f"{q.counted} {nxt.counted.split(' ', 1)[1]}"


# "up from 470 a year earlier", "compared with 51 in the same period of 2025": the number after
# a figure in its sentence, its unit and noun left unsaid. (The gap from the figure: its noun,
# a time, no other clause: "65 innovative medical devices in the first seven months of the year,
# up from 48 a year earlier" needs 64 characters. A qualifier may stand before the number: "up from
# roughly 46 percent a year ago", heldout5 H75. A source may be named between, as an aside: "… in the
# second quarter, according to IDC, up from 53 per cent two years earlier".)
_EN_ELIDED_AFTER = re.compile(r"[^,;:.]{0,90}?(?:,\s+according\s+to\s+[^,;:.]{1,40})?,?\s+(?:(?:up|down)\s+from|compared\s+with|versus|against)\s+"
                              r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just(?:\s+(?:over|under))?)\s+)?$")


# Between a share and the level it was at before: "… of sales in 2026, up from ", "…, from about ".
# (a source may be named between, as an aside: "… in the second quarter, according to IDC, up from")
_EN_EARLIER_LEVEL_GAP = re.compile(r"[^,;]{0,90}?(?:,\s+according\s+to\s+[^,;]{1,40})?,?\s+(?:(?:up|down|rising|falling|compared\s+with)\s+)?from\s+"
                                   r"(?:(?:about|around|nearly|roughly|some|just|over|under|less\s+than|more\s+than)\s+)*")
_EN_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")  # ("compared with 600 to 700": a range, not read here)
# ("two years earlier", "three years ago": that many years before, as "a year earlier" is one)
# ("compared with 35 in the same period a year earlier", "… the same period last year", "compared
# with 4.9 million the year before": one year back, as "a year earlier" alone; "up from 38% in the
# same month last year", "… in the same quarter of 2029": the month or quarter, as the period is)
_EN_YEAR_BEFORE = re.compile(r"\s+(?:(?:(?P<n>a|one|two|three|four|five)\s+years?\s+(?:earlier|ago|before)\b)"
                             r"|the\s+(?:year|previous\s+year)\s+before\b"
                             r"|(?:in|over)\s+the\s+same\s+(?:period|month|quarter)\s+(?:(?:of|in)\s+"
                             r"(?:(?P<year>(?:19|20)\d{2})\b|(?:the\s+previous|last)\s+year\b)"
                             r"|(?:a|one)\s+year\s+(?:earlier|ago|before)\b|(?:of\s+)?last\s+year\b))")
_YEARS_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_YEAR = re.compile(r"\d{4}")


# The start of a change written as last year's level at the same time: 由去年同期的19.8%, 从上年同期的…
_ZH_YEAR_AGO_BEFORE = re.compile(r"(?:由|从)(?:去年|上年)同期(?:的)?(?:水平)?$")
# A change told beside another between two named years: "制造业增加值由2012年的16.98万亿元增加到2021年的
# 31.4万亿元，占全球比重由22.5%提高到近30%": its starting level is the first year's. The years'
# change (由/从 YEAR1年…到 YEAR2年) and then, up to the figure, no stop and no year of its own.
_ZH_FROM_YEAR_CHANGE = re.compile(
    r"(?:由|从)((?:19|20)\d{2})年(?:底|末)?的?[^，。；;]{0,24}?(?:增加|提高|提升|增长|上升|扩大|下降|降低|减少|缩小)"
    r"(?:到|至)((?:19|20)\d{2})年[^。；;]{0,40}?(?:由|从)$")
# (the same in English: "grew from 16.98 trillion yuan in 2012 to 31.4 trillion yuan in 2021, lifting
# its share of global manufacturing from 22.5 percent to nearly 30 percent")
_EN_FROM_YEAR_CHANGE = re.compile(
    r"\bfrom\s+[^,;]{1,40}?\s+in\s+((?:19|20)\d{2})\s+to\s+[^,;]{1,40}?\s+in\s+((?:19|20)\d{2})\b"
    r"[^;]{0,80}?\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")


# The earlier level of a change told as at the start of something: "compared with just over 5,000
# when the 14th Five-Year Plan period (2021-2025) began", "rose to 39 percent from 18 percent before
# the program began" (devset 025, heldout5 H79): the word that opens the earlier level, the figure,
# then up to a unit and two words, when/before and what began. (Not "since the scheme started": a
# span to now, periods.py.)
_EN_LEVEL_OPENING_BEFORE = re.compile(r"\b(?:from|compared\s+with|versus|against)\s+(?:[a-z]+\s+){0,2}$")
_EN_AT_START_AFTER = re.compile(r"\s*(?:(?:percent|per\s+cent|%)\s+)?(?:[\w-]+\s+){0,2}?(?:when|before)\s+"
                                r"(?:the|its|this|that|their)\s+(?P<what>[^,;.]{1,70}?)\s+(?:(?:was|were)\s+)?"
                                r"(?:began|begun|started|launched|kicked\s+off|took\s+effect|came\s+into\s+(?:force|effect))\b")
_STARTED_WORDS = (" began", " begun", " started", " launched", " kicked off", " took effect", " came into")
_EN_SPAN_IN_BRACKETS = re.compile(r"\(\s*((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}\s*\)")


def _earlier_level_at_start(s: str, q: Quantity, time: TimeState) -> str | None:
    """The time of the earlier level ``q`` told as at the start of something
    (:data:`_EN_AT_START_AFTER`): the first year of the span bracketed in what began, else the
    time something was last said to begin in the text ("The program was launched in June 2024",
    TimeState.last_start); None for other figures or without either."""
    if " from " not in s[max(0, q.start - 30): q.start] and " with " not in s[max(0, q.start - 30): q.start]:
        return None  # (cheap test first: few figures are an earlier level)
    at_start = _EN_AT_START_AFTER.match(s, q.end)
    if at_start is None or _EN_LEVEL_OPENING_BEFORE.search(s, max(0, q.start - 40), q.start) is None:
        return None
    span = _EN_SPAN_IN_BRACKETS.search(at_start["what"])
    if span is not None:
        return span[1]
    return time.last_start.value if time.last_start is not None else None


def _whole_year(when: str | None, published: date | None) -> bool:
    """Whether ``when`` is a year ("2025") or a year's end ("2025-12") before the year of
    ``published`` (a December text's "now" is no year's figure)."""
    if not when or not (len(when) == 4 or (len(when) == 7 and when.endswith("-12"))):
        return False
    return published is None or int(when[:4]) < published.year


def _in_year(when: str | None, year: int) -> str | None:
    """``when`` (a period or date within one year) moved to ``year``."""
    if not when or len(set(_YEAR.findall(when))) != 1:
        return None
    return _YEAR.sub(str(year), when)


# The year a change is measured from: 比2020年下降17.2%, 较2024年增长; "up 16.5 percent from 2024",
# "fell 8 percent compared with 2020"; "dropped 22.6 percent over the five years".
_ZH_BASE_YEAR = re.compile(r"(?:比|较|与)((?:19|20)\d{2})年(?:相比)?[^，。；\d]{0,6}$")
# ("15 percent below 2020 levels", "12 percent above the 2020 level": the year the change is against,
# as measures._EN_AGAINST_YEAR_LEVEL_AFTER reads it)
_EN_BASE_YEAR_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:from|over|compared\s+with|versus|against"
                                 r"|(?:below|above)(?=\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+levels?|levels?\s+(?:of|in)\s)))\s+"
                                 r"(?:the\s+level\s+of\s+|that\s+of\s+|levels\s+in\s+|the\s+levels?\s+of\s+|levels?\s+of\s+|the\s+)?"
                                 r"((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)")
_EN_OVER_YEARS_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:over|in|during)\s+the\s+(?:past\s+|last\s+)?"
                                  r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _year_of_months(period: str) -> bool:
    """Whether ``period`` is a whole year written as its months (2025-01/2025-12)."""
    return len(period) == 15 and period.endswith("-01/" + period[:4] + "-12", 4)


def _against_base_year(s: str, q: Quantity, clause_lead: str, measure: str, period: str,
                       lang: str) -> tuple[str, str]:
    """A change of a year's figure measured from a named base year: from the year before, a
    year-on-year growth ("2.8 trillion yuan in 2025, up 16.5 percent from 2024"); from an earlier
    year, a growth over the years between (比2020年下降17.2% in 2025: period 2021/2025). "Over
    the five years" counts the span back from the figure's year."""
    year = int(period[:4])
    base = None
    if lang == "zh":
        m = _ZH_BASE_YEAR.search(clause_lead) if "年" in clause_lead else None
        base = int(m[1]) if m else None
    else:
        m = _EN_BASE_YEAR_AFTER.match(s, q.end)
        if m:
            base = int(m[1])
        else:
            m = _EN_OVER_YEARS_AFTER.match(s, q.end)
            if m:
                span = _NUMBER_WORDS.get(m[1].lower()) or int(m[1])
                base = year - span if span > 1 else None
    if base is None or base >= year:
        return measure, period
    if base == year - 1:
        return "yoy_growth", period
    return "growth", f"{base + 1}/{year}"


_EN_NOW_AFTER = re.compile(r"\s*(?:now|currently|at present|today)\b")
_EN_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|roughly|some|just|over|under|less than|more than)\s+)*$")


# "since 2021" in a sentence of a yearly rate: the first year of its span (see _build)
_EN_SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.I)
# The year a compound rate runs from, right after it: "42 per cent from 2026", "8% a year starting in 2026".
_EN_CAGR_FROM_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:(?:a|per)\s+year\s+|annually\s+)?(?:from|starting(?:\s+in|\s+from)?)"
                                 r"\s+((?:19|20)\d{2})\b(?!\s*(?:to|-|–|and|through)\s*\d)", re.I)
_ZH_SINCE_PLAN_END = re.compile(r"(?:较|比)“?十[一二三四五六七八九十]*五”?(?:时期)?(?:末|期末)")
# A change against last year's closing level: 较上年末增长31.2%, 比去年底提高4.1个百分点, "up 38% from the
# end of last year", "5 points higher than at the end of 2025". (Chinese in the lead, English after
# the figure too; every match holds 年末, 年底 or "end". Case-sensitive: the words stand inside a
# sentence, "From" opening one is written out.)
# A multiple of that closing level counts too: 是2020年底的2.4倍, 约为上年末的1.5倍 (的 required: 是2027年
# 底前 is a horizon).
_YEAR_END_BASE = re.compile(
    r"(?:较|比)(?:上年|去年|上一年|\d{4}年)年?(?:末|底)"
    r"|(?:是|为|相当于)(?:上年|去年|上一年|\d{4}年)年?(?:末|底)的"
    r"|\b(?:[Ff]rom|[Ss]ince|over|than(?: at| in)?|compared (?:with|to))\s+(?:the\s+)?(?:end\s+of\s+(?:last\s+year"
    r"|the\s+previous\s+year|(?:19|20)\d{2}\b)|end-(?:19|20)\d{2}\b|year-end\b)")
_YEAR_END_WORDS = ("年末", "年底", "end")
# A growth rate compared with last year's (增速较上年末提高): the rate of a flow, dated as the flow is.
_ZH_RATE_OF_GROWTH = re.compile(r"增速|增幅|增长率|增长速度")


_EN_CHANGE_FROM_YEAR_AFTER = re.compile(
    r"[^,;.]{0,30}?,\s+(?:up|down)\s+(?:by\s+)?[\d.]+\s*(?:percentage\s+points?|points?|per\s*cent|percent|%)\s+from\s+"
    r"((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)")


# "rose to 14 from nine", "cut to 20 from 35": a level that changed to the figure before, then
# the level it changed from (the text before the figure; the gap after it is just "from").
_EN_CHANGED_TO_BEFORE = re.compile(r"\bto\s+(?:(?:about|around|nearly|roughly|just|over|more\s+than)\s+)?$")
# (the figure's year may stand between: "rose to 14 in 2025 from nine in 2024")
_EN_FROM_GAP = re.compile(r"(?:\s+in\s+(?:19|20)\d{2})?\s+from\s+(?:(?:about|around|nearly|just|roughly|almost|some|approximately)\s+)?")
# "China had 198 standards at the end of 2025, 31 of which were quantum-based": a part of the
# count before, which names what it counts (a comma before the part, no other clause between).
_EN_PART_GAP = re.compile(r"[^;:.]{0,90}?,\s*")
_EN_PART_OF_AFTER = re.compile(r"\s+of\s+(?:which|them|these|those)\b")


# A figure set beside another (of another holder, or the same time) rather than the level it
# changed from: "…, compared with 470 for its rival", "versus 470 at Nio".
_EN_SET_BESIDE = re.compile(r"\b(?:compared\s+with|versus|against)\s+$")


def _elided_comparison(s: str, before: Quantity, q: Quantity) -> bool:
    """Whether the bare number ``q`` is the level the figure ``before`` is compared with ("up from
    470", "compared with 51", "rose to 14 from 9")."""
    if _EN_ELIDED_AFTER.fullmatch(s, before.end, q.start):
        return True
    return bool(_EN_FROM_GAP.fullmatch(s, before.end, q.start)
                and _EN_CHANGED_TO_BEFORE.search(s, max(0, before.start - 20), before.start))


def _inherit_elided_units(s: str, quantities: list[Quantity]) -> None:
    """A bare number that a figure's comparison names ("…to 520 units, up from 470", "rose to 14
    from nine"), or a part of a count ("198 standards, 31 of which were …"), takes the figure's
    unit and noun. (A bare figure compared with one is kept when it is kept itself: "rose to 14
    from 9", the 14 stated after "to".)"""
    for q, before in zip(quantities[1:], quantities):
        if q.unit == "count" and q.bare and not q.counted and before.end <= q.start \
                and (not before.bare or bare_ok(s, before, "en")) \
                and not _EN_RANGE_AFTER.match(s, q.end) \
                and before.unit not in ("percent", "percentage_points") and not (1900 <= q.value <= 2100):
            if _elided_comparison(s, before, q):
                q.unit, q.counted, q.bare = before.unit, before.counted, False
            elif before.unit == "count" and before.counted and " of " in s[q.end: q.end + 4] \
                    and _EN_PART_OF_AFTER.match(s, q.end) and _EN_PART_GAP.fullmatch(s, before.end, q.start):
                q.counted, q.bare = before.counted, False


# Density per worker is at most the number of workers: a count of 10,000 or more is no density.
_DENSITY = "robots_per_10000_workers"


def _carry_density(s: str, quantities: list[Quantity], ctx: _Context) -> None:
    """"Density in Guangdong … stood at 612, 598 and 575 units", "a world average of 177 units",
    after the story stated a density in full (520 units per 10,000 workers): such counts of
    "units", or bare numbers, are densities too, when their sentence names the density or the
    sentence before stated one."""
    # (one pass: whether the sentence states a density, and, once the story has, the counts it
    # carries to; a story that has stated none, most, only looks for one)
    here = False
    named = ctx.density_told and ("ensity" in s or "密度" in s)
    carry = ctx.density_told and (ctx.density_before or named)
    for q in quantities:
        if q.unit == _DENSITY:
            here = True
        elif carry and q.unit == "count" and q.value < 10000 and q.value == int(q.value) and not 1900 <= q.value <= 2100:
            # (a count of "units" or 台; a bare number only in a sentence naming the density: "…, and
            # Zhejiang exceeded 540"; not 新增17家, firms)
            if q.counted in ("units", "unit") or (ctx.lang == "zh" and "台" in s[q.end - 1: q.end + 1]) \
                    or (ctx.lang == "en" and q.bare and q.counted is None and named):
                q.unit, q.counted, q.bare = _DENSITY, None, False
                here = True
    ctx.density_told = ctx.density_told or here
    if not ctx.density_before:
        ctx.density_time = None
    ctx.density_before = here


def _respectively_groups(s: str, quantities: list[Quantity], lang: str) -> dict[int, tuple[int, int]]:
    """index -> (position in group, group size) for 分别/respectively lists."""
    sep = _LIST_SEP_ZH if lang == "zh" else _LIST_SEP_EN
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(quantities):
        j = i
        while j + 1 < len(quantities) and quantities[j + 1].unit == quantities[i].unit:
            gap = s[quantities[j].end: quantities[j + 1].start]
            if "p" in gap or "P" in gap:
                # (every match of _PERCENT_WORD opens with p or P, the only letters re.I equates
                # with p: a gap holding neither, every Chinese one, needs no sub)
                gap = _PERCENT_WORD.sub("", gap)
            if not sep.match(gap):
                break
            j += 1
        if j > i:
            for k in range(i, j + 1):
                out[k] = (k - i, j - i + 1)
        i = j + 1
    return out


# --- building one metric ------------------------------------------------------------------------------
def _strip_times(text: str, times: list[TimeRef], offset: int) -> str:
    end = offset + len(text)
    for t in times:  # (a plain loop: any() over a generator costs more, for one or two times)
        if t.start < end and offset < t.end:
            break
    else:
        # (Whitespace runs to one space, stripped: what re.sub(r"\s+", " ", …).strip() gives, re's
        # \s and str.split() agreeing on every character; split does it without a regex call.)
        return " ".join(text.split())  # no time expression inside: nothing to blank
    return " ".join(_blank_times(text, times, offset).split())


def _time_starts_within(times: list[TimeRef], start: int, end: int) -> bool:
    """Whether one of ``times`` starts in [start, end). (A loop: any() over a generator costs a
    frame and its steps, for one or two times.)"""
    for t in times:
        if start <= t.start < end:
            return True
    return False


def _blank_times(text: str, times: list[TimeRef], offset: int) -> str:
    """``text`` (found at ``offset`` of the sentence) with every character inside one of ``times``
    turned into a space, its length kept."""
    size = len(text)
    for t in times:
        # (each time's overlap with the text as one slice of spaces: a character at a time cost a
        # step of the loop per character)
        start, end = max(t.start, offset) - offset, min(t.end, offset + size) - offset
        if start < end:
            text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


def _clean_lead(lead: str, lang: str) -> str:
    """``clean_subject(lead, lang)``, asked with the lead as :func:`_strip_times` gives it when
    that is the same phrase but for spaces at its ends (which clean_subject strips first): the
    figure's subject was cleaned from that string, and the answer is then in clean_subject's
    cache. (The clause lead after a comma starts with a space, and one before a number ends
    with one: asked as written, an English clause lead was cleaned twice.)"""
    spaced = " ".join(lead.split())
    return clean_subject(spaced if spaced == lead.strip(" ") else lead, lang)


def _earlier_subject(text: str, times: list[TimeRef], offset: int, lang: str) -> str:
    """The subject named by the last clause of ``text`` that names one."""
    cleaned = _strip_times(text, times, offset)
    for part in reversed(_CLAUSE_MARKS.split(cleaned)):
        subject = indicator_of(clean_subject(part, lang), lang)
        if len(subject) >= 2:
            return subject
    return ""


# The noun phrase of the figure before, up to the verb of this one: " of new steelmaking capacity
# will replace ".
_EN_OF_NOUN_BEFORE = re.compile(r" of (?:[\w'’-]+ ){1,5}?(?=(?:will|would|is|are|was|were|has|have|had|can|could|may|must|should)\b)")
# How far after a Chinese tonnage its own noun may end (3200万吨水泥熟料产能, 5.9亿吨粗钢产能).
_TONNE_NOUN_SPAN = 10
# A yearly (daily, monthly) rate between a tonnage and its "of" noun: "78 million tons a year of urea
# capacity", "2 million tonnes per annum of refining capacity" (the noun decides, see its use).
_EN_PER_TIME_BEFORE_OF = re.compile(r"\s*(?:a|per|each)\s+(?:year|annum|day|month)\s+(?=of\s)", re.I)


def _noun_then_item(lead: str, previous_q: Quantity | None) -> bool:
    """Whether a Chinese count's ``lead`` is only the noun the count before counted and a linking
    mark (see _ZH_NOUN_THEN_ITEM)."""
    m = _ZH_NOUN_THEN_ITEM.fullmatch(lead)
    return m is not None and previous_q is not None and previous_q.counted == m.group(1)


def _list_verb_lead(s: str, q: Quantity, qi: int, quantities: list[Quantity], groups: dict[int, tuple[int, int]],
                    clause_lead: str) -> str:
    """The words before a figure that say how it is stated: for a later member of a respectively
    list ("… provinces host 31 percent, 22 percent and 17 percent of …, respectively"), those before
    the list's first member, whose verb all members share; else ``clause_lead``."""
    position = groups[qi][0] if qi in groups else 0
    if position <= 0:
        return clause_lead
    first = quantities[qi - position]
    return s[max(0, first.start - 60): first.start] if first.start < q.start else clause_lead


def _build(s: str, q: Quantity, qi: int, quantities: list[Quantity], times: list[TimeRef],
           groups: dict[int, tuple[int, int]], aliases: _Aliases, previous: Metric | None, previous_q: Quantity | None,
           ctx: _Context, start_of_clause: int, cues: _SentenceCues) -> Metric:
    """The metric stated by quantity ``q`` (index ``qi``) of sentence ``s``, whose clause starts
    at ``start_of_clause``."""
    lang = ctx.lang
    lead_start = max(start_of_clause, previous_q.end if previous_q and previous_q.end <= q.start else 0)
    lead = s[lead_start: q.start]
    if lang == "zh" and lead_start == start_of_clause > 0 and "平均" in lead:
        # 经过智能化改造，企业平均生产效率提升35%: the programme the average change is of, named in the
        # clause before, belongs to the lead (see zh_programme_opening)
        lead = s[zh_programme_opening(s, start_of_clause): q.start]
    tail = s[q.end: q.end + 60]
    clause_lead = s[start_of_clause: q.start]
    in_group = qi in groups and groups[qi][0] > 0

    qualifier = qualifier_of(s, q.start, q.end, lang, q.inner_qualifier, clause_lead)
    if q.value_high is not None:
        qualifier = "range"
    elif qualifier == "eq" and in_group and previous is not None and previous.qualifier != "range" \
            and not (previous_q is not None and cues.from_to[qi - 1]):
        # (not the second of a from-to pair, "from about 30% to 36%": each level has its own)
        qualifier = previous.qualifier  # 分别超过1500亿元、2000亿元: the cue covers the list

    # (previous_q is quantities[qi - 1], previous its metric)
    from_to = previous is not None and previous_q is not None and cues.from_to[qi - 1]
    list_change = False
    # "本批名单共包括绿色工厂874家、绿色设计产品643个": counts enumerated with 、 in one clause share
    # the measure read before the first
    # and so do English ones ("recognizing 874 green factories, 643 green-design products and …"),
    # where a comma also ends the clause, so the test reads the words since the last figure.
    cue_text = lead
    if lang == "zh":
        enumerated = (previous is not None and previous.unit == q.unit == "count" and lead_start > start_of_clause
                      and (lead.startswith("、") and not _ZH_RUNNING_TOTAL.search(lead)
                           # (核准了5个核电项目、共10台机组: the units the items listed hold in all,
                           # counted as they are)
                           or ("共" in lead or "计" in lead) and bool(_ZH_TOTAL_OF_ITEMS.fullmatch(lead))
                           or previous.measure == "additions" and lead.endswith(("、", "和", "及"))
                           and _noun_then_item(lead, previous_q)))
    else:
        cue_text = s[previous_q.end: q.start] if previous_q is not None and previous_q.end <= q.start else lead
        counted_before = previous_q.counted if previous_q is not None else None
        # ("added 120,000 base stations in 2023 and 150,000 … in the first half": each count's own
        # time written after its noun is no cue)
        rest = cue_text.lstrip()[len(counted_before):] if counted_before else ""
        offset = q.start - len(rest)
        if _time_starts_within(times, offset, q.start):
            rest = _EN_TIME_PREPOSITION.sub(" ", _blank_times(rest, times, offset))
        enumerated = (previous is not None and previous.unit == q.unit == "count" and bool(counted_before)
                      and cue_text.lstrip().startswith(counted_before)
                      and bool(rest.strip()) and _EN_LIST_SEPARATOR.fullmatch(f" {' '.join(rest.split())} ") is not None
                      # (a cue of its own after it wins: "3.9 million base stations, 540,000 more than …")
                      and measure_of(lead, tail, q.unit, lang)[0] == "level")
    # "Market share rose 3 percent to 45 percent", "Its share fell 4% to 21%": the level a share's (or
    # rate's) change brought is that share (or rate), no growth of the list "3 … to 45" would make it
    # (the change may be the share's points, loosely written: left as it reads)
    # (or the level's own "of …" names a share whatever the subject: "Steel exports rose 3 percent to
    # 52.4 percent of the total")
    changed_level = (en_subject_level(s[start_of_clause: previous_q.start]) or en_share_after(tail)) if (
        lang == "en" and q.unit == "percent" and previous is not None and previous.unit == "percent" and not from_to
        and previous.measure in ("yoy_growth", "growth") and level_after_change(s, previous_q, q, lang)) else None
    if changed_level:
        measure, sign = changed_level, 1
    elif (in_group or from_to or enumerated) and previous is not None and not _has_measure_cue(cue_text, lang) \
            and not (lang == "en" and q.unit == "percent" and (against_last_month(tail) or against_year_before(tail))) \
            and not (previous.measure == "net_increase" and lang == "en" and en_change_to_level(s, previous_q.end, q.start)):
        measure, sign = previous.measure, (-1 if previous.value < 0 else 1)
    else:
        cue_lead = clause_lead if not lead.strip() else lead
        if lang == "en" and previous_q is not None and lead_start == previous_q.end and lead.startswith(" of "):
            # "18.6 million tons of new steelmaking capacity will replace 22.3 million tons": the "of"
            # phrase after the figure before is that figure's noun, no cue of this one
            own = _EN_OF_NOUN_BEFORE.match(lead)
            cue_lead = lead[own.end():] if own else cue_lead
        if lang == "en" and cue_lead.endswith("with ") and cue_lead.strip(" ,") == "with" and not previous_q:
            # "had the largest number of new entries, with 11": the figure's clause is the one
            # before the comma ("with" alone cues nothing)
            cue_lead = s[max(0, start_of_clause - 60): q.start]
        # (a wider tail for the units' words before an adoption verb: measures._EN_ADOPTERS_AFTER)
        measure, sign = measure_of(cue_lead, tail, q.unit, lang, s[q.end: q.end + 120] if lang == "en" else None)
        # (find within the figure's span: no slice copied per percentage)
        if lang == "en" and q.unit == "percent" and s.find(" in ", q.start, q.end) >= 0:
            # "One in four firms said orders fell": a part told "N in M" (units._EN_IN_RATIO) is the
            # share of its whole, whatever the verb after it says of them
            measure, sign = "share", 1
        if lang == "en" and q.unit == "percent" and previous is not None and previous.unit == "percent" \
                and previous.measure in ("share", "rate") and previous_q.end <= q.start and " from " in s[q.start - 30:q.start] \
                and _EN_EARLIER_LEVEL_GAP.fullmatch(s, previous_q.end, q.start):
            # "accounted for 63.5% of sales …, up from 55.1% a year earlier", "should reach 80% by 2030,
            # up from about 38% now": the level the share (or rate) was at before, no change of its own
            measure, sign = previous.measure, 1
        if measure == "yoy_growth" and lang == "en" and start_of_clause and not any(t.start >= start_of_clause for t in times) \
                and (en_since_opening(s, start_of_clause, price_change("growth", clause_lead))
                     or _en_since_before_price_aside(s, start_of_clause, clause_lead)):
            # "Since June, prices have fallen 15%": since that point, as "… since June" is (not when
            # the figure's clause has a time of its own: "…, and output rose 15% in September")
            measure = "growth"
        if measure == NO_CUE and lang == "zh" and "速" in s[max(0, q.start - 16): q.start] \
                and _ZH_GROWTH_SUBJECT.search(s, max(0, q.start - 16), q.start):
            measure = "yoy_growth"  # 数据服务领域收入增速最快，达到18.5%: the growth rate named as the subject
        if measure == NO_CUE:
            # (or after the rate's change in points: "the utilisation rate rose 1.5 percentage points to 75.6%")
            rate_sign = 0 if previous is None or previous.unit != "percentage_points" else \
                en_growth_rate_to(clause_lead) if lang == "en" else int(zh_growth_rate_to(clause_lead))
            if rate_sign:
                # "growth slowed by 1.2 percentage points to 4.8 percent", 增速比上月回落1.2个百分点至4.8%:
                # the growth rate it slowed to
                measure, sign = "yoy_growth", rate_sign
            elif lang == "en" and (previous is None or previous.unit == "percentage_points") and en_subject_rate(s[:q.start]):
                measure = "rate"  # "Operating rates at plants in Shandong, the biggest hub, averaged 78%"
            elif lang == "zh" and previous is not None and previous.unit == "percentage_points" \
                    and zh_subject_rate(clause_lead):
                measure = "rate"  # 渗透率提高3个百分点至45%: the rate the change in points brought
            elif previous is not None and previous.unit == "percentage_points" and price_index_subject(clause_lead, lang):
                # "The CPI rose 0.3 percentage points to 2.1%": the price change the index reads, over a
                # year unless the clause says month on month (see measures._EN_PRICE_INDEX)
                monthly = "环比" in clause_lead if lang == "zh" else sequential(clause_lead + tail[:40])
                measure, sign = ("growth" if monthly else "yoy_growth"), 1
            elif previous is not None and previous.unit == "percentage_points" and index_subject(clause_lead, lang):
                measure = "level"  # "The PMI fell 0.3 percentage points to 49.5%": the index's reading
            elif lang == "en" and previous is not None and previous.unit == "percent" and previous.measure == "growth" \
                    and against_year_before(tail):
                # "up 3% on the month and 8% on the year": the list's next change against the year
                # before, in the direction of the one before it (see measures.against_year_before)
                measure, sign = "yoy_growth", (-1 if previous.value < 0 else 1)
            elif lang == "zh" and q.unit == "percent" and zh_units_that_did(clause_lead):
                measure = "rate"  # 其中通过…评估的企业超过三成: the units that did something, a rate
            else:
                measure = previous.measure if previous is not None and previous.unit == "percent" else "share"
        elif lang == "zh" and measure == "level" and q.unit == "count" \
                and zh_batch_part(s, q.start, lead, tail, ctx.added_paragraph == ctx.time.paragraph):
            measure = "additions"  # 其中，中西部地区16家 after 新增…27家: a part of the entrants added
        elif lang == "en" and measure == "level" and q.unit == "count":
            change = en_list_change(s[:q.start], s[q.end:])
            if change is None and previous is not None and previous.measure == "additions" and previous.value > 0 \
                    and previous.unit == "count" and _EN_PART_OF_THEM.match(s, q.end) is not None:
                # "named 96 companies on its first list …, 18 of them makers of cleaning robots": a
                # part of the entrants just added is added with them (as 其中…16家 is in Chinese)
                change = ("additions", 1)
            if change:
                # (removals keep the time carried to them: the list's year, as 移出名单 does)
                (measure, sign), list_change = change, change[1] > 0
    undated_before = previous is not None and previous.measure == "growth" and previous.period is None
    if (measure == "yoy_growth" and lang == "en" and not times and undated_before
            and previous.unit == q.unit and not has_any(fold(s), ("year", "y/y", "yoy", "same period"))):
        # "cut cycles by 26.7 percent …, while defect rates fell by 41.5 percent": in a sentence of
        # undated changes against before, the next change is one too
        measure = "growth"
    # A change an action made, in a sentence that dates nothing, is stated as of the statement: not
    # a period carried from elsewhere.
    undated_change = (measure == "growth" and lang == "en" and not times
                      and (undated_before or en_effect(lead) != 0))
    if (measure == "growth" and lang == "en" and any(t.kind == "period" for t in times) and en_effect(lead) != 0
            and not any(t.kind == "period" and len(t.value) == 9 and t.value[:4] != t.value[5:] for t in times)
            and not sequential(lead + s[q.end: q.end + 40])):
        # "China cut crude steel output by 1.7 percent in 2024": an action's change over a
        # reported period is that period's change on the year before (over a span of years,
        # "since 2020", it stays a growth)
        measure = "yoy_growth"
    if q.value < 0 and q.unit == "percent":
        # a percentage written with a minus sign (units._en_negative_percents, 至-2.5%) tells its own
        # sign: a fall's verb does not turn it ("shrank further (-4.1%)", "declined -3.2% year on
        # year"); and it is a change, no share ("Exports fell to -3.2%", "The PPI fell to -2.8%":
        # no part of a whole is below zero; precision audit 17)
        sign = 1
        if measure == "share":
            monthly = "环比" in clause_lead if lang == "zh" else sequential(clause_lead + tail[:40])
            measure = "growth" if monthly else "yoy_growth"
    value = q.value * sign
    value_high = q.value_high
    if value_high is not None and sign < 0:
        # ("decline by 1 to 2 percent": -2 to -1) the sign of a fall on both bounds, the bounds swapped
        value, value_high = -value_high, -q.value

    subject_source, wording = _subject_source(s, q, times, start_of_clause, in_group, previous, previous_q, ctx,
                                              qi in groups and groups[qi][0] == 0)
    group_subject = subject_source
    # The aliases this figure's key may come from: not those inside another figure's own subject.
    key_aliases = aliases
    flow_wording = wording
    own_indicators = False  # a member of a 分别 list that names its own indicator
    if qi in groups:
        pos, size = groups[qi]
        if pos == 0:
            ctx.list_subject = ""
        parts = split_list(ctx.list_subject or subject_source, size, lang)
        if parts is None and pos == 0 and lang == "en":
            # "The eastern, central, western and northeastern regions had …": the clause starts at
            # the list's last comma; the list's first members stand in the "clauses" before it.
            # (Kept apart from the subject, whose wording tells flows from stocks.)
            ctx.list_subject = _en_list_before(s, start_of_clause, subject_source, size) or ""
            parts = split_list(ctx.list_subject, size, lang) if ctx.list_subject else None
        if parts:
            group_subject = parts[pos]
            if not all(region_of(p, lang) for p in parts):
                # "数据中心、云计算、人工智能、大数据产业规模分别…", "云计算和大数据收入分别…": each member
                # names its own indicator (or none), never another member's; a list of places
                # (东部、中部、西部和东北地区5G基站) shares the one indicator named with it.
                key_aliases = _aliases_of_member(s, aliases, parts, pos, q.start, lang)
                own_indicators = True
                if lang == "zh" and pos == size - 1:
                    # and the last member's own words tell a flow from a stock (造船完工量、新接订单量和
                    # 手持订单量…分别占53.1%、68.9%和63.4%: the order book is a stock, whatever the members
                    # before it). (Only the last: in Chinese a head the members share is written after
                    # the last, 数据中心、云计算和大数据产业规模, so an earlier member alone may lack it.)
                    flow_wording = group_subject
        else:
            group_subject = _member_before(subject_source, qi, pos, size, groups, ctx) or group_subject
    elif (previous is not None and previous_q is not None and start_of_clause < previous_q.end <= q.start
          and len(group_subject) >= 2 and group_subject != previous.subject_source
          and group_subject in s[previous_q.end: q.start]):
        # "integrated circuits grew 26.7 percent and electronic special materials 23.9 percent":
        # a figure whose subject is written after the clause's earlier figure is not that one's
        key_aliases = _aliases_from(aliases, previous_q.end)
    ctx.sentence_subjects.append(group_subject)
    geography = region_of(group_subject, lang) or ("China:local" if cues.local and _LOCAL.search(clause_lead) else "China")
    if measure != "share" and cues.world and _WORLD.search(clause_lead) and not _RANK.search(clause_lead + s[q.end: clause_end(s, q.end, lang)]):
        geography = "World"
    if tail.startswith("的") and _WORLD_AVERAGE.match(tail):  # (a call less for almost every figure)
        geography = "World"

    counted = q.counted if q.unit == "count" else None
    if q.unit == "count" and not counted:
        counted = group_subject or None

    key = None
    if lang == "en" and q.unit == "percent" and len(indicator_of(_clean_lead(clause_lead, lang), lang)) < 2:
        # "and 73 percent of enterprises used digital R&D and design tools": the share of the
        # doers names its indicator after the verb (数字化研发设计工具普及率达73%)
        doers = _EN_SHARE_OF_DOERS.match(s, q.end)
        if doers:
            key = dictionary.choose(aliases.get(), start=doers.end(), end=clause_end(s, q.end, lang))
            if key:
                group_subject = s[doers.start("what"): clause_end(s, q.end, lang)].strip(" .")
    if key is None:
        key = _metric_key(s, q, counted, group_subject, wording, key_aliases, start_of_clause, ctx, measure)
    if (key is None and previous is not None and previous.metric_key and previous.unit == q.unit
            and previous.geography.startswith("China:") and bare_place(group_subject, lang)):
        # "东部地区5G基站71.9万个，中部地区32.4万个": a figure named by its place alone is the
        # indicator of the place before it
        key = previous.metric_key
    if key is None and group_subject:
        # the subject shown: the indicator without the clause around it (subjects.tidy_subject);
        # the dictionary may name the trimmed phrase ("…有望" → a row's name)
        shown = tidy_subject(group_subject, lang, counted)
        if shown != group_subject and len(shown) >= 2:
            key = dictionary.lookup([shown], lang, units=_KEY_UNITS.get(q.unit))
    else:
        shown = group_subject
    entry = dictionary.entry(key)
    subject = entry.name_en if entry else (shown or counted or "")

    # Only the head of a modified phrase decides (营业收入超过百亿元的消费品企业 counts firms).
    # (what follows the last 的: _LAST_DE.split(…)[-1], without a regex call)
    head_text = f"{flow_wording} {counted or ''}".rpartition("的")[2] if lang == "zh" else f"{flow_wording} {counted or ''} {lead}"
    if q.unit == "tonne":
        # A tonnage names what it weighs after the figure too: "5.9亿吨粗钢产能", "18.6 million tons
        # of new steelmaking capacity" are capacity (a stock), whatever the words before say. (Its
        # own noun only: the next few words, in English an "of" phrase; "fell to 950 million tons as
        # capacity cuts took effect" names no capacity of the figure.)
        own_noun = s[q.end: min(clause_end(s, q.end, lang), q.end + (_TONNE_NOUN_SPAN if lang == "zh" else 40))]
        if lang == "en" and " of " in own_noun:
            # ("78 million tons a year of urea capacity": a per-year rate before the "of" names the
            # capacity's yearly scale, not a flow; the noun after "of" still decides; the window is
            # taken past the rate, so that the noun is in it)
            rate = _EN_PER_TIME_BEFORE_OF.match(own_noun)
            if rate is not None:
                own_noun = s[q.end + rate.end(): min(clause_end(s, q.end, lang), q.end + rate.end() + 40)]
        if lang == "zh" or own_noun.lstrip().startswith("of "):
            head_text = f"{head_text} {own_noun}"
    flow = (is_flow(measure, q.unit, head_text) and not (q.unit == "count" and measure == "level"
                                                        and counts_establishments(counted or wording))) \
        or not (in_group and own_indicators) and part_of_flow(s, q, previous.period if previous and not (
            # (…用户总数达6.24亿户，比上年末净增3440万户，其中…用户为1.45亿户: 其中 is a part of
            # the stock, not of its increase)
            measure == "level" and previous.measure in ("net_increase", "additions")) else None, previous_q)
    # (the sentence's head only for a growth in English: no slice for the other flows)
    if flow and price_change(measure, clause_lead, s[:start_of_clause] if lang == "en" and measure == "growth" else "") \
            and not (lang == "en" and _en_change_over_span(s, q.end)):
        flow = False  # "Prices have risen 40% since the start of the year": a level's change, as of then
    if flow and measure == "growth" and lang == "zh" and "五" in lead and _ZH_SINCE_PLAN_END.search(lead):
        flow = False  # 截至10月底…69家，较“十三五”末减少近两成: a stock against a past plan's end, as of then
    # (a list member's own lead is its separator alone, 分别比2027年底增长38.6%和45.2%: the list's clause
    # states the base for all)
    since_year_end = flow and measure in ("growth", "pp_change") \
        and _against_year_end(s, q, clause_lead if in_group else lead, lang)
    if since_year_end:
        # 较上年末增长31.2%, "up 38% from the end of last year": a stock's change since last year's
        # close, stated as of the stock's date (截至10月底 → 2026-10; gold of heldout4, 5, 6 and 12),
        # no flow over the months since (net additions, 净增, stay the flow of the year so far)
        flow = False
    if not flow and lang == "zh" and measure == "level" and q.unit == "count" \
            and has_any(clause_lead, _ZH_APPROVAL_VERBS) and not _ZH_APPROVALS_SO_FAR.search(clause_lead) \
            and "标准" not in s[q.end: q.end + 16]:
        # (2025年全年新核准核电机组10台: the approvals of a span, a flow; see _ZH_APPROVAL_VERBS; not a
        # batch of standards approved, 批准发布…等6项国家标准, dated either way in the sets and left alone)
        flow = True
    opens_from_to = qi + 1 < len(quantities) and cues.from_to[qi]
    time_ref, origin = pick_time(s, q, qi, quantities, times, groups, ctx.time, lang, start_of_clause,
                                 from_to, opens_from_to, flow)
    if lang == "en" and time_ref is not None and not time_ref.since and "ince " in s[:8] and time_ref.end <= q.start \
            and _en_in_since_opening(s, time_ref, q.start, times):
        # "Since the cabinet approved a pilot zone in March last year, the city has attracted more
        # than 260 companies": the time dates the event the fronted since-clause names, and the
        # figure told after it runs from then up to now, as "since 2032" would (resolve_time: a
        # level since a time is as of the statement)
        time_ref = replace(time_ref, since=True)
    if lang == "en" and not flow and measure == "level" and q.unit != "percent" and time_ref is not None \
            and time_ref.start >= q.end and len(time_ref.value) == 9 and time_ref.value[4] == "/" \
            and s.startswith("between ", time_ref.start) and not _CAPACITY_WORD.search(s, q.end, time_ref.start):
        # "plans to deliver eight to 10 large cruise ships between 2033 and 2035": what is done
        # between two years is a total over the span (period 2033/2035), not a stock at its end;
        # not a capacity held then ("5 million tons of capacity between 2030 and 2035")
        flow = True
    if lang == "en" and q.unit == "percent" and measure in ("yoy_growth", "growth") and time_ref is not None \
            and time_ref.kind == "target" and en_per_year(s[q.end:]):
        # "… to reach 150 billion yuan by 2035 (by then), growing by about 10 percent a year": a
        # yearly rate up to a horizon ahead is an average over the years to it (as "8.7% a year
        # through 2035" is), from the year of writing (timeline.resolve_time)
        measure = "cagr"
    if measure == "growth" and lang == "en" and origin in ("sentence", "paragraph", "document") \
            and (_en_since_year_after(s, q.end) or _en_since_year_opening(s, start_of_clause, times)):
        # "Liu said the rate stood at 60 percent last year, adding that the price has fallen by 35
        # percent since 2025": a change since a past year runs up to now, as of the statement; the
        # year named in another clause dates that clause's figure (heldout17 H223), and neither does
        # a time carried from a sentence before ("Output rose 5% last year. Prices of DMC, the most
        # widely traded silicone intermediate, have fallen about 40% since 2028.", heldout18 H241);
        # so with the year fronted, "Since 2028, prices of DMC … have fallen about 40%"
        time_ref, origin = None, "none"
    if undated_change or (measure == "growth" and not flow and origin not in ("sentence", "plan") and not since_year_end):
        # (a price's change with no time in its sentence, 均价较去年6月底的低点累计上涨超过50%: stated
        # as of now, not at the end of a period reported before; is_flow. A stock's change since
        # the year end is dated as its stock, carried from the piece before a ；)
        time_ref, origin = None, "none"
    # (a share of a flow too: "Xiamen … produces about a third of the country's treadmills", "- China
    # produces about 80% of the world's HFCs" after sentences on a period, heldout16 H211/H209: the
    # present tense states it as things stand)
    if (lang == "en" and (not flow or measure == "share") and measure in ("share", "rate", "level") and time_ref is not None
            and stated_now_in_english(s, q, _list_verb_lead(s, q, qi, quantities, groups, clause_lead), time_ref, origin)):
        # "… posted output of 107 billion yuan last year, and the district makes roughly a third of the
        # world's plastic toys"; "their market share has risen to about 55%" after sentences on the
        # January-August period: stated as things stand, of now (heldout11 H147, H157; heldout12
        # H163; heldout13 H171, H175), not of the time of the clause or sentence before
        time_ref, origin = None, "none"
    if (measure == "additions" and origin == "document" and ctx.time.lede is not None
            and ctx.time.lede.kind == "period" and len(ctx.time.lede.value) == 4):
        # "Zhejiang province had the largest number of new entries, with 11", paragraphs after
        # "published its 2023 list …, adding 100 clusters": entries belong to the year the
        # document reports on, not to a year another paragraph gave some other figure
        time_ref = ctx.time.lede
    if (not flow and lang == "en" and q.unit == "count" and measure == "level" and origin == "sentence"
            and time_ref is not None and time_ref.kind == "period" and _span_within_a_year(time_ref.value)
            and not counts_establishments(counted or wording)
            and not has_any(fold(counted or ""), _EN_FIRM_WORDS)
            and not _stock_verb_before(s, q.start)):
        # "carried out 1,132 OTA campaigns in the first nine months of 2026", "patents granted in
        # the first nine months … to about 690,000", "approved 1,400 applications since June",
        # "collected 16 million old appliances in the first quarter": what is counted over a span
        # of months is done in it, a flow (a stock is stated at a point: "had 52 terminals at the
        # end of 2025")
        flow = True
    if (not flow and lang == "zh" and q.unit == "count" and measure == "level" and origin == "sentence"
            and time_ref is not None and time_ref.kind == "period" and _zh_reporting_span(time_ref.value)
            and has_any(clause_lead, _ZH_CASE_VERBS) and _ZH_CASE_VERB.search(clause_lead)
            and not counts_establishments(counted or wording)):
        # 第三季度，…共受理用户申诉12.8万件; 前三季度…累计拦截涉诈电话约3.2亿次: cases handled or
        # calls blocked over the quarter (or the year so far) are done in it, a flow, 累计 or not
        flow = True
    if (lang == "zh" and q.unit == "count" and measure == "level" and origin == "sentence"
            and time_ref is not None and time_ref.kind == "period"
            and (_zh_reporting_span(time_ref.value) or len(time_ref.value) in (4, 7))
            and _zh_registered(s, q, counted, clause_lead) and not counts_establishments(counted or wording)
            and not _zh_running_total(s, q, clause_lead)):
        # 今年以来已有46个新原料完成备案, 全年新备案国产普通化妆品约18.6万件, 当月…另有42款应用通过…登记:
        # filings made over the year so far (a year, a month) are done in it, a flow, as cases handled
        # are; and each enters a public register, a list: the span's filings are `additions` (session
        # 19's convention), as 新备案 reads in measures.py (firms registered, 新登记企业, stay the stock
        # they join; the register's total, 累计已有…完成备案 or one to a date, a `level`)
        flow, measure = True, "additions"
    elif (lang == "en" and q.unit == "count" and measure == "level" and origin == "sentence"
          and time_ref is not None and time_ref.kind == "period" and not time_ref.since
          and (_span_within_a_year(time_ref.value) or len(time_ref.value) in (4, 7))
          and ("filing" in s or "filed" in s or "registered" in s or "registration" in s)
          and _EN_FILED_AFTER.match(s, q.end) and not counts_establishments(counted or wording)
          and not has_any(fold(counted or ""), _EN_FIRM_WORDS)):
        # (not "86 firms were registered": firms registered stay the stock they join, as in Chinese)
        # "In April, 86 generative AI services completed filing": the span's filings, `additions`
        flow, measure = True, "additions"
    elif (lang == "zh" and q.unit == "count" and measure == "level" and previous is not None
          and previous.measure == "additions" and previous.period and previous_q is not None
          and previous_q.end <= q.start and clause_lead.startswith(_ZH_PART_OPENING)
          and has_any(s, _ZH_REGISTRATION_WORDS) and _zh_registered(s, previous_q, previous.counted, s[:previous_q.start])
          and not _ZH_RUNNING_TOTAL.search(clause_lead)):
        # (今年以来已有46个新原料完成备案，其中国产新原料32个: a part of the span's filings, of its span)
        flow, measure = True, "additions"
        time_ref, origin = TimeRef(q.start, q.start, "period", previous.period), "sentence"
    if (not flow and q.unit == "count" and measure == "level" and origin == "sentence" and time_ref is not None
            and time_ref.kind == "period" and (_span_within_a_year(time_ref.value) or len(time_ref.value) == 4)
            and _counts_a_volume(clause_lead, counted or wording, lang)):
        # 1—10月，标识解析量达到2156亿次，…日均解析量约7.1亿次; "queries reached 215.6 billion in the first ten
        # months": a volume of acts over the span (or year) its sentence names is a flow over it
        # (heldout12 H158), as what cases are handled is (below); a stock verb does not make it one
        flow = True
    if (measure == "level" and lang == "en" and time_ref is not None and time_ref.kind == "period"
            and len(time_ref.value) == 4
            and "total" in lead and _EN_TOTAL_LEAD.search(lead) and months_ahead(time_ref.value, ctx.time.published) < 0):
        # "published a list of 238 smart factories for 2025, bringing the national total to 651"
        # in 2026: the total the additions bring is reached now, not at the end of the list's past
        # year (a date it is reached by, "by the end of this year", or a year still running, dates it;
        # and a month dates the action: "In July, … named 86 enterprises, bringing the total to
        # 412" is the total of July)
        time_ref, origin = None, "none"
    if (not flow and lang == "zh" and origin == "paragraph" and "已有" in clause_lead and time_ref is not None
            and time_ref.kind == "period" and months_ahead(time_ref.end_point, ctx.time.published) < 0
            and _ZH_HAS_BY_NOW.search(clause_lead) and not _ZH_THEN.search(s, 0, q.start)):
        # "2025年，…占比达到30%左右；钢铁行业已有超过5.9亿吨粗钢产能完成…改造" in 2026: a past year
        # carried from an earlier sentence, and 已有 (by now, so far): the stock is stated now
        time_ref, origin = None, "none"
    # (a batch of standards released: asked of level counts only, whose sentences name standards)
    released = measure == "level" and q.unit == "count" and _standards_batch(s, q, clause_lead, lang)
    if released and origin != "sentence":
        # 同日，…还批准发布了…等35项通信行业标准 after figures of 2024: the release is an act, of its
        # own sentence's time or else of the story's (heldout3 H42), as a list's entrants are (below);
        # not of the year another sentence reported on
        time_ref, origin = None, "none"
    if list_change and origin != "sentence" and not (origin == "paragraph" and EN_SAME_OCCASION.match(s.lstrip())):
        # "The ministry also unveiled a list of 61 pilot projects on the same day": entries a list
        # adds belong to the month it was published, not to a period reported before
        # (but "We revised the conditions last month. Alongside the revision, the ministry named 22
        # producers": an opening that ties the list to the act told just before dates it with that
        # act's time, carried within the paragraph)
        time_ref, origin = None, "none"
    if measure == "additions" and lang == "en" and time_ref is not None and _EN_BUILD_TO.search(lead) \
            and (time_ref.kind == "target" or en_plan_by_year(s, q.start, q.end)):
        # "aims to build 500 smart factories by 2027": the stock the plan reaches by its horizon
        # ("build 600,000 base stations next year" adds that year's, and "new" ones are added)
        # (a horizon already past when the text was written is no "target" time, yet "will build 12
        # zones by 2030" retold later is that goal still: status.en_plan_by_year)
        measure, flow = "level", False
    if (measure == "level" and not flow and origin not in ("sentence", "plan") and previous is not None
            and previous.period and previous.measure in ("yoy_growth", "growth")
            and level_after_change(s, previous_q, q, lang)):
        # "… revenue of about 263 billion yuan in 2026 … The market for data security products and
        # services grew 21.5 percent to 32.4 billion yuan": the level the change brought is of the
        # change's period (its end, for a stock), as that change's level is in the gold of heldout2
        # H17, heldout3 H45 and heldout13 H177, not of now
        time_ref, origin = TimeRef(q.start, q.start, "period", previous.period), "sentence"
    if measure == "level":
        # "11月14日，…年产量首次突破1000万辆": reached on a day, the level at that day
        day = reached_on_day(s, q, start_of_clause, time_ref, origin, ctx.time, lang)
        if day is not None:
            time_ref, origin = day, "sentence"
    if lang == "zh" and value > 0 and (measure == "additions" or (
            measure == "level" and q.unit == "count" and has_any(clause_lead, _ZH_APPROVAL_VERBS))):
        # "…2027年1月20日公布首批…名单，…56家企业入选": entrants of a list published on a day
        # ("4月23日召开的国务院常务会议核准了5个核电项目、共10台机组": approvals of a day, a level since
        # session 18's convention, are of that day's month too, the units they hold as well)
        day = admitted_on_day(s, q, time_ref, origin, ctx.time)
        if day is not None:
            time_ref, origin = day, "sentence"
    if lang == "zh" and origin == "sentence" and time_ref is not None and not time_ref.since \
            and len(time_ref.value) == 4 and time_ref.end <= q.start and "累计" in s[time_ref.end:q.start] \
            and ctx.time.published is not None and _zh_started_then(s, time_ref):
        # (于2019年启动，此后累计…, 从2019年开始，…累计: see _ZH_STARTED_THEN)
        time_ref = TimeRef(time_ref.start, time_ref.end, "period",
                           f"{time_ref.value}/{ctx.time.published.year}", time_ref.explicit_year, since=True)
    cumulative = cues.cumulative and bool(_CUMULATIVE.search(clause_lead) or (
        # (自2019年启动以来，…累计为超过2.6万家企业提供诊断服务，提出节能改造建议4.8万余条: the running
        # total a span since a year opens goes on over the clauses listed after it)
        time_ref is not None and time_ref.since and _CUMULATIVE.search(s[time_ref.end:q.start])))
    if origin == "plan":
        period, as_of = (time_ref.value, None) if flow else (None, time_ref.value)
    else:
        # (手持订单量…分别占全球的63.4% after 1—5月: a share of a stock is dated as the stock is, at the
        # end of the period carried to it, not over it)
        # (a list member's own words only: "completions and order backlogs took 53.2 percent and 63.1
        # percent": the completions' share is of a flow)
        held = measure == "share" and not flow and names_held_stock(group_subject if own_indicators else head_text)
        # (the paragraph before may end on the span's last month alone, "November shipments were
        # worth …": the shares are still parts of the span's flow; see timeline.span_closed_by_month)
        span = span_closed_by_month(time_ref, ctx.time) if measure == "share" and origin == "document" else None
        if measure == "share" and not held and origin == "document" and shares_reported_span(
                s, q, span or time_ref, origin, ctx.time, lang,
                lambda: [m.quote for m in ctx.metrics if m.period == (span or time_ref).value]):
            # ("… exports in the first 10 months …" then, a paragraph on, "took 15% and 13% of
            # shipments", 分别占投诉总量的21.5%和12.3%: parts of that flow over its span, as if carried
            # within the paragraph; in Chinese only by the share's own whole, not 出口国 in a statement
            # of how things stand, 占世界比重超过50%，是全球最大的…出口国, heldout3 H40)
            origin, time_ref = "paragraph", span or time_ref
        elif measure in ("share", "rate") and not held and compared_on_last_period(s, q, time_ref, origin, ctx.time, lang):
            origin = "paragraph"  # (满意率为95.4%，较上季度提高0.6个百分点: a reading of the quarter carried)
        removals = cumulative and lang == "zh" and _ZH_CUMULATIVE_REMOVAL.search(clause_lead) is not None
        if (measure in ("cagr", "additions") or removals) and time_ref is not None and time_ref.kind == "target":
            # ("Under the plan (2027-2029), … aims to add 300 … by 2029": a plan named in the goal's
            # own sentence, whose times are remembered only after its figures)
            note_plan_spans(s, ctx.time)
            plan_years = not _projected_by_another(s, lang)
        else:
            plan_years = True
        # (a share, a rate, a density or a stock reported on after a past year named earlier in the
        # paragraph: 2027年，全省…。全省制造业机器人密度达到每万名工人412台 is of 2027)
        carried_year = (measure in ("share", "rate", "density") or measure == "level" and not flow) \
            and continues_year(s, start_of_clause, q.start, time_ref, origin, lang, ctx.time)
        period, as_of = resolve_time(measure, flow, time_ref, origin, ctx.time, cumulative, held, plan_years,
                                     carried_year, over_span=removals)
        if list_change and time_ref is None:
            period, as_of = as_of, None  # (the month of publication, as the period of the additions)
    if (lang == "en" and measure == "level" and not flow and previous is not None and previous.measure == "additions"
            and previous.period is not None and len(previous.period) == 7 and previous.period != as_of
            and "to" in lead and _EN_BRINGING_TO.search(lead)):
        # "Alongside the revision, the ministry named 22 producers …, bringing the number on its
        # list to 61" after "last month": the total the additions bring stands from the month they
        # were made, not as of now (a year's additions keep the rule above, of now)
        period, as_of = None, previous.period
    if (lang == "en" and previous is not None and "followed by" in clause_lead and previous.unit == q.unit
            and previous.measure == measure and _EN_FOLLOWED_BY.match(clause_lead)
            and not _time_starts_within(times, start_of_clause, clause_end(s, q.end, lang))):
        # "India, the biggest buyer, took 17.8% of China's shipments by value, followed by the United
        # States at 11.2%": the next in a ranking is of the time of the one it follows (heldout12
        # H159), not of now; a time of its own in its clause keeps it
        period, as_of = previous.period, previous.as_of
    # (the whole sentence's "worth" first: most have none, and the other tests are then not asked)
    if (lang == "en" and "worth" in s and measure == "level" and previous is not None and previous_q is not None
            and previous.period and previous_q.end <= q.start and previous.unit != q.unit and "worth" in s[previous_q.end: q.start]
            and _EN_WORTH_GAP.fullmatch(s, previous_q.end, q.start)):
        # "… to 64.2 million tons in the first seven months, worth about $41.6 billion": the value of
        # the flow counted before, over its period (heldout10 H135), not a level as of the period's end
        period, as_of = previous.period, None
    if measure == "density":
        if origin == "sentence":
            ctx.density_time = (period, as_of)
        elif ctx.density_time is not None:
            # "Density in Jiangsu … stood at 612 … last year. Sichuan and Hubei reached 298 and 276
            # units.": densities listed on, undated, are of the time the sentence before gave
            period, as_of = ctx.density_time
    # (a breakdown's entrants too, 分区域看/从区域分布看，深圳、东莞两市分别入选5个和4个: the time
    # the breakdown carried, with none in the sentence, is no time of their own, timeline._ZH_BREAKDOWN)
    if measure == "additions" and value > 0 and (origin in ("paragraph", "document", "none") or origin == "sentence" and not times) \
            and ctx.list_period and lang == "zh":
        # "现确定…等32个集群为2026年度…集群。…2025年集群主导产业产值…。深圳、东莞两市分别入选5个和4个集群":
        # entrants counted after the list's own count, with no time of their own, are the same
        # list's, not of a year another figure was given for (nor as of now, when no time was
        # carried: 本批名单已于去年11月…公示。…入选项目中冶金、机械和纺织类分别为12个、9个和7个)
        period, as_of = ctx.list_period, None
    if measure == "additions" and value > 0 and origin == "sentence" and period and lang == "zh":
        ctx.list_period = period
    if (lang == "en" and previous is not None and previous_q is not None and previous_q.unit == q.unit
            and previous_q.end <= q.start and (previous.period or previous.as_of)
            and _elided_comparison(s, previous_q, q)):
        # "520 units … in 2025, up from 470 a year earlier", "62 launches in the first ten months,
        # compared with 51 in the same period of 2025": the figure compared with is the same
        # indicator one year before (or in the year named), over the same span
        before = _EN_YEAR_BEFORE.match(s, q.end)
        if before:
            back = _YEARS_BACK[before["n"].lower()] if before["n"] else 1
            year = int(before["year"]) if before["year"] else int((previous.period or previous.as_of)[:4]) - back
            period, as_of = _in_year(previous.period, year), _in_year(previous.as_of, year)
        elif (period, as_of) == (previous.period, previous.as_of) and _whole_year(period or as_of, ctx.time.published) \
                and not _EN_SET_BESIDE.search(s, previous_q.end, q.start):
            # "Large accidents rose to 14 from nine" after figures of 2025: a level compared with no
            # time of its own, when the figure is a year's (or at a year's end), is the year before's
            # (it cannot be the figure's own time; annual figures are compared with last year's).
            # (Not one set beside it, "compared with 470 for its rival", "versus 470 at Nio": a
            # change's earlier level only, up/down from, "rose to 14 from …")
            year = int((period or as_of)[:4]) - 1
            period, as_of = _in_year(period, year), _in_year(as_of, year)
    if lang == "zh" and "同期" in s[max(0, q.start - 8): q.start] and _ZH_YEAR_AGO_BEFORE.search(s, max(0, q.start - 8), q.start) \
            and _in_year(period or as_of, 2000) is not None:  # (a time within one year)
        # "截至6月底，…占比由去年同期的19.8%提高到22.2%": the level a change started from, a year
        # before the time its sentence gives (the same month or span of the year before)
        year = int((period or as_of)[:4]) - 1
        period, as_of = _in_year(period, year), _in_year(as_of, year)
    elif (period or as_of) and (lang == "zh" and q.start and s[q.start - 1] in "由从"
                                or lang == "en" and "from " in s[max(0, q.start - 14): q.start]):
        changed = (_ZH_FROM_YEAR_CHANGE if lang == "zh" else _EN_FROM_YEAR_CHANGE).search(
            s, max(0, q.start - (120 if lang == "zh" else 240)), q.start)
        if changed and (period or as_of)[:4] == changed[2] and not _YEAR.search(s, changed.end(2), q.start - 1):
            # (see _ZH_FROM_YEAR_CHANGE: the level the change started from, in the first year)
            year = int(changed[1])
            period, as_of = _in_year(period, year), _in_year(as_of, year)
    if lang == "en" and (period or as_of) and has_any(s, _STARTED_WORDS):
        started = _earlier_level_at_start(s, q, ctx.time)
        if started is not None:
            period, as_of = (started, None) if period else (None, started)
    if measure == "net_increase" and period and lang == "zh":
        period = since_month_end(lead, period) or period
    if period and time_ref is not None and not time_ref.explicit_year and ctx.time.published \
            and _expected(s, max(0, time_ref.start - (12 if lang == "zh" else 24)) if time_ref.start < q.start
                          else start_of_clause, q.start):
        # "上半年…增速有望保持在6%左右" in April: the half year still running, not last year's (a
        # span without a year is read as the last one that has ended, right for reported figures)
        # (English puts the verb before the whole's owner: "expects China's full-year exports to …")
        period = _this_years(period, ctx.time.published)
    # (the sentence asked first for a word the figure's tail must hold: without one, no slices and
    # no call)
    if lang == "en" and q.unit == "percent" and measure in ("yoy_growth", "growth") \
            and ("year" in s or "annually" in s) and en_rate_over_span_back(s[:q.start], s[q.end:]):
        # "Over the past five years, revenue grew 12 percent a year", "Since 2021, output has grown
        # 9% annually": a yearly rate over the span back to now, compound (session 18's convention)
        measure = "cagr"
    if measure == "cagr" and lang == "en" and as_of and ctx.time.published is not None and "ince" in s:
        since = _EN_SINCE_YEAR.search(s)
        if since and int(since[1]) < ctx.time.published.year:
            # "has grown 12.5% a year since 2021": the yearly rate over the years from that one to the
            # statement's, as 2021年以来年均增长 (not a stock's date: session 18's convention)
            period, as_of = f"{since[1]}/{ctx.time.published.year}", None
    if measure == "yoy_growth" and period and len(period) == 9 and period[:4] != period[5:]:
        measure = "growth"  # growth over a span of years (十年来) is not year-on-year
    if origin == "plan":
        status = "target"
    elif time_ref is not None and time_ref.kind == "target":
        if origin == "paragraph" and lang == "en" and time_ref == ctx.goal_horizon \
                and en_goal_carried(s, start_of_clause):
            # ("… should exceed 90 percent by 2035 … Annual revenue … is expected to reach 150 billion
            # yuan by then": what is expected by a goal's horizon, no one's view named, is that goal's
            # too, as "Under the guideline, … is expected to …" is; heldout18 H233)
            status = "target"
        else:
            # (the horizon's offsets are of its own sentence when carried: read only when it is this one)
            status = horizon_status(s, time_ref.start, q.start, lang, start_of_clause)
        if status == "target" and origin == "sentence":
            ctx.goal_horizon = time_ref
    else:
        status = status_of(s, q.start, q.end, period or as_of, lang, ctx.time.published, start_of_clause,
                           dated=not ctx.time.derived)
        if status == "target" and as_of and len(as_of) == 7 and as_of.endswith("-12") and lang == "en" \
                and _EN_BY_BARE_YEAR_AFTER.match(s, q.end) and en_plan_by_year(s, q.start, q.end):
            # "will build 12 zones by 2030" retold after 2030: a goal for a year is written with the
            # year (the devset's convention), not as the year's end a stock reached then would have
            as_of = as_of[:4]
    if (as_of and status == "actual" and measure == "level" and q.unit == "count" and len(as_of) == 7
            and origin in ("sentence", "none") and not (time_ref is not None and time_ref.since)
            and (released or _count_of_approvals(s, q, clause_lead, lang))):
        # "released 14 industry standards … on Tuesday", 近日批准发布…等6项国家标准, 近日核准了5个核电项目:
        # the size of one act, a `level` of the act's month written `period` (session 19's convention
        # for standards, session 18's for approvals), not a stock as of it
        period, as_of = as_of, None
    if as_of and status == "actual" and origin == "sentence" and time_ref is not None \
            and _span_through_now(s, time_ref, as_of, ctx.time.published):
        # "Over the past five years, China built 3 million base stations" in November: a stock over a
        # span of years that runs on to now (the past N years from October on, 2027—2031年 in 2031)
        # is stated as things stand, not at the end of a year not yet over
        as_of = f"{ctx.time.published.year}-{ctx.time.published.month:02d}"
    if lang == "en" and measure in ("share", "rate") and status == "actual" and (period or as_of) \
            and " from " in s[q.end: q.end + 90]:
        base = _EN_CHANGE_FROM_YEAR_AFTER.match(s, q.end)
        if base and int(base[1]) + 1 <= (ctx.time.published.year if ctx.time.published else 9999) \
                and not any(t.start < q.start for t in times if t.kind != "as_of" or not t.now):
            # "Domestic brands held 48.6 percent of the home market, up 4.1 percentage points from
            # 2024": the share of the year after the base its change is counted from
            period, as_of = str(int(base[1]) + 1), None
    if (lang == "en" and status in ("target", "forecast") and ctx.time.published is not None
            and _EN_NOW_AFTER.match(s, q.end) and _EN_FROM_BEFORE.search(s, max(0, q.start - 24), q.start)):
        # "to reach 15% to 20% by 2028, from about 4% now": the starting point, stated as of now
        status, period, as_of = "actual", None, f"{ctx.time.published.year}-{ctx.time.published.month:02d}"
    if measure == "cagr" and lang == "en" and period and "from" in s[q.end: q.end + 30]:
        start_year = _EN_CAGR_FROM_AFTER.match(s, q.end)
        if start_year and start_year[1] < period[-4:]:
            # "reach 2,100 EFLOPS in 2028, growing at a compound annual rate of 42 per cent from
            # 2026": the yearly rate runs from the year written after it to the end of its span
            period = f"{start_year[1]}/{period[-4:]}"
    if measure == "growth" and period and lang == "zh" and zh_average_change(lead):
        # 截至2025年6月底，…试点企业平均生产效率提升约20%: what a programme changed, as of the end of the
        # time its figures run to (a year's end for a year), no flow over it (zh_average_change)
        end = period.split("/")[-1]
        end = f"{end[:4]}-{int(end[-1]) * 3:02d}" if "-Q" in end else end  # (a quarter: its last month)
        period, as_of = None, f"{end}-12" if len(end) == 4 else end
    if q.unit in ("percent", "ratio") and measure in ("growth", "yoy_growth") and period \
            and (len(period) == 4 or _year_of_months(period)) and status in ("actual", "estimate"):
        # (a goal against a base year, 到2028年…较2025年下降10%, keeps its horizon as its period)
        # (a multiple too, 比2020年增长近2倍; and a stock's change at a year's end, 截至2025年底…比2020年
        # 增长, dated by its months as a flow: the change over the years since the base, heldout3 H36)
        measure, period = _against_base_year(s, q, clause_lead, measure, period, lang)

    ctx.last_subject = subject_source or ctx.last_subject
    return Metric(
        subject=subject,
        value=value,
        unit=q.unit,
        qualifier=qualifier,
        measure=measure,
        status=status,
        subject_source=group_subject or None,
        counted=counted,
        value_high=value_high,
        period=period,
        as_of=as_of,
        geography=geography,
        metric_key=key,
    )


# A projection some other source makes (另据中国信通院发布的白皮书，到2026年…; "a think tank expects the
# market to add 300 … by 2026"): not the goal of a plan the story names with its years.
_ZH_OTHER_SOURCE = re.compile(r"另据|据[^，。；]{0,20}?(?:预测|报告|白皮书|研究)|预测|白皮书")
_EN_OTHER_SOURCE = re.compile(r"\b(?:according to|think tank|consultancy|research firm|analysts?|forecast|estimat|predict"
                              r"|[Ss]eparately)", re.I)


def _projected_by_another(s: str, lang: str) -> bool:
    """Whether goal sentence ``s`` gives a projection by a source other than a plan (see
    :data:`_ZH_OTHER_SOURCE`): its horizon's yearly growth then runs from the year of writing."""
    return bool((_ZH_OTHER_SOURCE if lang == "zh" else _EN_OTHER_SOURCE).search(s))


def _against_year_end(s: str, q: Quantity, lead: str, lang: str) -> bool:
    """Whether change ``q`` is measured against last year's (or a named year's) closing level:
    :data:`_YEAR_END_BASE` in its lead, or in English in its clause after it."""
    # (a cheap test first: most leads hold none of the words every match holds)
    if has_any(lead, _YEAR_END_WORDS) and _YEAR_END_BASE.search(lead):
        # (not a flow's growth rate against the year's: 上半年…增长12%，增速较上年末提高1.2个百分点)
        return not (lang == "zh" and _ZH_RATE_OF_GROWTH.search(lead))
    # (its clause's end is looked for only when "end" follows the figure at all, as every match
    # after it holds the word)
    if lang != "en" or s.find("end", q.end) < 0:
        return False
    after = s[q.end: clause_end(s, q.end, lang)]
    return "end" in after and bool(_YEAR_END_BASE.search(after))


def _en_list_before(s: str, start_of_clause: int, subject: str, size: int) -> str | None:
    """'The eastern, central, western and northeastern regions' for a list of ``size`` whose
    clause starts at 'western and …': the short comma-separated items before the clause are
    the list's first members (a longer item, or one with a number, is another clause)."""
    items: list[str] = []
    for item in reversed(s[: max(start_of_clause - 1, 0)].split(",")):
        item = item.strip()
        if not item or len(item.split()) > 8 or any(c.isdigit() for c in item):
            return None
        items.insert(0, item)
        candidate = ", ".join([*items, subject])
        if split_list(candidate, size, "en"):
            # (the first member may carry the list's head: "the scale of the data center, …")
            return clean_subject(candidate, "en")
        if len(item.split()) > 3:
            return None  # only the first member is long
    return None


_LIST_JOINER = {"zh": re.compile(r"\s*(?:以及|[、和与及])\s*"), "en": re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")}


def _without_members(s: str, aliases: tuple[dictionary.AliasMatch, ...], parts: list[str], pos: int,
                     end: int, lang: str) -> tuple[dictionary.AliasMatch, ...]:
    """``aliases`` without those that start inside the other members of a list, when the list is
    written as such before ``end``: its members one after the other, joined by 、/和/"and" only.
    (Otherwise what was split is no list of indicators, 汽车工业5月、6月增加值, or its members were
    rebuilt, 汽车产量和[汽车]销量: the aliases stay.) An alias may run on past its member into the
    list's shared head (大数据产业规模): it is the member's where it starts."""
    at = s.rfind(parts[0], 0, end)
    if at < 0:
        return aliases
    spans = [(at, at + len(parts[0]))]
    for part in parts[1:]:
        joiner = _LIST_JOINER[lang].match(s, spans[-1][1])
        if not joiner or not s.startswith(part, joiner.end()):
            return aliases
        spans.append((joiner.end(), joiner.end() + len(part)))
    del spans[pos]
    # (plain loops: any() over a generator per alias costs more than the tests)
    kept = []
    for a in aliases:
        for lo, hi in spans:
            if lo <= a.start < hi:
                break
        else:
            kept.append(a)
    return tuple(kept)


def _member_before(subject: str, qi: int, pos: int, size: int, groups: dict[int, tuple[int, int]],
                   ctx: _Context) -> str | None:
    """The subject of the ``pos``-th of the ``size`` figures before a list that inherited the last
    of them ("A grew 9.2% and B 9.4%, beating the average by 3.3 and 3.5 points, respectively":
    3.3 is A's), when those figures are no list themselves and name different things."""
    first = qi - pos - size
    if first < 0 or any(i in groups for i in range(first, qi - pos)) or len(ctx.sentence_subjects) < qi - pos:
        return None
    before = ctx.sentence_subjects[first: qi - pos]
    if subject != before[-1] or len(set(before)) != size:
        return None
    return before[pos]


_EN_OF_THE = re.compile(
    r"\s+of\s+((?:the|these|those)\s+(?:[\w\-'\"]+\s+){0,5}?[\w\-'\"]+?)"
    r"(?=\s+(?:are|is|was|were|have|has|had|came|comes|come|work|works|operate|operates|now|also)\b|\s*[,;.])", re.I)
# "在“小巨人”企业群体中，研发投入超过1000万元的占五成": the members whose share is given, and the
# group they belong to.
_ZH_MEMBERS_SHARE = re.compile(r"的(?:约|均|仅)?占(?:比)?[^的，,]{0,8}$")
_ZH_GROUP = re.compile(r"在([^，,。；;在]{2,20}?)(?:群体|中间)?中[，,]")


def _with_group(s: str, subject: str, start_of_clause: int, end: int) -> str:
    """'研发投入超过1000万元' -> '研发投入超过1000万元的“小巨人”企业' when the clause gives the
    share of those (X的占N) within a group named earlier in the sentence (在…群体中)."""
    if not _ZH_MEMBERS_SHARE.search(s, start_of_clause, end):
        return subject
    groups = _ZH_GROUP.findall(s, 0, start_of_clause)
    return f"{subject}的{groups[-1]}" if groups else subject


# "China produced/exported … tonnes of X": the verb's indicator noun, and the goods after the unit
# (up to a comma, a time or change word, or an "and" before a figure or another verb: "paper and
# paperboard" are one goods).
_EN_MADE_VERBS = {"produced": "output", "exported": "exports", "imported": "imports", "sold": "sales",
                  "shipped": "shipments", "consumed": "consumption"}
# (and for a power, capacity added or installed: "China added 180 gigawatts of solar capacity" is
# solar capacity additions; only for figures in watts, where the goods after "of" are capacity)
_EN_POWER_MADE_VERBS = {"added": "additions", "installed": "additions", "connected": "additions"}
_EN_MADE_GOODS = re.compile(
    r"\s*(?:(?:metric\s+)?(?:tonnes|tons|units|sets|pieces)\s+)?of\s+(?P<goods>[A-Za-z][\w\-' ]{1,40}?)"
    r"(?=\s*(?:[,.;(]|$)|\s+(?:in|last|this|during|from|for|over|up|down|to|between|as|so|by|measured)\b"
    r"|\s+and\s+(?:\S*\d|\w+ed\b))")

# "sold 60 percent of the world's NEVs" is a share of the goods, not the goods sold.
_SHARE_UNITS = frozenset({"percent", "ratio", "percentage_points"})
_EN_PRONOUNS = frozenset({"them", "it", "which", "those", "these", "this", "that"})


def _en_made_goods(s: str, q: Quantity, written: str) -> str:
    """"carbon fiber output" for "China produced 128,000 tonnes of carbon fiber" (a place other
    than China before the verb stays, for the figure's geography: "Yunnan germanium output");
    "" when no "of" names the goods right after the figure."""
    m = _EN_MADE_GOODS.match(s, q.end)
    if not m or m.group("goods").split()[0].lower() in _EN_PRONOUNS:
        return ""  # ("exported 760 million of them": the goods are named before)
    actor, _, verb = written.rpartition(" ")
    goods = f"{m.group('goods').strip()} {_EN_MADE_VERBS.get(verb.lower()) or _EN_POWER_MADE_VERBS[verb.lower()]}"
    place = actor.strip()
    if place and bare_place(place, "en") and place.lower() not in ("china", "the country"):
        return f"{place} {goods}"
    return goods


def _en_made_continued(s: str, q: Quantity, previous_q: Quantity, start_of_clause: int, times: list[TimeRef]) -> str:
    """"corn imports" for the second figure of "China imported 11.3 million tonnes of soybeans and 2
    million tonnes of corn": the figure before named its goods right after it (_EN_MADE_GOODS) with
    one of _EN_MADE_VERBS before it, and only "and" joins them; "" otherwise."""
    before = _EN_MADE_GOODS.match(s, previous_q.end)
    if before is None or s[before.end(): q.start].strip() != "and":
        return ""
    written = clean_subject(_strip_times(s[start_of_clause: previous_q.start], times, start_of_clause), "en")
    if written.rpartition(" ")[2].lower() not in _EN_MADE_VERBS:
        return ""
    return _en_made_goods(s, q, written)


def _subject_source(s: str, q: Quantity, times: list[TimeRef], start_of_clause: int, in_group: bool,
                    previous: Metric | None, previous_q: Quantity | None, ctx: _Context,
                    opens_group: bool = False) -> tuple[str, str]:
    """The indicator as written: the clause text before the number; list members, bare
    continuations ("同比增长5%") and phrases that name no indicator (comparisons, verbs, function
    words: :func:`subjects.indicator_of`) inherit it from the figure or clause before. Also gives
    the clause's own wording for telling flows from stocks."""
    lang = ctx.lang
    written = clean_subject(_strip_times(s[start_of_clause: q.start], times, start_of_clause), lang)
    # A figure earlier in the same clause ends the phrase: "grew from 16 trillion yuan to …",
    # "produced 12 million NEVs and sold …" name this figure's indicator after it, if at all.
    after_previous = previous_q is not None and start_of_clause < previous_q.end <= q.start
    if after_previous:
        between = _strip_times(s[previous_q.end: q.start], times, previous_q.end)
        counted_at = between.find(previous_q.counted) if previous_q.counted else -1
        if counted_at >= 0 and (counted_at == 0 or lang == "zh"):
            # "from 72,000 sets to": the counted noun is the figure's; so is a relative clause
            # before it (70多个具有…影响力的工业互联网平台)
            between = between[counted_at + len(previous_q.counted):]
        elif lang == "zh" and s[previous_q.end - 1] in _ZH_CLASSIFIER_CHARS:
            # "31个大类、179个中类和609个小类": the noun after a classifier is the earlier figure's
            # counted noun (whether or not it was read as one), up to the list joiner
            joiner = _ZH_LIST_JOINER.search(between, 0, 12)
            if joiner:
                between = between[joiner.end():]
        if lang == "en" and (" and " in between or between.endswith(" and")):
            # "grew 9.2 percent in value-added terms and high-tech manufacturing 9.4 percent", "9.6
            # percent of their revenue and 13.7 percent": what comes before "and" completes the
            # earlier figure (not so in "trailing industry and high-tech manufacturing by 2.6 and
            # 0.5 points", where the phrase before "and" goes on after it)
            after_and = between.rsplit(" and", 1)[1]
            if not after_and.lower().endswith((" by", " than")):
                between = after_and
        phrase = clean_subject(between, lang)
    else:
        phrase = written
    subject = indicator_of(phrase, lang)
    if (q.counted and len(q.counted) >= 2 and len(subject) >= 2 and acts_on_object(phrase, q.counted, lang)
            and not region_of(subject, lang)):
        # "The province built 15 new data centers", "试点城市已带动1万家企业": the actor is not the
        # indicator, what it acted on is (a place stays: it gives the figure's geography)
        subject = counted_head(q.counted, lang)
    if lang == "en" and not written and start_of_clause == 0 and previous_q is None:
        # "Nearly 6,000 of the companies are …", "Almost half of the increase in output came from …":
        # a figure that opens its sentence names its indicator after "of" (elsewhere "of" mostly
        # names the whole a share is of: "…, accounting for 15 percent of all base stations")
        of_the = _EN_OF_THE.match(s, q.end)
        if of_the:
            subject = of_the.group(1)
    if lang == "en" and written and q.unit not in _SHARE_UNITS and (
            written.rpartition(" ")[2].lower() in _EN_MADE_VERBS
            or q.unit == "W" and written.rpartition(" ")[2].lower() in _EN_POWER_MADE_VERBS):
        # "China produced 128,000 tonnes of carbon fiber": the actor and its verb name no
        # indicator, the goods and the verb do (carbon fiber output), not an earlier figure's subject
        subject = _en_made_goods(s, q, written) or subject
    elif lang == "en" and after_previous and q.unit not in _SHARE_UNITS and " of " in s[q.end: q.end + 24]:
        # "China imported 11.3 million tonnes of soybeans and 2 million tonnes of corn": the second
        # goods share the verb, not the first goods' name (_en_made_continued)
        subject = _en_made_continued(s, q, previous_q, start_of_clause, times) or subject
    if lang == "zh" and len(subject) >= 2 and "占" in s[start_of_clause: q.start]:
        subject = _with_group(s, subject, start_of_clause, q.start)
    if in_group and previous is not None:
        subject = ctx.last_subject or subject  # the whole list, split by the caller
    if len(subject) < 2:
        # Where else the subject may be, in order (most figures name theirs: one test for all).
        if after_previous and previous is not None and not (
                q.counted and previous_q.counted and q.counted != previous_q.counted):
            # "fell 6.1 percent to 792 million units", "from 72,000 sets to 212,000 sets"; a list of
            # different things (31个大类、179个中类) names each by its counted noun (below).
            subject = previous.subject_source or ""
        if len(subject) < 2 and lang == "en" and previous is not None and s[start_of_clause: q.start].strip() == "or":
            subject = previous.subject_source or ""  # "140 EFLOPS, or 140 quintillion operations": restated
        if len(subject) < 2 and q.unit == "count" and q.counted and len(q.counted) >= 2:
            subject = counted_head(q.counted, lang)
        if len(subject) < 2 and previous is not None:
            # A list's first figure after a comparison ("分别高于全部工业3.3个和3.5个百分点") takes the
            # whole list before it (ctx.last_subject), split again by the caller.
            subject = (ctx.last_subject if opens_group else previous.subject_source) or ""
        if len(subject) < 2:
            # "北京、广东软件业务收入居全国前列，同比分别增长…": the subject sits in an earlier clause.
            prior_start = previous_q.end if previous_q is not None else 0
            subject = _earlier_subject(s[prior_start:start_of_clause], times, prior_start, lang)
        if len(subject) < 2 and (lang == "zh" or written):
            # "Growth was still 2.6 points lower …": a sentence about the figure of the one before.
            subject = ctx.last_subject
    # Whether a figure is a flow or a stock is read from the clause's own wording, verbs and
    # all ("production fell … to 792 million units"), as before the indicator was cleaned.
    return subject, (written if len(written) >= 2 and not (in_group and previous is not None) else subject)


def _span_through_now(s: str, ref: TimeRef, as_of: str, published: date | None) -> bool:
    """Whether ``as_of``, a stock's date, is the end of ``ref`` (of sentence ``s``), a span of years
    begun before the publication's year that ends with it, after the publication month (a date still
    ahead); not a plan named by the span (“十四五”开局之初, "at the start of the 14th Five-Year Plan":
    a point in it the span does not tell)."""
    return (published is not None and ref.kind == "period" and len(ref.value) == 9 and ref.value[4] == "/"
            and int(ref.value[:4]) < published.year == int(ref.value[5:])
            and as_of[:7] > f"{published.year:04d}-{published.month:02d}"
            and not _PLAN_NAMED.search(s, ref.start, ref.end))


# A Five-Year Plan named by a span's words (see _span_through_now).
_PLAN_NAMED = re.compile(r"五|[Ff]ive-[Yy]ear")


# The rows of things made, sold or shipped (their keys' endings): a count of kinds is none of them
# (see _metric_key).
_FLOW_OF_UNITS_KEY = ("_output", "_sales", "_exports", "_shipments")


def _metric_key(s: str, q: Quantity, counted: str | None, subject: str, wording: str,
                aliases: _Aliases, start_of_clause: int, ctx: _Context, measure: str = "level") -> str | None:
    """Dictionary key (see _row_key); "14种工业机器人产品入选目录", "30类产品": a Chinese count of
    kinds or models (its measure word 种, 类 or 款) is never a row of units made, sold or shipped (工业机器人产量),
    as "14 types of industrial robots" is not (_EN_KINDS_OF); a row counting kinds itself
    (绿色设计产品2000余种, 工业APP) keeps it."""
    key = _row_key(s, q, counted, subject, wording, aliases, start_of_clause, ctx, measure)
    if key and q.unit == "count" and ctx.lang == "zh" and s[q.end - 1: q.end] in ("种", "类", "款") \
            and key.endswith(_FLOW_OF_UNITS_KEY):
        return None
    return key


def _row_key(s: str, q: Quantity, counted: str | None, subject: str, wording: str,
             aliases: _Aliases, start_of_clause: int, ctx: _Context, measure: str = "level") -> str | None:
    """Dictionary key: names next to the number first, then the clause, then generic names in
    the sector the text is about, then (when the clause names nothing) the whole sentence."""
    lang = ctx.lang
    units = _KEY_UNITS.get(q.unit)
    if counted and q.unit == "count" and _CATEGORY_NOUN.search(counted):
        return dictionary.lookup([counted], lang, units=units)
    if counted and lang == "en" and q.unit == "count" and " of" in counted and _EN_KINDS_OF.match(counted):
        return None  # ("added 14 types of industrial robots to its catalogue": kinds, see _EN_KINDS_OF)
    if measure == "share":
        # "制造业增加值占全球比重约为29%": a row that is itself a share, named in the clause, is
        # this figure's (the subject alone, 制造业增加值, would merge it with the level series);
        # so is the world share of the subject ("制造业增加值……占全球比重由22.5%提高到近30%")
        # (a list member that names a share row is that row: "开展网络化协同和服务型制造的企业比例
        # 分别为38.8%和29.6%" — both rows are in the clause)
        own = dictionary.lookup([subject], lang, units=units) if subject else None
        key = own if own and dictionary.entry(own).measure_default == "share" else None
        key = key or dictionary.choose(_share_rows(aliases.get()), start=start_of_clause, end=q.start, units=units)
        if not key and lang == "zh" and subject and "占全球" in s[start_of_clause: q.start]:
            key = dictionary.choose(_share_rows(dictionary.find_aliases(f"{subject}占全球", lang)), units=units)
        if key:
            return key
    # "China exported 1.4 million new energy vehicles": the subject and the counted noun together.
    # (the phrase as written last: its verb can name the indicator, "China exported … ICs")
    # A Chinese count whose noun names a row is that row's: lookup reads the names in order, the
    # noun first (English may put the words after the count before it, below). The words after
    # the count, whose alias scan costs most of the key, are then not read.
    key = dictionary.lookup([counted], lang, units=units) if counted and q.unit == "count" and lang == "zh" else None
    named_after = _named_after_count(s, q, units, lang) if q.unit == "count" and key is None else ""
    names = [counted or "", named_after, subject,
             f"{subject} {counted}" if counted and counted != subject else "",
             f"{wording} {counted}" if counted and wording != subject else ""]
    if counted and lang == "en" and named_after.lstrip().startswith(counted) and len(named_after.strip()) > len(counted):
        # "35,000 smart factories at the basic level": the noun with what follows it can name a
        # narrower row than the noun alone
        names[:2] = names[1::-1]
    key = key or (dictionary.lookup(names, lang, units=units)
                  or dictionary.choose(aliases.get(), start=start_of_clause, end=q.start, units=units))
    if key is None and ctx.last_sector:
        # (without a sector these two would only repeat the two above)
        key = (dictionary.lookup(names, lang, sector=ctx.last_sector, units=units)
               or dictionary.choose(aliases.get(), start=start_of_clause, end=q.start, sector=ctx.last_sector, units=units))
    if key is None and len(_clean_lead(s[start_of_clause: q.start], lang)) < 2:
        if q.unit == "count" and q.counted and len(q.counted) >= 2 and _names_a_thing(q.counted, lang):
            # "…5家绿色供应链管理企业被移出名单，104家单位名称发生变更": a count that names what it
            # counts takes an earlier clause's indicator only when that names the same thing
            # (…5G基站…，新增基站20万个)
            pool = tuple(a for a in aliases.get() if _names_counted(s[a.start: a.end], q.counted, lang))
        else:
            pool = aliases.get()
        key = dictionary.choose(pool, end=q.start, units=units)
    if key and q.unit == "count" and counts_establishments(counted or subject) \
            and _PRODUCT_ROW.search(dictionary.entry(key).name_en):
        # "新能源汽车生产企业达到120家": firms are no count of the vehicles they make
        return None
    if key and q.unit == "count" and _counts_people(s, q, lang) and key not in _people_rows():
        # "规模以上企业吸纳就业约2700万人": people are no count of firms, factories or products
        return None
    if key and q.unit == "count" and lang == "zh" and q.counted and _ZH_BECAME.match(s, q.end + len(q.counted)):
        # "2000家专精特新企业在A股上市", "101家机器人企业成长为“小巨人”企业": the firms that did
        # something, no count of the population they come from (nor of the one they joined)
        return None
    if key and q.unit == "count" and lang == "zh" and _ZH_ACTED_ON.search(s, max(0, q.start - 6), q.start) \
            and _ZH_ACTION.match(s, q.end + len(q.counted or "")):
        # "工业和信息化部对1000余家“小巨人”企业开展跟踪监测": the firms an action reached
        return None
    if key and (_ZH_EARLIER.search(s, start_of_clause, q.start) if lang == "zh"
                else _en_earlier(s, start_of_clause, q.start)):
        # "此前获批的国家级车联网先导区共有4个": a level at an earlier, unstated time belongs to no
        # dated point of the series (the text gives the new total beside it)
        return None
    if key and measure == "share" and lang == "zh" and _ZH_MEMBERS_SHARE.search(s, start_of_clause, q.start) \
            and (entry := dictionary.entry(key)) is not None and entry.unit == "count":
        # "在“小巨人”企业群体中，年研发投入超过1000万元的占五成以上": the share of members with a
        # property, no point of the population's series
        return None
    if key and q.unit == "count" and _threshold_members(s, q, start_of_clause, lang):
        # "营业收入超过百亿元的消费品企业达150家": the members past a threshold are no count of the
        # whole population the row counts (17.2万家消费品工业企业)
        return None
    if key and subject and not _head_agrees(subject, key, lang):
        # "规模以上汽车工业企业实现营业收入…增长19.8%": revenue named by its own word is no point of a
        # value-added row an alias inside it (汽车工业) names; a wrong key is worse than none. But
        # another row the same words name that does agree is the figure's ("value added of
        # industrial enterprises above designated size rising 4.6%": not the count of the firms,
        # whose alias ends nearest the number, but the value-added row whose alias starts it)
        return _agreeing_key(names, aliases, subject, lang, units, start_of_clause, q.start)
    return key


def _agreeing_key(names: list[str], aliases: _Aliases, subject: str, lang: str,
                  units: frozenset[str] | None, start: int, end: int) -> str | None:
    """The key _metric_key would choose from ``names`` and then the clause [start, end) among
    the rows whose measure agrees with ``subject`` (see _head_agrees) only. Asked for only once
    the first choice was refused, which few figures are."""
    for text in names:
        if text:
            matches = _agreeing(dictionary.find_aliases(text, lang), subject, lang)
            key = dictionary.choose(matches, units=units) if matches else None
            if key:
                return key
    matches = _agreeing(aliases.get(), subject, lang)
    return dictionary.choose(matches, start=start, end=end, units=units) if matches else None


def _agreeing(matches: tuple[dictionary.AliasMatch, ...], subject: str, lang: str) -> tuple[dictionary.AliasMatch, ...]:
    """The ``matches`` whose rows agree with ``subject``, less those that start inside another
    match: the tail of a narrower name is no name of the figure (电子信息制造业固定资产投资 is no
    point of the 制造业固定资产投资 row, a sector's investment being only a part of it)."""
    return tuple(m for m in matches if _head_agrees(subject, m.metric_key, lang)
                 and not any(n.start < m.start < n.end for n in matches))


# The measure words a subject and a row's name can carry, by kind. Output and value added are one
# kind ("industrial output" is the English of 工业增加值), as are sales and revenue (销售收入).
_HEAD_KINDS_ZH = (("收入", "rev"), ("营收", "rev"), ("销售额", "rev"), ("销量", "rev"), ("利润", "profit"),
                  ("增加值", "output"), ("产量", "output"), ("产值", "output"), ("出口", "exports"),
                  ("投资", "investment"))
_HEAD_KINDS_EN = (("revenue", "rev"), ("income", "rev"), ("sales", "rev"), ("turnover", "rev"), ("profit", "profit"),
                  ("value added", "output"), ("value-added", "output"), ("output", "output"),
                  ("production", "output"), ("export", "exports"), ("investment", "investment"))


def _head_kinds(text: str, lang: str) -> frozenset[str]:
    """The kinds of measure (revenue, profit, output, exports, investment) ``text`` names."""
    pairs = _HEAD_KINDS_ZH if lang == "zh" else _HEAD_KINDS_EN
    return frozenset(kind for word, kind in pairs if word in text)


# metric_key -> the kinds its row's names carry (a table read from the dictionary, filled as keys
# come up; not a cache of text: clear_caches leaves it)
_ROW_KINDS: dict[str, frozenset[str]] = {}


def _head_agrees(subject: str, key: str, lang: str) -> bool:
    """Whether a row may key a figure whose subject is ``subject``: when both name a kind of
    measure, they share one (a subject naming none, "相关产业", leaves the row as found). A count
    row naming no measure (firms, base stations) agrees with no subject that names one."""
    own = _head_kinds(subject if lang == "zh" else subject.lower(), lang)
    if not own:
        return True
    row = _ROW_KINDS.get(key)
    if row is None:
        entry = dictionary.entry(key)
        row = _head_kinds(entry.name_en.lower(), "en") | _head_kinds(entry.name_zh, "zh") if entry else frozenset()
        if not row and entry is not None and entry.unit == "count":
            # a row counting units by name only (规模以上工业企业数量, 5G基站, 专精特新"小巨人"企业):
            # revenue, profit, output, exports or investment of those units is no point of it
            # ("规模以上工业企业实现营业收入…同比增长1.8%" is no growth in the number of firms;
            # precision audit 18)
            row = _COUNT_ROW
        _ROW_KINDS[key] = row
    return not row or bool(own & row)


# The kinds of a count row that names no measure: none a subject can name (see _head_agrees).
_COUNT_ROW = frozenset({"count"})


# What the firms a count names did that makes them a part of their population: listed, or grew
# into another group. (Not 入选/被认定为: "112家绿色供应链管理企业入选" are the list's own.)
_ZH_BECAME = re.compile(r"(?:已|均|先后|陆续)?(?:在[^，,。；]{1,12}?(?:上市|挂牌)|成长为|发展成为|发展为|晋升为|升级为)")


_ZH_ACTED_ON = re.compile(r"对(?:其中|全国|全省)?$")
_ZH_ACTION = re.compile(r"(?:的)?(?:开展|进行|实施|组织|实行)")
_ZH_EARLIER = re.compile(r"此前|之前|此前已|原有")
# ("earlier this year", "earlier in May" date the figure: not an unstated time)
_EN_EARLIER = re.compile(r"\b(?:previously|before this|before then|earlier(?!\s+(?:this|in|last|that|on)\b))\b", re.I)
_EARLIER_WORDS = ("previously", "before th", "earlier")


def _en_earlier(s: str, start: int, end: int) -> bool:
    """``bool(_EN_EARLIER.search(s, start, end))``: the pattern opens with a word boundary and is
    tried at every position, so it runs only when one of its words occurs in the folded window."""
    return has_any(fold(s[start:end]), _EARLIER_WORDS) and bool(_EN_EARLIER.search(s, start, end))


# A noun phrase narrowed by a threshold: "营业收入超过百亿元的消费品企业", "研发投入在1000万元以上的
# 企业", "firms with annual revenue above 10 billion yuan", "companies whose sales exceeded …".
_ZH_THRESHOLD_MEMBERS = re.compile(
    r"(?:超过|超|高于|不低于|达到|逾|在)[^，,。；的]{0,10}?[\d一二三四五六七八九十百千万亿][^，,。；的]{0,6}?(?:以上|以下)?的"
    r"[^，,。；的]{1,14}$")
_EN_THRESHOLD_MEMBERS = re.compile(
    r"\b(?:with|whose|having)\b[^,;.]{0,40}?\b(?:above|over|exceed(?:ing|ed|s)?|more than|at least|topp(?:ing|ed))\s+"
    r"(?:[$¥]|RMB\s*)?\d", re.I)


# What is expected of a period (预计/有望, "is expected to"): the text speaks of one still running.
# ("X expects sales to grow … in the second half": the half still running, as "is expected to")
# ("Analysts expect full-year exports to …", "said in July that it expected full-year shipments …")
# ("Prices could rise another 15% to 20% in the first half", in January: the half ahead, a modal
# of possibility on a verb of reaching or moving, as status._EN_MAYBE_REACH reads it; heldout16 H209)
_EXPECTED = re.compile(r"预计|有望|\b(?:is|are) expected to\b|\bis set to\b|\bis likely to\b|\b(?:expects?|expected|forecasts)\b"
                       r"|\b(?:could|might)\s+(?:well\s+|still\s+|even\s+)?(?:reach|top|exceed|hit|surpass|total|rise|climb"
                       r"|grow|increase|jump|fall|drop|decline)\b")
# One of these is in every match of _EXPECTED (its English branches open with \b, so re would try
# the pattern at every position of the window).
_EXPECTED_WORDS = ("预计", "有望", "expect", "set to", "likely to", "forecasts", "could", "might")


# "Prices could rise another 15% to 20% in the first half": a price's change over a span of the year
# named right after it (a half, a quarter, the first months) is the change over that span, a flow of
# it, not a change since a point stated as of now (heldout16 H209; the "since" changes of heldout11,
# 14 and 15 stay as of their statement).
_EN_OVER_SPAN_AFTER = re.compile(r"^[^,;.]{0,16}?\b(?:in|during|over|for) the (?:first|second|third|fourth|last) "
                                 r"(?:half|quarter|(?:\w+ )?months)\b", re.I)


# A year when something began (于2019年启动, 从2019年开始, 自2019年起步), before a running total
# (累计) later in the sentence: the total runs from then up to the statement, as after
# 自2019年启动以来 (periods' since_event_y), not a stock at the end of that year (heldout14 H190).
# The year right after 于/在/从/自, a start verb within a few characters of it.
_ZH_STARTED_THEN = re.compile(r"[^，。；、\d年月]{0,8}?(?:启动|开始|起步|实施|推出|上线|开展|开通|设立|建立)")


def _zh_started_then(s: str, t: TimeRef) -> bool:
    """Whether Chinese year ``t`` dates when something began (see _ZH_STARTED_THEN)."""
    return t.start > 0 and s[t.start - 1] in "于在从自" and _ZH_STARTED_THEN.match(s, t.end) is not None


# A change "since" a bare year right after it ("has fallen by roughly 35 percent since 2025", "up
# 12% since 2027"): the span runs from that year up to the statement. (Not "since the end of 2025"
# nor "since the program began in 2017", read by periods as times of their own.)
_EN_SINCE_YEAR_AFTER = re.compile(r"\s+since\s+(?:19|20)\d{2}\b(?!\s*[-–])")


# (the opening as measures._EN_SINCE_OPENING reads it)
_EN_SINCE_OPENING_AT = re.compile(r"\s*[Ss]ince\s+[^,;.]{2,50},\s*")
# The same change with the year fronted ("Since 2028, prices of DMC, the …, have fallen about 40%",
# "Since early 2025, the cost of … has dropped by 40 percent"): the sentence opens on the year the
# change is measured from, which dates no figure of its clause (periods reads it as the base).
_EN_SINCE_YEAR_OPENING = re.compile(r"\s*[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d{2},")


# The total that additions just told bring a count to: ", bringing the number on its list to 61".
_EN_BRINGING_TO = re.compile(r"\b(?:bringing|lifting|raising|taking|pushing|increasing)\s+(?:[\w'’-]+\s+){0,7}?to\s+"
                             r"(?:(?:about|around|over|more\s+than|nearly|some)\s+)?$", re.I)
# Capacity named between a figure and its span of years: a stock held over the span, no total.
_CAPACITY_WORD = re.compile(r"capacit", re.I)
# A sentence opening on a since-clause that names an event: "Since the cabinet approved … in March
# last year," (up to the comma that closes it; the clause itself has none).
_EN_SINCE_CLAUSE_OPENING = re.compile(r"\s*[Ss]ince\s+(?:the|a|an|its|their|[A-Z]\w*)\b[^,;:]{4,200}?,")


def _en_in_since_opening(s: str, ref: TimeRef, at: int, times: list) -> bool:
    """Whether the time ``ref`` stands inside the since-clause ``s`` opens on
    (_EN_SINCE_CLAUSE_OPENING), the figure at ``at`` after it, and no time between the clause's end
    and the figure (", and in 2031 output rose" keeps its own)."""
    opening = _EN_SINCE_CLAUSE_OPENING.match(s)
    if opening is None or not ref.end <= opening.end() <= at:
        return False
    return not any(opening.end() <= t.start < at for t in times)


def _en_since_year_opening(s: str, clause_start: int, times: list) -> bool:
    """Whether English sentence ``s`` opens on "Since YEAR," (_EN_SINCE_YEAR_OPENING) and the
    figure's clause, from ``clause_start``, names no time of its own (", and output rose 5% in
    2031" keeps its year)."""
    return "ince " in s[:8] and _EN_SINCE_YEAR_OPENING.match(s) is not None \
        and not any(t.start >= clause_start for t in times)


def _en_since_before_price_aside(s: str, clause_start: int, clause_lead: str) -> bool:
    """Whether English sentence ``s`` opens on "Since …," and then names a price with an appositive
    before the figure's clause ("Since 2028, prices of DMC, the most widely traded silicone
    intermediate, have fallen about 40%"): the aside ends the clause after the opening, and the
    change is still the price's since that point (measures.en_since_opening reads the clause right
    after the opening only)."""
    if "ince " not in s[:8]:
        return False
    opening = _EN_SINCE_OPENING_AT.match(s)
    return opening is not None and opening.end() < clause_start \
        and price_change("growth", clause_lead, s[opening.end():clause_start])


def _en_since_year_after(s: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is followed by "since" and a year (_EN_SINCE_YEAR_AFTER)."""
    return s.startswith(" since ", end) and _EN_SINCE_YEAR_AFTER.match(s, end) is not None


def _en_change_over_span(s: str, end: int) -> bool:
    """Whether a span of the year is named right after the figure ending at ``end``
    (see _EN_OVER_SPAN_AFTER)."""
    tail = s[end:end + 60]
    return " the " in tail and _EN_OVER_SPAN_AFTER.match(tail) is not None


def _expected(s: str, start: int, end: int) -> bool:
    """``bool(_EXPECTED.search(s, start, end))``, skipping the search when no word of it occurs."""
    return has_any(s[start:end], _EXPECTED_WORDS) and bool(_EXPECTED.search(s, start, end))


def _this_years(period: str, published: date) -> str:
    """``period`` moved to the publication year when it was read as last year's but this year's
    span ends after publication ('2024-01/2024-06' in April 2025 -> '2025-01/2025-06')."""
    parts = period.split("/")
    if not all(p[:4] == str(published.year - 1) for p in parts):
        return period
    moved = "/".join(str(published.year) + p[4:] for p in parts)
    return moved if months_ahead(moved, published) > 0 else period


# Rows that count products (output, sales, exports, units in use), not the firms making them.
_PRODUCT_ROW = re.compile(r"\b(?:output|sales|exports|shipments|in use)$")


def _threshold_members(s: str, q: Quantity, start_of_clause: int, lang: str) -> bool:
    """Whether count ``q`` counts only the members of a population that pass a threshold, as
    the phrase before it (Chinese, English) or its noun phrase after it (English) says."""
    if lang == "zh":
        return _ZH_THRESHOLD_MEMBERS.search(s, start_of_clause, q.start) is not None
    return (_EN_THRESHOLD_MEMBERS.search(s, start_of_clause, q.start) is not None
            or _EN_THRESHOLD_MEMBERS.match(s, q.end + len(q.counted or "") + 1, q.end + 80) is not None)


_EN_PEOPLE = frozenset("people persons workers employees staff residents".split())


def _counts_people(s: str, q: Quantity, lang: str) -> bool:
    """Whether count ``q`` counts people (…万人, 500名, "27 million people")."""
    if lang == "zh":
        return s[q.end - 1: q.end] in ("人", "名")
    return bool(q.counted) and q.counted.split()[0].lower() in _EN_PEOPLE


@lru_cache(maxsize=1)
def _people_rows() -> frozenset[str]:
    """The rows that count people: only users (5G users, broadband users …) are counted so."""
    return frozenset(k for k, e in dictionary.entries().items()
                     if e.unit == "count" and e.name_en.lower().endswith("users"))


# English words read as a count's noun that name nothing counted ("8,000 more than …", "300,000
# units"): such a count keeps an earlier clause's indicator.
_EN_NOT_COUNTED = frozenset("more less fewer additional new extra units sets pieces items times".split())


def _names_a_thing(counted: str, lang: str) -> bool:
    return lang == "zh" or counted.split()[0].lower() not in _EN_NOT_COUNTED


def _names_counted(alias: str, counted: str, lang: str) -> bool:
    """Whether an alias as written names the thing a count's own noun names: its head (the
    alias's last two characters, or last word) occurs in the noun (5G基站 / 基站, "5G base
    stations" / "stations")."""
    if lang == "zh":
        return alias[-2:] in counted
    head = alias.split()[-1].lower().rstrip("s")
    return any(w.lower().rstrip("s") == head for w in counted.split())


def _share_rows(aliases: tuple[dictionary.AliasMatch, ...]) -> tuple[dictionary.AliasMatch, ...]:
    """The aliases of rows that are themselves shares (measure_default 'share')."""
    return tuple(a for a in aliases if dictionary.entry(a.metric_key).measure_default == "share")


_ZH_NEXT_CONJUNCT = re.compile(r"[和与及、](?:一批|一大批|若干|一系列|一些|多[家个项批]|\d|[一二三四五六七八九十百千万]+(?:余|多)?[家个项批所])")
_EN_NEXT_CONJUNCT = re.compile(r"\b(?:and|as well as)\s+(?:a (?:number|batch|group|series) of|several|dozens of|\d)", re.I)


def _named_after_count(s: str, q: Quantity, units: frozenset[str] | None, lang: str) -> str:
    """The text after a count that can name what is counted: to the clause's end, but only up to
    the first indicator named there that is counted ("70多个工业互联网平台连接工业设备约4000万台":
    the 70 are platforms; the equipment is the next figure's)."""
    after = s[q.end: clause_end(s, q.end, lang)]
    # (a second quantified conjunct names its own things: "培育2—3家生态型企业和一批专精特新中小企业")
    other = (_ZH_NEXT_CONJUNCT if lang == "zh" else _EN_NEXT_CONJUNCT).search(after)
    if other:
        after = after[: other.start()]
    if not after:
        return after
    # (cached: when no counted alias cuts it, this text is the name the key's lookup asks about next)
    aliases = dictionary.find_aliases(after, lang)
    found = [a for a in aliases if not a.generic and (units is None or dictionary.entry(a.metric_key).unit in units)]
    if found:
        first = min(found, key=lambda a: (a.start, -a.end))
        after = after[: first.end]
    return after


def _has_measure_cue(lead: str, lang: str) -> bool:
    if lang == "zh":
        return bool(_ZH_MEASURE_CUE.search(lead))
    return bool(_EN_MEASURE_CUE.search(lead))


# Units of parts and changes in percent: no pair of levels with a figure in any other unit.
_PERCENT_UNITS = frozenset(("percent", "percentage_points"))


def _is_from_to(s: str, a: Quantity, b: Quantity, lang: str) -> bool:
    between = s[a.end: b.start]
    if lang == "zh":
        head = s[max(0, a.start - 16): a.start]
        # (every match of _FROM_ZH holds 由 or 从: a substring test first)
        return bool(("由" in head or "从" in head) and _FROM_ZH.search(head)
                    and _FROM_TO_ZH.search(_ZH_YEAR_OF.sub("", between)))
    if (a.unit in _PERCENT_UNITS) != (b.unit in _PERCENT_UNITS):
        # ("… up from 16% a year earlier, while exports … more than doubled to 412,000 units",
        # heldout18 H231: a part of a whole and a count are no two levels of one thing)
        return False
    head = s[max(0, a.start - 30): a.start]
    if not (_FROM_EN.search(head) and _TO_EN.search(between)):
        return False
    # (not a "from" of the subject's origin, its verb of change after it: "Exports of sewing machines
    # from China rose 9.7 per cent year on year to 2.84 million units", heldout18 H239: the change
    # and the level it reached, no pair of levels)
    since_from = head[head.lower().rfind("from") + 4:]
    return not (" " in since_from.strip() and _EN_VERB_AFTER_FROM.search(since_from))


def _distributed(s: str, q: Quantity, metric: Metric, start_of_clause: int,
                 aliases: _Aliases, ctx: _Context) -> list[Metric]:
    """'产量和销量均超过X', '产销量双双突破X', 'output and sales both topped X': one metric per
    subject, each with the key and name of its own member."""
    lang = ctx.lang
    if lang == "zh":
        clause = s[start_of_clause: q.start]
        if not (("均" in clause or "都" in clause or "双双" in clause) and _BOTH_ZH.search(clause)):
            return [metric]
        # (产销量双双突破…, 产销量…，同比均增长…: output and sales with no linking word, split only
        # when split_list names the two, never copied blind)
        output_sales = not _ZH_AND.search(s[: q.start])
        if output_sales and not ("产销" in s[: q.start] and _ZH_OUTPUT_SALES.search(s, 0, q.start)):
            return [metric]
        # (the list as written, without its linking words: 产量和销量预计[均])
        subject_parts = split_list(clean_subject(_BOTH_ZH.split(clause)[0], "zh"), 2, "zh") if clause else None
        if not subject_parts and metric.subject_source:
            # "产量和销量均超过450万辆，同比均增长40%": the second figure's list is the first's
            subject_parts = split_list(metric.subject_source, 2, "zh")
        if output_sales and not subject_parts:
            return [metric]
    else:
        # (English needs no clause: "both" is looked for in the whole sentence before the figure;
        # the subject read before it is the list, "both" and all linking words trimmed.)
        if not _BOTH_EN.search(s[: q.start]):
            return [metric]
        subject_parts = split_list(metric.subject_source, 2, "en") if metric.subject_source else None
    if not subject_parts:
        return [metric, Metric(**{**metric.__dict__})]
    copies = []
    for part in subject_parts:
        # (a count without a noun of its own counts what its member names)
        counted = part if metric.counted and metric.counted == metric.subject_source else metric.counted
        key = _metric_key(s, q, counted, part, part, aliases, start_of_clause, ctx, metric.measure)
        entry = dictionary.entry(key)
        copies.append(Metric(**{**metric.__dict__, "subject_source": part, "counted": counted, "metric_key": key,
                                "subject": entry.name_en if entry else part}))
    return copies
