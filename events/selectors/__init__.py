"""Reads of the events app: the calendar page, an event's page, a HUB's next events, JSON-LD.

Templates get everything ready here, in the reader's language with the Italian fallback
marked (``portal.languages.LocalisedValue``). Every list reads live, public events only:
an event restricted by page privacy appears in no listing and no feed.
"""

from events.selectors.cards import OccurrenceCard
from events.selectors.event import EventDetails, event_details
from events.selectors.listing import EventCalendar, HubEvents, event_calendar, hub_upcoming_events
from events.selectors.schema import event_json_ld

__all__ = [
    "EventCalendar",
    "EventDetails",
    "HubEvents",
    "OccurrenceCard",
    "event_calendar",
    "event_details",
    "event_json_ld",
    "hub_upcoming_events",
]
