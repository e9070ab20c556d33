"""Subjects of figures by construction: the indicator, not the comparison, verb, reporting frame
or function word next to the number. When what stands before a figure names no indicator, the
figure takes the subject of the figure or clause before it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics
from scrapers.facts.subjects import clean_subject


def _sources(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.subject_source) for m in metrics(text, lang)]


# --- Chinese ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a change of the growth rate compared with another period belongs to the indicator
        ("1—6月，全国通信业务收入8200亿元，同比增长5.3%，增速较一季度提高1.1个百分点。", 1.1, "通信业务收入"),
        ("前三季度，光伏组件产量同比下降2%，降幅比上半年收窄1.5个百分点。", 1.5, "光伏组件产量"),
        ("1—8月，工业软件营业收入同比增长12.4%，比上半年加快0.6个百分点。", 0.6, "工业软件营业收入"),
        # a comparison with another sector
        ("1—5月，仪器仪表制造业增加值同比增长8.1%，增速比全部工业高2.3个百分点。", 2.3, "仪器仪表制造业增加值"),
        ("近三年，工业软件产品收入年均增长15%，明显高于全部工业5个百分点。", 5, "工业软件产品收入"),
        # a change against the end of last year
        ("截至9月末，全国规模以上工业企业数量达50万户，比上年末增加1.2万户。", 12_000, "规模以上工业企业"),
        # 由…增加到…: the second figure names no new indicator
        ("工业机器人装机量由2019年的14万台增加到2023年的28万台。", 280_000, "工业机器人装机量"),
    ],
)
def test_zh_comparisons_take_the_indicator_before(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "zh")


def test_zh_share_change_takes_the_share_figure_subject() -> None:
    found = metrics("截至9月末，千兆宽带用户达1.5亿户，占固定宽带用户的25%，占比较上年末提高3个百分点。", "zh")
    share, change = found[-2], found[-1]
    assert change.value == 3
    assert change.subject_source == share.subject_source
    assert "较" not in change.subject_source


def test_zh_list_after_a_comparison_is_split_again() -> None:
    found = metrics("1—5月，汽车制造业、电气机械制造业增加值同比分别增长8.1%和7.5%，分别高于全部工业2.1个和1.5个百分点。", "zh")
    assert [(m.value, m.subject_source) for m in found[-2:]] == [(2.1, "汽车制造业"), (1.5, "电气机械制造业增加值")]


def test_zh_verb_before_a_counted_figure_gives_the_counted_noun() -> None:
    found = metrics("到2027年，遴选20家左右标杆企业，建成30个以上公共服务平台。", "zh")
    assert [m.subject_source for m in found] == ["标杆企业", "公共服务平台"]


def test_zh_completion_verb_takes_the_topic_of_the_clause_before() -> None:
    found = metrics("软件业务收入方面，前三季度累计完成9.8万亿元。", "zh")
    assert [m.subject_source for m in found] == ["软件业务收入"]


def test_zh_turnaround_takes_the_subject_of_the_sentence_before() -> None:
    found = metrics("上半年，锂电池出口额同比下降3%。二季度由负转正，同比增长2.1%。", "zh")
    assert [m.subject_source for m in found] == ["锂电池出口额", "锂电池出口额"]


# --- English ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the verb that joins the indicator to its figure is not part of it
        ("Industrial software vendors generated 300 billion yuan in revenue last year.", 3e11, "Industrial software vendors"),
        ("Sales of service robots soared 35 percent in the first half.", 35, "Sales of service robots"),
        ("Revenue from smart grid equipment expanded 18 percent in 2023.", 18, "Revenue from smart grid equipment"),
        # reporting frames
        ("An official told a briefing in Shanghai that chip output grew 8 percent in May.", 8, "chip output"),
        ("Analysts estimate that drone deliveries directly drove 30 billion yuan of spending.", 3e10, "drone deliveries"),
        ("The ministry said the output of optical modules rose 14 percent.", 14, "the output of optical modules"),
        # change phrases describe the figure of the clause before
        # (a narrower decline is a rise of the growth rate: +1.5, as 降幅收窄 is)
        ("Smartphone shipments fell 3 percent in the second quarter, but the decline narrowed by 1.5 percentage points.",
         1.5, "Smartphone shipments"),
        ("Tablet output reached 20 million units in 2023, or 15 percent of the world total.", 15, "Tablet output"),
        ("Battery exports rose 9 percent, contributing 20 percent of the sector's growth.", 20, "Battery exports"),
    ],
)
def test_en_subject_is_the_indicator(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "en")


def test_en_from_to_keeps_the_indicator_not_the_from_part() -> None:
    found = metrics("Its server market grew from 50 billion yuan to 80 billion yuan, "
                    "raising its share of the national market from 10 percent to 15 percent.", "en")
    assert [(m.value, m.subject_source) for m in found] == [
        (5e10, "server market"), (8e10, "server market"),
        (10, "share of the national market"), (15, "share of the national market")]


def test_en_up_from_takes_the_figure_before() -> None:
    found = metrics("The country now has 9,000 smart factories, up from just 2,000 in 2020.", "en")
    assert [m.subject_source for m in found] == ["smart factories", "smart factories"]


def test_en_change_sentence_takes_the_subject_of_the_sentence_before() -> None:
    found = metrics("Display panel revenue rose 4 percent. Growth was still 2 percentage points lower than in 2023.", "en")
    assert [m.subject_source for m in found] == ["Display panel revenue", "Display panel revenue"]


def test_en_actor_and_second_verb_give_the_counted_noun() -> None:
    found = metrics("China produced 3 million drones last year and sold 2.5 million.", "en")
    assert [m.subject_source for m in found] == ["drones", "drones"]


def test_en_passive_estimate_is_not_a_reporting_frame() -> None:
    found = metrics("The smart wearables market is estimated to be worth 90 billion yuan.", "en")
    assert [m.subject_source for m in found] == ["The smart wearables market"]


# --- the English name follows the inherited indicator ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("上半年，全国规模以上工业增加值同比增长3%，增速比一季度加快0.4个百分点。", "zh",
         "Industrial value added (above designated size)"),
        ("China made 2 million industrial robots this year, up from just 1.2 million in 2020.", "en",
         "Industrial robot output"),
    ],
)
def test_inherited_indicator_maps_to_the_dictionary(text: str, lang: str, subject: str) -> None:
    found = metrics(text, lang)
    assert len(found) == 2
    assert found[1].subject == found[0].subject == subject


# --- counted nouns and lists of counts (1.3.1) ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        # the counted noun after a classifier ends where the next figure's verb of change begins
        ("光伏电池出货量从45万片增至120万片。", 450_000, "光伏电池出货量"),
        ("服务机器人产量由3.1万台增长到8.6万台，年均增长40%。", 31_000, "服务机器人产量"),
        ("数据中心机架由2018年的20万架提高到目前的60万架。", 200_000, "数据中心机架"),
        # an adverb before the verb is not part of the noun either
        ("2024年智能手表销量达900万块，较2021年的300万块明显增长。", 3_000_000, "智能手表销量"),
    ],
)
def test_zh_counted_noun_stops_at_the_next_figures_verb(text: str, value: float, counted: str) -> None:
    assert (value, counted) in [(m.value, m.counted) for m in metrics(text, "zh")]


@pytest.mark.parametrize(
    ("text", "values", "subject"),
    [
        # 个大类、个中类和个小类: the noun after each classifier is that figure's, the owner is everyone's
        ("按照行业分类，我国装备制造业拥有8个大类、65个中类和180个小类。", (8, 65, 180), "装备制造业"),
        ("我国化学工业涵盖12个大类、40个中类、150个小类，门类较为齐全。", (12, 40, 150), "化学工业"),
    ],
)
def test_zh_list_of_category_counts_keeps_the_owner_as_subject(text: str, values: tuple, subject: str) -> None:
    found = {m.value: m.subject_source for m in metrics(text, "zh")}
    assert [found.get(v) for v in values] == [subject] * len(values)


# --- junk subjects of issue #4: frames, predicates and comparison targets --------------------------
def test_zh_share_of_a_whole_takes_what_has_the_share() -> None:
    # 占全国/占全球…的N%: what holds the share is named before 占, often in the clause before
    found = metrics("2023年，我国智能手表出货量达4000万块，占全球出货总量的35%。", "zh")
    assert [m.subject_source for m in found] == ["智能手表出货量", "智能手表出货量"]


def test_zh_share_rising_from_to_takes_the_owner() -> None:
    found = metrics("我国集成电路销售额由2015年的3600亿元增加到2022年的12000亿元，占全球比重由8%提高到15%。", "zh")
    assert [(m.value, m.subject_source) for m in found[-2:]] == [(8, "集成电路销售额"), (15, "集成电路销售额")]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("家具出口额在全球市场所占比重超过35%。", 35, "家具出口额"),
        ("去年锂电池出货量占全球的六成以上。", 60, "锂电池出货量"),
    ],
)
def test_zh_share_frame_is_not_part_of_the_subject(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "zh")


def test_zh_this_figure_refers_to_the_figure_before() -> None:
    found = metrics("目前全国工业互联网平台超过300个，五年前这一数字仅为50个左右。", "zh")
    assert len(found) == 2
    assert found[1].subject_source == found[0].subject_source
    assert "数字" not in found[1].subject_source


def test_zh_multiple_of_an_average_is_not_about_the_average() -> None:
    found = metrics("我国工业机器人密度达到每万名工人400台，约为全球平均水平的2.5倍。", "zh")
    assert found[-1].value == 2.5
    assert found[-1].subject_source == found[0].subject_source
    assert "平均" not in found[-1].subject_source


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # an actor and the verb it acts with: the figure counts the verb's object
        ("量子计算专项试验形成120项核心专利。", 120, "核心专利"),
        ("长三角示范区布局建设了15个区域算力调度平台和20个行业数据集。", 15, "区域算力调度平台"),
        # a proposal or requirement frame before the thing it is about
        ("方案还提出把工业母机的12个细分门类整合为5大方向。", 12, "工业母机"),
    ],
)
def test_zh_actor_verb_or_frame_is_not_the_subject(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "zh")


def test_zh_list_with_a_shared_head_after_de_copies_the_head() -> None:
    found = metrics("部署工业互联网平台和开展数字化管理的企业比例分别为45.2%和30.1%。", "zh")
    assert [m.subject_source for m in found] == ["部署工业互联网平台的企业比例", "开展数字化管理的企业比例"]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # growth phrases, multi-year averages and running totals describe the figure before
        ("Profits of the sector rose 8 percent, with growth slowing 0.5 percentage points from the first quarter.",
         -0.5, "Profits of the sector"),  # (slowing: a decline, test_growth_slowing.py)
        ("Robot exports reached 3 billion dollars, up 12 percent, representing a three-year average growth of 9 percent.",
         9, "Robot exports"),
        ("Output of drones jumped from 10,000 units to 40,000 units, an average annual increase of 58 percent.",
         58, "Output of drones"),
        ("The city added 12 smart factories this year, bringing the country's total to 80.", 80, "smart factories"),
        # a relative clause or a plain predicate before a counted figure: the counted noun
        ("The ministry issued a plan last week, which aims to cultivate at least 300 demonstration factories.",
         300, "demonstration factories"),
        ("The province built 15 new data centers in 2024.", 15, "new data centers"),
        # passive or prepositional predicates after the indicator
        ("Solar panels are installed on more than 30 percent of new factory roofs.", 30, "Solar panels"),
        ("Exports were behind nearly 30 percent of the sector's growth.", 30, "Exports"),
        # "with a …": the attribute the figure measures
        ("The subsidy covers projects with a total investment of over 100 million yuan.", 1e8, "total investment"),
    ],
)
def test_en_frames_and_predicates_are_not_the_subject(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "en")


def test_en_shares_of_a_whole_keep_the_actor() -> None:
    found = metrics("The startups account for a mere 2 percent of listed firms, but produce 7 percent of their "
                    "total revenue and 9 percent of their profits.", "en")
    assert [m.subject_source for m in found] == ["The startups"] * 3


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the average or total a figure is compared with is not its subject
        ("Chip output grew 12 percent, beating the industry average by 5 percentage points.", 5, "Chip output"),
        ("Steel exports fell 4 percent, trailing the national average by 2 percentage points.", -2, "Steel exports"),
        # "A grew X in … terms and B Y": the words before "and" complete the first figure
        ("Equipment makers grew 7 percent in real terms and chipmakers 9 percent.", 9, "chipmakers"),
    ],
)
def test_en_comparison_target_is_not_the_subject(text: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "subjects"),
    [
        # a "respectively" list after figures of different things: one member per figure before
        ("Equipment makers grew 7 percent and chipmakers 9 percent, "
         "beating the industry average by 2 and 4 percentage points, respectively.", "en",
         ["Equipment makers", "chipmakers"]),
        ("1—6月，船舶制造业增加值同比增长11.2%，仪器仪表制造业增加值增长6.4%，分别高于全部工业5.1个和0.3个百分点。", "zh",
         ["船舶制造业增加值", "仪器仪表制造业增加值"]),
    ],
)
def test_list_after_figures_of_different_things_takes_them_in_order(text: str, lang: str, subjects: list) -> None:
    assert [m.subject_source for m in metrics(text, lang)[-2:]] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the actor stays when the verb compares with a level, the counted noun is generic, or the verb is passive
        ("Domestic EV output surpassed 5 million units in the first half.", "Domestic EV output"),
        ("Private manufacturers employ about 40 million people.", "Private manufacturers"),
        ("Service robots have been deployed in 45 industry categories.", "Service robots"),
    ],
)
def test_en_actor_stays_when_the_counted_noun_is_no_object(text: str, subject: str) -> None:
    assert [m.subject_source for m in metrics(text, "en")] == [subject]


def test_zh_share_of_members_within_a_group_names_members_and_group() -> None:
    # 在X群体中，Y的占N: the share of the X that are Y
    found = metrics("在专精特新中小企业群体中，拥有发明专利的占六成以上，参与制定国家标准的占三成。", "zh")
    assert [m.subject_source for m in found] == ["拥有发明专利的专精特新中小企业", "参与制定国家标准的专精特新中小企业"]


def test_zh_part_of_a_total_drops_the_total() -> None:
    found = metrics("工业互联网已融入国民经济45个大类中的40个。", "zh")
    assert [(m.value, m.subject_source) for m in found] == [(40, "工业互联网已融入国民经济大类")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "subject"),
    [
        # a counted noun that runs into its own clause is cut before its verb
        ("The fund backed 120 startups and 35 projects stalled last year.", "en", 35, "projects"),
        ("方案提出，带动不少于3000家企业完成设备更新。", "zh", 3000, "企业"),
        # "N units, or M …": the same figure restated, not a new indicator
        ("Its storage capacity has reached 1,200 EB, or 1.2 million petabytes.", "en", 1_200_000, "storage capacity"),
    ],
)
def test_counted_noun_and_restatement(text: str, lang: str, value: float, subject: str) -> None:
    assert (value, subject) in _sources(text, lang)


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a figure that opens its sentence names its indicator after "of"
        ("Nearly 300 of the plants are run by private firms.", 300, "the plants"),
        ("Almost a third of the new capacity came from solar farms.", 100 / 3, "the new capacity"),
    ],
)
def test_en_figure_opening_a_sentence_takes_the_noun_after_of(text: str, value: float, subject: str) -> None:
    found = _sources(text, "en")
    assert any(abs(v - value) < 0.1 and s == subject for v, s in found), found


# --- lists that share one figure ("both", 均) ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "A and B of X both …": each member is of X and has its own key
        ("In the first five months, output and sales of new energy vehicles both exceeded 3 million units.", "en",
         [("output of new energy vehicles", "nev_output"), ("sales of new energy vehicles", "nev_sales")]),
        ("Production and sales of industrial robots both rose 12 percent in the first half.", "en",
         [("Production of industrial robots", "industrial_robot_output"), ("sales of industrial robots", None)]),
        # "X and Y both …": two whole indicators
        ("Software revenue and telecom revenue both rose 8 percent in the first half.", "en",
         [("Software revenue", "software_revenue"), ("telecom revenue", "telecom_revenue")]),
        # 产量和销量均…: the bare second measure is of the first member's product
        ("前5个月，新能源汽车产量和销量均超过300万辆。", "zh",
         [("新能源汽车产量", "nev_output"), ("新能源汽车销量", "nev_sales")]),
        ("1—9月，集成电路产量和出口量均超过2000亿块。", "zh", [("集成电路产量", "ic_output"), ("集成电路出口量", "ic_exports")]),
    ],
)
def test_both_lists_give_each_member_its_subject_and_key(text: str, lang: str, expected: list) -> None:
    found = metrics(text, lang)
    assert [m.subject_source for m in found] == [s for s, _ in expected]
    keys = [k for _, k in expected]
    # (a member the dictionary has no row for may take a key named elsewhere in the clause)
    assert [m.metric_key for m, k in zip(found, keys) if k] == [k for k in keys if k]


def test_zh_second_figure_of_a_both_list_is_split_too() -> None:
    found = metrics("前5个月，新能源汽车产量和销量均超过300万辆，同比均增长30%以上。", "zh")
    assert [(m.value, m.metric_key) for m in found] == [
        (3_000_000, "nev_output"), (3_000_000, "nev_sales"), (30, "nev_output"), (30, "nev_sales")]


# --- quoted names keep both quote marks ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ('Last year, every "hidden champion" spent over 20 million yuan on research.', "en", 'every "hidden champion"'),
        ('By June, "specialized" suppliers had reached 9,000 nationwide.', "en", '"specialized" suppliers'),
        ("截至6月底，“专精特新”企业已超过9000家。", "zh", "“专精特新”企业"),
    ],
)
def test_quoted_names_keep_both_quote_marks(text: str, lang: str, subject: str) -> None:
    assert [m.subject_source for m in metrics(text, lang)] == [subject]


def test_a_quote_mark_whose_pair_is_cut_off_goes() -> None:
    # (ten words with no phrase start near them: the cut falls inside the quoted name)
    lead = ('Guangdong Jiangsu Zhejiang Shandong Henan Hubei Hunan Sichuan Fujian Anhui '
            '"national champion" firms in high-end equipment making across eastern coastal areas')
    cleaned = clean_subject(lead, "en")
    assert cleaned.endswith("firms in high-end equipment making across eastern coastal areas")
    assert cleaned.count('"') % 2 == 0


# --- long English phrases --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # ten words would start inside "of …": the noun the phrase is attached to comes too
        ("Operating revenue of the country's key enterprises in the cloud services field is estimated to have "
         "grown by about 9 percent in 2023.", "Operating revenue of the country's key enterprises in the cloud services field"),
        # … but not further back than the verb before that noun's phrase (nor its preposition)
        ("The ministry said the province aims for the market share of domestic brands of industrial control "
         "software in local plants to reach 40 percent.",
         "the market share of domestic brands of industrial control software in local plants"),
    ],
)
def test_en_long_phrase_keeps_its_head_noun(text: str, subject: str) -> None:
    assert [m.subject_source for m in metrics(text, "en")] == [subject]
