"""agencies._with_local_field_bodies adds a local body of another field only where no name found covers it.

The "… department of Jiangsu province" form (session 19) tested the overlap only for a city's owner: an
``or`` binding looser than ``and`` let a province-level owner's body through even when a name already
found covered it, giving one body twice. Found by speed pass 28's helper while rewriting the scan."""
from __future__ import annotations

import pytest

from scrapers.facts import agencies

TEXT = "The emergency management department of Jiangsu province issued a notice."
SPAN = (4, 55)  # "emergency management department of Jiangsu province"


def test_the_body_is_read_where_nothing_covers_it():
    assert agencies._with_local_field_bodies(TEXT, []) == [(*SPAN, agencies.LOCAL_BODY)]


@pytest.mark.parametrize("covered", [(4, 55), (0, 20), (40, 60)])
def test_a_body_a_found_name_covers_is_not_added_again(covered):
    found = [(*covered, "Some Body")]
    assert agencies._with_local_field_bodies(TEXT, found) == found

