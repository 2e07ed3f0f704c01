"""The regional page that lists every media kit of the portal, the HUBs' included."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal.models import BasePage


class MediaKitIndexPage(BasePage):
    """Every public kit, wherever it lives: regional kits sit below this page, a HUB's
    kits below its HUB page, and this page lists both, so a reader finds them in one place.
    """

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["media_kits.MediaKitPage"]
    max_count = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "media_kits/media_kit_index_page.html"

    class Meta:
        verbose_name = _("media kits index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from media_kits.selectors import kit_cards

        context = super().get_context(request, *args, **kwargs)
        context["kits"] = kit_cards(request=request)
        return context
