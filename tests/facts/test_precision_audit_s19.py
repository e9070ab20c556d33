"""Precision audit of session 19's new event rules: sentences written to make them misfire.

About 160 sentences tried the session's new rules (passives with "by", agencies by role, a place
after "by", the cabinet's documents in a relative clause, the Chinese rules, the metric times);
the misfires fixed here, each a class, not a wording:

* a place after a passive's "by" as a modifier of the noun after it ("by Beijing dealers", "by
  Hangzhou companies", "by Beijing resident Li Wei"): no local government acts;
* a bare "by Beijing", the country in English news ("export controls were introduced by Beijing"):
  no local government, unless the sentence is about the city ("the city", "municipal") or the
  place is qualified ("the city of Beijing", "Beijing municipality");
* a role name that stands for the country last named ("the country's …", a bare "the cabinet")
  after another country's possessive in the same sentence ("Japan's chipmakers rely on a plan that
  the cabinet approved last month"): that country's body, not China's.
"""
from __future__ import annotations

import pytest

from event_helpers import events

from scrapers.facts.agencies import find_agencies


def _acts(text):
    return [(e.type, e.date, e.agency) for e in events(text)]


# --- a place after "by": the government only when it stands alone ---------------------------------
@pytest.mark.parametrize("text", [
    "A trade-in scheme for old cars was rolled out by Beijing dealers on Tuesday.",
    "The incentives were rolled out by Hangzhou companies last month.",
    "The campaign was launched by Beijing resident Li Wei on Tuesday.",
    "The rules were approved by Shanghai shareholders of the company on Tuesday.",
    "A discount programme for students was rolled out by Shenzhen retailers on Tuesday.",
])
def test_place_modifying_a_noun_after_by_is_no_government(text):
    assert _acts(text) == []


@pytest.mark.parametrize("text", [
    "Export controls on gallium and germanium were introduced by Beijing in July 2023 in response to US curbs.",
    "A subsidy programme for chipmakers was rolled out by Beijing last month to counter US export curbs.",
    "Measures to curb exports of graphite were introduced by Beijing on Tuesday in retaliation for US tariffs.",
])
def test_bare_beijing_after_by_is_no_local_government(text):
    assert "local government" not in [agency for _, _, agency in _acts(text)]


@pytest.mark.parametrize("text,date", [
    # (guards: the place alone, or with its own word, is still the local government)
    ("A 300 million yuan scheme of innovation vouchers for startups was rolled out by Shenzhen on Tuesday.", "2024-11-05"),
    ("Subsidies for electric buses were unveiled by Guangzhou authorities last month.", "2024-10"),
    ("A subsidy programme for the city's taxi drivers was rolled out by Beijing on Tuesday.", "2024-11-05"),
    ("A subsidy programme for taxi drivers was rolled out by the city of Beijing on Tuesday.", "2024-11-05"),
    ("A subsidy programme for taxi drivers was rolled out by Beijing municipality on Tuesday.", "2024-11-05"),
])
def test_place_after_by_still_its_government(text, date):
    assert _acts(text) == [("document_issued", date, "local government")]


# --- a role name for the country last named: another country's --------------------------------------
@pytest.mark.parametrize("text", [
    "Japan's chipmakers rely on a subsidy plan that the cabinet approved last month.",
    "Japan's carmakers welcomed a plan the cabinet adopted last month.",
    "Germany's hydrogen makers use a standard for pipelines that the country's national standards body published on Tuesday.",
    "India's airlines expect the country's aviation regulator to grant licences next month.",
])
def test_role_after_another_countrys_possessive_is_that_countrys(text):
    assert not {"State Council", "Standardization Administration of China", "CAAC"} & {n for _, _, n in find_agencies(text)}
    assert _acts(text) == []


@pytest.mark.parametrize("text,name", [
    # (guards: China last named, or none, the role stays China's)
    ("Japan's exports fell. China's chipmakers rely on a subsidy plan that the cabinet approved last month.", "State Council"),
    ("The rules build on a plan to boost consumption of services that the cabinet approved last month.", "State Council"),
    ("China hit back at US tariffs, and the country's aviation regulator suspended Boeing deliveries.", "CAAC"),
])
def test_role_after_china_stays_chinas(text, name):
    assert name in [n for _, _, n in find_agencies(text)]
