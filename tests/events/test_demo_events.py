"""The events demo: a season around today, published as an editor would, loaded only once.

The season is loaded once for the module (inside a transaction rolled back at the end)
on the home page and HUBs the portal's loaders would have made; each test runs in a
savepoint inside it. Dates are checked against what the events app wrote, never
against fixed days: the season moves with the week it is loaded in.
"""

import datetime
import math
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Revision

from events.demo.data import EVENTS
from events.demo.loader import (
    EventsDemoDataError,
    events_demo_errors,
    events_demo_load,
    public_holidays,
    season_anchor,
)
from events.models import EventIndexPage, EventOccurrence, EventPage, EventStatus
from events.recurrence import ROME
from events.selectors.filters import DEFAULT_DAYS
from events.selectors.listing import PAGE_SIZE
from hubs.hub_definitions import HUBS
from hubs.models import HubPage
from portal.demo.loader import DemoReport
from portal.languages import language_codes
from tests import factories
from tests.factories import url_in

LABELS = ["events-calendar", *(f"event:{spec['key']}" for spec in EVENTS)]


def _spec(key: str) -> dict:
    return next(spec for spec in EVENTS if spec["key"] == key)


def _with(language: str) -> list[dict]:
    return [spec for spec in EVENTS if language in spec]


# --- The data, before it reaches the database ------------------------------------------


def test_the_demo_data_is_well_formed():
    assert events_demo_errors(EVENTS) == []


def test_malformed_data_is_reported_by_key():
    bad = [
        {"key": "a", "hub": "nowhere", "when": {"day": 1}, "it": {"title": "A"}},
        {"key": "a", "when": {"day": 1, "nth_weekday": [2, "TU"], "start": "9:00", "end": "10:00"},
         "place": {"venue_name": "X"}, "it": {"title": "B", "slug": "b"},
         "languages_spoken": ["xx"], "status": "maybe"},
    ]  # fmt: skip

    assert events_demo_errors(bad) == [
        "a: 'nowhere' is not a HUB code (formazione-titoli-di-studio, lavoro, "
        "prestazioni-sociali-anagrafe, salute, titoli-di-soggiorno)",
        "a: the Italian title and slug are required",
        "a: give the start and end times ('17:30')",
        "a: an event needs a place or an online link",
        "a: another event has the same key",
        "a: give the start as either 'day' or 'nth_weekday'",
        "a: unknown languages spoken ['xx']",
        "a: status 'maybe' is not one of ['scheduled', 'cancelled', 'postponed']",
    ]


def test_the_season_has_every_kind_of_event_across_the_hubs():
    hubs = {definition.code for definition in HUBS}
    assert 12 <= len(EVENTS) <= 16
    assert {spec["hub"] for spec in EVENTS} == {*hubs, None}
    statuses = [spec.get("status", EventStatus.SCHEDULED) for spec in EVENTS]
    assert statuses.count(EventStatus.CANCELLED) == 1
    assert statuses.count(EventStatus.POSTPONED) == 1
    for spec in EVENTS:
        if spec.get("status") in (EventStatus.CANCELLED, EventStatus.POSTPONED):
            assert spec["it"]["status_note"], spec["key"]
    assert len([spec for spec in EVENTS if "repeat" in spec]) == 3
    assert [spec["key"] for spec in EVENTS if spec["when"].get("all_day")] == [
        "giornata-intercultura"
    ]
    online_only = [spec for spec in EVENTS if spec.get("online_url") and not spec.get("place")]
    assert len(online_only) >= 2
    assert {spec.get("audience") for spec in EVENTS} == {"migrants", "operators", "everyone"}
    past = [spec for spec in EVENTS if "repeat" not in spec and spec["when"].get("day", 0) < 0]
    assert 2 <= len(past) <= 3


def test_italian_everywhere_english_french_arabic_mostly_urdu_chinese_sometimes():
    assert len(_with("it")) == len(EVENTS)
    for language in ("en", "fr", "ar"):
        assert len(EVENTS) * 2 // 3 <= len(_with(language)) < len(EVENTS), language
    for language in ("ur", "zh-hans"):
        assert 2 <= len(_with(language)) <= 6, language
    for spec in EVENTS:
        for language in language_codes():
            texts = spec.get(language)
            if texts is None:
                continue
            assert texts["title"].strip() and texts["intro"].strip(), (spec["key"], language)
            assert texts.get("description", "").startswith("<p>"), (spec["key"], language)
            assert ("slug" in texts) == (language in ("it", "en", "fr", "sq", "ro"))
            assert set(texts) <= set(spec["it"]), (spec["key"], language)


