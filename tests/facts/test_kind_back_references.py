""""The administration", "the commission", "the bureau" and 该局 refer back to the one body of that
kind a story names (scrapers.facts.agencies.kind_references), and "In May last year" dates an action."""
from __future__ import annotations

from datetime import date

from scrapers.facts.agencies import kind_references
from scrapers.facts.events import extract_events

PUBLISHED = date(2026, 2, 6)


def events(text: str, lang: str = "en"):
    return extract_events(text, published=PUBLISHED, lang=lang)


def test_the_administration_is_the_administration_named_before():
    text = ("Zhao Gang, head of the National Energy Administration, told reporters that demand rose. "
            "In May last year, the administration published guidelines on new-type energy storage.")
    (event,) = [e for e in events(text) if e.type == "document_issued"]
    assert event.agency == "National Energy Administration"
    assert event.date == "2025-05"  # "In May last year"


def test_the_commission_and_the_bureau():
    text = ("The National Development and Reform Commission held a meeting. "
            "The commission issued a circular on pricing on Tuesday.")
    (event,) = [e for e in events(text) if e.type == "document_issued"]
    assert event.agency == "NDRC"
    assert kind_references("The National Bureau of Statistics said …")["bureau"] == "National Bureau of Statistics"


def test_zh_gaiju_is_the_bureau_named_before():
    text = "国家数据局局长在发布会上介绍了有关情况。去年5月，该局印发了《关于深入实施“东数西算”工程的意见》。"
    (event,) = [e for e in events(text, "zh") if e.type == "document_issued"]
    assert event.agency == "National Data Administration"
    assert event.date == "2025-05"


def test_two_bodies_of_a_kind_leave_the_reference_unresolved():
    refs = kind_references("The National Energy Administration and the National Data Administration met.")
    assert "administration" not in refs


def test_a_foreign_administration_is_not_a_chinese_one():
    text = ("The US administration raised tariffs, the National Energy Administration said. "
            "In January, the administration published guidelines on energy storage.")
    assert "administration" not in kind_references(text)
    assert not [e for e in events(text) if e.agency == "National Energy Administration" and e.type == "document_issued"]


def test_a_ministry_is_no_administration():
    assert kind_references("The Ministry of Industry and Information Technology said …") == {}
