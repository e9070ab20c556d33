"""Fixtures for warehouse tests: an in-memory warehouse with the raw schema."""
from __future__ import annotations

import pytest

from warehouse.db import memory_warehouse


@pytest.fixture
def con():
    """An empty in-memory warehouse with the raw schema (tests that need a file make their own)."""
    c = memory_warehouse()
    yield c
    c.close()
