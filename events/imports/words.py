"""What an entry says in words: its texts, its place, its description as rich text.

LOCATION is free text. Municipalities write it as "Biblioteca Ariostea, Via delle Scienze
17, 44121 Ferrara": the first part is the venue's name unless it is a street; the town
after a postcode becomes the municipality (without one, the HUB's is shown). "Online",
or an address, is no place.
"""

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.html import escape
from django.utils.translation import gettext as _
from icalendar import Component
from icalendar.prop import vBroken

VENUE_MAX = 200
MUNICIPALITY_MAX = 100
_STREET = re.compile(
    r"^(via|viale|v\.le|piazza|p\.za|piazzale|corso|c\.so|largo|vicolo|strada|borgo|"
    r"contrada|galleria|lungo\w*|località|loc\.)\b",
    re.IGNORECASE,
)
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+(?P<town>[^\d,()]+?)\s*(\([A-Z]{2}\))?$")
_ONLINE_WORDS = re.compile(r"^(online|on-line|in rete|web|streaming|zoom|teams|meet)\b", re.I)


def entry_text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None or isinstance(value, vBroken):
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def entry_place(event: Component) -> dict[str, Any]:
    """Venue, address and municipality from LOCATION; coordinates from GEO."""
    place: dict[str, Any] = {
        "venue_name": "",
        "venue_address": "",
        "municipality": "",
        "latitude": None,
        "longitude": None,
    }
    location = " ".join(entry_text(event, "LOCATION").split())
    if location and not _ONLINE_WORDS.match(location) and not location.startswith("http"):
        pieces = [piece.strip() for piece in location.split(",") if piece.strip()]
        if pieces and not _STREET.match(pieces[0]):
            place["venue_name"] = pieces.pop(0)[:VENUE_MAX]
        place["venue_address"] = ", ".join(pieces)
        town = _POSTCODE_TOWN.search(pieces[-1]) if pieces else None
        if town:
            place["municipality"] = town.group("town").strip()[:MUNICIPALITY_MAX]
    geo = event.get("GEO")
    if geo is not None and not isinstance(geo, vBroken):
        try:
            latitude = Decimal(str(geo.latitude)).quantize(Decimal("0.000001"))
            longitude = Decimal(str(geo.longitude)).quantize(Decimal("0.000001"))
        except (InvalidOperation, AttributeError):
            latitude = longitude = None
        if latitude is not None and abs(latitude) <= 90 and abs(longitude) <= 180:
            place["latitude"], place["longitude"] = latitude, longitude
    return place


def rich_text(text: str) -> str:
    """Plain text as rich text: blank lines part paragraphs, other line breaks stay."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.replace("\r", "")) if block]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line.strip()) for line in block.splitlines()))
        for block in blocks
        if block.strip()
    )


def entry_description(event: Component, more: str) -> str:
    """DESCRIPTION as rich text, with a link to ``more`` (the source's page) if given."""
    html = rich_text(entry_text(event, "DESCRIPTION"))
    if more:
        label = escape(_("More information"))
        html += f'<p>{label}: <a href="{escape(more)}">{escape(more)}</a></p>'
    return html
