"""Speed pass 13, the sentence pipeline: the times of a sentence without a figure are read into
the document's time state only when a later figure needs that state (metrics._catch_up), and
never for the sentences after a story's last figure; the Chinese date scanner tries its
alternation only where a date word can start (dates._ZH_DATE_START), not at every 上, 日, 同 …;
and the day a level was reached (timeline._day_of) is not looked for in a Chinese sentence
holding neither 日 nor 天, which names no day.

Pinned against the former reading, every sentence's times taken as it comes (the reference below
flushes the sentences left unread after each sentence): the same metrics, and the same time state
once everything has been read, on documents mixing figures, figure-less sentences with and
without times, paragraphs, datelines and goal lists cut at semicolons."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest

from scrapers.facts import dates, metrics, timeline
from scrapers.facts.needles import candidate_matches
from scrapers.facts.timeline import TimeState

_ZH = [
    "2024年，全国规模以上工业增加值同比增长5.8%。",
    "上半年，软件业务收入达到6.2万亿元，同比增长11.5%。",
    "新华社北京6月27日电 工业和信息化部今天召开新闻发布会。",
    "1—5月，5G基站总数达到383.7万个。",
    "其中，3月份增长7.7%。",
    "会议指出，要加快推进新型工业化。",
    "截至2025年底，我国已建成5G基站400万个；",
    "到2027年，培育100家领军企业；",
    "全年新增专精特新企业1.2万家。",
    "去年，行业保持平稳运行。",
    "一季度，我国电子信息制造业运行良好。",
    "下一步，工信部将继续推动产业升级。",
    "预计今年产量将增长4%左右。",
    "第三季度，各地受理用户申诉12.8万件。",
    "这一成绩来之不易。",  # (一成: a figure, 10%, to the extractor)
]
_EN = [
    "In 2024, industrial output rose 5.8 percent year on year.",
    "BEIJING, June 25 -- The ministry held a press conference on Tuesday.",
    "In the first half, software revenue reached 6.2 trillion yuan.",
    "The country had 3.8 million 5G base stations at the end of May.",
    "Officials said the work would continue.",
    "Last year, the sector grew steadily.",
    "By 2027, the plan aims to build 500 smart factories;",
    "Exports fell 3 percent in the first quarter and 2 percent in the second.",
    "The ministry will push ahead with upgrading.",
    "In the first nine months of 2025, patents granted rose to about 690,000.",
    "Analysts expect full-year growth of about 4 percent.",
    "Demand stayed weak.",
]


def _documents(pool: list[str], seed: int, n: int = 50) -> list[str]:
    """Random stories of 1-12 sentences, some joined into paragraphs, some on lines of their own."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(pool))
            parts.append(rng.choice(["", "", "\n", " "]))
        out.append("".join(parts).strip())
    return out


