"""Reads of the site shell: navigation, cards, language links. Templates get ready data."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    #: The language's name in its own script (Italiano, العربية, اردو …).
    name_local: str
    url: str
    is_current: bool
    direction: str


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


def site_root(request: HttpRequest) -> Page | None:
    site = Site.find_for_request(request)
    return site.root_page.specific if site else None


def main_navigation(*, request: HttpRequest) -> list[Page]:
    """The home page's public children that editors flagged "show in menus"."""
    root = site_root(request)
    if root is None:
        return []
    return list(root.get_children().live().public().in_menu().specific())


def page_cards(*, parent: Page) -> list[Page]:
    """Public, live children of ``parent`` in tree order, ready to render as cards."""
    return list(parent.get_children().live().public().specific())
