"""Plays and downloads counted per kit, language and day: no cookie, no session, no address."""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from media_kits import counts
from media_kits.models import CountKind, KitDailyCount
from portal.celery import app as celery_app
from tests.factories import url_in
from tests.media_kits.kit_world import media_kit
from tests.services import require_postgres, require_weasyprint

pytestmark = pytest.mark.django_db

BEACON = "/media-kits/plays"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.MEDIA_KITS_PREBUILD = False
    settings.MEDIA_KITS_BEACON_RATE = "100/m"
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


def tally(kit, kind: str, language: str) -> int:
    row = KitDailyCount.objects.filter(
        kit=kit, kind=kind, language=language, day=timezone.localdate()
    ).first()
    return row.count if row else 0


def test_the_beacon_address_is_the_named_route():
    assert reverse("media_kits:play_beacon") == BEACON


def test_a_play_is_counted_without_a_cookie_or_the_session(client):
    kit = media_kit()

    first = client.post(BEACON, {"kit": kit.pk, "language": "ar", "kind": "play"})
    second = client.post(BEACON, {"kit": kit.pk, "language": "ar", "kind": "play"})

    assert (first.status_code, second.status_code) == (204, 204)
    assert tally(kit, "play", "ar") == 2
    for response in (first, second):
        assert "Set-Cookie" not in response.headers
        assert not response.cookies
        assert response.wsgi_request.session.accessed is False
        assert response.wsgi_request.session.modified is False
    assert list(KitDailyCount.objects.values("language", "kind", "count")) == [
        {"language": "ar", "kind": "play", "count": 2}
    ]


def test_the_beacon_needs_no_csrf_token_but_only_accepts_post():
    kit = media_kit()
    strict = Client(enforce_csrf_checks=True)

    posted = strict.post(BEACON, {"kit": kit.pk, "language": "it", "kind": "play"})
    fetched = strict.get(BEACON, {"kit": kit.pk, "language": "it", "kind": "play"})

    assert posted.status_code == 204
    assert fetched.status_code == 405
    assert tally(kit, "play", "it") == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"kit": None, "language": "it", "kind": "play"}, "The kit must be a page id."),
        ({"kit": "abc", "language": "it", "kind": "play"}, "The kit must be a page id."),
        ({"kit": 999999, "language": "it", "kind": "play"}, "No published media kit has the id"),
        ({"language": "xx", "kind": "play"}, "Unknown language 'xx'"),
        ({"language": "it", "kind": "download"}, "Unknown kind 'download'"),
        ({"language": "it", "kind": "like"}, "Unknown kind 'like'"),
    ],
)
def test_a_beacon_for_an_unknown_kit_language_or_kind_is_refused_and_counts_nothing(
    client, data, reason
):
    kit = media_kit()
    data = {"kit": kit.pk, **data}
    if data["kit"] is None:
        del data["kit"]

    response = client.post(BEACON, data)

    assert response.status_code == 400
    assert reason in response.content.decode()
    assert "Set-Cookie" not in response.headers
    assert KitDailyCount.objects.count() == 0


def test_an_unpublished_kit_is_not_counted(client):
    kit = media_kit()
    kit.unpublish()

    response = client.post(BEACON, {"kit": kit.pk, "language": "it", "kind": "play"})

    assert response.status_code == 400
    assert KitDailyCount.objects.count() == 0


def test_past_the_rate_limit_plays_are_refused_and_not_counted(client, settings):
    settings.MEDIA_KITS_BEACON_RATE = "3/m"
    kit = media_kit()

    answers = [
        client.post(BEACON, {"kit": kit.pk, "language": "it", "kind": "play"}).status_code
        for _ in range(5)
    ]

    assert answers == [204, 204, 204, 429, 429]
    assert tally(kit, "play", "it") == 3


def test_downloads_of_the_zip_and_the_leaflet_are_counted_by_the_server(
    client, django_capture_on_commit_callbacks
):
    require_weasyprint()
    kit = media_kit()
    zip_url = url_in(kit, "ar") + "?format=zip"
    leaflet_url = url_in(kit, "ar") + "?format=leaflet"

    with django_capture_on_commit_callbacks(execute=True):
        waiting = client.get(zip_url)
    served = client.get(zip_url)
    b"".join(served.streaming_content)
    leaflet = client.get(leaflet_url)
    unchanged = client.get(leaflet_url, headers={"if-none-match": leaflet["ETag"]})

    assert (waiting.status_code, served.status_code) == (202, 200)
    assert (leaflet.status_code, unchanged.status_code) == (200, 304)
    # The wait is not a download; a conditional request that sends nothing is not either.
    assert tally(kit, CountKind.DOWNLOAD, "ar") == 1
    assert tally(kit, CountKind.LEAFLET, "ar") == 1
    for response in (waiting, served, leaflet):
        assert "Set-Cookie" not in response.headers


def test_increments_of_the_same_day_add_up_and_days_are_apart():
    kit = media_kit()
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)

    for _ in range(3):
        counts.kit_count_increment(kit_id=kit.pk, language="it", kind="play")
    counts.kit_count_increment(kit_id=kit.pk, language="it", kind="play", day=yesterday)
    counts.kit_count_increment(kit_id=kit.pk, language="ur", kind="download")

    rows = KitDailyCount.objects.order_by("day", "language").values_list(
        "day", "language", "kind", "count"
    )
    assert list(rows) == [
        (yesterday, "it", "play", 1),
        (today, "it", "play", 3),
        (today, "ur", "download", 1),
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_increments_lose_no_count():
    """Twenty requests at once on the first use of the day: one row, twenty counted."""
    require_postgres()
    kit = media_kit()
    barrier = threading.Barrier(10)
    errors: list[BaseException] = []

    def report() -> None:
        try:
            barrier.wait()
            for _ in range(2):
                counts.kit_count_increment(kit_id=kit.pk, language="fr", kind="play")
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=report) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert list(KitDailyCount.objects.values_list("language", "count")) == [("fr", 20)]


def test_the_report_sums_each_kit_language_and_kind_over_the_period():
    first = media_kit(title_it="Carta d'identità elettronica")
    second = media_kit(title_it="Anagrafe")
    day = datetime.date(2026, 3, 10)
    for offset, kit, language, kind in [
        (0, first, "it", "play"),
        (1, first, "it", "play"),
        (1, first, "ar", "download"),
        (2, second, "it", "leaflet"),
        (9, first, "it", "play"),  # after the period
        (-1, second, "it", "leaflet"),  # before it
    ]:
        counts.kit_count_increment(
            kit_id=kit.pk, language=language, kind=kind, day=day + datetime.timedelta(offset)
        )

    report = counts.media_kit_counts(start=day, end=day + datetime.timedelta(days=2))

    assert [(row.kit_title, row.language, row.kind, row.count) for row in report] == [
        ("Anagrafe", "it", "leaflet", 1),
        ("Carta d'identità elettronica", "it", "play", 2),
        ("Carta d'identità elettronica", "ar", "download", 1),
    ]


def test_a_report_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError, match=r"starts \(2026-03-10\) after it ends \(2026-03-01\)"):
        counts.media_kit_counts(start=datetime.date(2026, 3, 10), end=datetime.date(2026, 3, 1))


def test_an_increment_for_an_unknown_kind_writes_nothing():
    kit = media_kit()

    with pytest.raises(counts.CountRefusedError, match="Unknown kind 'share'"):
        counts.kit_count_increment(kit_id=kit.pk, language="it", kind="share")
    assert KitDailyCount.objects.count() == 0
