"""The events calendar's list: upcoming dates, filters without JavaScript, pagination."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils.translation import gettext

from events.selectors import hub_upcoming_events
from tests import factories
from tests.events.helpers import days_ahead, event_index, event_page, make_private, quick_event
from tests.factories import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.events.urls")]


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def titles(soup: BeautifulSoup) -> list[str]:
    return [a.get_text() for a in soup.select(".portal-event-card .card-title a")]


def messages(soup: BeautifulSoup) -> str:
    box = soup.select_one(".portal-event-messages")
    return box.get_text(" ", strip=True) if box else ""


@pytest.fixture
def index():
    return event_index()


def test_upcoming_dates_are_listed_in_order_for_the_next_60_days(client, index):
    event_page(title_it="Dopo", start=days_ahead(10))
    event_page(title_it="Prima", start=days_ahead(2))
    event_page(title_it="Troppo tardi", start=days_ahead(75))
    event_page(title_it="Passato", start=days_ahead(-3))

    soup = soup_of(client, url_in(index, "it"))

    assert titles(soup) == ["Prima", "Dopo"]
    assert "2 " in soup.select_one(".portal-event-range").get_text()


def test_a_repeating_event_appears_once_per_date_with_a_link_to_the_series(client, index):
    series = event_page(title_it="Sportello", start=days_ahead(1), repeat="WEEKLY", repeat_count=3)

    soup = soup_of(client, url_in(index, "it"))

    cards = soup.select(".portal-event-card")
    assert titles(soup) == ["Sportello"] * 3
    links = [card.select_one(".card-title a")["href"] for card in cards]
    assert len(set(links)) == 3
    assert all(link.startswith(f"{url_in(series, 'it')}?occurrence=") for link in links)
    assert cards[0].select_one(".portal-event-series a")["href"] == url_in(series, "it")


def test_the_date_range_can_be_chosen(client, index):
    event_page(title_it="Lontano", start=days_ahead(90))
    event_page(title_it="Vicino", start=days_ahead(3))

    soup = soup_of(
        client,
        url_in(index, "it"),
        **{"from": days_ahead(80).date().isoformat(), "to": days_ahead(100).date().isoformat()},
    )

    assert titles(soup) == ["Lontano"]
    assert soup.select_one("#events-from")["value"] == days_ahead(80).date().isoformat()


def test_filters_by_hub_municipality_language_and_audience(client, index):
    hubs = factories.hubs()
    lavoro = event_page(parent=hubs["lavoro"], title_it="Lavoro a Bologna", start=days_ahead(1))
    event_page(
        title_it="Modena in arabo",
        start=days_ahead(2),
        municipality="Modena",
        languages_spoken="it,ar",
        audience="migrants",
    )
    event_page(title_it="Per operatori", start=days_ahead(3), audience="operators")
    url = url_in(index, "it")

    assert titles(soup_of(client, url, hub="lavoro")) == [lavoro.title_it]
    # A HUB's event takes place in the HUB's municipality unless it says otherwise.
    assert titles(soup_of(client, url, municipality="bologna")) == ["Lavoro a Bologna"]
    assert titles(soup_of(client, url, municipality="Modena")) == ["Modena in arabo"]
    assert titles(soup_of(client, url, language="ar")) == ["Modena in arabo"]
    # "For migrants" includes the events for everyone, not those for operators.
    assert titles(soup_of(client, url, audience="migrants")) == [
        "Lavoro a Bologna",
        "Modena in arabo",
    ]
    soup = soup_of(client, url, hub="lavoro", language="ar")
    assert titles(soup) == []
    assert soup.select_one("#events-hub option[selected]")["value"] == "lavoro"


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"hub": "pesca"}, "“pesca” is not a HUB"),
        ({"municipality": "Atlantide"}, "There are no events in “Atlantide”"),
        ({"language": "xx"}, "“xx” is not a language of the portal"),
        ({"audience": "aliens"}, "“aliens” is not an audience"),
        ({"from": "31/12/2026"}, "“31/12/2026” is not a date"),
        ({"view": "agenda"}, "“agenda” is not a way of showing events"),
        ({"page": "abc"}, "“abc” is not a page number"),
    ],
)
def test_a_wrong_filter_value_is_ignored_with_a_message(client, index, params, says):
    event_page(title_it="Incontro", start=days_ahead(2))

    response = client.get(url_in(index, "en"), params)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert says in messages(soup)
    assert titles(soup) == ["Incontro"]


def test_an_end_date_before_the_start_date_is_ignored_with_a_message(client, index):
    event_page(title_it="Incontro", start=days_ahead(2))
    params = {"from": days_ahead(1).date().isoformat(), "to": days_ahead(-5).date().isoformat()}

    soup = soup_of(client, url_in(index, "en"), **params)

    assert "is before the start date" in messages(soup)
    assert titles(soup) == ["Incontro"]


def test_dates_are_paginated_and_a_page_out_of_range_shows_the_last(client, index):
    event_page(title_it="Corso", start=days_ahead(0, 23), repeat="DAILY", repeat_count=25)
    url = url_in(index, "en")

    first = soup_of(client, url)
    assert len(titles(first)) == 20
    assert first.select_one(".pagination [aria-current=page]").get_text() == "Page 1 of 2"
    second_link = first.select_one(".pagination a[rel=next]")["href"]
    assert "page=2" in second_link

    second = soup_of(client, url, page="2")
    assert len(titles(second)) == 5

    beyond = soup_of(client, url, page="99")
    assert "There is no page 99 of events: page 2 is shown." in messages(beyond)
    assert len(titles(beyond)) == 5


def test_a_cancelled_event_is_shown_as_cancelled_in_words(client, index):
    event_page(title_it="Annullato", start=days_ahead(2), status="cancelled")

    soup = soup_of(client, url_in(index, "it"))

    badge = soup.select_one(".portal-event-card .portal-event-status-cancelled")
    assert badge.get_text() == gettext("Cancelled")


def test_a_private_event_appears_in_no_listing(client, index):
    hub = factories.hub_page("salute")
    event_page(title_it="Pubblico", parent=hub, start=days_ahead(2))
    hidden = event_page(title_it="Riservato", parent=hub, start=days_ahead(3))
    make_private(hidden)

    assert titles(soup_of(client, url_in(index, "it"))) == ["Pubblico"]
    month = soup_of(client, url_in(index, "it"), view="month")
    assert "Riservato" not in month.get_text()
    landing = hub_upcoming_events(hub=hub, limit=5)
    assert [card.title.value for card in landing.cards] == ["Pubblico"]


def test_a_hub_lists_its_next_events_and_links_to_its_calendar(index):
    hub = factories.hub_page("lavoro")
    for days in (5, 1, 3, 8):
        quick_event(parent=hub, title_it=f"Fra {days} giorni", start=days_ahead(days))
    quick_event(parent=index, title_it="Regionale", start=days_ahead(2))

    landing = hub_upcoming_events(hub=hub, limit=3)

    assert [card.title.value for card in landing.cards] == [
        "Fra 1 giorni",
        "Fra 3 giorni",
        "Fra 5 giorni",
    ]
    assert landing.calendar_url == f"{url_in(index, 'it')}?hub=lavoro"
    assert landing.ics_url == "/feeds/events/it.ics?hub=lavoro"
    # What the HUB's page includes (hubs/hub_page.html).
    html = render_to_string("events/includes/hub_events.html", {"events": landing})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("#hub-events-title") is not None
    assert len(soup.select(".portal-event-card h3")) == 3


def test_the_arabic_calendar_is_right_to_left_with_italian_titles_marked(client, index):
    event_page(title_it="Solo in italiano", title_ar="", start=days_ahead(2))

    soup = soup_of(client, url_in(index, "ar"))

    assert soup.html["dir"] == "rtl"
    link = soup.select_one(".portal-event-card .card-title a")
    assert (link.get_text(), link["lang"], link["dir"]) == ("Solo in italiano", "it", "ltr")


def test_italian_dates_have_no_leading_zero_and_month_names_in_lower_case(client, index):
    from tests.events.helpers import rome

    event_page(title_it="Incontro", start=rome(2027, 2, 9, 18))
    event_page(title_it="Festa", start=rome(2027, 2, 6), end=rome(2027, 2, 7), all_day=True)

    soup = soup_of(client, url_in(index, "it"), **{"from": "2027-02-01", "to": "2027-02-28"})

    when = [p.get_text(" ", strip=True) for p in soup.select(".portal-event-when")]
    assert when == [
        f"sabato 6 febbraio 2027 – domenica 7 febbraio 2027 ({gettext('all day')})",
        "martedì 9 febbraio 2027, 18:00 – 20:00",
    ]
    assert "1 febbraio 2027" in soup.select_one(".portal-event-range").get_text()


def test_the_town_is_not_said_twice_and_an_online_event_has_none(client, index):
    """A HUB's event takes place in the HUB's town (Ferrara), unless it is only online."""
    hub = factories.hub_page("salute")
    event_page(parent=hub, title_it="In biblioteca", start=days_ahead(1), venue_name="Biblioteca")
    event_page(
        parent=hub, title_it="Al Comune", start=days_ahead(2), venue_name="Comune di Ferrara"
    )
    event_page(
        parent=hub,
        title_it="Webinar",
        start=days_ahead(3),
        online_url="https://meet.example.org/webinar",
    )
    url = url_in(index, "it")

    soup = soup_of(client, url)

    where = {
        card.select_one(".card-title a").get_text(): card.select_one(".portal-event-where")
        .get_text(" ", strip=True)
        .split(": ", 1)[1]
        for card in soup.select(".portal-event-card")
    }
    assert where == {
        "In biblioteca": "Biblioteca, Ferrara",
        "Al Comune": "Comune di Ferrara",
        "Webinar": gettext("Online"),
    }
    assert titles(soup_of(client, url, municipality="Ferrara")) == ["In biblioteca", "Al Comune"]


def test_an_event_page_does_not_repeat_the_town_its_address_names(rf, index):
    from events.selectors import event_details

    hub = factories.hub_page("salute")
    event = event_page(
        parent=hub,
        start=days_ahead(1),
        venue_name="Biblioteca Ariostea",
        venue_address="Via delle Scienze 17\n44121 Ferrara",
    )
    elsewhere = event_page(parent=hub, start=days_ahead(2), venue_name="Sala civica")

    assert event_details(event=event, request=rf.get("/")).municipality == ""
    assert event_details(event=elsewhere, request=rf.get("/")).municipality == "Ferrara"


def test_language_names_keep_their_own_alignment_in_the_arabic_filter(client, index):
    soup = soup_of(client, url_in(index, "ar"))

    options = soup.select("#events-language option[lang]")
    assert [option["lang"] for option in options][:2] == ["it", "en"]
    # No dir: it would push Italiano and English to the left of a right-to-left list.
    assert not [option for option in options if option.has_attr("dir")]
