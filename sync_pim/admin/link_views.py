"""Reports › Broken links, and the dashboard panel that counts them.

Built on Wagtail's ``ReportView`` (filters, pagination, CSV and XLSX export), like the
guides' review report. Rows are the places a broken or redirected link is (a page, a
field, a language), only on pages the user may edit; the HUB filter offers only the
user's HUBs, so another HUB's id is an invalid choice, which the report explains
instead of quietly showing everything.
"""

import django_filters
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from hubs.freshness import hubs_editable_by
from hubs.models import HubPage
from hubs.review_digest import admin_url
from sync_pim.models import LinkOccurrence, LinkState
from sync_pim.selectors.links import (
    UNTRANSLATED,
    broken_links_summary,
    field_label,
    language_label,
    link_occurrences_for_user,
    link_problem,
    link_targets,
)

REPORT_PERMISSIONS = ["add", "change", "publish"]
#: Broken links the dashboard panel lists; the rest are counted.
PANEL_ROWS = 5


def _state_choices() -> list[tuple[str, str]]:
    return [(LinkState.BROKEN.value, _("Broken")), (LinkState.REDIRECT.value, _("Redirected"))]


def _language_choices() -> list[tuple[str, str]]:
    return [
        *((code, str(name)) for code, name, *_rest in settings.PORTAL_LANGUAGES),
        (UNTRANSLATED, _("Every language (not translated)")),
    ]


class BrokenLinksFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"),
        empty_label=_("Broken and redirected"),
        choices=_state_choices,
        field_name="link__state",
    )
    hub = django_filters.ModelChoiceFilter(
        label=_("HUB"),
        empty_label=_("All my pages"),
        queryset=lambda request: HubPage.objects.filter(
            pk__in=[hub.pk for hub in hubs_editable_by(request.user)]
        ).order_by("path"),
        method="filter_hub",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        empty_label=_("All languages"),
        choices=_language_choices,
        method="filter_language",
    )

    class Meta:
        model = LinkOccurrence
        fields: list[str] = []

    def filter_hub(self, queryset: QuerySet, name: str, value: HubPage) -> QuerySet:
        return queryset.filter(page__path__startswith=value.path)

    def filter_language(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(language="" if value == UNTRANSLATED else value)


def _spreadsheet_safe(text: str) -> str:
    """Titles and addresses are typed by editors: never let a spreadsheet run one."""
    text = str(text)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class BrokenLinksView(ReportView):
    page_title = _("Broken links")
    header_icon = "warning"
    results_template_name = "sync_pim/admin/links_report_results.html"
    index_url_name = "sync_pim_links_report"
    index_results_url_name = "sync_pim_links_report_results"
    filterset_class = BrokenLinksFilterSet
    permission_policy = page_permission_policy
    any_permission_required = REPORT_PERMISSIONS
    verbose_name_plural = _("broken links")
    columns = [
        TitleColumn(
            "page_title",
            label=_("Page"),
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page_id]),
            width="25%",
        ),
        Column("hub_title", label=_("HUB")),
        Column("field_display", label=_("Field"), width="15%"),
        Column("language_display", label=_("Language")),
        Column("target_display", label=_("Link"), width="22%"),
        Column("problem", label=_("Problem")),
        DateColumn("broken_since", label=_("Broken since")),
        # "Last checked" is in the export: on screen the page title needs the room.
    ]
    list_export = [
        "page_title",
        "hub_title",
        "field_display",
        "language_display",
        "target_display",
        "state",
        "status_code",
        "problem",
        "final_url",
        "broken_since",
        "checked_at",
        "admin_edit_url",
    ]
    export_headings = {
        "page_title": _("Page"),
        "hub_title": _("HUB"),
        "field_display": _("Field"),
        "language_display": _("Language"),
        "target_display": _("Link"),
        "state": _("State"),
        "status_code": _("Status code"),
        "problem": _("Problem"),
        "final_url": _("Redirects to"),
        "broken_since": _("Broken since"),
        "checked_at": _("Last checked"),
        "admin_edit_url": _("Admin edit URL"),
    }
    custom_field_preprocess = {
        name: {ReportView.FORMAT_CSV: _spreadsheet_safe}
        for name in ("page_title", "hub_title", "target_display", "final_url", "problem")
    }

    @cached_property
    def filter_problems(self) -> str:
        """What is wrong with the filters in the address; empty when they are valid."""
        if not self.filters or self.filters.is_valid():
            return ""
        form = self.filters.form
        # Each of Django's messages is a sentence with its full stop.
        return " ".join(
            f"{form.fields[name].label}: {' '.join(errors)}"
            if name in form.fields
            else " ".join(errors)
            for name, errors in form.errors.items()
        )

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if self.is_export and self.filter_problems:
            # A spreadsheet cannot say what is wrong: show the report with its message.
            self.is_export = False
        return super().get(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"broken-links-{timezone.localdate().isoformat()}"

    def get_base_queryset(self) -> QuerySet[LinkOccurrence]:
        return link_occurrences_for_user(self.request.user)

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        return queryset.order_by("page__path", "field", "language", "link__url", "pk")

    def decorate_paginated_queryset(self, object_list) -> list[LinkOccurrence]:
        rows = list(object_list)
        hubs = list(HubPage.objects.order_by("path").only("pk", "path", "title"))
        targets = link_targets([row.link for row in rows])
        for row in rows:
            page, link = row.page, row.link
            hub = next((hub for hub in hubs if page.path.startswith(hub.path)), None)
            row.page_title = page.get_admin_display_title()
            row.hub_title = hub.title if hub else ""
            row.field_display = field_label(page.specific_class or type(page), row.field)
            row.language_display = language_label(row.language)
            row.target_display = targets.get(link.pk, link.url)
            row.state = link.get_state_display()
            row.status_code = link.status_code or ""
            row.problem = link_problem(link)
            row.final_url = link.final_url
            row.broken_since = link.broken_since
            row.checked_at = link.checked_at
            row.admin_edit_url = admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        return rows

    def get_context_data(self, *args, **kwargs) -> dict:
        context = super().get_context_data(*args, **kwargs)
        context["filter_problems"] = self.filter_problems
        return context


def can_see_report(user: AbstractBaseUser | AnonymousUser) -> bool:
    return page_permission_policy.user_has_any_permission(user, set(REPORT_PERMISSIONS))


class BrokenLinksPanel(Component):
    """On the dashboard: how many broken links the user's pages have, the oldest first."""

    name = "sync_pim_broken_links"
    template_name = "sync_pim/admin/links_panel.html"
    order = 208

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        request = parent_context["request"]
        summary = broken_links_summary(user=request.user, rows=PANEL_ROWS)
        targets = link_targets([place.link for place in summary.first])
        rows = [
            {
                "page_title": place.page.get_admin_display_title(),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[place.page.pk]),
                "fields": "; ".join(
                    dict.fromkeys(
                        field_label(place.page.specific_class or type(place.page), field)
                        for field in place.fields
                    )
                ),
                "languages": ", ".join(language_label(code) for code in place.languages),
                "target": targets.get(place.link.pk, place.link.url),
                "problem": link_problem(place.link),
                "since": place.link.broken_since,
            }
            for place in summary.first
        ]
        report = reverse("sync_pim_links_report")
        return {
            "request": request,
            "panel_id": self.name.replace("_", "-"),
            "summary": summary,
            "rows": rows,
            "more": max(summary.broken - len(rows), 0),
            "broken_url": f"{report}?state={LinkState.BROKEN.value}",
            "redirect_url": f"{report}?state={LinkState.REDIRECT.value}",
        }
