"""Entry point of fact extraction: language detection, then the metric and event extractors."""
from __future__ import annotations

from datetime import date

from scrapers.facts.model import Extraction

# Bump on any change that can alter output; see the package docstring.
EXTRACTOR_VERSION = "1.28.0"


def detect_language(text: str) -> str:
    """'zh' when CJK ideographs make up a noticeable share of the letters, else 'en'."""
    sample = text[:4000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "zh" if cjk * 3 >= latin else "en"


def extract(text: str, *, published: date | None = None, lang: str | None = None) -> Extraction:
    """Extract metrics and events from one document's text.

    ``published`` resolves relative dates ("23日", "on Tuesday", "截至去年底");
    ``lang`` is detected when not given.
    """
    lang = lang or detect_language(text)
    from scrapers.facts import events, metrics  # implemented in their own modules

    return Extraction(
        metrics=metrics.extract_metrics(text, published=published, lang=lang),
        events=events.extract_events(text, published=published, lang=lang),
    )


def clear_caches() -> None:
    """Forget the phrases the extractor has memoised (cleaned subjects, their indicators, alias
    scans, sentence splits, the dates and bodies of sentences, clauses, the last English sentence's
    time gates). Output never depends on them; a benchmark calls this before each document, so that
    no figure profits from text it has already seen in an earlier pass."""
    from scrapers.facts import agencies, dates, dictionary, events, sentences, subjects, timeline

    for cached in (dictionary.find_aliases, subjects.clean_subject, subjects.indicator_of, sentences._split,
                   dates._find_dates, agencies._find_agencies, agencies._find_agencies_placeless,
                   events._clause):
        cached.cache_clear()
    timeline._SENTENCE_GATES[0] = None
