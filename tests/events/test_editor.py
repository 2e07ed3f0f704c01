"""The event editor refuses what cannot be an event, saying why, and creates nothing."""

import html

import pytest
from django.urls import reverse

from events.models import EventOccurrence, EventPage
from tests.events.helpers import event_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(admin_client, admin_user):
    """The admin in English: the explanations below are the English messages."""
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=admin_user, defaults={"preferred_language": "en"})
    return admin_client


def add_url(parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk])


def form_data(**changes) -> dict:
    data = {
        "title_it": "Corso di italiano",
        "slug_it": "corso-di-italiano",
        "intro_it": "Lezioni gratuite.",
        "status": "scheduled",
        "start": "2026-12-08 18:00",  # a Tuesday
        "end": "2026-12-08 20:00",
        "repeat": "",
        "repeat_interval": "1",
        "audience": "everyone",
        "pim_category": "opportunity",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def post(client, **changes):
    index = event_index()
    response = client.post(add_url(index), form_data(**changes))
    return response, html.unescape(response.content.decode())


def test_a_weekly_event_built_from_the_form_is_published_with_its_dates(admin_client):
    response, _text = post(
        admin_client,
        repeat="WEEKLY",
        repeat_weekdays=["TU", "TH"],
        repeat_count="4",
        languages_spoken=["ar", "it"],
        **{"action-publish": "1"},
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug_it="corso-di-italiano")
    assert event.live
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"
    # In the portal's order, whatever order the boxes were posted in.
    assert event.languages_spoken == "it,ar"
    days = [row.start.day for row in EventOccurrence.objects.filter(event=event)]
    assert days == [8, 10, 15, 17]


def test_the_second_tuesday_of_every_month_is_chosen_without_writing_a_rule(admin_client):
    response, _text = post(
        admin_client,
        repeat="MONTHLY",
        repeat_position="2",
        repeat_weekdays=["TU"],
        repeat_until="2027-03-31",
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug_it="corso-di-italiano").get_latest_revision_as_object()
    assert event.rrule == "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270331T235959"


@pytest.mark.parametrize(
    ("changes", "explanation"),
    [
        (
            {"repeat": "custom", "rrule": "FREQ=WEEKLY;BYDAY=XX"},
            "“XX” is not a weekday",
        ),
        (
            {"repeat": "custom", "rrule": "FREQ=FORTNIGHTLY"},
            "FREQ=FORTNIGHTLY is not possible for an event",
        ),
        ({"repeat": "custom", "rrule": ""}, "Write the rule"),
        (
            {"end": "2026-12-08 17:00"},
            "The event ends (",
        ),
        (
            {"repeat": "WEEKLY", "repeat_until": "2026-12-01"},
            "The repetition ends on",
        ),
        (
            {"repeat": "WEEKLY", "repeat_until": "2027-01-31", "repeat_count": "3"},
            "Choose either an end date or a number of times, not both.",
        ),
        (
            {"repeat": "WEEKLY", "repeat_weekdays": ["MO"]},
            "make the start date the first date of the series",
        ),
        (
            {"repeat": "MONTHLY", "repeat_weekdays": ["TU"]},
            "choose which one of the month",
        ),
        (
            {"repeat": "WEEKLY", "excluded_dates": "2026-12-09"},
            "is not one of the event's dates.",
        ),
        (
            {"repeat": "WEEKLY", "excluded_dates": "next week"},
            "“next” is not a date",
        ),
        ({"excluded_dates": "2026-12-08"}, "only for a repeating event"),
        ({"latitude": "44.49"}, "Give both the latitude and the longitude"),
    ],
)
def test_an_impossible_event_is_refused_with_an_explanation(admin_client, changes, explanation):
    response, text = post(admin_client, **changes)

    assert response.status_code == 200
    assert explanation in text
    assert not EventPage.objects.exists()


def test_coordinates_out_of_range_are_refused(admin_client):
    response, text = post(admin_client, latitude="123", longitude="11.34")

    assert response.status_code == 200
    assert "90" in text
    assert not EventPage.objects.exists()


def test_a_malformed_rule_is_refused_when_saved_outside_the_editor_too():
    from django.core.exceptions import ValidationError

    from tests.events.helpers import event_page

    with pytest.raises(ValidationError) as refused:
        event_page(repeat="custom", rrule="FREQ=WEEKLY;COUNT=many")

    assert "COUNT" in str(refused.value.message_dict["rrule"])


def test_the_editor_shows_a_series_choices_again(admin_client):
    from bs4 import BeautifulSoup

    from tests.events.helpers import event_page, rome

    event = event_page(
        start=rome(2026, 12, 8, 18),
        repeat="WEEKLY",
        repeat_weekdays="TU,TH",
        languages_spoken="it,ar",
    )

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))

    soup = BeautifulSoup(response.content, "html.parser")
    ticked = {
        name: [box["value"] for box in soup.select(f'input[name="{name}"][checked]')]
        for name in ("repeat_weekdays", "languages_spoken")
    }
    assert ticked == {"repeat_weekdays": ["TU", "TH"], "languages_spoken": ["it", "ar"]}
