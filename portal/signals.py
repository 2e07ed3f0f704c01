"""Keep the anonymous page cache honest: any change to what the public sees purges it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from portal import frontend_cache
from portal.models import FooterSettings
from portal.page_cache import page_cache_purge


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_on_page_change(sender, **kwargs) -> None:
    page_cache_purge()


@receiver(post_delete)
def purge_on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        page_cache_purge()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_on_view_restriction_change(sender, instance: PageViewRestriction, **kwargs) -> None:
    """A page that becomes private must stop being served from the cache at once, and the
    pages that listed it must stop listing it; a page made public again must appear.

    Purged again once the change is committed: a request served between the purge and
    the commit would otherwise store what the public may no longer see."""
    page_cache_purge()
    transaction.on_commit(page_cache_purge)
    if frontend_cache.frontend_cache_enabled():
        page = Page.objects.filter(pk=instance.page_id).first()
        if page is not None:  # None: the restriction went with its deleted page
            frontend_cache.frontend_cache_purge_subtree(page=page)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def purge_on_site_change(sender, **kwargs) -> None:
    """Sites, their root pages and every route found through them are remembered per
    generation (``portal.routing``)."""
    page_cache_purge()


@receiver(post_save, sender=FooterSettings)
def purge_on_settings_change(sender, created: bool, **kwargs) -> None:
    # The row is created with its defaults on the first render: nothing visible changed.
    if not created:
        page_cache_purge()


# --- Frontend cache (a proxy or CDN in front of the portal) --------------------
# Each language's real URL, with translated slugs: see portal.frontend_cache.


@receiver(page_published)
@receiver(page_unpublished)
def purge_frontend_cache_on_publish(sender, instance: Page, **kwargs) -> None:
    frontend_cache.frontend_cache_purge_page(page=instance)


@receiver(pre_page_move)
@receiver(post_page_move)
def purge_frontend_cache_on_move(sender, instance: Page, **kwargs) -> None:
    # Before the move: the old URLs; after it: the new ones.
    frontend_cache.frontend_cache_purge_subtree(page=instance)


@receiver(pre_delete)
def purge_frontend_cache_on_delete(sender, instance, **kwargs) -> None:
    # Sent once per table of a page type: handle the specific row only.
    if isinstance(instance, Page) and type(instance) is instance.specific_class:
        frontend_cache.frontend_cache_purge_deleted_page(page=instance)


@receiver(pre_save)
def purge_frontend_cache_on_slug_change(sender, instance, update_fields=None, **kwargs) -> None:
    if isinstance(instance, Page):
        frontend_cache.frontend_cache_purge_before_slug_change(
            page=instance, update_fields=update_fields
        )
