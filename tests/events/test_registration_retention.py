"""Personal data of registrations is deleted after the retention period; counts stay."""

import datetime

import pytest
from django.test import override_settings

from events.models import (
    EventOccurrence,
    OccurrenceTally,
    Registration,
    RegistrationState,
)
from events.recurrence import ROME
from events.registrations.retention import registrations_purge
from events.registrations.services import registration_cancel, registrations_attendance_mark
from events.tasks import purge_registration_data
from tests import factories
from tests.events.helpers import days_ahead
from tests.events.registration_support import register, registering_event

pytestmark = pytest.mark.django_db


def past_date(days_ago: int, **fields) -> EventOccurrence:
    """A date that ended ``days_ago`` days ago, with five registrations made before it:
    two confirmed (one came, one asked for an interpreter), one cancelled, two waiting
    (one of whom came anyway)."""
    start = days_ahead(-days_ago, 10)
    event = registering_event(start=start, registration_capacity=3, **fields)
    occurrence = event.event_occurrences.order_by("start").first()
    before = start - datetime.timedelta(days=7)
    people = [
        register(occurrence, number, now=before, needs_interpreter=number == 2)
        for number in range(1, 6)
    ]
    registration_cancel(registration_id=people[2].pk, now=before)
    registrations_attendance_mark(
        occurrence_id=occurrence.pk,
        attendance={people[0].pk: True, people[1].pk: False, people[4].pk: True},
    )
    return occurrence


def test_past_the_retention_period_the_people_go_and_the_counts_stay():
    hub = factories.hub_page("lavoro")
    occurrence = past_date(100, parent=hub)
    states = sorted(Registration.objects.values_list("state", flat=True))
    # The cancelled place went to the first of the waiting list.
    assert states == sorted(
        [RegistrationState.CONFIRMED] * 3 + [RegistrationState.CANCELLED, RegistrationState.WAITING]
    )

    report = registrations_purge()

    assert (report.dates, report.registrations) == (1, 5)
    assert Registration.objects.count() == 0
    tally = OccurrenceTally.objects.get()
    assert tally.occurrence_id == occurrence.pk
    assert (tally.registered, tally.waiting, tally.cancelled) == (3, 1, 1)
    assert (tally.attended, tally.interpreter) == (2, 1)
    assert (tally.hub_code, tally.held, tally.start) == ("lavoro", True, occurrence.start)
    assert EventOccurrence.objects.filter(pk=occurrence.pk).exists()


@override_settings(EVENTS_REGISTRATION_RETENTION_DAYS=30)
def test_the_retention_period_is_a_setting_and_recent_dates_are_kept():
    recent = past_date(20)
    old = past_date(40)

    purge_registration_data.apply().get()

    assert set(Registration.objects.values_list("occurrence_id", flat=True)) == {recent.pk}
    assert list(OccurrenceTally.objects.values_list("occurrence_id", flat=True)) == [old.pk]


def test_a_second_purge_changes_nothing():
    past_date(100)
    registrations_purge()
    before = list(OccurrenceTally.objects.values())

    assert registrations_purge().dates == 0
    assert list(OccurrenceTally.objects.values()) == before


def test_a_removed_date_goes_with_its_registrations_and_is_counted_as_not_held():
    occurrence = past_date(100, repeat="DAILY", repeat_count=2)
    event = occurrence.event
    event.excluded_dates = occurrence.start.astimezone(ROME).date().isoformat()
    factories.publish(event)
    assert EventOccurrence.all_objects.get(pk=occurrence.pk).removed_at is not None

    registrations_purge()

    assert not EventOccurrence.all_objects.filter(pk=occurrence.pk).exists()
    tally = OccurrenceTally.objects.get()
    assert tally.occurrence_id is None and tally.held is False
    assert tally.event_id == event.pk


def test_the_tally_outlives_the_event_page():
    occurrence = past_date(100)
    registrations_purge()

    occurrence.event.delete()

    tally = OccurrenceTally.objects.get()
    assert tally.occurrence_id is None
    assert tally.registered == 3
