"""Delivery to the local receiver over real HTTP: outcomes, retries, privacy, configuration."""

import datetime
import email.utils
import random
import uuid

import pytest
from django.core.checks import run_checks
from django.utils import timezone
from wagtail.models import PageViewRestriction

from sync_pim import retry
from sync_pim.models import OutboxEntry, OutboxState
from sync_pim.sender import outbox_deliver_due
from sync_pim.services import outbox_entry_retry
from tests.live_server import free_port
from tests.sync_pim.outbox_support import (
    hub,
    push_settings,
    received,
    receiver_thread,
    shared_guide,
)

pytestmark = pytest.mark.django_db


def states(page) -> dict[str, str]:
    rows = OutboxEntry.objects.filter(page_id=page.pk).exclude(state=OutboxState.SUPERSEDED)
    return {row.language: row.state for row in rows}


def make_due(page) -> None:
    OutboxEntry.objects.filter(page_id=page.pk).update(next_attempt_at=timezone.now())


def test_due_entries_are_delivered_signed_once_each_and_every_attempt_logged(settings):
    guide = shared_guide()
    with receiver_thread() as server:
        push_settings(settings, server.url)
        assert outbox_deliver_due().handled == 3
        assert outbox_deliver_due().handled == 0
        holding = received(server.url)

    assert states(guide) == {"it": "delivered", "en": "delivered", "ar": "delivered"}
    entries = {entry.idempotency_key.hex: entry for entry in OutboxEntry.objects.all()}
    assert holding["count"] == 3
    assert holding["duplicates"] == 0
    for item in holding["items"]:
        entry = entries[uuid.UUID(item["idempotency_key"]).hex]
        assert item["body"] == entry.payload
        attempt = entry.attempt_log.get()
        assert attempt.status_code == 200
        assert '"status": "stored"' in attempt.response_excerpt
        assert attempt.duration_ms >= 0
        assert entry.delivered_at is not None
        assert entry.attempts == 1


def test_a_400_is_dead_at_once_with_the_reason_and_retry_now_sends_it_again(settings):
    guide = shared_guide(english=False)
    with receiver_thread(reject_status=400) as server:
        push_settings(settings, server.url)
        outbox_deliver_due()
    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    assert entry.state == OutboxState.DEAD
    assert entry.attempts == 1
    assert "HTTP 400" in entry.last_error
    assert "--reject-status 400" in entry.last_error

    with receiver_thread() as server:
        push_settings(settings, server.url)
        outbox_entry_retry(entry=entry)
        outbox_deliver_due()
        holding = received(server.url)

    entry.refresh_from_db()
    assert entry.state == OutboxState.DELIVERED
    assert [attempt.status_code for attempt in entry.attempt_log.order_by("pk")] == [400, 200]
    assert f"urn:er-integrazione:page:{guide.pk}:it" in {i["id"] for i in holding["items"]}


def test_server_errors_are_retried_later_with_backoff_until_the_last_attempt(settings):
    guide = shared_guide(english=False)
    with receiver_thread(fail_rate=1.0) as server:
        push_settings(settings, server.url, PIM_MAX_ATTEMPTS=3, PIM_RETRY_BASE_SECONDS=100)
        before = timezone.now()
        outbox_deliver_due()
        entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
        assert entry.state == OutboxState.FAILED
        assert "HTTP 500" in entry.last_error
        wait = (entry.next_attempt_at - before).total_seconds()
        assert 80 <= wait <= 121

        assert outbox_deliver_due().handled == 0  # not due yet
        for _attempt in range(2):
            make_due(guide)
            outbox_deliver_due()

    entry.refresh_from_db()
    assert entry.state == OutboxState.DEAD
    assert entry.attempts == 3
    assert entry.last_error.startswith("gave up after 3 attempts")
    assert entry.attempt_log.count() == 3


def test_a_429_is_retried_when_retry_after_says(settings):
    guide = shared_guide(english=False)
    with receiver_thread(throttle=1, retry_after=600) as server:
        push_settings(settings, server.url)
        before = timezone.now()
        outbox_deliver_due()

    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    assert entry.state == OutboxState.FAILED
    assert 599 <= (entry.next_attempt_at - before).total_seconds() <= 602


def test_no_answer_at_all_is_a_network_error_retried_later(settings):
    guide = shared_guide(english=False)
    push_settings(settings, f"http://127.0.0.1:{free_port()}/pim/v1/items")

    outbox_deliver_due()

    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    assert entry.state == OutboxState.FAILED
    assert entry.last_error.startswith("network error: ConnectError")
    attempt = entry.attempt_log.get()
    assert attempt.status_code is None
    assert attempt.error == entry.last_error


