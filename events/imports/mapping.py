"""One VEVENT of a municipality's calendar as the fields of an ``EventPage``.

What is taken from the source, and how:

* SUMMARY and DESCRIPTION: the Italian title and description (the source is Italian;
  translators add the other languages in the portal).
* DTSTART/DTEND (or DURATION): with a TZID, in UTC or floating (read as Italian time);
  dates only make an all-day event, DTEND being the day after the last.
* RRULE and EXDATE: a "custom" repetition (checked as an editor's rule is, by
  ``events.validation``); an EXDATE that is not a date of the series is left out.
  A changed date of a series (RECURRENCE-ID) is an event of its own, and its date is
  excluded from the series; a cancelled one is only excluded.
* STATUS:CANCELLED: cancelled.
* LOCATION: the venue ("Biblioteca Ariostea, Via delle Scienze 17, 44121 Ferrara": the
  first part is the venue's name unless it is a street); the town after a postcode
  becomes the municipality. GEO: the coordinates.
* URL: the online link when the event has no place (no LOCATION, or "Online"); for an
  event in a place, the source's page is usually the municipality's page about it, so
  it is linked from the description ("More information") rather than shown as "Online".

Anything that makes the entry unusable is an ``EntryProblem`` with a fixed ``kind``.
"""

import datetime
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _
from icalendar import Component
from icalendar.prop import vBroken

from events.imports.words import (
    entry_description,
    entry_place,
    entry_text,
)
from events.models import EventPage, EventStatus, RepeatFrequency
from events.recurrence import (
    ROME,
    RecurrenceError,
    local_naive,
    occurrence_key,
    occurrences,
    rule_normalise,
)
from events.validation import event_clean

#: The fields an import writes: the editor shows them read-only on an imported event.
SOURCE_FIELDS = (
    "title_it",
    "description_it",
    "status",
    "status_note_it",
    "start",
    "end",
    "all_day",
    "repeat",
    "repeat_interval",
    "repeat_weekdays",
    "repeat_position",
    "repeat_until",
    "repeat_count",
    "rrule",
    "excluded_dates",
    "venue_name",
    "venue_address",
    "municipality",
    "latitude",
    "longitude",
    "online_url",
)
TITLE_MAX = 255
UID_MAX = 500
#: ``online_url`` is a URLField of Django's default length.
ONLINE_URL_MAX = 200
_url_ok = URLValidator(schemes=["http", "https"])


class EntryProblem(Exception):
    """Why one entry of the feed was left out (or, as a warning, what was left of it)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


@dataclass
class SourceEvent:
    """One event of the feed, ready to be written: ``uid`` identifies it in the feed."""

    uid: str
    title: str
    fields: dict[str, Any]
    modified_at: datetime.datetime | None = None
    warnings: list[EntryProblem] = field(default_factory=list)

    @property
    def source_hash(self) -> str:
        """Same fields, same hash: what decides whether the event is published again."""
        text = json.dumps(
            {name: "" if value is None else str(value) for name, value in self.fields.items()},
            sort_keys=True,
        )
        return hashlib.sha256(text.encode()).hexdigest()


def _moment(component: Component, name: str) -> datetime.date | datetime.datetime | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, vBroken):
        raise EntryProblem("bad-date", f"{name}: {value.to_ical().decode(errors='replace')[:60]}")
    moment = getattr(value, "dt", None)
    if isinstance(moment, datetime.timedelta) or moment is None:
        raise EntryProblem("bad-date", name)
    return moment


def _aware(moment: datetime.datetime) -> datetime.datetime:
    """An instant: a floating time is Italian time, as the municipality means it."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.replace(tzinfo=ROME)
    return moment.astimezone(ROME)


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ROME)


def _dates(event: Component) -> dict[str, Any]:
    start = _moment(event, "DTSTART")
    if start is None:
        raise EntryProblem("no-start")
    end = _moment(event, "DTEND")
    if end is None and event.get("DURATION") is not None:
        duration = getattr(event.get("DURATION"), "dt", None)
        if not isinstance(duration, datetime.timedelta):
            raise EntryProblem("bad-date", "DURATION")
        end = start + duration
    all_day = not isinstance(start, datetime.datetime)
    if all_day:
        if isinstance(end, datetime.datetime):
            end = end.date()
        if end is not None and end < start:
            raise EntryProblem("end-before-start", f"{start.isoformat()} > {end.isoformat()}")
        # DTEND is the day after the last one; none (or DTEND = DTSTART): a one-day event.
        last = end - datetime.timedelta(days=1) if end is not None and end > start else start
        return {"start": _midnight(start), "end": _midnight(last), "all_day": True}
    if end is not None and not isinstance(end, datetime.datetime):
        end = datetime.datetime.combine(end, datetime.time(), tzinfo=start.tzinfo)
    start_at = _aware(start)
    end_at = _aware(end) if end is not None else start_at
    if end_at < start_at:
        raise EntryProblem(
            "end-before-start",
            f"{local_naive(start_at).isoformat(' ')} > {local_naive(end_at).isoformat(' ')}",
        )
    return {"start": start_at, "end": end_at, "all_day": False}


def _excluded_days(event: Component) -> set[datetime.date]:
    days: set[datetime.date] = set()
    values = event.get("EXDATE")
    if values is None:
        return days
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, vBroken):
            raise EntryProblem(
                "bad-date", f"EXDATE: {value.to_ical().decode(errors='replace')[:60]}"
            )
        for item in getattr(value, "dts", []):
            moment = item.dt
            if isinstance(moment, datetime.datetime):
                days.add(_aware(moment).date())
            elif isinstance(moment, datetime.date):
                days.add(moment)
    return days


