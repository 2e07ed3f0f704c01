"""Small media for the demo kits, made on the spot with Pillow and PyAV: nothing is downloaded.

A few seconds of WebM video (one title card per caption cue), an Ogg/Opus narration (a
soft tone at each card: enough to show the player; the words are in the captions), the
WebVTT captions themselves, and two infographics. Every file is a few kilobytes and
the same bytes come out of every run on one machine (bit-exact muxing, one encoder
thread), so the loader can tell an unchanged file from a changed one.
"""

import io
import math
import struct
from functools import cache
from pathlib import Path

import av
from django.conf import settings
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

#: The video's picture size, frame rate and how long each card stays.
VIDEO_SIZE = (640, 360)
FRAMES_PER_SECOND = 8
SECONDS_PER_SCENE = 3
AUDIO_RATE = 48_000
#: Opus frames of 20 ms.
AUDIO_FRAME = 960
INFOGRAPHIC_SIZE = (960, 640)

_FONTS = Path(settings.BASE_DIR) / "node_modules" / "@fontsource"
#: Font files per script, from the front end's npm packages (WOFF, which FreeType reads).
#: The npm packages split a font into subsets by script; an Arabic-script line also holds
#: Latin words and digits ("codice fiscale", "16"), so its subsets are merged into one.
_FONT_FILES = {
    "latin": ["titillium-web/files/titillium-web-latin-{weight}-normal.woff"],
    "arabic": [
        "noto-naskh-arabic/files/noto-naskh-arabic-arabic-{weight}-normal.woff",
        "noto-naskh-arabic/files/noto-naskh-arabic-latin-{weight}-normal.woff",
    ],
    "urdu": [
        "noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-{weight}-normal.woff",
        "noto-nastaliq-urdu/files/noto-nastaliq-urdu-latin-{weight}-normal.woff",
    ],
}
_SCRIPT_OF = {"ar": "arabic", "ur": "urdu"}
_RTL = {"ar", "ur"}


