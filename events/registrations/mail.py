"""The e-mails to a registrant, written in the language they chose on the form.

Plain text, one message per registrant and notice. A notice that gives or keeps a place
carries the date as an ``.ics`` file (a single VEVENT built with ``events.ics``, so that
it reads like the event's own calendar file) and each carries the signed link that
cancels the registration (``tokens``). Links are absolute, on ``PORTAL_BASE_URL``.
"""

import datetime
from enum import StrEnum

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar

from events.ics import CONTENT_TYPE, UID_DOMAIN, calendar_ics, event_vevent
from events.models import EventOccurrence, EventPage, Registration, RegistrationState
from events.recurrence import ROME, occurrence_key
from events.registrations.tokens import cancel_token_make
from events.selectors.cards import event_town, hub_names, hub_of, named_in, when_text
from events.selectors.event import EventDate, hub_of_event, organiser_name
from portal.languages import localised


class Notice(StrEnum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    PROMOTED = "promoted"
    MOVED = "moved"
    CANCELLED = "cancelled"
    REMINDER = "reminder"


#: Notices that come with the date's ``.ics``: the registrant has a place.
WITH_CALENDAR = {Notice.CONFIRMED, Notice.PROMOTED, Notice.REMINDER}


def absolute(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def cancel_url(registration: Registration, occurrence: EventOccurrence) -> str:
    """The signed link, in the active language, valid until the date ends."""
    token = cancel_token_make(registration_id=registration.pk, expires=occurrence.end)
    return absolute(reverse("events_registration_cancel", kwargs={"token": token}))


def event_town_shown(event: EventPage) -> str:
    """The town to write after the venue and address: none if they already say it."""
    hub = hub_of_event(event)
    town = event_town(event, hub.municipality if hub else "")
    return "" if named_in(town, event.venue_name, event.venue_address) else town


def event_date(event: EventPage, occurrence: EventOccurrence) -> EventDate:
    return EventDate(
        key=occurrence_key(occurrence.start),
        start=occurrence.start.astimezone(ROME),
        end=occurrence.end.astimezone(ROME),
        all_day=event.all_day,
    )


def occurrence_ics(*, event: EventPage, occurrence: EventOccurrence, url: str) -> bytes:
    """One date of ``event`` as a calendar file, in the active language.

    Its own UID (the event's and the date's), so that it neither replaces nor is
    replaced by the whole series a reader may have imported from the event's page.
    """
    calendar = Calendar.from_ical(calendar_ics([], name="", request=None, hubs=[]))
    del calendar["x-wr-calname"]
    hub = hub_of(event.path, hub_names(request=None))
    vevent = event_vevent(event, url=url, hub=hub)
    for name in ("uid", "dtstart", "dtend", "rrule", "exdate"):
        vevent.pop(name, None)
    vevent.add("uid", f"event-{event.pk}-{occurrence_key(occurrence.start)}@{UID_DOMAIN}")
    date = event_date(event, occurrence)
    if event.all_day:
        vevent.add("dtstart", date.start.date())
        vevent.add("dtend", date.last_day + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", date.start)
        vevent.add("dtend", max(date.end, date.start))
    calendar.add_component(vevent)
    return calendar.to_ical()


def _subject(notice: Notice, title: str) -> str:
    subjects = {
        Notice.CONFIRMED: _("Registration confirmed: %(title)s"),
        Notice.WAITING: _("You are on the waiting list: %(title)s"),
        Notice.PROMOTED: _("A place is free for you: %(title)s"),
        Notice.MOVED: _("New date: %(title)s"),
        Notice.CANCELLED: _("It will not take place: %(title)s"),
        Notice.REMINDER: _("Reminder: %(title)s"),
    }
    return subjects[notice] % {"title": title}


def registration_message(*, registration: Registration, notice: Notice) -> EmailMessage:
    """The e-mail of ``notice`` for ``registration``, in the registrant's language."""
    occurrence = registration.occurrence
    event = EventPage.objects.get(pk=occurrence.event_id)
    with translation.override(registration.language):
        title = localised(event, "title").value or event.title
        page_url = absolute(event.get_url() or "") if event.live else ""
        date = event_date(event, occurrence)
        hub = hub_of_event(event)
        context = {
            "notice": notice.value,
            "name": registration.name,
            "title": title,
            "when": when_text(date),
            "venue_name": event.venue_name,
            "venue_address": ", ".join(
                line.strip() for line in event.venue_address.splitlines() if line.strip()
            ),
            "municipality": event_town_shown(event),
            "online_url": event.online_url,
            "organiser": organiser_name(event, hub),
            "page_url": page_url,
            "cancel_url": cancel_url(registration, occurrence)
            if registration.state != RegistrationState.CANCELLED
            else "",
            "is_waiting": registration.state == RegistrationState.WAITING,
            "needs_interpreter": registration.needs_interpreter,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "retention_days": settings.EVENTS_REGISTRATION_RETENTION_DAYS,
        }
        subject = _subject(notice, title)
        body = render_to_string("events/registrations/email/notice.txt", context)
        attachment = (
            occurrence_ics(event=event, occurrence=occurrence, url=page_url)
            if notice in WITH_CALENDAR
            or (notice == Notice.MOVED and registration.state == RegistrationState.CONFIRMED)
            else None
        )
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[registration.email],
        # RFC 3834: out-of-office robots must not answer.
        headers={"Auto-Submitted": "auto-generated", "Content-Language": registration.language},
    )
    if attachment is not None:
        message.attach(f"{event.slug or 'event'}.ics", attachment, CONTENT_TYPE)
    return message
