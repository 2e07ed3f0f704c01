"""The demo kits' files: made once, found again by title on every later load.

A video, narration or picture that exists under its title is reused as it is, so loading
the demo again writes nothing; a caption file is rewritten only when its text changed.
"""

import io
from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia import get_media_model

from media_kits.demo import media as make
from media_kits.uploads import probe_media
from portal.languages import language_codes

#: Languages read from the right: the path picture is drawn mirrored for them.
RTL_LANGUAGES = ("ar", "ur")
#: Narrations get a pitch each, so that every language's file is a file of its own.
PITCHES = {"it": 440.0, "en": 494.0, "fr": 523.0, "ar": 587.0, "ur": 659.0, "zh-hans": 698.0}


def spec_languages(spec: dict) -> list[str]:
    """The portal's languages a kit's data is written in, in the portal's order."""
    return [code for code in language_codes() if code in spec]


def _media_ensure(
    *,
    title: str,
    media_type: str,
    filename: str,
    collection: Collection,
    data: Callable[[], bytes],
    poster: Callable[[], bytes] | None = None,
) -> Any:
    """The wagtailmedia item called ``title``: made once, then reused as it is."""
    media_model = get_media_model()
    media = media_model.objects.filter(title=title).first()
    if media is not None and media.file and default_storage.exists(media.file.name):
        if media.collection_id != collection.pk:
            media.collection = collection
            media.save(update_fields=["collection"])
        return media
    content = data()
    probe = probe_media(io.BytesIO(content), media_type=media_type)
    media = media or media_model(title=title, type=media_type)
    media.collection = collection
    media.duration = probe.duration
    media.width, media.height = probe.width, probe.height
    media.file.save(filename, ContentFile(content), save=False)
    if poster is not None:
        media.thumbnail.save(filename.rsplit(".", 1)[0] + ".png", ContentFile(poster()), save=False)
    media.save()
    return media


def _image_ensure(
    *, title: str, filename: str, collection: Collection, data: Callable[[], bytes | None]
) -> Any:
    """The Wagtail image called ``title``: drawn once, then reused; ``None`` when it cannot
    be drawn (no font for its script)."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is not None:
        if image.collection_id != collection.pk:
            image.collection = collection
            image.save(update_fields=["collection"])
        return image
    content = data()
    if content is None:
        return None
    image = image_model(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(content), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image


def _caption_name(*, key: str, language: str, text: str) -> str:
    """The stored caption file with ``text``: written once, rewritten when the text changes."""
    name = f"media_kits/captions/kit-{key}-{language}.vtt"
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as stored:
            if stored.read() == text.encode():
                return name
    return default_storage.save(name, ContentFile(text.encode()))


def kit_media_ensure(spec: dict, collection: Collection) -> dict[str, Any]:
    """The kit's media, made or found: video, narrations, caption files, pictures."""
    key, colour, scenes = spec["key"], tuple(spec["colour"]), spec["scenes"]
    title = spec["it"]["title"]
    video = _media_ensure(
        title=f"{title} – video",
        media_type="video",
        filename=f"kit-{key}.webm",
        collection=collection,
        data=lambda: make.video_webm(scenes=scenes, colour=colour),
        poster=lambda: make.poster_png(scenes=scenes, colour=colour),
    )
    narrations = {}
    captions = {}
    checklists = {}
    for language in spec_languages(spec):
        texts = spec[language]
        if texts.get("audio"):
            narrations[language] = _media_ensure(
                title=f"{title} – audio ({language})",
                media_type="audio",
                filename=f"kit-{key}-{language}.ogg",
                collection=collection,
                data=lambda language=language: make.narration_ogg(
                    scene_count=len(scenes), pitch=PITCHES.get(language, 440.0)
                ),
            )
        if texts.get("captions"):
            captions[language] = _caption_name(
                key=key, language=language, text=make.captions_vtt(texts["captions"])
            )
        if texts.get("what_you_need") and texts.get("infographics"):
            checklist = _image_ensure(
                title=f"{title} – cosa portare ({language})",
                filename=f"kit-{key}-checklist-{language}.png",
                collection=collection,
                data=lambda texts=texts, language=language: make.checklist_png(
                    title=texts["infographics"][1]["title"],
                    items=texts["what_you_need"],
                    language=language,
                    colour=colour,
                ),
            )
            if checklist is not None:
                checklists[language] = checklist
    steps = len(spec["it"].get("steps", [])) or 3
    paths = {
        "it": _image_ensure(
            title=f"{title} – percorso",
            filename=f"kit-{key}-path.png",
            collection=collection,
            data=lambda: make.path_png(steps=steps, colour=colour),
        )
    }
    rtl_languages = [code for code in spec_languages(spec) if code in RTL_LANGUAGES]
    if rtl_languages:
        mirrored = _image_ensure(
            title=f"{title} – percorso (da destra a sinistra)",
            filename=f"kit-{key}-path-rtl.png",
            collection=collection,
            data=lambda: make.path_png(steps=steps, colour=colour, rtl=True),
        )
        paths.update(dict.fromkeys(rtl_languages, mirrored))
    return {
        "video": video,
        "narrations": narrations,
        "captions": captions,
        "paths": paths,
        "checklists": checklists,
    }
