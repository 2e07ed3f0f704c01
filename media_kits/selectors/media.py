"""A kit's media in one language, with the Italian in place of what that language lacks.

One read for the page, the leaflet and the downloadable archive, so that the three
always agree on what "the kit in Arabic" is. Every item says which language it is
really in, so a caller can mark Italian fallbacks (``lang="it"``, a notice).
"""

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.images import get_image_model
from wagtailmedia import get_media_model

from media_kits.models import KitAudio, KitCaption, MediaKitPage
from media_kits.models.kit import in_language
from media_kits.serving import caption_file_url, media_file_url, poster_file_url
from portal.languages import SOURCE_LANGUAGE, LocalisedValue, direction_of

#: The rendition of an infographic on the page (as in templates/media_kits/media_kit_page.html).
INFOGRAPHIC_RENDITION = "max-1000x1000|format-webp"


def language_name(code: str) -> str:
    """The language's name in its own script ("العربية" for ``ar``)."""
    for language, _name, own, _direction in settings.PORTAL_LANGUAGES:
        if language == code:
            return own
    return code


@dataclass(frozen=True)
class CaptionTrack:
    caption: KitCaption
    language: str
    #: The language's name in its own script, for ``<track label>``.
    label: str
    url: str
    #: The track shown when the video starts: the reader's language, else Italian.
    is_default: bool


@dataclass(frozen=True)
class Infographic:
    title: LocalisedValue
    alt_text: LocalisedValue
    #: The picture for the language (its own variant, else the Italian one); ``None``
    #: when no picture was chosen at all.
    image: Any
    #: The language of the picture itself ("" without a picture).
    image_language: str
    #: Its alt text is the Italian one in place of the reader's language.
    is_fallback: bool


@dataclass(frozen=True)
class KitMedia:
    """What a kit shows and gives in ``language``."""

    language: str
    #: The wagtailmedia video (one for every language) and its address; ``None``/"".
    video: Any
    video_url: str
    #: The video's poster image address ("" without).
    poster_url: str
    #: Every caption track of the video, Italian first, then the portal's order.
    captions: list[CaptionTrack]
    #: The track in ``language``, else the Italian one; ``None`` without captions.
    caption: CaptionTrack | None
    #: The narration in ``language``, else the Italian one.
    audio: KitAudio | None
    audio_language: str
    audio_url: str
    infographics: list[Infographic]
    transcript: LocalisedValue
    #: Kinds of media ("captions", "audio", "infographics", "transcript") shown in
    #: Italian because ``language`` has none of its own.
    fallbacks: list[str] = field(default_factory=list)

    @property
    def has_media(self) -> bool:
        return bool(self.video or self.audio or self.infographics)


def _localised(instance: Any, name: str, code: str) -> LocalisedValue:
    value = getattr(instance, build_localized_fieldname(name, code), None)
    if (value is None or (isinstance(value, str) and not value.strip())) and code != "it":
        code = SOURCE_LANGUAGE
        value = getattr(instance, build_localized_fieldname(name, code), None)
    return LocalisedValue(value=value or "", language=code, direction=direction_of(code))


def _infographics(kit: MediaKitPage, code: str) -> list[Infographic]:
    items = list(kit.infographics.all())
    image_ids = {}
    for item in items:
        image_ids[item.pk] = item.image_id_in(code)
    wanted = {image_id for image_id, _language in image_ids.values() if image_id}
    images = (
        get_image_model().objects.prefetch_renditions(INFOGRAPHIC_RENDITION).in_bulk(wanted)
        if wanted
        else {}
    )
    result = []
    for item in items:
        image_id, image_language = image_ids[item.pk]
        alt_text = _localised(item, "alt_text", code)
        result.append(
            Infographic(
                title=_localised(item, "title", code),
                alt_text=alt_text,
                image=images.get(image_id),
                image_language=image_language or "",
                # A picture without words is one picture for every language: only its
                # words (title, alt text) can be missing in the reader's language.
                is_fallback=code != SOURCE_LANGUAGE and alt_text.language != code,
            )
        )
    return result


def kit_media(*, kit: MediaKitPage, language: str) -> KitMedia:
    """The kit's video, captions, audio, infographics and transcript in ``language``.

    Reads ``kit.captions``, ``kit.audio_tracks`` and ``kit.infographics`` through
    ``.all()``, so a caller that prefetched them (``prefetch_related``) pays no query.
    """
    order = [code for code, _name in settings.LANGUAGES]
    captions = sorted(
        kit.captions.all(), key=lambda c: order.index(c.language) if c.language in order else 99
    )
    default_caption, default_language = in_language(captions, language)
    tracks = [
        CaptionTrack(
            caption=caption,
            language=caption.language,
            label=language_name(caption.language),
            url=caption_file_url(caption),
            is_default=caption is default_caption,
        )
        for caption in captions
    ]
    chosen = next((track for track in tracks if track.is_default), None)
    audio, audio_language = kit.audio_in(language)
    # The video and the narration in one read.
    wanted = [pk for pk in (kit.video_id, audio.media_id if audio else None) if pk]
    files = get_media_model().objects.in_bulk(wanted) if wanted else {}
    video = files.get(kit.video_id)
    if audio is not None:
        audio.media = files[audio.media_id]
    infographics = _infographics(kit, language)
    transcript = kit.text_in("transcript", language)
    fallbacks = []
    if language != SOURCE_LANGUAGE:
        if chosen is not None and default_language != language:
            fallbacks.append("captions")
        if audio is not None and audio_language != language:
            fallbacks.append("audio")
        if any(item.is_fallback for item in infographics):
            fallbacks.append("infographics")
        if transcript.value and transcript.language != language:
            fallbacks.append("transcript")
    return KitMedia(
        language=language,
        video=video,
        video_url=media_file_url(video) if video else "",
        poster_url=poster_file_url(video) if video and video.thumbnail else "",
        captions=tracks,
        caption=chosen,
        audio=audio,
        audio_language=audio_language or "",
        audio_url=media_file_url(audio.media) if audio else "",
        infographics=infographics,
        transcript=transcript,
        fallbacks=fallbacks,
    )
