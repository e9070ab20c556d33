"""Loads ``sources.toml`` and builds each configured ``Source`` once."""
from __future__ import annotations

import importlib
import tomllib
from functools import cache
from pathlib import Path

from scrapers.sources.base import Source

CONFIG_PATH = Path(__file__).with_name("sources.toml")


@cache
def _sources() -> dict[str, Source]:
    config = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))["sources"]
    out: dict[str, Source] = {}
    for name, table in config.items():
        module_name, _, class_name = table["class"].partition(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        out[name] = cls(name, table)
    return out


def get_source(name: str) -> Source:
    """The source called ``name``; KeyError names the known ones."""
    try:
        return _sources()[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {sorted(_sources())}") from None


def all_sources() -> list[Source]:
    return list(_sources().values())

