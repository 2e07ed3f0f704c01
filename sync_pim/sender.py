"""Delivery of outbox entries to PIM: claim, check, sign, send, record.

A worker claims due entries a few at a time (``SELECT … FOR UPDATE SKIP LOCKED``, then
``sending`` in the same short transaction), so two workers never take the same entry,
and commits the outcome of each entry as soon as it has it: a worker killed mid-batch
loses at most the entries it held, which are due again after the lease
(``PIM_SENDING_LEASE_SECONDS``). An entry re-sent after such a crash carries the same
``Idempotency-Key``, so PIM stores it once.

Entries of one page and language go out in order: an entry waits while an older one of
the same item is being sent, so a ``delete`` can never overtake the ``upsert`` before it.

Before sending an ``upsert`` the page's privacy is checked again: a page made private
after the entry was written is never sent (the entry is ``skipped``, with the reason).
"""

import datetime
import logging
import time
from dataclasses import dataclass

import httpx
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from sync_pim import retry
from sync_pim.adapters import PushConfiguration, push_client, push_configuration
from sync_pim.models import DeliveryAttempt, OutboxAction, OutboxEntry, OutboxState
from sync_pim.signing import canonical_json, signed_headers

logger = logging.getLogger(__name__)

#: Entries claimed at once by a worker: small, so a crash strands few of them.
CLAIM_BATCH = 10
#: A drain stops after this long (Celery's soft time limit is 240 s); the next beat resumes.
DRAIN_SECONDS = 180.0
EXCERPT_CHARS = 1000


@dataclass(frozen=True)
class Outcome:
    state: str
    status_code: int | None = None
    error: str = ""
    excerpt: str = ""
    duration_ms: int = 0
    delay: datetime.timedelta | None = None


def _claim(*, limit: int, entry_ids: list[int] | None = None) -> list[OutboxEntry]:
    now = timezone.now()
    lease_start = now - datetime.timedelta(seconds=retry.lease_seconds())
    older_in_flight = OutboxEntry.objects.filter(
        page_id=OuterRef("page_id"),
        language=OuterRef("language"),
        pk__lt=OuterRef("pk"),
        state=OutboxState.SENDING,
        updated_at__gte=lease_start,
    )
    due = (
        OutboxEntry.objects.filter(
            Q(state__in=(OutboxState.PENDING, OutboxState.FAILED), next_attempt_at__lte=now)
            | Q(state=OutboxState.SENDING, updated_at__lt=lease_start)
        )
        .exclude(Exists(older_in_flight))
        .order_by("next_attempt_at", "pk")
    )
    if entry_ids is not None:
        due = due.filter(pk__in=entry_ids)
    with transaction.atomic():
        entries = list(due.select_for_update(skip_locked=True)[:limit])
        if entries:
            OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
                state=OutboxState.SENDING, updated_at=now
            )
    return entries


def _private_page_ids(entries: list[OutboxEntry]) -> set[int]:
    """Pages of ``entries`` that are private now, or gone (two queries for the batch)."""
    page_ids = {entry.page_id for entry in entries if entry.action == OutboxAction.UPSERT}
    if not page_ids:
        return set()
    paths = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "path"))
    restricted = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    private = page_ids - set(paths)
    for page_id, path in paths.items():
        if any(path.startswith(prefix) for prefix in restricted):
            private.add(page_id)
    return private


