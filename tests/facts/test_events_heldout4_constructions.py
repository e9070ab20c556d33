"""Policy-event constructions first met in held-out set 4, each on sentences written for the test.

Chinese: an approval of a pilot (批复同意…开展…试点), a reply by letter (复函…，同意支持…), a document
named in a dated relative clause (…今年5月印发的《…》), a programme whose name runs on past its
quotes (启动“…”…行动), a list called 名录, "从今天召开的…会议上获悉", a dated step in the making of a
document that is the sentence's subject (该办法曾于…公开征求意见). English: a one-hyphen dateline
("(Reuters) -"), "market regulators", "with the ministry releasing … standards", "a committee …,
which the ministry set up last week", "last week" / "earlier this week" as a month, "The plan, a
draft of which was released for public comment in …", "said … that it had approved 30 …", a
municipal commission, "it" standing for the body of the sentence before. Planned actions stay out.
"""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts.dates import find_dates
from scrapers.facts.events import extract_events
from scrapers.facts.model import Event

ZH_DAY = date(2023, 10, 16)  # a Monday
WEDNESDAY = date(2024, 2, 14)


def events(text: str, lang: str, published: date | None) -> list[Event]:
    found = extract_events(text, published=published, lang=lang)
    for e in found:  # every quote is the exact text at its offset
        assert text[e.start:e.start + len(e.quote)] == e.quote
    return found


def zh(text: str, published: date | None = ZH_DAY) -> list[Event]:
    return events(text, "zh", published)


def en(text: str, published: date | None = WEDNESDAY) -> list[Event]:
    return events(text, "en", published)


def one(found: list[Event]) -> Event:
    assert len(found) == 1, found
    return found[0]


# --- Chinese ---------------------------------------------------------------------------------

def test_zh_approval_of_a_pilot_jointly_with_another_body():
    e = one(zh("去年9月，工业和信息化部会同财政部批复同意江苏、浙江两省开展工业互联网平台应用创新试点。"))
    assert (e.type, e.date, e.agency) == ("approval", "2022-09", "MIIT; Ministry of Finance")


def test_zh_reply_by_letter_is_dated_by_its_own_clause():
    e = one(zh("记者从工业和信息化部获悉，工业和信息化部12日复函广东省人民政府，同意支持广州创建国家级人工智能创新应用先导区。"))
    assert (e.type, e.date, e.agency) == ("approval", "2023-10-12", "MIIT")


def test_zh_earlier_summary_is_not_merged_into_the_dated_approval():
    found = zh("工业和信息化部12日复函四川省人民政府，同意支持成都创建国家级车联网先导区。"
               "此前，工业和信息化部已先后支持7地创建先导区。")
    assert [(e.type, e.date) for e in found] == [("approval", "2023-10-12"), ("approval", None)]


def test_zh_month_of_last_year():
    assert [d.value for d in find_dates("去年9月，", ZH_DAY, "zh")] == ["2022-09"]
    assert [d.value for d in find_dates("今年9月，", ZH_DAY, "zh")] == ["2023-09"]


def test_zh_undated_reply_by_letter_is_recent():
    e = one(zh("近日，工业和信息化部复函支持合肥、成都建设国家人工智能创新应用先导区。"))
    assert (e.type, e.date, e.recent) == ("approval", None, True)


def test_zh_document_in_a_dated_relative_clause_and_the_main_document():
    found = zh("为贯彻国家发展改革委等五部门今年6月印发的《关于加快推进充电基础设施建设的指导意见》，"
               "省人民政府办公厅近日出台《充电设施三年建设方案》。")
    assert [(e.type, e.date, e.title, e.agency) for e in found] == [
        ("document_issued", "2023-06", "关于加快推进充电基础设施建设的指导意见", "NDRC; other departments"),
        ("document_issued", None, "充电设施三年建设方案", "local government"),
    ]


def test_zh_data_report_in_a_relative_clause():
    e = one(zh("工业和信息化部12日发布的《2023年前三季度电子信息制造业运行情况》显示，行业增加值同比增长5.2%。"))
    assert (e.type, e.subtype, e.date) == ("other", "data_release", "2023-10-12")


