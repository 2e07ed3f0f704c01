"""What the outbox and delivery tests share: a receiver, shared guides, workers, waiting.

The receiver is the real one (``sync_pim.receiver``): in a thread of the test process for
the in-process tests, or ``manage.py pim_receiver`` in a subprocess next to real Celery
workers. Workers and beat are ``celery -A portal …`` subprocesses on the test database
and the broker of the settings, each test with a queue of its own, started through a
small bootstrap that first applies the test's settings (shorter retry waits and lease),
since those are not read from the environment.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis

from portal.celery import app as celery_app
from sync_pim.receiver import ReceiverOptions, ReceiverServer, receiver_server, serve_in_thread
from tests import factories
from tests.hubs.test_review_digest_worker import worker_database_url
from tests.live_server import ROOT

SECRET = "test-pim-secret-shared-with-the-receiver"
SCHEMA = ROOT / "docs" / "pim" / "payload.schema.json"


# --- Pages ------------------------------------------------------------------------


HUB_NAMES = {"lavoro": ("Lavoro", "Bologna"), "salute": ("Salute", "Ferrara")}


def hub(code: str = "lavoro"):
    """A published HUB page straight under the home page.

    Lighter than ``factories.hubs()`` (no groups, collections or workflows, which these
    tests do not read): the outbox only needs the HUB's code, name and place in the tree.
    """
    from hubs.models import HubPage

    existing = HubPage.objects.filter(code=code).first()
    if existing is not None:
        return existing
    name, municipality = HUB_NAMES.get(code, (code.title(), "Bologna"))
    page = HubPage(
        title=name,
        title_it=name,
        title_en=f"{name} HUB",
        slug=code,
        slug_it=code,
        code=code,
        municipality=municipality,
    )
    factories.home_page().add_child(instance=page)
    return factories.publish(page)


def shared_guide(*, parent=None, english: bool = True, **fields):
    """A published guide shared with PIM in Italian, Arabic and (unless told) English.

    Created unpublished, then published once (as an editor does): its publication wrote
    one outbox entry per language.
    """
    values = {"share_with_pim": True, "pim_category": "guide", "live": False, **fields}
    if english and "title_en" not in values:
        values["title_en"] = "Guide to the residence permit"
    return factories.guide_page(parent=parent or hub(), **values)


def many_shared_guides(count: int, *, parent, settings) -> list:
    """``count`` guides shared in Italian, English and Arabic, each saved live at once.

    One save per guide instead of the factory's three (create, revision, publish), and
    no search indexing: the same outbox signal writes the entries (a page saved live is
    a publication without a revision), in a fraction of the time. The publishing path
    through revisions has tests of its own.
    """
    from django.utils import timezone

    from hubs.models import GuidePage

    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    guides = []
    for number in range(count):
        guide = GuidePage(
            title=f"Guida {number}",
            title_it=f"Guida {number}",
            title_en=f"Guide {number}",
            title_ar=f"دليل {number}",
            slug=f"guida-{number}-{uuid.uuid4().hex[:6]}",
            intro_it="Come fare, passo per passo.",
            share_with_pim=True,
            pim_category="guide",
            live=True,
            first_published_at=timezone.now(),
            last_published_at=timezone.now(),
        )
        parent.add_child(instance=guide)
        guides.append(guide)
    return guides


# --- Receiver ---------------------------------------------------------------------


@contextmanager
def receiver_thread(**options: Any) -> Iterator[ReceiverServer]:
    server = receiver_server(port=0, options=ReceiverOptions(secret=SECRET, **options), log=None)
    serve_in_thread(server)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def received(url: str) -> dict[str, Any]:
    """What the receiver at ``url`` holds, asked over HTTP."""
    with urllib.request.urlopen(f"{url}?limit=100000", timeout=10) as response:  # noqa: S310
        return json.load(response)


def push_settings(settings, url: str, **extra: Any) -> None:
    settings.PIM_ENDPOINT_URL = url
    settings.PIM_SECRET = SECRET
    settings.PIM_CONNECT_TIMEOUT = 2.0
    settings.PIM_READ_TIMEOUT = 5.0
    for name, value in extra.items():
        setattr(settings, name, value)


@contextmanager
def receiver_process(port: int, log: Path, *arguments: str) -> Iterator[str]:
    """``manage.py pim_receiver`` on ``port``; yields its items URL once it answers."""
    url = f"http://127.0.0.1:{port}/pim/v1/items"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    command = [sys.executable, "manage.py", "pim_receiver", "--port", str(port)]
    command += ["--secret", SECRET, *arguments]
    with log.open("ab") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            wait_until(lambda: _answers(url), 30, f"the receiver never answered; see {log}")
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        received(url)
        return True
    except OSError:
        return False


def assert_valid_items(bodies: list[dict[str, Any]]) -> None:
    """Every body is valid against the contract's JSON Schema (docs/pim/)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    for body in bodies:
        validator.validate(body)


