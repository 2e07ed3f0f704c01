"""Plurilingual documents: upload checks by content, languages, translation groups."""

import io
import uuid
import zipfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from hubs.documents import document_versions
from hubs.models import Document
from tests.factories import png_bytes

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pillow_bytes(image_format: str) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), (0, 102, 204)).save(buffer, format=image_format)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            # OpenDocument wants ``mimetype`` first and stored; the others may be deflated.
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def opendocument(mimetype: str) -> bytes:
    return zip_bytes(
        {
            "mimetype": mimetype.encode(),
            "META-INF/manifest.xml": b"<manifest:manifest/>",
            "content.xml": b"<office:document-content/>",
        }
    )


EBML_WEBM = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
    b"\x42\x82\x84webm\x42\x87\x81\x04\x42\x85\x81\x02"
)

ALLOWED_FILES = {
    "leaflet.pdf": PDF,
    "leaflet.odt": opendocument("application/vnd.oasis.opendocument.text"),
    "leaflet.docx": zip_bytes(
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    ),
    "table.xlsx": zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<wb/>"}),
    "table.ods": opendocument("application/vnd.oasis.opendocument.spreadsheet"),
    "poster.png": png_bytes(8, 8),
    "poster.jpg": pillow_bytes("JPEG"),
    "poster.webp": pillow_bytes("WEBP"),
    "audio.mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + bytes(64),
    "frames.mp3": b"\xff\xfb\x90\x00" + bytes(64),
    "audio.ogg": b"OggS\x00\x02" + bytes(64),
    "video.mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64),
    "video.webm": EBML_WEBM + bytes(64),
    "captions.vtt": "WEBVTT\n\n00:00.000 --> 00:02.000\nBenvenuti — مرحبا\n".encode(),
}

HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)


