"""Subjects of figures by construction: the indicator, not the comparison, verb, reporting frame
or function word next to the number. When what stands before a figure names no indicator, the
figure takes the subject of the figure or clause before it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics


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
        ("Smartphone shipments fell 3 percent in the second quarter, but the decline narrowed by 1.5 percentage points.",
         -1.5, "Smartphone shipments"),
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
