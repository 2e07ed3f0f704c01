"""A reader downloads a demo kit as a ZIP: the page waits for the build, then the file comes.

With Redis the served portal queues the build for a real Celery worker (started here,
on a broker database of this module's own, against the served portal's database) and
the reader sees the "preparing your download" page follow the build until the download
starts by itself. Without Redis (the embedded default) the build runs in the request and
the file comes at once.
"""

import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

from portal.settings.base import redis_database
from tests.e2e.conftest import run_in_portal
from tests.live_server import ROOT, gunicorn

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
#: The broker of this pytest-xdist worker's own served portal: browser tests may run on
#: two workers at once, and each worker's Celery must take only its own portal's tasks.
#: Counted down from Redis's last database (the test caches count up from 2).
BROKER_DATABASE = 15 - int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:] or 0)
DOWNLOAD_SECONDS = 120

#: The first demo kit's Italian address and what its Italian archive must hold.
KIT_SETUP = """
import json
from media_kits.models import MediaKitPage
from tests.factories import url_in

kit = MediaKitPage.objects.live().public().order_by("path").first()
pictures = [row.title_it for row in kit.infographics.all()]
print(json.dumps({
    "it": url_in(kit, "it"), "ar": url_in(kit, "ar"), "slug": kit.slug_it,
    "video": kit.video.file.name.rsplit(".", 1)[-1] if kit.video_id else "",
    "audio_it": kit.audio_tracks.filter(language="it").exists(),
    "captions_it": kit.captions.filter(language="it").exists(),
    "transcript_it": bool(kit.transcript_it.strip()),
    "pictures": pictures,
}))
"""


@dataclass(frozen=True)
class KitPortal:
    url: str
    #: True when a Celery worker builds the archives (else they are built in the request).
    worker: bool


@pytest.fixture(scope="module")
def kit_portal(portal, tmp_path_factory):
    """The demo portal served again with a worker of its own (or eagerly without Redis)."""
    env = {**portal.env, "MEDIA_KITS_PREBUILD": "false"}
    redis_url = env.get("REDIS_URL", "")
    if not redis_url:
        with gunicorn(
            env, log_file=ROOT / "test-artifacts" / "gunicorn-kit-download.log"
        ) as server:
            yield KitPortal(url=server.url, worker=False)
        return
    import redis

    broker = redis_database(redis_url, BROKER_DATABASE)
    redis.Redis.from_url(broker).flushdb()
    env = {**env, "CELERY_BROKER_URL": broker, "DATABASE_CONN_MAX_AGE": "0"}
    log = tmp_path_factory.mktemp("kit-worker") / "worker.log"
    with log.open("wb") as output:
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            log_file = ROOT / "test-artifacts" / "gunicorn-kit-download.log"
            with gunicorn(env, log_file=log_file) as server:
                yield KitPortal(url=server.url, worker=True)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait(timeout=10)
            redis.Redis.from_url(broker).flushdb()


@pytest.fixture(scope="module")
def kit(portal) -> dict:
    return json.loads(run_in_portal(portal, KIT_SETUP).splitlines()[-1])


def expected_names(kit: dict) -> list[str]:
    folder = f"{kit['slug']}-it"
    names = [f"{folder}/README.txt"]
    if kit["video"]:
        names.append(f"{folder}/video.{kit['video']}")
        if kit["captions_it"]:
            names.append(f"{folder}/captions-it.vtt")
    if kit["audio_it"]:
        names.append(f"{folder}/audio-it.ogg")
    names.append(f"{folder}/leaflet-it.pdf")
    if kit["transcript_it"]:
        names.append(f"{folder}/transcript-it.txt")
    return names


def test_a_reader_downloads_the_kit_and_gets_a_zip_of_the_italian_files(
    page: Page, kit_portal, kit, tmp_path, screenshot_dir
):
    page.set_viewport_size(PHONE)
    page.goto(f"{kit_portal.url}{kit['it']}")
    link = page.locator("a.portal-kit-download")
    expect(link).to_be_visible()

    with page.expect_download(timeout=DOWNLOAD_SECONDS * 1000) as started:
        link.click()
    download = started.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)

    assert download.suggested_filename.endswith("-it.zip")
    with zipfile.ZipFile(saved) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        readme = archive.read(f"{kit['slug']}-it/README.txt").decode()
    pictures = [name for name in names if "/infographics/" in name]
    assert [name for name in names if "/infographics/" not in name] == expected_names(kit)
    assert len(pictures) == len(kit["pictures"])
    assert all(name.endswith("-it.png") for name in pictures)
    assert kit["it"] in readme
    if kit_portal.worker:
        # With a worker the reader waited on the "preparing" page, which followed the build.
        assert page.url.endswith(f"{kit['it']}?format=zip")
        status = page.locator("[data-kit-archive-status]")
        expect(status).to_have_attribute("data-current-state", "ready")
        expect(page.locator("[data-state=ready]")).to_be_visible()
        page.screenshot(path=screenshot_dir / "kit-download-ready-it-360.png", full_page=True)


def test_the_downloads_box_in_arabic_offers_the_zip_with_its_size_and_the_leaflet(
    page: Page, kit_portal, kit, screenshot_dir
):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{kit_portal.url}{kit['ar']}")

    box = page.locator(".portal-kit-downloads")
    expect(box).to_be_visible()
    expect(box.locator("a.portal-kit-download")).to_have_attribute(
        "href", f"{kit['ar']}?format=zip"
    )
    expect(box.locator("a.portal-kit-leaflet")).to_have_attribute(
        "href", f"{kit['ar']}?format=leaflet"
    )
    response = page.request.get(f"{kit_portal.url}{kit['ar']}?format=leaflet")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    box.screenshot(path=screenshot_dir / "kit-downloads-ar-1280.png")


def test_playing_the_video_sends_one_anonymous_beacon_and_no_cookie_is_set(
    page: Page, kit_portal, kit
):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{kit_portal.url}{kit['ar']}")
    sent: list[str] = []
    page.on(
        "request",
        lambda request: sent.append(request.url) if "/media-kits/plays" in request.url else None,
    )

    with page.expect_response(lambda answer: answer.url.endswith("/media-kits/plays")) as beacon:
        page.evaluate(
            "() => { const video = document.querySelector('video');"
            " video.muted = true; return video.play(); }"
        )
    answer = beacon.value
    page.evaluate(
        "async () => { const video = document.querySelector('video'); video.pause();"
        " await video.play(); video.pause(); }"
    )
    page.wait_for_timeout(500)

    assert answer.status == 204
    assert "set-cookie" not in answer.headers
    fields = dict(pair.split("=", 1) for pair in answer.request.post_data.split("&"))
    assert fields["language"] == "ar" and fields["kind"] == "play" and fields["kit"].isdigit()
    assert len(sent) == 1, "a second play of the same video is not counted again"
    assert page.context.cookies() == []