@pytest.mark.parametrize("text", [
    # undated: a document recalled, not an issuance reported
    "根据国务院印发的《新一代人工智能发展规划》，各地加快布局。",
    # the day opens the sentence and is the press conference's, not the document's
    "12日，工业和信息化部举行新闻发布会，介绍十部门联合印发的《关于推动能源电子产业发展的指导意见》有关情况。",
])
def test_zh_relative_clause_without_its_own_date_is_no_issuance(text):
    assert [e.type for e in zh(text) if e.type == "document_issued"] == []


def test_zh_programme_name_running_on_past_its_quotes():
    text = "16日，工业和信息化部举行新闻发布会。会上，工业和信息化部宣布启动“数字化转型”伙伴行动。"
    plans = [e for e in zh(text) if e.type == "plan_announced"]
    assert [(e.date, e.title) for e in plans] == [("2023-10-16", "数字化转型伙伴行动")]


def test_zh_list_called_minglu_is_an_approval():
    e = one(zh("上月，工业和信息化部公布了2023年工业产品绿色设计示范企业名录。"))
    assert (e.type, e.date, e.agency) == ("approval", "2023-09", "MIIT")


def test_zh_today_of_the_occasion_the_news_came_from():
    e = one(zh("记者从今天召开的全国工业和信息化工作会议上获悉，今年工业经济总体回升。", published=date(2023, 12, 21)))
    assert (e.type, e.subtype, e.date) == ("other", "work_conference", "2023-12-21")


def test_zh_from_a_day_on_is_still_no_date():
    assert find_dates("该办法从今年1月1日起施行。", ZH_DAY, "zh") == []
    assert find_dates("从今天召开的会议上获悉", ZH_DAY, "zh")[0].value == "2023-10-16"


def test_zh_document_subject_dated_consultation():
    found = zh("工业和信息化部近日印发《工业领域数据安全管理办法》。该办法曾于今年2月面向社会公开征求意见。")
    assert [(e.type, e.subtype, e.date) for e in found] == [
        ("document_issued", None, None), ("other", "public_consultation", "2023-02")]


@pytest.mark.parametrize("text", [
    "工业和信息化部将会同财政部批复同意更多省份开展试点。",
    "下一步，工业和信息化部将启动“数字化转型”伙伴专项行动。",
    "工业和信息化部将于12月公布2023年工业产品绿色设计示范企业名录。",
    "工业和信息化部将适时出台《工业领域数据安全管理办法》。",
    "全国工业和信息化工作会议将于12月下旬召开。记者从今天召开的通气会上获悉，会议筹备就绪。",
])
def test_zh_planned_actions_stay_non_events(text):
    assert [e for e in zh(text) if e.type != "press_conference"] == []


# --- English ---------------------------------------------------------------------------------

def test_en_one_hyphen_dateline_is_masked():
    text = ("Tougher rules on e-bike chargers\nFeb 14, 2024 7:41 AM GMT+8 | Updated 2 hours ago\n\n"
            "SHANGHAI, Feb 14 (Reuters) - China's industry ministry on Tuesday issued draft rules for e-bike chargers, "
            "seeking public comment until March 15.")
    e = one(en(text))
    assert (e.type, e.subtype, e.date) == ("other", "public_consultation", "2024-02-13")


def test_en_market_regulators_release_a_standard():
    text = ("The Ministry of Industry and Information Technology tracks e-bike output.\n\n"
            "Earlier this month, market regulators released a mandatory national standard on e-bike batteries.")
    e = one(en(text))
    assert (e.type, e.date, e.agency) == ("standard_release", "2024-02", "SAMR")


def test_en_participle_releasing_standards():
    e = one(en("Drone makers face tighter rules, with the Ministry of Industry and Information Technology releasing "
               "12 industry standards for civil drones on Monday."))
    assert (e.type, e.date, e.agency) == ("standard_release", "2024-02-12", "MIIT")


def test_en_committee_named_before_the_relative_clause():
    text = ("The Ministry of Industry and Information Technology issued 12 standards on Monday.\n\n"
            "They draw on a standardization technical committee for smart manufacturing, which the ministry "
            "set up last week with 40 member organizations.")
    committees = [e for e in en(text) if e.subtype == "committee_established"]
    assert [(e.date, e.agency) for e in committees] == [("2024-02", "MIIT")]


