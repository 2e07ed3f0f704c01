"""The pull feeds for PIM: ``/feeds/pim/<lang>.atom`` (Atom) and ``/feeds/pim/<lang>.json``
(JSON Feed 1.1), filterable with ``?category=`` and ``?hub=``.

What they list, and why, is in ``sync_pim.selectors.feeds``; this module only writes it
in the two formats. Both carry, per entry, the page's address in every other language it
exists in: Atom as ``<link rel="alternate" hreflang="…">`` (RFC 4287 allows one alternate
per type and language), JSON Feed in the ``_er_integrazione`` extension object, since the
format has no field for it. The feeds sit outside the language prefix because the
language is part of the feed's name, not the reader's choice of interface.

Bad input changes nothing and says what went wrong: an unknown language is a 404 (there
is no such feed), an unknown category or HUB a 400 naming the value and the allowed ones.
Responses are marked cacheable for anonymous readers (``portal.page_cache``): they are
the same for everybody and the cache is purged whenever anything is published,
unpublished, moved or restricted.
"""

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, rfc3339_date
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from portal.languages import language_codes
from sync_pim.models import PimCategory
from sync_pim.payload import LICENCE, rfc3339
from sync_pim.selectors.feeds import (
    FeedEntry,
    FeedLink,
    FeedParameterError,
    PimFeedContent,
    pim_feed_content,
)

JSON_FEED_CONTENT_TYPE = "application/feed+json"
#: ``scheme`` of the Atom categories, so that a reader can tell a category from a HUB.
CATEGORY_SCHEME = "urn:er-integrazione:pim-category"
HUB_SCHEME = "urn:er-integrazione:hub"
#: Name of the JSON Feed extension object (the format wants a leading underscore).
EXTENSION = "_er_integrazione"


@dataclass(frozen=True)
class PimFeed:
    """One feed ready to write: its content and its addresses in one format."""

    content: PimFeedContent
    title: str
    description: str
    home_url: str
    self_url: str
    #: The same feed (same format and filters) in every other language.
    alternates: list[FeedLink]

    @property
    def guid(self) -> str:
        filters = self.content.filters
        parts = [f"urn:er-integrazione:feed:pim:{self.content.language}"]
        if filters.category:
            parts.append(f"category={filters.category}")
        if filters.hub_code:
            parts.append(f"hub={filters.hub_code}")
        return ":".join(parts)


def _feed_url(request: HttpRequest, url_name: str, language: str, query: str) -> str:
    path = reverse(url_name, kwargs={"language": language})
    return request.build_absolute_uri(f"{path}?{query}" if query else path)


def _feed_title(content: PimFeedContent) -> str:
    title = translation.gettext("%(site)s: content shared with the Portale Integrazione Migranti")
    parts = [title % {"site": settings.WAGTAIL_SITE_NAME}]
    if content.filters.category:
        parts.append(str(PimCategory(content.filters.category).label))
    if content.filters.hub is not None:
        parts.append(content.filters.hub.title)
    return " – ".join(part for part in parts if part)


def pim_feed(*, request: HttpRequest, language: str, url_name: str) -> PimFeed:
    """The feed ``url_name`` in ``language`` for this request's filters; call it with
    ``language`` active. Raises ``FeedParameterError`` for unknown filter values."""
    content = pim_feed_content(
        request=request,
        language=language,
        category=request.GET.get("category"),
        hub=request.GET.get("hub"),
    )
    query = urlencode(
        [
            (name, value)
            for name, value in (
                ("category", content.filters.category),
                ("hub", content.filters.hub_code),
            )
            if value
        ]
    )
    return PimFeed(
        content=content,
        title=_feed_title(content),
        description=translation.gettext(
            "Guides, news and other content of the Emilia-Romagna region selected for the "
            "Portale Integrazione Migranti, newest first."
        ),
        home_url=request.build_absolute_uri(reverse("wagtail_serve", args=("",))),
        self_url=_feed_url(request, url_name, language, query),
        alternates=[
            FeedLink(code, _feed_url(request, url_name, code, query))
            for code in language_codes()
            if code != language
        ],
    )


def _bad_request(error: FeedParameterError) -> HttpResponse:
    return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")


def _known_language(language: str) -> str:
    if language not in language_codes():
        raise Http404("No feed in this language.")
    return language


# --- Atom -----------------------------------------------------------------------------


