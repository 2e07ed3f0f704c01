"""Keep the anonymous page cache honest: any change to what the public sees purges it."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

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


@receiver(post_save, sender=FooterSettings)
def purge_on_settings_change(sender, created: bool, **kwargs) -> None:
    # The row is created with its defaults on the first render: nothing visible changed.
    if not created:
        page_cache_purge()
