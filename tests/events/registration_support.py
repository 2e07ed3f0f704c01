"""Events that take registrations, the form's data, and reading what was e-mailed."""

import email
import email.policy
import re
from urllib.parse import urlsplit

from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from events.models import EventOccurrence, EventPage, Registration
from events.registrations.services import registration_create
from tests.events.helpers import days_ahead, event_page


def registering_event(**fields) -> EventPage:
    """A published event a week ahead taking registrations (2 places, waiting list)."""
    values = {
        "start": days_ahead(7, 18),
        "registration_enabled": True,
        "registration_capacity": 2,
        "registration_waiting_list": True,
        "venue_name": "Biblioteca Salaborsa",
        "venue_address": "Piazza del Nettuno 3, 40124 Bologna",
        **fields,
    }
    return event_page(**values)


def only_date(event: EventPage) -> EventOccurrence:
    return EventOccurrence.objects.get(event=event)


def form_url(occurrence: EventOccurrence, language: str = "it") -> str:
    from django.utils import translation

    with translation.override(language):
        return reverse("events_registration", kwargs={"occurrence_id": occurrence.pk})


def form_data(**fields) -> dict[str, str]:
    data = {
        "name": "Amina Haddad",
        "email": "amina@example.org",
        "phone": "+39 051 123 4567",
        "language": "ar",
        "consent": "on",
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def register(occurrence: EventOccurrence, number: int, **fields) -> Registration:
    """A registration made through the service (not the form), fast."""
    values = {
        "name": f"Persona {number}",
        "email": f"persona{number}@example.org",
        "language": "it",
        **fields,
    }
    return registration_create(occurrence_id=occurrence.pk, **values)


def sent_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def cancel_link(message) -> str:
    """The path of the cancellation link in a message's text."""
    match = re.search(r"https?://\S+/event-registration/cancel/\S+/", message.body)
    assert match, message.body
    return urlsplit(match.group(0)).path


def attached_calendar(message) -> Calendar:
    files = [item for item in message.attachments if item[0].endswith(".ics")]
    assert len(files) == 1, message.attachments
    _name, content, mimetype = files[0]
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def parsed(path) -> email.message.EmailMessage:
    """A message the file backend wrote (the first of the file)."""
    raw = path.read_bytes().split(b"\n" + b"-" * 79 + b"\n")[0]
    return email.message_from_bytes(raw, policy=email.policy.default)
