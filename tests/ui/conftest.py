"""Fixtures for the UI tests: a real `dagster dev` on a free local port, and GraphQL helpers.

`dagster dev` runs with a temporary DAGSTER_HOME set up by the project's own
`orchestration.instance.ensure_dagster_home` (its `dagster.yaml` holds the DuckDB writer limits),
a temporary warehouse file and the bundled snapshot source, so nothing here touches `data/` or
the network.

Knobs (environment):
- ``MIITWATCH_UI_LOCATION``: ``real`` (default) serves ``-m orchestration.definitions``; ``stub``
  serves ``tests/ui/stub_defs.py``, a two-asset stand-in that loads in seconds.
- ``MIITWATCH_UI_DAGSTER_YAML``: a file that replaces the project's `dagster.yaml`, to try other
  instance settings without editing the project.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
DAGSTER_BIN = Path(sys.executable).with_name("dagster")
STARTUP_TIMEOUT_S = 180.0  # the real location runs `dbt parse` while loading
RUN_TIMEOUT_S = 420.0
# Per GraphQL request.  launchRun has the webserver fetch the job's execution plan from the code
# server (~200 dbt nodes); with the suite on two xdist workers (a pipeline test on the other one)
# and a loaded machine that once took over 30 s.  A guard against a hung server, not an assertion.
GRAPHQL_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class CodeLocation:
    """What `dagster dev` loads, and what its asset graph must show."""

    name: str
    target_args: tuple[str, ...]
    expected_assets: tuple[str, ...]  # asset names (last key component) rendered in the graph
    run_log_table: str  # a warehouse table where every run of the job writes rows with its run_id
    job: str = "miitwatch_daily"


LOCATIONS = {
    "real": CodeLocation("real", ("-m", "orchestration.definitions"),
                         ("pages", "documents", "fct_metric_observations"), run_log_table="raw.fetch_log"),
    "stub": CodeLocation("stub", ("-f", str(Path(__file__).with_name("stub_defs.py"))),
                         ("pages", "fct_metric_observations"), run_log_table="pages"),
}


@dataclass
class DagsterDev:
    """A running `dagster dev`: where it listens and where its files are."""

    url: str
    home: Path
    database: Path
    log: Path
    location: CodeLocation
    process: subprocess.Popen

    def graphql(self, query: str, variables: dict | None = None, timeout: float = GRAPHQL_TIMEOUT_S) -> dict:
        response = requests.post(f"{self.url}/graphql", json={"query": query, "variables": variables or {}},
                                 timeout=timeout)
        response.raise_for_status()
        body = response.json()
        if body.get("errors"):
            raise AssertionError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def session_members(sid: int) -> list[int]:
    """Pids of live processes in session `sid` (Linux /proc).  `dagster dev` spawns the webserver,
    the daemon, a code server and run workers; all of them stay in the session we created."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited while we were looking
        # Field 6 is the session id; split after the ")" closing the command name, which may hold spaces.
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[3]) == sid:
            members.append(int(entry.name))
    return members


def stop_session(process: subprocess.Popen, grace_s: float = 30.0) -> list[int]:
    """Stop `dagster dev` (the leader of its own session) and everything it started; returns the
    pids still alive afterwards (should be none).

    SIGINT to the leader alone is the clean way: it tells the webserver, daemon and code server to
    shut down over their pipes.  Whatever is left after `grace_s` (a run worker, a hung child) is
    killed; all of them are in the session, whatever process group they moved to."""
    sid = process.pid
    try:
        process.send_signal(signal.SIGINT)
    except ProcessLookupError:
        pass
    for sig, wait_s in ((None, grace_s), (signal.SIGKILL, 5.0)):
        if sig is not None:
            for pid in session_members(sid):
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            process.poll()  # reap our direct child so it does not linger as a zombie
            if not session_members(sid):
                return []
            time.sleep(0.2)
    process.poll()
    return session_members(sid)


