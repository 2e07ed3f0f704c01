"""Guides as PDF leaflets, in the reader's language, built by WeasyPrint and kept by content.

A PDF is built on demand from ``templates/hubs/pdf/guide.html`` and kept in the default
storage under ``pdf/guides/<page id>/<language>-<hash>.pdf``. The hash is taken over the
HTML that WeasyPrint is given (so over everything that appears in the PDF: the guide's
published text in that language and its Italian fallback, the HUB's name, the attachments'
titles and languages, the page URL, the date shown, every interface string) and over the
stylesheets and the WeasyPrint version. A request whose hash has no file builds one; a
stale PDF can never be served, because its hash no longer matches. Publishing a guide
pre-builds its languages in a Celery task (``hubs.tasks.refresh_guide_pdfs``);
unpublishing or deleting it removes its files.

WeasyPrint needs Pango, a system library that a developer's machine may lack: then
``pdf_available()`` is false, the guide page hides its PDF link and ``?format=pdf``
answers 503 with a page that says so.

Nothing is fetched over the network: see ``hubs.pdf_fetcher``.
"""

from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from modeltranslation.utils import build_localized_fieldname

from hubs.documents import document_versions
from hubs.models import GuidePage
from hubs.pdf_store import PdfStore, pdf_available, write_pdf
from portal.languages import (
    SOURCE_LANGUAGE,
    direction_of,
    language_codes,
    localised,
    page_languages,
    untranslated_fields,
)

TEMPLATE = "hubs/pdf/guide.html"
UNAVAILABLE_TEMPLATE = "hubs/pdf/unavailable.html"
#: The stylesheets the template links, read again for the hash (a new build is a new PDF).
STYLESHEETS = ("dist/css/pdf-fonts.css", "dist/css/pdf.css")
#: The cached PDFs in the default storage; one sub-folder per guide.
STORE = PdfStore(root="pdf/guides", stylesheets=STYLESHEETS)


# --- What goes into the PDF --------------------------------------------------------------


def _language_or_error(language: str) -> str:
    if language not in language_codes():
        raise ValueError(
            f"Unknown language {language!r}: a guide PDF is made in one of "
            f"{', '.join(language_codes())}."
        )
    return language


def _language_names() -> dict[str, str]:
    return {code: own for code, _name, own, _direction in settings.PORTAL_LANGUAGES}


def _page_url(guide: GuidePage) -> tuple[str, str]:
    """The guide's absolute URL in the active language, and its site's root URL.

    Built from the Wagtail ``Site`` rather than the request, so that the URL printed
    in the PDF (and so its hash) is the same for every reader and for the publish task.
    """
    parts = guide.get_url_parts()
    if parts is None or parts[1] is None:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        return base + "/", base + "/"
    _site_id, root_url, path = parts
    return root_url + path, root_url.rstrip("/") + "/"


def _fallback(guide: GuidePage, language: str, available: list[str]) -> dict[str, Any]:
    """The context of ``portal/includes/fallback_notice.html``, with absolute links."""
    if language in available:
        return {"shown": False}
    names = _language_names()
    links = []
    for code in available:
        with translation.override(code):
            url, _base = _page_url(guide)
        links.append(
            {"code": code, "url": url, "direction": direction_of(code), "name_local": names[code]}
        )
    return {"shown": True, "language_name": names[language], "available": links}


def _attachments(guide: GuidePage, base_url: str) -> list[dict[str, Any]]:
    names = _language_names()
    items = []
    for block in guide.attachments:
        if block.value is None:
            continue  # the document was deleted
        versions = document_versions(block.value)
        first = versions[0] if versions else block.value
        items.append(
            {
                "title": first.title,
                "language": first.language,
                "direction": direction_of(first.language),
                "url": urljoin(base_url, first.url),
                "languages": [
                    {
                        "code": version.language,
                        "name_local": names.get(version.language, version.language),
                        "direction": direction_of(version.language),
                    }
                    for version in versions
                ],
            }
        )
    return items


def _hub_title(guide: GuidePage):
    parent = guide.get_parent()
    return localised(parent.specific, "title") if parent is not None else None


def _context(guide: GuidePage, language: str) -> dict[str, Any]:
    """Everything the template shows; call it with ``language`` active."""
    available = page_languages(guide)
    page_url, base_url = _page_url(guide)
    partly = language in available and bool(untranslated_fields(guide))
    return {
        "guide": guide,
        "language": language,
        "direction": direction_of(language),
        "title": localised(guide, "title"),
        "intro": localised(guide, "intro"),
        "who_for": localised(guide, "who_for"),
        "steps": localised(guide, "steps"),
        "faq": localised(guide, "faq"),
        "legal_references": localised(guide, "legal_references"),
        "attachments": _attachments(guide, base_url),
        "hub_title": _hub_title(guide),
        "page_url": page_url,
        "base_url": base_url,
        "generated_on": timezone.localdate(),
        "fallback": _fallback(guide, language, available),
        "partly_untranslated": partly,
    }


