"""Registering for a date on the portal: the form, its refusals, the receipt and the e-mail."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from events.models import EventStatus, Registration, RegistrationState
from events.selectors.registrations import Refusal, refusal_message
from tests import factories
from tests.events.helpers import days_ahead, make_private
from tests.events.registration_support import (
    attached_calendar,
    form_data,
    form_url,
    only_date,
    register,
    registering_event,
    sent_to,
)
from tests.factories import url_in

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def post(client, occurrence, capture, **fields):
    with capture(execute=True):
        return client.post(form_url(occurrence), form_data(**fields))


def refusal_shown(response) -> str:
    alert = soup(response).select_one("[data-refusal]")
    assert alert is not None, response.content.decode()[:3000]
    return alert["data-refusal"]


# --- The event page -------------------------------------------------------------------


def test_the_event_page_links_each_open_date_to_its_form(client):
    event = registering_event(repeat="WEEKLY", repeat_count=3)
    dates = list(event.event_occurrences.order_by("start"))

    page = soup(client.get(url_in(event, "it")))

    links = [a["href"] for a in page.select(".portal-event-registration a.btn")]
    assert links == [form_url(date) for date in dates]
    assert page.select_one("#event-registration-title").get_text() == gettext("Registration")


def test_an_event_without_registrations_shows_no_form_link(client):
    event = registering_event(registration_enabled=False)

    page = soup(client.get(url_in(event, "it")))

    assert page.select_one(".portal-event-registration") is None


def test_a_closed_date_is_not_offered(client):
    event = registering_event(start=days_ahead(1, 18), registration_closes_hours=48)

    page = soup(client.get(url_in(event, "it")))

    assert page.select(".portal-event-registration a.btn") == []
    assert gettext("Registration is required, and it is closed for the dates shown.") in (
        page.select_one(".portal-event-registration").get_text()
    )


# --- Registering ----------------------------------------------------------------------


def test_the_form_shows_the_places_left_and_needs_no_javascript(client):
    event = registering_event(registration_capacity=20)
    occurrence = only_date(event)
    register(occurrence, 1)

    response = client.get(form_url(occurrence))

    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("form.portal-registration-form")
    assert form["method"] == "post"
    assert page.select_one("[data-places-left]")["data-places-left"] == "19"
    for name in ("name", "email", "phone", "language", "needs_interpreter", "consent"):
        field = form.select_one(f'[name="{name}"]')
        assert page.select_one(f'label[for="{field["id"]}"]'), name
    assert page.select_one("script") is None or not page.select("script:not([src])")
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_registering_confirms_a_place_and_mails_it_in_the_chosen_language(
    client, django_capture_on_commit_callbacks
):
    event = registering_event(title_ar="لقاء حول العمل")
    occurrence = only_date(event)

    response = post(client, occurrence, django_capture_on_commit_callbacks, language="ar")

    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.state == RegistrationState.CONFIRMED
    assert registration.language == "ar"
    assert registration.consented_at is not None
    receipt = client.get(response["Location"])
    assert soup(receipt).select_one("[data-registration-state]")["data-registration-state"] == (
        "confirmed"
    )
    [message] = sent_to("amina@example.org")
    with translation.override("ar"):
        assert message.subject == gettext("Registration confirmed: %(title)s") % {
            "title": "لقاء حول العمل"
        }
    assert message.extra_headers["Content-Language"] == "ar"
    calendar = attached_calendar(message)
    [vevent] = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == occurrence.start
    assert "RRULE" not in vevent
    registration.refresh_from_db()
    assert registration.notified_state == RegistrationState.CONFIRMED


def test_a_full_date_puts_the_next_person_on_the_waiting_list(
    client, django_capture_on_commit_callbacks
):
    occurrence = only_date(registering_event(registration_capacity=1))
    register(occurrence, 1)

    page = soup(client.get(form_url(occurrence)))
    assert page.select_one(".portal-registration-form button").get_text() == gettext(
        "Join the waiting list"
    )
    response = post(client, occurrence, django_capture_on_commit_callbacks)

    registration = Registration.objects.get(email="amina@example.org")
    assert registration.state == RegistrationState.WAITING
    receipt = soup(client.get(response["Location"]))
    assert receipt.select_one("[data-registration-state]")["data-registration-state"] == "waiting"
    [message] = sent_to("amina@example.org")
    assert message.attachments == []


def test_a_full_date_without_waiting_list_refuses_and_saves_nothing(client):
    occurrence = only_date(
        registering_event(registration_capacity=1, registration_waiting_list=False)
    )
    register(occurrence, 1)

    response = client.post(form_url(occurrence), form_data())

    assert refusal_shown(response) == Refusal.FULL
    assert escape(refusal_message(Refusal.FULL)) in response.content.decode()
    assert Registration.objects.count() == 1


def test_the_same_address_twice_gets_a_friendly_message_and_no_duplicate(
    client, django_capture_on_commit_callbacks
):
    occurrence = only_date(registering_event())
    post(client, occurrence, django_capture_on_commit_callbacks)

    response = client.post(form_url(occurrence), form_data(email="AMINA@Example.org"))

    assert response.status_code == 200
    error = soup(response).select_one("#id_email-error").get_text()
    assert error == refusal_message(Refusal.DUPLICATE)
    assert Registration.objects.count() == 1


def test_an_invalid_address_is_explained_on_the_field(client):
    occurrence = only_date(registering_event())

    response = client.post(form_url(occurrence), form_data(email="amina@"))

    page = soup(response)
    assert page.select_one("#id_email")["aria-invalid"] == "true"
    assert "id_email-error" in page.select_one("#id_email")["aria-describedby"]
    assert page.select_one("#registration-errors a[href='#id_email']")
    assert "@example.com" in page.select_one("#id_email-error").get_text()  # an example address
    assert Registration.objects.count() == 0


def test_without_consent_nothing_is_saved(client):
    occurrence = only_date(registering_event())

    response = client.post(form_url(occurrence), form_data(consent=None))

    assert soup(response).select_one("#id_consent-error").get_text() == gettext(
        "To register, you must accept the privacy notice."
    )
    assert Registration.objects.count() == 0


def test_a_date_past_its_deadline_refuses(client):
    occurrence = only_date(registering_event(start=days_ahead(1, 18), registration_closes_hours=48))

    get = client.get(form_url(occurrence))
    response = client.post(form_url(occurrence), form_data())

    assert refusal_shown(get) == Refusal.CLOSED
    assert refusal_shown(response) == Refusal.CLOSED
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    ("status", "refusal"),
    [
        (EventStatus.CANCELLED, Refusal.EVENT_CANCELLED),
        (EventStatus.POSTPONED, Refusal.EVENT_POSTPONED),
    ],
)
def test_a_cancelled_or_postponed_event_refuses(client, status, refusal):
    occurrence = only_date(registering_event(status=status))

    response = client.post(form_url(occurrence), form_data())

    assert refusal_shown(response) == refusal
    assert refusal_message(refusal) in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_date_that_has_started_refuses(client):
    occurrence = only_date(registering_event(start=days_ahead(0, 0, 1)))
    occurrence.start = occurrence.start - datetime.timedelta(days=1)

    from events.models import EventOccurrence

    EventOccurrence.objects.filter(pk=occurrence.pk).update(start=occurrence.start)

    response = client.post(form_url(occurrence), form_data())

    assert refusal_shown(response) == Refusal.STARTED
    assert Registration.objects.count() == 0


def test_an_unknown_or_unpublished_date_is_not_found(client):
    event = registering_event()
    occurrence = only_date(event)
    event.unpublish()

    assert client.get(form_url(occurrence)).status_code == 404
    assert client.get(form_url(occurrence).replace(str(occurrence.pk), "999999")).status_code == 404


def test_the_form_of_a_private_event_asks_for_a_login(client):
    event = registering_event()
    make_private(event)

    response = client.post(form_url(only_date(event)), form_data())

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert Registration.objects.count() == 0


@override_settings(EVENTS_REGISTRATION_RATE="2/h")
def test_too_many_registrations_from_one_address_get_a_friendly_page(
    client, django_capture_on_commit_callbacks
):
    occurrence = only_date(registering_event(registration_capacity=10))

    for number in (1, 2):
        assert (
            post(
                client,
                occurrence,
                django_capture_on_commit_callbacks,
                email=f"p{number}@example.org",
            ).status_code
            == 302
        )
    response = client.post(form_url(occurrence), form_data(email="p3@example.org"))

    assert response.status_code == 429
    assert soup(response).select_one("[data-rate-limited]")
    assert Registration.objects.count() == 2


def test_the_arabic_form_is_right_to_left_with_addresses_left_to_right(client):
    occurrence = only_date(registering_event())

    page = soup(client.get(form_url(occurrence, "ar")))

    assert page.html["dir"] == "rtl" and page.html["lang"] == "ar"
    assert page.select_one("#id_email")["dir"] == "ltr"
    assert page.select_one("#id_language option[selected]")["value"] == "ar"


def test_a_receipt_link_that_was_tampered_with_is_not_found(client):
    occurrence = only_date(registering_event())
    register(occurrence, 1)

    assert client.get("/it/event-registration/done/not-a-token/").status_code == 404


def test_the_hub_event_form_names_the_hub_municipality(client):
    hub = factories.hub_page("lavoro")
    occurrence = only_date(registering_event(parent=hub))

    page = soup(client.get(form_url(occurrence)))

    assert "Comune di Bologna" in page.select_one(".portal-registration-summary").get_text()
    mail.outbox.clear()
