"""What is not an industry metric: page furniture and headlines (whole lines), and distractor
numbers inside body sentences (task counts, ordinals, years, dates, street numbers, units the
metric model does not cover, vague amounts such as 数百家, a bound a rule raises or sets, "raises the
minimum efficacy … to 130 lumens per watt", a worded share a quoted speaker guesses, '"Half of the
brands … will not pass," said …', a purity grade or bound, one group member's grant, "each of which will
receive up to 5 million yuan", a company's results or guidance, "BYD expects to sell 5 million vehicles",
one product's memory and sizes in words, "64 gigabytes", one machine's power rating or a quota of
electricity per unit, "a 16 MW turbine", 每吨…千瓦时), and whole sentences that state no figure
(normative wording, stock moves but for the cause clause after one, yes/no questions)."""
from __future__ import annotations

import re

from scrapers.facts.clauses import clause_start
from scrapers.facts.measures import EN_NOT_OWN_VERB as _EN_NOT_OWN_VERB
from scrapers.facts.measures import ZH_PART_THAT_DOES, ZH_SCOPE_ONLY_LEAD
from scrapers.facts.needles import case_sensitive_twin, flatten, fold, has_any, with_heads
from scrapers.facts.sentences import Sentence
from scrapers.facts.subjects import region_of
from scrapers.facts.units import Quantity

# --- page furniture and headlines ------------------------------------------------------------
_FURNITURE = re.compile(
    r"发布时间|来源[:：]|浏览次数|阅读量|阅读数|点击数|责任编辑|编辑[:：]|本版编辑|ICP|备案号|电话[:：]|传真[:：]|邮编|邮政编码|地址[:：]|"
    r"版权所有|打印本页|关闭窗口|字体[:：]|相关新闻|关于作者|免责声明|"
    r"Updated:|Source:|Editor in charge|Editor:|Copyright|©|Tel[:.]|Fax[:.]|Privacy (?:Policy|&)|"
    r"See also|You may also like|Leave a Comment|Original title"
)  # every alternative starts with a literal character: re then scans for those characters at C speed
# The lower-case ones are plain substrings, tested apart: e and u, kept in the pattern, would make
# re try its alternation at a good part of the positions of English text.
_FURNITURE_LOWER = ("editor:", "uses cookies")
_HEADLINE_MAX = {"zh": 70, "en": 150}
_LINE_END = re.compile(r"[。！？.!?；;：:…][”’\"')）\]】]*(?:\s*[（(][^（()）]{1,12}[）)])?\s*$")
_LINE_END = flatten(_LINE_END)  # (optional groups as alternations: needles.flatten)
# Link-list lines: a bullet or numbered title with a [YYYY-…] date, or a line ending in a date.
# Two patterns rather than one alternation: the second starts with a literal "[", which re scans
# for at C speed, while an alternation starting with "^" is tried at every position.
_LIST_LINE_START = re.compile(r"^\s*(?:[-•·*]\s|\d+[.、]\s*\S.*\[\d{4}-)")
_LIST_LINE_END = re.compile(r"\[\d{4}-\d{2}-\d{2}\]\s*$")

# --- distractors ------------------------------------------------------------------------------
_ZH_STOP_NOUNS = re.compile(
    r"^(?:个)?(?:方面|任务|部门|部委|条|章|节|要求|层级|环节|原则|措施|举措|行动|工程|方向|阶段|步骤|批|次|届|期|号|"
    # (五个重点, 三个重点领域: structure; but 100项重点工业产品…标准 counts the standards named)
    r"重点(?:$|领域|方向|工作|环节|内容|行业)|"
    r"主要任务|重点任务|大行动|专项行动|文件|意见|政策|省份|(?:省|市|城市|地区|国家)$|小时|分钟|天|年|月|日|周|工作日|倍|成员单位|附件|维度|板块|梯度|"
    r"个月|季度|名单|发布会|场(?![景地馆所站])|场次|大类中|嘉宾|代表|专家|记者|与会|参会|观众|位|设区市|地级市|地市|只个股|个股|主要目标|目标|"
    # (3场对接会: events held; but 142个场景, 场地, 场馆 are things counted)
    # (4个部分提出了…框架: the parts of a document, when a verb rather than a noun follows)
    r"部分(?![企产行地省市城园项领重]))"
)
# A count listed right after a count of a document's parts is one more part of its structure:
# 标准共设置7章、23项测试场景, 分为5章和30个条款.
_ZH_AFTER_STRUCTURE = re.compile(r"[\d一二三四五六七八九十]+(?:章|节|条|个?部分|个?方面)(?:、|和|及|共)$")
# Normative wording of standards and rules (应不超过, 不得低于, "shall not exceed"): technical
# parameters, not industry figures.
# (The look-behind sits after 应 so that every alternative starts with a literal, which re scans
# for at C speed.)
_ZH_NORMATIVE = re.compile(r"(?:应(?<![相供响效反适对理答感回]应)|应当|不得|不应|必须)(?:不)?(?:超过|低于|高于|小于|大于|达到|不少于|不低于)")
# (半导体设备板块9日整体上涨2.3%, …涨幅居前: a sector of the stock market moving on a day, told by
# 板块 right before the move, with at most a day and 整体/集体/全线 between; not 汽车板块营业收入增长,
# a company's segment, nor a price rising, 价格上涨)
_ZH_STOCK_MARKET = re.compile(r"个股|收盘|股价|涨停|跌停|申万[^，。]{0,8}指数|板块指数|沪深300|上证指数|深证成指|涨幅居前|跌幅居前"
                              r"|板块(?:\d{1,2}日|今日|昨日|当日|早盘|午后|尾盘|盘中)?(?:整体|集体|全线|大幅|普遍)?"
                              r"(?:上涨|下跌|大涨|大跌|走强|走弱|收涨|收跌|拉升|领涨|领跌)")
# What a rule requires of those it governs ("require each center to spend at least 5% of revenue on
# research", "are required to keep no less than 10 percent"): a rule parameter, as with "must".
_EN_REQUIRE_MINIMUM = re.compile(
    # ("require new projects to have an annual capacity of at least 5 million units": the object
    # of the verb may stand before the bound)
    r"\brequir(?:e|es|ed|ing)\b[^.;]{0,60}?\bto\s+\w+\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"(?:at least|no (?:less|more|fewer) than|not (?:less|more) than|"
    r"a minimum of|a maximum of|at most|up to)\b", re.I)
_MINIMUM_WORDS = ("at least", "no less", "no more", "no fewer", "not less", "not more", "minimum", "maximum", "at most",
                  "up to")
# …and what a standard or conditions require with no infinitive: the bound a noun of the rule must
# meet ("require a recovery rate of at least 90%", "requires a minimum recovery rate of 95%",
# "requires that the speed limit be no more than 250 mm/s", "require that utilisation not fall below
# 80 percent"). (Not a plan's goal, dated by its horizon: see _EN_GOAL_HORIZON.)
_EN_REQUIRE_BOUND = re.compile(
    r"\brequir(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,7}?"
    r"(?:(?:of|be|reach|stay|remain|exceed)\s+(?:at least|no (?:less|more|fewer|higher|lower) than|not (?:less|more|fewer) than"
    r"|a minimum of|a maximum of|at most|up to)\b"
    r"|not\s+(?:exceed|fall\s+below|go\s+(?:above|below)|be\s+(?:less|more|lower|higher)\s+than)\b)"
    r"|\brequir(?:e|es|ed|ing)\s+(?:an?|the)\s+(?:minimum|maximum)\s+(?:[\w-]+\s+){0,4}?of\b", re.I)
# …or the bound right after the verb ("buyers require at least 20 percent local content"): the
# figure after it alone (a whole sentence is not a rule's for it, "its plants require no more than
# 2 hours of downtime, and revenue rose 15 percent": see _after_require_bound)
_EN_REQUIRE_DIRECT_BOUND = re.compile(
    r"\brequir(?:e|es|ed|ing)\s+(?:at least|no (?:less|more|fewer) than|not (?:less|more|fewer) than|a minimum of"
    r"|a maximum of|at most|up to)\s+$", re.I)
# A duty to report, register or disclose, then the bound of what it covers: "must report output of
# more than 10,000 tonnes", "shall register projects above 50 million yuan", "must disclose holdings
# of at least 5 percent" (the threshold a rule sets, no figure of the industry; not "output must have
# risen more than 5%", no such duty). (Tested on the 90 characters before the figure, only when
# "must " or "shall " occurs there.)
_EN_DUTY_THRESHOLD_BEFORE = re.compile(
    r"\b(?:must|shall)\s+(?:also\s+)?(?:report|register|disclose|declare|file)\b(?:(?!\b(?:that|which|whether|on)\b)[^.;,]){0,60}?"
    r"\b(?:more than|over|above|at least|no less than|not less than|in excess of|exceeding|(?P<of>of))\s+$", re.I)
# (what is reported told after the duty, "shall disclose that revenue of 4.2 billion yuan was recorded",
# "must file reports on emissions of 1.2 billion tonnes", is a figure: no that/which/whether/on between;
# and a bare "of" makes a threshold only with its bound after the figure, "holdings of 5 percent or
# more")
_EN_OR_MORE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:[a-z]+\s+){0,2}?(?:or|and)\s+(?:more|above|over|higher|greater|larger)\b")
_REQUIRE_BOUND_WORDS = _MINIMUM_WORDS + ("not exceed", "not fall", "not go", "not be")


# A modal verb in a quotation: what the speaker expects or fears, no figure measured.
_EN_QUOTED_MODAL = re.compile(r"\b(?:will|won['’]t|would|could|might|may|can['’]t|cannot)\b", re.I)


def _en_quoted_guess(s: str, at: int) -> bool:
    """Whether the worded share at ``at`` ("Half of", "A third of") stands in a direct quotation
    opening the sentence, whose words put it in a modal ("will not pass", "could close"): a speaker's
    guess, not a measured share ('"Half of our output is exported," he said' is kept). Only the
    share's own clause: a modal in a later one is about something else ('"A third of the cars sold
    were electric, and that share will keep rising," …' states a measured share)."""
    close = min((i for i in (s.find('"', 1), s.find("”", 1)) if i > 0), default=-1)
    if close <= at:
        return False
    end = min((i for i in (s.find(",", at, close), s.find(";", at, close)) if i > 0), default=close)
    return _EN_QUOTED_MODAL.search(s, at, end) is not None


# A bound a rule moves or sets, then the figure it moves it to: "The mandatory standard raises the
# minimum luminous efficacy of general-purpose LED bulbs to 130 lumens per watt", "sets a maximum
# standby power of 0.5 watts", "lowered the maximum sulphur content to 10 ppm" (a threshold, no
# figure of the industry; not "the share of the minimum tier rose to 30%", whose verb is no setting).
_EN_BOUND_MOVED_BEFORE = re.compile(
    r"\b(?:rais(?:es|ed|ing|e)|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|tighten(?:s|ed|ing)?|set(?:s|ting)?|cut(?:s|ting)?"
    r"|increas(?:es|ed|ing|e)|reduc(?:es|ed|ing|e))\s+(?:the|a|its|their)\s+(?:new\s+)?(?:minimum|maximum)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:to|at|of)\s+(?:(?:at\s+least|about|around)\s+)?$", re.I)


def _after_require_bound(s: str, q) -> bool:
    """Whether English figure ``q`` is the bound a requirement (:data:`_EN_REQUIRE_BOUND`) sets right
    before it, no other figure between, in a sentence with no goal horizon: for a requirement told
    after a report, which _is_normative leaves to this figure-level test."""
    if _EN_REQUIRE_DIRECT_BOUND.search(s, max(0, q.start - 40), q.start):
        return not _EN_GOAL_HORIZON.search(s)  # "require at least 20 percent local content"
    bound = None
    for bound in _EN_REQUIRE_BOUND.finditer(s, max(0, q.start - 120), q.start):
        pass
    return bound is not None and not any(c.isdigit() for c in s[bound.end(): q.start]) \
        and not _EN_GOAL_HORIZON.search(s)
# A goal's horizon ("by 2030", "by the end of 2027", "by then"): a plan's requirement is its target.
_EN_GOAL_HORIZON = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}\b|then\b)", re.I)
_EN_NORMATIVE = re.compile(r"\b(?:shall|must)(?: not)? (?:exceed|be|fall|reach|have)\b", re.I)
# "Shares of Anker Innovations fell 3.1% in Shenzhen", "the company's shares closed up 2%", "its
# stock price", "the Shanghai Composite Index": stock-market moves, no industry figures (as 个股,
# 收盘, 股价 in Chinese). (Case-sensitive company name: "shares of the global market" are shares.)
_EN_STOCK_MARKET = re.compile(
    # (not "market shares of Chinese brands rose": a market's shares, no stock)
    # (the company may be named by its owner: "Shares of AECC's listed unit AECC Aviation Power rose 6.2%")
    # (or by what it is, in lower case before its name: "Shares of rival Hengtong Optic-Electric
    # rose 3.2%", "shares of battery maker CATL fell"; a role noun, not any adjective: "shares of
    # domestic Chinese brands rose" are market shares)
    # (a company's full name may run to seven words: "Shares of Shanghai Putailai New Energy Technology Co. fell")
    r"\b(?<![Mm]arket )[Ss]hares (?:of|in) (?:(?:[a-z-]+\s+){0,2}?(?:rival|peer|competitor|maker|producer|manufacturer|supplier"
    r"|operator|developer|miner|carmaker|automaker|chipmaker|smelter|giant|leader)s?\s+)?(?:[A-Z][\w.&'-]*\s+){1,7}(?:(?<=['’]s\s)(?:[a-z-]+\s+){1,3}(?:[A-Z][\w.&'-]*\s+){1,5})?"
    # (a lower-case word before the verb an adverb, "Shares of CATL also rose", or a plural noun the
    # capitals qualify, "Shares of Chinese automakers rose 5%"; but not a plural noun with a level
    # reached after the verb, "Shares of rival Chinese brands rose to 40 percent", market shares)
    r"(?:\([\w.]+\)\s+)?(?:(?![a-z]+s\s)[a-z]+\s+|[a-z]+s\s+(?=[a-z]+\s+(?!to\b)))?(?:fell|rose|dropped|jumped|gained|climbed|slid|slumped|surged|"
    r"soared|tumbled|plunged|closed|ended|were|edged|lost|added|"
    r"rebounded|rallied|recovered|slipped|dipped|sank|declined|advanced|retreated)\b"
    # (the exchange may stand between: "Changan's Hong Kong-listed shares rose as much as 5.2%",
    # "Its Shanghai-listed shares rose 4.6%", "its A-shares fell")
    r"|'s? (?:[A-Z][\w ]{0,20}?-listed |[AH]-)?(?:shares|stock) (?:fell|rose|dropped|jumped|gained|climbed|slid|slumped|surged|soared|tumbled|plunged|closed|ended|were"
    r"|rebounded|rallied|recovered|slipped|dipped|sank|declined|advanced|retreated)\b"
    # ("Its shares rose 4.2% in Shenzhen on Wednesday": the company's, told by its pronoun; its
    # market share is "its share")
    r"|\b(?:[Ii]ts|[Tt]heir) (?:[A-Z][\w ]{0,20}?-listed |[AH]-)?(?:shares|stock) (?:fell|rose|dropped|jumped|gained|climbed|slid|slumped|surged|soared|tumbled"
    r"|plunged|closed|ended|edged|lost|added|rebounded|rallied|recovered|slipped|dipped|sank|declined|advanced|retreated)\b"
    r"|\b(?:share|stock) prices?\b|\b(?:Composite|Component) Index\b|\bHang Seng\b|\bCSI 300\b")
