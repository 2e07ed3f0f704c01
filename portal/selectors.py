"""Reads of the site shell: navigation, footer links, cards, language links.

Navigation and footer links are the same on every page of a site in a given
language, so they are computed once and kept in the cache under the current
content generation (see ``portal.page_cache``): publishing anything moves to a new
generation, so they are never stale.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from portal.page_cache import page_cache_generation


@dataclass(frozen=True)
class LanguageLink:
    code: str
    #: The language's name in its own script (Italiano, العربية, اردو …).
    name_local: str
    url: str
    is_current: bool
    direction: str


@dataclass(frozen=True)
class NavigationItem:
    title: str
    url: str
    #: Tree path, to mark the section the reader is in.
    path: str


@dataclass(frozen=True)
class FooterLink:
    #: Which legal page this is: privacy_page, cookie_page, legal_notes_page, accessibility_page.
    role: str
    url: str


def language_direction(code: str) -> str:
    return "rtl" if code in settings.PORTAL_RTL_LANGUAGES else "ltr"


def language_links(*, request: HttpRequest, page: Page | None = None) -> list[LanguageLink]:
    """Links to the same page (or view) in every language of the portal."""
    current = translation.get_language()
    links = []
    for code, _name, name_local, direction in settings.PORTAL_LANGUAGES:
        if page is not None:
            with translation.override(code):
                url = page.get_url(request=request) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            LanguageLink(
                code=code,
                name_local=name_local,
                url=url,
                is_current=code == current,
                direction=direction,
            )
        )
    return links


def _cached_per_site_and_language(name: str, request: HttpRequest, compute: Callable[[], list]):
    seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    site = Site.find_for_request(request)
    key = (
        f"portal:{name}:{page_cache_generation()}:{site.pk if site else 0}:"
        f"{translation.get_language()}"
    )
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def site_root(request: HttpRequest) -> Page | None:
    site = Site.find_for_request(request)
    return site.root_page if site else None


def main_navigation(*, request: HttpRequest) -> list[NavigationItem]:
    """The home page's public children that editors flagged "show in menus"."""

    def compute() -> list[NavigationItem]:
        root = site_root(request)
        if root is None:
            return []
        children = root.get_children().live().public().in_menu()
        return [
            NavigationItem(title=child.title, url=child.get_url(request=request), path=child.path)
            for child in children
        ]

    return _cached_per_site_and_language("navigation", request, compute)


def footer_links(*, request: HttpRequest) -> dict[str, str]:
    """URLs of the legal pages chosen in the footer settings, by role."""
    from portal.models import FooterSettings

    def compute() -> dict[str, str]:
        footer = FooterSettings.for_request(request)
        roles = ("privacy_page", "cookie_page", "legal_notes_page", "accessibility_page")
        ids = {role: getattr(footer, f"{role}_id") for role in roles}
        pages = Page.objects.live().in_bulk([pk for pk in ids.values() if pk])
        links = {}
        for role, pk in ids.items():
            if pk in pages:
                links[role] = pages[pk].get_url(request=request)
        return links

    return _cached_per_site_and_language("footer", request, compute)


def page_cards(*, parent: Page) -> list[Page]:
    """Public, live children of ``parent`` in tree order, ready to render as cards."""
    return list(parent.get_children().live().public().specific())