# --- The loaded season ----------------------------------------------------------------


@dataclass
class Season:
    report: DemoReport
    today: datetime.date


@pytest.fixture(scope="module")
def season(django_db_setup, django_db_blocker):
    """The demo season, loaded once on a fresh home page and HUBs."""
    with django_db_blocker.unblock(), transaction.atomic():
        factories.hubs()
        today = timezone.localdate()
        report = DemoReport()
        events_demo_load(report, today=today)
        yield Season(report=report, today=today)
        transaction.set_rollback(True)


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def listed_cards(client, url: str, *, expected: int, **params) -> list:
    """Every card of the listing, page after page, for ``expected`` dates."""
    cards = []
    for number in range(1, max(math.ceil(expected / PAGE_SIZE), 1) + 1):
        cards += soup_of(client, url, page=number, **params).select(".portal-event-card")
    return cards


def card_title(card) -> str:
    return card.select_one(".card-title a").get_text()


def upcoming_dates(events=None):
    now = timezone.now()
    dates = EventOccurrence.objects.filter(
        end__gt=now, start__lt=now + datetime.timedelta(days=DEFAULT_DAYS)
    )
    return dates.filter(event__in=events) if events is not None else dates


def event(key: str) -> EventPage:
    return EventPage.objects.get(slug_it=_spec(key)["it"]["slug"])


@pytest.mark.django_db
def test_the_first_load_creates_the_calendar_and_every_event(season):
    assert season.report.created == LABELS
    assert season.report.updated == season.report.unchanged == []
    index = EventIndexPage.objects.get()
    assert index.get_parent().specific_class.__name__ == "HomePage"
    assert index.show_in_menus and index.live
    for language in language_codes():
        assert getattr(index, f"title_{language.replace('-', '_')}"), language
    assert EventPage.objects.live().count() == len(EVENTS)
    for spec in EVENTS:
        parent = event(spec["key"]).get_parent().specific
        assert getattr(parent, "code", None) == spec["hub"] or (
            spec["hub"] is None and parent.pk == index.pk
        )


@pytest.mark.django_db
def test_loading_again_changes_nothing(season):
    def snapshot():
        pages = Page.objects.type(EventPage, EventIndexPage).order_by("pk")
        return (
            list(pages.values_list("pk", "latest_revision_id", "last_published_at", "live")),
            list(EventOccurrence.objects.order_by("pk").values_list("pk", "start", "end")),
            Revision.objects.count(),
        )

    before = snapshot()
    report = DemoReport()
    events_demo_load(report, today=season.today)

    assert (report.created, report.updated) == ([], [])
    assert report.unchanged == LABELS
    assert snapshot() == before


@pytest.mark.django_db
def test_dates_are_written_on_publication_around_the_week_of_loading(season):
    now = timezone.now()
    anchor = season_anchor(season.today)
    for page in EventPage.objects.all():
        dates = list(page.event_occurrences.order_by("start"))
        assert dates, page.slug_it
        first = dates[0].start.astimezone(ROME)
        assert first == page.start or page.rrule or (page.all_day and first.hour == 0)
        if not page.all_day:
            days = [date.start.astimezone(ROME).date() for date in dates]
            assert not [day for day in days if day in public_holidays(day.year)], page.slug_it
        assert abs((page.start.astimezone(ROME).date() - anchor).days) < 45, page.slug_it
    past = EventPage.objects.filter(rrule="", end__lt=now)
    assert 2 <= past.count() <= 3
    assert EventPage.objects.filter(start__gt=now).count() >= len(EVENTS) // 2
    weekly = event("sportello-permesso-reggio")
    assert weekly.rrule.startswith("FREQ=WEEKLY;BYDAY=TU;UNTIL=")
    assert weekly.start.astimezone(ROME).weekday() == 1
    monthly = event("centro-impiego-bologna")
    assert monthly.rrule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
    assert event("aggiornamento-operatori").online_url.startswith("https://meet.jit.si/")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["it", "ar"])
def test_the_calendar_lists_the_upcoming_events(client, season, language):
    index = EventIndexPage.objects.get()

    expected = upcoming_dates().count()

    cards = listed_cards(client, url_in(index, language), expected=expected)

    assert len(cards) == expected >= 10
    titles = [card_title(card) for card in cards]
    health = _spec("tessera-sanitaria-ferrara")
    assert health[language]["title"] in titles
    if language == "ar":
        # Left in Italian on purpose: shown in Italian, marked as such.
        italian_only = _spec("busta-paga-bologna")
        link = next(card for card in cards if card_title(card) == italian_only["it"]["title"])
        assert link.select_one(".card-title a")["lang"] == "it"