# --- Celery -------------------------------------------------------------------------

BOOTSTRAP = """
import json, os, sys
import django
django.setup()
from django.conf import settings
for name, value in json.loads(os.environ["PIM_TEST_SETTINGS"]).items():
    setattr(settings, name, value)
from portal.celery import app
app.start(sys.argv[1:])
"""


@contextmanager
def broker_queue() -> Iterator[str]:
    """A broker queue for one test, deleted afterwards with whatever is left in it."""
    name = f"pim-test-{uuid.uuid4().hex}"
    try:
        yield name
    finally:
        if celery_app.conf.broker_url:
            client = redis.Redis.from_url(celery_app.conf.broker_url)
            for key in client.scan_iter(match=f"*{name}*"):
                client.delete(key)


def celery_env(*, url: str, queue: str, overrides: dict[str, Any]) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": worker_database_url(),
        # No idle connection left behind to block the test database's flush and drop.
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": "",
        "CELERY_BROKER_URL": celery_app.conf.broker_url,
        "PIM_ENDPOINT_URL": url,
        "PIM_SECRET": SECRET,
        "PIM_CONNECT_TIMEOUT": "2",
        "PIM_READ_TIMEOUT": "5",
        "PIM_TEST_SETTINGS": json.dumps({"CELERY_TASK_DEFAULT_QUEUE": queue, **overrides}),
    }


@contextmanager
def celery_process(
    kind: str, *, url: str, queue: str, log: Path, overrides: dict[str, Any], name: str = "w1"
) -> Iterator[subprocess.Popen]:
    """A Celery ``worker`` (solo pool, on ``queue``) or ``beat`` (every second) subprocess."""
    if kind == "worker":
        arguments = ["worker", "--pool", "solo", "--queues", queue]
        arguments += ["--hostname", f"{name}-{queue}@%h", "--without-gossip"]
        arguments += ["--without-mingle", "--without-heartbeat"]
    else:
        schedule = {"pim-due": {"task": "sync_pim.tasks.deliver_due_outbox", "schedule": 1.0}}
        overrides = {**overrides, "CELERY_BEAT_SCHEDULE": schedule}
        arguments = ["beat", "--scheduler", "celery.beat:PersistentScheduler"]
        arguments += ["--schedule", str(log.with_suffix(".schedule"))]
    env = celery_env(url=url, queue=queue, overrides=overrides)
    with log.open("ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-c", BOOTSTRAP, *arguments, "--loglevel", "INFO"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            if kind == "worker":
                wait_until(
                    lambda: b" ready." in log.read_bytes() or process.poll() is not None,
                    60,
                    f"the worker did not start; see {log}",
                )
                assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            yield process
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)


# --- Waiting ------------------------------------------------------------------------


def wait_until(condition: Callable[[], Any], seconds: float, message: str | Callable[[], str]):
    """Poll ``condition`` until it is true; fail with ``message`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(message() if callable(message) else message)
