"""Leftovers of session 17, taken up in session 18 (sentences written for these tests).

* "The ministry" / "the regulator" acting with no body named anywhere in the story gives no event
  (the README's events always name their acting body; an unnamed one is not guessed). A ministry
  named only by its minister's title ("Minister of Commerce Wang Wentao", "Vice Minister of Science
  and Technology …") is named: "the ministry" is then that one. Not another country's minister.
* A refused dictionary key (its row measures another kind than the subject) falls back to a row
  the same words name whose kind agrees ("value added of industrial enterprises above designated
  size": the value-added row, not the count of the firms).
* 主营业务收入 / 销售收入 / "sales revenue" / "business income" name the revenue rows.
* 上一季度 / 上季度 / 上个季度 as a figure's time is the quarter before the publication's; not as
  a comparison base (比上一季度), nor 上季度末 (a stock's date).
* A Chinese byline with no 讯/电 ("本报北京3月5日 记者 张三", "新华社北京3月5日（记者 李四）") is the
  dateline relative days resolve against; not "3月5日 记者会上…", nor a date inside a sentence.
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

PUB = date(2025, 5, 12)


def _events(text: str, lang: str = "en"):
    return [(e.type, e.date, e.agency) for e in events(text, lang, PUB)]


# --- "the ministry" with its body named only by a minister's title ------------------------------
@pytest.mark.parametrize("text, agency", [
    ("Minister of Commerce Wang Wentao met executives on Friday. The ministry released rules on export "
     "controls on Monday.", "Ministry of Commerce"),
    ("Vice Minister of Science and Technology Wu Zhaohui spoke at a forum on Friday. The ministry issued a "
     "plan on artificial intelligence on Monday.", "Ministry of Science and Technology"),
    ("Speaking on Friday, Minister of Finance Lan Fo'an said spending would rise. The ministry published a "
     "guideline on local government bonds on Monday.", "Ministry of Finance"),
])
def test_ministry_named_by_its_minister(text, agency):
    assert [a for _, _, a in _events(text)] == [agency]


@pytest.mark.parametrize("text", [
    # no body named anywhere: no event (the acting body is not guessed)
    "The ministry published a guideline on the development of humanoid robots on Tuesday.",
    "The regulator released rules on data security on Monday.",
    # another country's minister
    "Japan's Minister of Economy, Trade and Industry spoke on Friday. The ministry released rules on "
    "chips on Monday.",
    "The Minister of Commerce of India spoke on Friday. The ministry released rules on export controls "
    "on Monday.",
    "Indian Minister of Commerce Piyush Goyal met executives on Friday. The ministry released rules on "
    "export controls on Monday.",
])
def test_no_event_without_a_named_chinese_body(text):
    assert _events(text) == []


# --- a refused key falls back to a row that agrees ---------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("China's industrial economy recovered in 2023, with value added of industrial enterprises above "
     "designated size rising 4.6 percent from a year earlier.", "industrial_value_added"),
    ("In 2023, value added of industrial enterprises above designated size grew 4.6 percent.",
     "industrial_value_added"),
])
def test_refused_key_falls_back_to_an_agreeing_row(text, key):
    assert [m.metric_key for m in metrics(text, "en", PUB)] == [key]


@pytest.mark.parametrize("text, key", [
    # the row the nearest alias names agrees: kept
    ("The number of industrial enterprises above designated size reached 500,000 in 2024.", "industrial_enterprises"),
    ("Profits of industrial enterprises above designated size fell 2.3 percent in 2024.", "industrial_profit"),
    # no row agrees: still none (revenue is no point of a value-added or count row)
    ("规模以上汽车工业企业实现营业收入10万亿元。", None),
    # the agreeing row's alias is only the tail of a narrower name (a sector's investment)
    ("1—10月，电子信息制造业固定资产投资同比增长5.8%。", None),
])
def test_agreeing_or_no_key_unchanged(text, key):
    lang = "zh" if not text.isascii() else "en"
    assert [m.metric_key for m in metrics(text, lang, PUB)] == [key]


# --- revenue aliases ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, key", [
    ("2024年，电子信息制造业主营业务收入15万亿元。", "zh", "electronics_revenue"),
    ("2024年，机器人产业销售收入2000亿元。", "zh", "robot_industry_revenue"),
    ("2024年，机器人产业主营业务收入2000亿元。", "zh", "robot_industry_revenue"),
    ("2024年，规模以上中小企业主营业务收入增长3%。", "zh", "sme_revenue"),
    ("2024年消费品工业增加值增长5%，销售收入增长4%。", "zh", "consumer_goods_revenue"),
    ("Software business income reached 13.7 trillion yuan in 2024.", "en", "software_revenue"),
    ("Internet business income of major firms reached 1.8 trillion yuan in 2024.", "en", "internet_business_revenue"),
])
def test_revenue_aliases(text, lang, key):
    assert metrics(text, lang, PUB)[-1].metric_key == key


@pytest.mark.parametrize("text", [
    "2024年，某公司销售收入增长4%。",          # no sector: the generic alias names no row
    "2024年，某公司主营业务收入增长4%。",
])
def test_generic_revenue_aliases_need_a_sector(text):
    assert [m.metric_key for m in metrics(text, "zh", PUB)] == [None]


# --- 上一季度 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, period", [
    ("上一季度，全省规模以上工业增加值同比增长5.2%。", date(2025, 5, 12), "2025-Q1"),
    ("上季度全省规模以上工业增加值同比增长5.2%。", date(2025, 5, 12), "2025-Q1"),
    ("全省规模以上工业增加值上个季度同比增长5.2%。", date(2025, 8, 1), "2025-Q2"),
    ("上一季度，全省规模以上工业增加值同比增长5.2%。", date(2025, 2, 3), "2024-Q4"),
])
def test_last_quarter_is_the_quarter_before(text, published, period):
    found = metrics(text, "zh", published)
    assert [(m.period, m.as_of) for m in found] == [(period, None)]


@pytest.mark.parametrize("text", [
    "产能利用率为74.6%，比上一季度回落1.2个百分点。",    # a comparison base
    "截至上季度末，全省5G基站达到12万个。",              # a stock's date, not the quarter's flow
])
def test_last_quarter_near_misses(text):
    assert all(m.period != "2025-Q1" for m in metrics(text, "zh", PUB))


# --- bylines without 讯/电 -----------------------------------------------------------------------
_ACT = "昨日，工业和信息化部印发《人形机器人创新发展指导意见》。"


@pytest.mark.parametrize("byline", [
    "本报北京3月5日 记者 张三\n\n",
    "本报北京3月5日（记者 张三）",
    "新华社北京3月5日(记者李四)",
    "人民网北京3月5日　记者 王五\n",
])
def test_byline_dates_relative_days(byline):
    assert _events(byline + _ACT, "zh") == [("document_issued", "2025-03-04", "MIIT")]


@pytest.mark.parametrize("text", [
    "工业和信息化部于3月5日（记者 张三）" + _ACT,    # a date inside a sentence
    "3月5日 记者会上，工业和信息化部介绍了情况。\n" + _ACT,   # a press conference, no byline
])
def test_no_byline(text):
    # (昨日 is not the day before 3月5日: no dateline was read)
    assert ("document_issued", "2025-03-04", "MIIT") not in _events(text, "zh")
