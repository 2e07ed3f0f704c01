"""The media kits' demo: five kits with real text, small generated media, loaded once only.

The data checks read ``media_kits/demo/kit_*.py`` directly. The loaded site is built once
for the module inside a transaction rolled back at the end (loading the whole demo builds
the HUBs' leaflets too, which takes a while).
"""

import io

import pytest
from django.core.files.storage import default_storage
from django.db import transaction
from wagtail.images import get_image_model
from wagtailmedia.models import Media

from hubs.blocks import StepsBlock
from hubs.models import HubPage
from media_kits.captions import check_captions_text
from media_kits.demo import media as make
from media_kits.demo.loader import (
    MediaKitsDemoDataError,
    demo_kits,
    demo_kits_errors,
    media_kits_demo_load,
)
from media_kits.models import MediaKitIndexPage, MediaKitPage
from media_kits.uploads import probe_media
from portal.demo.loader import DemoReport, demo_content_load
from portal.languages import language_codes, page_languages
from tests.factories import url_in

KITS = demo_kits()
REQUIRED_LANGUAGES = ("it", "en", "fr", "ar")
#: The issue's bound on a demo media file.
MAX_MEDIA_BYTES = 200 * 1024


# --- The data, before it reaches the database ------------------------------------------


def test_the_five_procedures_of_the_issue_are_there():
    assert sorted(spec["key"] for spec in KITS) == [
        "centro-impiego",
        "cie",
        "permesso-rinnovo",
        "residenza",
        "tessera-sanitaria",
    ]
    assert demo_kits_errors(KITS) == []


@pytest.mark.parametrize("spec", KITS, ids=[spec["key"] for spec in KITS])
def test_each_kit_is_written_in_italian_english_french_and_arabic(spec):
    for language in REQUIRED_LANGUAGES:
        texts = spec[language]
        for name in ("title", "intro", "steps", "what_you_need", "where_to_go", "duties"):
            assert texts.get(name), f"{spec['key']}: {language} {name} is missing"
        assert len(texts["captions"]) == len(spec["scenes"])
        StepsBlock().clean(StepsBlock().to_python(_steps(texts["steps"])))
        check_captions_text(make.captions_vtt(texts["captions"]))
    assert set(spec) - {
        "key",
        "hub",
        "colour",
        "related_guides",
        "related_events",
        "scenes",
    } <= set(language_codes())


def test_some_kits_speak_urdu_and_chinese():
    assert any("ur" in spec for spec in KITS)
    assert any("zh-hans" in spec for spec in KITS)


def test_malformed_data_is_refused_with_the_kit_and_the_problem():
    broken = {**KITS[0], "key": "rotto", "related_guides": ["nessuna-guida"]}
    broken["it"] = {**broken["it"], "captions": ["solo una"]}

    errors = demo_kits_errors([broken, broken])

    assert "rotto: another kit has the same key" in errors
    assert "rotto: 1 it captions for 4 scenes of the video" in errors
    assert "rotto: no demo guide 'nessuna-guida'" in errors


def test_generated_media_are_small_playable_and_the_same_every_time():
    spec = KITS[0]
    video = make.video_webm(scenes=spec["scenes"], colour=spec["colour"])
    audio = make.narration_ogg(scene_count=len(spec["scenes"]))

    assert video == make.video_webm(scenes=spec["scenes"], colour=spec["colour"])
    assert audio == make.narration_ogg(scene_count=len(spec["scenes"]))
    assert len(video) < MAX_MEDIA_BYTES and len(audio) < MAX_MEDIA_BYTES
    seconds = len(spec["scenes"]) * make.SECONDS_PER_SCENE
    assert probe_media(io.BytesIO(video), media_type="video").duration == pytest.approx(
        seconds, 0.1
    )
    assert probe_media(io.BytesIO(audio), media_type="audio").duration == pytest.approx(
        seconds, 0.1
    )


def _steps(steps: list[dict]) -> list[dict]:
    from hubs.demo.loader import step_blocks

    return step_blocks(steps)


