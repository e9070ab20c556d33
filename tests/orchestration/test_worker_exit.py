"""Worker processes end when the pipeline process that started them is killed outright."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# A parent that starts a worker pool, prints its workers' pids, then waits to be killed.
PARENT = textwrap.dedent("""
    import os, sys, time
    from orchestration.workers import WorkerPool

    def pid(_):
        return os.getpid()

    if __name__ == "__main__":
        pool = WorkerPool(2)
        pids = set(pool.executor().map(pid, range(40), chunksize=1))
        print(" ".join(map(str, sorted(pids))), flush=True)
        time.sleep(600)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by init) counts as gone
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to tell zombies apart")
def test_workers_exit_when_their_parent_is_sigkilled(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    workers: list[int] = []
    parent = subprocess.Popen([sys.executable, str(script)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        workers.extend(int(p) for p in parent.stdout.readline().split())
        assert workers and parent.pid not in workers
        assert all(_alive(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in workers if _alive(p)], "workers outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in workers:  # never leave a stray worker behind, even when the test fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
