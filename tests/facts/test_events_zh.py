"""Policy events from Chinese text: one test per construction, on sentences written for the test."""
from __future__ import annotations

from datetime import date

from scrapers.facts.events import extract_events
from scrapers.facts.model import Event


def events(text: str, published: date | None = date(2023, 10, 16)) -> list[Event]:
    found = extract_events(text, published=published, lang="zh")
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


def only(text: str, published: date | None = date(2023, 10, 16)) -> Event:
    found = events(text, published)
    assert len(found) == 1, found
    return found[0]


# --- press conferences -----------------------------------------------------------------------

def test_scio_press_conference_with_day_of_month():
    e = only("国务院新闻办公室15日上午举行新闻发布会，工业和信息化部副部长介绍了前三季度工业运行情况。")
    assert (e.type, e.date, e.agency) == ("press_conference", "2023-10-15", "State Council Information Office; MIIT")
    assert e.date_precision == "day"


def test_press_conference_theme_in_quotes_is_the_title():
    e = only("工业和信息化部10月12日召开“加快推进新型工业化”专题新闻发布会。")
    assert (e.date, e.title, e.agency) == ("2023-10-12", "加快推进新型工业化", "MIIT")


def test_series_name_is_not_the_title_but_the_stated_theme_is():
    e = only("工业和信息化部9日举行“工业和信息化发展”系列主题新闻发布会第三场，主题为“推动中小企业专精特新发展”。")
    assert e.title == "推动中小企业专精特新发展"
    assert e.date == "2023-10-09"


def test_state_council_policy_briefing_is_held_by_scio():
    e = only("在10月12日举行的国务院政策例行吹风会上，工业和信息化部负责人介绍了相关情况。")
    assert (e.type, e.date) == ("press_conference", "2023-10-12")
    assert e.agency == "State Council Information Office; MIIT"


def test_press_conference_named_before_its_verb():
    e = only("2023世界智能产业博览会新闻发布会9月25日在天津召开，工业和信息化部有关司局负责人出席。")
    assert (e.type, e.date) == ("press_conference", "2023-09-25")


def test_same_day_press_conference_takes_the_day_named_before():
    found = events("8月8日，由工业和信息化部等六部门联合印发的《新产业标准化领航工程实施方案》正式发布，工业和信息化部当天举行新闻发布会进行解读。")
    by_type = {e.type: e for e in found}
    assert by_type["document_issued"].date == "2023-08-08"
    assert by_type["press_conference"].date == "2023-08-08"
    assert by_type["document_issued"].agency == "MIIT; other departments"
    assert by_type["press_conference"].agency == "MIIT"


def test_recent_press_conference_has_no_date():
    e = only("在近日举行的新闻发布会上，工业和信息化部有关负责人介绍了绿色工厂培育情况。")
    assert e.type == "press_conference" and e.date is None and e.recent


def test_an_action_said_to_be_recent_is_marked_so_and_one_with_a_date_or_long_ago_is_not():
    # 近日/日前: shortly before publication, which the warehouse then places it by
    assert only("工业和信息化部日前印发《关于推进5G轻量化技术演进和应用创新发展的通知》。").recent
    dated = only("10月12日，工业和信息化部印发《关于推进5G轻量化技术演进和应用创新发展的通知》。")
    assert dated.date == "2023-10-12" and not dated.recent
    earlier = events("此前，工业和信息化部已批复苏州创建国家级车联网先导区。")
    assert all(not e.recent for e in earlier)
    assert "recent" not in dated.to_dict() and only("工业和信息化部日前印发《通知》。").to_dict()["recent"] is True


def test_planned_press_conference_is_not_an_event():
    assert events("工业和信息化部将于下周举行新闻发布会，介绍上半年工业经济运行情况。") == []
    assert events("第二届数字经济大会将于11月在杭州举办，主办方为工业和信息化部。") == []


def test_forum_speech_is_not_an_event():
    text = "在9日于上海开幕的世界人工智能大会上，工业和信息化部部长在致辞中表示，我国人工智能核心产业规模已超过5000亿元。"
    assert events(text) == []


# --- documents -------------------------------------------------------------------------------

def test_document_with_number_and_joint_issuers():
    e = only("工业和信息化部、国家发展改革委等八部门近日联合印发《关于加快传统制造业转型升级的指导意见》（工信部联规〔2023〕258号）。")
    assert e.type == "document_issued"
    assert e.title == "关于加快传统制造业转型升级的指导意见"
    assert e.doc_number == "工信部联规〔2023〕258号"
    assert e.agency == "MIIT; NDRC; other departments"
    assert e.date is None  # 近日: no date


