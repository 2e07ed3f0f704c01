"""Admin hooks of the outbox: report, entry log and actions, menu item, dashboard counts.

The editor panel is not registered here: it is part of ``PimShareable.pim_panels``.
"""

from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from sync_pim.admin.outbox_panels import OutboxDashboardPanel
from sync_pim.admin.outbox_views import (
    OutboxEntryRetryView,
    OutboxEntryView,
    OutboxReportView,
    OutboxResendView,
)
from sync_pim.selectors.outbox import outbox_viewable_by


class OutboxReportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return outbox_viewable_by(request.user)


@hooks.register("register_admin_urls")
def register_outbox_urls() -> list:
    return [
        path("reports/pim-sync/", OutboxReportView.as_view(), name="sync_pim_outbox_report"),
        path(
            "reports/pim-sync/results/",
            OutboxReportView.as_view(results_only=True),
            name="sync_pim_outbox_report_results",
        ),
        path(
            "reports/pim-sync/<int:entry_id>/",
            OutboxEntryView.as_view(),
            name="sync_pim_outbox_entry",
        ),
        path(
            "reports/pim-sync/<int:entry_id>/retry/",
            OutboxEntryRetryView.as_view(),
            name="sync_pim_outbox_entry_retry",
        ),
        path("reports/pim-sync/resend/", OutboxResendView.as_view(), name="sync_pim_outbox_resend"),
    ]


@hooks.register("register_reports_menu_item")
def register_outbox_menu_item() -> MenuItem:
    return OutboxReportMenuItem(
        _("PIM synchronisation"),
        reverse("sync_pim_outbox_report"),
        name="pim-synchronisation",
        icon_name="resubmit",
        order=1320,
    )


@hooks.register("construct_homepage_panels")
def add_outbox_dashboard_panel(request: HttpRequest, panels: list) -> None:
    if outbox_viewable_by(request.user):
        panels.append(OutboxDashboardPanel())
