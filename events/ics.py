"""iCalendar (RFC 5545): an event's ``.ics`` and the calendar feeds.

A series is written as one VEVENT with its RRULE and EXDATEs, not as its expanded dates,
so a calendar app shows it as a repeating event. Times carry ``TZID=Europe/Rome`` with
the zone's own VTIMEZONE (the EU rule since 1996, as calendar apps expect it); an
all-day event has dates only. Texts are in the reader's language, Italian where a text
is not translated. The UID is the page's id: importing again updates, never duplicates.
"""

import datetime
import html
import re
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from events.models import EventPage, EventStatus
from events.recurrence import ROME, local_naive, rule_parts
from events.recurrence.rules import UNTIL_FORMAT
from events.selectors.cards import HubName, event_town, hub_of
from portal.languages import localised

PRODID = "-//Regione Emilia-Romagna//ER Integrazione//IT"
UID_DOMAIN = "er-integrazione"
CONTENT_TYPE = "text/calendar; charset=utf-8"
_ICS_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event_id: int) -> str:
    return f"event-{event_id}@{UID_DOMAIN}"


def _rome_timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", "Europe/Rome")
    zone.add("x-lic-location", "Europe/Rome")
    for part, start, offsets, name, month in (
        (TimezoneDaylight(), datetime.datetime(1970, 3, 29, 2), ("+0100", "+0200"), "CEST", 3),
        (TimezoneStandard(), datetime.datetime(1970, 10, 25, 3), ("+0200", "+0100"), "CET", 10),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part["tzoffsetfrom"] = offsets[0]
        part["tzoffsetto"] = offsets[1]
        zone.add_component(part)
    return zone


def plain_text(rich_text: str) -> str:
    """Rich text as lines of plain text (paragraphs and list items on lines of their own)."""
    text = re.sub(r"(?i)<br\s*/?>|</(p|li|h\d)>", "\n", rich_text or "")
    text = html.unescape(strip_tags(text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _ics_rule(rule: str, all_day: bool) -> vRecur:
    """The stored rule with UNTIL as RFC 5545 wants it next to a TZID: in UTC (or a date)."""
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        until = datetime.datetime.strptime(parts["UNTIL"], UNTIL_FORMAT)
        parts["UNTIL"] = (
            until.strftime("%Y%m%d")
            if all_day
            else until.replace(tzinfo=ROME).astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        )
    return vRecur.from_ical(";".join(f"{name}={value}" for name, value in parts.items()))


def _location(event: EventPage, hub: HubName | None) -> str:
    municipality = event_town(event, hub.municipality if hub else "")
    pieces = [event.venue_name, *event.venue_address.splitlines(), municipality]
    seen: list[str] = []
    for piece in (piece.strip() for piece in pieces):
        if piece and piece not in seen:
            seen.append(piece)
    return ", ".join(seen)


def _description(event: EventPage, url: str) -> tuple[str, str]:
    """The description's text and language (Italian when its main text is a fallback)."""
    intro, description = localised(event, "intro"), localised(event, "description")
    parts = [
        localised(event, "status_note").value or "",
        intro.value or "",
        plain_text(description.value or ""),
    ]
    if event.online_url:
        parts.append(_("Online: %(url)s") % {"url": event.online_url})
    if url:
        parts.append(url)
    text = "\n\n".join(part.strip() for part in parts if part and part.strip())
    return text, (description if description.value else intro).language


def _summary(event: EventPage) -> str:
    title = localised(event, "title").value or ""
    if event.status == EventStatus.CANCELLED:
        return _("Cancelled: %(title)s") % {"title": title}
    if event.status == EventStatus.POSTPONED:
        return _("Postponed: %(title)s") % {"title": title}
    return title


def event_vevent(event: EventPage, *, url: str, hub: HubName | None) -> Event:
    """One VEVENT for ``event`` (a series with its rule), in the active language."""
    vevent = Event()
    vevent.add("uid", event_uid(event.pk))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at)
    start, end = local_naive(event.start), local_naive(event.end)
    if event.all_day:
        last = max(end.date(), start.date())
        vevent.add("dtstart", start.date())
        vevent.add("dtend", last + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", start.replace(tzinfo=ROME))
        vevent.add("dtend", max(end, start).replace(tzinfo=ROME))
    if event.rrule:
        vevent.add("rrule", _ics_rule(event.rrule, event.all_day))
        excluded = event.excluded_date_list
        if excluded:
            vevent.add(
                "exdate",
                excluded
                if event.all_day
                else [
                    datetime.datetime.combine(day, start.time(), tzinfo=ROME) for day in excluded
                ],
            )
    # LANGUAGE says which texts are Italian in another language's calendar.
    vevent.add(
        "summary", _summary(event), parameters={"LANGUAGE": localised(event, "title").language}
    )
    description, language = _description(event, url)
    if description:
        vevent.add("description", description, parameters={"LANGUAGE": language})
    if location := _location(event, hub):
        vevent.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        vevent.add("geo", (float(event.latitude), float(event.longitude)))
    if url:
        vevent.add("url", url)
    vevent.add("status", _ICS_STATUS.get(event.status, "CONFIRMED"))
    return vevent


def calendar_ics(
    events: Iterable[EventPage],
    *,
    name: str,
    request: HttpRequest | None,
    hubs: list[HubName],
) -> bytes:
    """A VCALENDAR of ``events`` in the active language."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Rome")
    calendar.add_component(_rome_timezone())
    for event in events:
        path = event.get_url(request=request) or ""
        url = request.build_absolute_uri(path) if request is not None and path else path
        calendar.add_component(event_vevent(event, url=url, hub=hub_of(event.path, hubs)))
    return calendar.to_ical()


def ics_response(body: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics_response(*, event: EventPage, request: HttpRequest) -> HttpResponse:
    """``?format=ics`` on an event's page: that event, in the reader's language."""
    from events.selectors.cards import hub_names

    hubs = [hub for hub in hub_names(request=request) if event.path.startswith(hub.path)]
    body = calendar_ics(
        [event], name=localised(event, "title").value or "", request=request, hubs=hubs
    )
    return ics_response(body, filename=f"{event.slug or 'event'}.ics")