def _post(entry: OutboxEntry, configuration: PushConfiguration) -> Outcome:
    body = canonical_json(entry.payload)
    headers = signed_headers(
        secret=configuration.secret, body=body, idempotency_key=str(entry.idempotency_key)
    )
    started = time.perf_counter()
    try:
        response = push_client().post(configuration.endpoint, content=body, headers=headers)
    except httpx.TimeoutException as error:
        return Outcome(
            OutboxState.FAILED,
            error=f"timeout: {type(error).__name__} {error}"[:EXCERPT_CHARS],
            duration_ms=_ms(started),
        )
    except httpx.HTTPError as error:
        return Outcome(
            OutboxState.FAILED,
            error=f"network error: {type(error).__name__} {error}"[:EXCERPT_CHARS],
            duration_ms=_ms(started),
        )
    excerpt = response.text[:EXCERPT_CHARS]
    status = response.status_code
    duration = _ms(started)
    if 200 <= status < 300:
        return Outcome(OutboxState.DELIVERED, status, excerpt=excerpt, duration_ms=duration)
    error = f"HTTP {status} {response.reason_phrase}: {excerpt}"[:EXCERPT_CHARS]
    if retry.is_retryable_status(status):
        return Outcome(
            OutboxState.FAILED,
            status,
            error=error,
            excerpt=excerpt,
            duration_ms=duration,
            delay=retry.retry_after_delay(response.headers.get("Retry-After")),
        )
    # 4xx: the same message will be refused again. 3xx: the endpoint is wrong.
    return Outcome(OutboxState.DEAD, status, error=error, excerpt=excerpt, duration_ms=duration)


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _record(entry: OutboxEntry, outcome: Outcome, started_at: datetime.datetime) -> str:
    now = timezone.now()
    attempts = entry.attempts + 1
    fields: dict = {"attempts": attempts, "updated_at": now, "last_error": outcome.error}
    state = outcome.state
    if state == OutboxState.DELIVERED:
        fields["delivered_at"] = now
    elif state == OutboxState.FAILED:
        if attempts >= retry.max_attempts():
            state = OutboxState.DEAD
            fields["last_error"] = f"gave up after {attempts} attempts; last: {outcome.error}"
        else:
            delay = outcome.delay or retry.backoff_delay(attempts=attempts)
            fields["next_attempt_at"] = now + delay
    fields["state"] = state
    with transaction.atomic():
        DeliveryAttempt.objects.create(
            entry=entry,
            started_at=started_at,
            duration_ms=outcome.duration_ms,
            status_code=outcome.status_code,
            response_excerpt=outcome.excerpt,
            error=outcome.error,
        )
        OutboxEntry.objects.filter(pk=entry.pk, state=OutboxState.SENDING).update(**fields)
    return state


def _skip(entry: OutboxEntry) -> str:
    OutboxEntry.objects.filter(pk=entry.pk, state=OutboxState.SENDING).update(
        state=OutboxState.SKIPPED,
        updated_at=timezone.now(),
        last_error="not sent: the page is private or deleted (private pages never go to PIM)",
    )
    return OutboxState.SKIPPED


def _deliver_batch(entries: list[OutboxEntry], configuration: PushConfiguration) -> list[str]:
    private = _private_page_ids(entries)
    states = []
    for entry in entries:
        if entry.action == OutboxAction.UPSERT and entry.page_id in private:
            states.append(_skip(entry))
            continue
        started_at = timezone.now()
        try:
            outcome = _post(entry, configuration)
        except Exception as error:  # a bug must not strand the entry in "sending"
            logger.exception("PIM push of outbox entry %s failed", entry.pk)
            outcome = Outcome(OutboxState.FAILED, error=f"{type(error).__name__}: {error}")
        states.append(_record(entry, outcome, started_at))
    return states


def outbox_deliver_entries(*, entry_ids: list[int]) -> list[str]:
    """Send those of ``entry_ids`` that are due and that nobody else holds; return their
    new states (an entry already sent, replaced or held by another worker is left)."""
    configuration = push_configuration()
    if not configuration.is_on or not entry_ids:
        return []
    entries = _claim(limit=len(entry_ids), entry_ids=entry_ids)
    if not entries:
        return []
    return _deliver_batch(entries, configuration)


def outbox_deliver_entry(*, entry_id: int) -> str | None:
    """Send one entry if it is due and nobody else holds it; return its new state."""
    states = outbox_deliver_entries(entry_ids=[entry_id])
    return states[0] if states else None


@dataclass(frozen=True)
class Drain:
    #: Entries taken and settled (delivered, failed, dead or skipped).
    handled: int
    #: Stopped by the time limit with entries perhaps still due: drain again at once.
    interrupted: bool


def outbox_deliver_due(*, seconds: float = DRAIN_SECONDS, batch: int = CLAIM_BATCH) -> Drain:
    """Send every due entry, ``batch`` at a time, for at most ``seconds``."""
    configuration = push_configuration()
    if not configuration.is_on:
        return Drain(0, interrupted=False)
    deadline = time.monotonic() + seconds
    handled = 0
    while time.monotonic() < deadline:
        entries = _claim(limit=batch)
        if not entries:
            return Drain(handled, interrupted=False)
        handled += len(_deliver_batch(entries, configuration))
    return Drain(handled, interrupted=True)
