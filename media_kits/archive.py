"""The "download the kit" ZIP: one per kit and language, built by a worker, kept by content.

What goes in is planned by ``media_kits.archive_plan``, whose content hash names the
``KitArchive`` row and the file. A reader is served an archive only when its hash is the
current one, so an archive of an older content is never served; otherwise a build is
queued, once (the row is created under a lock, and only the request that created it
queues the task), and the reader waits on a page that shows the progress. When a new
archive is ready the older ones of that kit and language are deleted, rows and files.
"""

import datetime
import logging
import posixpath
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone, translation

from media_kits.archive_plan import ArchivePlan, kit_archive_plan
from media_kits.leaflet import kit_leaflet_get, leaflet_available
from media_kits.models import ArchiveState, KitArchive, MediaKitPage
from portal.languages import SOURCE_LANGUAGE, language_codes

__all__ = [
    "ArchivePlan",
    "KitDownloads",
    "kit_archive_build",
    "kit_archive_plan",
    "kit_archive_progress",
    "kit_archive_request",
    "kit_archives_remove",
    "kit_download_links",
]

logger = logging.getLogger(__name__)

#: Folder of the archives in the default storage; one sub-folder per kit.
CACHE_ROOT = "media_kits/archives"
#: Members compressed with deflate; media and pictures are compressed already.
DEFLATED_SUFFIXES = (".txt", ".vtt", ".pdf")
#: Seconds a build's progress stays readable by the "preparing" page.
PROGRESS_SECONDS = 3600


# --- Writing the ZIP -----------------------------------------------------------------------


def _progress_key(kit_id: int, language: str, content_hash: str) -> str:
    return f"media_kits:archive-progress:{kit_id}:{language}:{content_hash}"


def kit_archive_progress(*, kit_id: int, language: str, content_hash: str) -> int | None:
    """How far the build of that archive is, in percent (``None`` before it starts)."""
    return cache.get(_progress_key(kit_id, language, content_hash))


def _zip_time(kit: MediaKitPage) -> tuple[int, int, int, int, int, int]:
    """Every member is dated from the kit's publication: the same content, the same bytes."""
    when = kit.last_published_at or datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    local = timezone.localtime(when)
    return (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)


