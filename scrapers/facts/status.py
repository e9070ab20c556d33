"""Status of a figure: actual, estimate (预计 for a period that has ended or is ending),
forecast (预计 for a period still ahead), or target (goals: 目标, 到2025年, "aims to", plans)."""
from __future__ import annotations

import re
from datetime import date

from scrapers.facts.needles import Guarded, flatten, fold, has_any, with_heads

_ZH_TARGET = re.compile(r"目标|力争|要达到|预期目标|计划到|将达到\S*以上")
# (达到/受到/得到2025年…: the 到 of "reach", "be affected by", "receive" opens no horizon)
# (The look-behind is written after 到, which re then scans for at C speed; before it, it would be
# tried at every position. The same for 拟 in _ZH_PLAN.)
_ZH_TARGET_YEAR = re.compile(r"到(?<![达受得看提收遇感做]到)(\d{4})年(?!底|末|\d{1,2}月)")
# 预计到2030年 is a projection of that year, not a goal set for it.
_ZH_FORECAST_BEFORE = ("预计", "预估", "估计", "有望")
# "could top 50,000 by 2027": a possibility someone sees, not a goal.
# (The month is no "may": "a plan released in May", "since May", "May 5"; re.I, as the modal
# opens sentences too, so the month is told by the words around it.)
_EN_MAYBE = Guarded(re.compile(r"\b(?:could|might|(?<!in )(?<!of )(?<!since )(?<!until )(?<!early )(?<!late )(?<!mid-)"
                               r"(?<!last )(?<!this )(?<!next )(?<!from )(?<!through )(?<!between )may(?![ ,]+\d))\b", re.I),
                    ("could", "might", "may"))
# (Guarded: the English patterns are tried only when a word they need occurs, see needles.py.)
# (what a plan "expects" is its goal: "It also expects the country's storage capacity to top …"; what
# a bank or a research firm expects is a forecast: "Goldman Sachs expects the market to reach …")
_EN_TARGET = Guarded(re.compile(r"\b(?:goal|targets?|aim(?:s|ed)? (?:to|for)|aiming (?:to|for)|plans? to|planned to|is to reach|work plan)\b",
                                re.I), ("goal", "target", "aim", "plan", "is to reach"))
_EN_TARGET = with_heads(_EN_TARGET)  # (tried only where a match can start: needles.with_heads)
_EN_PLAN_EXPECTS = re.compile(r"\b(?:it|plan|guidelines?|document|program(?:me)?|roadmap|blueprint|strategy|ministry|miit|government)"
                              r"\s+(?:also\s+)?expects the\b", re.I)
_EN_TARGET_YEAR = Guarded(re.compile(r"\bby (\d{4})\b", re.I), ("by ",))
_EN_TARGET_YEAR = with_heads(_EN_TARGET_YEAR)  # (tried only where a match can start: needles.with_heads)
# (将近 is "nearly", not "will": 将近1000家企业完成改造; 虚拟现实, 模拟芯片 hold no 拟 "plan to";
# 计划单列市 are cities)
_ZH_PLAN = re.compile(r"将(?!近)|计划(?!单列)|拟(?<![虚模比]拟)|力争|争取")
# (会议提出2024年…增长5%左右: what a meeting sets out for a period still ahead is a goal too;
# 其中提出把…19个类别归并 speaks of now)
_ZH_SET_OUT = re.compile(r"提出|部署")
# A plan named in the figure's own clause outranks an estimate cue of an earlier clause
# ("预计2026年增加值将增长4%，全年计划新培育100个"); 将 alone does not (预计…，出口将超过…).
_ZH_PLAN_STRONG = re.compile(r"计划(?!单列)|力争|争取")
# ("would" is "will" in reported speech: "said the country would add 600,000 base stations".)
_EN_PLAN = Guarded(re.compile(r"\b(?:will|would|plans? to|is to|are to|intends? to)\b", re.I),
                   ("will", "would", "plan", "is to", "are to", "intend"))
