"""Reads of the HUB index and of a HUB's landing page.

Every list reads ``.live().public()`` pages only: a guide restricted to the network's
operators appears in none of them (nor in the search within the HUB, which is the site
search narrowed to the HUB).
"""

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Page

from hubs.models import Audience, GuidePage, HubIndexPage, HubPage
from hubs.selectors.guides import AUDIENCE_FILTERS, audience_label
from portal.languages import LocalisedValue, listing_fields, localised
from portal.privacy import public_pages
from portal.search import SearchOutcome, cleaned_query, search_pages

#: How many of a HUB's most recently published pages its landing lists.
LATEST_UPDATES = 5
#: A wrong parameter is quoted back in the message up to this many characters.
QUOTED_VALUE_LENGTH = 40


# --- HUB index ------------------------------------------------------------------------


@dataclass(frozen=True)
class HubCard:
    url: str
    #: The HUB's theme.
    title: LocalisedValue
    intro: LocalisedValue
    #: Italian proper name, the same in every language.
    municipality: str


def hub_cards(*, index_page: HubIndexPage, request: HttpRequest | None = None) -> list[HubCard]:
    """One card per public HUB, in the order editors gave them in the page tree."""
    hubs = public_pages(HubPage.objects.child_of(index_page).live(), request=request)
    hubs = hubs.order_by("path")
    return [
        HubCard(
            url=hub.get_url(request=request) or "",
            title=localised(hub, "title"),
            intro=localised(hub, "intro"),
            municipality=hub.municipality,
        )
        for hub in hubs.defer_streamfields()
    ]


# --- HUB landing ----------------------------------------------------------------------


@dataclass(frozen=True)
class GuideCard:
    url: str
    title: LocalisedValue
    intro: LocalisedValue
    audience: str
    audience_label: str


@dataclass(frozen=True)
class TopicSection:
    #: ``id`` of the section on the page.
    anchor: str
    #: ``None`` for the guides without a topic ("Other guides").
    name: LocalisedValue | None
    guides: list[GuideCard]


@dataclass(frozen=True)
class HubContacts:
    municipality: str
    address: str
    phone: str
    #: ``tel:`` link: digits only, with the international prefix.
    phone_link: str
    email: str
    opening_hours: LocalisedValue
    website: str

    @property
    def any(self) -> bool:
        return bool(
            self.address or self.phone or self.email or self.opening_hours.value or self.website
        )


@dataclass(frozen=True)
class LatestUpdate:
    url: str
    title: LocalisedValue
    published: datetime.datetime


@dataclass(frozen=True)
class AudienceOption:
    value: str
    label: str
    selected: bool


@dataclass(frozen=True)
class HubLanding:
    contacts: HubContacts
    featured: list[GuideCard]
    sections: list[TopicSection]
    latest: list[LatestUpdate]
    audience_options: list[AudienceOption]
    #: The audience filter applied ("" for every guide).
    audience: str
    #: The search within the HUB, ``None`` when the reader is not searching.
    search: SearchOutcome | None
    #: What was wrong with the address's parameters, one sentence each.
    messages: list[str] = field(default_factory=list)

    @property
    def max_query_length(self) -> int:
        return settings.PORTAL_SEARCH_MAX_QUERY_LENGTH


def _phone_link(phone: str) -> str:
    """``tel:`` target: a number written for Italians works from a foreign SIM too."""
    digits = re.sub(r"[^\d+]", "", phone)
    if digits.startswith("00"):
        digits = f"+{digits[2:]}"
    elif digits and not digits.startswith("+"):
        digits = f"+39{digits}"
    return digits


def _guide_card_fields() -> list[str]:
    return listing_fields(GuidePage, "audience", "topic_id")


def _guide_card(guide: GuidePage, request: HttpRequest) -> GuideCard:
    return GuideCard(
        url=guide.get_url(request=request) or "",
        title=localised(guide, "title"),
        intro=localised(guide, "intro"),
        audience=guide.audience,
        audience_label=audience_label(guide.audience),
    )


def _quoted(value: str) -> str:
    return value if len(value) <= QUOTED_VALUE_LENGTH else f"{value[:QUOTED_VALUE_LENGTH]}…"


def _audience_from(request: HttpRequest, messages: list[str]) -> str:
    """The audience asked for; anything else shows every guide, with a message."""
    values = {value.strip() for value in request.GET.getlist("audience")} - {""}
    if not values:
        return ""
    if len(values) == 1 and (value := values.pop()) in AUDIENCE_FILTERS:
        return value
    shown = _quoted(", ".join(sorted(request.GET.getlist("audience"))))
    messages.append(
        _("“%(value)s” is not an audience of these guides: every guide is shown.")
        % {"value": shown}
    )
    return ""


