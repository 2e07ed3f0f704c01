"""Keep the link report current as pages are published, unpublished or deleted.

Without this, a link an editor has just fixed would stay in the report until the
nightly run. The refresh runs once per transaction, after it commits (a publication
rolled back changes nothing), for every page touched in it; a failure is logged and
left to the nightly collection, never turned into a failed publication.

Connected by importing this module in ``SyncPimConfig.ready``.
"""

import logging
import threading

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)

_pending = threading.local()


def _refresh_pending() -> None:
    page_ids = _pending.__dict__.pop("page_ids", set())
    if not page_ids:
        return
    from sync_pim.links.services import links_refresh_pages

    try:
        links_refresh_pages(page_ids=page_ids)
    except Exception:
        logger.exception("Link refresh failed for pages %s; the nightly run will redo it", page_ids)


def refresh_after_commit(page_id: int) -> None:
    _pending.__dict__.setdefault("page_ids", set()).add(page_id)
    transaction.on_commit(_refresh_pending)


@receiver(page_published, dispatch_uid="sync_pim_links_published")
@receiver(page_unpublished, dispatch_uid="sync_pim_links_unpublished")
def refresh_links_of_page(sender, instance: Page, **kwargs) -> None:
    refresh_after_commit(instance.pk)


@receiver(post_delete, sender=Page, dispatch_uid="sync_pim_links_deleted")
def refresh_links_after_delete(sender, instance: Page, **kwargs) -> None:
    refresh_after_commit(instance.pk)
