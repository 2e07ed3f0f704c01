"""Video, audio and caption uploads are judged by their content, and refused with a reason.

Media go through wagtailmedia's own admin views (``WAGTAILMEDIA["MEDIA_FORM_BASE"]`` is the
portal's form), so these tests post to them as an editor would. Caption tracks are checked
by their model field, which the page editor's caption panel runs on every new file.
"""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Collection
from wagtail.users.models import UserProfile
from wagtailmedia.models import Media

from media_kits.captions import check_captions_text
from media_kits.models import KitCaption
from tests.media_kits.media_files import mp3_audio, mp4_video, ogg_audio, webm_video

pytestmark = pytest.mark.django_db

GOOD_VTT = (
    "WEBVTT\n\n"
    "1\n00:00.000 --> 00:02.500\nPrendi appuntamento.\n\n"
    "2\n00:02.500 --> 00:05.000 line:90%\nPorta i documenti.\n"
)
# Line 8 holds the broken timings (after the cue name "2"): short seconds, no milliseconds.
BROKEN_VTT = (
    "WEBVTT\n\n"
    "1\n00:00.000 --> 00:01.500\nPrendi appuntamento.\n\n"
    "2\n00:01.5 --> 00:03\nPorta i documenti.\n"
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


def upload(client, media_type: str, name: str, data: bytes, **fields):
    values = {
        "title": fields.pop("title", name),
        "file": SimpleUploadedFile(name, data),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        **fields,
    }
    return client.post(reverse("wagtailmedia:add", args=(media_type,)), values)


def file_errors(response) -> list[str]:
    return response.context["form"].errors.get("file", [])


def stored(media_root: Path) -> list[Path]:
    folder = media_root / "media"
    return list(folder.iterdir()) if folder.exists() else []


def english(message: str) -> str:
    with translation.override("en"):
        return gettext(message)


# --- Accepted ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("media_type", "name", "make"),
    [
        ("video", "kit.webm", webm_video),
        ("video", "kit.mp4", mp4_video),
        ("audio", "narrazione.ogg", ogg_audio),
        ("audio", "narrazione.mp3", mp3_audio),
    ],
)
def test_playable_media_is_stored_with_its_length(
    editor_client, media_root, media_type, name, make
):
    data = make()

    response = upload(editor_client, media_type, name, data)

    assert response.status_code == 302, file_errors(response)
    media = Media.objects.get()
    assert media.type == media_type
    assert media.file.read() == data
    # The length was read from the file, as the editor left it empty.
    assert media.duration > 0
    if media_type == "video":
        assert (media.width, media.height) != (None, None)
    assert len(stored(media_root)) == 1


# --- Refused ----------------------------------------------------------------------------


def test_a_text_file_renamed_mp4_is_refused_with_what_it_really_is(editor_client, media_root):
    response = upload(editor_client, "video", "video.mp4", b"Non sono un video, solo testo.\n")

    assert response.status_code == 200
    with translation.override("en"):
        expected = gettext(
            "This file is %(detected)s, not %(claimed)s. Allowed types: %(allowed)s."
        ) % {
            "detected": gettext("a plain text file"),
            "claimed": gettext("an MP4 video"),
            "allowed": "",
        }
    [error] = file_errors(response)
    assert error.startswith(expected.removesuffix("."))
    assert Media.objects.count() == 0
    assert stored(media_root) == []


def test_audio_uploaded_as_a_video_is_refused(editor_client, media_root):
    response = upload(editor_client, "video", "narrazione.ogg", ogg_audio())

    [error] = file_errors(response)
    with translation.override("en"):
        expected = gettext(
            "This file is %(detected)s, not a video the portal can play. Upload a video "
            "in one of these formats: %(allowed)s."
        ) % {"detected": gettext("an Ogg audio file"), "allowed": "MP4, WEBM"}
    assert error == expected
    assert Media.objects.count() == 0


def test_a_video_named_like_audio_is_refused(editor_client, media_root):
    response = upload(editor_client, "audio", "narrazione.mp3", webm_video())

    [error] = file_errors(response)
    assert english("an audio file the portal can play") in error
    assert Media.objects.count() == 0


def test_a_damaged_video_is_refused_because_it_cannot_be_played(editor_client, media_root):
    # The right first bytes, then the middle of the file is gone.
    data = webm_video()
    damaged = data[:200] + bytes(len(data) - 400) + data[-200:]

    response = upload(editor_client, "video", "kit.webm", damaged)

    [error] = file_errors(response)
    reason = english("This file cannot be played: it looks damaged or incomplete (%(reason)s).")
    assert error.startswith(reason.split("%")[0])
    assert Media.objects.count() == 0


