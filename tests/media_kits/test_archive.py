"""The "download the kit" ZIP: the language's files (Italian where it has none, said so in
its README), built once per content, never served once the kit has changed."""

import io
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext

from media_kits import archive as kit_archive
from media_kits.leaflet import leaflet_available
from media_kits.models import ArchiveState, KitArchive
from portal.celery import app as celery_app
from tests import factories
from tests.factories import url_in
from tests.media_kits.kit_world import media_kit
from tests.services import require_weasyprint

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, monkeypatch):
    """Files in a folder of each test's own; every request reaches the view; tasks queued
    on commit run here when the test runs the commit callbacks (as a worker would)."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.MEDIA_KITS_PREBUILD = False
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


@pytest.fixture
def weasyprint():
    require_weasyprint()


def zip_url(kit, language: str) -> str:
    return url_in(kit, language) + "?format=zip"


def status_url(kit, language: str) -> str:
    return url_in(kit, language) + "?format=zip-status"


def download(client, kit, language: str, capture) -> tuple[bytes, object]:
    """Ask for the ZIP, let the queued build run, ask again: the archive's bytes."""
    with capture(execute=True):
        first = client.get(zip_url(kit, language))
    if first.status_code == 200:
        return b"".join(first.streaming_content), first
    assert first.status_code == 202, first.status_code
    response = client.get(zip_url(kit, language))
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content), response


def builds(callbacks: list) -> list:
    """The archive builds among the callbacks a commit would run (publishing queues others)."""
    return [callback for callback in callbacks if "build_kit_archive" in repr(callback)]


