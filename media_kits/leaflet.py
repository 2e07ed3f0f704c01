"""A kit's printable leaflet: one or two A4 pages per language, built by WeasyPrint.

The leaflet is for the desk and the notice board: the procedure in short (summary,
steps, what to bring, where to go, duties and rights) and a QR code that opens the kit
page in the same language, where the video, the audio and the pictures are. It follows
the guide PDFs (``hubs.pdf``): the same fonts and page furniture (``dist/css/pdf.css``,
right-to-left included), the same local-only URL fetcher, the same cache by content.

A leaflet is kept in the default storage under
``media_kits/leaflets/<kit id>/<language>-<hash>.pdf``, the hash taken over the HTML
WeasyPrint is given (every word, the QR code, the page URL) and over the stylesheets and
WeasyPrint's version. The HTML has no "printed on" date, so an unchanged kit keeps the
same leaflet (and the same ZIP) from one day to the next. A stale leaflet is never
served: its hash no longer matches. Publishing a kit rebuilds its leaflets with its
archives (``media_kits.tasks``); unpublishing or deleting it removes them.
"""

from typing import Any

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from hubs.pdf_store import PdfStore, PdfUnavailableError, pdf_available
from media_kits.models import MediaKitPage
from media_kits.models.kit import lines_of
from portal.languages import (
    LocalisedValue,
    direction_of,
    language_codes,
    localised,
    page_languages,
    untranslated_fields,
)

__all__ = [
    "PdfUnavailableError",
    "kit_leaflet_cached_files",
    "kit_leaflet_filename",
    "kit_leaflet_get",
    "kit_leaflet_hash",
    "kit_leaflet_html",
    "kit_leaflets_remove",
    "kit_page_url",
    "leaflet_available",
]

TEMPLATE = "media_kits/leaflet.html"
#: The stylesheets the template links, read again for the hash (a new build is a new PDF).
STYLESHEETS = ("dist/css/pdf-fonts.css", "dist/css/pdf.css", "dist/css/leaflet.css")
#: The cached leaflets in the default storage; one sub-folder per kit.
STORE = PdfStore(root="media_kits/leaflets", stylesheets=STYLESHEETS)


def leaflet_available() -> bool:
    """True when WeasyPrint can run here (Pango installed): else no leaflet is offered."""
    return pdf_available()


# --- What goes into the leaflet -----------------------------------------------------------


def _language_or_error(language: str) -> str:
    if language not in language_codes():
        raise ValueError(
            f"Unknown language {language!r}: a kit leaflet is made in one of "
            f"{', '.join(language_codes())}."
        )
    return language


def kit_page_url(kit: MediaKitPage, language: str) -> str:
    """The kit page's absolute URL for readers of ``language`` (what the QR code opens).

    Built from the Wagtail ``Site`` (else ``WAGTAILADMIN_BASE_URL``), never from the
    request, so that the leaflet, its hash and the archive are the same for every reader
    and for the worker that builds them.
    """
    with translation.override(language):
        parts = kit.get_url_parts()
    if parts is None or parts[1] is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    _site_id, root_url, path = parts
    return root_url + path


def _qr_svg(url: str) -> str:
    """An inline SVG QR code of ``url``; its size is set by the stylesheet, in millimetres.

    Error correction M survives a crease or a smudge on a printed sheet.
    """
    code = segno.make(url, error="m", micro=False)
    return code.svg_inline(
        scale=1, border=2, omitsize=True, svgclass="leaflet-qr-code", lineclass=None
    )


def _language_names() -> dict[str, str]:
    return {code: own for code, _name, own, _direction in settings.PORTAL_LANGUAGES}


def _fallback(kit: MediaKitPage, language: str, available: list[str]) -> dict[str, Any]:
    """The context of ``portal/includes/fallback_notice.html``, with absolute links."""
    if language in available:
        return {"shown": False}
    names = _language_names()
    links = [
        {
            "code": code,
            "url": kit_page_url(kit, code),
            "direction": direction_of(code),
            "name_local": names[code],
        }
        for code in available
    ]
    return {"shown": True, "language_name": names[language], "available": links}