# One of these (case-folded) is in every match of _EN_STOCK_MARKET: the pattern, opening with \b,
# is otherwise tried at every position of the sentence.
_STOCK_MARKET_WORDS = ("shares of ", "shares in ", "s shares ", "' shares ", "s stock ", "r shares ", "r stock ", "share price", "stock price",
                       "-listed shares ", "-listed stock ", "a-shares ", "h-shares ",
                       "composite index", "component index", "hang seng", "csi 300")
# "Shares rebounded 4%", "Shares closed 2.3% lower on Friday": a sentence opening on shares, with no
# owner, that move is the stock of the company the text is about (a market share has an owner or a
# whole: "Share of exports rose", "Its share rose"; and not "Stocks fell", inventories too, nor "The
# shares rose to 40% and 10%", shares named before). (Tried only on sentences opening so.)
_SHARES_OPENINGS = ("Shares ", "\"Shares ", "“Shares ")
_EN_SHARES_OPENING = re.compile(
    r"[\"“]?Shares\s+(?:\w+ly\s+)?(?:fell|rose|dropped|jumped|gained|climbed|slid|slumped|surged|soared"
    r"|tumbled|plunged|closed|ended|edged|lost|added|rebounded|rallied|recovered|slipped|dipped|sank|declined|advanced|retreated"
    r"|were\s+(?:up|down))\b")
# A Chinese numeral is a figure only after a verb or cue (建设八个先导区, 超过两千家), not as an
# article (一个产业, 三家基础电信企业).
_ZH_STRONG_CUE = re.compile(
    r"(?:达|达到|为|有|超过|超|逾|近|约|接近|增至|升至|到|至|共|共有|累计|培育|建成|新增|突破|、|和|由|从|已有|拥有|涌现|形成|"
    r"认定|创建|建设|发布|批复|设立|建立|出台|制定|遴选|公布|推出|布局|打造|新建|开通|获批|支持|评选|命名)$"
)
_ZH_STOP_TAIL = re.compile(r"(?:要求|任务|措施|举措|方面|条款|章节)$")
# Points that are places, counted as sites are ("30 million charging points", "12,000 recycling
# collection points", "Wi-Fi access points"): the word before says what is done there. Other points
# stay a plan's or a reading's ("five key points", "3,400 index points"); "points of sale" too, the
# modifier after.
_EN_SITE_POINT_MODIFIERS = {"charging", "access", "collection", "recycling", "service", "swapping", "pickup", "pick-up",
                            "drop-off", "distribution", "inspection", "monitoring", "testing", "vaccination", "refuelling",
                            "refueling", "hydrogen", "battery-swapping"}


def _site_points(head: list[str]) -> list[str]:
    """``head`` with "points" after a site's modifier read as "sites" (see _EN_SITE_POINT_MODIFIERS)."""
    return [("sites" if i and w.lower().strip(",.") in ("point", "points")
             and head[i - 1].lower() in _EN_SITE_POINT_MODIFIERS else w) for i, w in enumerate(head)]


_EN_ADDRESS_NOUNS = {"street", "avenue", "road", "district", "floor", "building"}
_EN_STOP_NOUNS = {
    "task", "tasks", "aspect", "aspects", "measure", "measures", "article", "articles", "chapter", "chapters",
    "department", "departments", "authority", "authorities", "ministry", "ministries", "month", "months", "year",
    "years", "day", "days", "week", "weeks", "hour", "hours", "minute", "minutes", "quarter", "quarters", "point",
    "points", "section", "sections", "step", "steps", "principle", "principles", "priority", "priorities",
    "a.m.", "p.m.", "am", "pm", "times", "consecutive", "straight", "provisions", "items", "guidelines",
    "mbps", "gbps", "mhz", "ghz", "kw", "kwh", "mw", "gw", "v", "kv", "nm", "mm", "cm", "km", "kg",
    "mark", "milestone", "threshold", "provinces",
    # (the requirements a standard or rule sets are its structure, as 要求 is in Chinese:
    # "covers seven areas with 22 requirements in total")
    "requirement", "requirements",
    # (a service number: "the 12381 hotline")
    "hotline", "hotlines",
    # (a battery's or a part's life in cycles is a technical parameter: "withstand 300 charge cycles")
    "cycle", "cycles",
    "municipalities", "regions", "counties", "guests", "participants", "attendees", "delegates", "experts",
    # (people at an occasion: "More than 500 officials and executives attended")
    "officials", "executives", "visitors", "spectators",
    "representatives", "journalists", "reporters", "speakers", "countries", "nations", "economies",
    # Units outside the metric model: dropped rather than reported as counts.
    "kilometers", "kilometres", "miles", "hectares", "kilowatts", "megawatts", "gigawatts", "kilowatt-hours", "meters",
    "metres", "square", "barrels", "litres", "liters", "degrees", "gb", "tb", "pb",
    "volts", "volt", "kilovolts", "watts", "watt",
    # (the singular after "1" or "one": "parks at least 1 kilometer from the river", "a 1 megawatt line")
    "kilometer", "kilometre", "mile", "hectare", "metre", "kilovolt", "kilowatt", "megawatt", "gigawatt", "amperes", "amps", "mah", "wh", "grams", "kilograms", "hertz",
    "ampere-hours", "amp-hours", "ah", "watt-hours", "kilowatt-hour", "milliampere-hours",
    # (speeds and engine power: "run at 400 km/h", "tractors rated at 200 horsepower or more")
    "km/h", "kph", "mph", "horsepower", "hp",
    # (an engine's thrust, and weights or money in pounds, outside the model: "produces about 35,000
    # pounds of thrust", "a 120-kilonewton engine")
    "pounds", "lbs", "lb", "pound-force", "lbf", "newtons", "kilonewtons", "kn",
    # (speeds, times and data rates of one product: "reach 100 km/h in 3.9 seconds", "sail at 22
    # knots", "spin at 20,000 rpm", "350 megabits per second"; energy in GWh is outside the model)
    "seconds", "knots", "rpm", "megabits", "gigabits", "gwh", "mwh", "twh", "acres",
    # (lengths and speeds of a machine's parts: "a speed limit of 250 millimeters per second")
    "millimeters", "millimetres", "millimeter", "millimetre", "centimeters", "centimetres", "micrometers", "microns",
    # (what an occasion or a poll counts: "answered 12 questions", "drew 320 exhibitors", "40 analysts
    # polled by Reuters", "a poll of 30 economists"; "lags by two generations")
    "questions", "exhibitors", "analysts", "economists", "generations",
    # (the rooms of one vessel: "The 142,000-gross-ton ship, with 2,125 passenger cabins")
    "cabins", "staterooms",
    # (one product's memory and sizes in words: "64 gigabytes of memory", "a 7 nanometre process", "weighs
    # 450 kilogrammes"; storage of the nation is in EB, which units.py reads, and tb/gb are above)
    "kilobytes", "megabytes", "gigabytes", "terabytes", "nanometres", "nanometers", "nanometre", "nanometer",
    "kilogrammes", "kilogramme", "grammes",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
}
_EN_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$|\b(?:No\.|Nos\.|Article|Tel|Fax|GB|ISO|page|Room|Level|Class)\s*$",
)
# The end of a range of days ("from July 29 to 31", "May 5-7"): a date, like its start.
_EN_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s*(?:-|–|to|through|until|till|and)\s*$")
_EN_STRONG_CUE = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|reach(?:ed|es|ing)?|total(?:ed|led|s|ing|ling)?|numbered|number(?:s|ed|ing)?|past|passed|"
    r"topp?(?:ed|s|ing)?|surpass(?:ed|es|ing)?|to|at|of|"
    r"hit|stood at|more than|over|cover(?:s|ed|ing)?|nearly|about|around|almost|some|approximately|roughly|climbed|rose|fell|by|"
    # ("with another 27 under construction", "Of those, 214 were recalls", "the most centers, with
    # 58, followed by Zhejiang with 47": a part of a whole or a ranked place's figure)
    r"another|(?:of|among) (?:those|them|these),?|(?-i:,|[A-Z][a-z]+) with)\s*$",
    re.I,
)

def skip_sentence(line: str, sentence: Sentence, lang: str) -> bool:
    """True for furniture, link lists and headlines: sentences that never state a metric.
    ``line`` is the text line the sentence starts in."""
    return is_furniture(sentence.text) or skip_line(line, lang)


def is_furniture(sentence: str) -> bool:
    """Page furniture (source, editor, copyright lines) named in the sentence itself. (Every
    furniture mark is a literal, with no anchor or look-around: false for a text is false for
    each of its sentences, which metrics.extract_metrics relies on.)"""
    return has_any(sentence, _FURNITURE_LOWER) or bool(_FURNITURE.search(sentence))


# A bullet that is a whole English sentence, as a "Key Insights" box writes them ("- China produces
# about 80% of the world's HFCs", "- R32 prices have risen about 18% since the start of December",
# heldout16 H209): a subject, a verb of stating or changing, a figure, six words or more, and no
# link list's date; read as a sentence, not skipped as a list line or a headline. Not a label and
# its figure ("- Blocked calls: 3.1 billion in 2027", heldout14 H185: the body states it), nor a
# headline of a link list (those carry a [YYYY-MM-DD] date or are Chinese), nor a rule stated with
# another verb ("• Exporters of cars registered for under 180 days need a …", heldout15 H197).
_EN_BULLET_SENTENCE = re.compile(
    r"^[-•·*]\s+[A-Z][^:\[\]|]*?\s(?:produces?|makes?|has|have|had|is|are|was|were|accounts?(?:ed)?\s+for|rose|risen|fell|fallen"
    r"|grew|grown|jumped|climbed|dropped|declined|increased|decreased|reached|exceeded|hit|topped|totall?ed)\s"
    r"[^:\[\]|]*?\d[^:\[\]|]*$")


def _en_bullet_sentence(line: str) -> bool:
    """Whether bullet ``line`` (stripped) is a whole sentence (see _EN_BULLET_SENTENCE)."""
    return len(line) <= 200 and line.count(" ") >= 6 and _EN_BULLET_SENTENCE.match(line) is not None


# The heading of a box of a story's own points ("Key Insights", "Key figures:", "At a glance"), the
# only bullets read as sentences: a link list's headlines have the same shape ("- Tariffs hit 10
# sectors as trade war grows", "- Shanghai's GDP grew 5% in 2025 as tech hubs thrive" under
# "Most viewed", "Related stories", "Trending"; a bare "Highlights" is as often a site's) and state
# no fact of the page. Or a line of prose that introduces the list ("The report's main findings on
# the sector are:", eight words or more; "Related stories:" is no prose).
_EN_POINTS_HEADING = re.compile(
    r"^(?:key\s+(?:insights?|points?|takeaways?|figures?|facts?|numbers?|data|findings?|highlights?|trends?)"
    r"|(?:main|major)\s+(?:points?|findings?)|takeaways?|at a glance|(?:fast|quick)\s+facts"
    r"|facts and figures|in numbers|by the numbers)\s*[:：]?$", re.I)


def _en_points_heading(heading: str) -> bool:
    """Whether ``heading`` (stripped), the line above a run of bullets, opens a story's own points
    (see _EN_POINTS_HEADING)."""
    if heading.endswith((":", "：")) and heading.count(" ") >= 7:
        return True
    return len(heading) <= 40 and _EN_POINTS_HEADING.match(heading) is not None


def skip_line(line: str, lang: str, heading: str | None = None) -> bool:
    """True when every sentence starting in text line ``line`` is to be skipped: link lists
    and headlines (decided once per line; a paragraph line holds many sentences). ``heading``:
    for a bullet, the nearest line above its run of bullets (None: not known, the bullet skipped)."""
    line = line.strip()
    # (each pattern only when the line starts with a mark or digit, or holds a "[": the line is
    # stripped, so _LIST_LINE_START's \s* matches nothing; re's \d is str.isdecimal)
    first = line[:1]
    if lang == "en" and heading is not None and first in "-•·*" and _en_bullet_sentence(line) \
            and _en_points_heading(heading.strip()):
        return False  # (see _EN_BULLET_SENTENCE, _EN_POINTS_HEADING)
    if ((first in "-•·*" or first.isdecimal()) and _LIST_LINE_START.match(line)) \
            or ("[" in line and _LIST_LINE_END.search(line)):
        return True
    # A short line without sentence-final punctuation is a headline, breadcrumb or caption;
    # a long one is body text whose punctuation got lost.
    # (the length first: a paragraph line is long, and the search would scan all of it)
    return len(line) <= _HEADLINE_MAX.get(lang, 70) and not _LINE_END.search(line)