def names_in(content: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.namelist()


def readme_of(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        [name] = [name for name in archive.namelist() if name.endswith("/README.txt")]
        return archive.read(name).decode()


def stored_archives() -> list[str]:
    root = Path(default_storage.path(kit_archive.CACHE_ROOT))
    return sorted(str(path.relative_to(root)) for path in root.rglob("*.zip"))


def test_the_arabic_zip_holds_exactly_the_arabic_files(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit(infographics=2)

    content, response = download(client, kit, "ar", django_capture_on_commit_callbacks)

    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{kit.slug_it}-ar.zip"'
    assert "no-store" in response["Cache-Control"]
    folder = f"{kit.slug_it}-ar"
    assert names_in(content) == [
        f"{folder}/README.txt",
        f"{folder}/video.webm",
        f"{folder}/captions-ar.vtt",
        f"{folder}/audio-ar.ogg",
        f"{folder}/leaflet-ar.pdf",
        f"{folder}/transcript-ar.txt",
        f"{folder}/infographics/01-dove-andare-1-it.png",
        f"{folder}/infographics/02-dove-andare-2-it.png",
    ]
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert (
            archive.read(f"{folder}/captions-ar.vtt") == kit.captions.get(language="ar").file.read()
        )
        assert archive.read(f"{folder}/leaflet-ar.pdf").startswith(b"%PDF-")
        assert archive.read(f"{folder}/transcript-ar.txt").decode() == (
            "للحصول على البطاقة الصحية اذهب إلى المكتب.\r\n"
        )
    readme = readme_of(content)
    assert readme.splitlines()[0] == kit.title_ar
    assert "\r\n" in readme
    with translation.override("ar"):
        arabic = gettext("Arabic")
        assert gettext("What is in this folder") in readme
        # The pictures have no Arabic variant: the Italian ones, and the README says so.
        pictures = gettext(
            "Some pictures are in Italian: they are not yet available in %(language)s."
        )
        assert pictures % {"language": arabic} in readme
        captions = gettext(
            "The captions are in Italian: they are not yet available in %(language)s."
        )
        assert captions % {"language": arabic} not in readme
    assert url_in(kit, "ar").split("/", 3)[-1] in readme


def test_a_language_without_its_own_media_gets_the_italian_ones_and_the_readme_says_so(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit(captions=("it", "ar"), audio=("it",))

    content, _response = download(client, kit, "fr", django_capture_on_commit_callbacks)

    folder = f"{kit.slug_it}-fr"
    assert names_in(content) == [
        f"{folder}/README.txt",
        f"{folder}/video.webm",
        f"{folder}/captions-it.vtt",
        f"{folder}/audio-it.ogg",
        f"{folder}/leaflet-fr.pdf",
        f"{folder}/transcript-it.txt",
        f"{folder}/infographics/01-dove-andare-1-it.png",
    ]
    readme = readme_of(content)
    with translation.override("fr"):
        french = gettext("French")
        for message in (
            "The captions are in Italian: they are not yet available in %(language)s.",
            "The audio is in Italian: it is not yet available in %(language)s.",
            "The transcript is in Italian: it is not yet available in %(language)s.",
        ):
            assert gettext(message) % {"language": french} in readme


def test_a_kit_without_video_or_audio_has_only_what_it_has(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit(video=False, captions=(), audio=(), infographics=0, transcript_it="")

    content, _response = download(client, kit, "it", django_capture_on_commit_callbacks)

    folder = f"{kit.slug_it}-it"
    assert names_in(content) == [f"{folder}/README.txt", f"{folder}/leaflet-it.pdf"]


def test_the_same_content_gives_the_same_bytes(weasyprint):
    kit = media_kit()
    built = kit_archive.kit_archive_build(kit_id=kit.pk, language="it")
    first = built.file.read()
    built.file.close()
    KitArchive.objects.all().delete()

    again = kit_archive.kit_archive_build(kit_id=kit.pk, language="it")

    assert again.content_hash == built.content_hash
    assert again.file.read() == first


def test_publishing_a_change_makes_a_new_archive_and_the_old_one_is_never_served(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    old_content, old_response = download(client, kit, "ar", django_capture_on_commit_callbacks)
    [old_file] = stored_archives()
    old_hash = KitArchive.objects.get().content_hash

    kit.title_ar = "البطاقة الصحية: دليل جديد"
    with django_capture_on_commit_callbacks(execute=False) as queued:
        factories.publish(kit)
        waiting = client.get(zip_url(kit, "ar"))

    # The old archive is still stored, but no longer the kit's content: a wait, not a file.
    assert waiting.status_code == 202
    assert waiting["Content-Type"].startswith("text/html")
    assert stored_archives() == [old_file]
    rows = KitArchive.objects.order_by("created_at")
    assert [(row.content_hash == old_hash, row.state) for row in rows] == [
        (True, ArchiveState.READY),
        (False, ArchiveState.BUILDING),
    ]
    assert len(builds(queued)) == 1

    with django_capture_on_commit_callbacks(execute=True):
        for callback in queued:
            callback()
    content = b"".join(client.get(zip_url(kit, "ar")).streaming_content)

    assert readme_of(content).splitlines()[0] == "البطاقة الصحية: دليل جديد"
    assert readme_of(old_content).splitlines()[0] != readme_of(content).splitlines()[0]
    [row] = KitArchive.objects.all()
    assert row.content_hash != old_hash and row.state == ArchiveState.READY
    assert old_file not in stored_archives() and len(stored_archives()) == 1
    assert old_response["ETag"] != f'"{row.content_hash}"'


def test_publishing_with_prebuilding_builds_every_language_ahead(
    settings, weasyprint, django_capture_on_commit_callbacks
):
    settings.MEDIA_KITS_PREBUILD = True
    kit = media_kit()

    kit.intro_it = "Nuovo riassunto."
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(kit)

    rows = KitArchive.objects.filter(kit=kit)
    assert sorted(rows.values_list("language", flat=True)) == sorted(
        ["it", "en", "fr", "ar", "sq", "uk", "zh-hans", "ur", "ro"]
    )
    assert set(rows.values_list("state", flat=True)) == {ArchiveState.READY}


def test_two_readers_asking_at_once_queue_one_build(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()

    with django_capture_on_commit_callbacks(execute=False) as first:
        one = client.get(zip_url(kit, "it"))
    with django_capture_on_commit_callbacks(execute=False) as second:
        two = client.get(zip_url(kit, "it"))
        status = client.get(status_url(kit, "it"))

    assert (one.status_code, two.status_code) == (202, 202)
    assert len(builds(first)) == 1
    assert builds(second) == []
    assert status.json() == {"state": "building", "progress": None, "download_url": ""}
    assert KitArchive.objects.count() == 1


def test_the_preparing_page_follows_the_build_with_a_script_file_and_a_link_without_it(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()

    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.get(zip_url(kit, "ar"))

    assert response.status_code == 202
    assert "no-store" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["dir"] == "rtl"
    status = page.select_one("[data-kit-archive-status]")
    assert status["data-kit-archive-status"].endswith("?format=zip-status")
    assert status.select_one("[role=status]") is not None
    assert page.select_one("progress")["max"] == "100"
    # No inline code (the CSP forbids it): every script that runs is a file.
    scripts = [
        script for script in page.find_all("script") if script.get("type") != "application/ld+json"
    ]
    assert scripts and all(script.get("src") and not script.string for script in scripts)
    assert any(script["src"].endswith("dist/js/media-kits.js") for script in scripts)
    # Without the script, a link asks again (no timed refresh: the reader stays in control).
    assert page.find("meta", attrs={"http-equiv": "refresh"}) is None
    with translation.override("ar"):
        check_again = gettext("Check again")
    again = page.find("a", string=check_again)
    assert again["href"] == zip_url(kit, "ar")

    for callback in queued:
        callback()
    status = client.get(status_url(kit, "ar")).json()

    assert status == {"state": "ready", "progress": 100, "download_url": zip_url(kit, "ar")}


def test_a_missing_file_fails_with_a_clear_page_and_builds_nothing(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    default_storage.delete(kit.video.file.name)

    with django_capture_on_commit_callbacks(execute=True) as queued:
        response = client.get(zip_url(kit, "it"))

    assert response.status_code == 503
    with translation.override("it"):
        message = gettext("The kit could not be prepared just now. Please try again in a minute.")
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(attrs={"data-state": "failed"}).get_text(strip=True) == message
    assert not page.find(attrs={"data-state": "failed"}).has_attr("hidden")
    assert builds(queued) == []
    assert KitArchive.objects.count() == 0
    with pytest.raises(FileNotFoundError, match="missing from the storage"):
        kit_archive.kit_archive_plan(kit=kit, language="it")


def test_a_build_that_fails_is_recorded_with_its_reason(weasyprint):
    kit = media_kit()
    # The video's file turns into a folder after it was measured: reading it fails.
    video_path = Path(default_storage.path(kit.video.file.name))
    video_path.unlink()
    video_path.mkdir()

    built = kit_archive.kit_archive_build(kit_id=kit.pk, language="it")

    assert built.state == ArchiveState.FAILED
    assert "Is a directory" in built.error
    assert built.file.name in ("", None)
    assert stored_archives() == []


def test_a_failed_archive_is_reported_then_queued_again_by_a_later_reader(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    plan = kit_archive.kit_archive_plan(kit=kit, language="it")
    failed = KitArchive.objects.create(
        kit=kit,
        language="it",
        content_hash=plan.content_hash,
        state=ArchiveState.FAILED,
        error="disk full",
    )

    with django_capture_on_commit_callbacks(execute=False) as at_once:
        page = client.get(zip_url(kit, "it"))
        status = client.get(status_url(kit, "it")).json()
    KitArchive.objects.filter(pk=failed.pk).update(
        updated_at=failed.updated_at - kit_archive.datetime.timedelta(minutes=5)
    )
    with django_capture_on_commit_callbacks(execute=False) as later:
        again = client.get(zip_url(kit, "it"))

    assert page.status_code == 503
    assert status["state"] == "failed"
    assert builds(at_once) == []
    assert again.status_code == 202
    assert len(builds(later)) == 1
    failed.refresh_from_db()
    assert (failed.state, failed.error) == (ArchiveState.BUILDING, "")


def test_a_build_lost_with_its_worker_is_queued_again(
    client, settings, weasyprint, django_capture_on_commit_callbacks
):
    settings.MEDIA_KITS_ARCHIVE_STALE_MINUTES = 15
    kit = media_kit()
    with django_capture_on_commit_callbacks(execute=False) as first:
        client.get(zip_url(kit, "it"))
    row = KitArchive.objects.get()

    with django_capture_on_commit_callbacks(execute=False) as soon:
        client.get(zip_url(kit, "it"))
    KitArchive.objects.filter(pk=row.pk).update(
        updated_at=row.updated_at - kit_archive.datetime.timedelta(minutes=16)
    )
    with django_capture_on_commit_callbacks(execute=False) as later:
        client.get(zip_url(kit, "it"))

    assert [len(builds(calls)) for calls in (first, soon, later)] == [1, 0, 1]


def test_unpublishing_removes_the_archives_and_their_files(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    download(client, kit, "it", django_capture_on_commit_callbacks)
    download(client, kit, "ar", django_capture_on_commit_callbacks)
    assert len(stored_archives()) == 2

    with django_capture_on_commit_callbacks(execute=True):
        kit.unpublish()

    assert KitArchive.objects.count() == 0
    assert stored_archives() == []


def test_deleting_the_kit_removes_the_archives_and_their_files(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    download(client, kit, "it", django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        kit.delete()

    assert KitArchive.objects.count() == 0
    assert stored_archives() == []


def test_an_unknown_language_is_refused_and_nothing_is_written(weasyprint):
    kit = media_kit()

    with pytest.raises(ValueError, match="Unknown language 'xx'"):
        kit_archive.kit_archive_plan(kit=kit, language="xx")
    with pytest.raises(ValueError, match="Unknown language 'xx'"):
        kit_archive.kit_archive_build(kit_id=kit.pk, language="xx")
    assert KitArchive.objects.count() == 0


def test_the_page_offers_the_zip_with_its_size_and_the_leaflet_in_the_readers_language(
    client, weasyprint, django_capture_on_commit_callbacks
):
    kit = media_kit()
    before = BeautifulSoup(client.get(url_in(kit, "ar")).content, "html.parser")
    download(client, kit, "ar", django_capture_on_commit_callbacks)

    after = BeautifulSoup(client.get(url_in(kit, "ar")).content, "html.parser")

    box = before.select_one(".portal-kit-downloads")
    assert box["data-kit-id"] == str(kit.pk) and box["data-kit-language"] == "ar"
    assert box.select_one("a.portal-kit-download")["href"] == zip_url(kit, "ar")
    with translation.override("ar"):
        assert box.select_one("a.portal-kit-download").get_text(strip=True) == gettext(
            "Download the kit (ZIP)"
        )
    if leaflet_available():
        assert box.select_one("a.portal-kit-leaflet")["href"].endswith("?format=leaflet")
    size = KitArchive.objects.get(language="ar").file.size
    with translation.override("ar"):
        expected = gettext("Download the kit (ZIP, %(size)s)") % {"size": filesizeformat(size)}
    assert after.select_one("a.portal-kit-download").get_text(strip=True) == expected


def test_a_restricted_kit_archive_needs_the_group(client, django_user_model):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    kit = media_kit()
    operators = Group.objects.create(name="Operatori della rete")
    restriction = PageViewRestriction.objects.create(
        page=kit, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(operators)

    for fmt in ("zip", "zip-status", "leaflet"):
        response = client.get(url_in(kit, "it") + f"?format={fmt}")
        assert response.status_code == 302, fmt
        assert "login" in response["Location"]
    assert KitArchive.objects.count() == 0