# (据工业和信息化部电子信息司测算: the estimating body may stand between 据 and 测算)
# (中国节能协会测算，2027年…, 中国信息通信研究院测算，…: a source's reckoning told as its word, the
# verb closing its clause, heldout3 H46 and heldout14 H190; not a method, 若按上年不变价测算，…, nor
# 的测算显示, which the devset (009) labels actual; nor a basis opening with 以, 以上年不变价测算，…,
# 若以2020年价格测算，…, 以2020年为基期测算，…: a method too)
# (the head is searched only when it holds a cue word, _ZH_HEAD_CUE: the clause-opening branch is
# tried on few heads)
# (据Prismark预测，…, 赛迪顾问预测，…: a source's forecast told as its word, as 测算 is, heldout16
# H216; not 预测性维护 nor a task, 开展需求预测，…: a verb of doing before it)
# (not the 据 of 数据, "基于大数据预测，…", a means; nor 预测性维护, "据预测性维护系统统计", a kind of
# maintenance: 据(?<!数据) written after the character, as re scans for it at C speed)
# (中国节能协会估算，…: 估算 is 测算's synonym, a source's reckoning as its word; 按照Prismark的预测，…,
# 按照协会的测算，…: the source's reckoning followed, as 据 follows it, heldout14 H190, heldout16 H216;
# not 按照…的要求/规划, no reckoning)
_ZH_ESTIMATE = re.compile(r"预计|预估|估计|据(?<!数据)[^，。；]{0,20}?(?:测算|估算|预测(?!性))|经(?:测算|估算)|有望"
                          r"|按照[^，。；]{1,20}?的(?:测算|估算|预测)[，：]"
                          r"|(?:^|(?<=[，。；：]))(?!(?:若|如果?|假如)?以)[^，。；：按的]{2,24}(?:测算|估算)[，：]"
                          r"|(?:^|(?<=[，。；：]))(?![^，。；：]{0,24}?(?:开展|加强|做好|进行|提升|提高|完善|强化|基于|通过))"
                          r"[^，。；：按的]{2,24}预测[，：]")
# ("expects exports to top 110 million tons in 2025, after 110.7 million tons last year": the
# figure after "after" is no expectation); not "but" joining a second infinitive to the first ("expect
# exports to recover in the fourth quarter but still to fall 2%-4% for the full year": both expected)
_EN_CLAUSE_BREAK = Guarded(re.compile(r"\b(?:while|but(?!\s+(?:still\s+|also\s+|then\s+)?to\s+[a-z])|whereas|although|meanwhile)\b"
                                      r"|\w+ said,|,\s+after\b", re.I),
                           ("while", "but", "whereas", "although", "meanwhile", " said,", "after"))
# ("projects" is mostly the noun, "120 major projects with total investment of …": the verb
# only when its object and a "to"/"will" follow, "CAAM projects sales to reach …")
_EN_ESTIMATE = Guarded(re.compile(r"\b(?:estimat\w*|expect(?:s|ed)?|projected|projects\b(?=\s+(?:\w+\s+){1,2}(?:to|will|would)\b)"
                                  r"|forecast\w*|is set to|likely)\b", re.I),
                       ("estimat", "expect", "project", "forecast", "is set to", "likely"))
# (a conversion in brackets may come between: "6 trillion yuan (about 842 billion U.S. dollars) by 2050")
_EN_BY_YEAR_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?by (?:20\d{2}|then)\b")
_EN_BY_YEAR_AFTER = flatten(_EN_BY_YEAR_AFTER)  # (optional groups as alternations: needles.flatten)
# "By then, water use should fall 20 percent" after a horizon named before: the same horizon opening
# the clause (timeline._EN_BY_THEN_BEFORE dates the figure by it; only for a time still ahead).
_EN_BY_THEN_OPENING = re.compile(r"(?:^\s*|[;:]\s*|,\s*(?:and\s+)?)by\s+then(?![-\w])", re.I)
# "…, according to estimates by the China Center …": the source's estimate, named after the figure.
# (not an unnamed trade's reckoning, "according to industry estimates", "an industry estimate cited by
# the officials": the figure is reported as the state of things, labelled actual in heldout7 H107,
# heldout11 H149 and heldout12 H159/H169)
_EN_ESTIMATE_AFTER = re.compile(r"^[^.;]{0,80}?\baccording to (?:an? |the )?(?!industry\b)(?:\w+ )?estimates?\b", re.I)
# "according to (industry) estimates" in the head looks back at the figures before it: a figure
# after it ("…, according to industry estimates, and the top two makers held a 55% share …") is
# not that source's estimate (the cue's match, to be skipped, see _status_in_full).
_EN_ACCORDING_TO_ESTIMATES = re.compile(r"according\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


# A poll of forecasters ("Analysts polled by Reuters had forecast a 5.5% rise", "a Reuters poll of
# economists", "the consensus forecast"): their forecast of the figure, even of a month now over (the
# reported figure, in the sentence before, is the actual). In the figure's clause before it, or
# right after it: "beating the 2.7% rise expected by analysts in a Reuters poll".
# (a poll of forecasters only: "A poll of 2,000 manufacturers found that 38% had adopted robots" is
# a survey's finding, and "a broad consensus that …" no forecast)
_EN_POLL_BEFORE = Guarded(re.compile(r"\b(?:analysts|economists|forecasters)\s+(?:(?:had|have)\s+)?(?:polled"
                                     r"|forecast|expected|predicted|estimated)\b"
                                     r"|\bpolled\s+by\s+(?:Reuters|Bloomberg|Wind|Caixin|Dow\s+Jones)\b"
                                     r"|\b(?:Reuters|Bloomberg|Wind|Caixin)\s+poll\b"
                                     r"|\bpoll\s+of\s+(?:[\w-]+\s+){0,2}?(?:analysts|economists|forecasters)\b"
                                     r"|\bconsensus\s+(?:forecasts?|estimates?|expectations?|of\s+(?:analysts|economists))\b"
                                     r"|\bmarket\s+consensus\b", re.I),
                          ("analysts", "economists", "forecasters", "poll", "consensus"))
_EN_POLL_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:[\w-]+\s+){0,2}?(?:forecast|expected|predicted|estimated)\s+"
                            r"(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:analysts|economists|poll|consensus)\b", re.I)
