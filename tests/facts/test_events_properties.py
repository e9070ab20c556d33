"""Invariants of event extraction on generated text: never fails, quotes exact, dates well-formed."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts.events import extract_events

# Fragments that trigger, date or break the constructions, glued in random order.
_ZH_PARTS = ["工业和信息化部", "国务院新闻办公室", "23日", "7月26日", "2018年4月18日", "今年", "近日", "当天", "举行",
             "新闻发布会", "印发", "《行动方案》", "（征求意见稿）", "公布", "名单", "将于", "，", "。", "\n", "发布的数据显示",
             "同意支持", "创建", "先导区", "全国工业和信息化工作会议", "召开", "至", "起施行", "〔2023〕1号"]
_EN_PARTS = ["the Ministry of Industry and Information Technology", "MIIT", "said", "on Tuesday", "in June",
             "BEIJING, July 26 (Xinhua) --", "held a press conference", "issued the Action Plan", "released",
             "a draft", "for public comment", "will", "recently", ", ", ". ", "\n", "data released by", "3.5 percent",
             "State Council Information Office", "set up a committee", "Earlier this year"]
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _check(text: str, published: date | None, lang: str) -> None:
    for e in extract_events(text, published=published, lang=lang):
        assert text[e.start:e.start + len(e.quote)] == e.quote
        assert e.date is None or _DATE.match(e.date)
        assert e.agency
        assert e.type in {"press_conference", "document_issued", "approval", "standard_release", "plan_announced", "other"}
        assert (e.type == "other") == (e.subtype is not None)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_ZH_PARTS), max_size=30), st.none() | st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_zh_fragments(parts, published):
    _check("".join(parts), published, "zh")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_EN_PARTS), max_size=30), st.none() | st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_en_fragments(parts, published):
    _check(" ".join(parts), published, "en")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    _check(text, date(2024, 1, 1), "zh")
    _check(text, date(2024, 1, 1), "en")
