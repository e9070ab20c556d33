"""Policy-event extraction: past, dated actions of government bodies, in Chinese and English.

An event is found sentence by sentence from a *construction* — a trigger phrase such as
"举行…新闻发布会", "印发《…》", "told a press conference", "released a draft … for public comment" —
then completed from the same sentence: the acting body (:mod:`scrapers.facts.agencies`), the date
(:mod:`scrapers.facts.dates`, taken from the trigger's own clause so that a period such as
"in 2025" or "截至6月末" elsewhere in the sentence is not read as the event's date), the title
(《…》, a quoted theme, or an English title-case name) and a document or standard number.

English verbs are also read from one lexicon (issue / approve / establish verbs, see _EN_VERBS)
in every construction — active, passive "was <verb> by <body>", relative "that <body> <verb>",
participle "<object> <verb> by/on …" — the kind of object deciding the type: a new verb is one
table entry ("put forward", "laid out", "mapped out", "circulated" are issue verbs too, "floated" only a
draft; "chose", "picked" and "signed off on" counted entries approve them; a catalogue or list "of"
uncounted entries is the head, and an export-control or entity list amended is a document; "launched"/"kicked off" set going only a committee or a campaign, which is also
the object of its passive, "A campaign … was rolled out by …"; "introduced the plan", a
document explained, is not an issuing). The act may also be told in the body's reported speech ("the
MIIT said on Tuesday it had put forward …", "…, the MIIT said in a notice posted on Monday": dated
only) or as a noun with its agent ("the release of the plan by the NDRC on Monday"). A document
named undated as what something is done under ("Under a guideline issued by the MIIT, …") is
background, not news. Chinese verbs likewise (see _ZH_VERBS: 发布, 公布, 公告, 下发, 转发, 审议通过, 认定, 遴选确定 …), read after
their actor and whatever time, adverbs or co-acting bodies stand between (工业和信息化部23日联合
发布…, 会同…印发), in a passive (由…近日公布的…名单), coordinated (…，并同步公告了…名单) and at
the meeting just reported (发布会上公布了…), the object after the verb (…名单, a standard named so
before its 《…》, a batch of entries, a committee, a campaign 启动ed or 组织开展ed) deciding the type; the
object may come first in a passive too (…活动由…正式启动, …产品目录由…对外公布, …创新中心经我部批复组建,
…统计公报日前由…发布). A 自…以来 clause keeps its act's time (自今年6月我部批复组建…以来; 自《…》去年9月印发
以来 is the story's body's act), an undated act in a 在…后/自…以来 clause is background, not news; a part
after ；with no subject (5月，又公布了…) is the act of the part before's body; 由…牵头，会同… joins the leading
body to the act's clause, and …印发的《…》正式对外公开 is an act, not a past read in passing. A time
heading the sentence (今年5月，《…（征求意见稿）》由…司…征求意见) tells a step done. "The two ministries", 两部门,
上述部门 stand for the bodies the story named together before; "which it revised" for the body the
sentence opens with.

The State Council acts at its meeting, its chair between ("A State Council executive meeting
chaired by Premier Li Qiang on Friday adopted …"), or as the meeting held a clause before
(李强主持召开国务院常务会议，审议通过《…》) or named as that clause's subject (国务院常务会议研究部署…，
审议通过《…》); its meeting may also be the subject of a relative clause
("chaired a State Council executive meeting on Friday that adopted …", "…, where it adopted …") or
named after a passive ("was passed at a State Council executive meeting"), and a document it
"approved" there it adopted. A document's body may stand between its noun and its
participle ("according to a guideline from the State Council published on Monday"); a participle
may open the sentence, its object the subject after the comma ("Jointly issued by the MIIT and the
NDRC on Monday, the plan …"); a document may be told by the day it bears ("The MIIT's notice, dated
June 3, …"); a body may announce new rules ("jointly announced new rules on Tuesday", not "announced
the rules would …"). Actions dated ahead ("next Tuesday", "next week") are not done yet; a future main
verb does not reach a document things are done under ("will build zones under a plan released on
June 3 by the NDRC": released). A second verb joined by "and" shares the first act's subject and
takes its own later time ("issued the rules in May and approved the first 20 firms in July"; "and
published them in June": the first act's object taken up), never across a clause of its own; a
verb after a bare "and" with a subject of its own ("held a meeting in May and firms released plans
in June") is not the first body's act. A draft's final version told with its verb left out
("published a draft in January and the final version on Monday") is a document of its own time.
An act told "last week" keeps its month where another sentence tells a day outside that week
(mentions are not merged across weeks).

Bare "Authorities" and "The government" opening a clause are the country's government, as bare
"Regulators" are, where the story names no local or foreign body nor a place's government ("the
Shenzhen government", "local authorities") and no sentence of it opens on a province, a city or a
foreign country ("Japan tightened …", "Shenzhen is expanding …"); "the agency" is the one administration or bureau the story
names (not where it names a "… Agency" or Xinhua); foreign firms added to an export control, entity or
sanctions list are a document announced; an official's quoted "we" ("'We issued the second batch last
week,' said Li, an official at the MIIT") is the body the attribution names with the speaker's office,
and such an utterance is read, not taken for a quoted title (a company man's or an analyst's stays
unread); a batch of standards released is a standard release, no list of entries.

A city may act as the subject of its clause ("Shenzhen on Monday rolled out a … programme", 沈阳市近日
出台《…》: its government; not a kind of city, 部分地市, 一些县级市); a bare "the central bank" after a
story's foreign central bank is that one, not the PBOC ("Bank Indonesia cut rates. The central bank
also issued rules …"); subsidies or incentives a named body "rolled out", "unveiled" or "introduced" are a
document (not subsidies "released" or "issued", money paid out), and so in the passive with a body or
a place after "by" ("A subsidy programme for … was rolled out by Shenzhen on Monday": its head decides;
not "launched", a space programme); permits granted to counted or named
recipients ("issued written confirmations to 23 more plants", "granted licences to China Mobile, …",
"Nine models … received product access approvals, the ministry said …", "China Telecom received a
licence from the MIIT", "granted China Mobile, China Telecom … licences", "granted a type certificate
to the AEF-1400 engine") are approvals
(not a foreign body's permits the ministry only tells of, "received EU approvals", nor a running
total, "has issued licences to 20,000 pilots since 2018", a year's tally, nor a company's word on
the permits its products received), and so is a list of counted entries put out with a document
("issued revised standard conditions …, alongside a list of 36 companies"), and a document put out
with the list or act just told is issued on its day ("The list was released together with revised
standard conditions"), as counted entries "included" in a batch or list are approved; the cabinet approving
amendments to its regulations adopts them, and so does a government its one plan told approved in a
main-clause passive ("The plan was approved by the State Council in September"; "endorsed" is
"approved"); so do amendments to its regulations it approved told in the passive ("Amendments to
the Regulations on … were approved by the cabinet"), and one document of its own named in a defining
relative clause or a participle ("a plan on … that the cabinet approved last month", "regulations on …
adopted by the cabinet last year": the cabinet's own document is news dated by its year too, where
another's told in passing is not). A passive told "recently" done in its main clause is news undated
("has also recently been approved by the SAC"); counted kinds of products added by a body to its
catalogue in the passive revise it. A modal's act ("could approve", "may issue") is not done; a document "co-issued" is
issued; a leading group set up is a committee; export controls announced are a document; a document
"from <body>" set off by commas before its participle is that body's ("New rules from the CAC,
released on Friday, …"). Subsidies or incentives "announced" as new are a document, as limits, caps
and ceilings a body releases are ("released new emission limits"); a document told "posted" on a
body's website in a passive ("The notice, which was posted on the MIIT's website on Monday, …") is
issued by that body; a batch of permits approved or granted ("approved a new batch of export
licences") is an approval; an opening time with no comma dates the act of the list of bodies after
it ("On Monday the MEE, the NDRC and the MIIT co-issued …").

An English act told "In the same notice," or "Alongside the launch," or "At the same event," takes
the date of the occasion just told (and "At the meeting," / "During the ceremony," the day of the
sentence before when that tells the gathering held, itself no event), and "the ministry" ("the administration") there is that occasion's body; a document named again as a subject
with its issuer ("The measures, issued by the NMPA,
…", 该方案由…印发) is no new action but names the issuer of the one told before ("The
guidelines, …" after an action plan told is another document, undated background).

An official's quoted "we" is read with the speaker named before the verb too ("'We revised the
conditions last month,' an official at the MIIT said", "an STMA official told the Post"); approvals a
body suspended and a freeze or ban it lifted or imposed are a document announced, each verb dated by its
own clause; licences required "for some graphite exports" are an export control; "the ministry" right
after a sentence naming a foreign ministry is none of ours; uncounted items added
to an export-control catalogue revise it; "Alongside the revision," takes the act just told.
A bare ordinal batch put out ("We issued the second batch last week", "A second batch was announced in
early October", no agent: the earlier batch's body) is an act of the kind of batch the story told before
("allocated a first batch of export quotas": a document; "named 120 companies … in its first batch": an
approval); a quoted "we" also takes the body of a speaker named before his office ("…," Li Hui, a deputy
director of the NDRC's price department, told …"). Permits "approved" by a body in the passive are
granted; one zone approved ("approved the zone in March") is an approval; export controls imposed and
rules or restrictions tightened by a body are a document.

A Chinese notice may be named bare, its content in the next clause (发布公告，对…实施出口管制; 发出通知，
部署…; its body the subject right before the verb, not a minister's article 在《求是》杂志发文), and
a clause that only puts out a notice or signs a decree (签署第812号国务院令，公布《…》) dates the act
of the next; a document may be issued 以…名义, in the name of the body named; data may be
told bare at a clause's end (发布1—5月…统计数据。) or as the body's word on a day (据…18日消息，…增长…);
a body may be named with a second name in brackets (市场监管总局（国家标准委）…批准发布) and act after a
first act of its own told in a 后 phrase (…对68款App开展专项检测后发布通报);
licences granted (向…发放…牌照), places named zones (确定…为…示范城市) and plans approved (批复《…规划》)
are approvals, as is a list put up for objections (对…名单进行公示). An issuing may be told in a clause
of its own after the clause naming the document (…编制了《指南》，并于2月10日正式发布); a meeting its
body's head chairs adopts (部长主持召开部务会议，审议通过《…》); each document of a list one verb issues
is one event (先后印发《…》、《…》和《…》). 同日/当日 and 次日 count from the last day the text named
before, an action's or not, and 会上 after a meeting that is no event of its own takes its day; a
comma inside a title ends no clause.

Not events: planned or future actions (将于…举办, "will launch"), effective dates and comment
deadlines, speeches at forums, a company's product launch (新品发布会) or briefing ("A Xiaomi executive
told a briefing that the MIIT …"), data from industry associations, undated running totals in the
perfect ("Since 2018, the MIIT has issued more than 300 standards", 累计公布了六批…, 已先后发布五批…), acts of places
left unnamed (各地纷纷出台…), another subject's act in a clause joined after the body's (", and the
association published a list of …") or after dealings with the body ("After consulting the MIIT, the
company released …", 某企业在与工业和信息化部沟通后发布…); in English, an act negated right before its
verb ("has not yet released", "had never issued"); in Chinese, acts not done, asked about, forbidden
or done as a habit (尚未发布通知, 是否发布公告, 严禁以…名义印发, 每月发布…数据), due by a deadline (在3月底前发布,
6月30日前印发) or asked of someone (要求各地…发布), the topic of an official's Q&A (就《办法》出台答记者问),
awaited (待国务院批复《…》后), and a foreign body's (美国商务部发布公告), which the body lexicon would read as
China's namesake. A document's draft told in a relative clause after its release (", a draft of which
had been put out in November") makes the release no consultation; a draft named again bare ("It
follows a draft that was circulated for public comment last October") or by its provisions ("A draft
of the requirements …") is the draft of the document told before (its issuers as a later sentence
names them: "China's top industry regulator … unveiled a plan …. The work plan, jointly issued by the
MIIT and the NDRC, …. A draft had been circulated …" is theirs). A relative clause's body may act
with bodies left unnamed ("a plan that the industry ministry and five other agencies unveiled …"), or
head a long list of full names with their acronyms ("…, which the Ministry of Industry and Information
Technology (MIIT), the National Development and Reform Commission and the NEA jointly released …"), as
a passive's agents may ("by the Ministry of … (MIIT) and the National … (NDRC)"). Counted kinds of
products added to a catalogue revise it ("added 14 types of gas turbine equipment to its catalogue":
a document; counted firms added are an approval), and product or market access granted to counted
models is an approval ("granted product access to 14 more car models"). One action mentioned twice (a
headline and its body sentence, "the plan, published on Sunday") is merged into one event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from datetime import date, timedelta
from collections.abc import Callable
from functools import cached_property, lru_cache

from scrapers.facts.agencies import (FOREIGN_ADJECTIVES, FOREIGN_NAMES, LOCAL_GOVERNMENT, OTHER_DEPARTMENTS, PLACE_NAMES_EN, agencies_in, agency_mentions, body_kind, find_agencies,
                                     foreign_acronyms, is_local_body, is_local_government, join_agencies, joint_groups, kind_references,
                                     local_references, main_agency, names_departments, names_foreign_body, place_of,
                                     plural_referent, regulator_references, central_bank_abroad, names_pboc,
                                     places_named, story_place, zh_place_name)
from scrapers.facts.clauses import EN_SAME_OCCASION
from scrapers.facts.dates import DateMention, anchor_date, find_dates
from scrapers.facts.model import Event
from scrapers.facts.subjects import PLACES
from scrapers.facts.needles import (FoldedTwin, LiteralHeads, NeedleGroups, flatten, fold, has_any, has_any_grouped,
                                    needle_groups, with_heads)
from scrapers.facts.sentences import Sentence, split_sentences

PRESS = "press_conference"
DOCUMENT = "document_issued"
APPROVAL = "approval"
STANDARD = "standard_release"
PLAN = "plan_announced"
OTHER = "other"
SCIO = "State Council Information Office"
STATE_COUNCIL = "State Council"


@dataclass(frozen=True)
class _Rule:
    type: str
    subtype: str | None
    pattern: re.Pattern[str]
    retype_by_title: bool = False  # a document trigger: the title decides draft / data / list / standard
    implied_body: str | None = None  # the body the construction itself names (MIIT's own work conference)
    # Literal strings of which every match contains one (lower case for a case-insensitive pattern):
    # a sentence with none of them is skipped without running the pattern. Empty: always run it.
    needles: tuple[str, ...] = ()
    # The pattern ignores case: its needles are tested on the case-folded sentence. (Read once:
    # ``pattern.flags & re.IGNORECASE`` goes through the enum's Python-level __and__ each time.)
    folds: bool = False
    # Where a match can start, found by str.find (needles.heads_of); None: the pattern is run over
    # the whole sentence. (Most rules open with a group of verbs or \b: re tries them at every
    # position, ~200 ns a character.)
    heads: LiteralHeads | None = None
    # The needles as needles.needle_groups gives them: those sharing a key ("requir", "icen") are
    # tested as one while it is absent (the loop of _sentence_events runs for every rule of every
    # sentence that may state an action).
    needle_groups: NeedleGroups = ()

    def may_match(self, s: str) -> bool:
        return not self.needles or has_any(fold(s) if self.folds else s, self.needles)


def _rule(
    type_: str, subtype: str | None, pattern: str, *, flags: int = 0, retype: bool = False, body: str | None = None,
    needles: tuple[str, ...] = (),
) -> _Rule:
    compiled = flatten(re.compile(pattern, flags))  # (optional groups as alternations: needles.flatten)
    scan = with_heads(compiled)
    return _Rule(type_, subtype, compiled, retype, body, needles, bool(compiled.flags & re.IGNORECASE),
                 scan if isinstance(scan, LiteralHeads) else None, needle_groups(needles))


# --- Chinese constructions -------------------------------------------------------------------
# (not a company's launch of a product, 产品发布会, 新品发布会, 新车发布会, whoever attends it)
_ZH_CONF = r"(?:新闻发布会|(?<!产品|新品|新车|新机)发布会|吹风会|记者会|通气会|新闻通报会)"
# (下发: a document sent down to those who carry it out, 联合下发《…通知》)
_ZH_ISSUE = r"(?:印发|发布|公布|出台|颁布|出炉|下发)(?!会|时间|日期)"
_ZH_DOC_KIND = (
    r"(?:指导意见|规划|行动方案|实施方案|工作方案|方案|管理办法|办法|通知|条例|规定|细则|若干措施|措施|行动计划|指南|指引|意见|纲要)"
)
# Lists by other names, put up as a 名单 is (an approval): a catalogue of products or of recommended
# products and techniques (公布2028年度电机“能效之星”产品目录, 发布第三批…推荐目录), the services filed
# with a regulator (公布2029年8月生成式人工智能服务备案信息). Not a 指导目录 or 负面清单 (rules), nor
# 目录 alone (发布…政府采购目录, 产业结构调整目录: what may be bought or built).
_ZH_LISTING = r"(?:产品|推荐)目录|备案(?:信息|清单)"
# (名城: a city designated by name, 中国软件名城 / 中国软件特色名城, approved as a zone is)
_ZH_ZONE = r"(?:先导区|示范区|试验区|先行区|试点城市|示范城市|示范基地|名城)"
# Innovation bodies set up with a ministry's approval (国家高档数控机床制造业创新中心, 国家重点实验室).
_ZH_INNOVATION_BODY = r"(?:创新中心|研究中心|实验室|研究院)"
# Verbs that publish a list of entries, and what the entries are (not 标准: 发布首批…企业标准 is a standard).
_ZH_LIST_VERB = r"(?:公布|发布|公示|认定|遴选|评选|命名|批复|批准)(?!会|时间)"
_ZH_BATCH = r"(?:首批|第[一二三四五六七八九十\d]+批|\d+(?:个|家|批))"
_ZH_ENTRY = r"(?:试点|示范|项目|企业|工厂|平台|城市|园区|基地|集群|场景|中心)(?![^，。；]{0,6}?标准)"
# An emergency response set going (启动应急预案, 启动Ⅳ级应急响应, 启动“…”应急行动, 抢险救灾行动): the
# body acts under a standing contingency plan, it announces no programme (an industry plan about
# emergencies, 应急产业…行动计划, is still one).
_ZH_EMERGENCY = r"应急(?:响应|预案|处置|救援|抢险|行动)|(?:[一二三四ⅠⅡⅢⅣ]|[1-4IV]{1,3})级(?:应急)?响应|抢险|救灾|救援"
# A notice named bare, its content in the next clause (see the document rule).
# (also named by what it is about, 发布关于侵害用户权益行为App的通报，…; or in passing, 根据…去年11月发布
# 的通报，…, dated only, as every relative clause)
_ZH_BARE_NOTICE = (r"(?:(?:发布|发出|印发|下发)了?(?:关于[^，。；《》]{2,40}?的)?(?:公告|通告|通报|通知)"
                   r"|(?P<relative>(?:发布|发出|印发|下发)的(?:公告|通告|通报|通知))|(?<![要应需])(?:联合)?发文)"
                   r"(?=[，,](?!(?:公布|公示|批准|认定|确定|命名|遴选)))"
                   # (通报了17款…App: the notice told by its verb, what it names counted; not 被通报,
                   # 予以通报, a company's side, nor 将通报, see _is_future)
                   r"|(?<![被予])通报了(?=[^，。；]{0,30}?(?:\d+|[一二三四五六七八九十两]+)(?:款|家|起|个|批|项))")
_ZH_BARE_NOTICE_RULE = _rule(DOCUMENT, None, _ZH_BARE_NOTICE, retype=True, needles=("公告", "通告", "通报", "通知", "发文"))
# A document named in the clause before, its issuing told in a clause of its own with no object
# (…组织编制了《指南》，并于2月10日正式发布。《指导意见》已经国务院常务会议审议通过，近日由工业和信息化部
# 等七部门联合印发。): the clause holds only times, adverbs and the agent of a passive before the verb,
# which ends the sentence or its part; the title must end shortly before (see _build). Not 待批准后发布, 预计年内
# 发布, 将于…发布: a word of another kind stops the clause's reading.
_ZH_ISSUED_CLAUSE_TOKEN = r"(?:已经?|于[^，。；《》]{1,12}?|近日|日前|近期|\d{1,2}月\d{1,2}日|\d{1,2}日|正式|联合|共同|同步|一并)"
_ZH_ISSUED_CLAUSE_RULE = _rule(
    DOCUMENT, None,
    rf"(?<=[，,])(?:并|随后|此后|之后)?{_ZH_ISSUED_CLAUSE_TOKEN}*(?:由[^，。；《》“”]{{1,40}}?{_ZH_ISSUED_CLAUSE_TOKEN}*)?"
    r"(?:印发|发布|出台|颁布)(?=[。；])",
    # (the verb with the stop after it: the pattern opens with a look-behind re tries at every
    # position, so only the few sentences that end on the verb pay for it)
    retype=True, needles=("印发。", "发布。", "出台。", "颁布。", "印发；", "发布；", "出台；", "颁布；"))
_ZH_RULES = (
    _rule(PRESS, None,
          rf"(?:举行|召开|举办)了?[^，。；]{{0,40}}?{_ZH_CONF}|{_ZH_CONF}[^，。；]{{0,20}}?(?:召开|举行|举办)"
          rf"|(?:新闻发布会|发布会|吹风会|记者会)上",
          needles=("发布会", "吹风会", "记者会", "通气会", "通报会")),
    _rule(OTHER, "work_conference", r"全国工业和信息化工作会议|全国工信工作会议", body="MIIT", needles=("工作会议",)),
    _rule(DOCUMENT, None,
          # (公布修订后的《…条例》: a revised text named as such before its title)
          rf"{_ZH_ISSUE}了?(?:修订后的|新修订的|修改后的)?《[^》]{{2,80}}》"
          # "工业和信息化部等四部门今年3月印发的《…》": an issuance named in passing, as a relative
          # clause (only when dated: "根据国务院印发的《…》" alone recalls a document, see _build;
          # and not when the title has a verb of its own: "…联合印发的《…》正式发布", the next branch)
          # (a numbered issue of a series between, …8月28日发布的第64次《…统计报告》显示)
          rf"|(?P<relative>{_ZH_ISSUE}的(?:第[\d一二三四五六七八九十百]{{1,4}}(?:次|期))?《[^》]{{2,80}}》(?![^，。；《]{{0,25}}?{_ZH_ISSUE}))"
          # (a passive agent may be a longer list: 《…》近日由工业和信息化部、生态环境部、市场监管总局三部门联合印发)
          rf"|《[^》]{{2,80}}》(?:（[^）]{{0,30}}），?)?(?:[^，。；《]{{0,25}}?|[^，。；《由]{{0,8}}由[^，。；《]{{1,45}}?){_ZH_ISSUE}(?!的数据)"
          rf"|(?:印发|发布|出台|颁布|下发)(?!会|时间|日期)了?[^，。；《》“”]{{0,12}}?{_ZH_DOC_KIND}"
          rf"|(?:该|此|这一?){_ZH_DOC_KIND}[^，。；]{{0,16}}?由[^，。；]{{0,20}}?(?:印发|发布|出台|颁布)",
          retype=True, needles=("印发", "发布", "公布", "出台", "颁布", "出炉", "下发")),
    # (…发布公告，对…实施出口管制; 发出通知，部署…; 联合发文，部署…: a notice named bare, what it does
    # in the next clause; not when that clause is the act itself, 发布公告，公布…名单, an approval read
    # on its own. Rules of their own, each with its rare words as needles, so that the common
    # sentences the document rule reads pay nothing for them.)
    _ZH_BARE_NOTICE_RULE,
    _ZH_ISSUED_CLAUSE_RULE,
    # (《…》，经国务院同意，以国务院办公厅名义于6月5日印发: issued in the name of the body named; not
    # 以…名义发布的文件均…, what such documents are, nor 严禁以…名义印发, see _ZH_NO_ACT)
    _rule(DOCUMENT, None, r"以[^，。；]{2,20}?名义[^，。；]{0,12}?(?:印发|发布|下发)(?!的)", retype=True, needles=("名义",)),
    _rule(STANDARD, None,
          # (…标准由市场监管总局（国家标准委）批准发布: the passive names the body between; a time
          # may come before it, …强制性国家标准已于今年4月由市场监管总局批准发布)
          r"标准(?!委|化)(?:[^，。；《》由]{0,10}?由[^，。；《》]{1,30}?|[^，。；《》]{0,8}?)(?:正式)?(?:批准)?发布(?!会|时间)|发布[^，。；]{0,40}?项[^，。；标]{0,14}?标准"
          # (…强制性国家标准经市场监管总局（国家标准委）批准，已于今年4月正式发布: the approval in a 经 clause,
          # the release told after it as done; not 经…批准，将于…发布 nor 经…批准后发布, ahead or a rule of
          # procedure: only times and adverbs of the past between)
          r"|标准(?!委|化)[^，。；《》]{0,8}?经[^，。；《》]{2,30}?批准，(?:已经?|于[^，。；《》]{1,12}?|近日|日前|正式)+发布(?!会|时间)"
          # (发布第8号公告，批准《…》等16项机械行业标准: standards approved by a ministry's announcement,
          # no 发布 in the clause; not a plan of standards to draft, 批准…行业标准制修订计划/项目)
          r"|批准了?《[^》]{2,80}》[^，。；]{0,10}?项[^，。；标]{0,14}?标准(?!制修订|制定|修订|立项|计划|项目)",
          # (…首批25项产品碳足迹核算规则行业标准: the batch's subject may stand between 项 and 标准)
          needles=("标准",)),
    _rule(APPROVAL, None,
          # (复函…，同意支持…创建…先导区: a reply by letter; 批复同意…开展…试点: a pilot approved)
          # (批复设立…国家级新区, …经济技术开发区: a zone a reply sets up, of any kind)
          # (not 批复设立的…新区, one named in passing, nor 批准建设滨海新区地铁线路, a project in one:
          # the area ends the object)
          rf"(?:同意|批复|批准|复函)(?:支持)?[^。；]{{0,40}}?(?:创建|建设|设立|开展|建立)"
          # (批复设立兰考民族乐器产业园: an industrial park so too, the park ending the object)
          rf"(?:[^，。；]{{0,30}}?(?:{_ZH_ZONE}|试点)|[^，。；的]{{0,30}}?(?:新区|开发区|保税区|产业园区?|工业园区?)(?=[，。；、（(]|$))"
          rf"|(?:设立|认定|授牌|批准)了?[^，。；]{{0,40}}?{_ZH_ZONE}"
          rf"|(?:公布|发布|公示)(?!会|时间)了?[^，。；]{{0,30}}?(?:名单|名录|{_ZH_LISTING})"
          # (…等186个项目为…示范项目，现将名单予以公布: the list first, then the verb; in the passive a
          # time and the agent may stand between, …试点名单已于今年7月由工业和信息化部公布; an agent that
          # is no government body, 由中国汽车工业协会, makes no event, as everywhere)
          # (a catalogue so too, …产品目录由工业和信息化部对外公布)
          rf"|(?:名单|名录|{_ZH_LISTING})(?:已经?|日前|近日|此前)?(?:于[^，。；由《》]{{1,12}}?)?(?:由[^，。；《》]{{2,40}}?)?"
          rf"(?:联合|正式)?(?:予以|现予以?|正式|对外)?(?:公布|公示)(?!会|时间|后|之后|时|的)"
          # (…创新中心经我部批复组建, 福州市创建…名城日前获工业和信息化部批复同意: the zone or body
          # first, the approval it got after; not 获批…的, 经…批复的, one named in passing)
          rf"|(?:{_ZH_ZONE}|{_ZH_INNOVATION_BODY})(?:已经?|日前|近日|此前)?(?:于[^，。；由《》]{{1,12}}?|\d{{1,2}}月(?:\d{{1,2}}日)?|\d{{1,2}}日)?(?:获|经)[^，。；《》的]{{2,30}}?"
          rf"(?:批复|批准)(?:同意)?(?:组建|筹建|设立|创建)?(?!的|后|之后|以来)"
          # (对…名单进行公示: the list put up for objections, its verb a noun after 进行/予以)
          rf"|对[^，。；]{{0,40}}?(?:名单|名录)(?:进行|予以)了?(?:公示|公布)(?!会|时间|后|之后|时|的|期)"
          rf"|先后?支持[^，。；]{{0,60}}?创建[^，。；]{{0,30}}?{_ZH_ZONE}"
          # (批复组建国家…制造业创新中心, 批准建设…重点实验室: an innovation body the ministry approves;
          # not 的 between, 已批复组建的创新中心达26家 counts them, nor 支持/推动组建, a plan's aim)
          # (复函同意组建…: the approval by letter, as 复函…同意支持…创建 above)
          rf"|(?:批复|批准|复函)(?:同意)?(?:组建|筹建|建设|设立|创建)了?[^，。；的]{{0,30}}?{_ZH_INNOVATION_BODY}",
          needles=("先导区", "示范区", "试验区", "先行区", "试点", "示范城市", "示范基地", "名城", "名单", "名录",
                   "创新中心", "研究中心", "实验室", "研究院", "新区", "开发区", "保税区", "产业园", "工业园", "目录",
                   "备案信息", "备案清单")),
    # (确定北京、上海等20个城市为首批…示范城市: places named to be zones or pilots; 向中国移动、中国电信…
    # 发放5G商用牌照: a licence granted, its holders named before it; 为首批10个…节点授牌: the entries
    # given their plaques. The verb first, found by re's fast literal scan; the verbs as needles.)
    _rule(APPROVAL, None,
          # (not 不确定性为…, nor 确定将为首批试点城市提供…: the zone ends the object)
          rf"(?<!不)(?:确定|选定)(?!性)了?[^，。；]{{1,40}}?为[^，。；]{{0,30}}?(?:{_ZH_ZONE}|试点)[^，。；]{{0,6}}?(?=[，。；]|$)"
          # (not 暂停发放/停止核发, a grant stopped; nor …颁发的…许可证, a licence named in passing,
          # which a company says it received or a tally counts)
          r"|(?<!暂停|停止|中止|叫停)(?:发放|颁发|核发)(?!的)了?[^，。；]{0,20}?(?:牌照|许可证?)"
          # (为…授牌: the entries given, or 举行授牌仪式, the ceremony held; not 出席授牌仪式, 获…授牌,
          # 授牌企业, what others did or were)
          r"|(?:为|向)[^，。；]{1,40}?(?:授牌|颁牌)(?!仪式|活动|典礼|大会|企业|单位)"
          r"|(?:举行|举办)(?!的)了?[^，。；]{0,20}?(?:授牌|颁牌)(?:仪式|活动|典礼|大会)",
          needles=("确定", "选定", "发放", "颁发", "核发", "授牌", "颁牌")),
    # 公布首批…试点项目, 认定第三批…示范工厂, 遴选出12个…平台: a batch or a count of entries, whatever
    # the list is called. (A rule of its own: its pattern opens with the verb, which re scans for
    # quickly, and its needles are the verbs, not the entries' nouns, found in most sentences.)
    _rule(APPROVAL, None,
          rf"(?:{_ZH_LIST_VERB}|(?:批准|同意)设立)(?:了|出)?{_ZH_BATCH}[^，。；]{{0,20}}?{_ZH_ENTRY}"
          # (命名了一批…平台: an unnumbered batch, only when the verb is past: 认定一批 alone is
          # what a plan sets out to do)
          rf"|{_ZH_LIST_VERB}了一批[^，。；]{{0,20}}?{_ZH_ENTRY}"
          # (国家发展改革委3月批复的12个…集群: in passing, as a relative clause; only when dated)
          rf"|(?P<relative>{_ZH_LIST_VERB}的{_ZH_BATCH}[^，。；]{{0,20}}?{_ZH_ENTRY})"
          # (国务院日前批复《…规划》: a plan approved by reply; not a standard so approved, 批准《…》强制性
          # 国家标准, nor 批准发布《…》, the verb the standard rule reads)
          rf"|(?:批复|批准)(?:同意)?了?《[^》]{{2,80}}》(?![^，。；]{{0,8}}?标准)(?!的)",
          needles=("公布", "发布", "公示", "认定", "遴选", "评选", "命名", "批复", "批准", "同意")),
    _rule(OTHER, "public_consultation",
          r"就[^，。；]{0,40}?(?:公开)?(?:征求|征集)[^，。；]{0,4}?意见(?!稿)|(?:公开|面向社会)(?:征求|征集)意见(?!稿)"
          # (面向社会征求《…》意见: the title inside the verb phrase, with or without 对)
          # (公开征求《…》地方标准意见: the kind of the document between the title and 意见)
          r"|(?:征求|征集)(?:社会各界|公众)?对?《[^》]{2,80}》(?:[^，。；《》的]{0,6}?(?:标准|草案|征求意见稿))?的?意见"
          # (相较6月份发布的征求意见稿，《办法》…: the draft put out before the final text, named in passing
          # as a relative clause, so read only when dated; not 发布征求意见稿的通知, no draft's release)
          r"|(?P<relative>(?:发布|公布|印发|公开)的[^，。；《》]{0,8}?征求意见稿)(?!的通知)",
          needles=("征求", "征集")),
    # (宣布启动“5G-A网络普惠行动”: a programme announced, its name in quotes)
    # (…启动“5G+工业互联网”融合应用深化行动: the name runs on past its quoted part)
    # (部署开展“…”专项行动: the campaign set going, its verb doubled)
    # (not an emergency response set going, 启动“…”应急响应行动, see _ZH_EMERGENCY; the quote looked at
    # first, so a verb with none after it, 启动会议, fails before the look-ahead scans the clause)
    _rule(PLAN, None, r"(?:宣布|正式)?(?:启动|推出|部署)(?:实施|开展)?了?(?=“)(?![^，。；]{0,56}?(?:" + _ZH_EMERGENCY + "))“[^”]{2,40}?(?:(?:行动|计划|工程|专项|方案)”"
                      r"|”[^，。；“”《》]{0,12}?(?:行动|计划|工程|方案))",
          needles=("启动", "推出", "部署")),
    # (2026年新能源汽车下乡活动由工业和信息化部等五部门正式启动: a campaign named first, the passive
    # after; read from its head noun, the name left to the words before. Not an emergency response,
    # …应急救援行动由…启动, see _ZH_EMERGENCY.)
    _rule(PLAN, None,
          r"(?<!响应|救援|抢险|救灾|处置|应急)(?:行动|活动)(?:已经?|日前|近日|此前)?(?:于[^，。；由《》]{1,12}?)?"
          r"由[^，。；《》]{2,40}?(?:正式|联合|共同)?(?:启动|组织开展)(?!会|仪式|以来|后|之后|时|的)",
          needles=("启动", "组织开展")),
    _rule(OTHER, "committee_established",
          r"(?:成立|组建|设立)了?[^，。；]{0,30}?(?:委员会|工作组|领导小组|专家组)"
          # (…标准化技术委员会成立, …工作组揭牌: the body first, then the verb; not 成立以来, 成立后)
          # (…技术委员会已于去年12月由国家标准化管理委员会批准成立: a time and the approving body between)
          # (…技术委员会16日在北京成立: a day of the month, no 于)
          r"|(?:委员会|工作组|领导小组|专家组)(?:已经?|此前|日前|近日)?(?:于[^，。；由]{1,10}?|\d{1,2}日(?:[上下]午)?)?(?:在[^，。；]{1,6}?)?"
          r"(?:由[^，。；]{1,30}?)?(?:正式)?(?:批准)?(?:成立|揭牌)(?!以来|后|之后|至今|时|之时|初|之初|周年|的|于)",
          needles=("委员会", "工作组", "领导小组", "专家组")),
    _rule(OTHER, "data_release",
          r"(?:发布|公布|发表)(?!会|时间)的[^，。；《》]{0,30}?(?:数据|统计)|据[^，。；]{0,20}?(?:发布|公布)的(?:数据|统计)"
          r"|(?:发布|公布)(?!会|时间)了?[^，。；《》]{0,20}?数据(?:显示|表明)"
          r"|(?:发布|公布)(?!会|时间)了?[^，。；《》]{0,20}?运行情况"
          # (…9月30日发布数据，9月…PMI为50.2%: the data named bare, the figures in the next clause)
          r"|(?:发布|公布)(?!会|时间)了?(?:最新|相关|统计)?数据(?=[，,：:])"
          # (工业和信息化部5日发布的2026年第三季度电信服务质量情况显示: a report of figures, read as data is;
          # or a notice of them, …电信服务质量通告显示)
          r"|(?:发布|公布)(?!会|时间)的[^，。；《》]{0,30}?(?:情况|公报|通告)(?:显示|表明)"
          # (国家能源局16日发布1—5月全国电力工业统计数据。: the data, its period and sector before it,
          # end the clause; not 大数据, nor 数据集 or 数据中心, which go on)
          r"|(?:发布|公布)(?!会|时间)了?[^，。；《》]{1,24}?(?<!大)(?:数据|统计公报|统计快报)(?=[。；，,]|$)",
          needles=("数据", "统计", "运行情况", "情况显示", "情况表明", "公报显示", "公报表明", "通告显示")),
    # (2026年通信业统计公报日前由工业和信息化部发布: the report first, the passive after; read from the
    # report's name, its title. A rule of its own: opening on the name's characters it has no literal
    # start to scan for, and within the rule above it made that whole rule try every position of every
    # sentence naming 数据 or 统计; here only sentences naming such a report pay for it)
    _rule(OTHER, "data_release",
          r"(?P<report>[^，。；《》由]{2,30}?(?:统计公报|统计快报|运行情况))(?:已经?|日前|近日|此前)?"
          r"(?:于[^，。；由《》]{1,12}?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)?"
          r"由[^，。；《》]{2,40}?(?:正式|对外)?(?:发布|公布)(?!会|时间|后|之后|时|的)",
          needles=("统计公报", "统计快报", "运行情况")),
    # (国家林草局15日公布，2030年全国竹产业总产值达到1.06万亿元: the verb bare, the figures it put out
    # after the comma, as 据…15日消息，… is below; not when the next clauses tell an act of their own)
    _rule(OTHER, "data_release",
          r"(?<![将拟要应需])(?:公布|发布)(?=[，,][^。；]*?(?:\d\s*(?:%|％|万|亿)|同比|环比))"
          r"(?![^。；]*?(?:印发|发布|公布|出台|批复|召开|举行|举办|认定|成立|启动|会见|会谈|出席|调研|约谈|将于|将在|拟))",
          needles=("公布，", "发布，", "公布,", "发布,")),
    # (据工业和信息化部18日消息，1—5月…增长12.1%: the body's word on a named day, figures after it, as
    # "…, the MIIT said on Thursday" is; not when the next clauses tell an act of their own)
    _rule(OTHER, "data_release",
          # (figures: a share, an amount or 同比; not a date or a count of projects visited, 据…消息，
          # 部长17日会见…, 约谈了5家企业; nor a meeting, a visit, an act to come)
          r"据[^，。；]{1,20}?\d{1,2}日消息(?=[，,][^。；]*?(?:\d\s*(?:%|％|万|亿)|同比|环比))"
          r"(?![^。；]*?(?:印发|发布|公布|出台|批复|召开|举行|举办|认定|成立|启动|会见|会谈|出席|调研|约谈|将于|将在|拟))",
          needles=("日消息",)),
)
# A national work conference is often named once, then called 本次会议 / 会议于…召开.
_ZH_WORK_CONFERENCE = re.compile(r"全国工业和信息化工作会议|全国工信工作会议")
_ZH_CONFERENCE_BACK_REFERENCE = _rule(
    OTHER, "work_conference",
    r"(?:本次|此次|这次)会议[^，。；]{0,25}?(?:召开|举行|开幕)|会议于[^，。；]{0,25}?(?:召开|举行|开幕)", body="MIIT",
    needles=("会议",))

# --- English constructions -------------------------------------------------------------------
# The document named in the body's reported speech: "…, the MIIT said in a notice posted on its
# website on Monday", "The State Council said in a guideline on Tuesday that …" (not "said in a
# statement", an announcement of no document). Only when its clause dates it (the group named
# "relative" makes the reading dated only, as for a Chinese relative clause): undated, the document
# may be any old one the body quotes. A sentence giving figures is left to the reading of data
# released (_EN_SAID_ON: "output rose 12 percent, the MIIT said in a notice dated March 2").
_EN_SAID_IN_DOCUMENT = _rule(
    DOCUMENT, None,
    r"(?P<relative>\bsaid\s+in\s+(?:a|an|its)\s+(?:new\s+|joint\s+|separate\s+)?(?:notice|circular|guidelines?"
    r"|guidance|(?:action\s+|work\s+|implementation\s+)?plan|regulation|rules|document|opinions?)\b)",
    retype=True, needles=("said in",))
# "…, with the ministry releasing 18 industry standards on Monday": a participle tells a past action
# only after "with" and its subject ("responsible for issuing standards" tells none).
_EN_WITH_DOING = r"with\s+(?:[\w'()&-]+\s+){1,10}?(?:releasing|issuing|publishing|unveiling)"
_EN_VERB = rf"(?:issued|released|published|unveiled|rolled\s+out|promulgated|launched|{_EN_WITH_DOING})"
_EN_DOC_KIND = (
    r"(?i:plans?|guidelines?|guidance|opinions?|measures|rules|regulations?|notice|circular|program(?:me)?s?"
    r"|roadmaps?|polic(?:y|ies)|catalog(?:ue)?|documents?|standards?|list|draft"
    # (the wires' other names for a document: "released provisions on …" (规定), "a white paper"
    # (白皮书), "a directive", "a framework for …")
    r"|provisions|white\s+papers?|directives?|frameworks?)"
)
# (up to three words may stand between, none a preposition or "and": "a pilot free trade zone", "a
# national AI innovation pilot zone", "a national pilot city"; not "pilot projects in economic zones")
_EN_ZONE = (r"(?:pilot|demonstration|experimental|innovation)\s+"
            r"(?:(?!(?:in|of|for|at|on|to|and|or|with|by|from|across|within|under|into)\b)[\w-]+\s+){0,3}?"
            r"(?:zones?|areas?|bases?|cities|city)")
# Permits granted to counted recipients, a list of approvals: "the NMPA said it had issued written
# confirmations to 23 more API plants", "granted production licences to 12 companies"; or the
# recipients counted as the subject: "Nine models from six carmakers … received product access
# approvals, the ministry said …". Only with a government body named in the sentence (see _build):
# "Three BYD models won EU approvals" is company news.
# ("granted product access to 14 more car models": 产品准入, the access a product or a market is
# let into, a permit too; not bare "access", "granted access to 14 more ports")
_EN_PERMIT = r"(?:licen[cs]es|permits|approvals|certificates|certifications|confirmations|(?<=product\s)access|(?<=market\s)access)"
_EN_COUNT_WORD = r"(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)"
# (a recipient named: one to four capitalised words, not an article, a nationality or a possessive
# word, "China Mobile", "BYD", "China Broadnet"; nor a day or a month, "granted Sunday licences")
_EN_RECIPIENT = (r"(?!(?:The|A|An|Chinese|China's|Its|Their|This|These|Those|Monday|Tuesday|Wednesday|Thursday|Friday"
                 r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November"
                 r"|December)\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}")
# (a certificate of honour is an award, no permit: "gave 30 companies certificates of merit",
# "awarded them honorary certificates")
_EN_NO_AWARD = r"(?!\s+of\s+(?:honou?r|merit|excellence|appreciation|recognition|commendation|achievement|completion|participation)\b)"
# A permit in the singular or the plural, the subject or object of a passive grant (see _EN_PERMITS_GRANTED).
# (capitalised too, opening the sentence as a passive's subject: "Licences for gallium exports were
# approved by …", "Permits for drone exports were granted by …")
_EN_PERMIT_ANY = (r"(?:[Ll]icen[cs]es?|[Pp]ermits?|[Aa]pprovals?|[Cc]ertificates?|[Cc]ertifications?|[Cc]onfirmations?"
                  r"|(?<=product\s)access|(?<=market\s)access)")
# A past passive's auxiliary, the perfect too ("were granted", "had been issued"; not "will be granted").
_EN_PASSIVE_AUX = r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
# A time phrase between a passive's verb or object and its "by" ("were granted … on Thursday by …",
# "last week by", "on Oct. 18 by").
_EN_TIME_BEFORE_BY = (r"(?:\s+(?:on|in|last|earlier|this|late|early)\s+(?:(?:this|last)\s+)?[\w.]+(?:\s+\d{1,2})?)?")
_EN_PERMITS_GRANTED = _rule(
    APPROVAL, None,
    # (or to recipients named, "granted licences to China Mobile, China Telecom and China Unicom": a
    # capitalised name right after "to", a licence of one or many)
    # ("handed out satellite internet licences to China Mobile and China Unicom": the wires' phrase)
    # (or a certificate of a named product: "granted a type certificate to the AEF-1400 engine", "issued
    # an airworthiness certificate to the AG600")
    rf"\b(?:issued|granted|awarded|gave|handed\s+out)\s+(?:[\w-]+\s+){{0,3}}?(?:licen[cs]es?|permits?|certificates?)\s+to\s+(?:the\s+)?"
    rf"(?!(?:The|A|An|Chinese|China's|Its|Their)\b)[A-Z][\w&.'-]*"
    # (the recipients named or counted before the permits, as the verb's first object: "granted China
    # Mobile, China Telecom and China Unicom licences to use …", "gave four carmakers permits to test
    # …"; not "granted Chinese carriers licences", nor a share or a term, "gave 30 percent …")
    rf"|\b(?:issued|granted|awarded|gave|handed)\s+(?:(?:{_EN_RECIPIENT})(?:,\s+(?:and\s+)?{_EN_RECIPIENT}|\s+and\s+{_EN_RECIPIENT}){{0,7}}"
    rf"|(?!(?:19|20)\d\d\b){_EN_COUNT_WORD}\s+(?:more\s+|additional\s+|new\s+)?"
    rf"(?!(?:percent|per\s+cent|million|billion|yuan|years?|months?|weeks?|days?)\b)[a-z][\w-]*)"
    rf"\s+(?:(?:a|an|their|new)\s+)?(?:(?!honou?rary\s)[\w-]+\s+){{0,2}}?(?:licen[cs]es?|permits?|certificates?)\b{_EN_NO_AWARD}"
    # (a permit its recipient, named as the subject right before the verb, received from the granting
    # body named after "from": "China Telecom received a licence from the MIIT on Tuesday"; not "after
    # it received licences from", "Four carmakers that received approvals from", nor a pronoun, "It
    # received a licence from …", whose referent may be any company; the body is checked in _build)
    rf"|\b(?!(?:It|They|He|She|We|This|That|These|Those)\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}}\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:received|obtained|won|secured|was\s+granted|was\s+given|were\s+granted|were\s+given)\s+"
    rf"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:licen[cs]es?|permits?|approvals?)\s+from\s+(?:the\s+)?"
    rf"(?:[A-Z][\w.]*|ministry\b)"  # (the body's first word inside the match: a foreign one is told apart)
    # (the recipients "to" a count of firms, or the products "for" a count of models, the count
    # in words too: "granted type-approval certificates for two models"; not a year, "for 2026")
    # (the permits described at more length, what they are for between them and the recipients:
    # "granted the country's first commercial launch licenses for reusable rockets to two private companies")
    rf"|\b(?:issued|granted|awarded|gave|handed\s+out)\s+(?:[\w'’-]+\s+){{0,5}}?{_EN_PERMIT}"
    rf"(?:\s+for\s+(?:[\w-]+\s+){{0,3}}?[\w-]+(?=\s+to\s))?\s+(?:to|for)\s+(?:another\s+|a\s+further\s+)?"
    rf"(?!(?:19|20)\d\d\b){_EN_COUNT_WORD}\s+(?:more\s+|additional\s+|new\s+)?"
    rf"(?!(?:percent|per\s+cent|million|billion|yuan|years?|months?|weeks?|days?)\b)[a-zA-Z]"
    # (not "Seven years after it received licences", "30 percent of applicants", nor recipients
    # described by a clause, "Four carmakers that received L3 approvals … saw sales rise")
    rf"|(?<![\w,.])\b{_EN_COUNT_WORD}\s+(?!(?:percent|per\s+cent|years?|months?|weeks?|days?|decades?|times)\b)"
    rf"(?:more\s+|additional\s+|new\s+)?(?:(?!(?:that|which|who|whose|after|before|when|since|it|they)\b)[\w.&'-]+,?\s+){{1,12}}?"
    rf"(?:received|obtained|won|secured|were\s+granted|were\s+given|have\s+received|had\s+received)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_EN_PERMIT}\b"
    # (a batch of permits approved, the batch its count: "approved a new batch of export licences for
    # gallium products", "granted the first batch of L3 road-test permits"; not "a batch of
    # applications", nor "licences for a batch of …")
    rf"|\b(?:approved|granted|issued)\s+(?:(?:a|an|the|its|another)\s+)?(?:(?:new|fresh|first|second|third|fourth|fifth|latest|further)\s+)*"
    rf"batch\s+of\s+(?:(?!honou?rary\s)[\w-]+\s+){{0,3}}?{_EN_PERMIT}\b{_EN_NO_AWARD}"
    # (roads opened to trials of self-driving cars: "designated 86 additional road sections for
    # robotaxi testing", "opened 120 more kilometres of roads to autonomous-vehicle tests")
    rf"|\b(?:designated|opened|approved)\s+(?:another\s+)?\d[\d,.]*\s+(?:more\s+|additional\s+|new\s+)?"
    rf"(?:road\s+sections|roads|routes|(?:kilometres|kilometers|km)\s+of\s+(?:public\s+)?roads?)\s+(?:for|to)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:testing|tests|trials|pilots?|operations)\b"
    # (every grant above in the passive, its granting body after "by": "A type certificate was granted
    # to the AEF-1400 engine by the CAAC on Wednesday", "Written confirmations were issued to 23 more
    # plants by the NMPA", "Type-approval certificates for two models were granted by the NRA"; or the
    # recipients its subject, "China Mobile and China Telecom were granted licences to use … by the MIIT",
    # "14 more car models were granted product access by the MIIT". The body is checked in _build, a
    # foreign one and a running total left out as in the active; not "will be granted", a plan)
    # (permits "approved" by a body are granted too: "Export licences for gallium were approved by the
    # Ministry of Commerce in late October")
    rf"|{_EN_PERMIT_ANY}{_EN_NO_AWARD}\s+(?:[^,;.]{{0,60}}?\s+)?{_EN_PASSIVE_AUX}(?:granted|issued|awarded|approved|handed\s+out)"
    rf"(?:\s+(?:to|for)\s+[^,;]{{1,80}}?)?{_EN_TIME_BEFORE_BY}\s+by\s+(?:the\s+)?[A-Z]"
    # (not a pronoun's, "BYD said it had been granted a certificate … by the MIIT": a company's own news)
    rf"|(?<!\bit\s)(?<!\bIt\s)(?<!\bthey\s)(?<!\bwe\s){_EN_PASSIVE_AUX}(?:granted|given|awarded|issued)\s+(?:[\w'’-]+\s+){{0,3}}?{_EN_PERMIT_ANY}\b{_EN_NO_AWARD}"
    rf"(?:\s+(?:to|for)\s+[^,;]{{1,80}}?)?{_EN_TIME_BEFORE_BY}\s+by\s+(?:the\s+)?[A-Z]",
    needles=("licence", "license", "permit", "approval", "certificat", "confirmations", "road", "route", "t access",
             # (a permit opening the sentence, see _EN_PERMIT_ANY)
             "Licen", "Permit", "Approval", "Certificat", "Confirmation"))
# A list of entries put out with the document the sentence tells issued, in the same act: "issued
# revised standard conditions for …, alongside a list of 36 companies that meet the conditions",
# "published the rules together with a list of 12 qualified platforms" (heldout6's conditions and
# their list: a document and an approval on one day). Counted or qualified entries only: "along
# with a list of requirements" names no entries.
_EN_LISTED_ENTRIES = (r"(?:companies|firms|enterprises|manufacturers|makers|producers|factories|plants|products|models"
                      r"|projects|platforms|parks|bases|cities|pilots|operators|carmakers|automakers)")
_EN_LIST_ALONGSIDE = _rule(
    APPROVAL, None,
    # (the words between stay in the verb's clause: not "released guidelines, while CATL released its
    # report alongside a list of 20 suppliers", another subject's act)
    rf"\b(?:issued|released|published|unveiled|rolled\s+out)\s+(?:(?!,\s+(?:and|while|whereas|but)\b|\s(?:while|whereas|but)\s)[^.;]){{0,160}}?"
    # (", and the list of …" opens a clause of its own: "…, and the list of 52 companies it published
    # last year remains valid" tells of an earlier list)
    rf"(?:,\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as)|\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as|and))"
    rf"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"lists?\s+of\s+(?:the\s+)?(?:first\s+|latest\s+)?(?:{_EN_COUNT_WORD}\s+(?:[\w-]+\s+){{0,3}}?{_EN_LISTED_ENTRIES}"
    rf"|(?:qualified|qualifying|approved|eligible|compliant|certified)\s+(?:[\w-]+\s+){{0,2}}?{_EN_LISTED_ENTRIES})\b"
    # (not entries named for a sanction: "a list of 100 products banned from sale", "of 12 companies
    # that failed inspections", a blacklist, no approval)
    rf"(?!\s+(?:(?:that|which|who)\s+(?:have\s+|had\s+)?(?:failed|violated|breached)|(?:were\s+|are\s+|have\s+been\s+)?"
    rf"(?:banned|barred|recalled|removed|delisted|suspended|blacklisted|penali[sz]ed|punished|fined|ordered|found\s+to))\b)",
    needles=("list",))
# A document put out with what the verb's clause tells released, in the same act: "The list was
# released together with a revised version of the standard conditions", "published a list of 58
# recyclers, along with revised standard conditions for the industry", "issued the notice alongside
# new management measures" (the mirror of _EN_LIST_ALONGSIDE: the document is the one after the
# preposition). Its article, at most one word of state ("revised", "new") and "a version of" may
# stand before up to three modifiers and the head; a list there is _EN_LIST_ALONGSIDE's. Undated and
# opened by the object of the act just told ("The list was released …"), it takes that act's day and
# body (see _EN_CORELEASE_OPENING).
_EN_CORELEASED_DOCUMENT = (r"(?:(?:standard\s+|entry\s+|access\s+)?conditions|plans?|guidelines?|guidance|opinions|measures"
                           r"|rules|regulations?|notices?|circulars?|catalog(?:ue)?s?|requirements|specifications"
                           r"|standards?|provisions|directives?)")
_EN_RELEASED_WITH_DOCUMENT = _rule(
    DOCUMENT, None,
    # (the words between stay in the verb's clause, as in _EN_LIST_ALONGSIDE)
    rf"\b(?:issued|released|published|unveiled|rolled\s+out)(?:\s+(?:(?!,\s+(?:and|while|whereas|but)\b|\s(?:while|whereas|but)\s)[^.;]){{1,160}}?)?"
    rf",?\s+(?:alongside|along\s+with|together\s+with)\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:(?:new|revised|updated|amended|new\s+and\s+revised)\s+)?(?:(?:version|edition)\s+of\s+(?:the|its|their)\s+)?"
    rf"(?:(?!lists?\b)[\w-]+\s+){{0,3}}?{_EN_CORELEASED_DOCUMENT}\b",
    retype=True, needles=("alongside", "along with", "together with"))
# A sentence opening on the object of the act just told, released with another ("The list was
# released together with …", "It was published alongside …"): the same act (see _build).
_EN_CORELEASE_OPENING = re.compile(
    r"(?:(?:The|This|These)\s+(?:[\w-]+\s+){0,3}?(?:list|catalog(?:ue)?|plan|notice|circular|guidelines?|rules|measures"
    r"|standards?|conditions|regulations?|document)|It|They)\s+(?:was|were)\s+(?:also\s+|jointly\s+)?"
    r"(?:released|published|issued|unveiled)\s+(?:together\s+with|along\s+with|alongside)\s")
# What a licence requirement makes one obtain (see the licence rule of _EN_RULES): "licences for …",
# "export licences", "an export permit", "prior approval".
_EN_LICENCE_OBJECT = r"(?:(?:an?|the|prior|special|separate)\s+)?(?:(?:export|import|government)\s+)?(?:licen[cs]es?|permits?|approvals?)\b"
_EN_RULES = (
    _rule(PRESS, None, r"\b(?:press|news)\s+conferences?\b|\b(?:press|policy|news)\s+briefings?\b"
          # ("Officials from the Ministry of Commerce briefed reporters on Thursday on …")
          r"|\bbriefed\s+(?:reporters|journalists|the\s+(?:media|press))\b"
          # ("told reporters at a briefing on Thursday", "at a regular briefing": the body's own
          # briefing, bare; a company's finds no body)
          # (also opening the sentence: "At a briefing held by the SCIO on Tuesday, officials said …")
          r"|\b(?:told\s+(?:reporters|journalists)\s+)?[Aa]t\s+a\s+(?:regular\s+|routine\s+|weekly\s+|daily\s+)?briefing\b"
          # ("Officials from the MIIT told a briefing on Wednesday that …": the briefing as the object
          # of "told", the wires' short form of "told reporters at a briefing")
          r"|\btold\s+(?:a|the)\s+(?:regular\s+|routine\s+|weekly\s+|daily\s+|media\s+)?briefing\b",
          needles=("conference", "briefing", "briefed")),
    _rule(OTHER, "work_conference",
          # (the day may stand between: "held a national work conference on Tuesday on industry and …")
          r"\b(?:work\s+conference(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+on\s+industry\s+and\s+information\s+technology"
          r"|industry\s+and\s+information\s+technology\s+work\s+conference"
          # ("convened the national conference on industry and information technology work": Xinhua's order)
          r"|conference\s+on\s+industry\s+and\s+information\s+technology\s+work"
          r"|(?:MIIT|ministry)'s\s+(?:annual\s+)?(?:national\s+)?work\s+conference)\b", flags=re.IGNORECASE, body="MIIT",
          needles=("conference",)),
    _rule(DOCUMENT, None,
          # (the words between may hold an amount: "rolled out a 500 million yuan (US$69 million) programme")
          rf"\b{_EN_VERB}\s+(?:(?:a|an|the|its)\s+)?(?:[\w'()$.-]+\s+){{0,8}}?{_EN_DOC_KIND}\b"
          rf"|\b(?:plan|guidelines?|guidance|opinions?|measures|rules|regulations?|notice|circular|document)\b"
          rf",?\s+(?:(?:(?:which|that)\s+was\s+|was\s+|were\s+)?(?:jointly\s+|newly\s+)?"
          rf"(?:issued|released|published|unveiled|promulgated)"
          # ("The notice, which was posted on the ministry's website on Monday, …": a document put
          # on its body's site is put out, in a passive only; the bare participle "a guideline
          # posted on …" is read by the lexicon, see _EN_VERBS)
          rf"|(?:(?:which|that)\s+was|(?:which|that)\s+were|was|were)\s+posted)\b"
          rf"|\b(?:plan|guidelines?|guidance|measures|rules|regulations?|notice|circular)\b[^.;]{{0,80}}?,\s+"
          rf"(?:jointly\s+)?(?:issued|released|published|unveiled)\s+by\b"
          rf"|\b(?:plan|guidelines?|guidance|measures|rules|regulations?|notice|circular)\b[^.;]{{0,80}}?"
          rf"\b(?:was|were|has\s+been|have\s+been)\s+(?:issued|released|published|unveiled|promulgated|posted)\b"
          # "a guideline on humanoid robots released by the ministry in November", "a work plan …
          # that the MIIT released last August"
          rf"|\b(?i:plan|guidelines?|guidance|measures|rules|regulations?|notice|circular)\b[^.;,]{{0,80}}?\s"
          rf"(?:jointly\s+)?(?:issued|released|published|unveiled)\s+by\s+(?:the\s+)?(?:[A-Z]|ministry|ministries)"
          rf"|\b(?i:plan|guidelines?|guidance|measures|rules|regulations?|notice|circular)\b[^.;]{{0,80}}?\b(?:that|which)\s+"
          rf"(?:the\s+)?(?:[A-Z][\w()&-]*|ministry)(?:\s+[\w()&-]+){{0,8}}?\s+(?:jointly\s+)?(?:issued|released|published|unveiled)\b",
          retype=True, needles=("issued", "released", "published", "unveiled", "rolled", "promulgated", "launched",
                                 "issuing", "releasing", "publishing", "unveiling", "posted")),
    # The act told as a noun, its agent after "by": "The release of the plan by the MIIT on Tuesday
    # marks …", "following the issuance on Monday of new rules by the State Council" (not "ahead
    # of the release of …", which is still to come)
    _rule(DOCUMENT, None,
          rf"(?<!ahead of )(?<!before )(?<!awaiting )(?<!pending )\b(?:[Tt]he|its|their)\s+"
          rf"(?:release|issuance|publication|unveiling|roll-?out)\s+(?:on\s+\w+\s+)?of\s+(?:(?:a|an|the|its|new)\s+)?"
          rf"(?:[\w'()-]+\s+){{0,6}}?{_EN_DOC_KIND}\b[^.;,]{{0,60}}?\b(?:jointly\s+)?by\s+(?:the\s+)?[A-Z]",
          retype=True, needles=("release of", "issuance", "publication", "unveiling", "rollout", "roll-out")),
    _EN_SAID_IN_DOCUMENT,
    # A licence requirement imposed: "Chinese authorities in April required exporters to obtain
    # licences for …", "Beijing imposed licence requirements on exports of …", "exporters were
    # required by the commerce ministry to obtain licences", "since the authorities began requiring
    # export licences": an export or import control put in place by a notice (公告), a document. In
    # the past only ("requires exporters to obtain" is the rule standing, "will require" to come, see
    # _is_future); a body must act, as in every rule ("the company required suppliers to …" is none).
    _rule(DOCUMENT, None,
          rf"\b(?:required|ordered)\s+(?:[\w-]+\s+){{1,4}}?(?:(?:in|on|from|last|earlier\s+this)\s+[\w.]+(?:\s+\d{{1,2}})?\s+)?"
          rf"to\s+(?:obtain|apply\s+for|seek)\s+{_EN_LICENCE_OBJECT}"
          rf"|\b(?:was|were|had\s+been|have\s+been)\s+required\s+by\s+[^,;]{{2,60}}?\s+to\s+(?:obtain|apply\s+for|seek)\s+"
          rf"{_EN_LICENCE_OBJECT}"
          rf"|\b(?:imposed|introduced)\s+(?:new\s+)?(?:export\s+|import\s+)?(?:licen[cs]e|licensing|permit)\s+requirements\b"
          rf"|\bbegan\s+requiring\s+(?:[\w-]+\s+){{0,3}}?(?:export|import)\s+licen[cs]es\b"
          # (the licences the verb's own object, what they are for after them: "the ministry required
          # licenses for some graphite exports in December 2023", "required export permits for drones";
          # not "required licences to operate", a condition told, nor "required … licences" of a company)
          rf"|\brequired\s+(?:(?:export|import|special|separate)\s+)?(?:licen[cs]es|permits)\s+for\s+"
          rf"(?:[\w-]+\s+){{0,4}}?(?:exports?|imports?|shipments?|sales\s+abroad)\b",
          needles=("to obtain", "to apply for", "to seek", "requirements on", "requiring export", "requiring import",
                   "required licen", "required export", "required import", "required special", "required separate",
                   "required permits")),
    # A halt put on approvals or lifted: "The MIIT suspended approvals of new photovoltaic glass
    # capacity in July and lifted a similar freeze on float glass in September", "halted approvals of
    # new coal-to-chemicals projects", "lifted its ban on …": a policy act a body announces by a
    # notice, a document (as gold types it). Approvals or a freeze, ban or moratorium only ("suspended
    # production", "lifted output" are no policy act); a body must act, as in every rule.
    _rule(DOCUMENT, None,
          rf"\b(?:suspended|halted|froze|paused)\s+(?:(?:all|the|its|new)\s+)?(?:[\w-]+\s+){{0,2}}?"
          rf"(?:approvals?|licensing|permits)\s+(?:of|for|on)\b"
          rf"|\b(?:lifted|imposed|scrapped|removed|ended|announced)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
          rf"(?:freeze|moratorium|suspension|ban)\s+(?:on|of)\b"
          # (export controls imposed or tightened, rules on them tightened: "since the ministry of commerce
          # tightened the rules in December 2023", "the commerce ministry imposed export controls on rare
          # earths in April": a control put in place by a notice, as "announced export controls" is; not
          # "Washington tightened chip export rules", a foreign body, which no rule credits)
          rf"|\b(?:imposed|tightened|introduced)\s+(?:(?:new|tighter|stricter|the|its|their)\s+)*(?:export|import)\s+"
          rf"(?:controls|curbs|restrictions)\s+(?:on|over|for)\b"
          rf"|\btightened\s+(?:the|its|their)\s+(?:(?:export|import)\s+)?(?:rules|controls|restrictions|curbs)\b",
          needles=("suspended", "halted", "froze", "paused", "freeze", "moratorium", "suspension", "ban ",
                   "imposed", "tightened", "introduced")),
    # A document told by the day it bears: "The MIIT's notice, dated June 3, sets out …", "In a
    # circular dated May 30, the NDRC ordered …" (the date is the issuing; not "said in a notice
    # dated March 2" with figures, data released, see _EN_SAID_ON)
    _rule(DOCUMENT, None,
          r"(?<!said in a )(?<!said in an )(?<!said in its )\b(?:notices?|circulars?|guidelines?|guidance|plan|documents?|rules"
          r"|regulations?|measures|opinions?|announcements?|decisions?|directives?)\b"
          # (its body may stand between: "A circular from the MIIT dated May 28 urges …")
          r"(?:\s+(?:from|of|by)\s+(?:the\s+)?[A-Z][\w()'-]*(?:\s+(?:[A-Z(][\w()'-]*|of|and|for))*?)?"
          r",?\s+dated\s+(?=[A-Z][a-z]{2,8}\.?\s+\d|\d)",
          retype=True, needles=("dated",)),
    _rule(APPROVAL, None,
          # ("gave its approval on Thursday for Hainan to set up …": a time may stand before "for")
          rf"\b(?:approved|approving|approve|approval\s+(?:(?:on|in|last|earlier|this)\s+\w+\s+)?(?:of|for)"
          rf"|(?:gave|given|giving)\s+(?:the\s+)?green\s+light"
          rf"|greenlit|designated"
          # ("Hefei was named a national AI innovation pilot zone": the place named in the passive; an
          # active "the commission named 12 pilot cities" is read by the lexicon, dated only)
          rf"|(?:was|were)\s+named)\b[^.;]{{0,120}}?\b{_EN_ZONE}\b"
          # ("was chosen by the MIIT as a national pilot city": the article and an adjective both)
          rf"|\b(?:approved|designated|selected|named|chosen|picked)\b[^.;]{{0,120}}?\bas\s+(?:(?:national|the\s+first|a|an|new)\s+){{0,2}}"
          rf"(?:pilots?|demonstration)\b"
          # (not "released the latest batch of data" nor "a batch of new rules": figures or documents, no entries;
          # nor "the first batch of industry standards", a release of standards, see the standard rule)
          rf"|\b(?:published|released|unveiled|announced)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){{0,3}}?batch\s+of\b"
          rf"(?!\s+(?:[\w'-]+\s+){{0,2}}?(?:data|figures|statistics|numbers|indicators|rules|regulations|measures|policies"
          rf"|guidelines|documents|standards)\b)"
          # ("published the latest batch on Tuesday": the batch named bare, its entries told before;
          # ending its phrase, not "the latest batch of data")
          rf"|\b(?:published|released|unveiled|announced)\s+(?:the|a|its)\s+(?:latest|newest|new|first|second|third|fourth"
          rf"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+batch(?=\s*[,.;]|\s+(?:on|in|last|this|earlier|late)\b)"
          # "named 3,214 firms as the eighth batch of 'little giants'": entrants named to a batch of a list
          rf"|\b(?:approved|designated|selected|named|recogni[sz]ed)\b[^.;]{{0,80}}?\bas\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){{0,2}}?batch\s+of\b"
          # "said on Wednesday that it had approved 52 \"future factories\"": entries counted, not money
          rf"|\b(?:approved|approving)\s+(?:another\s+|a\s+total\s+of\s+)?\d[\d,]*\s+"
          rf"(?!(?:percent|per\s+cent|million|billion|trillion|yuan|dollars|US\s+dollars)\b)[^.;,]{{0,40}}?"
          rf"\b(?:factories|enterprises|companies|firms|(?:pilot|demonstration)\s+projects|parks|clusters|bases|platforms"
          rf"|pilots|zones|cities)\b"
          # ("said Wednesday that it had approved capacity-swap plans for four production lines",
          # "approved relocation plans for 12 plants": firms' plans or applications a body approves,
          # counted by what they are for; not money or capacity, "plans for 4 million tons", nor a
          # plan of the body's own, "approved plans for new rules")
          rf"|\b(?:approved|approving)\s+(?:(?:the|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:plans|applications|proposals)\s+"
          rf"(?:for|from|covering)\s+{_EN_COUNT_WORD}\s+(?:more\s+|new\s+)?(?:[\w-]+\s+){{0,2}}?"
          rf"(?:(?:production\s+)?lines|{_EN_LISTED_ENTRIES})\b"
          # ("announced Thursday that it had included 17 CCUS projects in a first batch of national
          # demonstration projects", "included 25 firms on its list of …": counted entries put in a
          # batch or a list, named to it; not a blacklist, "included 12 firms in its entity list")
          rf"|\bincluded\s+(?:another\s+|a\s+total\s+of\s+)?{_EN_COUNT_WORD}\s+(?:more\s+|new\s+)?(?:[\w'-]+\s+){{0,3}}?"
          rf"{_EN_LISTED_ENTRIES}\s+(?:in|on|into)\s+(?:a|an|the|its|their)\s+"
          rf"(?!(?:[\w'-]+\s+){{0,3}}?(?:entity|black|sanctions?|watch|unreliable|export\s+control)\b)"
          rf"(?:[\w'-]+\s+){{0,3}}?(?:batch|list|catalog(?:ue)?)\b",
          needles=("pilot", "demonstration", "experimental", "innovation", "batch", "approv", "included")),
    _EN_PERMITS_GRANTED,
    _EN_LIST_ALONGSIDE,
    _EN_RELEASED_WITH_DOCUMENT,
    _rule(STANDARD, None,
          # (also the participle of "…, with the ministry releasing 18 industry standards on Monday")
          # (not "released draft national standards for public comment": drafts, a consultation)
          # ("has also recently approved a mandatory national standard on …": approved, as 批准发布)
          rf"\b(?:released|issued|published|unveiled|approved|{_EN_WITH_DOING})\s+(?:\d+\s+|(?!draft\s)[a-z]+\s+)?(?:new\s+)?"
          r"(?:(?:national|industry|mandatory)\s+)*standards?\b(?!\s+conditions)",
          needles=("standard",)),
    _rule(OTHER, "public_consultation",
          # ("A draft of the measures was put out for comment in May": "public" may go unsaid)
          # ("Draft technical specifications … had been released for comment by the NRA": the
          # capital of a sentence's first word too)
          r"\b[Dd]raft\b[^.;]{0,200}?\bfor\s+(?:public\s+)?(?:comments?|consultation|feedback)\b"
          r"|\b[Dd]raft\b[^.;]{0,200}?\bfor\s+public\s+opinions?\b"
          r"|\b(?:seeks?|sought|seeking|solicit(?:s|ed|ing)?)\s+(?:public\s+)?(?:comments?|opinions?|feedback|views)\b"
          # ("published for public comment a draft guideline on …": the object after the purpose)
          r"|\b(?:published|released|issued|unveiled|put\s+out)\s+for\s+public\s+(?:comments?|consultation|feedback)\b"
          # ("opened a public consultation on rules for …", "launched a month-long public consultation":
          # the consultation itself set going, its draft unnamed)
          r"|\b(?:launched|opened|began|started|kicked\s+off|initiated)\s+(?:a\s+)?(?:[\w-]+\s+)?public\s+consultation\b"
          # ("The plan had been circulated in draft form in April", "the rules were circulated in draft
          # last year": a draft sent round for views, the wires' other phrase for a consultation)
          r"|\b(?:circulated|distributed|sent\s+out)\s+(?:[\w-]+\s+){0,3}?in\s+draft\b"
          # ("A draft of the revised conditions had been circulated in May": the draft the passive's
          # subject, sent round for views; its body the story's, as for any bare act. Not a draft
          # "circulating" on social media, nor one still to be circulated: a past passive only)
          # (not a relative clause's, "rules …, whose draft had been circulated in May": the rules' release
          # the news, see test_leftovers_s15)
          r"|\b(?<!whose\s)[Dd]rafts?\b[^.;,]{0,80}?\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:first\s+)?"
          r"(?:circulated|distributed)\b(?!\s+(?:online|on\s+social|among\s+(?:investors|traders|analysts)|to\s+(?:shareholders|investors|the\s+board)))",
          needles=("draft", "Draft", "seek", "sought", "solicit", "for public", "public consultation")),
    _rule(OTHER, "committee_established",
          r"\b(?:set\s+up|established|formed|created|founded)\b[^.;]{0,60}?\b(?:committee|(?:working|leading)\s+group|task\s+force)\b"
          # "a national technical committee on …, which the ministry set up last week"
          r"|\b(?:committee|working\s+group|task\s+force)\b[^.;]{0,80}?\b(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w()&-]*|ministry)"
          r"(?:\s+[\w()&-]+){0,8}?\s+(?:set\s+up|established|formed|created|founded)\b",
          needles=("committee", "working", "leading", "task")),
    _rule(OTHER, "data_release",
          r"\b(?:data|figures|statistics)\s+(?:released|published|issued|unveiled)\b"
          r"|\b(?:released|published)\s+(?:the\s+)?(?:data|figures|statistics)\b",
          needles=("data", "figures", "statistics")),
    # ("announced on Monday that it will roll out a three-year program": the announcement is the event)
    _rule(PLAN, None, r"\bannounced\b[^.;]{0,60}?\b(?:targets?|plans?|goals?|blueprint|program(?:me)?s?|initiatives?)\b",
          needles=("announced",)),
    # ("kicked off a nationwide campaign to rectify …", "launched a special campaign against …": a
    # campaign started, as 启动“…专项行动” is in Chinese)
    # ("announced a two-month campaign to clean up …", "rolled out a three-month campaign", "unveiled a
    # campaign": the wires' words for starting one; a campaign is started, not issued)
    _rule(PLAN, None, r"\b(?:kicked\s+off|launched|started|announced|rolled\s+out|unveiled)\s+(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,4}?"
                      r"(?:campaign|crackdown)s?\b",
          needles=("campaign", "crackdown")),
)
# "…, the Ministry of Industry and Information Technology (MIIT) said on Thursday.": figures put
# out by a body on a named day are a data release (merged away when it was a press conference).
# (A notice or circular giving figures is read so too, not as a document: see _EN_SAID_IN_DOCUMENT.)
_EN_SAID_ON = re.compile(
    r"\bsaid\s+(?:in\s+a\s+(?:statement|notice|circular|report)\s+(?:dated\s+|published\s+|issued\s+)?)?(?:on\s+)?(?:today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)
_EN_SAID_ON = with_heads(_EN_SAID_ON)  # (tried only where a match can start: needles.with_heads)

# Cheap pre-filters: most sentences name no action at all.
_ZH_ANY = re.compile(r"举行|召开|举办|发布|印发|公布|出台|颁布|出炉|会议|批复|同意|批准|设立|认定|授牌|公示|征求|征集|成立|组建|支持"
                     r"|启动|组织开展|通报了|推出|部署|遴选|评选|命名|揭牌|公告|确定|下发|审议通过|转发|发出|发文|发放|颁发|核发|日消息")
_EN_TRIGGER_WORDS = (
    # ("said" first: the word most sentences that pass hold, and has_any stops at the first found)
    "said",
    "conference", "briefing", "issued", "released", "published", "unveiled", "rolled out", "promulgated", "launched",
    "issuing", "releasing", "publishing", "unveiling",
    "approv", "green light", "go-ahead", "the nod ", "green-lit", "greenlit", "greenlighted", "designated", "draft", "comment", "set up", "established", "formed", "created", "founded",
    "announced", "seek", "sought", "solicit", "public consultation",
    # (the verbs of the lexicon below that no rule above names)
    "revised", "amended", "updated", "finalised", "finalized", "named", "selected", "recognised", "recognized", "certified", "made public",
    "put forward", "introduced", "laid out", "mapped out", "briefed", "set out", "outlined", "drew up", "drawn up",
    "put out", "release of", "issuance", "publication", "unveiling", "rollout", "roll-out",
    # (a place "chosen as a national pilot city": see the approval rule)
    "chosen", "picked", "chose", "kicked off", "endorsed", "signed off", "circulated", "floated",
    "campaign", "crackdown",
    # (a document told by the day it bears: "The MIIT's notice, dated June 3, …")
    "dated",
    # (a licence requirement imposed: "required exporters to obtain licences", see the licence rule;
    # the rarer words after the verb, not "required", common in running text)
    "to obtain", "to apply for", "requirements on", "requiring export", "requiring import",
)
# Trigger words too common in running text to let a sentence through alone ("surpassed", "posted
# growth of", "data showed that"): each with what its constructions also need (see _rarer_trigger).
_SHOWED_ON_A_DAY = re.compile(r"showed (?:on |mon|tue|wed|thu|fri|sat|sun)")
_CABINET_WORDS = ("cabinet", "state council")
# (what _EN_OBJECTS names, a document or a list, standard or data)
_POSTED_OBJECTS = ("notice", "circular", "rule", "guid", "plan", "measures", "regulation", "document", "list", "standard",
                   "data", "figures", "statistics", "catalog", "opinion", "conditions", "road", "quota", "director")


# (the words sharing a key tested as one while it is absent: "issu" of "issued", "issuing" and
# "issuance", "ated" of seven past tenses; 77 tests of a sentence with none of them, 43: see
# needles.needle_groups)
_EN_TRIGGER_GROUPS = needle_groups(_EN_TRIGGER_WORDS)


def _may_state_action(s: str, lang: str) -> bool:
    if lang == "zh":
        return bool(_ZH_ANY.search(s))
    # Same answer as re.search("|".join(_EN_TRIGGER_WORDS), s, re.IGNORECASE) (the words are
    # lower-case letters and spaces, see scrapers.facts.needles.fold), ~100x faster.
    folded = fold(s)
    return has_any_grouped(folded, _EN_TRIGGER_GROUPS) or _rarer_trigger(folded)


def _rarer_trigger(folded: str) -> bool:
    """"data … showed on Monday" (see _showed_on_releases), the cabinet that "adopted"/"passed" a
    document, a notice "posted": each word with what its construction also needs."""
    if "showed" in folded and _SHOWED_ON_A_DAY.search(folded):
        return True
    if ("adopted" in folded or "passed" in folded) and has_any(folded, _CABINET_WORDS):
        return True
    if has_any(folded, _PERMIT_WORDS) and has_any(folded, _GRANT_WORDS):
        return True  # (permits granted or received, see _EN_PERMITS_GRANTED)
    if "opened" in folded and ("road" in folded or "route" in folded):
        return True  # ("opened 120 more kilometres of roads to autonomous-vehicle tests")
    if ("allocated" in folded or "handed out" in folded) and ("quota" in folded or "batch" in folded):
        return True  # (quotas or a batch of funds given out: see _EN_ALLOTTED)
    if "included" in folded and (has_any(folded, _LIST_WORDS) or "batch" in folded):
        return True  # ("included 17 projects in a first batch of …": see the approval rule of _EN_RULES)
    if "added" in folded and has_any(folded, _LIST_WORDS):
        return True  # ("the ministry added 41 more companies to the list": see _EN_ADDED_TO_LIST)
    # (the objects first: seven words to the verbs' ten, the verbs' "ended" in "recommended" too, so
    # most sentences are let go after 7 tests rather than 10)
    if has_any(folded, _HALTED_WORDS) and has_any(folded, _HALT_WORDS):
        return True  # ("suspended approvals of …", "lifted a freeze on …": see the halt rule of _EN_RULES)
    if has_any(folded, _CONTROL_VERBS) and has_any(folded, _CONTROL_WORDS):
        return True  # ("imposed export controls on …", "tightened the rules": see the halt rule of _EN_RULES)
    if "required " in folded and ("licen" in folded or "permits" in folded):
        return True  # ("required licenses for some graphite exports": see the licence rule of _EN_RULES)
    return "posted" in folded and has_any(folded, _POSTED_OBJECTS)


_LIST_WORDS = ("list", "catalog", "directory")
_HALT_WORDS = ("suspended", "halted", "froze", "paused", "lifted", "imposed", "scrapped", "removed", "ended", "announced")
_HALTED_WORDS = ("approval", "licensing", "permits", "freeze", "moratorium", "suspension", "ban ")
_CONTROL_VERBS = ("imposed", "tightened", "introduced")
_CONTROL_WORDS = ("controls", "curbs", "restrictions", "the rules", "its rules", "their rules")


_PERMIT_WORDS = ("licence", "license", "permit", "approval", "certificat", "confirmations", "t access")
_GRANT_WORDS = ("granted", "awarded", "gave", "received", "obtained", "won ", "secured", "handed out")
# Permits a foreign body grants ("Three BYD models received EU approvals, the ministry said", "12 firms
# had received certificates from the FDA"): a Chinese body named in the sentence only tells of them.
_EN_FOREIGN_PERMIT = re.compile(r"\b(?:EU|E\.U\.|US|U\.S\.|FDA|CE|European|American|Japanese|Korean|German|overseas"
                                r"|foreign|international)\b")
_EN_GRANT_VERB = re.compile(r"\b(?:received|obtained|won|secured|granted|given|issued|awarded|gave|handed\s+out)\b")
_EN_FROM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?")
# A running total of permits, not one grant ("has issued licences to 20,000 drone pilots since 2018",
# "By the end of 2025, the CAAC had issued …", "so far", "to date").
_EN_RUNNING_TOTAL = re.compile(r"\b(?:[Ss]ince\s+(?:\d{4}|then|its|the)|(?i:so\s+far|to\s+date|thus\s+far)|[Bb]y\s+the\s+end\s+of"
                               r"|cumulative(?:ly)?)\b")


def _foreign_or_running_total(s: str, start: int, end: int) -> bool:
    """Whether the permits the match at [start, end) of _EN_PERMITS_GRANTED tells of are a foreign
    body's (in the match, or "from the FDA" after it) or a running total (see above)."""
    verb = None
    for verb in _EN_GRANT_VERB.finditer(s, start, end):
        pass  # (the last: the recipients before it may be foreign, "Two American firms received …")
    if _EN_FOREIGN_PERMIT.search(s, verb.end() if verb else start, end):
        return True
    after = _EN_FROM_AFTER.match(s, end)
    if after and _EN_FOREIGN_PERMIT.match(s, after.end()):
        return True
    return _EN_RUNNING_TOTAL.search(s) is not None

# The perfect before a verb ("has issued", "have jointly released"): with a running total's words
# in the sentence, the acts of years counted (see _running_total).
_EN_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|jointly|already|so\s+far|[a-z]+ly)\s+)*$")


def _running_total(s: str, start: int, end: int) -> bool:
    """Whether the act at [start, end) is told in the perfect with a running total's words ("since
    2018", "so far", "to date") before the end of its clause: a tally, not one act (not "…, which
    have been in use since 2018", another clause's)."""
    return _EN_PERFECT_BEFORE.search(s, max(0, start - 30), start) is not None \
        and _EN_RUNNING_TOTAL.search(s, 0, _clause(s, start, end, "en")[1]) is not None


# A company's word on permits its products received ("Two of its models received MIIT approvals,
# the company said", "…, according to the carmaker"): the body only names the permits' kind, the
# news is the company's (not "Nine models … received product access approvals, the ministry said").
_EN_COMPANY_SAID = re.compile(
    r"\b(?:the|a)\s+(?:company|firm|carmaker|automaker|manufacturer|maker|group|startup|developer|supplier|producer)"
    r"(?:'s)?\s+(?:said|says|announced|stated|told|added|disclosed)\b"
    r"|\baccording\s+to\s+the\s+(?:company|firm|carmaker|automaker|manufacturer|maker|group|startup|developer|supplier"
    r"|producer)\b|\bsaid\s+in\s+a\s+(?:stock\s+exchange\s+|regulatory\s+|exchange\s+)?filing\b", re.I)
_EN_GRANTED_BY = re.compile(r"\b(?:issued|granted|awarded|gave|handed\s+out)\s")


def _company_tells_of_receiving(s: str, start: int, end: int) -> bool:
    """Whether the match at [start, end) of _EN_PERMITS_GRANTED has its recipients as subject
    (not "the ministry granted licences to 12 companies") and a company reports it (see above)."""
    if _EN_GRANTED_BY.match(s, start):
        return False  # (the granting body is the subject: its act, whoever tells of it)
    return ("said" in s or "accord" in s or "announced" in s or "told" in s or "stated" in s or "added" in s
            or "disclosed" in s) and _EN_COMPANY_SAID.search(s) is not None


# Whoever put a draft out named after it, a name the table does not know: "… was released by
# Shenzhen for comment".
# (not a deadline, "by March")
_EN_BY_NAMED = re.compile(r"\bby\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October"
                          r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]")
# Where a second clause, with a subject of its own, joins the sentence: ", and", "while", "but".
_EN_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|whereas|but)\s+|\s(?:while|whereas|but)\s+")
# A subject that stands for a body told before: "it", "the ministry", "the regulator".
_EN_BODY_PRONOUN = re.compile(r"(?:it|they|the\s+(?:ministry|commission|administration|bureau|regulator|agency|cabinet))\b", re.I)


# Dealings with a body before an act (在与工业和信息化部沟通后发布, 同…协商后, 向…汇报后): the body
# is the one dealt with; the act is the subject's, which may be no body (某企业).
# (not the 和 of 工业和信息化部)
_ZH_DEALINGS = re.compile(r"(?:与|同|跟|(?<!工业)和|向)[^，。；《》]{2,30}?(?:进行|开展|充分)?(?:沟通|协商|磋商|对接|会商|商议|交流|会谈"
                          r"|洽谈|汇报|请示|咨询)[^，。；《》]{0,4}?(?:之后|以后|后)")
_ZH_DEALING_WORDS = ("沟通", "协商", "磋商", "对接", "会商", "商议", "交流", "会谈", "洽谈", "汇报", "请示", "咨询")


def _zh_partner_only(s: str, start: int, end: int) -> bool:
    """Whether every body of the verb's clause is one dealt with before the act (see _ZH_DEALINGS):
    none named outside the dealings phrase (not 工业和信息化部在与企业沟通后发布, nor 工业和信息化部与
    国家发展改革委会商后联合印发, the first body the subject)."""
    clause_start, _ = _clause(s, start, end, "zh")
    if "后" not in s[clause_start:start] or not has_any(s[clause_start:start], _ZH_DEALING_WORDS):
        return False  # (cheap: most clauses tell no dealings)
    dealings = None
    for dealings in _ZH_DEALINGS.finditer(s, clause_start, start):
        pass
    if dealings is None:
        return False
    return not find_agencies(s[clause_start:dealings.start()]) and not find_agencies(s[dealings.end():start])


# An English act's subject after an opening "After …," phrase or a joined clause (", and the
# association published …"): a noun phrase that may be another's than the body the sentence names.
_EN_AFTER_OPENING = re.compile(r"(?:After|Following|Upon)\s[^,;.]{2,100},\s+")
# (a noun phrase with its head: not the bare article of "…, and the guideline released at the event",
# a trigger that opens on its own noun)
_EN_NOUN_SUBJECT = re.compile(r"(?:(?:the|a|an)\s+[\w-]|[A-Z][\w&'.-]*\s)")
# Words that make a subject a body's, or a place's, or one standing for a body told before (not
# dropped: "the two ministries", "Chinese authorities", "the city government", "it").
_EN_BODYLIKE_SUBJECT = re.compile(r"\b(?:China|Chinese|Beijing|government|authorit|ministr|department|regulator|commission"
                                  r"|administration|bureau|office|council|cabinet|agenc|official|state|it\b|they\b)",
                                  re.IGNORECASE)


# A second clause joined by a bare "and" (no comma) with a short subject of its own right before the
# verb: "The MIIT held a meeting in May and firms released plans in June" (not "… in May and then
# released …", "… and on Tuesday released …", "… and has released …": the first subject's verb).
_EN_BARE_AND_SUBJECT = re.compile(r"\s+and\s+(?P<subject>(?!(?:then|later|also|on|in|at|by|last|this|earlier|has|have"
                                  r"|had|was|were|is|are|will|would|jointly|subsequently)\b)"
                                  r"(?:[\w&'.-]+\s+){1,4})$")

# Common irregular pasts a first clause's act is told with ("held a meeting", "met officials"), which
# _EN_FINITE's "-ed" does not catch.
_EN_IRREGULAR_PAST = re.compile(r"\b(?:held|met|made|took|gave|put|set|sent|began|won|saw|got|brought|told|sold|bought"
                                r"|built|paid|drew|wrote|chose|led|kept|found|spent|cut|shut)\b")


def _en_bare_and_subject(s: str, start: int) -> str | None:
    """The subject of a clause joined by a bare "and" right before the verb at ``start``, when the
    part before the "and" tells an act of its own (a finite verb after its first word: not "The MIIT
    and industry associations released …", a joint subject); else None."""
    m = _EN_BARE_AND_SUBJECT.search(s, max(0, start - 60), start)
    if m is None or m["subject"].rstrip().endswith("ly"):
        return None  # (no such join; "… and swiftly released …": an adverb, the first subject's verb)
    head = s[:m.start()]
    after_first = head.find(" ") + 1 if " " in head else len(head)
    return m["subject"] if _EN_FINITE.search(head, after_first) or _EN_IRREGULAR_PAST.search(head, after_first) else None


def _en_other_subject(s: str, start: int) -> bool:
    """Whether the verb at ``start`` has a subject of its own that names no body: after an opening
    "After consulting the MIIT," phrase ("…, the company released …"), in a clause joined after
    the body's (", and the association published a list of …") or joined by a bare "and" ("… held a
    meeting in May and firms released plans in June", see _en_bare_and_subject); the body named is
    only dealt with, or another clause's actor."""
    subject = None
    opening = _EN_AFTER_OPENING.match(s) if s.startswith(("After", "Following", "Upon")) else None
    if opening and opening.end() <= start:
        subject = s[opening.end():start]
    else:
        joins = list(_EN_CLAUSE_JOIN.finditer(s, 0, start)) if (", and" in s or "while" in s or "but" in s
                                                                or "whereas" in s) else []
        if joins:
            subject = s[joins[-1].end():start]
        elif " and " in s:
            bare = _en_bare_and_subject(s, start)
            if bare is not None:
                # (a bare plural or a company is a subject too here: "and firms released …")
                return not _EN_BODYLIKE_SUBJECT.search(bare) and not find_agencies(bare) \
                    and not any(place in bare for place in PLACE_NAMES_EN)
    if not subject or "," in subject or not _EN_NOUN_SUBJECT.match(subject):
        return False  # ("…, and on Tuesday released …": the subject before, shared)
    return not _EN_BODYLIKE_SUBJECT.search(subject) and not find_agencies(subject) \
        and not any(place in subject for place in PLACE_NAMES_EN)


def _another_clause_subject(s: str, start: int) -> bool:
    """Whether the verb at ``start`` opens no clause of the body the sentence names but one joined
    after it with a subject of its own ("The MIIT released guidelines, while CATL released its report
    alongside a list of 20 suppliers": CATL's list)."""
    joins = list(_EN_CLAUSE_JOIN.finditer(s, 0, start))
    if not joins:
        return False
    clause = s[joins[-1].end():start]
    return not find_agencies(clause) and not _EN_BODY_PRONOUN.match(clause)


# A tally's words, and the counts of recipients too many for one act dated by its year alone (see
# _a_tally).
_EN_TALLY = re.compile(r"\b(?:[Aa]\s+total\s+of|in\s+total|altogether|in\s+all|combined)\b")
_EN_MATCH_COUNT = re.compile(r"\d[\d,]*")
_TALLY_MIN = 100


def _a_tally(s: str, start: int, end: int) -> bool:
    """Whether the permits of the match at [start, end) of _EN_PERMITS_GRANTED are counted as a
    tally: tally words in the sentence, or at least _TALLY_MIN recipients."""
    if _EN_TALLY.search(s):
        return True
    count = _EN_MATCH_COUNT.search(s, start, end)
    return count is not None and int(count.group().replace(",", "") or 0) >= _TALLY_MIN


# (现将…予以公布: "hereby", a notice's own act, no future)
# (计划/预计 as verbs, the act right after them or after a time ahead: 计划年内出台, 计划下半年启动, 预计年底
# 前公布; not the noun, 行动计划/工作计划/年度计划 出台, nor 计划 inside a title; nor 预计今年增长5%, a
# forecast of a figure, which governs no act later in the sentence; $ is the verb itself, as the scan
# stops at it)
_ZH_FUTURE = re.compile(r"(?:将于|将在|将要|即将|将会|(?<!现)将(?!近)|拟于|拟(?!定|订)|计划于|准备|有望|下一步"
                        r"|(?<![动作度展年项》该此本的])(?:计划|预计)(?=(?:年内|年底前?|年末|今年|明年|下半年|上半年|近期"
                        r"|本月|下月|下周|适时){0,2}(?:将|会)?(?:出台|印发|发布|公布|启动|推出|召开|举办|$)|在|于))")
_ZH_MODAL = re.compile(
    r"尽快|抓紧|加快|研究(?![院所])|推动|鼓励|督促|要求|力争|争取|应当|应(?![用急对])|必须|须|需(?!求)|(?<![重主必需])要(?![求闻点素])"
)
# (not 6月30日前, a deadline: "before June 30", see _ZH_DEADLINE)
_ZH_PAST = re.compile(r"了|已|曾|近日|(?<!\d)日前")
# A future between a title (or 标准) and its verb at the end of a match (see _is_future).
_ZH_FUTURE_INSIDE = re.compile(r"将于|将在|将要|即将|将会|拟于|计划于|计划在|有望|预计于|预计在|预计将")
_ZH_FUTURE_AFTER = re.compile(r"[^，。；]{0,2}?(?:将于|将在|将要|即将|拟于|计划于)")
_EN_FUTURE = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planning\s+to|is\s+to|are\s+to|aims?\s+to|going\s+to|expected\s+to|set\s+to"
    r"|scheduled\s+to|to\s+be"
    # ("The MIIT could approve more pilot zones this year": a modal's act is not done; in lower case
    # only, "in May" is a month)
    r"|(?-i:could|might|may|should))\b",
    re.IGNORECASE,
)
# (also ", according to a document posted on its website on Monday": the day the act was made public)
_EN_ATTRIBUTION = re.compile(r",\s+[^,.;]{0,80}?\b(?:said|announced|stated)\b"
                             # (or a statement "on its website on Tuesday", "from the ministry on Tuesday")
                             r"|,\s+according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:notice|document|statement|circular"
                             # (or the list the act made: "…, according to a list released on Tuesday")
                             r"|announcement|list)\s+(?:posted|published|released|issued|on|from)\b")
# A negation right before the verb: "has not yet released", "had never issued", "has yet to publish"
# (no act done; checked only when one of the needles ends the window)
_EN_NOT_DONE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:\w+ly\s+)?$|\byet\s+to\s+$", re.IGNORECASE)
_EN_NOT_DONE_NEEDLES = ("not ", "never ", "n't ", "n’t ", "yet to ")
# ("A press conference is scheduled for next Tuesday": the copula before it)
_EN_FUTURE_AFTER = re.compile(r"^\s*(?:(?:is|are)\s+)?(?:to\s+be\s+held|scheduled|slated|next\s+(?:week|month))",
                              re.IGNORECASE)
# "The measures are expected to be released by the NDRC …": the infinitive inside a trigger that
# runs from the document's noun to its agent (the window before the trigger never sees it).
# (also a draft still to be put out: "A draft of the allocation rules will be put out for comment in May")
_EN_FUTURE_PASSIVE = re.compile(r"\b(?:to|will|would|shall|could|may|might|must)\s+be\s+(?:[a-z]+ly\s+)?"
                                r"(?:issued|released|published|unveiled|promulgated|rolled\s+out|approved|put\s+out)\b")

# 国务院政策例行吹风会 and "State Council policy briefings" are held by the SCIO.
_SCIO_EVENT = re.compile(r"国务院政策例行吹风会|State\s+Council\s+policy\s+briefing", re.IGNORECASE)
_ZH_CLAUSE_END = re.compile(r"[，,：:；]")
# (not a break inside a title: 就《…目录（2027年本，征求意见稿）》公开征求意见 is one clause, its
# time before the title; a 》 ahead before any 《 means the break is inside one. Used only for a
# sentence with a title: the look-ahead scans on at every break.)
_ZH_CLAUSE_END_OUTSIDE_TITLES = re.compile(r"[，,：:；](?![^《》。]{0,80}》)")
# ",\s|;\s|:\s|\s--\s|\s—\s", opening with one character class (the branch is chosen after it):
# re scans for a class at C speed, where an alternation opening with \s is tried everywhere.
_EN_CLAUSE_END = re.compile(r"[,;:\s](?:(?<=[,;:])\s|(?<=\s)(?:--|—)\s)")
_EN_CLAUSE_STOP = re.compile(
    r";\s|:\s|\s--\s|\s—\s|\b(?:said|says|told|added|noted)\b"
    r"|\bthat\s+(?!(?:was|were|is|has|had|took|began|\w+ed)\b)"  # "that output rose …", not "that opened …"
    r"|,\s+(?:which|who|while|whereas|as|but|according|setting|bringing|making|adding|saying|with|and\s+(?:the|it|its|they))\b"
)
_ZH_TITLE = re.compile(r"《([^》]{2,80})》")
# (or a statistics bulletin, 日前发布的2026年通信业统计公报显示: a title the release is told apart by)
_ZH_REPORT = re.compile(r"(?:发布|公布)[了的]?([^，。；《》]{2,30}?(?:运行情况|统计公报))")
# (the report named first, its passive after: see the data rule)
_ZH_REPORT_FIRST = re.compile(r"([^，。；《》由]{2,30}?(?:运行情况|统计公报|统计快报))(?=[^，。；《》]{0,16}?由)")
# (a catalogue is named so too, 公布2028年度电机“能效之星”产品目录; filing information is no name)
_ZH_NAMED_LIST = re.compile(r"(?:公布|发布|公示|公告)(?:了|的)?(?P<name>[^，。；《》]{2,40}?(?:名单|名录|(?:产品|推荐)目录))")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,200})[”\"]")
_ZH_THEME = re.compile(r"(?:主题为|主题是|聚焦|围绕)[“\"]([^”\"]{2,80})[”\"]")
_ZH_CONF_TITLE = re.compile(rf"[“\"]([^”\"]{{2,80}})[”\"](?:专题|主题)?{_ZH_CONF}")
_EN_CONF_TITLE = re.compile(r"(?:conference|briefing)\s+(?:on|themed|titled|entitled)\s+[“\"]([^”\"]{4,200})[”\"]")
_EN_QUOTED_TITLE_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?[“\"]([A-Z][^”\"]{1,199})[”\"]")
_EN_TITLE_AFTER = re.compile(
    r"(?:issued|released|published|unveiled|promulgated|launched|draft\s+(?:version\s+)?of)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?P<title>[A-Z][\w'-]*(?:\s+(?:(?:of|for|on|and|the|in|to|with|a|an|&)\s+)*[A-Z][\w'-]*)+"
    r"(?:\s+\(\d{4}\s*[-–—]\s*\d{4}\))?)"
)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\d+号")
# A standard's number after its title: national (GB, GB/T) and industry standards (YD/T, SJ/T, QB/T…).
# (GB is one of the [A-Z]{2}, written so: a pattern opening with one class is scanned for at C speed,
# an alternation (?:GB|[A-Z]{2}) is tried at every position)
_GB_NUMBER = re.compile(r"[A-Z]{2}(?:/[TZ])?\s*\d+(?:\.\d+)?(?:\s*[—–-]\s*\d{4})?")
_TITLE_IS_DRAFT = re.compile(r"征求意见稿|[Dd]raft")
# (a kind between, 地方标准征求意见稿, 修订征求意见稿)
_ZH_DRAFT_AFTER_TITLE = re.compile(r"[^，。；《》]{0,8}?征求意见稿")
# (a statistical report by its kind, 《中国互联网络发展状况统计报告》, as a bulletin is)
_TITLE_IS_DATA = re.compile(r"(?:运行情况|统计(?:公报|报告|快报)|数据|[Ss]tatistics|[Dd]ata)$")
# 《…报告》显示: a report whose figures the sentence goes on to cite, released as data are (not
# 《政府工作报告》提出, a report's aims, nor a report named with no figures after it)
_ZH_REPORT_SHOWS = re.compile(r"(?:显示|表明)")
_TITLE_IS_LIST = re.compile(r"名单|名录|\b[Ll]ist\b")
_STANDARD_BEFORE_TITLE = re.compile(r"标准$")
# 《…》强制性国家标准, 《…》行业标准: the title named as a standard right after it.
_STANDARD_AFTER_TITLE = re.compile(r"(?:强制性|推荐性)?(?:国家|行业|团体|地方)标准(?!化|体系|委)")
# 《…》等312项行业标准; 《…》和《…》两项强制性国家标准 (the count right after the titles, see _retype)
_STANDARD_COUNT = re.compile(r"(?:[^，。；]{0,6}?等\d+|(?:\d+|[两二三四五六七八九十]+))项[^，。；]{0,6}?标准")
# Titles listed after the first (、《…》和《…》), each perhaps with its number: what a standard's
# kind or count after them names together (see _retype).
_ZH_LISTED_TITLES = re.compile(r"(?:(?:（[^）]{0,30}）)?(?:、|和|及|以及|与)《[^》]{2,80}》)*")
_EN_IS_DRAFT = re.compile(r"\bdraft\b|for\s+public\s+comment", re.IGNORECASE)
_EN_IS_DRAFT = with_heads(_EN_IS_DRAFT)  # (tried only where a match can start: needles.with_heads)
_EN_DRAFT_BEFORE = re.compile(r"\b[Dd]raft\s+(?:[\w-]+\s+){0,3}$")
# "…, a draft of which had been put out in November", ", whose draft was released …": the earlier
# step of the document just named, told in a relative clause; the act before it is no draft.
_EN_DRAFT_RELATIVE = re.compile(r",\s+(?:(?:a|an|the|its)\s+(?:earlier\s+|first\s+)?drafts?\s+(?:version\s+)?of\s+which"
                                r"|whose\s+(?:earlier\s+|first\s+)?drafts?)\b", re.IGNORECASE)


def _before_draft_relative(s: str, start: int, end: int) -> int:
    """``end``, or where a relative clause telling the document's draft (see _EN_DRAFT_RELATIVE)
    starts between ``start`` (the trigger's end: not a trigger inside the clause, "The plan, a draft
    of which was released for public comment in November, …") and ``end`` (the clause itself may run
    past ``end``)."""
    if "which" not in s and "whose" not in s:
        return end  # (cheap: most sentences tell no such clause)
    m = _EN_DRAFT_RELATIVE.search(s, start, end + 30)
    return min(end, m.start()) if m and m.start() < end else end


_EN_IS_STANDARD = re.compile(r"\bstandards?\b(?!\s+conditions)", re.IGNORECASE)
# "standard conditions" (规范条件) are the terms an industry's plants must meet, set by a
# ministry's document, not a technical standard.
_EN_CONDITIONS_AFTER = re.compile(r"\s+conditions\b", re.IGNORECASE)
_EN_IS_LIST = re.compile(r"\blist\b", re.IGNORECASE)
# Technical requirements put out by the standards bodies: "New energy-efficiency requirements for LED
# lamps were published by SAMR", "the SAC released mandatory safety requirements for …" are a
# mandatory national standard (强制性国家标准) told by its content; SAMR's other requirements ("new
# requirements for live-streaming sales") are rules, a document, and a ministry's technical
# requirements are no standard either.
_EN_TECHNICAL_REQUIREMENTS = re.compile(
    r"\b(?:mandatory|technical|safety|energy[- ]efficiency|energy[- ]consumption|fuel[- ]consumption|emissions?"
    r"|performance|efficiency)\s+(?:[\w-]+\s+){0,2}?requirements\b", re.IGNORECASE)
_EN_STANDARDS_BODY = re.compile(r"\b(?:SAMR|SAC|State\s+Administration\s+for\s+Market\s+Regulation"
                                r"|Standardi[sz]ation\s+Administration|(?:national|state)\s+standards\s+body)\b")
# A batch of entries admitted to a list is an approval; a batch of quotas is a document.
_EN_BATCH_OF_ENTRIES = re.compile(
    r"\b(?:batch|group)\s+of\s+(?:[\w'-]+\s+){0,3}?(?:factories|enterprises|companies|firms|projects|parks|clusters"
    r"|bases|platforms|pilots|zones|cities|scenarios|cases|centres|centers|hubs)\b", re.IGNORECASE)
_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:percent|per\s+cent|%|million|billion|trillion|yuan|units?|tonnes?)|\b\d{1,3}(?:,\d{3})+\b"
)
# Officials speaking for a body: the sentence is about a government action even without its name.
_OFFICIAL = re.compile(
    r"部长|司长|局长|发言人|总工程师|总经济师|有关负责人"
    r"|\b(?:[Vv]ice\s+)?[Mm]inister\b|\bspokes(?:person|man|woman)\b|\bofficials?\b|\bdepartment\s+director\b"
    r"|\bchief\s+engineer\b"
)
_OFFICIAL = with_heads(flatten(_OFFICIAL))  # (needles.flatten, needles.with_heads)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
_EN_NAMED_NON_GOVERNMENT = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:Association|Federation|Institute|Academy|Alliance)\b")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)$")   # "… Technology (MIIT)"
_TRAILING_MINISTRY = re.compile(r"\b[Tt]he\s+ministry$")
_NON_GOVERNMENT = re.compile(
    r"协会|联合会|研究院|研究所|研究中心|商会|联盟|\b(?:Association|Federation|Institute|Academy|Alliance|Chamber)\b"
    r"|\b(?:CAAM|CPCA|CAICT|CCID)\b"
)


# A sentence opening on the occasion the sentence before told: see clauses.EN_SAME_OCCASION (metrics
# read it too, to date a list's entries by the act just told).
_EN_SAME_OCCASION = EN_SAME_OCCASION

# A body's further act, "also" done, opening a sentence: "The ministry also released a list of …",
# "It also named 36 companies …" (see _build: the day of the sentence before, the same body's).
_EN_ALSO_ACT = re.compile(r"(?:The\s+(?:ministry|administration|commission|MIIT|NDRC|SAMR)|It)\s+also\s+"
                          r"(?:released|published|issued|unveiled|named|approved|announced)\b")

def _shortly_after(story: _Story, earlier: int, at: int) -> bool:
    """Whether the sentence starting at ``at`` follows the one starting at ``earlier`` with at most
    one sentence between ("The MIIT on Wednesday published … . The conditions take effect on Jan. 1.
    The ministry also released …"): an act told further on, after background of its own ("Since then,
    output has doubled …"), is not surely of that occasion. (Called only for an "also" act: the
    split is the story's own, cached.)"""
    return sum(1 for x in split_sentences(story.text) if earlier < x.start < at) <= 1


# A sentence opening on a gathering, and the sentence before telling one held (see _build): "At the
# meeting, the ministry published …" after "The MIIT on Wednesday held a meeting in Beijing …".
_EN_GATHERING = r"(?:meeting|event|ceremony|forum|symposium|conference|seminar|session|launch\s+event)"
_EN_AT_GATHERING = re.compile(rf"(?:At|During)\s+the\s+{_EN_GATHERING}\s*,")
_EN_GATHERING_HELD = re.compile(rf"\b(?:held|convened|hosted|organi[sz]ed|chaired)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,4}}?"
                                rf"{_EN_GATHERING}\b")

# "会上", "at the press conference": an action taken at the meeting just reported.
_AT_THE_MEETING = re.compile(r"^(?:会上|会议上|发布会上|在会上)|\b[Aa]t the (?:press )?(?:conference|briefing|meeting)\b")
_AT_THE_MEETING = with_heads(_AT_THE_MEETING)  # (tried only where a match can start: needles.with_heads)

# What a plan is called: the last words of its title (…行动计划（2025—2027年）), or the trigger's noun.
_PLAN_NAME = re.compile(r"(?:计划|规划|行动|方案)(?:（[^）]*）)?$|\b(?:action\s+)?plan\b", re.IGNORECASE)

# The draft of a document named before, its bodies left unsaid: "A draft of the rules was put out
# for public comment", "The draft guideline was released for comment in May", 该方案征求意见稿….
# ("A draft of the revisions had been released": the changes to the document just reported)
# ("A draft of the conditions was published for public comment in June": standard conditions named
# again by their head noun; "A draft of the allocation rules was put out for comment": up to two
# words of what the document is for, see _DRAFT_OF_REPORTED)
_EN_DRAFTED = (r"(?:(?:standard\s+|entry\s+|access\s+)?conditions|plans?|guidelines?|guidance|opinions|measures|rules|regulations?|notices?"
               r"|circulars?|roadmaps?|catalog(?:ue)?s?|standards?|document|revisions?|amendments?|changes"
               # ("New energy-efficiency requirements for LED lamps were published by …. A draft of the
               # requirements had been released …": a standard's or a rule's provisions)
               r"|requirements|specifications)")
_DRAFT_OF_REPORTED = {
    "en": re.compile(rf"\bdraft\s+(?:version\s+)?of\s+(?:the|this|these|its|their)\s+(?:new\s+|revised\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?{_EN_DRAFTED}\b"
                     rf"|\b[Tt]he\s+draft\s+(?:version\s+)?{_EN_DRAFTED}\b"
                     # ("A draft had been released for public comment last December": the bare noun
                     # opening the sentence after the document's)
                     # (after a fronted date too: "In April, a draft had been circulated for comment")
                     r"|^(?:(?:In|Back\s+in|Earlier\s+in)\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}),\s+"
                     r"|(?:Last|Earlier\s+this|Late\s+last)\s+(?:week|month|year|[A-Z][a-z]+),\s+)?"
                     r"(?:[Aa]n?|[Tt]he)\s+(?:earlier\s+|first\s+)?draft\s+(?:version\s+)?(?:had|has|was)\b"
                     # ("It follows a draft that was circulated for public comment last October": the
                     # bare noun, its passive in a relative clause, anywhere in the sentence)
                     r"|\b[Aa]n?\s+(?:earlier\s+|first\s+)?draft\s+(?:that|which)\s+(?:was|had\s+been|has\s+been)\s"),
    # (该项标准征求意见稿于去年10月面向社会公开征求意见: a standard just approved, counted by 项)
    # (该计划征求意见稿曾于去年11月向社会公开征求意见: a 行动计划 named again by its head noun alone)
    "zh": re.compile(rf"(?:该|此|这一?|上述)(?:项|批|份)?(?:{_ZH_DOC_KIND}|标准|计划)[^，。；]{{0,4}}?征求意见稿"
                     # (与今年6月公开征求意见的版本相比，《办法》…: the final text compared with its draft)
                     r"|(?:与|同|和|较|相较于?|相比于?|对比)[^，。；]{0,16}?征求意见(?:稿|的(?:版本|稿))"),
}

# Words for a withheld date that do not mean "shortly before publication".
_LONG_AGO = frozenset({"此前", "早前", "previously"})


@dataclass
class _Found:
    """An event plus what merging and filtering need to know about it."""

    event: Event
    recent: bool  # its date was withheld on purpose ("近日", "recently", also "此前", "previously")
    headline: bool = False  # from a title line, which repeats an action the body states
    explicit: bool = True  # the sentence names the body or an official; else it is borrowed from the story
    # of those, the ones said to be shortly before publication (近日, 日前, "recently"; not 此前,
    # "previously", which may be years before): Event.recent
    lately: bool = False
    # a list of province-level places acting each on its own ("Shandong, Jiangsu and Tianjin on
    # Monday released action plans", 山东、江苏、天津等地出台…): the places, in the order of the
    # bodies of its agency, each of which is one event of its own (see _each_place)
    places: tuple[tuple[str, str], ...] = ()
    # the document an earlier sentence told, named again as a subject with its issuer set off by
    # commas and no date of its own ("The measures, issued by the NMPA, build on …"): no new action
    remention: bool = False
    # an English document's head noun, singular ("rule", "guideline"): what a later "A draft of the
    # rules" is matched to (see _drafted_bodies)
    noun: str | None = None


def extract_events(text: str, *, published: date | None, lang: str) -> list[Event]:
    """Past, dated actions of government bodies stated in ``text`` (one document).

    ``published`` anchors relative dates ("23日", "on Tuesday", "今年"); with None they stay None.
    ``lang`` is "zh" or "en" (anything else is read as English).
    """
    lang = "zh" if lang == "zh" else "en"
    rules = _EN_RULES
    if lang == "zh":
        rules = _ZH_RULES
        if _ZH_WORK_CONFERENCE.search(text):
            rules = _ZH_RULES + (_ZH_CONFERENCE_BACK_REFERENCE,)
    story = _Story(lang, anchor_date(text, published, lang), text, rules)

    sentences = split_sentences(text)
    found: list[_Found] = []
    for i, sentence in enumerate(sentences):
        if _may_state_action(sentence.text, lang):
            previous = sentences[i - 1].text if i else None
            following = sentences[i + 1].text if i + 1 < len(sentences) else None
            new = _sentence_events(sentence, previous, following, story)
            new = [f for f in new if not (f.remention and _name_issuer(found, f, lang, story))]
            if new and story.foreign_acronyms:
                new = _without_foreign_acronyms(new, sentence.text, story.foreign_acronyms)
            if new and lang == "en" and any(_PBOC in (f.event.agency or "") for f in new):
                new = _without_foreign_central_bank(new, sentence, story.text)
            found.extend(new)
            for f in new:
                if f.explicit and f.event.type in (DOCUMENT, STANDARD) and f.event.agency:
                    story.documents.append(f.event.agency)
                    story.document_nouns.append(f.noun)
                if lang == "en" and f.event.type in _BATCH_TYPES and "batch" in f.event.quote:
                    story.batches.append((f.event.type, f.event.agency))
                if f.event.date:
                    story.dates.append(f.event.date)
                    story.date_bodies.append(f.event.agency if f.explicit else None)
                    story.date_starts.append(sentence.start)
                if f.event.date and len(f.event.date) == 10:
                    story.days.append(f.event.date)
                    if f.event.type == PRESS or f.event.subtype == "work_conference":
                        story.meeting_days.append(f.event.date)
    return _finish(_merge(found, published), published)


# The Chinese bodies the wires name by an acronym, by their full English names (see
# agencies.foreign_acronyms).
_ACRONYM_OF = {"National Railway Administration": "NRA", "National Energy Administration": "NEA",
               "Cyberspace Administration of China": "CAC", "Ministry of Finance": "MOF"}
# The other names such a body goes by in a sentence, which are no acronym and so never another
# country's ("China's finance ministry issued …" in a story that also names Japan's MOF).
_ACRONYM_BODY_ROLES = {"Ministry of Finance": "finance ministry"}


_PBOC = "People's Bank of China"


def _without_foreign_central_bank(new: list[_Found], sentence: Sentence, story: str) -> list[_Found]:
    """``new`` without the PBOC where ``sentence`` refers to another country's central bank: its bare
    "the central bank" (or "it", when the sentence names none) after a story's foreign central bank
    ("Bank Indonesia cut its policy rate on Monday. The central bank also issued new rules on
    payments": Indonesia's, see agencies.central_bank_abroad); an action left with no body is no
    Chinese body's action."""
    s = sentence.text
    if names_pboc(s):
        return new  # ("the People's Bank of China", "China's central bank": its own name)
    bare = s.find("central bank")
    if not central_bank_abroad(story, sentence.start + max(bare, 0)):
        return new
    return _without_bodies(new, lambda name: name == _PBOC)


def _without_foreign_acronyms(new: list[_Found], s: str, foreign: frozenset[str]) -> list[_Found]:
    """``new`` without the bodies a sentence ``s`` names only by an acronym the story shows to be
    another body's ("Japan's Nuclear Regulation Authority (NRA) … The NRA on Wednesday approved the
    restart of two reactors": Japan's regulator, not China's rail one); an action left with no body
    is no Chinese body's action."""
    return _without_bodies(new, lambda name: _ACRONYM_OF.get(name) in foreign and name not in s
                           and _ACRONYM_BODY_ROLES.get(name, name) not in s)


def _without_bodies(new: list[_Found], dropped: Callable[[str], bool]) -> list[_Found]:
    """``new`` with the bodies ``dropped`` says are not the acting Chinese body taken out of each
    action's agency list; an action that loses a body is dropped when none is left or when it also
    names places (as both callers did before they shared this)."""
    out = []
    for f in new:
        names = (f.event.agency or "").split("; ")
        kept = [n for n in names if not dropped(n)]
        if len(kept) == len(names):
            out.append(f)
        elif kept and not f.places:
            f.event = replace(f.event, agency="; ".join(kept))
            out.append(f)
    return out


def _name_issuer(found: list[_Found], again: _Found, lang: str, story: "_Story | None" = None) -> bool:
    """Gives the issuer a later sentence names ("The measures, issued by the NMPA, …", 该方案由省政府
    办公厅印发) to the last action of that type: the agent of its own verb outranks the bodies the
    first mention's sentence named ("Chinese regulators", 省经济和信息化厅负责同志解读了近日印发的《…》).
    True when ``again`` is that action told again, or an undated other document named in passing
    (see _other_document), background either way."""
    last = next((f for f in reversed(found) if f.event.type == again.event.type), None)
    if last is None:
        return False
    if lang == "en" and _other_document(last.event, again.event.quote):
        return True  # (another document, undated: not the issuer of the one told, nor news)
    if again.explicit and again.event.agency:
        last.event = replace(last.event, agency=again.event.agency)
        last.explicit = True  # (its issuer is named now, as a merge of the two mentions would tell)
        if story is not None and last.event.type in (DOCUMENT, STANDARD):
            # (whose draft a later "A draft had been circulated for comment in April" is: the
            # document's named issuers, as if its first mention had named them)
            story.documents.append(again.event.agency)
            story.document_nouns.append(last.noun or again.noun)
    return True


@dataclass(frozen=True)
class _Story:
    """What every sentence of one document is read against."""

    lang: str
    anchor: date | None          # dateline or publication date
    text: str                    # the whole document
    rules: tuple[_Rule, ...]
    # days of the actions found so far, and of the meetings among them: what 同日/"the same day"
    # and 会上/"at the meeting" in a later sentence refer to
    days: list[str] = field(default_factory=list)
    meeting_days: list[str] = field(default_factory=list)
    # the dates of every action found so far, at their own precision: what "In the same notice, …"
    # and "Alongside the launch, …" in a later sentence refer to (see _EN_SAME_OCCASION)
    dates: list[str] = field(default_factory=list)
    # the bodies of those dated actions, in step with ``dates``: whom "the ministry" of "In the same
    # notice, the ministry named …" refers to
    date_bodies: list[str | None] = field(default_factory=list)
    # where the sentences of those dated actions start, in step with ``dates``: how far back the act
    # an undated "The ministry also released …" may take its date from lies
    date_starts: list[int] = field(default_factory=list)
    # the bodies of the documents and standards found so far, the last first in need: whose draft
    # "A draft of the rules was put out for public comment" was
    documents: list[str] = field(default_factory=list)
    # their head nouns, in step with ``documents`` (English only; None where unknown)
    document_nouns: list[str | None] = field(default_factory=list)
    # the types and bodies of the English acts found so far whose quote tells a batch ("allocated a
    # first batch of export quotas", "named 120 companies … in its first batch"): what a later bare
    # "the second batch" issued or announced is (see _en_bare_batch)
    batches: list[tuple[str, str | None]] = field(default_factory=list)

    @cached_property
    def named(self) -> list[tuple[int, int, str]]:
        """Every body the whole text names: one scan, on first use, for the three readings below
        (most documents, stating no action, never need any)."""
        return find_agencies(self.text, self.place)

    @cached_property
    def signed(self) -> date | None:
        """The date a notice is signed: a line holding only a full date (2026年10月16日) under a line
        naming the issuing body, at most 60 days before the page's date (on first use)."""
        if self.anchor is None or "日" not in self.text:
            return None
        for m in reversed(list(_ZH_SIGNATURE_DATE.finditer(self.text))):
            signer = self.text[:m.start()].rstrip().rsplit("\n", 1)[-1].strip()
            if not signer or not (find_agencies(signer) or _ZH_SIGNER.search(signer)):
                continue
            try:
                day = date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            if timedelta(0) <= self.anchor - day <= timedelta(days=60):
                return day
        return None

    @cached_property
    def foreign_acronyms(self) -> frozenset[str]:
        """The acronyms of Chinese bodies the story shows to be another body's (on first use)."""
        return foreign_acronyms(self.text) if self.lang == "en" else frozenset()

    @cached_property
    def own_place(self) -> tuple[str, str] | None:
        """The one province-level place the story is about (see story_place), on first use."""
        return story_place(self.text)

    def place(self) -> tuple[str, str] | None:
        return self.own_place

    def place_at(self, offset: int) -> Callable[[], tuple[str, str] | None]:
        """The place "the provincial industry department" at ``offset`` belongs to, when its own
        sentence names none: the one province-level place that opens one of the two sentences
        before it in its paragraph ("Hebei province, home to … Shahe, will feel the squeeze first.
        Shahe accounts for … The provincial industry department said …"), a place the paragraph is
        about; else the story's (see story_place). Only a place opening its sentence, as its topic:
        not a market or an origin named inside one ("Exports to Guangdong rose …")."""
        return lambda: self._opening_place_before(offset) or self.own_place

    def _opening_place_before(self, offset: int) -> tuple[str, str] | None:
        start = self.text.rfind("\n", 0, offset) + 1
        before = _EN_SENTENCE_END.split(self.text[start:offset].rstrip())[-2:] if start < offset else []
        # (the place the sentence's first words, "Hebei province, …", "In Hebei, …", "Hebei's …", and
        # the only one it names: not "Hebei and Shanxi host …")
        places = set()
        for sentence in before:
            named = places_named(sentence) if has_any(sentence[:_OPENING_CHARS], PLACE_NAMES_EN) else []
            if len(named) == 1 and sentence.startswith((named[0][0], "In " + named[0][0])):
                places.add(named[0])
        return places.pop() if len(places) == 1 else None

    def place_body(self, place: tuple[str, str], listed: bool = False) -> str:
        """The body "Shanghai on Monday unveiled a plan …" / 上海市近日印发… stands for: the one body of
        that place the story names under its own name (its economy commission, in the conventions),
        else the place's government. (``listed``: named in a list of places, which no country is.)"""
        prefix = f"{place[0]} {place[1]} "
        own = {name for _, _, name in self.named if name.startswith(prefix)}
        if len(own) == 1:
            return own.pop()
        if place[0] == "Beijing" and self.lang == "en" and not listed and not has_any(self.text, _CITY_WORDS):
            # ("Beijing has approved …": in English news the capital stands for the country, unless
            # the story is about the city)
            return self.country
        return f"{prefix}Government"

    @cached_property
    def main_body(self) -> str | None:
        """The body "the ministry" refers to, and the default actor (on first use)."""
        return main_agency(self.text, self.named)

    @cached_property
    def country(self) -> str:
        """The body "China has approved …" / 我国发布… stands for: the national body the story is
        about, else the State Council (the national government itself)."""
        main = self.main_body
        return main if main and not is_local_body(main) else STATE_COUNCIL

    @cached_property
    def regulators_national(self) -> bool:
        """Whether a bare "Regulators", "Authorities" or "The government" opening a clause stands for the country (story.country): the
        story is about no local body (its main body is national, or it names none) and names no
        foreign regulator or government body, whose regulators they may be (on first use)."""
        main = self.main_body
        return not (main and is_local_body(main)) and not names_foreign_body(self.text)

    @cached_property
    def local_government_named(self) -> bool:
        """Whether the story names a place's government ("the Shenzhen government", "local
        authorities": see _EN_LOCAL_GOVERNMENT), which a bare "The government" may then be (on first use)."""
        return _EN_LOCAL_GOVERNMENT.search(self.text) is not None

    @cached_property
    def place_led(self) -> bool:
        """Whether a sentence of the story opens on a Chinese province or city or a foreign country
        (see _EN_PLACE_OPENING): a story about that place, whose government a bare "The government"
        or "Authorities" may be (on first use)."""
        return _place_opening(self.text)

    @cached_property
    def kind_bodies(self) -> dict[str, str]:
        """What "the administration", "the commission", "the bureau", 该局, "the regulator", "the
        watchdog" and 监管部门 refer to (on first use)."""
        return (kind_references(self.text, self.named) | regulator_references(self.text, self.named)
                | local_references(self.named))

    def kinds(self) -> dict[str, str]:
        return self.kind_bodies

    def kinds_for(self, s: str) -> Callable[[], dict[str, str]]:
        """What "the administration" … refer to in the sentence ``s``: in one opening on the
        occasion just told ("At the same event, the administration named …"), that occasion's body
        when it is one of that kind, even where the story names two administrations; else
        story.kinds (see _EN_SAME_OCCASION, and _back_reference for "the ministry")."""
        if self.lang != "en" or not self.date_bodies or not self.date_bodies[-1] or _EN_SAME_OCCASION.match(s) is None:
            return self.kinds
        body = self.date_bodies[-1]
        kind = body_kind(body)
        return (lambda: self.kind_bodies | {kind: body}) if kind else self.kinds

    @cached_property
    def groups(self) -> list[tuple[int, list[str]]]:
        """Bodies named together, what "the two ministries" and 两部门 refer to (on first use)."""
        return joint_groups(self.text, self.named)

    def plural(self, offset: int) -> Callable[[int, int | None], list[str]]:
        """Resolves "the two ministries" at ``offset`` + its position in a text cut from the story at ``offset``."""
        return lambda at, count: plural_referent(self.groups, offset + at, count)


# (a sentence's end in running English text, and how much of a sentence's opening names its topic:
# see _Story.place_at)
_EN_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_OPENING_CHARS = 24


# "Under a guideline issued by the MIIT, companies must …": a document named as what something is
# done under, the news elsewhere; told in passing, it is an event only when dated (undated, a
# background the conventions make optional).
_EN_IN_PASSING_BEFORE = re.compile(r"(?:^|[,;]\s+)(?:[Uu]nder|[Ff]ollowing|[Ii]n\s+line\s+with|[Pp]ursuant\s+to|[Bb]ased\s+on"
                                   r"|[Aa]s\s+required\s+by)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}$")


def _sentence_events(sentence: Sentence, previous: str | None, following: str | None, story: _Story) -> list[_Found]:
    s, lang = sentence.text, story.lang
    mentions = _LazyDates(s, story.anchor, lang)
    titles = _title_spans(s)
    out: list[tuple[int, _Found]] = []
    spans: list[tuple[int, int, _Found]] = []  # where a rule found an action some body is named for
    folded = None  # fold(s), made on first need, for the rules that ignore case
    for rule in story.rules:
        # (rule.may_match inlined: a call costs ~700 instructions, about what the test costs, and
        # the sentence is folded once for all the rules)
        if rule.needles:
            # (has_any inlined too: this runs for every rule of every sentence)
            if rule.folds:
                if folded is None:
                    folded = fold(s)
                probe = folded
            else:
                probe = s
            for key, members in rule.needle_groups:  # (needles.has_any_grouped: keys shared by needles)
                if key in probe:
                    if members is None:
                        break
                    for member in members:
                        if member in probe:
                            break
                    else:
                        continue
                    break
            else:
                continue
        if rule is _EN_SAID_IN_DOCUMENT and _FIGURE.search(s):
            continue  # (figures in a notice: a data release, see _EN_SAID_IN_DOCUMENT)
        for m in rule.pattern.finditer(s) if rule.heads is None else rule.heads.finditer(s):
            start, end = m.span()
            if _inside_any(titles, start, end) or _is_future(s, start, end, lang):
                continue
            dated_only = "relative" in rule.pattern.groupindex and m["relative"] is not None \
                or lang == "en" and rule.type == DOCUMENT and _EN_IN_PASSING_BEFORE.search(s, max(0, start - 50), start)
            found = _build(sentence, start, end, rule, mentions, titles, previous, following, story, dated_only)
            if found:
                out.append((start, found))
                if found.explicit:
                    spans.append((start, end, found))
    if lang == "en":
        out.extend(_said_on_releases(sentence, mentions, story))
        out.extend(_showed_on_releases(sentence, mentions))
    for action in (_en_structural(sentence, story, previous) if lang == "en" else _zh_structural(sentence, story)):
        read = [f for a, b, f in spans if a <= action.start < b or action.start <= a < action.end]
        for f in read:
            _complete(f, action, s)
        if read or _inside_any(titles, action.start, action.end) or _is_future(s, action.start, action.end, lang):
            continue  # (a rule above has read this action already)
        # (dated only, as a relative clause in Chinese: a verb read in passing, undated, is too
        # often a past that is no news, "the catalog, which the ministry revised")
        found = _build(sentence, action.start, action.end, action.rule, mentions, titles, previous, following,
                       story, dated_only=action.dated_only, agents=action.agents)
        if found and action.passing and len(found.event.date or "") <= 4:
            continue
        if found and action.title and (not found.event.title or lang == "zh"):
            # (the object the construction names, not a title elsewhere in the sentence: "修订发布《…》，
            # 并同步公告了…名单")
            found.event = replace(found.event, title=action.title)
        if found:
            out.append((action.start, found))
    return [each for _, f in sorted(out, key=lambda pair: pair[0]) for each in _each_title(_each_place(f), lang)]


_OBJECT_TYPES = (DOCUMENT, STANDARD, APPROVAL)

# After a document's title, the main verb that tells it made public (…印发的《…》正式对外公开, 正式发布).
_ZH_MADE_PUBLIC = re.compile(r"(?:（[^）]{0,30}）)?(?:近日|日前)?(?:正式|已)?(?:对外|向社会)?(?:公开|公布|发布|出炉|亮相)"
                             r"(?!会|时间|日期|以来|后|之后|前|的)")
# A clause before the act's naming the body that led it, 由…牵头，(see _build).
_ZH_LED_BY = re.compile(r"(?:^|(?<=[，。；]))(?:[^，。；《》]{0,12}?)由([^，。；《》]{2,40}?)牵头[，,]$")
# How a sentence part ends when the next part continues it (split at ；).
_ZH_PART_ENDS = frozenset("；;")
# A further act with no subject, after the part's time: 又/还/随后/此后 (+ adverbs) before the verb.
_ZH_FURTHER_ACT = re.compile(r"(?:(?:随后|此后|之后|其后|紧接着|接着)[，,]?(?:又|还|再)?|又|还|再次|随即)"
                             r"(?:先后|相继|陆续|正式|联合|共同|同步|一并)?"
                             r"(?:印发|发布|公布|出台|颁布|公示|认定|批复|批准|命名|遴选|下发)")
# 自/从《…》 then the month the document was issued, the whole a 以来 clause (see _build).
_ZH_SINCE_TITLE = re.compile(r"(?:自|从)《[^》]{2,80}》(?:于)?(?:今年|去年|前年|\d{4}年)?\d{1,2}月(?:份|\d{1,2}日)?"
                             r"(?:正式|联合)?(?:印发|发布|出台|颁布|公布)以来")
# An act in a clause told as the time of what followed: 在…后, 自…以来 (see _zh_background_act).
_ZH_AFTER_ACT = re.compile(r"(?:在|自|从)[^，。；]{2,80}?(?:之后|以后|后|以来)$")


def _zh_background_act(s: str, start: int, end: int) -> bool:
    """Whether the act at [start, end) is in a clause 在…后 / 自…以来 that only tells the time of
    what the sentence goes on to report (在国务院批复设立…示范区后，两省一市…)."""
    clause_start, clause_end = _clause(s, start, end, "zh")
    return clause_end < len(s) and _ZH_AFTER_ACT.match(s, clause_start, clause_end) is not None


def _complete(found: _Found, action: _Action, s: str) -> None:
    """What the construction tells of an action a rule above has found: which of the bodies of the
    sentence acted ("The MIIT said the plan, which the NDRC released in March, …": the NDRC) and
    the name of the object ("the Interim Measures for …, which …")."""
    if found.event.type in _OBJECT_TYPES and action.rule.type in _OBJECT_TYPES \
            and found.event.type != action.rule.type and action.object_typed \
            and not (found.event.type == STANDARD and "equirements" in s
                     and _en_standard_requirements(s, action.start, action.end)):
        # (not technical requirements by a standards body, a standard the head "requirements" would
        # make a document: see _EN_TECHNICAL_REQUIREMENTS)
        # the head of the object decides: "12 national standards … were published" is a standard
        # release, "A guideline on building a standards system … was released" a document, "a
        # pilot list that was published by …" an approval
        found.event = replace(found.event, type=action.rule.type, subtype=None)
    if found.event.type == PLAN and action.rule.type == APPROVAL:
        # ("jointly announced a list of 20 cities selected for a pilot program": the list is the
        # object, not the programme it is for)
        found.event = replace(found.event, type=APPROVAL, subtype=None)
    if (found.event.type, found.event.subtype) != (action.rule.type, action.rule.subtype):
        return
    named = (found.event.agency or "").split("; ")
    if found.event.subtype == "data_release" and action.agents == [CUSTOMS] and CUSTOMS not in named:
        # ("…, customs data released on Thursday showed, as the industry ministry moved to …": the
        # data's own body, named as its modifier, which the sentence's body list cannot see, not a
        # body of another clause)
        found.event = replace(found.event, agency=CUSTOMS)
        named = [CUSTOMS]
    if set(action.agents) <= set(named) and action.agents != named and OTHER_DEPARTMENTS not in named \
            and not found.places:
        # (not the bodies of a list of places: each is one event of its own, see _each_place; the
        # same bodies in the construction's order too: "The measures, issued by the NMPA, build on a
        # plan jointly released by the MIIT, the NMPA and …" is the MIIT's plan first)
        found.event = replace(found.event, agency=join_agencies(action.agents))
    if action.title and not found.event.title:
        found.event = replace(found.event, title=action.title)


class _LazyDates:
    """The date mentions of one sentence, found on first use: most sentences with a trigger word
    state no event, and finding dates is the dearest step of reading one."""

    __slots__ = ("_args", "_found")

    def __init__(self, s: str, anchor: date | None, lang: str) -> None:
        self._args = (s, anchor, lang)
        self._found: list[DateMention] | None = None

    def get(self) -> list[DateMention]:
        if self._found is None:
            s, anchor, lang = self._args
            if lang == "zh" and "以来" in s:
                # (自今年6月我部批复组建…以来，…: the time opening a 自…以来 clause with an act in it is
                # the act's day, not only the bound of the period since; read it as 在 would be,
                # one character for one so the offsets hold)
                s = _ZH_SINCE_ACT.sub("在", s)
            self._found = find_dates(s, anchor, lang)
        return self._found


# 自/从 before a month (or day) that an act follows, the whole a 以来 clause (not 自今年6月以来, 自6月份
# 以来, 自6月1日以来: the bound alone; see _LazyDates).
_ZH_SINCE_ACT = re.compile(r"(?:自|从)(?=(?:今年|去年|\d{4}年)?\d{1,2}月(?:份)?(?:\d{1,2}日)?[^\d，。；以份][^，。；]{1,60}?以来)")


def _build(
    sentence: Sentence, start: int, end: int, rule: _Rule, mentions: _LazyDates,
    titles: list[tuple[int, int]], previous: str | None, following: str | None, story: _Story,
    dated_only: bool = False, agents: list[str] | None = None,
) -> _Found | None:
    """An event from the trigger at [start, end); ``agents``: the bodies its construction names as
    acting (the subject, the agent of a passive), instead of every body of the sentence."""
    s, lang = sentence.text, story.lang
    type_, subtype = rule.type, rule.subtype
    title, title_end = _title(s, start, end, type_, lang)
    if rule.retype_by_title:
        type_, subtype = _retype(s, start, end, title, title_end, lang)
        if type_ == APPROVAL and rule is _EN_RELEASED_WITH_DOCUMENT:
            # ("published a list of 58 recyclers, together with revised standard conditions": the list
            # before the preposition is _EN_LIST_ALONGSIDE's or the verb's own act; this is the document)
            type_ = DOCUMENT
        # (not a relative clause: "发布会上，…解读了近日印发的《…方案》" explains a plan issued before)
        if type_ == DOCUMENT and story.meeting_days and not dated_only and _AT_THE_MEETING.search(s, 0, start) \
                and _PLAN_NAME.search(title or s[start:end]):
            # "会上，工业和信息化部正式发布《…行动计划》": a plan made public at the press conference
            # just reported is announced there (as 会上…宣布启动“…行动” is), not issued as a document.
            type_ = PLAN
    if _acted_by_non_government(s, start, end):
        return None
    if dated_only and lang == "zh" and title and "》" in s and _ZH_MADE_PUBLIC.match(s, title_end):
        # (…联合印发的《…规划》正式对外公开: the relative clause names the act the main verb reports,
        # not a past read in passing)
        dated_only = False
    if lang == "zh" and _zh_no_act(s, start, end):
        return None
    if rule is _ZH_ISSUED_CLAUSE_RULE and not title:
        # (an issuing with no object is a document's only when one was named just before it)
        return None
    if rule is _ZH_BARE_NOTICE_RULE and not _zh_notice_subject(s, start):
        # (工信部部长金壮龙在《求是》杂志发文, 多家媒体发文，解读工业和信息化部…, 中央纪委国家监委网站
        # 发布通报，工业和信息化部原副司长…: a bare notice or article is a body's document only when
        # that body is the subject right before the verb)
        return None
    bodies = list(agents) if agents else agencies_in(
        s, back_reference=_back_reference(s, story), with_others=type_ not in (PRESS, OTHER), kinds=story.kinds_for(s),
        plural=story.plural(sentence.start), place=story.place_at(sentence.start))
    if bodies and not agents and type_ in _OBJECT_TYPES and (
            _zh_partner_only(s, start, end) if lang == "zh" else _en_other_subject(s, start)):
        # (某企业在与工业和信息化部沟通后发布…, "After consulting the MIIT, the company released …",
        # "…, and the association published a list of …": another's act, the body only dealt with)
        return None
    if lang == "zh" and rule.retype_by_title and len(bodies) > 1 and not agents:
        # "为落实工业和信息化部等四部门今年3月印发的《…》，省人民政府办公厅近日印发《…》": each
        # document is issued by the bodies of its own clause, when that clause names any.
        clause_start, _ = _clause(s, start, end, lang)
        if "牵头" in s:
            # (由工业和信息化部牵头，会同…联合印发: the leading body's clause is part of the act's)
            led = _ZH_LED_BY.search(s, 0, clause_start)
            clause_start = led.start(1) if led else clause_start
        clause = s[clause_start:end]
        bodies = agencies_in(clause, back_reference=_back_reference(clause, story), with_others=True,
                             kinds=story.kinds, plural=story.plural(sentence.start + clause_start),
                             place=story.place) or bodies
    if lang == "en" and type_ in _OBJECT_TYPES and not agents and bodies:
        # ("…, data … showed on Monday, a day before six government departments unveiled a plan":
        # a clause opened by a conjunction has a subject of its own; unnamed departments are
        # "other departments", which a later sentence may name)
        clause_start, _ = _clause(s, start, end, lang)
        if _EN_SUBORDINATE_OPENING.match(s, clause_start):
            before = s[clause_start:start]
            own = agencies_in(before, back_reference=_back_reference(before, story), with_others=True,
                              kinds=story.kinds, plural=story.plural(sentence.start + clause_start), place=story.place)
            bodies = own or ([OTHER_DEPARTMENTS] if names_departments(s[clause_start:start]) else bodies)
    if lang == "en" and type_ in _OBJECT_TYPES and not agents and len(bodies) > 1 \
            and (", and" in s or "while" in s or "but" in s or "whereas" in s):
        # ("The Beijing municipal government last week issued measures …, and Hangzhou's data bureau
        # published draft rules …": a clause joined after the act's has its own subject; the act's
        # bodies are those before the join, when it names any)
        join = _EN_CLAUSE_JOIN.search(s, end)
        if join is not None:
            head = s[:join.start()]
            bodies = agencies_in(head, back_reference=_back_reference(head, story), with_others=True,
                                 kinds=story.kinds, plural=story.plural(sentence.start), place=story.place) or bodies
    if lang == "en" and type_ == PRESS and bodies and not agents and "told" in s[max(0, start - 40):end] \
            and _teller_no_body(s, start, story, sentence.start):
        # ("A Xiaomi executive told a briefing on Wednesday that the MIIT had approved …": the body
        # named only in what was told is not the one briefing)
        return None
    if not bodies and _country_object(s, start, end, lang):
        if _country_subject_before(s, start, lang, lang == "zh" or _roles_national(s, story)):
            bodies = [story.country]  # "China on Tuesday issued a guideline on …", 我国近日印发《…》
        else:
            # "Shanghai on Monday unveiled a plan to …", 广东省日前出台《…》, "Shandong, Jiangsu and
            # Tianjin on Monday released …" (each place's body)
            gap = _ZH_GAP if lang == "zh" else _EN_SUBJECT_GAP
            bodies = [story.place_body(place, p.listed) for p in [
                p for p in _place_subjects(s, lang, []) if p.end <= start
                and (gap.fullmatch(s, p.end, start) or lang == "en" and _after_appositive(s, p.end, start))][-1:]
                for place in p.places]
    if not bodies and lang == "en" and _city_subject(s, start):
        bodies = [LOCAL_GOVERNMENT]  # "Shenzhen on Monday rolled out a … programme": the city's government
    if not bodies and lang == "en" and "overnment" in s:
        # "The government of Shenzhen's Bao'an district on Monday unveiled measures …": that government
        own = _place_government_before(s, start)
        bodies = [own] if own else bodies
    if not bodies and lang == "zh" and "市" in s and any(
            b <= start and _ZH_GAP.fullmatch(s, b, start) for _, b in _zh_city_subjects(s, [])):
        bodies = [LOCAL_GOVERNMENT]  # 沈阳市近日发布通知，…: the city's government
    if rule is _EN_PERMITS_GRANTED and (not bodies or _foreign_or_running_total(s, start, end)
                                        or _company_tells_of_receiving(s, start, end)):
        # (permits granted by no body the sentence names: a company's news; a foreign body's permits
        # or a running total, see _foreign_or_running_total; permits a company says it received,
        # see _company_tells_of_receiving)
        return None
    if rule is _EN_LIST_ALONGSIDE and ("while" in s or "but" in s or ", and" in s or "whereas" in s) \
            and _another_clause_subject(s, start):
        return None  # (another subject's list, see _another_clause_subject)
    places = _separate_places(s, lang, start, bodies, story)
    if not places and len(bodies) > 1 and any(map(is_local_government, bodies)) \
            and not all(map(is_local_government, bodies)) and not _joint_with_local_government(s, start):
        # (工业和信息化部批复同意…省人民政府…: a local government beside a ministry is the one
        # that asked, not an actor)
        bodies = [b for b in bodies if not is_local_government(b)]
    explicit = bool(bodies or rule.implied_body or _OFFICIAL.search(s))
    if not explicit and type_ == PRESS and following:
        # "…新闻发布会在北京召开。工业和信息化部副部长出席…": the next sentence says whose it was.
        explicit = bool(find_agencies(following) or _OFFICIAL.search(following))
    if not explicit and type_ != PRESS and story.meeting_days and _AT_THE_MEETING.search(s, 0, start):
        # "发布会上公布了…名单": announced at the meeting just reported, by the body that held it
        # (the story's main body, the fallback below)
        explicit = bool(story.main_body)
    if not explicit and lang == "zh" and previous and story.date_bodies and story.date_bodies[-1] \
            and previous[-1:] in _ZH_PART_ENDS and story.date_starts[-1] >= sentence.start - len(previous) - 2 \
            and _ZH_FURTHER_ACT.match(s, _subject_at(s, lang)):
        # "4月，工业和信息化部印发《…》；5月，又公布了首批…名单": a part with no subject of its own
        # that tells a further act (又/还/随后…) is the act of the body of the part before
        bodies = story.date_bodies[-1].split("; ")
        explicit = True
    if not explicit and lang == "zh" and story.main_body and _ZH_SINCE_TITLE.match(s, _subject_at(s, lang)):
        # "自《…指导意见》去年9月印发以来，…": the document's issuing, dated in its own clause, told
        # with no body: the story's body's (an undated one is background, see _ZH_AFTER_ACT)
        explicit = True
    if not explicit and lang == "en" and previous:
        # "The ministry aims to … . In a circular issued in March, it urged …": "it" is the body
        # the sentence before was about.
        bodies = _pronoun_body(s, previous, story.main_body)
        explicit = bool(bodies)
    draft = _DRAFT_OF_REPORTED[lang].search(s, 0, end + 40) \
        if not explicit and subtype == "public_consultation" and story.documents else None
    if draft is not None and not (lang == "en" and _EN_BY_NAMED.search(s, draft.end())):
        # "…issued a guideline on Thursday. A draft of the guideline was released for public
        # comment in May.": the draft of the document just reported, put out by the same bodies
        # (of its kind: see _drafted_bodies; not one put out "by Shenzhen", by no body the table
        # knows, whose draft it was)
        bodies = _drafted_bodies(draft, story) if lang == "en" else story.documents[-1].split("; ")
        explicit = True
    coreleased = rule is _EN_RELEASED_WITH_DOCUMENT and not bodies and bool(story.date_bodies) \
        and bool(story.date_bodies[-1]) and _EN_CORELEASE_OPENING.match(s) is not None
    if coreleased:
        # ("… published a list of 58 recyclers. The list was released together with revised standard
        # conditions": the body of the act just told, which put out both)
        bodies = story.date_bodies[-1].split("; ")
        explicit = True
    if not bodies:
        fallback = rule.implied_body or story.main_body
        if not fallback:
            return None  # nobody acting: not a government action
        bodies = [fallback]
    if type_ == PRESS and _SCIO_EVENT.search(s[start:end]) and SCIO not in bodies:
        bodies.append(SCIO)
    if type_ == PRESS and SCIO in bodies:
        bodies = [SCIO] + [b for b in bodies if b != SCIO]
    mention = _event_date(s, start, end, lang, mentions.get(), titles)
    if mention is not None and mention.kind == "ahead":
        return None  # ("The MIIT releases the plan next Tuesday": dated ahead, not done yet)
    if mention is not None and mention.kind == "day_before" and mention.value is None:
        mention = mention._replace(value=_day_before(previous, story))
    if mention is not None and mention.kind == "day_after" and mention.value is None and lang == "zh":
        # ("…1月24日举行新闻发布会。次日，国家能源局印发…": the day after the last day named before)
        base = _day_named_before(story, sentence.start)
        mention = mention._replace(value=(date.fromisoformat(base) + timedelta(days=1)).isoformat() if base else None)
    recent = bool(mention and mention.kind == "recent")
    lately = recent and s[mention.start: mention.end].lower() not in _LONG_AGO
    when = mention.value if mention else None
    if mention is not None and mention.kind == "same_day" and (story.days or lang == "zh") \
            and not any(d.kind == "day" and d.start < mention.start for d in mentions.get()):
        # "同日，…还批准发布了…": the day of the action told before; in Chinese the last day the text
        # named before, an action's or not ("7月16日，…博览会在北京开幕。当日，商务部等八部门印发…")
        when = (_day_named_before(story, sentence.start) if lang == "zh" else None) \
            or (story.days[-1] if story.days else when)
    if mention is None and lang == "en" and previous is not None and type_ in (PRESS, OTHER) \
            and not _is_headline(previous):
        # (not from a title or a page's "June 13, 2025 7:41 AM | Updated …" line: furniture)
        when = _lead_day(previous, story.anchor)
    if when is None and type_ != PRESS and story.meeting_days and not recent and _AT_THE_MEETING.search(s, 0, start):
        # "会上，工业和信息化部宣布启动…": announced at that meeting (not "发布会上，…解读了近日印发的
        # 《…》", issued lately, before it)
        when = story.meeting_days[-1]
    elif when is None and lang == "zh" and type_ != PRESS and not recent and _AT_THE_MEETING.match(s):
        # "3月14日，工业和信息化部召开…工作会议。…。会上，工业和信息化部发布了…名单": a meeting that is
        # no event of its own (a work conference of one field, a forum), held on a day told before
        when = _meeting_day_before(story, sentence.start)
    same_occasion = (when is None and lang == "en" and bool(story.dates) and type_ != PRESS
                     and (_EN_SAME_OCCASION.match(s) is not None or coreleased))
    if same_occasion:
        # "In the same notice, the ministry named 41 more companies …", "Alongside the launch, the
        # ministry named 60 pilot scenarios": an act of the occasion just told, on its date
        when = story.dates[-1]
    if when is None and lang == "en" and type_ == APPROVAL and " also " in s[:40] \
            and story.date_bodies and story.date_bodies[-1] in bodies and _EN_ALSO_ACT.match(s) \
            and _shortly_after(story, story.date_starts[-1], sentence.start):
        # "The MIIT on Wednesday published revised standard conditions …. The conditions take effect on
        # Jan. 1. The ministry also released a list of 14 producers found to comply": the same body's
        # further act, undated itself, after its last dated one: that act's date (not a sentence with
        # a time of its own, read above, nor the day of the sentence before, which may be no act's)
        when = story.dates[-1]
    at_gathering = when is None and lang == "en" and type_ != PRESS and previous is not None \
        and _EN_AT_GATHERING.match(s) is not None and _EN_GATHERING_HELD.search(previous) is not None
    if at_gathering:
        # "The MIIT on Wednesday held a meeting in Beijing to … . At the meeting, the ministry published
        # a list of …": an act at the gathering the sentence before tells held (no event of its own,
        # so no story.meeting_days), on its day
        when = _lead_day(previous, story.anchor)
        at_gathering = when is not None  # (dated so, as "In the same notice, …" is: see dated_only below)
    if when is None and lang == "zh" and story.anchor and "现" in s and type_ != PRESS \
            and _ZH_OWN_ACT.match(s, _clause(s, start, end, lang)[0], end):
        # "…，现将名单予以公布": a notice's own act, done the day it is signed (the date under the
        # issuing body's name at its foot), else the day it is published, by the body that issues
        # it (the story's main body, when the sentence names none)
        when = (story.signed or story.anchor).isoformat()
        explicit = explicit or bool(story.main_body)
    if when is None and lang == "zh" and ("后" in s or "以来" in s) and _zh_background_act(s, start, end):
        # (在国务院批复设立…示范区后，…: an undated act told as the time of what followed, background)
        return None
    if rule is _EN_PERMITS_GRANTED and when is not None and len(when) == 4 and _a_tally(s, start, end):
        # ("A total of 2,000 companies received high-tech certificates last year", "granted licences
        # to 300 firms in 2025": a year's tally of grants, no dated act; "The MIIT in 2019 granted
        # licences to 4 operators" is one)
        return None
    if when is None and lang == "en" and type_ == PRESS and "told" in s and _EN_TOLD_CONFERENCE_THAT.search(s, 0, end + 60):
        # ("An MIIT official told a news conference that the ministry had approved …": the conference
        # only the place of the statement, undated, no event; "told a news conference on Tuesday
        # that …" is dated and kept)
        return None
    if when is None and lang == "en" and type_ in _OBJECT_TYPES and _running_total(s, start, end):
        # ("Since 2018, the MIIT has issued more than 300 industry standards": a tally of acts over
        # years, no one act)
        return None
    if lang == "zh" and ("各" in s or "多地" in s) and _ZH_GENERIC_LOCALS.search(s, _clause(s, start, end, lang)[0], start):
        # (为贯彻落实国务院印发的《…》，各地纷纷出台配套措施: places unnamed act, each on its own; the
        # body the sentence names is not theirs)
        return None
    if lang == "zh" and ("累计" in s or "批" in s) and _zh_running_total(s, start, end):
        # (2019年以来，工业和信息化部累计公布了六批…名单, 已先后发布五批…名单: a tally of acts over
        # years, no one act)
        return None
    if places and len(when or "") < 7:
        # (the places of a list that have "released action plans", undated or in some year: news
        # background, each place's act of its own, which nothing would ever tell apart)
        return None
    if dated_only and not same_occasion and not at_gathering and not _recent_relative(s, mention, start, lang) \
            and (mention is None or mention.value is None
                       or mention.start < _clause(s, start, end, lang)[0]
                       and not _leads_clause(s, mention, start, end, lang)
                       and not _statement_day(s, mention, start, lang)
                       and not _occasion_day(s, mention, start, end, lang)):
        # (dated inside its own clause: in "12月28日，…举行新闻发布会，介绍…联合印发的《…》有关情况"
        # the day is the press conference's)
        return None
    subject_at = _subject_at(s, lang) if not explicit and when else 0
    if not explicit and when and _DOCUMENT_SUBJECT[lang].match(s, subject_at) \
            and (lang == "en" or _ZH_PAST.search(s, 0, start) or _zh_dated_opening(s, subject_at)
                 or _ZH_DATED_STEP.search(s, subject_at, start)):
        # "指导意见此前已于今年3月公开征求意见", "The plan, a draft of which was released for public
        # comment in September, …": a dated step in the making of a document the story is about,
        # taken by the body that issued it.
        explicit = True
    remention = mention is None and type_ == DOCUMENT and (
        _en_remention(s, start) if lang == "en" else _ZH_REMENTION.match(s, start) is not None)
    return _Found(
        Event(
            type=type_,
            subtype=subtype,
            date=when,
            title=title,
            agency=join_agencies(bodies),
            quote=s,
            doc_number=_doc_number(s, title_end if title else start),
            start=sentence.start,
        ),
        recent,
        _is_headline(s),
        explicit,
        lately,
        places,
        remention,
        _document_noun(s, start, end) if lang == "en" and type_ in (DOCUMENT, STANDARD) else None,
    )


# What a document is called in the words of its act, singular: "rules" of "issued rules on spectrum
# allocation", what "A draft of the allocation rules" names again (see _drafted_bodies).
_EN_DRAFTED_NOUN = re.compile(rf"\b{_EN_DRAFTED}\b", re.I)


def _document_noun(s: str, start: int, end: int) -> str | None:
    """The head noun, singular and lower-case, of the document the act at [start, end) issues."""
    m = _EN_DRAFTED_NOUN.search(s, start, min(len(s), end + 40))
    return _singular(m.group().split()[-1]) if m else None


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and noun != "guidance" else noun


def _drafted_bodies(draft: re.Match[str], story: "_Story") -> list[str]:
    """The bodies of the document a draft sentence names again: the last one told of the same kind
    ("A draft of the allocation rules" after the MIIT's rules, then the NDRC's guidelines: the
    MIIT's), else the last one told."""
    noun = _singular(draft.group().split()[-1])
    for bodies, told in zip(reversed(story.documents), reversed(story.document_nouns)):
        if told == noun:
            return bodies.split("; ")
    return story.documents[-1].split("; ")


# Local bodies named only as many (各地, 各省份, 多地): the subject of a clause no one body acts in
# (not the bodies a ministry acts with or for: 工业和信息化部会同各省级主管部门公布…).
_ZH_GENERIC_LOCALS = re.compile(r"(?<!会同|指导|组织|联合|督促|要求|推动|支持|协调|带领)(?<![与和同及])(?:各地|各省|各市|各级|多地)")

# Words before a verb in its clause that make it no act done: not done (尚未印发, 没有发布公告), asked
# (是否发布, 何时发放), forbidden (严禁以…名义印发), done as a habit (每月发布, 定期发布, 持续发布:
# a practice, no one release).
_ZH_NO_ACT = re.compile(r"(?:尚未|并未|从未|未曾|没有|是否|何时|能否|严禁|禁止|不得|每月|每季度?|每年|每周|按月|按季度?"
                        r"|按年|定期|持续)[^，。；]{0,4}$|(?<!并)未$")
# A foreign government's body, which the body lexicon reads as China's namesake (美国商务部, 美国财政部).
# (not 今日本局…, a day and "this bureau")
_ZH_FOREIGN_BODY = re.compile(r"(?:美国|欧盟|(?<![今昨明当每次同])日本|韩国|英国|德国|法国|印度|俄罗斯|加拿大|澳大利亚|荷兰|意大利|越南|墨西哥|巴西|土耳其)"
                              r"(?:联邦)?(?:政府)?[^，。；、]{0,6}?(?:部|局|署|委员会)")


# A deadline right before the verb: 在3月底前发布, 6月30日前印发, 年底前出台 (an act still ahead, or
# one required; not 日前, "recently", nor 3个月前, "three months ago").
_ZH_DEADLINE = re.compile(r"(?:\d{1,2}月(?:底|末|中旬|下旬|上旬|\d{1,2}日)?|年底|年末|月底|月末|季度末|(?:在|于)\d{1,2}日)"
                          r"(?:之|以)?前(?:正式|全部|陆续|统一|依法)?$")
# Someone asked or urged to act (要求各地在3月底前发布实施方案, 督促企业尽快公布…): the act is the
# one asked of, not done by, the body before; the one asked stands between (要求发布 is _ZH_MODAL's).
# (not inside a title, 《…通用要求》…批准发布, nor a rule followed, 按照国务院要求…)
_ZH_ASKED = re.compile(r"(?:要求|督促|责令|敦促|号召|动员)[^，。；《》]{1,16}$")
_ZH_FOLLOWED = re.compile(r"按照|根据|依照|依据|遵照|落实")
# The document an official answers questions on (有关负责人就《办法》出台答记者问, 就…发布接受记者采访):
# the interview is no event, and the issuing it speaks of is its topic, not told here as an act.
_ZH_ANSWERED = re.compile(r"[^，。；]{0,12}?(?:答记者问|回答记者提问|答问|接受[^，。；]{0,10}?采访|(?:作出|进行|作)解读)")


def _zh_asked_or_due(s: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the verb at ``start`` is an act due by a deadline (_ZH_DEADLINE; not one told done,
    已于6月底前发布, 发布了), asked of someone (_ZH_ASKED), or the topic of a Q&A (_ZH_ANSWERED)."""
    before = s[max(clause_start, start - 24):start]
    if "前" in before and _ZH_DEADLINE.search(before) and "已" not in before and "了" not in s[start:start + 4]:
        return True
    asked = _ZH_ASKED.search(before) if any(w in before for w in ("要求", "督促", "责令", "敦促", "号召", "动员")) else None
    if asked and not _ZH_FOLLOWED.search(s, clause_start, start - len(before) + asked.start()):
        return True
    return "就" in s[clause_start:start] and _ZH_ANSWERED.match(s, end) is not None


def _zh_no_act(s: str, start: int, end: int) -> bool:
    """Whether the verb at ``start`` is told as not done, asked about, forbidden or a habit (see
    _ZH_NO_ACT), due or asked of someone (see _zh_asked_or_due), awaited (待国务院批复《…》后), or done
    by a foreign body (美国商务部16日发布公告)."""
    clause_start, _ = _clause(s, start, end, "zh")
    if _ZH_NO_ACT.search(s, max(clause_start, start - 12), start) or s.startswith("待", clause_start):
        return True
    if _zh_asked_or_due(s, clause_start, start, end):
        return True
    # (the foreign body's name, a country first, in the clause before the verb; or the country as the
    # place the clause before opens on, 在美国，商务部…发布)
    return has_any(s, _ZH_FOREIGN_NEEDLES) and (_ZH_FOREIGN_BODY.search(s, clause_start, start) is not None
                                                or _ZH_FOREIGN_PLACE_OPENING.search(s, max(0, clause_start - 8), clause_start) is not None)


_ZH_FOREIGN_NEEDLES = ("美国", "欧盟", "日本", "韩国", "英国", "德国", "法国", "印度", "俄罗斯", "加拿大", "澳大利亚", "荷兰",
                       "意大利", "越南", "墨西哥", "巴西", "土耳其")
# A clause that only names another country as the place of the next: 在日本，环境省发布…, 在美国，商务部…
# (its body, which the lexicon may read as China's namesake; not 在北京，…).
_ZH_FOREIGN_PLACE_OPENING = re.compile(r"(?:^|(?<=[，。；]))(?:在|于)(?:" + "|".join(_ZH_FOREIGN_NEEDLES) + r")[，,]$")


def _zh_notice_subject(s: str, start: int) -> bool:
    """Whether a body is the subject right before the bare notice at ``start`` (发布公告, 联合发文):
    the last body named in its clause, nothing but a time or adverbs between."""
    clause_start, _ = _clause(s, start, start, "zh")
    named = [b for b in find_agencies(s) if clause_start <= b[0] and b[1] <= start]
    if named and _ZH_NOTICE_GAP.fullmatch(s, _past_second_name(s, named, named[-1][1]), start) is not None:
        return True
    if s[start - 1: start] not in ("并", "，"):
        return False
    # (工信部对68款App开展专项检测并通报了17款…, …开展专项检测，通报了17款…: the body that checked
    # first, the subject of the clause before, which the notice shares; see _ZH_CHECKED_FIRST)
    if s[start - 1] == "，":
        clause_start, _ = _clause(s, start - 2, start - 2, "zh")
        named = [b for b in find_agencies(s) if clause_start <= b[0] and b[1] <= start]
    return bool(named) and _ZH_NOTICE_GAP.fullmatch(s, clause_start, named[0][0]) is not None \
        and _ZH_CHECKED_FIRST.fullmatch(s, _past_second_name(s, named, named[-1][1]), start) is not None


# What a body did before the notice that reports it, in the predicate before 并 or a comma: a check
# of its own on what the notice names (对68款…App开展专项检测, 对…进行抽查, 组织开展…专项整治). Not what it
# asks of others, 要求企业开展自查并…, 督促/指导…: they act, the notice is not the body's.
_ZH_CHECKED_FIRST = re.compile(r"(?!(?:[^，。；《》]{0,40}?(?:要求|督促|指导|责令|推动|支持)))"
                               r"(?:[^，。；《》]{0,12}?(?:对|就)[^，。；《》]{1,30}?)?(?:开展|进行|组织开展|组织)[^，。；《》]{0,16}?(?:检测|检查|抽查|抽检|核查|评测|排查|整治|监测|测评)"
                               r"(?:工作)?[，并]")


def _past_second_name(s: str, named: list[tuple[int, int, str]], end: int) -> int:
    """Where the last of the bodies ``named`` ends (``end``), past the bracket closing it when it is
    the second name of the body before it (市场监管总局（国家标准委）, 国家发展改革委（国家能源局）: one
    office under two names, or a body and the administration it runs, acting together), so that
    the gap to the verb starts after the bracket."""
    if len(named) > 1 and s.startswith("）", end) and named[-2][1] + 1 == named[-1][0] and s[named[-2][1]] == "（":
        return end + 1
    return end


def _zh_running_total(s: str, start: int, end: int) -> bool:
    """Whether the act at [start, end) is told as a tally (累计 in its clause before the verb: 累计公布了
    六批…名单, 已累计向…发放…牌照); not a figure's 累计 in another clause."""
    clause_start, clause_end = _clause(s, start, end, "zh")
    return "累计" in s[clause_start:start] or "累计" in s[start:start + 4] \
        or _ZH_BATCHES_TALLIED.search(s, max(clause_start, start - 8), min(clause_end, end + 8)) is not None


# Batches counted, one after another: 已先后发布五批…名单, 陆续认定了3批… (not 先后发布第五批和第六批, two
# batches named, nor 发布首批, one).
_ZH_BATCHES_TALLIED = re.compile(r"(?:先后|陆续|相继|累计|共)[^，。；]{0,6}?(?:发布|公布|认定|遴选|批复|命名)了?"
                                 r"(?:[二两三四五六七八九十]+|\d+)批")


def _teller_no_body(s: str, start: int, story: _Story, offset: int) -> bool:
    """Whether the one who "told" the briefing at ``start`` of English sentence ``s`` is neither a
    body nor an official: no body and no official named before it (a company's executive, analysts)."""
    before = s[:start]
    if _OFFICIAL.search(before):
        return False
    return not agencies_in(before, back_reference=_back_reference(before, story), with_others=False,
                           kinds=story.kinds, plural=story.plural(offset), place=story.place)


# "该方案由省政府办公厅印发": the document just named (see _name_issuer).
_ZH_REMENTION = re.compile(rf"(?:该|此|这一?){_ZH_DOC_KIND}[^，。；]{{0,16}}?由")


# The document's noun in "The new guidelines, issued by …," (see _EN_APPOSITIVE_PARTICIPLE).
_EN_REMENTION_NOUN = re.compile(r"(?P<det>The|This|These)\s+(?P<new>new(?:ly\s+\w+)?\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?P<noun>plan|guideline|guidance|opinion|measure|rule|regulation|notice|circular"
                                r"|roadmap|catalog|document|standard)")


def _other_document(last: Event, sentence: str) -> bool:
    """Whether "The guidelines, published by the State Council, …" names another document than
    the one told last ("The MIIT on Tuesday issued an action plan …"): "The" with a noun that
    mention did not use, and no "new" ("The new guideline, issued by …" is the news). "This"
    and "These" point back whatever the noun."""
    m = _EN_REMENTION_NOUN.match(sentence)
    if m is None or m["det"] != "The" or m["new"]:
        return False
    return m["noun"] not in last.quote.lower() and m["noun"] not in (last.title or "").lower()


def _en_remention(s: str, start: int) -> bool:
    """The trigger is the participle of "The measures, issued by …," opening the sentence."""
    if start >= 40 or not s.startswith(("The ", "This ", "These ")):
        return False
    appositive = _EN_APPOSITIVE_PARTICIPLE.match(s)
    return appositive is not None and start < appositive.end()


def _back_reference(text: str, story: _Story) -> str | None:
    """The body "the ministry" / 该部 / 本部 / 我部 in ``text`` refers to (story.main_body), asked for only
    when ``text`` holds one of those words (every match of agencies._BACK_REFERENCE does): the main
    body is a scan of the whole story, which most stories with an action never need otherwise."""
    if "ministry" in text and story.date_bodies and _is_ministry(story.date_bodies[-1]) \
            and _EN_SAME_OCCASION.match(text):
        # "In the same notice, the ministry named 41 more companies": the ministry of the occasion
        # just told (see _EN_SAME_OCCASION), not the body the story is mostly about
        return story.date_bodies[-1]
    if "ministry" in text:
        named = _ministry_named_before(text, story)
        if named == _FOREIGN_MINISTRY:
            return None
        if named:
            return named
    if "我部" in text:
        speaker = _speaking_ministry(text)
        if speaker:
            return speaker
    return story.main_body if "ministry" in text or "该部" in text or "本部" in text or "我部" in text else None


# "told a news conference that …", "told a regular press briefing in Beijing that …": a conference
# named only as where a statement was made, with no time between it and "that".
_EN_TOLD_CONFERENCE_THAT = re.compile(r"\btold\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}(?:news|press)\s+"
                                      r"(?:conference|briefing)\s+(?:in\s+[A-Z][a-z]+\s+)?that\b")


def _ministry_named_before(text: str, story: _Story) -> str | None:
    """The one ministry named in the English sentence before ``text`` (in its paragraph) or in
    ``text`` before its "the ministry": "The Commerce Ministry said in a notice … . The restriction
    builds on curbs in place since the ministry required licenses …" is the commerce ministry's act,
    whatever body the story is mostly about. None where no ministry or two are named there."""
    if text.startswith("Separately"):
        return None  # (a new thread of the story: "the ministry" is the story's own, see test_event_leftovers)
    at = story.text.find(text)
    if at < 0:
        return None
    start = story.text.rfind("\n", 0, at) + 1
    before = _EN_SENTENCE_END.split(story.text[start:at].rstrip())[-1] if start < at else ""
    # (a cheap test first: most sentences before name no ministry at all)
    own = text[:text.find("ministry")]
    if not has_any(before, _MINISTRY_NEEDLES) and not has_any(own, _MINISTRY_NEEDLES):
        return None
    named = {name for _, _, name in find_agencies(before) + find_agencies(own) if _is_ministry(name)}
    if not named and "inistry" in before + own and _EN_FOREIGN_MINISTRY.search(before + " " + own):
        # ("Japan's industry ministry said … . The ministry on Tuesday issued a list": that foreign
        # ministry's act, not the story's own body's)
        return _FOREIGN_MINISTRY
    return named.pop() if len(named) == 1 else None


# A foreign country's ministry ("Japan's industry ministry", "South Korea's Ministry of Trade", "the
# German economy ministry"): a "the ministry" right after it is that one, none of ours.
_EN_FOREIGN_MINISTRY = re.compile(r"\b(?:" + "|".join(re.escape(w) + "['’]s" for w in sorted(FOREIGN_NAMES, key=len, reverse=True))
                                  + "|" + "|".join(re.escape(w) for w in sorted(FOREIGN_ADJECTIVES, key=len, reverse=True))
                                  + r")\s+(?:[\w-]+\s+){0,2}?[Mm]inistry\b")
# (what _ministry_named_before returns for a foreign ministry: _back_reference then names no body)
_FOREIGN_MINISTRY = "foreign ministry"


# (words every ministry's English name holds, in the table's spellings: "Ministry of …", "the
# Commerce Ministry", "MIIT", "MOFCOM")
_MINISTRY_NEEDLES = ("inistry", "MIIT", "MOF", "MEE", "MOST")


# A verb of speech: the words after it are its speaker's (科技部有关负责人表示，…我部…).
_ZH_SPEECH = re.compile(r"表示|介绍|指出|说|称|透露|强调|回答")


def _speaking_ministry(text: str) -> str | None:
    """The ministry whose official speaks the 我部 ("our ministry") of ``text``: the last one named
    before the last verb of speech before 我部 ("科技部有关负责人在会上表示，2025年6月，我部批复组建…":
    the science ministry, not the story's main body, whose press conference it may be)."""
    at = text.index("我部")
    verbs = list(_ZH_SPEECH.finditer(text, 0, at))
    if not verbs:
        return None
    ministries = [name for _, end, name in find_agencies(text[:verbs[-1].start()]) if _is_ministry(name)]
    return ministries[-1] if ministries else None


def _is_ministry(agency: str | None) -> bool:
    """One ministry acting alone (what "the ministry" can name): not a commission, not two bodies."""
    return bool(agency) and ";" not in agency and (agency == "MIIT" or agency.startswith("Ministry of"))


def _recent_relative(s: str, mention: DateMention | None, start: int, lang: str) -> bool:
    """"…解读了近日印发的《…》": a document said to be issued lately, in a relative clause right after
    近日/日前, is news without a date (as 近日印发《…》 is), not a past recalled."""
    return lang == "zh" and mention is not None and mention.kind == "recent" and mention.end == start \
        and s[mention.start:mention.end] in ("近日", "日前")


# A notice's signature: its date alone on a line, under the issuing body's name (广东省工业和信息化厅,
# or any office, bureau or government not in the body table).
_ZH_SIGNATURE_DATE = re.compile(r"^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.MULTILINE)
_ZH_SIGNER = re.compile(r"(?:厅|局|部|委员会|委|办公室|办公厅|政府|中心)$")

# 现将…予以公布, 现予公布, 现将名单公示如下: what a notice itself does as it is published.
_ZH_OWN_ACT = re.compile(r"现(?:将|予以?|正式)|现(?=确定|认定|印发|公布|发布)")

# "China has approved …", "On Tuesday, China issued …", 中国/我国…发布: the country as the subject of
# its clause (at the sentence's or a clause's start), the act of its national government. Not
# "China's …", "in China", nor a name that opens with it ("China Mobile", 中国汽车工业协会: a
# capitalised word after it; a Chinese name is told by the gap to the verb, see _ZH_GAP). The
# constructions decide from the object whether a government act is told ("approved 12 pilot
# zones", not "approved five drugs").
# (Each pattern opens with a literal, which re scans for at C speed; what opens the clause before
# it is tested after a match.)
# ("Chinese authorities on Monday issued …", "China's regulators released …", "Regulators on Friday
# released …": the country's government named by its role, not a body of its own)
# ("The Chinese government on Monday issued …", "China's government", "the central government": the
# government itself; "The " before it is read by _country_subjects)
_EN_COUNTRY_SUBJECT = re.compile(r"China\b(?!['’]s\s+(?!(?:authorities|regulators|government)\b)|\s+[A-Z(])"
                                 r"(?:['’]s\s+(?:authorities|regulators|government))?"
                                 r"|Chinese\s+(?:authorities|regulators|government)\b|central\s+government\b")
# (bare "Regulators" opening a clause: a scan of its own, only when the word occurs; as a branch
# above, every "r" of the sentence would be tried)
# (a word before it owns it, "EU regulators"; not a dateline's dash, "(Xinhua) -- Regulators")
_EN_REGULATORS_SUBJECT = re.compile(r"[Rr](?<!\w\s[Rr])(?<!\w-\s[Rr])egulators\b"
                                    # (bare "Authorities on Monday issued …" and "The government on
                                    # Tuesday released …" likewise: the country's government by its
                                    # role, read only where the story names no local or foreign body,
                                    # see _Story.regulators_national; not "local authorities", "the
                                    # government's", "the government of Shenzhen", "The government
                                    # Work Report")
                                    r"|[Aa](?<!\w\s[Aa])(?<!\w-\s[Aa])uthorities\b(?!['’])"
                                    r"|(?<=[Tt]he\s)government\b(?!['’]|\s+(?:of\b|[A-Z(]))")
# (the words of _EN_REGULATORS_SUBJECT: the scan runs only for a sentence holding one)
_EN_ROLE_WORDS = ("egulators", "uthorities", "he government")
# A government or authorities of a place or a level below the country ("the Shenzhen government",
# "Guangdong authorities", "the local government"): a story naming one may mean it by a bare "The
# government" or "Authorities" later on.
_EN_LOCAL_GOVERNMENT = re.compile(r"\b(?:(?!China\b|Chinese\b|Central\b|The\b|[A-Z][a-z]+ly\b)[A-Z][a-z]+(?:['’]s)?"
                                  r"|(?i:local|municipal|provincial|city|county|regional|district))"
                                  r"\s+(?:(?:municipal|provincial|city|local|regional)\s+)?(?:government|authorities)\b")
# A story about a place, told by a sentence opening on it ("Shenzhen is expanding its chip subsidies.",
# "Japan tightened its export rules this year.", "Vietnam courts electronics makers."): a bare "The
# government" or "Authorities" later on may be that place's, as a place's own government named would
# be. A Chinese province or city (not Beijing, which the English wires write for the country) or a
# foreign country, opening the story or a sentence of it, possessive or not.
_EN_STORY_PLACES = sorted({*PLACE_NAMES_EN, *PLACES.values(), *FOREIGN_NAMES} - {"Beijing", "China"}, key=len, reverse=True)
_EN_PLACE_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?(?:" + "|".join(re.escape(p) for p in _EN_STORY_PLACES)
                               + r")(?![\w-])")
# (the same without its opening: tried only where a sentence opens, see _place_opening)
_EN_PLACE_AT = re.compile(r"(?:The\s+)?(?:" + "|".join(re.escape(p) for p in _EN_STORY_PLACES) + r")(?![\w-])")
# (where a sentence opens: right after a stop and a space, or a line break; a class of four
# characters, which re scans for at C speed)
_EN_OPENING_GAP = re.compile(r"[.!?]\s|\n")


def _place_opening(text: str) -> bool:
    """Whether _EN_PLACE_OPENING finds a place in ``text``, trying the places only where a sentence
    opens: the pattern itself, opening with a look-behind, tried its ~90 places at every position
    (~80 µs for a story of 1,000 characters; speed pass 29)."""
    if _EN_PLACE_AT.match(text):
        return True
    for gap in _EN_OPENING_GAP.finditer(text):
        if _EN_PLACE_AT.match(text, gap.end()):
            return True
    return False


_COUNTRY_WORDS = ("China", "Chinese ", "central government")
_EN_THE_BEFORE = ("The ", "the ")
# (also the dash after a dateline: "BEIJING, March 3 (Xinhua) -- China has issued …")
# (and a subordinate clause's conjunction: "… follows a slump after Chinese authorities in April
# required exporters to …", "since Chinese authorities began requiring …"; not "as", which also
# compares, "such as China")
_EN_CLAUSE_OPENING = re.compile(r"(?:[,;]|\bthat|\bwhich|--|—|\s-|\b(?:after|since|when|because|once|before))\s$")
_ZH_COUNTRY_SUBJECT = re.compile(r"[中我]国")


def _country_subjects(s: str, lang: str, bodies: list[tuple[int, int, str]],
                      regulators: bool = True) -> list[tuple[int, int]]:
    """Where the country is named as the subject of a clause in ``s`` (see _EN_COUNTRY_SUBJECT),
    ``bodies`` being the bodies named in ``s``; bare "Regulators" only with ``regulators`` (see
    _Story.regulators_national)."""
    if lang == "zh":
        if "中国" not in s and "我国" not in s:
            return []
        # (中国人民银行, 中国民航局: bodies of their own; 中国国家能源局: the body is named right after)
        named = {a for a, _, _ in bodies}
        return [m.span() for m in _ZH_COUNTRY_SUBJECT.finditer(s)
                if (not m.start() or s[m.start() - 1] in "，。；：") and m.start() not in named and m.end() not in named]
    found = list(_EN_COUNTRY_SUBJECT.finditer(s)) if has_any(s, _COUNTRY_WORDS) else []
    if regulators and has_any(s, _EN_ROLE_WORDS):
        found += _EN_REGULATORS_SUBJECT.finditer(s)
    return [m.span() for m in found if not m.start() or _EN_CLAUSE_OPENING.search(s, max(0, m.start() - 9), m.start())
            or s.startswith(_EN_THE_BEFORE, m.start() - 4) and not s.startswith("China", m.start())
            and (m.start() == 4 or _EN_CLAUSE_OPENING.search(s, max(0, m.start() - 13), m.start() - 4))]


def _roles_national(s: str, story: _Story) -> bool:
    """Whether a bare role opening a clause of the English sentence ``s`` ("Regulators",
    "Authorities", "The government", see _EN_REGULATORS_SUBJECT) may stand for the country: always
    when ``s`` holds none; else when the story is about no local or foreign body
    (story.regulators_national), and, for "Authorities" and "The government", names no place's
    government (see _EN_LOCAL_GOVERNMENT)."""
    if not has_any(s, _EN_ROLE_WORDS):
        return True
    if not story.regulators_national:
        return False
    return "egulators" in s or not (story.local_government_named or story.place_led)


def _country_subject_before(s: str, start: int, lang: str, regulators: bool = True) -> bool:
    """The country is the subject of the trigger at ``start`` in ``s`` (which names no body): only a
    time phrase, adverbs or an auxiliary stand between ("China on Tuesday issued", "China has
    approved", 我国近日印发). (``regulators``: see _country_subjects.)"""
    gap = _ZH_GAP if lang == "zh" else _EN_SUBJECT_GAP
    return any(end <= start and gap.fullmatch(s, end, start)
               for _, end in _country_subjects(s, lang, [], regulators))


# What the country is said to issue or approve as its government (not "launched a space program",
# "released its GDP data": the statistics bureau's).
_COUNTRY_OBJECTS = frozenset({"document", "standard", "entities", "list", "committee"})


def _country_object(s: str, start: int, end: int, lang: str) -> bool:
    """The trigger at [start, end) names an object of the kind a government issues or approves
    (English; a Chinese trigger names its 《…》 or list)."""
    return lang == "zh" or any(o.lastgroup in _COUNTRY_OBJECTS for o in _EN_OBJECT.finditer(s, start, end)) \
        or _EN_LICENCE_REQUIRED.search(s, start, end) is not None \
        or ("list" in s and _EN_CONTROL_LIST.search(s, start, end) is not None)  # ("China on Thursday added … to its export control list")


# (a licence requirement the country imposed, "Chinese authorities in April required exporters to
# obtain licences": the control a document puts in place, see the licence rule of _EN_RULES)
_EN_LICENCE_REQUIRED = re.compile(r"\brequir[^,;]{4,80}?\b(?:licen[cs]es?|permits?)\b")


def _with_country(bodies: list[tuple[int, int, str]], s: str, lang: str, story: _Story) -> list[tuple[int, int, str]]:
    """``bodies`` (those ``s`` names or refers to) and the country where it is a clause's subject,
    standing for story.country, and a province-level place where it is one, standing for the body
    of that place (story.place_body)."""
    # (the body a place stands for only once its object passed: story.place_body reads the story)
    # (the story is read for bare "Regulators" only when the sentence holds the word)
    regulators = lang == "zh" or _roles_national(s, story)
    subjects = [(a, b, story.country) for a, b in _country_subjects(s, lang, bodies, regulators)
                if _country_object(s, b, len(s), lang)]
    # (every place of a list ends where the list does, and starts where its last place does: in the
    # clause of the verb, "Shandong, Jiangsu and Tianjin released")
    subjects += [(p.last, p.end, story.place_body(place, p.listed)) for p in _place_subjects(s, lang, bodies)
                 if _country_object(s, p.end, len(s), lang) for place in p.places]
    if lang == "zh" and "市" in s:
        subjects += [(a, b, LOCAL_GOVERNMENT) for a, b in _zh_city_subjects(s, bodies)]
    if lang == "en" and "overnment" in s:
        subjects += _place_government_subjects(s, bodies)  # ("The Shenzhen government on Monday released …")
    if lang == "en" and bodies and "e " in s and has_any(s, _QUOTE_MARKS):
        subjects += _quoted_we(s, bodies)
    if not subjects:
        return bodies
    return sorted(bodies + subjects, key=lambda f: f[0])


# An official's own words: "'We issued the second batch last week,' said Li Ming, an official at the
# MIIT", "'Last month we put out guidelines on …,' said Zhao Gang, director of the MIIT's …": "we"
# opening a clause of the quote (after its opening mark, a time phrase or a comma) is the body its
# speaker is named with in the attribution after the closing mark (the first body named there; none,
# as a company chairman's "we" is, no body acting). (A quote's future, "we will issue", is no act:
# the constructions read its verb.)
_QUOTE_MARKS = ('"', "“")
# Who said a quote, right after its closing mark: "said Li", "he told reporters", "Li Ming said";
# or the speaker named before the verb, the wires' other order ("…," an official at the MIIT said",
# "…," an STMA official told the Post"), the noun phrase an appositive after a name ("…," Li Hui, a
# deputy director of the NDRC's price department, told a news conference"), its article left out
# after a name ("Zhao Gang, director of the MIIT's …, said"): group ``pre``, see _official_speaker.
_EN_QUOTE_ATTRIBUTION = (r"(?:said|says|told|added)\b|(?:he|she|they|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:said|says|told|added)\b"
                   r"|(?:(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s)?"
                   r"(?P<pre>(?(name)(?:(?:an?|the)\s)?|(?:an?|the)\s)[^\"“”.;,]{1,80}?)(?(name),)\s(?:said|says|told|added)\b")
_EN_QUOTED_WE = re.compile(r"[\"“](?:[^\"”]{0,40}?(?:\s|,\s))?(?P<we>[Ww]e)\s(?P<rest>[^\"”]{5,300}?)[,.]?[\"”]"
                           r"\s*,?\s*(?P<said>" + _EN_QUOTE_ATTRIBUTION + ")")


def _quoted_we(s: str, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The "we" of each quote in ``s`` standing for the body its attribution names (see
    _EN_QUOTED_WE), ``bodies`` being those ``s`` names."""
    out = []
    for m in _EN_QUOTED_WE.finditer(s):
        if m["pre"]:
            # (the speaker named before the verb: one body inside the noun phrase, "an STMA official")
            inside = [name for a, b, name in bodies if a >= m.start("pre") and b <= m.end("pre")]
            if _official_speaker(s, m) and len(set(inside)) == 1:
                out.append((m.start("we"), m.end("we"), inside[0]))
            continue
        # (the first body the attribution names, the speaker's own only when an official's role is
        # told right before it: "…, an official at the MIIT", "a spokesman for the NDRC"; not "said
        # at an event hosted by the MIIT", where a company's man may speak)
        after = [(a, name) for a, _, name in bodies if a >= m.start("said")]
        if after and _official_speaker(s, m, after[0][0]):
            out.append((m.start("we"), m.end("we"), after[0][1]))
    return out


# (a person's office only: not "said at a press conference held by the SCIO", whose host is not
# the speaker's body, and whose date a quote's month would take)
_EN_SPEAKER_ROLE = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|director|head|minister|deputy)\b")
# (a relative clause between the speaker and the body: "…, director of sales at Unitree, which works
# with the MIIT"; "an official with the MIIT" is the speaker's body)
_EN_RELATIVE_CLAUSE = re.compile(r"\b(?:who|that|which|whom|whose)\b")
# (a clause inside the speaker's noun phrase: "a banker who met MIIT officials said" is not the MIIT's man)
_EN_SPEAKER_CLAUSE = re.compile(r"\b(?:who|that|which|whom|whose|met|meeting|with|from\s+a\s+company)\b")


def _official_speaker(s: str, m: re.Match[str], limit: int | None = None) -> bool:
    """Whether the attribution ``m`` (ending in _EN_QUOTE_ATTRIBUTION) names an official: an official's
    role (_EN_SPEAKER_ROLE) in the speaker's noun phrase before the verb with no clause of its own
    ("an official at the MIIT said"; not "a banker who met MIIT officials said"), or after the verb
    up to ``limit`` (120 characters) with no relative clause ("said Li, an official at the MIIT";
    not "said Li, head of a supplier that sells to the MIIT"): an analyst's or a company man's
    words stay unread."""
    if m["pre"]:
        start, end = m.start("pre"), m.end("pre")
        return _EN_SPEAKER_ROLE.search(s, start, end) is not None and _EN_SPEAKER_CLAUSE.search(s, start, end) is None
    end = m.end() + 120 if limit is None else limit
    return _EN_SPEAKER_ROLE.search(s, m.end(), end) is not None and _EN_RELATIVE_CLAUSE.search(s, m.end(), end) is None


# "Shanghai on Monday unveiled a plan to …", "Guangdong has issued an action plan", 上海市近日印发《…》,
# 广东省日前出台…: a province-level place as the subject of its clause, the act of its government
# (the object test and the gap to the verb are the country's, above). Not "in Shanghai",
# "Shanghai's output", "Shanghai-based", a company ("Shanghai Electric": a capitalised word after
# it; 上海电气: no time or adverb between it and the verb), nor a body named with it
# (上海市经济信息化委, 上海市人民政府: named as bodies already), nor its party committee or congress
# (浙江省委, 省人大). "China's Guangdong province" opens its clause as "Guangdong" does, and "Shanghai
# authorities" (its government, named by the wires' plural) as "Shanghai".
# (The pattern opens with its literal names, no \b, so that re skips to their first letters at C
# speed; a place opening a clause starts the sentence or follows a space, see _place_subjects.)
_EN_PLACE_SUBJECT = re.compile(r"(?P<place>" + "|".join(sorted(PLACE_NAMES_EN, key=len, reverse=True))
                               + r")(?:\s+[Pp]rovinces?|\s+[Mm]unicipalit(?:y|ies))?"
                               # ("Zhejiang's provincial authorities": the possessive before them too)
                               r"(?:(?:['’]s)?\s+(?:(?:provincial|municipal|city|local)\s+)?authorities)?\b(?!['’]s|-|\s+[A-Z(])")
_ZH_PLACE_SUBJECT = re.compile(r"(?P<place>北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南"
                               r"|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)"
                               r"(?:壮族|回族|维吾尔)?(?:省|市|自治区)?(?![省市]?(?:委|人大|政协))")
_EN_COUNTRY_BEFORE = ("China's ", "China’s ")
# A city (沈阳市, 苏州市, 我市) as the subject of its clause, 沈阳市近日出台《…》: its government, as a
# province-level place is its own (above); the city's name is any two to four characters before 市
# (every city cannot be listed), told from a word that ends in 市 (城市, 都市, 超市, 股市, 楼市, 车市;
# 全市, 各市 name no one body) by its first character or the one before 市, and from 市场, 市委, 市人大
# … by the gap to the verb, which must hold only a time or adverbs (see _ZH_GAP). Nor a kind of
# city, which names several (部分地市, 一些县级市, 若干地级市: 地 or 级 before 市, or a quantity first).
_ZH_CITY_SUBJECT = re.compile(r"(?:^|(?<=[，。；：]))(?P<name>[\u4e00-\u9fff]{2,4}?|[我本该])(?<![城都超股楼车地级])市")
_ZH_NO_CITY_FIRST = frozenset("全各多个城市在对于由据从为部一些若有少不众")


# A place's government named as the subject of its clause: "The Shenzhen government on Monday
# released …", "Shanghai's municipal government issued …", "The government of Shenzhen's Bao'an
# district on Monday unveiled measures …", "the Guangdong provincial government last week approved
# …": that government, never the country's (nor the story's main body). Its place is a province-level
# place or a city the metric reader singles out (subjects.PLACES), a district written with its city.
# Not "the Shenzhen government's plan", "The government of Shenzhen Stock Exchange …", "the Shenzhen
# governments" (the words after it are tested as the city's are, see _EN_CITY_SUBJECT).
_EN_GOVERNMENT_PLACES = "|".join(sorted({*PLACE_NAMES_EN, *PLACES.values()}, key=len, reverse=True))
_EN_PLACE_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?:government\s+of\s+(?P<of>" + _EN_GOVERNMENT_PLACES + r")"
    r"(?:['’]s\s+(?P<of_district>[A-Z][\w'’-]+)\s+district)?"
    r"|(?P<place>" + _EN_GOVERNMENT_PLACES + r")(?:['’]s)?(?:\s+(?P<district>[A-Z][\w'’-]+)\s+district)?"
    r"\s+(?:(?:municipal|provincial|city|district|regional)\s+)?government)\b(?!['’]s|s\b|-|\s+[A-Z(])")
# (every match names one of its places: the places alone, literals whose first letters re scans for
# at C speed, are a cheap test first, where the pattern, opening with an optional "the", is tried at
# every position, ~50 µs a sentence; speed pass 29)
_EN_GOVERNMENT_PLACE_NAMED = re.compile("(?:" + _EN_GOVERNMENT_PLACES + ")")


def _place_government_subjects(s: str, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place's government opening a clause of the English ``s`` (see
    _EN_PLACE_GOVERNMENT) and not already among ``bodies`` (the table names "Shanghai's municipal
    government" itself): a province-level place's "<place> <level> Government", a city's
    "<city> Municipal Government", a district's "<district> District Government (<city>)"."""
    out = []
    if not _EN_GOVERNMENT_PLACE_NAMED.search(s):
        return out  # (no place of the pattern's named: most sentences with "government", see below)
    for m in _EN_PLACE_GOVERNMENT.finditer(s):
        if m.start() and not _EN_CLAUSE_OPENING.search(s, max(0, m.start() - 9), m.start()):
            continue  # ("in the Shenzhen government's …", "plans of the Shenzhen government": no subject)
        if any(a < m.end() and m.start() < b for a, b, _ in bodies):
            continue
        place, district = m["of"] or m["place"], m["of_district"] or m["district"]
        if district:
            name = f"{district} District Government ({place})"
        elif place in PLACE_NAMES_EN:
            en, level = place_of(place)
            name = f"{en} {level} Government"
        else:
            name = f"{place} Municipal Government"
        out.append((m.start(), m.end(), name))
    return out


def _place_government_before(s: str, start: int) -> str | None:
    """The place's government opening the clause of the verb at ``start`` as its subject (see
    _place_government_subjects), with only a subject's gap between."""
    for a, b, name in _place_government_subjects(s, []):
        if b <= start and _EN_SUBJECT_GAP.fullmatch(s, b, start):
            return name
    return None


# Words of a story about Beijing the city, not the country's government.
_CITY_WORDS = ("unicipal", "the city", "city's", "capital city")


class _PlaceSubject(NamedTuple):
    """Province-level places named as the subject of a clause: one, or a list of them."""

    start: int
    last: int    # where the last place of the list starts
    end: int     # where the list ends (after 等地, "and other provinces")
    places: tuple[tuple[str, str], ...]
    listed: bool  # a list: several places, or one and "others" (等地)


def _zh_city_subjects(s: str, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where a city is named as the subject of a clause in ``s`` (see _ZH_CITY_SUBJECT), not a
    province-level place (read by _place_subjects) nor part of a body ``bodies`` names
    (沈阳市工业和信息化局, 深圳市人民政府)."""
    out = []
    for m in _ZH_CITY_SUBJECT.finditer(s):
        name = m["name"]
        if name[0] in _ZH_NO_CITY_FIRST or _ZH_PLACE_SUBJECT.match(s, m.start()):
            continue
        if any(a < m.end() + 1 and m.start() < b for a, b, _ in bodies):
            continue
        out.append(m.span())
    return out


def _place_subjects(s: str, lang: str, bodies: list[tuple[int, int, str]]) -> list[_PlaceSubject]:
    """Where province-level places are named as the subject of a clause in ``s`` (see
    _EN_PLACE_SUBJECT): the first opens the clause, the others follow it joined by 、/和/及, commas
    or "and" (山东、江苏、天津等地, "Shandong, Jiangsu and Tianjin"); ``bodies`` being the bodies
    named in ``s`` (found again when empty, only if a place is named)."""
    if lang == "zh":
        matches = list(_ZH_PLACE_SUBJECT.finditer(s))
        if not any(not m.start() or s[m.start() - 1] in "，。；：" for m in matches):
            return []
        named = [a for a, _, _ in bodies or find_agencies(s)]
        # (江苏省人民政府: a body named with its place, no place acting)
        matches = [m for m in matches if not any(m.start() <= a <= m.end() for a in named)]
        opens = [not m.start() or s[m.start() - 1] in "，。；：" for m in matches]
        joined, others = _ZH_PLACE_JOINED, _ZH_OTHER_PLACES
    else:
        matches = list(_EN_PLACE_SUBJECT.finditer(s))
        opens = [not m.start() or bool(_EN_CLAUSE_OPENING.search(s, max(0, m.start() - 7), m.start()))
                 or s.endswith(_EN_COUNTRY_BEFORE, 0, m.start()) and (m.start() == 8 or bool(_EN_CLAUSE_OPENING.search(
                     s, max(0, m.start() - 15), m.start() - 8))) for m in matches]
        joined, others = _EN_PLACE_JOINED, _EN_OTHER_PLACES
        if "rovinces " in s or "egions " in s:
            # ("Provinces including Shandong, Jiangsu and Tianjin on Monday released …")
            opens = [o or bool(_EN_PLACES_NOUN_BEFORE.search(s, max(0, m.start() - 40), m.start()))
                     for o, m in zip(opens, matches)]
    out: list[_PlaceSubject] = []
    i = 0
    while i < len(matches):
        # the places joined to the i-th: a list is the subject when its first place opens the clause
        # ("provinces including Shandong, Jiangsu and Tianjin": none of its places does)
        j = i
        while j + 1 < len(matches) and joined.fullmatch(s, matches[j].end(), matches[j + 1].start()):
            j += 1
        if opens[i]:
            more = others.match(s, matches[j].end()) if lang == "zh" or "other" in s else None
            out.append(_PlaceSubject(matches[i].start(), matches[j].start(), more.end() if more else matches[j].end(),
                                     tuple(dict.fromkeys(place_of(m["place"]) for m in matches[i:j + 1])),
                                     j > i or more is not None))
        i = j + 1
    return out


# What joins the places of a list (山东、江苏和天津; "Shandong, Jiangsu, and Tianjin"), and the
# others it ends with (山东、江苏等地, 等省份, 等5省市; "Shandong and other provinces"): the named
# places are the ones read.
_ZH_PLACE_JOINED = re.compile(r"、|和|与|及|以及")
_EN_PLACE_JOINED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# (the longer words first: 两省区 is not 两省)
_ZH_OTHER_PLACES = re.compile(r"等(?:多|\d+个?|[二两三四五六七八九十]+个?)?(?:地方|地区?|省区市?|省市区?|省份?|城市)?"
                              r"|(?:\d+个?|[两三四五六七八九十]+个?)(?:地|省区市?|省市区?|省份?)")
# "Provinces including …", "the provinces of …", "regions such as …" opening the clause: the places
# listed after it are its subject.
_EN_PLACES_NOUN_BEFORE = re.compile(r"(?:^|[,;]\s+)(?:[Tt]he\s+)?(?:[Pp]rovinces|[Rr]egions|[Pp]rovincial-level\s+regions)"
                                    r"\s+(?:including|such\s+as|like|of)\s+$")
_EN_OTHER_PLACES = re.compile(r",?\s+and\s+(?:(?:several|some|a\s+few|\w+)\s+)?other\s+(?:provinces|regions"
                              r"|provincial-level\s+regions|localities|places|municipalities)\b")


# What a list of one place ends in (山东等地, "Shandong and other provinces"): see _ZH_OTHER_PLACES.
_ONE_PLACE_LISTED = ("等", "other")
# Places of a list acting together: "山东、江苏、天津联合印发", "jointly issued".
_JOINTLY = re.compile(r"联合|共同|jointly|together")


def _separate_places(s: str, lang: str, start: int, bodies: list[str], story: _Story) -> tuple[tuple[str, str], ...]:
    """The places of a list that is the subject of the trigger at ``start`` (see _place_subjects),
    when ``bodies`` are the bodies those places stand for and each acts on its own (not 联合,
    "jointly"); else ().
    """
    if not bodies or not (len(bodies) > 1 or has_any(s, _ONE_PLACE_LISTED)) or not all(map(is_local_body, bodies)):
        return ()  # (a cheap test first: most actions are no place's)
    gap = _ZH_GAP if lang == "zh" else _EN_SUBJECT_GAP
    for p in _place_subjects(s, lang, []):
        if p.listed and p.end <= start and gap.fullmatch(s, p.end, start) and not _JOINTLY.search(s, p.end, start) \
                and [story.place_body(place, True) for place in p.places] == bodies:
            return p.places
    return ()


def _each_place(found: _Found) -> list[_Found]:
    """One event per place of a list acting each on its own (see _Found.places), the same in all
    but the body; and the title, when the sentence names one for each place
    (山东、江苏5月8日分别出台《山东省…》《江苏省…》)."""
    if not found.places:
        return [found]
    e = found.event
    named = [m.group(1) for m in _ZH_TITLE.finditer(e.quote)] if e.quote.count("《") > 1 else []
    out = []
    for body, place in zip(e.agency.split("; "), found.places):
        own = [t for t in named if zh_place_name(place) in t or place[0] in t]
        title = own[0] if len(own) == 1 else e.title
        out.append(replace(found, event=replace(e, agency=body, title=title), places=()))
    return out


# A title listed after another as the object of one verb (先后印发《…》、《…》和《…》, 审议通过《…》和
# 《…》), a document number perhaps after each; the list ends the clause, or is counted (两个文件) or
# closed by 等 (not 印发《…》和《…》实施细则: the words after the last name are part of it).
_ZH_NEXT_TITLE = re.compile(r"(?:（[^）]{0,30}）)?(?:、|和|及|以及|与)《([^》]{2,80})》"
                            r"(?=（|、|和|及|以及|与|[，。；]|$|等|[两二三四五六七八九十\d]+[项个部份件])")


# Titles of a first document's annex (《附件：…》), listed after it but no document issued on its own.
_ZH_ANNEX = ("附件", "附表", "附录")


def _each_title(found: list[_Found], lang: str) -> list[_Found]:
    """One event per document of a list one verb issues (see _ZH_NEXT_TITLE), the same in all but
    the title and its number: each document is an act of its own, as each is in the conventions'
    "one fact, one label"."""
    if lang != "zh":
        return found
    out = []
    for f in found:
        out.append(f)
        e = f.event
        if e.type != DOCUMENT or not e.title or e.quote.count("《") < 2:
            continue
        at = e.quote.find(f"《{e.title}》")
        if at < 0:
            continue
        at += len(e.title) + 2
        while (m := _ZH_NEXT_TITLE.match(e.quote, at)) is not None:
            if m.group(1) != e.title and not m.group(1).startswith(_ZH_ANNEX):
                # (not 《附件：申报书》, the first document's annex, no act of its own)
                out.append(replace(f, event=replace(e, title=m.group(1), doc_number=_doc_number(e.quote, m.end()))))
            at = m.end()
    return out


# How far back 同日, 次日 and 会上 look for the day they refer to: a few sentences.
_LOOK_BACK = 400
# A meeting held (召开…会议, 举行…大会, …论坛在北京开幕): what a later 会上 refers to.
_ZH_MEETING_TOLD = re.compile(r"(?:召开|举行|举办)[^。；]{0,40}?(?:会议|大会|论坛|峰会|座谈会|推进会|博览会|发布会|年会)"
                              r"|(?:会议|大会|论坛|峰会|博览会|年会)[^。；，]{0,12}?(?:召开|举行|开幕)")


def _day_named_before(story: _Story, at: int) -> str | None:
    """The last day named in the story's text shortly before ``at`` (an action's or not), what
    同日/当日 and 次日 opening a later sentence count from; None when none is named there."""
    window = story.text[max(0, at - _LOOK_BACK):at]
    if "日" not in window:
        return None
    days = [d.value for d in find_dates(window, story.anchor, "zh") if d.kind in ("day", "same_day") and d.value]
    return days[-1] if days else None


def _meeting_day_before(story: _Story, at: int) -> str | None:
    """The day of the meeting the text told shortly before ``at`` (召开…会议, …博览会在…开幕), what a
    sentence opening 会上 refers to; None when the last meeting told names no day."""
    window = story.text[max(0, at - _LOOK_BACK):at]
    held = None
    for held in _ZH_MEETING_TOLD.finditer(window):
        pass
    if held is None:
        return None
    opening = max(window.rfind("。", 0, held.start()), window.rfind("\n", 0, held.start())) + 1
    closing = window.find("。", held.end())
    days = [d.value for d in find_dates(window[opening:closing if closing >= 0 else len(window)], story.anchor, "zh")
            if d.kind == "day" and d.value]
    return days[-1] if days else None


def _day_before(previous: str | None, story: _Story) -> str | None:
    """The day before the one "a day earlier" / 前一天 counts back from: the last day named in the
    sentence before, else the day of the last action read, else the dateline or publication day."""
    days = [d.value for d in find_dates(previous, story.anchor, story.lang)
            if d.kind in ("day", "same_day") and d.value] if previous else []
    base = days[-1] if days else story.days[-1] if story.days else story.anchor.isoformat() if story.anchor else None
    return (date.fromisoformat(base) - timedelta(days=1)).isoformat() if base else None


# A noun phrase set off by commas after a place ("Beijing, home to more than 40 robot makers, on
# Monday rolled out …"): no verb of its own, then the subject's gap.
_EN_APPOSITIVE = re.compile(r",\s+(?:home\s+to|the\s+|a\s+|an\s+|one\s+of\s+)[^,;]{1,80}?,\s+")


# A city named as the subject of its clause: "Shenzhen on Monday rolled out a 500 million yuan
# programme", "Hangzhou, the home of Alibaba, last week issued measures …" (one city: a list of
# cities is left unread). The cities are those the metric reader singles out (subjects.PLACES);
# not "Shenzhen-listed", "Shenzhen's output", "Shenzhen Stock Exchange", "in Shenzhen".
_EN_CITY_SUBJECT = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(
    (re.escape(v) for v in set(PLACES.values()) if v not in PLACE_NAMES_EN), key=len, reverse=True))
    + r")\b(?!['’]s|-|\s+[A-Z(])")


def _city_subject(s: str, start: int) -> bool:
    """Whether a city opens the clause of the verb at ``start`` as its subject (see _EN_CITY_SUBJECT)."""
    for m in _EN_CITY_SUBJECT.finditer(s, 0, start):
        if (not m.start() or _EN_CLAUSE_OPENING.search(s, max(0, m.start() - 7), m.start())) \
                and (_EN_SUBJECT_GAP.fullmatch(s, m.end(), start) or _after_appositive(s, m.end(), start)):
            return True
    return False


# A verb of its own in an appositive (", a spokesman added, ", ", the city said, "): an auxiliary, or a
# word in "-ed" before a comma, an article or a preposition; not one before a noun, an adjective
# ("one of the earliest cities to use desalinated water", "home to many listed firms").
_EN_APPOSITIVE_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b"
                                   r"|\b\w+ed(?=\s*,|\s+(?:the|a|an|its|their|that|by|on|in|to|at|for|with)\b)")


def _after_appositive(s: str, at: int, start: int) -> bool:
    """Whether only an appositive and a subject's gap stand between a place at ``at`` and the verb."""
    m = _EN_APPOSITIVE.match(s, at, start)
    return m is not None and not _EN_APPOSITIVE_FINITE.search(s, at, m.end()) and _EN_SUBJECT_GAP.fullmatch(s, m.end() - 1, start) \
        is not None


def _leads_clause(s: str, mention: DateMention, start: int, end: int, lang: str) -> bool:
    """The date opens the sentence as a clause of its own right before the trigger's clause
    ("去年12月，工业和信息化部等四部门联合印发的《…》提出…", "In August, the MIIT named …"), not
    before an earlier clause ("12月28日，…举行新闻发布会，介绍…印发的《…》": the day is the press
    conference's)."""
    clause_start, _ = _clause(s, start, end, lang)
    gap = s[mention.end:clause_start].strip()
    opening = s[:mention.start].split()
    return len(opening) <= (0 if lang == "zh" else 1) and bool(_ZH_CLAUSE_END.fullmatch(gap))


# "工业和信息化部与上海市人民政府联合印发…", "工业和信息化部、浙江省人民政府…": what lies between a
# body and a local government that acts with it (a conjunction, then the place's name when the
# government's name does not start with it: 苏州市人民政府); "the MIIT and the Hunan provincial
# government jointly issued …".
_JOINED_TO_LOCAL = re.compile(r"(?:与|和|、|及|同|会同|联合)[\u4e00-\u9fff]{0,8}|,?\s+and\s+(?:the\s+)?")


def _joint_with_local_government(s: str, start: int) -> bool:
    """A local government named as a joint actor before the action, not as the one that asked."""
    named = [(a, b, name) for a, b, name in find_agencies(s[:start])]
    for (_, end, _), (local_start, _, name) in zip(named, named[1:]):
        if is_local_government(name) and _JOINED_TO_LOCAL.fullmatch(s, end, local_start):
            return True
    return False


# A sentence whose subject is a document just named: "该办法…", "指导意见…", "《方案》…", "The plan, …".
_DOCUMENT_SUBJECT = {
    "zh": re.compile(rf"(?:该|此|这一?)?{_ZH_DOC_KIND}|《[^》]{{1,40}}》"),
    "en": re.compile(r"(?:The|This|That)\s+(?:new\s+|draft\s+)?(?:plan|guidelines?|guidance|opinions?|measures|rules"
                     r"|regulations?|notice|circular|roadmap|program(?:me)?|document|standard)\b"),
}
# "…, it urged …" / "It also launched …": a pronoun subject. What it stands for is a body opening
# the sentence before ("The ministry aims …", "China's MIIT said …"): see _pronoun_body.
# (an irregular past too: "It had sought public feedback on a draft version in July", "It also put
# out …", "It set up …")
# A connective opening a Chinese sentence before its subject, telling when or what else (此前，《行动计划》
# 征求意见稿已于今年4月…公开征求意见: the document is still the subject; see _subject_at), or a
# speaker's attribution opening it (该负责人表示，《方案》征求意见稿已于今年5月由…司…征求意见: what
# follows the comma is the reported sentence, its own subject; a short speaker, no punctuation in it).
# A time heading the sentence in a clause of its own (今年5月，《方案（征求意见稿）》由…司…征求意见) is
# such a connective too, and it tells the act is done, as 已/曾 do (a date after publication is
# dropped at the end, a 将/拟 before the verb by _is_future).
_ZH_OPENING_TIME = r"(?:(?:今年|去年|\d{4}年)?\d{1,2}月(?:份|\d{1,2}日|[上中下]旬)?|\d{1,2}日)，"
_ZH_OPENING_TIME_AT = re.compile(rf"(?:^|(?<=，)){_ZH_OPENING_TIME}")
_ZH_OPENING_CONNECTIVE = re.compile(
    r"(?:此前|早前|此外|另外|同时|据了解|据悉"
    r"|(?:该|这位|有关)?(?:[^，。；：《》“”]{0,10}?)负责人(?:还|也|进一步)?(?:表示|介绍|指出|透露|说|称))，"
    rf"|{_ZH_OPENING_TIME}")


def _subject_at(s: str, lang: str) -> int:
    """Where the subject of ``s`` starts: after its opening connectives (Chinese only: a speaker,
    then a time, 该负责人表示，今年5月，…), else 0."""
    at = 0
    while lang == "zh" and at < 40:
        m = _ZH_OPENING_CONNECTIVE.match(s, at)
        if m is None:
            break
        at = m.end()
    return at


# A past month or year put after the document with 于, no 已/曾 (《实施方案》征求意见稿于今年6月公开征求
# 意见): a dated step told done as 已/曾 tell it (not 将于, a step ahead, which _is_future drops; a
# date after publication is dropped at the end, as for any act).
_ZH_DATED_STEP = re.compile(r"(?<!将)(?<!拟)于(?:今年|去年|上年|前年|\d{4}年)(?:\d{1,2}月)?")


def _zh_dated_opening(s: str, subject_at: int) -> bool:
    """Whether a time clause is among the connectives before ``subject_at`` (see _ZH_OPENING_TIME)."""
    return subject_at > 0 and _ZH_OPENING_TIME_AT.search(s, 0, subject_at) is not None


_EN_IT_OPENING = r"(?:^|,\s+)(?P<it>[Ii]t)\s+(?:has\s+|had\s+|also\s+)?"
_EN_PRONOUN_SUBJECT = re.compile(_EN_IT_OPENING + r"(?:[a-z]+ed|sought|put|set|drew|drawn|laid|made|held)\b")
_LEADING_MINISTRY = re.compile(r"[Tt]he\s+ministry\b")


# A body opening the sentence before that is not its subject: a modifier of the subject ("The MIIT's
# research arm CCID said …", "State Council-approved firm China Mobile …", "the MIIT-backed
# association") or the subject of a clause put before the main one ("As the MIIT approved its new
# model, Tesla's shares rose …"): "it" then stands for another.
_BODY_AS_MODIFIER = re.compile(r"['’]s\s|-[a-z]")
_SUBORDINATE_OPENING = re.compile(r"(?:As|After|When|While|Since|Although|Though|Because|Before|Once|If|Until|Unless)\s")


def _pronoun_body(s: str, previous: str, main_body: str | None) -> list[str]:
    """The body "it" stands for: the subject of the sentence before, when that is a government body
    (not one modifying the subject, nor the subject of a clause put before the main one: see
    _BODY_AS_MODIFIER)."""
    if not _EN_PRONOUN_SUBJECT.search(s):
        return []
    bodies = find_agencies(previous[:80])
    if bodies and bodies[0][0] <= 10:
        _, end, name = bodies[0]
        if _BODY_AS_MODIFIER.match(previous, end) or _SUBORDINATE_OPENING.match(previous):
            return []
        return [name]
    leading = _LEADING_MINISTRY.match(previous) if main_body else None
    if leading and not _BODY_AS_MODIFIER.match(previous, leading.end()):  # "The ministry aims to …"
        return [main_body]
    return []


def _is_headline(s: str) -> bool:
    """A title line: no sentence-final punctuation (body sentences end in 。 or .)."""
    return s[-1] not in "。！？；.!?;”’\"'）)"


def _acted_by_non_government(s: str, start: int, end: int) -> bool:
    """The subject is an association or institute: the last body named before the trigger
    ("中国汽车工业协会11日发布的数据显示"), or the agent of "released by …"."""
    before = s[max(0, start - 40):start]
    others = [m.end() for m in _NON_GOVERNMENT.finditer(before)]
    if others and max(others) > max((e for _, e, _ in find_agencies(before)), default=-1):
        return True
    agent = _BY_AGENT.match(s, end)
    if agent:
        after = s[agent.end():agent.end() + 60]
        return bool(_NON_GOVERNMENT.match(after) or _EN_NAMED_NON_GOVERNMENT.match(after))
    return False


def _retype(s: str, start: int, end: int, title: str | None, title_end: int, lang: str) -> tuple[str, str | None]:
    """A document trigger's real type: a draft for comment, a data report, a list, a standard."""
    trigger = s[start:end]
    title_text = title or ""
    if _TITLE_IS_DRAFT.search(title_text) or (lang == "en" and (
            _EN_IS_DRAFT.search(s, start, _before_draft_relative(s, end, title_end + 40 if title else end + 40))
            or _EN_DRAFT_BEFORE.search(s, max(0, start - 40), start))):
        # ("Draft rules published Monday by the MIIT would …": the draft named before the trigger)
        return OTHER, "public_consultation"
    if lang == "zh" and title and _ZH_DRAFT_AFTER_TITLE.match(s, title_end):
        # (发布《培育钻石 分级》地方标准征求意见稿, 发布《行动计划》征求意见稿: the draft named after
        # its title, not inside it; before the standard's kind is read there)
        return OTHER, "public_consultation"
    if _TITLE_IS_DATA.search(title_text) or (
            lang == "zh" and title_text.endswith("报告") and _ZH_REPORT_SHOWS.match(s, title_end)):
        return OTHER, "data_release"
    if _TITLE_IS_LIST.search(title_text) or (lang == "en" and not title and _EN_IS_LIST.search(trigger)):
        return APPROVAL, None
    if lang == "en" and not title and _EN_BATCH_OF_ENTRIES.search(trigger):
        return APPROVAL, None  # "published a third batch of cities for a pilot program"
    if lang == "zh":
        title_start = s.find("《", start, end)
        if title_start >= 0 and _STANDARD_BEFORE_TITLE.search(s[max(0, title_start - 6):title_start]):
            return STANDARD, None
        if title and (_GB_NUMBER.match(s[title_end:title_end + 20].lstrip("（( ")) or _STANDARD_COUNT.match(s, title_end)
                      or _STANDARD_AFTER_TITLE.match(s, title_end)):
            return STANDARD, None
        if title and s.startswith(("、", "和", "及", "以及", "与", "（"), title_end):
            # (发布《…》和《…》两项强制性国家标准: the kind or count after the whole list)
            after = _ZH_LISTED_TITLES.match(s, title_end).end()
            if after > title_end and (_STANDARD_COUNT.match(s, after) or _STANDARD_AFTER_TITLE.match(s, after)):
                return STANDARD, None
    elif (_EN_IS_STANDARD.search(trigger) and not (trigger.lower().endswith(("standard", "standards"))
                                                   and _EN_CONDITIONS_AFTER.match(s, end))) \
            or _EN_IS_STANDARD.search(title_text):
        return STANDARD, None
    elif "equirements" in s and _en_standard_requirements(s, start, end):
        return STANDARD, None
    return DOCUMENT, None


def _en_standard_requirements(s: str, start: int, end: int) -> bool:
    """Whether the trigger at [start, end) puts out technical requirements by a standards body, a
    standard (see _EN_TECHNICAL_REQUIREMENTS): the requirements in its clause (the object after the
    verb, or a passive's subject before it), the body anywhere in the sentence."""
    clause_start = max(s.rfind(";", 0, start), s.rfind(". ", 0, start), 0)
    clause_end = min(len(s), end + 80)
    return (_EN_TECHNICAL_REQUIREMENTS.search(s, clause_start, clause_end) is not None
            and _EN_STANDARDS_BODY.search(s) is not None)


def _title(s: str, start: int, end: int, type_: str, lang: str) -> tuple[str | None, int]:
    """The action's title and where it ends in the sentence (0 when there is none)."""
    if type_ == PRESS:
        patterns = (_ZH_THEME, _ZH_CONF_TITLE) if lang == "zh" else (_EN_CONF_TITLE,)
        for pattern in patterns:
            for m in pattern.finditer(s):
                if lang == "zh" and pattern is _ZH_CONF_TITLE and s[m.end(1) + 1:m.end(1) + 3] == "系列":
                    continue  # a series name, not this conference's theme
                return m.group(1), m.end()
        return None, 0
    if type_ == OTHER and lang == "zh" and "工作会议" in s[start:end]:
        return None, 0
    if lang == "zh" and type_ == PLAN:
        quoted = _QUOTED.search(s, start, end)  # 启动“5G-A网络普惠行动”
        if quoted:
            # (启动“5G+工业互联网”融合应用深化行动: the words after the quotes belong to the name)
            return quoted.group(1) + s[quoted.end():end], max(quoted.end(), end)
    if lang == "zh":
        m = _ZH_TITLE.search(s, start, end) or _ZH_TITLE.search(s, end, min(len(s), end + 4))
        # (the data rule may stop at 统计 of …统计公报: the name runs on past the trigger)
        report = _ZH_REPORT.search(s, start, min(len(s), end + 4))
        if m is None and report:
            return report.group(1), report.end()  # 发布2023年1—9月通信业经济运行情况
        report = _ZH_REPORT_FIRST.match(s, start) if m is None and type_ == OTHER else None
        if report:
            return report.group(1), report.end()  # 2026年通信业统计公报日前由…发布
        named_list = _ZH_NAMED_LIST.match(s, start) if type_ == APPROVAL and m is None else None
        if named_list:
            return named_list["name"], named_list.end()  # 公布了首批国家算力互联互通节点名单
        if m is None:
            # "《…（征求意见稿）》，现向社会公开征求意见": the title just before the trigger.
            before = [t for t in _ZH_TITLE.finditer(s, 0, start) if start - t.end() <= 30]
            m = before[-1] if before else None
        return (m.group(1), m.end()) if m else (None, 0)
    m = _EN_TITLE_AFTER.search(s, start, min(len(s), end + 200))
    if m and m.start() <= end + 5:
        return m.group("title"), m.end()
    # A quoted, capitalised name right after the verb ("has issued the “Measures for …”"). Quoted
    # lower-case terms are not titles ("named 28 “typical application scenarios”", "a catalogue of
    # “first-of-its-kind” equipment").
    m = _EN_QUOTED_TITLE_AFTER.match(s, end)
    if m:
        return m.group(1), m.end()
    if '"' in s[:start] or "“" in s[:start]:
        # ("The "Work Plan for … (2026-2027)" was issued on Tuesday by …": a quoted name, the
        # subject of the passive verb)
        for m in _QUOTED.finditer(s, max(0, start - 200), end):
            after = _EN_PASSIVE_AFTER_QUOTE.match(s, m.end())
            if after and m.start() < start and (start < m.end() or _EN_ADVERBS_ONLY.fullmatch(s, after.end(), start)):
                return m.group(1), m.end()
    return None, 0


# (or its participle: "The "Action Plan for …", released on Sunday by …")
_EN_PASSIVE_AFTER_QUOTE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been)\s"
                                     r"|,\s+(?=(?:jointly\s+)?(?:issued|released|published|unveiled)\b)")
_EN_ADVERBS_ONLY = re.compile(r"(?:[a-z]+ly\s+)*")


def _doc_number(s: str, after: int) -> str | None:
    # (every document number holds one of its brackets: most sentences have none, and the pattern,
    # opening with a run of ideographs, is tried at every one of them)
    m = ((_DOC_NUMBER.search(s, after) if "〔" in s or "[" in s or "［" in s else None)
         or _GB_NUMBER.search(s, after))
    if m and m.start() - after <= 20:
        return m.group(0)
    return None


def _title_spans(s: str) -> list[tuple[int, int]]:
    # (each pattern opens with the one character a substring test looks for: most sentences have
    # neither, and a regex call costs ~2,000 instructions even on a text it fails at once)
    spans = [m.span() for m in _ZH_TITLE.finditer(s)] if "《" in s else []
    if "\"" in s or "“" in s:
        # (not an official's words, closed by their punctuation and attributed: "'We issued … last
        # week,' said Li", see _EN_UTTERANCE_END; acts told there are read, see _quoted_we)
        spans += [m.span() for m in _QUOTED.finditer(s) if not _official_utterance(s, m.end())]
    return spans


# The end of a quoted utterance: its punctuation inside the closing mark, then who said it ("…
# last week," said Li; "…," he told reporters; "…," Li Ming said: _EN_QUOTE_ATTRIBUTION). A title in
# quotes has no such end.
_EN_UTTERANCE_END = re.compile(r"[,.!?][\"”]\s*(?:" + _EN_QUOTE_ATTRIBUTION + ")")


def _official_utterance(s: str, end: int) -> bool:
    """The quote of ``s`` closing at ``end`` is an official's words: closed as an utterance and
    attributed to an official (_EN_UTTERANCE_END, _official_speaker)."""
    said = _EN_UTTERANCE_END.match(s, end - 2)
    return said is not None and _official_speaker(s, said)


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    for s, e in spans:  # (a plain loop: any() over a generator costs a frame and its steps)
        if s < start and end < e:
            return True
    return False


# (asked again for one trigger by _is_future, _event_date and _build: each answer is kept for the
# sentence at hand; the few last are enough, and clear_caches forgets them)
@lru_cache(maxsize=32)
def _clause(s: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The clause around [start, end): from the last clause break before to the next after.

    English clauses run on past commas after the trigger ("approved pilot zones in Shandong,
    Guangdong and Hubei in February") up to a new clause ("that …", ", which …", "… said").
    """
    breaks = (_ZH_CLAUSE_END_OUTSIDE_TITLES if "》" in s else _ZH_CLAUSE_END) if lang == "zh" else _EN_CLAUSE_END
    clause_start = 0
    for m in breaks.finditer(s, 0, start):
        clause_start = m.end()
    m = (breaks if lang == "zh" else _EN_CLAUSE_STOP).search(s, end)
    return clause_start, (m.start() if m else len(s))


def _is_future(s: str, start: int, end: int, lang: str) -> bool:
    if lang == "zh":
        # 将 governs every verb it is coordinated with ("下一步将…，并出台…"), unless a past
        # marker comes between ("将…；近日已印发…").
        future = None
        for future in _ZH_FUTURE.finditer(s, 0, start):
            pass
        if future and not _ZH_PAST.search(s, future.end(), start):
            return True
        if _ZH_FUTURE_AFTER.match(s, end):
            return True  # 全国工业和信息化工作会议将于12月下旬召开: the name, then its future verb
        if s[start] in "《标" and _ZH_FUTURE_INSIDE.search(s, max(start, s.rfind("》", start, end) + 1), end):
            # (the thing named first, its verb last: 《…》国家标准有望于年底前由…批准发布, 标准将于…由…发布)
            return True
        # 要求各地出台…, 尽快出台…, 研究出台…: required or intended, not done.
        clause_start, _ = _clause(s, start, end, lang)
        window = max(clause_start, start - 8)
        title_end = s.rfind("》", window, start)
        # (not in a title just before: 《…安全通用要求》强制性国家标准…批准发布 names no requirement)
        return bool(_ZH_MODAL.search(s, window if title_end < 0 else title_end + 1, start))
    clause_start, _ = _clause(s, start, end, lang)
    window = s[max(clause_start, start - 40):start]
    if " be " in s[start:end] and _EN_FUTURE_PASSIVE.search(s, start, end):
        return True
    if has_any(window[-20:], _EN_NOT_DONE_NEEDLES) and _EN_NOT_DONE.search(window):
        return True  # "The MIIT has not yet released the plan", "said it had never issued …": not done
    future = None
    for future in _EN_FUTURE.finditer(window):
        pass
    if future and _EN_UNDER_EXISTING.search(window, future.end()):
        # "Provinces will build zones under a plan released on June 3 by the NDRC": the future is
        # the main verb's; what things are done under already exists
        future = None
    return bool(future or _EN_FUTURE_AFTER.match(s[end:end + 30]))


# A framework something is done under, in line with or as part of: a document that exists.
_EN_UNDER_EXISTING = re.compile(r"\b(?:under|in\s+line\s+with|according\s+to|pursuant\s+to|as\s+part\s+of)"
                                r"\s+(?:a|an|the|its|their)\s+")


def _event_date(
    s: str, start: int, end: int, lang: str, mentions: list[DateMention], titles: list[tuple[int, int]],
) -> DateMention | None:
    """The date mention that dates the action: in the trigger's clause, or a leading "On July 26," clause."""
    clause_start, clause_end = _clause(s, start, end, lang)
    if lang == "en" and start < 40 and s.startswith(("The ", "This ", "These ")):
        appositive = _EN_APPOSITIVE_PARTICIPLE.match(s)
        if appositive and start < appositive.end():
            # "The measures, issued by the NMPA, build on a plan released … in March": the
            # participle set off by commas ends at its closing comma; "in March" is the plan's
            clause_end = min(clause_end, appositive.end())
    time_clauses = _time_clauses(s, clause_start, mentions, lang)
    usable = [
        m for m in mentions
        if not _inside_any(titles, m.start, m.end)
        and ((clause_start <= m.start and m.end <= clause_end) or any(a <= m.start and m.end <= b for a, b in time_clauses))
        # "举行2023年…发布会": a topic (not 现行标准于2015年由…发布: after 于, a time)
        and not (m.kind == "year" and start <= m.start and m.end <= end and (m.start == 0 or s[m.start - 1] != "于"))
    ]
    if not usable and lang == "en" and mentions:
        # "The MIIT on June 8, 2022, released …", "The NDRC and the MIIT on June 8, 2022 jointly
        # issued …": the date between the subject and its verb (the comma inside the date, or after
        # it, breaks the clause before the verb)
        usable = [m for m in mentions if m.end <= start and _en_subject_date(s, m, start)][-1:]
    if not usable and lang == "en" and mentions and mentions[0].start <= 3 and _en_opening_time(s, mentions[0], start):
        # "On Monday the MEE, the NDRC and the MIIT co-issued a plan …": an opening time with no
        # comma, its subject a list of bodies whose commas break the clause before the verb
        usable = [mentions[0]]
    if not usable and lang == "en" and s.startswith("when ", clause_start):
        # "… got a policy push in January last year, when a guideline … was issued by …": the time
        # the "when" clause hangs on
        usable = [m for m in mentions if _EN_WHEN_AFTER.fullmatch(s, m.end, clause_start)]
    if not usable and lang == "en" and s.startswith(_EN_OCCASION_CLAUSE, clause_start):
        # "The MIIT held a meeting in Beijing on Thursday, where it released a guideline on AI": the
        # act done at the occasion the clause before told, on its day (the last time named before;
        # also ", at which it released …")
        usable = [m for m in mentions if m.end <= clause_start and m.kind in ("day", "month")
                  and not _inside_any(titles, m.start, m.end)][-1:]
    if not usable and lang == "en":
        # "The MIIT has approved 15 pilot zones, the ministry said on Sunday.": the statement's day.
        said = _EN_ATTRIBUTION.search(s, end)
        usable = [m for m in mentions if said and m.start >= said.start() and m.kind == "day"]
        opening = _EN_STATEMENT_OPENING.match(s) if not usable and start > 20 else None
        if opening and opening.end() <= start:
            # "In a statement posted on its website on Thursday, the NMPA said it had issued …":
            # the statement's day, told before what it says
            usable = [m for m in mentions if m.end <= opening.end() and m.kind == "day"]
    if not usable:
        return None
    if len(usable) > 1 and any(m.kind == "ahead" for m in usable):
        # ("issued its plan for next year on Tuesday": a time ahead is the action's only when the
        # clause names no other)
        usable = [m for m in usable if m.kind != "ahead"] or usable
    if lang == "en" and len(usable) > 1:
        # ("A notice allocating … subsidies for this year was issued by the Ministry of Finance on
        # Thursday", "the quotas for 2026, released on Monday": what the document is for, not when)
        usable = [m for m in usable if not _EN_FOR_BEFORE.search(s, max(0, m.start - 5), m.start)] or usable
    if lang == "en" and len(usable) > 1 and " and " in s[max(0, start - 14):start]:
        # ("The MIIT issued the rules in May and approved 20 firms in July": the time right before
        # the "and" a second verb opens with is the first verb's; the second's comes after it)
        usable = [m for m in usable if not (m.end <= start and _EN_AND_BEFORE_VERB.fullmatch(s, m.end, start))] \
            or usable
    if lang == "zh":
        # Chinese puts the time before the verb: "工业和信息化部28日公布《…》".
        before = [m for m in usable if m.start < end]
        if len(before) > 1 and _ZH_LEXICON_VERB.match(s, start):
            # (工业和信息化部18日对外发布了2027年5月份通信业经济运行情况: in a match that opens with
            # its verb, a time after the verb is the object's, the one before it the act's)
            before = [m for m in before if m.end <= start] or before
        return before[-1] if before else usable[0]
    return min(usable, key=lambda m: (_distance(m, start, end), m.start < start))


# (the gap from a time to a second verb joined by "and": see _event_date)
_EN_AND_BEFORE_VERB = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?")
_EN_WHEN_AFTER = re.compile(r",\s+")
# Between a date and the verb it dates, right after it: a comma (or none), adverbs ("The MIIT on June
# 8, 2022, jointly issued …").
_EN_DATE_TO_VERB = re.compile(r",?\s+(?:(?:jointly|also|officially|formally)\s+)?")
# Before that date: its subject's bodies, nothing else but these small words, then "on" (not "The
# rules that took effect on June 8, 2022, were revised by the MIIT": a clause of its own); a body
# named by its role ("The ministry on March 3, 2023, issued …") is such a subject too.
_EN_BODIES_GAP = re.compile(r"(?:\s|,|\b(?:[Tt]he|and|China's)\b)*")
_EN_ROLE_SUBJECT_ON = re.compile(r"\s*(?:[Tt]he\s+)?(?:ministry|commission|administration|regulator|bureau|cabinet)\s+on\s+")


def _en_subject_date(s: str, mention: DateMention, start: int) -> bool:
    """Whether ``mention`` stands between an act's subject, its bodies only, and the act's verb at
    ``start`` ("The MIIT on June 8, 2022, released …"): the act's day, though the comma inside or
    after a date with its year breaks the clause (see _EN_DATE_TO_VERB, _EN_BODIES_GAP)."""
    if mention.kind not in ("day", "month") or not s.startswith("on ", mention.start - 3) \
            or not _EN_DATE_TO_VERB.fullmatch(s, mention.end, start):
        return False
    # (from the sentence's start when its first body opens the subject: a break inside a list of
    # them, "the NDRC, the MIIT and …", is no clause)
    lead = _clause(s, mention.start, mention.start, "en")[0]
    bodies = [b for b in find_agencies(s) if b[1] <= mention.start]
    at = 0 if bodies and _EN_BODIES_GAP.fullmatch(s, 0, bodies[0][0]) else lead
    if not bodies or bodies[-1][0] < at:
        return _EN_ROLE_SUBJECT_ON.fullmatch(s, at, mention.start) is not None
    for b_start, b_end, _ in bodies:
        if b_start >= at:
            if not _EN_BODIES_GAP.fullmatch(s, at, b_start):
                return False
            at = b_end
    return s.endswith("on ", at, mention.start) and _EN_BODIES_GAP.fullmatch(s, at, mention.start - 3) is not None
# What may stand before an opening time with no comma of its own: "On" (a day), "In" (a month), or
# nothing ("Last month the NDRC, …").
_EN_OPENING_TIME_LEAD = re.compile(r"(?:[Oo]n|[Ii]n)\s+|")
# Between the bodies of that subject: _EN_BODIES_GAP's words, or the joining phrases ("the SAMR and the
# MIIT, together with the NEA, released …").
_EN_OPENING_BODIES_GAP = re.compile(r"(?:\s|,|\b(?:[Tt]he|and|China's|together\s+with|as\s+well\s+as|along\s+with)\b)*")


def _en_opening_time(s: str, mention: DateMention, start: int) -> bool:
    """Whether ``mention`` opens the sentence as the time of an act whose subject, bodies only, runs
    from it to the act's verb at ``start`` ("On Monday the MEE, the NDRC and the MIIT issued …"; not
    "On Monday the MIIT said the NDRC had issued …", a verb between, nor "In 2023, …": a year)."""
    if mention.kind not in ("day", "month") or mention.end >= start \
            or not _EN_OPENING_TIME_LEAD.fullmatch(s, 0, mention.start):
        return False
    at = mention.end
    for b_start, b_end, _ in find_agencies(s):
        if b_start < at:
            continue
        if b_start >= start or not _EN_OPENING_BODIES_GAP.fullmatch(s, at, b_start):
            break
        at = b_end
    verb = start - 3 if s.startswith("co-", start - 3) else start  # ("… and the MIIT co-issued …")
    return at > mention.end and _EN_DATE_TO_VERB.fullmatch(s, at, verb) is not None


# The clause of an act done at the occasion the clause before it told (see _event_date).
_EN_OCCASION_CLAUSE = ("where ", "at which ")


def _occasion_day(s: str, mention: DateMention, start: int, end: int, lang: str) -> bool:
    """Whether ``mention`` dates the occasion an act's ", where …" / ", at which …" clause hangs on
    ("…a State Council executive meeting on Friday, where it adopted …"), as _event_date reads it."""
    if lang != "en" or "where " not in s and "at which " not in s:
        return False
    clause_start = _clause(s, start, end, lang)[0]
    return s.startswith(_EN_OCCASION_CLAUSE, clause_start) and mention.end <= clause_start
_EN_FOR_BEFORE = re.compile(r"\bfor\s+$")
# A sentence opening on the statement that tells the act: "In a statement posted on its website on
# Thursday,", "In a notice dated May 8,", "In an announcement on Monday,".
# ("According to a notice posted on the MIIT website on Monday,": the notice's day likewise)
_EN_STATEMENT_OPENING = re.compile(r"(?:In|Through|According\s+to)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:statement|notice|announcement"
                                   r"|circular)\b[^,;]{0,80}?,")
# A sentence's subject, a document, with a participle set off by commas: "The measures, issued by
# the National Medical Products Administration (NMPA), build on …" (up to the closing comma).
_EN_APPOSITIVE_PARTICIPLE = re.compile(
    r"(?:The|This|These)\s+(?:[\w-]+\s+){0,3}?(?:plan|guidelines?|guidance|opinions?|measures|rules|regulations?|notice"
    r"|circular|roadmap|catalog(?:ue)?|document|standards?)\s*,\s+(?:jointly\s+|newly\s+)?"
    r"(?:issued|released|published|unveiled|promulgated|adopted|approved|drawn\s+up|put\s+forward)\b"
    # (through a list of its issuers: "The plan, jointly issued by the MIIT, the NDRC and the Ministry
    # of Finance on Wednesday, seeks …" closes at the comma before a word that names no body)
    r"(?:[^,;]|,(?=\s+(?:the\s+|and\s+)?[A-Z])){1,120}?(?=,\s+(?!(?:the\s+|and\s+)?[A-Z]))")


def _statement_day(s: str, mention: DateMention, start: int, lang: str) -> bool:
    """Whether ``mention`` dates the statement the sentence opens on, which tells the act at
    ``start`` ("In a notice posted on its website on Thursday, the NDRC said it had approved …",
    "According to a notice posted on the MIIT website on Monday, the ministry named …"): the day
    the act was made known, as _event_date reads it."""
    if lang != "en" or not s.startswith(("In ", "Through ", "According ")):
        return False
    opening = _EN_STATEMENT_OPENING.match(s)
    return opening is not None and mention.end <= opening.end() <= start


def _distance(m: DateMention, start: int, end: int) -> int:
    if m.end <= start:
        return start - m.end
    if m.start >= end:
        return m.start - end
    return 0


# A clause telling only that a notice was put out, its act in the next clause (发布公告，公布…名单),
# the notice perhaps numbered (发布2027年第12号国家标准公告，批准发布…); or that a decree was signed,
# the act it makes in the next clause (李强签署第812号国务院令，公布《…条例》).
_ZH_NOTICE_CLAUSE = re.compile(r"(?:(?:发布|发出)了?[^，。；《》]{0,20}?(?:公告|通告)|签署[^，。；《》]{0,12}?令)$")


# A story's byline: the outlet's 讯/电 and a bracketed note of its reporters ("证券时报e公司讯　（记者 陈思远）",
# "本报讯（记者王刚 通讯员李明）", "（记者 陈思远）"), at the start of what it opens; the outlet's line may
# end on its date instead ("本报北京3月5日（记者 张三）": see dates._ZH_BYLINE).
_ZH_BYLINE = re.compile(r"^(?:[^\s，。；：（）()]{1,16}(?:[讯电]|\d{1,2}日)\s*)?(?:[（(](?:本报|见习|实习)?(?:记者|通讯员)[^（）()，。；]{1,30}[）)])?\s*$"
                        r"|^[^\s，。；：（）()]{1,16}[讯电]$")


def _time_clauses(s: str, before: int, mentions: list[DateMention], lang: str) -> list[tuple[int, int]]:
    """Clauses before ``before`` that only state a time ("On July 26,", "12月20日，", "Earlier this year,")."""
    breaks = (_ZH_CLAUSE_END_OUTSIDE_TITLES if "》" in s else _ZH_CLAUSE_END) if lang == "zh" else _EN_CLAUSE_END
    out: list[tuple[int, int]] = []
    clause_start = 0
    for m in breaks.finditer(s, 0, before):
        # ("On June 8, 2022, the MIIT …": the comma inside the date breaks no clause)
        # (a plain loop: any() over a generator costs more than the one or two mentions it sees)
        at, in_date = m.start(), False
        for d in mentions:
            if d.start < at < d.end:
                in_date = True
                break
        if in_date:
            continue
        inside = [d for d in mentions if clause_start <= d.start and d.end <= m.start()]
        if inside:
            rest = s[clause_start:m.start()]
            for d in reversed(inside):
                rest = rest[: d.start - clause_start] + rest[d.end - clause_start:]
            rest = rest.strip()
            if lang == "zh" and len(rest) > 4 and ("记者" in rest or "通讯员" in rest or rest[-1] in "讯电"):
                # (a story's byline before its opening time: "证券时报e公司讯　（记者 陈思远）4月16日，…",
                # "本报讯（记者王刚）…": who wrote it, no words of the clause)
                rest = _ZH_BYLINE.sub("", rest, count=1)
            if (len(rest) <= 4 or ("公告" in rest or "通告" in rest or "令" in rest) and _ZH_NOTICE_CLAUSE.search(rest)) \
                    if lang == "zh" else (len(rest.split()) <= 2):
                # (or "工业和信息化部14日发布公告，公布…名单": the notice's day is the list's)
                out.append((clause_start, m.start()))
        clause_start = m.end()
    return out


def _lead_day(previous: str, anchor: date | None) -> str | None:
    """The day named in the preceding sentence: "…, the MIIT said on Tuesday. … told a press conference." """
    days = [m for m in find_dates(previous, anchor, "en") if m.kind == "day" and m.value]
    return days[-1].value if days else None


def _said_on_releases(
    sentence: Sentence, mentions: _LazyDates, story: _Story,
) -> list[tuple[int, _Found]]:
    s = sentence.text
    out: list[tuple[int, _Found]] = []
    if "said" not in s:
        return out  # (every match starts with "said"; the pattern itself starts with \b, tried everywhere)
    for m in _EN_SAID_ON.finditer(s):
        speaker = _speaker_before(s, m.start(), story)
        if speaker is None or not _FIGURE.search(s[: m.start()] + s[m.end():]):  # figures were given
            continue
        if _EN_FUTURE.search(s, m.end(), m.end() + 40):
            continue  # "said on Monday it would invest 10 billion yuan": a plan, not data
        if _EN_SAID_IT_APPROVED.match(s, m.end()):
            continue  # "said on Wednesday it had approved 12 railway projects worth 230 billion yuan": the act's figures
        when = next((d.value for d in mentions.get() if m.start() <= d.start < m.end()), None)
        if when is None:
            continue
        event = Event(type=OTHER, subtype="data_release", date=when, agency=speaker, quote=s, start=sentence.start)
        out.append((m.start(), _Found(event, False)))
    return out


# "… said on Wednesday (that) it had approved …": the figures after are the approval's object
# (read by the lexicon), no data put out.
_EN_SAID_IT_APPROVED = re.compile(r"\s+(?:that\s+)?it\s+(?:has|had|have)\s+(?:(?:also|jointly|recently|already)\s+)*"
                                  r"(?:approved|granted|named|designated|selected|recogni[sz]ed|certified|green-?lit)\b")


# "data from the National Bureau of Statistics showed on Monday", "customs figures showed on Aug. 7",
# "NBS data showed Tuesday": figures a named body put out on a named day, the news agencies' way of
# telling a data release (the day right after "showed"; "NBS data showed" with no day tells no
# occasion, and "official data" or an association's names no government body).
_EN_SHOWED_ON = re.compile(r"\b(?P<noun>data|figures|statistics)(?P<source>\s+(?:from|by|of)\s+[^,;.]{2,90}?)?"
                           r"\s+showed\s+(?:on\s+)?(?=[A-Z])")
_EN_SOURCE_OPENING = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+|China's\s+)?")


def _showed_on_releases(sentence: Sentence, mentions: _LazyDates) -> list[tuple[int, _Found]]:
    s = sentence.text
    out: list[tuple[int, _Found]] = []
    if "showed" not in s:
        return out
    for m in _EN_SHOWED_ON.finditer(s):
        when = next((d.value for d in mentions.get() if d.start == m.end() and d.kind == "day"), None)
        if when is None:
            continue
        body = None
        if m["source"]:
            # the body right after "from": "data from the National Bureau of Statistics"
            opening = _EN_SOURCE_OPENING.match(s, m.start("source"))
            named = find_agencies(s[opening.end():m.end("source")]) if opening else []
            body = named[0][2] if named and named[0][0] == 0 else None
        else:
            # the body as a modifier of the noun: "NBS data", "the statistics bureau's figures", "customs data"
            head = s[max(0, m.start() - 60):m.start()]
            if _EN_MODIFIER_BODY.search(head):
                body = CUSTOMS
            else:
                named = find_agencies(head)
                if named and head[named[-1][1]:].strip(" '’s") == "":
                    body = named[-1][2]
        if body is None or _NON_GOVERNMENT.search(s, m.start(), m.end()):
            continue
        event = Event(type=OTHER, subtype="data_release", date=when, agency=body, quote=s, start=sentence.start)
        out.append((m.start(), _Found(event, False)))
    return out


def _speaker_before(s: str, said_at: int, story: _Story) -> str | None:
    """The government body that is the subject of "said", e.g. "the ministry (MIIT) said" (the
    story's main body, a scan of the whole story, asked for only then)."""
    window = s[max(0, said_at - 90):said_at]
    tail = _TRAILING_ACRONYM.sub("", window.rstrip())
    bodies = find_agencies(tail)
    if bodies and bodies[-1][1] >= len(tail) - 1:
        return bodies[-1][2]
    if _TRAILING_MINISTRY.search(tail) and story.main_body:
        return story.main_body
    return None


# --- English: one verb lexicon for every construction ----------------------------------------
# The rules above each name a construction and its verbs. Here a verb is one table entry, and
# every construction reads it: active ("the MIIT named 12 platforms"), passive ("a standard …
# was approved by the SAMR"), relative clause ("a catalog … that the Ministry of Commerce revised
# in January", "which the two ministries jointly released") and participle ("Customs data
# released on Friday"). The kind of object, found the same way in every construction, decides
# the event type with the kind of verb. Every construction must name its actor (a body, "the
# ministry", "the two ministries"): a verb alone does not make a government action.
_EN_VERBS = {
    "issue": ("issued", "released", "published", "unveiled", "promulgated", "rolled out", "made public", "revised",
              "amended", "updated",
              # ("the MIIT finalised the rules on Wednesday": the final version of a document issued;
              # "finalised them" after a draft's release, see _en_coordinated)
              "finalised", "finalized",
              # ("a guideline co-issued by the MIIT and the NDRC last month": China Daily's word for a
              # joint issuing; the prefix would otherwise stand between the noun and its participle)
              "co-issued", "co-released", "co-published",
              # (how English news also tells a document put out: "the NDRC on Monday put forward a
              # guideline", "the cabinet laid out a plan", "mapped out an action plan")
              "put forward", "introduced", "laid out", "mapped out", "set out", "outlined", "drew up", "drawn up",
              "put out",
              # ("a notice the ministry posted on its website on Tuesday")
              "posted",
              # ("the ministry circulated a notice to provincial departments on Monday": a document sent
              # down, 下发; its object a document as every issue verb's)
              "circulated"),
    # ("the MIIT floated draft rules on Tuesday": the wires' word for a draft put out, a document the
    # document rule retypes to a consultation; read only with "draft" after it, see _en_structural:
    # "floated a plan to merge" is an idea aired, so no issue verb of every construction)
    "float": ("floated",),
    # ("the MIIT on Tuesday announced a list of 40 pilot zones": a list announced is a list issued;
    # "announced measures" is left to the plan rule)
    "announce": ("announced",),
    # ("green-lit five railway lines", "greenlighted": the wires' word for an approval)
    "approve": ("approved", "named", "selected", "recognised", "recognized", "designated", "certified", "green-lit",
                "greenlit", "greenlighted",
                # ("since the cabinet endorsed the plan in 2024": the cabinet's endorsement of a
                # document is its approval, adopted as "approved" is, see _en_active)
                "endorsed",
                # ("gave the green light to four automakers to begin trials": the phrase the wires
                # use for an approval, its recipients the object)
                "gave the green light to", "given the green light",
                # ("gave the go-ahead to four more nuclear reactors", "were given the nod by the NDRC":
                # the wires' other words for it, the recipients counted as every approval's)
                "gave the go-ahead to", "given the go-ahead", "gave the nod to", "given the nod",
                # ("The State Council signed off on 10 new nuclear power units", "signed off on a pilot
                # programme": the same approval; its object counted as every approval's)
                "signed off on",
                # ("the MIIT chose 15 companies for a pilot program", "were picked by the NHC": a
                # selection, as "selected" is; counted, as every list of entities)
                "chose", "chosen", "picked"),
    # ("In the same notice, the ministry added 41 more companies to the list": entries added to a list
    # are named to it, an approval; read only with a list after it, see _en_structural)
    "add": ("added",),
    "establish": ("set up", "established", "formed", "founded"),
    # ("launched a standardization technical committee", "A campaign … was launched earlier this month
    # by the MIIT", "kicked off a campaign": a body or a campaign set going; nothing else launched is
    # an event here, see _EN_EVENT_OF)
    "launch": ("launched", "kicked off"),
    # ("The State Council executive meeting on Friday adopted a regulation on …", "the cabinet passed
    # guidelines on …": the State Council's own act on a document, see _action)
    "adopt": ("adopted", "passed"),
    # ("the two ministries on Thursday handed out the first batch of rare earth mining quotas", "a
    # second batch of 9.8 billion yuan in subsidies was allocated by the Ministry of Finance"): quotas
    # or a batch of funds given out, a document issued (下达); read only with those, see _EN_ALLOTTED
    "allot": ("handed out", "allocated"),
}
_EN_OBJECTS = {
    "document": r"(?:standard|entry|access)\s+conditions|plans?|guidelines?|guidance|opinions|measures|rules"
                r"|regulations?|notices?|circulars?|road\s?maps?"
                r"|catalog(?:ue)?s?|quotas?|directory|directories|action\s+plans?"
                # ("the State Council on Tuesday issued a decision to cancel 30 licensing items": a 决定)
                r"|decisions?"
                # ("the Ministry of Commerce on Thursday issued an announcement imposing anti-dumping
                # duties on …": a 公告, the ministry's document)
                r"|announcements?"
                # ("issued interim provisions on …", "published a white paper", "a policy package",
                # "a directive", "a framework for …": see _EN_DOC_KIND)
                # ("a policy package released on Nov 3 by the city government": measures in one
                # document; not a parcel, "a package released by customs". Before "policy", which
                # would end the match short of the head noun)
                r"|(?:policy|support|stimulus|incentive)\s+packages?"
                # ("a policy document the State Council issued on Wednesday": the document word of
                # the wires, before "policy", which would end the match short of it)
                r"|policy\s+documents?"
                r"|provisions|white\s+papers?|polic(?:y|ies)|directives?|frameworks?"
                # ("New energy-efficiency requirements for LED lamps were published by the SAMR": a
                # rule's or a standard's provisions, a document unless the sentence names a standard)
                r"|requirements|technical\s+specifications?"
                # ("mapped out a blueprint for expanding service consumption": the wires' word for a
                # plan, as "roadmap" is)
                r"|blueprints?"
                # ("The Ministry of Commerce on Thursday announced export controls on five rare earth
                # elements": the controls a body puts in place by its announcement, 公告; not "export
                # controls took effect")
                r"|(?:export|import)\s+controls"
                # ("released new emission limits for diesel trucks", "unveiled caps on coal use": the
                # limits a body sets by its document; a standard when the sentence names one)
                r"|limits|caps|ceilings",
    "standard": r"standards?",
    "data": r"data|figures|statistics",
    # (counted makers and products a list names: "named 24 carmakers to a pilot program", "selected 32
    # products for its first batch")
    # ("named 18 transformer makers among its latest batch of …": makers, producers, suppliers too)
    "entities": r"factories|enterprises|companies|firms|projects|parks|clusters|bases|platforms|pilots|zones|cities"
                r"|makers|producers|suppliers"
                r"|scenarios|cases|centres|centers|hubs|carmakers|automakers|manufacturers|products"
                # ("approved the first batch of L3 autonomous driving vehicles for road access",
                # "approved nine vehicle models": counted or batched, as every entity)
                r"|vehicles|models",
    "committee": r"committees?|working\s+groups?|task\s+forces?"
                 # ("set up a leading group on artificial intelligence": 领导小组, a committee)
                 r"|leading\s+groups?",
    # (infrastructure a planner approves: "the NDRC approved a 286-km high-speed line")
    "works": r"(?:rail(?:way)?\s+)?lines|line|railways?|airports?|expressways?|reactors?"
             # ("gave the green light to three new hydrogen pipelines", "approved two oil pipelines")
             r"|pipelines?"
             # ("signed off on 10 new nuclear power units": a power plant's generating units)
             r"|(?:nuclear\s+|power\s+|generating\s+){1,2}units?",
    "list": r"lists?",
    # (a campaign is started, not issued: "A campaign to clear arrears owed by large firms was rolled out
    # by …" is the campaign's, not the firms')
    "campaign": r"campaigns?|crackdowns?",
    # (a trial of a service or technology a regulator lets run: "approved a commercial trial of
    # satellite-to-phone services", "approved pilot programmes for …"; not a clinical trial, a
    # company's own)
    "trial": r"(?:commercial|pilot)\s+(?:trials?|operations?|use)|trial\s+(?:operations?|runs?)"
             r"|pilot\s+(?:programs?|programmes?|schemes?)",
}
# (kind of verb, kind of object) -> the event. Entities count as a list only when counted or
# batched ("named 12 platforms", "published a third batch of cities"): "selected companies" is no list.
_EN_EVENT_OF = {
    ("issue", "document"): (DOCUMENT, None),
    ("issue", "standard"): (STANDARD, None),
    ("issue", "data"): (OTHER, "data_release"),
    ("issue", "entities"): (APPROVAL, None),
    ("approve", "standard"): (STANDARD, None),
    ("approve", "entities"): (APPROVAL, None),
    ("add", "entities"): (APPROVAL, None),
    ("add", "document"): (DOCUMENT, None),  # (kinds of products added to a catalogue: see _EN_KINDS_TO_CATALOGUE)
    ("issue", "list"): (APPROVAL, None),
    ("approve", "list"): (APPROVAL, None),
    # ("approved 11 capacity-swap plans": counted, as entities are; "approved a plan" is no list)
    ("approve", "document"): (APPROVAL, None),
    ("approve", "works"): (APPROVAL, None),
    ("approve", "trial"): (APPROVAL, None),
    ("establish", "committee"): (OTHER, "committee_established"),
    ("launch", "committee"): (OTHER, "committee_established"),
    # (as the campaign rule of _EN_RULES reads "rolled out a … campaign" in the active)
    ("launch", "campaign"): (PLAN, None),
    ("issue", "campaign"): (PLAN, None),
    ("announce", "list"): (APPROVAL, None),
    ("announce", "entities"): (APPROVAL, None),
    # ("jointly announced new rules on Tuesday for …": a new document made public; active only, its
    # object new, see _en_active: "the plan announced by …" and "announced the rules" are left alone)
    ("announce", "document"): (DOCUMENT, None),
    ("adopt", "document"): (DOCUMENT, None),
    ("allot", "document"): (DOCUMENT, None),
    ("float", "document"): (DOCUMENT, None),
    # (only an opening participle's subject is read as a draft: "Published on Thursday by the MIIT,
    # the draft rules …", see _en_fronted_participle; no object of _EN_OBJECTS is "draft")
    ("issue", "draft"): (OTHER, "public_consultation"),
}
_EN_STRUCTURAL_RULES = {
    key: _rule(type_, subtype, r"(?!)", retype=type_ == DOCUMENT) for key, (type_, subtype) in _EN_EVENT_OF.items()
}
_EN_VERB_CLASS = {verb: kind for kind, verbs in _EN_VERBS.items() for verb in verbs}
_EN_LEXICON_VERB = re.compile(
    r"\b(?P<verb>" + "|".join(sorted((v.replace(" ", r"\s+") for v in _EN_VERB_CLASS), key=len, reverse=True)) + r")\b"
)
_EN_LEXICON_VERB = with_heads(_EN_LEXICON_VERB)  # (tried only where a match can start: needles.with_heads)
_EN_LEXICON_NEEDLES = tuple(sorted({v for v in _EN_VERB_CLASS}))
# What a "launch" verb may set going (see _EN_EVENT_OF), in lower and title case: the objects of
# "committee" and "campaign" in _EN_OBJECTS.
_EN_LAUNCHED_NEEDLES = ("ommittee", "roup", "orce", "ampaign", "rackdown")
_EN_OBJECT = re.compile("|".join(rf"\b(?P<{kind}>{nouns})\b" for kind, nouns in _EN_OBJECTS.items()), re.IGNORECASE)
_EN_OBJECT = FoldedTwin(_EN_OBJECT)  # (searched case-sensitively in the folded sentence: needles.FoldedTwin)
# A noun phrase after an active verb ends at a clause break or a preposition other than "of".
# (not a comma or point inside a number: "named 1,200 companies", "approved 2.5 million …")
_EN_NP_END = re.compile(r"[,.](?!\d)|[;:()]|\s(?:for|to|on|in|at|that|which|with|under|from|by|as|after|since|into"
                        r"|setting|covering|aimed|aiming|including)\b")
# (an ordinal may stand before the count: "approved the first 20 firms", "named a second 25 cities")
_EN_COUNTED = re.compile(r"^(?:(?:a|an|the|its|their|another|a\s+total\s+of)\s+)?"
                         r"(?:(?:first|second|third|fourth|fifth|latest|new)\s+)?(?:\d[\d,]*"
                         r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)(?=\s)|(?:[\w-]+\s+){0,2}"
                         r"(?:batch|list|group)\s+of)\b", re.IGNORECASE)
# (adverbs may stand inside the perfect and after it: "has also recently been approved by …", "was
# also approved by …")
_EN_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|(?:has|have|had)(?:\s+(?:also|already|[a-z]+ly))*\s+been)"
                                r"\s+(?:(?:also|[a-z]+ly)\s+)?$")
# (the agent may follow a time phrase: "was released on Tuesday by the MIIT", "was launched earlier
# this month by the MIIT")
_EN_BY_AFTER = re.compile(r"(?:\s+(?:on|in|at|last|earlier|this|late|early)\s+(?:(?:this|last)\s+)?[\w.]+(?:\s+\d{1,2})?"
                          r"(?:\s+(?:last|this)\s+(?:year|month|week))?)?\s+(?:jointly\s+)?by\s+")
_EN_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")
_EN_PRONOUN_RELATIVE = re.compile(r"\b(?:that|which)\s+it\s+(?:(?:has|had|also|jointly|[a-z]+ly)\s+)*$")
_EN_PRONOUN_CONTACT = re.compile(r"(?<=\s)it\s+(?:(?:has|had|also|jointly|[a-z]+ly)\s+)*$")
_EN_ADVERBS_BEFORE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:[a-z]+ly|has|have|had|also))*\s+$")
_EN_PARTICIPLE_BEFORE = re.compile(r",?\s+(?:jointly\s+|newly\s+|recently\s+|first\s+)?$")
# (also "released jointly by …": the adverb after the participle)
# (a weekday alone, as the wires write it: "according to customs data published Tuesday")
_EN_PARTICIPLE_AFTER = re.compile(r"\s+(?:jointly\s+by\s|by\s|on\s|in\s|last\s|earlier\s|this\s|late\s|early\s"
                                  r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
# The subject of an active verb: a body, then at most a time phrase or an adverb ("the MIIT on
# Thursday issued", "The ministry last week named"), nothing that starts another clause.
_EN_TIME_WORD = (r"(?:on|in|at|last|this|earlier|late|early|mid|the|of|week|month|year|day|\d{1,4}(?:st|nd|rd|th)?"
                 r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                 r"|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
                 # ("The MIIT at the weekend published …")
                 r"|weekend|jointly|also|has|have|had|[a-z]+ly)")
# (the gap may open with the bracket closing an acronym read as the body itself: "Technology
# (MIIT) on Wednesday approved"; a co-acting ministry the body table does not list may follow:
# "the MIIT and the Ministry of Water Resources named")
_EN_UNLISTED_BODY = (r"(?:\s+and\s+(?:the\s+)?(?:Ministry|State\s+Administration|National\s+Administration)\s+(?:of|for)"
                     r"(?:\s+(?:and\s+)?[A-Z][\w-]*){1,5})")
_EN_UNLISTED_BODY_AFTER = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?" + _EN_UNLISTED_BODY)
# (the body at its meeting: "The State Council executive meeting on Friday adopted …", "A State
# Council executive meeting chaired by Premier Li Qiang on Friday adopted …": its chair named in title case)
_EN_MEETING = (r"(?:\s+(?:executive|standing|plenary)\s+meeting(?:,?\s+(?:chaired|presided\s+over|hosted|headed)\s+by"
               r"\s+(?:[A-Z][\w-]*\s+){0,4}?[A-Z][\w-]*(?=[\s,])(?!\s+(?:and|of)\b),?)?)")
_EN_MEETING_AFTER = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?(?:'s)?" + _EN_MEETING)
_EN_SUBJECT_GAP = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?(?:'s)?" + _EN_MEETING + "?"
                             + _EN_UNLISTED_BODY + r"?(?:\s+and\s+(?:\w+\s+){0,2}other\s+(?:government\s+)?"
                             rf"(?:departments|ministries|agencies))?(?:\s*,?\s+{_EN_TIME_WORD}\b){{0,5}},?\s+$")
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would|\w+ed)\b")
# (_EN_FINITE inside a noun phrase: a participle joined to a noun by a hyphen is an adjective,
# "A national standard on carbon fiber-reinforced composites …, approved by …", no verb of its own)
_EN_FINITE_IN_PHRASE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b|(?<![\w-])\w+ed\b")
_EN_GAP_STOP = re.compile(r"\b(?:that|which|who|said|says|while|but|when|after|before)\b|[;:]")
# Modifier bodies: "Customs data released on Friday" is data of the General Administration of Customs.
_EN_MODIFIER_BODY = re.compile(r"\b(?:[Cc]ustoms|China's\s+customs)\s*$")
CUSTOMS = "General Administration of Customs"


@dataclass(frozen=True)
class _Action:
    """A verb of the lexicon, read in its construction: the event rule, where it is, who acts."""

    rule: _Rule
    start: int
    end: int
    agents: list[str]
    title: str | None = None  # a capitalised name the object is given ("the Interim Measures for …, which")
    # told in passing (a relative clause, a participle): such mentions dated by a year only are
    # optional in the conventions ("a work plan released by the MIIT last year"), and left out
    passing: bool = False
    # kept only when its clause dates it: a verb read in passing, undated, is too often a past
    # that is no news ("the catalog, which the ministry revised"); a Chinese action said to be
    # 近日/日前 is news without a date
    dated_only: bool = True
    # its type read from the head noun of its object (a passive's subject), surer than a rule's
    # guess from the words of the sentence
    object_typed: bool = False


def _en_structural(sentence: Sentence, story: _Story, previous: str | None = None) -> list[_Action]:
    s = sentence.text
    out: list[_Action] = []
    fronted = _EN_FRONTED_VERB.match(s) if s[:1] in "IRPU" else None
    if fronted:
        bodies = _with_country(agency_mentions(s, back_reference=_back_reference(s, story), kinds=story.kinds_for(s),
                                               plural=story.plural(sentence.start), place=story.place), s, "en", story)
        action = _en_fronted_participle(s, fronted.start(), fronted.end(), "issue", bodies) if bodies else None
        if action:
            out.append(action)
    if not has_any(s, _EN_LEXICON_NEEDLES):
        return out
    bodies: list[tuple[int, int, str]] | None = None  # every body the sentence names or refers to
    for m in _EN_LEXICON_VERB.finditer(s):
        kind = _EN_VERB_CLASS[" ".join(m["verb"].split())]
        if kind == "launch" and not has_any(s, _EN_LAUNCHED_NEEDLES):
            continue  # (a product or a satellite launched: only a committee or a campaign is read, no body scan)
        if m["verb"] == "floated" and "draft" not in s[m.end():m.end() + 30].lower():
            continue  # ("floated the idea of", "floated a plan to merge": a proposal aired, no draft put out)
        if kind == "allot" and not _EN_ALLOTTED.search(s):
            continue  # ("allocated 10 billion yuan to research", "handed out flyers": no quota, no batch of funds)
        if m["verb"] == "added" and not _EN_ADDED_TO_LIST.match(s, m.end()) and not _EN_ADDED_BY_TO.match(s, m.end()) \
                and not _EN_ADDED_TO_CONTROL_LIST.match(s, m.end()):
            continue  # ("he added", "added that …": only entries added to a list, no body scan)
        if story.batches and "batch" in s[max(0, m.start() - 60):m.start()]:
            action = _en_bare_batch_passive(s, m, kind, story.batches)
            if action:
                out.append(action)  # ("A second batch was announced in early October": the earlier batch's body)
                continue
        if bodies is None:
            # (the story's main body, a scan of the whole text, only when "the ministry" may need it)
            bodies = _with_country(agency_mentions(s, back_reference=_back_reference(s, story),
                                                   kinds=story.kinds_for(s), plural=story.plural(sentence.start),
                                                   place=story.place), s, "en", story)
            if not bodies and previous and ("it " in s or s.startswith("It ")):
                # "…issued revised standard conditions on Tuesday. In the same notice, it named 36
                # companies …": "it" the body the sentence before opens with, read where it stands
                bodies = _pronoun_span(s, previous, story.main_body)
            if not bodies and "ustoms" not in s and not (" by " in s and _place_after_any_by(s)):
                # every construction names its actor (customs as a modifier: see _en_participle; a
                # place after a passive's "by", see _place_after_by)
                return []
        if story.batches and "batch" in s[max(0, m.start() - 60):m.start()] and " by " in s[m.end():m.end() + 40]:
            action = _en_bare_batch_passive(s, m, kind, story.batches, bodies)
            if action:
                out.append(action)  # ("A second batch was approved by the ministry": the agent's)
                continue
        action = (_en_passive(s, m, kind, bodies) or _en_relative(s, m, kind, bodies)
                  or _en_participle(s, m, kind, bodies) or _en_active(s, m, kind, bodies, story.batches))
        if action is None and out and " and " in s[out[-1].end:m.start()]:
            action = _en_coordinated(s, m, kind, out[-1])
        if action:
            out.append(action)
    if " version" in s and has_any(s, _EN_DRAFT_NEEDLES):
        gapped = _en_gapped_final(s, out[-1]) if out else None
        if gapped is None and bodies:
            # (the first act read by a rule of _EN_RULES, no construction above: "published a draft
            # in January", a draft put out; its verb's subject looked up here)
            gapped = _en_gapped_after_subject(s, bodies)
        if gapped:
            out.append(gapped)
    return out


_EN_DRAFT_NEEDLES = ("draft", "Draft")
# A verb of putting a document out, its subject a body right before it (see _en_gapped_after_subject).
_EN_PUT_OUT_VERB = re.compile(r"\b(?:published|released|issued|unveiled|put\s+out|rolled\s+out)\b")


# A second act with its verb left out, the first one's understood: "published a draft in January and
# the final version on Monday" (the final text of the draft put out, a document issued, at its own
# time; the object a final or formal version, a time right after it, the sentence's end or a comma
# after that: not "… and the final version will follow", nor "and the final version, which …").
_EN_GAPPED_FINAL = re.compile(r"(?P<between>[^;:,]{1,80}?)\s+and\s+(?P<object>(?:the|a|an|its|their)\s+"
                              r"(?:final|formal|official|finali[sz]ed)\s+(?:version|text|edition)(?:\s+of\s+(?:it|them))?)"
                              rf"(?=\s+(?:on|in|last|earlier|this|late|early)\s+[\w.]+(?:\s+\d{{1,2}})?(?:\s+(?:last|this)\s+\w+)?\s*(?:[.,]|$))")


def _en_gapped_after_subject(s: str, bodies: list[tuple[int, int, str]]) -> _Action | None:
    """The gapped final version (see _EN_GAPPED_FINAL) after a verb of putting out whose subject is a
    body named right before it ("The CAC published a draft in January and the final version on
    Monday"); else None."""
    for verb in _EN_PUT_OUT_VERB.finditer(s):
        subject = [b for b in bodies if b[1] <= verb.start() and _EN_SUBJECT_GAP.fullmatch(s, b[1], verb.start())]
        if subject:
            first = _Action(_EN_STRUCTURAL_RULES[("issue", "document")], verb.start(), verb.end(), [subject[-1][2]])
            return _en_gapped_final(s, first)
    return None


def _en_gapped_final(s: str, first: _Action) -> _Action | None:
    """The final version of a draft put out by the verb of ``first`` (see _EN_GAPPED_FINAL), its
    agents the first act's; else None."""
    m = _EN_GAPPED_FINAL.match(s, first.end)
    if m is None or first.passing or not _EN_DRAFT_WORD.search(m["between"]) or _EN_GAP_STOP.search(m["between"]):
        return None  # (a final version of no draft just put out is not told apart from other objects)
    return _action("issue", "document", m.start("object"), m.end("object"), first.agents, active=True)


# The second of two verbs joined under one subject: "The MIIT issued the rules in May and approved
# the first 20 firms in July" (what lies between is the first verb's object and its time, no clause
# of its own, no subject before "and": "… in May and companies applied …" is another clause).
_EN_COORDINATED_GAP = re.compile(r"(?P<between>[^;:]{1,100}?)(?:,\s+|\s+)and\s+(?:then\s+|later\s+|also\s+)?$")
# The first verb's object taken up by a pronoun: "approved 14 national standards in April and
# published them in June", "released draft rules in June and finalised them on Wednesday".
_EN_PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b")
_EN_FINAL_VERBS = frozenset(("finalised", "finalized"))


def _en_coordinated(s: str, m: re.Match[str], kind: str, first: _Action) -> _Action | None:
    """The action of a verb joined by "and" to the sentence's action before it (``first``), whose
    subject it shares (see _EN_COORDINATED_GAP); its object read as the active's, or the first
    verb's object when a pronoun takes it up."""
    gap = _EN_COORDINATED_GAP.fullmatch(s, first.end, m.start())
    if gap is None or first.passing or _EN_GAP_STOP.search(gap["between"]) \
            or _EN_FINITE_IN_PHRASE.search(gap["between"]):
        # (a clause of its own in between: "issued rules, which took effect in May, and …"; a word in
        # "-ed" inside the first object, "the revised rules", is left unread too: precision first)
        return None
    if _EN_PRONOUN_OBJECT.match(s, m.end()):
        objects = list(_EN_OBJECT.finditer(gap["between"]))
        if kind != "issue" or not objects:
            return None  # (only a document or a standard issued after its own first act)
        if _EN_DRAFT_WORD.search(gap["between"]) and " ".join(m["verb"].split()) not in _EN_FINAL_VERBS:
            return None  # ("released draft rules and revised them": still a draft, no document issued)
        return _action(kind, objects[-1].lastgroup, m.start(), m.end(), first.agents, counted=True, active=True)
    # the first verb's agents as the subject right before the verb: read as the active is
    subject = [(m.start() - 1, m.start() - 1, agent) for agent in first.agents]
    return _en_active(s, m, kind, subject)


# What an "allot" verb gives out as a document: quotas, or a batch of funds ("the first batch of …
# quotas", "a second batch of 9.8 billion yuan in machinery purchase subsidies").
_EN_ALLOTTED = re.compile(r"\bquotas?\b|\bbatch\s+of\s+[^,;]{0,60}?\b(?:funds|funding|subsidies)\b")
_EN_ALLOTTED_HEAD = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?batch\s+of\s+[^,;]{0,60}?\b(?:funds|funding|subsidies)\b")


# "added 41 more companies to the list (of …)", "added 12 products to its catalogue": counted entries.
# ("added 14 types of gas turbine equipment to its catalogue": counted kinds of products, see
# _EN_KINDS_TO_CATALOGUE)
_EN_ADDED_TO_LIST = re.compile(r"\s+(?:another\s+)?\d[\d,]*\s+(?:more\s+|new\s+)?(?:(?:types|kinds|categories|classes)\s+of\s+)?"
                               r"(?:[\w-]+\s+){0,3}?[\w-]+\s+to\s+"
                               r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?(?:list|catalog(?:ue)?|directory)\b")
# "added 12 U.S. entities to its export control list", "added 15 companies to the unreliable entity
# list": counted foreign firms put on a list of controls or sanctions, which the body does by an
# announcement, a document (export controls announced are one; not an approval, which names
# entrants to a list of recognition). (The owner may hold dots: "U.S.")
_EN_CONTROL_LIST = re.compile(r"\b(?:entity|export[\s-]+control|sanctions?|control)\s+list\b")
_EN_ADDED_TO_CONTROL_LIST = re.compile(r"\s+(?:another\s+)?\d[\d,]*\s+(?:more\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+\s+to\s+"
                                       r"(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:entity|export[\s-]+control"
                                       r"|sanctions?|control)\s+list\b"
                                       # (uncounted items, technology or goods, put in an export-control
                                       # catalogue or list: "China on Thursday added technology for making
                                       # synthetic graphite anodes to its export-control catalog", "added
                                       # drone engines to the export control list"; the catalogue revised
                                       # by an announcement, as counted firms are)
                                       r"|\s+(?:[\w.'’-]+\s+){1,12}?to\s+(?:the|its|their|China['’]s)\s+(?:[\w-]+\s+){0,2}?"
                                       r"export[\s-]+controls?\s+(?:list|catalog(?:ue)?)\b")
# The passive's: "14 types of gas turbine equipment were added by the MIIT to its catalogue of …",
# "36 firms were added last week by the ministry to the list of …" (the entries the subject, see _en_passive).
_EN_ADDED_BY_TO = re.compile(r"(?:\s+(?:on|in|last|earlier|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s+by\s+[^,;]{1,80}?\s+to\s+"
                             r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?(?P<what>list|catalog(?:ue)?|directory)\b")
# The passive's subject, counted kinds of products ("14 types of gas turbine equipment"): a catalogue revised.
_EN_COUNTED_KINDS = re.compile(r"(?:another\s+)?\d[\d,]*\s+(?:more\s+|new\s+)?(?:types|kinds|categories|classes)\s+of\s")
# Counted kinds of products added to a catalogue: "the MIIT added 14 types of gas turbine equipment to
# its catalogue of major technical equipment" revises the catalogue, a document (its entries are no
# recognised makers, as "added 36 firms to the catalogue of qualified makers" names: an approval).
_EN_KINDS_TO_CATALOGUE = re.compile(r"\s+(?:another\s+)?\d[\d,]*\s+(?:more\s+|new\s+)?(?:types|kinds|categories|classes)\s+of\s+"
                                    r"(?:[\w-]+\s+){0,3}?[\w-]+\s+to\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
                                    r"catalog(?:ue)?\b")


# "it" as a clause's subject before a verb in the past: "In the same notice, it named …", "It also added …"
# (the opening of _EN_PRONOUN_SUBJECT, regular pasts only: the structural verbs read after it are all
# regular, "named", "added", "approved").
_EN_PRONOUN_AT = re.compile(_EN_IT_OPENING + r"[a-z]+ed\b")


def _pronoun_span(s: str, previous: str, main_body: str | None) -> list[tuple[int, int, str]]:
    """"it" as a body mention, (start, end, body), when it stands for the body the sentence before
    opens with (see _pronoun_body); else []."""
    m = _EN_PRONOUN_AT.search(s)
    if m is None:
        return []
    named = _pronoun_body(s, previous, main_body)
    return [(m.start("it"), m.end("it"), named[0])] if named else []


def _within(bodies: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    return [b for b in bodies if start <= b[0] and b[1] <= end]


def _object_kind(m: re.Match[str] | None) -> str | None:
    return m.lastgroup if m else None


def _action(kind: str, obj: str | None, start: int, end: int, agents: list[str], title: str | None = None,
            passing: bool = False, counted: bool = False, active: bool = False,
            approved_own: bool = False) -> _Action | None:
    rule = _EN_STRUCTURAL_RULES.get((kind, obj)) if obj else None
    if (kind, obj) == ("announce", "document") and not active:
        return None  # (see _EN_EVENT_OF)
    if rule is None or not agents or ((kind, obj) == ("approve", "document") and not counted):
        return None  # (plans approved are a list only when counted: "the plan, which the cabinet approved")
    if kind == "adopt" and agents != [STATE_COUNCIL] and not approved_own:
        return None  # (a ministry "adopted measures" took them; only the cabinet adopts a document as its act)
    return _Action(rule, start, end, list(dict.fromkeys(agents)), title, passing)


# A name in title case ending where the object phrase ends: "the Interim Measures for the Total
# Quantity Control of Rare Earth Mining and Smelting, which …" (a capitalised run, small words between).
_EN_NAME_BEFORE = re.compile(r"(?P<title>[A-Z][\w'-]*(?:\s+(?:(?:of|for|on|and|the|in|to|with|&)\s+)*[A-Z][\w'-]*)+"
                             r"(?:\s+\(\d{4}\s*[-–—]\s*\d{4}\))?)\s*$")


def _name_before(s: str, at: int) -> str | None:
    m = _EN_NAME_BEFORE.search(s, max(0, at - 160), at)
    if not m or len(m["title"].split()) < 3 or not _EN_OBJECT.search(m["title"]):
        return None  # ("Ministry of Commerce", "Shares of BYD": no document's name)
    return m["title"]


def _name_head(name: str | None) -> str | None:
    """The kind of object a document's name opens with, its head: the Regulations of "the
    Regulations on Ensuring Payments to Small and Medium-sized Enterprises" (not the enterprises)."""
    return _object_kind(_EN_OBJECT.search(name)) if name else None


# A phrase set off by commas before a passive verb: ", which covers …," / ", GB/T 45901-2026,".
# (also an appositive: "A national standard on SDKs, the third-party code embedded in apps, was …";
# and a past or an effective date told of the subject: "The measures, which took effect on Nov. 1,
# were issued by …", "The rules, which take effect on Dec. 1, were published by …")
_EN_PARENTHETICAL = re.compile(r",\s+(?:(?:which|that)\s+(?:[a-z]+s|take|took|come|came|went|had|was|were)\b[^,;]{0,100}|[A-Z]{1,4}(?:/[A-Z])?\s*[\d.]+(?:[-–—]\d{4})?"
                               r"|(?:the|a|an)\s+[^,;]{1,80})\s*")


_EN_HEAD_BEFORE_PREPOSITION = re.compile(r"\s+(?:for|on|governing)\s+(?:the\s+|such\s+)?(?:[\w-]+\s+){0,3}")


def _object_before(s: str, at: int, last: bool) -> str | None:
    """The kind of object named in the noun phrase before ``at`` (in its clause): the first noun
    (the head of "a standard on labelling plastic products was …") or the last ("a catalog of
    technologies restricted from export that …")."""
    window_start = max(s.rfind(";", 0, at), s.rfind(",", 0, at), at - 110, 0)
    objects = list(_EN_OBJECT.finditer(s, window_start, at))
    if not objects and s.startswith(",", window_start):
        # "The national standard, which covers …, was published", "A national standard on …,
        # GB/T 45901-2026, was approved": the subject before a phrase set off by commas
        previous = s.rfind(",", 0, window_start)
        if previous >= 0 and _EN_PARENTHETICAL.fullmatch(s, previous, window_start):
            at = previous
            window_start = max(s.rfind(";", 0, at), s.rfind(",", 0, at), at - 110, 0)
            objects = list(_EN_OBJECT.finditer(s, window_start, at))
    if not objects:
        return None
    if last and len(objects) > 1 and objects[-2].lastgroup in ("document", "standard") \
            and _EN_HEAD_BEFORE_PREPOSITION.fullmatch(s, objects[-2].end(), objects[-1].start()):
        # "The management measures for the centers, which the ministry revised": the head noun is
        # the document, the centres only what it is for ("A national standard on the safety
        # requirements of …, which was approved by …": the standard, its requirements its topic)
        return objects[-2].lastgroup
    return _object_kind(objects[-1] if last else objects[0])


_EN_JOINED_AGENT = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?,?\s+(?:together|along|jointly)\s+with\s+(?:the\s+)?"
                              # ("by the Ministry of … (MIIT) and the National … (NDRC)": a list whose
                              # full names carry their acronyms, longer than a bare join)
                              r"|\)(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _agents_after_by(s: str, at: int, bodies: list[tuple[int, int, str]]) -> list[str]:
    by = _EN_BY_AFTER.match(s, at)
    if not by:
        return []
    names: list[str] = []
    last_end = by.end()
    counted = _EN_DEPARTMENTS_INCLUDING.match(s, last_end) if "includ" in s or "such as" in s or "led by" in s else None
    if counted:
        # "by seven departments including the MIIT": the bodies named, and the others counted
        last_end = counted.end()
    for a, b, name in _within(bodies, last_end, last_end + 160):
        # the agent, and the bodies joined to it ("by the MIIT and the NDRC", "by the MIIT
        # (MIIT) together with the NDRC")
        if a - last_end > 9 and not _EN_JOINED_AGENT.fullmatch(s, last_end, a):
            break
        names.append(name)
        last_end = b
    if names and (counted or _OTHERS_AFTER.match(s, last_end)):
        names.append(OTHER_DEPARTMENTS)  # "by the MIIT and other departments"
    return names


# "by seven departments including …", "by 10 government agencies such as …", "by several ministries
# led by …": the agents counted, some named after.
_EN_DEPARTMENTS_INCLUDING = re.compile(
    r"(?:\w+\s+){1,2}?(?:(?:government|central)\s+)?(?:departments|ministries|agencies|authorities|regulators)"
    r",?\s+(?:including|such\s+as|led\s+by)\s+")


def _en_passive(s: str, m: re.Match[str], kind: str, bodies: list[tuple[int, int, str]]) -> _Action | None:
    """"a national standard … was approved by the State Administration for Market Regulation"."""
    aux = _EN_PASSIVE_BEFORE.search(s, max(0, m.start() - 30), m.start())
    if not aux:
        return None
    # ("a pilot list that was approved by …": the noun the relative pronoun follows)
    relative = _EN_RELATIVE_BEFORE.search(s, max(0, aux.start() - 8), aux.start())
    # (", which was revised by …": the noun before the comma the relative clause opens with)
    obj = _object_before(s, len(s[:relative.start()].rstrip(", ")) if relative else aux.start(), last=bool(relative))
    if obj is None and kind == "allot" and _EN_ALLOTTED.search(s, max(0, aux.start() - 100), aux.start()):
        obj = "document"  # ("A second batch of 9.8 billion yuan in … subsidies was allocated by …")
    agents = _agents_after_by(s, m.end(), bodies) or _place_after_by(s, m.end())
    subject = _passive_subject(s, aux.start()) if relative is None else ""
    verb = " ".join(m["verb"].split())
    if kind == "issue" and verb in _EN_NEW_POLICY_VERBS and agents and _EN_SUPPORT_SUBJECT.match(subject):
        # "A subsidy programme for … was rolled out by the Shanghai Municipal Commission of Commerce",
        # "subsidies for … were rolled out by the city government": a support policy put out by its
        # body, as in the active (see _en_active); its head decides, not a noun after it ("for companies")
        obj = "document"
    if kind == "approve" and agents and obj != "standard" and _EN_FOUNDING_OF.match(subject) \
            and _EN_FOUNDED_ONE.search(subject):
        # "the construction of a second launch site in Ningbo was approved by the State Council": the
        # one entry the approval creates, as in the active "approved the construction of …"
        obj = "entities"
    if kind == "add":
        # entries added to a list in the passive, "14 types of … were added by the MIIT to its catalogue
        # of …": counted kinds of products revise the catalogue (a document, as in the active, see
        # _EN_KINDS_TO_CATALOGUE), counted entities are named to the list (an approval); else nothing
        added = _EN_ADDED_BY_TO.match(s, m.end())
        if added is None or not _EN_COUNTED.match(subject):
            return None
        obj = "document" if _EN_COUNTED_KINDS.match(subject) and added["what"].startswith("catalog") else obj
    if kind in _EN_CABINET_VERBS and agents == [STATE_COUNCIL]:
        # "Amendments to the Regulations on … were approved by China's cabinet on Wednesday": its own
        # regulations amended, adopted as in the active (the subject read as _cabinet_amendments reads
        # the active's object, its first letter lowered)
        amended = _cabinet_amendments(" " + subject[:1].lower() + subject[1:], 0, agents) if subject else None
        if amended is not None:
            action = _action("adopt", "document", m.start(), m.end(), agents, amended or None)
            return replace(action, object_typed=True) if action else None
    if not agents and kind == "approve" and obj == "entities" and " by " in s:
        agents = _agents_after_complement(s, m.end(), bodies)
    if not agents and kind in _EN_CABINET_VERBS and obj == "document" and "meeting" in s:
        # "The new regulation was passed at a State Council executive meeting on Friday": the
        # cabinet, named by its meeting, adopts the document (approved there, it is adopted too)
        agents = _cabinet_meeting_after(s, m.end(), bodies)
        kind = "adopt" if agents else kind
        if agents and _EN_DRAFT_WORD.search(s, max(0, aux.start() - 60), aux.start()):
            return None  # ("The draft regulation was passed at …": adopted in principle, as in _en_active)
    if (kind, obj) == ("approve", "document") and relative is None and agents \
            and all(a == STATE_COUNCIL or is_local_government(a) for a in agents):
        # (the main clause only: a plan ", which was approved by the State Council", told in passing
        # away from its meeting, is not told adopted, as in _en_relative)
        kind = _government_adopts(s, aux.start(), kind)
        approved_own = kind == "adopt"  # (a province's own plan adopted too, as in _en_active)
    else:
        approved_own = False
    action = _action(kind, obj, m.start(), m.end(), agents, approved_own=approved_own)
    if action is None:
        return None
    # ("A mandatory national standard … has also recently been approved by the SAC": told lately done
    # in the main clause, news without a date, as 近日 is; a relative clause's stays dated only)
    recent = relative is None and "recently" in aux.group()
    return replace(action, object_typed=True, dated_only=not recent)


# A document named before a relative clause or a participle, its topic after the head ("a plan to
# promote the orderly growth of vehicle exports", "regulations on the export control of dual-use
# items"), the phrase ending where the clause opens (see _cabinet_document_before).
_EN_DOCUMENT_HEAD_BEFORE = re.compile(
    rf"\b(?:{_EN_OBJECTS['document']})\b(?P<topic>\s+(?:on|for|to|of|about|governing)\s[^,;:()]{{1,100}}?)?\s*$",
    re.IGNORECASE)
# One document, its article before its head and at most three modifiers, none a verb ("follows a plan",
# not "the ministry follows plans": a word ending in a single "s" or in "ed" is no modifier here).
# Nouns that end in "s" and are no plural verb stay modifiers: a field in "-ics" ("a logistics
# equipment upgrade plan", "an electronics plan") and the mass nouns of trade (goods, services,
# materials, chemicals, sales).
_EN_ONE_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Nn]ew)\s+(?:(?!(?:goods|services|materials|chemicals|sales)\b)"
                                    r"(?![a-z]+(?<!s)(?<!ic)s\b|[a-z]+ed\b)[\w'-]+\s+){0,3}$")


def _cabinet_document_before(s: str, at: int, one: bool) -> bool:
    """Whether the noun phrase ending at ``at`` is a document the cabinet may adopt: its head a
    document noun, its topic after it with no verb of its own, no draft, no project's plan ("a plan
    to build a port", "the merger plan"); with ``one``, one document named with its article (not
    "11 capacity-swap plans", a list approved)."""
    head = _EN_DOCUMENT_HEAD_BEFORE.search(s, max(0, at - 140), at)
    if head is None or (head["topic"] and _EN_FINITE_IN_PHRASE.search(head["topic"])):
        return False
    if one and not _EN_ONE_ARTICLE_BEFORE.search(s, max(0, head.start() - 50), head.start()):
        return False
    return not _EN_PROJECT_SUBJECT.search(s, max(0, head.start() - 40), at)


# A place as the agent after "by" ("was rolled out by Shenzhen on Monday", "by Guangdong province"):
# its government, as a place opening its clause is (see _city_subject, _place_subjects); not
# "Shenzhen-based", "Shenzhen's …", a company ("by Shanghai Electric"), nor the place as a modifier
# of a noun after it ("by Beijing dealers", "by Hangzhou companies", "by Beijing resident Li Wei"):
# only a function word, the government's own plural, or punctuation may follow it.
_EN_PLACE_AGENT = re.compile(r"(?P<of>the\s+(?:city|province)\s+of\s+)?(?P<place>" + "|".join(sorted(
    {re.escape(v) for v in PLACES.values()} | {re.escape(v) for v in PLACE_NAMES_EN}, key=len, reverse=True))
    + r")(?P<kind>\s+(?:[Pp]rovince|[Mm]unicipality|city))?\b(?!['’]s|-|\s+[A-Z(])"
    r"(?!\s+(?!(?:on|in|at|last|this|earlier|late|early|to|and|or|as|after|before|for|from|with|amid|under|during"
    r"|since|over|through|which|that|while|government|authorities|officials)\b)[a-z])")


def _local_place_agent(s: str, at: int) -> bool:
    """Whether a Chinese place's government is the agent named at ``at`` (see _EN_PLACE_AGENT). A bare
    "Beijing" stands for the country in English news ("export controls were introduced by Beijing"),
    the city's only when the sentence is about the city (as for a subject, see _Story.place_body)."""
    m = _EN_PLACE_AGENT.match(s, at)
    if m is None:
        return False
    return m["place"] != "Beijing" or bool(m["of"] or m["kind"]) or has_any(s, _CITY_WORDS)


def _place_after_any_by(s: str) -> bool:
    """Whether a place follows some " by " of ``s`` (tried only where one stands: str.find)."""
    at = s.find(" by ")
    while at >= 0:
        if _local_place_agent(s, at + 4):
            return True
        at = s.find(" by ", at + 4)
    return False


def _place_after_by(s: str, at: int) -> list[str]:
    """[the local government] when a Chinese place is the agent after "by" of the passive verb ending at ``at``."""
    by = _EN_BY_AFTER.match(s, at) if " by " in s else None
    return [LOCAL_GOVERNMENT] if by and _local_place_agent(s, by.end()) else []


def _passive_subject(s: str, aux_start: int) -> str:
    """The words of a passive's subject, its clause's opening to the auxiliary at ``aux_start`` (after
    a clause's comma, "In Shantou, subsidies for … were"; none when a comma sets off a phrase in it)."""
    start = max(aux_start - 160, 0)
    for brk in _EN_CLAUSE_BREAK.finditer(s, start, aux_start):
        start = brk.end()
    return s[start:aux_start].strip()


# A comma or semicolon that may end a clause (not one inside a number, "up to 2,000 yuan").
_EN_CLAUSE_BREAK = re.compile(r"[,;](?!\d)")


# A support policy as a passive's subject, its head noun first: "A subsidy programme of up to 500
# yuan for …", "Subsidies for companies that …", "A 500 million yuan programme of computing vouchers",
# "Measures that subsidize …" (not "Companies that received subsidies": no clause or preposition
# before the head). Only with a verb that starts a policy and a body after "by" (see _en_passive; a
# programme "launched" is no document: "China launched a space programme in 2003").
_EN_SUPPORT_SUBJECT = re.compile(r"(?:(?:a|an|the|its|their|new|fresh|more|extra|additional)\s+)*"
                                 r"(?:(?!(?:that|which|who|for|of|to|in|on|by|with|from)\b)[\w$.()-]+\s+){0,5}?"
                                 r"(?:subsid(?:y|ies)|incentives|program(?:me)?s?|schemes?|measures)\b", re.IGNORECASE)


# The subject of a passive before its auxiliary, one document named with its article ("The plan",
# "A guideline on …"; not "11 capacity-swap plans", "The draft plan", "A plan to build a port").
_EN_ONE_DOCUMENT_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b(?:after|since|when|as)\s+)(?:a|an|the|its)\s+(?!\d)[^,;]{0,100}$",
                                      re.IGNORECASE)
# (nor a company's deal: "The merger plan was approved by the State Council", "A plan for the
# merger of two shipbuilders …", "The acquisition plan …": an approval of the firms' plan; not
# "restructuring", which a sector's reform plan is too)
_EN_PROJECT_SUBJECT = re.compile(r"\bdraft\b|\bto\s+(?:build|construct|develop|expand)\b|\bconstruction\b"
                                 r"|\b(?:merger|acquisition|takeover)\b", re.IGNORECASE)


def _government_adopts(s: str, aux_start: int, kind: str) -> str:
    """"adopt" when the passive's subject, ending at its auxiliary ``aux_start``, is one document the
    government agent approved ("The plan was approved by the State Council in September": its own
    plan adopted, as the active "the State Council approved the plan" is, see _en_active); else ``kind``."""
    subject = _EN_ONE_DOCUMENT_SUBJECT.search(s, max(0, aux_start - 110), aux_start)
    if subject is None or _EN_PROJECT_SUBJECT.search(subject.group()):
        return kind  # (counted plans, a draft, a project's plan: approvals, or nothing, as before)
    return "adopt"


# What the entries were made between an approval's verb and its agent: "were named national 'little
# giants' by the MIIT", "were selected as IPv6-only pilot areas by …", "were named to a pilot program
# on … by MIIT". No clause break, and no verb of its own ("were named in a complaint filed by …" is
# the filer's act, not an approval: see _EN_COMPLEMENT_VERB); the by-phrase may follow a time phrase, as in _EN_BY_AFTER.
_EN_APPROVAL_COMPLEMENT = re.compile(r"\s+(?:as\s+|to\s+)?(?P<what>[^,;:().]{2,100}?)(?=(?:\s+(?:on|in|at|last|earlier|this"
                                     r"|late|early)\s+(?:(?:this|last)\s+)?[\w.]+(?:\s+\d{1,2})?)?\s+(?:jointly\s+)?by\s)")


# (a verb in the complement: a finite one, or a participle right before "by"; adjectives in "-ed" inside
# it are the entries' kind: "specialized and sophisticated 'little giant' enterprises")
_EN_COMPLEMENT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b|\w+ed$")


def _agents_after_complement(s: str, at: int, bodies: list[tuple[int, int, str]]) -> list[str]:
    """The agents of a passive approval whose complement comes before "by" (see _EN_APPROVAL_COMPLEMENT)."""
    complement = _EN_APPROVAL_COMPLEMENT.match(s, at)
    if complement is None or _EN_COMPLEMENT_VERB.search(complement["what"]) or _EN_GAP_STOP.search(complement["what"]):
        return []
    return _agents_after_by(s, complement.end(), bodies)


# The gap between a relative clause's body and its verb when bodies left unnamed act with it: "an
# action plan that the industry ministry and five other agencies unveiled on Wednesday" (the
# named body acts, as in the active "The MIIT and five other agencies on Wednesday unveiled …").
# (the gap may open with the bracket closing an acronym read as the body itself: "the Ministry of
# Industry and Information Technology (MIIT) and four other agencies published …")
_EN_OTHERS_BEFORE = re.compile(r"(?:\)|\s*\([A-Z]{2,8}\))?\s+and\s+(?:(?:\w+|a\s+few)\s+)?other\s+(?:government\s+)?"
                               r"(?:departments|ministries|agencies|authorities|regulators|bodies)"
                               r"(?:\s+(?:[a-z]+ly|has|have|had|also))*\s+")


# The join between two bodies of a list, the first maybe followed by its acronym in brackets: "the
# Ministry of Industry and Information Technology (MIIT), the National Development and Reform
# Commission and the NEA" (see _with_listed_before; the acronym is a body mention of its own, so
# the join may start at its closing bracket, and a name and its acronym are joined by the opening one).
_EN_LIST_JOIN = re.compile(r"\)?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?|\s*\(")


def _with_listed_before(s: str, found: list[tuple[int, int, str]],
                        bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the bodies listed right before its first one: a long list of full names may
    start before the window a relative clause's subject is looked for in ("…, which the Ministry
    of Industry and Information Technology (MIIT), the National Development and Reform Commission
    and the NEA jointly released …")."""
    for body in reversed([b for b in bodies if b[1] <= found[0][0]]):
        if not _EN_LIST_JOIN.fullmatch(s, body[1], found[0][0]):
            break
        found = [body, *found]
    return found


def _en_relative(s: str, m: re.Match[str], kind: str, bodies: list[tuple[int, int, str]]) -> _Action | None:
    """"…, which the two ministries jointly released in August", "a catalog … that the Ministry of
    Commerce revised in January"."""
    window = max(0, m.start() - 120)
    found = _within(bodies, window, m.start())
    if found and found[0][0] - window < 60:
        found = _with_listed_before(s, found, bodies)  # (only a list cut by the window)
    pronoun = _EN_PRONOUN_RELATIVE.search(s, max(0, m.start() - 40), m.start())
    if pronoun is None and "it " in s[max(0, m.start() - 40):m.start()]:
        # a contact clause, the object right before "it": "according to figures it published on
        # Wednesday", "the plan it released in March"
        pronoun = _EN_PRONOUN_CONTACT.search(s, max(0, m.start() - 40), m.start())
        if pronoun is not None:
            noun = _EN_OBJECT.search(s, max(0, pronoun.start() - 20), pronoun.start())
            if noun is None or noun.end() != len(s[:pronoun.start()].rstrip()):
                pronoun = None
    if pronoun and bodies and bodies[0][1] <= pronoun.start():
        # "the catalog, which it revised in January": "it" is the body the sentence opens with
        object_end = len(s[:pronoun.start()].rstrip(", "))
        name = _name_before(s, object_end)
        return _action(kind, _name_head(name) or _object_before(s, object_end, last=True), m.start(), m.end(),
                       [bodies[0][2]], name, passing=True)
    if not found:
        return None
    subject_end = max(b for _, b, _ in found)
    if not _EN_ADVERBS_BEFORE.fullmatch(s, subject_end, m.start()) \
            and not ("other" in s[subject_end:m.start()] and _EN_OTHERS_BEFORE.fullmatch(s, subject_end, m.start())):
        return None
    subject = [f for f in found if not _EN_GAP_STOP.search(s, f[1], m.start())]
    if not subject:
        return None
    # (the bodies of the clause's subject only: one before a verb of its own is the subject of
    # another clause, "China exported 612,000 cars, according to data the commerce ministry published …")
    last = max(f[0] for f in subject)
    subject = [f for f in subject if f[0] == last or not _EN_FINITE.search(s, f[1], last)]
    at = subject[0][0]
    if s[max(0, at - 4):at].lower() == "the ":
        at -= 4
    rel = _EN_RELATIVE_BEFORE.search(s, max(0, at - 8), at)
    if rel:
        object_end = len(s[:rel.start()].rstrip(", "))
    else:
        # a contact clause, the object right before its subject: "according to data the Ministry
        # of … made public on Tuesday", "a plan the ministry released in 2024"
        object_end = len(s[:at].rstrip())
        noun = _EN_OBJECT.search(s, max(0, object_end - 20), object_end)
        if not noun or noun.end() != object_end or object_end == at:
            return None
    name = _name_before(s, object_end)
    obj = _name_head(name) or _object_before(s, object_end, last=True)
    if kind == "approve" and [b[2] for b in subject] == [STATE_COUNCIL] and "meeting" in s \
            and _EN_AT_ITS_MEETING.match(s, m.end()):
        # ("a plan … that the State Council approved at an executive meeting last month": approved at
        # its meeting, the cabinet adopts the document, as in _en_active and _en_passive)
        kind = "adopt"
    cabinet = [b[2] for b in subject] == [STATE_COUNCIL] and obj == "document"
    if cabinet and kind == "approve" and (rel is None or rel.group().startswith("that")) \
            and _cabinet_document_before(s, object_end, one=True):
        # ("a plan to promote … that the cabinet approved last month": one document of its own the
        # cabinet approved is adopted, dated as every relative clause, at its meeting or not; the
        # clause defines which plan, not "the plan, which the State Council approved in March, aims
        # to …", a plan known before, its approval told in passing)
        kind = "adopt"
    # (the cabinet's own document is news dated by its year too: "regulations on … that the cabinet
    # adopted last year"; see _sentence_events)
    return _action(kind, obj, m.start(), m.end(), [name for _, _, name in subject], name,
                   passing=not (cabinet and kind in ("adopt", "issue")))


# "a guideline posted on the website of the SAMR on Friday", "rules published on the NDRC's official
# website": the body whose website carries the document put it out.
_EN_ON_WEBSITE_OF = re.compile(r"\s+on\s+the\s+(?:official\s+)?website\s+of\s+(?:the\s+)?")
_EN_ON_OWN_WEBSITE = re.compile(r"\s+on\s+(?:the\s+)?")
_EN_OWN_WEBSITE_AFTER = re.compile(r"['’]s?\s+(?:official\s+)?website\b")


def _agents_on_website(s: str, at: int, bodies: list[tuple[int, int, str]]) -> list[str]:
    if "website" not in s:
        return []
    m = _EN_ON_WEBSITE_OF.match(s, at)
    if m:
        return [name for a, _, name in bodies if a == m.end()][:1]
    m = _EN_ON_OWN_WEBSITE.match(s, at)
    if m:
        return [name for a, b, name in bodies if a == m.end() and _EN_OWN_WEBSITE_AFTER.match(s, b)][:1]
    return []


def _en_participle(s: str, m: re.Match[str], kind: str, bodies: list[tuple[int, int, str]]) -> _Action | None:
    """"Customs data released on Friday", "a work plan released by the MIIT last year"."""
    if not _EN_PARTICIPLE_AFTER.match(s, m.end()):
        return None
    if m.start() < 12 and _EN_FRONTED_BEFORE.fullmatch(s, 0, m.start()):
        return _en_fronted_participle(s, m.start(), m.end(), kind, bodies)
    before = _EN_PARTICIPLE_BEFORE.search(s, max(0, m.start() - 20), m.start())
    if not before:
        return None
    obj = None
    for o in _EN_OBJECT.finditer(s, max(0, before.start() - 40), before.start()):
        obj = o if o.end() == before.start() else None
    if obj is None and "," in s[before.start():m.start()]:
        # an appositive: "A mandatory national standard for e-bike batteries, released by …": the
        # head of the phrase before the comma, when nothing in between is a verb of its own
        head = _EN_OBJECT.search(s, max(0, s.rfind(",", 0, before.start()) + 1, before.start() - 90), before.start())
        if head and not _EN_FINITE_IN_PHRASE.search(s, head.end(), before.start()):
            obj = head
    owner: list[str] = []
    if obj is None and bodies:
        # "a guideline from the State Council published on Monday": the noun, then the body whose
        # document it is, then the participle
        obj, owner = _owned_object(s, before.start(), bodies)
    if obj is None and kind in _EN_CABINET_VERBS and _agents_after_by(s, m.end(), bodies) == [STATE_COUNCIL] \
            and _cabinet_document_before(s, before.start(), one=kind == "approve"):
        # "a plan to promote … approved by the State Council at an executive meeting last month",
        # "regulations on the export control of … adopted by the cabinet last year": the document's
        # topic stands between its head and the participle; the cabinet adopts its own document,
        # news by its year too (as in _en_relative)
        return _action("adopt", "document", m.start(), m.end(), [STATE_COUNCIL])
    if obj is None and " ".join(m["verb"].split()) in _EN_NEW_POLICY_VERBS \
            and _EN_SUPPORT_HEAD_BEFORE.search(s, max(0, before.start() - 20), before.start()):
        # "The 2,000 yuan trade-in subsidy, introduced by the commerce ministry in January, …": a
        # support policy put out by the body named after "by" (as "rolled out subsidies" is, see
        # _en_active), told in passing
        agents = _agents_after_by(s, m.end(), bodies)
        return _action(kind, "document", m.start(), m.end(), agents, passing=True, active=True) if agents else None
    if obj is None:
        return None
    agents = _agents_after_by(s, m.end(), bodies) or _agents_on_website(s, m.end(), bodies)
    if owner:
        # (unless another agent is named after the participle: "rules from the MIIT published by
        # a newspaper" are the paper's text, nobody's act)
        agents = agents or ([] if _EN_BY_AFTER.match(s, m.end()) else owner)
    elif not agents and bodies and "," in s[before.start():m.start()] and not _EN_BY_AFTER.match(s, m.end()):
        # an appositive after the body whose document it is: "New rules from the Cyberspace
        # Administration of China, released on Friday, require …" (as without the commas above)
        owner = _owned_object(s, before.start(), bodies)[1]
        agents = owner
    if not agents:
        # the body named as a modifier of the object: "Customs data", "MIIT data"
        head = s[max(0, obj.start() - 60):obj.start()]
        if _EN_MODIFIER_BODY.search(head):
            agents = [CUSTOMS]
        else:
            named = find_agencies(head)
            if named and head[named[-1][1]:].strip(" '’s") == "":
                agents = [named[-1][2]]
    return _action(kind, _object_kind(obj), m.start(), m.end(), agents, passing=True)


# A participle opening the sentence, its object the subject after the comma: "Jointly issued by the
# MIIT and the NDRC on Monday, the plan targets …", "Released by the NEA last week, the guidelines
# call for …".
_EN_FRONTED_BEFORE = re.compile(r"(?:(?:Jointly|Newly|Recently|First)\s+)?")
_EN_FRONTED_SUBJECT = re.compile(r",\s+(?:the|this|these|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?=[\w-]+\b)")


def _en_fronted_participle(s: str, start: int, end: int, kind: str, bodies: list[tuple[int, int, str]]) -> _Action | None:
    """"Jointly issued by the MIIT and the NDRC on Monday, the plan targets …": the agents after
    "by", the object the head of the subject after the participle's closing comma."""
    comma = s.find(",", end, end + 160)
    subject = _EN_FRONTED_SUBJECT.match(s, comma) if comma > 0 else None
    if subject is None:
        return None
    obj = _EN_OBJECT.match(s, subject.end())
    if obj is None:
        # the head further in, before the subject's verb: "…, the first batch of rare earth mining
        # quotas for 2025 was …", "…, the draft rules would …" (the subject's words only)
        verb = _EN_FINITE.search(s, subject.end(), min(len(s), subject.end() + 70))
        obj = _EN_OBJECT.search(s, subject.end(), verb.start() if verb else min(len(s), subject.end() + 40))
        if obj is not None and _EN_DRAFT_WORD.search(s, subject.end(), obj.start()):
            # (", the draft rules …": a draft put out, for comment; no document issued)
            comment = _EN_FOR_COMMENT.match(s, end)
            return _action(kind, "draft", start, end, _agents_after_by(s, comment.end() if comment else end, bodies),
                           passing=True)
    if obj is None:
        return None  # ("Released on bail on Monday, the executive …": no document)
    comment = _EN_FOR_COMMENT.match(s, end)  # ("Published for public comment on Thursday by …")
    return _action(kind, _object_kind(obj), start, end, _agents_after_by(s, comment.end() if comment else end, bodies),
                   passing=True)


_EN_FOR_COMMENT = re.compile(r"\s+for\s+public\s+comments?(?=\s)")


# The fronted participle capitalised, as the sentence's first word ("Released by the NEA last week,
# the guidelines …"): the lexicon's verbs are lower case, so it is read on its own.
# (the agent may follow a time phrase or "for public comment": "Issued on Monday by the MIIT and six
# other departments, the guideline …", "Published for public comment on Thursday by the MIIT, the draft …")
_EN_FRONTED_VERB = re.compile(r"(?:Issued|Released|Published|Unveiled|Promulgated)(?=(?:\s+for\s+public\s+comments?)?"
                              r"(?:\s+(?:on|in|last|earlier|this|late|early)\s+(?:(?:this|last)\s+)?[\w.]+(?:\s+\d{1,2})?)?"
                              r"\s+(?:jointly\s+)?by\s)")


# "a guideline from the State Council", "a notice by the MIIT (MIIT)", "data of the NBS": the body
# a document is of, named between its noun and a participle.
_EN_OWNER_BEFORE = re.compile(r"\s+(?:from|of|by)\s+(?:the\s+)?$")
_EN_OWNER_GAP = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?")


def _owned_object(s: str, at: int, bodies: list[tuple[int, int, str]]) -> tuple[re.Match[str] | None, list[str]]:
    """(the object, [its body]) of "<object> from <body>" ending at ``at``, else (None, [])."""
    for a, b, name in reversed(bodies):
        if b > at:
            continue
        if not _EN_OWNER_GAP.fullmatch(s, b, at):
            break  # (only the body right before the participle)
        owner = _EN_OWNER_BEFORE.search(s, max(0, a - 12), a)
        if owner is None:
            continue  # (the acronym in brackets after the name: "the Ministry of … (MIIT)")
        obj = None
        for o in _EN_OBJECT.finditer(s, max(0, owner.start() - 40), owner.start()):
            obj = o if o.end() == owner.start() else None
        return (obj, [name]) if obj else (None, [])
    return None, []


def _en_active(s: str, m: re.Match[str], kind: str, bodies: list[tuple[int, int, str]],
               batches: list[tuple[str, str | None]] | None = None) -> _Action | None:
    """"the MIIT named 12 biomanufacturing pilot-scale verification platforms", "the two
    ministries on Thursday issued the first batch of … quotas" (``batches``: the story's acts told of
    a batch before, what a bare "issued the second batch" is, see _en_bare_batch)."""
    clause_start = max(s.rfind(",", 0, m.start()) + 1, s.rfind(";", 0, m.start()) + 1)
    # (the cabinet's meeting as the subject of a relative clause: "Premier Li Qiang chaired a State
    # Council executive meeting on Friday that adopted a regulation on …")
    meeting = _cabinet_meeting_before(s, m.start(), bodies) if kind in _EN_CABINET_VERBS and "meeting" in s else []
    found = meeting or _within(bodies, clause_start, m.start())
    while found and clause_start > 1 and s[clause_start - 1] == ",":
        # a list of bodies as the subject, its commas no clause breaks: "after the MIIT, the National
        # Development and Reform Commission and the NRA jointly released a development plan"
        listed = [b for b in bodies if b[1] <= clause_start - 1 and _EN_LISTED_BODY_GAP.fullmatch(s, b[1], clause_start - 1)]
        if not listed or not _EN_LISTED_BODY_NEXT.match(s, clause_start):
            break
        start = listed[-1][0]
        found = [listed[-1]] + found
        clause_start = start
    if not found and clause_start and "meeting" in s[max(0, m.start() - 120):clause_start]:
        # "A State Council executive meeting, chaired by Premier Li Qiang, on Tuesday adopted …":
        # the commas set off the meeting's chair, no new clause
        found = [b for b in _within(bodies, max(0, m.start() - 120), clause_start)
                 if _EN_MEETING_AFTER.match(s, b[1]) and _EN_SUBJECT_GAP.fullmatch(s, b[1], m.start())][-1:]
    if not found and clause_start and _EN_SAID_IT_GAP.fullmatch(s, clause_start - 1, m.start()):
        # "The NDRC, China's top economic planner, said on Tuesday it had drawn up a plan": the
        # speaker named in an appositive, set off by the comma the clause opens after
        found = [b for b in bodies if clause_start - 3 <= b[1] < clause_start]
    if not found:
        return None
    last_end = max(b for _, b, _ in found)
    unlisted = _EN_UNLISTED_BODY_AFTER.match(s, last_end)  # (its length is no gap)
    if unlisted is None and "meeting" in s[last_end:m.start()]:
        unlisted = _EN_MEETING_AFTER.match(s, last_end)  # (nor is the body's meeting and its chair)
    if meeting:
        pass  # (its gap holds the meeting, its day and "that": checked by _cabinet_meeting_before)
    elif _EN_SAID_IT_GAP.fullmatch(s, last_end, m.start()):
        # "The MIIT said on Tuesday (that) it had put forward 15 measures": the act told in the
        # body's own reported speech, "it" the body (a future "said it will …" is not read)
        found = found[-1:]
    elif m.start() - last_end - (unlisted.end() - last_end if unlisted else 0) > 45 \
            or _EN_GAP_STOP.search(s, last_end, m.start()) \
            or not _EN_SUBJECT_GAP.fullmatch(s, last_end, m.start()):
        return None
    if kind in _EN_CABINET_VERBS and "to" in s[m.end():m.end() + 30]:
        amended = _cabinet_amendments(s, m.end(), [name for _, _, name in found])
        if amended is not None:
            return _action("adopt", "document", m.start(), m.end(), [STATE_COUNCIL], amended or None)
    np_end = _EN_NP_END.search(s, m.end(), min(len(s), m.end() + 90))
    phrase_end = np_end.start() if np_end else min(len(s), m.end() + 90)
    phrase = s[m.end():phrase_end].strip()
    objects = list(_EN_OBJECT.finditer(phrase))
    if kind == "add" and _EN_ADDED_TO_CONTROL_LIST.match(s, m.end()):
        objects = [_EN_ADDED_TO_CONTROL_LIST.match(s, m.end())]  # (foreign firms put on a control list: announced)
        obj_kind = "document"
    elif not objects and kind == "add" and _EN_KINDS_TO_CATALOGUE.match(s, m.end()):
        objects = [_EN_KINDS_TO_CATALOGUE.match(s, m.end())]  # ("added 14 types of … to its catalogue": revised)
        obj_kind = "document"
    elif not objects and kind == "allot" and _EN_ALLOTTED_HEAD.match(s, m.end()):
        objects = [_EN_ALLOTTED_HEAD.match(s, m.end())]  # ("handed out a second batch of … subsidies": funds given out)
        obj_kind = "document"
    elif not objects and kind == "approve" and _EN_FOUNDING_OF.match(phrase) and _EN_FOUNDED_ONE.search(phrase):
        # ("approved the establishment of a national manufacturing innovation center", "the
        # construction of a 60 billion yuan nuclear power project": one entry, what the approval
        # creates, as the plural's are)
        objects = [_EN_FOUNDED_ONE.search(phrase)]
        obj_kind = "entities"
    else:
        obj_kind = None
    if not objects:
        if ((kind == "issue" and " ".join(m["verb"].split()) in _EN_NEW_POLICY_VERBS)
                # ("The Ministry of Finance announced subsidies for …": new ones announced, as "new
                # rules" are; not "announced the subsidies would …", ones known before)
                or (kind == "announce" and _EN_NEW_OBJECT.match(phrase))) and _EN_SUPPORT_OBJECT.fullmatch(phrase):
            # "the city government on Monday rolled out subsidies for companies that …": a support
            # policy put out by its body, told by the object it gives
            names = [name for _, _, name in found]
            return _action(kind, "document", m.start(), m.end(), names, active=True)
        if kind == "approve" and _EN_ONE_ZONE.fullmatch(phrase):
            # ("Since the MIIT approved the zone in March, …", "approved a new high-tech zone": one
            # zone, the entry an approval makes, as a pilot zone is)
            return _action(kind, "entities", m.start(), m.end(), [name for _, _, name in found], counted=True, active=True)
        if batches and kind in _BATCH_VERB_KINDS and _EN_BARE_BATCH.match(phrase):
            return _en_bare_batch(batches[-1], m.start(), m.end(), [name for _, _, name in found])
        return None
    obj = obj_kind or _object_kind(objects[-1])  # the head noun ends the phrase: "the first batch of … quotas"
    if obj == "entities" and not obj_kind and not _EN_COUNTED.match(phrase):
        obj = _container_of_entities(phrase, objects) or obj
    if obj == "list" and kind == "issue" and _EN_CONTROL_LIST_HEAD.search(phrase, 0, objects[-1].end()):
        obj = "document"  # ("amended its export control list": the controls' announcement, 公告, not entries approved)
    if kind == "issue" and obj in ("list", "entities", "standard") and _EN_DRAFT_WORD.search(phrase, 0, objects[-1].start()):
        # ("put out a draft list of technologies …": a draft of a document, which the document
        # rule's reading retypes to a consultation, not a list of entries made public; "had put out
        # draft airworthiness standards … for public comment": drafts, no standard released)
        obj = "document"
    if kind == "approve" and obj == "document" and [name for _, _, name in found] == [STATE_COUNCIL] \
            and (meeting or (unlisted is not None and "meeting" in unlisted.group())):
        # ("A State Council executive meeting presided over by Premier Li Qiang on Friday approved a
        # guideline on …": the cabinet at its meeting approves a document as it adopts one, 审议通过)
        kind = "adopt"
    # ("approved a plan to build a port cluster": a project's plan, approved as a project is)
    project = (kind, obj) == ("approve", "document") and np_end is not None and bool(_EN_TO_BUILD.match(s, np_end.start()))
    if (kind, obj) == ("approve", "document") and not project and _governments_only(found) and _EN_ONE_DOCUMENT.match(phrase):
        # ("the provincial government on Tuesday approved a plan to relocate riverside chemical
        # companies": a government approving one plan of its own adopts it, 审议通过; a ministry
        # approving a plan approves someone else's, and counted plans stay a list, see below; a
        # local government "adopting measures" still only takes them, see _action)
        kind, approved_own = "adopt", True
    else:
        approved_own = False
    if kind == "adopt" and "draft" in phrase.lower():
        return None  # ("passed a draft regulation": adopted in principle, issued later; no consultation)
    # ("approved the establishment of three national innovation centres": what the approval
    # creates, a list of entries whether counted or not)
    founded = kind == "approve" and bool(_EN_FOUNDING_OF.match(phrase))
    if (obj == "entities" or (kind, obj) == ("approve", "document")) and not _EN_COUNTED.match(phrase) \
            and not project and not founded:
        return None  # "selected companies", "approved projects": no list of entries given
    if obj == "works" and " ".join(m["verb"].split()) not in _EN_PLANNER_APPROVALS:
        return None  # (only a planner's approval makes infrastructure news: not "named a line")
    if m["verb"] in _EN_PRESENTING and (_EN_PRESENTED_OBJECT.search(phrase) or _EN_AT_BRIEFING.match(s, phrase_end)):
        return None  # "officials introduced the plan at a press conference": explained, not issued
    names = [name for _, _, name in found]
    if OTHER_DEPARTMENTS not in names and _OTHERS_AFTER.match(s, last_end):
        names.append(OTHER_DEPARTMENTS)
    if (kind, obj) == ("announce", "document") and not _EN_NEW_OBJECT.match(phrase):
        return None  # ("announced the rules would take effect …": a document known before, no new one)
    return _action(kind, obj, m.start(), m.end(), names, counted=True, active=True,  # (a project's plan counts as one)
                   approved_own=approved_own)


# A document or list whose "of" names the uncounted entries it holds ("updated its catalogue of
# recommended new energy vehicle models", "published a list of companies eligible for …"): the
# container is the head, not the entries (uncounted entries alone are no act, see _en_active).
_EN_CONTAINER_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,5}$")


# A list of controls or sanctions as the head ("its export control list", "the unreliable entity list").
_EN_CONTROL_LIST_HEAD = re.compile(r"\b(?:entity|export[\s-]+control|sanctions?|control)\s+list$", re.IGNORECASE)


def _container_of_entities(phrase: str, objects: list[re.Match[str]]) -> str | None:
    """The kind of the document or list the entries of ``phrase`` are "of", if one stands first."""
    first = objects[0]
    if first.lastgroup not in ("document", "list") or not _EN_CONTAINER_OF.fullmatch(phrase, first.end(), objects[-1].start()):
        return None
    return first.lastgroup


# A bare ordinal batch ("We issued the second batch last week", "A second batch was announced in
# early October"): what it is a batch of the story told before, with the first batch ("allocated a
# first batch of export quotas", "named 120 companies … in its first batch"): an act of the same kind
# (see _Story.batches). Not "the second batch of data" (its noun told: read as any object), nor a
# company's batch of products or shipments (no act of a body told of it before), nor "will issue the
# second batch" (the lexicon's verbs are past).
_EN_ORDINAL_BATCH = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|latest|\d+(?:st|nd|rd|th))"
                     r"\s+batch\b(?!\s+of\b|-)")
_EN_BARE_BATCH = re.compile(r"(?:the|a|its|their|our)\s+" + _EN_ORDINAL_BATCH, re.IGNORECASE)
# (the bare batch as a passive's subject opening its clause, no agent named: "A second batch was
# announced in early October", "; the third batch has been released")
_EN_BARE_BATCH_PASSIVE = re.compile(r"\s*(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[Aa]nother)\s+" + _EN_ORDINAL_BATCH
                                    + r"\s+(?:was|(?:has|had)\s+(?:also\s+)?been)\s+(?:also\s+)?(?:[a-z]+ly\s+)?")
# One zone as an approval's whole object, its phrase ending there ("approved the zone", "approved a
# new high-tech zone"; not "the zone's budget", "the zone plan", "approved projects in the zone").
_EN_ONE_ZONE = re.compile(r"(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?zone", re.IGNORECASE)
# The verbs a batch is put out with (not "established", "launched", "added", "adopted").
_BATCH_VERB_KINDS = frozenset(("issue", "approve", "announce", "allot"))
# The kinds of act a batch told is, and the rule a later bare batch takes for each.
_BATCH_TYPES = frozenset(("document_issued", "approval", "standard_release"))
_BATCH_RULE_OF = {"document_issued": ("issue", "document"), "approval": ("issue", "entities"),
                  "standard_release": ("issue", "standard")}


def _en_bare_batch(earlier: tuple[str, str | None], start: int, end: int, agents: list[str]) -> _Action | None:
    """A bare batch put out (``start``-``end`` its verb) by ``agents``: an act of the type of the
    batch the story told before (``earlier``: its type and body; the body acts where the sentence
    names none, as in a passive without agent)."""
    type_, body = earlier
    agents = agents or ([body] if body else [])
    if not agents:
        return None
    # (typed by its object, the batch told before: a bare batch released after quotas is no list of
    # entries, which the approval rule of _EN_RULES reads "released the second batch" as)
    return _Action(_EN_STRUCTURAL_RULES[_BATCH_RULE_OF[type_]], start, end, list(dict.fromkeys(agents)),
                   object_typed=True)


def _en_bare_batch_passive(s: str, m: re.Match[str], kind: str, batches: list[tuple[str, str | None]],
                           bodies: list[tuple[int, int, str]] | None = None) -> _Action | None:
    """"A second batch was announced in early October": the bare batch as the subject of a passive
    with no agent, the body of the batch told before (see _EN_BARE_BATCH). With ``bodies`` (the
    sentence's), the passive with an agent: "A second batch was approved by the ministry in October",
    the body named right after "by" acting."""
    clause_start = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start())) + 1
    if kind not in _BATCH_VERB_KINDS or not _EN_BARE_BATCH_PASSIVE.fullmatch(s, clause_start, m.start()):
        return None
    by = _EN_BY_AFTER.match(s, m.end())
    if by is None:
        return None if bodies is not None else _en_bare_batch(batches[-1], m.start(), m.end(), [])
    # (an agent named: a government body right after "by"; "was released by Tesla" stays unread)
    agents = [name for b, _, name in (bodies or ()) if by.end() <= b <= by.end() + 4]
    return _en_bare_batch(batches[-1], m.start(), m.end(), agents) if agents else None


def _governments_only(found: list[tuple[int, int, str]]) -> bool:
    """Whether every body of ``found`` is a government (the State Council, a province's or a city's),
    whose approval of its own plan is its adoption (see _en_active)."""
    return all(name == STATE_COUNCIL or is_local_government(name) for _, _, name in found)


# One document, not counted: "a plan to …", "an action plan for …", "the guideline on …" (not "11
# capacity-swap plans", a list of entries approved).
_EN_ONE_DOCUMENT = re.compile(r"(?:a|an|the|its)\s+(?!\d)", re.IGNORECASE)
# The verbs of the cabinet acting on a document at its meeting (see _en_active, _en_passive).
_EN_CABINET_VERBS = frozenset(("adopt", "approve"))
# Changes the cabinet approves to its own regulations: "China's cabinet on Wednesday approved amendments
# to the Regulations on Ensuring Payments to …", "The State Council passed revisions to the rules on
# …": the amended document adopted, as a new one is (not "approved draft amendments to the Law on
# …", a bill it sends to the legislature: the words must follow the verb, and a law is no document
# of _EN_OBJECTS).
_EN_AMENDMENTS_TO = re.compile(r"\s+(?:the\s+|an\s+)?(?:amendments?|revisions?|changes)\s+to\s+(?:the\s+|its\s+)?"
                               r"(?:(?P<title>[A-Z][\w'-]*(?:\s+(?:(?:of|for|on|and|the|in|to|with|&)\s+)*[A-Z][\w'-]*)+)"
                               r"|(?:[a-z-]+\s+){0,2}?(?P<head>regulations?|rules|measures|provisions)\b)")


def _cabinet_amendments(s: str, at: int, subject: list[str]) -> str | None:
    """The title (or "" untitled) of the document whose amendments the State Council, the subject,
    approves or adopts with the verb ending at ``at``; None when that is not what is told."""
    if subject != [STATE_COUNCIL]:
        return None
    m = _EN_AMENDMENTS_TO.match(s, at)
    if m is None:
        return None
    if m["title"] is None:
        return ""
    # (the head of the first title joined: not "changes to the Criminal Law and the Regulations on
    # …", a law among them, a bill for the legislature)
    first = _EN_TITLES_JOINED.split(m["title"], 1)[0]
    return m["title"] if _name_head(first) == "document" else None


# Where a second title may join the first: "the Criminal Law and the Regulations on …" (not the
# "and" inside a title, "… Small and Medium-sized Enterprises": a bare "and", no article after it).
_EN_TITLES_JOINED = re.compile(r"\s+and\s+the\s+")
# "a State Council executive meeting on Friday that adopted …", "…, at which it approved …": the
# meeting the relative clause's verb has as subject (the body checked in _cabinet_meeting_before).
_EN_CABINET_MEETING_THAT = re.compile(
    r"(?P<body>State\s+Council|cabinet)(?:['’]s)?\s+(?:executive|standing|plenary)\s+meeting\b"
    r"(?P<gap>[^.;]{0,60}?)(?:,\s+)?\b(?:that|which|where|at\s+which)\s+(?:it\s+)?(?:(?:also|formally|jointly)\s+)?$")
# (what may stand between the meeting and "that": its day, its place, its chair; not a clause)
_EN_MEETING_GAP_STOP = re.compile(r"\b(?:said|says|will|would|is|are|was|were|has|have)\b|[;:]")


# "… was adopted at a State Council executive meeting", "at an executive meeting of the State
# Council", "at the cabinet's executive meeting" (a time may stand before "at").
_EN_AT_CABINET_MEETING = re.compile(
    r"(?:\s+(?:on|in|last|earlier|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s+at\s+(?:a|an|the|its)\s+"
    r"(?:(?P<body>State\s+Council|cabinet)(?:['’]s)?\s+)?(?:executive|standing|plenary)\s+meeting\b"
    r"(?(body)|\s+of\s+the\s+(?:State\s+Council|cabinet)\b)")


# The same meeting after a verb whose subject is the State Council already: "that the State Council
# approved at an executive meeting last month" (its name may go unsaid).
_EN_AT_ITS_MEETING = re.compile(
    r"(?:\s+(?:on|in|last|earlier|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s+at\s+(?:a|an|the|its)\s+"
    r"(?:(?:State\s+Council|cabinet)(?:['’]s)?\s+)?(?:executive|standing|plenary)\s+meeting\b")


def _cabinet_meeting_after(s: str, at: int, bodies: list[tuple[int, int, str]]) -> list[str]:
    """[the State Council] when its meeting is named right after the passive verb ending at ``at``."""
    m = _EN_AT_CABINET_MEETING.match(s, at)
    if m is None:
        return []
    return [name for a, _, name in bodies if name == STATE_COUNCIL and at <= a < m.end()][:1]


def _cabinet_meeting_before(s: str, at: int, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """[the State Council as a body of ``bodies``] when a relative clause whose verb starts at
    ``at`` has the State Council's meeting as subject, else []."""
    m = _EN_CABINET_MEETING_THAT.search(s, max(0, at - 140), at)
    if m is None or _EN_MEETING_GAP_STOP.search(m["gap"]):
        return []
    return [b for b in bodies if b[2] == STATE_COUNCIL and m.start() <= b[0] < m.end("body")][-1:]


# Subsidies and incentives a body puts out as new policy, told with the words for starting one
# ("rolled out subsidies", "unveiled new incentives", "introduced subsidies"): not "issued" or
# "released" subsidies, money paid out under a policy already in force ("released 2 billion yuan
# in subsidies"), nor a company's offer (the subject must be a body, see _en_active).
_EN_NEW_POLICY_VERBS = frozenset(("rolled out", "unveiled", "introduced"))
# A support policy as the head right before a participle of _EN_NEW_POLICY_VERBS ("the trade-in
# subsidy, introduced by …", "tax incentives unveiled by …").
_EN_SUPPORT_HEAD_BEFORE = re.compile(r"\b(?:subsid(?:y|ies)|incentives)$", re.IGNORECASE)
# A new document as the object of "announced": "new rules", "a guideline", "fresh measures", "measures
# to …" (a bare plural); not "the rules", "its plan", a document known before.
_EN_NEW_OBJECT = re.compile(r"(?!(?:the|its|their|this|these|that|those|such)\b)", re.IGNORECASE)
_EN_SUPPORT_OBJECT = re.compile(r"(?:(?:a|an|the|its|their|new|fresh|more|extra|additional)\s+)*"
                                r"(?:[\w$.()-]+\s+){0,5}?(?:subsid(?:y|ies)|incentives)"
                                # (their amount after them, the phrase cut at "to": "subsidies of up to
                                # 5,000 yuan", "incentives worth 2 billion yuan")
                                r"(?:\s+(?:of|worth)(?:\s+[\w$.,()-]+){1,4})?", re.IGNORECASE)

# (between a body of a list and its comma: an acronym in brackets; after the comma, the next body)
_EN_LISTED_BODY_GAP = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?")
_EN_LISTED_BODY_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")

# "introduced", "laid out", "set out", "outlined" also tell a document explained: "introduced the
# plan" (one already known), "the details of the rules", "at a press conference". Issued, it is
# new: "introduced a set of measures", "laid out new rules".
_EN_PRESENTING = frozenset(("introduced", "laid out", "set out", "outlined"))
_EN_PLANNER_APPROVALS = frozenset(("approved", "green-lit", "greenlit", "greenlighted",
                                   # (the wires' phrases for the same approval: "gave the green light to
                                   # three hydrogen pipelines", "gave the go-ahead to four reactors")
                                   "gave the green light to", "gave the go-ahead to", "gave the nod to",
                                   "signed off on"))
_EN_DRAFT_WORD = re.compile(r"\bdraft\b", re.IGNORECASE)
_EN_FOUNDING_OF = re.compile(r"(?:the\s+)?(?:establishment|construction|creation|building|setting\s+up)\s+of\s",
                             re.IGNORECASE)
# (the one entry an approval creates: see _en_active)
_EN_FOUNDED_ONE = re.compile(r"\b(?:project|cent(?:re|er)|hub|park|base|platform|cluster|zone|laboratory|lab|institute"
                             r"|plant|port|airport|railway|line|reactor|site)\b", re.IGNORECASE)
_EN_PRESENTED_OBJECT = re.compile(r"^the\b|\b(?:details|contents|background|highlights)\b", re.IGNORECASE)
_EN_AT_BRIEFING = re.compile(r"[^.;]{0,40}?\bat\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:conference|briefing)\b")
_EN_SAID_IT_GAP = re.compile(r"\)?(?:\s*\([A-Z]{2,8}\))?,?\s+(?:said|announced|stated)\b[^;:,.]{0,60}?\s"
                             r"(?:that\s+)?it\s+(?:(?:has|had|have|also|jointly|recently)\s+)+")
# (a time may stand between: "approved a plan on Saturday to build …")
_EN_TO_BUILD = re.compile(r"(?:\s+(?:on|last|this|earlier|late)\s+[\w.]+(?:\s+\d{1,2})?)?\s+(?:to\s+(?:build|construct|develop|expand)|for\s+(?:building|the\s+construction))\b")
_OTHERS_AFTER = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+and\s+(?:\w+\s+){0,2}other\s+(?:government\s+)?"
                           r"(?:departments|ministries|agencies)\b")


# --- Chinese: one verb lexicon for every construction ----------------------------------------
# The Chinese rules above name constructions; here, as for English, a verb is one table entry and
# every construction reads it: active (工业和信息化部23日联合发布…, the body, then at most a time,
# adverbs or the bodies it acts with), passive (由工业和信息化部办公厅近日公布…), relative
# (…去年3月出台的《…》, …近日公布的…名单) and object first (《…》日前由…印发, via the rule above).
# The object after the verb decides the type with the kind of verb: 《…》 a document (or a
# standard, named so before its title), …名单 a list, a batch or count of entries a list, a
# committee. The actor must be named: a body, 该部/该局, 两部门 (see agency_mentions).
_ZH_VERBS = {
    # (审议通过: a document adopted by the body meeting, 国务院常务会议审议通过《…》, as "the State
    # Council executive meeting passed a regulation" is in English)
    "issue": ("印发", "发布", "公布", "出台", "颁布", "公告", "修订发布", "修订印发", "修订出台", "制定发布", "发出", "下发",
              "审议通过", "转发"),
    "approve": ("批复", "批准", "核准", "认定", "遴选确定", "遴选", "确定", "命名", "评选"),
    "establish": ("成立", "组建"),
    # (启动: a campaign set going, 五部门启动2026年新能源汽车下乡活动, as 启动“…行动” is by the rule above)
    # (组织开展: the same, 五部门组织开展…活动; not 开展 alone, what any plan asks of many)
    "launch": ("启动", "组织开展"),
}
_ZH_VERB_CLASS = {verb: kind for kind, verbs in _ZH_VERBS.items() for verb in verbs}
_ZH_LEXICON_VERB = re.compile(
    "(?P<verb>" + "|".join(sorted(_ZH_VERB_CLASS, key=len, reverse=True)) + ")"
    r"(?!会|时间|日期|以来|之后|后|前|时|之时|情况|的数据|数据|周年|仪式)"
)
_ZH_LEXICON_NEEDLES = tuple(sorted({v[:2] for v in _ZH_VERB_CLASS}))
# (kind of verb, kind of object) -> the event: _EN_EVENT_OF, with a named list.
_ZH_EVENT_OF = {
    ("issue", "document"): (DOCUMENT, None),
    ("issue", "standard"): (STANDARD, None),
    ("issue", "list"): (APPROVAL, None),
    ("issue", "entities"): (APPROVAL, None),
    ("approve", "list"): (APPROVAL, None),
    ("approve", "entities"): (APPROVAL, None),
    ("approve", "standard"): (STANDARD, None),
    ("establish", "committee"): (OTHER, "committee_established"),
    ("launch", "campaign"): (PLAN, None),
}
_ZH_STRUCTURAL_RULES = {
    key: _rule(type_, subtype, r"(?!)", retype=type_ == DOCUMENT) for key, (type_, subtype) in _ZH_EVENT_OF.items()
}
# What may stand between the actor and its verb: times (23日, 去年3月, 近日), adverbs (正式, 联合,
# 同步), the bodies it acts with (会同省自然资源厅, 等五部门), 于/在 phrases and the first verb of a
# compound (批准发布, 修订印发); nothing else.
_ZH_GAP_TOKEN = (
    r"(?:\d{1,4}年(?:度)?|\d{1,2}月(?:份)?(?:\d{1,2}日)?|\d{1,2}日|[上下]午|[上本]月|[今去前]年|[上中下]旬|初|底|末"
    r"|近日|日前|近期|此前|早前|今天|昨天|昨日|当天|当日|同日|于|已|已经|曾|正式|联合|共同|同步|一并|再次|首次|又|还|也"
    r"|先后|分别|新|重新|向社会|公开|发文|审议|批准|修订|制定|遴选|会同[^，。；《》]{1,30}?|协同[^，。；《》]{1,20}?"
    # (五部门在海南启动…: where the act took place, a short name)
    r"|在[\u4e00-\u9fff]{1,5}?"
    # (工业和信息化部、生态环境部、市场监管总局三部门联合印发: the count of the bodies just named)
    r"|等?(?:\d+|[一二三四五六七八九十两]+)?个?(?:部门|部委)|办公厅|（[^）]{1,20}）|\s"
    # (工业和信息化部去年11月对68款App开展专项检测后发布通报, 在广泛征求意见后正式印发: what the body
    # did first, told in a 后 phrase of the verb's own clause; not 前, a deadline still ahead)
    r"|(?:对|在|经|就)[^，。；《》]{1,30}?(?:之后|以后|后)"
    # (国务院常务会议核准了…: the body acting at its meeting)
    r"|常务会议|全体会议)"
)
_ZH_GAP = re.compile(rf"(?:{_ZH_GAP_TOKEN})*")
# What may stand between a notice's body and its verb: a unit of the body (国务院关税税则委员会,
# 工业和信息化部网络安全管理局), a time (16日晚间), adverbs (近日联合), its fellow bodies (等五部门).
_ZH_NOTICE_GAP = re.compile(rf"(?:[^，。；\d《》]{{1,10}}?(?:委员会|办公室|局|司|署|中心))?(?:{_ZH_GAP_TOKEN}|晚间|早间|当晚)*")
_ZH_RECENT_GAP = re.compile(r"近日|日前|近期")
_ZH_WITH_OTHERS = re.compile(r"等(?:\d+|[一二三四五六七八九十]+)?个?(?:部门|部委)")
_ZH_CLAUSE_BREAK = re.compile(r"[，。；：！？]|并(?=[\u4e00-\u9fff])")
# (not inside a title, for a sentence with one: see _ZH_CLAUSE_END_OUTSIDE_TITLES)
_ZH_CLAUSE_BREAK_OUTSIDE_TITLES = re.compile(r"(?:[，。；：！？]|并(?=[\u4e00-\u9fff]))(?![^《》。]{0,80}》)")


def _zh_breaks(s: str) -> re.Pattern[str]:
    """The clause breaks of ``s`` (_ZH_CLAUSE_BREAK), not counting those inside a title."""
    return _ZH_CLAUSE_BREAK_OUTSIDE_TITLES if "》" in s else _ZH_CLAUSE_BREAK
# The object after the verb (and 了/出, or 的 in a relative clause): a named list first (…名单,
# outside any 《…》), then a title (a standard when 标准 comes just before it), a batch or count
# of entries, a committee.
_ZH_LIST_OBJECT = re.compile(r"(?P<name>[^，。；《》]{0,12}(?:《[^》]{1,60}》[^，。；《》]{0,12})?[^，。；《》]{0,30}?"
                             r"(?:名单|名录)(?:（[^）]{1,12}）)?)")
_ZH_LIST_OBJECT = flatten(_ZH_LIST_OBJECT)  # (optional groups as alternations: needles.flatten)
_ZH_TITLE_OBJECT = re.compile(r"(?P<before>[^，。；《》“”]{0,20}?)《(?P<title>[^》]{2,80})》")
_ZH_ENTITY_OBJECT = re.compile(rf"{_ZH_BATCH}[^，。；]{{0,20}}?(?:{_ZH_ENTRY}|{_ZH_ZONE}|先导区)")
_ZH_COMMITTEE_OBJECT = re.compile(r"[^，。；《》]{0,30}?(?:委员会|工作组|领导小组|专家组)")
_ZH_STANDARD_BEFORE = re.compile(r"标准(?!化|委|体系)")
# A campaign named without quotes, the whole object of its clause (2026年新能源汽车下乡活动, 制造业数字化
# 转型行动): not a number of them (一系列活动, 相关活动), nor a plan of one (…行动计划, …活动方案).
# (not an emergency response: 启动应急预案和应急响应行动, see _ZH_EMERGENCY)
_ZH_CAMPAIGN_OBJECT = re.compile(r"(?:实施|开展)?(?P<name>(?!一系列|系列|相关|各类|各项|多项|一批|一些|有关)"
                                 rf"(?![^，。；《》“”]{{0,30}}?(?:{_ZH_EMERGENCY}))"
                                 r"[^，。；《》“”]{2,30}?(?:专项行动|行动|活动))"
                                 # (自…启动…活动以来: the act the period runs from, dated by _LazyDates)
                                 r"(?:以来)?")


_ZH_DRAFT_TITLE = re.compile(r"草案|征求意见稿|送审稿")
# A pilot programme set going, the whole object of 启动 (2031年中小企业数字化转型城市试点工作, 第三批
# 智能网联汽车准入试点): a campaign as 活动/行动 are; not the selection or application of one
# (试点城市遴选工作, 试点申报工作: a call for candidates, no programme yet), nor an emergency.
_ZH_PILOT_CAMPAIGN = re.compile(r"(?:实施|开展)?(?P<name>(?!一系列|系列|相关|各类|各项|多项|一些|有关)"
                                rf"(?![^，。；《》“”]{{0,30}}?(?:{_ZH_EMERGENCY}|遴选|申报|评选|征集))"
                                r"[^，。；《》“”]{2,30}?试点(?:工作)?)")


def _zh_object(s: str, at: int, end: int) -> tuple[str | None, str | None]:
    """(kind, title) of the object at ``at`` (after the verb), in its clause ending at ``end``."""
    rest = s[at:end]
    m = _ZH_LIST_OBJECT.match(rest)
    if m:
        return "list", m["name"].replace("《", "").replace("》", "")
    m = _ZH_TITLE_OBJECT.match(rest)
    if m:
        if _ZH_STANDARD_BEFORE.search(m["before"]) or _STANDARD_AFTER_TITLE.match(rest, m.end()) \
                or _GB_NUMBER.match(rest[m.end():m.end() + 20].lstrip("（( ")):
            return "standard", m["title"]
        return "document", m["title"]
    if _ZH_ENTITY_OBJECT.match(rest):
        return "entities", None
    if _ZH_COMMITTEE_OBJECT.match(rest):
        return "committee", None
    m = _ZH_CAMPAIGN_OBJECT.fullmatch(rest)
    if m:
        return "campaign", m["name"]
    return None, None


def _zh_structural(sentence: Sentence, story: _Story) -> list[_Action]:
    s = sentence.text
    if not has_any(s, _ZH_LEXICON_NEEDLES):
        return []
    out: list[_Action] = []
    bodies: list[tuple[int, int, str]] | None = None
    for m in _ZH_LEXICON_VERB.finditer(s):
        if _ZH_LEXICON_VERB.match(s, m.end()):
            continue  # (遴选发布三批…名单: two verbs, one action; the second is read with its object)
        kind = _ZH_VERB_CLASS[m["verb"]]
        after = m.end()
        relative = s.startswith("的", after)
        after += 1 if relative or s.startswith(("了", "出"), after) else 0
        breaks = _zh_breaks(s).search(s, after)
        clause_end = breaks.start() if breaks else len(s)
        obj, title = _zh_object(s, after, clause_end)
        if kind == "launch" and obj in (None, "entities"):
            # (启动第三批…城市试点工作, 启动…试点: pilots set going are a campaign launched, not a list)
            pilot = _ZH_PILOT_CAMPAIGN.fullmatch(s, after, clause_end)
            obj, title = ("campaign", pilot["name"]) if pilot else (obj, title)
        rule = _ZH_STRUCTURAL_RULES.get((kind, obj)) if obj else None
        if rule is None:
            continue
        if m["verb"] == "审议通过" and title and _ZH_DRAFT_TITLE.search(title):
            # (国务院常务会议审议通过《…法（修正草案）》: a draft adopted to go before the legislature,
            # no document issued; "adopted a draft amendment" is none in English either)
            continue
        if bodies is None:
            bodies = _with_country(agency_mentions(s, back_reference=_back_reference(s, story), kinds=story.kinds,
                                                   plural=story.plural(sentence.start), place=story.place),
                                   s, "zh", story)
            if not bodies and not (story.meeting_days and _AT_THE_MEETING.match(s)):
                return []
        clause_start = max((b.end() for b in _zh_breaks(s).finditer(s, 0, m.start())), default=0)
        found = _within(bodies, clause_start, m.start())
        last_end = max((b for _, b, _ in found), default=clause_start)
        if not found and s[clause_start - 1:clause_start] == "并":
            # "工业和信息化部修订发布《…》，并同步公告了…名单": a verb coordinated with the clause
            # before shares its subject, the bodies opening that clause (after at most a place
            # name: 上海市经济信息化委)
            before = max((b.end() for b in _zh_breaks(s).finditer(s, 0, max(0, clause_start - 2))), default=0)
            found = [b for b in _within(bodies, before, clause_start) if b[0] - before <= 6]
        act_start = m.start()
        if not found and m["verb"] == "审议通过" and "会议" in s:
            # "李强主持召开国务院常务会议，审议通过《…》": the meeting a clause before held acts
            # (or named as that clause's subject: "国务院常务会议研究部署…，审议通过《…》")
            held = _zh_meeting_held(s, clause_start, m.start(), bodies)
            if held:
                found, last_end, act_start = held
        if not found and story.meeting_days and story.main_body and _AT_THE_MEETING.match(s, clause_start):
            # "发布会上公告了…名单": the body of the meeting just reported (the story's main body)
            found = [(clause_start, clause_start, story.main_body)]
            last_end = _AT_THE_MEETING.match(s, clause_start).end()
        if not found:
            continue
        last_end = _past_second_name(s, found, last_end)
        gap = s[last_end:m.start()]
        if not _ZH_GAP.fullmatch(gap):
            continue  # (工业和信息化部部长…表示, 工业和信息化部支持…发布: the body is not the actor)
        # the actor: the bodies named together right before the verb (由…: the agent of a passive)
        names = [name for _, _, name in found]
        if _ZH_WITH_OTHERS.search(gap) and OTHER_DEPARTMENTS not in names:
            names.append(OTHER_DEPARTMENTS)
        recent = bool(_ZH_RECENT_GAP.search(s, clause_start, m.start()))
        # (…启动…活动以来: the period since the act, told as a time; the act is news only when dated
        # in its clause, 自今年6月…启动…活动以来, as a relative clause is)
        since = obj == "campaign" and s.startswith("以来", clause_end - 2)
        out.append(_Action(rule, act_start, m.end(), list(dict.fromkeys(names)), title,
                           dated_only=(relative or since) and not recent))
    return out


# A meeting a body holds, named at the end of its clause: "国务院总理李强主持召开国务院常务会议，",
# "工业和信息化部召开部务会议，". What a later clause of the sentence 审议通过 without a subject of its
# own (after its other business: "研究部署…，听取…汇报，") is adopted by that meeting, its body.
_ZH_MEETING_HELD = re.compile(r"召开了?(?P<meeting>[^，。；]{0,16}?(?:常务会议|全体会议|部务会议|局务会议|委务会议|办公会议))"
                              r"(?=[，,])")
_ZH_MEETING_GAP = re.compile(rf"(?:会议)?{_ZH_GAP.pattern}")


def _zh_meeting_held(s: str, clause_start: int, verb: int,
                     bodies: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], int, int] | None:
    """(the bodies the meeting is named for, where the verb's own gap starts, where the meeting's
    clause starts: its time dates the act) when a meeting held in an earlier clause of ``s`` is the
    subject of the verb at ``verb``, its clause opening at ``clause_start`` with nothing but a time,
    adverbs or 会议 before it."""
    if not _ZH_MEETING_GAP.fullmatch(s, clause_start, verb):
        return None
    held = None
    for held in _ZH_MEETING_HELD.finditer(s, 0, clause_start):
        pass
    if held is None:
        return _zh_meeting_subject(s, clause_start, verb, bodies)
    opening = max((b.end() for b in _zh_breaks(s).finditer(s, 0, held.start())), default=0)
    found = _within(bodies, held.start("meeting"), held.end("meeting"))
    if not found:
        # "工业和信息化部10日召开部务会议，": the body holding the meeting, its clause's subject
        # (or its head chairing it: "工业和信息化部部长主持召开部务会议，", 市政府主要负责同志主持召开…)
        found = [b for b in _within(bodies, opening, held.start())
                 if _ZH_GAP.fullmatch(s, b[1], held.start()) or _ZH_CHAIRED_BY_HEAD.fullmatch(s, b[1], held.start())]
    if not found:
        return None
    return found, verb, opening


# A body's head chairing its meeting, between the body and 召开: 部长主持, 党组书记、部长金壮龙主持,
# 主要负责同志主持 (a name of at most four characters after the office).
_ZH_CHAIRED_BY_HEAD = re.compile(rf"(?:{_ZH_GAP_TOKEN})*(?:党组书记、)?(?:部长|局长|主任|署长|省长|市长|厅长|区长|主席|主要负责同志)"
                                 rf"[\u4e00-\u9fff·]{{0,4}}?(?:{_ZH_GAP_TOKEN})*主持")


# A meeting opening its clause as the subject: "国务院常务会议研究部署…", "国务院常务会议16日召开".
_ZH_MEETING_SUBJECT = re.compile(r"[^，。；]{0,12}?(?:常务会议|全体会议|部务会议|局务会议|委务会议|办公会议)")


def _zh_meeting_subject(s: str, clause_start: int, verb: int,
                        bodies: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], int, int] | None:
    """As _zh_meeting_held, for a meeting named as the subject that opens an earlier clause
    ("6月12日，国务院常务会议研究部署…，审议通过《…》", "国务院常务会议16日召开，会议审议通过…"): the
    bodies it is named for, and where its clause starts (a leading time clause dates it)."""
    openings = [0] + [b.end() for b in _zh_breaks(s).finditer(s, 0, clause_start)]
    for opening in openings[:-1]:  # (not the verb's own clause)
        meeting = _ZH_MEETING_SUBJECT.match(s, opening)
        if meeting is None or meeting.end() > clause_start:
            continue
        # (the body the meeting is named for, right before it: 国务院常务会议, 国家发展改革委主任办公
        # 会议; not 中国移动总经理办公会议, a company's)
        found = [b for b in _within(bodies, opening, meeting.end()) if _ZH_MEETING_OF.fullmatch(s, b[1], meeting.end())]
        if found:
            return found, verb, opening
    return None


_ZH_MEETING_OF = re.compile(r"(?:第[\d一二三四五六七八九十百]+次)?(?:主任|部长|局长|署长|主席|省长|市长|厅长|委员会)?"
                            r"(?:常务会议|全体会议|部务会议|局务会议|委务会议|办公会议)")


# --- one event per action --------------------------------------------------------------------

def _merge(found: list[_Found], published: date | None = None) -> list[_Found]:
    """Fold repeated mentions of one action into its first mention, keeping the fuller details
    (``published``: the day "last week" is counted back from, see _outside_last_week)."""
    kept: list[_Found] = []
    for item in found:
        for i, other in enumerate(kept):
            if _same_action(other, item) and not _outside_last_week(other.event, item.event, published):
                kept[i] = _combine(other, item)
                break
        else:
            kept.append(item)
    return kept


def _same_action(first: _Found, second: _Found) -> bool:
    a, b = first.event, second.event
    if (a.type, a.subtype) != (b.type, b.subtype):
        return False
    if _bare(a) and _bare(b) and a.start == b.start and a.agency == b.agency:
        # one sentence read by two rules ("the ministry organized the drafting of … and has released
        # 30 national standards"): nothing tells two actions of one kind by one body apart there
        return True
    if _bare(a) and _bare(b) and not (first.headline or second.headline):
        # Two undated, untitled mentions in the body are as likely two actions ("此前…先后支持…").
        return False
    if any(_bare(f.event) and _long_ago(f) for f in (first, second)):
        # "工信部18日复函…同意…" and "此前，工信部已先后支持…": what was done before is another action.
        return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.title and b.title and not _same_title(a.title, b.title):
        return False
    if a.doc_number and b.doc_number and a.doc_number != b.doc_number:
        return False
    if a.type != PRESS and first.explicit and second.explicit and a.agency and b.agency \
            and OTHER_DEPARTMENTS not in (a.agency, b.agency) \
            and not set(a.agency.split("; ")) & set(b.agency.split("; ")):
        # (the ministry's list "earlier this week" and a province's approvals "on Wednesday"; a
        # press conference is one event whoever is named as speaking at it; departments left
        # unnamed, "six government departments", may be any)
        return False
    if first.explicit != second.explicit and a.agency and b.agency and not _tied(first, second) \
            and _local_beside_borrowed(first, second):
        # ("…, according to an action plan released on Tuesday. … Tianjin … rolled out its own
        # implementation measures last week": the story's main body, borrowed by the first mention,
        # and a local government the second names are two actors, two actions)
        return False
    if _unnamed_beside_others(first, second) and not _tied(first, second):
        # ("Six government departments on Tuesday issued a guideline on …. The MIIT on Tuesday also
        # issued a notice on …": departments left unnamed may be any, so nothing says the MIIT's is
        # their act; a later mention of the same document says so: "The plan was issued by …")
        return False
    return True


_EN_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)


def _outside_last_week(a: Event, b: Event, published: date | None) -> bool:
    """Whether one mention is dated by its month from "last week" (its own sentence says so) and the
    other by a day outside that week: "The MIIT issued rules last week. The rules were published
    on Tuesday." (Tuesday this week: another act, not the week's day). The day a mention bears
    comes from its own sentence, never lent to an act of another week."""
    if published is None or not a.date or not b.date or {len(a.date), len(b.date)} != {7, 10}:
        return False  # (cheap: only a month beside a day)
    month, day = (a, b) if len(a.date) == 7 else (b, a)
    if "week" not in month.quote or not _EN_LAST_WEEK.search(month.quote) or _EN_LAST_WEEK.search(day.quote):
        return False
    monday = published - timedelta(days=published.weekday() + 7)  # (the week before publication's)
    return not monday.isoformat() <= day.date <= (monday + timedelta(days=6)).isoformat()


def _local_beside_borrowed(first: _Found, second: _Found) -> bool:
    """The mention naming its bodies names only local governments, none of which the other (whose
    body is borrowed from the story) has."""
    named, borrowed = (first, second) if first.explicit else (second, first)
    bodies = named.event.agency.split("; ")
    return all(map(is_local_government, bodies)) and not set(bodies) & set(borrowed.event.agency.split("; "))


def _unnamed_beside_others(first: _Found, second: _Found) -> bool:
    """One mention's bodies are only "other departments", the other's are named bodies none of
    which it shares."""
    a, b = first.event.agency, second.event.agency
    if not a or not b or (a == OTHER_DEPARTMENTS) == (b == OTHER_DEPARTMENTS):
        return False
    return OTHER_DEPARTMENTS not in (a + "; " + b).replace(OTHER_DEPARTMENTS, "", 1)


def _tied(first: _Found, second: _Found) -> bool:
    """Something beyond type and date says two mentions tell one action: both name the same title
    or document number (_same_action has compared them), one is a headline, or the later one opens
    by referring back to a document ("The plan was issued on Tuesday by …", 该方案由…印发)."""
    a, b = first.event, second.event
    if (a.title and b.title) or (a.doc_number and b.doc_number) or first.headline or second.headline:
        return True
    later = b if b.start >= a.start else a
    return any(_DOCUMENT_SUBJECT[lang].match(later.quote) for lang in ("en", "zh")) \
        or bool(_DOCUMENT_AGAIN.search(later.quote))


# A document named again as the object of its verb: "The MIIT issued the plan on Tuesday with five
# other bodies", 工业和信息化部会同有关部门印发该方案. (Not "issued the rules on grain reserves": a
# definite noun with a phrase of its own opens a new document.)
_DOCUMENT_AGAIN = re.compile(
    r"\b(?:issued|released|unveiled|published|introduced)\s+the\s+(?:new\s+|draft\s+)?(?:plan|guidelines?|guidance"
    r"|opinions?|measures|rules|regulations?|notice|circular|roadmap|program(?:me)?|document|standard)\b"
    r"(?!\s+(?:on|for|of|to|aimed|aiming|that)\s+(?![A-Z\d]))"
    rf"|(?:该|上述|这一?){_ZH_DOC_KIND}")


# A clause opened by a conjunction of time: its subject is its own.
_EN_SUBORDINATE_OPENING = re.compile(r"(?:(?:a|one|two|three|a\s+few|\w+)\s+(?:days?|weeks?)\s+)?(?:before|after)\s"
                                     r"|(?:when|as|while)\s")


def _long_ago(f: _Found) -> bool:
    """A body mention said to be from before (此前, "previously"), not from shortly before."""
    return f.recent and not f.lately and not f.headline


def _bare(e: Event) -> bool:
    return not (e.date or e.title or e.doc_number)


def _same_title(a: str, b: str) -> bool:
    """One title is the other shortened (《行动方案》 for the full name), or most bigrams are shared."""
    a, b = "".join(a.lower().split()), "".join(b.lower().split())
    if a in b or b in a:
        return True
    ga, gb = _bigrams(a), _bigrams(b)
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= 0.6


def _bigrams(text: str) -> set[str]:
    s = "".join(text.lower().split())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _combine(a: _Found, b: _Found) -> _Found:
    """The better-documented mention gives the quote; missing details come from the other."""
    # (the same detail: the mention that names its bodies, not "six government departments")
    first, second = (b, a) if _detail(b.event) > _detail(a.event) or _detail(b.event) == _detail(a.event) \
        and a.event.agency == OTHER_DEPARTMENTS else (a, b)
    e, o = first.event, second.event
    date_ = e.date
    if o.date and (not date_ or (len(o.date) > len(date_) and o.date.startswith(date_))):
        date_ = o.date
    agency = e.agency if (e.agency or "").count(";") >= (o.agency or "").count(";") or o.agency == OTHER_DEPARTMENTS \
        else o.agency
    if a.explicit != b.explicit:
        # ("Shanghai on Monday unveiled a plan …. The plan, issued by the Shanghai Municipal
        # Commission …": the body one mention names, not the story's main body the other borrowed)
        agency = (a if a.explicit else b).event.agency
    merged = replace(
        e,
        date=date_,
        title=e.title or o.title,
        doc_number=e.doc_number or o.doc_number,
        agency=agency,
    )
    # (a headline without a date and a body sentence saying 近日: recent)
    return _Found(merged, a.recent and b.recent, a.headline and b.headline, a.explicit or b.explicit,
                  a.lately or b.lately)


def _detail(e: Event) -> int:
    return 2 * bool(e.date) + bool(e.title) + bool(e.doc_number)


def _said_at_meeting(release: Event, agencies: list[str | None]) -> bool:
    """A data release dated as a conference is one said there, unless both are dated by month only
    and by bodies apart: "data released by the National Bureau of Statistics last month" and "the
    ecology ministry's regular news conference in late December" are two occasions of one month
    (a day, or a body in common, or one unnamed, still makes them one; so does a conference of the
    State Council Information Office, whose briefings are where ministries release their data: "the
    MIIT released data in June" and "the SCIO held a press conference in June")."""
    if len(release.date or "") > 7 or not release.agency:
        return True
    bodies = set(release.agency.split("; "))
    return any(not agency or OTHER_DEPARTMENTS in agency or SCIO in agency or bodies & set(agency.split("; "))
               for agency in agencies)


def _finish(found: list[_Found], published: date | None) -> list[Event]:
    """Drop actions nobody in their sentences is named for (a company's launch in a story about
    the ministry), actions dated after publication (announced, not yet done), and data releases
    that are no separate occasion: said at a conference already found, or figures "published
    earlier" with neither a date nor a title."""
    # (customs data is no body's conference: "customs data released on Thursday showed" is its own
    # occasion beside a ministry's briefing that day)
    meetings: dict[str, list[str | None]] = {}
    for f in found:
        if f.event.type == PRESS or f.event.subtype == "work_conference":
            meetings.setdefault(f.event.date, []).append(f.event.agency)
    out: list[Event] = []
    for f in found:
        e = f.event
        if not f.explicit:
            continue  # body only borrowed from the story, and no other mention names it
        if published and e.date and e.date > published.isoformat()[: len(e.date)]:
            continue
        if e.subtype == "data_release" and not e.title:
            if e.date and e.date in meetings and e.agency != CUSTOMS and _said_at_meeting(e, meetings[e.date]):
                continue
            if not e.date and f.recent:
                continue
        if f.lately and not e.date:
            e.recent = True
        out.append(e)
    return out
