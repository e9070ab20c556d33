"""What a Chinese count counts (``Metric.counted``): the noun after the measure word ends where
the sentence goes on (a verb with its object, the qualifier of the next figure), a relative
clause after the measure word leaves the head noun after 的, and 中 ends the noun only as a
locative. Sentences written for these tests (not taken from the snapshot, devset or held-out)."""
from __future__ import annotations

import pytest

from metric_helpers import metrics as _metrics
from scrapers.facts.units import find_quantities


def counted(text: str) -> list[str | None]:
    """The counted noun of every count in ``text``, in order."""
    return [q.counted for q in find_quantities(text, "zh") if q.unit == "count"]


def metrics(text: str):
    return _metrics(text, "zh")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("全省已有45家汽车零部件企业成长为制造业单项冠军。", "汽车零部件企业"),
        ("预计明年将有30个县成为数字化转型样板。", "县"),
        ("本市1200家制造企业实施智能化改造。", "制造企业"),
        ("全省50家链主企业带动配套企业上万家。", "链主企业"),
        ("6个示范园区覆盖上下游企业。", "示范园区"),
        ("区内15个枢纽节点接入各类算力资源。", "枢纽节点"),
    ],
)
def test_noun_ends_before_a_verb_with_an_object(text: str, noun: str) -> None:
    assert counted(text)[0] == noun


def test_noun_may_start_with_a_verb_morpheme_and_a_verb_noun_stays() -> None:
    assert counted("已出台12个实施方案。") == ["实施方案"]
    assert counted("全省新增物联网终端2000万个连接数。")[0] == "连接数"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("全省20多个行业平台连接设备近600万台。", "行业平台", None),
        ("该区8个产业园区企业数量约1200家。", "产业园区企业数量", None),
        ("5个基地吸纳就业近两万人。", "基地吸纳就业", None),
    ],
)
def test_noun_ends_before_the_next_figures_qualifier(text: str, first: str, second: str | None) -> None:
    assert counted(text) == [first, second]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("计划培育5家具有国际竞争力的链主企业。", "链主企业"),
        ("省内已有30余个拥有自主知识产权的工业软件产品。", "工业软件产品"),
        ("认定12家有较强创新能力和示范作用的龙头企业。", "龙头企业"),
    ],
)
def test_relative_clause_after_the_measure_word_counts_its_head(text: str, noun: str) -> None:
    assert counted(text) == [noun]


def test_relative_clause_needs_its_de_in_the_same_clause() -> None:
    # (有关 "relevant" opens no clause, and no head is read across a comma)
    assert counted("会同8个有关部门的同志研究。") != ["同志研究"]
    assert counted("已有3家具有资质，其余的企业正在申报。") == [None]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("全省认定200家中小企业。", "中小企业"),
        ("已建成12个国家级技术中心。", "国家级技术中心"),
        ("45家中国企业入围榜单。", "中国企业"),
        ("新增18家中央企业控股上市公司。", "中央企业控股上市公司"),
    ],
)
def test_zhong_inside_a_word_is_part_of_the_noun(text: str, noun: str) -> None:
    assert counted(text)[0] == noun


def test_zhong_as_a_locative_still_ends_the_noun() -> None:
    assert counted("在这20家企业中，已有15家实现盈利。")[0] == "企业"


def test_postposition_is_no_noun_and_its_count_no_figure() -> None:
    text = "新增两个后，全省先导区达到五个。"
    assert None in counted(text) and "后" not in counted(text)
    assert [m.value for m in metrics(text)] == [5]


@pytest.mark.parametrize("text", ["智能家电正加快走进千家万户。", "数字技术赋能千行百业、走进千家万户。"])
def test_numeral_idioms_are_no_amounts(text: str) -> None:
    assert metrics(text) == []


def test_round_numeral_before_a_noun_is_still_a_count() -> None:
    assert [m.value for m in metrics("全省已培育万家专精特新企业。")] == [10000]


@pytest.mark.parametrize("text", [
    "全国70多个具有一定行业影响力的工业互联网平台连接工业设备约6000万台（套）。",
    "60多个工业互联网平台连接工业设备超过5000万台（套）。",
])
def test_the_figure_after_a_verb_counts_the_verbs_object_not_the_clause_before(text):
    platforms, devices = _metrics(text, "zh")
    assert (platforms.counted, devices.counted) == ("工业互联网平台", "工业设备")
    assert devices.subject_source == "工业设备"