def test_a_restricted_page_is_never_sent_whatever_its_flag(settings):
    salute = hub("salute")
    guide = shared_guide(parent=salute)
    # Made private without passing through the signals, as a bug or a race would.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=salute, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert guide.share_with_pim

    with receiver_thread() as server:
        push_settings(settings, server.url)
        outbox_deliver_due()
        holding = received(server.url)

    assert holding["count"] == 0
    assert set(states(guide).values()) == {OutboxState.SKIPPED}
    entry = OutboxEntry.objects.filter(page_id=guide.pk).first()
    assert "private" in entry.last_error
    assert entry.attempt_log.count() == 0


def test_an_entry_waits_while_an_older_one_of_the_same_item_is_being_sent(settings):
    guide = shared_guide(english=False)
    older = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    newer = OutboxEntry.objects.create(
        page_id=guide.pk, language="it", action="delete", payload=older.payload
    )
    OutboxEntry.objects.filter(pk=older.pk).update(
        state=OutboxState.SENDING, updated_at=timezone.now()
    )
    with receiver_thread() as server:
        push_settings(settings, server.url, PIM_SENDING_LEASE_SECONDS=60)
        outbox_deliver_due()
        newer.refresh_from_db()
        assert newer.state == OutboxState.PENDING

        # The worker sending the older one died: after the lease both go, in order.
        stale = timezone.now() - datetime.timedelta(seconds=61)
        OutboxEntry.objects.filter(pk=older.pk).update(updated_at=stale)
        outbox_deliver_due()
        holding = received(server.url)

    assert OutboxEntry.objects.get(pk=older.pk).state == OutboxState.DELIVERED
    assert OutboxEntry.objects.get(pk=newer.pk).state == OutboxState.DELIVERED
    keys = [i["idempotency_key"] for i in reversed(holding["items"]) if i["language"] == "it"]
    assert keys == [str(older.idempotency_key), str(newer.idempotency_key)]


@pytest.mark.parametrize(
    ("url", "secret", "variable"),
    [
        ("http://127.0.0.1:9/pim/v1/items", "", "PIM_SECRET"),
        ("", "a-secret", "PIM_ENDPOINT_URL"),
        ("ftp://pim.example.it/items", "a-secret", "“ftp://pim.example.it/items”"),
    ],
)
def test_a_half_configured_push_fails_the_checks_and_healthz_and_keeps_the_entries(
    settings, client, url, secret, variable
):
    guide = shared_guide(english=False)
    settings.PIM_ENDPOINT_URL = url
    settings.PIM_SECRET = secret

    errors = [message for message in run_checks() if message.id == "sync_pim.E001"]
    response = client.get("/healthz")
    sent = outbox_deliver_due().handled

    assert len(errors) == 1
    assert variable in errors[0].msg
    assert response.status_code == 503
    push = response.json()["services"]["pim_push"]
    assert push == {"ok": False, "detail": errors[0].msg, "ms": 0.0}
    assert sent == 0
    assert states(guide) == {"it": "pending", "ar": "pending"}


def test_with_no_url_and_no_secret_the_push_is_off_and_entries_wait(settings, client):
    guide = shared_guide(english=False)
    settings.PIM_ENDPOINT_URL = ""
    settings.PIM_SECRET = ""

    assert [m for m in run_checks() if m.id.startswith("sync_pim")] == []
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["services"]["pim_push"]["detail"] == "off"
    assert outbox_deliver_due().handled == 0
    assert states(guide) == {"it": "pending", "ar": "pending"}


def test_twelve_attempts_are_spread_over_about_a_day(settings):
    settings.PIM_RETRY_BASE_SECONDS = 40
    middle = random.Random(0)  # noqa: S311 - jitter, not security
    middle.uniform = lambda low, high: 1.0
    waits = [retry.backoff_delay(attempts=n, rng=middle) for n in range(1, 12)]

    assert waits[0] == datetime.timedelta(seconds=40)
    total = sum(waits, datetime.timedelta())
    assert datetime.timedelta(hours=20) < total < datetime.timedelta(hours=26)
    jittered = [retry.backoff_delay(attempts=1).total_seconds() for _n in range(50)]
    assert min(jittered) >= 32 and max(jittered) <= 48 and len(set(jittered)) > 1


def test_retry_after_is_read_in_seconds_or_as_an_http_date():
    now = timezone.now()
    in_two_minutes = email.utils.format_datetime(now + datetime.timedelta(minutes=2), usegmt=True)

    assert retry.retry_after_delay("120") == datetime.timedelta(seconds=120)
    assert 118 <= retry.retry_after_delay(in_two_minutes, now=now).total_seconds() <= 120
    assert retry.retry_after_delay("soon") is None
    assert retry.retry_after_delay(None) is None
    assert retry.retry_after_delay("999999999") == retry.MAX_RETRY_AFTER