@pytest.fixture
def media_root(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redazione", "r@example.it", "pw")
    # The admin speaks English to this editor, so the messages can be compared as written.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def upload(client, name: str, data: bytes, **fields):
    values = {
        "title": fields.pop("title", name),
        "file": SimpleUploadedFile(name, data),
        "language": fields.pop("language", "it"),
        "translation_group": str(fields.pop("translation_group", uuid.uuid4())),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        **fields,
    }
    return client.post(reverse("wagtaildocs:add"), values)


def stored_files(media_root: Path) -> list[Path]:
    folder = media_root / "documents"
    return list(folder.iterdir()) if folder.exists() else []


def form_errors(response) -> list[str]:
    return response.context["form"].errors.get("file", [])


def test_portal_document_model_is_the_plurilingual_one():
    assert get_document_model() is Document


@pytest.mark.parametrize("name", sorted(ALLOWED_FILES))
def test_allowed_type_is_stored_with_its_language(editor_client, media_root, name):
    response = upload(editor_client, name, ALLOWED_FILES[name], language="ar")

    assert response.status_code == 302, form_errors(response)
    document = Document.objects.get()
    assert document.language == "ar"
    assert document.file.read() == ALLOWED_FILES[name]
    assert len(stored_files(media_root)) == 1


REFUSED = [
    pytest.param(
        "modulo.pdf",
        b"Just some plain text, not a PDF at all.\n",
        "This file is a plain text file, not a PDF. Allowed types: PDF, ODT, DOCX",
        id="text-renamed-pdf",
    ),
    pytest.param(
        "modulo.pdf",
        HTML_PAGE,
        "This file is an HTML page, not a PDF: HTML and SVG files are refused because "
        "they can carry scripts.",
        id="html-renamed-pdf",
    ),
    pytest.param(
        "pagina.html",
        HTML_PAGE,
        "This file is an HTML page: HTML and SVG files are refused",
        id="html",
    ),
    pytest.param(
        "logo.svg",
        SVG_WITH_SCRIPT,
        "This file is an SVG image: HTML and SVG files are refused because they can carry scripts.",
        id="svg-with-script",
    ),
    pytest.param(
        "logo.png",
        SVG_WITH_SCRIPT,
        "This file is an SVG image, not a PNG image: HTML and SVG files are refused",
        id="svg-renamed-png",
    ),
    pytest.param(
        "modulo.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(64),
        "This file is a program, not a PDF.",
        id="exe-renamed-pdf",
    ),
    pytest.param(
        "modulo.pdf",
        png_bytes(8, 8),
        "This file is a PNG image, but its name ends in “.pdf”. Rename it to end in “.png”",
        id="png-named-pdf",
    ),
    pytest.param(
        "archivio.zip",
        zip_bytes({"a.txt": b"a"}),
        "This file is a ZIP archive, which cannot be uploaded.",
        id="plain-zip",
    ),
    pytest.param(
        "film.mkv",
        b"\x1a\x45\xdf\xa3\x9f\x42\x82\x88matroska" + bytes(64),
        "of a type the portal does not recognise, which cannot be uploaded.",
        id="matroska",
    ),
    pytest.param(
        "captions.vtt",
        b"WEBVTT\n\n00:00.000 --> 00:02.000\n\xff\xfe broken\n",
        "not a WebVTT captions file",
        id="vtt-not-utf8",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), REFUSED)
def test_refused_file_says_why_and_stores_nothing(editor_client, media_root, name, data, message):
    response = upload(editor_client, name, data)

    assert response.status_code == 200
    errors = form_errors(response)
    assert any(message in error for error in errors), errors
    assert message in response.content.decode()
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []


def test_oversized_file_is_refused_with_the_limit(editor_client, media_root, settings):
    settings.PORTAL_UPLOAD_MAX_BYTES = 1024
    response = upload(editor_client, "grande.pdf", PDF.ljust(3 * 1024, b"\n"))

    # Sizes are written the Django way, with a non-breaking space before the unit.
    assert form_errors(response) == ["This file is 3.0\xa0KB; the limit is 1.0\xa0KB."]
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []


def test_file_at_the_limit_is_accepted(editor_client, media_root, settings):
    settings.PORTAL_UPLOAD_MAX_BYTES = len(PDF)
    response = upload(editor_client, "giusto.pdf", PDF)

    assert response.status_code == 302
    assert Document.objects.count() == 1


def test_multiple_uploader_refuses_by_content_too(editor_client, media_root):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("modulo.pdf", HTML_PAGE),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    data = response.json()
    assert data["success"] is False
    assert "This file is an HTML page, not a PDF" in data["error_message"]
    assert Document.objects.count() == 0
    assert UploadedFile.objects.count() == 0
    assert stored_files(media_root) == []


def test_multiple_uploader_accepts_an_allowed_file(editor_client, media_root):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("modulo.pdf", PDF),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.json()["success"] is True


def test_second_document_in_the_same_language_of_a_group_is_refused(editor_client, media_root):
    group = uuid.uuid4()
    assert upload(editor_client, "it.pdf", PDF, translation_group=group).status_code == 302

    response = upload(editor_client, "altro.pdf", PDF, translation_group=group)

    assert response.status_code == 200
    assert "already has a document in this language" in response.content.decode()
    assert Document.objects.count() == 1
    assert (
        upload(editor_client, "ar.pdf", PDF, translation_group=group, language="ar").status_code
        == 302
    )
    assert Document.objects.filter(translation_group=group).count() == 2


def test_database_keeps_one_document_per_language_per_group(media_root):
    group = uuid.uuid4()
    make_document("it", group)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_document("it", group)


def make_document(language: str, group: uuid.UUID) -> Document:
    return Document.objects.create(
        title=f"Volantino {language}",
        file=ContentFile(PDF, name=f"volantino-{language}.pdf"),
        language=language,
        translation_group=group,
    )


def test_versions_list_the_readers_language_first_then_italian(media_root):
    group = uuid.uuid4()
    by_language = {code: make_document(code, group) for code in ("ro", "ar", "en", "it", "ur")}
    make_document("ar", uuid.uuid4())  # another leaflet: never listed

    with translation.override("ur"):
        ordered = [version.language for version in document_versions(by_language["en"])]

    assert ordered == ["ur", "it", "en", "ar", "ro"]


def test_versions_for_an_italian_reader_follow_the_portal_order(media_root):
    group = uuid.uuid4()
    documents = [make_document(code, group) for code in ("zh-hans", "fr", "it")]

    with translation.override("it"):
        ordered = [version.language for version in document_versions(documents[0])]

    assert ordered == ["it", "fr", "zh-hans"]


def test_document_without_translations_is_its_only_version(media_root):
    document = make_document("fr", uuid.uuid4())

    with translation.override("ar"):
        assert document_versions(document) == [document]


def test_documents_are_served_through_django(client, media_root):
    document = make_document("ar", uuid.uuid4())

    # The URL is the portal's serve view, not the file in MEDIA_URL, so privacy rules apply.
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, "volantino-ar.pdf"])
    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_edit_form_offers_language_and_group(editor_client, media_root):
    document = make_document("fr", uuid.uuid4())

    response = editor_client.get(reverse("wagtaildocs:edit", args=[document.pk]))

    assert response.status_code == 200
    form = response.context["form"]
    assert {"language", "translation_group"} <= set(form.fields)
    assert form.initial["language"] == "fr"


def test_replacing_the_file_is_checked_too(editor_client, media_root):
    document = make_document("it", uuid.uuid4())

    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "file": SimpleUploadedFile("nuovo.pdf", HTML_PAGE),
            "language": "it",
            "translation_group": str(document.translation_group),
            "collection": document.collection_id,
            "tags": "",
        },
    )

    assert response.status_code == 200
    assert any("This file is an HTML page" in error for error in form_errors(response))
    document.refresh_from_db()
    assert document.file.read() == PDF
