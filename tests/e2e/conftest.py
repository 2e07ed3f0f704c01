"""Browser tests: Debian's Chromium driven by Playwright against gunicorn on loopback."""

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.live_server import ROOT, gunicorn, prepare_database
from tests.services import require_chromium

ARTIFACTS = ROOT / "test-artifacts"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

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
    # What the served portal mails is written there (tests/e2e/test_event_registration.py).
    env["EMAIL_FILE_PATH"] = str(ARTIFACTS / "mail")
    with gunicorn(env, log_file=ARTIFACTS / "gunicorn-e2e.log") as server:
        yield server


@pytest.fixture
def screenshot_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _only_loopback(request, page):
    """Fail loudly if a page tries to reach anything but this machine.

    A test may name third-party hosts with ``@pytest.mark.stub_hosts(...)``: their
    requests are answered by the browser itself, never sent, and recorded in
    ``page.stubbed_requests``.
    """
    marker = request.node.get_closest_marker("stub_hosts")
    stubbed_hosts = set(marker.args) if marker else set()
    page.stubbed_requests = []
    outside: list[str] = []

    def host_of(url: str) -> str:
        return urlsplit(url).hostname or ""

    for host in stubbed_hosts:

        def answer(route, _host=host):
            page.stubbed_requests.append(route.request.url)
            route.fulfill(status=200, content_type="text/html", body="<p>stub</p>")

        page.route(f"https://{host}/**", answer)

    def check(sent):
        host = host_of(sent.url)
        if sent.url.startswith(("http://", "https://")) and host not in LOOPBACK | stubbed_hosts:
            outside.append(sent.url)

    page.on("request", check)
    yield
    assert outside == [], f"requests left the machine: {outside}"


def run_in_portal(portal, code: str) -> str:
    """Run Python ``code`` against the served portal's database; return what it printed."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=portal.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()
