"""Event constructions of pass 9, on sentences written for the test: the country as the acting body
("China on Tuesday issued …", 我国近日印发…), "the regulator" / "the watchdog" / 监管部门 for the one
regulator a story names, a province-level place's own industry department ("广东省工业和信息化厅",
"Jiangsu's industry and information technology department"), and "a day earlier" / 前一天 dated
from the day named before. Each is tried across bodies, verbs and times, with negatives: future
tense, companies and associations, foreign regulators, two regulators, a city's bureau."""
from __future__ import annotations

import itertools

import pytest

from scrapers.facts.agencies import LOCAL_DEPARTMENT, _PLACES, find_agencies, is_local_body, regulator_references
from scrapers.facts.dates import find_dates

from event_helpers import EN_TIMES, FRIDAY, ZH_DAY, ZH_TIMES, events, only, summary



# --- 1. the country as the acting body ---------------------------------------------------------

EN_COUNTRY_OBJECTS = (
    ("issued", "a guideline on the development of humanoid robots", "document_issued"),
    ("released", "an action plan for the computing power industry", "document_issued"),
    ("published", "12 mandatory national standards for e-bike batteries", "standard_release"),
    ("approved", "12 pilot zones for artificial intelligence innovation", "approval"),
)
EN_COUNTRY_CONSTRUCTIONS = (
    "China {time} {verb} {object}.",
    "{Time}, China {verb} {object}.",
    "China has {verb} {object} {time}.",
)
# (what the rest of the story names, the body the country then stands for)
STORIES = (("", "State Council"),
           (" The Ministry of Industry and Information Technology will oversee the work.", "MIIT"),
           (" The Ministry of Commerce said exporters must comply.", "Ministry of Commerce"))


@pytest.mark.parametrize("template,obj,when,story", list(itertools.product(
    EN_COUNTRY_CONSTRUCTIONS, EN_COUNTRY_OBJECTS, EN_TIMES, STORIES)))
def test_the_country_acts_for_its_government(template, obj, when, story):
    text = template.format(time=when[0], Time=when[0][0].upper() + when[0][1:], verb=obj[0], object=obj[1]) + story[0]
    e = only(text)
    assert (e.type, e.date, e.agency) == (obj[2], when[1], story[1]), text


ZH_COUNTRY_CONSTRUCTIONS = (
    ("{subject}{time}印发《关于加快人形机器人产业发展的指导意见》。", "document_issued"),
    ("{time}，{subject}正式发布《电动自行车用锂离子蓄电池安全技术规范》强制性国家标准。", "standard_release"),
    ("{subject}{time}公布首批12个人工智能创新应用先导区名单。", "approval"),
)


@pytest.mark.parametrize("template,subject,when", list(itertools.product(
    ZH_COUNTRY_CONSTRUCTIONS, ("中国", "我国"), ZH_TIMES)))
def test_zh_the_country_acts_for_its_government(template, subject, when):
    text = template[0].format(subject=subject, time=when[0])
    e = only(text, "zh", ZH_DAY)
    assert (e.type, e.date, e.agency) == (template[1], when[1], "State Council"), text


def test_zh_the_country_stands_for_the_ministry_the_story_is_about():
    text = "我国16日印发《关于加快人形机器人产业发展的指导意见》。工业和信息化部有关负责人介绍，意见提出五方面任务。"
    assert summary(events(text, "zh", ZH_DAY)) == [("document_issued", "2025-09-16", "MIIT")]


@pytest.mark.parametrize("text", (
    "China will approve 12 pilot zones for artificial intelligence next year.",
    "China is expected to issue a guideline on humanoid robots in December.",
    "China has approved five new drugs developed by the company, BeiGene said on Monday.",
    "China on Tuesday approved 30 new online games, the regulator's list showed.",
    "China Mobile on Tuesday released an action plan for 5G-Advanced networks.",
    "China Daily on Tuesday published a list of the top 100 brands.",
    "China's exports rose 12.7 percent in October, and Vietnam issued new rules for imports.",
    "Factories in China on Tuesday released a plan to cut emissions.",
    # (no object a government issues: a programme launched, data the statistics bureau releases)
    "China launched a space program in 2003.",
    "China released its GDP data on Tuesday, showing growth of 4.6 percent.",
    "Exports to the US, China and Japan rose in October.",
))
def test_en_not_a_government_act_of_the_country(text):
    assert events(text) == [], text


