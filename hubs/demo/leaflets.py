"""Plurilingual leaflets of the demo guides: a one-page PDF per language, built by WeasyPrint.

Each leaflet is a ``hubs.Document`` per language, grouped by a ``translation_group`` derived
from the guide's key, so that loading the demo again finds the same group. A leaflet is
rebuilt only when what it shows changes: a digest of its HTML is part of the file name.
WeasyPrint needs Pango; where it cannot be loaded, the leaflets are skipped with a log line
and the rest of the demo loads as usual.
"""

import functools
import hashlib
import logging
import uuid
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Collection

from hubs.models import Document, HubPage
from portal.demo.loader import DemoReport
from portal.languages import direction_of

logger = logging.getLogger(__name__)

#: Fixed namespace of the demo leaflets' translation groups (``uuid5(namespace, key)``).
LEAFLET_NAMESPACE = uuid.UUID("6f1d2c4e-5a0b-4e8f-9c3d-2b7a1e0f4d61")
#: Fonts of the front-end build for Arabic and Urdu script, by language; system fonts
#: (DejaVu Sans) stand in without them. Only the leaflet's own script is declared:
#: WeasyPrint decodes every font face it is given, and a woff2 font takes seconds.
SCRIPT_FONTS = {
    "ar": ("Noto Naskh Arabic", "dist/fonts/noto-naskh-arabic-arabic-400-normal.woff2"),
    "ur": ("Noto Nastaliq Urdu", "dist/fonts/noto-nastaliq-urdu-arabic-400-normal.woff2"),
}
DEFAULT_FONT_FAMILY = '"DejaVu Sans", sans-serif'
DIGEST_LENGTH = 16


def leaflet_group(key: str) -> uuid.UUID:
    """The translation group of a guide's leaflet: the same on every load."""
    return uuid.uuid5(LEAFLET_NAMESPACE, key)


@functools.cache
def weasyprint_version() -> str | None:
    """WeasyPrint's version, or ``None`` when it (or Pango below it) cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        logger.warning("Demo leaflets skipped: WeasyPrint cannot be loaded (%s)", error)
        return None
    return weasyprint.__version__


def _font_face(language: str) -> str:
    if language not in SCRIPT_FONTS:
        return ""
    family, path = SCRIPT_FONTS[language]
    found = finders.find(path)
    if not found:
        return ""
    uri = Path(found).resolve().as_uri()
    return f'@font-face {{ font-family: "{family}"; src: url("{uri}"); }}\n'


def _font_family(language: str) -> str:
    if language in SCRIPT_FONTS:
        return f'"{SCRIPT_FONTS[language][0]}", {DEFAULT_FONT_FAMILY}'
    return DEFAULT_FONT_FAMILY


def leaflet_html(*, spec: dict, language: str, hub: HubPage, font_faces: str = "") -> str:
    """A one-page leaflet: the HUB, the guide's title and summary and its steps' titles.

    ``font_faces`` is kept apart because it names files of the front-end build, which come
    and go with ``npm run build``: the digest that decides a rebuild is taken without it.
    """
    texts = spec[language]
    direction = direction_of(language)
    font_family = _font_family(language)
    css = (
        font_faces
        + f"""
        @page {{ size: A4; margin: 18mm 16mm; }}
        body {{ font-family: {font_family}; font-size: 12pt; line-height: 1.5; color: #1a1a1a; }}
        .hub {{ color: #0b5394; font-size: 10pt; border-bottom: 2px solid #0b5394;
                padding-bottom: 4pt; }}
        h1 {{ font-size: 19pt; line-height: 1.25; margin: 12pt 0 8pt; }}
        h2 {{ font-size: 14pt; margin: 14pt 0 6pt; }}
        .intro {{ font-size: 13pt; }}
        li {{ margin-bottom: 4pt; }}
        .more {{ margin-top: 16pt; font-size: 10pt; color: #444; }}
        """
    )
    hub_title = getattr(hub, f"title_{language.replace('-', '_')}", "") or hub.title_it
    with translation.override(language):
        heading = gettext("What to do")
        more = gettext(
            "The full guide, with the documents to bring and where to go, is on the "
            "ER Integrazione portal."
        )
        municipality = gettext("Municipality of %(name)s") % {"name": hub.municipality}
    steps = format_html_join("", "<li>{}</li>", ((step["title"],) for step in texts["steps"]))
    return format_html(
        '<!DOCTYPE html><html lang="{}" dir="{}"><head><meta charset="utf-8">'
        "<title>{}</title><style>{}</style></head><body>"
        '<p class="hub"><bdi>ER Integrazione</bdi> · <bdi>{}</bdi> · <bdi>{}</bdi></p>'
        '<h1>{}</h1><p class="intro">{}</p><h2>{}</h2><ol>{}</ol><p class="more">{}</p>'
        "</body></html>",
        language,
        direction,
        texts["title"],
        # Built here from constants and file paths, never from the guide's text.
        mark_safe(css),  # noqa: S308
        hub_title,
        municipality,
        texts["title"],
        texts["intro"],
        heading,
        steps,
        more,
    )


def _render(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def _digest(html: str) -> str:
    source = f"{weasyprint_version()}\n{html}".encode()
    return hashlib.sha256(source).hexdigest()[:DIGEST_LENGTH]


def _leaflet_upsert(
    *, spec: dict, language: str, hub: HubPage, collection: Collection, report: DemoReport
) -> Document:
    key = spec["key"]
    group = leaflet_group(key)
    digest = _digest(leaflet_html(spec=spec, language=language, hub=hub))
    title = spec[language]["title"]
    label = f"leaflet:{key}:{language}"
    document = Document.objects.filter(translation_group=group, language=language).first()
    if (
        document is not None
        and f"-{digest}" in Path(document.file.name).name
        and document.title == title
        and document.collection_id == collection.pk
    ):
        report.unchanged.append(label)
        return document
    html = leaflet_html(spec=spec, language=language, hub=hub, font_faces=_font_face(language))
    pdf = ContentFile(_render(html), name=f"leaflet-{key}-{language}-{digest}.pdf")
    if document is None:
        document = Document(translation_group=group, language=language)
        report.created.append(label)
    else:
        document.file.delete(save=False)
        report.updated.append(label)
    document.title = title
    document.collection = collection
    document.file = pdf
    document._set_document_file_metadata()
    document.save()
    return document


def leaflets_ensure(*, spec: dict, hub: HubPage, report: DemoReport) -> Document | None:
    """Build or refresh a guide's leaflet; return the document to attach to the guide.

    The Italian version is attached when there is one (the page offers the other languages
    of its group). Without WeasyPrint, a leaflet built on an earlier load is still attached.
    """
    languages = [code for code in spec["leaflet"]["languages"] if code in spec]
    group = leaflet_group(spec["key"])
    if weasyprint_version() is not None:
        collection = hub.collection or Collection.get_first_root_node()
        for language in languages:
            _leaflet_upsert(
                spec=spec, language=language, hub=hub, collection=collection, report=report
            )
    documents = {doc.language: doc for doc in Document.objects.filter(translation_group=group)}
    for language in ("it", *languages):
        if language in documents:
            return documents[language]
    return None
