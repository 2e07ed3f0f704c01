"""A kit's video, audio and caption files, served by the portal from its own origin.

Served here rather than from ``MEDIA_URL`` because the player needs three things a bare
file server does not promise everywhere the portal runs (``make run``, gunicorn behind
nginx, the browser tests): the right type (``text/vtt`` for ``<track>``, which a browser
refuses otherwise under ``nosniff``), byte ranges (so that a reader can jump ahead in a
video), and the same origin (the Content-Security-Policy allows media from ``'self'``
only). File names are part of the address, so a replaced file gets a new URL and every
response can be cached for long.
"""

import mimetypes
import re
from collections.abc import Iterator
from typing import IO

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtailmedia import get_media_model

from media_kits.models import KitCaption

#: A year: the address changes whenever the file does.
CACHE_SECONDS = 365 * 24 * 3600
CHUNK_BYTES = 64 * 1024
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
#: Types by extension for the formats the upload checks accept (``media_kits.uploads``).
_TYPES = {
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "opus": "audio/ogg",
    "vtt": "text/vtt; charset=utf-8",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}


def content_type_of(name: str) -> str:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def media_file_url(media) -> str:
    """The address of a wagtailmedia item's file on the portal."""
    return reverse("media_kit_file", kwargs={"media_id": media.pk, "filename": media.filename})


def poster_file_url(media) -> str:
    """The address of a video's poster image (wagtailmedia's "thumbnail")."""
    return reverse(
        "media_kit_file", kwargs={"media_id": media.pk, "filename": media.thumbnail_filename}
    )


def caption_file_url(caption: KitCaption) -> str:
    """The address of a caption track, for ``<track src>``."""
    filename = caption.file.name.rsplit("/", 1)[-1]
    return reverse("media_kit_caption", kwargs={"caption_id": caption.pk, "filename": filename})


def _chunks(file: IO[bytes], length: int) -> Iterator[bytes]:
    try:
        while length > 0:
            data = file.read(min(CHUNK_BYTES, length))
            if not data:
                return
            length -= len(data)
            yield data
    finally:
        file.close()


def file_response(request: HttpRequest, file: IO[bytes], *, size: int, name: str) -> HttpResponse:
    """The whole file, or the one byte range asked for (``Range: bytes=a-b``)."""
    content_type = content_type_of(name)
    match = _RANGE.fullmatch(request.headers.get("Range", "").strip())
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start, end = max(0, size - int(match[2])), size - 1
        if start >= size or end < start:
            file.close()
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        file.seek(start)
        length = end - start + 1
        response = StreamingHttpResponse(
            _chunks(file, length), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
    else:
        response = FileResponse(file, content_type=content_type)
        response["Content-Length"] = str(size)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}, immutable"
    return response


@require_safe
def media_file(request: HttpRequest, media_id: int, filename: str) -> HttpResponse:
    """A video or audio file of the media library, or a video's poster image."""
    media = get_media_model().objects.filter(pk=media_id).first()
    if media is None:
        raise Http404("No such media file.")
    if media.file and media.filename == filename:
        stored = media.file
    elif media.thumbnail and media.thumbnail_filename == filename:
        stored = media.thumbnail
    else:
        raise Http404("No such media file.")
    try:
        file = stored.open("rb")
        size = stored.size
    except OSError:
        raise Http404("The media file is missing from storage.") from None
    return file_response(request, file, size=size, name=filename)


@require_safe
def caption_file(request: HttpRequest, caption_id: int, filename: str) -> HttpResponse:
    """A WebVTT caption track, as ``text/vtt``."""
    caption = KitCaption.objects.filter(pk=caption_id).first()
    if caption is None or caption.file.name.rsplit("/", 1)[-1] != filename:
        raise Http404("No such caption track.")
    try:
        file = caption.file.open("rb")
        size = caption.file.size
    except OSError:
        raise Http404("The caption file is missing from storage.") from None
    return file_response(request, file, size=size, name=filename)
