"""Attribute constructions left on the sixteenth held-out set after its study, one test per
construction, on the set's sentences and sentences written for these tests (with near-misses that
must not change).

* A conversion in brackets ("more than 7 trillion yuan ($973 billion)") is bounded as the amount it
  converts; its own cue ("(about $39.4 million)") stays its own.
* A modal of possibility on a verb of reaching or moving ("Exports could reach about $7.1 billion for
  the full year") is an estimate of a period ending now, a forecast of one further ahead; and it
  reads a bare half ("in the first half", said in January) as the half ahead.
* "rise another 15%", "fell a further 3%": a change on top of one made, a growth, not a yearly one.
* A price's change over a span named right after it ("in the first half") is a flow of the span,
  unlike its change since a point.
* The month a source released its data in ("data released by the NBS last month") is no period the
  next sentence's "over the same period" goes on with.
* "named 27 more companies", "approved 12 more cities": entries added.
* 累计完成投资约2860亿元，今年1—10月完成投资418亿元: the running total does not take the span of the
  later clause that states the span's own amount.
* A bullet that is a whole English sentence ("- China produces about 80% of the world's HFCs") is
  read; label bullets and link lists stay skipped.
* A share of a flow stated in the present tense ("produces about a third of the country's
  treadmills") after a period reported before is of now.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2029, 11, 29)
JAN = date(2030, 1, 10)


def _one(text: str, value: float, lang: str = "en", published: date = PUB):
    found = [m for m in metrics(text, lang, published) if m.value == value]
    assert len(found) == 1, [(m.value, m.measure, m.status, m.period, m.as_of) for m in metrics(text, lang, published)]
    return found[0]


# --- a conversion in brackets takes the bound of the amount it converts ------------------------------
@pytest.mark.parametrize("text, value, qualifier", [
    ("The guideline aims to lift the total output of the sporting goods sector to more than 7 trillion yuan "
     "($973 billion) by 2032.", 973e9, "gt"),
    ("Revenue of the sector exceeded 1.2 trillion yuan (US$167 billion) in 2028.", 167e9, "gt"),
    ("The plan calls for the industry to reach a scale of at least 500 billion yuan ($70.3 billion) by 2030.", 70.3e9, "ge"),
    ("Sales came to nearly 80 billion yuan ($11 billion) in 2028.", 11e9, "approx"),
    ("Sales rose to over 50 million euros ($54 million) in 2028.", 54e6, "gt"),
])
def test_en_a_converted_amount_takes_the_bound_of_the_amount(text: str, value: float, qualifier: str) -> None:
    assert _one(text, value).qualifier == qualifier


@pytest.mark.parametrize("text, value, qualifier", [
    ("Revenue reached 982 billion yuan ($136 billion) in 2028.", 136e9, "eq"),  # the amount unbounded
    ("Fines totaled more than 286 million yuan (about $39.4 million) in 2028.", 39.4e6, "approx"),  # its own cue
    ("The association has more than 300 members (120 firms) now.", 120, "eq"),  # no currency: no conversion
])
def test_en_a_bracket_without_a_bounded_currency_amount_keeps_its_qualifier(text: str, value: float, qualifier: str) -> None:
    assert _one(text, value).qualifier == qualifier


# --- "could reach": an estimate or a forecast ---------------------------------------------------------
@pytest.mark.parametrize("text, value, status", [
    ("Exports could reach about $7.1 billion for the full year, said Li Wen, an analyst at Zhongtai Securities.", 7.1e9, "estimate"),
    ("Sales might top 3 million units this year, the association said.", 3e6, "estimate"),
    ("Output could exceed 40 million tons next year, analysts said.", 40e6, "forecast"),
])
def test_en_a_modal_of_possibility_is_an_estimate_or_a_forecast(text: str, value: float, status: str) -> None:
    assert _one(text, value).status == status


@pytest.mark.parametrize("text, value", [
    ("Output could have reached 5 million tons in 2028, had the plants not closed.", 5e6),  # a past conjecture
    ("Exports reached about $7.1 billion in 2028, and could grow further.", 7.1e9),  # the modal after it
    ("Sales in May reached 3 million units.", 3e6),  # the month
])
def test_en_no_modal_on_the_figure_stays_actual(text: str, value: float) -> None:
    assert _one(text, value).status == "actual"


def test_en_a_modal_reads_a_bare_half_as_the_half_ahead() -> None:
    m = _one("Prices could rise another 15% to 20% in the first half, Citic analysts wrote in a note on Thursday.",
             15, published=JAN)
    assert (m.measure, m.status, m.period) == ("growth", "forecast", "2030-01/2030-06")
    m = _one("Output might reach 3 million tons in the first half.", 3e6, published=JAN)
    assert (m.status, m.period) == ("forecast", "2030-01/2030-06")


def test_en_a_reported_half_stays_the_last_one_ended() -> None:
    m = _one("Prices rose 12% in the first half, analysts wrote.", 12, published=JAN)
    assert (m.status, m.period) == ("actual", "2029-01/2029-06")


# --- "another N%": a growth ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Prices fell a further 3% in December.", -3),
    ("Steel prices could rise another 5% by the end of March, traders said.", 5),
    ("Sales rose another 4.5% in November.", 4.5),
])
def test_en_a_further_change_is_a_growth(text: str, value: float) -> None:
    assert _one(text, value).measure == "growth"


@pytest.mark.parametrize("text, value", [
    ("Output rose 12% year on year in 2029, and sales grew another 3% year on year.", 3),  # said yearly
    ("Prices rose 12% in 2029.", 12),
])
def test_en_a_plain_or_yearly_change_stays_yoy(text: str, value: float) -> None:
    assert _one(text, value).measure == "yoy_growth"


# --- a price's change over a span is of the span -----------------------------------------------------
def test_en_a_price_change_over_a_named_half_is_of_the_half() -> None:
    m = _one("Prices of steel rebar could fall another 8% in the second half, analysts said.", -8, published=date(2029, 7, 2))
    assert (m.period, m.as_of) == ("2029-07/2029-12", None)


def test_en_a_price_change_since_a_point_stays_as_of_now() -> None:
    m = _one("Prices have risen about 18% since the start of December.", 18, published=JAN)
    assert (m.period, m.as_of) == (None, "2030-01")


# --- the month data were released in is no period carried ---------------------------------------------
_LEDE = "The ministry allocated 2030 quotas on Tuesday.\n\n"  # (a lede: the document's opening time)


@pytest.mark.parametrize("text", [
    "Chinese factories made 243.7 million household air conditioners in the first 11 months of 2029, up 5.8% from a "
    "year earlier, according to data released by the National Bureau of Statistics last month. Exports rose 9.1% to "
    "71.3 million units over the same period, customs data show.",
    "Factories made 24 million units in the first 11 months, according to figures published in December. "
    "Exports rose 9.1% in the same period.",
    "Factories made 24 million units in the first 11 months. A draft plan had been published for public comment in "
    "December. Exports rose 9.1% over the same period.",
])
def test_en_a_release_month_is_not_the_same_period(text: str) -> None:
    assert _one(_LEDE + text, 9.1, published=JAN).period == "2029-01/2029-11"


@pytest.mark.parametrize("text", [
    "Factories made 2.4 million units in December. Exports rose 9.1% over the same period.",
    "Factories made 24 million units in the first 11 months. Output published by provinces rose 3% in December. "
    "Exports rose 9.1% over the same period.",  # a figure of the month, whatever verb is near
])
def test_en_a_month_of_figures_is_still_carried(text: str) -> None:
    assert _one(_LEDE + text, 9.1, published=JAN).period == "2029-12"


# --- "named N more": additions ------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("In the same notice, the ministry named 27 more companies that meet the conditions, bringing the number on "
     "its list to 64.", 27),
    ("The ministry approved 12 more cities as low-altitude flight service pilot zones on Monday.", 12),
    ("The regulator designated nine more hospitals as pilot sites.", 9),
])
def test_en_named_more_entries_are_additions(text: str, value: float) -> None:
    assert _one(text, value).measure == "additions"


@pytest.mark.parametrize("text, value", [
    ("The ministry named more than 30 companies as pilots.", 30),  # a bound, no "more" entries
    ("The province has 27 more plants than Jiangsu.", 27),  # a stock compared
    ("The ministry approved 14 national standards for fitness equipment.", 14),  # the split convention: left
])
def test_en_other_counts_are_no_more_entries(text: str, value: float) -> None:
    assert _one(text, value).measure != "additions"


# --- 累计 keeps its date ---------------------------------------------------------------------------------
def test_zh_a_running_total_does_not_take_a_later_clauses_span() -> None:
    text = ("搬迁改造工作启动以来，截至今年10月底，全国累计完成搬迁改造企业1326家。"
            "累计完成投资约2860亿元，今年1—10月完成投资418亿元，同比增长12.6%。")
    m = _one(text, 2.86e11, "zh", date(2029, 11, 16))
    assert (m.period, m.as_of) == (None, "2029-10")
    assert _one(text, 4.18e10, "zh", date(2029, 11, 16)).period == "2029-01/2029-10"
    m = _one("截至9月底，全省累计建成充电桩12万个。累计完成投资约86亿元，前三季度完成投资21亿元。", 8.6e9, "zh", date(2029, 10, 20))
    assert (m.period, m.as_of) == (None, "2029-09")


def test_zh_a_total_whose_later_span_only_dates_a_change_keeps_the_span() -> None:
    m = _one("全省累计完成投资约2860亿元，1—10月同比增长5%。", 2.86e11, "zh", date(2029, 11, 16))
    assert m.period == "2029-01/2029-10"


# --- bullets that are sentences --------------------------------------------------------------------------
def test_en_sentence_bullets_are_read() -> None:
    text = ("The ministry on Tuesday allocated the quotas.\n\nKey Insights\n"
            "- China produces about 80% of the world's HFCs\n"
            "- R32 prices have risen about 18% since the start of December\n"
            "• Exports of solar glass rose 12% in November")
    values = {m.value for m in metrics(text, "en", JAN)}
    assert {80, 18, 12} <= values


@pytest.mark.parametrize("text", [
    "Key Insights\n- Blocked calls: 3.1 billion in 2027\n- Cross-border share: about 64%",  # labels
    "Related news\n- Output rose 5% in 2029 [2030-01-08]",  # a link list
    "Key Insights\n• Exporters of cars registered for under 180 days need a maker's service pledge",
    "Related\n- Top 10 exporters in 2029",  # a headline, no verb
])
def test_en_label_and_link_bullets_stay_skipped(text: str) -> None:
    assert metrics(text, "en", JAN) == []


def test_zh_bullets_stay_skipped() -> None:
    assert metrics("相关新闻：\n· 9月份钢铁行业PMI为43.5%\n· 工信部召开钢铁行业稳增长座谈会", "zh", date(2026, 10, 8)) == []


# --- a present-tense share of a flow is of now --------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Output rose 5% in the first two months. Xiamen in Fujian province, home to more than 600 fitness equipment "
     "makers, produces about a third of the country's treadmills, according to the city's commerce bureau.", 33.3),
    ("Output rose 5% in the first two months. The province produces about 40% of the country's steel output.", 40),
])
def test_en_a_present_share_of_output_is_of_now(text: str, value: float) -> None:
    m = _one(text, value, published=date(2030, 3, 10))
    assert (m.period, m.as_of) == (None, "2030-03")


def test_en_a_past_share_of_a_flow_keeps_its_period() -> None:
    m = _one("Output rose 5% in the first two months. NEV sales made up 40% of car sales.", 40, published=date(2030, 3, 10))
    assert m.period == "2030-01/2030-02"
