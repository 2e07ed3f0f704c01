"""The kit's ZIP built by a real Celery worker, over Redis, from committed data.

A reader asks for the ZIP: the view records the build and queues it on commit; a
``celery -A portal worker`` subprocess (test settings, the test database, the broker the
settings derive from ``REDIS_URL``, a queue of this test's own) builds it into the same
media folder; the reader's next request gets the file. Publishing a change afterwards
makes the next request wait for a new build: the old archive is never served.
"""

import io
import time
import zipfile

import pytest
from django.conf import settings

from media_kits.models import ArchiveState, KitArchive
from portal.celery import app as celery_app
from tests import factories
from tests.factories import url_in
from tests.hubs.test_review_digest_worker import celery_worker, sending_to
from tests.media_kits.kit_world import media_kit
from tests.services import require_postgres, require_redis, require_weasyprint

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

WAIT_SECONDS = 120


@pytest.fixture
def queue():
    """A broker queue for this test alone, deleted afterwards with whatever is left in it."""
    import uuid

    import redis

    name = f"kit-archive-test-{uuid.uuid4().hex}"
    yield name
    if celery_app.conf.broker_url:
        client = redis.Redis.from_url(celery_app.conf.broker_url)
        for key in client.scan_iter(match=f"*{name}*"):
            client.delete(key)


def wait_until_ready(worker, log, kit, language: str) -> KitArchive:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        archive = KitArchive.objects.filter(
            kit=kit, language=language, state=ArchiveState.READY
        ).first()
        if archive is not None:
            return archive
        if worker.poll() is not None:
            pytest.fail(f"The Celery worker stopped ({worker.returncode}):\n{log.read_text()}")
        time.sleep(0.25)
    pytest.fail(
        f"No archive after {WAIT_SECONDS}s; worker log:\n" + log.read_text(errors="replace")[-5000:]
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_builds_the_zip_a_reader_asked_for_and_a_publish_outdates_it(
    client, tmp_path, queue, monkeypatch
):
    require_postgres()
    require_redis()
    require_weasyprint()
    broker = celery_app.conf.broker_url
    assert broker, "REDIS_URL is set, so the test settings must name a broker"
    # The worker reads and writes the same files as this process.
    monkeypatch.setenv("MEDIA_ROOT", str(settings.MEDIA_ROOT))
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.MEDIA_KITS_PREBUILD = False
    with sending_to(f"{queue}-setup"):
        kit = media_kit()
    log = tmp_path / "worker.log"
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    zip_url = url_in(kit, "ar") + "?format=zip"

    with (
        celery_worker(broker=broker, queue=queue, mail_dir=mail_dir, log=log) as worker,
        sending_to(queue),
    ):
        waiting = client.get(zip_url)
        first = wait_until_ready(worker, log, kit, "ar")
        served = client.get(zip_url)
        content = b"".join(served.streaming_content)

        kit.title_ar = "البطاقة الصحية: طبعة جديدة"
        factories.publish(kit)
        outdated = client.get(zip_url)
        rebuilt = wait_until_ready(worker, log, kit, "ar")
        while rebuilt.content_hash == first.content_hash:
            time.sleep(0.25)
            rebuilt = wait_until_ready(worker, log, kit, "ar")
        again = client.get(zip_url)
        new_content = b"".join(again.streaming_content)

    assert waiting.status_code == 202
    assert served.status_code == 200
    folder = f"{kit.slug_it}-ar"
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert archive.namelist() == [
            f"{folder}/README.txt",
            f"{folder}/video.webm",
            f"{folder}/captions-ar.vtt",
            f"{folder}/audio-ar.ogg",
            f"{folder}/leaflet-ar.pdf",
            f"{folder}/transcript-ar.txt",
            f"{folder}/infographics/01-dove-andare-1-it.png",
        ]
    assert outdated.status_code == 202, "an archive of the old content must not be served"
    assert again.status_code == 200
    with zipfile.ZipFile(io.BytesIO(new_content)) as archive:
        readme = archive.read(f"{folder}/README.txt").decode()
    assert readme.splitlines()[0] == "البطاقة الصحية: طبعة جديدة"
    assert list(KitArchive.objects.filter(kit=kit).values_list("content_hash", flat=True)) == [
        rebuilt.content_hash
    ]
    assert "succeeded in" in log.read_text()
