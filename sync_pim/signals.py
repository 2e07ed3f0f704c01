"""Every change that matters to PIM writes its outbox entries in the transaction making it.

Which Wagtail signal fires inside the transaction (Wagtail 8.0):

- publish, unpublish: ``page_published`` / ``page_unpublished`` are sent *after* the
  page's ``save()`` has committed, so they are not used. The page's own ``post_save``
  is sent inside ``Page.save`` (``@transaction.atomic``): that is where we record.
- delete: ``pre_delete`` is sent inside the deletion's transaction (Django's collector).
- move: ``post_page_move`` is sent after ``MovePageAction``'s transaction, and the
  descendants' new URLs are written after the moved page's ``post_save``. We run the
  whole action in one transaction (``_in_one_transaction``) and record the branch on
  ``post_page_move``.
- privacy: ``PageViewRestriction.save`` is not atomic; we make it so, and record the
  branch below the restricted page on its ``post_save``. Removing a restriction is a
  deletion: its ``post_delete`` is inside the collector's transaction.

Because those two actions now commit later, the anonymous page cache (``portal``) is
purged again once they commit: a page rendered between their purge and their commit
must not be served from the cache.
"""

import functools

from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from sync_pim.models import PimShareable

#: ``save(update_fields=…)`` touching one of these can change what PIM should hold. A
#: draft saved on a live page writes only revision bookkeeping and is ignored.
RELEVANT_FIELDS = {"live", "share_with_pim", "pim_category"}


def _purge_page_cache_on_commit() -> None:
    from portal.page_cache import page_cache_purge

    transaction.on_commit(page_cache_purge, robust=True)


def _in_one_transaction(owner: type, name: str) -> None:
    """Run ``owner.name`` inside ``transaction.atomic`` (once, however often ready() runs)."""
    original = getattr(owner, name)
    if getattr(original, "sync_pim_atomic", False):
        return

    @functools.wraps(original)
    def atomic(*args, **kwargs):
        with transaction.atomic():
            result = original(*args, **kwargs)
            _purge_page_cache_on_commit()
            return result

    atomic.sync_pim_atomic = True
    setattr(owner, name, atomic)


def record_page_change(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not RELEVANT_FIELDS & set(update_fields):
        return
    if not isinstance(instance, PimShareable):
        # A plain ``Page`` loaded by a bulk action or a move: only shareable types matter.
        if not issubclass(instance.specific_class or Page, PimShareable):
            return
        instance = instance.specific
    from sync_pim.services import outbox_record_page

    outbox_record_page(page=instance)


def record_page_deletion(sender, instance, **kwargs) -> None:
    # Sent for each table of a page type; the shareable class's row is enough.
    if isinstance(instance, PimShareable) and isinstance(instance, Page):
        from sync_pim.services import outbox_record_deletion

        outbox_record_deletion(page_id=instance.pk)


def record_branch_move(sender, instance: Page, **kwargs) -> None:
    from sync_pim.services import outbox_record_subtree

    outbox_record_subtree(page=instance)


def record_privacy_change(sender, instance: PageViewRestriction, origin=None, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    if kwargs.get("signal") is post_delete:
        # A restriction deleted with its page: the page's own deletion records the removal.
        deleting_restrictions = isinstance(origin, PageViewRestriction) or (
            isinstance(origin, QuerySet) and issubclass(origin.model, PageViewRestriction)
        )
        if not deleting_restrictions:
            return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    from sync_pim.services import outbox_record_subtree

    outbox_record_subtree(page=page)


def connect() -> None:
    """Called by ``SyncPimConfig.ready``."""
    _in_one_transaction(MovePageAction, "execute")
    _in_one_transaction(PageViewRestriction, "save")
    post_save.connect(record_page_change, dispatch_uid="sync_pim_page_saved")
    pre_delete.connect(record_page_deletion, dispatch_uid="sync_pim_page_deleted")
    post_page_move.connect(record_branch_move, dispatch_uid="sync_pim_page_moved")
    post_save.connect(
        record_privacy_change, sender=PageViewRestriction, dispatch_uid="sync_pim_privacy_saved"
    )
    post_delete.connect(
        record_privacy_change, sender=PageViewRestriction, dispatch_uid="sync_pim_privacy_deleted"
    )