@pytest.mark.parametrize("text", (
    "我国将于明年发布《人形机器人产业发展指导意见》。",
    "中国汽车工业协会16日发布《汽车行业碳中和路线图》。",
    "中国信息通信研究院16日发布《人工智能发展白皮书》。",
    "中国电信16日发布《5G-A网络建设行动计划》。",
))
def test_zh_not_a_government_act_of_the_country(text):
    assert events(text, "zh", ZH_DAY) == [], text


def test_a_named_body_beside_the_country_is_the_actor():
    text = "China has approved 12 pilot zones for artificial intelligence, the Ministry of Industry and Information Technology said on Tuesday."
    assert summary(events(text)) == [("approval", "2024-11-05", "MIIT")]


def test_a_local_story_does_not_lend_its_body_to_the_country():
    text = ("China on Tuesday issued a guideline on humanoid robots. The Zhejiang Provincial Department of Economy "
            "and Information Technology said local firms would benefit.")
    assert summary(events(text)) == [("document_issued", "2024-11-05", "State Council")]


# --- 2. "the regulator", "the watchdog", 监管部门 -------------------------------------------------

REGULATORS = (
    ("the State Administration for Market Regulation", "SAMR"),
    ("the China Securities Regulatory Commission", "CSRC"),
    ("the Ministry of Industry and Information Technology", "MIIT"),
    ("the National Medical Products Administration", "NMPA"),
)
EN_REGULATOR_SENTENCES = (
    ("{Word} {time} issued new rules on the recall of defective products.", "document_issued"),
    ("{Word} {time} published 12 national standards for lithium-ion batteries.", "standard_release"),
    ("A catalog of restricted technologies was revised by {word} {time}.", "document_issued"),
)


@pytest.mark.parametrize("body,word,sentence,when", list(itertools.product(
    REGULATORS, ("the regulator", "the watchdog"), EN_REGULATOR_SENTENCES, EN_TIMES)))
def test_the_regulator_is_the_one_regulator_the_story_names(body, word, sentence, when):
    text = (f"{body[0][0].upper()}{body[0][1:]} oversees the sector, which grew fast this year. "
            + sentence[0].format(Word=word[0].upper() + word[1:], word=word, time=when[0]))
    e = only(text)
    assert (e.type, e.date, e.agency) == (sentence[1], when[1], body[1]), text


@pytest.mark.parametrize("word", ("监管部门", "该监管部门"))
@pytest.mark.parametrize("body", (("国家市场监督管理总局", "SAMR"), ("中国证监会", "CSRC"), ("工业和信息化部", "MIIT")))
def test_zh_the_regulator_is_the_one_regulator_the_story_names(body, word):
    text = f"{body[0]}负责行业监管。{word}16日印发《关于加强产品召回管理的通知》。"
    assert summary(events(text, "zh", ZH_DAY)) == [("document_issued", "2025-09-16", body[1])]


@pytest.mark.parametrize("text", (
    # two regulators: ambiguous
    "The State Administration for Market Regulation and the Ministry of Industry and Information Technology "
    "share the work. The regulator on Tuesday issued new rules on product recalls.",
    # a foreign regulator in the story
    "The US Federal Trade Commission fined the firm, and the State Administration for Market Regulation opened a "
    "probe. The regulator on Tuesday issued new rules on product recalls.",
    # no regulator: a planner, a statistics bureau
    "The National Development and Reform Commission set the targets. The regulator on Tuesday issued new rules.",
    "The National Bureau of Statistics compiles the figures. The watchdog on Tuesday issued new rules.",
    # the future
    "The State Administration for Market Regulation oversees the sector. The regulator will issue new rules on product recalls.",
))
def test_en_no_regulator_to_refer_to(text):
    assert events(text) == [], text


