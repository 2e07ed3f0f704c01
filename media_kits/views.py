"""The kit's downloads (leaflet, ZIP and its progress) and the play counter's beacon.

The downloads are variants of the kit page (``<kit URL>?format=leaflet|zip|zip-status``),
handed over by ``MediaKitPage.serve`` after Wagtail has checked the page's privacy, so a
restricted kit's files are as restricted as its page. None of these responses goes into
the anonymous page cache: the files are counted as they are sent, and the archive's
state changes while a reader waits.

The beacon is a URL of its own, outside the language prefix: a same-origin POST from the
page's script, with no CSRF token (it changes no one's data; it adds one to a public
count), limited per address, and answered without touching the session or setting a
cookie.
"""

import logging

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotModified,
    JsonResponse,
)
from django.shortcuts import render
from django.utils import translation
from django.utils.http import content_disposition_header
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from modeltranslation.utils import build_localized_fieldname

from media_kits.archive import kit_archive_progress, kit_archive_request
from media_kits.counts import BEACON_KINDS, CountRefusedError, kit_count_increment
from media_kits.leaflet import (
    PdfUnavailableError,
    kit_leaflet_filename,
    kit_leaflet_get,
    leaflet_available,
)
from media_kits.models import ArchiveState, CountKind, KitArchive, MediaKitPage
from portal.languages import SOURCE_LANGUAGE, language_codes

logger = logging.getLogger(__name__)

PREPARING_TEMPLATE = "media_kits/preparing.html"
LEAFLET_UNAVAILABLE_TEMPLATE = "media_kits/leaflet_unavailable.html"


def _reader_language() -> str:
    code = translation.get_language() or SOURCE_LANGUAGE
    return code if code in language_codes() else SOURCE_LANGUAGE


def _no_store(response: HttpResponse) -> HttpResponse:
    # A CDN purge lists page URLs, not these variants, and each download is counted.
    response["Cache-Control"] = "no-store"
    return response


def kit_format_response(*, kit: MediaKitPage, request: HttpRequest) -> HttpResponse | None:
    """``?format=`` of a kit page; ``None`` (the page itself) for any other request."""
    if request.method not in ("GET", "HEAD"):
        return None
    handlers = {
        "leaflet": _leaflet_response,
        "zip": _archive_response,
        "zip-status": _archive_status_response,
    }
    handler = handlers.get(request.GET.get("format", ""))
    return handler(kit, request) if handler else None


# --- Leaflet -------------------------------------------------------------------------------


def _leaflet_response(kit: MediaKitPage, request: HttpRequest) -> HttpResponse:
    if not leaflet_available():
        response = render(
            request, LEAFLET_UNAVAILABLE_TEMPLATE, {"page": kit, "self": kit}, status=503
        )
        response["Retry-After"] = "3600"
        return response
    language = _reader_language()
    try:
        pdf, content_hash = kit_leaflet_get(kit=kit, language=language)
    except PdfUnavailableError:
        logger.exception("The leaflet of kit %s could not be built", kit.pk)
        return render(request, LEAFLET_UNAVAILABLE_TEMPLATE, {"page": kit, "self": kit}, status=503)
    etag = f'"{content_hash}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(
            False, kit_leaflet_filename(kit, language)
        )
        if request.method == "GET":
            kit_count_increment(kit_id=kit.pk, language=language, kind=CountKind.LEAFLET)
    response["ETag"] = etag
    restricted = kit.get_view_restrictions().exists()
    response["Cache-Control"] = "private, no-cache" if restricted else "no-cache"
    return response


# --- Archive -------------------------------------------------------------------------------


def _archive_filename(kit: MediaKitPage, language: str) -> str:
    slug = getattr(kit, build_localized_fieldname("slug", language), "") or kit.slug
    return f"{slug}-{language}.zip"


def _is_served(archive: KitArchive) -> bool:
    return (
        archive.state == ArchiveState.READY
        and bool(archive.file)
        and default_storage.exists(archive.file.name)
    )


