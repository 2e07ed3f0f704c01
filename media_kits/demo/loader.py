"""Load the media kits' demo content so that loading it twice changes nothing.

Called by ``portal.demo.loader.demo_content_load`` after the HUBs and the events (the
kits live under HUB pages and point to their guides and events). Media are made on the
spot (``media_kits.demo.media``, kept by ``media_kits.demo.files``) the first time only: a
video, narration or picture that exists under its title is reused, and a kit is published
again only when its texts, media or links differ from the data.
"""

import importlib
import logging
import pkgutil
from typing import Any

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection

import media_kits.demo
from events.demo.data import EVENTS
from hubs.demo.loader import demo_guides, step_blocks
from hubs.models import GuidePage, HubPage
from media_kits.demo.files import kit_media_ensure, spec_languages
from media_kits.models import (
    KitAudio,
    KitCaption,
    KitInfographic,
    KitRelatedEvent,
    KitRelatedGuide,
    MediaKitIndexPage,
    MediaKitPage,
)
from portal.demo.loader import DemoReport, _differs
from portal.languages import language_codes
from portal.models import HomePage

logger = logging.getLogger(__name__)

#: Plain-text fields of a kit, per language; lists are joined one item a line.
TEXT_FIELDS = ("title", "slug", "intro", "where_to_go")
LIST_FIELDS = ("what_you_need", "duties", "rights")

INDEX = {
    "it": {
        "title": "Kit multimediali",
        "slug": "kit-multimediali",
        "intro": "Video con sottotitoli, audio, immagini e un foglio da stampare: le pratiche "
        "più importanti spiegate in modo semplice, in tante lingue.",
    },
    "en": {
        "title": "Media kits",
        "slug": "media-kits",
        "intro": "Videos with captions, audio, pictures and a sheet to print: the most "
        "important procedures explained simply, in many languages.",
    },
    "fr": {
        "title": "Kits multimédias",
        "slug": "kits-multimedias",
        "intro": "Des vidéos sous-titrées, de l'audio, des images et une fiche à imprimer : "
        "les démarches les plus importantes expliquées simplement, en plusieurs langues.",
    },
    "ar": {
        "title": "الحقائب متعددة الوسائط",
        "intro": "فيديوهات مع ترجمة مكتوبة، وتسجيلات صوتية، وصور، وورقة للطباعة: أهم "
        "الإجراءات مشروحة ببساطة وبلغات كثيرة.",
    },
}


class MediaKitsDemoDataError(ValueError):
    """The kits' demo data is malformed, or what it needs is missing: the message says what."""


# --- The data -------------------------------------------------------------------------


def demo_kits() -> list[dict]:
    """Every demo kit, from the ``kit_*`` modules of this package, in name order."""
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(media_kits.demo.__path__)
        if info.name.startswith("kit_")
    )
    return [importlib.import_module(f"media_kits.demo.{name}").KIT for name in names]


def demo_kits_errors(kits: list[dict]) -> list[str]:
    """What is wrong with ``kits`` for the contract of ``media_kits/demo/__init__.py``."""
    errors = []
    seen: set[str] = set()
    languages = set(language_codes())
    guides = {spec["key"] for spec in demo_guides()}
    events = {spec["key"] for spec in EVENTS}
    for position, spec in enumerate(kits):
        key = spec.get("key") or f"#{position + 1}"
        if key in seen:
            errors.append(f"{key}: another kit has the same key")
        seen.add(key)
        if "it" not in spec or not spec["it"].get("title"):
            errors.append(f"{key}: the Italian title is missing")
        scenes = len(spec.get("scenes", []))
        if not scenes:
            errors.append(f"{key}: no scenes for the video")
        for language in sorted(set(spec) & languages):
            cues = spec[language].get("captions")
            if cues is not None and len(cues) != scenes:
                errors.append(
                    f"{key}: {len(cues)} {language} captions for {scenes} scenes of the video"
                )
        errors += [
            f"{key}: no demo guide {guide!r}"
            for guide in spec.get("related_guides", [])
            if guide not in guides
        ]
        errors += [
            f"{key}: no demo event {event!r}"
            for event in spec.get("related_events", [])
            if event not in events
        ]
    return errors


# --- A kit ----------------------------------------------------------------------------


def _text_values(spec: dict) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for language in spec_languages(spec):
        texts = spec[language]
        for name in TEXT_FIELDS:
            if name in texts:
                values[build_localized_fieldname(name, language)] = texts[name]
        for name in LIST_FIELDS:
            if name in texts:
                values[build_localized_fieldname(name, language)] = "\n".join(texts[name])
        if "steps" in texts:
            values[build_localized_fieldname("steps", language)] = step_blocks(texts["steps"])
        if "captions" in texts:
            values[build_localized_fieldname("transcript", language)] = "\n\n".join(
                texts["captions"]
            )
    return values


def _infographics(spec: dict, made: dict[str, Any]) -> list[KitInfographic]:
    items = []
    for position in range(len(spec["it"].get("infographics", []))):
        item = KitInfographic(sort_order=position)
        for language in spec_languages(spec):
            texts = spec[language].get("infographics")
            if not texts:
                continue
            setattr(item, build_localized_fieldname("title", language), texts[position]["title"])
            setattr(item, build_localized_fieldname("alt_text", language), texts[position]["alt"])
        images = made["paths"] if position == 0 else made["checklists"]
        for language, image in images.items():
            setattr(item, build_localized_fieldname("image", language) + "_id", image.pk)
        items.append(item)
    return items


