"""Files for WeasyPrint when it lays out a guide PDF: local ones only, never the network.

``<site>/static/…`` is read from the static files (the finders, then the collected storage
for hashed names), ``<site>/media/…`` images from the default storage. Every other URL is
refused: a PDF never waits on, or leaks a reader's request to, another server.
"""

import mimetypes
import posixpath
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage

#: Only images are read from the default storage: documents are never embedded.
MEDIA_IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}


def static_file_bytes(path: str) -> bytes:
    """A static file's content, from the finders (sources) or the collected storage."""
    normalised = posixpath.normpath(path).lstrip("/")
    if normalised.startswith("..") or normalised != path.lstrip("/"):
        raise ValueError(f"Refused static path {path!r}")
    try:
        found = finders.find(normalised)
    except SuspiciousFileOperation as error:
        raise ValueError(f"Refused static path {path!r}") from error
    if found:
        with open(found, "rb") as handle:
            return handle.read()
    if staticfiles_storage.exists(normalised):
        with staticfiles_storage.open(normalised) as handle:
            return handle.read()
    raise FileNotFoundError(
        f"Static file {path!r} not found: run `npm run build` (it writes static/dist)."
    )


def guide_pdf_url_fetcher(*, base_url: str):
    """A WeasyPrint URL fetcher that reads local files only and refuses every other URL.

    ``<base_url>/static/…`` comes from the static files, ``<base_url>/media/…`` images from
    the default storage (never documents: their privacy is checked per download).
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    static_prefix = urljoin(base_url, settings.STATIC_URL)
    media_prefix = urljoin(base_url, settings.MEDIA_URL)

    class LocalFilesFetcher(URLFetcher):
        def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
            clean = urlsplit(url)._replace(query="", fragment="").geturl()
            content_type = mimetypes.guess_type(clean)[0] or "application/octet-stream"
            if clean.startswith(static_prefix):
                body = static_file_bytes(unquote(clean[len(static_prefix) :]))
            elif clean.startswith(media_prefix) and content_type in MEDIA_IMAGE_TYPES:
                name = posixpath.normpath(unquote(clean[len(media_prefix) :]))
                if name.startswith(("..", "/")) or name.startswith("documents/"):
                    raise ValueError(f"Refused media path {url!r}")
                with default_storage.open(name) as handle:
                    body = handle.read()
            else:
                raise ValueError(f"Guide PDFs fetch nothing over the network: refused {url!r}")
            return URLFetcherResponse(clean, body, {"Content-Type": content_type})

    return LocalFilesFetcher(allowed_protocols=["http", "https"])
