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

A remembered route is looked up before Wagtail loads the site's home page at all
(``remembered_route_for_request``), and the page found is read without its texts in
the languages the reader is not reading (``portal.languages.translations_not_shown``).
"""

import functools
from collections.abc import Callable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404, HttpRequest
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from portal.languages import translations_not_shown
from portal.page_cache import page_cache_generation

Route = Callable[[Page, HttpRequest, list[str]], RouteResult]


def _plain_route(page: Page) -> bool:
    return type(page).route is Page.route and not isinstance(page, RoutablePageMixin)


def _route_cache_key(root_id: int, request: HttpRequest, path_components: list[str]) -> str:
    path = "/".join(path_components)
    generation = page_cache_generation(request)
    return f"portal:route:{generation}:{root_id}:{translation.get_language()}:{path}"


def _remembered_page(root_id: int, request: HttpRequest, path_components: list[str]):
    remembered = cache.get(_route_cache_key(root_id, request, path_components))
    if remembered is None:
        return None
    content_type_id, page_id = remembered
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return model.objects.defer(*translations_not_shown(model)).filter(pk=page_id).first()


def cached_route(route: Route) -> Route:
    """Wrap a root page's ``route`` so that plain routes below it are remembered."""

    @functools.wraps(route)
    def remembering_route(self: Page, request: HttpRequest, path_components: list[str]):
        seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
        if not path_components or seconds <= 0:
            return route(self, request, path_components)
        page = _remembered_page(self.pk, request, path_components)
        if page is not None:
            # Still checks that the page is live, as every route does.
            return page.route(request, [])
        key = _route_cache_key(self.pk, request, path_components)
        result = route(self, request, path_components)
        page, args, kwargs = result
        if not args and not kwargs:
            below_root = page.get_ancestors(inclusive=True).filter(depth__gt=self.depth)
            if all(_plain_route(step) for step in below_root.specific()):
                cache.set(key, (page.content_type_id, page.pk), seconds)
        return result

    return remembering_route


def remembered_route_for_request(route_for_request: Callable) -> Callable:
    """Wrap ``Page.route_for_request``: a remembered route needs no home page loaded."""

    @functools.wraps(route_for_request)
    def route_remembered_first(request: HttpRequest, path: str) -> RouteResult | None:
        components = [component for component in path.split("/") if component]
        if (
            components
            and not hasattr(request, "_wagtail_route_for_request")
            and settings.PORTAL_FRAGMENT_CACHE_SECONDS > 0
            and (site := Site.find_for_request(request)) is not None
            and (page := _remembered_page(site.root_page_id, request, components)) is not None
        ):
            try:
                request._wagtail_route_for_request = page.route(request, [])
            except Http404:
                request._wagtail_route_for_request = None
        return route_for_request(request, path)

    return route_remembered_first


def remembered_site(find_for_request: Callable) -> Callable:
    """Wrap ``Site._find_for_request``: the site answering a host is remembered too.

    Wagtail reads it, with its root page, on every request. Saving or deleting a site
    moves to a new content generation (``portal.signals``), which forgets it.
    """

    @functools.wraps(find_for_request)
    def find_remembered(request: HttpRequest) -> Site | None:
        seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
        if seconds <= 0:
            return find_for_request(request)
        generation = page_cache_generation(request)
        key = f"portal:site:{generation}:{request._get_raw_host()}:{request.get_port()}"
        site = cache.get(key)
        if site is None:
            site = find_for_request(request)
            if site is not None:
                cache.set(key, site, seconds)
        return site

    return find_remembered
