"""Lists of province-level places as the actors of an event, and a provincial government by name.

"Shandong, Jiangsu and Tianjin on Monday released action plans for …", 5月8日，山东、江苏、天津等地
出台…: each place acts on its own (an Event's agency joined by "; " is one joint act), so a dated
list gives one event per place, the same in all but the body (the one body of that place the
story names, else "<Place> <Level> Government") and, when the sentence names one for each place,
the title. An undated list ("have released", 已出台) is background and stays unread; places acting
together (联合, "jointly") are one joint event. A province's own government (广东省人民政府, 省政府,
"the Guangdong provincial government") is named after its place, as the place acting is.
All sentences are written for this test; places, verbs and times vary across the cases.
"""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from scrapers.facts.agencies import LOCAL_GOVERNMENT, find_agencies, is_local_government, story_place

from event_helpers import events

FRIDAY = date(2024, 11, 8)     # "on Tuesday" is 2024-11-05
ZH_DAY = date(2025, 9, 19)     # 16日 is 2025-09-16

GOV = {
    "Shandong": "Shandong Provincial Government", "Jiangsu": "Jiangsu Provincial Government",
    "Tianjin": "Tianjin Municipal Government", "Guangdong": "Guangdong Provincial Government",
    "Zhejiang": "Zhejiang Provincial Government", "Hubei": "Hubei Provincial Government",
    "Hunan": "Hunan Provincial Government", "Chongqing": "Chongqing Municipal Government",
    "Sichuan": "Sichuan Provincial Government", "Guangxi": "Guangxi Autonomous Region Government",
    "Yunnan": "Yunnan Provincial Government", "Beijing": "Beijing Municipal Government",
    "Shanghai": "Shanghai Municipal Government", "Anhui": "Anhui Provincial Government",
}


def rows(found):
    return [(e.type, e.date, e.title, e.agency) for e in found]


# --- 1. English lists, dated -------------------------------------------------------------------

EN_LISTS = (
    ("Shandong, Jiangsu and Tianjin", ("Shandong", "Jiangsu", "Tianjin")),
    ("Guangdong and Zhejiang", ("Guangdong", "Zhejiang")),
    ("Hubei, Hunan, and Chongqing", ("Hubei", "Hunan", "Chongqing")),
    ("Sichuan and Yunnan provinces", ("Sichuan", "Yunnan")),
    ("China's Guangdong and Zhejiang provinces", ("Guangdong", "Zhejiang")),
    ("Anhui, Hubei and other provinces", ("Anhui", "Hubei")),
    ("Provinces including Shandong, Jiangsu and Tianjin", ("Shandong", "Jiangsu", "Tianjin")),
)
EN_VERBS = ("released action plans for humanoid robots", "issued guidelines on developing embodied AI")
EN_TIMES = (("on Tuesday", "2024-11-05"), ("in October", "2024-10"))


@pytest.mark.parametrize("written,places,verb,time", [
    (w, p, v, t) for (w, p), v, t in itertools.product(EN_LISTS, EN_VERBS, EN_TIMES)])
def test_en_dated_list_of_places_gives_one_event_per_place(written, places, verb, time):
    phrase, day = time
    found = events(f"{written} {phrase} {verb}.", "en", FRIDAY)
    assert rows(found) == [("document_issued", day, None, GOV[p]) for p in places]


def test_en_list_with_beijing_is_the_city_not_the_country():
    # (Beijing alone in English news stands for the country; in a list of places it is the city)
    found = events("Beijing, Shanghai and Guangdong on Tuesday unveiled action plans for embodied AI.", "en", FRIDAY)
    assert [e.agency for e in found] == [GOV["Beijing"], GOV["Shanghai"], GOV["Guangdong"]]


def test_en_undated_background_list_stays_unread_beside_a_dated_one():
    text = ("Hubei and Hunan on Tuesday released action plans for humanoid robots. "
            "Guangdong, Zhejiang and Jiangsu have issued similar plans for the industry.")
    assert [e.agency for e in events(text, "en", FRIDAY)] == [GOV["Hubei"], GOV["Hunan"]]


