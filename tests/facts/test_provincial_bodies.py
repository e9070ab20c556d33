"""A province-level place's own development and reform commission and its government's general
office, on sentences written for the test: 广东省发展改革委 / "the Guangdong Provincial Development and
Reform Commission" is that province's commission, not the NDRC; 省政府办公厅 / "the general office of
the provincial government" is the office of the place written before it or of the story's own
place, not a generic "local government". The national commission (国家发展改革委, 发展改革委 alone,
"NDRC") stays the NDRC. And the one table of province-level places (subjects.PROVINCES) from which
geography keys and bodies' names are both built, without changing either."""
from __future__ import annotations

import itertools

import pytest

from scrapers.facts import agencies, subjects
from scrapers.facts.agencies import LOCAL_GOVERNMENT, find_agencies, is_local_body

from event_helpers import EN_TIMES, ZH_DAY, ZH_TIMES, events, only, summary

# (as written before the body, its English name and level)
ZH_WRITTEN_PLACES = (
    ("广东省", "Guangdong Provincial"), ("浙江省", "Zhejiang Provincial"), ("黑龙江省", "Heilongjiang Provincial"),
    ("上海市", "Shanghai Municipal"), ("重庆市", "Chongqing Municipal"),
    ("广西壮族自治区", "Guangxi Autonomous Region"), ("内蒙古自治区", "Inner Mongolia Autonomous Region"),
    ("西藏自治区", "Xizang Autonomous Region"),
)
ZH_DRC_FORMS = ("发展改革委", "发展和改革委员会", "发改委", "发展改革委员会")
ZH_DOCUMENT_SENTENCES = (
    ("{body}{time}印发《关于推动低空经济高质量发展的若干措施》。", "document_issued"),
    ("{time}，{body}正式出台《新型储能产业发展行动方案》。", "document_issued"),
    ("{body}{time}公布首批15个零碳园区试点名单。", "approval"),
)


# --- 1. a development and reform commission ---------------------------------------------------

@pytest.mark.parametrize("place,form", list(itertools.product(ZH_WRITTEN_PLACES, ZH_DRC_FORMS)))
def test_zh_a_place_written_gives_its_commission_its_own_name(place, form):
    text = f"{place[0]}{form}印发通知。"
    assert [n for _, _, n in find_agencies(text)] == [f"{place[1]} Development and Reform Commission"], text
    assert is_local_body(find_agencies(text)[0][2])


@pytest.mark.parametrize("sentence,place,when", list(itertools.product(
    ZH_DOCUMENT_SENTENCES, ZH_WRITTEN_PLACES[:6], ZH_TIMES)))
def test_zh_a_provincial_commission_acts_as_itself(sentence, place, when):
    text = sentence[0].format(body=place[0] + "发展改革委", time=when[0])
    e = only(text, "zh", ZH_DAY)
    assert (e.type, e.date, e.agency) == (sentence[1], when[1], f"{place[1]} Development and Reform Commission"), text


# (story's headline place, the bare body, its expected own name)
ZH_BARE_COMMISSIONS = (
    ("江苏省", "省发展改革委", "Jiangsu Provincial Development and Reform Commission"),
    ("四川", "省发改委", "Sichuan Provincial Development and Reform Commission"),
    ("湖北省", "省发展和改革委员会", "Hubei Provincial Development and Reform Commission"),
    ("上海市", "市发展改革委", "Shanghai Municipal Development and Reform Commission"),
    ("北京", "市发改委", "Beijing Municipal Development and Reform Commission"),
    ("宁夏回族自治区", "自治区发展改革委", "Ningxia Autonomous Region Development and Reform Commission"),
)


@pytest.mark.parametrize("bare,sentence,when", list(itertools.product(ZH_BARE_COMMISSIONS, ZH_DOCUMENT_SENTENCES, ZH_TIMES)))
def test_zh_a_bare_commission_takes_the_story_place(bare, sentence, when):
    text = f"{bare[0]}加快发展新型储能\n\n" + sentence[0].format(body=bare[1], time=when[0])
    assert summary(events(text, "zh", ZH_DAY)) == [(sentence[1], when[1], bare[2])], text
    # a story about no one place: a local commission still, never the NDRC
    for headline in ("新型储能产业提速\n\n", "江苏、浙江两省加快发展新型储能\n\n"):
        text = headline + sentence[0].format(body=bare[1], time=when[0])
        assert [e.agency for e in events(text, "zh", ZH_DAY)] == [agencies.LOCAL_DRC], text


