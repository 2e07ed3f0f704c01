"""A published media kit with small stored files, for the downloads' tests (M2's files).

The files are stand-ins (a few bytes that start like a WebM or an Ogg file): the ZIP and
the leaflet do not read inside them. Upload checks are tested with real media elsewhere.
"""

import itertools

from django.core.files.base import ContentFile
from wagtail.models import Page
from wagtailmedia.models import Media

from tests import factories

_counter = itertools.count(1)

CAPTIONS = {
    "it": "WEBVTT\n\n00:00.000 --> 00:02.500\nPrendi appuntamento allo sportello.\n",
    "en": "WEBVTT\n\n00:00.000 --> 00:02.500\nBook an appointment at the desk.\n",
    "ar": "WEBVTT\n\n00:00.000 --> 00:02.500\nاحجز موعدًا في المكتب.\n",
}


def stored_media(kind: str, name: str) -> Media:
    """A wagtailmedia item whose file starts with the right magic bytes."""
    header = b"\x1aE\xdf\xa3" if kind == "video" else b"OggS"
    return Media.objects.create(
        title=name,
        type=kind,
        file=ContentFile(header + bytes(range(256)) * 8, name=name),
        duration=3,
    )


def step(title: str, details: str, where: str, documents: list[str]) -> dict:
    return {
        "type": "step",
        "value": {
            "title": title,
            "details": f"<p>{details}</p>",
            "documents": documents,
            "where": where,
            "cost": "",
            "duration": "",
        },
    }


def media_kit(
    *,
    parent: Page | None = None,
    video: bool = True,
    captions: tuple[str, ...] = ("it", "ar"),
    audio: tuple[str, ...] = ("it", "ar"),
    infographics: int = 1,
    **fields,
):
    """A published kit under the Ferrara (health) HUB unless ``parent`` says otherwise."""
    from media_kits.models import KitAudio, KitCaption, KitInfographic, MediaKitPage

    number = next(_counter)
    values = {
        "title_it": f"Tessera sanitaria {number}",
        "title_ar": f"البطاقة الصحية {number}",
        "slug_it": f"tessera-sanitaria-{number}",
        "intro_it": "Come iscriversi al Servizio sanitario e scegliere il medico di famiglia.",
        "intro_ar": "كيف تسجل في الخدمة الصحية وتختار طبيب الأسرة.",
        "steps_it": [
            step(
                "Vai allo sportello dell'Azienda USL",
                "Porta i documenti e chiedi l'iscrizione.",
                "Sportello unico dell'Azienda USL",
                ["Permesso di soggiorno", "Codice fiscale"],
            )
        ],
        "steps_ar": [
            step(
                "اذهب إلى مكتب الوحدة الصحية",
                "أحضر الوثائق واطلب التسجيل.",
                "المكتب الموحد للوحدة الصحية",
                ["تصريح الإقامة", "الرمز الضريبي"],
            )
        ],
        "what_you_need_it": "Permesso di soggiorno\nCodice fiscale",
        "what_you_need_ar": "تصريح الإقامة\nالرمز الضريبي",
        "where_to_go_it": "Sportello unico dell'Azienda USL del tuo Comune.",
        "where_to_go_ar": "المكتب الموحد للوحدة الصحية في بلديتك.",
        "duties_it": "Rinnova l'iscrizione quando rinnovi il permesso",
        "duties_ar": "جدد التسجيل عندما تجدد التصريح",
        "rights_it": "Hai diritto a un medico di famiglia",
        "rights_ar": "لك الحق في طبيب أسرة",
        "transcript_it": "Per avere la tessera sanitaria vai allo sportello.",
        "transcript_ar": "للحصول على البطاقة الصحية اذهب إلى المكتب.",
        **fields,
    }
    if video:
        values["video"] = stored_media("video", f"kit-{number}.webm")
    kit = MediaKitPage(title=values["title_it"], slug=values["slug_it"], **values)
    for code in captions:
        kit.captions.add(
            KitCaption(
                language=code,
                file=ContentFile(CAPTIONS[code].encode(), name=f"kit-{number}-{code}.vtt"),
            )
        )
    for code in audio:
        kit.audio_tracks.add(
            KitAudio(language=code, media=stored_media("audio", f"kit-{number}-{code}.ogg"))
        )
    for picture in range(1, infographics + 1):
        kit.infographics.add(
            KitInfographic(
                title_it=f"Dove andare {picture}",
                title_ar=f"أين تذهب {picture}",
                image_it=factories.image(title=f"Infografica {number}-{picture}"),
                alt_text_it="Una mappa con lo sportello.",
                alt_text_ar="خريطة مع المكتب.",
            )
        )
    (parent or factories.hub_page("salute")).add_child(instance=kit)
    return factories.publish(kit)