def _infographic_state(item: KitInfographic) -> tuple:
    fields = []
    for code in language_codes():
        for name in ("title", "alt_text"):
            fields.append(getattr(item, build_localized_fieldname(name, code)) or "")
        fields.append(getattr(item, build_localized_fieldname("image", code) + "_id"))
    return tuple(fields)


def _children(spec: dict, made: dict[str, Any], links: dict[str, dict[str, int]]) -> dict:
    return {
        "captions": [
            KitCaption(language=language, file=name, sort_order=position)
            for position, (language, name) in enumerate(made["captions"].items())
        ],
        "audio_tracks": [
            KitAudio(language=language, media=media, sort_order=position)
            for position, (language, media) in enumerate(made["narrations"].items())
        ],
        "infographics": _infographics(spec, made),
        "related_guides": [
            KitRelatedGuide(guide_id=links["guides"][key], sort_order=position)
            for position, key in enumerate(spec.get("related_guides", []))
            if key in links["guides"]
        ],
        "related_events": [
            KitRelatedEvent(event_id=links["events"][key], sort_order=position)
            for position, key in enumerate(spec.get("related_events", []))
            if key in links["events"]
        ],
    }


_CHILD_STATE = {
    "captions": lambda row: (row.language, row.file.name),
    "audio_tracks": lambda row: (row.language, row.media_id),
    "infographics": _infographic_state,
    "related_guides": lambda row: row.guide_id,
    "related_events": lambda row: row.event_id,
}


def _children_differ(page: MediaKitPage, children: dict) -> bool:
    return any(
        [state(row) for row in getattr(page, name).all()] != [state(row) for row in children[name]]
        for name, state in _CHILD_STATE.items()
    )


def _kit_upsert(
    hub: HubPage, spec: dict, links: dict[str, dict[str, int]], report: DemoReport
) -> MediaKitPage:
    collection = hub.collection or Collection.get_first_root_node()
    made = kit_media_ensure(spec, collection)
    values = _text_values(spec)
    children = _children(spec, made, links)
    existing = MediaKitPage.objects.child_of(hub).filter(slug_it=values["slug_it"]).first()
    if existing is None:
        page = MediaKitPage(title=values["title_it"], slug=values["slug_it"])
        report.created.append(f"kit {spec['key']}")
    else:
        page = existing.specific
        if (
            not _differs(page, values)
            and page.video_id == made["video"].pk
            and not _children_differ(page, children)
        ):
            report.unchanged.append(f"kit {spec['key']}")
            return page
        report.updated.append(f"kit {spec['key']}")
    for name, value in values.items():
        setattr(page, name, value)
    page.title, page.slug = values["title_it"], values["slug_it"]
    page.video = made["video"]
    for name, rows in children.items():
        setattr(page, name, rows)
    if existing is None:
        hub.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index_upsert(home: HomePage, report: DemoReport) -> MediaKitIndexPage:
    values = {}
    for language, texts in INDEX.items():
        for name, text in texts.items():
            values[build_localized_fieldname(name, language)] = text
    index = MediaKitIndexPage.objects.child_of(home).first()
    if index is None:
        index = MediaKitIndexPage(title=values["title_it"], slug=values["slug_it"])
        for name, value in values.items():
            setattr(index, name, value)
        home.add_child(instance=index)
        index.save_revision().publish()
        report.created.append("kit index")
    elif _differs(index, values):
        for name, value in values.items():
            setattr(index, name, value)
        index.save_revision().publish()
        report.updated.append("kit index")
    else:
        report.unchanged.append("kit index")
    return index


def _links() -> dict[str, dict[str, int]]:
    """The demo guides' and events' page ids, by their demo keys."""
    guide_slugs = {spec["it"]["slug"]: spec["key"] for spec in demo_guides()}
    event_slugs = {spec["it"]["slug"]: spec["key"] for spec in EVENTS}
    from events.models import EventPage

    return {
        "guides": {
            guide_slugs[slug]: pk
            for pk, slug in GuidePage.objects.filter(slug_it__in=guide_slugs).values_list(
                "pk", "slug_it"
            )
        },
        "events": {
            event_slugs[slug]: pk
            for pk, slug in EventPage.objects.filter(slug_it__in=event_slugs).values_list(
                "pk", "slug_it"
            )
        },
    }


@transaction.atomic
def media_kits_demo_load(report: DemoReport, *, kits: list[dict] | None = None) -> None:
    """Create or update the kits' index page and the demo kits; record what happened."""
    kits = demo_kits() if kits is None else kits
    errors = demo_kits_errors(kits)
    if errors:
        raise MediaKitsDemoDataError("The media kits demo data is malformed:\n" + "\n".join(errors))
    home = HomePage.objects.first()
    hubs = {hub.code: hub for hub in HubPage.objects.select_related("collection")}
    missing = sorted({spec["hub"] for spec in kits} - set(hubs))
    if home is None or missing:
        raise MediaKitsDemoDataError(
            "The media kits demo needs the home page and the HUB pages (missing: "
            f"{'home, ' if home is None else ''}{', '.join(missing)}): run "
            "`manage.py load_demo_content`, which creates them first."
        )
    links = _links()
    with translation.override("it"):
        _index_upsert(home, report)
        for spec in kits:
            _kit_upsert(hubs[spec["hub"]], spec, links, report)
    logger.info("Media kits demo: %d kits", len(kits))


__all__ = ["MediaKitsDemoDataError", "demo_kits", "demo_kits_errors", "media_kits_demo_load"]
