"""Sending each registrant what they need to know, once: confirmations, moves, reminders.

What is due is worked out from the registration itself (``notice_due``): its state and
its date's start against what the registrant was last told (``notified_state``,
``notified_start``). So nothing is lost when the mail server is down: the change is
committed, the e-mail is still due, and ``notices_send_due`` (run with the reminders,
every quarter of an hour) sends it later. Each send holds the registration's row lock
and records what was said in the same transaction, so two senders (the request that
made the change and the periodic task) cannot both send it.

Reminders go ``EVENTS_REMINDER_HOURS`` before the start to the confirmed registrants who
registered before that window opened (someone who registered an hour before has just
had the confirmation); ``reminded_at`` makes each go once.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from events.models import (
    ACTIVE_STATES,
    CancelReason,
    EventStatus,
    Registration,
    RegistrationState,
)
from events.registrations.mail import Notice, registration_message

logger = logging.getLogger(__name__)

#: Seconds to wait for the mail server when ``EMAIL_TIMEOUT`` does not say.
MAIL_TIMEOUT_SECONDS = 10


def notice_due(registration: Registration) -> Notice | None:
    """The e-mail ``registration`` is owed now, if any."""
    state, told = registration.state, registration.notified_state
    if state == RegistrationState.CANCELLED:
        if registration.cancel_reason == CancelReason.REGISTRANT or told in ("", state):
            # A registrant who was never told anything is not told of the cancellation
            # either: nothing was promised to them.
            return None
        return Notice.CANCELLED
    if told == "":
        return Notice.CONFIRMED if state == RegistrationState.CONFIRMED else Notice.WAITING
    if state == RegistrationState.CONFIRMED and told == RegistrationState.WAITING:
        return Notice.PROMOTED
    if registration.notified_start != registration.occurrence.start:
        return Notice.MOVED
    return None


def _send(registration: Registration, notice: Notice) -> bool:
    # Sent while the registrant waits for the page (or while the row is locked): a mail
    # server that hangs must not hold either for long. What fails is sent again later.
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or MAIL_TIMEOUT_SECONDS
    try:
        with get_connection(timeout=timeout) as connection:
            message = registration_message(registration=registration, notice=notice)
            message.connection = connection
            message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception(
            "Registration %s: the %s e-mail could not be sent; it will be tried again.",
            registration.pk,
            notice,
        )
        return False
    return True


def registration_notify(*, registration_id: int, now: datetime.datetime | None = None) -> bool:
    """Send ``registration_id`` the notice it is owed, if any; True if one was sent.

    A notice about a date that has ended is dropped (recorded as told): it is too late.
    """
    now = now or timezone.now()
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update(of=("self",))
            .select_related("occurrence")
            .filter(pk=registration_id)
            .first()
        )
        if registration is None:
            return False
        notice = notice_due(registration)
        if notice is None:
            return False
        sent = registration.occurrence.end > now and _send(registration, notice)
        if sent or registration.occurrence.end <= now:
            registration.notified_state = registration.state
            registration.notified_start = registration.occurrence.start
            registration.save(update_fields=["notified_state", "notified_start"])
    if sent:
        logger.info("Registration %s: %s e-mail sent", registration_id, notice)
    return sent


def notices_send_due(*, now: datetime.datetime | None = None) -> int:
    """Send every notice still owed for dates that have not ended; return how many went."""
    now = now or timezone.now()
    owed = Registration.objects.filter(occurrence__end__gt=now).filter(
        # Told nothing yet, or told another state or another start (``notice_due``).
        (
            Q(state__in=ACTIVE_STATES)
            & (~Q(notified_state=F("state")) | ~Q(notified_start=F("occurrence__start")))
        )
        | (
            Q(state=RegistrationState.CANCELLED)
            & ~Q(cancel_reason=CancelReason.REGISTRANT)
            & ~Q(notified_state__in=["", RegistrationState.CANCELLED])
        )
    )
    sent = 0
    for registration_id in owed.order_by("pk").values_list("pk", flat=True):
        sent += registration_notify(registration_id=registration_id, now=now)
    return sent


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Remind the confirmed registrants of dates starting within the reminder window."""
    now = now or timezone.now()
    window = datetime.timedelta(hours=settings.EVENTS_REMINDER_HOURS)
    due = Registration.objects.filter(
        state=RegistrationState.CONFIRMED,
        reminded_at__isnull=True,
        occurrence__removed_at__isnull=True,
        occurrence__start__gt=now,
        occurrence__start__lte=now + window,
        occurrence__event__live=True,
        confirmed_at__lt=F("occurrence__start") - window,
    ).exclude(occurrence__event__status=EventStatus.CANCELLED)
    sent = 0
    for registration_id in due.order_by("pk").values_list("pk", flat=True):
        with transaction.atomic():
            registration = (
                Registration.objects.select_for_update(of=("self",))
                .select_related("occurrence")
                .filter(pk=registration_id, reminded_at__isnull=True)
                .first()
            )
            if registration is None or registration.state != RegistrationState.CONFIRMED:
                continue
            if _send(registration, Notice.REMINDER):
                registration.reminded_at = now
                registration.save(update_fields=["reminded_at"])
                sent += 1
    return sent
