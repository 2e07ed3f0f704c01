"""Registrations in the admin: the dates with registrations, one date's list with
attendance, and its CSV export.

Who sees what is decided by ``events.selectors.registrations.organiser_events``: a HUB's
groups see their HUB's events only, the regional editors and superusers every event,
anyone else nothing. A date outside the user's reach is answered as if it did not
exist, so the admin never says that another HUB has an event on that day.
"""

import csv
import io

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.models import EventOccurrence, EventPage, Registration, RegistrationState
from events.recurrence import ROME
from events.registrations.retention import hub_code_of
from events.registrations.services import registrations_attendance_mark
from events.selectors.registrations import (
    date_registrations,
    organiser_date,
    organiser_dates,
    registration_hubs,
    sees_every_registration,
)
from hubs.models import HubPage

DATES_PER_PAGE = 50
#: The attendance a form may send for each registration.
ATTENDANCE_VALUES = {"": None, "yes": True, "no": False}


def may_organise(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether ``user`` sees any registrations at all (the menu item, the views)."""
    return sees_every_registration(user) or bool(registration_hubs(user))


class OrganiserMixin:
    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not may_organise(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _when(occurrence: EventOccurrence, all_day: bool) -> str:
    start = occurrence.start.astimezone(ROME)
    if all_day:
        return date_format(start, "DATE_FORMAT")
    return date_format(start, "SHORT_DATETIME_FORMAT")


def _hub_titles() -> list[tuple[str, str, str]]:
    return list(HubPage.objects.order_by("path").values_list("code", "path", "title"))


def _hub_title(path: str, hubs: list[tuple[str, str, str]]) -> str:
    code = hub_code_of(path, [(code, hub_path) for code, hub_path, _title in hubs])
    return next((title for hub_code, _path, title in hubs if hub_code == code), "")


def _index_url() -> str:
    return reverse("events_registrations_admin")


def _date_url(occurrence_id: int) -> str:
    return reverse("events_registrations_admin_date", args=[occurrence_id])


class RegistrationDatesView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    """The dates the user may see with registrations (or taking them), upcoming or past."""

    template_name = "events/registrations/admin/dates.html"
    page_title = _("Event registrations")
    header_icon = "group"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.when = request.GET.get("when", "upcoming")
        if self.when not in ("upcoming", "past"):
            messages.error(
                request,
                gettext("“%(value)s” is not a choice of dates: the upcoming ones are shown.")
                % {"value": self.when[:50]},
            )
            self.when = "upcoming"
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        dates = organiser_dates(self.request.user, past=self.when == "past")
        page = Paginator(dates, DATES_PER_PAGE).get_page(self.request.GET.get("p"))
        hubs = _hub_titles()
        for occurrence in page.object_list:
            event = occurrence.event
            occurrence.when = _when(occurrence, event.all_day)
            occurrence.hub_title = _hub_title(event.path, hubs)
            occurrence.url = _date_url(occurrence.pk)
        context.update(
            when=self.when, dates=page, can_see_all=sees_every_registration(self.request.user)
        )
        return context


def _row_attendance(registration: Registration) -> str:
    return {True: "yes", False: "no"}.get(registration.attended, "")


class RegistrationDateView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    """One date: who registered, in which state, and who came (a form to mark it)."""

    template_name = "events/registrations/admin/date.html"
    header_icon = "group"

    def get_page_title(self) -> str:
        return gettext("Registrations: %(title)s, %(when)s") % {
            "title": self.event.title,
            "when": _when(self.occurrence, self.event.all_day),
        }

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": _index_url(), "label": gettext("Event registrations")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request: HttpRequest, *args, occurrence_id: int, **kwargs) -> HttpResponse:
        if not may_organise(request.user):
            raise PermissionDenied
        occurrence = organiser_date(request.user, occurrence_id=occurrence_id)
        if occurrence is None:
            messages.error(request, _no_such_date(occurrence_id))
            return HttpResponseRedirect(_index_url())
        self.occurrence, self.event = occurrence, occurrence.event
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        registrations = date_registrations(occurrence_id=self.occurrence.pk)
        for registration in registrations:
            registration.attendance = _row_attendance(registration)
        states = [registration.state for registration in registrations]
        context.update(
            occurrence=self.occurrence,
            event=self.event,
            when=_when(self.occurrence, self.event.all_day),
            registrations=registrations,
            confirmed=states.count(RegistrationState.CONFIRMED),
            waiting=states.count(RegistrationState.WAITING),
            cancelled=states.count(RegistrationState.CANCELLED),
            capacity=self.event.registration_capacity,
            has_started=self.occurrence.start <= timezone.now(),
            csv_url=reverse("events_registrations_admin_csv", args=[self.occurrence.pk]),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        ids = set(
            Registration.objects.filter(occurrence=self.occurrence).values_list("pk", flat=True)
        )
        attendance: dict[int, bool | None] = {}
        for registration_id in ids:
            value = request.POST.get(f"attended-{registration_id}")
            if value is None:
                continue
            if value not in ATTENDANCE_VALUES:
                messages.error(
                    request,
                    gettext("Nothing was saved: “%(value)s” is not yes, no or not known.")
                    % {"value": value[:20]},
                )
                return HttpResponseRedirect(request.path)
            attendance[registration_id] = ATTENDANCE_VALUES[value]
        changed = registrations_attendance_mark(
            occurrence_id=self.occurrence.pk, attendance=attendance
        )
        messages.success(
            request, gettext("Attendance saved: %(count)d changed.") % {"count": changed}
        )
        return HttpResponseRedirect(request.path)


def _no_such_date(occurrence_id: int) -> str:
    return gettext("There is no event date %(id)s with registrations you may see.") % {
        "id": occurrence_id
    }


def spreadsheet_safe(value: object) -> str:
    """Names are typed by the public: never let a spreadsheet read one as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class RegistrationDateCsvView(OrganiserMixin, View):
    """One date's registrations as CSV (UTF-8 with a BOM, which spreadsheets read right)."""

    def get(self, request: HttpRequest, occurrence_id: int) -> HttpResponse:
        occurrence = organiser_date(request.user, occurrence_id=occurrence_id)
        if occurrence is None:
            messages.error(request, _no_such_date(occurrence_id))
            return HttpResponseRedirect(_index_url())
        return registrations_csv_response(occurrence=occurrence, event=occurrence.event)


def registrations_csv_response(*, occurrence: EventOccurrence, event: EventPage) -> HttpResponse:
    states = dict(RegistrationState.choices)
    answers = {True: gettext("yes"), False: gettext("no"), None: ""}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            gettext("Name"),
            gettext("E-mail"),
            gettext("Phone"),
            gettext("Language"),
            gettext("Needs an interpreter"),
            gettext("State"),
            gettext("Registered at"),
            gettext("Attended"),
        ]
    )
    for registration in date_registrations(occurrence_id=occurrence.pk):
        writer.writerow(
            [
                spreadsheet_safe(registration.name),
                spreadsheet_safe(registration.email),
                spreadsheet_safe(registration.phone),
                registration.language,
                answers[registration.needs_interpreter],
                str(states.get(registration.state, registration.state)),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                answers[registration.attended],
            ]
        )
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    start = occurrence.start.astimezone(ROME)
    filename = f"registrations-{event.slug or event.pk}-{start:%Y%m%d-%H%M}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
