"""Counts of events for the project's reporting: dates per HUB and month, registrations,
attendance.

For other apps (the indicators, a report): ``event_counts(start=…, end=…)`` gives one
row per HUB (and one for the regional events) and month with at least one date or
registration. A date counts when its event is not cancelled and the date was not removed
from it; live or not, public or not (an event unpublished after it took place still took
place). Registrations count from the registrations themselves while they exist, and
from the anonymous tallies once their personal data has been purged, so the figures of
a month do not change when the purge runs; a tally also keeps the date counted after
its event page was deleted.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from events.models import (
    EventOccurrence,
    EventStatus,
    OccurrenceTally,
    Registration,
    RegistrationState,
)
from events.recurrence import ROME
from hubs.models import HubPage
from portal.languages import localised

#: The key of the events outside every HUB (the Region's own).
REGIONAL = ""


@dataclass(frozen=True)
class HubMonthCount:
    #: ``HubPage.code``; ``""`` for the regional events.
    hub_code: str
    #: The HUB's title in the active language; "Regional events" for the others.
    hub_title: str
    #: The first day of the month (Europe/Rome).
    month: datetime.date
    #: Distinct events with at least one date in the month.
    events: int
    #: Dates in the month (a series counts each of its dates).
    dates: int
    #: Confirmed registrations.
    registered: int
    #: Still on the waiting list (at the date, once it is over).
    waiting: int
    #: Marked as attended by the organisers.
    attended: int
    #: Confirmed registrations that asked for an interpreter.
    interpreter: int


@dataclass
class _Row:
    event_ids: set[int] = field(default_factory=set)
    dates: int = 0
    registered: int = 0
    waiting: int = 0
    attended: int = 0
    interpreter: int = 0


def _bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, ...]:
    if end < start:
        raise ValueError(f"The end ({end}) is before the start ({start}).")
    first = datetime.datetime.combine(start, datetime.time(), tzinfo=ROME)
    after = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time(), ROME)
    return first, after


def _month(moment: datetime.datetime | datetime.date) -> datetime.date:
    if isinstance(moment, datetime.datetime):
        moment = moment.astimezone(ROME).date()
    return moment.replace(day=1)


def event_counts(*, start: datetime.date, end: datetime.date) -> list[HubMonthCount]:
    """Dates, registrations and attendance per HUB and month, for the dates that start
    between ``start`` and ``end`` (both included, Italian time); ordered by month, then
    HUB (in the HUBs' order, the regional events last). ``ValueError`` if ``end`` is
    before ``start``."""
    first, after = _bounds(start, end)
    hubs = list(HubPage.objects.order_by("path"))
    rows: dict[tuple[datetime.date, str], _Row] = defaultdict(_Row)

    def hub_code(path: str) -> str:
        return next((hub.code for hub in hubs if path.startswith(hub.path)), REGIONAL)

    month = TruncMonth("start", tzinfo=ROME)
    dates = (
        EventOccurrence.objects.filter(start__gte=first, start__lt=after)
        .exclude(event__status=EventStatus.CANCELLED)
        .annotate(month=month)
        .values("event_id", "event__path", "month")
        .annotate(count=Count("pk"))
    )
    for item in dates:
        row = rows[(_month(item["month"]), hub_code(item["event__path"]))]
        row.event_ids.add(item["event_id"])
        row.dates += item["count"]

    confirmed = Q(state=RegistrationState.CONFIRMED)
    registrations = (
        Registration.objects.filter(occurrence__start__gte=first, occurrence__start__lt=after)
        .annotate(month=TruncMonth("occurrence__start", tzinfo=ROME))
        .values("occurrence__event__path", "month")
        .annotate(
            registered=Count("pk", filter=confirmed),
            waiting=Count("pk", filter=Q(state=RegistrationState.WAITING)),
            attended=Count("pk", filter=Q(attended=True)),
            interpreter=Count("pk", filter=confirmed & Q(needs_interpreter=True)),
        )
    )
    for item in registrations:
        row = rows[(_month(item["month"]), hub_code(item["occurrence__event__path"]))]
        for name in ("registered", "waiting", "attended", "interpreter"):
            setattr(row, name, getattr(row, name) + item[name])

    tallies = OccurrenceTally.objects.filter(start__gte=first, start__lt=after)
    for tally in tallies:
        row = rows[(_month(tally.start), tally.hub_code)]
        row.registered += tally.registered
        row.waiting += tally.waiting
        row.attended += tally.attended
        row.interpreter += tally.interpreter
        if tally.occurrence_id is None and tally.held:
            # Its event page is gone: the tally is all that says the date took place.
            row.event_ids.add(tally.event_id)
            row.dates += 1

    order = {hub.code: position for position, hub in enumerate(hubs)}
    titles = {hub.code: localised(hub, "title").value for hub in hubs}
    return [
        HubMonthCount(
            hub_code=code,
            hub_title=_("Regional events") if code == REGIONAL else titles.get(code, code),
            month=month_start,
            events=len(row.event_ids),
            dates=row.dates,
            registered=row.registered,
            waiting=row.waiting,
            attended=row.attended,
            interpreter=row.interpreter,
        )
        for (month_start, code), row in sorted(
            rows.items(), key=lambda item: (item[0][0], order.get(item[0][1], len(order)))
        )
    ]