def test_an_oversized_video_is_refused_before_it_is_read(editor_client, media_root, settings):
    settings.PORTAL_UPLOAD_MAX_BYTES = 1000
    data = webm_video()
    assert len(data) > 1000

    response = upload(editor_client, "video", "kit.webm", data)

    [error] = file_errors(response)
    with translation.override("en"):
        assert error == gettext("This file is %(size)s; the limit is %(limit)s.") % {
            "size": f"{len(data) / 1024:.1f}\xa0KB",
            "limit": "1000\xa0bytes",
        }
    assert Media.objects.count() == 0


def test_an_svg_poster_is_refused(editor_client, media_root):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = upload(
        editor_client,
        "video",
        "kit.webm",
        webm_video(),
        thumbnail=SimpleUploadedFile("poster.png", svg),
    )

    errors = response.context["form"].errors.get("thumbnail", [])
    assert len(errors) == 1
    assert english("HTML and SVG files are refused because they can carry scripts.") in errors[0]
    assert Media.objects.count() == 0


# --- Captions ---------------------------------------------------------------------------


def caption(name: str, text: str | bytes) -> KitCaption:
    data = text.encode() if isinstance(text, str) else text
    return KitCaption(language="it", file=SimpleUploadedFile(name, data))


def caption_errors(row: KitCaption) -> list[str]:
    with pytest.raises(ValidationError) as refused:
        row.clean_fields(exclude=["page"])
    return refused.value.message_dict["file"]


def test_a_valid_caption_file_passes_and_counts_its_cues():
    check = check_captions_text(GOOD_VTT)

    assert (check.cues, check.duration) == (2, 5.0)
    caption("it.vtt", GOOD_VTT).clean_fields(exclude=["page"])


def test_a_broken_timestamp_is_refused_with_its_line():
    [error] = caption_errors(caption("it.vtt", BROKEN_VTT))

    with translation.override("it"):
        problem = gettext(
            "the timestamp “%(timing)s” is not valid. Write times as 00:01.500 or "
            "01:02:03.000 (two digits for minutes and seconds, three for milliseconds)."
        ) % {"timing": "00:01.5 --> 00:03"}
        assert error == gettext("Line %(line)s: %(problem)s") % {"line": 8, "problem": problem}


@pytest.mark.parametrize(
    ("text", "line", "code"),
    [
        ("WEBVTT\n\n00:00.000 --> 00:61.000\nTroppo.\n", 3, "caption_timestamp"),
        ("WEBVTT\n\n00:02.000 --> 00:01.000\nAl contrario.\n", 3, "caption_order"),
        (
            "WEBVTT\n\n00:05.000 --> 00:06.000\nDopo.\n\n00:01.000 --> 00:02.000\nPrima.\n",
            6,
            "caption_order",
        ),
        ("WEBVTT\n\n00:00.000 --> 00:01.000 colore:rosso\nImpostazioni.\n", 3, "caption_settings"),
        (
            "WEBVTT\n\n00:00.000 --> 00:01.000\nUno\n00:01.000 --> 00:02.000\nDue\n",
            5,
            "caption_block",
        ),
        ("WEBVT\n\n00:00.000 --> 00:01.000\nUno\n", 1, "caption_header"),
    ],
)
def test_malformed_captions_name_the_line_at_fault(text, line, code):
    with pytest.raises(ValidationError) as refused:
        check_captions_text(text)

    assert refused.value.code == code
    assert refused.value.message.startswith(
        gettext("Line %(line)s: %(problem)s") % {"line": line, "problem": ""}
    )


def test_captions_without_a_single_cue_are_refused():
    with pytest.raises(ValidationError) as refused:
        check_captions_text("WEBVTT\n\nNOTE solo un commento\n")

    assert refused.value.code == "caption_empty"


def test_a_text_file_named_vtt_is_refused_as_captions():
    [error] = caption_errors(caption("it.vtt", "Solo testo, niente WEBVTT.\n"))

    assert error == gettext("This file is %(detected)s, not a WebVTT captions file (.vtt).") % {
        "detected": gettext("a plain text file")
    }


def test_captions_named_srt_are_refused_for_their_name():
    [error] = caption_errors(caption("it.srt", GOOD_VTT))

    assert "“.srt”" in error


def test_an_oversized_caption_file_is_refused():
    huge = GOOD_VTT + "NOTE " + "x" * (5 * 1024 * 1024) + "\n"

    [error] = caption_errors(caption("it.vtt", huge))

    assert error.startswith(
        gettext("This file is %(size)s; a captions file may be at most %(limit)s.").split("%")[0]
    )
