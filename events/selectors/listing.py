"""Reads of the events calendar: upcoming events, a month, the archive, a HUB's next events.

The number of queries does not depend on how many events there are or are shown: the
public events are a subquery of the one query that reads a page of dates with the
columns its cards need; the HUBs and the municipalities offered as filters are read
once each; page privacy is read once per request (``portal.privacy``).
"""

import calendar
import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext as _

from events.models import EventAudience, EventIndexPage
from events.recurrence import ROME
from events.recurrence.describe import date_words, month_words
from events.selectors.cards import (
    HubName,
    OccurrenceCard,
    hub_names,
    language_names,
    language_q,
    occurrence_cards,
    occurrence_rows,
    online_only_q,
    public_events,
    remembered,
)
from events.selectors.filters import DEFAULT_DAYS, EventFilters, event_filters
from hubs.models import HubPage
from portal.languages import listing_fields

#: Dates per page of the list and of the archive.
PAGE_SIZE = 20
#: The month view shows at most this many dates; more ask for filters or the list.
MONTH_MAX = 300


@dataclass(frozen=True)
class FilterOption:
    value: str
    label: str
    selected: bool
    #: For a language named in its own script. No ``dir``: the name keeps its script's
    #: direction anyway, and a ``dir`` would align it to the other side in an RTL page.
    lang: str = ""


@dataclass(frozen=True)
class MonthDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    cards: list[OccurrenceCard]

    @property
    def label(self) -> str:
        """ "martedì 9 febbraio 2027", for screen readers and the phone's list of days."""
        return date_words(self.date, weekday=True)


@dataclass(frozen=True)
class MonthGrid:
    #: First day of the month shown.
    month: datetime.date
    #: Monday first; each week seven days.
    weeks: list[list[MonthDay]]
    #: (abbreviation, full name) of each weekday, Monday first.
    weekdays: list[tuple[str, str]]
    previous_query: str
    next_query: str
    previous_month: datetime.date
    next_month: datetime.date
    #: More dates than the grid shows: the reader is asked to filter.
    truncated: bool

    @property
    def month_name(self) -> str:
        """ "febbraio 2027" (a heading capitalises it)."""
        return month_words(self.month)

    @property
    def previous_name(self) -> str:
        return month_words(self.previous_month)

    @property
    def next_name(self) -> str:
        return month_words(self.next_month)

    @property
    def days_with_events(self) -> list[MonthDay]:
        """The month as a list of the days that have events (a phone's narrow screen)."""
        return [day for week in self.weeks for day in week if day.in_month and day.cards]


@dataclass(frozen=True)
class EventCalendar:
    filters: EventFilters
    view: str
    hub_options: list[FilterOption]
    municipality_options: list[FilterOption]
    language_options: list[FilterOption]
    audience_options: list[FilterOption]
    #: The list and the archive: a paginator page of ``OccurrenceCard``.
    page: Page | None
    month: MonthGrid | None
    #: The days the list covers (inclusive); ``None`` where open.
    range_start: datetime.date | None
    range_end: datetime.date | None
    ics_url: str
    atom_url: str
    view_queries: dict[str, str]
    messages: list[str] = field(default_factory=list)

    @property
    def range_start_words(self) -> str:
        return date_words(self.range_start) if self.range_start else ""

    @property
    def range_end_words(self) -> str:
        return date_words(self.range_end) if self.range_end else ""


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ROME)


def _municipalities(*, request: HttpRequest, hubs: list[HubName]) -> list[str]:
    """The municipalities events take place in (the HUBs' always), for the filter."""

    def compute() -> list[str]:
        named = (
            public_events(request=request)
            .exclude(municipality="")
            .order_by()
            .values_list("municipality", flat=True)
            .distinct()
        )
        return sorted({*named, *(hub.municipality for hub in hubs)}, key=str.casefold)

    return remembered("municipalities", request, compute)


