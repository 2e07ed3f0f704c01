"""Cancelling through the signed link: GET shows, POST cancels, the waiting list moves up."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import CancelReason, Registration, RegistrationState
from events.registrations.tokens import SALT, cancel_token_make
from tests.events.registration_support import (
    attached_calendar,
    cancel_link,
    only_date,
    register,
    registering_event,
    sent_to,
)

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def full_date(django_capture_on_commit_callbacks):
    """A date with its one place taken and one person waiting; their e-mails sent."""
    occurrence = only_date(registering_event(registration_capacity=1))
    with django_capture_on_commit_callbacks(execute=True):
        register(occurrence, 1, language="fr")
        register(occurrence, 2, language="ar")
    return occurrence


def test_opening_the_link_changes_nothing(client, full_date):
    link = cancel_link(sent_to("persona1@example.org")[0])

    response = client.get(link)

    assert response.status_code == 200
    with translation.override("fr"):  # the link is in the registrant's language
        label = gettext("Cancel my registration")
    assert soup(response).select_one("[data-cancel-button]").get_text() == label
    assert "noindex" in response["X-Robots-Tag"]
    states = dict(Registration.objects.values_list("email", "state"))
    assert states == {
        "persona1@example.org": RegistrationState.CONFIRMED,
        "persona2@example.org": RegistrationState.WAITING,
    }


def test_cancelling_frees_the_place_for_the_first_person_waiting_who_is_told(
    client, full_date, django_capture_on_commit_callbacks
):
    link = cancel_link(sent_to("persona1@example.org")[0])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)

    assert response.status_code == 302
    first = Registration.objects.get(email="persona1@example.org")
    assert first.state == RegistrationState.CANCELLED
    assert first.cancel_reason == CancelReason.REGISTRANT
    second = Registration.objects.get(email="persona2@example.org")
    assert second.state == RegistrationState.CONFIRMED
    waiting_mail, promoted_mail = sent_to("persona2@example.org")
    assert waiting_mail.attachments == []
    assert promoted_mail.extra_headers["Content-Language"] == "ar"
    assert attached_calendar(promoted_mail)
    # The registrant who cancelled is not e-mailed about it: the page says so.
    assert len(sent_to("persona1@example.org")) == 1
    after = soup(client.get(response["Location"]))
    assert after.select_one("[data-registration-state]")["data-registration-state"] == "cancelled"


def test_cancelling_twice_changes_nothing_the_second_time(client, full_date):
    link = cancel_link(sent_to("persona1@example.org")[0])
    client.post(link)
    before = list(Registration.objects.order_by("pk").values_list("state", "updated_at"))

    response = client.post(link)

    assert response.status_code == 302
    assert list(Registration.objects.order_by("pk").values_list("state", "updated_at")) == before


def test_leaving_the_waiting_list_frees_nothing(client, full_date):
    link = cancel_link(sent_to("persona2@example.org")[0])

    with translation.override("ar"):
        label = gettext("Leave the waiting list")
    assert soup(client.get(link)).select_one("[data-cancel-button]").get_text() == label
    client.post(link)

    states = dict(Registration.objects.values_list("email", "state"))
    assert states["persona1@example.org"] == RegistrationState.CONFIRMED
    assert states["persona2@example.org"] == RegistrationState.CANCELLED


def test_a_tampered_link_is_refused_and_changes_nothing(client, full_date):
    link = cancel_link(sent_to("persona1@example.org")[0])
    token = link.rstrip("/").rsplit("/", 1)[1]
    forged = signing.dumps(
        {"r": Registration.objects.get(email="persona2@example.org").pk, "x": 4102444800},
        salt="another-salt",
    )

    with translation.override("fr"):  # the link is in the registrant's language
        expected = gettext(
            "This link is not valid. Copy the whole link from our e-mail, or use the "
            "latest e-mail we sent you."
        )

    for bad in (token[:-3] + "xyz", forged, "nonsense"):
        path = link.replace(token, bad)
        for response in (client.get(path), client.post(path)):
            assert response.status_code == 400
            problem = soup(response).select_one("[data-cancel-problem]").get_text().strip()
            assert problem == expected
    assert set(Registration.objects.values_list("state", flat=True)) == {
        RegistrationState.CONFIRMED,
        RegistrationState.WAITING,
    }


def test_an_expired_link_is_refused_and_changes_nothing(client, full_date):
    registration = Registration.objects.get(email="persona1@example.org")
    past = timezone.now() - datetime.timedelta(minutes=1)
    token = cancel_token_make(registration_id=registration.pk, expires=past)

    response = client.post(f"/it/event-registration/cancel/{token}/")

    assert response.status_code == 410
    assert soup(response).select_one("[data-cancel-problem]").get_text().strip() == gettext(
        "This link has expired: the date it was for is over, so there is nothing to cancel."
    )
    registration.refresh_from_db()
    assert registration.state == RegistrationState.CONFIRMED


def test_the_link_expires_when_the_date_ends(full_date):
    [message] = sent_to("persona1@example.org")
    token = cancel_link(message).rstrip("/").rsplit("/", 1)[1]

    data = signing.loads(token, salt=SALT)

    assert data["x"] == int(full_date.end.timestamp())


def test_the_link_of_a_purged_registration_says_so(client, full_date):
    link = cancel_link(sent_to("persona1@example.org")[0])
    Registration.objects.all().delete()

    response = client.get(link)

    assert response.status_code == 410
    assert soup(response).select_one("[data-cancel-problem]")
