"""Subjects and keys, second pass: a dictionary key must agree with the measure its subject names
(revenue is no point of a value-added row, a construction-machinery export delivery value none of
the electronics row); a list of places after "exports to" names the same flow to each; a relative
clause that reports a figure ("which said … that it expected full-year shipments of …") names its
indicator after the frame. Sentences written for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics


def _metric(text: str, lang: str, value: float):
    found = [m for m in metrics(text, lang) if m.value == value]
    assert found, [(m.value, m.subject) for m in metrics(text, lang)]
    return found[0]


# --- a key agrees with the subject's measure ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # revenue of an industry an alias names (汽车工业) is no point of its value-added row
        ("规模以上汽车工业企业实现营业收入超过1.1万亿元，同比增长19.8%。", "zh", 19.8),
        ("今年前三季度，汽车工业营业收入同比增长8.6%。", "zh", 8.6),
        # another industry's export delivery value is no point of the electronics row
        ("工程机械出口交货值312.6亿元，同比增长15.8%，出口额达49.3亿美元。", "zh", 15.8),
        ("前三季度，纺织行业出口交货值同比下降3.2%。", "zh", -3.2),
        ("Construction machinery export delivery value rose 15.8 percent in the first half.", "en", 15.8),
    ],
)
def test_a_key_must_agree_with_the_subjects_measure(text: str, lang: str, value: float) -> None:
    assert _metric(text, lang, value).metric_key is None


@pytest.mark.parametrize(
    ("text", "lang", "value", "key"),
    [
        # near-misses: the row's own measure, or a subject naming no measure, keep their key
        ("汽车工业增加值同比增长9.1%。", "zh", 9.1, "auto_industry_value_added"),
        ("规模以上电子信息制造业实现出口交货值同比增长2.1%。", "zh", 2.1, "electronics_export_delivery"),
        ("1-10月，规模以上电子信息制造业增加值同比增长11%。出口方面，实现出口交货值3.36万亿元，同比增长2.1%。",
         "zh", 2.1, "electronics_export_delivery"),
        ("In January-October, the export delivery value of electronics manufacturers rose 2.1 percent.",
         "en", 2.1, "electronics_export_delivery"),
        ("Industrial output rose 5.8 percent year on year in May.", "en", 5.8, "industrial_value_added"),
        ("规模以上工业企业实现利润总额同比增长4.2%。", "zh", 4.2, "industrial_profit"),
    ],
)
def test_an_agreeing_key_stays(text: str, lang: str, value: float, key: str) -> None:
    assert _metric(text, lang, value).metric_key == key


# --- "exports to A and B" -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Exports to the EU dropped 14.8%, while shipments to Latin America and the Middle East jumped 21.3% and "
         "17.6%, respectively.", 17.6, "shipments to the Middle East"),
        ("Exports to ASEAN countries and the Middle East jumped 21.3% and 34.7%, respectively.", 34.7,
         "Exports to the Middle East"),
        ("Sales in Beijing, Shanghai and Guangdong rose 3%, 4% and 5%, respectively.", 5, "Sales in Guangdong"),
        ("Revenue in the east and the west rose 3% and 4%, respectively.", 4, "Revenue in the west"),
    ],
)
def test_a_place_after_a_flow_to_names_the_same_flow(text: str, value: float, subject: str) -> None:
    assert _metric(text, "en", value).subject == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # near-misses: a later member with a measure of its own keeps it
        ("Exports to the EU and imports from Japan rose 3% and 4%, respectively.", 4, "imports from Japan"),
        ("Exports to Africa and output of steel rose 3% and 4%, respectively.", 4, "output of steel"),
    ],
)
def test_a_member_with_its_own_measure_stays(text: str, value: float, subject: str) -> None:
    assert _metric(text, "en", value).subject == subject


# --- a relative clause that reports a figure -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Shipments reached 2.9 million units in the first half, according to IDC, which said in July that it "
         "expected full-year shipments of about 6 million units.", 6_000_000, "shipments"),
        ("Sales rose 5 percent, according to the association, which expects annual sales of 34 million vehicles.",
         34_000_000, "annual sales"),
        ("Output grew, said the research firm, which estimated that tablet shipments would reach 8 million units.",
         8_000_000, "tablet shipments"),
    ],
)
def test_a_reported_figure_in_a_relative_clause(text: str, value: float, subject: str) -> None:
    assert _metric(text, "en", value).subject == subject


def test_a_relative_clause_without_a_report_is_no_indicator() -> None:
    # near-miss: "which aims to sell …" reports nothing; the counted noun stays the subject
    assert _metric("Sales rose 5 percent, according to the group, which aims to sell 34 million vehicles.",
                   "en", 34_000_000).subject == "vehicles"


# --- a currency conversion in brackets ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("出口方面，全年实现出口交货值约5.2万亿元（约合7200亿美元），同比增长2.2%。", 2.2, "出口交货值"),
        ("出口方面，全年实现出口交货值约5.2万亿元（约合7200亿美元），同比增长2.2%。", 720_000_000_000, "出口交货值"),
        ("全年软件出口额约300亿元（折合约42亿美元），同比增长5%。", 4_200_000_000, "Software business exports"),
        ("光伏组件出口额达到200亿元（合28亿美元），同比增长9%。", 9, "光伏组件出口额"),
    ],
)
def test_a_bracketed_conversion_is_no_subject(text: str, value: float, subject: str) -> None:
    assert _metric(text, "zh", value).subject == subject


def test_a_sum_is_still_a_subject() -> None:
    # near-miss: 合计 (a sum) is no conversion
    assert _metric("三省区合计占全国总量的35.4%。", "zh", 35.4).subject == "三省区"
