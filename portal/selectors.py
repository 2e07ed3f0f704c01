"""Reads of the site shell: navigation, footer links, cards, language links.

Navigation and footer links are the same on every page of a site in a given
language, so they are computed once and kept in the cache under the current
content generation (see ``portal.page_cache``): publishing anything moves to a new
generation, so they are never stale.
"""

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import escape_uri_path, iri_to_uri
from wagtail.models import Page, Site

from portal.languages import language_codes, localised, page_languages
from portal.page_cache import page_cache_generation


@dataclass(frozen=True)
class LanguageLink:
    code: str
    #: The language's name in its own script (Italiano, العربية, اردو …).
    name_local: str
    url: str
    is_current: bool
    direction: str
    #: False when the page is not written in this language (it would be shown in Italian).
    is_translated: bool = True


@dataclass(frozen=True)
class NavigationItem:
    title: str
    url: str
    #: Tree path, to mark the section the reader is in.
    path: str
    #: Language and direction of ``title``: Italian when the page is not translated.
    language: str
    direction: str


def _page_urls_by_language(request: HttpRequest, page: Page) -> dict[str, str]:
    """The page's URL in every language (one cache read instead of a root-path lookup each)."""

    def compute() -> dict[str, str]:
        urls = {}
        for code, *_rest in settings.PORTAL_LANGUAGES:
            with translation.override(code):
                urls[code] = page.get_url(request=request) or f"/{code}/"
        return urls

    return _cached_per_site(f"page-urls:{page.pk}", request, compute)


def view_paths_by_language(request: HttpRequest) -> dict[str, str]:
    """The path of the view being served (not a Wagtail page) in every language.

    ``translate_url`` per language resolves the path again each time; the request was
    resolved once already, so its match is reversed in each language instead. Kept on
    the request: the language switcher and the SEO head both ask. A path that cannot be
    reversed stays as it is, as ``translate_url`` leaves it.
    """
    paths = request.__dict__.get("_portal_view_paths")
    if paths is not None:
        return paths
    match = getattr(request, "resolver_match", None)
    paths = {}
    for code in language_codes():
        paths[code] = escape_uri_path(request.path)
        if match is None or not match.url_name:
            continue
        with translation.override(code), contextlib.suppress(NoReverseMatch):
            paths[code] = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    request._portal_view_paths = paths
    return paths


def language_links(*, request: HttpRequest, page: Page | None = None) -> list[LanguageLink]:
    """Links to the same page (or view) in every language of the portal."""
    current = translation.get_language()
    page_urls = _page_urls_by_language(request, page) if page is not None else {}
    available = set(page_languages(page)) if page is not None else None
    if page is None:
        query = iri_to_uri(request.META.get("QUERY_STRING", ""))
        page_urls = {
            code: f"{path}?{query}" if query else path
            for code, path in view_paths_by_language(request).items()
        }
    links = []
    for code, _name, name_local, direction in settings.PORTAL_LANGUAGES:
        url = page_urls[code]
        links.append(
            LanguageLink(
                code=code,
                name_local=name_local,
                url=url,
                is_current=code == current,
                direction=direction,
                is_translated=available is None or code in available,
            )
        )
    return links


def _cached_per_site(name: str, request: HttpRequest, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in the cache for this site until anything is published.

    The header, the fallback notice and the SEO head ask for the same values while one
    page renders: the first answer is also kept on the request, so the shared cache is
    read once per value and request.
    """
    seen = request.__dict__.setdefault("_portal_fragments", {})
    if name in seen:
        return seen[name]
    seconds = settings.PORTAL_FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        value = compute()
    else:
        site = Site.find_for_request(request)
        key = f"portal:{name}:{page_cache_generation(request)}:{site.pk if site else 0}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, seconds)
    seen[name] = value
    return value


def _cached_per_site_and_language(name: str, request: HttpRequest, compute: Callable[[], Any]):
    return _cached_per_site(f"{name}:{translation.get_language()}", request, compute)


def site_root(request: HttpRequest) -> Page | None:
    site = Site.find_for_request(request)
    return site.root_page if site else None


def main_navigation(*, request: HttpRequest) -> list[NavigationItem]:
    """The home page's public children that editors flagged "show in menus"."""

    def compute() -> list[NavigationItem]:
        root = site_root(request)
        if root is None:
            return []
        items = []
        for child in root.get_children().live().public().in_menu():
            title = localised(child, "title")
            items.append(
                NavigationItem(
                    title=title.value,
                    url=child.get_url(request=request),
                    path=child.path,
                    language=title.language,
                    direction=title.direction,
                )
            )
        return items

    return _cached_per_site_and_language("navigation", request, compute)


@dataclass(frozen=True)
class FooterLogo:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class Footer:
    organisation: str
    address: str
    tax_code: str
    pec: str
    email: str
    funding_notice: str
    #: URLs of the legal pages chosen in the settings, by field name (``privacy_page`` …).
    legal_links: dict[str, str]
    accessibility_statement_url: str
    logos: list[FooterLogo]


def footer(*, request: HttpRequest) -> Footer:
    """What the footer shows, in the reader's language."""
    from portal.models import FooterSettings

    def compute() -> Footer:
        settings_row = FooterSettings.for_request(request)
        roles = ("privacy_page", "cookie_page", "legal_notes_page", "accessibility_page")
        ids = {role: getattr(settings_row, f"{role}_id") for role in roles}
        pages = Page.objects.live().in_bulk([pk for pk in ids.values() if pk])
        links = {
            role: pages[pk].get_url(request=request) for role, pk in ids.items() if pk in pages
        }
        logos = []
        for block in settings_row.logos:
            rendition = block.value.get_rendition("height-60")
            logos.append(
                FooterLogo(
                    url=rendition.url,
                    width=rendition.width,
                    height=rendition.height,
                    alt=block.value.contextual_alt_text or "",
                )
            )
        return Footer(
            organisation=settings_row.organisation,
            address=settings_row.address,
            tax_code=settings_row.tax_code,
            pec=settings_row.pec,
            email=settings_row.email,
            funding_notice=settings_row.funding_notice or "",
            legal_links=links,
            accessibility_statement_url=settings_row.accessibility_statement_url,
            logos=logos,
        )

    return _cached_per_site_and_language("footer", request, compute)


def page_cards(*, parent: Page) -> list[Page]:
    """Public, live children of ``parent`` in tree order, ready to render as cards."""
    return list(parent.get_children().live().public().specific())
