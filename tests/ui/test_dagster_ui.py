"""The Dagster UI as an analyst sees it, in headless Chromium: the asset graph shows the pipeline's
assets, and a finished daily run shows as a success.

The daily job is launched over GraphQL (fixture `successful_run`), then the pages are rendered by
Debian's Chromium driven through Selenium and Debian's chromedriver; screenshots are saved to
`artifacts/screenshots/` (git-ignored) for a person to look at.  Install the browser with
`scripts/install_browser.sh`.
"""
from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from conftest import REPO_ROOT, DagsterDev

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"
PAGE_TIMEOUT_S = 60.0
# Root in a container with no network: no sandbox, no GPU, and nothing that phones home.
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1600,1000",
]


# Checked before any fixture runs, so a machine without a browser does not start `dagster dev`
# (and run the pipeline) for nothing.
needs_browser = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()) or find_spec("selenium") is None,
    reason=f"needs {CHROMIUM} and {CHROMEDRIVER} (scripts/install_browser.sh) and selenium (dev dependency)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    # An explicit driver path keeps Selenium Manager from trying to download one.
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(PAGE_TIMEOUT_S)
    try:
        yield driver
    finally:
        driver.quit()


def page_lines(driver) -> list[str]:
    """The rendered text of the page, one stripped line per entry (what a reader sees), plus the
    full names the asset graph keeps in tooltips where a node's label is cut."""
    text, tooltips = driver.execute_script(
        "return [document.body ? document.body.innerText : '',"
        " Array.from(document.querySelectorAll('[data-tooltip]'), e => e.getAttribute('data-tooltip'))]")
    return [line.strip() for line in [*text.splitlines(), *tooltips] if line.strip()]


def shows_name(lines: list[str], name: str) -> bool:
    """Whether a rendered line is `name`, or the graph's shortened form of it: a zoomed-out node
    cuts long names in the middle ("fct_…_observations") and keeps no full copy in the DOM."""
    for line in lines:
        head, cut, tail = line.partition("…")
        if line == name or (cut and head and tail and len(head) + len(tail) < len(name)
                            and name.startswith(head) and name.endswith(tail)):
            return True
    return False


def render(driver, url: str, ready: Callable[[list[str]], bool], screenshot: str) -> list[str]:
    """Open `url`, wait until `ready(lines)` holds, save a screenshot; returns the page's lines."""
    from selenium.webdriver.common.by import By

    driver.get(url)
    deadline = time.monotonic() + PAGE_TIMEOUT_S
    lines: list[str] = []
    while time.monotonic() < deadline:
        # A first visit shows a "Join the Dagster community" dialog over the page: skip it.
        for button in driver.find_elements(By.XPATH, "//button[normalize-space()='Skip']"):
            if button.is_displayed():
                button.click()
        lines = page_lines(driver)
        if ready(lines) and "Skip" not in lines:
            break
        time.sleep(0.5)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / screenshot))
    return lines


def asset_keys(dev: DagsterDev) -> dict[str, tuple[list[str], str]]:
    """Asset name (last key component) → (its key path, its group), as the code location defines them."""
    nodes = dev.graphql("{ assetNodes { assetKey { path } groupName } }")["assetNodes"]
    return {node["assetKey"]["path"][-1]: (node["assetKey"]["path"], node["groupName"]) for node in nodes}


def repository_address(dev: DagsterDev) -> str:
    repo = dev.graphql("{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }")
    node = repo["repositoriesOrError"]["nodes"][0]
    return f"{node['name']}@{node['location']['name']}"


def expected_keys(dev: DagsterDev) -> dict[str, tuple[list[str], str]]:
    keys = asset_keys(dev)
    missing = [name for name in dev.location.expected_assets if name not in keys]
    assert not missing, f"the code location defines no asset named {missing}"
    return {name: keys[name] for name in dev.location.expected_assets}


@needs_browser
def test_asset_graph_shows_the_pipeline_assets(dagster_dev: DagsterDev, successful_run: dict, browser) -> None:
    expected = expected_keys(dagster_dev)
    groups = sorted({group for _, group in expected.values()})

    # The global lineage folds each group into one box when there are several, and lists the groups.
    lines = render(browser, f"{dagster_dev.url}/asset-groups",
                   lambda ls: all(g in ls for g in groups) and not any("fetching statuses" in line for line in ls),
                   "asset_lineage.png")
    assert "Global asset lineage" in lines
    assert all(group in lines for group in groups), f"groups {groups} not shown: {lines[:80]}"

    # Each group's own lineage draws its assets as nodes.
    address = repository_address(dagster_dev)
    for group in groups:
        names = [name for name, (_, g) in expected.items() if g == group]
        lines = render(browser, f"{dagster_dev.url}/locations/{address}/asset-groups/{group}/lineage",
                       lambda ls: all(shows_name(ls, name) for name in names), f"asset_group_{group}.png")
        missing = [name for name in names if not shows_name(lines, name)]
        assert not missing, f"assets {missing} not in the {group} graph: {lines[:80]}"


@needs_browser
def test_asset_pages_show_the_latest_materialization(dagster_dev: DagsterDev, successful_run: dict,
                                                     browser) -> None:
    for name, (path, _) in expected_keys(dagster_dev).items():
        lines = render(browser, f"{dagster_dev.url}/assets/{'/'.join(path)}",
                       lambda ls: name in ls and "Latest materialization" in ls and "Never materialized" not in ls,
                       f"asset_{name}.png")
        assert name in lines, f"asset page of {path} does not show its name: {lines[:60]}"
        assert "Latest materialization" in lines
        assert "Never materialized" not in lines, f"{path} shows as never materialized after a successful run"


@needs_browser
def test_run_page_shows_the_finished_run_as_success(dagster_dev: DagsterDev, successful_run: dict,
                                                    browser) -> None:
    run_id = successful_run["runId"]
    lines = render(browser, f"{dagster_dev.url}/runs/{run_id}",
                   lambda ls: "Success" in ls and "RUN_SUCCESS" in ls, f"run_{run_id[:8]}.png")
    assert run_id[:8] in lines, f"run {run_id} not shown: {lines[:40]}"
    assert any(line.startswith(dagster_dev.location.job) for line in lines), "job name not shown"
    assert "Success" in lines, f"run status not shown as Success: {lines[:40]}"  # the status tag
    assert "RUN_SUCCESS" in lines  # the run's last event in the event log
    assert "Failure" not in lines and "RUN_FAILURE" not in lines


def test_install_browser_script_is_idempotent() -> None:
    """With the browser installed, the script changes nothing and says so (exit 0)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists() and shutil.which("dpkg-query")):
        pytest.skip("chromium and chromedriver are not both installed: the script would run apt-get")
    result = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "install_browser.sh")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "nothing to do" in result.stdout