def _narrowed(events: QuerySet, filters: EventFilters, hubs: list[HubName]) -> QuerySet:
    by_code = {hub.code: hub for hub in hubs}
    if filters.hub:
        events = events.filter(path__startswith=by_code[filters.hub].path)
    if filters.municipality:
        wanted = filters.municipality.casefold()
        places = Q(municipality__iexact=filters.municipality)
        for hub in hubs:
            if hub.municipality.casefold() == wanted:
                # The HUB's town, unless the event is only online (``event_town``).
                places |= Q(municipality="", path__startswith=hub.path) & ~online_only_q()
        events = events.filter(places)
    if filters.language:
        events = events.filter(language_q(filters.language))
    if filters.audience:
        events = events.filter(audience__in=[filters.audience, EventAudience.EVERYONE])
    return events


def _window(
    filters: EventFilters, now: datetime.datetime
) -> tuple[datetime.datetime, datetime.datetime]:
    start = _midnight(filters.date_from) if filters.date_from else now
    if filters.date_to:
        end = _midnight(filters.date_to + datetime.timedelta(days=1))
    else:
        end = start + datetime.timedelta(days=DEFAULT_DAYS)
    return start, end


def _paginated(rows: QuerySet, filters: EventFilters) -> Page:
    page = Paginator(rows, PAGE_SIZE).get_page(filters.page)
    if filters.page and page.number != filters.page:
        filters.messages.append(
            _("There is no page %(wanted)s of events: page %(shown)s is shown.")
            % {"wanted": filters.page, "shown": page.number}
        )
    return page


