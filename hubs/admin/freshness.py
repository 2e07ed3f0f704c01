"""Reports › Guides due for review: the overdue guides of the HUBs a user can edit.

Built on Wagtail's ``ReportView`` (filters, pagination, CSV and XLSX export). The list
starts from the pages the user may edit, so a Bologna editor never sees a Ferrara guide,
and the HUB filter offers only those HUBs: another HUB's id is an invalid choice, which
the report explains instead of silently showing everything.
"""

import datetime

import django_filters
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy

from hubs.freshness import (
    days_overdue,
    guides_due_queryset,
    guides_editable_by,
    hub_of,
    hubs_editable_by,
)
from hubs.models import GuidePage, HubPage
from hubs.review_digest import DIGEST_SENT_ACTION, admin_url
from portal.languages import page_languages

#: The windows the "Due" filter offers, in days; none: overdue only.
DUE_WINDOWS = (30, 90)
REPORT_PERMISSIONS = ["add", "change", "publish"]


def _due_choices() -> list[tuple[str, str]]:
    # A callable, so that the labels are translated per request, not at import.
    return [
        (str(days), gettext("Overdue or due within %(days)s days") % {"days": days})
        for days in DUE_WINDOWS
    ]


class GuideReviewFilterSet(WagtailFilterSet):
    hub = django_filters.ModelChoiceFilter(
        label=_("HUB"),
        empty_label=_("All my HUBs"),
        queryset=lambda request: HubPage.objects.filter(
            pk__in=[hub.pk for hub in hubs_editable_by(request.user)]
        ).order_by("path"),
        method="filter_hub",
    )
    due = django_filters.ChoiceFilter(
        label=_("Due"),
        empty_label=_("Overdue"),
        choices=_due_choices,
        # Applied by the view, which needs the window also when the field is empty.
        method="keep",
    )

    class Meta:
        model = GuidePage
        fields: list[str] = []

    def filter_hub(self, queryset: QuerySet, name: str, value: HubPage) -> QuerySet:
        return queryset.filter(path__startswith=value.path, depth__gt=value.depth)

    def keep(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset


class DaysOverdueColumn(Column):
    """Days past the due date; a guide not yet due says in how many days it will be."""

    def get_value(self, instance: GuidePage) -> str | int:
        days = instance.review_days_overdue
        if days is None:
            return "–"
        if days > 0:
            return days
        return ngettext("due in %(days)d day", "due in %(days)d days", -days) % {"days": -days}


class OptionalDateColumn(Column):
    """A date, or ``empty_value_display`` where a guide has none (never reviewed)."""

    def __init__(self, name: str, *, empty_value_display: str = "–", **kwargs) -> None:
        super().__init__(name, **kwargs)
        self.empty_value_display = empty_value_display

    def get_value(self, instance: GuidePage) -> datetime.date | str:
        return super().get_value(instance) or ""


def _spreadsheet_safe(text: str) -> str:
    """Titles are typed by editors: never let a spreadsheet read one as a formula."""
    text = str(text)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class GuidesDueForReviewView(ReportView):
    page_title = _("Guides due for review")
    header_icon = "time"
    results_template_name = "hubs/admin/freshness_report_results.html"
    index_url_name = "hubs_freshness_report"
    index_results_url_name = "hubs_freshness_report_results"
    filterset_class = GuideReviewFilterSet
    permission_policy = page_permission_policy
    any_permission_required = REPORT_PERMISSIONS
    verbose_name_plural = _("guides due for review")
    default_ordering = "last_reviewed"
    columns = [
        TitleColumn(
            "title",
            label=_("Guide"),
            get_url=lambda guide: reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            sort_key="title",
        ),
        Column("hub_title", label=_("HUB")),
        OptionalDateColumn(
            "last_reviewed",
            label=_("Last reviewed"),
            sort_key="last_reviewed",
            empty_value_display=_("Never reviewed"),
        ),
        OptionalDateColumn("review_due_on", label=_("Due on")),
        DaysOverdueColumn("review_days_overdue", label=_("Days overdue")),
        Column("languages_display", label=_("Languages")),
    ]
    list_export = [
        "title",
        "hub_title",
        "last_reviewed",
        "review_due_on",
        "review_days_overdue",
        "languages_display",
        "admin_edit_url",
    ]
    export_headings = {
        "title": _("Guide"),
        "hub_title": _("HUB"),
        "last_reviewed": _("Last reviewed"),
        "review_due_on": _("Due on"),
        "review_days_overdue": _("Days overdue"),
        "languages_display": _("Languages"),
        "admin_edit_url": _("Admin edit URL"),
    }
    custom_field_preprocess = {
        "title": {ReportView.FORMAT_CSV: _spreadsheet_safe},
        "hub_title": {ReportView.FORMAT_CSV: _spreadsheet_safe},
    }

    @cached_property
    def today(self) -> datetime.date:
        return timezone.localdate()

    @cached_property
    def filter_problems(self) -> str:
        """What is wrong with the filters in the address; empty when they are valid."""
        if not self.filters or self.filters.is_valid():
            return ""
        form = self.filters.form
        return "; ".join(
            f"{form.fields[name].label}: {' '.join(errors)}"
            if name in form.fields
            else " ".join(errors)
            for name, errors in form.errors.items()
        )

    @cached_property
    def due_window(self) -> int:
        if self.filter_problems or not self.filters:
            return 0
        return int(self.filters.form.cleaned_data.get("due") or 0)

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if self.is_export and self.filter_problems:
            # A spreadsheet cannot say what is wrong: show the report with its message.
            self.is_export = False
        return super().get(request, *args, **kwargs)

    def get_filename(self) -> str:
        return f"guides-due-for-review-{self.today.isoformat()}"

    def get_base_queryset(self) -> QuerySet[GuidePage]:
        return guides_editable_by(self.request.user)

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        # Never reviewed first: on PostgreSQL NULLs would otherwise sort last.
        if self.ordering == "-last_reviewed":
            return queryset.order_by(F("last_reviewed").desc(nulls_last=True), "title", "pk")
        if self.ordering in ("title", "-title"):
            return queryset.order_by(self.ordering, "pk")
        return queryset.order_by(F("last_reviewed").asc(nulls_first=True), "title", "pk")

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        return guides_due_queryset(guides=queryset, within_days=self.due_window, today=self.today)

    def decorate_paginated_queryset(self, object_list) -> list[GuidePage]:
        hubs = list(HubPage.objects.order_by("path"))
        guides = list(object_list)
        for guide in guides:
            hub = hub_of(guide, hubs)
            guide.hub_title = hub.title if hub else ""
            guide.review_days_overdue = days_overdue(guide, today=self.today)
            guide.languages_display = ", ".join(page_languages(guide))
            guide.admin_edit_url = admin_url(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
        return guides

    def get_context_data(self, *args, **kwargs) -> dict:
        context = super().get_context_data(*args, **kwargs)
        context["filter_problems"] = self.filter_problems
        return context


def _can_see_report(user: AbstractBaseUser | AnonymousUser) -> bool:
    return page_permission_policy.user_has_any_permission(user, set(REPORT_PERMISSIONS))


class GuidesDueForReviewMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return _can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_freshness_report_urls() -> list:
    return [
        path(
            "reports/guides-due-for-review/",
            GuidesDueForReviewView.as_view(),
            name="hubs_freshness_report",
        ),
        path(
            "reports/guides-due-for-review/results/",
            GuidesDueForReviewView.as_view(results_only=True),
            name="hubs_freshness_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_freshness_report_menu_item() -> MenuItem:
    return GuidesDueForReviewMenuItem(
        _("Guides due for review"),
        reverse("hubs_freshness_report"),
        name="guides-due-for-review",
        icon_name="time",
        order=1310,
    )


class ReviewDigestSentFormatter(LogFormatter):
    label = _("Review reminder sent")

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        count = len(data.get("guides", []))
        return ngettext(
            "Review reminder for %(count)d guide sent to %(recipients)d moderators (%(week)s)",
            "Review reminder for %(count)d guides sent to %(recipients)d moderators (%(week)s)",
            count,
        ) % {"count": count, "recipients": data.get("recipients", 0), "week": data.get("week")}


@hooks.register("register_log_actions")
def register_review_digest_log_action(actions) -> None:
    actions.register_action(DIGEST_SENT_ACTION)(ReviewDigestSentFormatter)
