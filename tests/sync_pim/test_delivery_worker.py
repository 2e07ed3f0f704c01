"""Delivery over real processes: Celery workers and beat, Redis, PostgreSQL, the receiver.

Pages are published in this process, on committed data (``transaction=True``); the
outbox queues its tasks on commit to a queue of this test, which real ``celery`` workers
read; ``manage.py pim_receiver`` answers over HTTP on 127.0.0.1 and is asked, over HTTP
too, what it holds. Retry waits and the ``sending`` lease are shortened in the workers
(``outbox_support.BOOTSTRAP``) so that a day of retries fits in seconds.
"""

import signal
import time

import pytest
from django.db.models import Count

from sync_pim.models import OutboxEntry, OutboxState
from sync_pim.tasks import deliver_due_outbox
from tests.hubs.test_review_digest_worker import sending_to
from tests.live_server import free_port
from tests.services import require_postgres, require_redis
from tests.sync_pim.outbox_support import (
    assert_valid_items,
    broker_queue,
    celery_process,
    hub,
    many_shared_guides,
    push_settings,
    received,
    receiver_process,
    shared_guide,
    wait_until,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FAST = {"PIM_RETRY_BASE_SECONDS": 0.5, "PIM_SENDING_LEASE_SECONDS": 3}


@pytest.fixture(autouse=True)
def _services(settings):
    require_postgres()
    require_redis()
    # Guide PDFs are built by workers too: not by these.
    settings.PORTAL_PDF_PREBUILD = False


@pytest.fixture
def queue():
    with broker_queue() as name:
        yield name


def holding(url: str, count: int, seconds: float, logs: list) -> dict:
    """Wait until the receiver holds ``count`` items; fail with the logs otherwise."""

    def enough():
        listing = received(url)
        return listing if listing["count"] >= count else None

    def explain() -> str:
        states = dict(OutboxEntry.objects.values_list("state").annotate(n=Count("pk")))
        tails = "\n".join(f"--- {log}\n{log.read_text(errors='replace')[-3000:]}" for log in logs)
        return f"receiver holds {received(url)['count']} of {count}; outbox {states}\n{tails}"

    return wait_until(enough, seconds, explain)


def assert_each_item_once(listing: dict, expected: set[str]) -> None:
    ids = [item["id"] for item in listing["items"]]
    assert sorted(ids) == sorted(expected)  # every (page, language) once, none missing
    assert listing["duplicates"] == 0


def item_ids(guides, languages=("it", "en", "ar")) -> set[str]:
    return {f"urn:er-integrazione:page:{g.pk}:{code}" for g in guides for code in languages}


def test_two_workers_deliver_200_pages_in_3_languages_each_exactly_once(settings, tmp_path, queue):
    logs = [tmp_path / "receiver.log", tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
    with receiver_process(free_port(), logs[0]) as url:
        push_settings(settings, url)
        with (
            celery_process("worker", url=url, queue=queue, log=logs[1], overrides=FAST),
            celery_process("worker", url=url, queue=queue, log=logs[2], overrides=FAST, name="w2"),
            sending_to(queue),
        ):
            parent = hub()
            guides = []
            for _chunk in range(8):
                guides += many_shared_guides(25, parent=parent, settings=settings)
                # As beat would: drains compete with the per-entry tasks.
                deliver_due_outbox.delay()
            listing = holding(url, 600, 120, logs)

        time.sleep(1)  # anything sent twice would show up now
        listing = received(url)

    assert_each_item_once(listing, item_ids(guides))
    assert_valid_items([item["body"] for item in listing["items"]])
    delivered = OutboxEntry.objects.filter(state=OutboxState.DELIVERED)
    assert delivered.count() == 600
    assert not OutboxEntry.objects.exclude(
        state__in=[OutboxState.DELIVERED, OutboxState.SUPERSEDED]
    ).exists()
    assert " 401 " not in logs[0].read_text()  # every signature verified


def test_what_is_published_while_the_receiver_is_down_arrives_once_it_is_back(
    settings, tmp_path, queue
):
    logs = [tmp_path / "receiver.log", tmp_path / "worker.log", tmp_path / "beat.log"]
    with receiver_process(free_port(), logs[0], "--down-for", "30") as url:
        up_at = time.monotonic() + 30
        push_settings(settings, url)
        with (
            celery_process("worker", url=url, queue=queue, log=logs[1], overrides=FAST),
            celery_process("beat", url=url, queue=queue, log=logs[2], overrides=FAST),
            sending_to(queue),
        ):
            parent = hub()
            guides = many_shared_guides(50, parent=parent, settings=settings)
            assert received(url)["count"] == 0
            assert time.monotonic() < up_at, "publishing took longer than the outage"
            wait_until(
                lambda: OutboxEntry.objects.filter(state=OutboxState.FAILED).exists(),
                30,
                "no delivery failed while the receiver was down",
            )
            listing = holding(url, 150, 90, logs)
            time.sleep(1)
        listing = received(url)

    assert_each_item_once(listing, item_ids(guides))
    assert " 503 " in logs[0].read_text()
    retried = OutboxEntry.objects.filter(state=OutboxState.DELIVERED, attempts__gt=1)
    assert retried.exists()
    assert OutboxEntry.objects.filter(state=OutboxState.DELIVERED).count() == 150


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(settings, tmp_path, queue):
    logs = [tmp_path / f"{name}.log" for name in ("receiver", "worker-1", "worker-2", "beat")]
    with receiver_process(free_port(), logs[0], "--slow", "40") as url:
        # Written with the push off: the entries wait, no task is queued.
        parent = hub()
        guides = many_shared_guides(40, parent=parent, settings=settings)
        assert OutboxEntry.objects.filter(state=OutboxState.PENDING).count() == 120
        push_settings(settings, url)
        with sending_to(queue):
            with celery_process(
                "worker", url=url, queue=queue, log=logs[1], overrides=FAST
            ) as worker:
                deliver_due_outbox.delay()  # one task draining everything, batch by batch
                holding(url, 30, 60, logs)
                sending = OutboxEntry.objects.filter(state=OutboxState.SENDING)
                wait_until(sending.exists, 10, "the worker never held a batch")
                worker.send_signal(signal.SIGKILL)
                worker.wait(timeout=10)
            stranded = OutboxEntry.objects.filter(state=OutboxState.SENDING).count()
            assert stranded >= 1, "the worker was not in the middle of a batch"
            with (
                celery_process("worker", url=url, queue=queue, log=logs[2], overrides=FAST),
                celery_process("beat", url=url, queue=queue, log=logs[3], overrides=FAST),
            ):
                holding(url, 120, 90, logs)
                wait_until(
                    lambda: OutboxEntry.objects.filter(state=OutboxState.DELIVERED).count() == 120,
                    30,
                    "the receiver has everything but the outbox does not say so",
                )
        listing = received(url)

    ids = [item["id"] for item in listing["items"]]
    assert sorted(ids) == sorted(item_ids(guides))  # stored once each, none lost
    # Only the one entry in flight at the kill may have reached the receiver before its
    # outcome was written: re-sent with the same key, it was recognised, not stored again.
    assert listing["duplicates"] <= 1


def test_publish_republish_edit_and_unpublish_reach_the_receiver_as_they_should(
    settings, tmp_path, queue
):
    logs = [tmp_path / "receiver.log", tmp_path / "worker.log"]
    with receiver_process(free_port(), logs[0]) as url:
        push_settings(settings, url)
        with (
            celery_process("worker", url=url, queue=queue, log=logs[1], overrides=FAST),
            sending_to(queue),
        ):
            guide = shared_guide(parent=hub())
            holding(url, 3, 30, logs)

            from tests.factories import publish

            publish(guide)  # unchanged
            guide.intro_it = "Un'introduzione nuova."
            publish(guide)  # one language changed
            listing = holding(url, 4, 30, logs)
            guide.unpublish()
            listing = holding(url, 7, 30, logs)
            time.sleep(1)
        listing = received(url)

    arrivals = [(item["language"], item["action"]) for item in reversed(listing["items"])]
    assert sorted(arrivals[:3]) == [("ar", "upsert"), ("en", "upsert"), ("it", "upsert")]
    assert arrivals[3] == ("it", "upsert")
    assert sorted(arrivals[4:]) == [("ar", "delete"), ("en", "delete"), ("it", "delete")]
    assert listing["duplicates"] == 0
    assert_valid_items([item["body"] for item in listing["items"]])