def _default_sigint() -> None:
    # Runs in the child before exec.  A shell without job control starts background jobs with
    # SIGINT ignored, and an ignored signal stays ignored across exec; `dagster dev` maps SIGTERM to
    # its SIGINT handler, so it would then ignore both.  Restore the default so it can be stopped.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_until_ready(dev: DagsterDev, timeout_s: float) -> None:
    """Wait until the webserver answers GraphQL *and* the code location has loaded."""
    deadline = time.monotonic() + timeout_s
    last = "no answer yet"
    while time.monotonic() < deadline:
        if dev.process.poll() is not None:
            raise RuntimeError(f"dagster dev exited with {dev.process.returncode}:\n{dev.log_tail()}")
        try:
            data = dev.graphql(LOCATIONS_QUERY, timeout=5)
            entries = data["workspaceOrError"]["locationEntries"]
            states = {e["name"]: e["loadStatus"] for e in entries}
            errors = [" <- ".join([error["message"], *(c["error"]["message"] for c in error["errorChain"])])
                      for error in (e["locationOrLoadError"] for e in entries)
                      if error and error["__typename"] == "PythonError"]
            if errors:
                raise RuntimeError(f"code location failed to load: {errors[0]}")
            if entries and all(state == "LOADED" for state in states.values()):
                return
            last = f"locations {states}"
        except (requests.RequestException, KeyError, TypeError) as exc:
            last = repr(exc)
        time.sleep(1.0)
    raise TimeoutError(f"dagster dev not ready after {timeout_s:.0f}s ({last}):\n{dev.log_tail()}")


LOCATIONS_QUERY = """
query {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError { __typename ... on PythonError { message errorChain { error { message } } } }
      }
    }
  }
}
"""


def prepare_dagster_home(home: Path) -> Path:
    """Set up `home` as DAGSTER_HOME the way the project does (`orchestration.instance`), so the
    tests exercise the project's own instance config.  ``MIITWATCH_UI_DAGSTER_YAML`` (a file)
    replaces its `dagster.yaml`, to try variants of the concurrency settings without editing it."""
    from orchestration.instance import ensure_dagster_home

    home.mkdir(parents=True, exist_ok=True)
    override = os.environ.get("MIITWATCH_UI_DAGSTER_YAML")
    if override:
        (home / "dagster.yaml").write_text(Path(override).read_text(encoding="utf-8"), encoding="utf-8")
    return ensure_dagster_home({"DAGSTER_HOME": str(home)})  # writes DAGSTER_YAML unless overridden


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (tests/conftest.py)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test that uses `dagster dev` goes to one xdist worker: the fixture is per session, and
    # a second worker would start a second `dagster dev` (and run the pipeline again) for its share.
    for item in items:
        if "dagster_dev" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("dagster_dev"))


@pytest.fixture(scope="session")
def code_location() -> CodeLocation:
    name = os.environ.get("MIITWATCH_UI_LOCATION", "real")
    if name not in LOCATIONS:
        raise pytest.UsageError(f"MIITWATCH_UI_LOCATION must be one of {sorted(LOCATIONS)}, not {name!r}")
    return LOCATIONS[name]


@pytest.fixture(scope="session")
def dagster_dev(tmp_path_factory: pytest.TempPathFactory, code_location: CodeLocation) -> Iterator[DagsterDev]:
    """`dagster dev` serving `code_location`, shared by every UI test of the session."""
    root = tmp_path_factory.mktemp("dagster_dev")
    home = prepare_dagster_home(root / "dagster_home")
    database = root / "warehouse" / "miitwatch.duckdb"
    database.parent.mkdir()
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "MIITWATCH_DUCKDB": str(database),
        "MIITWATCH_DATA_DIR": str(database.parent),
        "MIITWATCH_SOURCE": "snapshot",
        "MIITWATCH_SCHEDULE": "stopped",
    }
    env.pop("MIITWATCH_SNAPSHOT_URL", None)  # each step starts the bundled snapshot server itself
    log = root / "dagster_dev.log"
    with log.open("wb") as out:
        # A session of its own, so that teardown can find (and if need be kill) every process
        # `dagster dev` started; SIGINT restored so that it can shut down cleanly first.
        process = subprocess.Popen(
            [str(DAGSTER_BIN), "dev", *code_location.target_args, "-h", "127.0.0.1", "-p", str(port)],
            cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=_default_sigint,
        )
    dev = DagsterDev(url=f"http://127.0.0.1:{port}", home=home, database=database, log=log,
                     location=code_location, process=process)
    try:
        started = time.monotonic()
        wait_until_ready(dev, STARTUP_TIMEOUT_S)
        print(f"\ndagster dev ({code_location.name}) ready in {time.monotonic() - started:.1f}s at {dev.url}")
        yield dev
    finally:
        stopping = time.monotonic()
        leftover = stop_session(process)
        print(f"\ndagster dev stopped in {time.monotonic() - stopping:.1f}s")
    assert not leftover, f"processes of dagster dev still running after teardown: {leftover}"


