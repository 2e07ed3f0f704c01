"""Signal receivers of the media kits' downloads (connected in ``MediaKitsConfig.ready``)."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from media_kits.models import KitArchive, MediaKitPage


def _remove_downloads(kit_id: int) -> None:
    from media_kits.archive import kit_archives_remove
    from media_kits.leaflet import kit_leaflets_remove

    kit_leaflets_remove(kit_id=kit_id)
    kit_archives_remove(kit_id=kit_id)


@receiver(page_published, sender=MediaKitPage)
def refresh_downloads_on_publish(sender, instance: MediaKitPage, **kwargs) -> None:
    """A new version: build its leaflets and archives in the background, every language.

    Without a worker (``MEDIA_KITS_PREBUILD`` off, the embedded default) nothing is built
    inside the editor's publish request: the first reader who asks builds what they ask
    for. The old files are never served either way (their content hash is not current),
    and each build deletes the archives it replaces.
    """
    if settings.MEDIA_KITS_PREBUILD:
        from media_kits.tasks import refresh_kit_downloads

        refresh_kit_downloads.delay_on_commit(instance.pk)


@receiver(page_unpublished, sender=MediaKitPage)
def remove_downloads_on_unpublish(sender, instance: MediaKitPage, **kwargs) -> None:
    """An unpublished kit leaves no leaflet nor archive behind (a restricted one least of all)."""
    kit_id = instance.pk
    transaction.on_commit(lambda: _remove_downloads(kit_id))


@receiver(post_delete, sender=MediaKitPage)
def remove_leaflets_on_delete(sender, instance: MediaKitPage, **kwargs) -> None:
    """A deleted kit's leaflets go too (its archives go by cascade, see below)."""
    from media_kits.leaflet import kit_leaflets_remove

    kit_id = instance.pk
    transaction.on_commit(lambda: kit_leaflets_remove(kit_id=kit_id))


@receiver(post_delete, sender=KitArchive)
def delete_archive_file(sender, instance: KitArchive, **kwargs) -> None:
    """An archive's row and its file go together, once the deletion is committed.

    Rows are deleted when a newer archive replaces them, when the kit is unpublished, and
    by cascade when the kit is deleted: one receiver covers the three.
    """
    name = instance.file.name if instance.file else ""
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))
