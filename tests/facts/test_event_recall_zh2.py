"""Chinese event recall, round 2: whole short stories in the styles of MIIT 工作动态 pages, press
conference transcripts (问答), provincial and city pages, 人民日报, 经济日报, 新华社, 证券时报 and 21世纪
经济报道, written for these tests (no labelled document was read to write them). Events are told
after the lede, referring back (该部, 两部门, 上述部门, 《意见》 by a short name), dated from the story
(当日, 同日, 次日, 前一日, 上周, 本月初, 会上, X月X日 across a new year), several in one sentence, and
mixed with non-events (companies' reactions, experts, effective dates, deadlines, 下一步将…, 要求各地…,
tallies, an institute's report).

Constructions fixed in this round, each with near-misses: a comma inside a title breaks no clause
(就《…（2027年本，征求意见稿）》公开征求意见: the day before the title dates the act); 同日/当日 and
次日/翌日 count from the last day the text named before, an action's or not (…博览会在北京开幕。当日，
…印发…); 会上 after a meeting that is no event of its own takes that meeting's day; a meeting chaired
by the body's head adopts (部长主持召开部务会议，审议通过《…》); a list put up for objections (对…名单
进行公示); an issuing told in a clause of its own after the document's clause (…编制了《指南》，并于2月10日
正式发布; 《指导意见》已经…审议通过，近日由…联合印发); batches tallied (已先后发布五批…名单) are no act;
several documents of one verb (先后印发《…》、《…》和《…》, 审议通过《…》和《…》) are one event each;
titles listed before a standard's kind or count (《…》和《…》两项强制性国家标准) are a standard release.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events

D, A, S, P, PL = "document_issued", "approval", "standard_release", "press_conference", "plan_announced"
PC, DR, WC, CE = "other:public_consultation", "other:data_release", "other:work_conference", "other:committee_established"
M = "MIIT"
LOCAL_DEPT = "local industry and information technology department"

# (publication day, story, the events it states as (type[:subtype], date, agency))
STORIES = [
    # an MIIT 工作动态 page: 会上 at a meeting that is no event, 同日, 下一步
    ("2027-03-15",
     "工业和信息化部召开2027年全国中小企业工作会议\n发布时间：2027-03-15 来源：中小企业局\n"
     "3月14日，工业和信息化部在京召开2027年全国中小企业工作会议。会议总结了2026年中小企业工作，部署2027年重点任务。"
     "会上，工业和信息化部发布了第八批专精特新“小巨人”企业名单。同日，工业和信息化部、财政部联合印发《关于进一步支持专精特新"
     "中小企业高质量发展的通知》。下一步，该部将会同有关部门加大政策支持力度。",
     [(A, "2027-03-14", M), (D, "2027-03-14", "MIIT; Ministry of Finance")]),
    # a provincial page: 省政府办公厅, the document by its short name, its effective date
    ("2027-05-20",
     "浙江省经济和信息化厅\n日前，省政府办公厅印发《浙江省加快推进人工智能产业发展的若干措施》（浙政办发〔2027〕15号）。"
     "《若干措施》提出，到2030年，全省人工智能核心产业营业收入突破8000亿元。该文件自2027年6月1日起施行。"
     "省经信厅有关负责人表示，将会同相关部门抓好政策落地。",
     [(D, None, "General Office of the Zhejiang Provincial Government")]),
    # 人民日报: 两部门, an earlier act 此前…去年12月
    ("2027-05-21",
     "本报北京5月20日电（记者 李某）工业和信息化部、国家发展改革委近日联合印发《关于推动未来产业创新发展的实施意见》。"
     "《实施意见》提出，到2030年，培育一批未来产业领军企业。两部门要求，各地要结合实际抓好落实。"
     "据介绍，两部门此前已于去年12月联合发布《制造业数字化转型行动方案》。",
     [(D, None, "MIIT; NDRC"), (D, "2026-12", "MIIT; NDRC")]),
    # 证券时报: 记者从…获悉, companies' announcements, an expert
    ("2027-05-17",
     "证券时报记者5月16日从工业和信息化部获悉，工信部近日公布了2027年度智能制造示范工厂揭榜单位名单，共有230家工厂入选。"
     "受此消息影响，16日智能制造板块走强，多家上市公司发布公告称旗下工厂入选。业内专家认为，此举将加快制造业智能化升级。",
     [(A, None, M)]),
    # across a new year: 12月30日 in a January story
    ("2027-01-06",
     "工业和信息化部12月30日发布《2027年工业和信息化标准工作要点》。1月4日，该部在京召开全国工业和信息化工作会议，"
     "总结2026年工作，部署2027年重点任务。",
     [(D, "2026-12-30", M), (WC, "2027-01-04", M)]),
    # 次日 after a press conference
    ("2027-01-26",
     "国家能源局1月24日举行新闻发布会，发布2026年全国电力工业统计数据。次日，国家能源局印发《2027年能源工作指导意见》。",
     [(P, "2027-01-24", "National Energy Administration"), (DR, None, "National Energy Administration"),
      (D, "2027-01-25", "National Energy Administration")]),
    # 先后印发 three documents (今年以来: a span, no date)
    ("2027-06-18",
     "今年以来，工业和信息化部先后印发《原材料工业数字化转型工作方案》、《轻工业数字化转型实施指南》和《电子信息制造业数字化转型"
     "实施方案》，推动重点行业数字化转型。业内人士认为，系列政策将有力推动制造业高端化、智能化、绿色化发展。",
     [(D, None, M), (D, None, M), (D, None, M)]),
    # a city bureau, then 同日 the city's commission; an effective date
    ("2027-06-13",
     "深圳市工业和信息化局6月12日发布《深圳市关于加快打造人形机器人产业创新高地的若干措施》，明确对重大项目给予最高3000万元资助。"
     "同日，深圳市发展改革委公布了2027年深圳市重大项目名单。措施自发布之日起实施，有效期3年。",
     [(D, "2027-06-12", LOCAL_DEPT), (A, "2027-06-12", "local development and reform commission")]),
    # 自治区人民政府
    ("2027-06-13",
     "广西壮族自治区人民政府日前印发《广西新能源汽车产业高质量发展三年行动方案（2027—2029年）》。"
     "方案提出，到2029年，全区新能源汽车产量突破100万辆。自治区工业和信息化厅将牵头抓好落实。",
     [(D, None, "Guangxi Autonomous Region Government")]),
    # 答记者问: the issuing in a clause of its own, after the clause naming the document
    ("2027-02-12",
     "工业和信息化部有关司局负责人就《工业领域碳达峰碳中和标准体系建设指南（2027版）》答记者问\n"
     "问：《指南》出台的背景是什么？\n"
     "答：为加快构建工业领域碳达峰碳中和标准体系，我部会同国家标准委组织编制了《指南》，并于2月10日正式发布。\n"
     "问：《指南》的主要内容有哪些？\n答：《指南》提出，到2030年，制修订200项以上碳达峰碳中和国家标准和行业标准。",
     [(D, "2027-02-10", "MIIT; Standardization Administration of China")]),
    # 上周五 (last week: its month), 本周一
    ("2027-06-16",
     "上周五，国务院常务会议审议通过《关于加快发展新型储能的指导意见》。本周一，国家能源局召开新闻发布会，对相关政策进行解读。",
     [(D, "2027-06", "State Council"), (P, "2027-06", "National Energy Administration")]),
    # 本月初 and a standard; its effective date; a tally
    ("2027-06-18",
     "本月初，市场监管总局（国家标准委）批准发布《电动自行车用锂离子蓄电池安全技术规范》强制性国家标准。该标准将于2028年1月1日起实施。"
     "此前，相关部门已累计发布电动自行车领域国家标准20余项。",
     [(S, "2027-06", "SAMR; Standardization Administration of China")]),
    # 新华社: 记者…获悉, 日前联合印发, a pilot to come
    ("2027-06-18",
     "新华社北京6月17日电 记者17日从工业和信息化部获悉，工业和信息化部、国家市场监督管理总局日前联合印发《智能网联汽车准入和上路"
     "通行试点实施指南》。按照《指南》，首批试点将于年内启动。工业和信息化部有关负责人表示，试点将坚持安全第一。",
     [(D, None, "MIIT; SAMR")]),
    # 经济日报: a consultation on a title with a comma inside; its deadline; 自2019年以来
    ("2027-06-18",
     "国家发展改革委6月15日就《产业结构调整指导目录（2027年本，征求意见稿）》公开征求意见。意见反馈截止时间为2027年7月15日。"
     "这是该目录自2019年以来的首次全面修订。",
     [(PC, "2027-06-15", "NDRC")]),
    # 中国电子报: 批复同意…创建先导区; 至此 a count
    ("2027-06-18",
     "日前，工业和信息化部批复同意江苏省创建国家级车联网先导区（苏州）。至此，我国国家级车联网先导区已达8个。"
     "江苏省工业和信息化厅表示，将加快推进先导区建设。",
     [(A, None, M)]),
    # 21世纪经济报道: 经国务院同意…转发; an earlier document 今年3月
    ("2027-06-18",
     "经国务院同意，国务院办公厅近日转发国家发展改革委、工业和信息化部《关于推动大规模设备更新的实施方案》。"
     "业内人士预计，这一政策将带动超过5万亿元的投资规模。记者注意到，今年3月，国务院曾印发《推动大规模设备更新和消费品以旧换新行动方案》。",
     [(D, None, "General Office of the State Council"), (D, "2027-03", "State Council")]),
    # 省政府办公厅, then 次日 a meeting that is no event; 会议要求各地
    ("2027-04-12",
     "4月8日，湖北省人民政府办公厅印发《湖北省制造业数字化转型三年行动计划》。次日，省经信厅召开全省制造业数字化转型推进会，"
     "对行动计划进行部署。会议要求，各地要加快推进中小企业数字化改造。",
     [(D, "2027-04-08", "General Office of the Hubei Provincial Government")]),
    # 部务会议 chaired by the minister adopts a rule; its effective date
    ("2027-06-01",
     "5月28日，工业和信息化部部长主持召开部务会议，审议通过《工业和信息化部行政处罚程序规定》。会议指出，要严格规范公正文明执法。"
     "该规定将自2027年7月1日起施行。",
     [(D, "2027-05-28", M)]),
    # 对…名单进行公示; 此前累计认定
    ("2027-06-18",
     "工业和信息化部近日对2027年度国家技术创新示范企业名单进行公示，公示期为5个工作日。"
     "此前，工业和信息化部已累计认定国家技术创新示范企业1200余家。",
     [(A, None, M)]),
    # 等四部门; 答记者问时表示
    ("2027-06-18",
     "国家网信办等四部门6月14日联合发布《人工智能生成合成内容标识办法》。该办法自2027年9月1日起施行。"
     "国家网信办有关负责人就《办法》答记者问时表示，出台《办法》旨在规范人工智能生成合成内容标识。",
     [(D, "2027-06-14", "Cyberspace Administration of China; other departments")]),
    # a regular press conference; an act told in it, 已于6月10日
    ("2027-06-13",
     "商务部6月12日举行例行新闻发布会。新闻发言人何某在会上表示，商务部已于6月10日发布公告，对原产于欧盟的进口猪肉实施临时反倾销措施。"
     "对于企业关心的问题，何某回应称，将依法依规开展调查。",
     [(P, "2027-06-12", "Ministry of Commerce"), (D, "2027-06-10", "Ministry of Commerce")]),
    # 该部 当日还公布
    ("2027-06-21",
     "工业和信息化部20日举行新闻发布会，介绍2027年1—5月工业通信业发展情况。该部新闻发言人在会上介绍，5月份规模以上工业增加值同比"
     "增长6.2%。据介绍，该部当日还公布了2027年度工业互联网试点示范项目名单。",
     [(P, "2027-06-20", M), (A, "2027-06-20", M)]),
    # nothing done: a tally, a meeting to come, a requirement, an association's standard
    ("2027-06-18",
     "截至5月底，我国累计建成5G基站450万个。工业和信息化部表示，将于7月召开全国5G应用推进大会。工业和信息化部要求各地加快推进"
     "5G网络向农村延伸。中国通信标准化协会6月10日发布了《5G-A网络技术要求》团体标准。",
     []),
    # 上述部门 会后
    ("2027-06-18",
     "工业和信息化部、公安部、交通运输部日前联合召开视频会议，部署智能网联汽车准入试点工作。会后，上述部门联合印发《关于开展智能网联"
     "汽车准入和上路通行试点工作的通知》。",
     [(D, None, "MIIT; Ministry of Public Security; Ministry of Transport")]),
    # X月X日 without a year across a new year
    ("2027-01-03",
     "去年12月26日，工业和信息化部公布了2026年度国家级智能制造示范工厂名单。12月29日，国家发展改革委印发《产业结构调整指导目录"
     "（2027年本）》。1月2日，国务院办公厅发布《关于2027年部分节假日安排的通知》。",
     [(A, "2026-12-26", M), (D, "2026-12-29", "NDRC"), (D, "2027-01-02", "General Office of the State Council")]),
    # 前一日, the document by its short name
    ("2027-06-18",
     "6月16日，工业和信息化部举行新闻发布会，介绍《关于加快推动人工智能赋能新型工业化的指导意见》有关情况。"
     "该《指导意见》已于前一日由工业和信息化部等八部门联合印发。",
     [(P, "2027-06-16", M), (D, "2027-06-15", "MIIT; other departments")]),
    # 经济日报: 由…牵头制定, an expert
    ("2027-07-02",
     "由国家发展改革委牵头制定的《关于加快构建新型电力系统的指导意见》近日正式印发。国家能源局有关负责人表示，《指导意见》明确了"
     "新型电力系统建设的路线图。中国电力企业联合会专家认为，该文件将推动电力行业加快转型。",
     [(D, None, "NDRC")]),
    # 吹风会, then the document's issuing in a clause after its adoption
    ("2027-07-08",
     "国务院新闻办公室7月7日举行国务院政策例行吹风会，请工业和信息化部、国家发展改革委有关负责人介绍《关于推动制造业绿色化发展的"
     "指导意见》有关情况。据介绍，《指导意见》已经国务院常务会议审议通过，近日由工业和信息化部等七部门联合印发。",
     [(P, "2027-07-07", "State Council Information Office; MIIT; NDRC"), (D, None, "MIIT; other departments")]),
    # a transcript's answer: 我部已于…, 我部会同…于…
    ("2027-07-20",
     "工业和信息化部7月19日举行新闻发布会。\n问：在工业领域设备更新方面，有哪些新的举措？\n"
     "答：谢谢您的提问。我部已于7月10日印发《工业领域设备更新实施方案》，明确到2030年，工业领域设备投资规模较2026年增长25%以上。"
     "同时，我部会同财政部于7月15日发布了第一批工业领域设备更新重点项目清单。",
     [(P, "2027-07-19", M), (D, "2027-07-10", M), (A, "2027-07-15", "MIIT; Ministry of Finance")]),
    # a city government's executive meeting
    ("2027-07-20",
     "7月18日，杭州市政府召开常务会议，审议通过《杭州市推进低空经济高质量发展实施方案》。会议强调，要加快培育低空经济产业集群。",
     [(D, "2027-07-18", "local government")]),
    # an institute's white paper at a conference; a vice-minister's speech
    ("2027-07-20",
     "7月18日，2027中国算力大会在宁夏银川开幕。会上，中国信息通信研究院发布了《中国算力发展指数白皮书（2027年）》。"
     "工业和信息化部副部长出席开幕式并致辞。",
     []),
    # 当日 after an expo's opening day
    ("2027-07-20",
     "7月16日，第二届中国国际供应链促进博览会在北京开幕。当日，商务部等八部门印发《关于加快推进供应链创新发展的指导意见》。",
     [(D, "2027-07-16", "Ministry of Commerce; other departments")]),
    # two lists in one sentence, each with its day
    ("2027-07-20",
     "工业和信息化部7月8日公布第七批国家工业遗产名单，7月12日又公布了2027年度绿色工厂名单。",
     [(A, "2027-07-08", M), (A, "2027-07-12", M)]),
    # 证券时报: a regulator's rule, its effective date, a Q&A, analysts
    ("2027-07-20",
     "中国证监会7月18日发布《上市公司监管指引第10号——市值管理》，自公布之日起施行。证监会有关部门负责人就《监管指引》答记者问。"
     "多家券商分析师表示，新规有利于提升上市公司投资价值。",
     [(D, "2027-07-18", "CSRC")]),
    # the executive meeting adopts two documents
    ("2027-07-20",
     "国务院总理李强7月18日主持召开国务院常务会议，审议通过《关于促进服务消费高质量发展的意见》和《关于加快发展银发经济的意见》。",
     [(D, "2027-07-18", "State Council"), (D, "2027-07-18", "State Council")]),
    # 记者…获悉, two bodies 已于…批复同意
    ("2027-07-20",
     "记者7月19日从国家发展改革委获悉，国家发展改革委、国家能源局已于7月16日批复同意内蒙古创建国家级新型能源基地示范区。",
     [(A, "2027-07-16", "NDRC; National Energy Administration")]),
    # 同日 after a meeting that is no event: a committee set up
    ("2027-07-20",
     "7月10日，工业和信息化部召开人形机器人标准化工作推进会。同日，工业和信息化部人形机器人标准化技术委员会在京成立。",
     [(CE, "2027-07-10", M)]),
    # nothing done: intended, planned, an anniversary, batches tallied since a year
    ("2027-07-20",
     "工业和信息化部拟于下半年出台《关于推动新能源汽车产业高质量发展的若干措施》。国家发展改革委计划年内发布新版产业结构调整指导目录。"
     "今年是《中国制造2025》发布十二周年。自2018年以来，工业和信息化部已先后发布五批制造业单项冠军企业名单。",
     []),
]


def _found(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(((e.type + (":" + e.subtype if e.subtype else ""), e.date, e.agency)
                   for e in events(text, "zh", date.fromisoformat(published))), key=str)


@pytest.mark.parametrize("published, text, expected", STORIES, ids=[f"story{i}" for i in range(len(STORIES))])
def test_story(published: str, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(text, published) == sorted(expected, key=str)


PUB = date(2027, 7, 20)


def _kinds(text: str, published: date = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency) for e in events(text, "zh", published)]


# --- a comma inside a title breaks no clause -----------------------------------------------------
@pytest.mark.parametrize("text, type_, when", [
    ("国家发展改革委7月15日就《产业结构调整指导目录（2027年本，征求意见稿）》公开征求意见。", "other", "2027-07-15"),
    ("工业和信息化部7月8日印发《制造业数字化转型行动方案（2027—2029年，试行）》。", "document_issued", "2027-07-08"),
    ("7月8日，市场监管总局就《网络交易平台规则监督管理办法（修订草案，征求意见稿）》向社会公开征求意见。", "other", "2027-07-08"),
])
def test_a_comma_inside_a_title_breaks_no_clause(text: str, type_: str, when: str) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == [(type_, when)]


def test_a_comma_outside_a_title_still_ends_the_time_clause() -> None:
    # (the day is the meeting's, in the clause before: the consultation's clause names none)
    text = "国家发展改革委7月15日召开座谈会听取企业意见，会后就《产业结构调整指导目录（2027年本，征求意见稿）》公开征求意见。"
    assert [(k[0], k[2]) for k in _kinds(text)] == [("other", None)]


# --- 同日 / 当日 / 次日 count from the last day named ----------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("7月16日，第二届中国国际供应链促进博览会在北京开幕。当日，商务部等八部门印发《关于加快推进供应链创新发展的指导意见》。",
     "2027-07-16"),
    ("7月10日，工业和信息化部召开人形机器人标准化工作推进会。同日，工业和信息化部印发《人形机器人标准体系建设指南》。",
     "2027-07-10"),
    ("7月9日，2027世界人工智能大会在上海开幕，多家企业发布了新产品。同一天，工业和信息化部公布了首批人工智能赋能新型工业化典型案例名单。",
     "2027-07-09"),
    ("国家能源局7月14日召开新闻发布会。次日，国家能源局印发《2027年能源工作指导意见》。", "2027-07-15"),
    ("6月30日，全国夏粮收购工作会议在郑州召开。翌日，国家发展改革委印发《关于做好2027年夏粮收购工作的通知》。", "2027-07-01"),
    ("6月10日，工业和信息化部召开座谈会，听取企业意见。次日，工业和信息化部印发《关于进一步优化营商环境的通知》。", "2027-06-11"),
])
def test_same_or_next_day_counts_from_the_last_day_named(text: str, when: str) -> None:
    assert [k[2] for k in _kinds(text) if k[0] == "document_issued" or k[0] == "approval"] == [when]


@pytest.mark.parametrize("text, when", [
    # (no day named before: the publication day, as before)
    ("当日，商务部等八部门印发《关于加快推进供应链创新发展的指导意见》。", "2027-07-20"),
    # (a deadline or a period's bound names no day an act counts from)
    ("各地须于7月10日前报送材料。同日，工业和信息化部印发《人形机器人标准体系建设指南》。", "2027-07-20"),
    # (next day unresolved, no day named before)
    ("次日，国家能源局印发《2027年能源工作指导意见》。", None),
])
def test_same_or_next_day_with_no_day_before(text: str, when: str | None) -> None:
    assert [k[2] for k in _kinds(text)] == [when]


@pytest.mark.parametrize("text", [
    "工业和信息化部7月10日召开会议。次日起，各地开展专项检查。",                     # (no act)
    "《条例》自7月1日起施行，次日起各地开展执法检查。",
])
def test_next_day_is_no_act_of_its_own(text: str) -> None:
    assert _kinds(text) == []


# --- 会上 after a meeting that is no event -----------------------------------------------------------
@pytest.mark.parametrize("text, type_, when", [
    ("3月14日，工业和信息化部在京召开2027年全国中小企业工作会议。会议部署了2027年重点任务。会上，工业和信息化部发布了第八批专精特新"
     "“小巨人”企业名单。", "approval", "2027-03-14"),
    ("7月8日，2027全球数字经济大会在北京开幕。会上，工业和信息化部发布了《数字化转型服务商能力评价指南》。", "document_issued",
     "2027-07-08"),
    ("工业和信息化部7月12日召开全国工业节能工作推进会。会上，工业和信息化部公布了2027年度重点用能行业能效“领跑者”企业名单。",
     "approval", "2027-07-12"),
])
def test_at_the_meeting_told_before(text: str, type_: str, when: str) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == [(type_, when)]


@pytest.mark.parametrize("text, found", [
    # (the meeting names no day: the act none)
    ("工业和信息化部近日召开全国工业节能工作推进会。会上，工业和信息化部公布了2027年度能效“领跑者”企业名单。", [("approval", None)]),
    # (an institute's report at a forum: no body's act)
    ("7月18日，2027中国算力大会在宁夏银川开幕。会上，中国信息通信研究院发布了《中国算力发展指数白皮书（2027年）》。", []),
])
def test_at_the_meeting_near_misses(text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == found


# --- a meeting chaired by the body's head adopts ---------------------------------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("5月28日，工业和信息化部部长主持召开部务会议，审议通过《工业和信息化部行政处罚程序规定》。", "2027-05-28", "MIIT"),
    ("市场监管总局局长7月10日主持召开局务会议，审议通过《食品生产许可管理办法》。", "2027-07-10", "SAMR"),
    ("国家发展改革委主任郑某7月10日主持召开委务会议，审议通过《价格违法行为行政处罚规定》。", "2027-07-10", "NDRC"),
])
def test_a_meeting_chaired_by_the_head_adopts(text: str, when: str, agency: str) -> None:
    assert _kinds(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "公司董事长主持召开董事会，审议通过《关于回购公司股份的议案》。",                         # (a company)
    "工业和信息化部部长主持召开部务会议，审议通过《电信条例实施细则（草案）》。",               # (a draft)
    "工业和信息化部部长主持召开部务会议，听取关于安全生产工作的汇报。",                         # (nothing adopted)
    "工业和信息化部部长表示，召开部务会议审议相关文件，将于近期审议通过《行政处罚程序规定》。",  # (to come)
])
def test_no_chaired_meeting_adopts(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "document_issued"] == []


# --- a list put up for objections --------------------------------------------------------------------
@pytest.mark.parametrize("text, when", [
    ("工业和信息化部近日对2027年度国家技术创新示范企业名单进行公示，公示期为5个工作日。", None),
    ("7月15日，国家发展改革委对第五批国家级工业设计中心拟认定名单予以公示。", "2027-07-15"),
    ("省工业和信息化厅7月10日对2027年度省级专精特新中小企业名单进行了公示。", "2027-07-10"),
])
def test_a_list_put_up_for_objections_is_an_approval(text: str, when: str | None) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == [("approval", when)]


@pytest.mark.parametrize("text", [
    "工业和信息化部将对2027年度国家技术创新示范企业名单进行公示。",   # (to come)
    "工业和信息化部要求各地对拟推荐企业名单进行公示。",               # (required of others)
    "名单公示期为5个工作日，公示期间如有异议可实名反映。",              # (no body)
    "对名单进行公示期间收到的异议，工业和信息化部将及时核查。",
])
def test_no_list_put_up(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "approval"] == []


# --- an issuing in a clause of its own, the document named just before -----------------------------
@pytest.mark.parametrize("text, when, agency", [
    ("工业和信息化部有关负责人介绍，我部会同国家标准委组织编制了《工业领域碳达峰碳中和标准体系建设指南》，并于2月10日正式发布。",
     "2027-02-10",
     "MIIT; Standardization Administration of China"),
    ("《关于推动制造业绿色化发展的指导意见》已经国务院常务会议审议通过，近日由工业和信息化部等七部门联合印发。", None,
     "MIIT; other departments"),
    ("《关于加快推进供应链创新发展的指导意见》经国务院同意，7月12日由商务部等八部门正式印发。", "2027-07-12",
     "Ministry of Commerce; other departments"),
    ("国家发展改革委牵头起草了《关于完善价格治理机制的意见》，并于7月5日正式印发。", "2027-07-05", "NDRC"),
])
def test_an_issuing_clause_after_the_document(text: str, when: str | None, agency: str) -> None:
    assert _kinds(text) == [("document_issued", None, when, agency)]


@pytest.mark.parametrize("text", [
    "中国信息通信研究院编制了《云计算白皮书》，并于7月10日正式发布。",               # (an institute)
    "《工业领域数据安全标准体系建设指南》起草工作已经完成，预计年内发布。",          # (expected)
    "《指南》已报国务院，待批准后发布。",                                            # (awaited)
    "工业和信息化部组织编制了《指南》，将于下月正式发布。",                          # (to come)
    "工业和信息化部组织编制了《指南》，目前尚未发布。",                              # (not done)
    "工业和信息化部解读了《指南》的主要内容，企业代表也在会上发布。",                # (not a clause of times)
])
def test_no_issuing_clause(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "document_issued"] == []


# --- batches tallied ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "自2018年以来，工业和信息化部已先后发布五批制造业单项冠军企业名单。",
    "工业和信息化部已先后认定6批国家级工业设计中心。",
    "近年来，国家发展改革委相继公布了三批国家骨干冷链物流基地名单。",
    "工业和信息化部近日陆续认定了3批国家级工业设计中心。",
])
def test_batches_tallied_are_no_act(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "工业和信息化部7月12日先后发布第五批和第六批制造业单项冠军企业名单。",   # (two batches named)
    "工业和信息化部7月12日发布第五批制造业单项冠军企业名单。",
    "工业和信息化部7月12日公布了首批国家级工业设计中心名单，共认定企业86家。",
])
def test_a_batch_named_stays(text: str) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == [("approval", "2027-07-12")]


# --- several documents of one verb ----------------------------------------------------------------------
@pytest.mark.parametrize("text, titles", [
    ("国务院总理李强7月18日主持召开国务院常务会议，审议通过《关于促进服务消费高质量发展的意见》和《关于加快发展银发经济的意见》。",
     ["关于促进服务消费高质量发展的意见", "关于加快发展银发经济的意见"]),
    ("工业和信息化部7月10日印发《工业互联网标识管理办法》（工信部信管〔2027〕12号）、《工业互联网安全分类分级管理办法》"
     "（工信部网安〔2027〕13号）两个文件。", ["工业互联网标识管理办法", "工业互联网安全分类分级管理办法"]),
    ("工业和信息化部先后印发《原材料工业数字化转型工作方案》、《轻工业数字化转型实施指南》和《电子信息制造业数字化转型实施方案》。",
     ["原材料工业数字化转型工作方案", "轻工业数字化转型实施指南", "电子信息制造业数字化转型实施方案"]),
])
def test_each_document_of_one_verb_is_an_event(text: str, titles: list[str]) -> None:
    found = [e for e in events(text, "zh", PUB) if e.type == "document_issued"]
    assert [e.title for e in found] == titles


def test_each_document_keeps_its_number() -> None:
    text = ("工业和信息化部7月10日印发《工业互联网标识管理办法》（工信部信管〔2027〕12号）、《工业互联网安全分类分级管理办法》"
            "（工信部网安〔2027〕13号）两个文件。")
    assert [e.doc_number for e in events(text, "zh", PUB)] == ["工信部信管〔2027〕12号", "工信部网安〔2027〕13号"]


@pytest.mark.parametrize("text, titles", [
    # (the words after the last name are part of it; a title after a comma is another clause's subject)
    ("工业和信息化部7月10日印发《工业互联网创新发展行动计划》和《工业互联网标识管理办法》实施细则。", ["工业互联网创新发展行动计划"]),
    ("工业和信息化部7月10日印发《工业互联网标识管理办法》，《工业互联网标识管理暂行办法》同时废止。", ["工业互联网标识管理办法"]),
    ("工业和信息化部7月10日印发《工业互联网标识管理办法》，《办法》自9月1日起施行。", ["工业互联网标识管理办法"]),
])
def test_one_document_beside_other_titles(text: str, titles: list[str]) -> None:
    assert [e.title for e in events(text, "zh", PUB)] == titles


# --- titles listed before a standard's kind or count ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "市场监管总局7月10日发布《电动汽车安全要求》和《电动客车安全要求》两项强制性国家标准。",
    "市场监管总局7月10日发布《电动汽车安全要求》（GB 18384—2027）、《电动客车安全要求》（GB 38032—2027）强制性国家标准。",
    "市场监管总局7月10日批准发布《电动汽车安全要求》、《电动客车安全要求》等3项强制性国家标准。",
])
def test_titles_listed_before_a_standard_kind_are_one_standard_release(text: str) -> None:
    assert [(k[0], k[2]) for k in _kinds(text)] == [("standard_release", "2027-07-10")]


def test_a_document_counting_standards_it_plans_stays_a_document() -> None:
    text = "工业和信息化部7月10日印发《指南》，提出制定30项标准。"
    assert [(k[0], k[2]) for k in _kinds(text)] == [("document_issued", "2027-07-10")]
