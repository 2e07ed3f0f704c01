"""The guides and events a kit points its readers to, in the editor's order."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class KitRelatedGuide(Orderable):
    page = ParentalKey(
        "media_kits.MediaKitPage", on_delete=models.CASCADE, related_name="related_guides"
    )
    guide = models.ForeignKey(
        "hubs.GuidePage", verbose_name=_("guide"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")
        verbose_name_plural = _("related guides")


class KitRelatedEvent(Orderable):
    page = ParentalKey(
        "media_kits.MediaKitPage", on_delete=models.CASCADE, related_name="related_events"
    )
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("related event")
        verbose_name_plural = _("related events")
