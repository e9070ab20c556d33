"""The one small function that maps real URLs onto the snapshot server, and redirects back."""

from __future__ import annotations

from scrapers.http import ClientConfig
from scrapers.http.routing import canonical_location, wire_target

SNAP = ClientConfig(mode="snapshot", snapshot_base="http://127.0.0.1:8765/")
LIVE = ClientConfig(mode="live")


def test_snapshot_sends_path_and_query_to_base_with_real_host_header() -> None:
    wire, headers = wire_target("https://www.miit.gov.cn/a/b.html?x=1", SNAP)
    assert wire == "http://127.0.0.1:8765/a/b.html?x=1"
    assert headers == {"Host": "www.miit.gov.cn"}


def test_snapshot_keeps_a_non_default_port_in_host_and_roots_empty_paths() -> None:
    wire, headers = wire_target("http://www.gov.cn:8080", SNAP)
    assert wire == "http://127.0.0.1:8765/"
    assert headers == {"Host": "www.gov.cn:8080"}


def test_live_mode_sends_the_url_unchanged() -> None:
    assert wire_target("https://www.miit.gov.cn/a/b.html?x=1", LIVE) == (
        "https://www.miit.gov.cn/a/b.html?x=1",
        {},
    )


def test_redirect_locations_resolve_to_canonical_urls() -> None:
    here = "https://www.miit.gov.cn/xwdt/gxdt/sjdt/index.html"
    assert canonical_location("/xwfb/a.html", here, SNAP) == "https://www.miit.gov.cn/xwfb/a.html"
    assert (
        canonical_location("http://wap.miit.gov.cn/b.html#top", here, SNAP) == "http://wap.miit.gov.cn/b.html"
    )
    # The snapshot server naming its own address means "this path on the host you asked".
    assert (
        canonical_location("http://127.0.0.1:8765/c.html?p=2", here, SNAP)
        == "https://www.miit.gov.cn/c.html?p=2"
    )
    # In live mode 127.0.0.1 is just another (disallowed) host.
    assert canonical_location("http://127.0.0.1:8765/c.html", here, LIVE) == "http://127.0.0.1:8765/c.html"
