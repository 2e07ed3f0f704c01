"""iCalendar files and feeds that calendar apps read back; the Atom feed of upcoming events."""

import datetime

import feedparser
import pytest
from icalendar import Calendar

from tests import factories
from tests.events.helpers import days_ahead, event_index, event_page, make_private, rome
from tests.factories import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.events.urls")]
UTC = datetime.UTC


def calendar_of(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def series():
    return event_page(
        title_it="Corso di italiano",
        title_ar="دورة اللغة الإيطالية",
        start=rome(2026, 12, 1, 18),
        repeat="WEEKLY",
        repeat_weekdays="TU,TH",
        repeat_until=datetime.date(2027, 3, 31),
        excluded_dates="2026-12-24\n2026-12-29",
        venue_name="Biblioteca Salaborsa",
        municipality="Bologna",
        latitude="44.494",
        longitude="11.343",
        description_it="<p>Livello A1.</p><ul><li>Gratuito</li></ul>",
    )


def test_an_event_ics_round_trips_with_its_rule_excluded_dates_and_zone(client, series):
    calendar = calendar_of(client.get(url_in(series, "it"), {"format": "ics"}))

    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Rome"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"event-{series.pk}@er-integrazione"
    assert event["DTSTART"].params["TZID"] == "Europe/Rome"
    assert event["DTSTART"].dt == rome(2026, 12, 1, 18)
    assert event["DTEND"].dt == rome(2026, 12, 1, 20)
    rule = event["RRULE"]
    assert (rule["FREQ"], rule["BYDAY"]) == (["WEEKLY"], ["TU", "TH"])
    # UNTIL in UTC next to a TZID (RFC 5545): the end of 31 March 2027 in Rome.
    assert rule["UNTIL"][0] == datetime.datetime(2027, 3, 31, 21, 59, 59, tzinfo=UTC)
    excluded = [item.dt for item in event["EXDATE"].dts]
    assert excluded == [rome(2026, 12, 24, 18), rome(2026, 12, 29, 18)]
    assert excluded[0].tzinfo is not None
    assert str(event["SUMMARY"]) == "Corso di italiano"
    assert "Livello A1.\nGratuito" in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == "Biblioteca Salaborsa, Bologna"
    assert str(event["URL"]).endswith(url_in(series, "it"))
    assert str(event["STATUS"]) == "CONFIRMED"


def test_the_ics_is_in_the_readers_language_and_the_same_event(client, series):
    italian = calendar_of(client.get(url_in(series, "it"), {"format": "ics"}))
    arabic = calendar_of(client.get(url_in(series, "ar"), {"format": "ics"}))

    (event,) = arabic.walk("VEVENT")
    assert str(event["SUMMARY"]) == "دورة اللغة الإيطالية"
    assert event["SUMMARY"].params["LANGUAGE"] == "ar"
    # The description was not translated: calendar apps are told it is Italian.
    assert event["DESCRIPTION"].params["LANGUAGE"] == "it"
    assert str(event["URL"]).endswith(url_in(series, "ar"))
    assert event["UID"] == italian.walk("VEVENT")[0]["UID"]


def test_a_cancelled_all_day_event_is_cancelled_in_the_calendar_too(client):
    event = event_page(
        title_it="Festa",
        start=rome(2027, 5, 1, 10),
        end=rome(2027, 5, 2, 10),
        all_day=True,
        status="cancelled",
    )

    (vevent,) = calendar_of(client.get(url_in(event, "en"), {"format": "ics"})).walk("VEVENT")

    assert str(vevent["STATUS"]) == "CANCELLED"
    assert vevent["DTSTART"].dt == datetime.date(2027, 5, 1)
    assert vevent["DTEND"].dt == datetime.date(2027, 5, 3)
    assert "Festa" in str(vevent["SUMMARY"])


def test_the_feeds_hold_every_public_event_per_hub_and_per_language(client, series):
    hubs = factories.hubs()
    salute = event_page(
        parent=hubs["salute"], title_it="Vaccini", title_ar="اللقاحات", start=days_ahead(5)
    )
    private = event_page(parent=hubs["salute"], title_it="Riservato", start=days_ahead(6))
    make_private(private)
    event_page(title_it="Finito da tempo", start=days_ahead(-90))

    everything = vevents(calendar_of(client.get("/feeds/events.ics")))
    assert set(everything) == {"Corso di italiano", "Vaccini"}
    assert "RRULE" in everything["Corso di italiano"]

    per_hub = vevents(calendar_of(client.get("/feeds/events/it.ics", {"hub": "salute"})))
    assert set(per_hub) == {"Vaccini"}
    assert str(per_hub["Vaccini"]["UID"]) == f"event-{salute.pk}@er-integrazione"

    arabic = calendar_of(client.get("/feeds/events/ar.ics"))
    assert set(vevents(arabic)) == {"دورة اللغة الإيطالية", "اللقاحات"}
    assert str(arabic["X-WR-CALNAME"])


def test_a_feed_for_an_unknown_hub_or_language_is_refused(client):
    event_index()

    wrong_hub = client.get("/feeds/events/en.ics", {"hub": "pesca"})
    assert wrong_hub.status_code == 400
    assert "“pesca” is not a HUB" in wrong_hub.content.decode()  # in the feed's language
    assert client.get("/feeds/events/xx.ics").status_code == 404
    assert client.get("/feeds/events/xx.atom").status_code == 404
    assert client.get("/feeds/events/it.atom", {"hub": "pesca"}).status_code == 400


def test_the_atom_feed_lists_the_upcoming_dates_and_is_valid(client, series):
    event_index()
    event_page(title_it="Domani", title_ar="غدا", start=days_ahead(1), status="postponed")
    hidden = event_page(title_it="Riservato", start=days_ahead(2))
    make_private(hidden)

    response = client.get("/feeds/events/ar.atom")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.language == "ar"
    titles = [entry.title for entry in feed.entries]
    assert titles[0].endswith("غدا")
    assert "Riservato" not in " ".join(titles)
    assert all(entry.link.startswith("http://testserver/ar/") for entry in feed.entries)
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_a_private_events_ics_asks_for_a_login_like_its_page(client):
    event = event_page(title_it="Riservato", start=days_ahead(3))
    make_private(event)

    response = client.get(url_in(event, "it"), {"format": "ics"})

    assert response.status_code == 302
    assert "login" in response["Location"]
