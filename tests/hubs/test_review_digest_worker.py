"""The weekly digest task run by a real Celery worker, over Redis, on committed data.

The worker is ``celery -A portal worker`` in a subprocess, on the test settings, the test
database and the broker the settings derive from ``REDIS_URL``, listening to a queue of
its own (so it never takes another test's messages, and its queue is deleted afterwards);
it writes mail to files, which this test reads.
"""

import email
import email.policy
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.db import connection

from hubs.tasks import send_review_digests
from portal.celery import app as celery_app
from tests import factories
from tests.hubs.test_freshness import member, moderators
from tests.services import require_postgres, require_redis

ROOT = Path(__file__).resolve().parents[2]
BASE_URL = "https://integrazione.example.it"
WAIT_SECONDS = 120
DONE = re.compile(r"Task hubs\.tasks\.send_review_digests\[[^\]]+\] succeeded in")

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


def worker_database_url() -> str:
    """The database this test writes to (pytest-django's ``test_…``), for the worker."""
    settings = connection.settings_dict
    user = quote(settings["USER"] or "")
    if settings["PASSWORD"]:
        user += ":" + quote(settings["PASSWORD"])
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{user}@{host}/{settings['NAME']}"


@contextmanager
def sending_to(queue: str) -> Iterator[None]:
    """``.delay()`` in this process queues on ``queue`` of the settings' broker, never eagerly.

    Both are read by Celery at each call; the broker connection is the one the settings
    made (database 0 of ``REDIS_URL``), which the worker is given too.
    """
    names = ("task_always_eager", "task_default_queue")
    saved = {name: celery_app.conf[name] for name in names}
    celery_app.conf.update(task_always_eager=False, task_default_queue=queue)
    try:
        yield
    finally:
        celery_app.conf.update(saved)


@contextmanager
def celery_worker(*, broker: str, queue: str, mail_dir: Path, log: Path) -> Iterator[None]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": worker_database_url(),
        # No idle connection left behind to block the test database's flush and drop.
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": "",
        "CELERY_BROKER_URL": broker,
        "EMAIL_FILE_PATH": str(mail_dir),
        "PORTAL_BASE_URL": BASE_URL,
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "portal",
        "worker",
        "--pool",
        "solo",
        "--queues",
        queue,
        "--hostname",
        f"{queue}@%h",
        "--loglevel",
        "INFO",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]
    with log.open("wb") as output:
        worker = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            yield worker
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait(timeout=10)


@pytest.fixture
def queue() -> Iterator[str]:
    """A broker queue for this test alone, deleted afterwards with whatever is left in it."""
    name = f"review-digest-test-{uuid.uuid4().hex}"
    yield name
    if celery_app.conf.broker_url:
        client = redis.Redis.from_url(celery_app.conf.broker_url)
        for key in client.scan_iter(match=f"*{name}*"):
            client.delete(key)


def wait_for_mail(worker: subprocess.Popen, mail_dir: Path, log: Path) -> list[Path]:
    """The mail files, once the worker has also reported the task done (and acked it)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        files = sorted(mail_dir.glob("*.log"))
        if files and DONE.search(log.read_text(errors="replace")):
            return files
        if worker.poll() is not None:
            pytest.fail(f"The Celery worker stopped ({worker.returncode}):\n{log.read_text()}")
        time.sleep(0.25)
    pytest.fail(
        f"No digest e-mail in {mail_dir} after {WAIT_SECONDS}s; worker log:\n"
        + log.read_text(errors="replace")[-5000:]
    )


def read_mail(path: Path) -> email.message.EmailMessage:
    # The file backend separates the messages of one connection with a line of dashes.
    raw = path.read_bytes().split(b"\n" + b"-" * 79 + b"\n")[0]
    return email.message_from_bytes(raw, policy=email.policy.default)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_sends_each_hub_its_own_digest(tmp_path, django_user_model, queue):
    require_postgres()
    require_redis()
    broker = celery_app.conf.broker_url
    assert broker, "REDIS_URL is set, so the test settings must name a broker"
    # Publishing queues tasks of its own (PDFs) on commit: into a queue nobody reads,
    # deleted with this test's queue, rather than the shared default one.
    with sending_to(f"{queue}-setup"):
        hubs = factories.hubs()
        bologna_guide = factories.guide_page(
            parent=hubs["lavoro"], title_it="Iscriversi al centro per l'impiego", last_reviewed=None
        )
        factories.guide_page(
            parent=hubs["salute"], title_it="Scegliere il medico", last_reviewed=None
        )
        member(django_user_model, moderators(hubs["lavoro"]), "moderatrice-bo", "it")
    mail_dir, log = tmp_path / "mail", tmp_path / "worker.log"
    mail_dir.mkdir()

    with (
        celery_worker(broker=broker, queue=queue, mail_dir=mail_dir, log=log) as worker,
        sending_to(queue),
    ):
        send_review_digests.delay()
        files = wait_for_mail(worker, mail_dir, log)

    messages = [read_mail(path) for path in files]
    assert len(messages) == 1, log.read_text()
    message = messages[0]
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert message["To"] == "moderatrice-bo@example.it"
    assert "Lavoro" in message["Subject"]
    assert "Iscriversi al centro per l'impiego" in text
    assert f"{BASE_URL}/admin/pages/{bologna_guide.pk}/edit/" in text
    assert f'href="{BASE_URL}/admin/pages/{bologna_guide.pk}/edit/"' in html
    assert "medico" not in text + html
