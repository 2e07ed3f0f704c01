"""Upload checks for documents: the type is read from the content, never trusted from the name.

An editor's file becomes a public download served from the portal's own origin,
so a file that a browser would run (HTML, SVG) must never get in, whatever it is
called. Each check answers one question and, when it refuses, says why in words
an editor can act on.
"""

import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

#: Bytes read from the start of a file to recognise it.
HEAD_BYTES = 4096
#: A WebVTT file larger than this is not captions; it is not decoded whole.
MAX_VTT_BYTES = 5 * 1024 * 1024
#: The ``mimetype`` member of an OpenDocument file is a few dozen bytes.
MAX_MIMETYPE_MEMBER_BYTES = 256


@dataclass(frozen=True)
class FileType:
    """A kind of file the portal recognises, allowed or not."""

    key: str
    #: How the editor is told what the file is, with its article: "a PDF".
    label: Promise
    #: Names a file of this type may end in; empty for refused types.
    extensions: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return bool(self.extensions)


PDF = FileType("pdf", _("a PDF"), ("pdf",))
ODT = FileType("odt", _("an OpenDocument text"), ("odt",))
DOCX = FileType("docx", _("a Word document"), ("docx",))
ODS = FileType("ods", _("an OpenDocument spreadsheet"), ("ods",))
XLSX = FileType("xlsx", _("an Excel spreadsheet"), ("xlsx",))
PNG = FileType("png", _("a PNG image"), ("png",))
JPEG = FileType("jpeg", _("a JPEG image"), ("jpg", "jpeg"))
WEBP = FileType("webp", _("a WebP image"), ("webp",))
MP3 = FileType("mp3", _("an MP3 audio file"), ("mp3",))
OGG = FileType("ogg", _("an Ogg audio file"), ("ogg", "oga", "opus"))
MP4 = FileType("mp4", _("an MP4 video"), ("mp4", "m4v", "m4a"))
WEBM = FileType("webm", _("a WebM video"), ("webm",))
WEBVTT = FileType("vtt", _("a WebVTT captions file"), ("vtt",))

ALLOWED_TYPES: tuple[FileType, ...] = (
    PDF,
    ODT,
    DOCX,
    ODS,
    XLSX,
    PNG,
    JPEG,
    WEBP,
    MP3,
    OGG,
    MP4,
    WEBM,
    WEBVTT,
)

# Refused, but named so that the editor learns what the file really is.
HTML = FileType("html", _("an HTML page"))
SVG = FileType("svg", _("an SVG image"))
TEXT = FileType("text", _("a plain text file"))
EXECUTABLE = FileType("executable", _("a program"))
ZIP = FileType("zip", _("a ZIP archive"))
UNKNOWN = FileType("unknown", _("of a type the portal does not recognise"))

#: Types refused because a browser would run scripts inside them.
SCRIPTABLE_TYPES = (HTML, SVG)

_OPENDOCUMENT_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
}
# ISO base media brands of still images (HEIF, AVIF): an ``ftyp`` box, but not a video.
_IMAGE_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<iframe")


def max_upload_bytes() -> int:
    """The size cap, read at call time so that tests and deployments can change it."""
    return int(settings.PORTAL_UPLOAD_MAX_BYTES)


def extension_of(name: str) -> str:
    """The lowercase extension of ``name`` without the dot, or ``""``."""
    return PurePath(name).suffix.lower().lstrip(".")


def type_for_extension(extension: str) -> FileType | None:
    """The allowed type a file name ending in ``extension`` claims to be."""
    for file_type in ALLOWED_TYPES:
        if extension in file_type.extensions:
            return file_type
    return None


def detect_zip_type(file: IO[bytes]) -> FileType:
    """Tell OpenDocument and Office Open XML files from other ZIP archives.

    Only the directory of names and the tiny ``mimetype`` member are read, so a
    ZIP bomb is never inflated.
    """
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size <= MAX_MIMETYPE_MEMBER_BYTES:
                    with archive.open(info) as member:
                        mimetype = member.read(MAX_MIMETYPE_MEMBER_BYTES).strip()
                    if mimetype in _OPENDOCUMENT_MIMETYPES:
                        return _OPENDOCUMENT_MIMETYPES[mimetype]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError):
        return UNKNOWN
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return ZIP


