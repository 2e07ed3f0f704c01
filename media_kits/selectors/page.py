"""Reads of a kit's page: its texts, its media in the reader's language, what it links to."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Min
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from events.models import EventOccurrence, EventPage
from hubs.models import GuidePage, HubPage
from media_kits.models import MediaKitPage
from media_kits.models.kit import lines_of
from media_kits.selectors.media import KitMedia, kit_media, language_name
from portal.languages import SOURCE_LANGUAGE, LocalisedValue, listing_fields, localised
from portal.privacy import public_pages


@dataclass(frozen=True)
class LinkCard:
    """A related guide or event, as a card."""

    title: LocalisedValue
    intro: LocalisedValue
    url: str
    #: An event's next date (``None`` for a guide, or an event with no date ahead).
    next_start: datetime.datetime | None = None


@dataclass(frozen=True)
class TextList:
    """A "one a line" field: its lines, and whether they are the Italian in its place."""

    items: list[str]
    is_fallback: bool


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    label: str


@dataclass(frozen=True)
class KitDetails:
    #: The reader's language, and its name in its own script.
    language: str
    language_name: str
    hub_title: LocalisedValue | None
    hub_url: str
    steps: LocalisedValue
    what_you_need: TextList
    where_to_go: LocalisedValue
    duties: TextList
    rights: TextList
    media: KitMedia
    external_video: LocalisedValue
    #: The transcript in paragraphs (an empty line separates them).
    transcript: list[str]
    related_guides: list[LinkCard]
    related_events: list[LinkCard]
    toc: list[TocEntry]

    @property
    def media_notice(self) -> bool:
        """Some media are shown in Italian because the reader's language has none."""
        return bool(self.media.fallbacks)


def _text_list(kit: MediaKitPage, field: str) -> TextList:
    value = localised(kit, field)
    return TextList(items=lines_of(value.value), is_fallback=value.is_fallback)


def _paragraphs(text: str) -> list[str]:
    return [
        part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n") if part.strip()
    ]


def _hub_of(kit: MediaKitPage) -> HubPage | None:
    parent_path = kit.path[: -kit.steplen]
    return HubPage.objects.filter(path=parent_path).only(*listing_fields(HubPage)).first()


def _cards(model: type[Page], ids: list[int], request: HttpRequest) -> list[tuple[Any, LinkCard]]:
    """Live, public pages of ``ids`` as cards, in the editor's order."""
    if not ids:
        return []
    pages = public_pages(model.objects.live(), request=request)
    pages = pages.filter(pk__in=ids).only(*listing_fields(model))
    by_id = {page.pk: page for page in pages}
    return [
        (
            by_id[pk],
            LinkCard(
                title=localised(by_id[pk], "title"),
                intro=localised(by_id[pk], "intro"),
                url=by_id[pk].get_url(request=request) or "",
            ),
        )
        for pk in ids
        if pk in by_id
    ]


def _event_cards(ids: list[int], request: HttpRequest) -> list[LinkCard]:
    cards = _cards(EventPage, ids, request)
    if not cards:
        return []
    next_starts = dict(
        EventOccurrence.objects.filter(
            event_id__in=[page.pk for page, _card in cards], end__gte=timezone.now()
        )
        .values("event_id")
        .annotate(first=Min("start"))
        .values_list("event_id", "first")
    )
    return [
        LinkCard(
            title=card.title, intro=card.intro, url=card.url, next_start=next_starts.get(page.pk)
        )
        for page, card in cards
    ]


def kit_details(*, kit: MediaKitPage, request: HttpRequest) -> KitDetails:
    """Everything the kit's page shows besides its title and summary."""
    code = translation.get_language() or SOURCE_LANGUAGE
    media = kit_media(kit=kit, language=code)
    steps = localised(kit, "steps")
    what_you_need = _text_list(kit, "what_you_need")
    where_to_go = localised(kit, "where_to_go")
    duties = _text_list(kit, "duties")
    rights = _text_list(kit, "rights")
    external_video = localised(kit, "external_video")
    guide_ids = [link.guide_id for link in kit.related_guides.all()]
    event_ids = [link.event_id for link in kit.related_events.all()]
    related_guides = [card for _page, card in _cards(GuidePage, guide_ids, request)]
    related_events = _event_cards(event_ids, request)
    hub = _hub_of(kit)
    has_video = bool(media.video or external_video.value)
    sections = [
        ("watch", _("Watch and listen"), has_video or media.audio),
        ("steps", _("Steps"), steps.value),
        ("what-you-need", _("What you need"), what_you_need.items),
        ("where-to-go", _("Where to go"), where_to_go.value),
        ("duties-rights", _("Your duties and rights"), duties.items or rights.items),
        ("infographics", _("In pictures"), media.infographics),
        ("transcript", _("Transcript"), media.transcript.value),
        ("related", _("Related guides and events"), related_guides or related_events),
    ]
    return KitDetails(
        language=code,
        language_name=language_name(code),
        hub_title=localised(hub, "title") if hub else None,
        hub_url=(hub.get_url(request=request) or "") if hub else "",
        steps=steps,
        what_you_need=what_you_need,
        where_to_go=where_to_go,
        duties=duties,
        rights=rights,
        media=media,
        external_video=external_video,
        transcript=_paragraphs(media.transcript.value),
        related_guides=related_guides,
        related_events=related_events,
        toc=[TocEntry(anchor=anchor, label=label) for anchor, label, shown in sections if shown],
    )
