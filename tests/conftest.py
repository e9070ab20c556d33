"""Running the suite on several CPUs (pytest-xdist), as ``scripts/test.sh`` does.

``scripts/test.sh`` runs ``pytest -n 2 --dist loadgroup --no-loadscope-reorder``: CI has two cores
and most of the suite's time is spent waiting on Dagster runs, dbt builds and subprocesses, so a
second worker nearly halves it.  Three things keep that safe and balanced; without ``-n`` none of
them applies and the suite runs as before.

- **A test file is one unit of work** (the scheduler below), so a module-scoped fixture that runs
  the whole pipeline runs once, on one worker, as in a serial run.  Tests that share a
  *session* fixture across files say so with ``pytest.mark.xdist_group(name)`` (the UI tests share
  one ``dagster dev``) and are kept together on one worker.
- **The slow tests start first** (workers order ``slow``-marked tests before the rest), so the long
  units are spread over both workers while the ~8,700 quick ones fill the gaps; xdist's own
  reordering (by number of tests per unit) would start them last, and the run would end on one
  long unit with the other worker idle.
- **One worker parses the dbt project at a time**: importing ``orchestration.dbt`` runs ``dbt parse``
  into the repository's ``dbt_project/target/`` when the manifest is missing (a fresh clone) or
  stale; two workers collecting at once would both parse, and one could read the manifest while
  the other rewrites it.  Each worker imports it under a file lock before collecting, so the
  second finds the first one's manifest current.
"""
from __future__ import annotations

import fcntl

import pytest

SLOW_MARK = "slow"


def _is_xdist_worker(config: pytest.Config) -> bool:
    # xdist gives each worker's config a `workerinput`; the controller and a plain run have none.
    return hasattr(config, "workerinput")


def pytest_collection(session: pytest.Session) -> None:
    # Inside collection (not at configure time) so that warnings raised by the imports are
    # reported in the summary as in a serial run.  Returns None: collection then runs as usual.
    if _is_xdist_worker(session.config):
        _prepare_dbt_manifest_once()


def _prepare_dbt_manifest_once() -> None:
    """Import ``orchestration.dbt`` (which parses the project if its manifest is not current) while
    holding an exclusive lock beside the manifest, so workers parse one after the other."""
    from warehouse.settings import DBT_PROJECT_DIR

    target = DBT_PROJECT_DIR / "target"  # git-ignored; the lock guards this folder
    target.mkdir(exist_ok=True)
    with (target / ".pytest-parse.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        import orchestration.dbt  # noqa: F401 - imported for its side effect (ensure_manifest)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _is_xdist_worker(config):
        # Stable: slow tests first, each group keeping its own order (a module's tests, and the
        # UI tests whose later ones reuse the runs of the earlier ones).
        items.sort(key=lambda item: item.get_closest_marker(SLOW_MARK) is None)


@pytest.hookimpl(optionalhook=True)  # xdist's hook: unknown (and unused) where xdist is not installed
def pytest_xdist_make_scheduler(config: pytest.Config, log):  # noqa: ANN201 - xdist's signature
    """With ``--dist loadgroup``: one unit per test file, or per ``xdist_group`` name where given."""
    if config.getvalue("dist") != "loadgroup":
        return None  # another --dist asked for explicitly: xdist's own scheduler
    from xdist.scheduler import LoadGroupScheduling

    class FileOrGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            if scope != nodeid:  # the worker suffixed the node id with its xdist_group name
                return scope
            return nodeid.split("::", 1)[0]  # the test file

    return FileOrGroupScheduling(config, log)
