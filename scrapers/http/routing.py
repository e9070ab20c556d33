"""Where a request for a real URL actually goes: the real host (live) or the snapshot server.

Snapshot mode keeps one code path with live mode: the canonical URL is rewritten onto the
snapshot base and the real host travels in the ``Host`` header, which the snapshot server
routes by. Everything else in the client only ever sees canonical URLs.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapers.http.config import ClientConfig


def wire_target(url: str, config: ClientConfig) -> tuple[str, dict[str, str]]:
    """The URL to connect to for canonical ``url``, and the extra headers that go with it."""
    if config.mode != "snapshot":
        return url, {}
    parts = urlsplit(url)
    base = urlsplit(config.snapshot_base or "")
    wire = urlunsplit((base.scheme, base.netloc, base.path + (parts.path or "/"), parts.query, ""))
    return wire, {"Host": parts.netloc.rpartition("@")[2]}


def canonical_location(location: str, current: str, config: ClientConfig) -> str:
    """The canonical URL a redirect ``Location`` points to, seen from canonical URL ``current``.

    A snapshot server may answer with an absolute URL on its own address; that means "this path
    on the host you asked", so it is mapped back to the current real host.
    """
    location = location.strip()
    if config.mode == "snapshot" and config.snapshot_base:
        base = urlsplit(config.snapshot_base)
        target = urlsplit(location)
        if target.netloc and target.netloc.lower() == base.netloc.lower():
            path = target.path[len(base.path) :] if target.path.startswith(base.path) else target.path
            location = urlunsplit(("", "", path or "/", target.query, ""))
    return urljoin(current, location).split("#", 1)[0]
