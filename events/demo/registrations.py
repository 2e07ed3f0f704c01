"""Demo registrations: fictitious people on example.org addresses, so organisers see a list.

An event of the demo data takes registrations when it has a ``registrations`` entry::

    "registrations": {
        "capacity": 20,            # places per date (None: no limit)
        "closes_hours": 24,        # registrations close this many hours before a date
        "waiting_list": True,
        "people": 18,              # demo registrants on its next date
    },

The people are registered through the real service (so capacity and the waiting list
apply) on the event's next date, once: a date that already has registrations is left
alone. Nobody is e-mailed: they are marked as told, and the addresses are example.org's,
which receives no mail.
"""

from django.db.models import F, OuterRef, Subquery
from django.utils import timezone

from events.models import EventOccurrence, EventPage, Registration
from events.registrations.services import registration_create

#: Names and languages of the kind the HUBs' desks meet; none is a real person.
PEOPLE = [
    ("Amina Haddad", "ar", True),
    ("Mohamed Benali", "fr", False),
    ("Li Wei", "zh-hans", True),
    ("Olena Kovalenko", "uk", False),
    ("Ahmed Raza", "ur", True),
    ("Fatou Diop", "fr", False),
    ("Ion Popescu", "ro", False),
    ("Arben Hoxha", "sq", False),
    ("Samira El Idrissi", "ar", False),
    ("Chen Jing", "zh-hans", False),
    ("Bilal Hussain", "ur", False),
    ("Mariana Rusu", "ro", False),
    ("Kofi Mensah", "en", False),
    ("Nadia Boukhari", "ar", True),
    ("Oksana Shevchenko", "uk", False),
    ("Elira Dervishi", "sq", False),
    ("Youssef Amrani", "it", False),
    ("Zhang Min", "zh-hans", False),
    ("Ayesha Malik", "ur", False),
    ("Grace Okafor", "en", False),
]
DEMO_DOMAIN = "example.org"


def registration_values(spec: dict) -> dict:
    """The event's registration fields for its demo entry (off without one)."""
    registrations = spec.get("registrations")
    if not registrations:
        return {
            "registration_enabled": False,
            "registration_capacity": None,
            "registration_closes_hours": 0,
            "registration_waiting_list": True,
        }
    return {
        "registration_enabled": True,
        "registration_capacity": registrations.get("capacity"),
        "registration_closes_hours": registrations.get("closes_hours", 0),
        "registration_waiting_list": registrations.get("waiting_list", True),
    }


def registration_errors(key: str, spec: dict) -> list[str]:
    registrations = spec.get("registrations")
    if registrations is None:
        return []
    people = registrations.get("people", 0)
    if not 0 <= people <= len(PEOPLE):
        return [f"{key}: registrations.people must be between 0 and {len(PEOPLE)}"]
    return []


def _address(name: str) -> str:
    return f"{'.'.join(name.lower().split())}@{DEMO_DOMAIN}"


def demo_registrations_ensure(page: EventPage, spec: dict) -> int:
    """Register the demo people on ``page``'s next date if it has none; return how many.

    Demo registrants of its dates are marked as told of their date (the loader may have
    just moved it with the week), so that loading the demo never sends an e-mail.
    """
    date_start = EventOccurrence.all_objects.filter(pk=OuterRef("occurrence_id")).values("start")
    Registration.objects.filter(occurrence__event=page, email__endswith=f"@{DEMO_DOMAIN}").update(
        notified_state=F("state"), notified_start=Subquery(date_start[:1])
    )
    wanted = (spec.get("registrations") or {}).get("people", 0)
    occurrence = (
        EventOccurrence.objects.filter(event=page, end__gt=timezone.now()).order_by("start").first()
    )
    if not wanted or occurrence is None or occurrence.registrations.exists():
        return 0
    ids = [
        registration_create(
            occurrence_id=occurrence.pk,
            name=name,
            email=_address(name),
            language=language,
            needs_interpreter=interpreter,
        ).pk
        for name, language, interpreter in PEOPLE[:wanted]
    ]
    Registration.objects.filter(pk__in=ids).update(
        notified_state=F("state"), notified_start=occurrence.start
    )
    return len(ids)
