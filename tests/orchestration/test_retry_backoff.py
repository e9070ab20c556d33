"""Ingest follows the retry policy on the bundled snapshot: the MIIT column that links a page
that 404s tries it on every run until three failures in a row, then leaves it for a later run
(counted, not fetched), and ``retry_failed`` tries it now."""
from __future__ import annotations

from orchestration import steps
from scrapers.snapshot.build import hexid

COLUMN = dict(sources=["miit"], columns=["xwfb/gxdt/sjdt"], max_pages=1)
DEAD = f"/xwfb/gxdt/sjdt/art/%/art_{hexid('missing-page')}.html"


def attempts(con) -> int:
    return con.execute("SELECT count(*) FROM raw.fetch_log WHERE url LIKE ?", [f"%{DEAD}"]).fetchone()[0]


def test_a_dead_page_is_tried_three_runs_in_a_row_then_waits(con, snapshot_client):
    for run in range(1, 4):
        stats = steps.ingest(con, snapshot_client, **COLUMN)
        assert attempts(con) == run and stats.articles_failed >= 1
        assert stats.retry_later == 0
    fourth = steps.ingest(con, snapshot_client, **COLUMN)
    assert attempts(con) == 3 and fourth.retry_later == 1 and fourth.articles_failed == 0

    now = steps.ingest(con, snapshot_client, retry_failed=True, **COLUMN)
    assert attempts(con) == 4 and now.articles_failed == 1 and now.retry_later == 0

    # a failing page's wait has passed (two days after its fourth failure in a row): tried again
    con.execute("UPDATE raw.fetch_log SET fetched_at = fetched_at - INTERVAL 50 HOUR WHERE url LIKE ?", [f"%{DEAD}"])
    later = steps.ingest(con, snapshot_client, **COLUMN)
    assert attempts(con) == 5 and later.retry_later == 0 and later.articles_failed == 1
