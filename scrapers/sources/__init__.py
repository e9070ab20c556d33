"""Per-source listing and article parsers behind one interface (``base.Source``).

Sources and their columns are configured in ``sources.toml``; ``registry`` loads them.  Adding a
source is one new module with a ``Source`` subclass plus a ``[sources.<name>]`` table there.
"""
from __future__ import annotations

# Bump whenever a parser change alters what is extracted from an unchanged page, so stored
# pages can be re-parsed and their rows told apart by the version that produced them.
PARSER_VERSION = "1"

from scrapers.sources.base import ParseError, Source  # noqa: E402  (after PARSER_VERSION)
from scrapers.sources.detect import parse_any_page  # noqa: E402
from scrapers.sources.registry import all_sources, get_source  # noqa: E402


def load_sources(names: list[str] | None = None) -> list[Source]:
    """The configured sources called ``names`` (all of them when None)."""
    return all_sources() if names is None else [get_source(n) for n in names]


__all__ = ["PARSER_VERSION", "ParseError", "Source", "all_sources", "get_source", "load_sources",
           "parse_any_page"]
