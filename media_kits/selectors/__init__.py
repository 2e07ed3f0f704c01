"""Reads of the media kits: the kit in one language, the kit page, the list of kits."""

from media_kits.selectors.cards import KitCard, kit_cards
from media_kits.selectors.media import (
    CaptionTrack,
    Infographic,
    KitMedia,
    kit_media,
    language_name,
)
from media_kits.selectors.page import KitDetails, kit_details

__all__ = [
    "CaptionTrack",
    "Infographic",
    "KitCard",
    "KitDetails",
    "KitMedia",
    "kit_cards",
    "kit_details",
    "kit_media",
    "language_name",
]
