"""Event constructions of pass 10, on sentences written for the test: a province-level place as the
acting body ("Shanghai on Monday unveiled a plan to …", 广东省日前出台《…》), standing for the one
body of that place the story names, else the place's government; and a local industry department
written without its place (省工业和信息化厅, 市经信委, "the provincial department") named after the
one province-level place the story is about. Each is tried across places, verbs and times, with
negatives: future tense, companies, "in Shanghai", a city's bureau, two provinces named."""
from __future__ import annotations

import itertools

import pytest

from scrapers.facts.agencies import LOCAL_DEPARTMENT, find_agencies, places_named, story_place

from event_helpers import EN_TIMES, ZH_DAY, ZH_TIMES, events, only, summary



# --- 1. a province-level place as the acting body ----------------------------------------------

# (as written, the place's English name and level, the body of it a story may name)
EN_PLACES = (
    ("Shanghai", "Shanghai Municipal", "The Shanghai Municipal Commission of Economy and Informatization",
     "Shanghai Municipal Commission of Economy and Informatization"),
    ("Guangdong", "Guangdong Provincial", "Guangdong's industry department",
     "Guangdong Provincial Department of Industry and Information Technology"),
    ("Zhejiang province", "Zhejiang Provincial", "The Zhejiang Provincial Department of Economy and Information Technology",
     "Zhejiang Provincial Department of Economy and Information Technology"),
    ("Chongqing", "Chongqing Municipal", "Chongqing's economy commission",
     "Chongqing Municipal Commission of Economy and Informatization"),
)
EN_PLACE_OBJECTS = (
    ("unveiled", "a plan to build the robotics industry into a 100-billion-yuan sector", "document_issued"),
    ("issued", "an action plan for humanoid robots", "document_issued"),
    ("approved", "12 pilot zones for the industrial internet", "approval"),
)
EN_PLACE_CONSTRUCTIONS = (
    "{Place} {time} {verb} {object}.",
    "{Time}, {Place} {verb} {object}.",
    "{Place} has {verb} {object} {time}.",
)


@pytest.mark.parametrize("template,place,obj,when,named", list(itertools.product(
    EN_PLACE_CONSTRUCTIONS, EN_PLACES, EN_PLACE_OBJECTS, EN_TIMES, (False, True))))
def test_a_place_acts_for_its_government(template, place, obj, when, named):
    text = template.format(Place=place[0][0].upper() + place[0][1:], time=when[0],
                           Time=when[0][0].upper() + when[0][1:], verb=obj[0], object=obj[1])
    if named:  # the story names the place's own body: the place stands for it
        text += f" {place[2]} will oversee the work."
    e = only(text)
    assert (e.type, e.date, e.agency) == (obj[2], when[1], place[3] if named else f"{place[1]} Government"), text


ZH_PLACES = (("上海市", "Shanghai Municipal"), ("广东省", "Guangdong Provincial"), ("广东", "Guangdong Provincial"),
             ("浙江省", "Zhejiang Provincial"), ("广西壮族自治区", "Guangxi Autonomous Region"))
ZH_PLACE_CONSTRUCTIONS = (
    ("{place}{time}印发《关于加快人形机器人产业发展的实施方案》。", "document_issued"),
    ("{time}，{place}正式出台《促进低空经济高质量发展若干措施》。", "document_issued"),
    ("{place}{time}公布首批12个人工智能创新应用先导区名单。", "approval"),
)


@pytest.mark.parametrize("template,place,when", list(itertools.product(ZH_PLACE_CONSTRUCTIONS, ZH_PLACES, ZH_TIMES)))
def test_zh_a_place_acts_for_its_government(template, place, when):
    text = template[0].format(place=place[0], time=when[0])
    e = only(text, "zh", ZH_DAY)
    assert (e.type, e.date, e.agency) == (template[1], when[1], f"{place[1]} Government"), text


def test_zh_a_place_stands_for_its_own_body_the_story_names():
    text = "上海市16日印发《上海市促进人形机器人产业发展行动方案》。上海市经济信息化委有关负责人介绍，方案提出五方面任务。"
    assert summary(events(text, "zh", ZH_DAY)) == [
        ("document_issued", "2025-09-16", "Shanghai Municipal Commission of Economy and Informatization")]


@pytest.mark.parametrize("text", (
    "Shanghai will unveil a plan to build the robotics industry next year.",
    "Guangdong is expected to issue an action plan for humanoid robots in December.",
    "Shanghai Electric on Tuesday released an action plan for hydrogen energy.",
    "Shanghai-based Unitree on Tuesday unveiled a plan to build 1,000 robots.",
    "In Shanghai, a carmaker on Tuesday released an action plan for robotaxis.",
    "Companies in Guangdong on Tuesday released a plan to cut emissions.",
    "Shanghai's output rose 5 percent in October, and its factories released new rules for workers.",
    # (no object a government issues or approves)
    "Guangdong released its GDP data on Tuesday, showing growth of 4.6 percent.",
    "Zhejiang approved five new drugs developed by the company, the firm said on Monday.",
))
def test_en_not_a_government_act_of_a_place(text):
    assert events(text) == [], text