@pytest.mark.parametrize("text", (
    # a city's commission, its city written
    "江苏省加快发展新型储能\n\n16日，苏州市发展改革委印发《新型储能产业发展行动方案》。",
    "广东省加快发展新型储能\n\n16日，深圳市发改委印发《新型储能产业发展行动方案》。",
    # a 市 commission in a province's story: one of its cities'
    "浙江省加快发展新型储能\n\n16日，市发展改革委印发《新型储能产业发展行动方案》。",
    # a 省 commission in a municipality's story
    "天津市加快发展新型储能\n\n16日，省发展改革委印发《新型储能产业发展行动方案》。",
))
def test_zh_a_commission_of_a_city_or_another_level_stays_local(text):
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [agencies.LOCAL_DRC], text


@pytest.mark.parametrize("joined,story", list(itertools.product(("会同", "联合", "与", "和"), ("江苏省", "浙江省", "安徽省"))))
def test_zh_a_bare_commission_acting_with_a_department(joined, story):
    text = f"{story}推进制造业节能降碳\n\n6月3日，省工业和信息化厅{joined}省发展改革委印发《节能降碳专项行动方案》。"
    place = story.removesuffix("省")
    en = subjects.PLACES[place]
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [
        f"{en} Provincial Department of Industry and Information Technology; "
        f"{en} Provincial Development and Reform Commission"], text


@pytest.mark.parametrize("story,written", list(itertools.product(
    ("", "江苏省加快发展新型储能\n\n", "上海市加快发展新型储能\n\n"),
    ("国家发展改革委", "国家发展和改革委员会", "国家发改委"))))
def test_zh_the_national_commission_stays_the_ndrc(story, written):
    text = story + f"16日，{written}印发《新型储能产业发展行动方案》。"
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == ["NDRC"], text


@pytest.mark.parametrize("when", ZH_TIMES)
def test_zh_a_bare_short_name_in_a_national_story_stays_the_ndrc(when):
    text = f"新型储能产业提速\n\n{when[0]}，工业和信息化部、发展改革委联合印发《新型储能制造业高质量发展行动方案》。"
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == ["MIIT; NDRC"], text


EN_WRITTEN_COMMISSIONS = (
    ("The Guangdong Provincial Development and Reform Commission", "Guangdong Provincial"),
    ("The Zhejiang provincial development and reform commission", "Zhejiang Provincial"),
    ("The Shanghai Municipal Development and Reform Commission", "Shanghai Municipal"),
    ("The Chongqing municipal development and reform commission", "Chongqing Municipal"),
)


@pytest.mark.parametrize("written,when", list(itertools.product(EN_WRITTEN_COMMISSIONS, EN_TIMES)))
def test_en_a_provincial_commission_acts_as_itself(written, when):
    e = only(f"{written[0]} {when[0]} issued a plan to develop the low-altitude economy.")
    assert (e.type, e.date, e.agency) == ("document_issued", when[1], f"{written[1]} Development and Reform Commission")


@pytest.mark.parametrize("story,level,when", list(itertools.product(
    (("Jiangsu", "Provincial"), ("Hunan", "Provincial"), ("Tianjin", "Municipal")), ("provincial", "municipal"), EN_TIMES)))
def test_en_a_bare_commission_takes_the_story_place_of_its_level(story, level, when):
    sentence = f"The {level} development and reform commission {when[0]} issued a plan on new energy storage."
    e = only(f"{story[0]} speeds up new energy storage\n\n{sentence}")
    want = f"{story[0]} {story[1]} Development and Reform Commission" if story[1].lower() == level else agencies.LOCAL_DRC
    assert (e.type, e.date, e.agency) == ("document_issued", when[1], want)
    # a story about two provinces: a local commission, not the NDRC
    e = only(f"Jiangsu and Zhejiang speed up new energy storage\n\n{sentence}")
    assert e.agency == agencies.LOCAL_DRC


@pytest.mark.parametrize("written,when", list(itertools.product(
    ("The National Development and Reform Commission", "The NDRC", "China's top economic planner"), EN_TIMES)))
def test_en_the_national_commission_stays_the_ndrc(written, when):
    # (in a province's story too)
    e = only(f"Guangdong speeds up new energy storage\n\n{written} {when[0]} issued a plan on new energy storage.")
    assert (e.date, e.agency) == (when[1], "NDRC")


# --- 2. a government's general office ---------------------------------------------------------

ZH_OFFICES = ("人民政府办公厅", "政府办公厅")


@pytest.mark.parametrize("place,office", list(itertools.product(ZH_WRITTEN_PLACES, ZH_OFFICES)))
def test_zh_a_place_written_gives_its_general_office_its_own_name(place, office):
    text = f"{place[0]}{office}印发通知。"
    name = f"General Office of the {place[1]} Government"
    assert [n for _, _, n in find_agencies(text)] == [name], text
    assert is_local_body(name)