def test_document_title_before_its_verb():
    e = only("6月5日，由工业和信息化部牵头制定的《制造业可靠性提升实施意见》正式印发。", published=date(2023, 6, 6))
    assert (e.type, e.date, e.title) == ("document_issued", "2023-06-05", "制造业可靠性提升实施意见")


def test_headline_and_body_are_one_document():
    text = "工信部印发《工业领域碳达峰实施方案》\n工业和信息化部等三部门5日印发《工业领域碳达峰实施方案》，明确了重点任务。"
    e = only(text, published=date(2022, 8, 6))
    assert (e.date, e.title) == ("2022-08-05", "工业领域碳达峰实施方案")
    assert e.quote.startswith("工业和信息化部等三部门5日印发")


def test_two_documents_in_one_sentence_are_two_events():
    text = "1月13日，工业和信息化部在印发《甲行动方案》的同时，配套发布《乙实施指南》。"
    found = events(text, published=date(2026, 1, 14))
    assert sorted(e.title for e in found) == ["乙实施指南", "甲行动方案"]
    assert {e.date for e in found} == {"2026-01-13"}


def test_date_in_an_earlier_time_only_clause():
    e = only("王司长表示，8月25日，工业和信息化部等部门印发汽车行业稳增长工作方案。", published=date(2023, 9, 6))
    assert (e.type, e.date) == ("document_issued", "2023-08-25")


def test_future_document_is_not_an_event():
    assert events("下一步，工信部将研究出台人工智能+制造专项行动实施方案。") == []
    assert events("工信部表示，下一步将加大支持力度，并出台综合标准化体系建设指南。") == []


def test_effective_date_is_not_the_event_date():
    e = only("工业和信息化部近日印发《工业互联网安全分类分级管理办法》，该办法自2024年1月1日起施行。")
    assert e.type == "document_issued" and e.date is None


# --- drafts for comment, approvals, standards, committees -------------------------------------

def test_draft_for_comment_is_a_public_consultation():
    e = only("工业和信息化部11日公布《电动汽车充电设施管理办法（征求意见稿）》，向社会公开征求意见，公众可在2023年11月10日前反馈。")
    assert (e.type, e.subtype, e.date) == ("other", "public_consultation", "2023-10-11")
    assert e.title == "电动汽车充电设施管理办法（征求意见稿）"


def test_consultation_notice_takes_title_before_trigger():
    e = only("工业和信息化部起草了《工业产品召回管理办法（征求意见稿）》，现向社会公开征求意见。")
    assert (e.subtype, e.title) == ("public_consultation", "工业产品召回管理办法（征求意见稿）")


def test_approval_by_reply_letter():
    e = only("记者16日从工业和信息化部了解到，工信部近日复函江苏省人民政府，同意支持苏州创建国家级车联网先导区。")
    assert (e.type, e.date, e.agency) == ("approval", None, "MIIT")


def test_recognition_list_is_an_approval():
    e = only("工业和信息化部8月20日在官网公布2023年度绿色制造名单，共有1488家绿色工厂入选。")
    assert (e.type, e.date) == ("approval", "2023-08-20")


def test_zones_set_up_this_year():
    e = only("今年工信部还在成都、西安等地设立了国家人工智能创新应用先导区。", published=date(2024, 6, 1))
    assert (e.type, e.date, e.date_precision) == ("approval", "2024", "year")


def test_two_undated_approvals_stay_apart():
    text = "工信部近日同意支持扬州创建国家级车联网先导区。此前，工信部已先后支持无锡、长沙创建国家级车联网先导区。"
    assert [e.type for e in events(text)] == ["approval", "approval"]


def test_mandatory_standard_with_gb_number():
    e = only("由工业和信息化部组织制定的强制性国家标准《汽车整车信息安全技术要求》（GB 44495—2024），已由市场监管总局（国家标准委）批准发布，将于2026年1月1日起实施。")
    assert e.type == "standard_release"
    assert e.title == "汽车整车信息安全技术要求"
    assert e.doc_number == "GB 44495—2024"
    assert e.date is None
    assert "SAMR" in e.agency and "MIIT" in e.agency


def test_committee_established():
    e = only("工业和信息化部日前成立了人工智能标准化技术委员会，负责相关标准制修订工作。")
    assert (e.type, e.subtype, e.date) == ("other", "committee_established", None)


# --- work conference and data releases ---------------------------------------------------------

def test_work_conference_dated_by_first_day():
    e = only("12月21日至22日，全国工业和信息化工作会议在北京召开。", published=date(2023, 12, 23))
    assert (e.type, e.subtype, e.date) == ("other", "work_conference", "2023-12-21")


def test_work_conference_referred_to_as_this_meeting():
    text = "记者22日从全国工业和信息化工作会议上获悉，今年工业经济回升向好。本次会议于12月21日在北京召开。"
    e = only(text, published=date(2023, 12, 23))
    assert (e.subtype, e.date) == ("work_conference", "2023-12-21")


