"""The organisers' registrations in the admin: every view as every role, the CSV, attendance.

A HUB's groups see their own HUB's registrants and nobody else's; the regional editors
and superusers see everyone; the network operators and anonymous visitors see nothing.
"Sees" is checked by what the page shows (a registrant's name), never by the status
code alone. The HUBs, people and events are built once for the module (in a transaction
rolled back at its end); every attempt runs in a savepoint of its own.
"""

import csv
import io
from collections.abc import Callable

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from events.models import EventOccurrence, Registration
from tests.events.registration_support import only_date, register, registering_event
from tests.hubs.permission_world import PASSWORD, hub_people, module_transaction

pytestmark = pytest.mark.django_db

Y, N = True, False
COLUMNS = ("anonymous", "hub own", "hub other", "regional", "operator", "superuser")
#: Who plays each column, and on which event ("lavoro", "salute" or "region").
PLAYERS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "anonymous": ((None, "lavoro"),),
    "hub own": (("redattore-lavoro", "lavoro"), ("moderatore-salute", "salute")),
    "hub other": (
        ("redattore-lavoro", "salute"),
        ("moderatore-salute", "lavoro"),
        ("redattore-lavoro", "region"),
    ),
    "regional": (("regionale", "salute"), ("regionale", "region")),
    "operator": (("operatore", "lavoro"),),
    "superuser": (("admin", "lavoro"), ("admin", "region")),
}
NAMES = {"lavoro": "Mario Bolognesi", "salute": "Fatima Ferraresi", "region": "Ana Regionale"}

# fmt: off
MATRIX: dict[str, tuple[bool, ...]] = {
    #                       anon  own   other  regional operator superuser
    "menu item":           (N,    Y,    Y,     Y,       N,       Y),
    "dates list":          (N,    Y,    N,     Y,       N,       Y),
    "date registrants":    (N,    Y,    N,     Y,       N,       Y),
    "csv export":          (N,    Y,    N,     Y,       N,       Y),
    "mark attendance":     (N,    Y,    N,     Y,       N,       Y),
}
# fmt: on


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_transaction(django_db_blocker), translation.override("it"):
        hubs, people = hub_people()
        people["admin"] = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", PASSWORD
        )
        for user in people.values():
            UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        dates = {}
        for key, parent in (
            ("lavoro", hubs["lavoro"]),
            ("salute", hubs["salute"]),
            ("region", None),
        ):
            event = registering_event(parent=parent, title_it=f"Incontro {key}")
            dates[key] = only_date(event)
            register(dates[key], 1, name=NAMES[key], email=f"{key}@example.org")
        yield {"people": people, "dates": dates}


ACTIONS: dict[str, Callable[[Client, EventOccurrence], bool]] = {}


def action(name: str):
    def add(function):
        ACTIONS[name] = function
        return function

    return add


def _date_url(date: EventOccurrence) -> str:
    return reverse("events_registrations_admin_date", args=[date.pk])


@action("menu item")
def menu_item(client, date) -> bool:
    response = client.get(reverse("wagtailadmin_home"))
    return response.status_code == 200 and reverse("events_registrations_admin") in response.text


@action("dates list")
def dates_list(client, date) -> bool:
    response = client.get(reverse("events_registrations_admin"))
    return response.status_code == 200 and f'href="{_date_url(date)}"' in response.text


@action("date registrants")
def date_registrants(client, date) -> bool:
    response = client.get(_date_url(date), follow=True)
    return NAMES[_key(date)] in response.text and response.redirect_chain == []


@action("csv export")
def csv_export(client, date) -> bool:
    response = client.get(reverse("events_registrations_admin_csv", args=[date.pk]))
    return response.status_code == 200 and NAMES[_key(date)] in response.content.decode()


@action("mark attendance")
def mark_attendance(client, date) -> bool:
    registration = Registration.objects.get(occurrence=date)
    client.post(_date_url(date), {f"attended-{registration.pk}": "yes"})
    registration.refresh_from_db()
    return registration.attended is True


def _key(date: EventOccurrence) -> str:
    return Registration.objects.get(occurrence=date).email.split("@")[0]


def test_the_matrix_covers_every_action_and_role():
    assert set(MATRIX) == set(ACTIONS)
    assert set(PLAYERS) == set(COLUMNS)


@pytest.mark.parametrize("name", MATRIX)
def test_access(world, name):
    wrong = []
    for column, expected in zip(COLUMNS, MATRIX[name], strict=True):
        for username, target in PLAYERS[column]:
            client = Client()
            with transaction.atomic():
                if username:
                    client.force_login(world["people"][username])
                happened = ACTIONS[name](client, world["dates"][target])
                transaction.set_rollback(True)
            if happened != expected:
                verb = "may" if expected else "may not"
                wrong.append(f"{column} ({username or 'nobody'} on {target}) {verb}: {name}")
    assert wrong == []


def test_a_hub_never_sees_another_hubs_registrants_anywhere(world):
    client = Client()
    client.force_login(world["people"]["moderatore-salute"])

    pages = [
        client.get(reverse("events_registrations_admin")).text,
        client.get(reverse("events_registrations_admin") + "?when=past").text,
        client.get(_date_url(world["dates"]["lavoro"]), follow=True).text,
        client.get(
            reverse("events_registrations_admin_csv", args=[world["dates"]["lavoro"].pk]),
            follow=True,
        ).text,
    ]

    assert all(NAMES["lavoro"] not in page and "lavoro@example.org" not in page for page in pages)
    assert NAMES["salute"] not in pages[0]  # the list shows dates, not people
    assert "Incontro salute" in pages[0] and "Incontro lavoro" not in pages[0]


def test_the_csv_has_every_registration_and_no_formula(world):
    date = world["dates"]["region"]
    register(date, 2, name='=HYPERLINK("http://example.org")', email="formula@example.org")
    client = Client()
    client.force_login(world["people"]["regionale"])

    response = client.get(reverse("events_registrations_admin_csv", args=[date.pk]))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Name", "E-mail", "Phone"]
    assert [row[0] for row in rows[1:]] == [NAMES["region"], '\'=HYPERLINK("http://example.org")']


def test_an_unknown_attendance_value_saves_nothing(world):
    date = world["dates"]["lavoro"]
    registration = Registration.objects.get(occurrence=date)
    client = Client()
    client.force_login(world["people"]["moderatore-lavoro"])

    response = client.post(_date_url(date), {f"attended-{registration.pk}": "maybe"}, follow=True)

    registration.refresh_from_db()
    assert registration.attended is None
    assert "is not yes, no or not known" in response.text


def test_attendance_sent_for_another_dates_registration_is_ignored(world):
    own, other = world["dates"]["lavoro"], world["dates"]["salute"]
    theirs = Registration.objects.get(occurrence=other)
    client = Client()
    client.force_login(world["people"]["moderatore-lavoro"])

    client.post(_date_url(own), {f"attended-{theirs.pk}": "yes"})

    theirs.refresh_from_db()
    assert theirs.attended is None


def test_a_bad_choice_of_dates_is_explained(world):
    client = Client()
    client.force_login(world["people"]["regionale"])

    response = client.get(reverse("events_registrations_admin") + "?when=yesterday")

    assert response.status_code == 200
    assert "is not a choice of dates" in response.text