# Before the loaded site below: its module-wide transaction would hold the HUBs.
@pytest.mark.django_db
def test_without_the_hubs_the_loader_says_what_to_run(db):
    with pytest.raises(MediaKitsDemoDataError, match="load_demo_content"):
        media_kits_demo_load(DemoReport())


# --- The loaded site ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, loaded once; each test runs in a savepoint inside this transaction."""
    from django.conf import settings

    media_root = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("demo-media"))
    try:
        with django_db_blocker.unblock(), transaction.atomic():
            report = demo_content_load()
            yield report
            transaction.set_rollback(True)
    finally:
        settings.MEDIA_ROOT = media_root


def _kits() -> dict[str, MediaKitPage]:
    by_slug = {page.slug_it: page for page in MediaKitPage.objects.all()}
    return {spec["key"]: by_slug[spec["it"]["slug"]] for spec in KITS}


@pytest.mark.django_db
def test_each_kit_is_published_under_its_hub_with_its_media(demo):
    kits = _kits()
    for spec in KITS:
        kit = kits[spec["key"]]
        assert kit.live
        assert kit.get_parent().specific == HubPage.objects.get(code=spec["hub"])
        assert set(REQUIRED_LANGUAGES) <= set(page_languages(kit))
        assert kit.video is not None and kit.video.type == "video"
        assert kit.video.collection_id == kit.get_parent().specific.collection_id
        captions = {row.language: row for row in kit.captions.all()}
        assert set(REQUIRED_LANGUAGES) <= set(captions)
        for caption in captions.values():
            with caption.file.open("rb") as stored:
                assert check_captions_text(stored.read().decode()).cues == len(spec["scenes"])
        assert set(REQUIRED_LANGUAGES) <= {row.language for row in kit.audio_tracks.all()}
        assert kit.infographics.count() == 2
        assert kit.related_guides.count() == len(spec["related_guides"])
        assert kit.related_events.count() == len(spec["related_events"])


@pytest.mark.django_db
def test_demo_media_files_are_small(demo):
    for media in Media.objects.all():
        assert media.file.size < MAX_MEDIA_BYTES, media.title
        assert media.duration > 0


@pytest.mark.django_db
def test_the_kits_index_lists_the_five_kits(demo, client):
    index = MediaKitIndexPage.objects.get()

    response = client.get(url_in(index, "ar"))

    assert response.status_code == 200
    assert response.content.decode().count('class="card-title') == len(KITS)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["it", "ar", "ur", "zh-hans"])
def test_every_demo_kit_page_renders(demo, client, language):
    for kit in _kits().values():
        response = client.get(url_in(kit, language))
        assert response.status_code == 200, (kit.slug, language)


@pytest.mark.django_db
def test_loading_again_changes_nothing_and_duplicates_nothing(demo):
    counts = (
        MediaKitPage.objects.count(),
        Media.objects.count(),
        get_image_model().objects.count(),
        sum(kit.revisions.count() for kit in MediaKitPage.objects.all()),
    )
    files = sorted(default_storage.listdir("media_kits/captions")[1])

    report = DemoReport()
    media_kits_demo_load(report)

    assert report.created == [] and report.updated == []
    assert sorted(report.unchanged) == sorted(["kit index", *(f"kit {s['key']}" for s in KITS)])
    assert (
        MediaKitPage.objects.count(),
        Media.objects.count(),
        get_image_model().objects.count(),
        sum(kit.revisions.count() for kit in MediaKitPage.objects.all()),
    ) == counts
    assert sorted(default_storage.listdir("media_kits/captions")[1]) == files


@pytest.mark.django_db
def test_a_changed_caption_is_published_again(demo):
    spec = KITS[0]
    changed = {**spec, "en": {**spec["en"], "captions": [*spec["en"]["captions"][:-1], "Fine."]}}

    report = DemoReport()
    media_kits_demo_load(report, kits=[changed, *KITS[1:]])

    assert report.updated == [f"kit {spec['key']}"]
    kit = _kits()[spec["key"]]
    with kit.captions.get(language="en").file.open("rb") as stored:
        assert stored.read().decode().rstrip().endswith("Fine.")
    assert kit.transcript_en.endswith("Fine.")
