"""Browser tests: Debian's Chromium driven by Playwright against gunicorn on loopback."""

from pathlib import Path

import pytest

from tests.live_server import ROOT, gunicorn, prepare_database
from tests.services import require_chromium

ARTIFACTS = ROOT / "test-artifacts"

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = require_chromium()
    return {**browser_type_launch_args, "executable_path": str(chromium), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def portal():
    """The demo portal, migrated and loaded into its own database, served by gunicorn."""
    require_chromium()
    env = prepare_database(suffix="e2e", settings_module="portal.settings.test")
    ARTIFACTS.mkdir(exist_ok=True)
    with gunicorn(env, log_file=ARTIFACTS / "gunicorn-e2e.log") as server:
        yield server


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _only_loopback(page):
    """Fail loudly if a page tries to reach anything but this machine."""
    outside: list[str] = []

    def check(request):
        host = request.url.split("/")[2] if "://" in request.url else ""
        if request.url.startswith(("http://", "https://")) and not host.startswith(
            ("127.0.0.1", "localhost")
        ):
            outside.append(request.url)

    page.on("request", check)
    yield
    assert outside == [], f"requests left the machine: {outside}"
