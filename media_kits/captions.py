"""Caption files: WebVTT checked on upload, so that a broken track never reaches a reader.

A browser that meets a malformed cue drops it, or the whole track, without a word: the
reader simply gets no captions. So a caption file is refused at upload when webvtt-py
cannot read every cue strictly, and the editor is told the line to fix.
"""

import re
from dataclasses import dataclass
from typing import IO

import webvtt
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext
from webvtt.errors import MalformedCaptionError, MalformedFileError
from webvtt.models import CueSettings, Timestamp
from webvtt.vtt import WebVTTCueBlock

from hubs.uploads import MAX_VTT_BYTES, WEBVTT, detect_type, extension_of, validate_extension

_TIMINGS = re.compile(r"^\s*(?P<start>\S+)\s*-->\s*(?P<end>\S+)(?P<settings>.*)$")


@dataclass(frozen=True)
class CaptionCheck:
    """What a valid caption file contains, for the editor and for tests."""

    cues: int
    #: Seconds from the start of the video to the end of the last cue.
    duration: float


def _error(line: int, message: str, code: str, **values: object) -> ValidationError:
    return ValidationError(
        gettext("Line %(line)s: %(problem)s") % {"line": line, "problem": message % values},
        code=code,
    )


def _check_timings(number: int, line: str, previous_start: float) -> tuple[float, float]:
    """Check one cue timings line; return its start and end in seconds."""
    match = _TIMINGS.match(line)
    timing = line.strip()
    if match is None or not WebVTTCueBlock.STRICT_CUE_TIMINGS_PATTERN.match(line):
        raise _error(
            number,
            gettext(
                "the timestamp “%(timing)s” is not valid. Write times as 00:01.500 or "
                "01:02:03.000 (two digits for minutes and seconds, three for milliseconds)."
            ),
            "caption_timestamp",
            timing=timing,
        )
    try:
        start = Timestamp.from_string(match["start"]).in_milliseconds() / 1000
        end = Timestamp.from_string(match["end"]).in_milliseconds() / 1000
    except MalformedCaptionError:
        raise _error(
            number,
            gettext("the timestamp “%(timing)s” is not valid: minutes and seconds go up to 59."),
            "caption_timestamp",
            timing=timing,
        ) from None
    if end <= start:
        raise _error(
            number,
            gettext("the cue “%(timing)s” ends before it starts."),
            "caption_order",
            timing=timing,
        )
    if start < previous_start:
        raise _error(
            number,
            gettext("the cue “%(timing)s” starts before the cue above it; keep cues in order."),
            "caption_order",
            timing=timing,
        )
    try:
        CueSettings.from_string(match["settings"].strip(), strict=True)
    except MalformedCaptionError:
        raise _error(
            number,
            gettext("the cue settings “%(settings)s” are not valid WebVTT settings."),
            "caption_settings",
            settings=match["settings"].strip(),
        ) from None
    return start, end


def check_captions_text(text: str) -> CaptionCheck:
    """Check WebVTT ``text`` cue by cue; raise ``ValidationError`` naming the line at fault.

    The line-by-line pass finds *where* a problem is (webvtt-py's errors do not say);
    webvtt-py's strict parse then has the last word on the whole file.
    """
    lines = text.removeprefix("\ufeff").splitlines()
    first = lines[0] if lines else ""
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise _error(
            1,
            gettext("a WebVTT file starts with the word WEBVTT alone on its first line."),
            "caption_header",
        )
    cues = 0
    previous_start = 0.0
    last_end = 0.0
    block_line = 0  # position of the current line in its block (0: first line)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            block_line = 0
            continue
        if "-->" in line:
            if number == 1 or block_line > 1:
                raise _error(
                    number,
                    gettext(
                        "a cue timing “%(timing)s” must follow an empty line (or the cue's "
                        "name on the line before it)."
                    ),
                    "caption_block",
                    timing=line.strip(),
                )
            previous_start, end = _check_timings(number, line, previous_start)
            last_end = max(last_end, end)
            cues += 1
        block_line += 1
    if cues == 0:
        raise ValidationError(
            gettext(
                "This WebVTT file has no captions: no line has a timing like "
                "“00:01.000 --> 00:04.000”."
            ),
            code="caption_empty",
        )
    try:
        parsed = webvtt.from_string(text.removeprefix("\ufeff"), strict=True)
    except (MalformedFileError, MalformedCaptionError, ValueError) as error:
        raise ValidationError(
            gettext("This WebVTT file cannot be read: %(reason)s") % {"reason": error},
            code="caption_unreadable",
        ) from error
    if len(parsed.captions) != cues:
        raise ValidationError(
            gettext("This WebVTT file cannot be read: some cues are malformed."),
            code="caption_unreadable",
        )
    return CaptionCheck(cues=cues, duration=last_end)


def check_caption_upload(file: IO[bytes], *, name: str, size: int) -> CaptionCheck:
    """Every check on an uploaded caption file: size, type by content, name, then cues."""
    if size > MAX_VTT_BYTES:
        from django.template.defaultfilters import filesizeformat

        raise ValidationError(
            gettext("This file is %(size)s; a captions file may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(MAX_VTT_BYTES)},
            code="file_too_large",
        )
    detected = detect_type(file)
    if detected != WEBVTT:
        raise ValidationError(
            gettext("This file is %(detected)s, not a WebVTT captions file (.vtt).")
            % {"detected": detected.label},
            code="caption_not_webvtt",
        )
    validate_extension(detected, extension_of(name))
    file.seek(0)
    data = file.read()
    file.seek(0)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # pragma: no cover - detect_type already refused it
        raise ValidationError(
            gettext("A WebVTT file must be saved as UTF-8 text."), code="caption_encoding"
        ) from None
    return check_captions_text(text)


def validate_caption_file(value: File) -> None:
    """Model field validator of ``KitCaption.file``.

    A file already stored was checked when it arrived; only a new upload is read.
    """
    if getattr(value, "_committed", True):
        return
    check_caption_upload(value, name=value.name, size=value.size)
