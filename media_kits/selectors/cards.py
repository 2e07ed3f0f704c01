"""The list of kits on the regional index page."""

from dataclasses import dataclass

from django.http import HttpRequest

from media_kits.models import MediaKitPage
from portal.languages import LocalisedValue, listing_fields, localised


@dataclass(frozen=True)
class KitCard:
    title: LocalisedValue
    intro: LocalisedValue
    url: str


def kit_cards(*, request: HttpRequest) -> list[KitCard]:
    """Every live, public kit of the portal (regional and the HUBs'), by title."""
    kits = MediaKitPage.objects.live().public().only(*listing_fields(MediaKitPage))
    cards = [
        KitCard(
            title=localised(kit, "title"),
            intro=localised(kit, "intro"),
            url=kit.get_url(request=request) or "",
        )
        for kit in kits
    ]
    return sorted(cards, key=lambda card: str(card.title.value).casefold())
