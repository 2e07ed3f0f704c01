"""The kit page: one administrative procedure, explained for someone who reads little.

The same procedure is told several ways on one page (plain words and steps, a captioned
video, an audio narration, pictures, a transcript), and every one of them can exist per
language. What is missing in the reader's language is shown in Italian with a notice,
as the rest of the portal does (``media_kits.selectors``).
"""

from typing import Any

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from hubs.blocks import StepsBlock
from portal.blocks import ExternalVideoBlock
from portal.languages import SOURCE_LANGUAGE, LocalisedValue, localised
from portal.models import BasePage


def lines_of(text: str | None) -> list[str]:
    """The non-empty lines of a "one a line" field, stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def in_language(items: Any, code: str) -> tuple[Any, str] | tuple[None, None]:
    """The item of ``items`` (rows with a ``language``) in ``code``, else the Italian one.

    Returns the item and the language it is in, or ``(None, None)`` when neither exists.
    Iterates rather than filters, so that prefetched rows are used as they are.
    """
    by_language = {item.language: item for item in items}
    for wanted in dict.fromkeys([code, SOURCE_LANGUAGE]):
        if wanted in by_language:
            return by_language[wanted], wanted
    return None, None


class MediaKitPage(BasePage):
    """A multimedia kit on one procedure (registering at the Centro per l'impiego, the
    residenza, the CIE, …), regional or published by a HUB.

    Plain-text lists ("what you need", duties, rights) are one item a line rather than
    rich text: the same words go into the page, the printable leaflet and the README of
    the downloadable kit, and a line is what all three can show.
    """

    steps = StreamField(StepsBlock(), blank=True, verbose_name=_("steps"))
    what_you_need = models.TextField(
        _("what you need"),
        blank=True,
        help_text=_("Documents and things to bring, one a line."),
    )
    where_to_go = models.TextField(
        _("where to go"),
        blank=True,
        help_text=_("The office, its address and how to book, in plain words."),
    )
    duties = models.TextField(
        _("your duties"), blank=True, help_text=_("What the person must do, one a line.")
    )
    rights = models.TextField(
        _("your rights"), blank=True, help_text=_("What the person is entitled to, one a line.")
    )
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"type": "video"},
        help_text=_(
            "MP4 or WebM, served by the portal. Add its captions below, one file per language."
        ),
    )
    external_video = StreamField(
        [("video", ExternalVideoBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("video on YouTube or Vimeo"),
        help_text=_(
            "Only if the video is not uploaded above. Readers load it only after they agree."
        ),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Everything the video and the audio say, as text. Paragraphs: an empty line."),
    )

    parent_page_types = ["hubs.HubPage", "media_kits.MediaKitIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro", heading=_("Summary in plain language")),
        FieldPanel("steps"),
        FieldPanel("what_you_need"),
        FieldPanel("where_to_go"),
        MultiFieldPanel(
            [FieldPanel("duties"), FieldPanel("rights")], heading=_("Duties and rights")
        ),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                InlinePanel("captions", label=_("Caption track")),
                FieldPanel("external_video"),
            ],
            heading=_("Video"),
        ),
        InlinePanel("audio_tracks", heading=_("Audio narration"), label=_("Narration")),
        InlinePanel("infographics", heading=_("Infographics"), label=_("Infographic")),
        FieldPanel("transcript"),
        InlinePanel("related_guides", heading=_("Related guides"), label=_("Guide")),
        InlinePanel("related_events", heading=_("Related events"), label=_("Event")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("steps"),
        index.SearchField("what_you_need"),
        index.SearchField("where_to_go"),
        index.SearchField("duties"),
        index.SearchField("rights"),
        index.SearchField("transcript"),
    ]
    template = "media_kits/media_kit_page.html"

    class Meta:
        verbose_name = _("media kit")
        verbose_name_plural = _("media kits")

    # --- Per-language reads (used by the page, the leaflet and the archive) ------------

    def text_in(self, field: str, code: str) -> LocalisedValue:
        """A translated field in ``code``, or in Italian when ``code`` lacks it."""
        with translation.override(code):
            return localised(self, field)

    def caption_in(self, code: str):
        """``(KitCaption, language)`` in ``code`` or Italian; ``(None, None)`` without."""
        return in_language(self.captions.all(), code)

    def audio_in(self, code: str):
        """``(KitAudio, language)`` in ``code`` or Italian; ``(None, None)`` without."""
        return in_language(self.audio_tracks.all(), code)

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # ``?format=leaflet|zip|zip-status`` are served here rather than at URLs of their
        # own so that the page's privacy (checked by Wagtail before ``serve``) holds too.
        if request.GET.get("format"):
            from media_kits.views import kit_format_response

            response = kit_format_response(kit=self, request=request)
            if response is not None:
                return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from media_kits.archive import kit_download_links
        from media_kits.selectors import kit_details

        context = super().get_context(request, *args, **kwargs)
        context["kit"] = kit_details(kit=self, request=request)
        # The "download the kit" and leaflet links (templates/media_kits/includes/downloads.html).
        context["kit_downloads"] = kit_download_links(kit=self, request=request)
        return context
