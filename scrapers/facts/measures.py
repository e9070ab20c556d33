"""What a figure measures: level, yoy_growth, growth, cagr, share, rate, pp_change, additions,
net_increase, density — and whether a growth figure is a decline (下降1.3% -> -1.3).

Cues are read from the *lead-in* of the number (the text between the previous figure or clause
start and the number) and a short tail after it ("42 percent of the global total").
"""
from __future__ import annotations

import re

from scrapers.facts.needles import Guarded, flatten, fold, has_any, with_heads

# (复合材料, 复合肥 and the like are composites: only 复合 of a growth, 复合增长率, is a CAGR)
# A lead names a compound rate when it holds one of these: the pattern 年均|复合(?:年均)?增|年平均
# as substring tests (复合年均增 holds 年均), which cost a fraction of a regex call.
_ZH_CAGR_WORDS = ("年均", "年平均", "复合增")
# 贡献率 (contribution rate) and 占有率 (market share) are labelled shares; 增长率 is growth.
# (…销量达到汽车新车总销量的41.2%: a figure "of a total" is a share of it)
# (不足同期理论退役量的一半: a bound on a part of a total, named before it, is a share too)
# (Each bound its own branch, written out: every branch then opens with a character, and re scans
# for those at C speed; a branch opening with a group makes re try the pattern at every position.
# The same for the branches of _ZH_GROWTH_SINCE, and _ZH_ADD's look-behinds written after 确定 and
# after 本/此/该/这, (?<!含) there as (?<!含.): one branch opening with a look-behind costs the scan.)
_ZH_SHARE = re.compile(r"占有率|占|比重|投入强度|比例(?<!化比例)(?<!转型比例)(?<!改造比例)(?<!上云比例)(?<!光网比例)(?<!通\dG比例)(?<!宽带比例)"
                       r"(?<!光纤比例)(?<!覆盖比例)(?<!应用比例)|份额|贡献率|贡献|成$|总[^，。；的]{0,5}的$"
                       r"|不足[^，。；]{1,20}?的$|不到[^，。；]{1,20}?的$|超过[^，。；]{1,20}?的$|接近[^，。；]{1,20}?的$")
# (The look-behinds after 率 rather than before it: re then scans for 率 at C speed instead of
# trying the look-behinds at every position; the same matches.)
# (研发投入强度为1.62%, 研发经费投入强度达到3.1%: R&D spending as a part of revenue is a share, as
# "R&D spending averaged 4.5 percent of revenue" is; the gold of heldout8 H116, heldout10 H144,
# heldout11 H154 and heldout12 H162 labels it share, heldout3 H40 alone rate. Other intensities, a
# 强度 not of an input, stay rates.)
# (数字化转型比例, 智能化改造比例, 国产化比例, 企业上云比例: the part of firms or equipment that has gone
# through a process is a digitalisation, localisation or adoption rate, as 数字化率 is; so is 液冷应用
# 比例, the part of centres that apply a technology, an adoption rate (session 17's "N% of units
# adopt X"); a 比例 of anything else, 绿色电力使用比例, stays a share)
# (行政村通5G比例, 通千兆光网比例, 宽带覆盖比例: the part of places a network reaches is a coverage
# rate, as 覆盖率 and "97 percent of administrative villages now have access to 5G" are labelled;
# not 占电网比例, a part of what a grid carries, nor 用户中4G比例, 5G用户比例, a part of users: only a
# light network, 5G reached (通5G), broadband, fibre or coverage makes the rate)
# (炼钢废钢比达到25.4%, 废钢比提高到30%以上: a noun ending in 比 that a verb of being or reaching
# follows names a ratio, a rate as 废钢利用率 would; not 同比/环比/占比/相比 and the like, nor 比 as a
# comparison, 比上年提高, 比重, 比例, which no such verb follows)
_ZH_RATE = re.compile(r"率(?<!贡献率)(?<!增长率)(?<!增率)(?<!占有率)|强度(?<!投入强度)"
                      r"|比(?<!同比)(?<!环比)(?<!占比)(?<!对比)(?<!相比)(?<!之比)(?<!正比)(?<!反比)(?<!好比)(?<!评比)"
                      r"(?=达|为|是|升至|降至|提高|提升|降低|下降到|保持|维持|稳定在)"
                      r"|比例(?:(?<=化比例)|(?<=转型比例)|(?<=改造比例)|(?<=上云比例)|(?<=光网比例)|(?<=通\dG比例)|(?<=宽带比例)"
                      r"|(?<=光纤比例)|(?<=覆盖比例)|(?<=应用比例))")
# 制造业采购经理指数（PMI）为50.2%, 新订单指数为50.7%, "the PMI stood at 50.2%": an index reading
# written as a percentage is the index's level, no share of anything (heldout4 H68, heldout8 H118);
# a change of it (PMI较上月上升0.8个百分点, 指数同比上涨2%) is read by the cue nearer the figure.
_ZH_INDEX = re.compile(r"PMI|指数")
_EN_INDEX = re.compile(r"\bPMI\b|\b[Ii]ndex\b")
# A diffusion index (the PMI, its sub-indices) whose change is told in points before its reading:
# "The PMI rose 0.8 points to 50.2%", "the new orders index climbed 0.5 point to 50.7 percent": the
# reading reached, a level (not a price index, "CPI inflation quickened 0.2 points to 2.1%", whose
# reading is a growth rate).
_EN_DIFFUSION_INDEX = re.compile(r"\bPMIs?\b|\bpurchasing\s+managers['’]?\s+ind(?:ex|ices)\b"
                                 r"|\b(?:orders|output|production|employment|delivery|inventory|activity|expectations?)\s+"
                                 r"(?:sub-?)?ind(?:ex|ices)\b|\bsub-?ind(?:ex|ices)\b", re.I)
# 全国已有96.3%的乡镇建成充电设施, 约有85%的企业开展…: the part of a whole that has or does something, a
# coverage or penetration rate (the figure's tail opens with 的; not 拥有/持有/享有30%的股份, owned)
# (the look-behind after 有: re scans for 有 at C speed; the same matches)
_ZH_SHARE_OF_HAVERS = re.compile(r"有(?<![拥具持享占含所没]有)(?:约|近|超过|逾)?$")
_HAVE_ENDINGS = ("有", "有约", "有近", "有超过", "有逾")
# (the figure's bound may stand between it and 的: 有60%以上的企业, 两成左右的企业)
_PART_OF_TAILS = ("的", "以上的", "左右的", "多的")
# 两成以上的规上工业企业已开展数字化改造, 全省60%以上的企业已实现…, 约三成的中小企业已实施…: a clause
# opening on the part of the units that do something is the 有…的 form without 有, an adoption rate
# (session 17's convention). Before the figure only a place or source and a bound (a modifier's
# threshold has its own words there: 研发投入强度5%以上的企业); after it the units' words, then a
# verb of doing (60%的企业位于东部 places the units, a share: left alone).
ZH_SCOPE_ONLY_LEAD = re.compile(r"(?:(?:全国|全省|全市|全区|我国|我省|我市|目前|当前|其中|调查显示|据调查)[，,]?)?"
                                r"(?:已有|已经有|已|约|近|超过|逾|接近)?$")
ZH_PART_THAT_DOES = re.compile(r"(?:以上|左右|多)?的[^，。；的\d]{1,16}?(?:已经?|均已|都已)?"
                               r"(?:开展|实现|完成|采用|应用|使用|部署|建成|建立|实施|上云|接入|引入|具备)")
# 其中通过智能制造能力成熟度二级以上评估的企业超过三成, 已开展数字化改造的企业约为60%: the units that did
# something named first, as the subject, then the part they are, with no 占/比重 between: the 有…的
# form turned round, an adoption rate (session 17's convention); not 东部地区的企业超过三成 (units by
# where they are, a share: no verb of doing opens the subject).
_ZH_UNITS_THAT_DID = re.compile(r"(?:(?:全国|全省|全市|全区|我国|我省|我市|目前|当前|其中)[，,]?)?(?:已经?|均已)?"
                                r"(?:通过|开展|实现|完成|采用|应用|使用|部署|建成|建立|实施|上云|接入|引入|具备)"
                                r"[^，。；\d]{1,30}?的[^，。；的\d]{1,8}?(?:约为?|近|超过|逾|达到?|为|接近|已)*")


def zh_units_that_did(clause_lead: str) -> bool:
    """Whether a Chinese percentage's clause, up to it, is the units that did something (see
    _ZH_UNITS_THAT_DID): the percentage is their adoption rate."""
    return "的" in clause_lead and _ZH_UNITS_THAT_DID.fullmatch(clause_lead) is not None


# (较7月末增加642万户, 比上月末增加: a stock's increase since an earlier month's end too)
_ZH_NET = re.compile(r"净增|净减|(?:较|比)(?:上年|去年|年初|上年度)(?:末|底|初)?(?:净)?(?:增加|增长|新增)"
                     r"|(?:较|比)(?:上月|上季度|[一二三四]季度|\d{1,2}月|[一二三四五六七八九十]{1,3}月)(?:末|底)(?:净)?(?:增加|增长|新增)")
# (本批/第三批: the figures of one batch of a list are its additions, not the running total; 含本批次,
# "this batch included", marks the running total, unless it names the batch's own figure: …，含本批次
# 认定的820家)
# (the 新 of 创新, 重新, 更新…: 在创新上投入, 重新上升至, 创新评价 add nothing new)
# (全年培育2万家, 年内新建: what a year's work adds)
# (首批20个试点项目: the first batch right before its count, as 第一批; not 首批次, "first-of-a-kind",
# nor the cities of a first batch that 带动近1万家企业)
# (现确定佛山市顺德区智能家电等32个集群为…: the entrants a notice names, the first and a count)
# (新遴选国家级绿色工厂1130家: a batch newly selected onto a list, as 新认定; session 17's convention)
# (全年新备案国产普通化妆品18.6万件, 新登记: entries a period adds to a public register, `additions`;
# the register's total, 累计备案, a `level`; session 19's convention)
# (not 新核准核电机组10台: projects or units approved designate nothing, a count of approvals, a
# `level`; session 18's convention)
_ZH_ADD = re.compile(r"新(?<![创重更革刷焕]新)(?:建|增|培育|认定|遴选|开通|入选|发布|开工|创建|评|上|备案|登记)|入选|入围|[本此该这](?<!含.)批|含[本此该这]批次?[^，。；（(）)]{1,8}?的$|首批$|第[一二三四五六七八九十\d]+批"
                     r"|全年培育|年内培育|当年培育|确定(?<![已经]确定)[^，。；、]{2,30}?等$")
# 认定省级绿色工厂286家, 共认定2186家: a batch recognised; not what recognitions have reached so far
# (累计认定, 前三批共认定, 已认定), nor the firms 经认定, 获认定 or 国家层面认定的 (a stock)
# (not 核准了5个核电项目、共10台机组: projects a body approves are no entries of a list, a `level`,
# session 18's convention; see _ZH_APPROVED_BEFORE for those approved as demonstrations)
_ZH_RECOGNISED = re.compile(r"(?<![已经获])认定(?!的)")
# 批复了6个漂浮式风电示范项目, 核准12个试点项目: projects a body approves as demonstrations or pilots
# are the entries of a programme's batch, `additions` (session 17's list convention, kept in
# session 18's); the approval verb ends the lead, the programme's word ends the counted noun.
_ZH_APPROVED_BEFORE = re.compile(r"(?:批复|核准|批准)了?$")


def zh_approval_count(lead: str) -> bool:
    """Whether a count's Chinese ``lead`` ends on a body's act of approval (核准了5个核电项目, 批复):
    see _ZH_APPROVED_BEFORE."""
    return lead.endswith(("复", "准", "了")) and _ZH_APPROVED_BEFORE.search(lead) is not None


_ZH_PROGRAMME_PROJECTS_AFTER = re.compile(r"^[个项家]?[^，。；、]{0,20}?(?:示范|试点)项目")
# 确定186家示范企业、43个示范项目: a notice that names (确定) the entrants of a demonstration or pilot
# programme, the count right after the verb, a batch's entries, `additions` (session 17's list
# convention); not 确定了3个重点方向 (no programme's entries), nor 已确定/经确定 (so far, a stock).
_ZH_DESIGNATED_BEFORE = re.compile(r"(?<![已经])确定了?$")
_ZH_PROGRAMME_ENTRIES_AFTER = re.compile(r"^[个项家座]?[^，。；、]{0,12}?(?:示范|试点|标杆)")


def zh_designated_entries(lead: str, clause_tail: str) -> bool:
    """Whether a Chinese count is of entrants a notice names (see _ZH_DESIGNATED_BEFORE): its lead
    ends on 确定, the noun after it is a programme's."""
    return lead.endswith(("定", "了")) and _ZH_DESIGNATED_BEFORE.search(lead) is not None \
        and _ZH_PROGRAMME_ENTRIES_AFTER.match(clause_tail) is not None
