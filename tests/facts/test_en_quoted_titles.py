"""English documents named in quotation marks right after the issuing verb keep their title
("The MIIT has issued the "Measures for …"", a Xinhua lede on the bundled snapshot lost it: the
quoted name was searched for only within ten characters of the verb, end included), while quoted
lower-case terms after a verb are not titles."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.facts import extract

PUBLISHED = date(2026, 5, 14)

TITLES = [
    "Measures for the Administration of Data Security in the Field of Industry (Trial)",
    "Action Plan for the Digital Transformation of the Textile Industry (2026-2028)",
    "Guidelines on Promoting Industrial Water Efficiency",
    "Implementation Plan for Green Factories",
]
OPENINGS = [
    ('The Ministry of Industry and Information Technology (MIIT) has issued the {q}, which will take '
     'effect on July 1, the ministry said Wednesday.'),
    'Earlier this year, the MIIT issued the {q}, which sets priorities for the coming three years.',
    'The National Development and Reform Commission on Tuesday released {q} to guide local governments.',
    'The Ministry of Commerce published its {q} on Monday.',
]


@pytest.mark.parametrize("quotes", [('"', '"'), ("“", "”")], ids=["straight", "curly"])
@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("title", TITLES)
def test_a_quoted_name_after_the_issuing_verb_is_the_title(title: str, opening: str, quotes: tuple[str, str]) -> None:
    sentence = opening.format(q=f"{quotes[0]}{title}{quotes[1]}")
    events = extract(sentence, published=PUBLISHED, lang="en").events
    assert [e.type for e in events] == ["document_issued"], sentence
    assert events[0].title == title


@pytest.mark.parametrize("sentence", [
    'The MIIT last week named 28 "typical application scenarios" for industrial robots.',
    'In July, the MIIT and four other departments approved 20 cities as pilots for "vehicle-road-cloud integration".',
    'Last month, the MIIT released a catalogue of "first-of-its-kind" semiconductor equipment.',
    'In August, the MIIT named 3,214 firms as the eighth batch of national "little giants".',
])
def test_quoted_lower_case_terms_are_not_titles(sentence: str) -> None:
    events = extract(sentence, published=PUBLISHED, lang="en").events
    assert events, sentence
    assert all(e.title is None for e in events), [(e.type, e.title) for e in events]