def _write_zip(
    kit: MediaKitPage, plan: ArchivePlan, output: IO[bytes], report: Callable[[int], None]
) -> None:
    leaflet = b""
    if any(member.leaflet for member in plan.members):
        leaflet, _hash = kit_leaflet_get(kit=kit, language=plan.language)
    total = sum(member.size for member in plan.members) + len(leaflet) or 1
    done = 0
    date_time = _zip_time(kit)
    with zipfile.ZipFile(output, "w") as archive:
        for member in plan.members:
            info = zipfile.ZipInfo(member.name, date_time=date_time)
            info.external_attr = 0o644 << 16
            deflate = member.name.endswith(DEFLATED_SUFFIXES)
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            if member.storage_name:
                with (
                    default_storage.open(member.storage_name) as source,
                    archive.open(info, "w") as target,
                ):
                    shutil.copyfileobj(source, target, 1024 * 1024)
                done += member.size
            elif member.leaflet:
                archive.writestr(info, leaflet)
                done += len(leaflet)
            else:
                archive.writestr(info, member.text.encode())
            report(min(99, done * 100 // total))


def _archive_path(kit_id: int, language: str, content_hash: str) -> str:
    return f"{CACHE_ROOT}/{int(kit_id)}/{language}-{content_hash}.zip"


def _delete_files_on_commit(names: list[str]) -> None:
    def delete() -> None:
        for name in names:
            default_storage.delete(name)

    if names:
        transaction.on_commit(delete)


def _is_stored(archive: KitArchive) -> bool:
    return bool(archive.file) and default_storage.exists(archive.file.name)


def kit_archive_build(*, kit_id: int, language: str) -> KitArchive | None:
    """Build the archive of the live kit's current content in ``language`` (if not built yet).

    Returns its row (ready, or failed with the reason in ``error``), or ``None`` when the
    kit is not live any more. A failure is recorded rather than raised: the reader's page
    says so and offers to try again.
    """
    kit = MediaKitPage.objects.live().filter(pk=kit_id).first()
    if kit is None:
        return None
    plan = kit_archive_plan(kit=kit, language=language)
    archive, _created = KitArchive.objects.get_or_create(
        kit=kit, language=plan.language, content_hash=plan.content_hash
    )
    if archive.state == ArchiveState.READY and _is_stored(archive):
        return archive
    key = _progress_key(kit.pk, plan.language, plan.content_hash)
    cache.set(key, 0, PROGRESS_SECONDS)
    path = _archive_path(kit.pk, plan.language, plan.content_hash)
    try:
        with tempfile.TemporaryFile() as output:
            _write_zip(kit, plan, output, lambda percent: cache.set(key, percent, PROGRESS_SECONDS))
            output.seek(0)
            if default_storage.exists(path):
                default_storage.delete(path)  # a half-written file of a lost build
            saved = default_storage.save(path, File(output, name=posixpath.basename(path)))
    except Exception as error:
        logger.exception("The archive of kit %s in %s could not be built", kit.pk, language)
        KitArchive.objects.filter(pk=archive.pk).update(
            state=ArchiveState.FAILED, error=str(error)[:2000], updated_at=timezone.now()
        )
        archive.refresh_from_db()
        return archive
    return _mark_ready(archive, saved, plan)


def _is_current(plan: ArchivePlan) -> bool:
    """Whether the live kit's content is still what ``plan`` was made from."""
    kit = MediaKitPage.objects.live().filter(pk=plan.kit_id).first()
    if kit is None:
        return False
    try:
        return kit_archive_plan(kit=kit, language=plan.language).content_hash == plan.content_hash
    except FileNotFoundError:
        return False  # a file went missing meanwhile: the next request will say so


def _mark_ready(archive: KitArchive, saved: str, plan: ArchivePlan) -> KitArchive:
    """Record the new file; when it is the kit's current content, drop the older archives."""
    with transaction.atomic():
        archive = KitArchive.objects.select_for_update().get(pk=archive.pk)
        replaced = [archive.file.name] if archive.file and archive.file.name != saved else []
        archive.file.name = saved
        archive.size = default_storage.size(saved)
        archive.state = ArchiveState.READY
        archive.built_at = timezone.now()
        archive.error = ""
        archive.save()
        current = _is_current(plan)
        if current:
            # An older build still running for an older content keeps its row only until
            # here: it is never served (its hash is not the current one).
            # Their files are deleted with them (``media_kits.signals``).
            KitArchive.objects.filter(kit_id=plan.kit_id, language=plan.language).exclude(
                pk=archive.pk
            ).delete()
        _delete_files_on_commit(replaced)
    cache.set(_progress_key(plan.kit_id, plan.language, plan.content_hash), 100, PROGRESS_SECONDS)
    return archive


# --- Asking for it -------------------------------------------------------------------------


def _stale(archive: KitArchive) -> bool:
    """A build that will not finish by itself: failed a while ago, or lost with its worker."""
    now = timezone.now()
    if archive.state == ArchiveState.FAILED:
        return archive.updated_at < now - datetime.timedelta(seconds=30)
    if archive.state == ArchiveState.BUILDING:
        minutes = settings.MEDIA_KITS_ARCHIVE_STALE_MINUTES
        return archive.updated_at < now - datetime.timedelta(minutes=minutes)
    return not _is_stored(archive)  # ready, but its file was removed by hand


def kit_archive_request(*, kit: MediaKitPage, language: str) -> tuple[KitArchive, ArchivePlan]:
    """The row of the archive of the kit's current content, its build queued if needed.

    Only the request that creates the row (under the unique constraint, the row locked by
    ``select_for_update``) queues the build, on commit; others find it "building". A
    failed or lost build is queued again by the next reader who asks.
    """
    from media_kits.tasks import build_kit_archive

    plan = kit_archive_plan(kit=kit, language=language)
    with transaction.atomic():
        archive, created = KitArchive.objects.select_for_update().get_or_create(
            kit=kit, language=plan.language, content_hash=plan.content_hash
        )
        queue = created or _stale(archive)
        if queue and not created:
            archive.state = ArchiveState.BUILDING
            archive.error = ""
            archive.save(update_fields=["state", "error", "updated_at"])
        if queue:
            build_kit_archive.delay_on_commit(kit.pk, plan.language)
    if queue:
        # Without a worker (the embedded default) the build has just run, on commit.
        archive.refresh_from_db()
    return archive, plan


def kit_archives_remove(*, kit_id: int) -> int:
    """Delete every archive of a kit, rows and files (``media_kits.signals``); how many."""
    count, _by_model = KitArchive.objects.filter(kit_id=kit_id).delete()
    return count


@dataclass(frozen=True)
class KitDownloads:
    """The links of a kit page's "downloads" box, in the reader's language."""

    kit_id: int
    language: str
    archive_url: str
    #: Bytes of the latest archive built in this language (``None`` before the first).
    archive_size: int | None
    #: Empty where WeasyPrint cannot run.
    leaflet_url: str
    beacon_url: str


def kit_download_links(*, kit: MediaKitPage, request: HttpRequest | None = None) -> KitDownloads:
    """What ``templates/media_kits/includes/downloads.html`` shows (one query)."""
    from django.urls import reverse

    language = translation.get_language() or SOURCE_LANGUAGE
    if language not in language_codes():
        language = SOURCE_LANGUAGE
    url = kit.get_url(request=request) or ""
    size = (
        KitArchive.objects.filter(kit=kit, language=language, state=ArchiveState.READY)
        .order_by("-built_at")
        .values_list("size", flat=True)
        .first()
    )
    return KitDownloads(
        kit_id=kit.pk,
        language=language,
        archive_url=f"{url}?format=zip" if url else "",
        archive_size=size,
        leaflet_url=f"{url}?format=leaflet" if url and leaflet_available() else "",
        beacon_url=reverse("media_kits:play_beacon"),
    )
