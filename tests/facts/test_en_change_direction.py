"""Which way an English change figure goes, and what a growth figure measures, when the verb
before it says one thing and the words after it another: a narrower decline is a rise of the
growth rate (as 降幅收窄 is in Chinese), a comparative right after the figure ("2 percentage points
lower than") decides, and an "N-year average growth" is an average annual rate. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from metric_helpers import metrics, only


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chip output fell 4 percent, but the decline narrowed by 1.2 percentage points from the first quarter.", 1.2),
        ("Exports dropped 6 percent, a decline 3.4 percentage points narrower than in the first half.", 3.4),
        ("Steel output shrank 2 percent, though the drop has narrowed by 0.9 percentage points since May.", 0.9),
        ("Sales slid 5 percent, narrowing the decline by 2 percentage points.", 2),
        ("Revenue fell 3 percent, a contraction 1.5 percentage points smaller than a year earlier.", 1.5),
        # and a decline that widened stays negative
        ("Chip output fell 4 percent, and the decline widened by 1.2 percentage points.", -1.2),
    ],
)
def test_a_narrower_decline_is_a_positive_change(text: str, value: float) -> None:
    changes = [m for m in metrics(text, "en") if m.unit == "percentage_points"]
    assert [(m.measure, m.value) for m in changes] == [("pp_change", value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the subject "Growth" is no verb of the figure: "lower than" after it decides
        ("Growth was 1.8 percentage points lower than that of the whole sector.", [-1.8]),
        ("Growth was still 2 percentage points lower than in 2023 and 0.4 percentage points higher than in 2022.",
         [-2, 0.4]),
        ("Growth in the sector was 1.1 percentage points faster than the national average.", [1.1]),
        ("Output growth was 0.7 percentage points slower than in the first quarter.", [-0.7]),
    ],
)
def test_a_comparative_after_the_figure_decides_its_sign(text: str, values: list[float]) -> None:
    assert [m.value for m in metrics(text, "en") if m.unit == "percentage_points"] == values


@pytest.mark.parametrize(
    "text",
    [
        "Software exports rose 10.9 percent, a two-year average growth of 6.6 percent.",
        "Robot output grew at a three-year average rate of 12 percent.",
        "The 2-year average increase was 5.5 percent.",
    ],
)
def test_n_year_average_growth_is_an_average_annual_rate(text: str) -> None:
    averages = [m for m in metrics(text, "en") if m.value in (6.6, 12, 5.5)]
    assert [m.measure for m in averages] == ["cagr"]


def test_a_plain_year_on_year_figure_is_not_an_average() -> None:
    assert only("Software exports rose 10.9 percent year on year.", "en").measure == "yoy_growth"


# --- counts that change a list ---------------------------------------------------------------------
def _counts(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.measure) for m in metrics(text, "en") if m.unit == "count"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the English of 移出名单: the counts leave the list (negative additions), not its size
        ("After the annual review, 23 demonstration zones and 9 pilot cities were removed from the list.",
         [(-23, "additions"), (-9, "additions")]),
        ("Some 58 enterprises, 12 industrial parks and 4 platforms have been delisted for failing the checks.",
         [(-58, "additions"), (-12, "additions"), (-4, "additions")]),
        # a newly published list recognises its entries: the batch's additions
        ("The ministry released its 2023 list of smart manufacturing pilots, naming 212 factories and 45 "
         "industrial parks.", [(212, "additions"), (45, "additions")]),
        ("The fifth batch was announced on Monday, recognizing 3,000 small firms, 600 industrial parks.",
         [(3000, "additions"), (600, "additions")]),
    ],
)
def test_counts_leaving_or_joining_a_list_are_additions(text: str, want: list[tuple[float, str]]) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # no list: "recognizing" alone, and a removal of something else, leave levels alone
        ("The province now has 212 smart factories, recognizing the value of automation.", [(212, "level")]),
        ("China has 5,000 green factories, and obsolete equipment was removed from service.", [(5000, "level")]),
        # a figure after a time phrase is no member of the list before it
        ("The number of licensed firms reached 4,200 in May, 300 more than at the end of last year.",
         [(4200, "level"), (300, "net_increase")]),
    ],
)
def test_other_counts_keep_their_measure(text: str, want: list[tuple[float, str]]) -> None:
    assert _counts(text) == want


def test_an_english_count_list_shares_its_measure_across_each_figures_own_time():
    from datetime import date
    from scrapers.facts import extract
    found = extract("Operators added 120,000 base stations in 2023 and 150,000 base stations in the first half of 2024.",
                    published=date(2024, 10, 20), lang="en").metrics
    assert [(m.value, m.measure, m.period) for m in found] == [
        (120_000.0, "additions", "2023"), (150_000.0, "additions", "2024-01/2024-06")]
