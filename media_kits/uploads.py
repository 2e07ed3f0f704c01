"""Upload checks for a kit's video and audio, on top of the portal's (``hubs.uploads``).

The portal's detector reads the type from the bytes; here the allow-list is narrowed to
what every browser plays natively in ``<video>``/``<audio>`` (MP4 and WebM video, MP3 and
Ogg audio), and the file is opened with PyAV to make sure it really decodes: a file
with the right first bytes but a broken body would otherwise reach the readers as a
player that never starts.
"""

from dataclasses import dataclass
from typing import IO

import av
from django.core.exceptions import ValidationError
from django.utils.translation import gettext

from hubs.uploads import (
    JPEG,
    MP3,
    MP4,
    OGG,
    PNG,
    WEBM,
    WEBP,
    FileType,
    detect_type,
    extension_of,
    validate_content,
    validate_extension,
    validate_size,
)

#: What a kit's media may be, per wagtailmedia type.
MEDIA_TYPES: dict[str, tuple[FileType, ...]] = {"video": (MP4, WEBM), "audio": (MP3, OGG)}
#: Poster images of a video (wagtailmedia's "thumbnail").
THUMBNAIL_TYPES: tuple[FileType, ...] = (PNG, JPEG, WEBP)


@dataclass(frozen=True)
class MediaProbe:
    """What PyAV read from a file: its length and, for a video, its picture size."""

    duration: float
    width: int | None = None
    height: int | None = None


def _names(types: tuple[FileType, ...]) -> str:
    return ", ".join(file_type.extensions[0].upper() for file_type in types)


def _refuse_type(detected: FileType, allowed: tuple[FileType, ...], message: str) -> None:
    raise ValidationError(
        message % {"detected": detected.label, "allowed": _names(allowed)},
        code="file_type_not_allowed",
    )


def probe_media(file: IO[bytes], *, media_type: str) -> MediaProbe:
    """Open ``file`` with PyAV; refuse it when it holds no stream of ``media_type``."""
    file.seek(0)
    try:
        with av.open(file, mode="r") as container:
            streams = container.streams.video if media_type == "video" else container.streams.audio
            if not streams:
                raise ValidationError(
                    gettext("This file has no %(kind)s in it.")
                    % {"kind": gettext("picture") if media_type == "video" else gettext("sound")},
                    code="media_no_stream",
                )
            stream = streams[0]
            duration = 0.0
            if container.duration:
                duration = container.duration / av.time_base
            elif stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            if media_type == "video":
                return MediaProbe(
                    duration=round(duration, 2),
                    width=stream.codec_context.width or None,
                    height=stream.codec_context.height or None,
                )
            return MediaProbe(duration=round(duration, 2))
    except av.FFmpegError as error:
        raise ValidationError(
            gettext("This file cannot be played: it looks damaged or incomplete (%(reason)s).")
            % {"reason": getattr(error, "strerror", None) or str(error).split(":")[0]},
            code="media_unreadable",
        ) from error
    finally:
        file.seek(0)


def validate_media_upload(file: IO[bytes], *, name: str, size: int, media_type: str) -> MediaProbe:
    """Every check on a kit's video or audio file; return what it contains."""
    validate_size(size)
    detected = detect_type(file)
    extension = extension_of(name)
    # Refused everywhere (HTML, SVG, programs…): the portal's own message says why.
    validate_content(detected, extension)
    allowed = MEDIA_TYPES.get(media_type, ())
    if detected not in allowed:
        if media_type == "video":
            message = gettext(
                "This file is %(detected)s, not a video the portal can play. Upload a video "
                "in one of these formats: %(allowed)s."
            )
        else:
            message = gettext(
                "This file is %(detected)s, not an audio file the portal can play. Upload "
                "audio in one of these formats: %(allowed)s."
            )
        _refuse_type(detected, allowed, message)
    validate_extension(detected, extension)
    return probe_media(file, media_type=media_type)


def validate_thumbnail_upload(file: IO[bytes], *, name: str, size: int) -> FileType:
    """A video's poster image: PNG, JPEG or WebP by content (never SVG)."""
    validate_size(size)
    detected = detect_type(file)
    extension = extension_of(name)
    validate_content(detected, extension)
    if detected not in THUMBNAIL_TYPES:
        _refuse_type(
            detected,
            THUMBNAIL_TYPES,
            gettext("This file is %(detected)s, not a picture. Allowed types: %(allowed)s."),
        )
    validate_extension(detected, extension)
    return detected
