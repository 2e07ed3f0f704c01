"""People racing for the last places, in threads with connections of their own, on PostgreSQL.

Each thread registers through the service in its own transaction, all released at once
by a barrier: without the row lock on the date they would all count the same free
places and all be confirmed.
"""

import threading
from collections import Counter

import pytest
from django.db import connection

from events.models import Registration, RegistrationState
from events.registrations.services import RegistrationRefused
from events.selectors.registrations import Refusal
from tests.events.registration_support import only_date, register, registering_event
from tests.services import require_postgres

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def race(occurrence, people: list[dict]) -> list[object]:
    """Everyone in ``people`` registers at once; what each got (a state or a refusal)."""
    barrier = threading.Barrier(len(people))
    outcomes: list[object] = [None] * len(people)

    def attempt(position: int, fields: dict) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[position] = register(occurrence, position + 1, **fields).state
        except RegistrationRefused as refused:
            outcomes[position] = refused.refusal
        except Exception as error:  # reported by the assertions below
            outcomes[position] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=attempt, args=(position, fields))
        for position, fields in enumerate(people)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_people_racing_for_the_last_place_one_gets_it_the_other_waits():
    require_postgres()
    occurrence = only_date(registering_event(registration_capacity=1))

    outcomes = race(occurrence, [{}, {}])

    assert Counter(outcomes) == {RegistrationState.CONFIRMED: 1, RegistrationState.WAITING: 1}
    assert Registration.objects.filter(state=RegistrationState.CONFIRMED).count() == 1


def test_without_a_waiting_list_the_one_who_loses_the_race_is_refused():
    require_postgres()
    occurrence = only_date(
        registering_event(registration_capacity=1, registration_waiting_list=False)
    )

    outcomes = race(occurrence, [{}, {}])

    assert Counter(outcomes) == {RegistrationState.CONFIRMED: 1, Refusal.FULL: 1}
    assert Registration.objects.count() == 1


def test_ten_people_for_three_places_never_overbook():
    require_postgres()
    occurrence = only_date(registering_event(registration_capacity=3))

    outcomes = race(occurrence, [{} for _person in range(10)])

    assert Counter(outcomes) == {RegistrationState.CONFIRMED: 3, RegistrationState.WAITING: 7}
    assert Registration.objects.filter(state=RegistrationState.CONFIRMED).count() == 3


def test_the_same_address_twice_at_once_is_registered_once():
    require_postgres()
    occurrence = only_date(registering_event(registration_capacity=5))
    same = {"email": "twice@example.org"}

    outcomes = race(occurrence, [same, same])

    assert Counter(outcomes) == {RegistrationState.CONFIRMED: 1, Refusal.DUPLICATE: 1}
    assert Registration.objects.filter(email="twice@example.org").count() == 1
