"""The extractor's memoised phrases: clear_caches forgets all of them (the speed benchmark relies
on it to time each document as if new), and output never depends on what is cached."""
from __future__ import annotations

import importlib
import pkgutil
from datetime import date

from scrapers import facts
from scrapers.facts import extract
from scrapers.facts.pipeline import clear_caches

ZH = "截至9月末，全国5G基站总数达到318.9万个，比上年末净增87.7万个。1—9月，软件业务收入同比增长13.5%。"
EN = "China had 3.19 million 5G base stations by the end of September. Software revenue grew 13.5 percent."


def _text_caches() -> list:
    """Every lru_cache in scrapers.facts that holds more than one entry (maxsize 1 holds a loaded
    table, not text)."""
    found = []
    for info in pkgutil.iter_modules(facts.__path__):
        module = importlib.import_module(f"scrapers.facts.{info.name}")
        for value in vars(module).values():
            if hasattr(value, "cache_info") and value.cache_info().maxsize != 1 and value not in found:
                found.append(value)
    return found


def test_clear_caches_forgets_every_memoised_text() -> None:
    extract(ZH, published=date(2024, 10, 20), lang="zh")
    extract(EN, published=date(2024, 10, 20), lang="en")
    caches = _text_caches()
    assert any(c.cache_info().currsize for c in caches)
    clear_caches()
    assert [c.__qualname__ for c in caches if c.cache_info().currsize] == []


def test_output_is_the_same_with_and_without_the_caches() -> None:
    first = extract(ZH + EN, published=date(2024, 10, 20), lang="zh")
    again = extract(ZH + EN, published=date(2024, 10, 20), lang="zh")
    clear_caches()
    fresh = extract(ZH + EN, published=date(2024, 10, 20), lang="zh")
    assert first == again == fresh
    assert first.metrics
