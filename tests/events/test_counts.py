"""Counts for the project's reporting: dates per HUB and month, registrations, attendance."""

import datetime

import pytest
from django.utils import translation
from django.utils.translation import gettext

from events.registrations.retention import registrations_purge
from events.registrations.services import registration_cancel, registrations_attendance_mark
from events.selectors.counts import HubMonthCount, event_counts
from tests import factories
from tests.events.helpers import event_page, rome
from tests.events.registration_support import register

pytestmark = pytest.mark.django_db

MARCH, APRIL = datetime.date(2025, 3, 1), datetime.date(2025, 4, 1)


def registered_at(event, *, people: int, came: int, interpreter: int = 0) -> None:
    """``people`` registrations to each date of ``event``, ``came`` of whom attended."""
    for occurrence in event.event_occurrences.order_by("start"):
        before = occurrence.start - datetime.timedelta(days=10)
        rows = [
            register(
                occurrence,
                number,
                email=f"p{occurrence.pk}-{number}@example.org",
                needs_interpreter=number <= interpreter,
                now=before,
            )
            for number in range(1, people + 1)
        ]
        registrations_attendance_mark(
            occurrence_id=occurrence.pk, attendance={row.pk: True for row in rows[:came]}
        )


@pytest.fixture
def season():
    """Bologna: a weekly series over March and April (with registrations) and a cancelled
    event; Ferrara: one event in April; the Region: one in March."""
    hubs = factories.hubs()
    series = event_page(
        parent=hubs["lavoro"],
        start=rome(2025, 3, 25, 18),
        repeat="WEEKLY",
        repeat_count=3,  # 25 March, 1 and 8 April
        registration_enabled=True,
        registration_capacity=5,
    )
    registered_at(series, people=3, came=2, interpreter=1)
    event_page(parent=hubs["lavoro"], start=rome(2025, 3, 12, 18), status="cancelled")
    event_page(parent=hubs["salute"], start=rome(2025, 4, 2, 10))
    event_page(start=rome(2025, 3, 5, 10))
    return hubs


def test_dates_registrations_and_attendance_per_hub_and_month(season):
    counts = event_counts(start=datetime.date(2025, 3, 1), end=datetime.date(2025, 4, 30))

    with translation.override("it"):
        titles = {hub.code: hub.title_it for hub in season.values()}
        regional = gettext("Regional events")
    assert counts == [
        HubMonthCount("lavoro", titles["lavoro"], MARCH, 1, 1, 3, 0, 2, 1),
        HubMonthCount("", regional, MARCH, 1, 1, 0, 0, 0, 0),
        HubMonthCount("lavoro", titles["lavoro"], APRIL, 1, 2, 6, 0, 4, 2),
        HubMonthCount("salute", titles["salute"], APRIL, 1, 1, 0, 0, 0, 0),
    ]


def test_the_range_counts_whole_days_in_italian_time(season):
    counts = event_counts(start=datetime.date(2025, 4, 8), end=datetime.date(2025, 4, 8))

    assert [(row.hub_code, row.dates, row.registered) for row in counts] == [("lavoro", 1, 3)]


def test_cancelled_and_waiting_registrations_are_told_apart(season):
    series = season["lavoro"].get_children().live().first().specific
    first = series.event_occurrences.order_by("start").first()
    people = list(first.registrations.order_by("pk"))
    before = first.start - datetime.timedelta(days=5)
    for number in range(4, 8):  # two more confirmed (5 places), then two waiting
        register(first, number, email=f"extra{number}@example.org", now=before)
    registration_cancel(registration_id=people[0].pk, now=before)

    [march] = [
        row
        for row in event_counts(start=MARCH, end=datetime.date(2025, 3, 31))
        if row.hub_code == "lavoro"
    ]

    assert (march.registered, march.waiting) == (5, 1)


def test_the_counts_are_the_same_after_the_personal_data_is_purged(season):
    before = event_counts(start=MARCH, end=datetime.date(2025, 4, 30))

    report = registrations_purge()

    assert report.registrations == 9
    assert event_counts(start=MARCH, end=datetime.date(2025, 4, 30)) == before


def test_a_deleted_event_still_counts_through_its_tally(season):
    before = event_counts(start=MARCH, end=datetime.date(2025, 4, 30))
    registrations_purge()

    for page in season["lavoro"].get_children().live().specific():
        if page.registration_enabled:
            page.delete()

    assert event_counts(start=MARCH, end=datetime.date(2025, 4, 30)) == before


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ValueError, match="before the start"):
        event_counts(start=datetime.date(2025, 4, 2), end=datetime.date(2025, 4, 1))
