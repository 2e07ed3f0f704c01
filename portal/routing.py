"""Remembering where a URL leads, so a deep page is found in one query.

wagtail-modeltranslation replaces ``route()`` on every translated page model (to
follow translated slugs): it loads *all* children of each level on the way and
compares slugs in Python, then loads the specific page. The site's home page
remembers the result in the cache, keyed by the content generation
(``portal.page_cache``) and the language, so publishing, unpublishing or moving any
page forgets every remembered route.

Only plain routes are remembered: if a page on the way serves sub-paths itself
(``RoutablePageMixin``, or its own ``route``), the walk is always done in full.
Because the translation app assigns ``route`` on the classes when Django starts,
this is installed as a wrapper afterwards (``PortalConfig.ready``), not as a method.
"""

import functools
from collections.abc import Callable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from portal.page_cache import page_cache_generation

Route = Callable[[Page, HttpRequest, list[str]], RouteResult]


def _plain_route(page: Page) -> bool:
    return type(page).route is Page.route and not isinstance(page, RoutablePageMixin)


def _route_cache_key(root: Page, request: HttpRequest, path_components: list[str]) -> str:
    path = "/".join(path_components)
    generation = page_cache_generation(request)
    return f"portal:route:{generation}:{root.pk}:{translation.get_language()}:{path}"


def cached_route(route: Route) -> Route:
    """Wrap a root page's ``route`` so that plain routes below it are remembered."""

    @functools.wraps(route)
    def remembering_route(self: Page, request: HttpRequest, path_components: list[str]):
        seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
        if not path_components or seconds <= 0:
            return route(self, request, path_components)
        key = _route_cache_key(self, request, path_components)
        remembered = cache.get(key)
        if remembered is not None:
            content_type_id, page_id = remembered
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = model.objects.filter(pk=page_id).first() if model else None
            if page is not None:
                # Still checks that the page is live, as every route does.
                return page.route(request, [])
        result = route(self, request, path_components)
        page, args, kwargs = result
        if not args and not kwargs:
            below_root = page.get_ancestors(inclusive=True).filter(depth__gt=self.depth)
            if all(_plain_route(step) for step in below_root.specific()):
                cache.set(key, (page.content_type_id, page.pk), seconds)
        return result

    return remembering_route
