"""The regional events calendar: one page that lists, filters and shows every event by month."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal.models import BasePage


class EventIndexPage(BasePage):
    """Every public event of the portal, the HUBs' included, with filters and a month view.

    The events themselves live here (regional events) or under their HUB's page; the
    listing reads them wherever they are, so a HUB's events appear in both places.
    """

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("events calendar")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from events.selectors import event_calendar

        context = super().get_context(request, *args, **kwargs)
        context["calendar"] = event_calendar(index=self, request=request)
        return context