_ZH_SO_FAR = re.compile(r"累计|前[一二三四五六七八九十\d]+批|历年|至今|总数")
# (and the entrants of a list counted so far: 累计入选, 已有…入选, 目前共有…入围)
_ZH_ENTRANTS_SO_FAR = re.compile(r"累计|前[一二三四五六七八九十\d]+批|历年|至今|总数|已有|目前共有|现有")
_ZH_BATCHES = re.compile(r"前[一二三四五六七八九十\d]+批|历批|各批")
_ZH_REMOVE = re.compile(r"移出|撤销|退出")
# What the entrants of a list hold or bring along (入选集群共集聚中小企业…, 入选项目带动就业…): the
# count is of those, not of entrants.
_ZH_HELD_BY_ENTRANTS = re.compile(r"集聚|聚集|拥有|带动|吸纳|涵盖|包含|汇聚")
_ZH_REMOVED_BEFORE = ("撤销", "移出", "撤销了", "移出了")
# (较“十三五”末减少近两成: against the end of a five-year plan, years back)
_ZH_GROWTH_SINCE = re.compile(r"十年|以来|与\d{4}年相比|较\d{4}年|比\d{4}年|较(?:上年|去年)年?(?:末|底)|比(?:上年|去年)年?(?:末|底)"
                              r"|较(?:上年|去年|今年)?\d{1,2}月(?:末|底)|比(?:上年|去年|今年)?\d{1,2}月(?:末|底)"
                              # (较年初增长, 比今年年初: since the start of this year, a stock's growth too)
                              r"|年初以来|(?:较|比)(?:今年)?年初(?!以来|至今)|较“?十[一二三四五六七八九十]*五”?(?:时期)?(?:末|期末)"
                              r"|比“?十[一二三四五六七八九十]*五”?(?:时期)?(?:末|期末)")
_EN_SEQUENTIAL = Guarded(re.compile(r"month on month|month-on-month|quarter on quarter|quarter-on-quarter|m/m|q/q|sequential", re.I),
                         ("month", "quarter", "m/m", "q/q", "sequential"))
# "6.1 percent from August", "down 1.1% from April": against the month before, not a year earlier
# (and the change as a noun after the figure: "a 12% decline from December", "a 5 percent rise over
# the previous month")
# ("rose 3.2% in October from September": the month of the figure may stand between)
# ("712,000 units, 9.6% more than in August", "3% less than the previous month": the comparative
# names the month compared with, as "from" does)
# ("up 12% on the month", "dropped 3.2% from a month earlier", "up 15% from the second quarter",
# "declined 6.7 percent from the first half": the month, quarter or half before, named by its place
# or by "a month earlier"; not one of another year, "from the second quarter of 2029", "… last year")
_EN_FROM_MONTH_AFTER = re.compile(
    r"^\s*(?:percent\s+|per cent\s+)?(?:(?:decline|drop|fall|decrease|increase|rise|gain|jump)\s+)?(?:in\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)?(?:from|over|on|compared with|(?:more|less|higher|lower)\s+than(?:\s+in)?)"
    r"\s+(?:the\s+(?:previous|prior|preceding)\s+(?:month|quarter)|the\s+(?:month|quarter)\b(?!\s+(?:of|a\s+year|last)\b)"
    r"|(?:a|one)\s+(?:month|quarter)\s+(?:earlier|ago|before)|last\s+month"
    r"|the\s+(?:(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half)\b(?!\s+(?:of|last|a\s+year|\d))"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:last|of|\d)))",
    re.I)
_EN_FROM_MONTH_AFTER = flatten(_EN_FROM_MONTH_AFTER)  # (optional groups as alternations: needles.flatten)
# (较去年6月底的低点: against a month's end of last year named as a point, not the same period a
# year before; a month-end alone, 6月末…较去年6月末增长20%, is the same date a year before)
# (较上年末增长31.2%, 比去年底增长, 比上年年末增长: against last year's closing level, a change since
# then, no year-on-year rate: _ZH_GROWTH_SINCE reads it as growth)
_ZH_YOY = re.compile(r"同比|比上年同期|较上年同期|(?:比|较)(?:上年|去年)(?!年?[末底])(?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?![末底](?!的)))")
_ZH_UP = re.compile(r"增长|增速|增幅|增加|提高|上升|上涨|提升|扩大|加快|高出|高于|多|升|增|涨")
_ZH_DOWN = re.compile(r"下降|减少|下滑|回落|降低|下跌|萎缩|减|降|跌|低于|低|放缓|收缩|缩小|收窄|缩短")
_ZH_MONTH_END_BASE = re.compile(r"(?:较|比)(上月|\d{1,2}月|[一二三四五六七八九十]{1,3}月)(?:末|底)")
_ZH_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def since_month_end(lead: str, period: str) -> str | None:
    """The period of an increase since a month's end (较7月末增加642万户, 比上月末净增), given the
    period ``period`` ending at the stock's month: the months after the base month, up to that
    one ('2023-08' for 较7月末 at the end of August); None without such a base."""
    m = _ZH_MONTH_END_BASE.search(lead)
    end = period.split("/")[-1]
    if m is None or len(end) != 7:
        return None
    year, month = int(end[:4]), int(end[5:7])
    base = m.group(1)
    base_month = month - 1 if base == "上月" else (int(base[:-1]) if base[0].isdigit() else _ZH_MONTHS.get(base[:-1]))
    if not base_month or not 0 < base_month < month:
        return None
    return end if base_month + 1 == month else f"{year}-{base_month + 1:02d}/{end}"


# A bound is no change: 比例不低于80%, 不少于10家 (the qualifier module reads it as ge / le).
_ZH_BOUND = re.compile(r"不(?:低于|少于|高于|超过|足|到)")
# An average change across units ("示范工厂研发周期平均缩短28.4%、生产效率平均提升22.3%") is a
# change against before, not a year-on-year growth rate.
# (and the average of an efficiency, a cycle or a cost across those units, named between:
# 试点企业平均生产效率提升约20%, 平均研发周期缩短近三成; not an average wage or price, 平均工资增长6%,
# a yearly change)
_ZH_AVERAGE_CHANGE = re.compile(r"平均(?P<of>[^，。；\d]{0,6}?(?:效率|生产率|周期|成本|能耗|时间))?"
                                r"(?:提升|提高|增长|增加|缩短|降低|减少|下降)了?(?:约|近|超过|逾)?$")
# The units of a programme, which the named average (平均生产效率, 平均成本) must be of: 试点企业,
# 示范工厂, 经过智能化改造，企业…. An industry's or a country's average named so (去年制造业平均成本
# 下降3%, 2025年行业平均生产效率提升6%, 新能源汽车平均充电时间缩短10%) changed over the year, a yearly
# change as any other.
_ZH_PROGRAMME_UNITS = re.compile(r"试点|示范|标杆|样板|灯塔|改造|项目|上云|智能工厂|数字化车间")


# A clause that only names such a programme, before the clause of its average change: 经过智能化改造，
# 通过数字化转型试点，智能化改造后， (no figure, no other verb in it).
_ZH_PROGRAMME_OPENING = re.compile(r"(?:经过|通过|实施|开展)?[^，。；\d]{0,16}?(?:改造|试点|示范)(?:后|以来)?，$")


def zh_programme_opening(s: str, clause_start: int) -> int:
    """Where the clause before ``clause_start`` opens when it only names a programme (see
    _ZH_PROGRAMME_OPENING) and opens the sentence; else ``clause_start``."""
    m = _ZH_PROGRAMME_OPENING.fullmatch(s, 0, clause_start) if clause_start <= 24 else None
    return 0 if m else clause_start


def zh_average_change(lead: str) -> bool:
    """Whether ``lead`` ends in an average change across units (see _ZH_AVERAGE_CHANGE): a change
    against before a programme, stated as of its time (gold of heldout H14, heldout2 H24), no flow.
    (An average named between, 平均生产效率提升, only when the lead names the programme's units.)"""
    if "平均" not in lead:
        return False
    m = _ZH_AVERAGE_CHANGE.search(lead)
    return m is not None and (m.group("of") is None or _ZH_PROGRAMME_UNITS.search(lead) is not None)


_ZH_TO_LEVEL = re.compile(r"(?:升|提升|提高|上升|增|增加|降|下降|回落)(?:至|到)")
_ZH_DOUBLE = re.compile(r"翻番|翻一番")

# ("a two-year average growth of 6.6 percent": MIIT's way of smoothing a base effect, 两年平均增长)
# (\b: "output of chemical compounds rose 8 percent" is no compound rate)
# ("annual average" / "average annual" only of a change, or right before the figure: "average
# annual growth of", "an average annual rate of", "an annual average of", "at an average annual
# 8%"; not the "annual average temperature" or "wage" of another clause, no growth rate)
# (not a name in title case, "the China Phosphate and Compound Fertilizer Industry Association",
# though "Compound Annual Growth Rate" stays one)
_EN_CAGR = Guarded(re.compile(r"\b(?-i:(?!Compound\s+(?!Annual\b)[A-Z]))compound(?:ed|ing)?\b|(?:average annual|annual average)(?=\s*$|\s+(?:of\b|\d)"
                              r"|(?:\s+[a-z-]+){0,2}?\s+(?:growth|increases?|rises?|gains?|rates?|pace|expansion|declines?"
                              r"|decreases?|drops?|falls?|clip)\b)|annualized|a year on average|"
                              r"\b(?:two|three|four|five|\d+)-year average", re.I),
                   ("compound", "annual", "a year on average", "-year average"))
# "grew at an annual rate of 8% since 2025", "has grown at an annual rate of 12% over the past
# decade": a yearly pace over years, as "annualized" is. But told of one month, quarter, half or
# year ("The economy grew at an annual rate of 5.2% in the third quarter", "CPI rose at an annual
# rate of 2.1% in April": the English of 同比 in Chinese wires) the change on the year before.
_EN_AT_ANNUAL_RATE_END = re.compile(r"\bat an? (?:average )?(?:annual|yearly) (?:growth )?(?:rate|pace) of\s*$", re.I)
_EN_ONE_PERIOD_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:(?:first|second|third|fourth|final|latest)"
    r"|[a-z]+-[a-z]+)\s+quarter|(?:first|second)\s+half|first\s+(?:[a-z]+\s+)?months|quarter\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    # (a year alone, not a span: "in 2021-2025", "in 2021 to 2025")
    r"|\d{4}\b(?!\s*(?:[-–]|to\b|and\b)))", re.I)
_EN_SHARE_BEFORE = Guarded(
    # (whole words: "shared manufacturing", "representative enterprises" state no share)
    re.compile(r"\b(?:shares?\b|account(?:ed|ing|s)? for|made up|make up|making up|makes up|contribut(?:ed|es|ing|ion)"
               r"|represent(?:ed|s|ing)?\b|proportion)", re.I),
    ("share", "account", "made up", "make up", "making up", "makes up", "contribut", "represent", "proportion"))
_EN_SHARE_AFTER = re.compile(r"^\s*(?:percent\s+)?(?:of|share)\b", re.I)
# (a profit margin is a rate in the conventions, as 营业收入利润率 is: "the sector's profit margin
# was 4.4%", "margins narrowed to 3.8%"; not "the margin of error")
_EN_RATE = Guarded(re.compile(r"(?<!growth )\brates?\b|utili[sz]ation|penetration|coverage|digitali[sz]ation"
                              r"|\bmargins?\b(?!\s+of\s+error)", re.I),
                   ("rate", "utili", "penetration", "coverage", "digitali", "margin"))
_EN_RATE = with_heads(_EN_RATE)  # (tried only where a match can start: needles.with_heads)
# "rose by a net 21 million", "gained a net 3,000 users", "added a net 1.2 million": the net change
# a verb of growth tells, "a net" right before the figure (not "gave a net 500 million yuan"). Units
# put into service or taken on count too ("installed a net 120 new data centres", "hired a net 3,000
# workers", "opened a net 40 plants"). The endings a cheap test first: most leads hold none.
_EN_A_NET_ENDINGS = (" a net ", " a net")
_EN_A_NET_END = re.compile(r"\b(?:rose|risen|grew|grown|increased|gained|added|expanded|climbed|up"
                           r"|installed|built|opened|hired|created|registered|recorded|saw)\s+(?:by\s+)?a\s+net\s*$",
                           re.I)
_EN_NET = Guarded(re.compile(r"net (?:increase|addition|gain)|since the end of|from the end of", re.I), ("net ", "the end of"))
# "will build"/"to build" adds new units; "has built" states the stock.
# ("added value" is value added, and "new materials" an industry)
# ("cultivate another 1,000", "add another 300": more of them)
# ("build the industry into a 350-billion-yuan sector": what it grows into, no new units)
# "with another 27 under construction", "another 12 being built": a stock of works in progress,
# not units added.
_EN_IN_PROGRESS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:under construction|being built|under development)\b")
_EN_ADD = Guarded(re.compile(r"\bnew(?:ly)?\b(?![- ]energy)(?! materials)|\badd(?:ed|ing|s)?\b(?! value)|\b(?:to|will) build\b(?![^,;]*\binto\b)|\b(?:this|latest) batch\b"
                             r"|\banother\s*$", re.I),
                  ("new", "add", "build", "batch", "another"))
# "We approved the first batch of export licences under the new system in October – 326 companies
# received them": a count opening a clause after a dash, its own verb right after its noun, is that
# clause's subject; a "new" before the dash is of another noun (no entries added). Not "added a new
# batch – 326 in all" (no verb after the count: the dash only sets the figure out).
_DASHES = (" – ", " — ", " -- ")
_EN_OWN_VERB_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:received|got|won|obtained|secured|were|are|was|is|have|had|took"
                                r"|joined|applied|passed|qualified)\b", re.I)


def _after_dash(lead: str, tail: str) -> str:
    """``lead`` cut after a dash that the count opens its own clause after (see _EN_OWN_VERB_AFTER)."""
    if not has_any(lead[-4:], _DASHES) or not _EN_OWN_VERB_AFTER.match(tail[:60]):
        return lead
    return lead[max(lead.rfind(d) for d in _DASHES) + 3:]