def _archive_file_response(
    kit: MediaKitPage, archive: KitArchive, request: HttpRequest
) -> FileResponse:
    response = FileResponse(
        default_storage.open(archive.file.name),
        as_attachment=True,
        filename=_archive_filename(kit, archive.language),
        content_type="application/zip",
    )
    response["ETag"] = f'"{archive.content_hash}"'
    if request.method == "GET":
        kit_count_increment(kit_id=kit.pk, language=archive.language, kind=CountKind.DOWNLOAD)
    return _no_store(response)


def _archive_response(kit: MediaKitPage, request: HttpRequest) -> HttpResponse:
    """The ZIP of the kit's current content, or a page that waits for it to be built."""
    language = _reader_language()
    try:
        archive, plan = kit_archive_request(kit=kit, language=language)
    except FileNotFoundError:
        logger.exception("Kit %s cannot be archived: a file is missing", kit.pk)
        state, progress = ArchiveState.FAILED, None
        status = 503
    else:
        if _is_served(archive):
            return _archive_file_response(kit, archive, request)
        state = archive.state
        progress = kit_archive_progress(
            kit_id=kit.pk, language=language, content_hash=plan.content_hash
        )
        status = 503 if state == ArchiveState.FAILED else 202
    url = kit.get_url(request=request)
    context = {
        "page": kit,
        "self": kit,
        "state": state,
        "progress": progress,
        "page_url": url,
        "download_url": f"{url}?format=zip",
        "status_url": f"{url}?format=zip-status",
    }
    return _no_store(render(request, PREPARING_TEMPLATE, context, status=status))


def _archive_status_response(kit: MediaKitPage, request: HttpRequest) -> JsonResponse:
    """What the "preparing" page's script polls: the build's state and progress."""
    language = _reader_language()
    url = kit.get_url(request=request)
    try:
        archive, plan = kit_archive_request(kit=kit, language=language)
    except FileNotFoundError:
        return _no_store(JsonResponse({"state": ArchiveState.FAILED.value, "progress": None}))
    ready = _is_served(archive)
    if ready:
        state, progress = ArchiveState.READY, 100
    else:
        # "ready" without its file: it is being written again.
        state = (
            ArchiveState.FAILED if archive.state == ArchiveState.FAILED else ArchiveState.BUILDING
        )
        progress = kit_archive_progress(
            kit_id=kit.pk, language=language, content_hash=plan.content_hash
        )
    return _no_store(
        JsonResponse(
            {
                "state": str(state),
                "progress": progress,
                "download_url": f"{url}?format=zip" if ready else "",
            }
        )
    )


# --- Plays ---------------------------------------------------------------------------------


def _beacon_rate(group: str, request: HttpRequest) -> str:
    return settings.MEDIA_KITS_BEACON_RATE


@csrf_exempt
@require_POST
@ratelimit(key="ip", rate=_beacon_rate, method="POST", block=False)
def kit_play_beacon(request: HttpRequest) -> HttpResponse:
    """``POST /media-kits/plays`` (kit, language, kind=play): one more play today.

    Answers 204 with no body and no cookie; 400 with the reason for an unknown kit,
    language or kind (nothing counted); 429 past the rate limit (nothing counted).
    """
    if getattr(request, "limited", False):
        return HttpResponse(status=429)
    kind = request.POST.get("kind", "")
    if kind not in BEACON_KINDS:
        return HttpResponseBadRequest(
            f"Unknown kind {kind!r}: the page reports {', '.join(sorted(BEACON_KINDS))}.",
            content_type="text/plain; charset=utf-8",
        )
    try:
        kit_id = int(request.POST.get("kit", ""))
    except ValueError:
        return HttpResponseBadRequest(
            "The kit must be a page id.", content_type="text/plain; charset=utf-8"
        )
    try:
        kit_count_increment(kit_id=kit_id, language=request.POST.get("language", ""), kind=kind)
    except CountRefusedError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    return HttpResponse(status=204)