@pytest.mark.django_db
def test_a_repeating_event_appears_once_per_date_with_a_link_to_the_series(client, season):
    index = EventIndexPage.objects.get()
    series = event("sportello-permesso-reggio")
    title = _spec("sportello-permesso-reggio")["it"]["title"]

    hub_dates = upcoming_dates(EventPage.objects.child_of(series.get_parent()))
    dates = upcoming_dates([series])

    cards = listed_cards(
        client, url_in(index, "it"), expected=hub_dates.count(), hub="titoli-di-soggiorno"
    )

    own = [card for card in cards if card_title(card) == title]
    assert len(own) == dates.count() >= 4
    series_url = url_in(series, "it")
    assert {card.select_one(".card-title a")["href"] for card in own} == {
        f"{series_url}?occurrence={date.key}" for date in dates
    }
    assert all(card.select_one(".portal-event-series a")["href"] == series_url for card in own)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["it", "ar"])
def test_the_cancelled_event_is_shown_as_cancelled(client, season, language):
    index = EventIndexPage.objects.get()
    spec = _spec("ricongiungimento-reggio")
    cancelled = event("ricongiungimento-reggio")

    expected = upcoming_dates(EventPage.objects.child_of(cancelled.get_parent())).count()
    cards = listed_cards(
        client, url_in(index, language), expected=expected, hub="titoli-di-soggiorno"
    )
    card = next(card for card in cards if card_title(card) == spec[language]["title"])
    page = soup_of(client, url_in(cancelled, language))

    assert "portal-event-card-cancelled" in card["class"]
    assert card.select_one(".portal-event-status-cancelled").get_text(strip=True)
    notice = page.select_one(".portal-event-status-notice")
    assert "alert-danger" in notice["class"]
    assert spec[language]["status_note"] in notice.get_text()


@pytest.mark.django_db
def test_the_postponed_event_says_so_with_its_note(client, season):
    spec = _spec("percorso-nascita-ferrara")

    page = soup_of(client, url_in(event("percorso-nascita-ferrara"), "fr"))

    notice = page.select_one(".portal-event-status-notice")
    assert "alert-warning" in notice["class"]
    assert spec["fr"]["status_note"] in notice.get_text()


@pytest.mark.django_db
def test_the_archive_lists_the_past_events(client, season):
    index = EventIndexPage.objects.get()

    past = EventOccurrence.objects.filter(end__lte=timezone.now()).count()

    cards = listed_cards(client, url_in(index, "it"), expected=past, view="archive")

    assert len(cards) == past
    titles = {card_title(card) for card in cards}

    for key in ("presentazione-portale", "vaccinazioni-ferrara"):
        assert _spec(key)["it"]["title"] in titles


@pytest.mark.django_db
def test_an_edited_demo_event_is_published_again_and_an_added_translation_kept(season):
    page = event("tessera-sanitaria-ferrara")
    page.title_en = "Edited by hand"
    page.title_sq = "Karta shëndetësore dhe mjeku i familjes"
    page.start += datetime.timedelta(days=1)
    page.end += datetime.timedelta(days=1)
    page.save_revision().publish()

    report = DemoReport()
    events_demo_load(report, today=season.today)

    assert report.updated == ["event:tessera-sanitaria-ferrara"]
    page.refresh_from_db()
    assert page.title_en == _spec("tessera-sanitaria-ferrara")["en"]["title"]
    assert page.title_sq == "Karta shëndetësore dhe mjeku i familjes"
    assert [date.start for date in page.event_occurrences.all()] == [page.start]


@pytest.mark.django_db
def test_bad_data_or_a_missing_hub_stops_the_load_before_anything_is_written(season):
    pages, dates = EventPage.objects.count(), EventOccurrence.objects.count()
    bad = {**_spec("residenza-ravenna"), "key": "x", "audience": "nobody"}

    with pytest.raises(EventsDemoDataError, match="x: audience 'nobody'"):
        events_demo_load(DemoReport(), events=[*EVENTS, bad], today=season.today)
    HubPage.objects.get(code="salute").delete()
    with pytest.raises(EventsDemoDataError, match="missing: salute"):
        events_demo_load(DemoReport(), today=season.today)

    assert EventOccurrence.objects.count() < dates  # the HUB's events went with it
    assert EventPage.objects.count() == pages - 3