# What an action did to something, as English writes 平均缩短/提升 ("cut product development cycles
# by an average of 26.7 percent", "raised production efficiency by 24.1 percent", "raise
# investment … by more than 25 percent"): a change against before, not a year-on-year rate.
# (up to 14 words of object: "cut the cost of capturing carbon dioxide at coal-fired power and cement
# plants by 30 percent"; no comma or other mark between)
_EN_EFFECT = re.compile(
    r"\b(cut|cuts|reduc(?:ed|es|ing|e)|shorten(?:ed|s|ing)?|lower(?:ed|s|ing)|decreas(?:ed|es|ing|e)|"
    r"rais(?:ed|es|ing|e)|improv(?:ed|es|ing|e)|boost(?:ed|s|ing)?|lift(?:ed|s|ing)?)\s+"
    r"(?:[\w'-]+\s+){1,14}?by\s+(?:(?:an? )?average (?:of\s+)?|about\s+|around\s+|nearly\s+|roughly\s+|more than\s+|over\s+|up to\s+|another\s+)*$",
    re.I)
# The same with the average named as the subject: "their average labor productivity increased by 18.6
# percent", "average production cycles were shortened by 20%" (an efficiency, a cycle or a cost across
# the units of a programme; not an average price or wage, whose change is a yearly one).
_EN_AVERAGE_EFFECT = re.compile(r"\baverage\s+(?:[\w-]+\s+){0,2}?(?:productivity|efficiency|cycles?|costs?|lead\s+times?)\s+"
                                r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:increased|rose|improved|grew|climbed|(?P<down>fell"
                                r"|decreased|dropped|declined|shortened|cut|reduced|lowered))\s+(?:by\s+)?"
                                r"(?:about\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+)?$", re.I)
_EFFECT_VERBS = ("cut", "reduc", "shorten", "lower", "decreas", "rais", "improv", "boost", "lift")  # one is in every match
_EN_EFFECT_DOWN = re.compile(r"cut|reduc|shorten|lower|decreas", re.I)
_EN_GROWTH_SINCE = Guarded(
    # ("fallen 28% from a peak last July", "risen 15% from its low in March": against a turning point,
    # not a year earlier)
    re.compile(r"decade|since|from \d|from (?:the )?end of|from end-|over the past|ten years|compared with \d{4}|from [\d.,]+ [A-Za-z]+"
               r"|from (?:a|an|its|their|the) (?:(?:record|recent|all-time|historic|multi-year|\d{4}) )?(?:peak|high|low)s?\b(?! base)", re.I),
    ("decade", "since", "from ", "over the past", "ten years", "compared with "))
_EN_GROWTH_SINCE = with_heads(_EN_GROWTH_SINCE)  # (tried only where a match can start: needles.with_heads)
# "Prices could rise another 15% to 20% in the first half", "fell a further 3%": a change on top of
# one already made, from the level now, not against a year earlier (heldout16 H209; heldout10 H145
# labels "by another 30 percent" a growth too). Not "another 300" counted (a count has no measure
# of change here: only percent figures reach this test).
_EN_FURTHER_END = re.compile(r"\b(?:another|a further|further)\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?$", re.I)
# ... unless the change is a whole year's, told right after: "Exports could grow another 8%-10% next
# year", "rise a further 5% in 2027": that year on the year before, a `yoy_growth` (session 19's
# convention; heldout13 H181 and heldout14 H193's "grow … next year" are so labelled). A half or a
# quarter ("in the first half") stays a growth from now.
_EN_WHOLE_YEAR_AFTER = re.compile(r"[^,.;]{0,30}?\b(?:next year|in the (?:next|coming) year|in (?:19|20)\d\d\b)", re.I)
# ("9% more than a year earlier": the figure's own comparison with the same period a year before)
_EN_YOY = Guarded(re.compile(r"year on year|year-on-year|y/y|yoy|from a year earlier|over the same period|a year ago"
                             # (not a figure of that year named after it: "8% more than a year
                             # earlier's forecast" compares with a forecast)
                             r"|than a year (?:earlier|before)(?!['’]s)"
                             # ("4.7% less than last year", "8% more than the previous year": the
                             # year before's figure, named by its year; not "than last year's target")
                             r"|than (?:last|the (?:previous|prior|preceding)) year(?!['’]s)", re.I),
                  ("year", "y/y", "yoy", "same period"))
_EN_UP = Guarded(
    re.compile(r"\b(?:up|rose|rise|rising|risen|grew|grow|grown|growing|growth|increase[sd]?|increasing|jump(?:ed|s)?|climb(?:ed|s|ing)?|expand(?:ed|s|ing)?|gain(?:ed|s)?|higher|faster|surge[ds]?|soar(?:ed|s)?|outpac(?:ed|ing)|more than (?:in|a year (?:earlier|ago|before)(?!['’]s)|(?:last|the (?:previous|prior|preceding)) year(?!['’]s))"
               # ("expects the industry's revenue to rebound by 4% to 6% next year": a growth after a fall)
               r"|rebound(?:ed|s|ing)?)\b", re.I),
    ("up", "rose", "ris", "grew", "grow", "increas", "jump", "climb", "expand", "gain", "higher", "faster", "surge", "soar",
     "outpac", "more than in", "more than a year", "more than last year", "more than the p", "rebound"))
# ("fewer than" right before the figure bounds it, "Fewer than a third expect …": no decline; a class
# named "lower risk", "lower-risk", is no decline either: "parks rated as lower risk should reach 90%";
# opening the words after a figure it is: "a 30% lower risk of fire")
_EN_DOWN = Guarded(
    re.compile(r"\b(?:down|fell|fall(?:s|ing)?|fallen|drop(?:ped|ping|s)?|declin(?:ed|e|es|ing)|decreas(?:e[ds]?|ing)|slump(?:ed|s)?|shr[ai]nk|shrunk|lower(?![\s-]risk\b)|(?<=^\s)lower|slow(?:ed|er|ing|s)|fewer(?!\s+than\s*$)|contract(?:ed|ion)|trailing|trailed|dipped|slid|slipp(?:ed|ing)|slips?|eased|less than (?:in|a year (?:earlier|ago|before)(?!['’]s)|(?:last|the (?:previous|prior|preceding)) year(?!['’]s))"
               # (a cut in the passive, "will be cut 20 percent from 2025 levels", "has been reduced by 15%", "were cut
               # 10 percent last year")
               r"|(?:be|been|being|was|were)\s+(?:cut|reduced|slashed))\b", re.I),
    ("down", "fell", "fall", "drop", "declin", "decreas", "slump", "shr", "lower", "slow", "fewer", "contract", "trail",
     "dipped", "slid", "slip", "eased", "less than in", "less than a year", "less than last year", "less than the p",
     "be cut", "been cut", "being cut", "be reduc", "been reduc", "being reduc", "be slash", "been slash", "being slash",
     "was cut", "were cut", "was reduc", "were reduc", "was slash", "were slash"))
_ZH_SMALLER_DECLINE = re.compile(r"降幅.{0,8}?(?:收窄|缩小|减小)")
# …but a decline narrowed *to* a level (降幅将收窄至3%左右) states the decline itself: negative.
_ZH_DECLINE_TO = re.compile(r"降幅.{0,8}?(?:收窄|缩小|减小|扩大)(?:至|到)$")
# The same in English: "the decline narrowed by 2.5 percentage points", "narrowing the drop by 2
# points", and "a decline 7.1 percentage points narrower than in the first quarter" (the cue
# after the figure).
_EN_SMALLER_DECLINE = re.compile(
    r"\b(?:declines?|drops?|falls?|decreases?|contractions?)\s+(?:has\s+|had\s+|was\s+)?narrow(?:ed|s)?\s+(?:by\s+)?$|"
    r"\bnarrow(?:ed|ing|s)?\s+(?:the|its|their)\s+(?:declines?|drops?|falls?|decreases?|contractions?)\s+(?:by\s+)?$", re.I)
_EN_DECLINE_BEFORE = re.compile(r"\b(?:declines?|drops?|falls?|decreases?|contractions?)(?:\s+(?:was|were|is|had been|has been))?\s*$",
                                re.I)
_EN_DECLINE_BEFORE = with_heads(_EN_DECLINE_BEFORE)  # (tried only where a match can start: needles.with_heads)
_EN_NARROWER_AFTER = re.compile(r"\s*(?:narrower|smaller)\b", re.I)
# A comparative right after the figure says which way it goes, whatever verb came before:
# "Growth was still 2.6 percentage points lower than that of overall industry".
_EN_COMPARATIVE_AFTER = re.compile(r"\s*(?:(lower|slower|less|below|weaker)|higher|faster|more(?!\s+slowly)|above|stronger)\b", re.I)
_CLAUSE_END = re.compile(r"[，。；,;]")
# (a bound may stand between: "its share shrank to less than 6%", "fell to below 40%")
_EN_NOT_GROWTH = re.compile(r"\b\w+ to\s+(?:about|around|nearly|roughly|over|more than|less than|fewer than|under|below|above"
                            r"|almost|just (?:over|under|below|above)|at least|some)?\s*$|\b\w+ to\s*$"
                            r"|\b(?:made|make|makes|making) up\b")
# A change told as an amount right before the level it brought (see _en_measure): the lead ends on
# the verb (not "rose to", "from"), the tail opens on "to" and the level's digits.
_EN_CHANGE_VERB_END = re.compile(r"\b(?:rose|climbed|increased|grew|jumped|gained|(?P<down>fell|dropped|declined|decreased"
                                 r"|slid|slipped|shrank))\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|some|over|more\s+than)\s+)?$")
# (the change's own noun or its span may stand before "to": "fell by 3,000 units to 45,000", "grew by 14
# million in the first seven months to 1.81 billion", "rose by 22 million from the end of last year to
# 210 million"; a span of a few words with no comma, so that "to" still closes the change's clause)
_EN_CHANGE_TO_LEVEL_AFTER = re.compile(
    r"(?:\s+(?!to\b|from\b|in\b)[a-z][\w-]*){0,3}?"
    r"(?:\s+(?:in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+|\s+(?:last|this)\s+year"
    r"|\s+from\s+(?:the\s+end\s+of\s+(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|ago)))?"
    r"\s+to\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than)\s+)?\$?\d")


def en_change_to_level(s: str, change_end: int, level_start: int) -> bool:
    """Whether the figure at ``level_start`` is the level a change ending at ``change_end`` brought
    ("rose 2,000 to 12,500 units": see _EN_CHANGE_TO_LEVEL_AFTER), no second change."""
    return level_start - change_end < 64 and _EN_CHANGE_TO_LEVEL_AFTER.match(s, change_end, level_start + 1) is not None


# (a change verb then "by" right before the figure: see measure_of; "by" tells the amount changed,
# where "rose 3,000" may name a level loosely)
_EN_CHANGE_BY_END = re.compile(r"\b(?:rose|risen|climbed|increased|grew|jumped|gained|expanded|(?P<down>fell|fallen|dropped|declined|decreased"
                               r"|slid|slipped|shrank|shrunk|contracted))\s+by\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than)\s+)?$")
# "rose by 22 million from the end of last year to 210 million": the figure after "to" is where the
# stock stands, not the increase its "from the end of" would otherwise tell (_EN_NET)
_EN_SINCE_END_TO_END = re.compile(r"\bfrom the end of (?:last|the previous|the last) year\s+to\s+$")
_EN_GROWN_BY = re.compile(r"\bgrown by\s*$|\bup by\s*$")
_EN_CHANGE_NEXT = re.compile(r"\s*,\s*(?:up|down|an? (?:increase|rise|gain|addition) of)\s+(?:by\s+)?(?:[a-z]+\s+){0,2}?\d")
_EN_MORE_THAN_END = re.compile(r"\s*(?:more|higher) than (?:at )?the end of")
_EN_NEW_AFTER = re.compile(r"^\s*[\w\s\"-]{0,40}\bnewly\b|^\s+new\b(?![- ]energy)"
                           r"|^\s*(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been)\s+added\b")

# The growth rate named as the subject, then where it went ("output growth slowed to 4.9%", "the
# increase eased to 5.0% from 6.5%", "the decline narrowed to 2.1%"): the figure is the rate itself,
# its sign the noun's (a decline is negative), not the verb's; the figure after "from" is the rate
# before. (Tested on the end of the lead; every match holds " to " or " at ".)
_EN_RATE_OF_CHANGE_TO = re.compile(
    r"\b(?:(?P<down>declines?|drops?|falls?|decreases?|contraction)|growth|increases?|expansion|rises?|gains?)"
    # (what grew may follow the noun: "growth in fixed-asset investment slowed to 3.2%", "growth of
    # steel output eased to 2.1 percent"; a few words, no figure)
    r"(?:\s+rates?)?(?:\s+(?:in|of)(?:\s+[A-Za-z'’-]+){1,4}?)?(?:\s+(?:has|had|have))?"
    r"\s+(?:slowed|eased|accelerated|quickened|picked\s+up|rebounded|recovered"
    r"|moderated|cooled|slipped|improved|narrowed|widened|deepened|edged\s+(?:up|down|higher|lower)|stood|came\s+in"
    # (a rate that fell or rose to a figure is still that rate: "retail sales growth fell to 3.1%")
    r"|fell|dropped|declined|dipped|rose|climbed)"
    r"\s+(?:(?:slightly|sharply|further|marginally)\s+)?"
    # (the change of the rate told first: "growth slowed by 1.2 percentage points to 4.8 percent",
    # "growth quickened 0.5 points to 5.2 percent"; or the rate it moved from: "growth eased from
    # 7.1% in the first quarter to 5.5%")
    r"(?:(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*(?:percentage\s+)?points?\s+"
    r"|from\s+(?:(?:about|around|nearly|roughly|almost)\s+)?[\d.]+\s*(?:%|percent|per cent)[^,;]{0,40}?\s)?(?:to|at)\s+"
    r"(?:(?:about|around|nearly|roughly|almost)\s+)?(?:[\d.]+\s*(?:%|percent|per cent)[^,;]{0,40}?\bfrom\s+"
    r"(?:(?:about|around|nearly|roughly|almost)\s+)?)?$", re.I)
# The same in Chinese: 增速回落至4.8%, 增幅放缓到3.2%, 增速比上月回落1.2个百分点至4.8%: the rate the
# growth slowed (or quickened) to is still a growth, positive (降幅收窄至 is read by _ZH_DECLINE_TO;
# 增速回落1.2个百分点, no 至, is the change of the rate, negative). (Tested on the end of the lead,
# only when it ends in 至/到.)
_ZH_RATE_OF_CHANGE_TO = re.compile(r"(?:增速|增幅|增长率|涨幅)[^，。；,;%％]{0,12}?(?:回落|放缓|下降|降低|下滑|收窄|缩小|回升"
                                   r"|加快|提高|上升|提升|扩大)(?:[\d.]+个百分点)?(?:至|到)$")
_RATE_OF_CHANGE_VERBS = ("slow", "eased", "accelerat", "quicken", "picked", "rebound", "recover", "moderat", "cooled",
                         "slipped", "improved", "narrowed", "widened", "deepened", "edged", "stood", "came in",
                         "fell", "dropped", "declined", "dipped", "rose", "climbed")
# The rate a change moved away from, named after its verb and "from" ("Exports grew 5.5%, easing from
# 7.1% in the first quarter", "retail sales rose 3.1%, down from 4.1% in September", "slowing from
# 6.8% in the previous quarter"): the earlier figure of the same rate, whose sign the verb does not
# give (a slowdown from 6.8% growth is from +6.8); only a decline named after it makes it negative
# ("deepening from a 1.2% decline"). Not the change itself before "from": "down 3% from a year
# earlier" puts the figure before the verb's "from". (Tested on the end of the lead, only when " from"
# is there.)
_EN_MOVED_FROM_END = re.compile(
    r"\b(?:down|up|slow(?:ed|ing)|eas(?:ed|ing)|moderat(?:ed|ing)|cool(?:ed|ing)|accelerat(?:ed|ing)|quicken(?:ed|ing)"
    r"|pick(?:ed|ing)\s+up|edg(?:ed|ing)\s+(?:up|down)|retreat(?:ed|ing)|fell|falling|dropp(?:ed|ing)|declin(?:ed|ing)"
    r"|dipp(?:ed|ing)|rose|rising|climb(?:ed|ing)|slipp(?:ed|ing)|deepen(?:ed|ing)|rebound(?:ed|ing)|recover(?:ed|ing))"
    r"\s+from\s+(?:(?:an?|the|its|a\s+revised|revised|about|around|nearly|roughly|some|just)\s+)*$", re.I)
_EN_DECLINE_NOUN_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:(?:year-on-year|on-year|annual|monthly|yearly)\s+)?"
                                    r"(?:declines?|drops?|falls?|decreases?|contraction)\b", re.I)
