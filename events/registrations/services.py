"""Writes of registrations: register, cancel, move the waiting list up, mark attendance.

**Never overbooked.** Every write that gives or frees a place first locks the date's row
(``SELECT … FOR UPDATE`` on ``EventOccurrence``) and only then counts the confirmed
registrations: two people racing for the last place are served one after the other, the
second finding the date full (and joining the waiting list, or refused without one).
The unique index on the active registrations of an address and date stops a duplicate
even if a write ever skipped the lock.

E-mails are never sent inside these transactions: each write queues
``events.registrations.notices.registration_notify`` for when it commits.
"""

import datetime
import logging
from dataclasses import dataclass
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import (
    ACTIVE_STATES,
    CancelReason,
    EventOccurrence,
    EventPage,
    Registration,
    RegistrationState,
)
from events.selectors.registrations import Refusal, refusal_message, registration_availability

logger = logging.getLogger(__name__)


class RegistrationRefused(Exception):
    """A registration or cancellation refused; ``message`` is for the reader (translated)."""

    def __init__(self, refusal: Refusal, message: str) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.message = message


def _refuse(refusal: Refusal, **kwargs) -> RegistrationRefused:
    return RegistrationRefused(refusal, refusal_message(refusal, **kwargs))


def notify_on_commit(registration_ids: list[int]) -> None:
    """Queue the e-mails of ``registration_ids`` for when the transaction commits."""
    from events.registrations.notices import registration_notify

    for registration_id in registration_ids:
        # Robust: whatever goes wrong with an e-mail is logged, never shown to the person
        # whose registration is already saved; the periodic task sends what is owed.
        transaction.on_commit(
            partial(registration_notify, registration_id=registration_id), robust=True
        )


def lock_date(occurrence_id: int) -> EventOccurrence:
    """The date's row, locked until the transaction ends (the removed ones included)."""
    return EventOccurrence.all_objects.select_for_update().get(pk=occurrence_id)


def normalise_email(email: str) -> str:
    """The address as typed, with its domain in lower case (domains ignore case)."""
    local, _at, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local else email.strip()


def registration_create(
    *,
    occurrence_id: int,
    name: str,
    email: str,
    language: str,
    phone: str = "",
    needs_interpreter: bool = False,
    now: datetime.datetime | None = None,
) -> Registration:
    """Register someone for one date: confirmed while places last, then on the waiting list.

    Raises ``RegistrationRefused`` (and writes nothing) when the date takes no
    registration now, is full without a waiting list, or already has this address.
    """
    now = now or timezone.now()
    email = normalise_email(email)
    with transaction.atomic():
        occurrence = lock_date(occurrence_id)
        event = EventPage.objects.get(pk=occurrence.event_id)
        availability = registration_availability(event=event, occurrence=occurrence, now=now)
        if availability.refusal is not None:
            raise RegistrationRefused(availability.refusal, availability.message)
        duplicate = Registration.objects.filter(
            occurrence=occurrence, email__iexact=email, state__in=ACTIVE_STATES
        )
        if duplicate.exists():
            raise _refuse(Refusal.DUPLICATE)
        state = (
            RegistrationState.WAITING
            if availability.joins_waiting_list
            else RegistrationState.CONFIRMED
        )
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    occurrence=occurrence,
                    name=name.strip(),
                    email=email,
                    phone=phone.strip(),
                    language=language,
                    needs_interpreter=needs_interpreter,
                    consented_at=now,
                    state=state,
                    confirmed_at=now if state == RegistrationState.CONFIRMED else None,
                )
        except IntegrityError as error:
            # Only the unique index on active registrations can fail here.
            raise _refuse(Refusal.DUPLICATE) from error
        notify_on_commit([registration.pk])
    logger.info(
        "Registration %s to date %s of event %s: %s",
        registration.pk,
        occurrence.pk,
        event.pk,
        state,
    )
    return registration


def waiting_list_promote(
    *, occurrence: EventOccurrence, event: EventPage, now: datetime.datetime
) -> list[int]:
    """Give the free places of a locked date to the first people waiting; their ids.

    Only before the date starts: a place freed at the last minute is of no use to
    someone who would read about it too late. Call with the date's row locked.
    """
    if occurrence.start <= now or occurrence.removed_at is not None:
        return []
    waiting = Registration.objects.filter(
        occurrence=occurrence, state=RegistrationState.WAITING
    ).order_by("created_at", "pk")
    if event.registration_capacity is not None:
        confirmed = Registration.objects.filter(
            occurrence=occurrence, state=RegistrationState.CONFIRMED
        ).count()
        free = event.registration_capacity - confirmed
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting.values_list("pk", flat=True))
    if promoted:
        Registration.objects.filter(pk__in=promoted).update(
            state=RegistrationState.CONFIRMED, confirmed_at=now, updated_at=now
        )
        notify_on_commit(promoted)
        logger.info("Date %s: %d moved up from the waiting list", occurrence.pk, len(promoted))
    return promoted


@dataclass(frozen=True)
class Cancellation:
    registration: Registration
    #: It was cancelled before this request: nothing changed.
    already: bool
    #: Registrations that got the freed place.
    promoted: list[int]


def registration_cancel(
    *,
    registration_id: int,
    reason: CancelReason = CancelReason.REGISTRANT,
    now: datetime.datetime | None = None,
) -> Cancellation:
    """Cancel a registration and give its place to the first person waiting.

    Cancelling twice changes nothing the second time. A registrant who cancels is not
    sent an e-mail about it (the page they cancelled on says so); any other reason is
    a notice. Raises ``Registration.DoesNotExist`` for an unknown id.
    """
    now = now or timezone.now()
    with transaction.atomic():
        occurrence_id = (
            Registration.objects.filter(pk=registration_id)
            .values_list("occurrence_id", flat=True)
            .get()
        )
        # The date first, as every write does: the same order everywhere cannot deadlock.
        occurrence = lock_date(occurrence_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.state == RegistrationState.CANCELLED:
            return Cancellation(registration=registration, already=True, promoted=[])
        was_confirmed = registration.state == RegistrationState.CONFIRMED
        registration.state = RegistrationState.CANCELLED
        registration.cancel_reason = reason
        registration.cancelled_at = now
        fields = ["state", "cancel_reason", "cancelled_at", "updated_at"]
        if reason == CancelReason.REGISTRANT:
            registration.notified_state = RegistrationState.CANCELLED
            fields.append("notified_state")
        registration.save(update_fields=fields)
        if reason != CancelReason.REGISTRANT:
            notify_on_commit([registration.pk])
        promoted = []
        if was_confirmed:
            event = EventPage.objects.get(pk=occurrence.event_id)
            promoted = waiting_list_promote(occurrence=occurrence, event=event, now=now)
    logger.info("Registration %s cancelled (%s)", registration.pk, reason or "-")
    return Cancellation(registration=registration, already=False, promoted=promoted)


def registrations_attendance_mark(*, occurrence_id: int, attendance: dict[int, bool | None]) -> int:
    """Record who came to a date (``None``: not known); return how many rows changed.

    Ids that are not registrations of this date are ignored: an organiser's form can
    only reach the date they opened, whatever ids it is sent.
    """
    changed = 0
    with transaction.atomic():
        rows = Registration.objects.select_for_update().filter(
            occurrence_id=occurrence_id, pk__in=list(attendance)
        )
        for registration in rows:
            value = attendance[registration.pk]
            if registration.attended != value:
                registration.attended = value
                registration.save(update_fields=["attended", "updated_at"])
                changed += 1
    return changed
