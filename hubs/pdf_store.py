"""PDFs built from a page's HTML with WeasyPrint and kept in the default storage.

One file per page, language and content hash (``<root>/<page id>/<language>-<hash>.pdf``):
the hash covers the HTML and what its look depends on besides it (the stylesheets it
links, WeasyPrint's version), so an unchanged page is never built twice and a changed
one never served stale. Used by the guide PDFs (``hubs.pdf``) and the media kit
leaflets (``media_kits.leaflet``).
"""

import functools
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from hubs.pdf_fetcher import guide_pdf_url_fetcher, static_file_bytes
from portal.languages import language_codes

logger = logging.getLogger(__name__)

#: Hex digits of the SHA-256 kept in file names: enough that two versions never collide.
HASH_LENGTH = 20


class PdfUnavailableError(RuntimeError):
    """WeasyPrint cannot be imported on this machine (Pango is missing)."""


@functools.cache
def pdf_available() -> bool:
    """True when WeasyPrint and its system libraries (Pango, HarfBuzz) can be loaded."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        logger.warning("PDFs are disabled: WeasyPrint cannot be loaded (%s)", error)
        return False
    return True


def write_pdf(html: str, *, base_url: str) -> bytes:
    """``html`` as a PDF; its ``/static/…`` links resolve locally against ``base_url``."""
    if not pdf_available():
        raise PdfUnavailableError("WeasyPrint cannot be loaded: install Pango (libpango-1.0-0).")
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    # @font-face rules are honoured only with a font configuration shared by the document.
    fonts = FontConfiguration()
    document = weasyprint.HTML(
        string=html, base_url=base_url, url_fetcher=guide_pdf_url_fetcher(base_url=base_url)
    )
    return document.write_pdf(font_config=fonts)


@dataclass(frozen=True)
class PdfStore:
    #: Folder in the default storage; one sub-folder per page.
    root: str
    #: The stylesheets the template links, read again for the hash (a new build is a new PDF).
    stylesheets: tuple[str, ...]

    def _assets_version(self) -> str:
        """What the PDF's look depends on besides its HTML: stylesheets and WeasyPrint."""
        try:
            import weasyprint

            version = weasyprint.__version__
        except (ImportError, OSError):
            version = "unavailable"
        digest = hashlib.sha256(version.encode())
        for name in self.stylesheets:
            try:
                digest.update(static_file_bytes(name))
            except FileNotFoundError:
                digest.update(b"missing:" + name.encode())
        return digest.hexdigest()

    def hash_of(self, html: str) -> str:
        digest = hashlib.sha256(html.encode())
        digest.update(self._assets_version().encode())
        return digest.hexdigest()[:HASH_LENGTH]

    def _folder(self, page_id: int) -> str:
        return f"{self.root}/{int(page_id)}"

    def path(self, *, page_id: int, language: str, content_hash: str) -> str:
        return f"{self._folder(page_id)}/{language}-{content_hash}.pdf"

    def cached_files(self, *, page_id: int, language: str | None = None) -> list[str]:
        """Paths of the stored PDFs of a page (in one language, or all)."""
        folder = self._folder(page_id)
        try:
            _dirs, files = default_storage.listdir(folder)
        except FileNotFoundError:
            return []
        codes = [language] if language else language_codes()
        pattern = re.compile(
            rf"^(?:{'|'.join(re.escape(code) for code in codes)})-[0-9a-f]{{{HASH_LENGTH}}}\.pdf$"
        )
        return sorted(f"{folder}/{name}" for name in files if pattern.match(name))

    def store(self, path: str, pdf: bytes, *, page_id: int, language: str) -> None:
        """Keep ``pdf`` at ``path`` and drop the older files of the same page and language."""
        if not default_storage.exists(path):
            saved = default_storage.save(path, ContentFile(pdf))
            if saved != path:
                # Another worker stored the same version meanwhile: keep one copy.
                default_storage.delete(saved)
        for old in self.cached_files(page_id=page_id, language=language):
            if old != path:
                default_storage.delete(old)

    def remove(self, *, page_id: int) -> int:
        """Delete every stored PDF of a page (unpublished or deleted); returns how many."""
        files = self.cached_files(page_id=page_id)
        for path in files:
            default_storage.delete(path)
        return len(files)

    def cached_or_built(
        self, *, page_id: int, language: str, html: str, base_url: Callable[[], str]
    ) -> tuple[bytes, str]:
        """The PDF of ``html`` and its hash: from the storage when kept, else built and kept."""
        content_hash = self.hash_of(html)
        path = self.path(page_id=page_id, language=language, content_hash=content_hash)
        if default_storage.exists(path):
            with default_storage.open(path) as handle:
                return handle.read(), content_hash
        pdf = write_pdf(html, base_url=base_url())
        self.store(path, pdf, page_id=page_id, language=language)
        return pdf, content_hash
