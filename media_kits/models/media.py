"""What a kit holds per language: caption tracks, audio narrations and infographics.

Each is its own row (or, for an infographic, its own translated columns) so that a
language can be added to a kit without touching the others, and so that "the audio in
Arabic, else the Italian one" is a lookup rather than a convention in file names.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtailmedia.edit_handlers import MediaChooserPanel

from media_kits.captions import validate_caption_file
from portal.languages import SOURCE_LANGUAGE


def _language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


class KitCaption(Orderable):
    """A WebVTT caption track of the kit's video in one language.

    Checked on upload (``media_kits.captions``): a file that is not WebVTT, or whose
    cues have broken timestamps, is refused with the line at fault, because a broken
    track silently shows no captions at all in the browser.
    """

    page = ParentalKey("media_kits.MediaKitPage", on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=10, choices=_language_choices)
    file = models.FileField(
        _("WebVTT file"),
        upload_to="media_kits/captions/",
        validators=[validate_caption_file],
        help_text=_("A .vtt file whose captions match the video, in this language."),
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("file")])]

    class Meta(Orderable.Meta):
        verbose_name = _("caption track")
        verbose_name_plural = _("caption tracks")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="media_kits_one_caption_track"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.file.name}"


class KitAudio(Orderable):
    """The kit's audio narration in one language (a wagtailmedia audio item)."""

    page = ParentalKey(
        "media_kits.MediaKitPage", on_delete=models.CASCADE, related_name="audio_tracks"
    )
    language = models.CharField(_("language"), max_length=10, choices=_language_choices)
    media = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("audio"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"type": "audio"},
    )

    panels = [
        FieldRowPanel([FieldPanel("language"), MediaChooserPanel("media", media_type="audio")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("audio narration")
        verbose_name_plural = _("audio narrations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="media_kits_one_narration")
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.media_id}"


class KitInfographic(Orderable):
    """A picture that explains a step. ``title``, ``alt_text`` and ``image`` are translated
    (media_kits.translation): a picture with words in it gets a variant per language, and
    a language without its own variant shows the Italian picture with its alt text.
    """

    page = ParentalKey(
        "media_kits.MediaKitPage", on_delete=models.CASCADE, related_name="infographics"
    )
    title = models.CharField(_("title"), max_length=200)
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A variant in another language only where the picture contains words."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=400,
        blank=True,
        help_text=_("What the picture shows and says, for people who cannot see it."),
    )

    panels = [FieldPanel("title"), FieldPanel("image"), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("infographic")
        verbose_name_plural = _("infographics")

    def __str__(self) -> str:
        return self.title

    def image_id_in(self, code: str) -> tuple[int | None, str]:
        """The id of the picture for language ``code`` and the language it is in: the
        variant when there is one, else the Italian picture."""
        image_id = getattr(self, build_localized_fieldname("image", code) + "_id", None)
        if image_id is None and code != SOURCE_LANGUAGE:
            code = SOURCE_LANGUAGE
            image_id = getattr(self, build_localized_fieldname("image", code) + "_id", None)
        return image_id, code
