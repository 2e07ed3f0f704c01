"""Admin hooks of the link checker: report and the HUB dashboard panel."""

from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hubs.permissions import hubs_for_user
from sync_pim.admin.link_views import BrokenLinksPanel, BrokenLinksView, can_see_report


class BrokenLinksMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_links_report_urls() -> list:
    return [
        path("reports/broken-links/", BrokenLinksView.as_view(), name="sync_pim_links_report"),
        path(
            "reports/broken-links/results/",
            BrokenLinksView.as_view(results_only=True),
            name="sync_pim_links_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_links_report_menu_item() -> MenuItem:
    return BrokenLinksMenuItem(
        _("Broken links"),
        reverse("sync_pim_links_report"),
        name="broken-links",
        icon_name="warning",
        order=1320,
    )


@hooks.register("construct_homepage_panels")
def add_broken_links_panel(request: HttpRequest, panels: list) -> None:
    # Beside the other HUB panels: shown to the people who work on a HUB (every HUB for
    # regional editors), counting the links on the pages they may edit.
    if hubs_for_user(request.user) and can_see_report(request.user):
        panels.append(BrokenLinksPanel())
