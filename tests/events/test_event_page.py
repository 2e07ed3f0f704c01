"""An event's page: dates, status, place, languages, organiser; its schema.org Event."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils.translation import gettext

from tests import factories
from tests.events.helpers import days_ahead, event_page, rome
from tests.factories import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.events.urls")]


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup: BeautifulSoup) -> dict:
    graph = json.loads(soup.select_one('script[type="application/ld+json"]').string)["@graph"]
    return next(item for item in graph if item["@type"] == "Event")


@pytest.fixture
def hub_event():
    hub = factories.hub_page("lavoro")
    return event_page(
        parent=hub,
        title_it="Come cercare lavoro",
        title_ar="كيف تبحث عن عمل",
        start=days_ahead(7, 17, 30),
        venue_name="Sala Borsa",
        venue_address="Piazza del Nettuno 3\n40124 Bologna",
        latitude="44.493889",
        longitude="11.342778",
        online_url="https://meet.example.org/lavoro",
        languages_spoken="it,ar,ur",
        languages_other_it="Tigrino",
        audience="migrants",
        description_it="<p>Un incontro con il centro per l'impiego.</p>",
    )


def test_the_page_says_when_where_in_which_languages_and_who_organises(client, hub_event):
    soup = soup_of(client, url_in(hub_event, "it"))

    when = soup.select_one(".portal-event-dates time")
    assert when["datetime"] == days_ahead(7, 17, 30).isoformat()
    assert "17:30" in when.get_text()
    address = soup.select_one(".portal-event-facts address")
    assert "Sala Borsa" in address.get_text() and address["lang"] == "it"
    assert "openstreetmap.org" in soup.select_one(".portal-event-facts address + a")["href"]
    languages = soup.select(".portal-event-languages li")
    # A language's name is marked in its own language; "other languages" text is not.
    assert [((li.span or li).get("lang"), li.get_text()) for li in languages] == [
        ("it", "Italiano"),
        ("ar", "العربية"),
        ("ur", "اردو"),
        (None, "Tigrino"),
    ]
    assert languages[1].span["dir"] == "rtl"
    organiser = soup.select_one(".portal-event-organiser")
    assert organiser.a["href"] == url_in(hub_event.get_parent(), "it")
    assert "Comune di Bologna" in organiser.get_text()
    assert soup.select_one(".portal-ics-link")["href"] == f"{url_in(hub_event, 'it')}?format=ics"


def test_the_schema_org_event_has_status_attendance_languages_place_and_organiser(
    client, hub_event
):
    event = json_ld(soup_of(client, url_in(hub_event, "it")))

    assert event["startDate"] == days_ahead(7, 17, 30).isoformat()
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert event["inLanguage"] == ["it", "ar", "ur"]
    place, online = event["location"]
    assert place["@type"] == "Place" and place["name"] == "Sala Borsa"
    assert place["address"]["addressLocality"] == "Bologna"
    assert place["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 44.493889,
        "longitude": 11.342778,
    }
    assert online == {"@type": "VirtualLocation", "url": "https://meet.example.org/lavoro"}
    assert event["organizer"]["name"] == "Comune di Bologna"
    assert "eventSchedule" not in event


def test_a_cancelled_event_says_so_on_its_page_and_to_search_engines(client):
    event = event_page(
        title_it="Incontro",
        start=days_ahead(3),
        status="cancelled",
        status_note_it="Il relatore è malato.",
        online_url="https://meet.example.org/x",
    )

    soup = soup_of(client, url_in(event, "it"))

    notice = soup.select_one(".portal-event-status-notice")
    assert "alert-danger" in notice["class"]
    assert gettext("This event is cancelled.") in notice.get_text()
    assert "Il relatore è malato." in notice.get_text()
    data = json_ld(soup)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_a_series_shows_its_rule_in_words_its_next_dates_and_its_schedule(client):
    event = event_page(
        title_it="Sportello mensile",
        start=rome(2027, 1, 12, 17),
        repeat="MONTHLY",
        repeat_position=2,
        repeat_weekdays="TU",
        repeat_count=6,
        excluded_dates="2027-03-09",
    )

    soup = soup_of(client, url_in(event, "en"))

    assert soup.select_one(".portal-event-repetition").get_text() == (
        # COUNT=6 with one date excluded: the reader is told the five dates it happens on.
        "Every month on the second Tuesday, 5 times"
    )
    dates = [
        time["datetime"][:10] for time in soup.select(".portal-event-dates li > time:first-child")
    ]
    assert dates == ["2027-01-12", "2027-02-09", "2027-04-13", "2027-05-11", "2027-06-08"]
    schedule = json_ld(soup)["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1M"
    assert schedule["byDay"] == ["https://schema.org/Tuesday"]
    assert schedule["byMonthWeek"] == 2
    assert schedule["repeatCount"] == 6
    assert schedule["exceptDate"] == ["2027-03-09"]


def test_the_date_chosen_in_a_listing_is_highlighted_and_a_wrong_one_explained(client):
    event = event_page(start=rome(2027, 1, 5, 18), repeat="WEEKLY", repeat_count=3)

    chosen = soup_of(client, url_in(event, "en"), occurrence="20270112T170000Z")
    assert chosen.select_one(".portal-event-chosen time")["datetime"].startswith("2027-01-12T18:00")
    assert chosen.select_one("[aria-current=date] time")["datetime"].startswith("2027-01-12")

    wrong = soup_of(client, url_in(event, "en"), occurrence="20270113T170000Z")
    assert "is not one of this event's dates" in wrong.select_one(".alert-warning").get_text()
    assert wrong.select_one(".portal-event-chosen") is None


def test_an_all_day_event_is_shown_by_dates_only(client):
    event = event_page(start=rome(2027, 2, 6, 9), end=rome(2027, 2, 7, 18), all_day=True)

    soup = soup_of(client, url_in(event, "en"))

    times = [time["datetime"] for time in soup.select(".portal-event-dates time")]
    assert times == ["2027-02-06", "2027-02-07"]
    data = json_ld(soup)
    assert (data["startDate"], data["endDate"]) == ("2027-02-06", "2027-02-07")


def test_the_arabic_page_is_right_to_left_with_the_italian_description_marked(client, hub_event):
    soup = soup_of(client, url_in(hub_event, "ar"))

    assert soup.html["dir"] == "rtl"
    assert soup.h1.get_text() == "كيف تبحث عن عمل"
    description = soup.select_one(".portal-richtext")
    assert (description["lang"], description["dir"]) == ("it", "ltr")


def test_a_past_event_says_it_has_taken_place(client):
    event = event_page(start=days_ahead(-5))

    soup = soup_of(client, url_in(event, "en"))

    assert soup.select_one(".portal-event-over") is not None
    assert len(soup.select(".portal-event-dates li")) == 1
