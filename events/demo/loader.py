"""Load the events demo so that loading it again (in the same week) changes nothing.

Called by ``portal.demo.loader.demo_content_load`` after the HUBs' content: the calendar
page is created under the home page (or the existing one is brought up to the data),
then each event of ``events/demo/data.py`` under its HUB or the calendar. Pages are
matched, compared and published as the portal's and the HUBs' loaders do (``_differs``):
what differs from the data is published again, fields the data does not set (a
translation an editor added) are left alone. Publishing goes through Wagtail's
revisions, so the events app writes each event's dates as it does for an editor.

The season is anchored on the Monday of the current week (``season_anchor``): the
dates stay where they are all week long and move forward with the next one, so the demo
always shows a few past events and the coming weeks.
"""

import datetime
import logging
from decimal import Decimal
from typing import Any

from dateutil.easter import easter
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from events.demo.data import CALENDAR, EVENTS
from events.demo.registrations import (
    demo_registrations_ensure,
    registration_errors,
    registration_values,
)
from events.models import EventAudience, EventIndexPage, EventPage, EventStatus, RepeatFrequency
from events.recurrence import ROME, local_naive, occurrences, rule_build, rule_normalise
from events.recurrence.rules import WEEKDAY_CODES
from events.services import HORIZON_DAYS
from hubs.hub_definitions import HUBS
from hubs.models import HubPage
from portal.demo.loader import DemoReport, _differs
from portal.languages import language_codes
from portal.models import HomePage

logger = logging.getLogger(__name__)

#: Translated fields of an event the data may give, per language.
EVENT_TEXT_FIELDS = ("title", "slug", "intro", "description", "status_note", "languages_other")
CALENDAR_TEXT_FIELDS = ("title", "slug", "intro")
PLACE_FIELDS = ("venue_name", "venue_address", "municipality")
CALENDAR_LABEL = "events-calendar"


class EventsDemoDataError(ValueError):
    """The events demo data is malformed: the message lists every problem, by event key."""


# --- The data -------------------------------------------------------------------------


def events_demo_errors(events: list[dict]) -> list[str]:
    """What is wrong with ``events`` for the format of ``events/demo/__init__.py``."""
    errors = []
    codes = {definition.code for definition in HUBS}
    languages = set(language_codes())
    seen: set[str] = set()
    for position, spec in enumerate(events):
        key = spec.get("key") or f"#{position + 1}"
        if key in seen:
            errors.append(f"{key}: another event has the same key")
        seen.add(key)
        if spec.get("hub") is not None and spec["hub"] not in codes:
            errors.append(f"{key}: {spec['hub']!r} is not a HUB code ({', '.join(sorted(codes))})")
        italian = spec.get("it", {})
        if not italian.get("title") or not italian.get("slug"):
            errors.append(f"{key}: the Italian title and slug are required")
        when = spec.get("when", {})
        if ("day" in when) == ("nth_weekday" in when):
            errors.append(f"{key}: give the start as either 'day' or 'nth_weekday'")
        if not when.get("start") or not when.get("end"):
            errors.append(f"{key}: give the start and end times ('17:30')")
        unknown = set(spec.get("languages_spoken", [])) - languages
        if unknown:
            errors.append(f"{key}: unknown languages spoken {sorted(unknown)}")
        if spec.get("status", EventStatus.SCHEDULED) not in EventStatus.values:
            errors.append(f"{key}: status {spec['status']!r} is not one of {EventStatus.values}")
        if spec.get("audience", EventAudience.EVERYONE) not in EventAudience.values:
            errors.append(f"{key}: audience {spec['audience']!r} is not one of the audiences")
        if not spec.get("place") and not spec.get("online_url"):
            errors.append(f"{key}: an event needs a place or an online link")
        errors += registration_errors(key, spec)
    return errors


def season_anchor(today: datetime.date) -> datetime.date:
    """The Monday of ``today``'s week: every demo date is counted from it."""
    return today - datetime.timedelta(days=today.weekday())


