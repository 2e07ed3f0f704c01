"""The listing's filters, read from the address: anything wrong is ignored with a message.

Every filter is a plain GET parameter, so the form works without JavaScript and a
filtered listing can be bookmarked or shared. A value that cannot be used never fails
the page: the filter is left out and a sentence says why.
"""

import datetime
from dataclasses import dataclass, field

from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import EventAudience
from events.recurrence.describe import date_words
from portal.languages import language_codes

#: Days an upcoming listing covers unless the reader chooses dates.
DEFAULT_DAYS = 60
#: The longest range a reader may ask for, in days.
MAX_RANGE_DAYS = 366
#: A wrong parameter is quoted back in the message up to this many characters.
QUOTED_VALUE_LENGTH = 40
VIEWS = ("list", "month", "archive")
#: The ``?audience=`` values; an event for everyone matches either.
AUDIENCE_FILTERS = (EventAudience.MIGRANTS, EventAudience.OPERATORS)
#: Months the month view can show (beyond them a ``?month=`` is surely a mistake).
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class EventFilters:
    view: str = "list"
    hub: str = ""
    municipality: str = ""
    language: str = ""
    audience: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    #: First day of the month the month view shows.
    month: datetime.date | None = None
    page: int | None = None
    messages: list[str] = field(default_factory=list)

    @property
    def any_chosen(self) -> bool:
        """Whether the reader narrowed the listing (dates included)."""
        return bool(
            self.hub
            or self.municipality
            or self.language
            or self.audience
            or self.date_from
            or self.date_to
        )


def quoted(value: str) -> str:
    return value if len(value) <= QUOTED_VALUE_LENGTH else f"{value[:QUOTED_VALUE_LENGTH]}…"


def _one(query: QueryDict, name: str) -> str:
    return query.get(name, "").strip()


def _date(query: QueryDict, name: str, messages: list[str]) -> datetime.date | None:
    raw = _one(query, name)
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        messages.append(
            _("“%(value)s” is not a date (write it as 2026-12-31): that date is ignored.")
            % {"value": quoted(raw)}
        )
        return None


def _month(query: QueryDict, messages: list[str]) -> datetime.date:
    raw = _one(query, "month")
    today = timezone.localdate()
    this_month = today.replace(day=1)
    if not raw:
        return this_month
    try:
        year, month = (int(part) for part in raw.split("-"))
        chosen = datetime.date(year, month, 1)
    except (ValueError, TypeError):
        chosen = None
    if chosen is None or not FIRST_YEAR <= chosen.year <= LAST_YEAR or len(raw) != 7:
        messages.append(
            _("“%(value)s” is not a month (write it as 2026-12): this month is shown.")
            % {"value": quoted(raw)}
        )
        return this_month
    return chosen


def _page(query: QueryDict, messages: list[str]) -> int | None:
    raw = _one(query, "page")
    if not raw:
        return None
    if raw.isdecimal() and len(raw) < 10 and int(raw) >= 1:
        return int(raw)
    messages.append(
        _("“%(value)s” is not a page number: the first page of events is shown.")
        % {"value": quoted(raw)}
    )
    return None


def _choice(
    query: QueryDict, name: str, allowed: dict[str, str], message: str, messages: list[str]
) -> str:
    """The allowed value asked for (matched without regard to case), else "" and a message."""
    raw = _one(query, name)
    if not raw:
        return ""
    if raw.casefold() in allowed:
        return allowed[raw.casefold()]
    messages.append(message % {"value": quoted(raw)})
    return ""


def _dates(filters: EventFilters, query: QueryDict) -> None:
    filters.date_from = _date(query, "from", filters.messages)
    filters.date_to = _date(query, "to", filters.messages)
    start, end = filters.date_from, filters.date_to
    if start and end and end < start:
        filters.messages.append(
            _("The end date %(to)s is before the start date %(from)s: it is ignored.")
            % {"to": date_words(end), "from": date_words(start)}
        )
        filters.date_to = None
    elif start and end and (end - start).days > MAX_RANGE_DAYS:
        filters.date_to = start + datetime.timedelta(days=MAX_RANGE_DAYS)
        filters.messages.append(
            _("At most %(days)s days can be shown at once: the events until %(to)s are shown.")
            % {"days": MAX_RANGE_DAYS, "to": date_words(filters.date_to)}
        )


def event_filters(
    *, request: HttpRequest, hubs: dict[str, str], municipalities: list[str]
) -> EventFilters:
    """The filters asked for in ``request``'s query string.

    ``hubs`` maps HUB codes to their names and ``municipalities`` lists those that have
    events: only those can be chosen.
    """
    query = request.GET
    filters = EventFilters()
    view = _one(query, "view")
    if view and view not in VIEWS:
        filters.messages.append(
            _("“%(value)s” is not a way of showing events: the list is shown.")
            % {"value": quoted(view)}
        )
    filters.view = view if view in VIEWS else "list"
    filters.hub = _choice(
        query,
        "hub",
        {code.casefold(): code for code in hubs},
        _("“%(value)s” is not a HUB: the events of every HUB are shown."),
        filters.messages,
    )
    filters.municipality = _choice(
        query,
        "municipality",
        {name.casefold(): name for name in municipalities},
        _("There are no events in “%(value)s”: the events of every municipality are shown."),
        filters.messages,
    )
    filters.language = _choice(
        query,
        "language",
        {code: code for code in language_codes()},
        _("“%(value)s” is not a language of the portal: events in every language are shown."),
        filters.messages,
    )
    filters.audience = _choice(
        query,
        "audience",
        {str(value): str(value) for value in AUDIENCE_FILTERS},
        _("“%(value)s” is not an audience of these events: events for everyone are shown."),
        filters.messages,
    )
    _dates(filters, query)
    if filters.view == "month":
        filters.month = _month(query, filters.messages)
    filters.page = _page(query, filters.messages)
    return filters
