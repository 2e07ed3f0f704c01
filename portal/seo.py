"""What search engines and link previews read in a page's ``<head>``.

Every public page says which language it is in, where its one true address is
(canonical), where the same page lives in the other languages (hreflang), how it looks
when shared (OpenGraph) and what it is (schema.org JSON-LD).

The rules, and why:

- A page exists in the languages ``portal.languages.page_languages`` names. Only those
  are announced as alternates: a page shown in Italian under ``/en/`` is not an English
  page, and telling search engines otherwise would index Italian text as English.
- The canonical URL is the page in the reader's language when it exists in it, otherwise
  the Italian URL, because the content shown is the Italian one.
- ``x-default`` is the Italian URL: Italian is the source and always exists.
- Text (description, titles) is read from the columns of the content's language, never
  through modeltranslation's fallback: a translated page whose description was not
  translated gets no description rather than an Italian one labelled as English.

The head is on every page, so nothing here queries the database on a warm fragment
cache: page URLs come from ``portal.selectors.language_links`` (once per page per content
generation), footer data from ``portal.selectors.footer``, the site from the request.
URLs are cached relative and made absolute here with the request's host and scheme, the
same ones the sitemap uses.
"""

import json
import re
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.models import Page, Site

from portal.languages import SOURCE_LANGUAGE, language_codes, page_languages
from portal.models import ContentPage
from portal.selectors import footer, language_links, view_paths_by_language

#: OpenGraph wants ``language_TERRITORY`` (Facebook's list: Arabic is ``ar_AR``).
OPENGRAPH_LOCALES = {
    "it": "it_IT",
    "en": "en_GB",
    "fr": "fr_FR",
    "ar": "ar_AR",
    "sq": "sq_AL",
    "uk": "uk_UA",
    "zh-hans": "zh_CN",
    "ur": "ur_PK",
    "ro": "ro_RO",
}
#: The Wagtail hook through which an app adds schema.org fields for its own page types
#: (a guide's provider, audience…): ``function(page, *, code, url) -> dict``, returning an
#: empty dict for any page that is not of its types.
JSON_LD_EXTRA_HOOK = "portal_json_ld_extra"
#: Longest description offered to search engines and link previews, in characters.
DESCRIPTION_MAX_LENGTH = 300

