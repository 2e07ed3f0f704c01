"""What an edit of an event does to the registrations hanging off its dates.

Called by ``events.services.event_occurrences_sync`` when an event is published (and by
the nightly extension of series), in the same transaction:

* A date that leaves the event without registrations is deleted, as before.
* A date with registrations whose time moved is **moved** with them: the row takes the
  new start when the new one is on the same day (a series' time changed), or when a
  one-off event's only date moved to any day (it was postponed). Its registrants are
  told the new date (``notices``).
* Any other date with registrations is **kept, marked removed** (``removed_at``), so
  that no registration vanishes; its registrations are cancelled and each registrant is
  told. Listings no longer show it (``EventOccurrence.objects`` leaves it out). If a later
  edit brings the date back, the row is restored; its registrations stay cancelled.
* A cancelled event cancels the registrations of its dates still to come (each is told);
  an event that has more places than before moves its waiting lists up.
"""

import datetime
from collections.abc import Mapping

from django.utils import timezone

from events.models import (
    ACTIVE_STATES,
    CancelReason,
    EventOccurrence,
    EventPage,
    EventStatus,
    Registration,
    RegistrationState,
)
from events.recurrence import ROME, Occurrence
from events.registrations.services import lock_date, notify_on_commit, waiting_list_promote


def _day(moment: datetime.datetime) -> datetime.date:
    return moment.astimezone(ROME).date()


def _cancel_active(occurrence_ids: list[int], *, reason: CancelReason, now: datetime.datetime):
    rows = Registration.objects.filter(occurrence_id__in=occurrence_ids, state__in=ACTIVE_STATES)
    ids = list(rows.values_list("pk", flat=True))
    if ids:
        Registration.objects.filter(pk__in=ids).update(
            state=RegistrationState.CANCELLED,
            cancel_reason=reason,
            cancelled_at=now,
            updated_at=now,
        )
        notify_on_commit(ids)


def _target(
    row: EventOccurrence, free: Mapping[datetime.datetime, Occurrence], *, one_off: bool
) -> datetime.datetime | None:
    if one_off and len(free) == 1:
        return next(iter(free))
    same_day = sorted(start for start in free if _day(start) == _day(row.start))
    return same_day[0] if same_day else None


def occurrences_follow(
    *,
    event: EventPage,
    rows: Mapping[datetime.datetime, EventOccurrence],
    wanted: Mapping[datetime.datetime, Occurrence],
    now: datetime.datetime | None = None,
) -> dict[datetime.datetime, EventOccurrence]:
    """Apply the rules of the module docstring to ``rows`` (every stored date of the
    event, removed ones included, by start) for the ``wanted`` dates; return the rows
    that now stand for wanted dates they were not stored at (moved), by their new start.
    """
    now = now or timezone.now()
    for start, row in rows.items():
        if start in wanted and row.removed_at is not None:
            row.removed_at = None
            row.save(update_fields=["removed_at"])
    gone = [row for start, row in rows.items() if start not in wanted and row.removed_at is None]
    if not gone:
        return {}
    # Locked like every registration write, so no one registers for a date being removed.
    locked = EventOccurrence.all_objects.select_for_update().filter(pk__in=[r.pk for r in gone])
    list(locked.values_list("pk", flat=True))
    held = set(
        Registration.objects.filter(occurrence__in=[row.pk for row in gone]).values_list(
            "occurrence_id", flat=True
        )
    )
    plain = [row.pk for row in gone if row.pk not in held]
    if plain:
        EventOccurrence.all_objects.filter(pk__in=plain).delete()
    free = {start: item for start, item in wanted.items() if start not in rows}
    kept = sorted((row for row in gone if row.pk in held), key=lambda row: row.start)
    one_off = not event.rrule and len(kept) == 1
    moved: dict[datetime.datetime, EventOccurrence] = {}
    removed: list[int] = []
    for row in kept:
        target = _target(row, free, one_off=one_off)
        if target is None:
            row.removed_at = now
            row.save(update_fields=["removed_at"])
            removed.append(row.pk)
            continue
        item = free.pop(target)
        row.start, row.end = item.start, item.end
        row.save(update_fields=["start", "end"])
        moved[target] = row
        # The registrants are told the new date (their notified start differs now).
        notify_on_commit(
            list(
                Registration.objects.filter(occurrence=row, state__in=ACTIVE_STATES).values_list(
                    "pk", flat=True
                )
            )
        )
    if removed:
        _cancel_active(removed, reason=CancelReason.DATE_REMOVED, now=now)
    return moved


def registrations_follow_event(*, event: EventPage, now: datetime.datetime | None = None) -> None:
    """After the dates are written: a cancelled event cancels what is still to come; else
    free places (a larger capacity) go to the waiting lists."""
    now = now or timezone.now()
    upcoming = Registration.objects.filter(
        occurrence__event=event,
        occurrence__start__gt=now,
        occurrence__removed_at__isnull=True,
        state__in=ACTIVE_STATES,
    )
    if event.status == EventStatus.CANCELLED:
        dates = sorted(set(upcoming.values_list("occurrence_id", flat=True)))
        for occurrence_id in dates:
            lock_date(occurrence_id)
        _cancel_active(dates, reason=CancelReason.EVENT_CANCELLED, now=now)
        return
    if not event.registration_enabled:
        return
    waiting = upcoming.filter(state=RegistrationState.WAITING)
    for occurrence_id in sorted(set(waiting.values_list("occurrence_id", flat=True))):
        occurrence = lock_date(occurrence_id)
        waiting_list_promote(occurrence=occurrence, event=event, now=now)
