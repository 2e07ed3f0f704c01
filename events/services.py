"""Writes of the events app: the dates of each published event.

An event's dates are written when it is published (``events.signals``), from the live
version, and carried forward every night for series that go on beyond the horizon
(``events.tasks``). Listings, the month view and the HUB pages read these rows.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from events.models import EventOccurrence, EventPage
from events.recurrence import occurrences
from events.registrations.dates import occurrences_follow, registrations_follow_event

#: A series with no end has its dates written this many days ahead (and carried forward
#: nightly); a listing further in the future shows what is written so far.
HORIZON_DAYS = 730


def event_occurrences_sync(*, event: EventPage, now: datetime.datetime | None = None) -> int:
    """Make the stored dates of ``event`` those of its rule; return how many there are.

    Rows of dates that remain are kept (their ``end`` updated if it moved), rows of dates
    that no longer exist are deleted, new dates are added: what hangs off one date of a
    series stays attached to it through an edit that does not move it. A date with
    registrations is moved or kept instead of deleted (``events.registrations.dates``).
    """
    now = now or timezone.now()
    wanted = {
        item.start: item
        for item in occurrences(
            start=event.start,
            end=event.end,
            all_day=event.all_day,
            rule=event.rrule,
            excluded=event.excluded_date_list,
            window_end=now + datetime.timedelta(days=HORIZON_DAYS),
        )
    }
    with transaction.atomic():
        rows = {row.start: row for row in EventOccurrence.all_objects.filter(event=event)}
        # Dates that left the rule are deleted, or moved or kept for their registrations.
        rows.update(occurrences_follow(event=event, rows=rows, wanted=wanted, now=now))
        moved = []
        for start, row in rows.items():
            if start in wanted and row.end != wanted[start].end:
                row.end = wanted[start].end
                moved.append(row)
        if moved:
            EventOccurrence.objects.bulk_update(moved, ["end"])
        EventOccurrence.objects.bulk_create(
            [
                EventOccurrence(event=event, start=item.start, end=item.end)
                for start, item in wanted.items()
                if start not in rows
            ]
        )
        registrations_follow_event(event=event, now=now)
    return len(wanted)


def event_occurrences_extend(*, now: datetime.datetime | None = None) -> int:
    """Nightly: rewrite the dates of every live repeating event; return how many events.

    Moves each series' horizon forward by a day; cheap, since a series is expanded
    from its rule without touching any other table.
    """
    events = EventPage.objects.live().exclude(rrule="")
    count = 0
    for event in events.only("id", "start", "end", "all_day", "rrule", "excluded_dates"):
        event_occurrences_sync(event=event, now=now)
        count += 1
    return count