@pytest.mark.parametrize("text", (
    "上海市将于明年发布《人形机器人产业发展行动方案》。",
    "上海电气16日发布《氢能产业发展行动计划》。",
    "浙江大学16日发布《人工智能发展白皮书》。",
    "广东省机器人协会16日发布《机器人产业发展报告》。",
))
def test_zh_not_a_government_act_of_a_place(text):
    assert events(text, "zh", ZH_DAY) == [], text


@pytest.mark.parametrize("story,agency", (
    ("", "State Council"),
    (" The Ministry of Commerce said exporters must comply.", "Ministry of Commerce"),
    (" The municipal government said the city would fund 30 projects.", "Beijing Municipal Government"),
    (" The Beijing Municipal Bureau of Economy and Information Technology will oversee the work.",
     "Beijing Municipal Bureau of Economy and Information Technology"),
))
def test_en_beijing_stands_for_the_country_unless_the_story_is_about_the_city(story, agency):
    e = only("Beijing on Tuesday issued new rules on the export of rare earth technologies." + story)
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", agency)


def test_zh_beijing_is_the_city():
    e = only("北京市16日印发《北京市促进人形机器人产业发展行动方案》。", "zh", ZH_DAY)
    assert e.agency == "Beijing Municipal Government"


def test_en_china_s_province_acts_for_its_government():
    e = only("China's Guangdong province on Tuesday issued an action plan for humanoid robots.")
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", "Guangdong Provincial Government")


def test_zh_a_party_committee_is_not_the_place_government():
    # (the provincial government named beside it acts; the committee is no body of the table)
    found = events("浙江省委、省政府16日印发《关于加快建设制造强省的实施意见》。", "zh", ZH_DAY)
    assert summary(found) == [("document_issued", "2025-09-16", "Zhejiang Provincial Government")]


def test_a_named_body_beside_the_place_is_the_actor():
    text = ("Guangdong has approved 12 pilot zones for the industrial internet, the Ministry of Industry and "
            "Information Technology said on Tuesday.")
    assert summary(events(text)) == [("approval", "2024-11-05", "MIIT")]


# --- 2. a local department written without its place --------------------------------------------

# (the department as written bare, its level, its kind and field in the own name)
ZH_BARE = (
    ("省工业和信息化厅", "Provincial", "Department of Industry and Information Technology"),
    ("省工信厅", "Provincial", "Department of Industry and Information Technology"),
    ("省经济和信息化厅", "Provincial", "Department of Economy and Information Technology"),
    ("省经信厅", "Provincial", "Department of Economy and Information Technology"),
    ("市经信委", "Municipal", "Commission of Economy and Informatization"),
    ("市工业和信息化局", "Municipal", "Bureau of Industry and Information Technology"),
)
ZH_STORY_PLACES = {"Provincial": (("江苏省", "Jiangsu"), ("四川", "Sichuan"), ("湖北省", "Hubei")),
                   "Municipal": (("上海市", "Shanghai"), ("北京", "Beijing"), ("重庆市", "Chongqing"))}
ZH_BARE_SENTENCES = (
    ("{time}，{body}印发《关于加快制造业数字化转型的若干措施》。", "document_issued"),
    ("{body}{time}公布2025年度智能制造示范工厂名单。", "approval"),
    ("{time}，{body}会同省财政厅出台《专项资金管理办法》。", "document_issued"),
)


@pytest.mark.parametrize("bare,sentence,when,where", list(itertools.product(
    ZH_BARE, ZH_BARE_SENTENCES, ZH_TIMES, range(3))))
def test_zh_a_bare_department_takes_the_story_place(bare, sentence, when, where):
    place_zh, place_en = ZH_STORY_PLACES[bare[1]][where]
    text = f"{place_zh}推进制造业数字化转型\n\n" + sentence[0].format(body=bare[0], time=when[0])
    found = events(text, "zh", ZH_DAY)
    assert summary(found) == [(sentence[1], when[1], f"{place_en} {bare[1]} {bare[2]}")], text
    # (the same sentence in a story naming no place, or two, names no place)
    for headline in ("制造业数字化转型提速\n\n", "江苏、浙江两省推进制造业数字化转型\n\n"):
        text = headline + sentence[0].format(body=bare[0], time=when[0])
        assert [e.agency for e in events(text, "zh", ZH_DAY)] == [LOCAL_DEPARTMENT], text


