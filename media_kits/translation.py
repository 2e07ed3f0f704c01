"""Fields of the media kits translated with wagtail-modeltranslation.

Not translated: the video (one picture track for every language; its words are in the
caption tracks, a row per language) and the audio and captions, which carry their
language as a row of their own (``media_kits.models.media``). An infographic's picture
*is* translated: a variant per language where the picture contains words.
"""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from media_kits.models import KitInfographic, MediaKitIndexPage, MediaKitPage


@register(MediaKitIndexPage)
class MediaKitIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(MediaKitPage)
class MediaKitPageTranslation(TranslationOptions):
    fields = (
        "intro",
        "steps",
        "what_you_need",
        "where_to_go",
        "duties",
        "rights",
        "external_video",
        "transcript",
    )


@register(KitInfographic)
class KitInfographicTranslation(TranslationOptions):
    fields = ("title", "image", "alt_text")
