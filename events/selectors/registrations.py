"""Reads of registrations: whether a date takes them, what the event page offers, and who
may see the registrants.

Whether a date is open is decided here once, for the form (which says why it is not),
the event page (which links to the open dates) and the service (which asks again under
the date's lock, so that the answer it acts on is the current one).
"""

import datetime
from dataclasses import dataclass
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.models import (
    ACTIVE_STATES,
    EventOccurrence,
    EventPage,
    EventStatus,
    Registration,
    RegistrationState,
)
from events.recurrence import ROME
from events.selectors.event import EventDate
from hubs.models import HubPage
from hubs.permissions import hubs_for_user, is_regional_editor


class Refusal(StrEnum):
    """Why a date takes no registration (now)."""

    NOT_REGISTERING = "not_registering"
    UNPUBLISHED = "unpublished"
    EVENT_CANCELLED = "event_cancelled"
    EVENT_POSTPONED = "event_postponed"
    DATE_REMOVED = "date_removed"
    STARTED = "started"
    CLOSED = "closed"
    FULL = "full"
    DUPLICATE = "duplicate"


def _when(moment: datetime.datetime) -> str:
    return date_format(moment.astimezone(ROME), "DATETIME_FORMAT")


def refusal_message(refusal: Refusal, *, closes_at: datetime.datetime | None = None) -> str:
    """What the reader is told, in the active language."""
    if refusal == Refusal.CLOSED and closes_at is not None:
        return _(
            "Registrations for this date closed on %(when)s. You can still contact the organisers."
        ) % {"when": _when(closes_at)}
    messages = {
        Refusal.NOT_REGISTERING: _("This event does not take registrations on the portal."),
        Refusal.UNPUBLISHED: _("This event is no longer published."),
        Refusal.EVENT_CANCELLED: _("This event is cancelled: registrations are closed."),
        Refusal.EVENT_POSTPONED: _(
            "This event is postponed: registrations will open again when the new date is known."
        ),
        Refusal.DATE_REMOVED: _("This date was removed from the event: choose another date."),
        Refusal.STARTED: _("This date has already started or taken place."),
        Refusal.CLOSED: _("Registrations for this date are closed."),
        Refusal.FULL: _("This date is full and has no waiting list. Try another date."),
        Refusal.DUPLICATE: _(
            "This e-mail address is already registered for this date. Look for our e-mail "
            "in your inbox: it has a link to cancel or check your registration."
        ),
    }
    return messages[refusal]


@dataclass(frozen=True)
class Availability:
    """Whether one date takes a registration now, and on what terms."""

    occurrence: EventOccurrence
    #: Aware, in Europe/Rome: the start less the hours registrations close before it.
    closes_at: datetime.datetime
    #: ``None``: no limit.
    capacity: int | None
    confirmed: int
    waiting: int
    waiting_list: bool
    refusal: Refusal | None

    @property
    def is_open(self) -> bool:
        return self.refusal is None

    @property
    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def joins_waiting_list(self) -> bool:
        """An open date with no place left: a new registration waits."""
        return self.is_open and self.places_left == 0

    @property
    def message(self) -> str:
        return refusal_message(self.refusal, closes_at=self.closes_at) if self.refusal else ""


def closing_time(*, event: EventPage, occurrence: EventOccurrence) -> datetime.datetime:
    hours = datetime.timedelta(hours=event.registration_closes_hours or 0)
    return (occurrence.start - hours).astimezone(ROME)


def _time_refusal(
    *, event: EventPage, occurrence: EventOccurrence, now: datetime.datetime
) -> Refusal | None:
    """What stops a registration whatever the number of places."""
    if not event.live:
        return Refusal.UNPUBLISHED
    if not event.registration_enabled:
        return Refusal.NOT_REGISTERING
    if occurrence.removed_at is not None:
        return Refusal.DATE_REMOVED
    if event.status == EventStatus.CANCELLED:
        return Refusal.EVENT_CANCELLED
    if event.status == EventStatus.POSTPONED:
        return Refusal.EVENT_POSTPONED
    if occurrence.start <= now:
        return Refusal.STARTED
    if closing_time(event=event, occurrence=occurrence) <= now:
        return Refusal.CLOSED
    return None


def state_counts(*, occurrence_id: int) -> dict[str, int]:
    """Confirmed and waiting registrations of one date."""
    counts = Registration.objects.filter(
        occurrence_id=occurrence_id, state__in=ACTIVE_STATES
    ).aggregate(
        confirmed=Count("pk", filter=Q(state=RegistrationState.CONFIRMED)),
        waiting=Count("pk", filter=Q(state=RegistrationState.WAITING)),
    )
    return {"confirmed": counts["confirmed"] or 0, "waiting": counts["waiting"] or 0}


def registration_availability(
    *, event: EventPage, occurrence: EventOccurrence, now: datetime.datetime | None = None
) -> Availability:
    """Whether ``occurrence`` of ``event`` takes a registration at ``now`` (default: now)."""
    now = now or timezone.now()
    counts = state_counts(occurrence_id=occurrence.pk)
    refusal = _time_refusal(event=event, occurrence=occurrence, now=now)
    capacity = event.registration_capacity
    if (
        refusal is None
        and capacity is not None
        and counts["confirmed"] >= capacity
        and not event.registration_waiting_list
    ):
        refusal = Refusal.FULL
    return Availability(
        occurrence=occurrence,
        closes_at=closing_time(event=event, occurrence=occurrence),
        capacity=capacity,
        confirmed=counts["confirmed"],
        waiting=counts["waiting"],
        waiting_list=event.registration_waiting_list,
        refusal=refusal,
    )