@pytest.mark.parametrize("text", (
    "国家市场监督管理总局负责行业监管。相关监管部门16日印发《关于加强产品召回管理的通知》。",
    "国家市场监督管理总局和工业和信息化部负责行业监管。监管部门16日印发《关于加强产品召回管理的通知》。",
    "国家发展改革委负责规划。监管部门16日印发《关于加强产品召回管理的通知》。",
))
def test_zh_no_regulator_to_refer_to(text):
    assert events(text, "zh", ZH_DAY) == [], text


def test_regulator_references():
    assert regulator_references("The CSRC said. The regulator added.") == {
        "regulator": "CSRC", "watchdog": "CSRC", "监管部门": "CSRC"}
    assert regulator_references("The CSRC and the MIIT said. The regulator added.") == {}
    assert regulator_references("The NDRC said. The regulator added.") == {}


def test_the_industry_regulator_is_the_miit():
    assert [n for _, _, n in find_agencies("China's industry regulator said")] == ["MIIT"]
    assert [n for _, _, n in find_agencies("The industry regulator said")] == ["MIIT"]


# --- 3. a province-level place's own department ------------------------------------------------

ZH_LEVEL = {"Provincial": "省", "Municipal": "市", "Autonomous Region": "自治区"}
ZH_FIELDS = (("工业和信息化厅", "Department of Industry and Information Technology"),
             ("经济和信息化厅", "Department of Economy and Information Technology"),
             ("经信厅", "Department of Economy and Information Technology"),
             ("工业和信息化局", "Bureau of Industry and Information Technology"),
             ("经济和信息化委员会", "Commission of Economy and Informatization"),
             ("经济信息化委", "Commission of Economy and Informatization"))
_REGION_PEOPLE = {"广西": "壮族", "宁夏": "回族", "新疆": "维吾尔"}


@pytest.mark.parametrize("place,field", list(itertools.product(_PLACES, ZH_FIELDS)))
def test_zh_every_province_level_place_names_its_department(place, field):
    zh, en, level = place
    name = f"{zh}{_REGION_PEOPLE.get(zh, '')}{ZH_LEVEL[level]}{field[0]}"
    found = find_agencies(f"近日，{name}印发通知。")
    assert [(f[0], f[2]) for f in found] == [(3, f"{en} {level} {field[1]}")], name
    assert is_local_body(found[0][2])


# (an autonomous region's full English name is not read, only "Guangxi's industry department")
@pytest.mark.parametrize("place", [p for p in _PLACES if p[2] != "Autonomous Region"])
def test_en_every_province_level_place_names_its_department(place):
    _, en, level = place
    name = f"{en} {level} Department of Industry and Information Technology"
    assert [n for _, _, n in find_agencies(f"The {name} said on Monday.")] == [name]
    possessive = find_agencies(f"{en}'s industry and information technology department said on Monday.")
    assert [(f[0], f[2]) for f in possessive] == [(0, f"{en} {level} Department of Industry and Information Technology")]


@pytest.mark.parametrize("text,name", (
    ("Shanghai's economy commission on Tuesday issued a plan on smart factories.",
     "Shanghai Municipal Commission of Economy and Informatization"),
    ("The Shanghai Municipal Commission of Economy and Informatization on Tuesday issued a plan on smart factories.",
     "Shanghai Municipal Commission of Economy and Informatization"),
    ("Hebei's industry department on Tuesday issued a plan on smart factories.",
     "Hebei Provincial Department of Industry and Information Technology"),
    ("Zhejiang's economy and information technology department on Tuesday issued a plan on smart factories.",
     "Zhejiang Provincial Department of Economy and Information Technology"),
    ("Guangxi's industry department on Tuesday issued a plan on smart factories.",
     "Guangxi Autonomous Region Department of Industry and Information Technology"),
))
def test_en_a_local_department_acts_under_its_own_name(text, name):
    e = only(text)
    assert (e.type, e.date, e.agency) == ("document_issued", "2024-11-05", name)


@pytest.mark.parametrize("text", (
    "深圳市工业和信息化局印发通知。",        # a city's bureau: no province-level place
    "吉林市工业和信息化局印发通知。",        # Jilin city, not the province (a province's is 省…厅)
    "省工业和信息化厅印发通知。",            # the place not given
    "上海省工业和信息化厅印发通知。",        # a municipality is no 省
    "Shenzhen's industry bureau said on Monday.",
    "The Provincial Department of Industry and Information Technology said on Monday.",
))
def test_a_local_body_without_a_province_level_place_stays_generic(text):
    assert [n for _, _, n in find_agencies(text)] == [LOCAL_DEPARTMENT], text