def _rule(event: Component, dates: dict[str, Any], warnings: list[EntryProblem]) -> str:
    value = event.get("RRULE")
    if value is None:
        return ""
    if isinstance(value, list):
        if len(value) > 1:
            raise EntryProblem("bad-rule", _("more than one RRULE"))
        value = value[0]
    text = value.to_ical().decode(errors="replace")
    if isinstance(value, vBroken):
        raise EntryProblem("bad-rule", text[:120])
    try:
        rule = rule_normalise(text, dtstart=dates["start"])
    except RecurrenceError as error:
        raise EntryProblem("bad-rule", f"{text[:80]} – {error.message}") from error
    source_start = _moment(event, "DTSTART")
    if isinstance(source_start, datetime.datetime) and source_start.tzinfo is not None:
        later = source_start + datetime.timedelta(days=182)
        if any(
            moment.utcoffset() != moment.astimezone(ROME).utcoffset()
            for moment in (source_start, later)
        ):
            warnings.append(EntryProblem("other-time-zone", str(source_start.tzinfo)[:60]))
    if event.get("RDATE") is not None:
        warnings.append(EntryProblem("extra-dates-ignored"))
    return rule


def _series_days(
    dates: dict[str, Any], rule: str, wanted: set[datetime.date]
) -> set[datetime.date]:
    """Those of ``wanted`` that are dates of the series (an EXDATE elsewhere is ignored)."""
    if not wanted:
        return set()
    found = occurrences(
        start=dates["start"],
        end=dates["end"],
        all_day=dates["all_day"],
        rule=rule,
        window_start=_midnight(min(wanted)),
        window_end=_midnight(max(wanted) + datetime.timedelta(days=1)),
    )
    return wanted & {local_naive(item.start).date() for item in found}


def _link(event: Component, place: dict[str, Any], warnings: list[EntryProblem]) -> tuple[str, str]:
    """(online link, link for the description) from URL."""
    url = entry_text(event, "URL")
    if not url:
        return "", ""
    try:
        _url_ok(url)
    except ValidationError:
        warnings.append(EntryProblem("bad-url", url[:120]))
        return "", ""
    in_a_place = place["venue_name"] or place["venue_address"]
    if in_a_place or len(url) > ONLINE_URL_MAX:
        return "", url
    return url, ""


def source_uid(event: Component) -> str:
    """The entry's identity in the feed; a changed date of a series adds its date."""
    uid = entry_text(event, "UID")
    if not uid:
        raise EntryProblem("no-uid")
    if len(uid) > UID_MAX - 30:
        raise EntryProblem("bad-uid", uid[:60])
    if event.get("RECURRENCE-ID") is not None:
        moment = _moment(event, "RECURRENCE-ID")
        key = (
            occurrence_key(_aware(moment))
            if isinstance(moment, datetime.datetime)
            else moment.isoformat()
        )
        uid = f"{uid}#{key}"
    return uid


def recurrence_day(event: Component) -> datetime.date | None:
    """The date of the series a RECURRENCE-ID entry replaces (``None`` for another entry)."""
    if event.get("RECURRENCE-ID") is None:
        return None
    moment = _moment(event, "RECURRENCE-ID")
    return _aware(moment).date() if isinstance(moment, datetime.datetime) else moment


def source_event(event: Component, *, replaced: set[datetime.date] = frozenset()) -> SourceEvent:
    """The fields of ``event``; raises ``EntryProblem`` when it cannot be an event.

    ``replaced`` are dates of this series that other entries (RECURRENCE-ID) change or
    cancel: they are excluded from the series.
    """
    uid = source_uid(event)
    title = " ".join(entry_text(event, "SUMMARY").split())[:TITLE_MAX]
    if not title:
        raise EntryProblem("no-title")
    warnings: list[EntryProblem] = []
    dates = _dates(event)
    rule = _rule(event, dates, warnings) if event.get("RECURRENCE-ID") is None else ""
    excluded = _series_days(dates, rule, _excluded_days(event) | set(replaced))
    place = entry_place(event)
    online_url, more = _link(event, place, warnings)
    status = (
        EventStatus.CANCELLED
        if entry_text(event, "STATUS").upper() == "CANCELLED"
        else EventStatus.SCHEDULED
    )
    fields: dict[str, Any] = {
        "title_it": title,
        "description_it": entry_description(event, more),
        "status": status,
        "status_note_it": "",
        **dates,
        "repeat": RepeatFrequency.CUSTOM if rule else RepeatFrequency.NONE,
        "repeat_interval": 1,
        "repeat_weekdays": "",
        "repeat_position": None,
        "repeat_until": None,
        "repeat_count": None,
        "rrule": rule,
        "excluded_dates": "\n".join(day.isoformat() for day in sorted(excluded)),
        **place,
        "online_url": online_url,
    }
    _check(fields)
    modified = _moment(event, "LAST-MODIFIED") if event.get("LAST-MODIFIED") is not None else None
    return SourceEvent(
        uid=uid,
        title=title,
        fields=fields,
        modified_at=_aware(modified) if isinstance(modified, datetime.datetime) else None,
        warnings=warnings,
    )


def _check(fields: dict[str, Any]) -> None:
    """What an editor's event must pass, the same for an imported one."""
    page = EventPage(**fields)
    try:
        event_clean(page)
    except ValidationError as error:
        messages = error.message_dict
        kind = "end-before-start" if "end" in messages else "invalid"
        if {"rrule", "repeat", "start", "repeat_until"} & set(messages):
            kind = "bad-rule"
        detail = " ".join(message for errors in messages.values() for message in errors)
        raise EntryProblem(kind, detail[:300]) from error
    # The canonical forms event_clean wrote.
    fields["rrule"] = page.rrule
    fields["excluded_dates"] = page.excluded_dates
