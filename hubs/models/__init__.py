"""Models of the HUBs app, one module per concept."""

from .documents import Document
from .guides import Audience, GuidePage
from .hub_pages import HubFeaturedGuide, HubIndexPage, HubPage, HubTopic

__all__ = [
    "Audience",
    "Document",
    "GuidePage",
    "HubFeaturedGuide",
    "HubIndexPage",
    "HubPage",
    "HubTopic",
]