_EN_STREET = re.compile(r"\s+[A-Z][\w'’-]*\s+(?:Street|Avenue|Road|Lane|Boulevard|Hutong|Lu|Jie)\b")
# A purity grade naming a product ("Prices of 99.9% magnesium ingots", "99.99% pure gold", "4N
# (99.99%) silicon", "the 99.7% grade"): the product's specification, no figure of the industry. (A
# percent of 90 or more right before "pure", "purity", "grade" or a metal's form or name; not "99.2%
# of samples passed", "a 99.1% pass rate", "reached 99.5% in 2029"; nor a part of a metal's whole,
# "95% of copper cathodes exported", "92% in metal-cutting tools": the words between are the grade's
# adjectives, "99.9% refined copper", no preposition, article or verb.)
_EN_PURITY_AFTER = re.compile(
    r"\)?[\s-]*(?:pure\b|purity\b|grade\b|(?:(?!(?:of|in|for|from|to|on|at|by|with|and|or|than|as|the|an?|its|their"
    r"|is|are|was|were)\b)[a-z]+\s+){0,2}?(?:ingots?|cathodes?|metal|bars?|billets?|powder|wafers?"
    r"|magnesium|alumini?um|silicon|polysilicon|copper|gold|silver|nickel|zinc|tin|lead|lithium|cobalt|alumina|gallium"
    r"|germanium|indium|tungsten|graphite|titanium)\b)", re.I)
# A purity bound a product meets, named before the figure ("anode materials with a purity of 99.95% or
# higher", "graphite of purity above 99.9%"): the product's specification too. (Only "purity" right
# before, with at most a preposition and a bound between; not "purity rose to 99.9%", a reading.)
_EN_PURITY_BEFORE = re.compile(r"\bpurity\s+(?:levels?\s+)?(?:of\s+)?(?:(?:at\s+least|above|over|exceeding|more\s+than|no\s+less\s+than"
                               r"|not\s+less\s+than|up\s+to|greater\s+than)\s+)?$", re.I)
# The basis a tonnage is reckoned on ("1.38 million tons of pesticides (converted to 100% active
# ingredient)", "on a 100% basis", "100%-equivalent"): a unit's definition, no figure of the industry.
# (Only 100 percent with the basis noun right after it: not "100% of output", "rose 100%".)
_EN_BASIS_AFTER = re.compile(r"[\s-]*(?:active\s+ingredients?\b|a\.i\.|basis\b|equivalent\b)", re.I)
# ("its list of top 100 firms": a determiner or "of" before "top", since "exports top 100 billion" is a verb)
# ("the country's top 3 cloud providers": an owner's top group too)
_EN_RANKING = re.compile(r"(?:\b(?:[Tt]he|its|their|of) top|['’]s top|\bTop|\bFortune|\bGlobal)\s*$")
_RANKING_WORDS = ("e top", "s top", "r top", "f top", "Top", "Fortune", "Global")  # one is in every match of _EN_RANKING
# (成 of 成千上万 but not of 形成, 建成, 完成: 培育形成万家企业 is a count)
_ZH_VAGUE = re.compile(r"(?:[数几上]|(?<![形建完达促组构变造生])成)$")
# Person-visits counted by the day or the year, or a capacity (日均接待游客2.5万人次, 最大承载量为每天5万
# 人次, 接待能力达到每年3000万人次): a rate, no count of visits made (searched on the 12 characters
# before the figure, only for 人次; not any 能力 or 最大: 开展能力提升培训2.6万人次, 最大景区接待游客…)
_ZH_VISITS_PER_SPAN = re.compile(r"(?:每(?:天|日|年|月|周|小时)|[日月年]均|单日|峰值|(?:接待|服务|运输|通行)能力|承载量?)"
                                 r"[^，。；\d]{0,10}$")
# (像素: a camera's or a screen's resolution, 500万像素以上面阵工业相机, a product's parameter)
# (千瓦, 千瓦时, 度 are read as W and Wh by units._zh_power; a bare figure still followed by them is one
# that reader declined, 百万千瓦级, a class by size)
_ZH_OTHER_UNITS = re.compile(r"千瓦时|千瓦|瓦|度|平方米|平方公里|公里|立方米|人次|桶|升|亩|公顷|像素")
_ZH_ORDINAL = re.compile(r"第[零〇一二两三四五六七八九十百\d]*$")
# Four-character idioms made of two round numerals (千家万户 "every household", 千行百业): no
# amount. Checked on the four characters the figure starts or ends.
_ZH_NUMERAL_IDIOM = re.compile(r"[百千万][^\W\d百千万亿][百千万][^\W\d百千万亿]")
# A count followed by a postposition is a time clause (新增三个后，…: "after three more"), whose
# noun is left out; the sentence's own figure follows.
_ZH_AFTER_COUNT = re.compile(r"(?:之|以)?[后前](?=[，,；;。]|$)")
_ZH_MODIFIER = re.compile(r"(?:以上|以下)?的")
# A count of categories that modifies a count of their members (航空航天、医疗器械等8个领域的126个场景入选,
# 来自12个行业的300家企业): how the members are grouped, the members' count the figure. (Not 覆盖52个行业
# 大类 or 应用于12个领域: no count of members after 的.)
_ZH_CATEGORY_COUNTED = frozenset({"领域", "行业", "门类", "大类", "类别", "方向", "产业", "细分领域", "细分行业"})
_ZH_MEMBERS_AFTER = re.compile(r"的(?:约|近|超过|逾|共)?[\d一二三四五六七八九十两百千]")
# A threshold in a relative clause right after a count (10家年产量超过50万吨的龙头企业, 5个市场占有率
# 超过20%的企业): the figure sizes each member counted, of whatever unit (units.py reads the head
# noun after 的 as what is counted).
# …and the count written after the members' noun (培育年产糖50万吨以上的企业集团3家, 营业收入超过100亿元的
# 企业5家): a size each member passes, then the members' head noun and their count; the figure is
# the count (not 年产糖50万吨的企业集团, no count after: left to the tests below).
_ZH_MEMBERS_COUNTED_AFTER = re.compile(r"(?:以上|以下)?的[^，。；的\d]{1,10}?(?:\d+|[一二三四五六七八九十两]{1,3})"
                                       r"(?:家|个|座|条|台|艘|所|种|款)(?![\d万亿])")
_ZH_COUNT_THRESHOLD_BEFORE = re.compile(r"[\d一二三四五六七八九十两](?:家|个|座|条|台|艘|所|种|款)[^，。；;,、的\d]{1,8}?"
                                        r"(?:超过|超|逾|高于|不低于|不少于|达到|在)$")
# …and one closing its clause (5家企业营业收入超过1000亿元, 3家企业年产量均在100万吨以上): the bound each
# firm counted passes, not a total (not 合计/共/总/累计/平均: 5家企业营业收入合计超过1000亿元 is their sum).
# (12家超过100亿元 after a comma: the noun and its indicator left out)
_ZH_EACH_MEMBER_CLAUSE = re.compile(r"[\d一二三四五六七八九十两]+(?:家|个|座|条|台|艘|所|种|款)(?:(?!合计|共|总|累计|平均|一起|加起来)"
                                    r"[^，。；;,、的\d]){0,12}?(?:均|都)?(?:超过|超|逾|突破|高于|在)")
_ZH_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十两]+(?:家|个|座|条|台|艘|所|种|款)[^，。；;,、的\d]{0,12}?(?:均|都)?"
                              r"(?:超过|超|逾|突破|高于|在)$")
_ZH_BOUND_WORDS = ("超过", "超", "逾", "突破", "高于", "在")


def _zh_count_at(s: str, at: int) -> int:
    """Where the count a bound right before ``at`` follows starts (see _ZH_EACH_MEMBER_CLAUSE): the
    start of the last count-and-classifier within the 20 characters before; ``at`` when none."""
    m = _ZH_COUNT_BEFORE.search(s, max(0, at - 20), at)
    if m is None:
        return at
    start = m.start()
    while start > 0 and s[start - 1] in "0123456789一二三四五六七八九十两":
        start -= 1  # (the search starts the count where the window does: widen to its first digit)
    return start


# 排名前10家, 行业前十大, 前5强: the size of the top group of a ranking (not 前三季度, 前5个月: times).
# (not 此前/之前/目前/以前/提前: "before", "now" — 此前5家企业已获认定 counts firms)
_ZH_TOP_RANK_BEFORE = re.compile(r"(?<![此之目以提当从])前$")
# 要求不低于, 要求不少于, 要求不超过: a rule's bound (要求…达到 may be a goal: not read here).
_ZH_REQUIRED_BOUND = re.compile(r"要求(?:不)?(?:低于|少于|超过|高于|小于|大于)$")
# A bound right before the figure (不低于5000万元, 不少于3项, 不超过10%) in a sentence about who may apply
# or what conditions demand (申请企业, 规范条件, 准入条件, 门槛): the threshold of the conditions, a
# parameter (明确申请企业上一年度销售收入不低于5000万元). Not a plan's goal (到2027年…不少于20个,
# 力争…不低于80%), which the sentence dates by its horizon or marks with 力争/目标.
_ZH_BOUND_BEFORE = ("不低于", "不少于", "不超过", "不高于", "不小于", "不大于")
# (原则上: "in principle", the hedge of a rule, 新建…项目原则上单系列规模不低于100万吨/年; 单系列/单套/
# 单线: the size of one production train, which only a rule bounds)
_ZH_CONDITION_WORDS = ("申请企业", "申报企业", "申请单位", "申报单位", "申请人", "规范条件", "准入条件", "申报条件",
                       "申请条件", "认定条件", "入选条件", "门槛", "原则上", "单系列", "单套", "单线")
# 纯度达到99.9999%以上的电子特种气体, 浓度为99.5%: the purity or concentration of a material, a
# technical parameter, no share of anything
_ZH_PURITY_BEFORE = re.compile(r"(?:纯度|浓度)(?:要求)?(?:达到?|为|在|高于|不低于|超过)?$")
# 纯度达到11个9, “6个9”: a purity told by its count of nines (99.999999999%), a parameter, no count
# of anything (not 12个9月份…, a month; the nine stands alone)
_ZH_NINES_AFTER = re.compile(r"[9９](?![\d０-９月日号年万亿千百十.．%％])")
_ZH_GOAL_MARK = re.compile(r"到20\d{2}年|力争|目标")


def _zh_condition_bound(s: str, at: int) -> bool:
    """Whether the bound ending right before ``at`` is one a condition word before it sets: no other
    figure between them (受理申请企业1200家，其中通过审核的不少于800家 counts firms that passed), the word
    no modifier of what is counted (符合规范条件的企业), and no goal in the sentence (_ZH_GOAL_MARK)."""
    word_at, word = max((s.rfind(w, 0, at), w) for w in _ZH_CONDITION_WORDS)
    if word_at < 0 or any(c.isdigit() for c in s[word_at:at]):
        return False
    if s.startswith("的", word_at + len(word)):
        return False  # 符合规范条件的企业不少于300家: the firms that meet them, counted
    return not _ZH_GOAL_MARK.search(s)


# "per 10,000 yuan of", "per 1,000 people": the unit a ratio is counted by.
_EN_PER_BEFORE = re.compile(r"\bper\s+$")
# "priced below 50,000 yuan", "priced under $500", "priced at less than 3,000 yuan (about $420)".
_EN_PRICE_BOUND_BEFORE = re.compile(
    r"\bpriced\s+(?:at\s+)?(?:below|under|above|over|less\s+than|more\s+than|up\s+to|or\s+less|between|from)\s+"
    r"(?:[$¥]\s*|RMB\s*|US\$\s*)?(?:[\d.,]+\s+(?:[a-z]+\s+)?(?:yuan|dollars)\s*\(\s*(?:about\s+|around\s+|or\s+)?(?:US)?[$¥]?\s*)?$")
# 营收超百亿元企业, 百亿级企业: an amount naming a class of firms (as 1000亿元的企业 does), no metric
_ZH_MONEY_CLASS = re.compile(r"(?:以上|级)?(?:企业|龙头企业|工厂)")
_EN_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d{2}\b")
_EN_YEAR = re.compile(r"(?:19|20)\d{2}")
_ZH_PERCENT_MODIFIER = re.compile(r"(?:以上|以下)?的(?!国际|全球|世界)")
_ZH_SHARE_VERB = re.compile(r"[占为达比率]")
# 全国已有96.3%的乡镇建成充电设施, 约有八成的企业…: the share of a whole that has or does something (a
# rate, see measures._ZH_SHARE_OF_HAVERS), no modifier; not what one owns (拥有30%的股份, 持有, 享有)
# (the look-behind after 有: re scans for 有 at C speed; the same matches)
_ZH_HAVE_SHARE_BEFORE = re.compile(r"有(?<![拥具持享占含所没]有)(?:约|近|超过|逾)?$")
# 长三角地区集聚了全国近七成的硅片产能, 贡献了全省60%的产值: the whole named right before the
# percentage makes it a part's share of that whole, no modifier (not 拥有30%的股份, no whole named)
_ZH_WHOLE_BEFORE = re.compile(r"(?:全国|全球|全省|全市|全区|全行业|我国|世界)(?:约|近|超过|逾|将近|接近)?$")
_EN_WORD_SPLIT = re.compile(r"[\s']+")


# 18个城市和56家企业入选, 12个省份入围: places counted as the entrants of a list are its news, not
# a coverage count (覆盖31个省份, 涉及18个城市 stay out)
_ZH_PLACE_NOUNS = frozenset(("城市", "省份", "地区", "省", "市"))
_ZH_ADMITTED_AFTER = re.compile(r"(?:(?:和|及|与|、)[^，。；]{1,16}?)?(?:入选|入围|获批)")


