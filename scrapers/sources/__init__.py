"""Per-source listing and article parsers behind one interface (``base.Source``).

Sources and their columns are configured in ``sources.toml``; ``registry`` loads them.  Adding a
source is one new module with a ``Source`` subclass plus a ``[sources.<name>]`` table there.
"""
from __future__ import annotations

# Bump whenever a parser change alters what is extracted from an unchanged page, so stored
# pages can be re-parsed and their rows told apart by the version that produced them.
PARSER_VERSION = "1"
