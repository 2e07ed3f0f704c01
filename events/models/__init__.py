"""Events: the calendar page, the event page and the dates of each published event."""

from events.models.choices import (
    EventAudience,
    EventStatus,
    MonthlyPosition,
    RepeatFrequency,
    Weekday,
)
from events.models.event import EventPage
from events.models.imports import EventFeed, ImportedEvent, ImportResult
from events.models.index import EventIndexPage
from events.models.occurrences import EventOccurrence
from events.models.registrations import (
    ACTIVE_STATES,
    CancelReason,
    OccurrenceTally,
    Registration,
    RegistrationState,
)

__all__ = [
    "ACTIVE_STATES",
    "CancelReason",
    "EventAudience",
    "EventFeed",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "EventStatus",
    "ImportResult",
    "ImportedEvent",
    "MonthlyPosition",
    "OccurrenceTally",
    "Registration",
    "RegistrationState",
    "RepeatFrequency",
    "Weekday",
]