def _places_admitted(s: str, q: Quantity) -> bool:
    return q.counted in _ZH_PLACE_NOUNS and s.startswith(q.counted, q.end) \
        and _ZH_ADMITTED_AFTER.match(s, q.end + len(q.counted)) is not None


# --- one product, one market move (precision audit on whole stories) -------------
# The price of one product or model ("priced at 219,800 yuan", "selling its G1 model for 99,000 yuan",
# "starts at 215,900 yuan", "costs about 80,000 yuan, down from 150,000 yuan", "could cost $20,000 to
# $30,000", "a target price of 9.5 yuan"): no industry figure. The cue, a bound word, then the
# figure, or a first figure of a range or of a "down from" before it.
_EN_PRICE_CUE_BEFORE = re.compile(
    r"\b(?:priced\s+at|(?:sells?|sold|selling|retails?|retailed|retailing)\s+(?:[\w'’-]+\s+){0,4}?(?:for|at)"
    r"|starts?\s+at|starting\s+at|price\s+tags?\s+of|(?:target|starting|retail|sticker|list|selling|unit)\s+prices?\s+(?:of|at|is|was)"
    r"|(?P<cost>costs?|costing|cost\s+(?:just|only)))\s+"
    r"(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|nearly\s+|as\s+little\s+as\s+|less\s+than\s+|under\s+|from\s+)?"
    r"(?:(?:[$¥]|RMB|US\$)\s*[\d.,]+\s*(?:yuan|dollars)?|[\d.,]+\s*(?:yuan|dollars))?"
    r"(?:\s*(?:to|-|–|and)\s*|,?\s+(?:down|up)\s+from\s+)?(?:[$¥]|RMB|US\$)?\s*$", re.I)
_PRICE_CUE_WORDS = ("price", "sell", "sold", "retail", "start", "cost")
# (a product costs less than this; "the fab cost $7.6 billion", "the programme will cost 300 billion
# yuan" size a project or a policy, left as they are)
_EN_ONE_PRICE_BELOW = {"CNY": 1e8, "USD": 1.5e7}
# (a bare "cost" names no product as "priced at" does: "The programme will cost 50 million yuan", "the
# upgrade cost 30 million yuan in total" size a project; only a figure a product may cost, under
# this, is taken for one item's price: "costs about 80,000 yuan", "could cost $20,000 to $30,000")
_EN_ONE_COST_BELOW = {"CNY": 1e7, "USD": 1.5e6}
# A company's share price ("LONGi, whose shares have fallen 35% this year", "Xiaomi shares, which
# have more than doubled, fell 2%"), a futures contract's ("Iron ore futures on the Dalian exchange
# rose 1.2%"): market moves, as _EN_STOCK_MARKET's. (Not "Market shares of domestic brands rose":
# a capitalised common noun before "shares" names no company.)
_EN_MOVE_VERBS = (r"(?:fell|rose|dropped|jumped|gained|climbed|slid|slumped|surged|soared|tumbled|plunged|closed|ended"
                  r"|edged|lost|added|rebounded|rallied|slipped|dipped|sank|declined|advanced|retreated)")
_EN_OTHER_MARKET_MOVE = re.compile(
    r"\bwhose\s+(?:[A-Z][\w ]{0,20}?-listed\s+|[AH]-)?(?:shares|stock)\s+(?:have\s+|has\s+|had\s+)?(?:more\s+than\s+)?"
    r"(?:fallen|risen|dropped|jumped|gained|climbed|slid|slumped|surged|soared|tumbled|plunged|lost|added|doubled|tripled|halved"
    r"|fell|rose)\b"
    r"|\b(?!(?:Market|Export|Import|Sales|Global|World|Its|Their|The|Foreign|Domestic|Overseas|Retail)\b)[A-Z][\w&.'’-]*"
    r"\s+(?:[AH]-)?shares(?:,[^,;]{1,60},)?\s+" + _EN_MOVE_VERBS + r"\b"
    r"|\bfutures\b[^.;]{0,50}?\b" + _EN_MOVE_VERBS + r"\b")
_OTHER_MARKET_WORDS = ("whose shares", "whose stock", "whose a-", "whose h-", " shares ", " shares,", "futures")
# A currency's move ("The yuan has strengthened 2.5% against the dollar"): an exchange rate, no figure.
_EN_AGAINST_CURRENCY_AFTER = re.compile(r"\s*(?:per ?cent|%)?\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:U\.?S\.?\s+)?"
                                        r"(?:dollar|greenback|euro|yen|pound)\b", re.I)
# A tax rate named before its figure ("tariffs of up to 145 percent", "duties at 25%"), as
# _EN_TAX_AFTER finds one named after it.
_EN_TAX_BEFORE = re.compile(r"\b(?:tariffs?|duty|duties|levy|levies|tax(?:es)?)\s+(?:rates?\s+)?(?:of|at)\s+"
                            r"(?:up\s+to\s+|as\s+(?:high|much)\s+as\s+|about\s+|around\s+|an?\s+(?:additional|extra|further)\s+)?$", re.I)
# The size of a ranked group ("the 20 largest property developers", "its 10 biggest customers").
_EN_SUPERLATIVE_AFTER = re.compile(r"\s+(?:largest|biggest|smallest|leading|richest|most\s+valuable)\b")
# The weight of one thing ("the excavator weighs 400 tons").
_EN_WEIGHS_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|only\s+|more\s+than\s+"
                               r"|less\s+than\s+|up\s+to\s+|over\s+|some\s+)?$", re.I)
# A cap a government sets on an output ("has capped steel output at around 1 billion tonnes"):
# the object between the verb and "at", which _EN_RULE_PARAMETER_BEFORE does not allow.
_EN_CAPPED_OBJECT_AT = re.compile(r"\bcap(?:ped|s)?\s+(?:[\w'’-]+\s+){1,4}?at\s+(?:around\s+|about\s+|roughly\s+|some\s+)?$", re.I)
# But a cap a plan means to set is its goal, a target like any other ("Regulators want to cut the
# number of lines to about 230 by 2035 … and cap national float capacity at around 175,000 tons a
# day", "aims to cap output at …", "will cap …"): the bare verb after "to"/"will"/"would", or after
# "and" in a sentence whose goal verb it shares.
_EN_CAP_GOAL_RIGHT_BEFORE = re.compile(r"\b(?:to|will|would|and)\s+$")
_EN_GOAL_VERB = re.compile(r"\b(?:wants?|aims?|plans?|seeks?|intends?|targets?|hopes?|vows?|pledges?)\s+to\b|\b(?:will|would)\b", re.I)


def _en_one_item_or_move(s: str, q: Quantity, before: str) -> bool:
    """Figures of one product or machine, of a currency, of a ranked group (see the patterns above): True
    when ``q`` of English sentence ``s`` is one. ``before`` holds the 12 characters before it.
    (Each test opens with a substring check: most figures pass none of them. The unit's tests are
    exclusive, so one is tried; a word looked for in a window is looked for in the whole sentence
    first, which costs less than cutting the window out: most sentences have none.)"""
    unit = q.unit
    if unit == "percent":
        if "against" in s or "vers" in s or "vs" in s:
            tail = s[q.end: q.end + 40]
            if ("against" in tail or "vers" in tail or "vs" in tail) and _EN_AGAINST_CURRENCY_AFTER.match(tail):
                return True
        window = s[max(0, q.start - 40): q.start]
        if has_any(fold(window), _TAX_WORDS) and _EN_TAX_BEFORE.search(window):
            return True
    elif unit == "CNY" or unit == "USD":
        if q.value < _EN_ONE_PRICE_BELOW[unit]:
            window = s[max(0, q.start - 70): q.start]
            if has_any(fold(window), _PRICE_CUE_WORDS):
                cue = _EN_PRICE_CUE_BEFORE.search(window)
                if cue is not None and (cue["cost"] is None or q.value < _EN_ONE_COST_BELOW[unit]):
                    return True
    elif unit == "count" and before.endswith(("the ", "The ", "its ", "Its ", "their ", "Their ", "s ", "’s ")) \
            and _EN_SUPERLATIVE_AFTER.match(s, q.end):
        return True
    if "weigh" in s and "weigh" in s[max(0, q.start - 24): q.start] \
            and _EN_WEIGHS_BEFORE.search(s, max(0, q.start - 24), q.start):
        return True
    if "cap" not in s:
        return False
    window = s[max(0, q.start - 50): q.start]
    cap = _EN_CAPPED_OBJECT_AT.search(window) if "cap" in window else None
    return cap is not None and not _en_cap_as_goal(s, max(0, q.start - 50) + cap.start(), cap.group())


def _en_cap_as_goal(s: str, at: int, cap: str) -> bool:
    """Whether the cap verb ``cap`` at ``at`` in ``s`` is a goal a plan means to set (see
    _EN_CAP_GOAL_RIGHT_BEFORE): a bare "cap" after "to"/"will"/"would", or after "and" with a goal
    verb earlier in the sentence."""
    if not cap[3:4].isspace():
        return False  # "capped", "caps": a cap in place
    right_before = _EN_CAP_GOAL_RIGHT_BEFORE.search(s, max(0, at - 6), at)
    if right_before is None:
        return False
    return not right_before.group().startswith("and") or _EN_GOAL_VERB.search(s, 0, at) is not None


def _en_other_market_move(s: str, folded: str) -> re.Match[str] | None:
    """A company's share move or a futures move in English sentence ``s`` (folded: ``folded``)."""
    if not has_any(folded, _OTHER_MARKET_WORDS):
        return None
    return _EN_OTHER_MARKET_MOVE.search(s)


# 售价20.98万元起, 单价约8万元, 起售价为…: the price of one product, no industry figure. (Not 价格 or
# 报价 of a good, 价格已跌至每瓦0.8元, 多晶硅报价4.2万元/吨: a price level of a market, kept as
# "prices rose to 80,000 yuan per tonne" is.)
_ZH_PRICE_BEFORE = re.compile(r"(?:售价|定价|单价|零售价|指导价|起售价|起价|标价)(?:为|是|在|仅为|低至|只有)?(?:约|仅|近|只要|不到)?$")
# A subsidy's cap per claimant (可享受15%的补贴，最高2000元, 每辆最高补贴2万元): a rule's term.
_ZH_SUBSIDY_CAP_BEFORE = re.compile(r"(?:补贴|奖励|优惠|减免|资助|立减)[^。；]{0,20}?最高(?:可|可达|不超过|补贴|奖励)?$"
                                    r"|最高(?:可)?(?:补贴|奖励|资助|减免)$")
# (对首台（套）产品给予最高500万元奖励, 按投资额给予最高1000万元的补助: the cap right before the
# figure, the award named after it)
_ZH_AWARD_AFTER = re.compile(r"(?:的)?(?:一次性)?(?:奖励|补贴|补助|资助|奖补|扶持|贴息|奖金)")


def _zh_price(s: str, q: Quantity, before: str, after: str) -> bool:
    """Whether money figure ``q`` of Chinese sentence ``s`` is a price of one item or a subsidy's
    cap (see the patterns above)."""
    if "价" in before and _ZH_PRICE_BEFORE.search(before):
        return True
    if "最高" not in before:
        return False
    return _ZH_SUBSIDY_CAP_BEFORE.search(s, max(0, q.start - 30), q.start) is not None \
        or before.endswith(("最高", "最高可达", "最高不超过")) and _ZH_AWARD_AFTER.match(after) is not None


def _inside_title(s: str, pos: int) -> bool:
    return s.count("《", 0, pos) > s.count("》", 0, pos)


def is_distractor(s: str, q: Quantity, lang: str) -> bool:
    """True when quantity ``q`` of sentence ``s`` is not an industry figure."""
    return q.start < _kept_from(s, lang) or _is_distractor(s, q, lang) \
        or _company_result(s, q, _company_results_at(s, lang))