class PimAtomFeedGenerator(Atom1Feed):
    """Atom with hreflang alternates, a plain-text summary and schemed categories."""

    mime_type = "application/atom+xml"

    def add_root_elements(self, handler) -> None:
        # Written here rather than by ``Atom1Feed`` for the same reason as the entries'
        # links (below): every alternate says its type and language.
        feed = self.feed
        handler.addQuickElement("title", feed["title"])
        handler.addQuickElement(
            "link",
            "",
            {
                "rel": "alternate",
                "type": "text/html",
                "hreflang": feed["language"],
                "href": feed["link"],
            },
        )
        handler.addQuickElement(
            "link", "", {"rel": "self", "type": self.mime_type, "href": feed["feed_url"]}
        )
        for link in feed["alternates"]:
            handler.addQuickElement(
                "link",
                "",
                {
                    "rel": "alternate",
                    "type": self.mime_type,
                    "hreflang": link.language,
                    "href": link.url,
                },
            )
        handler.addQuickElement("id", feed["id"])
        handler.addQuickElement("updated", rfc3339_date(self.latest_post_date()))
        handler.startElement("author", {})
        handler.addQuickElement("name", feed["author_name"])
        handler.endElement("author")
        handler.addQuickElement("subtitle", feed["subtitle"])
        handler.addQuickElement("rights", feed["feed_copyright"])

    def add_item_elements(self, handler, item: dict[str, Any]) -> None:
        # Written here rather than by ``Atom1Feed``: its entry link has no type nor
        # hreflang, and feed readers then take one of the other languages' links for it.
        entry: FeedEntry = item["entry"]
        handler.addQuickElement("title", entry.title)
        # The entry's own address comes first without hreflang (readers that take the
        # first alternate) and again last with it (feedparser takes the last); the other
        # languages sit between. RFC 4287 allows this: no two share type and hreflang.
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "text/html", "href": entry.url}
        )
        for link in [*entry.alternates, FeedLink(entry.language, entry.url)]:
            handler.addQuickElement(
                "link",
                "",
                {
                    "rel": "alternate",
                    "type": "text/html",
                    "hreflang": link.language,
                    "href": link.url,
                },
            )
        handler.addQuickElement("published", rfc3339_date(entry.published))
        handler.addQuickElement("updated", rfc3339_date(entry.updated))
        handler.addQuickElement("id", entry.id)
        if entry.summary:
            # Introductions are plain text: type "text" keeps a "<" in them a character.
            handler.addQuickElement("summary", entry.summary, {"type": "text"})
        handler.addQuickElement(
            "category",
            "",
            {"term": entry.category, "scheme": CATEGORY_SCHEME, "label": entry.category_label},
        )
        if entry.hub is not None:
            handler.addQuickElement(
                "category",
                "",
                {"term": entry.hub.code, "scheme": HUB_SCHEME, "label": entry.hub.name},
            )


class PimAtomFeed(Feed):
    feed_type = PimAtomFeedGenerator

    def __call__(self, request: HttpRequest, language: str) -> HttpResponse:
        language = _known_language(language)
        with translation.override(language):
            try:
                response = super().__call__(request, language=language)
            except FeedParameterError as error:
                return _bad_request(error)
        response.portal_cacheable = True
        return response

    def get_object(self, request: HttpRequest, language: str) -> PimFeed:
        return pim_feed(request=request, language=language, url_name="pim_feed_atom")

    def title(self, feed: PimFeed) -> str:
        return feed.title

    def subtitle(self, feed: PimFeed) -> str:
        return feed.description

    def link(self, feed: PimFeed) -> str:
        return feed.home_url

    def feed_url(self, feed: PimFeed) -> str:
        return feed.self_url

    def feed_guid(self, feed: PimFeed) -> str:
        return feed.guid

    def author_name(self, feed: PimFeed) -> str:
        return settings.WAGTAIL_SITE_NAME

    def feed_copyright(self, feed: PimFeed) -> str:
        return f"{LICENCE['name']} {LICENCE['url']}"

    def feed_extra_kwargs(self, feed: PimFeed) -> dict[str, Any]:
        return {"alternates": feed.alternates}

    def items(self, feed: PimFeed) -> list[FeedEntry]:
        return feed.content.entries

    def item_title(self, entry: FeedEntry) -> str:
        return entry.title

    def item_description(self, entry: FeedEntry) -> None:
        return None  # written as a plain-text summary by the generator

    def item_link(self, entry: FeedEntry) -> str:
        return entry.url

    def item_guid(self, entry: FeedEntry) -> str:
        return entry.id

    def item_pubdate(self, entry: FeedEntry):
        return entry.published

    def item_updateddate(self, entry: FeedEntry):
        return entry.updated

    def item_categories(self, entry: FeedEntry) -> tuple:
        return ()  # written with their scheme by the generator

    def item_extra_kwargs(self, entry: FeedEntry) -> dict[str, Any]:
        return {"entry": entry}


pim_atom_feed = require_safe(PimAtomFeed())


# --- JSON Feed 1.1 ---------------------------------------------------------------------


def _links(links: list[FeedLink]) -> list[dict[str, str]]:
    return [{"language": link.language, "url": link.url} for link in links]


def _json_item(entry: FeedEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        # JSON Feed wants content in every item; the introduction is all the feed carries.
        "content_text": entry.summary,
        "date_published": rfc3339(entry.published),
        "date_modified": rfc3339(entry.updated),
        "language": entry.language,
        "tags": [entry.category] + ([entry.hub.code] if entry.hub else []),
        EXTENSION: {
            "alternates": _links(entry.alternates),
            "category": entry.category,
            "hub": {"code": entry.hub.code, "name": entry.hub.name} if entry.hub else None,
        },
    }


def pim_json_feed_document(feed: PimFeed) -> dict[str, Any]:
    """The feed as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/)."""
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "description": feed.description,
        "home_page_url": feed.home_url,
        "feed_url": feed.self_url,
        "language": feed.content.language,
        "authors": [{"name": settings.WAGTAIL_SITE_NAME}],
        EXTENSION: {
            "id": feed.guid,
            "licence": LICENCE,
            "alternates": _links(feed.alternates),
            "category": feed.content.filters.category or None,
            "hub": feed.content.filters.hub_code or None,
        },
        "items": [_json_item(entry) for entry in feed.content.entries],
    }


@require_safe
def pim_json_feed(request: HttpRequest, language: str) -> HttpResponse:
    language = _known_language(language)
    with translation.override(language):
        try:
            feed = pim_feed(request=request, language=language, url_name="pim_feed_json")
        except FeedParameterError as error:
            return _bad_request(error)
        body = json.dumps(pim_json_feed_document(feed), cls=DjangoJSONEncoder, ensure_ascii=False)
    response = HttpResponse(body, content_type=JSON_FEED_CONTENT_TYPE)
    if feed.content.updated is not None:
        response.headers["Last-Modified"] = http_date(feed.content.updated.timestamp())
    response.portal_cacheable = True
    return response
