"""What a test needs from the machine, and what happens when it is missing.

Outside CI a missing service skips the test with the reason, so ``make test`` passes on
a laptop with nothing installed. With ``CI=true`` the same absence fails the test:
CI must never go green by skipping what it was meant to exercise.
"""

import os
import shutil
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


def require(available: bool, reason: str) -> None:
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI needs this and it is missing: {reason}")
    pytest.skip(reason)


def reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def database_url() -> str:
    return os.environ.get("DATABASE_URL", "")


def uses_postgres() -> bool:
    return database_url().startswith(("postgres://", "postgresql://"))


def require_postgres() -> str:
    url = database_url()
    require(uses_postgres(), "DATABASE_URL does not name a PostgreSQL database")
    require(reachable(url, 5432), f"PostgreSQL at {urlsplit(url).hostname} does not answer")
    return url


def require_redis() -> str:
    url = os.environ.get("REDIS_URL", "")
    require(bool(url), "REDIS_URL is not set")
    require(reachable(url, 6379), f"Redis at {url} does not answer")
    return url


def require_chromium() -> Path:
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    return CHROMIUM


def require_gunicorn() -> str:
    path = shutil.which("gunicorn") or str(Path(os.sys.executable).with_name("gunicorn"))
    require(Path(path).exists(), "gunicorn is not installed")
    return path


def require_weasyprint() -> None:
    """WeasyPrint imports only where Pango is installed (apt-get install libpango-1.0-0
    libpangoft2-1.0-0); ``hubs.pdf.pdf_available`` is the portal's own check."""
    from hubs.pdf import pdf_available

    require(pdf_available(), "WeasyPrint cannot be loaded: Pango is not installed")
