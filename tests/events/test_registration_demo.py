"""The demo season's registrations: one event nearly full, two more open, nobody e-mailed."""

import pytest
from django.core import mail
from django.utils import timezone

from events.demo.data import EVENTS
from events.demo.loader import events_demo_load
from events.models import EventPage, Registration, RegistrationState
from events.selectors.registrations import registration_availability
from portal.demo.loader import DemoReport
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_nearly_full_event_and_loading_again_adds_no_one(
    django_capture_on_commit_callbacks,
):
    factories.hubs()
    with django_capture_on_commit_callbacks(execute=True):
        events_demo_load(DemoReport(), today=timezone.localdate())

    taking = [spec for spec in EVENTS if spec.get("registrations")]
    assert len(taking) == 3
    payslip = EventPage.objects.get(slug_it="contratto-busta-paga-diritti")
    date = payslip.event_occurrences.get()
    availability = registration_availability(event=payslip, occurrence=date)
    assert (availability.capacity, availability.confirmed, availability.places_left) == (20, 18, 2)
    assert availability.is_open
    addresses = list(Registration.objects.values_list("email", flat=True))
    assert len(addresses) == 18 + 6 + 4
    assert all(address.endswith("@example.org") for address in addresses)
    assert set(Registration.objects.values_list("state", flat=True)) == {
        RegistrationState.CONFIRMED
    }
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        events_demo_load(DemoReport(), today=timezone.localdate())

    assert Registration.objects.count() == 28
    assert mail.outbox == []
