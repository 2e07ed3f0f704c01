"""What the pull feeds for PIM list: shared, public content in one language.

The feeds are the second channel towards the Portale Integrazione Migranti (the push is
the first): anybody, PIM's editors included, can subscribe to them. So they list exactly
what the push may send and nothing more:

- pages of a shareable type (a concrete subclass of ``PimShareable``) whose editor ticked
  "share with PIM";
- live and public: ``.public()`` leaves out every page with a view restriction of its own
  or on an ancestor, so the operators' area never leaks into a feed;
- existing in the feed's language (``portal.languages.page_languages``: its title is
  written in it). A page shown in Italian under ``/ar/`` is not an Arabic page, and
  listing it in the Arabic feed would announce Italian text as Arabic.

Each entry carries the same stable id as the push (``sync_pim.payload.item_id``), so a
subscriber that reads both channels sees one item, not two.

The work is a fixed number of queries whatever the number of entries: one per shareable
page type (StreamFields deferred: they hold the nine-language bodies and are not needed),
one for the HUBs (each entry's HUB is then found by tree path), one for view restrictions;
page URLs come from ``portal.selectors.language_links``, which caches them per content
generation and needs no query on a warm cache.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from hubs.freshness import hub_of
from hubs.models import HubPage
from portal.languages import SOURCE_LANGUAGE, localised
from portal.selectors import language_links
from sync_pim.models import PimCategory, PimShareable
from sync_pim.payload import category_of, item_id

#: Entries in one feed: the newest, which is what a subscriber polling it needs.
FEED_LIMIT = 50
_NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)


class FeedParameterError(ValueError):
    """A query parameter names something that does not exist; the message says what does."""


def shareable_page_models() -> list[type[Page]]:
    """The page types an editor can share with PIM, in a stable order."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, PimShareable) and issubclass(model, Page)
    ]
    return sorted(models, key=lambda model: model._meta.label)


@dataclass(frozen=True)
class FeedFilters:
    category: str = ""
    hub: HubPage | None = None

    @property
    def hub_code(self) -> str:
        return self.hub.code if self.hub else ""


@dataclass(frozen=True)
class FeedLink:
    language: str
    url: str


@dataclass(frozen=True)
class FeedHub:
    code: str
    #: The HUB's title in the feed's language (Italian where it has none).
    name: str


@dataclass(frozen=True)
class FeedEntry:
    id: str
    language: str
    title: str
    #: The page's introduction in the feed's language; empty when it is not translated,
    #: rather than Italian text presented as another language.
    summary: str
    url: str
    published: datetime.datetime
    updated: datetime.datetime
    category: str
    category_label: str
    hub: FeedHub | None
    #: The page in every other language it exists in, in the portal's order.
    alternates: list[FeedLink] = field(default_factory=list)


def _hubs() -> list[HubPage]:
    return list(HubPage.objects.defer_streamfields().order_by("path"))


def feed_filters(*, category: str | None, hub: str | None, hubs: list[HubPage]) -> FeedFilters:
    """The filters named by ``?category=`` and ``?hub=``; an empty value filters nothing.

    Raises ``FeedParameterError`` for a value that names no category or HUB, with the
    values that do exist, so that whoever builds the URL can correct it.
    """
    category = (category or "").strip()
    code = (hub or "").strip()
    if category and category not in PimCategory.values:
        raise FeedParameterError(
            gettext('Unknown category "%(value)s". Allowed categories: %(allowed)s.')
            % {"value": category, "allowed": ", ".join(PimCategory.values)}
        )
    by_code = {page.code: page for page in hubs}
    if code and code not in by_code:
        raise FeedParameterError(
            gettext('Unknown HUB "%(value)s". Allowed HUBs: %(allowed)s.')
            % {"value": code, "allowed": ", ".join(by_code) or "-"}
        )
    return FeedFilters(category=category, hub=by_code.get(code))


def _shared_pages(model: type[Page], *, language: str, filters: FeedFilters) -> QuerySet:
    pages = model.objects.live().public().filter(share_with_pim=True)
    if language != SOURCE_LANGUAGE:
        # The rule of ``page_languages`` in SQL: a title with something besides spaces.
        pages = pages.filter(**{f"{build_localized_fieldname('title', language)}__regex": r"\S"})
    if filters.category:
        condition = Q(pim_category=filters.category)
        if model.default_pim_category == filters.category:
            condition |= Q(pim_category="")
        pages = pages.filter(condition)
    if filters.hub is not None:
        pages = pages.descendant_of(filters.hub)
    return pages.defer_streamfields().order_by("-last_published_at", "-pk")


def _text(page: Page, name: str, language: str) -> str:
    value = getattr(page, build_localized_fieldname(name, language), None) or ""
    return " ".join(str(value).split())


def _entry(page: Page, *, language: str, request: HttpRequest, hubs: list[HubPage]) -> FeedEntry:
    links = {
        link.code: iri_to_uri(request.build_absolute_uri(link.url))
        for link in language_links(request=request, page=page)
        if link.is_translated
    }
    hub = hub_of(page, hubs)
    category = category_of(page)
    updated = page.last_published_at or page.latest_revision_created_at
    return FeedEntry(
        id=item_id(page_id=page.pk, language=language),
        language=language,
        title=_text(page, "title", language),
        summary=_text(page, "intro", language),
        url=links[language],
        published=page.first_published_at or updated,
        updated=updated,
        category=category,
        category_label=str(dict(PimCategory.choices).get(category, category)),
        hub=FeedHub(code=hub.code, name=localised(hub, "title").value) if hub else None,
        alternates=[FeedLink(code, url) for code, url in links.items() if code != language],
    )


@dataclass(frozen=True)
class PimFeedContent:
    language: str
    filters: FeedFilters
    entries: list[FeedEntry]

    @property
    def updated(self) -> datetime.datetime | None:
        return max((entry.updated for entry in self.entries), default=None)


def pim_feed_content(
    *,
    request: HttpRequest,
    language: str,
    category: str | None = None,
    hub: str | None = None,
    limit: int = FEED_LIMIT,
) -> PimFeedContent:
    """The newest ``limit`` shared pages in ``language``, newest first.

    ``language`` must be one of the portal's (the view answers 404 otherwise); bad
    ``category`` or ``hub`` values raise ``FeedParameterError``.
    """
    hubs = _hubs()
    filters = feed_filters(category=category, hub=hub, hubs=hubs)
    pages: list[Page] = []
    for model in shareable_page_models():
        pages.extend(_shared_pages(model, language=language, filters=filters)[:limit])
    pages.sort(key=lambda page: (page.last_published_at or _NEVER, page.pk), reverse=True)
    with translation.override(language):
        entries = [
            _entry(page, language=language, request=request, hubs=hubs) for page in pages[:limit]
        ]
    return PimFeedContent(language=language, filters=filters, entries=entries)
