"""Signal receivers of the HUBs app (connected in ``HubsConfig.ready``)."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from hubs.models import GuidePage


def _remove_pdfs_on_commit(page_id: int) -> None:
    from hubs.pdf import guide_pdfs_remove

    transaction.on_commit(lambda: guide_pdfs_remove(page_id=page_id))


@receiver(page_published, sender=GuidePage)
def refresh_guide_pdfs_on_publish(sender, instance: GuidePage, **kwargs) -> None:
    """A new version: build its PDFs in the background, or just drop the old ones.

    Without a worker (``PORTAL_PDF_PREBUILD`` off) the build would run inside the
    editor's publish request, once per language: the first reader builds it instead.
    """
    if settings.PORTAL_PDF_PREBUILD:
        from hubs.tasks import refresh_guide_pdfs

        refresh_guide_pdfs.delay_on_commit(instance.pk)
    else:
        _remove_pdfs_on_commit(instance.pk)


@receiver(page_unpublished, sender=GuidePage)
@receiver(post_delete, sender=GuidePage)
def remove_guide_pdfs(sender, instance: GuidePage, **kwargs) -> None:
    """An unpublished or deleted guide leaves no PDF behind (a restricted one least of all)."""
    _remove_pdfs_on_commit(instance.pk)
