"""Guide PDFs: in the reader's language and script, cached by content, rebuilt after publishing,
never served past the page's privacy, and nothing fetched over the network."""

import io
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import PageViewRestriction

from hubs import pdf
from hubs.pdf_fetcher import guide_pdf_url_fetcher
from portal.celery import app as celery_app
from tests import factories
from tests.factories import url_in
from tests.services import require, require_weasyprint

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Each test stores its PDFs in a folder of its own, and every request reaches the view:
    these tests are about the PDF cache, not the anonymous page cache in front of it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def weasyprint():
    require_weasyprint()


def pdf_url(page, language: str) -> str:
    return url_in(page, language) + "?format=pdf"


def read_pdf(content: bytes) -> pypdf.PdfReader:
    assert content.startswith(b"%PDF-"), content[:40]
    return pypdf.PdfReader(io.BytesIO(content))


def pdf_text(content: bytes) -> str:
    """The PDF's text, in one line: Arabic presentation forms folded, spaces dropped.

    Text extraction cuts shaped Arabic into pieces at arbitrary places; comparing without
    spaces keeps the test about the letters being there.
    """
    reader = read_pdf(content)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    return "".join(unicodedata.normalize("NFKC", text).split())


def squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def font_names(content: bytes) -> set[str]:
    names = set()
    for page in read_pdf(content).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def stored_pdfs(page) -> list[str]:
    return pdf.guide_pdf_cached_files(page_id=page.pk)


