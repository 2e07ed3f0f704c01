"""The reminder task run by a real Celery worker, over Redis, on committed data.

The worker (``celery -A portal worker`` in a subprocess, as in
``tests/hubs/test_review_digest_worker.py``) listens to a queue of this test's own and
writes its mail to files, which the test reads.
"""

import datetime
import re
import time
from pathlib import Path

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import Registration
from events.tasks import send_registration_reminders
from portal.celery import app as celery_app
from tests.events.registration_support import only_date, parsed, register, registering_event
from tests.hubs.test_review_digest_worker import celery_worker, queue, sending_to  # noqa: F401
from tests.services import require_postgres, require_redis

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

WAIT_SECONDS = 120
DONE = re.compile(r"Task events\.tasks\.send_registration_reminders\[[^\]]+\] succeeded in")


def wait_for_task(worker, mail_dir: Path, log: Path) -> list[Path]:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if DONE.search(log.read_text(errors="replace")):
            return sorted(mail_dir.glob("*.log"))
        if worker.poll() is not None:
            pytest.fail(f"The Celery worker stopped ({worker.returncode}):\n{log.read_text()}")
        time.sleep(0.25)
    pytest.fail(f"The task did not finish in {WAIT_SECONDS}s:\n{log.read_text()[-5000:]}")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_reminds_each_registrant_once(tmp_path, queue):  # noqa: F811
    require_postgres()
    require_redis()
    broker = celery_app.conf.broker_url
    soon = timezone.now() + datetime.timedelta(hours=20)
    with sending_to(f"{queue}-setup"):
        occurrence = only_date(registering_event(start=soon))
        # Registered two days ago: well before the reminder window opened.
        register(occurrence, 1, language="ar", now=timezone.now() - datetime.timedelta(days=2))
    mail_dir, log = tmp_path / "mail", tmp_path / "worker.log"
    mail_dir.mkdir()

    with (
        celery_worker(broker=broker, queue=queue, mail_dir=mail_dir, log=log) as worker,
        sending_to(queue),
    ):
        send_registration_reminders.delay()
        files = wait_for_task(worker, mail_dir, log)

    [path] = files
    message = parsed(path)
    assert message["To"] == "persona1@example.org"
    with translation.override("ar"):
        assert message["Subject"] == gettext("Reminder: %(title)s") % {
            "title": occurrence.event.title_ar
        }
    assert Registration.objects.get().reminded_at is not None