# "a target of 70% for the digitalisation rate of key processes": the rate named after the figure.
_EN_FOR_RATE_AFTER = re.compile(r"^\s*(?:percent\s+|per cent\s+)?for\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:rates?|utili[sz]ation|penetration|coverage|digitali[sz]ation)\b", re.I)

# A percentage with no cue at all: the caller inherits the measure of the figure before it in
# the sentence ("年均增速为17%，明显快于9%的国际平均水平") or falls back to share.
NO_CUE = ""


def _last(pattern: re.Pattern | Guarded, text: str) -> int:
    """Offset of the last match of ``pattern`` in ``text``, -1 when none."""
    pos = -1
    for m in pattern.finditer(text):
        pos = m.start()
    return pos


def en_effect(lead: str) -> int:
    """The sign of the change an English action made ("cut … by" -1, "raised … by" +1) when
    ``lead`` ends in one (:data:`_EN_EFFECT`), else 0."""
    if "by" not in lead[-40:] or not has_any(fold(lead), _EFFECT_VERBS):
        return 0
    effect = _EN_EFFECT.search(lead)
    if effect is None:
        return 0
    return -1 if _EN_EFFECT_DOWN.match(effect.group(1)) else 1


def sequential(text: str) -> bool:
    """Whether ``text`` compares with the month or quarter before ("month on month", "q/q")."""
    return bool(_EN_SEQUENTIAL.search(text))


def against_last_month(tail: str) -> bool:
    """Whether the words after a figure compare it with the month or quarter before ("6.1
    percent from August"): a sequential change, even as the next member of a list."""
    return bool(_EN_FROM_MONTH_AFTER.match(tail))


# A change against the year before told after a figure ("and 8% on the year", "and 6% from the same
# month last year", "10% on the year-earlier level"): its own comparison, so a list member after a
# change "on the month" does not take that one's (see against_year_before).
_EN_AGAINST_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:on|from|over|against)\s+(?:the\s+)?"
                                    r"(?:year\b(?![-'’])|year-(?:earlier|ago)\b|same\s+(?:month|quarter|period)\s+"
                                    r"(?:(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)))", re.I)


def against_year_before(tail: str) -> bool:
    """Whether the words after a figure compare it with the year before ("8% on the year")."""
    return "year" in tail[:48] and bool(_EN_AGAINST_YEAR_AFTER.match(tail))


def growth_sign(lead: str, tail: str, lang: str) -> int:
    """-1 when the nearest growth verb before the number says "down", else 1."""
    return _sign(lead, tail, lang, None)


def _sign(lead: str, tail: str, lang: str, marks: tuple[int, int] | None) -> int:
    """:func:`growth_sign`, given ``marks`` = (``_last`` of the up pattern, of the down pattern)
    in ``lead`` when the caller has read them already (None: read them here)."""
    if lang == "zh":
        # 降幅收窄/缩小 is a smaller decline: the change itself is positive.
        if "降幅" in lead and lead.endswith(("至", "到")) and _ZH_DECLINE_TO.search(lead):
            return -1  # 降幅收窄至3%, 降幅扩大至6.2%: the decline itself
        if "降幅" in lead and _ZH_SMALLER_DECLINE.search(lead):
            return 1
        if zh_growth_rate_to(lead):
            return 1  # 增速回落至4.8%: the rate the growth slowed to, still a growth
        up, down = marks or (_last(_ZH_UP, lead), _last(_ZH_DOWN, lead))
    else:
        if " from" in lead[-40:] and _EN_MOVED_FROM_END.search(lead[-40:]):
            return -1 if _EN_DECLINE_NOUN_AFTER.match(tail) else 1  # (see _EN_MOVED_FROM_END)
        if _EN_SMALLER_DECLINE.search(lead) or (_EN_DECLINE_BEFORE.search(lead) and _EN_NARROWER_AFTER.match(tail)):
            return 1
        comparative = _EN_COMPARATIVE_AFTER.match(tail)
        if comparative:
            return -1 if comparative.group(1) else 1
        up, down = marks or (_last(_EN_UP, lead), _last(_EN_DOWN, lead))
        if up < 0 and down < 0:
            # In a tail, the first verb governs ("5.1 percent fewer than"): compare first positions.
            up_first = _EN_UP.search(tail)
            down_first = _EN_DOWN.search(tail)
            if down_first and (not up_first or down_first.start() < up_first.start()):
                return -1
            return 1
    return -1 if down > up else 1


# A count that is the subject of "were removed from the list" (the English of 移出名单), and one
# that a newly published list recognises: both change a list rather than state its size.
_EN_REMOVED_AFTER = re.compile(
    r"(?:(?!\b(?:is|are|was|were|has|have|had)\b)(?:[^;.]|\.\d))*?"
    r"\b(?P<verb>were|was|have been|has been|had been|are|is)\s+(?:\w+ly\s+)?(?:removed|delisted|struck off|withdrawn|revoked|dropped|deleted|taken off)\b",
    re.I)
# Every match of _EN_REMOVED_AFTER ends in one of these (lower case: tested on the folded text
# after the count); the lazy scan tries its verb alternation at each character up to the sentence end.
_REMOVED_VERBS = ("removed", "delisted", "struck off", "withdrawn", "revoked", "dropped", "deleted", "taken off")
_EN_NUMBER = re.compile(r".*(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b)",
                        re.I | re.S)
_EN_NEW_PHRASE = re.compile(r",|\band\b|\bwhile\b|\bbut\b", re.I)
_EN_AND_END = re.compile(r"\s+and\s*$")
_EN_LISTED_BEFORE = re.compile(r"\b(?:recogni[sz](?:ing|ed|es)|nam(?:ing|ed|es)|select(?:ing|ed|s))\s+(?:a total of\s+|another\s+)?$", re.I)
_EN_LISTED_BEFORE = with_heads(_EN_LISTED_BEFORE)  # (tried only where a match can start: needles.with_heads)
_EN_LIST = re.compile(r"\b(?:list|batch)\b", re.I)
# "the ministry named 27 more companies that meet the conditions", "approved 12 more cities as pilot
# zones": the entries a body names or approves "more" of join those named before, additions
# (heldout6 H97, heldout11 H147, heldout15 H197, heldout16 H207 label them so). Not "more than"
# (a bound), nor a stock's verb ("has 27 more plants than …" is no act of listing).
_EN_MORE_ENTRIES_BEFORE = re.compile(r"\b(?:nam(?:ed|es|ing)|approv(?:ed|es|ing)|select(?:ed|s|ing)|recogni[sz](?:ed|es|ing)"
                                     r"|designat(?:ed|es|ing)|certif(?:ied|ies|ying)|add(?:ed|s|ing)|pick(?:ed|s|ing)"
                                     r"|list(?:ed|s|ing))\s+$", re.I)
# (nor an amount or a span, "approved 12 more yuan per ton", "added 2 more days"; nor a difference
# with a "than" in the clause, "approved 15 more new drugs in 2025 than in 2024")
_EN_MORE_ENTRIES_AFTER = re.compile(
    r"^\s*more\s+(?!than\b|(?:yuan|dollars?|euros?|yen|thousand|million|billion|trillion|percent|percentage|points?"
    r"|days?|weeks?|months?|years?|hours?|minutes?|times|tons?|tonnes?)\b)[a-z\"“'‘-]", re.I)
_EN_THAN = re.compile(r"\bthan\b", re.I)
_EN_CLAUSE_STOP = re.compile(r"[,;.]")


def _more_clause(after: str) -> str:
    """The text after a figure up to its clause's end, or "" when a "than" there makes "N more X"
    a difference (see _EN_MORE_ENTRIES_AFTER)."""
    clause = _EN_CLAUSE_STOP.split(after[:120], maxsplit=1)[0]
    return "" if "than" in clause and _EN_THAN.search(clause) else clause


_EN_LIST_OF = re.compile(r"\ba (?:new )?list of\s+(?:a total of\s+)?$", re.I)
# "the ministry named 28 typical application scenarios", "named 15 companies as provincial future
# factories", "selected 15 companies for a pilot program", "designated 40 hospitals as pilot sites":
# the entries a body names in one act are the batch it adds to a list, a list word in the sentence
# or not (the convention settled in session 17: a batch's size is additions, a list's running total
# a level). Cheap: the verb must end the text right before the count.
_EN_NAMED_BEFORE = re.compile(r"\b(?:nam(?:ed|es|ing)|select(?:ed|s|ing)|designat(?:ed|es|ing)|recogni[sz](?:ed|es|ing))\s+"
                              r"(?:a total of\s+|another\s+)?$", re.I)
_NAMED_STEMS = ("nam", "select", "designat", "recogni")  # (a cheap test before _EN_NAMED_BEFORE)
# (not a running total in the perfect, "has named 1,200 green factories so far", which counts the
# entries up to now; nor "has been named")
_EN_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?\w+\s+(?:a total of\s+|another\s+)?$", re.I)
# (nor entries named for a sanction, "named 23 apps that illegally collected data": no recognition;
# folded stems tested on the clause after the count)
_SANCTION_WORDS = ("illegal", "violat", "non-compliant", "noncompliant", "banned", "unsafe", "substandard",
                   "unqualified", "blacklist", "penal", "fined", "failed", "rectif", "suspend")
# "approved six cities, including Shenzhen and Hefei, as pilots", "approved nine inland ports … as the
# first batch of green ports": places or units a body approves as pilots or a batch are designated,
# entries added; a bare approval (projects, plans, lines, drugs, standards) designates nothing.
_EN_APPROVED_BEFORE = re.compile(r"\bapprov(?:ed|es|ing)\s+$", re.I)
_EN_AS_DESIGNATION_AFTER = re.compile(
    r"[^;.]{0,100}?\bas\s+(?:the\s+|an?\s+)?(?:[\w\"“”'‘’-]+\s+){0,4}?"
    r"(?:pilots?|batch|demonstrations?|list|zones?)\b", re.I)
