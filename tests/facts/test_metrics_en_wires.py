"""English metrics as wires write them (Reuters, Bloomberg, Caixin, SCMP, Xinhua English, China
Daily, Global Times): about a hundred sentences written for these tests, each with its publication
day and the metrics it states, read by the devset README's conventions (value in base units, unit,
qualifier, measure, status, period or as-of date), then distractors that state no metric.

An expected metric is ``(value, unit, qualifier, measure, status, time)``; ``value`` is a
``(low, high)`` pair for ranges; ``time`` is the period or as-of date, ``"2027*"`` when any time in
2027 will do (a target "by the end of 2027"), ``None`` when the sentence gives none to check.
Items the README makes optional (percentage-point changes, comparison baselines, currency
conversions in brackets, multiples) go in a second list: they may be missing, but when read they
must be read right, and nothing else may be found.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2025, 11, 15)   # a Saturday, mid-November: October data are out
JULY = date(2025, 7, 10)   # mid-year: this year's full-year views are forecasts
MARCH = date(2025, 3, 6)

P, PP = "percent", "percentage_points"
YOY, LVL, SHR = "yoy_growth", "level", "share"
A, T, F, E = "actual", "target", "forecast", "estimate"


def _time_ok(found: str | None, want: str | None) -> bool:
    if want is None:
        return True
    if want.endswith("*"):
        return (found or "").startswith(want[:-1])
    return found == want


def _same(m, want) -> bool:
    value, unit, qualifier, measure, status, time = want
    low, high = value if isinstance(value, tuple) else (value, None)
    return (m.value == pytest.approx(low, rel=1e-3, abs=0.06) and m.unit == unit and m.qualifier == qualifier
            and m.measure == measure and m.status == status and _time_ok(m.period or m.as_of, time)
            and (high is None or m.value_high == pytest.approx(high)))


def _show(found) -> list:
    return [(m.value, m.value_high, m.unit, m.qualifier, m.measure, m.status, m.period or m.as_of) for m in found]


def check(text: str, published: date, required: list, optional: list = ()) -> None:
    found = metrics(text, "en", published)
    left = list(found)
    for want in required:
        hit = next((m for m in left if _same(m, want)), None)
        assert hit is not None, (want, _show(found))
        left.remove(hit)
    for m in left:
        assert any(_same(m, want) for want in optional), ("unexpected", _show([m]), _show(found))


# --- growth against a year earlier ---------------------------------------------------------------
GROWTH = [
    ("China's industrial output rose 5.2% in October from a year earlier, data from the statistics bureau showed.",
     PUB, [(5.2, P, "eq", YOY, A, "2025-10")]),
    ("Crude steel output was up 12% on the year in October.", PUB, [(12, P, "eq", YOY, A, "2025-10")]),
    ("Exports of steel products fell for a third straight month in October, down 4.6% from a year earlier.",
     PUB, [(-4.6, P, "eq", YOY, A, "2025-10")]),
    ("Output of new energy vehicles grew 23.4% year-on-year in October, the fastest pace since March.",
     PUB, [(23.4, P, "eq", YOY, A, "2025-10")]),
    ("Cement production dropped 8.1 per cent in October from the same month last year.",
     PUB, [(-8.1, P, "eq", YOY, A, "2025-10")]),
    ("Smartphone shipments slipped 3% year on year in the third quarter.", PUB, [(-3, P, "eq", YOY, A, "2025-Q3")]),
    ("Value added of high-tech manufacturing increased 9.6 percent in the first 10 months.",
     PUB, [(9.6, P, "eq", YOY, A, "2025-01/2025-10")]),
    ("Industrial profits jumped 21.6% in September from a year ago.", PUB, [(21.6, P, "eq", YOY, A, "2025-09")]),
    ("Output of industrial robots surged 29.8 percent year on year to 595,000 units in January-October.",
     PUB, [(29.8, P, "eq", YOY, A, "2025-01/2025-10"), (595_000, "count", "eq", LVL, A, "2025-01/2025-10")]),
    ("Power generation edged up 0.9% from a year earlier in October.", PUB, [(0.9, P, "eq", YOY, A, "2025-10")]),
    ("Crude steel output slumped 12.1% on an annual basis in October.", PUB, [(-12.1, P, "eq", YOY, A, "2025-10")]),
    ("Output of the sector fell for a second consecutive month, declining 2.3% year on year in October.",
     PUB, [(-2.3, P, "eq", YOY, A, "2025-10")]),
    ("Telecom business revenue grew 0.9 percent in January-October.", PUB, [(0.9, P, "eq", YOY, A, "2025-01/2025-10")]),
    ("Exports of ships jumped 20.1% in the first 10 months of 2025.", PUB, [(20.1, P, "eq", YOY, A, "2025-01/2025-10")]),
    ("In the July-September quarter, software exports rose 4.3%.", PUB, [(4.3, P, "eq", YOY, A, "2025-Q3")]),
    ("Solar cell output rose 8% in the first half of the year.", PUB, [(8, P, "eq", YOY, A, "2025-01/2025-06")]),
    ("For the whole of 2024, output of industrial robots rose 14.2%.", PUB, [(14.2, P, "eq", YOY, A, "2024")]),
    ("Output fell by nearly 10% in October.", PUB, [(-10, P, "approx", YOY, A, "2025-10")]),
    ("Sales rose by more than 20% in the third quarter.", PUB, [(20, P, "gt", YOY, A, "2025-Q3")]),
    ("Exports increased by around 7 percent in the first half.", PUB, [(7, P, "approx", YOY, A, "2025-01/2025-06")]),
    ("Aluminium production was up about 15% year on year at 2.3 million tonnes in October.",
     PUB, [(15, P, "approx", YOY, A, "2025-10"), (2.3e6, "tonne", "eq", LVL, A, "2025-10")]),
    ("Output of cars and trucks rose 5.1% and 2.4%, respectively, in October.",
     PUB, [(5.1, P, "eq", YOY, A, "2025-10"), (2.4, P, "eq", YOY, A, "2025-10")]),
    ("Exports to the EU and the US fell 3% and 11% respectively in the third quarter.",
     PUB, [(-3, P, "eq", YOY, A, "2025-Q3"), (-11, P, "eq", YOY, A, "2025-Q3")]),
    ("Passenger car sales rose 3.2% in October from September.", PUB, [(3.2, P, "eq", "growth", A, "2025-10")]),
]


@pytest.mark.parametrize("text, published, required", GROWTH)
def test_growth_against_a_year_earlier(text: str, published: date, required: list) -> None:
    check(text, published, required)


# --- money, magnitudes and records ---------------------------------------------------------------
MONEY = [
    ("Exports of integrated circuits reached a record 1.2 trillion yuan in January-October.",
     PUB, [(1.2e12, "CNY", "eq", LVL, A, "2025-01/2025-10")]),
    ("China's exports of electric vehicles were worth $38.5 billion in the first nine months.",
     PUB, [(3.85e10, "USD", "eq", LVL, A, "2025-01/2025-09")]),
    ("Profits at large industrial firms totalled ¥5.3 trillion in the January-September period.",
     PUB, [(5.3e12, "CNY", "eq", LVL, A, "2025-01/2025-09")]),
    ("Solar module exports brought in 18.6 bn yuan in September.", PUB, [(1.86e10, "CNY", "eq", LVL, A, "2025-09")]),
    ("The country produced 2.1 mn tonnes of primary aluminium in October.",
     PUB, [(2.1e6, "tonne", "eq", LVL, A, "2025-10")]),
    ("Revenue of the software industry came to 11.3 tn yuan in the first 10 months.",
     PUB, [(1.13e13, "CNY", "eq", LVL, A, "2025-01/2025-10")]),
    ("Battery makers shipped $4.2bn of lithium-ion cells abroad in October.",
     PUB, [(4.2e9, "USD", "eq", LVL, A, "2025-10")]),
    ("Robot exports were valued at US$1.1 billion in the third quarter.", PUB, [(1.1e9, "USD", "eq", LVL, A, "2025-Q3")]),
    ("Chip imports fell to ¥1.9 trillion in January-October.", PUB, [(1.9e12, "CNY", "eq", LVL, A, "2025-01/2025-10")]),
    ("Exports of aluminium rose to 560,000 tonnes in October.", PUB, [(560_000, "tonne", "eq", LVL, A, "2025-10")]),
    ("China produced 1.02 billion tonnes of crude steel last year.", PUB, [(1.02e9, "tonne", "eq", LVL, A, "2024")]),
    ("Shipbuilding completions reached 40.1 million deadweight tonnes in the first three quarters.",
     PUB, [(4.01e7, "tonne", "eq", LVL, A, "2025-01/2025-09")]),
    ("Sales of new energy vehicles hit a record high of 1.7 million units in October.",
     PUB, [(1.7e6, "count", "eq", LVL, A, "2025-10")]),
    ("The sector generated at least 50 billion yuan of revenue in 2024.", PUB, [(5e10, "CNY", "ge", LVL, A, "2024")]),
]
# (a currency conversion in brackets is optional)
MONEY_CONVERTED = [
    ("Investment in the sector totalled 320 billion yuan ($45 billion) in the first half.",
     PUB, [(3.2e11, "CNY", "eq", LVL, A, "2025-01/2025-06")], [(4.5e10, "USD", "eq", LVL, A, "2025-01/2025-06")]),
    ("Exports of the industry reached $12.6 billion (about 90 billion yuan) in the third quarter.",
     PUB, [(1.26e10, "USD", "eq", LVL, A, "2025-Q3")], [(9e10, "CNY", "approx", LVL, A, "2025-Q3")]),
]


@pytest.mark.parametrize("text, published, required", MONEY)
def test_money_magnitudes_and_records(text: str, published: date, required: list) -> None:
    check(text, published, required)


@pytest.mark.parametrize("text, published, required, optional", MONEY_CONVERTED)
def test_conversions_in_brackets(text: str, published: date, required: list, optional: list) -> None:
    check(text, published, required, optional)


# --- bounds and approximations -------------------------------------------------------------------
BOUNDS = [
    ("Sales of new energy vehicles topped 1.6 million units in October.", PUB, [(1.6e6, "count", "gt", LVL, A, "2025-10")]),
    ("The number of 5G users surpassed 1.1 billion at the end of September.",
     PUB, [(1.1e9, "count", "gt", LVL, A, "2025-09")]),
    ("The country now has some 300 national-level industrial internet platforms.",
     PUB, [(300, "count", "approx", LVL, A, "2025-11")]),
    ("China has some 4,500 AI companies, the ministry said.", PUB, [(4500, "count", "approx", LVL, A, "2025-11")]),
    ("Roughly 45,000 specialised small and medium-sized enterprises have been cultivated so far.",
     PUB, [(45_000, "count", "approx", LVL, A, "2025-11")]),
    ("Output of new energy vehicles reached roughly 13 million units in January-October.",
     PUB, [(1.3e7, "count", "approx", LVL, A, "2025-01/2025-10")]),
    ("China had almost 4.7 million 5G base stations as of end-September.",
     PUB, [(4.7e6, "count", "approx", LVL, A, "2025-09")]),
    ("As of end-September, China had 4.75 million 5G base stations.", PUB, [(4.75e6, "count", "eq", LVL, A, "2025-09")]),
    ("Vehicle exports exceeded 5 million units in the first 10 months, a record.",
     PUB, [(5e6, "count", "gt", LVL, A, "2025-01/2025-10")]),
    ("Output of service robots was about 9 million sets in the first 10 months.",
     PUB, [(9e6, "count", "approx", LVL, A, "2025-01/2025-10")]),
    ("Exports topped 600,000 units in October for the first time.", PUB, [(600_000, "count", "gt", LVL, A, "2025-10")]),
    ("The country's computing power surpassed 280 EFLOPS by the end of June.",
     PUB, [(280, "EFLOPS", "gt", LVL, A, "2025-06")]),
    ("The market for industrial software is worth about $12 billion.", PUB, [(1.2e10, "USD", "approx", LVL, A, "2025-11")]),
    ("The number of data centre racks was just over 8.8 million at the end of June.",
     PUB, [(8.8e6, "count", "gt", LVL, A, "2025-06")]),
]


@pytest.mark.parametrize("text, published, required", BOUNDS)
def test_bounds_and_approximations(text: str, published: date, required: list) -> None:
    check(text, published, required)


# --- shares and rates -----------------------------------------------------------------------------
SHARES = [
    ("Electric vehicles accounted for nearly a third of new car sales in October.",
     PUB, [(33.3, P, "approx", SHR, A, "2025-10")]),
    ("Domestic brands held a 14% share of the smartphone market in the third quarter.",
     PUB, [(14, P, "eq", SHR, A, "2025-Q3")]),
    ("Exports to Southeast Asia made up 18.5 percent of the total in the first 10 months.",
     PUB, [(18.5, P, "eq", SHR, A, "2025-01/2025-10")]),
    ("High-tech manufacturing's share of industrial value added rose to 17.1% in the first three quarters.",
     PUB, [(17.1, P, "eq", SHR, A, "2025-01/2025-09")]),
    ("Almost 60 percent of new cars sold in October were electric.", PUB, [(60, P, "approx", SHR, A, "2025-10")]),
    ("China accounted for about 60% of global EV sales last year.", PUB, [(60, P, "approx", SHR, A, "2024")]),
    ("Private firms accounted for more than half of the country's exports in the first 10 months.",
     PUB, [(50, P, "gt", SHR, A, "2025-01/2025-10")]),
    ("Domestic suppliers now hold a quarter of the market.", PUB, [(25, P, "approx", SHR, A, "2025-11")]),
    ("The penetration rate of new energy vehicles climbed to 51.6 percent in October.",
     PUB, [(51.6, P, "eq", "rate", A, "2025-10")]),
]


@pytest.mark.parametrize("text, published, required", SHARES)
def test_shares_and_rates(text: str, published: date, required: list) -> None:
    check(text, published, required)


# --- two figures, two periods; percentage points (optional) ---------------------------------------
COMPARED = [
    ("Industrial output growth slowed to 4.9% in October from 6.5% in September.",
     PUB, [(4.9, P, "eq", YOY, A, "2025-10")], [(6.5, P, "eq", YOY, A, "2025-09")]),
    ("Retail sales of home appliances rose 9.6% in October, compared with 3.1% in the previous month.",
     PUB, [(9.6, P, "eq", YOY, A, "2025-10")], [(3.1, P, "eq", YOY, A, "2025-09")]),
    ("Industrial output grew 6.5% in September, compared with 5.2% in August.",
     PUB, [(6.5, P, "eq", YOY, A, "2025-09")], [(5.2, P, "eq", YOY, A, "2025-08")]),
    ("Profits rose 3.2% in January-September, after a 0.9% gain in the first eight months.",
     PUB, [(3.2, P, "eq", YOY, A, "2025-01/2025-09")], [(0.9, P, "eq", YOY, A, "2025-01/2025-08")]),
    ("Industrial output grew 5.8% in the first 10 months, 0.4 percentage points slower than in 2024.",
     PUB, [(5.8, P, "eq", YOY, A, "2025-01/2025-10")], [(-0.4, PP, "eq", "pp_change", A, None)]),
    ("The capacity utilisation rate rose 1.5 percentage points from a year earlier to 75.6% in the third quarter.",
     PUB, [(75.6, P, "eq", "rate", A, "2025-Q3")], [(1.5, PP, "eq", "pp_change", A, None)]),
    ("Factory output growth eased to 5.0% in October, the weakest since August 2024.",
     PUB, [(5.0, P, "eq", YOY, A, "2025-10")], []),
]


@pytest.mark.parametrize("text, published, required, optional", COMPARED)
def test_two_figures_two_periods(text: str, published: date, required: list, optional: list) -> None:
    check(text, published, required, optional)


# --- stocks ---------------------------------------------------------------------------------------
STOCKS = [
    ("By the end of October, the number of gigabit broadband users had reached 229 million.",
     PUB, [(2.29e8, "count", "eq", LVL, A, "2025-10")]),
    ("There were 12,000 national-level green factories as of the end of June.",
     PUB, [(12_000, "count", "eq", LVL, A, "2025-06")]),
    ("The number of charging points stood at 17.1 million at the end of September, up 54.5% from a year earlier.",
     PUB, [(1.71e7, "count", "eq", LVL, A, "2025-09"), (54.5, P, "eq", YOY, A, "2025-09")]),
    ("China added 240,000 5G base stations in the first 10 months.",
     PUB, [(240_000, "count", "eq", "additions", A, "2025-01/2025-10")]),
    ("The ministry named 120 new national-level smart factories on Tuesday.",
     PUB, [(120, "count", "eq", "additions", A, "2025-11")]),
]


@pytest.mark.parametrize("text, published, required", STOCKS)
def test_stocks_and_additions(text: str, published: date, required: list) -> None:
    check(text, published, required)


# --- targets, estimates, forecasts ----------------------------------------------------------------
OUTLOOK = [
    ("China aims to have 10,000 smart factories by the end of 2027.", PUB, [(10_000, "count", "eq", LVL, T, "2027*")]),
    ("The plan aims to raise the industry's revenue to 1 trillion yuan by 2027.",
     PUB, [(1e12, "CNY", "eq", LVL, T, "2027")]),
    ("At least 10,000 smart factories will be built by 2027, the plan says.",
     PUB, [(10_000, "count", "ge", LVL, T, "2027*")]),
    ("The plan sets a target of 70% for the digitalisation rate of key processes by 2027.",
     PUB, [(70, P, "eq", "rate", T, "2027*")]),
    ("Under the plan, the penetration rate of the industrial internet is to exceed 60% by 2027.",
     PUB, [(60, P, "gt", "rate", T, "2027*")]),
    ("The government aims for a 5.5% rise in industrial value added this year.",
     MARCH, [(5.5, P, "eq", YOY, T, "2025")]),
    # (this year's figure stated in November is an estimate; in July, a forecast)
    ("Sales of new energy vehicles are expected to reach 16 million units this year, the association said.",
     PUB, [(1.6e7, "count", "eq", LVL, E, "2025")]),
    ("Sales of new energy vehicles are expected to reach 16 million units this year, the association said.",
     JULY, [(1.6e7, "count", "eq", LVL, F, "2025")]),
    ("Output is expected to reach 1.5 million units in 2026, the consultancy said.",
     PUB, [(1.5e6, "count", "eq", LVL, F, "2026")]),
    ("The steel association forecasts that steel demand will fall 1.5% this year.",
     JULY, [(-1.5, P, "eq", YOY, F, "2025")]),
    ("Citi expects lithium demand to grow 25-30% in 2026.", PUB, [((25, 30), P, "range", YOY, F, "2026")]),
    ("Shipments of humanoid robots are forecast at between 30,000 and 40,000 units in 2026, according to GGII.",
     PUB, [((30_000, 40_000), "count", "range", LVL, F, "2026")]),
    ("Industrial output is projected to grow 5-6% next year, economists say.",
     PUB, [((5, 6), P, "range", YOY, F, "2026")]),
    ("The sector's revenue is set to top 2 trillion yuan by 2030, according to CCID.",
     PUB, [(2e12, "CNY", "gt", LVL, F, "2030")]),
    # (a consensus forecast of the month just reported)
    ("Industrial output rose 4.9% in October from a year earlier. Analysts polled by Reuters had forecast a 5.5% rise.",
     PUB, [(4.9, P, "eq", YOY, A, "2025-10"), (5.5, P, "eq", YOY, F, "2025-10")]),
    ("Retail sales grew 2.9% in October, beating the 2.7% rise expected by analysts in a Reuters poll.",
     PUB, [(2.9, P, "eq", YOY, A, "2025-10"), (2.7, P, "eq", YOY, F, "2025-10")]),
]


@pytest.mark.parametrize("text, published, required", OUTLOOK)
def test_targets_estimates_forecasts(text: str, published: date, required: list) -> None:
    check(text, published, required)


# --- multiples: optional ratios, never a percent --------------------------------------------------
@pytest.mark.parametrize("text, qualifier, level", [
    ("Exports of electric vehicles more than doubled in the first 10 months.", "gt", None),
    ("Exports of electric vehicles nearly doubled in the first 10 months.", "approx", None),
    ("Exports of electric vehicles doubled to 1.2 million units in the first 10 months.", "eq", 1.2e6),
])
def test_doubling_is_an_optional_ratio(text: str, qualifier: str, level: float | None) -> None:
    required = [(level, "count", "eq", LVL, A, "2025-01/2025-10")] if level else []
    check(text, PUB, required, [(2, "ratio", qualifier, "growth", A, None), (2, "ratio", qualifier, LVL, A, None)])


# --- distractors ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # stock prices, moves and index points
    "Shares of BYD rose 4.2% in Hong Kong on Monday.",
    "The Shanghai Composite Index closed down 1.3% at 3,912.5 points.",
    "The Hang Seng Index gained 215 points, or 0.8%, to 25,800.",
    "The company's stock closed at 38.5 yuan on Friday.",
    "The yuan weakened to 7.12 per dollar.",
    # company figures
    "BYD said its net profit rose 33% to 9.2 billion yuan in the third quarter.",
    "Xiaomi reported a 22% jump in quarterly revenue to 113 billion yuan.",
    # years, ages, phone numbers, articles, numbers of documents, rankings
    "The 2024 edition of the catalogue replaces the one issued in 2019.",
    "Zhang, 58, has led the ministry since 2022.",
    "Wang Wei, a 45-year-old engineer, works in Shenzhen.",
    "For inquiries, call +86-10-6820-8000.",
    "Article 12 of the rules bans below-cost pricing.",
    "The ministry published Circular No. 3 on Tuesday.",
    "Three Chinese firms are in the Top 10 of the global ranking.",
    "It was the 16th consecutive year that China led global car sales.",
    "The third batch of pilot zones was announced on Tuesday.",
    # non-metric fractions and times
    "The amendment needs a two-thirds majority of the committee to pass.",
    "The factory runs 24/7 to meet orders.",
    "The ministry will hold a press conference at 10 a.m. on Nov. 20.",
    # 5G itself and model names
    "Huawei launched its first 5G smartphone in 2019.",
    "China Mobile operates the world's largest 5G network.",
    "The Mate 60 Pro uses a chip made by SMIC.",
    "The iPhone 17 went on sale in China in September.",
    "The Model Y remains the best-selling electric car in China.",
    # document structure, departments, technical parameters, attendance
    "The rules, which have 42 articles in eight chapters, take effect on Jan 1, 2026.",
    "The plan sets out 15 measures in five areas.",
    "Six government departments jointly issued the guideline.",
    "The standard requires packs to withstand 130 degrees Celsius for 30 minutes.",
    "More than 500 officials and executives attended the meeting.",
    "The Fourth Plenum ended on Oct. 23.",
    "Updated: 2025-11-14 09:30 GMT+8",
])
def test_wire_distractors_give_no_metric(text: str) -> None:
    found = metrics(text, "en", PUB)
    assert found == [], _show(found)


# --- more wordings of the constructions fixed here, and near-misses -------------------------------
MORE = [
    # (abbreviated magnitudes; a word that only starts like one is no magnitude)
    ("Exports of the sector reached 2.4tn yuan in January-October.", PUB, [(2.4e12, "CNY", "eq", LVL, A, "2025-01/2025-10")]),
    ("Output of cement fell to 150 mn tonnes in October.", PUB, [(1.5e8, "tonne", "eq", LVL, A, "2025-10")]),
    ("Carmakers exported vehicles worth US$ 9.1 bn in October.", PUB, [(9.1e9, "USD", "eq", LVL, A, "2025-10")]),
    ("Order books stood at 200 million dwt at the end of September.", PUB, [(2e8, "tonne", "eq", LVL, A, "2025-09")]),
    # (the growth rate as the subject of a change: the rate itself, its sign the noun's)
    ("Growth in software revenue accelerated to 13.2% in September.", PUB, [(13.2, P, "eq", YOY, A, "2025-09")]),
    ("The decline in steel exports narrowed to 2.1% in October.", PUB, [(-2.1, P, "eq", YOY, A, "2025-10")]),
    ("Profit growth moderated to 8.2% in the first nine months from 9.6% in the first half.",
     PUB, [(8.2, P, "eq", YOY, A, "2025-01/2025-09")], [(9.6, P, "eq", YOY, A, "2025-01/2025-06")]),
    # (near-misses: a slowdown that states a change, or a level in units, is read as before)
    ("Sales growth slowed in October, with output down 2% from a year earlier.", PUB, [(-2, P, "eq", YOY, A, "2025-10")]),
    ("Output slowed to 4.9 million units in October.", PUB, [(4.9e6, "count", "eq", LVL, A, "2025-10")]),
    # (a month-on-month change with the figure's month between)
    ("Output of excavators fell 4.1% in October from September.", PUB, [(-4.1, P, "eq", "growth", A, "2025-10")]),
    ("Output of excavators fell 4.1% in October from a year earlier.", PUB, [(-4.1, P, "eq", YOY, A, "2025-10")]),
    # (the month before the one named, for the figure "in the previous month" / "a month earlier")
    ("Exports grew 8.3% in September, compared with 4.4% a month earlier.",
     PUB, [(8.3, P, "eq", YOY, A, "2025-09")], [(4.4, P, "eq", YOY, A, "2025-08")]),
    # (the rate named after the figure; its change in points before the level it reached)
    ("The ministry set a goal of 80% for the penetration rate of 5G in industry by 2027.",
     PUB, [(80, P, "eq", "rate", T, "2027*")]),
    ("The operating rate of semi-steel tyre plants fell 2.3 percentage points to 71.2% in October.",
     PUB, [(71.2, P, "eq", "rate", A, "2025-10")], [(-2.3, PP, "eq", "pp_change", A, None)]),
    # (near-misses: a share's change in points stays a share; forecasters not polled, a ministry's view)
    ("Their share of exports rose 2 percentage points to 30% in October.",
     PUB, [(30, P, "eq", SHR, A, "2025-10")], [(2, PP, "eq", "pp_change", A, None)]),
    ("Analysts said industrial output rose 5.5% in October.", PUB, [(5.5, P, "eq", YOY, A, "2025-10")]),
    ("Economists polled by Bloomberg expected exports to grow 3.1% in October.", PUB, [(3.1, P, "eq", YOY, F, "2025-10")]),
    # (ranges of counts: not of years)
    ("The country will build between 10 and 15 new pilot zones next year.",
     PUB, [((10, 15), "count", "range", "additions", T, "2026*")]),
    # (a place after a preposition and a sentence's first word are no product names)
    ("In Guangdong 300 AI firms were founded last year.", PUB, [(300, "count", "eq", LVL, A, None)]),
    ("Nearly 300 AI firms were founded in Guangdong last year.", PUB, [(300, "count", "approx", LVL, A, None)]),
    # (an industry figure in the clause after a company's result)
    ("BYD said its net profit rose 33%, while NEV sales nationwide rose 40% in October.",
     PUB, [(40, P, "eq", YOY, A, "2025-10")]),
    ("The association said NEV sales rose 40% to 1.7 million units in October.",
     PUB, [(40, P, "eq", YOY, A, "2025-10"), (1.7e6, "count", "eq", LVL, A, "2025-10")]),
]


@pytest.mark.parametrize("row", MORE)
def test_more_wordings_and_near_misses(row: tuple) -> None:
    check(*row)


@pytest.mark.parametrize("text", [
    "The ministry will brief reporters at 3 pm on Thursday.",
    "Huawei's Pura 70 sold out within minutes.",
    "The Galaxy S24 and the Mate 70 compete in the premium segment.",
    "The Model 3 and the Model Y lead Tesla's range in China.",
    "The carmaker reported a 15% rise in third-quarter revenue to 80 billion yuan.",
    "Output grew steadily between 2021 and 2023.",
])
def test_more_distractors(text: str) -> None:
    found = metrics(text, "en", PUB)
    assert found == [], _show(found)
