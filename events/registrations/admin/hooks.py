"""Admin hooks of registrations: the menu item and URLs, and no deletion that would take
registrations with it.

An event page (or a page above events: a HUB, the calendar) whose events hold
registrations cannot be deleted: the registrations hang off its dates with
``PROTECT``, and the registrants must be told or their data purged first. The editor
is told why and what to do instead (unpublish it); the purge deletes the registrations
``EVENTS_REGISTRATION_RETENTION_DAYS`` after the last date, and then it can go.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from events.models import Registration
from events.registrations.admin.views import (
    RegistrationDateCsvView,
    RegistrationDatesView,
    RegistrationDateView,
    may_organise,
)


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return may_organise(request.user)


@hooks.register("register_admin_urls")
def register_registration_urls() -> list:
    return [
        path(
            "event-registrations/",
            RegistrationDatesView.as_view(),
            name="events_registrations_admin",
        ),
        path(
            "event-registrations/<int:occurrence_id>/",
            RegistrationDateView.as_view(),
            name="events_registrations_admin_date",
        ),
        path(
            "event-registrations/<int:occurrence_id>/csv/",
            RegistrationDateCsvView.as_view(),
            name="events_registrations_admin_csv",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item() -> MenuItem:
    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("events_registrations_admin"),
        name="event-registrations",
        icon_name="group",
        order=250,
    )


def pages_with_registrations(pages: list[Page]) -> list[Page]:
    """Those of ``pages`` that are, or are above, an event with registrations."""
    held = []
    for page in pages:
        below = Registration.objects.filter(
            occurrence__event__path__startswith=page.path,
            occurrence__event__depth__gte=page.depth,
        )
        if below.exists():
            held.append(page)
    return held


def _refuse(request: HttpRequest, pages: list[Page]) -> HttpResponse | None:
    held = pages_with_registrations(pages)
    if not held:
        return None
    messages.error(
        request,
        gettext(
            "“%(title)s” cannot be deleted: people registered for its events. Unpublish it "
            "instead; the registrations are deleted %(days)s days after the last date, and "
            "then the page can be deleted."
        )
        % {
            "title": held[0].get_admin_display_title(),
            "days": settings.EVENTS_REGISTRATION_RETENTION_DAYS,
        },
    )
    return HttpResponseRedirect(reverse("wagtailadmin_explore", args=[held[0].get_parent().pk]))


@hooks.register("before_delete_page")
def keep_events_with_registrations(request: HttpRequest, page: Page) -> HttpResponse | None:
    return _refuse(request, [page])


@hooks.register("before_bulk_action")
def keep_events_with_registrations_in_bulk(
    request: HttpRequest, action_type: str, objects: list, action_class: object
) -> HttpResponse | None:
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "delete" and pages:
        return _refuse(request, pages)
    return None