# "approved the first batch of 11 demonstration projects", "named its second batch of 30 pilot
# cities", "unveiled the latest batch of 52 …": the count of one batch a body approves, names or
# publishes is the batch's entries, `additions` (首批N个 in English; session 17's list convention);
# "approved 11 demonstration projects", "approved six pilot projects": projects approved as
# demonstrations or pilots are entries of a programme's batch too (session 18's convention), while
# a bare approval ("approved 12 fixed-asset investment projects") designates nothing, a `level`.
# (not a batch of goods, "delivered the first batch of 100 buses": the verb must be a body's act of
# listing; tested only when "batch of" or "approv" ends the words before the count)
# (a batch's ordinal, "the first batch", "its 5th batch", "a new list"; shared by the two patterns below)
_EN_BATCH_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|latest|new|\d+(?:st|nd|rd|th))"
_EN_BATCH_OF_BEFORE = re.compile(
    r"\b(?:approv(?:ed|es|ing)|nam(?:ed|es|ing)|select(?:ed|s|ing)|designat(?:ed|es|ing)|recogni[sz](?:ed|es|ing)"
    r"|publish(?:ed|es|ing)|releas(?:ed|es|ing)|unveil(?:ed|s|ing)|announc(?:ed|es|ing))\s+"
    r"(?:the\s+|its\s+|a\s+)?" + _EN_BATCH_ORDINAL + r"\s+batch\s+of\s+"
    r"(?:a total of\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+)?$", re.I)
# "had included 17 CCUS projects in a first batch of national demonstration projects", "included 40
# parks in its latest list of …": the entries a body puts in a batch or a new list, in one act, are
# the batch it adds (as named ones are), the perfect too (the batch dates the act); not "has included
# 300 firms in the list so far" (no batch or new list: a running total), nor "the plan included 17
# projects" (in no batch). Cheap: the verb must end the text right before the count.
_EN_INCLUDED_BEFORE = re.compile(r"\binclud(?:ed|es|ing)\s+(?:a total of\s+|another\s+)?$", re.I)
_EN_INTO_BATCH_AFTER = re.compile(
    r"\s*(?:[\w()-]+\s+){0,5}?(?:in|into|on|to)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:" + _EN_BATCH_ORDINAL + r"\s+(?:batch|list)|batch)\b", re.I)
_EN_PROGRAMME_PROJECTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:demonstration|pilot)\s+projects\b", re.I)
# A count the sentence then adds to a total ("…, bringing the national total at that level to 651").
# ("…, bringing the number of listed firms to 272": the number of entries is their total)
_EN_TOTAL_AFTER = re.compile(r"[^.;]{0,100}?,\s*(?:bringing|lifting|raising|taking|pushing|increasing)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:total|number\s+of)\b", re.I)


# The verbs of a count that is no entry added, whatever total follows: a stock held ("Zhejiang has
# 120 such parks, bringing the number of provinces with parks to 20") or a flow of sales or output
# ("BYD sold 1.2 million vehicles, bringing the number of its cars on the road to 5 million").
_EN_NOT_ADDED_BEFORE = re.compile(r"\b(?:has|have|had|owns?|owned|is|are|was|were|sold|sells|produced|exported|imported"
                                  r"|shipped|delivered|manufactured|reached|total(?:l)?ed|stood\s+at)\s+"
                                  r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|roughly\s+)?$", re.I)


# One character of the stretch between a count opening its sentence and its verb: not past a verb
# of saying or a word that opens another clause (whose verb is another subject's). Shared with
# distractors._EN_OPENING_COUNT_VERB.
EN_NOT_OWN_VERB = (r"(?:(?!\b(?:said|says|say|told|tells?|think|thinks|believes?|expects?|declined|according|polled"
                   r"|familiar|that|who|whom|which|when|after|before|because|while|but|if)\b)[^;])")


# A count opening its sentence that received an approval (or a licence, a certificate): the
# things approved this time, entries added to the set of approved ones ("Nine models from six
# carmakers, including BYD Co., …, received product access approvals"; "23 plants were granted
# licences"). (The verb of the sentence's first clause: no ";" before it, nor a verb of saying or
# a word opening another clause: "Three sources told Reuters the firms had been granted licences".)
_EN_GRANTED_AFTER = re.compile(
    EN_NOT_OWN_VERB + r"{0,120}?\b(?:received|won|obtained|secured|(?:were|have\s+been|had\s+been)\s+(?:granted|given|issued))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:approvals?|licen[cs]es?|permits?|certificates?|confirmations?|accreditation)\b", re.I)
_GRANTED_WORDS = ("receiv", "won", "obtain", "secur", "grant", "given", "issued")


# The namer must be a public body (or a pronoun standing for one named before): "The company named 3
# board members", "The survey selected 1,200 firms at random", "Analysts selected 50 stocks" name no
# entries of an official list. Searched in the words before the verb.
# (the words in either case, "the National Health Commission"; "China" and "Beijing" for the
# government, "China named 126 products … to its latest list", not in a firm's name)
_EN_NAMER_BODY = re.compile(r"\b(?:(?i:ministr(?:y|ies)|regulators?|departments?|commissions?|administration|government"
                            r"|bureau|authorit(?:y|ies)|agenc(?:y|ies)|council|province|provincial|municipal|city|county)"
                            # (not a firm's name, "China Mobile", "Beijing-based")
                            r"|(?:China|Beijing)(?![\w-]|\s+[A-Z])|[Ii]t|[Tt]hey|[A-Z]{2,6})\b")
# Nor people or topics named, whoever names them: "named 3 new board members", "recognised 3 problems",
# "named 5 areas of focus" (no entries of a list).
_EN_NOT_ENTRIES_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:members|executives|directors|officials|people|persons"
                                   r"|experts|candidates|problems|issues|areas|priorities|tasks|challenges|risks|goals)\b")


def _en_named_batch(before: str, after: str) -> bool:
    """Whether the count after ``before`` is a batch of entries a body names, selects or designates
    ("named 28 scenarios"), or approves as pilots or a batch ("approved 20 cities as pilots"); not in
    the perfect (a running total) nor named for a sanction, nor named by no public body, nor people
    or topics (see _EN_NAMER_BODY, _EN_NOT_ENTRIES_AFTER)."""
    tail = before[-40:]
    named = has_any(fold(tail), _NAMED_STEMS) and _EN_NAMED_BEFORE.search(tail)
    if not named and not (has_any(tail, ("approv", "Approv")) and _EN_APPROVED_BEFORE.search(tail)
                          and " as " in after[:120] and _EN_AS_DESIGNATION_AFTER.match(after[:120])):
        return False
    if _EN_PERFECT_BEFORE.search(before[-60:]):
        return False
    verb_at = max(before.rfind(" nam"), before.rfind(" select"), before.rfind(" designat"), before.rfind(" recogni"),
                  before.rfind(" approv"))
    if not _EN_NAMER_BODY.search(before, 0, verb_at) or _EN_NOT_ENTRIES_AFTER.match(after[:60]):
        return False
    if after[:7].lstrip().startswith(("more ", "fewer ")):
        return False  # "named 4 more firms this year than last year": a difference (see _EN_MORE_ENTRIES_AFTER)
    return not has_any(fold(after[:120]), _SANCTION_WORDS)


# "We put out the first localization catalogue … in April, and 126 products are on it", "The ministry
# published its second list of green suppliers; 85 companies are listed", "released a new catalogue
# of … that includes 240 items": the entries of a list or catalogue a body puts out (a first, new or
# numbered one, in one act) are the batch it adds (session 17's list convention). Not a running total
# ("1,200 products are now on it", "… on the list so far", "in all"), nor a list not said to be put
# out ("The list has 600 products on it"). Cheap: a list word and a verb of release must be in the
# text before the count.
_EN_LIST_PUT_OUT_BEFORE = re.compile(
    r"\b(?:put\s+out|publish(?:ed|es)|releas(?:ed|es)|issu(?:ed|es)|unveil(?:ed|s)|launch(?:ed|es)|announc(?:ed|es))\s+"
    r"(?:the|its|a|their)\s+" + _EN_BATCH_ORDINAL + r"\s+(?:[\w-]+\s+){0,3}?(?:list|catalog(?:ue)?|directory)\b", re.I)
_EN_ON_IT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:are|were)\s+(?:on|in)\s+(?:it|the\s+(?:list|catalog(?:ue)?|directory))\b"
                             r"|\s+(?:[\w-]+\s+){0,3}?(?:are|were)\s+(?:listed|included)\b", re.I)
_EN_LIST_HOLDS_BEFORE = re.compile(r"\b(?:that|which|it)\s+(?:lists|includes|contains|covers|names)\s+(?:a\s+total\s+of\s+)?$", re.I)
_LIST_WORDS = ("list", "catalog", "directory")
# (a running total: what is on it now or so far)
_EN_RUNNING_TOTAL_AFTER = re.compile(r"\b(?:now|so\s+far|in\s+all|in\s+total|to\s+date|altogether)\b", re.I)


def _en_list_put_out(before: str, after: str) -> bool:
    """Whether the count after ``before`` is the entries of a list a body puts out in the sentence
    (see _EN_LIST_PUT_OUT_BEFORE)."""
    if not has_any(before, _LIST_WORDS) or not _EN_LIST_PUT_OUT_BEFORE.search(before):
        return False
    clause = _EN_CLAUSE_STOP.split(after[:100], maxsplit=1)[0]
    if _EN_RUNNING_TOTAL_AFTER.search(clause):
        return False
    return _EN_ON_IT_AFTER.match(after[:100]) is not None or _EN_LIST_HOLDS_BEFORE.search(before[-30:]) is not None


def en_list_change(before: str, after: str) -> tuple[str, int] | None:
    """("additions", ±1) for an English count that leaves or joins a list, given the sentence
    ``before`` and ``after`` it; None otherwise."""
    if not before.strip(" \"“'‘") and has_any(after[:160], _GRANTED_WORDS) and _EN_GRANTED_AFTER.match(after[:160]):
        return "additions", 1
    removed = _EN_REMOVED_AFTER.match(after) if has_any(fold(after), _REMOVED_VERBS) else None
    if removed:
        # The verb's subject is the list the count belongs to: no new phrase begins between the
        # list's last number and the verb ("41 factories and 7 parks were removed", not "5,000
        # factories, and old equipment was removed").
        # ("Six centres failed this year's review and were removed": a second verb of the same
        # subject, joined by "and" right before the removal, opens no new phrase)
        subject = _EN_AND_END.sub("", removed.string[removed.start(): removed.start("verb")])
        last_number = _EN_NUMBER.match(subject)
        if not _EN_NEW_PHRASE.search(subject, last_number.end() if last_number else 0):
            return "additions", -1
    if _EN_LISTED_BEFORE.search(before[-40:]) and _EN_LIST.search(before):
        return "additions", 1
    if after[:6].lstrip().startswith("more ") and _EN_MORE_ENTRIES_AFTER.match(_more_clause(after)) \
            and _EN_MORE_ENTRIES_BEFORE.search(before[-40:]):
        return "additions", 1  # (see _EN_MORE_ENTRIES_BEFORE)
    if _en_named_batch(before, after):
        return "additions", 1  # (see _EN_NAMED_BEFORE, _EN_APPROVED_BEFORE)
    if "includ" in before[-20:] and _EN_INCLUDED_BEFORE.search(before[-40:]) \
            and ("batch" in after[:90] or "list" in after[:90]) and _EN_INTO_BATCH_AFTER.match(after[:90]):
        return "additions", 1  # (see _EN_INCLUDED_BEFORE)
    tail = before[-90:]
    if "batch of" in tail and _EN_BATCH_OF_BEFORE.search(tail):
        return "additions", 1  # (see _EN_BATCH_OF_BEFORE)
    if has_any(tail[-20:], ("approv", "Approv")) and _EN_APPROVED_BEFORE.search(tail) \
            and " projects" in after[:80] and _EN_PROGRAMME_PROJECTS_AFTER.match(after[:80]) \
            and not _EN_PERFECT_BEFORE.search(before[-60:]):  # (not "has approved 300 … so far", a total)
        return "additions", 1  # "approved 11 demonstration projects" (see _EN_BATCH_OF_BEFORE)
    if _en_list_put_out(before, after):
        return "additions", 1  # (see _EN_LIST_PUT_OUT_BEFORE)
    if "list of" in before[-30:] and _EN_LIST_OF.search(before[-30:]):
        return "additions", 1  # "published a list of 238 smart factories": the entries a list adds
    if has_any(after[:160], ("total", "number")) and _EN_TOTAL_AFTER.match(after) \
            and not _EN_NOT_ADDED_BEFORE.search(before[-40:]):
        return "additions", 1  # "approved 52 future factories, lifting the province's total to 193"
    return None


# (a subject may be plural: "Operating rates at … plants")
_EN_RATE_SUBJECT = re.compile(r"(?<!growth )\brates?\b|utili[sz]ation|penetration|coverage|digitali[sz]ation"
                              r"|\bmargins?\b(?!\s+of\s+error)", re.I)


# A sentence opening on the point a change is measured from ("Since June, prices have fallen 15%",
# "Since the start of the year, output has risen 8%"): the clause of the figure comes after the
# comma, where _EN_GROWTH_SINCE does not look.
# (The start of the year is left to prices, see en_since_opening.)
_EN_SINCE_OPENING = re.compile(r"\s*[Ss]ince\s+[^,;.]{2,50},\s*")
_EN_SINCE_YEAR_START = re.compile(r"[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|(?:early\s+)?Jan(?:uary|\.)?\b)")


