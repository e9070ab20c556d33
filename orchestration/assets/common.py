"""Small helpers shared by the asset modules: run ids, failure tables, clear systemic errors."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import dagster as dg

from warehouse.db import WarehouseUnavailable

OWNERS = ["team:data-engineering"]


def failures_markdown(examples: Iterable[tuple[str, str]], limit: int = 10) -> str:
    rows = [f"| {url} | {reason.replace('|', '/')[:160]} |" for url, reason in list(examples)[:limit]]
    if not rows:
        return "No failures."
    return "| url | reason |\n| --- | --- |\n" + "\n".join(rows)


@contextmanager
def warehouse_connection(warehouse) -> Iterator:
    """Open the warehouse; an unreachable database fails the run with a clear message."""
    try:
        with warehouse.get_connection() as con:
            yield con
    except WarehouseUnavailable as exc:
        raise dg.Failure(description=str(exc), allow_retries=True) from exc