def test_data_released_on_a_day():
    e = only("工业和信息化部18日发布的数据显示，1—9月规模以上工业增加值同比增长4%。", published=date(2023, 10, 19))
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", "2023-10-18", "MIIT")


def test_titled_statistics_report_is_a_data_release():
    e = only("工业和信息化部日前发布《2023年通信业统计公报》。")
    assert (e.subtype, e.title, e.date) == ("data_release", "2023年通信业统计公报", None)


def test_earlier_published_data_is_no_occasion():
    assert events("以钢铁为例，工信部此前公布的数据显示，去年粗钢产量10亿吨。") == []


def test_association_data_is_not_an_event():
    text = "工业和信息化部高度重视汽车产业。中国汽车工业协会11日发布的数据显示，9月汽车销量285万辆。"
    assert events(text) == []


def test_statistics_page_header_date_is_no_event():
    text = "发布时间：2025-07-22 16:43　来源：运行监测协调局\n今年上半年，通信业运行平稳，电信业务收入增长1%。"
    assert events(text, published=date(2025, 7, 22)) == []


def test_unknown_publication_date_leaves_relative_dates_empty():
    e = only("工业和信息化部23日发布的数据显示，软件业务收入增长13%。", published=None)
    assert e.subtype == "data_release" and e.date is None


def test_no_government_body_no_event():
    assert events("某公司12日举行新闻发布会，发布了新款手机。") == []


# --- more constructions -----------------------------------------------------------------------

def test_today_and_yesterday_resolve_to_the_anchor():
    e = only("在国务院新闻办公室今天举行的新闻发布会上，工业和信息化部副部长介绍了有关情况。")
    assert e.date == "2023-10-16"
    e = only("工业和信息化部昨天公布了2023年度智能制造示范工厂名单。")
    assert (e.type, e.date) == ("approval", "2023-10-15")


def test_data_released_without_de():
    e = only("国家统计局15日发布数据显示，9月份规模以上工业增加值同比增长4.5%。")
    assert (e.subtype, e.date, e.agency) == ("data_release", "2023-10-15", "National Bureau of Statistics")


def test_a_regulation_titled_with_data_is_a_document_not_a_data_release():
    e = only("工业和信息化部近日发布《工业领域数据安全能力提升实施方案》。")
    assert e.type == "document_issued"


def test_industry_standards_approved_in_a_batch():
    e = only("工业和信息化部近日批准发布《锂离子电池用电解液》等312项行业标准。")
    assert e.type == "standard_release"
    assert e.title == "锂离子电池用电解液"


def test_required_or_intended_issuance_is_not_an_event():
    assert events("工业和信息化部要求各地尽快出台配套实施方案。") == []
    assert events("工信部表示，将研究出台新一轮稳增长方案。") == []


def test_purpose_clause_does_not_block_a_past_action():
    e = only("为推动人工智能产业发展，工业和信息化部近日印发《人工智能产业创新任务揭榜挂帅工作方案》。")
    assert e.type == "document_issued"


def test_company_action_in_a_ministry_story_is_not_an_event():
    text = "工业和信息化部持续推动智能终端产业发展。某手机厂商12日举行新闻发布会，发布了新款折叠屏手机。"
    assert events(text) == []


def test_institute_report_is_not_an_event():
    text = "工业和信息化部重视算力发展。中国信息通信研究院18日发布的数据显示，我国算力总规模居全球第二。"
    assert events(text) == []


def test_announced_press_conference_with_its_future_date_is_not_an_event():
    assert events("国务院新闻办公室将于10月20日上午10时举行新闻发布会，请工业和信息化部负责人介绍情况。") == []


def test_untitled_operations_report_is_a_data_release_titled_by_its_name():
    e = only("日前，工业和信息化部发布2023年1—9月通信业经济运行情况。")
    assert (e.subtype, e.title, e.date) == ("data_release", "2023年1—9月通信业经济运行情况", None)


def test_comments_sought_on_a_titled_draft():
    e = only("工信部近日公开征求对《移动应用程序个人信息保护暂行规定（征求意见稿）》的意见。")
    assert (e.subtype, e.title) == ("public_consultation", "移动应用程序个人信息保护暂行规定（征求意见稿）")


def test_document_noun_before_its_issuer():
    e = only("该办法由工业和信息化部于3月1日印发，自印发之日起施行。", published=date(2024, 3, 5))
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-03-01", "MIIT")


def test_document_inside_a_notice_title_is_one_event():
    e = only("工业和信息化部关于公布2023年度智能制造示范工厂名单的通知")
    assert e.type == "approval"


def test_action_dated_after_publication_is_not_an_event():
    # A scheduled event stated without 将: its explicit date still lies ahead of the story.
    assert events("2024年7月29日，首届中国算力大会新闻发布会在济南召开，工业和信息化部出席。", published=date(2024, 7, 1)) == []


