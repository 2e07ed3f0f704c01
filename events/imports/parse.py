"""A feed's body read as a calendar: its events, and the entries that cannot be used.

Each entry is mapped on its own (``events.imports.mapping``), so one broken entry never
stops the others. Every UID seen is remembered, broken entries' included: an event
whose entry is broken today is still in the source and must not be cancelled for it.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from icalendar import Calendar, Component

from events.imports.mapping import (
    EntryProblem,
    SourceEvent,
    recurrence_day,
    source_event,
    source_uid,
)

#: Entries read from one feed; more are reported and left out (a municipality's
#: calendar has a few hundred at most; thousands mean something is wrong).
MAX_ENTRIES = 2000


class FeedFormatError(Exception):
    """The body is not an iCalendar calendar."""

    kind = "not-ical"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class BrokenEntry:
    uid: str
    title: str
    problem: EntryProblem


@dataclass
class ParsedFeed:
    events: list[SourceEvent] = field(default_factory=list)
    broken: list[BrokenEntry] = field(default_factory=list)
    #: Every UID in the feed (as ``mapping.source_uid`` makes them).
    seen: set[str] = field(default_factory=set)


def _calendar(body: bytes) -> Calendar:
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise FeedFormatError(" ".join(text[:60].split()))
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as error:
        raise FeedFormatError(str(error)[:200]) from error
    if calendar.name != "VCALENDAR":
        raise FeedFormatError(calendar.name)
    return calendar


def _summary(event: Component) -> str:
    value = event.get("SUMMARY")
    return " ".join(str(value).split())[:200] if value is not None else ""


def _replaced_days(entries: list[Component]) -> dict[str, set[datetime.date]]:
    """Per series UID, the dates other entries change or cancel (RECURRENCE-ID)."""
    days: dict[str, set[datetime.date]] = defaultdict(set)
    for entry in entries:
        try:
            day = recurrence_day(entry)
        except EntryProblem:
            continue
        if day is not None:
            days[str(entry.get("UID", "")).strip()].add(day)
    return days


def feed_parse(body: bytes) -> ParsedFeed:
    """The events of ``body``; raises ``FeedFormatError`` when it is no calendar at all."""
    entries = list(_calendar(body).walk("VEVENT"))
    parsed = ParsedFeed()
    for entry in entries[MAX_ENTRIES:]:
        parsed.broken.append(
            BrokenEntry(
                uid=str(entry.get("UID", "")),
                title=_summary(entry),
                problem=EntryProblem("too-many", str(MAX_ENTRIES)),
            )
        )
    entries = entries[:MAX_ENTRIES]
    replaced = _replaced_days(entries)
    for entry in entries:
        title = _summary(entry)
        try:
            uid = source_uid(entry)
        except EntryProblem as problem:
            parsed.broken.append(BrokenEntry(uid="", title=title, problem=problem))
            continue
        if uid in parsed.seen:
            parsed.broken.append(
                BrokenEntry(uid=uid, title=title, problem=EntryProblem("duplicate-uid"))
            )
            continue
        is_change = entry.get("RECURRENCE-ID") is not None
        if is_change and str(entry.get("STATUS", "")).upper() == "CANCELLED":
            # A cancelled date of a series: the series leaves it out (see _replaced_days).
            continue
        parsed.seen.add(uid)
        try:
            parsed.events.append(
                source_event(entry, replaced=set() if is_change else replaced.get(uid, set()))
            )
        except EntryProblem as problem:
            parsed.broken.append(BrokenEntry(uid=uid, title=title, problem=problem))
    return parsed