def _page_number_from(request: HttpRequest, messages: list[str]) -> int | None:
    raw = request.GET.get("page", "").strip()
    if not raw:
        return None
    if raw.isdecimal() and len(raw) < 10 and int(raw) >= 1:
        return int(raw)
    messages.append(
        _("“%(value)s” is not a page number: the first page of results is shown.")
        % {"value": _quoted(raw)}
    )
    return None


def _hub_search(*, hub: HubPage, request: HttpRequest, messages: list[str]) -> SearchOutcome:
    query = cleaned_query(request.GET.get("q", ""))
    if query.shortened:
        messages.append(
            _("Your search text was too long: only its first %(limit)s characters were searched.")
            % {"limit": settings.PORTAL_SEARCH_MAX_QUERY_LENGTH}
        )
    wanted = _page_number_from(request, messages)
    outcome = search_pages(
        request=request,
        query=query,
        page_number=str(wanted) if wanted else None,
        within=hub,
    )
    results = outcome.results
    if wanted and results is not None and results.number != wanted:
        messages.append(
            _("There is no results page %(wanted)s: page %(shown)s is shown.")
            % {"wanted": wanted, "shown": results.number}
        )
    return outcome


def _public_guides(*, hub: HubPage, request: HttpRequest) -> list[GuidePage]:
    """The HUB's live, public guides in tree order, read once for the whole landing."""
    guides = public_pages(GuidePage.objects.child_of(hub).live(), request=request)
    return list(guides.order_by("path").only(*_guide_card_fields()))


def _topic_sections(
    *, hub: HubPage, guides: list[GuidePage], request: HttpRequest, audience: str
) -> list[TopicSection]:
    """The HUB's public guides by topic, in the HUB's topic order; no topic comes last."""
    if audience:
        guides = [guide for guide in guides if guide.audience in (audience, Audience.BOTH)]
    by_topic: dict[int | None, list[GuideCard]] = {}
    topics = list(hub.topics.all())
    known = {topic.pk for topic in topics}
    for guide in guides:
        key = guide.topic_id if guide.topic_id in known else None
        by_topic.setdefault(key, []).append(_guide_card(guide, request))
    sections = [
        TopicSection(
            anchor=f"topic-{topic.pk}", name=localised(topic, "name"), guides=by_topic[topic.pk]
        )
        for topic in topics
        if topic.pk in by_topic
    ]
    if None in by_topic:
        sections.append(TopicSection(anchor="topic-other", name=None, guides=by_topic[None]))
    return sections


def _featured(*, hub: HubPage, guides: list[GuidePage], request: HttpRequest) -> list[GuideCard]:
    """The guides editors featured, in their order, when live and public.

    Usually the HUB's own guides, already read; one featured from elsewhere is read apart.
    """
    ids = list(hub.featured_guides.values_list("guide_id", flat=True))
    shown = {guide.pk: guide for guide in guides}
    if missing := [pk for pk in ids if pk not in shown]:
        others = public_pages(GuidePage.objects.live().filter(pk__in=missing), request=request)
        others = others.only(*_guide_card_fields())
        shown.update({guide.pk: guide for guide in others})
    return [_guide_card(shown[pk], request) for pk in ids if pk in shown]


def _latest(*, hub: HubPage, request: HttpRequest) -> list[LatestUpdate]:
    pages = (
        public_pages(Page.objects.descendant_of(hub).live(), request=request)
        .exclude(last_published_at=None)
        .only(*listing_fields(Page))
        .order_by("-last_published_at", "path")[:LATEST_UPDATES]
    )
    return [
        LatestUpdate(
            url=page.get_url(request=request) or "",
            title=localised(page, "title"),
            published=page.last_published_at,
        )
        for page in pages
    ]


def hub_landing(*, hub: HubPage, request: HttpRequest) -> HubLanding:
    """A HUB's landing: contacts, featured guides, guides by topic (or search results).

    Wrong ``audience`` or ``page`` values never fail: every guide (or the first page) is
    shown, with a message saying why.
    """
    messages: list[str] = []
    audience = _audience_from(request, messages)
    searching = bool(request.GET.get("q", "").strip())
    guides = _public_guides(hub=hub, request=request)
    return HubLanding(
        contacts=HubContacts(
            municipality=hub.municipality,
            address=hub.address.strip(),
            phone=hub.phone.strip(),
            phone_link=_phone_link(hub.phone),
            email=hub.email,
            opening_hours=localised(hub, "opening_hours"),
            website=hub.website,
        ),
        featured=_featured(hub=hub, guides=guides, request=request),
        sections=_topic_sections(hub=hub, guides=guides, request=request, audience=audience),
        latest=_latest(hub=hub, request=request),
        audience_options=[
            AudienceOption(value=value, label=str(label), selected=value == audience)
            for value, label in [("", _("Everyone")), *Audience.choices]
            if value != Audience.BOTH
        ],
        audience=audience,
        search=_hub_search(hub=hub, request=request, messages=messages) if searching else None,
        messages=messages,
    )
