"""pages.by_id: the id() shortcut must pick exactly what ``//tag[@id='…']`` picks first."""
from __future__ import annotations

import pytest

from scrapers.sources import pages

CASES = [
    '<div id="con_con">a</div><div id="con_con">b</div>',                 # duplicates: the first
    '<p id="con_con">p</p><div id="con_con">a</div>',                      # another tag holds the id first
    '<div id=" con_con ">x</div><div id="con_con">a</div>',                # only the exact value counts
    '<div class="con_con">x</div>',                                        # no such id
    '<span><div id="con_con">a<div id="con_con">b</div></div></span>',     # nested duplicates
]


@pytest.mark.parametrize("body", CASES)
@pytest.mark.parametrize("tag", ["div", "*", "span"])
def test_by_id_matches_the_plain_xpath(body: str, tag: str) -> None:
    root = pages.parse_html(f"<html><head></head><body>{body}</body></html>", "https://example.org/")
    plain = pages.first(root, f"//{tag}[@id='con_con']")
    found = pages.by_id(root, tag, "con_con")
    assert (found is None) == (plain is None)
    if plain is not None:  # the same node: the same path from the root
        tree = root.getroottree()
        assert tree.getpath(found) == tree.getpath(plain)