# The same escapes as Django's ``json_script``: the JSON stays valid and no ``</script>``
# (or ``<!--``) in an editor's text can end the element early.
_JSON_SCRIPT_ESCAPES = (
    ("<", "\\u003C"),
    (">", "\\u003E"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


@dataclass(frozen=True)
class Alternate:
    #: A language code of the portal, or ``x-default``.
    hreflang: str
    url: str


@dataclass(frozen=True)
class OpenGraph:
    title: str
    description: str
    url: str
    #: ``website`` or ``article``.
    type: str
    site_name: str
    locale: str
    locale_alternates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SeoHead:
    canonical_url: str
    #: One per language the page exists in (portal order), then ``x-default``.
    alternates: list[Alternate]
    description: str
    open_graph: OpenGraph
    #: The body of ``<script type="application/ld+json">``; empty when there is none.
    json_ld: str


def opengraph_locale(code: str) -> str:
    """``it`` → ``it_IT``; a language added later without an entry gets ``xx_XX``."""
    language = code.split("-")[0]
    return OPENGRAPH_LOCALES.get(code) or f"{language}_{language.upper()}"


def json_ld_script_body(data: dict[str, Any]) -> SafeString:
    """``data`` as JSON that is safe inside a ``<script>`` element of an HTML page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    for character, escape in _JSON_SCRIPT_ESCAPES:
        text = text.replace(character, escape)
    # Safe: every <, > and & is escaped above, so the text cannot close the element.
    return mark_safe(text)  # noqa: S308


def content_language(page: Page) -> str:
    """The language of what the reader sees: theirs if the page exists in it, else Italian."""
    current = translation.get_language() or SOURCE_LANGUAGE
    return current if current in page_languages(page) else SOURCE_LANGUAGE


def _text_in(instance: Any, name: str, code: str) -> str:
    value = getattr(instance, build_localized_fieldname(name, code), None) or ""
    return re.sub(r"\s+", " ", str(value)).strip()


def page_description(page: Page, code: str) -> str:
    """The search description written in ``code``, else the introduction in ``code``."""
    text = _text_in(page, "search_description", code) or _text_in(page, "intro", code)
    if len(text) <= DESCRIPTION_MAX_LENGTH:
        return text
    return Truncator(text).chars(DESCRIPTION_MAX_LENGTH)


def page_title(page: Page, code: str) -> str:
    return _text_in(page, "seo_title", code) or _text_in(page, "title", code)


def schema_org_type(page: Page) -> str:
    """``Article`` for content pages, ``WebPage`` otherwise.

    A page type of another app can declare its own with a ``schema_org_type`` attribute.
    """
    default = "Article" if isinstance(page, ContentPage) else "WebPage"
    return getattr(page, "schema_org_type", default)


def _site(request: HttpRequest) -> Site | None:
    return Site.find_for_request(request)


def _site_name(site: Site | None) -> str:
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def _home_url(request: HttpRequest, code: str) -> str:
    """The site's home page in ``code`` (every site root is served at ``/<code>/``)."""
    with translation.override(code):
        try:
            return request.build_absolute_uri(reverse("wagtail_serve", args=("",)))
        except NoReverseMatch:
            return request.build_absolute_uri(f"/{code}/")


def _page_urls(request: HttpRequest, page: Page) -> dict[str, str]:
    """Absolute URL of ``page`` in every language (cached per content generation)."""
    return {
        link.code: request.build_absolute_uri(link.url)
        for link in language_links(request=request, page=page)
    }


def _alternates(urls: dict[str, str], languages: list[str]) -> list[Alternate]:
    alternates = [Alternate(hreflang=code, url=urls[code]) for code in languages]
    alternates.append(Alternate(hreflang="x-default", url=urls[SOURCE_LANGUAGE]))
    return alternates


def _organisation_json_ld(request: HttpRequest) -> dict[str, Any]:
    data = footer(request=request)
    organisation: dict[str, Any] = {
        "@type": "GovernmentOrganization",
        "@id": f"{_home_url(request, SOURCE_LANGUAGE)}#organisation",
        "name": data.organisation,
        "url": _home_url(request, SOURCE_LANGUAGE),
    }
    if data.address:
        organisation["address"] = re.sub(r"\s*\n\s*", ", ", data.address.strip())
    if data.email:
        organisation["email"] = data.email
    if data.tax_code:
        organisation["taxID"] = data.tax_code
    return organisation


def page_json_ld(
    *,
    request: HttpRequest,
    page: Page,
    url: str,
    code: str,
    is_home: bool,
    description: str | None = None,
) -> dict[str, Any]:
    """schema.org data for ``page`` shown in ``code`` at ``url``.

    The home page also describes the organisation behind the portal; every page says it
    is part of the portal's web site. Apps add fields of their own page types through
    the ``JSON_LD_EXTRA_HOOK``.
    """
    home_it = _home_url(request, SOURCE_LANGUAGE)
    site_name = _site_name(_site(request))
    website: dict[str, Any] = {
        "@type": "WebSite",
        "@id": f"{home_it}#website",
        "name": site_name,
        "url": _home_url(request, code),
    }
    kind = schema_org_type(page)
    title = page_title(page, code)
    item: dict[str, Any] = {
        "@type": kind,
        "@id": url,
        "url": url,
        "name": title,
        "inLanguage": code,
        "isPartOf": website,
    }
    if description is None:
        description = page_description(page, code)
    if description:
        item["description"] = description
    if page.last_published_at:
        item["dateModified"] = page.last_published_at.isoformat()
    for extra in hooks.get_hooks(JSON_LD_EXTRA_HOOK):
        item.update(extra(page, code=code, url=url))
    if kind == "Article":
        item["headline"] = Truncator(title).chars(110)
        if page.first_published_at:
            item["datePublished"] = page.first_published_at.isoformat()
    graph = [item]
    if is_home:
        organisation = _organisation_json_ld(request)
        website["publisher"] = {"@id": organisation["@id"]}
        graph.insert(0, organisation)
    return {"@context": "https://schema.org", "@graph": graph}


def page_seo_head(*, request: HttpRequest, page: Page) -> SeoHead:
    languages = page_languages(page)
    code = content_language(page)
    urls = _page_urls(request, page)
    canonical = urls[code]
    site = _site(request)
    is_home = site is not None and site.root_page_id == page.pk
    kind = schema_org_type(page)
    description = page_description(page, code)
    return SeoHead(
        canonical_url=canonical,
        alternates=_alternates(urls, languages),
        description=description,
        open_graph=OpenGraph(
            title=page_title(page, code),
            description=description,
            url=canonical,
            type="article" if kind == "Article" else "website",
            site_name=_site_name(site),
            locale=opengraph_locale(code),
            locale_alternates=[opengraph_locale(other) for other in languages if other != code],
        ),
        json_ld=json_ld_script_body(
            page_json_ld(
                request=request,
                page=page,
                url=canonical,
                code=code,
                is_home=is_home,
                description=description,
            )
        ),
    )


def view_seo_head(*, request: HttpRequest) -> SeoHead:
    """For views that are not Wagtail pages (search…): they exist in every language.

    The query string is left out: the canonical search page is the empty one.
    """
    code = translation.get_language() or SOURCE_LANGUAGE
    urls = {
        other: request.build_absolute_uri(path)
        for other, path in view_paths_by_language(request).items()
    }
    canonical = urls.get(code, request.build_absolute_uri(request.path))
    return SeoHead(
        canonical_url=canonical,
        alternates=_alternates(urls, language_codes()),
        description="",
        open_graph=OpenGraph(
            title="",
            description="",
            url=canonical,
            type="website",
            site_name=_site_name(_site(request)),
            locale=opengraph_locale(code),
            locale_alternates=[opengraph_locale(other) for other in urls if other != code],
        ),
        json_ld="",
    )


def seo_head(*, request: HttpRequest, page: Page | None = None) -> SeoHead | None:
    """The head data for a Wagtail page, or for the view being served when there is none.

    ``None`` for an address that leads nowhere (no view, or Wagtail found no page): an
    error page has no canonical address and no translations to announce.
    """
    if isinstance(page, Page) and page.pk is not None:
        return page_seo_head(request=request, page=page)
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in (None, "wagtail_serve"):
        return None
    return view_seo_head(request=request)
