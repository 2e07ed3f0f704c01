"""Events: the calendar page, the event page and the dates of each published event."""

from events.models.choices import (
    EventAudience,
    EventStatus,
    MonthlyPosition,
    RepeatFrequency,
    Weekday,
)
from events.models.event import EventPage
from events.models.index import EventIndexPage
from events.models.occurrences import EventOccurrence

__all__ = [
    "EventAudience",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "EventStatus",
    "MonthlyPosition",
    "RepeatFrequency",
    "Weekday",
]