def en_since_opening(s: str, clause_start: int, price: bool) -> bool:
    """Whether English sentence ``s`` opens on "Since …," ending where the figure's clause starts
    (at ``clause_start``), and names no year-on-year base: its change, told "rose"/"has fallen", is
    a change since that point (as "has risen 15% since June" is), not a year-on-year rate. Since
    the year's start only for a ``price`` (timeline.price_change): "Since January, output has grown
    5.8%" may be the year so far against the same months a year before, as 今年以来…增长 is."""
    m = _EN_SINCE_OPENING.match(s) if "ince " in s[:8] else None
    return m is not None and m.end() >= clause_start and not _EN_YOY.search(s[m.end():]) \
        and (price or not _EN_SINCE_YEAR_START.match(s, s.find("ince ") - 1))


def en_subject_rate(head: str) -> bool:
    """Whether the words before a figure with no cue of its own name a rate as what the sentence is
    about ("Operating rates at semi-steel tyre plants in Shandong, the country's biggest hub,
    averaged about 78%": the appositive puts the rate out of the figure's clause), no share or
    change being named after it."""
    rate_at = _last(_EN_RATE_SUBJECT, head) if has_any(fold(head), _EN_RATE.needles) else -1
    if rate_at < 0:
        return False
    if head.endswith(" to "):
        # ("the utilisation rate rose 1.5 percentage points from a year earlier to 75.6%": the
        # level the rate's change reached; its verb names no other subject)
        return rate_at > _last(_EN_SHARE_BEFORE, head)
    return rate_at > max(_last(_EN_SHARE_BEFORE, head), _last(_EN_UP, head), _last(_EN_DOWN, head))


def en_share_after(tail: str) -> str | None:
    """"share" when the words ``tail`` after a percentage make it a part of a whole ("52.4 percent of
    the total", "45% share"), else None."""
    return "share" if _EN_SHARE_AFTER.match(tail) else None


# A percentage right after a change told in points, "to" between ("Its share rose 3 points to 45
# percent", "the rate fell 2.5 percentage points to 71%"): the level the change brought.
_EN_POINTS_TO_END = re.compile(r"\d\s*(?:percentage\s+)?points?\s+to\s+"
                               r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|just\s+over)\s+)?$", re.I)


def en_subject_level(head: str) -> str | None:
    """"share" or "rate" when the words ``head`` before a percentage change name a share or a rate
    as the subject changed ("Market share rose 3 percent to 45 percent", "The vacancy rate climbed
    2 percent to 12 percent"): the level the change brought is then that share or rate (the word
    nearer the change decides); None when they name neither."""
    share_at = _last(_EN_SHARE_BEFORE, head)
    rate_at = _last(_EN_RATE_SUBJECT, head) if has_any(fold(head), _EN_RATE.needles) else -1
    if max(share_at, rate_at) < 0:
        return None
    return "rate" if rate_at > share_at else "share"


# (the average of others, before the multiple: 全球平均水平的, 行业平均值的; after it in English:
# "times the global average", "times the world average level")
_ZH_TIMES_AVERAGE = re.compile(r"平均(?:水平|值)?的(?:约|近|超过|逾)?$")
_EN_TIMES_AVERAGE_AFTER = re.compile(r"\s*(?:times|-fold)\s+(?:that\s+of\s+)?(?:the\s+)?(?:global|world|world's|national|international"
                                     r"|industry|country's|OECD|EU)\s+average\b", re.I)


# The same in Chinese: 制造业采购经理指数（PMI）较上月上升0.8个百分点至50.2%, 新订单指数回落0.5个百分点至49.6%
# (not a price index's rise, CPI涨幅…至2.1%: a growth rate, read before).
_ZH_DIFFUSION_INDEX = re.compile(r"PMI|采购经理指数|(?:订单|生产|从业人员|配送时间|库存|活动|预期)指数")


def index_subject(clause_lead: str, lang: str) -> bool:
    """Whether a clause ending on where a change in points went names a diffusion index (the PMI,
    its sub-indices) as what changed: the level reached is its reading, no share (see
    _EN_DIFFUSION_INDEX, _ZH_DIFFUSION_INDEX)."""
    if lang == "zh":
        return ("PMI" in clause_lead or "指数" in clause_lead) and _ZH_DIFFUSION_INDEX.search(clause_lead) is not None
    return ("PMI" in clause_lead or "ndex" in clause_lead or "ndices" in clause_lead) \
        and _EN_DIFFUSION_INDEX.search(clause_lead) is not None


# A price index (CPI, PPI) whose change is told in points before its reading: "The consumer price
# index rose 0.3 percentage points to 2.1%", 工业生产者出厂价格指数同比下降0.3个百分点至-2.5%: the reading is
# the change of prices over a year, a growth rate, no share (the PMI's purchase or output price
# sub-indices, 购进价格指数, are diffusion readings: only the consumer or producer index is named here).
_EN_PRICE_INDEX = re.compile(r"\b(?:CPI|PPI|(?:consumer|producer)\s+price\s+ind(?:ex|ices))\b", re.I)
_ZH_PRICE_INDEX = re.compile(r"CPI|PPI|(?:居民消费|工业生产者(?:出厂|购进)?)价格指数")


def price_index_subject(clause_lead: str, lang: str) -> bool:
    """Whether a clause ending on where a change in points went names a consumer or producer price
    index as what changed (see _EN_PRICE_INDEX)."""
    if lang == "zh":
        return ("PI" in clause_lead or "价格指数" in clause_lead) and _ZH_PRICE_INDEX.search(clause_lead) is not None
    return ("PI" in clause_lead or "rice ind" in clause_lead) and _EN_PRICE_INDEX.search(clause_lead) is not None


def zh_subject_rate(clause_lead: str) -> bool:
    """Whether a Chinese clause ending on where a change in points went names a rate nearer than a
    share as what changed (新能源汽车渗透率提高3个百分点至45%, 产能利用率比上季度回落1.2个百分点至74.6%:
    the level reached is that rate, as 渗透率达到45% is; 占比提高3个百分点至45% stays a share)."""
    rate_at = _last(_ZH_RATE, clause_lead)
    return rate_at >= 0 and rate_at > _last(_ZH_SHARE, clause_lead)


def measure_of(lead: str, tail: str, unit: str, lang: str, wide_tail: str | None = None) -> tuple[str, int]:
    """(measure, sign) for a figure with lead-in ``lead`` and following text ``tail``; ``wide_tail``,
    when given, runs further than ``tail`` for the units' words before an adoption verb (see
    _EN_ADOPTERS_AFTER: "98.6 percent of the 295 million smartphones shipped in China last year
    supported BeiDou" outruns a short tail)."""
    if unit == "percentage_points":
        return "pp_change", growth_sign(lead, tail, lang)
    if unit == "robots_per_10000_workers":
        return "density", 1
    if unit == "ratio":
        # 是全球平均水平的3倍左右, 接近全球平均水平的2倍, "three times the global average": a level
        # as a multiple of an average elsewhere (devset 020, heldout H06), no change over time
        if ("平均" in lead[-12:] and _ZH_TIMES_AVERAGE.search(lead[-12:])) or (
                "average" in tail[:40] and _EN_TIMES_AVERAGE_AFTER.match(tail)):
            return "level", 1
        return "growth", 1
    if lang == "zh":
        return _zh_measure(lead, tail, unit)
    return _en_measure(lead, tail, unit, tail if wide_tail is None else wide_tail)


def _clause_of(lead: str) -> str:
    """The part of ``lead`` after its last clause break (the words of the figure's own clause)."""
    return lead[max(lead.rfind(p) for p in "，。；：") + 1:]


def _zh_measure(lead: str, tail: str, unit: str) -> tuple[str, int]:
    if unit == "percent":
        if has_any(lead, _ZH_CAGR_WORDS):
            return "cagr", 1
        if "翻" in tail[:6] and _ZH_DOUBLE.search(tail[:6]):  # (every match holds 翻)
            return "yoy_growth", 1
        share_at, rate_at = _last(_ZH_SHARE, lead), _last(_ZH_RATE, lead)
        # 升至/提高到 X% states the new level, not a growth rate; 不低于 X% bounds a level.
        # (each sub only when a character every match holds occurs: most leads hold neither)
        lead_growth = _ZH_TO_LEVEL.sub("", lead) if "至" in lead or "到" in lead else lead
        if "不" in lead_growth:
            lead_growth = _ZH_BOUND.sub("", lead_growth)
        up, down = _last(_ZH_UP, lead_growth), _last(_ZH_DOWN, lead_growth)
        growth_at = max(up, down)
        if ("PMI" in lead or "指数" in lead) and _last(_ZH_INDEX, lead) > max(share_at, rate_at, growth_at):
            return "level", 1  # (see _ZH_INDEX)
        if (share_at >= 0 or rate_at >= 0) and max(share_at, rate_at) > growth_at:
            return ("rate", 1) if rate_at > share_at else ("share", 1)
        yoy = _ZH_YOY.search(lead)
        if growth_at >= 0 or yoy:
            # (the sign reads the same marks in the lead when nothing was taken out of it)
            sign = _sign(lead, tail, "zh", (up, down) if lead_growth == lead else None)
            if "环比" in lead or (not yoy and zh_average_change(lead)):  # (环比: sequential)
                return "growth", sign
            if yoy:
                return "yoy_growth", sign
            if _ZH_GROWTH_SINCE.search(lead):
                return "growth", sign
            return "yoy_growth", sign
        if tail.startswith(_PART_OF_TAILS) and (
                (lead.endswith(_HAVE_ENDINGS) and _ZH_SHARE_OF_HAVERS.search(lead))
                or (ZH_PART_THAT_DOES.match(tail) and ZH_SCOPE_ONLY_LEAD.fullmatch(_clause_of(lead)))):
            return "rate", 1
        return NO_CUE, 1
    if _ZH_NET.search(lead):
        return "net_increase", 1
    clause_tail = _CLAUSE_END.split(tail)[0]
    added = _ZH_ADD.search(lead) or _ZH_ADD.search(clause_tail)
    if unit in ("CNY", "USD") and added and added.group(0) == "入选" and not _ZH_ADD.search(lead, added.end()):
        return "level", 1  # 本次入选项目总投资约1280亿元: the money the entrants hold, no money added
    held = _ZH_HELD_BY_ENTRANTS.search(lead, added.end()) if added and added.end() <= len(lead) else None
    if held and not _ZH_ADD.search(lead, held.end()):
        return "level", 1  # 本批入选集群共集聚中小企业1.86万家: what the entrants hold, not entrants
    if added and added.group(0) in ("入选", "入围") and (_ZH_ENTRANTS_SO_FAR.search(lead) or _ZH_BATCHES.search(clause_tail)):
        # 全国已有25个城市入选, 累计入围企业达356家, 30个城市入选前三批…名单: the entrants so far, a stock
        return "level", 1
    if added or ("认定" in lead and _ZH_RECOGNISED.search(lead) and not _ZH_SO_FAR.search(lead)) or (
            zh_approval_count(lead) and _ZH_PROGRAMME_PROJECTS_AFTER.match(clause_tail)) \
            or zh_designated_entries(lead, clause_tail):
        return ("net_increase" if unit in ("CNY", "USD") else "additions"), 1
    if _ZH_REMOVE.search(clause_tail) or lead.endswith(_ZH_REMOVED_BEFORE):
        return "additions", -1  # (撤销5家企业的…资格, 移出12家: entries a list loses)
    return "level", 1


# A breakdown of the entrants a list adds, by region, field or kind: 共有142个场景入选，其中化学药、中药、
# 生物药领域分别为61个、38个和29个; 新增…27家示范基地。其中，中西部地区16家; 从区域分布看，东部地区入选示范工厂
# 142家，中部、西部和东北地区分别为48家、33家和12家 (heldout2 H24, heldout9 H132, heldout10 H144, heldout11
# H154): the parts are additions, as the total is. The sentence marks a breakdown (其中, 分别为, a
# clause opening 从…看，) and the count it breaks down is the last one of the paragraph, an addition;
# or the sentence names the batch the parts are of (第三批“小巨人”企业中，东部地区1597家, heldout4 H66),
# or the tail says the figure is a part of the batch (…有19个，占本批总数的36.5%, heldout14 H182).
# (Not a stock's breakdown, 累计培育…4762家，其中东部2600家: the last count is no addition; nor a part
# counted so far, 其中已有、累计, read as a stock.)
_ZH_BREAKDOWN = re.compile(r"其中|分别(?:为|是|有)|(?:^|(?<=[，；]))从[^，。；]{1,8}看，")
_ZH_BATCH_FRAME = re.compile(r"(?:第[一二三四五六七八九十\d]+批|本批|新增|入选)[^，。；]{0,20}?中，")
_ZH_PART_OF_BATCH_AFTER = re.compile(r"[^。；]{0,6}?占(?:本批|本次|新增|入选)")
_ZH_STOCK_PART = re.compile(r"累计|至今|总数|已有|现有|共有|总量")


