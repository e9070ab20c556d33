"""The second convention settled in session 17 (tests/data/devset/README.md, "Conventions settled in
session 17", *"N% of units do/have X"*), on sentences written for these tests, with near-misses that
must not change.

* The percentage of units that use, adopt, support, deploy, offer or have completed something, or in
  which a defect is found, is a `rate` (adoption or incidence): "N percent of <units> <verb>", told
  after the figure, or the passive / incidence told before it ("adopted by N percent of", "found
  defects in N percent of", "fitted in N% of", "digital transformation at N% of").
* Units by where or what they are ("are in the east", "work in …", "have been in use for …"), the
  part of an amount ("the water used in industry"), and every form with a share word ("accounted
  for", "made up") stay a `share`. Chinese: 有N%的企业实现了… stays a `rate`, 占/占比 forms a `share`.
"""
from __future__ import annotations

from datetime import date

import pytest

from metric_helpers import metrics

PUB = date(2031, 6, 20)


def _one(text: str, value: float, lang: str = "en"):
    found = [m for m in metrics(text, lang, PUB) if m.value == value and m.unit == "percent"]
    assert len(found) == 1, [(m.value, m.unit, m.measure, m.quote) for m in metrics(text, lang, PUB)]
    return found[0]


# --- A. units that use, adopt, support or deploy something: a rate, told after the figure -----------
@pytest.mark.parametrize("text, value", [
    ("A survey found that about 27 percent of rural households now use a smart water meter.", 27),
    ("Some 64 per cent of the surveyed hospitals used domestic imaging software last year, the association said.", 64),
    ("More than 55% of textile mills have adopted automated dyeing lines, the ministry said.", 55),
    ("About 42 percent of them have deployed edge computing gateways on their shop floors.", 42),
    ("The plan calls for at least 75 percent of county hospitals to use cloud-based imaging by 2030.", 75),
    ("By 2029, more than 90 percent of new routers sold in key sectors should support IPv6 by default.", 90),
    ("Roughly 61 percent of the 120 million tablets shipped in China last year supported satellite messaging.", 61),
    ("About 33% of the listed ports now offer shore power to berthing ships.", 33),
    ("Nearly 48 percent of small retailers now display electronic price tags, the survey showed.", 48),
])
def test_units_that_use_something_are_a_rate(text, value):
    assert _one(text, value).measure == "rate"


# --- B. the same told before the figure: passive, incidence, fitted, transformation -----------------
@pytest.mark.parametrize("text, value", [
    ("Cloud-based design tools have been adopted by 37.5 percent of machinery makers, the report said.", 37.5),
    ("Machine vision has been applied in more than 65 percent of the country's electronics plants.", 65),
    ("Inspectors found defects in 12.4 per cent of the power bank batches sampled this year.", 12.4),
    ("Safety problems were found in 8.2% of the e-bike chargers checked in the campaign.", 8.2),
    ("The plan aims to have domestic controllers fitted in at least 60% of the robots sold at home by 2030.", 60),
    ("The program targets digital transformation at no less than 70% of textile firms above designated size by 2028.", 70),
])
def test_adoption_or_incidence_told_before_is_a_rate(text, value):
    assert _one(text, value).measure == "rate"


# --- C. near-misses: composition, amounts, share words stay a share ---------------------------------
@pytest.mark.parametrize("text, value", [
    ("Over 60 percent of the new firms work in foundational industrial fields, the ministry said.", 60),
    ("About 58% of the listed firms are in the eastern provinces, the ministry said.", 58),
    ("Nearly 35 percent of the looms in service at Chinese mills have been in use for more than 15 years.", 35),
    ("Electric models made up 66% of the units shipped last year.", 66),
    ("LFP batteries accounted for 77.4% of the power batteries installed in vehicles last year.", 77.4),
    ("The province imports about 45 percent of the cotton it uses.", 45),
    ("About 30% of the water used in industry last year was recycled.", 30),
    ("About 52 percent of the firms that use robots are in Guangdong.", 52),
])
def test_composition_stays_a_share(text, value):
    assert _one(text, value).measure == "share"


# --- D. Chinese: 有N%的X实现… a rate, 占/占比 forms a share (as before) ---------------------------------
@pytest.mark.parametrize("text, value, measure", [
    ("截至2030年底，全省已有62%的规上工业企业实现了数字化转型。", 62, "rate"),
    ("截至2030年底，已有超过七成的省级工业遗产开展了活化利用。", 70, "rate"),
    ("2030年，已开展个性化定制的企业占41.5%。", 41.5, "share"),
    ("2030年，全省规上工业企业中开展数字化改造的企业占比达到58.6%。", 58.6, "share"),
])
def test_chinese_forms(text, value, measure):
    assert _one(text, value, "zh").measure == measure
