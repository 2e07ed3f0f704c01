"""E-mails to registrants go once: reminders before the date, and what the mail server
refused is sent again later."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import Registration, RegistrationState
from events.registrations.notices import notices_send_due, reminders_send
from events.registrations.services import registration_cancel
from events.tasks import send_registration_reminders
from tests.events.helpers import days_ahead
from tests.events.registration_support import (
    attached_calendar,
    cancel_link,
    only_date,
    register,
    registering_event,
    sent_to,
)
from tests.live_server import free_port

pytestmark = pytest.mark.django_db

#: A mail server that is down: nothing listens on this loopback port.
MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_TIMEOUT": 2,
}


def reminder_subject(event, language: str) -> str:
    with translation.override(language):
        return gettext("Reminder: %(title)s") % {"title": event.title_it}


@pytest.fixture
def in_three_days(django_capture_on_commit_callbacks):
    """A date three days ahead with one confirmed and one waiting registrant."""
    event = registering_event(start=days_ahead(3, 18), registration_capacity=1)
    occurrence = only_date(event)
    with django_capture_on_commit_callbacks(execute=True):
        register(occurrence, 1, language="ur")
        register(occurrence, 2)
    mail.outbox.clear()
    return occurrence


def a_day_before(occurrence) -> datetime.datetime:
    return occurrence.start - datetime.timedelta(hours=20)


def test_the_confirmed_get_one_reminder_in_their_language(in_three_days):
    sent = reminders_send(now=a_day_before(in_three_days))

    assert sent == 1
    [message] = mail.outbox
    assert message.to == ["persona1@example.org"]
    assert message.subject == reminder_subject(in_three_days.event, "ur")
    assert attached_calendar(message)
    assert cancel_link(message).startswith("/ur/")
    assert Registration.objects.get(email="persona1@example.org").reminded_at is not None

    assert reminders_send(now=a_day_before(in_three_days) + datetime.timedelta(minutes=15)) == 0
    assert len(mail.outbox) == 1


def test_no_reminder_before_the_window_or_after_the_start(in_three_days):
    assert reminders_send(now=in_three_days.start - datetime.timedelta(hours=30)) == 0
    assert reminders_send(now=in_three_days.start + datetime.timedelta(minutes=1)) == 0
    assert mail.outbox == []


def test_no_reminder_after_cancelling_and_one_for_who_got_the_place(in_three_days):
    first = Registration.objects.get(email="persona1@example.org")
    registration_cancel(registration_id=first.pk)

    assert reminders_send(now=a_day_before(in_three_days)) == 1

    assert sent_to("persona1@example.org") == []
    [reminder] = sent_to("persona2@example.org")
    assert reminder.subject == reminder_subject(in_three_days.event, "it")


def test_someone_who_registers_inside_the_window_gets_no_reminder(
    django_capture_on_commit_callbacks,
):
    occurrence = only_date(registering_event(start=days_ahead(1, 23)))
    with django_capture_on_commit_callbacks(execute=True):
        register(occurrence, 1)
    mail.outbox.clear()

    assert reminders_send() == 0


def test_the_task_sends_what_is_owed(in_three_days):
    # Cancelled outside a request: the "a place is free" e-mail was not sent on commit.
    first = Registration.objects.get(email="persona1@example.org")
    registration_cancel(registration_id=first.pk)

    result = send_registration_reminders.apply().get()

    assert result == {"reminders": 0, "notices": 1}
    [message] = sent_to("persona2@example.org")
    with translation.override("it"):
        assert message.subject == gettext("A place is free for you: %(title)s") % {
            "title": in_three_days.event.title_it
        }
    assert send_registration_reminders.apply().get() == {"reminders": 0, "notices": 0}


def test_an_e_mail_the_server_refused_is_sent_later_once(django_capture_on_commit_callbacks):
    occurrence = only_date(registering_event())
    with (
        override_settings(**MAIL_SERVER_DOWN, EMAIL_PORT=free_port()),
        django_capture_on_commit_callbacks(execute=True),
    ):
        registration = register(occurrence, 1)

    registration.refresh_from_db()
    assert registration.state == RegistrationState.CONFIRMED
    assert registration.notified_state == ""
    assert mail.outbox == []

    assert notices_send_due() == 1
    assert notices_send_due() == 0
    [message] = mail.outbox
    assert message.subject == gettext("Registration confirmed: %(title)s") % {
        "title": occurrence.event.title_it
    }
    registration.refresh_from_db()
    assert registration.notified_state == RegistrationState.CONFIRMED


def test_nothing_is_owed_for_a_date_that_is_over(django_capture_on_commit_callbacks):
    occurrence = only_date(registering_event())
    with (
        override_settings(**MAIL_SERVER_DOWN, EMAIL_PORT=free_port()),
        django_capture_on_commit_callbacks(execute=True),
    ):
        register(occurrence, 1)

    assert notices_send_due(now=occurrence.end + datetime.timedelta(minutes=1)) == 0
    assert mail.outbox == []
    assert timezone.now() < occurrence.end