def test_en_list_dated_by_a_year_only_stays_unread():
    text = ("Sichuan and Yunnan in October issued guidelines on developing embodied AI. "
            "In 2023, Guangdong and Zhejiang released action plans for humanoid robots.")
    assert [e.agency for e in events(text, "en", FRIDAY)] == [GOV["Sichuan"], GOV["Yunnan"]]


def test_en_places_acting_jointly_are_one_joint_event():
    found = events("Jiangsu, Zhejiang and Shanghai on Tuesday jointly issued a plan for the Yangtze River Delta.",
                   "en", FRIDAY)
    assert rows(found) == [("document_issued", "2024-11-05", None,
                            "; ".join((GOV["Jiangsu"], GOV["Zhejiang"], GOV["Shanghai"])))]


# --- 2. Chinese lists, dated -------------------------------------------------------------------

ZH_LISTS = (
    ("山东、江苏、天津等地", ("Shandong", "Jiangsu", "Tianjin")),
    ("广东和浙江", ("Guangdong", "Zhejiang")),
    ("湖北、湖南及重庆", ("Hubei", "Hunan", "Chongqing")),
    ("广西、云南两省区", ("Guangxi", "Yunnan")),
    ("山东省、江苏省等省份", ("Shandong", "Jiangsu")),
    ("安徽等地", ("Anhui",)),
)
ZH_VERBS = ("出台人形机器人产业发展行动方案", "印发《具身智能产业创新发展实施方案》")
ZH_TIMES = (("9月16日，", "", "2025-09-16"), ("", "16日", "2025-09-16"), ("今年8月，", "", "2025-08"))


@pytest.mark.parametrize("written,places,verb,time", [
    (w, p, v, t) for (w, p), v, t in itertools.product(ZH_LISTS, ZH_VERBS, ZH_TIMES)])
def test_zh_dated_list_of_places_gives_one_event_per_place(written, places, verb, time):
    before, after, day = time
    found = events(f"{before}{written}{after}{verb}。", "zh", ZH_DAY)
    title = "具身智能产业创新发展实施方案" if "《" in verb else None
    assert rows(found) == [("document_issued", day, title, GOV[p]) for p in places]


def test_zh_undated_background_list_stays_unread_beside_a_dated_one():
    text = ("9月16日，湖北、湖南等地出台人形机器人产业发展行动方案。"
            "此前，广东、浙江、江苏等地已出台相关政策。近日，四川、重庆等地也印发了实施方案。")
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [GOV["Hubei"], GOV["Hunan"]]


def test_zh_separate_titles_go_each_to_its_own_place():
    found = events("山东、江苏16日分别出台《山东省人形机器人产业发展行动方案》《江苏省人形机器人产业创新发展行动计划》。",
                   "zh", ZH_DAY)
    assert rows(found) == [
        ("document_issued", "2025-09-16", "山东省人形机器人产业发展行动方案", GOV["Shandong"]),
        ("document_issued", "2025-09-16", "江苏省人形机器人产业创新发展行动计划", GOV["Jiangsu"]),
    ]


def test_zh_shared_title_is_given_to_every_place():
    found = events("今年8月，重庆、四川先后印发《具身智能产业创新发展实施方案》。", "zh", ZH_DAY)
    assert rows(found) == [("document_issued", "2025-08", "具身智能产业创新发展实施方案", GOV[p])
                           for p in ("Chongqing", "Sichuan")]


def test_zh_places_acting_jointly_are_one_joint_event():
    found = events("16日，江苏、浙江、上海联合印发《长三角人形机器人协同发展方案》。", "zh", ZH_DAY)
    assert rows(found) == [("document_issued", "2025-09-16", "长三角人形机器人协同发展方案",
                            "; ".join((GOV["Jiangsu"], GOV["Zhejiang"], GOV["Shanghai"])))]


def test_zh_list_place_stands_for_the_one_body_of_it_the_story_names():
    text = ("山东省工业和信息化厅负责人介绍了有关情况。"
            "9月16日，山东、江苏等地出台人形机器人产业发展行动方案。")
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [
        "Shandong Provincial Department of Industry and Information Technology", GOV["Jiangsu"]]


