"""Reads of an event's page: its dates, place, languages, organiser and status."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import EventOccurrence, EventPage, EventStatus
from events.recurrence import ROME, occurrence_start_from_key, rule_description
from events.selectors.cards import (
    DayWords,
    audience_label,
    event_town,
    language_names,
    named_in,
    status_label,
)
from events.selectors.filters import quoted
from hubs.models import HubPage
from portal.languages import LocalisedValue, direction_of, localised, translations_not_shown

#: How many of a series' next dates its page lists.
NEXT_DATES = 8


@dataclass(frozen=True)
class EventDate(DayWords):
    key: str
    #: Aware, in Europe/Rome.
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    is_chosen: bool = False

    @property
    def last_day(self) -> datetime.date:
        end = self.end - datetime.timedelta(microseconds=1) if self.all_day else self.end
        return max(end.date(), self.start.date())

    @property
    def several_days(self) -> bool:
        return self.last_day != self.start.date()


@dataclass(frozen=True)
class SpokenLanguage:
    code: str
    name: str
    direction: str


@dataclass(frozen=True)
class EventDetails:
    status: str
    status_label: str
    status_note: LocalisedValue
    is_repeating: bool
    #: The repetition in words ("Every month on the second Tuesday").
    repetition: str
    #: The date the reader chose from a listing (``?occurrence=``), if it is one.
    chosen: EventDate | None
    #: The next dates (or the only one); the last dates when the event is over.
    dates: list[EventDate]
    is_over: bool
    venue_name: str
    venue_address: str
    #: The town, unless the venue or the address already says it.
    municipality: str
    map_url: str
    online_url: str
    languages: list[SpokenLanguage]
    languages_other: LocalisedValue
    audience: str
    audience_label: str
    organiser: str
    hub_title: LocalisedValue | None
    hub_url: str
    description: LocalisedValue
    ics_url: str
    messages: list[str] = field(default_factory=list)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        return self.status == EventStatus.POSTPONED


def hub_of_event(event: EventPage) -> HubPage | None:
    """The HUB above the event, read once per event (its page and its JSON-LD both ask)."""
    if not hasattr(event, "_portal_hub"):
        hubs = HubPage.objects.filter(path=event.path[: -event.steplen])
        event._portal_hub = hubs.defer(*translations_not_shown(HubPage)).first()
    return event._portal_hub


def organiser_name(event: EventPage, hub: HubPage | None) -> str:
    """The HUB's municipality for a HUB's event, else what the editor wrote (Italian)."""
    if hub is not None:
        return f"Comune di {hub.municipality}"
    return event.organiser


def _date(row: EventOccurrence, event: EventPage, chosen: datetime.datetime | None) -> EventDate:
    return EventDate(
        key=row.key,
        start=row.start.astimezone(ROME),
        end=row.end.astimezone(ROME),
        all_day=event.all_day,
        is_chosen=row.start == chosen,
    )


def _dates(event: EventPage, chosen: datetime.datetime | None) -> tuple[list[EventDate], bool]:
    """The next dates, or the last ones when none is left; and whether it is over."""
    rows = EventOccurrence.objects.filter(event=event).only("start", "end")
    upcoming = list(rows.filter(end__gt=timezone.now()).order_by("start")[:NEXT_DATES])
    if upcoming:
        return [_date(row, event, chosen) for row in upcoming], False
    past = list(rows.order_by("-start")[:NEXT_DATES])
    return [_date(row, event, chosen) for row in reversed(past)], True


def _chosen(event: EventPage, request: HttpRequest, messages: list[str]) -> EventDate | None:
    raw = request.GET.get("occurrence", "").strip()
    if not raw:
        return None
    start = occurrence_start_from_key(raw)
    row = (
        EventOccurrence.objects.filter(event=event, start=start).only("start", "end").first()
        if start
        else None
    )
    if row is None:
        messages.append(
            _("“%(value)s” is not one of this event's dates: all its dates are shown.")
            % {"value": quoted(raw)}
        )
        return None
    return _date(row, event, row.start)


def map_link(event: EventPage) -> str:
    """OpenStreetMap at the venue: a plain link, nothing is loaded until it is followed."""
    if event.latitude is None or event.longitude is None:
        return ""
    query = urlencode({"mlat": event.latitude, "mlon": event.longitude})
    return f"https://www.openstreetmap.org/?{query}#map=17/{event.latitude}/{event.longitude}"


def spoken_languages(event: EventPage) -> list[SpokenLanguage]:
    names = {code: own for code, own, _direction in language_names()}
    return [
        SpokenLanguage(code=code, name=names[code], direction=direction_of(code))
        for code in event.language_codes
        if code in names
    ]


def event_details(*, event: EventPage, request: HttpRequest) -> EventDetails:
    """Everything an event's page shows besides its title and introduction."""
    messages: list[str] = []
    chosen = _chosen(event, request, messages)
    dates, is_over = _dates(event, chosen.start if chosen else None)
    hub = hub_of_event(event)
    town = event_town(event, hub.municipality if hub else "")
    url = event.get_url(request=request) or ""
    return EventDetails(
        status=event.status,
        status_label=status_label(event.status),
        status_note=localised(event, "status_note"),
        is_repeating=event.is_repeating,
        repetition=rule_description(
            event.rrule, start=event.start, excluded=event.excluded_date_list
        ),
        chosen=chosen,
        dates=dates,
        is_over=is_over,
        venue_name=event.venue_name,
        venue_address=event.venue_address.strip(),
        municipality="" if named_in(town, event.venue_name, event.venue_address) else town,
        map_url=map_link(event),
        online_url=event.online_url,
        languages=spoken_languages(event),
        languages_other=localised(event, "languages_other"),
        audience=event.audience,
        audience_label=audience_label(event.audience),
        organiser=organiser_name(event, hub),
        hub_title=localised(hub, "title") if hub else None,
        hub_url=(hub.get_url(request=request) or "") if hub else "",
        description=localised(event, "description"),
        ics_url=f"{url}?format=ics" if url else "",
        messages=messages,
    )