def nth_weekday(month: datetime.date, position: int, weekday: str) -> datetime.date:
    """The ``position``-th ``weekday`` (RFC 5545 code) of ``month``'s month."""
    first = month.replace(day=1)
    offset = (WEEKDAY_CODES.index(weekday) - first.weekday()) % 7
    return first + datetime.timedelta(days=offset + 7 * (position - 1))


def _moment(day: datetime.date, text: str) -> datetime.datetime:
    hour, minute = (int(part) for part in text.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ROME)


def public_holidays(year: int) -> set[datetime.date]:
    """Italy's national public holidays of ``year`` (no information session on them)."""
    fixed = {(1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26)}
    sunday = easter(year)
    return {datetime.date(year, month, day) for month, day in fixed} | {
        sunday,
        sunday + datetime.timedelta(days=1),
    }


def working_day(day: datetime.date) -> datetime.date:
    """``day``, or the first day after it that is neither a Sunday nor a public holiday."""
    while day.weekday() == 6 or day in public_holidays(day.year):
        day += datetime.timedelta(days=1)
    return day


def _series_days(values: dict[str, Any]) -> list[datetime.date]:
    """The days of the series ``values`` describe, as the events app will expand it."""
    rule = rule_build(
        frequency=values["repeat"],
        interval=values["repeat_interval"],
        weekdays=values["repeat_weekdays"].split(","),
        position=values["repeat_position"],
        until=values["repeat_until"],
        count=values["repeat_count"],
        dtstart=values["start"],
    )
    found = occurrences(
        start=values["start"],
        end=values["end"],
        all_day=values["all_day"],
        rule=rule_normalise(rule, dtstart=values["start"]),
        window_end=values["start"] + datetime.timedelta(days=HORIZON_DAYS),
    )
    return [local_naive(item.start).date() for item in found]


def _when_values(spec: dict, anchor: datetime.date) -> dict[str, Any]:
    """Dates and repetition; a one-off date moved off Sundays and holidays, a series'
    dates on holidays excluded (as a desk closed on 8 December would be)."""
    when = spec["when"]
    repeat = spec.get("repeat", {})
    if "nth_weekday" in when:
        day = nth_weekday(anchor, *when["nth_weekday"])
    else:
        day = anchor + datetime.timedelta(days=when["day"])
    if not repeat and not when.get("all_day"):
        # A festival in the square may well fall on a holiday; a session at a desk not.
        day = working_day(day)
    until = repeat.get("until_day")
    # Every repetition field is given, a one-off event's included: an editor's change of
    # any of them shows as a difference (values as ``events.validation`` stores them).
    values = {
        "start": _moment(day, when["start"]),
        "end": _moment(day, when["end"]),
        "all_day": when.get("all_day", False),
        "repeat": repeat.get("frequency", RepeatFrequency.NONE),
        "repeat_interval": repeat.get("interval", 1),
        "repeat_weekdays": ",".join(
            code for code in WEEKDAY_CODES if code in repeat.get("weekdays", [])
        ),
        "repeat_position": repeat.get("position"),
        "repeat_until": anchor + datetime.timedelta(days=until) if until is not None else None,
        "repeat_count": repeat.get("count"),
        "excluded_dates": "",
    }
    if repeat:
        closed = {
            anchor + datetime.timedelta(days=days) for days in repeat.get("excluded_days", [])
        }
        excluded = [
            date
            for date in _series_days(values)
            if date in closed or date in public_holidays(date.year)
        ]
        values["excluded_dates"] = "\n".join(date.isoformat() for date in excluded)
    return values


def event_values(spec: dict, *, anchor: datetime.date) -> dict[str, Any]:
    """The fields of one event as the data wants them, for ``anchor``'s week."""
    place = spec.get("place", {})
    spoken = set(spec.get("languages_spoken", []))
    values: dict[str, Any] = {
        **_when_values(spec, anchor),
        "status": spec.get("status", EventStatus.SCHEDULED),
        **{name: place.get(name, "") for name in PLACE_FIELDS},
        "latitude": Decimal(place["latitude"]) if "latitude" in place else None,
        "longitude": Decimal(place["longitude"]) if "longitude" in place else None,
        "online_url": spec.get("online_url", ""),
        # In the portal's order, as the editor's boxes write them.
        "languages_spoken": ",".join(code for code in language_codes() if code in spoken),
        "audience": spec.get("audience", EventAudience.EVERYONE),
        "organiser": spec.get("organiser", ""),
        **registration_values(spec),
    }
    values.update(_texts(spec, EVENT_TEXT_FIELDS))
    return values