def is_mp3_frame_sync(head: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, then a valid version and layer."""
    if len(head) < 2 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version_reserved = head[1] & 0x18 == 0x08
    layer_reserved = head[1] & 0x06 == 0
    return not version_reserved and not layer_reserved


def is_webm(head: bytes) -> bool:
    """An EBML header whose DocType element (0x4282) says ``webm``, not Matroska."""
    if not head.startswith(b"\x1a\x45\xdf\xa3"):
        return False
    doctype_at = head.find(b"\x42\x82", 4, 64)
    return doctype_at != -1 and head[doctype_at + 3 : doctype_at + 7] == b"webm"


def detect_text_type(file: IO[bytes]) -> FileType:
    """Classify a file that is not a known binary format: WebVTT, HTML, SVG, text or unknown."""
    file.seek(0)
    data = file.read(MAX_VTT_BYTES + 1)
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    lowered = start[:HEAD_BYTES].lower()
    if lowered.startswith(_HTML_STARTS):
        return HTML
    if b"<svg" in lowered:
        return SVG
    if b"\x00" in data:
        return UNKNOWN
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return UNKNOWN
    # The WebVTT signature: "WEBVTT" alone on the first line or followed by a space or tab.
    first_line = text.removeprefix("\ufeff").split("\n", 1)[0].rstrip("\r")
    if len(data) <= MAX_VTT_BYTES and (
        first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))
    ):
        return WEBVTT
    if "<html" in text[:HEAD_BYTES].lower() or "<script" in text[:HEAD_BYTES].lower():
        return HTML
    return TEXT


def detect_type(file: IO[bytes]) -> FileType:
    """What ``file`` is, judged by its bytes only."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"ID3") or is_mp3_frame_sync(head):
        return MP3
    if head.startswith(b"OggS"):
        return OGG
    if head[4:8] == b"ftyp" and head[8:12] not in _IMAGE_BRANDS:
        return MP4
    if is_webm(head):
        return WEBM
    if head.startswith(b"PK\x03\x04"):
        try:
            return detect_zip_type(file)
        finally:
            file.seek(0)
    if head.startswith((b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"#!")):
        return EXECUTABLE
    try:
        return detect_text_type(file)
    finally:
        file.seek(0)


def allowed_types_text() -> str:
    """The allowed formats, for messages."""
    return ", ".join(ext.upper() for file_type in ALLOWED_TYPES for ext in file_type.extensions[:1])


def validate_size(size: int) -> None:
    """Refuse a file above ``PORTAL_UPLOAD_MAX_BYTES``."""
    limit = max_upload_bytes()
    if size > limit:
        raise ValidationError(
            gettext("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def validate_content(detected: FileType, extension: str) -> None:
    """Refuse a type outside the allow-list, saying what the file really is."""
    if detected.allowed:
        return
    claimed = type_for_extension(extension)
    values = {"detected": detected.label, "allowed": allowed_types_text()}
    if detected in SCRIPTABLE_TYPES:
        if claimed:
            message = gettext(
                "This file is %(detected)s, not %(claimed)s: HTML and SVG files are refused "
                "because they can carry scripts."
            )
        else:
            message = gettext(
                "This file is %(detected)s: HTML and SVG files are refused because they can "
                "carry scripts."
            )
        raise ValidationError(
            message % {**values, "claimed": claimed.label if claimed else ""},
            code="scriptable_file",
        )
    if claimed:
        message = gettext("This file is %(detected)s, not %(claimed)s. Allowed types: %(allowed)s.")
    else:
        message = gettext(
            "This file is %(detected)s, which cannot be uploaded. Allowed types: %(allowed)s."
        )
    raise ValidationError(
        message % {**values, "claimed": claimed.label if claimed else ""},
        code="file_type_not_allowed",
    )


def validate_extension(detected: FileType, extension: str) -> None:
    """Refuse a file whose name says another type than its content, so downloads open right."""
    if extension in detected.extensions:
        return
    if not extension:
        raise ValidationError(
            gettext(
                "This file is %(detected)s, but its name has no extension. "
                "Rename it to end in “.%(expected)s”."
            )
            % {"detected": detected.label, "expected": detected.extensions[0]},
            code="extension_missing",
        )
    raise ValidationError(
        gettext(
            "This file is %(detected)s, but its name ends in “.%(extension)s”. "
            "Rename it to end in “.%(expected)s”, or upload the right file."
        )
        % {
            "detected": detected.label,
            "extension": extension,
            "expected": detected.extensions[0],
        },
        code="extension_mismatch",
    )


def validate_upload(file: IO[bytes], *, name: str, size: int) -> FileType:
    """Run every check on an uploaded file; return its type or raise ``ValidationError``.

    The size is checked first so that an oversized file is never read.
    """
    validate_size(size)
    detected = detect_type(file)
    extension = extension_of(name)
    validate_content(detected, extension)
    validate_extension(detected, extension)
    return detected
