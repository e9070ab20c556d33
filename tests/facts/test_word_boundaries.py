"""Cue words of the fact extractor read as whole words: a month name, a rank word, a stock word,
"compound" or "projects" found inside a longer word (or used as another part of speech) must not
change a figure's time, measure, status or geography; nor may 现在 inside 体现在, or 十年来 inside
四十年来. Each case is a sentence of the kind the sources print, through the public API."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract

PUBLISHED = date(2024, 11, 20)


def _figures(text: str, lang: str, published: date = PUBLISHED) -> list:
    return extract(text, published=published, lang=lang).metrics


def _only(text: str, lang: str, published: date = PUBLISHED):
    found = _figures(text, lang, published)
    assert len(found) == 1, found
    return found[0]


# --- English month names are words of their own --------------------------------------------------

def test_in_markets_is_no_march() -> None:
    m = _only("Investment in markets overseas rose 12 percent in the first ten months of 2024.", "en")
    assert (m.period, m.subject) == ("2024-01/2024-10", "Investment in markets overseas")


def test_in_decarbonisation_is_no_december() -> None:
    # (before: period 2023-12, the December before publication, and status "estimate")
    m = _only("Investment in decarbonization rose 15 percent year on year.", "en")
    assert m.period is None and m.subject == "Investment in decarbonization"


def test_end_market_is_no_end_of_march() -> None:
    m = _only("China's end-market demand for chips rose 8 percent year on year.", "en")
    assert m.as_of != "2024-03" and "end-market" in m.subject


@pytest.mark.parametrize(("text", "period"), [
    ("Output rose 8 percent in Sept. and 9 percent in March 2024.", ["2024-09", "2024-03"]),
    ("Output rose 5 percent from January to Oct.", ["2024-01/2024-10"]),
])
def test_month_names_and_abbreviations_still_read(text: str, period: list[str]) -> None:
    assert [m.period for m in _figures(text, "en")] == period


# --- English cue words ----------------------------------------------------------------------------

def test_chemical_compounds_are_no_compound_rate() -> None:
    m = _only("Output of organic chemical compounds rose 8 percent year on year in the first ten months.", "en")
    assert m.measure == "yoy_growth"


def test_compound_annual_growth_is_still_a_cagr() -> None:
    m = _only("Software revenue grew at a compound annual rate of 12 percent from 2019 to 2023.", "en")
    assert m.measure == "cagr"


def test_shared_mobility_is_no_market_share() -> None:
    # "share" of _RANK ("its share of the global market") keeps a figure China's; "shared" does not.
    m = _only("Global revenue of shared mobility platforms rose 15 percent year on year in 2023.", "en")
    assert m.geography == "World"


@pytest.mark.parametrize("text", [
    "Revenue of large-scale data centers reached 300 billion yuan in 2023.",
    "Revenue of the marketing services sector reached 300 billion yuan in 2023.",
])
def test_modifiers_holding_stock_words_leave_revenue_a_flow(text: str) -> None:
    m = _only(text, "en")
    assert (m.period, m.as_of) == ("2023", None)


def test_market_size_is_still_a_stock() -> None:
    m = _only("The market size of the data center industry reached 300 billion yuan in 2023.", "en")
    assert (m.period, m.as_of) == (None, "2023-12")


def test_projects_the_noun_is_no_estimate() -> None:
    found = _figures("The province launched 120 major projects with total investment of 80 billion yuan "
                     "in October.", "en")
    assert [(m.value, m.status) for m in found] == [(120.0, "actual"), (80e9, "actual")]


def test_projects_the_verb_is_an_estimate() -> None:
    m = _only("The association projects NEV sales to reach 12 million units in 2024.", "en")
    assert m.status == "estimate"


# --- Chinese: words holding a time word ------------------------------------------------------------

@pytest.mark.parametrize("word", ["体现在", "表现在"])
def test_xianzai_inside_a_verb_is_no_now(word: str) -> None:
    found = _figures(f"1—10月，我国汽车出口增长20%。增长主要{word}新能源汽车，新能源汽车出口增长50%。", "zh")
    assert [m.period for m in found] == ["2024-01/2024-10", "2024-01/2024-10"]


@pytest.mark.parametrize(("text", "period"), [
    ("二十年来，我国软件业务收入年均增长20%。", "2005/2024"),   # (before: the decade 2015/2024)
    ("近二十年来，我国软件业务收入年均增长20%。", "2005/2024"),
    ("十年来，我国软件业务收入年均增长20%。", "2015/2024"),
    ("五年来，我国软件业务收入年均增长20%。", "2020/2024"),
])
def test_years_counted_up_to_now(text: str, period: str) -> None:
    assert _only(text, "zh").period == period


def test_forty_years_is_no_decade() -> None:
    assert _only("改革开放四十年来，我国汽车产量年均增长15%。", "zh").period != "2015/2024"


def test_two_years_of_a_named_span_keep_its_years() -> None:
    # 两年间 after "2020年至2022年" is those years, not the two years before publication: the
    # count of years with 来 reads as a span up to now, with 间 it does not.
    found = _figures("2020年至2022年，新能源汽车销量从137万辆增至689万辆，两年间增至约5倍。", "zh", date(2023, 3, 1))
    assert [(m.value, m.period) for m in found] == [(1370000.0, "2020"), (6890000.0, "2022"), (5.0, "2022")]


def test_tiqian_months_are_no_first_months() -> None:
    # 提前3个月 is "three months ahead of schedule", not January-March.
    m = _only("该项目比计划提前3个月建成投产，完成投资50亿元。", "zh")
    assert m.period != "2024-Q1"


@pytest.mark.parametrize(("text", "period"), [
    ("前3个月，完成投资50亿元。", "2024-Q1"),
    ("今年前10个月，完成投资50亿元。", "2024-01/2024-10"),
])
def test_first_months_still_read(text: str, period: str) -> None:
    assert _only(text, "zh").period == period


def test_canyu_is_no_comparison() -> None:
    # The 与 of 参与 ("take part in") does not make 2024年 a comparison base.
    with_year = _only("共有1200家企业参与2024年智能制造试点示范行动。", "zh")
    assert with_year.as_of == "2024-12"


def test_yu_still_marks_a_comparison_base() -> None:
    assert _only("与2023年相比，产量增长10%。", "zh").period is None


def test_important_is_no_import() -> None:
    # A count of platforms is a stock; "important" holds no "import" that would make it a flow.
    m = _only("China had 340 important industrial internet platforms in 2023.", "en")
    assert (m.period, m.as_of) == (None, "2023-12")


def test_shoudao_opens_no_horizon() -> None:
    # 受到 ("affected by") holds a 到 that does not make 2025年 a goal's horizon.
    m = _only("受到2025年初春节假期影响，1—2月汽车产量下降5%。", "zh", date(2025, 3, 20))
    assert (m.status, m.period) == ("actual", "2025-01/2025-02")


def test_dao_still_opens_a_horizon() -> None:
    m = _only("到2027年，新能源汽车产量达到2000万辆。", "zh", date(2025, 3, 20))
    assert (m.status, m.period) == ("target", "2027")


@pytest.mark.parametrize("text", [
    "Under a plan released in May the country will cultivate 10,000 specialized SMEs by 2027.",
    "The plan unveiled in May calls for 10,000 specialized SMEs by 2027.",
])
def test_the_month_may_is_no_modal(text: str) -> None:
    # "in May" dates the plan; only the modal "may" makes a goal a possibility (forecast).
    assert _only(text, "en").status == "target"


@pytest.mark.parametrize("text", [
    "Annual sales may top 50,000 units by 2027.",
    "Annual sales could top 50,000 units by 2027.",
])
def test_the_modal_may_still_makes_a_forecast(text: str) -> None:
    assert _only(text, "en").status == "forecast"


def test_a_year_after_canyu_is_carried_on() -> None:
    # The next sentence continues the year 参与2024年… named (as after 入选2024年…).
    # (an average change across a programme's units is as of its time since measure/status pass 16)
    found = _figures("共有1200家企业参与2024年智能制造试点示范行动。试点企业生产效率平均提升30%。", "zh", date(2025, 3, 20))
    assert [(m.value, m.period or m.as_of) for m in found][1][0] == 30.0
    assert ([(m.period or m.as_of) for m in found][1] or "")[:4] == "2024"


def test_jiangjin_is_nearly_not_will() -> None:
    # 将近 ("nearly") holds the 将 of "will": no plan, so figures already reached stay actual.
    found = _figures("今年以来，全国将近1000家企业完成数字化改造，投资将近200亿元。", "zh")
    assert [(m.value, m.qualifier, m.status) for m in found] == [(1000.0, "approx", "actual"), (2e10, "approx", "actual")]


def test_jiang_still_makes_a_plan() -> None:
    assert _only("今年将新建5G基站60万个。", "zh", date(2024, 3, 5)).status == "target"


@pytest.mark.parametrize("text", ["该项目历时将近三年建成，总投资120亿元。", "软件业务收入增长12%，增速接近三年来最高水平。"])
def test_nearly_three_years_is_no_span_up_to_now(text: str) -> None:
    m = _only(text, "zh")
    assert m.period != "2022/2024"


@pytest.mark.parametrize("text", [
    "10月，汽车月产量重新上升至300万辆。",
    "今年以来，企业在研发创新上投入300亿元。",
    "开展创新评价的企业达到500家。",
    "全省数字化创新建设项目达到120个。",
])
def test_the_xin_of_chuangxin_adds_nothing(text: str) -> None:
    # 重新上升, 创新上, 创新评价, 创新建设 hold 新上/新评/新建 but state a level.
    assert _only(text, "zh").measure == "level"


@pytest.mark.parametrize("text", ["今年以来，新建5G基站30万个。", "工信部公布第五批专精特新“小巨人”企业名单，新认定3000家企业。"])
def test_new_units_are_still_additions(text: str) -> None:
    assert _only(text, "zh").measure == "additions"


@pytest.mark.parametrize("text", [
    "2023年，全省软件从业人员80万人，软件业务收入增长到1.2万亿元。",
    "由于出口拉动，2023年产量100万辆，销量增至95万辆。",
])
def test_congye_and_youyu_open_no_from_to_pair(text: str) -> None:
    # 从业 ("employed") and 由于 ("because") are no 从/由 "from": the second figure keeps the
    # sentence's year instead of being read as the end of a change from the first.
    assert _figures(text, "zh")[1].period == "2023"


def test_a_from_to_pair_still_reads() -> None:
    found = _figures("2020年至2022年，新能源汽车销量从137万辆增至689万辆。", "zh")
    assert [(m.value, m.period) for m in found] == [(1370000.0, "2020"), (6890000.0, "2022")]


@pytest.mark.parametrize("text", [
    "Revenue of shared manufacturing platforms was 30 percent higher than a year earlier.",
    "Sales by representative enterprises were 12 percent higher than a year earlier.",
])
def test_shared_and_representative_state_no_share(text: str) -> None:
    assert _only(text, "en").measure == "yoy_growth"


@pytest.mark.parametrize("text", ["NEVs accounted for 40 percent of new car sales.", "NEVs represented 40 percent of new car sales.",
                                  "Its share rose to 35 percent."])
def test_share_words_still_state_a_share(text: str) -> None:
    assert _only(text, "en").measure == "share"


def test_jiari_qian_is_no_recently() -> None:
    # 假日前夕 ("on the eve of the holiday") holds 日前 ("recently"), which withheld the day.
    text = "工业和信息化部9月29日在国庆假日前夕印发《关于推动新型工业化的指导意见》。"
    events = extract(text, published=PUBLISHED, lang="zh").events
    assert [(e.date, e.recent) for e in events] == [("2024-09-29", False)]


def test_riqian_still_means_recently() -> None:
    events = extract("工业和信息化部日前印发《关于推动新型工业化的指导意见》。", published=PUBLISHED, lang="zh").events
    assert [(e.date, e.recent) for e in events] == [(None, True)]


def test_most_recent_is_latest_not_recently() -> None:
    # "its most recent list" is its latest one: the day named dates the action.
    events = extract("The MIIT published its most recent list of 5G pilot zones on Sept 29.", published=PUBLISHED,
                     lang="en").events
    assert [(e.date, e.recent) for e in events] == [("2024-09-29", False)]


def test_a_recent_notice_is_still_recent() -> None:
    events = extract("The MIIT approved 5 new pilot zones in a recent notice.", published=PUBLISHED, lang="en").events
    assert [(e.date, e.recent) for e in events] == [(None, True)]


def test_ruji_ri_is_no_today() -> None:
    # 如今日益 ("ever more nowadays") holds 今日 ("today"): the action keeps no date.
    events = extract("工业和信息化部针对如今日益增长的算力需求印发《算力基础设施高质量发展行动计划》。", published=PUBLISHED,
                     lang="zh").events
    assert [e.date for e in events] == [None]


@pytest.mark.parametrize("text", [
    "Revenue of digitalization service providers rose 20 percent year on year.",
    "Revenue from 5G coverage projects rose 20 percent year on year.",
])
def test_a_rate_word_naming_the_subject_of_a_growth_is_no_rate(text: str) -> None:
    assert _only(text, "en").measure == "yoy_growth"


@pytest.mark.parametrize("text", ["The capacity utilization rate was 76.1 percent.",
                                  "The penetration rate of NEVs climbed to 40 percent."])
def test_rates_still_read(text: str) -> None:
    assert _only(text, "en").measure == "rate"


@pytest.mark.parametrize("text", [
    "10月，新能源汽车在全市场的渗透率达到52.9%。",
    "1—10月，对日本市场的汽车出口增长20%。",
    "1—10月，该市场规模增长20%。",
])
def test_a_market_is_no_city(text: str) -> None:
    # 全市场, 日本市场, 该市场 hold 全市/本市/该市 ("the city"): the figure stays national.
    assert _only(text, "zh").geography == "China"


def test_the_city_is_still_local() -> None:
    assert _only("1—10月，全市规模以上工业增加值增长6%。", "zh").geography == "China:local"


@pytest.mark.parametrize(("text", "lang"), [
    ("到2025年，培育世界级先进制造业集群20个。", "zh"),
    ("1—10月，企业国际化经营收入增长15%。", "zh"),
    ("The number of world-class manufacturing clusters reached 45 at the end of 2023.", "en"),
])
def test_world_class_is_no_world_figure(text: str, lang: str) -> None:
    # 世界级 / "world-class" / 国际化 qualify Chinese things: the figure is China's.
    assert _only(text, lang).geography == "China"


@pytest.mark.parametrize(("text", "lang"), [("全球智能手机出货量增长8%。", "zh"), ("2023年，世界机器人装机量增长5%。", "zh"),
                                            ("World robot installations rose 5 percent in 2023.", "en")])
def test_world_figures_still_read(text: str, lang: str) -> None:
    assert _only(text, lang).geography == "World"


def test_composite_materials_are_no_compound_rate() -> None:
    # 复合材料 ("composite materials") holds 复合 ("compound"): the growth is year on year.
    assert _only("1—10月，碳纤维复合材料产量同比增长15%。", "zh").measure == "yoy_growth"


@pytest.mark.parametrize("text", ["近五年，软件业务收入复合增长率达到12%。", "2019—2023年，软件业务收入年均复合增长率为12%。"])
def test_compound_growth_is_still_a_cagr(text: str) -> None:
    assert _only(text, "zh").measure == "cagr"


@pytest.mark.parametrize("text", [
    "今年以来，虚拟现实终端出货量达到500万台。",
    "前三季度，模拟芯片销售额增长20%。",
    "今年以来，5个计划单列市软件业务收入增长12%。",
])
def test_xuni_moni_and_jihua_danlie_are_no_plans(text: str) -> None:
    # 虚拟 ("virtual"), 模拟 ("analog") hold 拟 ("plan to"); 计划单列市 are cities, not a plan.
    assert {m.status for m in _figures(text, "zh")} == {"actual"}


def test_ni_still_makes_a_plan() -> None:
    assert _only("今年拟新建5G基站60万个。", "zh").status == "target"


def test_guimohua_is_no_scale() -> None:
    # 规模化 ("at scale") names no industry's size: revenue stays a flow of its year.
    m = _only("2023年，规模化量产企业营业收入达到500亿元。", "zh")
    assert (m.period, m.as_of) == ("2023", None)


def test_unsold_inventory_is_a_stock() -> None:
    # "unsold" holds "sold": the inventory is a stock at the year's end, not a year's flow.
    m = _only("In 2023, unsold inventory of NEVs reached 1.2 million units.", "en")
    assert (m.period, m.as_of) == (None, "2023-12")


# --- aliases, cues and subject words in other files (proposed by the audit, applied by the lead) -----

def test_a_gapped_english_alias_matches_whole_words() -> None:
    # "exported * ICs" is no match in "… consumer electronics"
    m = _only("China exported 300 million units of consumer electronics in the first ten months.", "en")
    assert m.metric_key != "ic_exports"


def test_a_count_cue_is_a_word_of_its_own() -> None:
    # ("Fiat" ends in "at"): a model number is no count
    assert _figures("Leapmotor will assemble the electric Fiat 500 in Poland.", "en") == []
    # "cover" is a cue of its own, not the "over" inside it
    found = _figures("5G applications now cover 86 of the 97 major categories of the national economy.", "en")
    assert found and found[0].value == 86


@pytest.mark.parametrize(
    ("text", "subject"),
    [("2023年，软件业从业人员达到80万人。", "软件业从业人员"),
     ("10月份，制造业采购经理指数为50.1%。", "制造业采购经理指数"),
     ("今年以来，在线教育用户规模达到3.2亿人。", "在线教育用户")],
)
def test_chinese_subject_words_keep_their_first_and_last_characters(text: str, subject: str) -> None:
    assert _only(text, "zh").subject_source == subject