def _eager(text: str, published: date | None, lang: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """extract_metrics reading every sentence's times as it comes (as before this pass); also the
    time state left after each sentence."""
    states: list[TimeState] = []
    original = metrics._extract_sentence

    def every_sentence(whole: str, sentence, ctx) -> None:
        original(whole, sentence, ctx)
        if ctx.untimed:
            metrics._catch_up(ctx)
        states.append(_copy(ctx.time))

    with monkeypatch.context() as patched:
        patched.setattr(metrics, "_extract_sentence", every_sentence)
        return metrics.extract_metrics(text, published=published, lang=lang), states


def _copy(state: TimeState) -> TimeState:
    return TimeState(**{**state.__dict__, "previous_years": list(state.previous_years)})


@pytest.mark.parametrize(("pool", "lang", "seed"), [(_ZH, "zh", 1), (_EN, "en", 2)])
@pytest.mark.parametrize("published", [date(2025, 7, 15), None])
def test_lazy_times_give_the_metrics_of_eager_reading(pool, lang, seed, published, monkeypatch) -> None:
    figures = 0
    for text in _documents(pool, seed):
        eager, _ = _eager(text, published, lang, monkeypatch)
        lazy = metrics.extract_metrics(text, published=published, lang=lang)
        assert lazy == eager, text
        figures += len(lazy)
    assert figures > 200  # (the stories state figures after figure-less sentences, not only before)


@pytest.mark.parametrize(("pool", "lang", "seed"), [(_ZH, "zh", 3), (_EN, "en", 4)])
def test_catching_up_leaves_the_state_eager_reading_leaves(pool, lang, seed, monkeypatch) -> None:
    # The state a figure reads: after each sentence with a figure (once its times are read) and at
    # the end (once the sentences never read are), lazy reading holds what eager reading held.
    published = date(2025, 7, 15)
    caught_up = 0
    for text in _documents(pool, seed, n=40):
        _, eager_states = _eager(text, published, lang, monkeypatch)
        lazy_states: list[tuple[bool, TimeState]] = []
        original = metrics._extract_sentence
        contexts = []

        def spy(whole: str, sentence, ctx) -> None:
            original(whole, sentence, ctx)
            contexts.append(ctx)
            lazy_states.append((not ctx.untimed, _copy(ctx.time)))

        with monkeypatch.context() as patched:
            patched.setattr(metrics, "_extract_sentence", spy)
            metrics.extract_metrics(text, published=published, lang=lang)
        assert len(lazy_states) == len(eager_states)
        for (current, lazy), eager in zip(lazy_states, eager_states):
            if current:
                assert lazy == eager, text
                caught_up += 1
        if contexts:
            ctx = contexts[-1]
            if ctx.untimed:
                metrics._catch_up(ctx)
            assert ctx.time == eager_states[-1], text
            assert not ctx.untimed
    assert caught_up > 100


def test_sentences_after_the_last_figure_are_not_read_for_times(monkeypatch) -> None:
    calls: list[str] = []
    original = metrics.find_times

    def counted(sentence: str, lang: str, published):
        calls.append(sentence)
        return original(sentence, lang, published)

    monkeypatch.setattr(metrics, "find_times", counted)
    story = ("去年，行业保持平稳运行。2024年，全国规模以上工业增加值同比增长5.8%。"
             "会议指出，要加快推进新型工业化。下一步，工信部将继续推动产业升级。")
    found = metrics.extract_metrics(story, published=date(2025, 3, 1), lang="zh")
    assert [m.value for m in found] == [5.8]
    # (the sentence before the figure is read, when the figure needs its state; the two after are not)
    assert calls == ["去年，行业保持平稳运行。", "2024年，全国规模以上工业增加值同比增长5.8%。"]
    calls.clear()
    metrics.extract_metrics("Demand stayed weak. The ministry will push ahead with upgrading.",
                            published=date(2025, 3, 1), lang="en")
    assert calls == []


def test_a_carried_time_comes_from_a_figure_less_sentence_read_late() -> None:
    # 去年 in a sentence without a figure dates the figure of the next paragraph (read only then).
    story = "去年，行业保持平稳运行。\n软件业务收入同比增长11.5%。"
    [metric] = metrics.extract_metrics(story, published=date(2025, 3, 1), lang="zh")
    assert (metric.value, metric.period) == (11.5, "2024")


# --- Chinese date starts -----------------------------------------------------------------------------
# (as it was before the pass, with 月/年 before 初 as 1.23.4 added them: 月初, 年初)
_FORMER_ZH_DATE_START = re.compile(r"[\d今去昨本上当同近日此前早最月年](?:(?<![月年])|(?=初))")
_DATE_PIECES = ["1", "23", "2024", "\uff12", "\u0663", ".", "年", "月", "日", "今", "去", "昨", "本", "上", "个", "周", "星期",
                "当", "天", "同", "一", "近", "期", "前", "此", "早", "最", "不久", "如", "接", "将", "节", "因", "—", "至", "份",
                "以来", "底", "末", "初", "，", "企业", "电", "记者", "上涨", "同比", "最高", "本次", "3月", "26日", "今年", "上个月",
                "近日", "同一天"]


def _date_matches(starts: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in candidate_matches(dates._ZH_DATE, starts, text)]


def test_chinese_date_starts_find_the_dates_the_former_starts_found() -> None:
    rng = random.Random(13)
    dated = 0
    for _ in range(40000):
        text = "".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(0, 12)))
        found = _date_matches(dates._ZH_DATE_START, text)
        assert found == _date_matches(_FORMER_ZH_DATE_START, text), text
        assert [span for span, _ in found] == [m.span() for m in dates._ZH_DATE.finditer(text)], text
        dated += bool(found)
    assert dated > 8000  # (word dates and digit dates, not only texts without any)