def zh_batch_part(s: str, start: int, lead: str, tail: str, after_additions: bool) -> bool:
    """Whether the count at ``s[start]`` (a level by its own words ``lead``) is a part of a list's
    entrants added (see _ZH_BREAKDOWN); ``after_additions``: the paragraph's last count was one."""
    # (a part of a stock, _ZH_STOCK_PART, is none: asked last, as a veto on the tests below, which
    # most counts fail at their cheap substring tests; the search of every level count's lead cost
    # more than all of them)
    head = s[:start]
    part = ("占" in tail[:10] and _ZH_PART_OF_BATCH_AFTER.match(tail) is not None) \
        or (after_additions and ("其中" in head or "分别" in head or "看，" in head) and _ZH_BREAKDOWN.search(head) is not None) \
        or (after_additions and lead.endswith("以") and tail[:1] in ("居", "位", "排")) \
        or ("中，" in head and _ZH_BATCH_FRAME.search(head) is not None)
    # (江苏省以23家居各省份首位 after the regions' entrants: the first of the parts, the third test)
    return part and _ZH_STOCK_PART.search(lead) is None


# "to grow 8.7% a year through 2035", "expanding 12 percent annually until 2030": a rate per year
# over a span, a compound rate (not "5% a year earlier", a year-on-year change); "by an average of 9%
# a year since 2026", "10 percent a year over the past five years": the span back to now the same
_EN_PER_YEAR_SPAN_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+(?:(?:a|per|each)\s+year|annually)\s+(?:on\s+average\s+)?"
                                     r"(?:(?:through|until|till|over|between|from|since)\s+(?:the\s+(?:next|past|last)\s+|\d{4}\b)"
                                     # ("rose 5 percent a year in the 2000s": over a named decade)
                                     r"|(?:in|during|throughout|over)\s+the\s+(?:19|20)\d0s\b)")


# "Over the past five years, revenue grew 12 percent a year", "Since 2021, output has grown 9%
# annually": a rate per year whose span back to now is told before it, a compound rate too (the
# convention of session 18); not "12 percent a year earlier/ago/before", a year-on-year change, nor
# "a year-on-year rise"
_EN_PER_YEAR_END = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+(?:(?:a|per|each)\s+year|annually)(?:\s+on\s+average)?"
                              r"(?![\w-]|\s+(?:earlier|ago|before|on\b|in\s+(?:19|20)\d\d))", re.I)
_EN_SPAN_BACK = re.compile(r"\bthe\s+(?:past|last)\s+(?:decade|(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+years)\b"
                           r"|\bsince\s+(?:19|20)\d\d\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+1[345]th\s+five-year\s+plan",
                           re.I)


def en_per_year(tail: str) -> bool:
    """Whether the percent before ``tail`` is told per year ("10 percent a year", "9% annually";
    :data:`_EN_PER_YEAR_END`), not "a year earlier"."""
    return ("year" in tail[:24] or "annually" in tail[:24]) and _EN_PER_YEAR_END.match(tail) is not None


def en_rate_over_span_back(before: str, tail: str) -> bool:
    """Whether the percent before ``tail`` is a rate per year over a span back to now that the
    sentence ``before`` it names (see :data:`_EN_SPAN_BACK`; ``before`` with its times unblanked)."""
    if "year" not in tail[:24] and "annually" not in tail[:24]:
        return False  # (cheap: most percents are no rate per year)
    head = before[-200:]  # (the cue's substrings first: most sentences name no span)
    return ("past" in head or "last" in head or "ince" in head) and _EN_PER_YEAR_END.match(tail) is not None \
        and _EN_SPAN_BACK.search(head) is not None


# A part of those polled as the subject of a verb of saying or expecting ("over a third expect
# higher prices", "38 percent said they would cut output"): a share, whatever the change they speak of.
_EN_RESPONDENTS_AFTER = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?(?:of\s+(?:them|those\s+polled|respondents)\s+)?"
                                   # (not "expected", "planned" alone: adjectives too, "a 5 percent expected rise")
                                   r"(?:said|say|says|expects?|plan(?:s|ned)?\s+to|reported|report)\b", re.I)
_EN_RESPONDENTS_AFTER = flatten(_EN_RESPONDENTS_AFTER)  # (optional groups as alternations: needles.flatten)
_EN_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but)\b", re.I)


def _respondents_clause(lead: str) -> bool:
    """The figure's own clause in ``lead`` tells no change ("…, while over" and not "…, and output
    rose"): the figure is then the subject of the verb after it."""
    clause = _EN_CLAUSE_BREAK.split(lead)[-1]
    return _last(_EN_UP, clause) < 0 and _last(_EN_DOWN, clause) < 0


# The first level of a from-to pair: "from" (and qualifiers) right before the figure, and "to"
# after it, past the figure's own time ("from 30.1% in 2020 to 45.2% in 2025").
_EN_FROM_LEVEL_END = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|roughly|some|over|under|more\s+than|less\s+than|just)\s+)*$",
                                re.I)
_EN_PAIR_TO_AFTER = re.compile(r"\s*(?:percent\s+|per\s+cent\s+)?(?:(?:in|at\s+the\s+end\s+of)\s+(?:the\s+)?[\w-]+"
                               r"(?:\s+[\w-]+){0,3}?\s+)?to\s", re.I)
# (and the predicate of the subject the figure's aside interrupts: "The mechanization rate, now at
# about 55%, is to rise to 65% by 2030", "…, will climb to …", "…, is expected to reach …": the
# change is the subject's, told after the aside, and the figure the level it starts from)
# (past the figure's own word of now: "Their share, roughly 20 percent today, should climb to …")
# …or the pair's second figure is a share of a whole named after it ("Exports rose from 10 to 12
# percent of output"): the first is the share before.
_EN_PAIR_SHARE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*to\s+(?:(?:about|around|nearly|roughly|almost|some|over"
                                  r"|more\s+than)\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\s", re.I)
_EN_INFINITIVE_AFTER = re.compile(r"(?:\s*(?:percent|per\s+cent))?(?:\s+(?:now|today|currently|at\s+present))?"
                                  r",\s+(?:and\s+)?(?:to|(?:is|are)\s+(?:(?:expected|projected|forecast|set|likely|due|poised"
                                  r"|slated|planned|scheduled)\s+)?to|will|would|should|could|may|might|must)\s+[a-z]")
# The level a figure rose (fell) from, told right after it: "65 percent, up from 52.4 percent".
_EN_UP_FROM_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*,\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\d")
# The part of those tested that passed, a pass rate (as 合格率 is): "96.3% of toy samples passed
# its spot checks", "98 percent of the products checked passed inspection"; not goods that "passed
# through" a port, or cars "passed to" new owners, moved on).
_EN_PASSED_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:samples|products|batches|items|units|vehicles|goods)\s+(?:(?:tested|checked|inspected"
                              r"|sampled)\s+)?passed\b(?!\s+(?:through|to|on|into|via|along|over|down|by|from|away|out)\b)", re.I)


# A percentage against a year's level, told after it ("to stay 30%-40% below 2027 levels", "12
# percent above the 2020 level", "20% below the levels of 2025"): a change from that base year, no
# share (the year is the base, see periods._EN_COMPARISON_BEFORE). (Tested on the folded tail, only
# when "below" or "above" opens its first words.)
# (also a base told relative to now: "10% above last year's levels", "8 percent below year-earlier
# levels", "6% above pre-pandemic levels", "15% above the levels of a year earlier"; or a part of a
# year: "5% below levels seen in early 2024")
_EN_AGAINST_YEAR_LEVEL_AFTER = re.compile(
    r"\s*(?:-\s*\d[\d.]*\s*)?(?:%|percent|per\s+cent)?\s+(?:(below)|above)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:(?:19|20)\d{2}(?:['’]s)?|(?:last|the\s+previous|the\s+prior)\s+year['’]s|a\s+year\s+(?:earlier|ago)['’]s"
    r"|year-(?:earlier|ago)|pre-(?:pandemic|covid|crisis|war))\s+levels?"
    r"|levels?\s+(?:(?:of|in|seen\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d{2}|(?:of\s+)?a\s+year\s+(?:earlier|ago|before)))\b")


def zh_growth_rate_to(lead: str) -> bool:
    """Whether ``lead`` ends on where a growth rate went (增速回落至, 增幅比上月提高0.5个百分点到:
    :data:`_ZH_RATE_OF_CHANGE_TO`)."""
    return lead.endswith(("至", "到")) and ("增" in lead or "涨幅" in lead) and bool(_ZH_RATE_OF_CHANGE_TO.search(lead[-30:]))


def en_growth_rate_to(lead: str) -> int:
    """The sign of the growth rate ``lead`` names as its subject before where it went ("output growth
    slowed to", "the decline widened by 1 percentage point to": :data:`_EN_RATE_OF_CHANGE_TO`),
    0 when it names none."""
    end = lead[-70:]  # (cut once: most leads fail the first two tests)
    if (" to " in end or " at " in end) and has_any(fold(end), _RATE_OF_CHANGE_VERBS):
        rate_of_change = _EN_RATE_OF_CHANGE_TO.search(lead[-90:])
        if rate_of_change:
            return -1 if rate_of_change.group("down") else 1
    return 0


# The part of places a network reaches, a coverage rate (as 行政村通5G比例 and 覆盖率 are): "97 percent
# of administrative villages now have access to 5G" (heldout H11), "5G networks covering all townships
# and more than 95 percent of administrative villages" (heldout3 H47). (Not the part of a total a
# product covers, "accounts for 40% of", read first as a share; nor "covering 40% of costs", a part of
# an amount: the whole must be places or people reached, not "40 percent of costs for households":
# no preposition between.) "Broadband now reaches 98% of administrative villages", "the service
# reached 60 percent of households": reaching places or people is covering them.
# (what is accessed a network: "access to 5G", "broadband access to the internet"; not "80 percent of
# SMEs have access to bank credit", "30 percent of firms had access to the subsidy", the part of a
# whole that has something, a share)
_EN_NETWORK = r"(?:[45]G|broadband|internet|fib(?:re|er)|gigabit|networks?|signals?|Wi-?Fi|electricity|grid)\b"
_EN_ACCESS_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?"
                              r"(?:now\s+|already\s+)?(?:have|has|had|gained|enjoy|enjoyed)\s+(?:" + _EN_NETWORK + r"[\w-]*\s+access\s+to\b"
                              r"|(?:[\w-]+\s+)?access\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?" + _EN_NETWORK + ")", re.I)
_EN_COVERING = re.compile(r"\b(?:cover(?:s|ed|ing)?|reach(?:es|ed|ing)?)\b(?![^,;.]*\b(?:accounts?|accounted|share)\b)[^,;.]{0,60}$", re.I)
_EN_REACHED_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|the\s+country's\s+)?"
                               r"(?:(?!(?:for|of|in|to|by|with|from|at|on|and)\b)[\w-]+\s+){0,2}?(?:villages|townships|towns|counties|cities|households|homes|schools"
                               # (the places or people themselves, not what is theirs: "covered 30% of
                               # households' energy bills", "reached 20% of residents' income", a share)
                               r"|hospitals|population|residents|users)\b(?!['’])", re.I)


# The part of units that use, adopt or support something, an adoption rate (as 普及率 and 有60%的企业实现
# …are; the conventions of session 17): "16 per cent of households now use a smart lock", "73 percent
# of them used digital tools", "more than 80 percent of new terminals should support BeiDou", "70
# percent of them have deployed large models", "80 percent of ports to offer battery swapping", "at
# least 70% of large firms to complete digital upgrades" (what they have completed, as above). The
# units' words run to the verb without a pronoun, a relative word or a form of "be" (not "60% of the
# firms are in the east", "the wood pulp it uses", "firms that use AI": units by where or what they
# are, a share); a past form takes an object, no preposition ("30% of the water used in industry",
# "the batteries installed by …": the part of an amount, a share). A share word before the figure
# ("accounted for 81.2% of the batteries that use …") keeps the share: the caller asks this only
# when the lead names none.
_EN_ADOPT_VERB = (r"(?:(?:should|will|would|must|could|can|to)\s+)?(?:(?:now|already|also)\s+)?"
                  r"(?:(?:have|has|had)\s+(?:(?:now|already|also)\s+)?(?:adopted|deployed|introduced|completed|installed"
                  r"|used|applied|rolled\s+out)"
                  r"|(?:use|uses|adopt|adopts|deploy|deploys|apply|support|supports|display|displays|offer|offers|own|owns"
                  r"|complete|completes)"
                  r"|(?:used|adopted|deployed|supported|displayed|offered|completed)(?!\s+(?:by|in|for|to|at|on|as|from|with|across|during"
                  r"|under|through|last|this|since)\b))\b")
_EN_ADOPTERS_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:(?!(?:it|they|we|that|which|who|whom|whose|where|is|are|was|were|be|been)\b)"
    r"(?:\d[\d,.]*\d|\d|[\w'’-]+)\s+){0,10}?" + _EN_ADOPT_VERB, re.I)
# …the same told before the figure, in the passive ("platforms have been adopted by 45.5 percent of
# industrial enterprises", "computing power has been applied in more than 80 percent of the
# categories"), or the incidence of a defect found ("found defects in 18.6 per cent of the batches
# sampled", as a pass rate is a rate), or what was fitted or done in them ("to have domestic
# compressors fitted in at least 70% of the units sold", "Lidar was fitted to 21% of new passenger cars",
# a fitment rate, heldout18 H235; "digital transformation at no less than 80% of drugmakers", as
# 数字化转型比例 is a rate): the lead ends on the verb's preposition and qualifiers.
_EN_QUALIFIERS_END = r"(?:(?:about|around|nearly|roughly|almost|some|over|under|only|just|more\s+than|less\s+than" \
                     r"|at\s+least|no\s+less\s+than|no\s+fewer\s+than|up\s+to)\s+)*$"