def test_italian_guide_is_served_as_an_inline_pdf_with_the_portal_header(client, weasyprint):
    guide = factories.guide_page(title_it="Iscriversi al Centro per l'impiego")

    response = client.get(pdf_url(guide, "it"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{guide.slug_it}-it.pdf"'
    text = pdf_text(response.content)
    assert squeezed("Iscriversi al Centro per l'impiego") in text
    assert squeezed("ER Integrazione – Regione Emilia-Romagna") in text
    assert squeezed("Prendi appuntamento") in text and squeezed("Sportello del Comune") in text
    hub = guide.get_parent().specific
    assert squeezed(hub.title_it) in text
    assert squeezed(url_in(guide, "it")) in text
    assert {"Titillium-Web", "Titillium-Web-Bold"} <= font_names(response.content)


def test_arabic_guide_is_right_to_left_with_joined_arabic_text(client, weasyprint):
    guide = factories.guide_page()

    response = client.get(pdf_url(guide, "ar"))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-ar.pdf"')
    # Every letter right, dots included, in reading order: copying, search and screen
    # readers get the Arabic text itself.
    text = pdf_text(response.content)
    for words in ("احجز موعدًا", "اتصل بالمكتب أو راسله", "وثيقة الهوية", "مكتب البلدية"):
        assert squeezed(words) in text, words
    # The Arabic face comes from the portal's own fonts (static files), not the system's.
    assert any(name.startswith("Amiri") for name in font_names(response.content))
    html = BeautifulSoup(pdf.guide_pdf_html(guide=guide, language="ar"), "html.parser")
    assert (html.html["lang"], html.html["dir"]) == ("ar", "rtl")
    assert html.select_one(".portal-fallback-notice") is None
    assert len(html.select("ol.pdf-steps > li.pdf-step")) == 1


def test_urdu_guide_uses_the_nastaliq_face(client, weasyprint):
    guide = factories.guide_page(
        title_ur="روزگار کی رہنمائی", intro_ur="روزگار مرکز میں اندراج کیسے کریں۔"
    )

    response = client.get(pdf_url(guide, "ur"))

    assert response.status_code == 200
    # Nastaliq shares glyphs between letters that differ by their dots, so the text layer is
    # approximate (WeasyPrint maps a glyph to one text); the page shows the letters right.
    assert "Noto-Nastaliq-Urdu" in font_names(response.content)
    html = BeautifulSoup(pdf.guide_pdf_html(guide=guide, language="ur"), "html.parser")
    assert (html.html["lang"], html.html["dir"]) == ("ur", "rtl")
    # The steps are not written in Urdu: they are the Italian ones, marked as such.
    assert html.select_one(".pdf-step h3")["lang"] == "it"
    assert html.select_one(".portal-field-fallback") is not None


def test_chinese_guide_is_drawn_with_a_cjk_font(client, weasyprint):
    fc_match = shutil.which("fc-match")
    family = (
        subprocess.run(
            [fc_match, "sans-serif:lang=zh-cn", "family"], capture_output=True, text=True
        ).stdout
        if fc_match
        else ""
    )
    require("CJK" in family, "no Chinese font on this machine (apt-get install fonts-noto-cjk)")
    guide = factories.guide_page(title_zh_hans="就业指南", intro_zh_hans="如何在就业中心登记。")

    response = client.get(pdf_url(guide, "zh-hans"))

    assert "就业指南" in pdf_text(response.content)
    assert any("CJK" in name for name in font_names(response.content))


def test_second_request_is_served_from_the_cache_without_building(client, weasyprint):
    guide = factories.guide_page()
    first = client.get(pdf_url(guide, "ar"))
    [path] = stored_pdfs(guide)
    stored = Path(default_storage.path(path))
    built_at = stored.stat().st_mtime_ns

    second = client.get(pdf_url(guide, "ar"))

    assert second.status_code == 200
    assert second.content == first.content
    assert stored_pdfs(guide) == [path]
    assert stored.stat().st_mtime_ns == built_at
    assert second["ETag"] == first["ETag"]


def test_unchanged_pdf_answers_not_modified_to_a_conditional_request(client, weasyprint):
    guide = factories.guide_page()
    etag = client.get(pdf_url(guide, "it"))["ETag"]

    response = client.get(pdf_url(guide, "it"), headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


@pytest.fixture
def prebuild(settings, monkeypatch):
    """PDFs pre-built after publishing, the task run here (as a worker would run it)."""
    settings.PORTAL_PDF_PREBUILD = True
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


def test_publishing_an_edit_prebuilds_every_language_and_drops_the_old_pdf(
    client, weasyprint, prebuild, django_capture_on_commit_callbacks
):
    guide = factories.guide_page()
    client.get(pdf_url(guide, "it"))
    [old] = stored_pdfs(guide)

    guide.intro_it = "Testo rivisto dopo la verifica dello sportello."
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(guide)

    stored = stored_pdfs(guide)
    assert old not in stored
    assert sorted(Path(name).name.split("-")[0] for name in stored) == ["ar", "it"]
    new_hash = pdf.guide_pdf_hash(guide=guide, language="it")
    assert any(new_hash in name for name in stored)
    response = client.get(pdf_url(guide, "it"))
    assert squeezed("Testo rivisto dopo la verifica dello sportello.") in pdf_text(response.content)
    assert stored_pdfs(guide) == stored


def test_without_prebuilding_publishing_drops_the_old_pdf_and_builds_none(
    client, settings, weasyprint, django_capture_on_commit_callbacks
):
    settings.PORTAL_PDF_PREBUILD = False
    guide = factories.guide_page()
    client.get(pdf_url(guide, "it"))

    guide.intro_it = "Testo rivisto."
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(guide)

    assert stored_pdfs(guide) == []
    assert "Testorivisto." in pdf_text(client.get(pdf_url(guide, "it")).content)


def test_untranslated_guide_in_romanian_is_the_italian_pdf_with_the_notice(client, weasyprint):
    guide = factories.guide_page(title_it="Tessera sanitaria")

    response = client.get(pdf_url(guide, "ro"))

    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-ro.pdf"')
    text = pdf_text(response.content)
    assert "Tesserasanitaria" in text
    with translation.override("ro"):
        notice_title = gettext("Not yet translated")
        page_label = pgettext("page number in a printed document", "Page")
    assert squeezed(notice_title) in text
    assert "Română" in text
    assert squeezed(page_label) in text
    html = BeautifulSoup(pdf.guide_pdf_html(guide=guide, language="ro"), "html.parser")
    assert html.html["lang"] == "ro"
    assert html.find("h1")["lang"] == "it"
    offered = {link["hreflang"] for link in html.select(".portal-fallback-notice a")}
    assert offered == {"it", "ar"}


def test_restricted_guide_pdf_needs_the_group(client, django_user_model, weasyprint):
    guide = factories.guide_page()
    operators = Group.objects.create(name="Operatori della rete")
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(operators)

    anonymous = client.get(pdf_url(guide, "it"))

    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    assert stored_pdfs(guide) == []

    member = django_user_model.objects.create_user(username="operatrice", password="x")
    member.groups.add(operators)
    client.force_login(member)
    response = client.get(pdf_url(guide, "it"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]


def test_a_draft_change_is_not_in_the_pdf(client, weasyprint):
    guide = factories.guide_page(intro_it="Testo pubblicato.")
    guide.intro_it = "Bozza non ancora pubblicata."
    guide.save_revision()

    text = pdf_text(client.get(pdf_url(guide, "it")).content)

    assert "Testopubblicato." in text
    assert "Bozza" not in text


def test_unpublishing_and_deleting_remove_the_cached_pdfs(
    client, weasyprint, django_capture_on_commit_callbacks
):
    unpublished = factories.guide_page()
    deleted = factories.guide_page()
    for guide in (unpublished, deleted):
        client.get(pdf_url(guide, "it"))
        client.get(pdf_url(guide, "ar"))
        assert len(stored_pdfs(guide)) == 2

    with django_capture_on_commit_callbacks(execute=True):
        unpublished.unpublish()
        deleted.delete()

    assert stored_pdfs(unpublished) == []
    assert stored_pdfs(deleted) == []


def test_the_hash_follows_what_is_shown(weasyprint):
    document = factories.document(title="Modulo di iscrizione")
    guide = factories.guide_page(attachments=[{"type": "document", "value": document.pk}])
    italian = pdf.guide_pdf_hash(guide=guide, language="it")

    assert pdf.guide_pdf_hash(guide=guide, language="it") == italian
    assert pdf.guide_pdf_hash(guide=guide, language="ar") != italian
    document.title = "Modulo di iscrizione (2025)"
    document.save()
    guide.refresh_from_db()
    assert pdf.guide_pdf_hash(guide=guide, language="it") != italian
    html = pdf.guide_pdf_html(guide=guide, language="it")
    assert "Modulo di iscrizione (2025)" in html and "Italiano" in html


def test_an_unknown_language_is_refused_and_builds_nothing(weasyprint):
    guide = factories.guide_page()

    with pytest.raises(ValueError, match="Unknown language 'xx'"):
        pdf.guide_pdf_build(guide=guide, language="xx")
    assert stored_pdfs(guide) == []


def test_the_url_fetcher_reads_local_static_files_and_refuses_the_network(weasyprint):
    base = "http://localhost/"
    fetcher = guide_pdf_url_fetcher(base_url=base)

    response = fetcher(base + "static/dist/css/pdf.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"
    for refused in (
        "https://fonts.example.org/font.woff2",
        "http://localhost/it/hub/",
        "http://localhost/media/documents/modulo.pdf",
        "file:///etc/passwd",
    ):
        with pytest.raises(ValueError):
            fetcher(refused)
    with pytest.raises((ValueError, FileNotFoundError)):
        fetcher(base + "static/../../etc/passwd")


def test_without_weasyprint_the_pdf_answers_503_and_the_page_hides_the_link(client, monkeypatch):
    guide = factories.guide_page()
    # A machine without Pango: importing WeasyPrint fails.
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    pdf.pdf_available.cache_clear()
    try:
        assert pdf.pdf_available() is False
        response = client.get(pdf_url(guide, "it"))
        page = client.get(url_in(guide, "it"))
    finally:
        pdf.pdf_available.cache_clear()

    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    with translation.override("it"):
        message = gettext("PDF not available")
    assert message in response.content.decode()
    assert "format=pdf" not in page.content.decode()
    assert stored_pdfs(guide) == []
