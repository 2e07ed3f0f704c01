"""An event's dates are written when it is published, and kept for what hangs off them."""

import datetime

import pytest

from events.models import EventOccurrence, EventPage
from events.services import HORIZON_DAYS, event_occurrences_extend
from tests import factories
from tests.events.helpers import days_ahead, event_page, rome

pytestmark = pytest.mark.django_db


def starts(event: EventPage) -> list[datetime.datetime]:
    return list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True))


def test_a_draft_has_no_dates_until_it_is_published():
    event = event_page(publish=False, start=rome(2027, 1, 5, 18), repeat="WEEKLY", repeat_count=3)
    assert starts(event) == []

    factories.publish(event)

    assert starts(event) == [rome(2027, 1, day, 18) for day in (5, 12, 19)]


def test_republishing_keeps_the_rows_of_the_dates_that_remain():
    event = event_page(start=rome(2027, 1, 5, 18), repeat="WEEKLY", repeat_count=3)
    kept = dict(EventOccurrence.objects.filter(event=event).values_list("start", "pk"))

    event.repeat_count = 2
    event.end = rome(2027, 1, 5, 21)
    factories.publish(event)

    rows = EventOccurrence.objects.filter(event=event)
    assert [(row.start, row.pk) for row in rows] == [
        (start, kept[start]) for start in (rome(2027, 1, 5, 18), rome(2027, 1, 12, 18))
    ]
    assert [row.end.astimezone(rome(2027, 1, 1).tzinfo).hour for row in rows] == [21, 21]


def test_a_draft_change_leaves_the_published_dates_alone():
    event = event_page(start=rome(2027, 1, 5, 18))

    event.start = rome(2027, 2, 5, 18)
    event.end = rome(2027, 2, 5, 20)
    event.save_revision()

    assert starts(event) == [rome(2027, 1, 5, 18)]


def test_an_endless_series_is_written_ahead_and_carried_forward_nightly():
    event = event_page(start=days_ahead(1), repeat="WEEKLY")
    written = len(starts(event))
    assert written == pytest.approx(HORIZON_DAYS / 7, abs=1)

    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=30)
    assert event_occurrences_extend(now=later) == 1

    assert len(starts(event)) > written
