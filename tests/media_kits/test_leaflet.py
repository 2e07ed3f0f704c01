"""A kit's leaflet: one or two printable pages per language, right to left where it must be,
with a QR code that opens the kit page in that language, cached by content."""

import io
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
import segno
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.translation import gettext

from hubs import pdf as hubs_pdf
from media_kits import leaflet
from portal.celery import app as celery_app
from tests import factories
from tests.factories import url_in
from tests.media_kits.kit_world import media_kit
from tests.services import require, require_weasyprint

pytestmark = pytest.mark.django_db

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Each test stores its files in a folder of its own; every request reaches the view."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.MEDIA_KITS_PREBUILD = False


@pytest.fixture
def weasyprint():
    require_weasyprint()


def leaflet_url(kit, language: str) -> str:
    return url_in(kit, language) + "?format=leaflet"


def read_pdf(content: bytes) -> pypdf.PdfReader:
    assert content.startswith(b"%PDF-"), content[:40]
    return pypdf.PdfReader(io.BytesIO(content))


def squeezed(text: str) -> str:
    """Text without spaces, Arabic presentation forms folded (extraction splits shaped words)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(content: bytes) -> str:
    return squeezed("".join(page.extract_text() or "" for page in read_pdf(content).pages))


def font_names(content: bytes) -> set[str]:
    names = set()
    for page in read_pdf(content).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def stored_leaflets(kit) -> list[str]:
    return leaflet.kit_leaflet_cached_files(kit_id=kit.pk)


def test_arabic_leaflet_is_right_to_left_arabic_text_with_a_qr_code_to_the_arabic_page(
    client, weasyprint
):
    kit = media_kit()

    response = client.get(leaflet_url(kit, "ar"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (f'inline; filename="{kit.slug_it}-leaflet-ar.pdf"')
    reader = read_pdf(response.content)
    assert 1 <= len(reader.pages) <= 2
    # Every letter right, in reading order: copying, search and screen readers get Arabic.
    text = pdf_text(response.content)
    for words in (
        "البطاقة الصحية",  # the title, without its number (digits move in extracted RTL text)
        "اذهب إلى مكتب الوحدة الصحية",
        "تصريح الإقامة",
        "لك الحق في طبيب أسرة",
    ):
        assert squeezed(words) in text, words
    assert any(name.startswith("Amiri") for name in font_names(response.content))

    html = BeautifulSoup(leaflet.kit_leaflet_html(kit=kit, language="ar"), "html.parser")
    assert (html.html["lang"], html.html["dir"]) == ("ar", "rtl")
    assert html.select_one(".portal-fallback-notice") is None
    # The QR code is the kit page's absolute address in Arabic, printed below it too.
    arabic_page = leaflet.kit_page_url(kit, "ar")
    assert arabic_page.startswith("http") and "/ar/" in arabic_page
    assert html.select_one(".leaflet-qr-url").get_text() == arabic_page
    expected = segno.make(arabic_page, error="m", micro=False).svg_inline(
        scale=1, border=2, omitsize=True, svgclass="leaflet-qr-code", lineclass=None
    )
    assert expected in str(leaflet.kit_leaflet_html(kit=kit, language="ar"))
    assert squeezed(arabic_page) in text


def test_arabic_leaflet_renders_to_a_png_for_a_person_to_look_at(client, weasyprint):
    """Rendered with pdftoppm into test-artifacts/ (looked at by hand: RTL, shaping, QR)."""
    pdftoppm = shutil.which("pdftoppm")
    require(pdftoppm is not None, "pdftoppm is not installed (apt-get install poppler-utils)")
    kit = media_kit()
    content = client.get(leaflet_url(kit, "ar")).content
    ARTIFACTS.mkdir(exist_ok=True)
    source = ARTIFACTS / "media-kit-leaflet-ar.pdf"
    source.write_bytes(content)
    for old in ARTIFACTS.glob("media-kit-leaflet-ar-*.png"):
        old.unlink()

    subprocess.run(
        [pdftoppm, "-png", "-r", "60", str(source), str(ARTIFACTS / "media-kit-leaflet-ar")],
        check=True,
        capture_output=True,
    )

    pages = sorted(ARTIFACTS.glob("media-kit-leaflet-ar-*.png"))
    assert 1 <= len(pages) <= 2
    assert all(page.read_bytes().startswith(b"\x89PNG") for page in pages)


def test_the_leaflet_is_served_from_the_cache_and_answers_not_modified(client, weasyprint):
    kit = media_kit()
    first = client.get(leaflet_url(kit, "it"))
    [path] = stored_leaflets(kit)
    built_at = Path(default_storage.path(path)).stat().st_mtime_ns

    second = client.get(leaflet_url(kit, "it"))
    conditional = client.get(leaflet_url(kit, "it"), headers={"if-none-match": first["ETag"]})

    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert stored_leaflets(kit) == [path]
    assert Path(default_storage.path(path)).stat().st_mtime_ns == built_at
    assert conditional.status_code == 304
    assert conditional.content == b""


def test_the_leaflet_has_no_date_of_printing_so_an_unchanged_kit_keeps_its_hash(weasyprint):
    kit = media_kit()
    html = leaflet.kit_leaflet_html(kit=kit, language="it")

    assert leaflet.kit_leaflet_hash(kit=kit, language="it") == leaflet.kit_leaflet_hash(
        kit=kit, language="it"
    )
    assert leaflet.kit_leaflet_hash(kit=kit, language="ar") != leaflet.kit_leaflet_hash(
        kit=kit, language="it"
    )
    assert "PDF created on" not in html


@pytest.fixture
def prebuild(settings, monkeypatch):
    """Downloads pre-built after publishing, the tasks run here (as a worker would run them)."""
    settings.MEDIA_KITS_PREBUILD = True
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


def test_publishing_an_edit_rebuilds_the_leaflets_and_drops_the_old_ones(
    client, weasyprint, prebuild, django_capture_on_commit_callbacks
):
    kit = media_kit(title_en="Health card")
    old_hash = leaflet.kit_leaflet_hash(kit=kit, language="it")
    client.get(leaflet_url(kit, "it"))
    [old] = [path for path in stored_leaflets(kit) if "/it-" in path]

    kit.intro_it = "Testo rivisto dopo la verifica dello sportello."
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(kit)

    stored = stored_leaflets(kit)
    assert old not in stored
    # Every language of the portal is built ahead of the first reader.
    assert sorted(Path(name).name.rsplit("-", 1)[0] for name in stored) == sorted(
        ["it", "en", "fr", "ar", "sq", "uk", "zh-hans", "ur", "ro"]
    )
    new_hash = leaflet.kit_leaflet_hash(kit=kit, language="it")
    assert new_hash != old_hash
    assert any(new_hash in name for name in stored)
    text = pdf_text(client.get(leaflet_url(kit, "it")).content)
    assert squeezed("Testo rivisto dopo la verifica dello sportello.") in text


def test_untranslated_kit_leaflet_in_romanian_is_italian_with_the_notice(client, weasyprint):
    kit = media_kit()

    response = client.get(leaflet_url(kit, "ro"))

    assert response.status_code == 200
    text = pdf_text(response.content)
    with translation.override("ro"):
        notice = gettext("Not yet translated")
    assert squeezed(notice) in text
    assert squeezed(kit.title_it) in text
    html = BeautifulSoup(leaflet.kit_leaflet_html(kit=kit, language="ro"), "html.parser")
    assert html.html["lang"] == "ro"
    assert html.find("h1")["lang"] == "it"
    assert {link["hreflang"] for link in html.select(".portal-fallback-notice a")} == {"it", "ar"}
    assert "/ro/" in html.select_one(".leaflet-qr-url").get_text()


def test_a_draft_change_is_not_in_the_leaflet(client, weasyprint):
    kit = media_kit(intro_it="Testo pubblicato.")
    kit.intro_it = "Bozza non ancora pubblicata."
    kit.save_revision()

    text = pdf_text(client.get(leaflet_url(kit, "it")).content)

    assert "Testopubblicato." in text
    assert "Bozza" not in text


def test_unpublishing_and_deleting_remove_the_leaflets(
    client, weasyprint, django_capture_on_commit_callbacks
):
    unpublished, deleted = media_kit(), media_kit()
    for kit in (unpublished, deleted):
        client.get(leaflet_url(kit, "it"))
        client.get(leaflet_url(kit, "ar"))
        assert len(stored_leaflets(kit)) == 2

    with django_capture_on_commit_callbacks(execute=True):
        unpublished.unpublish()
        deleted.delete()

    assert stored_leaflets(unpublished) == []
    assert stored_leaflets(deleted) == []


def test_an_unknown_language_is_refused_and_builds_nothing(weasyprint):
    kit = media_kit()

    with pytest.raises(ValueError, match="Unknown language 'xx'"):
        leaflet.kit_leaflet_get(kit=kit, language="xx")
    assert stored_leaflets(kit) == []


def test_without_weasyprint_the_leaflet_answers_503_and_the_page_hides_its_link(
    client, monkeypatch
):
    kit = media_kit()
    # A machine without Pango: importing WeasyPrint fails.
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    hubs_pdf.pdf_available.cache_clear()
    try:
        assert leaflet.leaflet_available() is False
        response = client.get(leaflet_url(kit, "it"))
        page = client.get(url_in(kit, "it"))
    finally:
        hubs_pdf.pdf_available.cache_clear()

    assert response.status_code == 503
    with translation.override("it"):
        message = gettext("Leaflet not available")
    assert message in response.content.decode()
    assert page.status_code == 200
    assert "format=leaflet" not in page.content.decode()
    assert "format=zip" in page.content.decode()
    assert stored_leaflets(kit) == []