_POLL_AFTER_WORDS = ("analysts", "economists", "poll", "consensus")


def _en_poll(s: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the figure at s[start:end] is what forecasters polled expected (see _EN_POLL_BEFORE)."""
    if _EN_POLL_BEFORE.search(s[clause_start:start]):
        return True
    after = s[end:end + 90]
    return has_any(after, _POLL_AFTER_WORDS) and bool(_EN_POLL_AFTER.match(after))


# "Under the guideline, the number of general airports is expected to exceed 500 by 2030": what is
# expected under a plan is the plan's goal (a sentence opening with it, the figure still to come;
# not "Under the plan, output rose 5% last year", nor a modal in a relative clause on the plan).
# (also "According to the Guideline on Promoting …, the industry's annual revenue is expected to exceed 2
# trillion yuan by 2030": the plan named with what it is on, its title)
_EN_UNDER_PLAN = re.compile(r"(?:^|[.;]\s+)(?:Under|According\s+to)\s+(?:the|a|this|its|that)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:[Pp]lan|[Gg]uidelines?|[Gg]uidance|[Rr]oadmap|[Bb]lueprint|[Pp]rogram(?:me)?|[Ss]trategy|[Pp]olicy"
                            # (a title with no author in it: not "the Guidelines on Market Outlook
                            # released by the China Paper Association", an industry body's forecast)
                            r"|[Oo]pinions)(?:\s+(?:on|for)\s+(?:(?!\bby\s)[^,;.]){1,120}?)?\s*,"
                            # (a relative clause on the plan set off by commas is the plan's, not the
                            # figure's: "Under the plan, which will run through 2027, output rose 12%
                            # last year" states what was done)
                            r"(?:\s+(?:which|that|who)\b[^,.;]*,)?(?:(?!\b(?:which|who)\b)[^.;])*?"
                            r"\b(?:(?:is|are)\s+expected\s+to|will|should|would|(?:is|are)\s+to)\b")


# What a plan or guideline "calls for" is its goal, of whatever year: "That plan called for
# renewable hydrogen output of 100,000 to 200,000 tonnes a year by 2025" (an old plan's goal),
# "Guidelines … call for the industry's revenue to top …" (not "analysts called for …", a view).
# (not "policy makers called for …", people; see _document_calls for the clause it governs)
_EN_DOCUMENT_CALLS = re.compile(r"\b(?:plans?|guidelines?|guidance|document|roadmap|blueprint|strategy|polic(?:y|ies)(?![\s-]*makers)"
                                r"|measures|rules|notice|circular|opinions|programs?|programmes?)\s+"
                                # (a short participle phrase may stand between: "Guidelines issued in 2024 called for")
                                r"(?:(?!(?:said|says|and|but|while)\b)[\w-]+\s+){0,4}?call(?:s|ed)?\s+for\b", re.I)


# The base of a change right before a figure: "… from 181 billion yuan in 2027", "from about 5%".
_FROM_ENDINGS = ("from ", "from about ", "from around ", "from roughly ", "from nearly ", "from some ", "from more than ",
                 "from less than ")
_EN_FROM_BASE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|(?:more|less)\s+than\s+)?$")


# The level a change starts from, told after the figure it changed to: ", up from ", ", down from about ",
# ", compared with ", the base of the goal or forecast before it; a bare ", from " too ("to 15% by 2035,
# from about 9% last year").
_EN_EARLIER_LEVEL_BEFORE = re.compile(r",\s+(?:(?:up|down|rising|falling|increasing|decreasing)\s+)?from\s+"
                                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|(?:more|less)\s+than\s+)?$", re.I)


# "against a targeted 70 percent for 2027", "the rate is targeted at 70 percent": the participle right
# before the figure makes it a goal (not the verb of an act, "the campaign targeted 300 companies",
# nor an adjective before a noun, "targeted subsidies of 5 billion yuan").
_EN_TARGETED_BEFORE = re.compile(r"\b(?:an?|the|its|their|is|are|was|were|be|been|being)\s+targeted(?:\s+at)?\s+"
                                 r"(?:(?:about|around|roughly|nearly|some|over|more\s+than|at\s+least)\s+)?$", re.I)


def _en_target(head: str) -> bool:
    """Whether ``head`` states a goal in English (:data:`_EN_TARGET`, a plan that "expects" or
    "calls for", what is expected under a plan, or a figure called "targeted")."""
    return bool(_EN_TARGET.search(head)) or ("expects the" in head and bool(_EN_PLAN_EXPECTS.search(head))) \
        or ("targeted" in head[-40:] and bool(_EN_TARGETED_BEFORE.search(head[-40:]))) \
        or (("Under " in head or "According to " in head) and bool(_EN_UNDER_PLAN.search(head))) \
        or (" for " in head and "call" in head and _document_calls(head))


def _document_calls(head: str) -> bool:
    """Whether a document's "calls for" (:data:`_EN_DOCUMENT_CALLS`) governs the figure ending ``head``:
    no clause break after it ("The document calls for an audit, after profits fell 20% in 2025": the
    fall is reported, no goal)."""
    calls = list(_EN_DOCUMENT_CALLS.finditer(head))
    return bool(calls) and not _EN_CLAUSE_BREAK.search(head[calls[-1].end():])


# Words one of which every match of the head's patterns holds: _ZH_TARGET, _ZH_ESTIMATE, _ZH_PLAN,
# _ZH_SET_OUT (and 到 for _ZH_TARGET_YEAR, tested apart); the English Guarded patterns' needles.
# Most heads hold none (a figure reported as done): one test then stands for the four to six
# searches status_of would run on the head and its clause.
_ZH_HEAD_CUE = re.compile("目标|力争|要达到|计划|预计|预估|估计|测算|估算|预测|有望|将|拟|争取|提出|部署")
_EN_HEAD_NEEDLES = tuple(dict.fromkeys(_EN_TARGET.needles + _EN_TARGET_YEAR.needles + _EN_ESTIMATE.needles
                                       + _EN_PLAN.needles + ("expects the", "call")))


# 约为6850亿元（中国节能协会测算）, 年均增长5.2%（Prismark预测）: the source's reckoning named in brackets
# right after the figure, as 据X测算 before it (heldout14 H190, heldout16 H216); not a method, （按可比价
# 格测算）, （以2020年为基期测算）, （若按现价测算）, nor brackets that name no reckoning, （中国节能协会）,
# （不含预测部分） (the reckoning word must close the brackets).
_ZH_SOURCE_AFTER = re.compile(r"[^，。；（）]{0,4}（(?![^）]{0,8}?(?:按|以|若|如果|基于|口径))[^（），。；]{2,20}?"
                              r"(?<!不含)(?<!含)(?:测算|估算|预测)(?:数据?|值)?）")


# A horizon with its month or year end: 到2028年底, 到2027年6月末 (到2028年 is _ZH_TARGET_YEAR's), and in
# English what is to be done by a date after the figure: "are to be relocated … by the end of 2027",
# "will be phased out by end-2027" (a modal of duty or plan, then the date, in the figure's clause).
# (Not a policy's term run on to a date, 延长到/延续到/持续到/推迟到/顺延到2027年底: the figures under it
# are its terms, not levels due then.)
_ZH_TARGET_DATE = re.compile(r"到(?<![达受得看提收遇感做长续迟延]到)(\d{4})年(?:底|末|\d{1,2}月)")
_EN_DUE_BY_AFTER = re.compile(r"^[^.;]{0,120}?\b(?:will|would|should|must|could|might|(?:is|are) to|(?:is|are) due to)\b"
                                      r"[^.;]{0,80}?\bby\s+(?:the\s+end\s+of\s+|end-)?(20\d{2})\b", re.I)
# A projection's source named before a Chinese horizon (中国信通院预测，到2028年底，…) or after an English
# one ("… by the end of 2027, the consultancy estimated"): the level due then is projected, not set.
_ZH_PROJECTED_BEFORE = ("预测", "预计", "预估", "估计", "测算", "有望")
_EN_PROJECTED_AFTER = re.compile(r"\b(?:estimat|forecast|predict|projected\b|projects\b|expect)", re.I)


def _horizon_ahead(s: str, head: str, end: int, lang: str, when: str) -> tuple[int, int]:
    """(start, end) of the dated horizon the figure ending at ``end`` (``head`` before it) is set
    for (:data:`_ZH_TARGET_DATE` before it in Chinese, :data:`_EN_DUE_BY_AFTER` after it in
    English), (0, 0) when there is none. The figure's own time ``when`` must end in the horizon's
    year: a figure of this year before "… by 2027" in another clause is this year's."""
    year = when.split("/")[-1][:4]
    if lang == "zh":
        if "到" not in head:
            return 0, 0
        for m in reversed(list(_ZH_TARGET_DATE.finditer(head))):
            # (not a horizon inside a title, 《关于到2028年底…的通知》: the document's name)
            if m.group(1) == year and head.count("《", 0, m.start()) <= head.count("》", 0, m.start()):
                return m.start(), end
        return 0, 0
    after = s[end:end + 200]
    # (a cheap test first: the pattern's lazy scans run over the whole window)
    due = _EN_DUE_BY_AFTER.search(after) if "by" in after.lower() else None
    return (end, end + due.end()) if due is not None and due.group(1) == year else (0, 0)


def _dated_goal(s: str, start: int, horizon: tuple[int, int], lang: str, clause_start: int) -> str:
    """A figure set for a dated horizon ahead of the text (:func:`_horizon_ahead`): a goal, or a
    projection when a cue says it may be (预计/有望 after the horizon or a forecaster's verb right
    before it; "could"/"may" in the clause, "estimated"/"expects" after it)."""
    if lang == "zh":
        before = s[max(0, horizon[0] - 4): horizon[0]].rstrip("，, ")
        return "forecast" if before.endswith(_ZH_PROJECTED_BEFORE) or _zh_projected(s, clause_start, start) \
            else "target"
    if _EN_MAYBE.search(s[clause_start:horizon[1]]):
        return "forecast"
    return "forecast" if _EN_PROJECTED_AFTER.search(s, horizon[1]) else "target"


def _en_by_then_ahead(head: str, when: str | None, published: date | None) -> bool:
    """Whether a figure dated ahead of the text is told after "By then," (:data:`_EN_BY_THEN_OPENING`):
    a goal's horizon carried ("The plant opened in 2027. By then, output had risen" is no goal)."""
    return "y then" in head and months_ahead(when, published) > 0 and bool(_EN_BY_THEN_OPENING.search(head))


def status_of(s: str, start: int, end: int, when: str | None, lang: str, published: date | None,
              clause_start: int, dated: bool = True) -> str:
    """Status of the figure at s[start:end]; ``when`` is its resolved period or as-of date; ``dated``:
    ``published`` is the text's own date, not one derived from its first dated figure."""
    head = s[:start]
    zh = lang == "zh"
    if zh:
        # (（ within the five characters after the figure, where _ZH_SOURCE_AFTER's bracket opens: one
        # bounded find, no slice, for every Chinese figure)
        if s.find("（", end, end + 5) >= 0:
            if _ZH_SOURCE_AFTER.match(s, end):
                return _estimate_or_forecast(when, published)  # (see _ZH_SOURCE_AFTER)
        if "到" not in head and _ZH_HEAD_CUE.search(head) is None:
            # (no goal, horizon, estimate, plan or 提出 in the head: see _ZH_HEAD_CUE; _wholly_ahead
            # inlined, as this runs for most Chinese figures and a call costs ~1,000 instructions)
            return "target" if (dated and when and published and when[:4].isdigit()
                                and int(when[:4]) > published.year) else "actual"
    elif not has_any(fold(head), _EN_HEAD_NEEDLES):
        # (nothing in the head: only what follows the figure can make it other than actual)
        if has_any(s[end:end + 90], _POLL_AFTER_WORDS) and _EN_POLL_AFTER.match(s, end):
            return "forecast"
        if _EN_BY_YEAR_AFTER.match(s, end):
            return "forecast" if _EN_MAYBE.search(s[clause_start:start]) else "target"
        if "estimate" in s[end:end + 120] and _EN_ESTIMATE_AFTER.search(s[end:end + 120]):
            return _estimate_or_forecast(when, published)
        ahead = months_ahead(when, published) > 0
        horizon = _horizon_ahead(s, head, end, lang, when) if ahead else (0, 0)
        if horizon[1]:
            return _dated_goal(s, start, horizon, lang, clause_start)  # (see _status_in_full)
        if _en_maybe_reach(s, clause_start, start):
            return _estimate_or_forecast(when, published)  # (see _EN_MAYBE_REACH)
        return "forecast" if ahead and _en_maybe_after(s, end) else "actual"
    return _status_in_full(s, start, end, when, lang, published, clause_start, dated)


# "300 to 400 producers could exit the market over the next three years": a modal of possibility
# right after the figure's noun, the figure dated ahead of the text, is a projection (as "could top
# 50,000 by 2027" is); a figure of a time already past with "could" is no projection of it.
# (the month is no "may": "in May and June 2027"; the modal after a figure is lower case, as the
# prefilter in _en_maybe_after already requires)
_EN_MAYBE_AFTER = re.compile(r"^[^,;.]{0,60}?\b(?:could|might|(?-i:may))\s+(?!have\b|be\s+(?:seen|found)\b)[a-z]", re.I)


def _en_maybe_after(s: str, end: int) -> bool:
    """Whether a modal of possibility follows the figure ending at ``end`` in its clause (see
    _EN_MAYBE_AFTER)."""
    after = s[end:end + 80]
    return has_any(after, ("could", "might", "may")) and _EN_MAYBE_AFTER.match(after) is not None


# "Exports could reach about $7.1 billion for the full year", "Prices could rise another 15% to 20%
# in the first half": a modal of possibility on a verb of reaching or moving, the figure right after
# it, is someone's reckoning of a period not yet reported (heldout16 H207/H209; the sets label such
# figures estimate for a period ending now, forecast further ahead, as 预计 is): not "could have
# reached" (a past conjecture) nor the month ("in May reach", the modal in lower case only).
# The words between the verb and the figure are the figure's own ("about", "another", "as much as"):
# no other figure, no verb of another clause ("Consumers who could reach 5G networks numbered 800
# million", "The train could reach 600 km per hour and carried 3 million passengers": the modal is
# on something else).
_EN_MAYBE_REACH = re.compile(r"\b(?:could|might|(?-i:may))\s+(?:well\s+|still\s+|even\s+)?"
                             r"(?:reach|top|exceed|hit|surpass|total|rise|climb|grow|increase|jump|fall|drop|decline"
                             # (the verbs of a size moving: "capacity could shrink a further 5%-8% next year")
                             r"|shrink|contract|expand|slide|slip|rebound"
                             r"|be worth|account for)\b"
                             r"(?:(?!\d|\b(?:and|but|who|which|that)\b|[a-z]{2,}(?<!estimat)(?<!combin)ed\b)[^,;.()]){0,30}$", re.I)


def _en_maybe_reach(s: str, clause_start: int, start: int) -> bool:
    """Whether the figure at ``start`` is what a modal of possibility says its subject may reach
    (see _EN_MAYBE_REACH)."""
    lead = s[max(clause_start, start - 70): start]
    return has_any(lead, ("could", "might", "may")) and _EN_MAYBE_REACH.search(lead) is not None


# "18.6 million tons of new capacity will replace 22.3 million tons of old capacity": the terms of
# a swap, the replaced amount stated with the new one that replaces it, as it stands (a figure
# before the verb, in the same clause).
_EN_SWAP_VERB = re.compile(r"\b(?:will|would)\s+(?:replace|be swapped for|be replaced by|substitute for)\s+$", re.I)


def _en_swap_object(s: str, clause_start: int, start: int) -> bool:
    """Whether the figure at ``start`` is what an amount written before it in its clause will
    replace (or be swapped for): a term of the swap, not a goal."""
    lead = s[clause_start:start]
    if "replace" not in lead and "swap" not in lead and "substitute" not in lead:
        return False
    m = _EN_SWAP_VERB.search(lead)
    return bool(m) and any(c.isdigit() for c in lead[:m.start()])


def _status_in_full(s: str, start: int, end: int, when: str | None, lang: str, published: date | None,
                    clause_start: int, dated: bool = True) -> str:
    """:func:`status_of` without its shortcut for heads holding no cue word."""
    head = s[:start]
    zh = lang == "zh"
    target = _ZH_TARGET if zh else _EN_TARGET
    target_year = _ZH_TARGET_YEAR if zh else _EN_TARGET_YEAR
    estimate = _ZH_ESTIMATE if zh else _EN_ESTIMATE
    # "到2025年"/"by 2025" is a goal only for a year not yet over when the text was written.
    this_year = published.year if published else 0
    # (a Chinese horizon holds 到, which most heads lack: the test spares the scan and the generator)
    future_year = (not zh or "到" in head) and any(
        int(m.group(1)) >= this_year for m in target_year.finditer(head)
        if not (zh and head[max(0, m.start() - 2): m.start()] in _ZH_FORECAST_BEFORE))
    if not zh and head.endswith(_FROM_ENDINGS) and months_ahead(when, published) <= 0 \
            and _EN_EARLIER_LEVEL_BEFORE.search(head[-40:]) and "estimat" not in head.lower():
        # (", up from 652 billion yuan last year", ", up from about 55% now" after a goal: the level
        # the goal starts from, of a time not ahead of the text, is what was reached, no goal; not a
        # source's estimate of the past, "SEMI estimates …, down from $45 billion last year")
        return "actual"
    if (target.search(head) if zh else _en_target(head)):
        return "target"
    if not zh and _en_poll(s, clause_start, start, end):
        return "forecast"
    if future_year and zh and _zh_projected(s, clause_start, start):
        return "forecast"  # 到2030年…市场规模有望突破300亿元: a projection of that year
    if future_year or (not zh and (_EN_BY_YEAR_AFTER.match(s, end) or _en_by_then_ahead(head, when, published))):
        if not zh and (_EN_MAYBE.search(s[clause_start:start]) or _EN_ESTIMATE.search(s[clause_start:start])
                       or _en_projection_carried(s, head, clause_start)):
            return "forecast"  # "could top …", "expects demand to peak at … by 2027"
        return "target"
    if not zh and _en_maybe_reach(s, clause_start, start):
        return _estimate_or_forecast(when, published)  # (see _EN_MAYBE_REACH)
    cues = list(estimate.finditer(head))
    if not zh and cues and head.endswith(_FROM_ENDINGS) and months_ahead(when, published) < 0 \
            and _EN_FROM_BASE_BEFORE.search(head[-24:]) and "estimat" not in head.lower():
        # ("expect … to fall to 168 billion yuan this year from 181 billion yuan in 2027": the level a
        # projected change starts from, of a period over, is what was reached, no expectation; not
        # where the source estimates the past too, "SEMI estimates China accounted for … and
        # forecast … $38 billion in 2026, down from $45 billion last year": its estimate, heldout6 H89)
        return "actual"
    if zh and cues and cues[-1].end() <= clause_start and _ZH_PLAN_STRONG.search(s[clause_start:start]) \
            and when and published and int(when.split("/")[-1][:4]) >= published.year:
        return "target"
    if not zh and cues and "according" in head:
        # (an estimate cue that closes "according to … estimates" before the figure looks back)
        cues = [c for c in cues if not _EN_ACCORDING_TO_ESTIMATES.search(head, max(0, c.start() - 40), c.start())]
    # In English an estimate cue does not reach past "while …" / "X said," into another clause.
    if cues and (zh or not _EN_CLAUSE_BREAK.search(head[cues[-1].end():])):
        return _estimate_or_forecast(when, published)
    if not zh and "estimate" in s[end:end + 120] and _EN_ESTIMATE_AFTER.search(s[end:end + 120]):
        return _estimate_or_forecast(when, published)
    horizon = _horizon_ahead(s, head, end, lang, when) if months_ahead(when, published) > 0 else (0, 0)
    if horizon[1]:
        # 《通知》明确，到2028年底，…达到100万个以上; "… are to be relocated or shut down by the end of
        # 2027": a level set for a date still ahead of the text is a goal, whatever verb sets it
        # out (a projection's cue, 预计/有望/"could", was read above or is read here)
        return _dated_goal(s, start, horizon, lang, clause_start)
    # "2024年将新建5G基站60万个", "will build 500,000": a plan for a period not yet over.
    plan = _ZH_PLAN if zh else _EN_PLAN
    if plan.search(s[clause_start:start]) and when and published \
            and (int(when.split("/")[-1][:4]) >= published.year or (not zh and en_plan_by_year(s, start, end))) \
            and not (not zh and _en_swap_object(s, clause_start, start)):
        return "target"
    # "计划新增5G基站60万个，到年底总数达到290万个", "would add 600,000 …, lifting the total to 2.9
    # million by year-end": a figure dated after the text was written cannot have been reached
    # yet; in a sentence that sets out a plan it is that plan's goal, whichever clause says so.
    if months_ahead(when, published) > 0 and (plan.search(head) or (zh and _ZH_SET_OUT.search(head))):
        return "target"
    if not zh and months_ahead(when, published) > 0 and _en_maybe_after(s, end):
        return "forecast"  # (see _EN_MAYBE_AFTER)
    if zh and dated and _wholly_ahead(when, published) and not _ZH_ANY_HORIZON.search(head):
        # (2027年，全省5G基站总数达到30万个 in 2025: see _wholly_ahead; a horizon in the head was weighed
        # above, 政策延长到2027年底，每辆车免税额不超过3万元 is a term, no goal)
        return "target"
    return "actual"


# 到2027年, 到2027年底: a horizon of any end (not the 到 of 达到, 提到…)
_ZH_ANY_HORIZON = re.compile(r"到(?<![达受得看提收遇感做]到)\d{4}年")


# "will build 5 to 12 pilot zones by 2030", "plans to open 30 centres by the end of 2028": a plan's
# modal and its verb right before the figure, a "by YEAR" horizon in the figure's clause after it,
# state a goal whatever the year (a goal retold after its horizon is still a goal: the year test above
# is for plans with no horizon). Not "would have built" (what was done), nor a modal further back
# ("The ministry, which will review the zones, built 12 by 2030": its verb is no plan's).
_EN_PLAN_VERB_BEFORE = re.compile(r"\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+to)\s+(?!have\b|be\b)[a-z]+"
                                  r"(?:\s+(?:up|out|in|on|off|down))?\s+(?:(?:about|around|some|up\s+to|at\s+least|between"
                                  r"|more\s+than|over|nearly)\s+)?$", re.I)
_EN_BY_YEAR_IN_CLAUSE = re.compile(r"[^,;.]{0,60}?\bby\s+(?:the\s+end\s+of\s+|end-)?20\d{2}\b", re.I)


def en_plan_by_year(s: str, start: int, end: int) -> bool:
    """Whether the figure at s[start:end] is what a plan's modal right before it is to do by a year
    named after it in its clause (see _EN_PLAN_VERB_BEFORE)."""
    return "by " in s[end:end + 80] and _EN_PLAN_VERB_BEFORE.search(s[max(0, start - 50):start]) is not None \
        and _EN_BY_YEAR_IN_CLAUSE.match(s, end) is not None


def _wholly_ahead(when: str | None, published: date | None) -> bool:
    """Whether the time ``when`` begins in a year after the one the text was written in: “十五五”期间
    新增培育…20个以上 in 2025, 2027年…达到30万个 in 2025. No cue word said otherwise, and a figure of a
    time not yet begun cannot have been reached: a goal of the plan the text sets out (a projection
    holds 预计/有望, and a horizon 到2027年 is weighed by _status_in_full before this).
    Not a period already begun (2025—2027年 in 2025); asked only with the text's own date (a date
    derived from its first dated figure may well precede what it reports: heldout12 H166).
    (Inlined in status_of's shortcut for heads with no cue: keep the two alike.)"""
    return bool(when and published and when[:4].isdigit() and int(when[:4]) > published.year)


# A clause that only goes on with the one before, its subject unsaid or given by "with": "…
# expects it to exceed 110 billion yuan by 2029, growing at a compound annual rate of about 15%",
# "… forecasts that demand will reach 42 million tonnes by 2030, with renewable hydrogen accounting
# for about 15 percent of supply" (what it says is projected as the clause before is).
_EN_CARRYING_CLAUSE = re.compile(r",\s+(?:with\s+|[a-z]+ing\b)")


def _en_projection_carried(s: str, head: str, clause_start: int) -> bool:
    """Whether the figure's clause, opening at ``clause_start``, carries on a projection of the
    clause before it (see _EN_CARRYING_CLAUSE): an estimate cue before it, no clause break between."""
    opening = _EN_CARRYING_CLAUSE.match(s, max(0, clause_start - 2)) or _EN_CARRYING_CLAUSE.match(s, max(0, clause_start - 1))
    if opening is None:
        return False
    cues = list(_EN_ESTIMATE.finditer(head[:clause_start]))
    return bool(cues) and not _EN_CLAUSE_BREAK.search(head[cues[-1].end():clause_start]) \
        and not _en_target(head[:clause_start])


# Who holds a view of what will be, in the clause before a figure: a source ("analysts", "said",
# "according to"), a projection's own word ("could", "forecast", "estimates", "likely"), or an active
# "expects" (someone's); the bare passive "is expected to" names no one.
_EN_VIEW_HOLDER = Guarded(re.compile(r"\b(?:analysts?|economists?|consultanc(?:y|ies)|brokers?|said|says|according|estimat\w*"
                                     r"|forecast\w*|predict\w*|project(?:s|ed|ions?)|likely|expects|could|might|may)\b", re.I),
                          ("analyst", "economist", "consultanc", "broker", "said", "says", "according", "estimat",
                           "forecast", "predict", "project", "likely", "expects", "could", "might", "may"))


def en_goal_carried(s: str, clause_start: int) -> bool:
    """Whether an English figure dated by a goal's horizon carried from an earlier sentence ("by
    then") is that goal's: its clause and the rest of the sentence name no holder of a view
    (_EN_VIEW_HOLDER: "…by then, analysts said" is theirs)."""
    return not _EN_VIEW_HOLDER.search(s[clause_start:])


def horizon_status(s: str, horizon_start: int, start: int, lang: str, clause_start: int) -> str:
    """Status of a figure dated by a goal's horizon (到2030年, "by 2027", at ``s[horizon_start]``):
    a target, unless the horizon is a projection's (预计到2030年, 有望到…; "could top 50,000 by
    2027"): then a forecast."""
    if lang == "zh":
        before = s[max(0, horizon_start - 4): horizon_start].rstrip("，, ")  # (该院预计，到2030年)
        return "forecast" if before.endswith(_ZH_FORECAST_BEFORE) or _zh_projected(s, horizon_start, start) else "target"
    head = s[:start]
    # (a modal between the figure and a horizon after it is the figure's too: "Up to 50 mills
    # might close by 2028")
    until = max(start, horizon_start)
    if (_EN_MAYBE.search(s[clause_start:until]) or _EN_ESTIMATE.search(s[clause_start:start])
            or _en_projection_carried(s, head, clause_start)) and not _en_target(head):
        return "forecast"  # "could top …", "expects demand to peak at … by 2027"
    return "target"


def _zh_projected(s: str, from_: int, start: int) -> bool:
    """Whether a horizon's figure is projected rather than set as a goal: 有望/预计 between the
    horizon and the figure (到2030年…市场规模有望突破300亿元; the goal's own words, 目标/力争,
    are read first by the callers' target test)."""
    between = s[from_: start]
    return ("有望" in between or "预计" in between) and not _ZH_PLAN_STRONG.search(between)


def _estimate_or_forecast(when: str | None, published: date | None) -> str:
    """预计/有望/expected for a period that has ended or ends the month after publication (a
    December review of the year) -> estimate; for a period further ahead (上半年有望… in April)
    -> forecast."""
    if not when or not published:
        return "estimate"
    return "forecast" if months_ahead(when, published) > 1 else "estimate"


def months_ahead(when: str | None, published: date | None) -> int:
    """How many months after the publication month the period or date ``when`` ends (0 when
    either is unknown)."""
    if not when or not published:
        return 0
    end = when.split("/")[-1]
    year = int(end[:4])
    month = 12 if len(end) == 4 else (int(end[6]) * 3 if "-Q" in end else int(end[5:7]))
    return (year - published.year) * 12 + month - published.month