def guide_pdf_html(*, guide: GuidePage, language: str) -> str:
    """The HTML that WeasyPrint turns into the guide's PDF in ``language``."""
    language = _language_or_error(language)
    with translation.override(language):
        return render_to_string(TEMPLATE, _context(guide, language))


# --- Hash and storage ----------------------------------------------------------------------


def guide_pdf_hash(*, guide: GuidePage, language: str) -> str:
    """The content hash of the guide's PDF in ``language`` (changes when anything shown does)."""
    return STORE.hash_of(guide_pdf_html(guide=guide, language=language))


def guide_pdf_path(*, page_id: int, language: str, content_hash: str) -> str:
    return STORE.path(page_id=page_id, language=language, content_hash=content_hash)


def guide_pdf_cached_files(*, page_id: int, language: str | None = None) -> list[str]:
    """Paths of the stored PDFs of a guide (in one language, or all)."""
    return STORE.cached_files(page_id=page_id, language=language)


def guide_pdfs_remove(*, page_id: int) -> int:
    """Delete every stored PDF of a guide (unpublished or deleted); returns how many."""
    return STORE.remove(page_id=page_id)


# --- Building ------------------------------------------------------------------------------


def _base_url(guide: GuidePage, language: str) -> str:
    with translation.override(language):
        _url, base_url = _page_url(guide)
    return base_url


def guide_pdf_build(*, guide: GuidePage, language: str) -> bytes:
    """The guide's PDF in ``language`` (built now, not read from the cache)."""
    html = guide_pdf_html(guide=guide, language=language)
    return write_pdf(html, base_url=_base_url(guide, language))


def guide_pdf_get(*, guide: GuidePage, language: str) -> tuple[bytes, str]:
    """The guide's PDF and its hash: from the cache when its hash matches, else built and kept."""
    html = guide_pdf_html(guide=guide, language=language)
    return STORE.cached_or_built(
        page_id=guide.pk,
        language=language,
        html=html,
        base_url=lambda: _base_url(guide, language),
    )


def guide_pdfs_refresh(*, guide_id: int) -> list[str]:
    """Build the PDF of a live guide in every language it exists in (after a publish).

    The files of the languages it is only shown in Italian are dropped: they are built
    again, with the fallback notice, when someone asks for them.
    """
    guide = GuidePage.objects.live().filter(pk=guide_id).first()
    if guide is None or not pdf_available():
        return []
    languages = page_languages(guide)
    stored = []
    for language in languages:
        _pdf, content_hash = guide_pdf_get(guide=guide, language=language)
        stored.append(
            guide_pdf_path(page_id=guide.pk, language=language, content_hash=content_hash)
        )
    for path in guide_pdf_cached_files(page_id=guide.pk):
        if path not in stored:
            default_storage.delete(path)
    return stored


# --- The response --------------------------------------------------------------------------


def _reader_language() -> str:
    code = translation.get_language() or SOURCE_LANGUAGE
    return code if code in language_codes() else SOURCE_LANGUAGE


def _filename(guide: GuidePage, language: str) -> str:
    slug = getattr(guide, build_localized_fieldname("slug", language), "") or guide.slug
    return f"{slug}-{language}.pdf"


def guide_pdf_response(*, guide: GuidePage, request: HttpRequest) -> HttpResponse:
    """``<guide URL>?format=pdf``: the guide's PDF in the reader's language.

    Called from ``GuidePage.serve``, after Wagtail has checked the page's privacy.
    """
    if not pdf_available():
        response = render(request, UNAVAILABLE_TEMPLATE, {"page": guide, "self": guide}, status=503)
        response["Retry-After"] = "3600"
        return response
    language = _reader_language()
    html = guide_pdf_html(guide=guide, language=language)
    etag = f'"{STORE.hash_of(html)}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        pdf, _hash = STORE.cached_or_built(
            page_id=guide.pk,
            language=language,
            html=html,
            base_url=lambda: _base_url(guide, language),
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(
            False, _filename(guide, language)
        )
    response["ETag"] = etag
    # A CDN purge lists the page URLs, not this variant: make caches ask again each time.
    restricted = guide.get_view_restrictions().exists()
    response["Cache-Control"] = "private, no-cache" if restricted else "no-cache"
    return response
