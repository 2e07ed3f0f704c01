"""Reads of the HUBs' public pages: HUB cards, a HUB's landing, a guide's details."""

from django.http import HttpRequest

from hubs.models import GuidePage, HubIndexPage, HubPage


def hub_cards(*, index_page: HubIndexPage) -> list[HubPage]:
    return list(HubPage.objects.child_of(index_page).live().public())


def hub_landing(*, hub: HubPage, request: HttpRequest) -> dict:
    return {"guides": list(GuidePage.objects.child_of(hub).live().public())}


def guide_details(*, guide: GuidePage, request: HttpRequest) -> dict:
    return {}
