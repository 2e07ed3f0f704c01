"""An event's schema.org ``Event`` fields (``portal.seo.JSON_LD_EXTRA_HOOK``)."""

import datetime
from typing import Any
from urllib.parse import urljoin

from django.utils import timezone, translation

from events.models import EventOccurrence, EventPage, EventStatus
from events.recurrence import ROME, local_naive, rule_parts
from events.recurrence.rules import UNTIL_FORMAT
from events.selectors.cards import audience_label
from events.selectors.event import hub_of_event, organiser_name
from portal.languages import localised

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    EventStatus.SCHEDULED: f"{SCHEMA}EventScheduled",
    EventStatus.CANCELLED: f"{SCHEMA}EventCancelled",
    EventStatus.POSTPONED: f"{SCHEMA}EventPostponed",
}
_WEEKDAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_PERIODS = {"DAILY": "D", "WEEKLY": "W", "MONTHLY": "M", "YEARLY": "Y"}


def attendance_mode(event: EventPage) -> str:
    in_person = bool(event.venue_name or event.venue_address.strip() or event.municipality)
    if event.online_url and in_person:
        return f"{SCHEMA}MixedEventAttendanceMode"
    if event.online_url:
        return f"{SCHEMA}OnlineEventAttendanceMode"
    return f"{SCHEMA}OfflineEventAttendanceMode"


def _next_dates(event: EventPage) -> tuple[datetime.datetime, datetime.datetime]:
    """The next date (or the last one, when the event is over; the first before publishing)."""
    rows = EventOccurrence.objects.filter(event=event).only("start", "end")
    row = (
        rows.filter(end__gt=timezone.now()).order_by("start").first()
        or rows.order_by("-start").first()
    )
    if row is None:
        return event.start, event.end
    return row.start, row.end


def _when(moment: datetime.datetime, *, all_day: bool, last: bool = False) -> str:
    local = moment.astimezone(ROME)
    if all_day:
        day = (local - datetime.timedelta(microseconds=1)).date() if last else local.date()
        return day.isoformat()
    return local.isoformat()


def _location(event: EventPage, hub_municipality: str) -> list[dict[str, Any]]:
    places: list[dict[str, Any]] = []
    municipality = event.municipality or hub_municipality
    if event.venue_name or event.venue_address.strip() or event.municipality:
        address = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(
                line.strip() for line in event.venue_address.splitlines() if line.strip()
            ),
            "addressLocality": municipality,
            "addressRegion": "Emilia-Romagna",
            "addressCountry": "IT",
        }
        place: dict[str, Any] = {
            "@type": "Place",
            "name": event.venue_name or municipality,
            "address": {key: value for key, value in address.items() if value},
        }
        if event.latitude is not None and event.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.latitude),
                "longitude": float(event.longitude),
            }
        places.append(place)
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    return places


def _schedule(event: EventPage) -> dict[str, Any]:
    """The series as a schema.org ``Schedule``: the pattern a simple rule can say."""
    parts = rule_parts(event.rrule)
    start, end = local_naive(event.start), local_naive(event.end)
    schedule: dict[str, Any] = {
        "@type": "Schedule",
        "scheduleTimezone": "Europe/Rome",
        "startDate": start.date().isoformat(),
        "repeatFrequency": f"P{parts.get('INTERVAL', '1')}{_PERIODS[parts['FREQ']]}",
    }
    if not event.all_day:
        schedule["startTime"] = start.time().isoformat()
        schedule["endTime"] = end.time().isoformat()
    if "UNTIL" in parts:
        until = datetime.datetime.strptime(parts["UNTIL"], UNTIL_FORMAT)
        schedule["endDate"] = until.date().isoformat()
    if "COUNT" in parts:
        schedule["repeatCount"] = int(parts["COUNT"])
    days = parts.get("BYDAY", "").split(",") if parts.get("BYDAY") else []
    if days:
        schedule["byDay"] = [f"{SCHEMA}{_WEEKDAY_NAMES[day[-2:]]}" for day in days]
        weeks = {int(day[:-2]) for day in days if day[:-2]}
        if len(weeks) == 1:
            schedule["byMonthWeek"] = weeks.pop()
    if event.excluded_date_list:
        schedule["exceptDate"] = [day.isoformat() for day in event.excluded_date_list]
    return schedule


def event_json_ld(page: Any, *, code: str, url: str) -> dict[str, Any]:
    """An event's ``Event`` fields, in the language ``code`` the page is shown in.

    ``inLanguage`` names the languages spoken at the event (what a reader needs to know),
    else the page's language. The organiser is the HUB's municipality for a HUB's event.
    """
    if not isinstance(page, EventPage):
        return {}
    hub = hub_of_event(page)
    start, end = _next_dates(page)
    data: dict[str, Any] = {
        "startDate": _when(start, all_day=page.all_day),
        "endDate": _when(end, all_day=page.all_day, last=True),
        "eventStatus": EVENT_STATUS.get(page.status, EVENT_STATUS[EventStatus.SCHEDULED]),
        "eventAttendanceMode": attendance_mode(page),
    }
    if page.language_codes:
        data["inLanguage"] = (
            page.language_codes if len(page.language_codes) > 1 else page.language_codes[0]
        )
    if location := _location(page, hub.municipality if hub else ""):
        data["location"] = location[0] if len(location) == 1 else location
    with translation.override(code):
        data["audience"] = {"@type": "Audience", "audienceType": audience_label(page.audience)}
        hub_title = localised(hub, "title").value if hub else ""
        hub_url = urljoin(url, hub.get_url() or "") if hub else ""
    if organiser := organiser_name(page, hub):
        data["organizer"] = {
            "@type": "GovernmentOrganization" if hub else "Organization",
            "name": organiser,
        }
        if hub:
            data["organizer"]["department"] = {
                "@type": "GovernmentOrganization",
                "name": hub_title,
                "url": hub_url,
            }
    if page.rrule:
        data["eventSchedule"] = _schedule(page)
    return data