def test_last_month_is_the_month_before_the_anchor():
    e = only("此外，工信部上月公布了2023年度国家级智能制造示范工厂名单。", published=date(2024, 3, 22))
    assert (e.type, e.date) == ("approval", "2024-02")


def test_document_referred_to_as_this_plan_with_issuers_and_month():
    e = only("该方案于2022年8月由工信部等三部门联合印发。", published=date(2024, 3, 22))
    assert (e.type, e.date, e.agency) == ("document_issued", "2022-08", "MIIT; other departments")


def test_batch_of_recommended_national_standards():
    e = only("国家标准委近日批准发布388项推荐性国家标准，涉及智能制造等领域。")
    assert (e.type, e.agency) == ("standard_release", "Standardization Administration of China")


def test_a_headline_without_a_date_does_not_hide_that_the_body_calls_the_action_recent():
    text = ("工业和信息化部印发《工业领域碳达峰实施方案》\n"
            "近日，工业和信息化部印发《工业领域碳达峰实施方案》（工信部联节〔2022〕88号）。")
    [e] = events(text)
    assert e.date is None and e.recent and e.doc_number == "工信部联节〔2022〕88号"


def test_a_consultation_opening_on_a_day_is_dated_that_day():
    found = extract_events("工业和信息化部起草了《新能源汽车换电安全要求（征求意见稿）》，20日起向社会公开征求意见。",
                           published=date(2024, 3, 21), lang="zh")
    assert [(e.type, e.subtype, e.date) for e in found] == [("other", "public_consultation", "2024-03-20")]
    # a day after which a rule applies is still no date of the action
    found = extract_events("工业和信息化部印发《办法》，自5月1日起施行。", published=date(2024, 3, 21), lang="zh")
    assert [e.date for e in found] == [None]


def test_provincial_departments_act_too():
    found = extract_events("6月18日，省工业和信息化厅公布2024年度山东省专精特新中小企业名单，共1200家企业入选。",
                           published=date(2024, 6, 19), lang="zh")
    assert [(e.type, e.date, e.agency) for e in found] == [
        ("approval", "2024-06-18", "Shandong Provincial Department of Industry and Information Technology")]


def test_a_month_with_its_part_dates_an_action():
    found = extract_events("5月下旬，市经济和信息化局印发《加快发展智能网联汽车产业若干措施》。", published=date(2024, 6, 19),
                           lang="zh")
    assert [(e.type, e.date) for e in found] == [("document_issued", "2024-05")]


def test_the_same_day_is_the_day_of_the_action_told_before():
    text = ("工业和信息化部3月5日发布的数据显示，1—2月软件业务收入增长8%。同日，工业和信息化部还批准发布了"
            "《工业互联网标识解析 二级节点技术要求》（YD/T 4600—2024）等20项行业标准。")
    found = extract_events(text, published=date(2024, 3, 7), lang="zh")
    assert [(e.type, e.date) for e in found][-1] == ("standard_release", "2024-03-05")


def test_a_programme_launched_at_the_meeting_takes_its_day():
    text = "4月9日，工业和信息化部举行新闻发布会。会上，工业和信息化部宣布启动“工业设备更新专项行动”。"
    found = extract_events(text, published=date(2025, 4, 10), lang="zh")
    assert [(e.type, e.date, e.title) for e in found][-1] == ("plan_announced", "2025-04-09", "工业设备更新专项行动")
    # one still to be launched is no event
    assert [e.type for e in extract_events("下一步，工业和信息化部将启动“算力强基行动”。", published=date(2025, 4, 10),
                                           lang="zh")] == []


# --- a local government beside a ministry -------------------------------------------------------

def test_local_government_joined_to_a_ministry_acts_with_it():
    e = only("10月12日，工业和信息化部与江苏省人民政府联合印发《关于推进江苏新型工业化的若干措施》。")
    assert (e.type, e.date, e.agency) == ("document_issued", "2023-10-12", "MIIT; Jiangsu Provincial Government")
    e = only("工业和信息化部、浙江省人民政府近日联合发布《浙江省数字经济创新发展方案》。")
    assert e.agency == "MIIT; Zhejiang Provincial Government"


def test_local_government_a_ministry_replies_to_or_approves_is_not_an_actor():
    assert only("10月12日，工业和信息化部复函浙江省人民政府，同意支持杭州创建国家人工智能创新应用先导区。").agency == "MIIT"
    assert only("工业和信息化部批复同意浙江省人民政府开展新型工业化示范区建设试点。").agency == "MIIT"
    assert only("10月12日，工业和信息化部向浙江省人民政府印发《关于支持浙江开展试点的通知》。").agency == "MIIT"
