"""Purging a caching proxy or CDN in front of the portal, with translated slugs.

Wagtail's own purge takes a page's URL in one language and swaps the language prefix to
get the others (``/it/lavoro/`` → ``/en/lavoro/``), which is wrong here: the English page
lives at ``/en/work/``. So ``wagtail.contrib.frontend_cache`` is not in INSTALLED_APPS
(its ``ready()`` would connect those handlers to every publish) and
``WAGTAILFRONTENDCACHE_LANGUAGES`` is empty (so that its purge task sends exactly the URLs
it is given). This module lists each language's real URL and hands them to the
configured backends through ``PurgeBatch``.

Which URLs: the changed page in every language of the portal (it is served in each, in
Italian where it is not translated), every page that lists it — its parent and ancestors
up to the site's home page, since sections and the home page show their children as
cards — and the site's sitemap. A move also purges what the page and its subtree were
at before the move; a slug change, the URLs before the change.

When: after the transaction commits, so that the cache cannot be refilled with the
content from before the change. The URLs are worked out at signal time (a deleted page
has none afterwards) and gathered into one batch per transaction.

Nothing is computed unless a backend is configured (``WAGTAILFRONTENDCACHE``). The
anonymous page cache of ``portal.page_cache`` is separate and purged by its own signal.
"""

from collections.abc import Iterable
from types import SimpleNamespace

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page

from portal.languages import language_codes


def frontend_cache_enabled() -> bool:
    return bool(get_backends())


def frontend_cache_urls(pages: Iterable[Page]) -> set[str]:
    """Absolute URLs of ``pages`` in every language, plus the sitemap of each site involved."""
    pages = list(pages)
    # Shared by every page: Wagtail (and modeltranslation, per language) keep the site
    # root paths on it, so switching language nine times reads them nine times in all.
    root_paths_cache = SimpleNamespace()
    urls = set()
    site_roots = set()
    for code in language_codes():
        with translation.override(code):
            for page in pages:
                parts = page.get_url_parts(request=root_paths_cache)
                if parts is None or parts[1] is None or parts[2] is None:
                    continue  # not routable: nothing of it can be cached
                _site_id, root_url, path = parts
                urls.add(root_url + path)
                site_roots.add(root_url)
    sitemap_path = reverse("sitemap")
    urls.update(root_url + sitemap_path for root_url in site_roots)
    return urls


def _listing_pages(page: Page) -> list[Page]:
    """The page's parent and ancestors up to (and with) the site's home page."""
    return list(page.get_ancestors().filter(depth__gt=1))


def _live_descendants(page: Page) -> list[Page]:
    return list(page.get_descendants().live())


class _PurgeAfterCommit:
    """One purge per transaction: URLs are added to it until the transaction commits."""

    def __init__(self) -> None:
        self.urls: set[str] = set()

    def __call__(self) -> None:
        batch = PurgeBatch()
        batch.add_urls(sorted(self.urls))
        batch.purge()


def frontend_cache_purge_urls(*, urls: Iterable[str]) -> None:
    """Purge ``urls`` once the current transaction commits (at once outside one)."""
    urls = set(urls)
    if not urls:
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        # A callback is dropped with the savepoint it was registered in, and anything
        # added to it later was added inside that savepoint too: joining it is safe.
        for _savepoints, callback, _robust in connection.run_on_commit:
            if isinstance(callback, _PurgeAfterCommit):
                callback.urls.update(urls)
                return
    pending = _PurgeAfterCommit()
    pending.urls.update(urls)
    # robust: a CDN that does not answer must not stop other after-commit work.
    transaction.on_commit(pending, robust=True)


def frontend_cache_purge_page(*, page: Page) -> None:
    """After a publish or unpublish: the page and every page that lists it."""
    if not frontend_cache_enabled():
        return
    frontend_cache_purge_urls(urls=frontend_cache_urls([page, *_listing_pages(page)]))


def frontend_cache_purge_deleted_page(*, page: Page) -> None:
    """Before a delete (called for each page of a deleted subtree): while it still has URLs."""
    if page.live:
        frontend_cache_purge_page(page=page)


def frontend_cache_purge_subtree(*, page: Page) -> None:
    """Before and after a move: the page, its live subtree and the pages that list it.

    Called before the move, it purges the old URLs and the old parent's listing; after
    it, the new URLs and the new parent's listing.
    """
    if not frontend_cache_enabled():
        return
    page = Page.objects.get(pk=page.pk)  # the paths as they are in the database now
    pages = [*_listing_pages(page), *([page] if page.live else []), *_live_descendants(page)]
    frontend_cache_purge_urls(urls=frontend_cache_urls(pages))


def frontend_cache_purge_before_slug_change(*, page: Page, update_fields: Iterable | None) -> None:
    """Before a page is saved with a new slug in any language: its URLs until now.

    Wagtail's ``page_slug_changed`` only notices the slug of the active language, so the
    saved values are compared with the database for every language.
    """
    if page.pk is None or not frontend_cache_enabled():
        return
    slug_fields = [build_localized_fieldname("slug", code) for code in language_codes()]
    if update_fields is not None and not set(update_fields) & {"slug", *slug_fields}:
        return
    saved = Page.objects.filter(pk=page.pk).values_list(*slug_fields).first()
    if saved is None:
        return
    # An empty translation may be stored as NULL or as "": the same missing slug.
    if [value or "" for value in saved] == [getattr(page, name) or "" for name in slug_fields]:
        return
    frontend_cache_purge_subtree(page=page)
