"""English metric constructions, one test per construction, on sentences written for these tests
(not taken from the devset)."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract
from metric_helpers import PUB
from metric_helpers import metrics as _metrics
from metric_helpers import only as _only


def metrics(text: str, published: date | None = PUB):
    return _metrics(text, "en", published)


def only(text: str, published: date | None = PUB):
    return _only(text, "en", published)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Software revenue reached 1.2 trillion yuan.", 1.2e12, "CNY"),
        ("The sector's profits came to 400 billion yuan.", 4.0e11, "CNY"),
        ("China now has 2.31 million 5G base stations.", 2_310_000, "count"),
        ("Software exports amounted to 42.5 billion U.S. dollars.", 4.25e10, "USD"),
        ("Exports were worth $12 billion.", 1.2e10, "USD"),
        ("Crude steel output was 768 million tonnes.", 7.68e8, "tonne"),
        ("Total computing power reached 246 EFLOPS.", 246, "EFLOPS"),
        ("Storage capacity topped 1,200 exabytes.", 1200, "EB"),
        ("Robot density reached 470 units per 10,000 workers.", 470, "robots_per_10000_workers"),
        ("The number of gigabit broadband users reached 190 million.", 1.9e8, "count"),
    ],
)
def test_values_are_in_base_units(text: str, value: float, unit: str) -> None:
    m = only(text)
    assert m.value == pytest.approx(value)
    assert m.unit == unit


def test_counted_thing_follows_the_number() -> None:
    m = only("The ministry has certified 230 national-level smart manufacturing demonstration factories.")
    assert m.unit == "count"
    assert m.counted == "national-level smart manufacturing demonstration factories"
    assert m.metric_key == "smart_manufacturing_demo_factories"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The number of AI companies exceeds 4,500.", "gt"),
        ("There are more than 600 green industrial parks.", "gt"),
        ("Shipments topped 300 million units.", "gt"),
        ("The total has passed 18,000.", "gt"),
        ("Over 30,000 smart factories have been built.", "gt"),
        ("At least 50,000 enterprises will complete upgrades.", "ge"),
        ("Nearly 12,000 firms joined the programme.", "approx"),
        ("About 45 million sets of equipment are connected.", "approx"),
        ("Sales reached around 9.5 million units.", "approx"),
        ("Close to 70 percent of the firms export.", "approx"),
        ("Output reached 3,642 units.", "eq"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Software revenue rose 11.3 percent year on year.", 11.3, "yoy_growth"),
        ("Telecom revenue was up 3.1% y/y.", 3.1, "yoy_growth"),
        ("Smartphone output fell 4.2 percent.", -4.2, "yoy_growth"),
        ("Microcomputer output was down 9.9 percent.", -9.9, "yoy_growth"),
        ("Exports of integrated circuits dropped 7.5 percent year on year.", -7.5, "yoy_growth"),
        ("Revenue has grown 48 percent over the past decade.", 48, "growth"),
        ("Over two years, the compound annual growth rate was 9.2 percent.", 9.2, "cagr"),
        ("High-tech manufacturing accounted for 16.3 percent of industrial output.", 16.3, "share"),
        ("New energy vehicles made up 45 percent of new car sales.", 45, "share"),
        ("The digitalization rate of key processes reached 63.1 percent.", 63.1, "rate"),
        ("Mobile subscribers posted a net increase of 32.4 million.", 3.24e7, "net_increase"),
        ("The country plans to add 500,000 new 5G base stations.", 500_000, "additions"),
    ],
)
def test_measures_and_signs(text: str, value: float, measure: str) -> None:
    m = only(text)
    assert m.value == pytest.approx(value)
    assert m.measure == measure


def test_percentage_points_in_a_list_share_the_unit() -> None:
    found = metrics("Growth trailed the industry average by 1.4 and 0.3 percentage points.")
    assert [(m.value, m.unit) for m in found] == [(-1.4, "percentage_points"), (-0.3, "percentage_points")]


def test_respectively_list_gives_one_metric_each() -> None:
    found = metrics("Output of robots and servers rose 14.2 percent and 8.8 percent, respectively, in the first half.")
    assert [m.value for m in found] == [14.2, 8.8]
    assert all(m.period == "2024-01/2024-06" for m in found)


def test_both_gives_two_metrics() -> None:
    found = metrics("NEV production and sales both exceeded 8 million units in the first nine months.")
    assert [(m.value, m.qualifier) for m in found] == [(8.0e6, "gt"), (8.0e6, "gt")]


def test_word_shares() -> None:
    found = metrics("Private firms contributed nearly half of the growth, and exports made up a quarter of sales.")
    assert [(m.value, m.qualifier, m.measure) for m in found] == [(50, "approx", "share"), (25, "approx", "share")]


@pytest.mark.parametrize(
    ("text", "published", "period", "as_of"),
    [
        ("Revenue grew 9 percent in the first 10 months of 2024.", PUB, "2024-01/2024-10", None),
        ("Revenue grew 9 percent in the first three quarters.", PUB, "2024-01/2024-09", None),
        ("Revenue grew 9 percent from January to August.", PUB, "2024-01/2024-08", None),
        ("Revenue grew 9 percent in January-July.", PUB, "2024-01/2024-07", None),
        ("Revenue grew 9 percent in the first quarter.", PUB, "2024-Q1", None),
        ("In September alone, output grew 4.1 percent year on year.", PUB, "2024-09", None),
        ("Output grew 6.1 percent in 2023.", PUB, "2023", None),
        ("Output grew 6.1 percent last year.", PUB, "2023", None),
        ("China had 4.1 million 5G base stations as of the end of September.", PUB, None, "2024-09"),
        ("China had 3.4 million 5G base stations at the end of 2023.", PUB, None, "2023-12"),
        ("There were 5,400 national-level green factories as of March 2024.", PUB, None, "2024-03"),
        ("China currently has more than 2,000 AI enterprises.", PUB, None, "2024-10"),
    ],
)
def test_periods_and_as_of(text: str, published: date, period: str | None, as_of: str | None) -> None:
    m = only(text, published)
    assert (m.period, m.as_of) == (period, as_of)


def test_comparison_bases_are_not_periods() -> None:
    found = metrics("Users reached 1.1 billion in the first 11 months of 2024, up by 180 million since the end of 2023.")
    assert found[0].as_of == "2024-11"
    assert found[1].period == "2024-01/2024-11" and found[1].measure == "net_increase"


def test_published_unknown_uses_the_lede_period() -> None:
    text = ("Telecom revenue grew 2.5 percent in the first 10 months of 2024.\n"
            "As of the end of October, China had 4.1 million 5G base stations.")
    found = metrics(text, published=None)
    assert [m.period or m.as_of for m in found] == ["2024-01/2024-10", "2024-10"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("China aims to build 300 EFLOPS of computing power by 2025.", "target"),
        ("The plan sets a goal of 10,000 smart factories by 2027.", "target"),
        ("Value added is estimated to have grown 6 percent this year.", "estimate"),
        ("Value added grew 6 percent this year.", "actual"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert only(text, date(2023, 12, 26)).status == status


def test_estimate_does_not_leak_past_a_clause_break() -> None:
    found = metrics("The sector is expected to stay the largest, while exports rose 7 percent.", date(2023, 12, 26))
    assert [m.status for m in found] == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan lists 7 key tasks in three aspects.",
        "China has been the largest market for the 16th consecutive year.",
        "On March 5, the ministry held a press conference.",
        "BEIJING, Oct. 20 (Xinhua) -- The ministry said so.",
        "Send comments to 13 Xichang'an Street, Beijing.",
        "The document was issued in 2024.",
        "Broadband speeds of 100 Mbps are now common.",
    ],
)
def test_distractors_are_not_metrics(text: str) -> None:
    assert metrics(text) == []


def test_page_furniture_and_headlines_are_skipped() -> None:
    text = (
        "Home > News > Business\n"
        "China's 5G base stations top 4 million\n"
        "Updated: 2024-10-20 10:12 | Source: Xinhua\n"
        "China had 4.1 million 5G base stations as of the end of September.\n"
        "[Editor in charge: Li Ming]\n"
        "Tel: 010-68208000 | Fax: 010-68208001"
    )
    assert [m.value for m in metrics(text)] == [4_100_000]


def test_seed_facts_map_to_the_dictionary() -> None:
    text = ("It is estimated that the scale of my country's artificial intelligence core industry exceeds "
            "400 billion yuan, and the number of enterprises exceeds 3,000. At present, more than 40 Class III "
            "certificates for AI imaging medical devices have been approved in China. The ministry will approve "
            "the construction of 8 national AI innovation and application pilot zones and release 30 national "
            "standards for intelligent manufacturing.")
    found = metrics(text, date(2022, 7, 27))
    assert [(m.value, m.metric_key) for m in found] == [
        (4.0e11, "ai_core_industry_scale"),
        (3000, "ai_enterprises"),
        (40, "ai_medical_class3_certificates"),
        (8, "ai_pilot_zones"),
        (30, "intelligent_manufacturing_standards"),
    ]
    assert found[0].status == "estimate" and found[0].qualifier == "gt"


def test_same_indicator_in_both_languages_gets_one_key() -> None:
    zh = extract("2022年，我国人工智能核心产业规模达到5080亿元。", published=date(2023, 1, 5), lang="zh").metrics
    en = extract("The AI core industry scale reached 578 billion yuan in 2023.", published=date(2024, 1, 5), lang="en").metrics
    assert zh[0].metric_key == en[0].metric_key == "ai_core_industry_scale"


def test_month_on_month_growth_is_not_year_on_year() -> None:
    m = only("Output rose 2.1 percent month on month.")
    assert (m.measure, m.value) == ("growth", 2.1)


def test_more_than_at_the_end_of_last_year_is_a_net_increase() -> None:
    found = metrics("China had 3.9 million 5G base stations, 540,000 more than at the end of last year.")
    assert [(m.value, m.measure) for m in found] == [(3_900_000, "level"), (540_000, "net_increase")]


def test_growth_rate_is_growth_not_a_rate() -> None:
    m = only("The growth rate of software revenue stood at 12.4 percent.")
    assert m.measure != "rate"


def test_plans_with_will_are_targets() -> None:
    m = only("The country will build 600,000 5G base stations this year.", date(2024, 1, 18))
    assert m.status == "target"


@pytest.mark.parametrize(
    "text",
    ["Three of its firms rank among the Top 500 companies.", "The line stretches 2,300 kilometers.",
     "The rules take effect on 19 January.", "The forum will be held in Hangzhou from October 12 to 14.",
     "The fair runs from Sept. 23 to 26 in Shanghai.", "The new pack delivers 48 volts to the motor."],
)
def test_rankings_foreign_units_and_dates_are_dropped(text: str) -> None:
    assert metrics(text) == []


def test_dateline_is_not_part_of_the_subject() -> None:
    m = only("BEIJING, April 1 (Xinhua) -- The scale of China's core artificial intelligence industry "
             "reached 578.4 billion yuan in 2023.")
    assert "Xinhua" not in (m.subject_source or "")
    assert m.metric_key == "ai_core_industry_scale"


def test_rank_is_not_a_world_figure() -> None:
    m = only("Computing power ranked second globally at 230 EFLOPS.")
    assert m.geography == "China"


def test_between_months_and_in_the_period() -> None:
    text = ("China exported 1.4 million new energy vehicles between January and August.\n"
            "Insiders expect sales to exceed 11.5 million units in 2024.\n"
            "Revenue of the auto industry reached 6.9 trillion yuan in the period.")
    found = metrics(text, date(2024, 9, 12))
    assert [(m.value, m.period or m.as_of) for m in found] == [
        (1_400_000, "2024-01/2024-08"), (11_500_000, "2024"), (6.9e12, "2024-01/2024-08")]
    assert found[0].metric_key == "nev_exports"
    assert found[1].status == "forecast"


def test_city_as_subject() -> None:
    m = only("Changsha is home to more than 2,500 AI enterprises.")
    assert m.geography == "China:Changsha"


def test_counts_of_provinces_are_not_metrics() -> None:
    assert metrics("All of its 31 provincial-level regions have charging networks.") == []


def test_new_after_the_number_is_an_addition_and_next_year_a_target() -> None:
    found = metrics("The ministry approved 12 new national pilot zones.\nIt plans to build 600,000 base stations next year.",
                    date(2024, 10, 18))
    assert [(m.value, m.measure) for m in found] == [(12, "additions"), (600_000, "additions")]
    assert found[1].status == "target"
    assert (found[1].period or found[1].as_of).startswith("2025")


def test_continuation_keeps_the_subject_of_the_sentence() -> None:
    found = metrics("Industrial robot production totaled 430,000 sets, up 21 percent.")
    assert [m.metric_key for m in found] == ["industrial_robot_output", "industrial_robot_output"]


@pytest.mark.parametrize(
    "text",
    ["The battery's capacity deviation shall not exceed 5 percent.", "More than 300 guests attended the forum."],
)
def test_normative_parameters_and_event_attendance_are_not_metrics(text: str) -> None:
    assert metrics(text) == []


def test_range_gets_the_range_qualifier() -> None:
    m = only("The ministry expects industrial output to grow between 5 and 6 percent this year.", date(2024, 3, 5))
    assert (m.value, m.value_high, m.qualifier) == (5, 6, "range")


def test_leading_both_names_actors_of_one_figure() -> None:
    found = metrics("Both central and local governments invested 1.2 trillion yuan in the first half.")
    assert [m.value for m in found] == [1.2e12]


def test_counts_written_as_words_need_a_counting_verb():
    from scrapers.facts import extract

    found = extract("The ministry has approved the construction of eight national pilot zones for AI innovation "
                    "and application.", lang="en").metrics
    assert [(m.value, m.unit, m.metric_key) for m in found] == [(8.0, "count", "ai_pilot_zones")]
    assert extract("It established twenty-five new demonstration bases last year.", lang="en").metrics[0].value == 25.0
    assert extract("The plan sets out seven key tasks in three aspects.", lang="en").metrics == []
    assert extract("One of the two ministers said the three agencies agreed.", lang="en").metrics == []


def test_a_figure_after_a_date_range_keeps_its_unit() -> None:
    # (the end of a day range is a date only as a bare number)
    assert [m.value for m in metrics("The share rose from 10 percent on Jan. 1 to 15 percent.")] == [10, 15]
