"""Deleting the personal data of registrations once their date is long past.

``EVENTS_REGISTRATION_RETENTION_DAYS`` after a date ends, its registrations are counted
into an ``OccurrenceTally`` (confirmed, still waiting, cancelled, attended, needing an
interpreter) and then deleted, in one transaction per date: the counts are never lost
and the people never kept. A date that was removed from its event and kept only for its
registrations goes too; its tally stays, marked as not held.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from events.models import (
    EventOccurrence,
    EventPage,
    EventStatus,
    OccurrenceTally,
    Registration,
    RegistrationState,
)
from events.registrations.services import lock_date
from hubs.models import HubPage

logger = logging.getLogger(__name__)

TALLIED = ("registered", "waiting", "cancelled", "attended", "interpreter")


@dataclass(frozen=True)
class PurgeReport:
    dates: int
    registrations: int


def hub_code_of(path: str, hubs: list[tuple[str, str]]) -> str:
    """The code of the HUB whose subtree holds ``path`` (``(code, path)`` pairs); or ""."""
    return next((code for code, hub_path in hubs if path.startswith(hub_path)), "")


def _counts(occurrence_id: int) -> dict[str, int]:
    confirmed = Q(state=RegistrationState.CONFIRMED)
    counts = Registration.objects.filter(occurrence_id=occurrence_id).aggregate(
        registered=Count("pk", filter=confirmed),
        waiting=Count("pk", filter=Q(state=RegistrationState.WAITING)),
        cancelled=Count("pk", filter=Q(state=RegistrationState.CANCELLED)),
        attended=Count("pk", filter=Q(attended=True)),
        interpreter=Count("pk", filter=confirmed & Q(needs_interpreter=True)),
    )
    return {name: counts[name] or 0 for name in TALLIED}


def _date_purge(occurrence_id: int, *, hubs: list[tuple[str, str]], now: datetime.datetime) -> int:
    with transaction.atomic():
        occurrence = lock_date(occurrence_id)
        event = EventPage.objects.only("path", "status").get(pk=occurrence.event_id)
        counts = _counts(occurrence.pk)
        tally = OccurrenceTally.objects.filter(occurrence=occurrence).first() or OccurrenceTally(
            occurrence=occurrence, event_id=event.pk, start=occurrence.start
        )
        for name in TALLIED:
            setattr(tally, name, getattr(tally, name) + counts[name])
        tally.hub_code = hub_code_of(event.path, hubs)
        tally.held = occurrence.removed_at is None and event.status != EventStatus.CANCELLED
        tally.purged_at = now
        tally.save()
        deleted, _by_model = Registration.objects.filter(occurrence=occurrence).delete()
        if occurrence.removed_at is not None:
            occurrence.delete()
    return deleted


def registrations_purge(*, now: datetime.datetime | None = None) -> PurgeReport:
    """Count, then delete, the registrations of every date that ended long enough ago."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.EVENTS_REGISTRATION_RETENTION_DAYS)
    dates = (
        EventOccurrence.all_objects.filter(end__lt=cutoff, registrations__isnull=False)
        .values_list("pk", flat=True)
        .distinct()
        .order_by("pk")
    )
    hubs = list(HubPage.objects.values_list("code", "path"))
    purged = 0
    done = 0
    for occurrence_id in list(dates):
        purged += _date_purge(occurrence_id, hubs=hubs, now=now)
        done += 1
    if done:
        logger.info("Registrations purged: %d of %d dates (counts kept)", purged, done)
    return PurgeReport(dates=done, registrations=purged)