def drop_distractors(s: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """The quantities of sentence ``s`` that are not distractors (:func:`is_distractor`, with
    the whole-sentence tests done once)."""
    if not quantities:
        return []
    kept_from = _kept_from(s, lang)
    if kept_from > len(s):
        return []
    results_at = _company_results_at(s, lang)
    kept = []  # (a loop: a comprehension costs a frame, for the two quantities a sentence mostly has)
    for q in quantities:
        if q.start >= kept_from and not _is_distractor(s, q, lang) and not _company_result(s, q, results_at):
            kept.append(q)
    return kept


def _kept_from(s: str, lang: str) -> int:
    """Where the figures of sentence ``s`` that may be industry figures start: 0 for all of them,
    past the end for none (normative wording, a yes/no question, a stock move with nothing after
    it, see _is_normative, _is_yes_no_question, _after_stock_move)."""
    # (the question mark tested here: most sentences ask nothing, and a call costs a frame)
    if ("?" in s or "？" in s) and _is_yes_no_question(s, lang):
        return len(s) + 1
    stock = _is_normative(s, lang)
    if stock is None:
        return 0
    return len(s) + 1 if stock is True else _after_stock_move(s, stock)


# What a body's figures come from ("The CPCA said its data showed retail sales rose 4.5%", "the
# ministry said its survey showed revenue …").
_EN_DATA_SOURCE = r"(?:data|figures|survey|surveys|statistics|numbers|report|research|estimates?|calculations|tally|poll|monitoring)"
_EN_SHOWED = r"(?:showed|shows|show|found|finds|indicated|indicates|suggested|suggests)"
# A company's own results ("BYD said its net profit rose 33% to 9.2 billion yuan", "Xiaomi reported a
# 22% jump in quarterly revenue"): no industry figures (the devset README's company figures). Told
# by the pronoun after a verb of reporting, or by a quarterly/half-year result reported; the figures
# after the cue in its clause are the company's.
_EN_COMPANY_RESULTS = re.compile(
    # (not "its data showed sales …": the body's figures of the industry; "its data centre revenue" is
    # the company's)
    rf"\b(?:said|says|reported|reports|posted|posts|announced)\s+(?:that\s+)?(?:its|their)\s+(?!{_EN_DATA_SOURCE}\s+{_EN_SHOWED}\b)"
    r"(?:[\w-]+\s+){0,2}?(?:net\s+)?"
    r"(?:profits?|revenues?|earnings|income|sales|deliveries)\b"
    r"|\b(?:reported|reports|posted|posts|announced)\s+(?:an?\s+)?(?:[^\s;]+\s+){0,4}?(?:in|of)\s+(?:its\s+|their\s+)?"
    r"(?:quarterly|half-year(?:ly)?|full-year|annual|first-half|(?:first|second|third|fourth)-quarter)\s+(?:net\s+)?"
    r"(?:profits?|revenues?|earnings|income|sales)\b", re.I)
_EN_COMPANY_RESULTS = with_heads(_EN_COMPANY_RESULTS)  # (tried only where a match can start: needles.with_heads)
_EN_INDUSTRY_REPORTER = re.compile(
    r"\b(?:[Aa]ssociation|[Ff]ederation|[Aa]lliance|[Cc]hamber|[Mm]inistry|[Bb]ureau|[Aa]dministration|[Cc]ommission"
    r"|[Cc]ustoms|[Ss]tatistic(?:s|al)|NBS|MIIT|CAAM|CPCA|CCPIT"
    r"|industrial\s+(?:firms|enterprises|companies)|(?:firms|enterprises|companies)\s+above\s+designated\s+size)\b")
_EN_ASIDE_BEFORE = re.compile(r",[^,;]*,\s*$")
_RESULT_NOUNS = ("profit", "revenue", "earnings", "income", "sales", "deliveries")
_RESULT_VERBS = ("said", "says", "report", "posted", "posts", "announced")
_RESULT_MARKS = ("its ", "their ", "quarterly", "-quarter", "half-year", "full-year", "annual", "first-half")
# A new clause after the cue may speak of the industry again ("…, while NEV sales nationwide rose 40%").
_EN_RESULTS_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b", re.I)


# A company's guidance ("BYD expects to sell 5 million vehicles next year", "Geely forecast that its
# sales would rise 20 percent", "CATL aims to raise its annual revenue to 600 billion yuan"): its own
# outlook, no more an industry figure than its results. Told by a verb of outlook, then the firm's
# own sales or results (its, their) or a selling verb of the firm itself; the subject must be a firm,
# not a body, a place or the industry (see _company_results_at and _EN_NOT_A_FIRM).
_EN_COMPANY_GUIDANCE = re.compile(
    r"\b(?:expects?|expected|forecasts?|forecast|aims?|aimed|targets?|targeted|plans?|planned|projects?|projected"
    r"|predicts?|predicted|guided|sees)\s+(?:that\s+)?(?:(?:to|it\s+will|it\s+would)\s+[a-z]+\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:net\s+)?(?:profits?|revenues?|earnings|income|sales|deliveries|shipments)\b"
    # (not the passive, "the company is expected to deliver 500 aircraft": others' expectation of a deal)
    r"|\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )"
    r"(?:expects?|expected|aims?|aimed|plans?|planned|targets?|targeted|hopes?)\s+to\s+"
    r"(?:sell|deliver|ship|produce|build|make)\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|over\s+)?\d", re.I)
# (each branch opens with \b, then look-behinds: re tried the whole pattern at every position, ~30 µs
# a sentence by timing; finding its verbs first takes a quarter of that, speed pass 29)
_EN_COMPANY_GUIDANCE = with_heads(_EN_COMPANY_GUIDANCE)
_GUIDANCE_VERBS = ("expect", "forecast", "aim", "target", "plan", "project", "predict", "guided", "sees", "hope")
# (every match holds one of these too: "plan" and "project" alone pass most of MIIT's sentences)
_GUIDANCE_OBJECTS = ("its ", "their ", "to sell", "to deliver", "to ship", "to produce", "to build", "to make")
# Subjects that are no firm: the country, bodies, places, the industry or its firms as a whole,
# analysts (checked with _EN_INDUSTRY_REPORTER and region_of).
_EN_NOT_A_FIRM = re.compile(r"\b(?:China|Chinese|[Cc]ountry|[Nn]ation|[Gg]overnment|[Pp]rovinces?|[Cc]it(?:y|ies)|[Ii]ndustry|[Ss]ector"
                            r"|[Aa]nalysts?|[Ee]conomists?|[Mm]arket|[Rr]egions?|[Ff]irms|[Cc]ompanies|[Ee]nterprises)\b"
                            # (the trade as a whole, a plural: "Carmakers expect their sales to rise 10%")
                            r"|[a-z](?:makers|producers|manufacturers|suppliers)\b|\b(?:[Mm]akers|[Pp]roducers|[Mm]anufacturers|[Ss]uppliers)\b")


def _company_guidance_at(s: str, folded: str) -> int:
    """Where a company's guidance starts in English sentence ``s`` (-1 when not): see
    _EN_COMPANY_GUIDANCE."""
    if not (has_any(folded, _GUIDANCE_VERBS) and has_any(folded, _GUIDANCE_OBJECTS)):
        return -1
    m = _EN_COMPANY_GUIDANCE.search(s)
    if m is None:
        return -1
    subject = _clause_subject_before(s, m.start())
    # (the subject is what follows the last comma or stop: "By 2027, the plan aims to build 500 …" is
    # the plan's, whatever the opening phrase names)
    subject = subject[max(subject.rfind(","), subject.rfind(".")) + 1:].strip()
    # (a firm is named with a capital or called so: "BYD", "the carmaker"; not "China", "the ministry",
    # "Jiangsu", "the industry", "analysts")
    if not subject or _EN_INDUSTRY_REPORTER.search(subject) or _EN_NOT_A_FIRM.search(subject) \
            or region_of(subject, "en") or not (_EN_NAMED.search(subject) or _EN_FIRM_NOUN.search(subject)):
        return -1
    return m.start()


# A name: a capital that does not merely open the sentence or stand for someone unnamed ("It plans to
# build 600,000 base stations": the ministry's, as likely as a firm's)
_EN_NAMED = re.compile(r"\b(?!(?:It|They|We|He|She|I|The|This|That|These|Those|Under|In|On|At|By|For|Last|Next|Meanwhile"
                       r"|But|And|Also|Officials?|Authorities|Beijing)\b)[A-Z]")
_EN_FIRM_NOUN = re.compile(r"\b(?:company|firm|carmaker|automaker|group|maker|manufacturer|supplier|startup)\b", re.I)


def _company_results_at(s: str, lang: str) -> int:
    """Where a company's results (or guidance, _company_guidance_at) are first reported in English
    sentence ``s`` (-1 when not)."""
    if lang != "en":
        return -1
    folded = fold(s)
    guidance_at = _company_guidance_at(s, folded)
    if guidance_at >= 0:
        return guidance_at
    if not (has_any(folded, _RESULT_NOUNS) and has_any(folded, _RESULT_VERBS) and has_any(folded, _RESULT_MARKS)):
        return -1
    m = _EN_COMPANY_RESULTS.search(s)
    if m is None:
        return -1
    # (the reporter an industry body or the industry's firms as a whole: "The China Association of
    # Automobile Manufacturers reported a 12% rise in first-half sales", "China's industrial firms
    # reported a 10% rise in annual profits": the industry's figures)
    return -1 if _EN_INDUSTRY_REPORTER.search(_clause_subject_before(s, m.start())) else m.start()


def _clause_subject_before(s: str, start: int) -> str:
    """The words of English sentence ``s`` before ``start`` back to the clause's opening (a semicolon,
    a stop or 90 characters), asides set off by commas left out: the subject of a company's results
    or guidance ("Xiaomi, which the association counts among its members, said its revenue …" is
    Xiaomi's)."""
    opening = max(s.rfind(";", 0, start), s.rfind(". ", 0, start), start - 90, 0)
    return _EN_ASIDE_BEFORE.sub("", s[opening:start])


def _company_result(s: str, q: Quantity, results_at: int) -> bool:
    """Whether ``q`` is one of the company results reported from ``results_at`` on."""
    return 0 <= results_at <= q.start and not _EN_RESULTS_CLAUSE_BREAK.search(s, results_at, q.start)


def _is_normative(s: str, lang: str) -> re.Match[str] | bool | None:
    """Normative wording anywhere in the sentence: every figure in it is a technical parameter
    (True). (Chinese stock-market reports, 个股/收盘/股价, are no industry figures either; an English
    one is returned as its match, for _after_stock_move.) None when neither."""
    if lang == "zh":
        return True if _ZH_NORMATIVE.search(s) or _ZH_STOCK_MARKET.search(s) else None
    folded = fold(s)
    if "requir" in folded and has_any(folded, _MINIMUM_WORDS) and _EN_REQUIRE_MINIMUM.search(s):
        return True
    if "requir" in folded and has_any(folded, _REQUIRE_BOUND_WORDS) and (bound := _EN_REQUIRE_BOUND.search(s)) \
            and not _EN_GOAL_HORIZON.search(s) and not any(c.isdigit() for c in s[:bound.start()]):
        # "conditions that require a recovery rate of at least 90%": the bound a rule sets (not the
        # figures reported before it, "Output rose 12 percent …, as new rules require that plants not
        # exceed 80 percent utilisation": the bound alone is dropped, see _after_require_bound)
        return True
    if has_any(folded, ("shall", "must")) and _EN_NORMATIVE.search(s):
        return True
    market = has_any(folded, ("share", "stock", "index", "hang seng", "csi 300"))
    if market and has_any(folded, _STOCK_MARKET_WORDS):
        move = _EN_STOCK_MARKET.search(s)
        if move is not None:
            return move
    if s.startswith(_SHARES_OPENINGS):
        return _EN_SHARES_OPENING.match(s)
    # (every match of _EN_OTHER_MARKET_MOVE holds "shares", "stock" or "futures": a sentence with no
    # market word above and no "futures" is spared the call)
    return _en_other_market_move(s, folded) if market or "futures" in folded else None


# A clause after a stock move that gives its cause ("Shares of BYD rose 5% after data showed sales
# rose 20%", "…, as exports rose 12%"): its figures are no share move. Not a further move of the
# shares ("after falling 3% on Monday", "after a 3% drop", "as much as 5%", "as of Friday"), and
# not the company's own figures (its, their, the company, see _EN_COMPANY_CLAUSE).
# (not "while rival Hanwei gained 2%": a contrast, another stock's move)
_EN_CAUSE_AFTER_MOVE = re.compile(r"(?:,\s*|\s+)(?:after|as|following)\s+"
                                  r"(?!(?:of|much|many|high|low|well|an?|the\s+stock|the\s+shares?|shares?|stocks?|it|its|they"
                                  r"|their)\b)(?![a-z]+ing\b)(?=[A-Za-z])")
_EN_COMPANY_CLAUSE = re.compile(r"\b(?:its|their|it|they|company|company's|firm|firm's|group's|carmaker|automaker|rivals?|peers?"
                                r"|profits?|revenues?|earnings|deliveries)\b", re.I)


def _after_stock_move(s: str, stock: re.Match[str]) -> int:
    """Where the figures after the stock move ``stock`` of sentence ``s`` may start: the cause
    clause after it (_EN_CAUSE_AFTER_MOVE), when that clause tells of no stock or company of its
    own; else past the end (every figure of the sentence is the move's)."""
    cause = _EN_CAUSE_AFTER_MOVE.search(s, stock.end())
    if cause is None:
        return len(s) + 1
    rest = s[cause.end():]
    if _EN_STOCK_MARKET.search(rest) or _EN_COMPANY_CLAUSE.search(rest):
        return len(s) + 1
    return cause.end()


# A yes/no question ("Will 300 producers exit the market this year?", 今年能否突破1000万辆？):
# it asks whether, and states no figure. (Not a question that takes its figure as given, "Why did
# sales rise 20%?", 销量为何增长20%？.)
_EN_YES_NO_OPENING = re.compile(r"[\"'“‘(\s]*(?:Will|Would|Can|Could|Should|Shall|Is|Are|Was|Were|Does|Do|Did|Has|Have"
                                r"|Had|Might|May(?!\s+\d))\s")  # (May 5: the month)
_ZH_YES_NO = re.compile(r"吗|能否|是否|会不会|能不能|可否|有没有|是不是")
_QUESTION_END = re.compile(r"[?？][”’\"')）]*\s*$")


def _is_yes_no_question(s: str, lang: str) -> bool:
    if "?" not in s and "？" not in s:  # (most sentences ask nothing)
        return False
    if not _QUESTION_END.search(s):
        return False
    return bool(_ZH_YES_NO.search(s) if lang == "zh" else _EN_YES_NO_OPENING.match(s))


def _en_year_or_word_number(s: str, q: Quantity) -> bool:
    """Three of the English count tests of :func:`_is_distractor`, asked first: a year ("in 2025",
    "2025 projects" read as a count) and a word number with no counting cue ("two key tasks"). They
    stay where they were written too, and _is_distractor returns True whenever any of its tests
    does, so asking them first changes no answer (tests/facts/test_speed_pass19.py)."""
    if 1900 <= q.value <= 2100 and (q.counted is None and q.value == int(q.value) and "," not in s[q.start:q.end]
                                    or _EN_YEAR.fullmatch(s[q.start:q.end])):
        return True
    return q.chinese_numeral and not _word_count_cue(s[max(0, q.start - 30): q.start]) and not _opening_count(s, q)


# --- power and energy (units W, Wh) ----------------------------------------------------------
# A figure in watts or watt-hours is an industry's only as a total (installed capacity, additions,
# output of batteries or modules, electricity used); these are one product's or one machine's
# rating, or a quota per unit of something else:
# - one item, the figure right after an article or "each"/"per", its noun after it: "a 16 MW offshore
#   turbine", "a 100 kWh battery pack", "each 1,200 kW charger" (not "a record 180 GW", nor "a 20 GW
#   of" …; the hyphenated "16-megawatt" is units' bare number, dropped by _EN_HYPHEN_PARAMETER);
_EN_POWER_OF_AFTER = re.compile(r"\s+of\b")  # ("a further 20 GW of capacity": an amount, not "a 16 MW offshore turbine")
_EN_POWER_ONE_ITEM_BEFORE = ("a ", "an ", "A ", "An ", "each ", "Each ", "per ", "every ", "one ")
# - a rating named before it, in its clause: "rated power of 480 kW", "charging power of up to 600 kW",
#   "power density above 30 kW";
_EN_POWER_RATING_BEFORE = re.compile(r"\b(?:rated|rating|(?:charging|peak|output|maximum|max|single-unit)\s+power"
                                     r"|power\s+(?:density|rating|of\s+each))\b[^,;.]{0,30}$", re.I)
# - an intensity, "per" a unit not of time after it in its clause: "2,800 kilowatt-hours of
#   electricity per ton", "13,000 kWh/t" (not "180 GW per year": a rate in time is a flow).
_EN_POWER_PER_UNIT_AFTER = re.compile(r"[^,;.]{0,50}?(?:\bper\s+(?!cent\b|year\b|annum\b|month\b|quarter\b|day\b|week\b)[a-z]"
                                      r"|/\s*(?:t\b|ton|tonne|unit|car|vehicle))", re.I)
# Chinese: one machine's or one cabinet's rating or a rating word in the clause before (单机柜功率
# 密度超过30千瓦, 单机容量100万千瓦, 充电桩额定功率为480千瓦; not 总功率, 装机功率, totals), and a quota
# per unit (每吨铝液交流电耗不高于13000千瓦时, 单位产品能耗; 500千瓦时/吨, 千瓦时每吨 after it; not 每年, a
# rate in time).
_ZH_POWER_RATING_BEFORE = re.compile(r"单(?:机|台|个|体|柜|桩|站|套|座|车|位)|(?<![总机])功率|额定"
                                     r"|每(?!年|月|日|天|季|周|小时)")
_ZH_POWER_PER_AFTER = re.compile(r"(?:/|每)(?!年|月|日|天|季|小时|h)")


def _power_rating(s: str, q: Quantity, lang: str) -> bool:
    """Whether a figure in W or Wh is one item's rating or a quota per unit (see above)."""
    if lang == "zh":
        if _ZH_POWER_PER_AFTER.match(s, q.end):
            return True
        return _ZH_POWER_RATING_BEFORE.search(s, clause_start(s, q.start, "zh"), q.start) is not None
    if s.endswith(_EN_POWER_ONE_ITEM_BEFORE, 0, q.start) and not _EN_POWER_OF_AFTER.match(s, q.end):
        return True
    if _EN_POWER_RATING_BEFORE.search(s, max(0, q.start - 60), q.start):
        return True
    return (("per" in s[q.end: q.end + 60] or "/" in s[q.end: q.end + 4])
            and _EN_POWER_PER_UNIT_AFTER.match(s, q.end) is not None)


def _is_distractor(s: str, q: Quantity, lang: str) -> bool:
    # (the drops most English figures meet, decided before the ~25 tests below, which they otherwise
    # pass through first: on the long hand-written articles a quarter of the figures found are
    # distractors, most of them bare years and word numbers; see _en_year_or_word_number)
    if lang == "en" and q.unit == "count" and _en_year_or_word_number(s, q):
        return True
    if "《" in s and _inside_title(s, q.start):  # (most sentences name no title: no counts for them)
        return True
    before = s[max(0, q.start - 12): q.start]
    after = s[q.end: q.end + 6]
    if (q.unit == "W" or q.unit == "Wh") and _power_rating(s, q, lang):
        return True  # one product's or machine's rating, or a quota per unit (see _power_rating)
    if lang == "en" and _EN_STREET.match(s, q.end):
        return True  # a street number
    if lang == "en" and q.unit == "percent" and q.value >= 90 and (
            _EN_PURITY_AFTER.match(s, q.end)
            or ("urity" in s and _EN_PURITY_BEFORE.search(s, max(0, q.start - 40), q.start))):
        return True  # a purity grade (see _EN_PURITY_AFTER, _EN_PURITY_BEFORE)
    if lang == "en" and q.unit == "percent" and q.value == 100 and _EN_BASIS_AFTER.match(s, q.end):
        return True  # a tonnage's basis (see _EN_BASIS_AFTER)
    if lang == "en" and q.unit == "percent" and s[:1] in "\"“" and not s[q.start].isdigit() \
            and _en_quoted_guess(s, q.start):
        return True  # '"Half of the brands on the market today will not pass," said …': a speaker's guess
    if lang == "en" and "imum " in s[max(0, q.start - 100): q.start] \
            and _EN_BOUND_MOVED_BEFORE.search(s, max(0, q.start - 100), q.start):
        return True  # "raises the minimum luminous efficacy of … to 130 lumens per watt": a rule's bound
    if lang == "en" and has_any(before, _RANKING_WORDS) and _EN_RANKING.search(before):
        return True  # "Top 500 companies": a ranking, not a count
    if lang == "en" and q.unit in ("CNY", "USD", "count") and ("priced" in s or "per " in before):
        if before.endswith("per ") and _EN_PER_BEFORE.search(before):
            return True  # "water use per 10,000 yuan of value added": the denominator of a ratio
        if "priced" in s[max(0, q.start - 40): q.start] and _EN_PRICE_BOUND_BEFORE.search(s, max(0, q.start - 40), q.start):
            return True  # "phones priced under 6,000 yuan ($840)": the price bound that defines a group
    if lang == "zh":
        if q.unit == "count" and "人" in s[q.end - 1:q.end + 3] and _ZH_ATTENDED_AFTER.match(s, q.end - 1):
            return True  # 会议共有三百余人参加。: the meeting's attendance, no figure of the industry
        if (q.chinese_numeral or s[q.start] in "万亿") and _ZH_VAGUE.search(before):
            return True  # 数百家, 上万家: vague amounts
        if q.bare and _ZH_OTHER_UNITS.match(after):
            return True  # power, area, distance…: units outside the metric model
        if before.endswith("前") and q.counted is None and s[q.end - 1: q.end] in "名位强":
            return True  # 居全国前5名: a rank
        if before.endswith("前") and (s[q.end - 1: q.end] in "家大强" or s[q.end: q.end + 1] in "家大强") \
                and _ZH_TOP_RANK_BEFORE.search(before):
            return True  # 排名前10家企业的产值占比: the size of a top group, a ranking
        if "要求" in before and _ZH_REQUIRED_BOUND.search(before):
            return True  # 年处理能力要求不低于1万吨: the bound a rule sets, a parameter
        if q.unit == "percent" and "度" in before[-8:] and _ZH_PURITY_BEFORE.search(before[-12:]):
            return True  # 纯度达到99.9999%以上: a material's purity, a parameter
        if q.unit == "count" and s[q.end - 1: q.end] == "个" and _ZH_NINES_AFTER.match(s, q.end):
            return True  # 纯度提升至11个9: a purity's count of nines (see _ZH_NINES_AFTER)
        if before.endswith(_ZH_BOUND_BEFORE) and _zh_condition_bound(s, q.start):
            return True  # 明确申请企业上一年度销售收入不低于5000万元: the threshold conditions set
        if "第" in before and _ZH_ORDINAL.search(before):
            return True
        if s[q.start] in "百千万" and (_ZH_NUMERAL_IDIOM.fullmatch(s, q.start, q.start + 4)
                                       or _ZH_NUMERAL_IDIOM.fullmatch(s, max(0, q.start - 2), q.start + 2)):
            return True
        if q.unit == "count":
            if q.counted and (_ZH_STOP_NOUNS.match(q.counted) or _ZH_STOP_TAIL.search(q.counted)) \
                    and not (q.bare and q.counted[0] == "次" and s[q.end - 1] in "万亿") \
                    and not (q.counted[0] == "次" and s[q.end - 1] in "人列" and not _ZH_VISITS_PER_SPAN.search(before)) \
                    and not _places_admitted(s, q):
                # (拦截涉诈电话3.2亿次: occasions counted by the hundred million are things counted;
                # 接待游客4300万人次, 培训2.6万人次: person-visits, people counted once a visit; not
                # 日均接待游客2.5万人次, 接待能力为每年200万人次: visits a day or a year, a rate or a capacity;
                # 开行班列386列次: train-runs, as person-visits are, units.py's 列 trains only)
                return True
            if q.counted and q.counted[0] in "门委" and s[q.end - 1: q.end] == "部":
                return True  # 三部门, 15部门, 两部委: the measure word 部 is the first half of 部门
            if "连续" in before and _ZH_RUN_OF_YEARS.search(before):
                return True  # 连续第五年核准10台及以上机组: the threshold a run of years is counted by
            if q.counted and q.counted.endswith(("中", "中的", "里")) or after.startswith(("中的", "大类中")):
                return True
            if q.counted is None and _ZH_AFTER_COUNT.match(after):
                return True
            if before[-1:] in "、和及共" and _ZH_AFTER_STRUCTURE.search(before):
                return True
            if q.counted in _ZH_CATEGORY_COUNTED and _ZH_MEMBERS_AFTER.match(s, q.end + len(q.counted)):
                return True  # 8个领域的126个场景: the groups of the members counted after (see _ZH_CATEGORY_COUNTED)
            # (培育…创新中心三百余家: a noun, then a round numeral of ten or more with 余/多, counts that
            # noun, as 以上 after one does)
            # (a range from one, 一到两家, is a count as 两家 is: its upper bound is read)
            # (全国持证生产企业一百五十七家, 带动就业两万余人: a numeral of a hundred or more spelled with a
            # digit and a place word is no article nor a list's structure, see _zh_sized_numeral)
            if q.chinese_numeral and not _zh_sized_numeral(s, q) \
                    and ((q.value_high or q.value) <= 1 or not (_ZH_STRONG_CUE.search(before) or after.startswith(("以上", "左右"))
                                                          or (q.inner_qualifier == "gt" and q.value >= 10
                                                              and has_any(_zh_clause_before(s, q.start), _ZH_STOCK_VERBS)))):
                return True
        # (the literal every match holds first: a test of it costs a fraction of a regex call)
        if q.unit in ("count", "CNY", "USD") and "的" in after and _ZH_MODIFIER.match(after):
            return True
        if q.unit != "count" and "的" in after[:3] and _ZH_MODIFIER.match(after) \
                and _ZH_COUNT_THRESHOLD_BEFORE.search(s, max(0, q.start - 16), q.start):
            return True  # 培育10家年产量超过50万吨的龙头企业: the bound the counted members pass
        if q.unit != "count" and "的" in after[:3] and _ZH_MEMBERS_COUNTED_AFTER.match(s, q.end):
            return True  # 培育年产糖50万吨以上的企业集团3家: the bound the members counted after pass
        if q.unit in ("CNY", "USD", "tonne") and before.endswith(_ZH_BOUND_WORDS) \
                and (after[:1] in "，。；,;" or not after or after.startswith("以上")) \
                and _ZH_EACH_MEMBER_CLAUSE.fullmatch(s, _zh_count_at(s, q.start), q.start):
            return True  # 5家企业营业收入超过1000亿元: the bound each counted firm passes, the count the figure
        if q.unit in ("CNY", "USD") and ("企业" in after or "工厂" in after) and _ZH_MONEY_CLASS.match(after):
            return True
        if q.unit in ("CNY", "USD") and ("价" in before or "最高" in before) and _zh_price(s, q, before, after):
            # (_zh_price's own substring tests first: most money figures are spared the call)
            return True
        if q.unit == "percent" and "关税" in after[:4] and _ZH_TARIFF_AFTER.match(after):
            return True  # 加征25%关税: a tax rate, not a share
        if q.unit == "percent" and "的" in after and _ZH_PERCENT_MODIFIER.match(after) \
                and not _ZH_SHARE_VERB.search(before[-3:]) \
                and not ("有" in before and _ZH_HAVE_SHARE_BEFORE.search(before)) \
                and not _ZH_WHOLE_BEFORE.search(before) \
                and not (ZH_PART_THAT_DOES.match(s, q.end) and ZH_SCOPE_ONLY_LEAD.fullmatch(_zh_clause_before(s, q.start))):
            # (两成以上的企业已开展…: the part of the units that do something, opening its clause, is a
            # rate, as the 有…的 form; see measures.ZH_PART_THAT_DOES)
            return True
        return False
    if _EN_MONTH_BEFORE.search(before):
        return True
    if s.startswith("-", q.end) and q.bare and _EN_HYPHEN_PARAMETER.match(s, q.end):
        return True  # "65-inch TV panels", "8.6-generation lines", "28-nanometre chips": a size, no count
    if q.unit in ("CNY", "USD") and q.value < 1e6 and s.endswith(("-yuan", "-dollar"), q.start, q.end):
        return True  # "a 5,000-yuan care robot": the price of one item (not "a 350-billion-yuan sector")
    if _en_one_item_or_move(s, q, before):
        return True  # one product's price or weight, a currency's move, a tax rate, a ranked group, a cap
    if q.unit == "percent":
        tail = fold(s[q.end: q.end + 40])
        if has_any(tail, _TAX_WORDS) and _EN_TAX_AFTER.match(tail):
            return True  # "a 100 per cent tariff on cranes": a tax rate, not a share
        # (the cap's base may go unsaid, the clause ending on it: "buyers … can claim premium
        # subsidies of up to 80 percent.", heldout18 H233)
        if before.endswith("up to ") and (_EN_CAP_BEFORE.search(s, max(0, q.start - 40), q.start)
                                          and (tail.startswith(" of") or tail[:1] in _CLAUSE_ENDS)
                                          or _EN_ENTITLED_BEFORE.search(s, max(0, q.start - 40), q.start)
                                          and _EN_OF_OUTLAY_AFTER.match(tail)):
            return True  # "subsidies of up to 35 percent of their price": the cap a rule sets
        if " price" in tail and _EN_OF_PRICE_AFTER.match(tail):
            return True  # "offers 15% of a device's price": the rate a subsidy rule sets, no share of a total
    if q.unit in ("CNY", "USD") and before.endswith("up to ") and (
            _EN_PRICE_CAP_BEFORE.search(s, max(0, q.start - 40), q.start)
            or (_EN_CAP_BEFORE.search(s, max(0, q.start - 60), q.start) or _EN_ENTITLED_BEFORE.search(s, max(0, q.start - 40), q.start))
            and (q.value < _EN_TOTAL_AT_LEAST[q.unit] or _EN_EACH_AFTER.match(s, q.end))):
        return True  # "15% of a device's price, up to 500 yuan", "a subsidy program of up to 500 yuan": a rule's cap
    # (the next three asked of the whole sentence first, at C speed: most sentences hold none of
    # their words, and the windows are then never cut)
    if "requir" in s and "requir" in s[max(0, q.start - 120): q.start] and _after_require_bound(s, q):
        return True  # "…, as new rules require that plants not exceed 80 percent": the bound, after the report
    if ("must " in s or "shall " in s) \
            and ("must " in s[max(0, q.start - 90): q.start] or "shall " in s[max(0, q.start - 90): q.start]) \
            and (duty := _EN_DUTY_THRESHOLD_BEFORE.search(s, max(0, q.start - 90), q.start)) \
            and (duty.group("of") is None or _EN_OR_MORE_AFTER.match(s, q.end)):
        return True  # "firms must report output of more than 10,000 tonnes": the threshold of a duty
    if "for e" in s and has_any(s[q.end: q.end + 80], _FOR_EVERY_WORDS) and _EN_FOR_EVERY_AFTER.match(s, q.end):
        return True  # "retire 1.5 tons of old capacity for every ton built": a replacement ratio a rule sets
    if before.endswith(("for every ", "for each ", "For every ", "For each ")):  # (also opening a sentence)
        return True  # "two inspectors for every 100 robots": the unit a ratio is counted by (as "per 10,000")
    if q.unit in ("CNY", "USD") and (" per " in s[q.end:q.end + 6] or s.startswith(" each", q.end)):
        if _EN_BOUND_BEFORE.search(s, max(0, q.start - 24), q.start) and _EN_PER_UNIT_AFTER.match(s, q.end):
            return True  # "insurance of at least 5 million yuan per vehicle": the bound a rule sets on each unit
    if q.unit in ("CNY", "USD") and "each" in s[max(0, q.start - 60): q.start] \
            and _EN_EACH_RECEIVES_BEFORE.search(s, max(0, q.start - 60), q.start):
        return True  # "30 counties, each of which will receive up to 5 million yuan": one member's grant
    # (the cheap test first: few figures follow "the ")
    if q.unit == "percent" and before.endswith("the ") and _EN_REFERENCE_LEVEL_AFTER.match(s, q.end):
        return True  # "below the 75% level generally considered healthy": a yardstick, no figure of its own
    if q.unit in ("CNY", "USD", "percent") and has_any(s[max(0, q.start - 40): q.start], _RULE_PARAMETER_WORDS) \
            and _EN_RULE_PARAMETER_BEFORE.search(s, max(0, q.start - 40), q.start):
        return True  # "capped at 2,000 yuan per item", "containing as little as 0.1% of …": a rule's terms
    if (q.unit in ("CNY", "USD", "percent", "count", "tonne") and has_any(fold(s[max(0, q.start - 70): q.start]), _THRESHOLD_NOUNS)
            and _EN_THRESHOLD_BEFORE.search(s, max(0, q.start - 70), q.start)):
        return True  # "firms with annual revenue above 10 billion yuan": a threshold (as 1000亿元的企业 is)
    if ("19" in after or "20" in after) and _EN_YEAR_AFTER.match(after) and _EN_MONTH_BEFORE.search(before + " "):
        return True
    if (q.unit == "count" and q.value <= 31 and q.counted is None
            and _EN_DAY_RANGE_BEFORE.search(s, max(0, q.start - 24), q.start)):
        return True
    if q.unit == "count":
        if before.endswith(("f the ", "f these ", "f those ")) and _EN_WHOLE_NAMED_AGAIN.search(s, max(0, q.start - 12), q.start) \
                and _EN_PART_FOLLOWS.match(s, q.end):
            return True  # "Of the 52 projects, 19 are in …": the whole told before, named again for its part
        if q.value <= 12 and "m" in after and _EN_CLOCK_AFTER.match(s, q.end):
            return True  # "at 10 a.m.": a time of day
        if 12000 <= q.value < 13000 and s[q.start:q.end].isdigit() and _EN_SERVICE_NUMBER_AFTER.match(s, q.end):
            return True  # "the ministry's 12381 early-warning platform", "the 12315 hotline": a service's number
        if (q.value < 10000 and before.endswith(" ") and q.value == int(q.value)
                and s[q.start:q.end].isdigit() and _en_model_name(s, q.start)):
            return True  # "the Mate 60 Pro", "the iPhone 17": a product's name
        window = s[max(0, q.start - 40): q.start]
        if has_any(window, _SELECTION_VERBS) and _EN_FUTURE_SELECTION.search(window):
            return True  # "will select around 50 pilot cities next year": a list not drawn up yet
        if q.chinese_numeral and not _word_count_cue(s[max(0, q.start - 30): q.start]) \
                and not _opening_count(s, q):
            return True  # "two key tasks", "three aspects": word numbers are mostly structure
        if 1900 <= q.value <= 2100 and q.value == int(q.value) and "," not in s[q.start:q.end] and q.counted is None:
            return True
        if 1900 <= q.value <= 2100 and _EN_YEAR.fullmatch(s[q.start:q.end]):
            return True
        # (the noun counted, not what it is for: "1,400 licence applications for rare-earth items"
        # counts applications, where "22 items" or "key tasks for 2025" are structure)
        head = _EN_WORD_SPLIT.split((q.counted or "").partition(" for ")[0])
        if "point" in (q.counted or "") and head:
            head = _site_points(head)
        if head and any(w.lower().strip(",.") in _EN_STOP_NOUNS for w in (head[0], head[-1], *head[1:3])):
            return True
        if head and head[-1].lower().strip(",.") in _EN_ADDRESS_NOUNS:
            return True  # "13 Xichang'an Road": an address (but "16,000 road test licences" are licences)
        if q.value < 1 and q.counted is None:
            return True
        if q.counted is None and "ndex" in window and _EN_INDEX_BEFORE.search(window):
            return True  # "the SME Development Index stood at 89.6": an index reading, no count of things
    return False


_EN_CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
# A service a number dials or names, in the singular (China's public service numbers run 12301 to
# 12399, written without a comma: 12315, 12345, 12381): "the 12381 early-warning platform", "its
# 12345 government service hotline"; a count names a plural ("12,000 service platforms").
_EN_SERVICE_NUMBER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:hotline|helpline|platform)\b(?!-)"
                                      r"(?!\s+(?:users|operators|providers|subscribers)\b)")