def _texts(spec: dict, fields: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for language in language_codes():
        for name in fields:
            if name in spec.get(language, {}):
                values[build_localized_fieldname(name, language)] = spec[language][name]
    return values


# --- The pages ------------------------------------------------------------------------


def _publish(page: Page, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    page.title = values["title_it"]
    page.slug = values["slug_it"]
    # Wagtail's revision, then publication: the page is cleaned (its RRULE written) and
    # ``page_published`` has the events app write its dates.
    page.save_revision().publish()


def _calendar(home: HomePage, report: DemoReport) -> EventIndexPage:
    """The calendar page; an existing one (any slug) is updated, keeping its address."""
    values = _texts(CALENDAR, CALENDAR_TEXT_FIELDS)
    index = EventIndexPage.objects.first()
    if index is None:
        index = EventIndexPage(title=values["title_it"], slug=values["slug_it"], show_in_menus=True)
        for name, value in values.items():
            setattr(index, name, value)
        home.add_child(instance=index)
        index.save_revision().publish()
        report.created.append(CALENDAR_LABEL)
        return index
    values["slug_it"] = index.slug_it
    if _differs(index, values):
        _publish(index, values)
        report.updated.append(CALENDAR_LABEL)
    else:
        report.unchanged.append(CALENDAR_LABEL)
    return index


def _event_upsert(parent: Page, spec: dict, anchor: datetime.date, report: DemoReport) -> EventPage:
    values = event_values(spec, anchor=anchor)
    label = f"event:{spec['key']}"
    existing = EventPage.objects.child_of(parent).filter(slug_it=values["slug_it"]).first()
    if existing is None:
        page = EventPage(title=values["title_it"], slug=values["slug_it"], **values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        report.created.append(label)
        return page
    page = existing.specific
    if _differs(page, values):
        _publish(page, values)
        report.updated.append(label)
    else:
        report.unchanged.append(label)
    return page


# --- Entry point ----------------------------------------------------------------------


@transaction.atomic
def events_demo_load(
    report: DemoReport,
    *,
    events: list[dict] | None = None,
    today: datetime.date | None = None,
) -> None:
    """Create or update the calendar page and the demo season; record what happened.

    ``events`` defaults to ``events.demo.data.EVENTS``; ``today`` (default: today in
    Italy) chooses the week the season is anchored on. Malformed data raises
    ``EventsDemoDataError`` before anything is written; so does a missing home page or
    HUB, which the portal's and the HUBs' loaders create first.
    """
    events = EVENTS if events is None else events
    errors = events_demo_errors(events)
    if errors:
        raise EventsDemoDataError("The events demo data is malformed:\n" + "\n".join(errors))
    home = HomePage.objects.first()
    hubs = {hub.code: hub for hub in HubPage.objects.all()}
    missing = sorted({spec["hub"] for spec in events if spec.get("hub")} - set(hubs))
    if home is None or missing:
        raise EventsDemoDataError(
            "The events demo needs the home page and the HUB pages (missing: "
            f"{'home, ' if home is None else ''}{', '.join(missing)}): run "
            "`manage.py load_demo_content`, which creates them first."
        )
    anchor = season_anchor(today or timezone.localdate())
    with translation.override("it"):
        calendar = _calendar(home, report)
        for spec in events:
            parent = hubs[spec["hub"]] if spec.get("hub") else calendar
            page = _event_upsert(parent, spec, anchor, report)
            demo_registrations_ensure(page, spec)
    logger.info("Events demo: %d events, the week of %s", len(events), anchor.isoformat())