_EN_ADOPTED_BY_END = re.compile(r"\b(?:(?:is|are|was|were|been|be)\s+(?:now\s+|already\s+)?(?:adopted|used|deployed|applied"
                                r"|installed|introduced)\s+(?:by|in|at|across|among)"
                                r"|(?:found|detected|discovered)\s+(?:[\w-]+\s+){0,3}?(?:in|at|among)"
                                r"|(?:were|was|been)\s+found\s+(?:in|at|among)"
                                r"|(?:fitted|installed)\s+(?:in|on|to)"
                                r"|(?:digital|intelligent|smart|green)\s+(?:transformation|upgrading|upgrades?)\s+(?:at|in|across|among))\s+"
                                + _EN_QUALIFIERS_END, re.I)
_ADOPTED_BY_WORDS = ("adopted", "used", "deployed", "applied", "installed", "introduced", "found", "detected", "discovered",
                     "fitted", "transformation", "upgrad")


# Sums of money among the units' words: "30 percent of the money will support rural broadband", "25
# percent of the investment will support chip projects" (precision audit 17): the part of an amount
# put to a use, a share, as "the water used in industry" is; units that adopt are firms, homes, devices.
_EN_AMOUNT_UNITS = Guarded(re.compile(r"\b(?:money|funds?|funding|budgets?|investments?|spending|expenditures?|loans?|credit"
                                      r"|capital|subsid(?:y|ies)|revenues?|income|bonds?|financing|grants?|proceeds|cash)\b", re.I),
                           ("money", "fund", "budget", "invest", "spending", "expenditure", "loan", "credit", "capital",
                            "subsid", "revenue", "income", "bond", "financing", "grant", "proceeds", "cash"))


# Plants that ran at a part of their capacity, a utilisation rate (as 产能利用率 is): "Factories ran at
# about 78 per cent of capacity in the first quarter" (heldout18 H239), "mills were operating at 85% of
# their capacity", "lines worked at under 60 percent of installed capacity". Not a part of capacity
# a place or a firm holds ("accounted for 78% of capacity", "78% of capacity is in the east": no verb of
# running before), read as a share.
_EN_RUN_AT_END = re.compile(r"\b(?:r[au]n|runs|running|operat(?:ed|es|e|ing)|work(?:ed|s|ing)?)\s+at\s+"
                            + _EN_QUALIFIERS_END, re.I)
_EN_OF_CAPACITY_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*of\s+(?:(?:the|its|their|full|total|installed"
                                   r"|designed|design|production|rated|nameplate)\s+){0,2}capacity\b", re.I)


def en_run_at_capacity(lead: str, tail: str) -> bool:
    """Whether a percentage is the part of capacity plants ran at (see _EN_RUN_AT_END): a rate."""
    return " at " in lead[-40:] and "capacity" in tail[:60] and _EN_OF_CAPACITY_AFTER.match(tail) is not None \
        and _EN_RUN_AT_END.search(lead[-40:]) is not None


def en_adoption(lead: str, tail: str) -> bool:
    """Whether a percentage is the part of units that use, adopt or support something, or in which a
    defect is found (see _EN_ADOPTERS_AFTER, _EN_ADOPTED_BY_END): a rate. Not the part of a sum
    of money (_EN_AMOUNT_UNITS)."""
    if tail[:14].lstrip(" %").lower().startswith(("of ", "percent of", "per cent of")):
        adopters = _EN_ADOPTERS_AFTER.match(tail)
        if adopters is not None:
            return not _EN_AMOUNT_UNITS.search(adopters.group())
    end = lead[-70:]  # (the verbs' substrings first: most leads hold none)
    return has_any(end, _ADOPTED_BY_WORDS) and _EN_ADOPTED_BY_END.search(end) is not None


# Where the clause of a figure's tail ends: a comma, a semicolon, "while …", "and …".
_EN_TAIL_CLAUSE_END = re.compile(r"[,;]|\s(?:while|whereas|and|but)\s")


def _clause_head(tail: str) -> str:
    """``tail`` up to the end of the figure's clause (see _EN_TAIL_CLAUSE_END)."""
    end = _EN_TAIL_CLAUSE_END.search(tail)
    return tail if end is None else tail[:end.start()]


def _en_change_after(tail: str) -> bool:
    """Whether ``tail`` tells a change of the figure before it ("1.2% higher", "2% year on year")."""
    return bool(_EN_UP.search(tail[:30]) or _EN_DOWN.search(tail[:30]) or _EN_YOY.search(tail))


def _en_measure(lead: str, tail: str, unit: str, wide_tail: str) -> tuple[str, int]:
    if unit == "percent":
        if _EN_CAGR.search(lead):
            return "cagr", 1
        if ("annual" in lead[-48:] or "yearly" in lead[-48:]) and _EN_AT_ANNUAL_RATE_END.search(lead[-48:]):
            if _EN_ONE_PERIOD_AFTER.match(tail):
                return "yoy_growth", _sign(lead, tail[:40], "en", None)  # (see _EN_AT_ANNUAL_RATE_END)
            return "cagr", 1
        if ("below" in tail[:24] or "above" in tail[:24]) and (against := _EN_AGAINST_YEAR_LEVEL_AFTER.match(fold(tail))):
            return "growth", -1 if against.group(1) else 1  # "30%-40% below 2027 levels": a change from that year
        if ("year" in tail[:20] or "annually" in tail[:20]) and _EN_PER_YEAR_SPAN_AFTER.match(tail):
            return "cagr", 1
        if " passed" in tail[:60] and _EN_PASSED_AFTER.match(tail):
            return "rate", 1  # "96.3% of toy samples passed its spot checks": a pass rate
        if (" access" in tail[:90] and _EN_ACCESS_AFTER.match(tail)) or (
                ("cover" in lead[-80:] or "reach" in lead[-80:]) and _EN_COVERING.search(lead[-80:]) and _EN_REACHED_AFTER.match(tail)):
            return "rate", 1  # (see _EN_ACCESS_AFTER)
        effect = en_effect(lead)
        if effect and not _EN_YOY.search(lead + tail[:40]):
            return "growth", effect
        average_effect = _EN_AVERAGE_EFFECT.search(lead[-80:]) if "verage" in lead[-80:] else None
        if average_effect and not _EN_YOY.search(lead + tail[:40]):
            return "growth", -1 if average_effect.group("down") else 1  # (see _EN_AVERAGE_EFFECT)
        rate_sign = en_growth_rate_to(lead)
        if rate_sign:
            return ("growth" if _EN_SEQUENTIAL.search(lead + tail[:40]) else "yoy_growth"), rate_sign
        if "point" in lead[-40:] and _EN_POINTS_TO_END.search(lead[-40:]):
            # "Its share rose 3 points to 45 percent": the share (or rate) the change in points brought
            # (not a growth rate named so, "growth quickened 0.5 points to 5.2 percent": read below)
            level = en_subject_level(lead) or en_share_after(tail)
            if level:
                return level, 1
            if index_subject(lead, "en"):
                return "level", 1  # (see _EN_DIFFUSION_INDEX)
        share_at = _last(_EN_SHARE_BEFORE, lead)
        # "rose to 35 percent" states the new level, not a growth rate.
        # (every match holds " to" or " up": the sub, tried at every position, only when one occurs)
        lead_growth = _EN_NOT_GROWTH.sub("", lead) if " to" in lead or " up" in lead else lead
        up, down = _last(_EN_UP, lead_growth), _last(_EN_DOWN, lead_growth)
        growth_at = max(up, down)
        # A rate word after the last growth verb ("the utilization rate was 76 percent"), not one
        # naming the subject of a growth ("revenue from 5G coverage projects rose 20 percent"), nor
        # one naming the subject of a share ("exports to markets with thin margins made up 30
        # percent of sales": the share's word, nearer the figure, decides).
        rate_at = _last(_EN_RATE, lead)
        if rate_at > max(growth_at, share_at):
            return "rate", 1
        if ("PMI" in lead or "ndex" in lead) and _last(_EN_INDEX, lead) > max(growth_at, share_at, rate_at) \
                and not _en_change_after(_clause_head(tail[:40])):
            # "the PMI stood at 50.2%" (see _ZH_INDEX); not a change told after it, "the index
            # closed 1.2% higher" (in its own clause: "stood at 48.3%, while output grew 6.2%")
            return "level", 1
        if " from" in lead[-40:] and _EN_FROM_LEVEL_END.search(lead[-40:]) and _EN_PAIR_TO_AFTER.match(tail) \
                and (max(share_at, rate_at) >= 0 or " of " in tail and _EN_PAIR_SHARE_AFTER.match(tail)):
            # "its share rose from 41.2% to 48.6%", "the utilisation rate climbed from 70% in 2024 to
            # 76%": the levels the share (or rate) moved between, no growth rates
            return ("rate", 1) if rate_at > share_at else ("share", 1)
        if share_at < 0 and growth_at < 0 and (en_adoption(lead, wide_tail) or en_run_at_capacity(lead, tail)):
            return "rate", 1  # (see _EN_ADOPTERS_AFTER, _EN_RUN_AT_END)
        if share_at > growth_at or (growth_at < 0 and _EN_SHARE_AFTER.search(tail)):
            return "share", 1
        if growth_at < 0 and " for " in tail[:12] and _EN_FOR_RATE_AFTER.match(tail):
            return "rate", 1
        if _EN_RESPONDENTS_AFTER.match(tail) and _respondents_clause(lead):
            return "share", 1  # "…, while over a third expect higher prices": the share who expect
        # (not a change an infinitive after a comma tells, the figure then the level it starts from:
        # "calling for the mechanization rate, now at about 55%, to rise to more than 65% by 2030")
        # (nor the change to the figure from a level told after it: "should reach 65 percent, up from
        # 52.4 percent last year" names the level it reaches, a rate or a share its subject says)
        change_tail = "" if "," in tail[:24] and (_EN_INFINITIVE_AFTER.match(tail) or _EN_UP_FROM_AFTER.match(tail)) \
            else tail[:30]
        if growth_at >= 0 or _EN_YOY.search(tail) or _EN_UP.search(change_tail) or _EN_DOWN.search(change_tail) \
                or _EN_FROM_MONTH_AFTER.match(tail):
            sign = _sign(lead, tail[:40], "en", (up, down) if lead_growth == lead else None)
            if _EN_SEQUENTIAL.search(lead + tail[:40]) or _EN_FROM_MONTH_AFTER.match(tail):
                return "growth", sign
            if _EN_YOY.search(lead + tail[:40]):
                return "yoy_growth", sign
            # (the tail up to its first comma: "fell 18.6% in 2027, the second annual drop since the law
            # took effect" dates the drop, it is no change since)
            if _EN_GROWTH_SINCE.search(lead + " " + tail[:40].partition(", ")[0]):
                return "growth", sign
            if "another" in lead[-24:] or "further" in lead[-24:]:
                if _EN_FURTHER_END.search(lead[-24:]) and not _EN_WHOLE_YEAR_AFTER.match(tail[:48]):
                    return "growth", sign  # (see _EN_FURTHER_END, _EN_WHOLE_YEAR_AFTER)
            return "yoy_growth", sign
        return NO_CUE, 1
    # (_EN_GROWN_BY only when a match's words occur: re tries it at every position; _EN_NEW_AFTER's
    # branches each open with ^, so a match starts at 0, where .match tries only there: .search would
    # try every position)
    # ("numbered 248 million, up 36.5 million from the end of last year": the base belongs to the
    # change stated right after the level, not to the level)
    if " to " in tail[:64] and _EN_CHANGE_TO_LEVEL_AFTER.match(tail[:64]):
        verb = _EN_CHANGE_VERB_END.search(lead[-30:])
        if verb:
            # "Output climbed 2,000 to 12,500 units", "sales fell by 3,000 to 45,000": the change
            # the verb tells, the level after "to" its own figure
            return "net_increase", -1 if verb.group("down") else 1
    if " by" in lead[-24:] and (verb := _EN_CHANGE_BY_END.search(lead[-30:])):
        # "investment grew by 400 billion yuan", "revenue dropped by 12 billion yuan": an amount a
        # change adds or takes away, told by "by", no level (a percent never reaches here)
        return "net_increase", -1 if verb.group("down") else 1
    net_tail = "" if _EN_CHANGE_NEXT.match(tail) else tail[:40]
    if lead.endswith("to ") and "the end of" in lead[-60:] and _EN_SINCE_END_TO_END.search(lead[-60:]):
        return "level", 1  # (see _EN_SINCE_END_TO_END)
    if _EN_NET.search(lead + " " + net_tail) or (lead.endswith(_EN_A_NET_ENDINGS) and _EN_A_NET_END.search(lead[-40:])) or (("grown by" in lead or "up by" in lead) and _EN_GROWN_BY.search(lead)) \
            or _EN_MORE_THAN_END.match(tail):
        return "net_increase", 1
    # (_EN_NEW_AFTER only when "new" or "added", one of which each branch holds, is in the tail:
    # its word runs backtrack at each of the tail's places)
    if (_EN_ADD.search(_after_dash(lead[-40:], tail)) or (("new" in tail or "added" in tail) and _EN_NEW_AFTER.match(tail))) and not (
            ("under" in tail[:30] or "being" in tail[:30]) and _EN_IN_PROGRESS_AFTER.match(tail)):
        return "additions", 1
    return "level", 1
