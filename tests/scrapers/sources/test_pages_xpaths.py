"""The article parsers' cheaper lookups must find exactly what the plain forms they replace find:
``descendant::…`` paths against the ``//…`` ones, and ``pages.text_content``/``drop_tree`` on
plain lxml elements against ``lxml.html``'s ``HtmlElement`` methods."""
from __future__ import annotations

import itertools
import random

import lxml.html
import pytest

from scrapers.sources import pages

# (as the parsers used to write it, as they write it now)
PAIRS = [
    ("//div[contains(@class,'lft_art')]/h1", "descendant::div[contains(@class,'lft_art')]/h1"),
    ("//span[contains(@class,'info_l')]", "descendant::span[contains(@class,'info_l')]"),
    ("//div[contains(@class,'da-bre')]//a/@href", "descendant::div[contains(@class,'da-bre')]/descendant::a/@href"),
    ("//div[contains(@class,'Artical_Title')]//h1", "descendant::div[contains(@class,'Artical_Title')]/descendant::h1"),
    ("//h1", "descendant::h1"),
    ("//div[contains(@class,'Artical_Content')]", "descendant::div[contains(@class,'Artical_Content')]"),
    ("//*[contains(@class,'Artical_Time')]", "descendant-or-self::*/@class[contains(., 'Artical_Time')]/.."),
    ("//table[contains(@class,'bd1')]//td", "descendant::table[contains(@class,'bd1')]/descendant::td"),
    ("//div[contains(@class,'pages-date')]/span[@class='font']",
     "descendant::div[contains(@class,'pages-date')]/span[@class='font']"),
]
_CLASSES = ["lft_art", "da-bre x", "Artical_Title", "Artical_Content", "Artical_Time", "y Artical_Time",
            "info_l", "bd1", "pages-date", "font", "", None]
_TAGS = ["div", "span", "h1", "a", "table", "td", "p", "html_ignored"]


def _random_body(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(0, 4 if depth < 3 else 0)):
        tag = rng.choice(_TAGS[:-1])
        cls = rng.choice(_CLASSES)
        attrs = (f' class="{cls}"' if cls is not None else "") + (' href="/a/b/"' if tag == "a" else "")
        parts.append(f"<{tag}{attrs}>t{rng.randint(0, 9)}{_random_body(rng, depth + 1)}</{tag}>tail")
    return "".join(parts)


def _pages(n: int = 150) -> list[str]:
    rng = random.Random(4)
    fixed = [
        '<div class="lft_art"><h1>A</h1><div class="lft_art"><h1>B</h1></div></div>',
        '<table class="bd1"><tr><td>x<table class="bd1"><tr><td>y</td></tr></table></td></tr></table>',
        '<div class="Artical_Title"><h1>T</h1></div><h1>U</h1><span class="Artical_Time">1</span>',
        '<div class="da-bre"><a href="/x/">x</a><div class="da-bre"><a href="/y/">y</a></div></div>',
        '<div class="pages-date">d<span class="font">s</span><div class="pages-date"><span class="font">t</span></div></div>',
    ]
    body_class = ['<html class="Artical_Time">', "<html>"]
    return [f"{body_class[i % 2]}<head></head><body>{b}</body></html>"
            for i, b in enumerate(itertools.chain(fixed, (_random_body(rng) for _ in range(n))))]


@pytest.mark.parametrize(("plain", "cheap"), PAIRS)
def test_descendant_paths_find_what_the_double_slash_paths_find(plain: str, cheap: str) -> None:
    matched = 0
    for html in _pages():
        root = pages.parse_html(html, "https://example.org/")
        want, got = root.xpath(plain), pages.xpath(root, cheap)
        assert got == want, html
        matched += bool(want)
    assert matched  # the generated pages exercise the expression


def test_text_content_and_drop_tree_match_lxml_html() -> None:
    for html in _pages():
        ours = pages.parse_html(html, "https://example.org/")
        theirs = lxml.html.document_fromstring(html)
        assert pages.text_content(ours) == theirs.text_content()
        for el in ours.xpath("//span|//a")[:3]:
            pages.drop_tree(el)
        for el in theirs.xpath("//span|//a")[:3]:
            el.drop_tree()
        assert lxml.html.tostring(ours) == lxml.html.tostring(theirs), html
