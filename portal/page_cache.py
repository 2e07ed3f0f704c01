"""A page cache for anonymous readers, purged whenever published content changes.

Most visitors are anonymous and read the same pages; answering them from the cache
keeps a cheap server fast under load. Only responses a page explicitly marked
``portal_cacheable`` (public pages, see ``BasePage.serve``) are stored, never
anything for a visitor with a session. Publishing, unpublishing, moving or
deleting a page, or saving site settings, bumps a generation number that is part
of every key, so every cached page is dropped at once: listings and navigation
that show the changed page are never stale.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:page-cache:generation"
#: Headers that must never be replayed to another visitor.
PRIVATE_HEADERS = {"set-cookie"}


def page_cache_generation(request: HttpRequest | None = None) -> int:
    """The current content generation; read once per request when ``request`` is given."""
    if request is not None and hasattr(request, "_portal_generation"):
        return request._portal_generation
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY) or 1
    if request is not None:
        request._portal_generation = generation
    return generation


def page_cache_purge() -> None:
    """Drop every cached page (by moving to a new generation)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cache_key(request: HttpRequest, generation: int) -> str:
    return f"portal:page:{generation}:{request.get_host()}:{request.get_full_path()}"


def _is_anonymous(request: HttpRequest) -> bool:
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PORTAL_PAGE_CACHE_SECONDS
        if seconds <= 0 or request.method not in ("GET", "HEAD") or not _is_anonymous(request):
            return self.get_response(request)

        key = _cache_key(request, page_cache_generation(request))
        cached = cache.get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if (
            getattr(response, "portal_cacheable", False)
            and request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in PRIVATE_HEADERS
            ]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response["X-Page-Cache"] = "miss"
        return response