# A whole named again to count a part of it, opening its clause: "Of the 52 projects, 19 are …",
# "Of those 120 firms, a third …" (the count is the one told before; the part follows the comma).
_EN_WHOLE_NAMED_AGAIN = re.compile(r"(?:^|[;,:]\s+|\.\s+)[Oo]f\s+(?:the|these|those)\s+$")
_EN_PART_FOLLOWS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:\d|a\s|an\s|about\s|more\s|nearly\s|over\s|only\s|just\s"
                              r"|[a-z]+\s+(?:are|were|is|was|have|had)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)")
# A capitalised word (or one like "iPhone") right before a bare integer, not the sentence's first word
# ("About 300 firms", "Nearly 12,000"): the number is part of a name ("Mate 60", "Model 3").
_EN_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|of|from|at|across|for|with) $")
_EN_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])[a-z]?[A-Z][A-Za-z]* $")
# The last word of a place's name that is no province or city of the table (subjects.PLACES).
_EN_PLACE_HEADS = frozenset(("Delta", "Province", "City", "Region", "Area", "District", "Zone", "Bay", "Basin", "County"))


def _en_model_name(s: str, start: int) -> bool:
    """Whether the integer at ``start`` follows a name's capitalised word inside the sentence."""
    name = _EN_NAME_BEFORE.search(s, max(0, start - 24), start)
    if not name or not s[:name.start()].strip(" \"“'‘(") or s[name.start() - 2: name.start()] in (". ", ": ", "— ", "- "):
        return False
    # (a place after a preposition, "In Guangdong 300 firms …", is no name of a product)
    if _EN_PLACE_PREPOSITION.search(s, max(0, name.start() - 8), name.start()) is not None:
        return False
    # (nor a place itself, figures listed by place: "Guangdong 320 firms, Jiangsu 280 and Zhejiang
    # 250", "the Yangtze River Delta 18")
    word = name.group(0).rstrip()
    return region_of(word, "en") is None and word not in _EN_PLACE_HEADS