LAUNCH_MUTATION = """
mutation Launch($params: ExecutionParams!) {
  launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message stack }
    ... on RunConfigValidationInvalid { errors { message } }
    ... on InvalidSubsetError { message }
    ... on PipelineNotFoundError { message }
    ... on RunConflict { message }
    ... on UnauthorizedError { message }
    ... on PresetNotFoundError { message }
    ... on ConflictingExecutionParamsError { message }
    ... on NoModeProvidedError { message }
  }
}
"""

RUN_QUERY = """
query Run($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run { runId status creationTime startTime endTime }
  }
}
"""

FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}


def launch_run(dev: DagsterDev, job: str | None = None) -> str:
    """Launch `job` (default: the location's daily job) over GraphQL; returns the run id."""
    data = dev.graphql(REPOSITORY_QUERY)
    repositories = data["repositoriesOrError"]["nodes"]
    assert len(repositories) == 1, f"expected one repository, got {repositories}"
    repo = repositories[0]
    params = {
        "selector": {
            "repositoryLocationName": repo["location"]["name"],
            "repositoryName": repo["name"],
            "jobName": job or dev.location.job,
        },
        "runConfigData": {},
    }
    result = dev.graphql(LAUNCH_MUTATION, {"params": params})["launchRun"]
    assert result["__typename"] == "LaunchRunSuccess", f"launch failed: {result}"
    return result["run"]["runId"]


REPOSITORY_QUERY = """
query { repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }
"""


def wait_for_runs(dev: DagsterDev, run_ids: list[str], timeout_s: float = RUN_TIMEOUT_S) -> dict[str, dict]:
    """Poll until every run has finished; returns each run's GraphQL record."""
    deadline = time.monotonic() + timeout_s
    runs: dict[str, dict] = {}
    while time.monotonic() < deadline:
        runs = {run_id: dev.graphql(RUN_QUERY, {"runId": run_id})["runOrError"] for run_id in run_ids}
        if all(run.get("status") in FINISHED for run in runs.values()):
            return runs
        time.sleep(1.0)
    raise TimeoutError(f"runs not finished after {timeout_s:.0f}s: {runs}\n{dev.log_tail()}")


def run_failure_messages(dev: DagsterDev, run_id: str, limit: int = 5) -> list[str]:
    """The error messages of a failed run, to say *why* in an assertion."""
    data = dev.graphql(EVENTS_QUERY, {"runId": run_id})
    events = data["logsForRun"].get("events", [])
    # A step failure's own message only says "failed"; the exception text is in `error`.
    messages = []
    for event in events:
        if event.get("level") != "ERROR":
            continue
        error = event.get("error") or {}
        messages.append(" ".join(filter(None, [event["message"], error.get("message"),
                                               (error.get("cause") or {}).get("message")])))
    return messages[:limit]


EVENTS_QUERY = """
query Events($runId: ID!) {
  logsForRun(runId: $runId, limit: 1000) {
    ... on EventConnection {
      events {
        __typename
        ... on MessageEvent { message level }
        ... on ExecutionStepFailureEvent { error { message cause { message } } }
      }
    }
  }
}
"""


SUCCESSFUL_RUNS_QUERY = """
query Runs($job: String!) {
  runsOrError(filter: {pipelineName: $job, statuses: [SUCCESS]}, limit: 20) {
    ... on Runs { results { runId status creationTime startTime endTime } }
  }
}
"""


@pytest.fixture(scope="session")
def successful_run(dagster_dev: DagsterDev) -> dict:
    """A finished, successful run of the daily job: an earlier test's run when there is one (a
    whole pipeline run costs one to two minutes), otherwise one launched now.  Of earlier runs the
    first is taken: later ones are incremental and may have little to do."""
    earlier = dagster_dev.graphql(SUCCESSFUL_RUNS_QUERY, {"job": dagster_dev.location.job})["runsOrError"]["results"]
    if earlier:
        return min(earlier, key=lambda run: run["creationTime"])
    started = time.monotonic()
    run_id = launch_run(dagster_dev)
    run = wait_for_runs(dagster_dev, [run_id])[run_id]
    print(f"\n{dagster_dev.location.job} run {run_id}: {run['status']} in {time.monotonic() - started:.1f}s")
    assert run["status"] == "SUCCESS", (
        f"run {run_id} ended {run['status']}: {run_failure_messages(dagster_dev, run_id)}")
    return run
