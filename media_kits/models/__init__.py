"""Models of the media kits, one module per concept.

* ``kit``: the kit page (the procedure explained in words, a video, audio, pictures).
* ``media``: what a kit holds per language: caption tracks, audio narrations and
  infographics (with their per-language variants).
* ``related``: the guides and events a kit points to.
* ``index``: the regional page that lists every kit.
* ``reporting``: the cookie-free daily counters of plays and downloads.
* ``archives``: the cached "download the kit" ZIP files.
"""

from media_kits.models.archives import ArchiveState, KitArchive
from media_kits.models.index import MediaKitIndexPage
from media_kits.models.kit import MediaKitPage
from media_kits.models.media import KitAudio, KitCaption, KitInfographic
from media_kits.models.related import KitRelatedEvent, KitRelatedGuide
from media_kits.models.reporting import CountKind, KitDailyCount

__all__ = [
    "ArchiveState",
    "CountKind",
    "KitArchive",
    "KitAudio",
    "KitCaption",
    "KitDailyCount",
    "KitInfographic",
    "KitRelatedEvent",
    "KitRelatedGuide",
    "MediaKitIndexPage",
    "MediaKitPage",
]