def test_zh_the_place_named_in_the_story_body_only():
    text = "1月27日，省工业和信息化厅公布2025年度智能制造示范工厂名单，江苏省共有520家企业入选。"
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [
        "Jiangsu Provincial Department of Industry and Information Technology"]


@pytest.mark.parametrize("text", (
    # a municipality's story: a 省 department is none of its own
    "上海市推进制造业数字化转型\n\n16日，省工信厅印发《关于加快制造业数字化转型的若干措施》。",
    # a province's story: a city's bureau, its city written, is the city's
    "江苏省推进制造业数字化转型\n\n16日，苏州市工业和信息化局印发《关于加快制造业数字化转型的若干措施》。",
    "江苏省推进制造业数字化转型\n\n16日，某市工业和信息化局印发《关于加快制造业数字化转型的若干措施》。",
))
def test_zh_a_bare_department_of_another_level_or_city_stays_generic(text):
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [LOCAL_DEPARTMENT], text


EN_BARE = (
    ("The provincial department of industry and information technology", "Jiangsu",
     "Jiangsu Provincial Department of Industry and Information Technology"),
    ("The provincial industry department", "Jiangsu", "Jiangsu Provincial Department of Industry and Information Technology"),
    ("The provincial department of economy and information technology", "Zhejiang",
     "Zhejiang Provincial Department of Economy and Information Technology"),
    ("The municipal economy commission", "Shanghai", "Shanghai Municipal Commission of Economy and Informatization"),
)


@pytest.mark.parametrize("bare,when", list(itertools.product(EN_BARE, EN_TIMES)))
def test_en_a_bare_department_takes_the_story_place(bare, when):
    sentence = f"{bare[0]} {when[0]} issued a plan on smart factories."
    e = only(f"{bare[1]} steps up smart manufacturing\n\n{sentence}")
    assert (e.type, e.date, e.agency) == ("document_issued", when[1], bare[2])
    # two provinces named: no place to give it
    found = events(f"Jiangsu and Zhejiang step up smart manufacturing\n\n{sentence}")
    assert [f.agency for f in found if f.agency != LOCAL_DEPARTMENT] == []


def test_en_the_provincial_department_refers_to_the_one_the_story_names():
    text = ("The Zhejiang Provincial Department of Economy and Information Technology said factories had "
            "invested 80 billion yuan. The provincial department on Wednesday approved 52 future factories.")
    assert summary(events(text)) == [
        ("approval", "2024-11-06", "Zhejiang Provincial Department of Economy and Information Technology")]


def test_en_the_provincial_department_without_a_field_or_a_named_body_is_no_actor():
    # (its field unknown, its name cannot be made; a city's "municipal commission" is no body here)
    text = "Jiangsu steps up smart manufacturing\n\nThe provincial department on Wednesday approved 52 future factories."
    assert events(text) == []


@pytest.mark.parametrize("text,places", (
    ("浙江西部山区", [("Zhejiang", "Provincial")]),         # not Jiangxi
    ("上海南站", [("Shanghai", "Municipal")]),               # not Hainan
    ("广西壮族自治区和广东省", [("Guangxi", "Autonomous Region"), ("Guangdong", "Provincial")]),
    ("Tibet and Inner Mongolia", [("Xizang", "Autonomous Region"), ("Inner Mongolia", "Autonomous Region")]),
    ("Shenzhen and Suzhou", []),
))
def test_places_named(text, places):
    assert places_named(text) == places


def test_story_place_is_the_one_the_lead_names_first():
    # the headline's one place, whatever the paragraphs after it name
    assert story_place("江苏省推进制造业数字化转型\n\n省工信厅16日印发措施。\n\n与浙江、安徽合作。") == ("Jiangsu", "Provincial")
    # the headline names none: the first paragraph; it names two: none
    assert story_place("制造业提速\n\n江苏省16日印发措施。\n\n与浙江合作。") == ("Jiangsu", "Provincial")
    assert story_place("制造业提速\n\n江苏、浙江两省16日印发措施。") is None
    # the lead names none: the one place the whole story names, else none
    lead = "制造业提速\n\n省工信厅16日印发措施。\n\n企业加快转型。\n\n"
    assert story_place(lead + "浙江企业加快转型。") == ("Zhejiang", "Provincial")
    assert story_place(lead + "浙江、安徽企业加快转型。") is None
    assert story_place(lead) is None


def test_a_bare_department_without_the_story_place_stays_generic():
    assert [n for _, _, n in find_agencies("省工业和信息化厅印发通知。")] == [LOCAL_DEPARTMENT]
    assert [n for _, _, n in find_agencies("省工业和信息化厅印发通知。", lambda: ("Jiangsu", "Provincial"))] == [
        "Jiangsu Provincial Department of Industry and Information Technology"]
