"""The dates of an event: its occurrences in a window, in Europe/Rome wall-clock time.

Why wall time: an event at 18:00 every Tuesday is at 18:00 in Bologna in winter and in
summer. The rule is expanded on naive local datetimes and the zone is attached to each
occurrence afterwards, so it is the UTC instant that moves when the clocks change,
never the hour on the poster. Durations are wall-clock too (18:00–20:00 stays so).

An occurrence is identified by its start in UTC (``Occurrence.key``): registrations and
links to one date of a series use it.
"""

import datetime
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from events.recurrence.rules import (
    MAX_OCCURRENCES,
    ROME,
    UNTIL_FORMAT,
    local_naive,
    rule_parse,
    rule_parts,
    rule_text,
)

KEY_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Occurrence:
    #: Aware, in Europe/Rome.
    start: datetime.datetime
    end: datetime.datetime

    @property
    def key(self) -> str:
        return occurrence_key(self.start)


def occurrence_key(start: datetime.datetime) -> str:
    """``20261208T170000Z``: an occurrence's start in UTC, as in an iCalendar RECURRENCE-ID."""
    return start.astimezone(datetime.UTC).strftime(KEY_FORMAT)


def occurrence_start_from_key(key: str) -> datetime.datetime | None:
    """The aware start an ``occurrence_key`` names; ``None`` for anything else."""
    try:
        return datetime.datetime.strptime(key, KEY_FORMAT).replace(tzinfo=datetime.UTC)
    except (TypeError, ValueError):
        return None


def _aware(moment: datetime.datetime) -> datetime.datetime:
    """A naive Europe/Rome wall-clock time made aware (the earlier one when ambiguous)."""
    return moment.replace(tzinfo=ROME)


def _span(
    start: datetime.datetime, end: datetime.datetime, all_day: bool
) -> tuple[datetime.datetime, datetime.timedelta]:
    """The local start and wall-clock length of the first occurrence.

    An all-day event runs from midnight of its first day to midnight after its last.
    """
    local_start, local_end = local_naive(start), local_naive(end)
    if all_day:
        first, last = local_start.date(), max(local_end.date(), local_start.date())
        midnight = datetime.datetime.combine(first, datetime.time())
        return midnight, datetime.timedelta(days=(last - first).days + 1)
    return local_start, max(local_end - local_start, datetime.timedelta())


def _bounded_rule_dates(
    rule: str, dtstart: datetime.datetime, until: datetime.datetime
) -> Iterator[datetime.datetime]:
    """The rule's dates up to ``until`` (naive local), COUNT honoured, capped.

    The window's end is written into the rule as its UNTIL, so that python-dateutil
    stops there rather than being stopped from outside.
    """
    parts = rule_parts(rule)
    count = int(parts.pop("COUNT", MAX_OCCURRENCES))
    own_until = parts.get("UNTIL")
    if own_until is None or datetime.datetime.strptime(own_until, UNTIL_FORMAT) > until:
        parts["UNTIL"] = until.strftime(UNTIL_FORMAT)
    dates = rule_parse(rule_text(parts), dtstart=dtstart)
    return itertools.islice(iter(dates), min(count, MAX_OCCURRENCES))


def occurrences(
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    all_day: bool = False,
    rule: str = "",
    excluded: Iterable[datetime.date] = (),
    window_start: datetime.datetime | None = None,
    window_end: datetime.datetime,
) -> list[Occurrence]:
    """The occurrences overlapping ``[window_start, window_end)``, in order.

    ``rule`` is a canonical RRULE (``rules.rule_normalise``), empty for a one-off event;
    ``excluded`` are local dates on which the series does not take place (EXDATE). At
    most ``MAX_OCCURRENCES`` dates of a series are looked at, counted from its start.
    """
    first, length = _span(start, end, all_day)
    if not rule:
        dates: Iterable[datetime.datetime] = [first]
    else:
        dates = _bounded_rule_dates(rule, first, local_naive(window_end))
    skipped = set(excluded)
    found = []
    for local in dates:
        occurrence_start = _aware(local)
        if occurrence_start >= window_end:
            break
        if local.date() in skipped:
            continue
        occurrence_end = _aware(local + length)
        if window_start is not None and occurrence_end <= window_start:
            continue
        found.append(Occurrence(start=occurrence_start, end=occurrence_end))
    return found