def _hub_title(kit: MediaKitPage) -> LocalisedValue | None:
    """The HUB that publishes the kit (``None`` for a regional kit)."""
    from hubs.models import HubPage

    parent = kit.get_parent()
    if parent is None or parent.specific_class is not HubPage:
        return None
    return localised(parent.specific, "title")


def _lines(kit: MediaKitPage, field: str) -> dict[str, Any]:
    value = localised(kit, field)
    return {"items": lines_of(value.value), "is_fallback": value.is_fallback}


def _context(kit: MediaKitPage, language: str) -> dict[str, Any]:
    """Everything the template shows; call it with ``language`` active."""
    available = page_languages(kit)
    page_url = kit_page_url(kit, language)
    return {
        "kit": kit,
        "language": language,
        "direction": direction_of(language),
        "title": localised(kit, "title"),
        "intro": localised(kit, "intro"),
        "steps": localised(kit, "steps"),
        "what_you_need": _lines(kit, "what_you_need"),
        "where_to_go": localised(kit, "where_to_go"),
        "duties": _lines(kit, "duties"),
        "rights": _lines(kit, "rights"),
        "hub_title": _hub_title(kit),
        "page_url": page_url,
        "qr_code": mark_safe(_qr_svg(page_url)),  # noqa: S308 - segno's own markup
        "fallback": _fallback(kit, language, available),
        "partly_untranslated": language in available and bool(untranslated_fields(kit)),
    }


def kit_leaflet_html(*, kit: MediaKitPage, language: str) -> str:
    """The HTML that WeasyPrint turns into the kit's leaflet in ``language``."""
    language = _language_or_error(language)
    with translation.override(language):
        return render_to_string(TEMPLATE, _context(kit, language))


# --- Hash and storage ----------------------------------------------------------------------


def kit_leaflet_hash(*, kit: MediaKitPage, language: str) -> str:
    """The content hash of the kit's leaflet in ``language`` (changes when anything shown does)."""
    return STORE.hash_of(kit_leaflet_html(kit=kit, language=language))


def kit_leaflet_cached_files(*, kit_id: int, language: str | None = None) -> list[str]:
    """Paths of the stored leaflets of a kit (in one language, or all)."""
    return STORE.cached_files(page_id=kit_id, language=language)


def kit_leaflets_remove(*, kit_id: int) -> int:
    """Delete every stored leaflet of a kit (unpublished or deleted); returns how many."""
    return STORE.remove(page_id=kit_id)


# --- Building ------------------------------------------------------------------------------


def _base_url(kit: MediaKitPage) -> str:
    """The site's root: the template's ``/static/…`` links resolve against it, locally."""
    parts = kit.get_url_parts()
    if parts is None or parts[1] is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    return parts[1].rstrip("/") + "/"


def kit_leaflet_get(*, kit: MediaKitPage, language: str) -> tuple[bytes, str]:
    """The kit's leaflet in ``language`` and its hash: from the cache, else built and kept.

    Raises ``PdfUnavailableError`` where WeasyPrint cannot run, ``ValueError`` for a
    language the portal does not have.
    """
    html = kit_leaflet_html(kit=kit, language=language)
    return STORE.cached_or_built(
        page_id=kit.pk, language=language, html=html, base_url=lambda: _base_url(kit)
    )


def kit_leaflet_filename(kit: MediaKitPage, language: str) -> str:
    """``<slug in that language>-leaflet-<language>.pdf``, e.g. ``cie-leaflet-ar.pdf``.

    The same rule as the guide PDFs' names (``hubs.pdf``).
    """
    slug = getattr(kit, build_localized_fieldname("slug", language), "") or kit.slug
    return f"{slug}-leaflet-{language}.pdf"