@pytest.mark.parametrize(("published", "last_week", "earlier_this_week"), [
    (date(2024, 2, 14), "2024-02", "2024-02"),   # Feb 5-11, Feb 12-13
    (date(2024, 3, 6), None, "2024-03"),          # Feb 26-Mar 3 spans two months
    (date(2024, 3, 1), "2024-02", "2024-02"),     # Feb 19-25, Feb 26-29
    (date(2024, 2, 12), "2024-02", None),         # a Monday: nothing earlier this week
])
def test_en_weeks_resolve_to_a_month_when_they_lie_in_one(published, last_week, earlier_this_week):
    found = find_dates("It happened last week and earlier this week.", published, "en")
    assert [d.value for d in found] == [last_week, earlier_this_week]
    assert [d.kind for d in found] == ["month" if v else "recent" for v in (last_week, earlier_this_week)]


def test_en_list_published_earlier_this_week():
    e = one(en("China's Ministry of Industry and Information Technology earlier this week published a list of "
               "120 green factories."))
    assert (e.type, e.date) == ("approval", "2024-02")


def test_en_draft_of_a_document_that_is_the_subject():
    text = ("The Ministry of Industry and Information Technology on Friday issued a plan on industrial robots.\n\n"
            "The plan, a draft of which was released for public comment in November, sets out 12 tasks.")
    assert [(e.type, e.subtype, e.date) for e in en(text)] == [
        ("document_issued", None, "2024-02-09"), ("other", "public_consultation", "2023-11")]


def test_en_province_said_it_had_approved_counted_factories():
    text = ('The Jiangsu Provincial Department of Industry and Information Technology said on Monday that it had '
            'approved 30 "lighthouse factories", lifting the total to 95.')
    e = one(en(text))
    assert (e.type, e.date, e.agency) == ("approval", "2024-02-12",
                                          "Jiangsu Provincial Department of Industry and Information Technology")


def test_en_approvals_of_two_bodies_are_two_events():
    text = ("China's Ministry of Industry and Information Technology earlier this week published a list of 120 green "
            "factories. The Jiangsu Provincial Department of Industry and Information Technology said on Monday that "
            'it had approved 30 "lighthouse factories".')
    assert [(e.type, e.date, e.agency) for e in en(text)] == [
        ("approval", "2024-02", "MIIT"),
        ("approval", "2024-02-12", "Jiangsu Provincial Department of Industry and Information Technology")]


def test_en_approved_money_is_no_approval():
    found = en("The Ministry of Industry and Information Technology said on Monday it had approved 15 billion yuan "
               "for chip factories.")
    assert [e for e in found if e.type == "approval"] == []


def test_en_city_plan_and_its_issuer_in_the_next_sentence():
    text = ("Shenzhen on Monday unveiled a plan to build a 100-billion-yuan drone industry by 2026.\n\n"
            "The plan, issued by the Shenzhen Municipal Bureau of Industry and Information Technology, also aims "
            "to nurture 20 leading firms. The Ministry of Industry and Information Technology backs such plans.")
    e = one(en(text))
    assert (e.type, e.date, e.agency) == (
        "document_issued", "2024-02-12", "local industry and information technology department")


def test_en_it_stands_for_the_body_of_the_sentence_before():
    text = ("The ministry aims to have 3 million 5G base stations by the end of the year. In a notice issued in "
            "January, it urged telecom operators to share towers.\n\n"
            "The Ministry of Industry and Information Technology said output rose.")
    docs = [e for e in en(text) if e.type == "document_issued"]
    assert [(e.date, e.agency) for e in docs] == [("2024-01", "MIIT")]


def test_en_it_after_a_non_government_subject_is_no_body():
    text = ("The China Iron and Steel Association expects output to fall. In a circular issued in January, it "
            "urged members to cut capacity.")
    assert en(text) == []


@pytest.mark.parametrize("text", [
    "The ministry will release 12 industry standards for civil drones next month.",
    "Market regulators will publish a mandatory national standard on e-bike batteries later this year.",
    "It will convene a work conference on industry and information technology next week.",
    "The ministry plans to set up a technical committee on humanoid robots.",
    "The Ministry of Industry and Information Technology is set to launch a list of 100 smart factories.",
])
def test_en_planned_actions_stay_non_events(text):
    assert en("The Ministry of Industry and Information Technology oversees the sector.\n\n" + text) == []