@pytest.mark.parametrize("story,office,sentence,when", list(itertools.product(
    (("江苏省", "省", "Jiangsu Provincial"), ("江西", "省", "Jiangxi Provincial"), ("上海市", "市", "Shanghai Municipal"),
     ("新疆维吾尔自治区", "自治区", "Xinjiang Autonomous Region")),
    ZH_OFFICES, ZH_DOCUMENT_SENTENCES[:2], ZH_TIMES)))
def test_zh_a_bare_general_office_takes_the_story_place(story, office, sentence, when):
    text = f"{story[0]}加快发展低空经济\n\n" + sentence[0].format(body=story[1] + office, time=when[0])
    want = f"General Office of the {story[2]} Government"
    assert summary(events(text, "zh", ZH_DAY)) == [(sentence[1], when[1], want)], text


@pytest.mark.parametrize("text", (
    "低空经济提速\n\n16日，省政府办公厅印发《关于推动低空经济高质量发展的若干措施》。",
    "江苏、浙江两省加快发展低空经济\n\n16日，省人民政府办公厅印发《关于推动低空经济高质量发展的若干措施》。",
    "江苏省加快发展低空经济\n\n16日，苏州市人民政府办公厅印发《关于推动低空经济高质量发展的若干措施》。",
))
def test_zh_a_general_office_of_no_known_place_stays_a_local_government(text):
    assert [e.agency for e in events(text, "zh", ZH_DAY)] == [LOCAL_GOVERNMENT], text


def test_zh_a_general_office_in_a_clause_of_its_own():
    text = ("为落实工业和信息化部等四部门今年3月印发的《通用航空装备创新应用实施方案》，湖南省人民政府办公厅"
            "16日印发《湖南省低空经济发展三年行动方案》。")
    assert [e.agency for e in events(text, "zh", ZH_DAY) if e.title == "湖南省低空经济发展三年行动方案"] == [
        "General Office of the Hunan Provincial Government"]


EN_OFFICES = (
    ("The general office of the Guangdong provincial government", "Guangdong Provincial"),
    ("The General Office of the Zhejiang Provincial People's Government", "Zhejiang Provincial"),
    ("The general office of the Beijing municipal government", "Beijing Municipal"),
    ("The General Office of the Inner Mongolia Provincial Government", None),  # (an autonomous region)
)


@pytest.mark.parametrize("written,when", list(itertools.product(EN_OFFICES, EN_TIMES)))
def test_en_a_general_office_acts_as_itself(written, when):
    e = only(f"{written[0]} {when[0]} issued a plan to develop the low-altitude economy.")
    want = f"General Office of the {written[1]} Government" if written[1] else LOCAL_GOVERNMENT
    assert (e.type, e.date, e.agency) == ("document_issued", when[1], want)


@pytest.mark.parametrize("story,when", list(itertools.product(("Hebei", "Fujian", "Yunnan"), EN_TIMES)))
def test_en_a_bare_general_office_takes_the_story_place(story, when):
    sentence = f"The general office of the provincial government {when[0]} issued a plan on the low-altitude economy."
    e = only(f"{story} speeds up the low-altitude economy\n\n{sentence}")
    assert (e.date, e.agency) == (when[1], f"General Office of the {story} Provincial Government")


# --- 4. one table of province-level places ----------------------------------------------------

def test_one_table_gives_both_geography_keys_and_bodies_names():
    provinces = subjects.PROVINCES
    assert len(provinces) == 31 == len({p.zh for p in provinces})
    # the bodies' table is the same places, read from the one table
    assert sorted(agencies._PLACES) == sorted((p.zh, p.en, p.level) for p in provinces)
    for p in provinces:
        assert subjects.PLACES[p.zh] == p.key
        assert subjects.region_of(f"{p.zh}软件业务收入", "zh") == f"China:{p.key}"
        assert agencies.place_of(p.zh) == (p.en, p.level)


@pytest.mark.parametrize("written", ("西藏自治区工业和信息化厅", "西藏自治区发展改革委", "西藏自治区人民政府办公厅"))
def test_tibet_keeps_its_geography_key_and_xizang_its_bodies_names(written):
    # (geography keys written to the warehouse keep "China:Tibet"; bodies keep the official "Xizang")
    assert subjects.region_of("西藏规模以上工业增加值", "zh") == "China:Tibet"
    assert subjects.region_of("Tibet's industrial output", "en") == "China:Tibet"
    assert agencies.place_of("Tibet") == agencies.place_of("西藏") == ("Xizang", "Autonomous Region")
    names = [n for _, _, n in find_agencies(written + "印发通知。")]
    assert len(names) == 1 and "Xizang Autonomous Region" in names[0] and "Tibet" not in names[0], names
    assert subjects.PROVINCES[[p.zh for p in subjects.PROVINCES].index("西藏")].key == "Tibet"