def _query(request: HttpRequest, **changes: str | None) -> str:
    """The current query string with ``changes`` (``None`` drops a parameter), and no page."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in changes.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    return query.urlencode()


def _month_grid(rows: QuerySet, filters: EventFilters, request: HttpRequest, hubs) -> MonthGrid:
    first = filters.month
    shown = list(rows[: MONTH_MAX + 1])
    cards = occurrence_cards(shown[:MONTH_MAX], hubs=hubs, request=request)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    by_day: dict[datetime.date, list[OccurrenceCard]] = {}
    for card in cards:
        # A date over several days is shown on each of its days in the month.
        day = max(card.start.date(), first)
        while day <= min(card.last_day, last):
            by_day.setdefault(day, []).append(card)
            day += datetime.timedelta(days=1)
    today = timezone.localdate()
    weeks = [
        [
            MonthDay(
                date=day,
                in_month=day.month == first.month,
                is_today=day == today,
                cards=by_day.get(day, []) if day.month == first.month else [],
            )
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    return MonthGrid(
        month=first,
        weeks=weeks,
        weekdays=[(str(WEEKDAYS_ABBR[day]), str(WEEKDAYS[day])) for day in range(7)],
        previous_query=_query(request, view="month", month=previous.strftime("%Y-%m")),
        next_query=_query(request, view="month", month=following.strftime("%Y-%m")),
        previous_month=previous,
        next_month=following,
        truncated=len(shown) > MONTH_MAX,
    )


def _options(filters: EventFilters, hubs: list[HubName], municipalities: list[str]) -> dict:
    return {
        "hub_options": [
            FilterOption(value="", label=_("Every HUB"), selected=not filters.hub),
            *(
                FilterOption(
                    value=hub.code, label=str(hub.title.value), selected=hub.code == filters.hub
                )
                for hub in hubs
            ),
        ],
        "municipality_options": [
            FilterOption(
                value="", label=_("Every municipality"), selected=not filters.municipality
            ),
            *(
                FilterOption(value=name, label=name, selected=name == filters.municipality)
                for name in municipalities
            ),
        ],
        "language_options": [
            FilterOption(value="", label=_("Any language"), selected=not filters.language),
            *(
                FilterOption(
                    value=code,
                    label=own,
                    selected=code == filters.language,
                    lang=code,
                )
                for code, own, _direction in language_names()
            ),
        ],
        "audience_options": [
            FilterOption(value="", label=_("Everyone"), selected=not filters.audience),
            *(
                FilterOption(value=value, label=str(label), selected=value == filters.audience)
                for value, label in EventAudience.choices
                if value != EventAudience.EVERYONE
            ),
        ],
    }


def feed_url(name: str, *, hub: str = "") -> str:
    """A feed of the reader's language ("" while the feeds' URLs are not installed)."""
    try:
        url = reverse(name, kwargs={"language": translation.get_language()})
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode({'hub': hub})}" if hub else url


def event_calendar(*, index: EventIndexPage, request: HttpRequest) -> EventCalendar:
    """The calendar page: the list (default), a month (``?view=month``) or the archive.

    Wrong parameters never fail: each is ignored with a message (``selectors.filters``).
    """
    hubs = hub_names(request=request)
    municipalities = _municipalities(request=request, hubs=hubs)
    filters = event_filters(
        request=request,
        hubs={hub.code: str(hub.title.value) for hub in hubs},
        municipalities=municipalities,
    )
    rows = occurrence_rows(_narrowed(public_events(request=request), filters, hubs))
    now = timezone.now()
    page = month = None
    range_start = range_end = None
    if filters.view == "month":
        first = _midnight(filters.month)
        following = _midnight((filters.month + datetime.timedelta(days=32)).replace(day=1))
        month = _month_grid(rows.filter(start__lt=following, end__gt=first), filters, request, hubs)
    elif filters.view == "archive":
        past = rows.filter(end__lte=now).order_by("-start", "event_id")
        if filters.date_from:
            past = past.filter(end__gt=_midnight(filters.date_from))
        if filters.date_to:
            past = past.filter(start__lt=_midnight(filters.date_to + datetime.timedelta(days=1)))
        page = _paginated(past, filters)
        range_start, range_end = filters.date_from, filters.date_to
    else:
        start, end = _window(filters, now)
        page = _paginated(rows.filter(start__lt=end, end__gt=start), filters)
        range_start = start.astimezone(ROME).date()
        range_end = (end - datetime.timedelta(microseconds=1)).astimezone(ROME).date()
    if page is not None:
        page.object_list = occurrence_cards(page.object_list, hubs=hubs, request=request)
    return EventCalendar(
        filters=filters,
        view=filters.view,
        **_options(filters, hubs, municipalities),
        page=page,
        month=month,
        range_start=range_start,
        range_end=range_end,
        ics_url=feed_url("events_ics_feed", hub=filters.hub),
        atom_url=feed_url("events_atom_feed", hub=filters.hub),
        view_queries={
            "list": _query(request, view=None, month=None),
            "month": _query(request, view="month"),
            "archive": _query(request, view="archive", month=None),
        },
        messages=filters.messages,
    )


# --- A HUB's landing ------------------------------------------------------------------


@dataclass(frozen=True)
class HubEvents:
    cards: list[OccurrenceCard]
    #: The calendar filtered to the HUB ("" when there is no public calendar page).
    calendar_url: str
    ics_url: str


def calendar_url(*, request: HttpRequest | None) -> str:
    """The public events calendar's address in the reader's language ("" without one)."""

    def compute() -> str:
        index = (
            EventIndexPage.objects.live()
            .public()
            .only(*listing_fields(EventIndexPage))
            .order_by("path")
            .first()
        )
        return (index.get_url(request=request) or "") if index else ""

    return remembered("calendar-url", request, compute)


def hub_upcoming_events(
    *, hub: HubPage, limit: int = 3, request: HttpRequest | None = None
) -> HubEvents:
    """The next ``limit`` dates of the HUB's public events, for its landing page."""
    hubs = hub_names(request=request)
    events = public_events(request=request).filter(path__startswith=hub.path)
    rows = occurrence_rows(events).filter(end__gt=timezone.now())[:limit]
    url = calendar_url(request=request)
    return HubEvents(
        cards=occurrence_cards(rows, hubs=hubs, request=request),
        calendar_url=f"{url}?{urlencode({'hub': hub.code})}" if url else "",
        ics_url=feed_url("events_ics_feed", hub=hub.code),
    )
