"""``/sitemap.xml`` and ``/robots.txt``: how crawlers find every page in every language.

The sitemap is Django's (``i18n`` and ``alternates``): one ``<url>`` per page and per
language the page exists in (``portal.languages.page_languages``), each listing all of
that page's languages as hreflang alternates. Only live, public pages of the requested
site are listed: nothing behind a view restriction (the operators' area) ever appears.

Django's own ``x_default`` strips the language prefix from the Italian URL; here every
URL carries a prefix (an unprefixed path is not a page), so x-default is added as the
Italian URL itself, the same rule as the pages' ``<head>`` (``portal.seo``).
"""

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from portal.languages import SOURCE_LANGUAGE, language_codes, page_languages


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    # Added by ``get_urls`` instead: see the module's docstring.
    x_default = False

    def __init__(self, *, request: HttpRequest) -> None:
        self.request = request
        self._pages: list[Page] | None = None
        self._paths: dict[tuple[int, str], str] = {}

    def _load(self) -> list[Page]:
        """The pages and their paths in every language, worked out once per sitemap.

        Django asks for each ``<url>``'s location and again for each alternate; answering
        from a table avoids switching languages (and re-reading Wagtail's site root
        paths) hundreds of times.
        """
        if self._pages is not None:
            return self._pages
        site = Site.find_for_request(self.request)
        if site is None:
            self._pages = []
            return self._pages
        candidates = list(
            Page.objects.descendant_of(site.root_page, inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        for code in language_codes():
            with translation.override(code):
                for page in candidates:
                    parts = page.get_url_parts(request=self.request)
                    if parts is not None and parts[2] is not None:
                        self._paths[(page.pk, code)] = parts[2]
        self._pages = [page for page in candidates if (page.pk, SOURCE_LANGUAGE) in self._paths]
        return self._pages

    def items(self) -> list[Page]:
        return self._load()

    def get_languages_for_item(self, item: Page) -> list[str]:
        return page_languages(item)

    def location(self, item: Page) -> str:
        return self._paths[(item.pk, translation.get_language())]

    def lastmod(self, item: Page):
        return item.last_published_at

    def get_urls(self, page: int = 1, site: Any = None, protocol: str | None = None) -> list:
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            italian = next(
                alternate["location"]
                for alternate in url["alternates"]
                if alternate["lang_code"] == SOURCE_LANGUAGE
            )
            url["alternates"].append({"location": italian, "lang_code": "x-default"})
        return urls


@require_safe
def sitemap(request: HttpRequest) -> HttpResponse:
    response = sitemap_view(request, sitemaps={"pages": PageSitemap(request=request)})
    # The same for every visitor and purged with every publish (portal.page_cache).
    response.portal_cacheable = True
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawl everything public, except the admin and the search results.

    Documents stay crawlable: public leaflets are what readers search for, and a document
    in a private collection is refused to anonymous visitors by Wagtail anyway.
    """
    search_paths = []
    for code in language_codes():
        with translation.override(code):
            search_paths.append(reverse("search"))
    response = TemplateResponse(
        request,
        "portal/robots.txt",
        {
            "admin_path": reverse("wagtailadmin_home"),
            "search_paths": search_paths,
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )
    response.portal_cacheable = True
    return response
