"""The public feeds of events: iCalendar (all, per HUB, per language) and Atom.

Served outside the language prefix (``/feeds/events/ar.ics``): the language is part of
the address, so a calendar app keeps what it subscribed to. Only live, public events
appear (page privacy is read as for every listing); a wrong ``?hub=`` is refused with
a plain sentence rather than silently widened to every HUB.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from events.ics import calendar_ics, ics_response
from events.models import EventOccurrence, EventPage
from events.selectors.cards import (
    HubName,
    OccurrenceCard,
    hub_names,
    occurrence_cards,
    occurrence_rows,
    public_events,
    when_text,
)
from events.selectors.filters import DEFAULT_DAYS, quoted
from events.selectors.listing import calendar_url
from portal.languages import SOURCE_LANGUAGE, language_codes, listing_fields

#: Events whose last date ended longer ago than this are left out of the iCalendar feeds.
FEED_PAST_DAYS = 30
#: Most dates in the Atom feed.
ATOM_MAX_ITEMS = 100
#: Event columns a VEVENT needs (translated ones are read in the feed's language and Italian).
ICS_FIELDS = (
    "start",
    "end",
    "all_day",
    "rrule",
    "excluded_dates",
    "status",
    "status_note",
    "description",
    "venue_name",
    "venue_address",
    "municipality",
    "latitude",
    "longitude",
    "online_url",
)


class FeedRequestError(Exception):
    """A feed parameter that cannot be used; the message says which and why."""


def _language(language: str) -> str:
    if language not in language_codes():
        raise Http404("No such language")
    return language


def _hub(request: HttpRequest, hubs: list[HubName]) -> HubName | None:
    code = request.GET.get("hub", "").strip()
    if not code:
        return None
    for hub in hubs:
        if hub.code == code:
            return hub
    if not hubs:
        raise FeedRequestError(
            _("“%(value)s” is not a HUB: there are no HUBs yet.") % {"value": quoted(code)}
        )
    raise FeedRequestError(
        _("“%(value)s” is not a HUB. The HUBs are: %(codes)s.")
        % {"value": quoted(code), "codes": ", ".join(hub.code for hub in hubs)}
    )


def feed_events(*, request: HttpRequest, hub: HubName | None) -> list[EventPage]:
    """Public events with a date that has not ended more than ``FEED_PAST_DAYS`` ago."""
    cutoff = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    recent = EventOccurrence.objects.filter(end__gt=cutoff).values("event_id")
    events = public_events(request=request).filter(pk__in=recent)
    if hub is not None:
        events = events.filter(path__startswith=hub.path)
    return list(events.only(*listing_fields(EventPage, *ICS_FIELDS)).order_by("start", "pk"))


def events_ics_feed(request: HttpRequest, language: str = SOURCE_LANGUAGE) -> HttpResponse:
    """``/feeds/events/<language>.ics`` (``/feeds/events.ics`` in Italian), ``?hub=<code>``."""
    language = _language(language)
    with translation.override(language):
        hubs = hub_names(request=request)
        try:
            hub = _hub(request, hubs)
        except FeedRequestError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        name = _("Events – ER Integrazione")
        if hub is not None:
            name = f"{name} – {hub.title.value}"
        body = calendar_ics(
            feed_events(request=request, hub=hub), name=name, request=request, hubs=hubs
        )
    response = ics_response(body, filename=f"events-{language}.ics")
    response["Content-Disposition"] = f'inline; filename="events-{language}.ics"'
    response.portal_cacheable = True
    return response


class UpcomingEventsFeed(Feed):
    """``/feeds/events/<language>.atom``: the dates of the next 60 days, ``?hub=<code>``."""

    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        language = _language(kwargs.get("language", SOURCE_LANGUAGE))
        with translation.override(language):
            try:
                response = super().__call__(request, *args, **kwargs)
            except FeedRequestError as error:
                return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        response.portal_cacheable = True
        return response

    def get_object(self, request: HttpRequest, language: str = SOURCE_LANGUAGE) -> dict:
        hubs = hub_names(request=request)
        hub = _hub(request, hubs)
        events = public_events(request=request)
        if hub is not None:
            events = events.filter(path__startswith=hub.path)
        now = timezone.now()
        rows = occurrence_rows(events).filter(
            end__gt=now, start__lt=now + datetime.timedelta(days=DEFAULT_DAYS)
        )[:ATOM_MAX_ITEMS]
        return {
            "language": language,
            "hub": hub,
            "cards": occurrence_cards(rows, hubs=hubs, request=request),
            "link": calendar_url(request=request) or f"/{language}/",
        }

    def title(self, obj: dict) -> str:
        title = _("Upcoming events – ER Integrazione")
        return f"{title} – {obj['hub'].title.value}" if obj["hub"] else title

    def subtitle(self, obj: dict) -> str:
        return _("Information and community events of the Emilia-Romagna integration network.")

    def link(self, obj: dict) -> str:
        return obj["link"]

    def items(self, obj: dict) -> list[OccurrenceCard]:
        return obj["cards"]

    def item_title(self, item: OccurrenceCard) -> str:
        title = item.title.value or ""
        if item.is_cancelled:
            return _("Cancelled: %(title)s") % {"title": title}
        if item.is_postponed:
            return _("Postponed: %(title)s") % {"title": title}
        return title

    def item_description(self, item: OccurrenceCard) -> str:
        where = ", ".join(filter(None, [item.venue, item.municipality]))
        lines = [when_text(item), where, item.intro.value or ""]
        return "\n".join(line for line in lines if line)

    def item_link(self, item: OccurrenceCard) -> str:
        return item.url

    def item_guid(self, item: OccurrenceCard) -> str:
        return f"tag:er-integrazione,2026:event-{item.event_id}-{item.key}"

    item_guid_is_permalink = False

    def item_updateddate(self, item: OccurrenceCard) -> datetime.datetime:
        # Atom requires it; an event always has one once published.
        return item.updated or timezone.now()

    def item_pubdate(self, item: OccurrenceCard) -> datetime.datetime:
        return self.item_updateddate(item)
