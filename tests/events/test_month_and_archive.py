"""The month view (an accessible table) and the archive of past events; queries bounded."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import gettext

from tests.events.helpers import days_ahead, event_index, event_page, many_events, rome
from tests.factories import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.events.urls")]


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def cell_of(soup: BeautifulSoup, day: int):
    for cell in soup.select("table.portal-month td"):
        number = cell.select_one(".portal-month-day [aria-hidden]")
        if number and number.get_text() == str(day):
            return cell
    raise AssertionError(f"no cell for day {day}")


@pytest.fixture
def index():
    return event_index()


def test_a_month_is_a_table_of_weeks_with_each_date_in_its_day(client, index):
    event_page(
        title_it="Corso del martedì",
        start=rome(2026, 12, 1, 18),
        repeat="WEEKLY",
        repeat_until=datetime.date(2026, 12, 31),
        excluded_dates="2026-12-22",
    )
    event_page(title_it="Festa", start=rome(2026, 12, 12, 10), all_day=True)

    soup = soup_of(client, url_in(index, "en"), view="month", month="2026-12")

    table = soup.select_one("table.portal-month")
    assert table.caption.get_text() == "Events in December 2026"
    headers = [th.abbr["title"] for th in table.select("thead th[scope=col]")]
    assert headers[0] == "Monday" and len(headers) == 7
    # 1 December 2026 is a Tuesday: the first row starts with an empty Monday.
    first_row = table.select("tbody tr")[0].select("td")
    assert "portal-month-outside" in first_row[0]["class"]
    for day in (1, 8, 15, 29):
        assert "Corso del martedì" in cell_of(soup, day).get_text()
    assert "Corso del martedì" not in cell_of(soup, 22).get_text()  # excluded
    assert "Festa" in cell_of(soup, 12).get_text()
    assert cell_of(soup, 1).select_one(".visually-hidden").get_text() == "Tuesday Dec. 1, 2026"


def test_the_month_view_links_to_the_months_around_it_keeping_the_filters(client, index):
    soup = soup_of(client, url_in(index, "en"), view="month", month="2026-01", language="ar")

    previous = soup.select_one(".portal-month-nav a[rel=prev]")["href"]
    following = soup.select_one(".portal-month-nav a[rel=next]")["href"]
    assert "month=2025-12" in previous and "language=ar" in previous
    assert "month=2026-02" in following and "view=month" in following


def test_a_wrong_month_shows_this_month_with_a_message(client, index):
    soup = soup_of(client, url_in(index, "en"), view="month", month="2026-13")

    assert "“2026-13” is not a month" in soup.select_one(".portal-event-messages").get_text()
    this_month = timezone.localdate().strftime("%B %Y")
    assert soup.select_one("#events-month-title").get_text() == this_month


def test_the_arabic_month_is_a_right_to_left_table(client, index):
    soup = soup_of(client, url_in(index, "ar"), view="month", month="2026-12")

    assert soup.html["dir"] == "rtl"
    assert soup.select_one("table.portal-month").caption is not None


def test_the_archive_lists_past_dates_newest_first(client, index):
    event_page(title_it="Vecchio", start=days_ahead(-30))
    event_page(title_it="Recente", start=days_ahead(-2))
    event_page(title_it="Futuro", start=days_ahead(2))

    soup = soup_of(client, url_in(index, "it"), view="archive")

    titles = [a.get_text() for a in soup.select(".portal-event-card .card-title a")]
    assert titles == ["Recente", "Vecchio"]
    current = soup.select_one(".portal-event-views [aria-current=page]").get_text()
    assert current == gettext("Past events")


def _queries(client, url: str, **params) -> int:
    cache.clear()
    client.get(url, params)  # fills what every page remembers (routes, navigation)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_the_listing_reads_as_many_queries_for_200_events_as_for_10(client, index):
    url = url_in(index, "it")
    month = days_ahead(40).date().strftime("%Y-%m")
    many_events(parent=index, events=[{"start": days_ahead(35 + n % 20)} for n in range(10)])
    few = (_queries(client, url), _queries(client, url, view="month", month=month))

    many_events(parent=index, events=[{"start": days_ahead(35 + n % 20)} for n in range(190)])
    many = (_queries(client, url), _queries(client, url, view="month", month=month))

    assert many == few
    soup = soup_of(client, url, view="month", month=month)
    assert len(soup.select(".portal-month-events li")) > 100


def test_on_a_phone_the_month_is_a_list_of_its_days_with_events(client, index):
    event_page(title_it="Corso", start=rome(2027, 2, 2, 18), repeat="WEEKLY", repeat_count=2)

    soup = soup_of(client, url_in(index, "it"), view="month", month="2027-02")

    # The table is for wider screens; a phone gets the list (Bootstrap's display classes).
    assert "d-none" in soup.select_one("table.portal-month").parent["class"]
    agenda = soup.select_one(".portal-month-agenda")
    assert "d-md-none" in agenda["class"]
    assert [h3.get_text() for h3 in agenda.select("h3")] == [
        "Martedì 2 febbraio 2027",
        "Martedì 9 febbraio 2027",
    ]
    assert [a.get_text(" ", strip=True) for a in agenda.select("a")] == ["18:00 Corso"] * 2
    assert soup.select_one("#events-month-title").get_text() == "Febbraio 2027"
    assert cell_of(soup, 2).select_one(".visually-hidden").get_text() == "martedì 2 febbraio 2027"


def test_a_month_without_events_says_so_on_a_phone(client, index):
    soup = soup_of(client, url_in(index, "en"), view="month", month="2030-03")

    assert soup.select_one(".portal-month-agenda").get_text(strip=True) == (
        "There are no events this month."
    )