def test_zh_list_broken_by_a_city_is_no_subject():
    # (a city beside a province breaks the list before the verb: no list of places acts there)
    text = "9月16日，山东、江苏、天津等地出台人形机器人产业发展行动方案。广东、深圳16日出台人形机器人产业发展行动方案。"
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [GOV["Shandong"], GOV["Jiangsu"], GOV["Tianjin"]]


# --- 3. a province's own government, named after its place ---------------------------------------

@pytest.mark.parametrize("text,name", [
    ("广东省人民政府16日印发《广东省具身智能产业发展行动方案》。", GOV["Guangdong"]),
    ("湖南省政府16日印发《湖南省具身智能产业发展行动方案》。", GOV["Hunan"]),
    ("广西壮族自治区人民政府16日印发《广西具身智能产业发展行动方案》。", GOV["Guangxi"]),
    ("重庆市人民政府16日印发《重庆市具身智能产业发展行动方案》。", GOV["Chongqing"]),
    ("浙江省委、省政府16日印发《关于加快发展具身智能产业的实施意见》。", GOV["Zhejiang"]),
])
def test_zh_provincial_government_is_named_after_its_place(text, name):
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [name]


@pytest.mark.parametrize("text,name", [
    ("The Guangdong provincial government on Tuesday issued an action plan for humanoid robots.", GOV["Guangdong"]),
    ("The Shanghai Municipal People's Government on Tuesday released guidelines on embodied AI.", GOV["Shanghai"]),
    ("China's Sichuan Provincial Government in October issued an action plan for humanoid robots.", GOV["Sichuan"]),
])
def test_en_provincial_government_is_named_after_its_place(text, name):
    assert [e.agency for e in events(text, "en", FRIDAY)] == [name]


def test_bare_provincial_government_takes_the_story_place_and_a_city_stays_generic():
    text = "湖北省工业和信息化厅介绍情况。省政府16日印发《具身智能产业发展行动方案》。武汉市人民政府同日印发《实施方案》。"
    names = [name for _, _, name in find_agencies(text, lambda: story_place(text))]
    assert names == ["Hubei Provincial Department of Industry and Information Technology", GOV["Hubei"], LOCAL_GOVERNMENT]


def test_is_local_government():
    assert is_local_government(GOV["Guangdong"]) and is_local_government(LOCAL_GOVERNMENT)
    assert is_local_government("General Office of the Jiangxi Provincial Government")
    assert not is_local_government("Guangdong Provincial Department of Industry and Information Technology")
    assert not is_local_government("State Council") and not is_local_government("MIIT")


def test_a_named_provincial_government_beside_a_ministry():
    # acting with it (与, 、 before the place's name), or the one that asked (复函, 批复同意): dropped
    found = events("16日，工业和信息化部与湖南省人民政府联合印发《关于推进湖南新型工业化的若干措施》。", "zh", ZH_DAY)
    assert [e.agency for e in found] == ["MIIT; " + GOV["Hunan"]]
    found = events("工业和信息化部、安徽省人民政府16日联合发布《安徽省具身智能创新发展方案》。", "zh", ZH_DAY)
    assert [e.agency for e in found] == ["MIIT; " + GOV["Anhui"]]
    assert [e.agency for e in events("16日，工业和信息化部复函湖南省人民政府，同意支持长沙创建先导区。", "zh", ZH_DAY)] == ["MIIT"]


def test_two_named_provincial_governments_act_together():
    found = events("江苏省人民政府、浙江省人民政府16日联合印发《长三角具身智能协同发展方案》。", "zh", ZH_DAY)
    assert [e.agency for e in found] == [f"{GOV['Jiangsu']}; {GOV['Zhejiang']}"]


@pytest.mark.parametrize("ministry,place", [("The MIIT", "Hunan"), ("The Ministry of Commerce", "Anhui"),
                                            ("The NDRC", "Sichuan")])
def test_en_a_ministry_and_a_named_provincial_government_act_together(ministry, place):
    found = events(f"{ministry} and the {place} provincial government on Tuesday jointly issued a plan for the pilot zone.",
                   "en", FRIDAY)
    assert len(found) == 1 and found[0].agency.endswith("; " + GOV[place])
