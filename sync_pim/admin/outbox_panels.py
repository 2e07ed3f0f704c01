"""What the admin shows of the outbox outside the report: the "PIM deliveries" panel of
the page editor and the dashboard counts; and the display pieces the report shares.

``sync_pim.models.sharing`` imports this module to put the editor panel in
``PimShareable.pim_panels``, while ``sync_pim.models`` is still loading: so nothing here
imports the models (or the selectors, which do) before a panel is rendered.
"""

from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

#: Characters of the last error a list shows; the entry's own page has all of it.
ERROR_EXCERPT_CHARS = 120


def report_url(**filters: object) -> str:
    """The report, filtered: ``report_url(state="dead", category="guide")``."""
    query = urlencode({key: value for key, value in filters.items() if value not in (None, "")})
    return reverse("sync_pim_outbox_report") + (f"?{query}" if query else "")


def entry_url(entry_id: int) -> str:
    return reverse("sync_pim_outbox_entry", args=[entry_id])


def decorate_entry(entry, *, page_exists: bool):
    """Give an ``OutboxEntry`` what the report, its log page and the panels display."""
    from sync_pim.selectors.outbox import category_label, hub_name

    entry.page_exists = page_exists
    entry.edit_url = reverse("wagtailadmin_pages:edit", args=[entry.page_id]) if page_exists else ""
    entry.detail_url = entry_url(entry.pk)
    entry.action_display = entry.get_action_display()
    entry.category_display = category_label(entry.category) if entry.category else "–"
    entry.hub_display = hub_name(entry.hub) if entry.hub else gettext("Regional")
    entry.error_excerpt = Truncator(entry.last_error).chars(ERROR_EXCERPT_CHARS)
    return entry


class OutboxDeliveriesPanel(Panel):
    """Read-only: the last deliveries of the page being edited, every language.

    Shown to whoever edits the page, so a HUB editor can see that a guide reached PIM;
    the links into the report only to those who may read it.
    """

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("heading", _("PIM deliveries"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "sync_pim/admin/outbox_deliveries_panel.html"

        def get_context_data(self, parent_context: dict | None = None) -> dict:
            from sync_pim.selectors.outbox import (
                PAGE_DELIVERIES_LIMIT,
                outbox_viewable_by,
                page_deliveries,
            )

            context = super().get_context_data(parent_context)
            page_id = self.instance.pk
            entries = page_deliveries(page_id=page_id) if page_id else []
            can_view = self.request is not None and outbox_viewable_by(self.request.user)
            context.update(
                entries=[decorate_entry(entry, page_exists=True) for entry in entries],
                limit=PAGE_DELIVERIES_LIMIT,
                can_view_report=can_view,
                report_url=report_url(page=page_id) if can_view and page_id else "",
            )
            return context


class OutboxDashboardPanel(Component):
    """Counts per state, each linking to the report filtered on it; dead ones stand out."""

    name = "sync_pim_outbox"
    template_name = "sync_pim/admin/outbox_dashboard_panel.html"
    order = 210

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        from sync_pim.selectors.outbox import RECENT_DELIVERY_DAYS, outbox_dashboard_counts

        request: HttpRequest = parent_context["request"]
        counts = outbox_dashboard_counts()
        rows = [
            ("pending", gettext("Pending"), counts.pending, report_url(state="pending")),
            ("failed", gettext("Failed, will retry"), counts.failed, report_url(state="failed")),
            ("dead", gettext("Dead"), counts.dead, report_url(state="dead")),
            (
                "delivered",
                gettext("Delivered in the last %(days)d days") % {"days": RECENT_DELIVERY_DAYS},
                counts.delivered_recently,
                report_url(state="delivered", within=RECENT_DELIVERY_DAYS),
            ),
        ]
        return {
            "request": request,
            "heading": gettext("PIM synchronisation"),
            "rows": [
                {"state": state, "label": label, "number": number, "url": url}
                for state, label, number, url in rows
            ],
            "report_url": report_url(),
        }
