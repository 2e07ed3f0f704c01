"""One date of an event as a listing shows it, read with a bounded number of queries.

A listing reads the occurrences it shows joined with their events, with only the
columns a card needs (``portal.languages.listing_fields``): one query for the page of
dates, whatever the number of events, plus one for the HUBs (names and places).
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import translation
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from events.models import EventAudience, EventOccurrence, EventPage, EventStatus
from events.recurrence import ROME, occurrence_key
from events.recurrence.describe import date_words
from hubs.models import HubPage
from portal.languages import LocalisedValue, listing_fields, localised
from portal.page_cache import page_cache_generation
from portal.privacy import public_pages

#: Event columns a card shows, besides the title, introduction and address of the page.
CARD_FIELDS = (
    "all_day",
    "status",
    "rrule",
    "venue_name",
    "venue_address",
    "municipality",
    "online_url",
    "audience",
    "organiser",
)


@dataclass(frozen=True)
class HubName:
    code: str
    path: str
    title: LocalisedValue
    municipality: str


class DayWords:
    """The days of a date in words, for ``events/includes/when.html``: "martedì 9 febbraio
    2027" in the language the template is rendered in."""

    start: datetime.datetime
    end: datetime.datetime

    @property
    def start_words(self) -> str:
        return date_words(self.start.date(), weekday=True)

    @property
    def end_words(self) -> str:
        return date_words(self.end.date(), weekday=True)

    @property
    def last_day_words(self) -> str:
        return date_words(self.last_day, weekday=True)


@dataclass(frozen=True)
class OccurrenceCard(DayWords):
    event_id: int
    #: The event's page; for one date of a series, with ``?occurrence=<key>``.
    url: str
    #: The series' page (a repeating event only).
    series_url: str
    key: str
    title: LocalisedValue
    intro: LocalisedValue
    #: Aware, in Europe/Rome.
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    status: str
    status_label: str
    is_repeating: bool
    venue: str
    #: The town, unless the venue's name already says it.
    municipality: str
    online: bool
    audience: str
    audience_label: str
    hub: HubName | None
    #: When the event was last published.
    updated: datetime.datetime | None

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        return self.status == EventStatus.POSTPONED

    @property
    def last_day(self) -> datetime.date:
        """The last day it takes place on (an all-day event ends at the next midnight)."""
        end = self.end - datetime.timedelta(microseconds=1) if self.all_day else self.end
        return max(end.date(), self.start.date())

    @property
    def several_days(self) -> bool:
        return self.last_day != self.start.date()


def status_label(status: str) -> str:
    return str(dict(EventStatus.choices).get(status, ""))


def audience_label(audience: str) -> str:
    return str(dict(EventAudience.choices).get(audience, ""))


def event_town(event: EventPage, hub_municipality: str) -> str:
    """The town an event takes place in: its own, else its HUB's; none for an event that
    is only online (a HUB's webinar does not take place in the HUB's town)."""
    if event.municipality:
        return event.municipality
    if event.online_url and not (event.venue_name or event.venue_address.strip()):
        return ""
    return hub_municipality


def online_only_q() -> Q:
    """Events that are only online (a link, no venue): ``event_town`` gives them no town."""
    return Q(venue_name="", venue_address="") & ~Q(online_url="")


def named_in(town: str, *texts: str) -> bool:
    """Whether ``town`` is already written in one of ``texts`` (a venue, an address)."""
    if not town:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(town)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(text or "") for text in texts)


def remembered(name: str, request: HttpRequest | None, compute: Callable[[], Any]) -> Any:
    """``compute()`` kept in the cache per language until anything is published.

    For what every listing asks and only publishing changes (the HUBs, the municipalities
    with events): the content generation is part of the key (``portal.page_cache``), and
    publishing, unpublishing or changing a page's privacy moves to a new one.
    """
    seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    generation = page_cache_generation(request)
    key = f"events:{name}:{generation}:{translation.get_language()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def hub_names(*, request: HttpRequest | None) -> list[HubName]:
    """Every live HUB with the name and place events are filtered and labelled by."""

    def compute() -> list[HubName]:
        hubs = HubPage.objects.live().order_by("path")
        return [
            HubName(
                code=hub.code,
                path=hub.path,
                title=localised(hub, "title"),
                municipality=hub.municipality,
            )
            for hub in hubs.only(*listing_fields(HubPage, "code", "municipality"))
        ]

    return remembered("hubs", request, compute)