@cache
def font(script: str, size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | None:
    """A font for ``script``; Pillow's own for Latin when the npm fonts are not installed,
    ``None`` for another script without its font (no picture is then drawn in it)."""
    data = _font_data(script, 700 if bold else 400)
    if data is not None:
        return ImageFont.truetype(io.BytesIO(data), size)
    return ImageFont.load_default(size) if script == "latin" else None


@cache
def _font_data(script: str, weight: int) -> bytes | None:
    """The font of ``script`` as one TrueType file (its subsets merged)."""
    paths = [_FONTS / name.format(weight=weight) for name in _FONT_FILES[script]]
    if not all(path.exists() for path in paths):
        return None
    parts = []
    for path in paths:
        subset = TTFont(str(path))
        subset.flavor = None
        buffer = io.BytesIO()
        subset.save(buffer)
        buffer.seek(0)
        parts.append(buffer)
    merged = Merger().merge(parts) if len(parts) > 1 else TTFont(parts[0])
    output = io.BytesIO()
    merged.save(output)
    return output.getvalue()


def script_of(language: str) -> str | None:
    """The script of ``language`` if the demo can draw it (not Chinese: no font shipped)."""
    if language == "zh-hans":
        return None
    return _SCRIPT_OF.get(language, "latin")


def _wrap(draw: ImageDraw.ImageDraw, text: str, typeface, width: int, **options) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=typeface, **options) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _encode(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- Video ------------------------------------------------------------------------------


def title_card(*, text: str, number: int, total: int, colour: tuple[int, int, int]) -> Image.Image:
    """One card of the video: the step's words on the kit's colour, and where it stands."""
    image = Image.new("RGB", VIDEO_SIZE, colour)
    draw = ImageDraw.Draw(image)
    width, height = VIDEO_SIZE
    heading = font("latin", 44, bold=True)
    lines = _wrap(draw, text, heading, width - 80)
    top = height // 2 - 30 * len(lines)
    for index, line in enumerate(lines):
        draw.text((width // 2, top + index * 60), line, font=heading, fill="white", anchor="mm")
    # Progress dots: which card of how many, readable without words.
    for index in range(total):
        x = width // 2 + (index - (total - 1) / 2) * 28
        box = (x - 8, height - 48, x + 8, height - 32)
        draw.ellipse(box, fill="white" if index < number else None, outline="white", width=2)
    return image


def video_webm(*, scenes: list[str], colour: tuple[int, int, int]) -> bytes:
    """A silent VP8 WebM: ``SECONDS_PER_SCENE`` seconds per scene."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="webm", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libvpx", rate=FRAMES_PER_SECOND)
        stream.width, stream.height = VIDEO_SIZE
        stream.pix_fmt = "yuv420p"
        stream.bit_rate = 120_000
        stream.codec_context.thread_count = 1
        for number, text in enumerate(scenes, start=1):
            card = av.VideoFrame.from_image(
                title_card(text=text, number=number, total=len(scenes), colour=colour)
            )
            for _frame in range(SECONDS_PER_SCENE * FRAMES_PER_SECOND):
                for packet in stream.encode(card):
                    container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()


def poster_png(*, scenes: list[str], colour: tuple[int, int, int]) -> bytes:
    """The video's first card, shown before it plays."""
    return _encode(title_card(text=scenes[0], number=1, total=len(scenes), colour=colour))


# --- Audio ------------------------------------------------------------------------------


def _tone_samples(*, start: int, count: int, pitch: float) -> bytes:
    """Signed 16-bit mono samples: a soft 0.4 s tone at the start of every scene."""
    samples = bytearray()
    for index in range(start, start + count):
        moment = index / AUDIO_RATE
        into_scene = moment % SECONDS_PER_SCENE
        level = 0.15 * math.sin(math.pi * into_scene / 0.4) if into_scene < 0.4 else 0.0
        samples += struct.pack("<h", int(32767 * level * math.sin(2 * math.pi * pitch * moment)))
    return bytes(samples)


def narration_ogg(*, scene_count: int, pitch: float = 440.0) -> bytes:
    """An Ogg/Opus file as long as the video, mono, 24 kbit/s."""
    total = scene_count * SECONDS_PER_SCENE * AUDIO_RATE
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libopus", rate=AUDIO_RATE)
        stream.layout = "mono"
        stream.bit_rate = 24_000
        for start in range(0, total, AUDIO_FRAME):
            frame = av.AudioFrame(format="s16", layout="mono", samples=AUDIO_FRAME)
            frame.planes[0].update(_tone_samples(start=start, count=AUDIO_FRAME, pitch=pitch))
            frame.sample_rate = AUDIO_RATE
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()


# --- Captions ---------------------------------------------------------------------------


def _timestamp(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}.000"


def captions_vtt(cues: list[str]) -> str:
    """WebVTT with one cue per scene, timed like the video's cards."""
    blocks = ["WEBVTT"]
    for index, text in enumerate(cues):
        start, end = index * SECONDS_PER_SCENE, (index + 1) * SECONDS_PER_SCENE
        blocks.append(f"{index + 1}\n{_timestamp(start)} --> {_timestamp(end)}\n{text}")
    return "\n\n".join(blocks) + "\n"


# --- Infographics -----------------------------------------------------------------------


def path_png(*, steps: int, colour: tuple[int, int, int], rtl: bool = False) -> bytes:
    """Numbered circles joined by arrows: the procedure's path, with no words in it.

    Right to left for Arabic and Urdu readers, who read a sequence from the right.
    """
    image = Image.new("RGB", INFOGRAPHIC_SIZE, "white")
    draw = ImageDraw.Draw(image)
    width, height = INFOGRAPHIC_SIZE
    number_font = font("latin", 96, bold=True)
    gap = width // steps
    for index in range(steps):
        centre = (gap // 2 + index * gap, height // 2)
        radius = 110
        draw.ellipse(
            (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
            fill=colour,
        )
        if not rtl:
            draw.text(centre, str(index + 1), font=number_font, fill="white", anchor="mm")
        if index < steps - 1:
            start = centre[0] + radius + 12
            end = centre[0] + gap - radius - 12
            draw.line((start, centre[1], end, centre[1]), fill=(60, 60, 60), width=8)
            draw.polygon(
                [(end, centre[1] - 18), (end + 14, centre[1]), (end, centre[1] + 18)],
                fill=(60, 60, 60),
            )
    if rtl:
        # Mirror the drawing, then write the numbers again so that they read right.
        image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        draw = ImageDraw.Draw(image)
        for index in range(steps):
            centre = (width - (gap // 2 + index * gap), height // 2)
            draw.text(centre, str(index + 1), font=number_font, fill="white", anchor="mm")
    return _encode(image)


def checklist_png(
    *, title: str, items: list[str], language: str, colour: tuple[int, int, int]
) -> bytes | None:
    """A sheet listing what to bring, written in ``language``; ``None`` when the demo has no
    font for its script (that language then shows the Italian sheet)."""
    script = script_of(language)
    heading = font(script, 52, bold=True) if script else None
    body = font(script, 36) if script else None
    if heading is None or body is None:
        return None
    rtl = language in _RTL
    options = {"direction": "rtl", "language": language} if rtl else {}
    image = Image.new("RGB", INFOGRAPHIC_SIZE, "white")
    draw = ImageDraw.Draw(image)
    width, _height = INFOGRAPHIC_SIZE
    margin = 56
    draw.rectangle((0, 0, width, 110), fill=colour)
    edge, anchor = (width - margin, "rs") if rtl else (margin, "ls")
    draw.text((edge, 76), title, font=heading, fill="white", anchor=anchor, **options)
    line_height = 64 if script == "urdu" else 52
    top = 190
    for item in items:
        box_x = width - margin - 28 if rtl else margin
        draw.rectangle((box_x, top - 30, box_x + 28, top - 2), outline=colour, width=4)
        text_edge = width - margin - 52 if rtl else margin + 52
        for line in _wrap(draw, item, body, width - 2 * margin - 52, **options):
            draw.text(
                (text_edge, top), line, font=body, fill=(25, 25, 25), anchor=anchor, **options
            )
            top += line_height
        top += 18
    return _encode(image)
