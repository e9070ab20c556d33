"""Property tests: extraction never crashes on arbitrary text or HTML-ish input, and every quote
is an exact substring of the input at its recorded offset."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts import extract

# Fragments that exercise the number, unit, time and furniture paths, mixed with noise.
_FRAGMENTS = st.sampled_from([
    "<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "&nbsp;", "<script>var a=1;</script>", "\n", "。", "，", "、",
    "；", ". ", ", ", "截至9月末", "1—9月", "前三季度", "上半年", "今年", "去年底", "到2027年", "十年来", "“十四五”以来",
    "全国5G基站", "软件业务收入", "同比增长", "下降", "分别", "均", "超过", "约", "近", "以上", "左右", "多", "余",
    "4000亿元", "1.2万亿元", "142.5万个", "８万亿元", "两千多家", "八个", "2—3家", "5.7%", "0.6个百分点", "超五成",
    "每万名工人", "246台", "第七批", "《方案（2026—2028年）》", "发布时间：2024-01-02", "电话：010-1234",
    "more than", "about", "1.2 trillion yuan", "2.31 million", "400 billion yuan", "up 2.6% y/y", "percent",
    "percentage points", "respectively", "both", "in the first 10 months of 2024", "as of the end of June",
    "by 2025", "last year", "7 key tasks", "16th consecutive year", "On July 26", "Updated: 2024-10-23 18:12",
    "a quarter of", "nearly half of", "1.5-fold increase", "10 times", "$", "(", ")", "（", "）", "1,000", ",000",
])
_HTMLISH = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)
_PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
_LANG = st.sampled_from(["zh", "en", None])


def _check(text: str, published: date | None, lang: str | None) -> None:
    result = extract(text, published=published, lang=lang)
    for fact in [*result.metrics, *result.events]:
        assert fact.quote in text
        if fact.start is not None:
            assert text[fact.start: fact.start + len(fact.quote)] == fact.quote
    for m in result.metrics:
        assert m.unit
        assert m.value == m.value  # not NaN
        assert (m.value_high is not None) == (m.qualifier == "range")


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), published=_PUBLISHED, lang=_LANG)
def test_arbitrary_text(text: str, published: date | None, lang: str | None) -> None:
    _check(text, published, lang)


@settings(max_examples=200, deadline=None)
@given(text=_HTMLISH, published=_PUBLISHED, lang=_LANG)
def test_htmlish_text(text: str, published: date | None, lang: str | None) -> None:
    _check(text, published, lang)
