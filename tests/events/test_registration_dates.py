"""Editing an event with registrations: a date never vanishes with its registrants."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from events.models import CancelReason, EventOccurrence, Registration, RegistrationState
from tests import factories
from tests.events.helpers import days_ahead
from tests.events.registration_support import (
    attached_calendar,
    only_date,
    register,
    registering_event,
    sent_to,
)

pytestmark = pytest.mark.django_db


def subject(template: str, event, language: str = "it") -> str:
    """A notice's subject as the registrant reads it."""
    with translation.override(language):
        return gettext(template) % {"title": event.title_it}


def republish(event, capture, **changes):
    for name, value in changes.items():
        setattr(event, name, value)
    with capture(execute=True):
        factories.publish(event)
    return event


def test_a_removed_date_with_registrations_is_kept_marked_and_its_registrants_told(
    client, django_capture_on_commit_callbacks
):
    event = registering_event(repeat="WEEKLY", repeat_count=3)
    second = event.event_occurrences.order_by("start")[1]
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(second, 1, language="en")

    republish(
        event,
        django_capture_on_commit_callbacks,
        excluded_dates=second.start.astimezone(datetime.UTC).date().isoformat(),
    )

    kept = EventOccurrence.all_objects.get(pk=second.pk)
    assert kept.removed_at is not None
    assert second.pk not in set(event.event_occurrences.values_list("pk", flat=True))
    assert EventOccurrence.objects.filter(event=event).count() == 2
    registration.refresh_from_db()
    assert registration.state == RegistrationState.CANCELLED
    assert registration.cancel_reason == CancelReason.DATE_REMOVED
    _confirmation, removal = sent_to("persona1@example.org")
    assert removal.subject == subject("It will not take place: %(title)s", event, "en")
    assert removal.attachments == []
    # The listing and the event page no longer show it.
    page = client.get(factories.url_in(event, "it")).content.decode()
    assert f"/event-registration/{second.pk}/" not in page


def test_a_date_removed_without_registrations_is_deleted(django_capture_on_commit_callbacks):
    event = registering_event(repeat="WEEKLY", repeat_count=3)

    republish(event, django_capture_on_commit_callbacks, repeat_count=2)

    assert EventOccurrence.all_objects.filter(event=event).count() == 2


def test_a_removed_date_that_comes_back_is_restored(django_capture_on_commit_callbacks):
    event = registering_event(repeat="WEEKLY", repeat_count=3)
    second = event.event_occurrences.order_by("start")[1]
    register(second, 1)
    excluded = second.start.astimezone(datetime.UTC).date().isoformat()
    republish(event, django_capture_on_commit_callbacks, excluded_dates=excluded)

    republish(event, django_capture_on_commit_callbacks, excluded_dates="")

    restored = EventOccurrence.objects.get(pk=second.pk)
    assert restored.removed_at is None
    assert Registration.objects.get().state == RegistrationState.CANCELLED


def test_a_series_whose_time_moves_takes_its_registrations_along(
    django_capture_on_commit_callbacks,
):
    event = registering_event(repeat="WEEKLY", repeat_count=2)
    first = event.event_occurrences.order_by("start")[0]
    with django_capture_on_commit_callbacks(execute=True):
        register(first, 1)

    republish(
        event,
        django_capture_on_commit_callbacks,
        start=event.start + datetime.timedelta(minutes=30),
        end=event.end + datetime.timedelta(minutes=30),
    )

    moved = EventOccurrence.objects.get(pk=first.pk)
    assert moved.start == first.start + datetime.timedelta(minutes=30)
    assert Registration.objects.get().state == RegistrationState.CONFIRMED
    _confirmation, notice = sent_to("persona1@example.org")
    assert notice.subject == subject("New date: %(title)s", event)
    [vevent] = attached_calendar(notice).walk("VEVENT")
    assert vevent.decoded("dtstart") == moved.start
    assert EventOccurrence.all_objects.filter(event=event).count() == 2


def test_a_one_off_event_moved_to_another_day_keeps_its_registrations(
    django_capture_on_commit_callbacks,
):
    event = registering_event()
    date = only_date(event)
    register(date, 1)

    later = days_ahead(14, 18)
    republish(
        event,
        django_capture_on_commit_callbacks,
        start=later,
        end=later + datetime.timedelta(hours=2),
    )

    assert EventOccurrence.objects.get(event=event).pk == date.pk
    assert EventOccurrence.objects.get(event=event).start == later
    assert Registration.objects.get().state == RegistrationState.CONFIRMED


def test_cancelling_the_event_cancels_its_registrations_and_tells_everyone(
    django_capture_on_commit_callbacks,
):
    event = registering_event(registration_capacity=1)
    date = only_date(event)
    with django_capture_on_commit_callbacks(execute=True):
        register(date, 1)
        register(date, 2)

    republish(event, django_capture_on_commit_callbacks, status="cancelled")

    assert set(Registration.objects.values_list("state", "cancel_reason")) == {
        (RegistrationState.CANCELLED, CancelReason.EVENT_CANCELLED)
    }
    assert [len(sent_to(f"persona{n}@example.org")) for n in (1, 2)] == [2, 2]


def test_more_places_move_the_waiting_list_up(django_capture_on_commit_callbacks):
    event = registering_event(registration_capacity=1)
    date = only_date(event)
    with django_capture_on_commit_callbacks(execute=True):
        register(date, 1)
        register(date, 2)
        register(date, 3)

    republish(event, django_capture_on_commit_callbacks, registration_capacity=2)

    states = dict(Registration.objects.values_list("email", "state"))
    assert states == {
        "persona1@example.org": RegistrationState.CONFIRMED,
        "persona2@example.org": RegistrationState.CONFIRMED,
        "persona3@example.org": RegistrationState.WAITING,
    }
    assert sent_to("persona2@example.org")[-1].subject == subject(
        "A place is free for you: %(title)s", event
    )


def test_a_date_with_registrations_cannot_vanish_with_its_page():
    date = only_date(registering_event())
    register(date, 1)

    with pytest.raises(ProtectedError):
        date.event.delete()


def test_the_admin_refuses_to_delete_an_event_with_registrations_and_says_why(client):
    event = registering_event()
    register(only_date(event), 1)
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-lunga-2026")
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "en"})
    client.force_login(admin)

    for response in (
        client.get(reverse("wagtailadmin_pages:delete", args=[event.pk])),
        client.post(reverse("wagtailadmin_pages:delete", args=[event.pk])),
    ):
        assert response.status_code == 302
    assert EventOccurrence.objects.filter(event=event).exists()
    messages = [str(m) for m in client.get(reverse("wagtailadmin_home")).context["messages"]]
    assert any("cannot be deleted" in message for message in messages)