def test_zh_a_local_department_and_a_ministry_are_named_apart():
    text = "9月16日，广东省工业和信息化厅会同工业和信息化部印发《广东省人形机器人产业发展行动方案》。"
    assert summary(events(text, "zh", ZH_DAY)) == [
        ("document_issued", "2025-09-16", "Guangdong Provincial Department of Industry and Information Technology; MIIT")]


# --- 4. "a day earlier", 前一天 ------------------------------------------------------------------

EN_DAY_BEFORE = ("A day earlier", "One day before", "The day before", "The previous day", "The preceding day")
EN_LEADS = (
    # (the sentence before, the day "a day earlier" counts back from)
    ("The Ministry of Industry and Information Technology held a press conference on Nov. 6.", "2024-11-05"),
    ("Sales rose 8 percent, the China Association of Automobile Manufacturers said on Wednesday.", "2024-11-05"),
    ("Sales rose 8 percent in October.", "2024-11-07"),  # no day named: the publication day's eve
)


@pytest.mark.parametrize("phrase,lead", list(itertools.product(EN_DAY_BEFORE, EN_LEADS)))
def test_en_a_day_earlier_counts_back_from_the_day_named_before(phrase, lead):
    text = (f"{lead[0]} {phrase}, the Ministry of Industry and Information Technology set up a national technical "
            "committee on the standardization of low-altitude equipment.")
    committee = [e for e in events(text) if e.subtype == "committee_established"]
    assert [e.date for e in committee] == [lead[1]], text


ZH_DAY_BEFORE = ("前一天", "此前一天", "前一日")
ZH_LEADS = (
    ("9月18日，工业和信息化部举行新闻发布会。", "2025-09-17"),
    ("中国汽车工业协会16日发布的数据显示，销量增长8%。", "2025-09-15"),
    ("今年以来，销量增长8%。", "2025-09-18"),
)


@pytest.mark.parametrize("phrase,lead", list(itertools.product(ZH_DAY_BEFORE, ZH_LEADS)))
def test_zh_a_day_earlier_counts_back_from_the_day_named_before(phrase, lead):
    text = f"{lead[0]}{phrase}，工业和信息化部印发《低空装备标准化工作方案》。"
    documents = [e for e in events(text, "zh", ZH_DAY) if e.type == "document_issued"]
    assert [e.date for e in documents] == [lead[1]], text


def test_a_day_earlier_in_the_same_sentence():
    text = "9月18日，工业和信息化部举行新闻发布会，介绍前一天印发的《低空装备标准化工作方案》。"
    assert find_dates(text, ZH_DAY, "zh")[-1][2:] == ("2025-09-17", "day_before")
    en = find_dates("On Nov. 6 the MIIT met; a day earlier it had named 12 zones.", FRIDAY, "en")
    assert [(m.value, m.kind) for m in en] == [("2024-11-06", "day"), ("2024-11-05", "day_before")]


def test_a_day_in_advance_is_no_date():
    assert find_dates("企业须提前一天报备。", ZH_DAY, "zh") == []
    assert find_dates("Firms must apply a day ahead.", FRIDAY, "en") == []


def test_zh_a_body_named_after_the_country_is_the_actor():
    text = "中国国家能源局16日印发《关于加快新型储能发展的指导意见》。工业和信息化部表示支持。工业和信息化部将跟进。"
    assert summary(events(text, "zh", ZH_DAY)) == [("document_issued", "2025-09-16", "National Energy Administration")]


@pytest.mark.parametrize("word", ("各级监管部门", "有关监管部门", "市场监管部门", "金融监管部门"))
def test_zh_regulators_of_a_field_or_many_are_no_reference(word):
    text = f"国家市场监督管理总局负责行业监管。{word}16日印发《关于加强产品召回管理的通知》。"
    assert events(text, "zh", ZH_DAY) == [], text