@pytest.mark.parametrize("text", [
    "上半年同比增长，最高达到本行业前列。",   # 上, 同, 最, 本, 前 opening no date word
    "同一批企业日均产量上涨。",
    "前三季度，12.5万家企业",                # a digit after a point or a digit opens no date
])
def test_chinese_date_starts_skip_characters_opening_no_date(text: str) -> None:
    places = [m.start() for m in dates._ZH_DATE_START.finditer(text)]
    former = [m.start() for m in _FORMER_ZH_DATE_START.finditer(text)]
    assert len(places) < len(former)
    assert _date_matches(dates._ZH_DATE_START, text) == _date_matches(_FORMER_ZH_DATE_START, text)


@pytest.mark.parametrize(("text", "dated"), [
    ("今年3月，上个月，上周，上星期，本月，本周", ["今年3月", "上个月", "上周", "上星期", "本月", "本周"]),
    ("当天，同日，同一天，近日，近期，日前，此前，前不久，早前，最近", ["当天", "同日", "同一天", "近日", "近期", "日前", "此前",
                                                        "前不久", "早前", "最近"]),
    ("昨天，昨日，今天，去年，2024年3月5日印发", ["昨天", "昨日", "今天", "去年", "2024年3月5日"]),
])
def test_chinese_date_words_are_still_found_at_their_starts(text: str, dated: list[str]) -> None:
    assert [m.group() for m in candidate_matches(dates._ZH_DATE, dates._ZH_DATE_START, text)] == dated


# --- days reached, Chinese ------------------------------------------------------------------------------
def test_chinese_days_all_hold_ri_or_tian() -> None:
    # _day_of skips find_dates for a Chinese sentence without 日 and 天: none of its days (kinds
    # "day" and "same_day", resolved) could be found there.
    rng = random.Random(17)
    pieces = [p.replace("日", "").replace("天", "") for p in _DATE_PIECES] + ["日", "天", "今日", "昨天", "当天", "同日", "前一天"]
    days = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = [d for d in dates.find_dates(text, date(2025, 7, 15), "zh") if d.kind in ("day", "same_day") and d.value]
        if "日" not in text and "天" not in text:
            assert found == [], text
        days += bool(found)
    assert days > 3000


def test_a_chinese_sentence_naming_no_day_is_not_scanned_for_one(monkeypatch) -> None:
    calls: list[str] = []
    original = timeline.find_dates

    def counted(sentence: str, anchor, lang: str):
        calls.append(sentence)
        return original(sentence, anchor, lang)

    monkeypatch.setattr(timeline, "find_dates", counted)
    published = date(2025, 12, 1)
    [level] = metrics.extract_metrics("我国新能源汽车年产量首次突破1000万辆。", published=published, lang="zh")
    assert level.value == 1e7 and calls == []
    # (a day named: still read, and the output is the year's up to that day)
    [level] = metrics.extract_metrics("11月14日，我国新能源汽车年产量首次突破1000万辆。", published=published, lang="zh")
    assert level.period == "2025-01/2025-11" and len(calls) == 1