def hub_of(path: str, hubs: list[HubName]) -> HubName | None:
    return next((hub for hub in hubs if path.startswith(hub.path)), None)


def public_events(*, request: HttpRequest | None) -> QuerySet:
    """Live events the public may see (no page privacy on them or above them)."""
    return public_pages(EventPage.objects.live(), request=request)


def language_q(code: str, field: str = "languages_spoken") -> Q:
    """Events whose comma-separated ``field`` holds ``code``."""
    return (
        Q(**{field: code})
        | Q(**{f"{field}__startswith": f"{code},"})
        | Q(**{f"{field}__endswith": f",{code}"})
        | Q(**{f"{field}__contains": f",{code},"})
    )


def occurrence_rows(events: QuerySet) -> QuerySet:
    """(start, end, event_id) of the dates of ``events``, in date order.

    Plain tuples: a page model costs far more to build than its row costs to read, so
    only the few events a page of dates shows are read as pages (``occurrence_cards``).
    """
    return (
        EventOccurrence.objects.filter(event__in=events.values("pk"))
        .order_by("start", "event_id")
        .values_list("start", "end", "event_id", named=True)
    )


def card_events(event_ids: set[int]) -> dict[int, EventPage]:
    """The events of a page of dates, with the columns their cards need: one query."""
    if not event_ids:
        return {}
    events = (
        EventPage.objects.filter(pk__in=event_ids)
        .order_by()
        .only(*listing_fields(EventPage, *CARD_FIELDS))
    )
    return {event.pk: event for event in events}


def occurrence_card(row, event: EventPage, *, url: str, hubs: list[HubName]) -> OccurrenceCard:
    repeating = bool(event.rrule)
    hub = hub_of(event.path, hubs)
    town = event_town(event, hub.municipality if hub else "")
    key = occurrence_key(row.start)
    return OccurrenceCard(
        event_id=event.pk,
        url=f"{url}?occurrence={key}" if repeating else url,
        series_url=url if repeating else "",
        key=key,
        title=localised(event, "title"),
        intro=localised(event, "intro"),
        start=row.start.astimezone(ROME),
        end=row.end.astimezone(ROME),
        all_day=event.all_day,
        status=event.status,
        status_label=status_label(event.status),
        is_repeating=repeating,
        venue=event.venue_name,
        municipality="" if named_in(town, event.venue_name) else town,
        online=bool(event.online_url),
        audience=event.audience,
        audience_label=audience_label(event.audience),
        hub=hub,
        updated=event.last_published_at,
    )


def occurrence_cards(
    rows, *, hubs: list[HubName], request: HttpRequest | None
) -> list[OccurrenceCard]:
    """Cards for ``rows`` (from ``occurrence_rows``): one more query, for their events."""
    rows = list(rows)
    events = card_events({row.event_id for row in rows})
    # A month shows a weekly series four or five times: its address is found once.
    urls = {pk: event.get_url(request=request) or "" for pk, event in events.items()}
    return [
        occurrence_card(row, events[row.event_id], url=urls[row.event_id], hubs=hubs)
        for row in rows
        if row.event_id in events
    ]


def language_names() -> list[tuple[str, str, str]]:
    """(code, name in its own script, direction) of every language of the portal."""
    return [(code, own, direction) for code, _name, own, direction in settings.PORTAL_LANGUAGES]


def when_text(card: OccurrenceCard) -> str:
    """The occurrence's date and time in words, for feeds (templates format their own)."""
    day = date_words(card.start.date())
    if card.all_day:
        if card.several_days:
            return _("%(first)s to %(last)s") % {"first": day, "last": date_words(card.last_day)}
        return day
    return _("%(day)s, %(start)s–%(end)s") % {
        "day": day,
        "start": time_format(card.start, "TIME_FORMAT"),
        "end": time_format(card.end, "TIME_FORMAT"),
    }