# A number joined by a hyphen to a unit of size or kind, the compound describing a product:
# "65-inch", "8.6-generation", "28-nanometre", "64-layer", "200-megapixel", "100-horsepower".
# (and the size of one machine or vessel: "a 24,000-TEU container ship", "a 5-megawatt turbine", "a
# 10,000-tonne press", "a 400-metre ship", "the 142,000-gross-ton ship"; a voltage class: "1,000-kilovolt
# transformers", "220-kV lines")
_EN_HYPHEN_PARAMETER = re.compile(r"-(?:inch|generation|nanomet(?:er|re)|nm|layer|bit|core|megapixel|seater|seat"
                                  r"|horsepower|hp|TEU|(?:kilo|mega|giga)watt|[kMG]W|(?:gross-|deadweight-)?(?:ton|tonne)|dwt|met(?:er|re)|kilomet(?:er|re)|km"
                                  r"|storey|story|axis|wheel|liter|litre|(?:kilo)?volt|kV)\b")

# An index named in the words before a bare figure ("Index (SMEDI) stood at 89.6", "the index rose
# to 52.1"): the figure is its reading.
_EN_INDEX_BEFORE = re.compile(r"\b[Ii]ndex\b[^.;,]{0,30}$")

# A percentage of a price ("15% of a device's price", "10 percent of the purchase price"): what a
# subsidy or rebate rule pays (tested on the folded words after the figure), and the cap in money
# that follows it ("…price, up to 500 yuan").
_EN_OF_PRICE_AFTER = re.compile(r"\s*(?:per ?cent)?\s+of\s+(?:a|an|the|its|their|each)\s+(?:[\w'’-]+\s+){0,3}?prices?\b")
# What each member of a named group receives ("named 30 counties as pilot areas, each of which will
# receive up to 5 million yuan", "each gets as much as 2 million yuan"): one member's grant, no total
# (as a per-claimant subsidy cap, 最高2000元, is none). The grant verb right after "each", a bound
# or nothing between it and the amount.
_EN_EACH_RECEIVES_BEFORE = re.compile(
    r"\beach\s+(?:of\s+(?:which|them|whom|these|those)\s+)?(?:will\s+|would\s+|can\s+|could\s+|is\s+to\s+|is\s+set\s+to\s+)?"
    r"(?:receives?|gets?|(?:be|is)\s+(?:granted|given|awarded|eligible\s+for)|wins?)\s+"
    r"(?:up\s+to\s+|as\s+much\s+as\s+|at\s+most\s+|no\s+more\s+than\s+|about\s+|around\s+)?$", re.I)
# A bound on each unit a rule sets, in money ("liability insurance of at least 5 million yuan per
# vehicle", "up to 500 yuan each"): the bound before, "per <unit>"/"each" after.
# (the bound on a rule's noun, "insurance of at least …", "rebates of no more than …": not a price
# that moved to a level, "prices rose to at least 500 yuan per tonne")
# An amount asked for each unit of another ("retire at least 1.5 tons of old capacity for every ton
# built", "replace 1.25 tonnes for each tonne of new capacity", "hire two inspectors for every 100
# robots"): a rule's ratio (as 产能置换比例1.5:1 is), no total. (Tested on the words after the figure,
# in its clause, only when "for every"/"for each" occurs there.)
_EN_FOR_EVERY_AFTER = re.compile(r"[^,;.]{0,60}?\bfor\s+(?:every|each)\s+(?:(?:\d[\d.,]*|one|single|new|additional)\s+)?"
                                 r"(?:[\w-]+\s+)?(?:tons?|tonnes?|units?|yuan|dollars?|kilowatts?|megawatts?|vehicles?|cars?"
                                 r"|robots?|workers?|employees?|one)\b")
_FOR_EVERY_WORDS = ("for every", "for each")
_EN_BOUND_BEFORE = re.compile(r"\bof (?:at least|no less than|not less than|a minimum of|up to|at most|no more than) $")
_EN_PER_UNIT_AFTER = re.compile(r"\s+(?:per\s+(?!cent\b)[a-z]|each\b)")
# A level named as a yardstick: "the 75% level generally considered healthy", "the 50% mark seen as …".
_EN_REFERENCE_LEVEL_AFTER = re.compile(r"\s+(?:level|mark|threshold|line|benchmark)\s+(?:that\s+is\s+|which\s+is\s+)?"
                                       r"(?:generally\s+|widely\s+|usually\s+|commonly\s+)?(?:considered|regarded|seen|deemed|viewed)\b")
_EN_PRICE_CAP_BEFORE = re.compile(r"\bprices?\s*,?\s+(?:and\s+|capped\s+at\s+|with\s+a\s+cap\s+of\s+)?up to $")

# Verbs that build up or hold a stock of things, anywhere in the clause before a count written in
# words with 余/多 (培育省级制造业创新中心三百余家: the noun stands between verb and figure).
_ZH_STOCK_VERBS = ("培育", "建成", "累计", "拥有", "认定", "创建", "新增", "形成", "打造", "共有", "已有", "达到", "获批")