# --- The event page -------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationOffer:
    """A date of the event page that takes registrations, with the form's address.

    No count of places: the event page is cached for anonymous readers, so a count would
    be stale. The form says how many places are left.
    """

    url: str
    date: EventDate
    closes_at: datetime.datetime


@dataclass(frozen=True)
class RegistrationPanel:
    """What the event page says about registering."""

    #: The event takes registrations (on some date, now or later).
    required: bool
    offers: list[RegistrationOffer]
    capacity: int | None
    closes_hours: int


def registration_url(occurrence_id: int) -> str:
    """The form of one date, in the active language."""
    return reverse("events_registration", kwargs={"occurrence_id": occurrence_id})


def registration_panel(
    *, event: EventPage, dates: list[EventDate], now: datetime.datetime | None = None
) -> RegistrationPanel:
    """The dates among ``dates`` (those the page shows) that take registrations now."""
    panel = RegistrationPanel(
        required=event.registration_enabled,
        offers=[],
        capacity=event.registration_capacity,
        closes_hours=event.registration_closes_hours,
    )
    if not event.registration_enabled or not dates:
        return panel
    now = now or timezone.now()
    by_start = {date.start: date for date in dates}
    rows = EventOccurrence.objects.filter(event=event, start__in=list(by_start))
    for row in rows.order_by("start").only("pk", "start", "end", "removed_at"):
        if _time_refusal(event=event, occurrence=row, now=now) is None:
            panel.offers.append(
                RegistrationOffer(
                    url=registration_url(row.pk),
                    date=by_start[row.start],
                    closes_at=closing_time(event=event, occurrence=row),
                )
            )
    return panel


# --- Who sees the registrants ---------------------------------------------------------


def sees_every_registration(user: AbstractBaseUser | AnonymousUser) -> bool:
    return bool(
        user.is_authenticated and user.is_active and (user.is_superuser or is_regional_editor(user))
    )


def registration_hubs(user: AbstractBaseUser | AnonymousUser) -> list[HubPage]:
    """The HUBs whose registrants ``user`` may see (every HUB for the regional editors)."""
    return hubs_for_user(user)


def organiser_events(user: AbstractBaseUser | AnonymousUser) -> QuerySet[EventPage]:
    """Events whose registrants ``user`` may see: a HUB's own, or all for the Region.

    A HUB's groups see the events under their HUB's page and no other; the regional
    editors and superusers see every event, the regional ones (outside every HUB)
    included; everybody else sees none.
    """
    events = EventPage.objects.all()
    if sees_every_registration(user):
        return events
    hubs = registration_hubs(user)
    if not hubs:
        return events.none()
    below = Q()
    for hub in hubs:
        below |= Q(path__startswith=hub.path, depth__gt=hub.depth)
    return events.filter(below)


def organiser_may_see(user: AbstractBaseUser | AnonymousUser, *, event_id: int) -> bool:
    return organiser_events(user).filter(pk=event_id).exists()


def organiser_dates(
    user: AbstractBaseUser | AnonymousUser, *, past: bool, now: datetime.datetime | None = None
) -> QuerySet[EventOccurrence]:
    """Dates with registrations, or of events taking them, that ``user`` may see.

    Upcoming (not yet ended) first in date order, or the past ones latest first. Removed
    dates appear while registrations hang off them: their registrants may need a call.
    Each row carries its counts (``confirmed``, ``waiting``, ``cancelled``,
    ``interpreter``, ``attended``).
    """
    now = now or timezone.now()
    events = organiser_events(user)
    dates = (
        EventOccurrence.all_objects.filter(event__in=events.values("pk"))
        .filter(
            Q(event__registration_enabled=True, removed_at__isnull=True)
            | Exists(Registration.objects.filter(occurrence=OuterRef("pk")))
        )
        .annotate(
            confirmed=Count(
                "registrations", filter=Q(registrations__state=RegistrationState.CONFIRMED)
            ),
            waiting=Count(
                "registrations", filter=Q(registrations__state=RegistrationState.WAITING)
            ),
            cancelled=Count(
                "registrations", filter=Q(registrations__state=RegistrationState.CANCELLED)
            ),
            interpreter=Count(
                "registrations",
                filter=Q(
                    registrations__state=RegistrationState.CONFIRMED,
                    registrations__needs_interpreter=True,
                ),
            ),
            attended=Count("registrations", filter=Q(registrations__attended=True)),
        )
        .select_related("event")
    )
    if past:
        return dates.filter(end__lte=now).order_by("-start", "pk")
    return dates.filter(end__gt=now).order_by("start", "pk")


def organiser_date(
    user: AbstractBaseUser | AnonymousUser, *, occurrence_id: int
) -> EventOccurrence | None:
    """One date ``user`` may see the registrants of; ``None`` if there is none."""
    return (
        EventOccurrence.all_objects.filter(
            pk=occurrence_id, event__in=organiser_events(user).values("pk")
        )
        .select_related("event")
        .first()
    )


def date_registrations(*, occurrence_id: int) -> list[Registration]:
    """A date's registrations: the confirmed, then the waiting list in its order, then the
    cancelled."""
    order = {RegistrationState.CONFIRMED: 0, RegistrationState.WAITING: 1}
    rows = list(Registration.objects.filter(occurrence_id=occurrence_id).order_by("created_at"))
    return sorted(rows, key=lambda row: (order.get(row.state, 2), row.created_at, row.pk))
