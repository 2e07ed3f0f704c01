"""A real portal on loopback, served by gunicorn from a database of its own with the demo content.

Used by the browser tests and by ``make bench``. The database is separate from the
one pytest-django creates, because the server runs in other processes and must see
committed data.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class LiveServer:
    url: str
    env: dict


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_database(url: str, suffix: str) -> str:
    """Create an empty database named after ``url``'s with ``suffix``; return its URL."""
    import psycopg2

    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'er_integrazione'}_{suffix}"
    admin = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or "",
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def prepare_database(*, suffix: str, settings_module: str, extra_env: dict | None = None) -> dict:
    """Return the environment of a freshly migrated database holding the demo content."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **(extra_env or {})}
    # One database per pytest-xdist worker.
    suffix = "_".join(filter(None, [suffix, os.environ.get("PYTEST_XDIST_WORKER", "")]))
    source = os.environ.get("DATABASE_URL", "")
    if source.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"] = _postgres_database(source, suffix)
    else:
        path = Path(tempfile.mkdtemp(prefix=f"er-{suffix}-")) / "portal.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{path}"
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    return env


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):  # noqa: S310 - loopback only
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"the server at {url} did not answer within {seconds} s")


@contextmanager
def gunicorn(env: dict, *, workers: int = 2, log_file: Path | None = None):
    """Serve ``portal.wsgi`` with gunicorn on a free loopback port for the duration of the block."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    output = open(log_file, "w") if log_file else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "-" if log_file else "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url, process)
        yield LiveServer(url=url, env=env)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log_file:
            output.close()