# A Chinese numeral sized as a figure (一百五十七, 两万, 三千余): a digit word, then a place word
# (十 is too small: 二十条措施, 十大工程 are structure; 百/千/万 alone, 百家, 千家万户, are idioms).
_ZH_SIZED_NUMERAL = re.compile(r"[一二两三四五六七八九][百千万亿]")
_ZH_SIZED_MIN = 100
_ZH_CLAUSE_END = "，。；、"


def _zh_sized_numeral(s: str, q: Quantity) -> bool:
    """Whether the Chinese numeral of ``q`` opens on a digit word times a hundred or more, is at
    least _ZH_SIZED_MIN and ends its clause, after its noun (持证生产企业一百五十七家。): a count told
    as words, the clause's predicate; not the article or structure small numerals are, nor a
    numeral before what it counts does (活动吸引了三千余人参加: attendance, no figure)."""
    return q.value >= _ZH_SIZED_MIN and (q.end == len(s) or s[q.end] in _ZH_CLAUSE_END) \
        and _ZH_SIZED_NUMERAL.match(s, q.start) is not None \
        and not (s[q.end - 1:q.end] in "人次" and has_any(_zh_clause_before(s, q.start), _ZH_ATTENDANCE))


# Those who attend a meeting or a fair (论坛参会代表三百人, 展会观众两万人次, 出席嘉宾一百余人): a count of
# persons after one of these words is the event's attendance, no figure of the industry (as a numeral
# before 参加 is not); 带动就业两万余人, 从业人员三千余人 stay counts.
# A count of persons, then the verb of attending and the clause's end (会议共有三百余人参加。, 论坛共有
# 500余名代表出席, 200余人参会，): the meeting's attendance, whatever cue opens the count (共有 is a strong
# one). The meeting may be named after the verb (参加了会议); not what is attended otherwise
# (三百余人参加培训, 两万人参加医保 stay counts). (Tested from the figure's last character: the
# figure may end on 人, or the unit follow it.)
_ZH_ATTENDED_AFTER = re.compile(r"(?:[余多]?(?:名|位)?(?:人次|人))?[余多]?(?:名|位)?(?:代表|嘉宾|观众)?"
                                r"(?:共同|先后|现场|线上)?(?:参加|出席|参会|与会|到会|列席)了?"
                                r"(?:本次|此次|这次)?(?:会议|大会|活动|论坛|会)?(?=[，。；！]|$)")
_ZH_ATTENDANCE = ("参会", "参加", "出席", "与会", "观众", "嘉宾", "参展", "听众", "参赛", "代表")


def _zh_clause_before(s: str, start: int) -> str:
    """The text of ``s`` from the last clause break before ``start`` up to it."""
    cut = max(s.rfind(p, 0, start) for p in "，。；：")
    return s[cut + 1: start]


# 连续第五年核准10台及以上机组, 连续三年超过100家: a run of years counted by a threshold.
_ZH_RUN_OF_YEARS = re.compile(r"连续(?:第)?[\d一二两三四五六七八九十多]+(?:个)?年[^，。；、]{0,6}$")
_ZH_TARIFF_AFTER = re.compile(r"(?:的)?(?:关税|附加关税|惩罚性关税)")
# A rate of tax after a percentage ("a 100 per cent tariff", "25% duties on"), tested on the folded
# words after the figure (which start at its end: "percent" is part of the figure).
_TAX_WORDS = ("tariff", "dut", "levy", "levies", "tax")
_EN_TAX_AFTER = re.compile(r"\s*(?:per ?cent|%)?\s*(?:import |punitive |additional |extra )?(?:tariffs?|duty|duties|levy|levies|tax(?:es)?)\b")
# (the rule's verb too: "measures that subsidize up to 30 percent of the cost of buying robots")
_CLAUSE_ENDS = ("", ".", ",", ";")  # (a figure's tail that opens on its clause's end, or none)
_EN_CAP_BEFORE = re.compile(r"\b(?:subsid(?:y|ies)|grants?|rebates?|refunds?|awards?|compensation|funding|support|discounts?"
                            r"|subsidi[sz](?:e|es|ed|ing)|reimburs(?:e|es|ed|ing)|refund(?:s|ed|ing))"
                            # ("a subsidy program of up to 500 yuan", "a rebate scheme of up to 20%")
                            r"(?:\s+(?:programs?|programmes?|schemes?|payments?))?\s+(?:of\s+)?up to $", re.I)
# What a rule entitles each claimant to ("companies can claim up to 30 per cent of their spending", "car
# buyers could receive up to 20,000 yuan"); in percent only of an outlay ("could get up to 30% of the
# market" is a forecast share).
_EN_ENTITLED_BEFORE = re.compile(r"\b(?:can|may|could)\s+(?:claim|receive|get|obtain|apply\s+for)\s+up to $", re.I)
_EN_OF_OUTLAY_AFTER = re.compile(r"\s+(?:off\b|of\s+(?:a|an|the|its|their|each|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:spending|costs?|investments?|expenses?|expenditures?|outlays?|prices?|fees?|purchases?"
                                 r"|bills?|value|losses|premiums?)\b)")
# A programme's whole size, not a cap on each claimant ("subsidies of up to 10 billion yuan for the
# trade-in program this year"): an amount this large names no claimant's share (a cap on each
# unit says so, "up to 1 billion yuan per project").
_EN_TOTAL_AT_LEAST = {"CNY": 1e9, "USD": 1e8}
_EN_EACH_AFTER = re.compile(r"\s+(?:per\s+(?!cent\b)[a-z]|each\b|for\s+(?:each|every)\b)")
# A cap in money or percent a rule sets ("…, capped at 2,000 yuan per item", "with a cap of 5%"),
# and the content that makes a product fall under a rule ("products containing as little as 0.1%
# of Chinese-origin rare earths by value"): parameters, no industry figures. A bound other than "as
# little as" only on a criterion ("containing", "that contain"), not on a finite verb telling a fact
# ("the country's capacity contained more than 40 percent of the world's total").
_EN_RULE_PARAMETER_BEFORE = re.compile(r"(?:\bcapped\s+at|\bwith\s+a\s+cap\s+of|\bcontain(?:s|ing|ed)?\s+as\s+little\s+as"
                                       r"|(?:\bcontaining|\b(?:that|which)\s+contains?)\s+(?:at\s+least|no\s+less\s+than"
                                       r"|more\s+than|less\s+than))\s+$")
_RULE_PARAMETER_WORDS = ("capped at ", "cap of ", "contain")

# The entrants of a list still to be drawn up ("the departments will select around 50 pilot cities",
# "plans to name 30 more"): a planned action, no figure yet. (Lower case: one of the verbs is in
# every match.)
_SELECTION_VERBS = ("select", "name", "designat", "choose", "pick", "shortlist")
_EN_FUTURE_SELECTION = re.compile(
    r"\b(?:will|would|plans? to|planning to|is to|are to|set to|intends? to)\s+(?:also\s+)?(?:select|name|designate|choose|pick|"
    r"shortlist)\s+(?:(?:around|about|some|up to|roughly|nearly|approximately|another|a further|a total of)\s+)?$")

# The threshold that narrows a group of firms ("companies with annual revenue above 10 billion
# yuan", "manufacturers whose sales topped …"): the figure defines the group, it is no metric.
_EN_THRESHOLD_BEFORE = re.compile(
    # ("firms, those with revenue of at least …"; "projects, each worth over …": the size of each member)
    # ("fostering at least 10 vendors with sales of more than 1 billion yuan each": the size each
    # counted member must reach, whatever the members are called)
    r"\b(?:(?:firms|companies|enterprises|manufacturers|makers|businesses|factories|plants|mills|SMEs|those|vendors"
    r"|suppliers|producers|developers|exporters|brands|players|groups|counties|cities|parks|clusters)\s+(?:with|whose|having)\b"
    r"|(?:projects|firms|companies|enterprises|plants|factories),\s+each\s+(?:worth|with|valued\s+at|costing)\b"
    # ("18 super-large ones each with more than 10,000 racks": each member's size, whatever names it)
    r"|\beach\s+(?:with|having)\b"
    # ("re-verify the identity of any user who holds more than five phone cards", "every company that
    # employs over 300 people": whoever a rule reaches, described by a relative clause)
    r"|\b(?:any|every|each)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that|which|whose)\b)"
    # (or a ceiling: "mills with fewer than 3 million tons of annual capacity")
    r"[^,;.]{0,40}?\b(?:above|over|exceeding|exceeded|of more than|more than|at least|topping|topped|fewer than|less than"
    r"|below|under)\s+(?:[$¥]\s*|RMB\s*)?"
    # (and its conversion in brackets: "above 10 billion yuan ($1.44 billion)")
    r"(?:[\d.,]+\s+(?:[a-z]+\s+)?(?:yuan|dollars|U\.S\. dollars)\s*\(\s*(?:about\s+|around\s+|or\s+)?(?:[$¥]\s*)?)?$",
    re.I)
# Every match of _EN_THRESHOLD_BEFORE holds one of these (lower case: tested on the folded window,
# which holds the match): the pattern, opening with \b, is otherwise tried at every position.
_THRESHOLD_NOUNS = ("firms", "companies", "enterprises", "manufacturers", "makers", "businesses", "factories", "plants",
                    "mills", "smes", "those w", "those h", ", each ", "vendors", "suppliers", "producers", "developers",
                    "exporters", "brands", "players", "groups", "counties", "cities", "parks", "clusters", "each with", "each having",
                    "any ", "every ", "each ")

# Verbs that state a count of real things before a number written as a word.
# (cultivate in the plain form too: a plan's target, "will cultivate three to five globally
# competitive enterprises", counts firms as "cultivated 12 firms" does)
_EN_WORD_COUNT_CUE = re.compile(
    r"(?:approved|approving|approve|built|build|set up|established|recognized|recognised|selected|named|"
    r"designated|launched|released|issued|published|added|created|cultivated|cultivate|cultivating|has|have|had|with|"
    r"(?:the )?construction of|(?:a )?total of|reached|totaled|totalled|numbered|exceeded|more than|over|"
    r"nearly|about|some|another|further|at least)\s+(?:(?:new|national|more|additional|key|major)\s+)?$",
    re.I,
)
# The same pattern without re.I, run on the case-folded window (see needles.case_sensitive_twin):
# with re.I, re tries each of its ~35 words at every position of the window.
_EN_WORD_COUNT_CUE_TWIN = case_sensitive_twin(_EN_WORD_COUNT_CUE)
_EN_WORD_COUNT_CUE_TWIN = flatten(_EN_WORD_COUNT_CUE_TWIN)  # (optional groups as alternations: needles.flatten)


def _word_count_cue(window: str) -> bool:
    """``bool(_EN_WORD_COUNT_CUE.search(window))``, found by its twin in the folded window (the
    match taken again by the pattern itself at the same place, as needles.Guarded does)."""
    folded = fold(window)
    if len(folded) != len(window):
        return bool(_EN_WORD_COUNT_CUE.search(window))
    m = _EN_WORD_COUNT_CUE_TWIN.search(folded)
    return bool(m and _EN_WORD_COUNT_CUE.match(window, m.start()))


# A count opening its sentence as the subject of what was done to, or by, the things counted:
# "Nine models from six carmakers, including BYD Co., …, received product access approvals", "Six
# centres were removed from the list", "Twelve cities have issued subsidy plans". (Not "Three tasks
# were set out": the stop nouns are read after this; not "Two things matter", no such verb.)
# (the verb of the sentence's first clause: no ";" before it; abbreviations' points are inside.
# Not a verb past one of saying or a word opening another clause, _EN_NOT_OWN_VERB: "Three
# officials said the plants had been approved", "Five analysts polled by Reuters said …": the
# count is of the speakers, the verb another subject's)
_EN_OPENING_COUNT_VERB = re.compile(
    _EN_NOT_OWN_VERB + r"{0,120}?\b(?:"
    r"(?:received|won|obtained|secured|gained|(?:were|have\s+been|had\s+been)\s+(?:granted|given|issued))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:approvals?|licen[cs]es?|permits?|certificat\w+|confirmations?|accreditation|qualifications?|awards?)"
    r"|(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:approved|selected|named|recogni[sz]ed|designated|certified|listed"
    r"|added|removed|delisted|granted|licensed|shortlisted|cleared|accredited)"
    r"|failed\s+(?:[\w'’-]+\s+){0,3}?(?:review|inspection|assessment|evaluation)"
    r"|(?:have|has|had)\s+(?:already\s+|so\s+far\s+|now\s+)?(?:issued|released|launched|set\s+up|built|introduced|published"
    r"|rolled\s+out|adopted|joined|signed))\b")
_OPENING_VERB_WORDS = ("receiv", "won", "obtain", "secur", "gain", "were", "been", "fail", "have", "has", "had")


def _opening_count(s: str, q: Quantity) -> bool:
    """Whether the word count ``q`` opens its sentence, capitalised, as the subject of a verb of
    :data:`_EN_OPENING_COUNT_VERB` (a cue after the count, where a count inside a sentence has
    one before it)."""
    if s[:q.start].strip(" \"“'‘") or not s[q.start].isupper():
        return False
    after = s[q.end: q.end + 160]
    return has_any(after, _OPENING_VERB_WORDS) and _EN_OPENING_COUNT_VERB.match(after) is not None


def bare_ok(s: str, q: Quantity, lang: str) -> bool:
    """A number without unit or noun is a figure only when it is big or clearly stated."""
    if lang == "zh":
        return True  # Chinese bare quantities carry 万/亿 already.
    text = s[q.start:q.end]
    if any(w in text.lower() for w in ("million", "billion", "trillion", "thousand")) or "," in text:
        return True
    return bool(_EN_STRONG_CUE.search(s[max(0, q.start - 20): q.start])) and q.value >= 10 and not (1900 <= q.value <= 2100)
