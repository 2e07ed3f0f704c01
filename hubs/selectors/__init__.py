"""Reads of the HUBs' public pages: HUB cards, a HUB's landing, a guide's details.

Templates get everything ready here, in the reader's language with the Italian fallback
marked (``portal.languages.LocalisedValue``). Every list reads ``.live().public()``
pages only: a guide restricted to the network's operators appears in none of them.
"""

from hubs.selectors.guides import GuideDetails, guide_details, guide_json_ld, pdf_available
from hubs.selectors.landing import HubCard, HubLanding, hub_cards, hub_landing

__all__ = [
    "GuideDetails",
    "HubCard",
    "HubLanding",
    "guide_details",
    "guide_json_ld",
    "hub_cards",
    "hub_landing",
    "pdf_available",
]
