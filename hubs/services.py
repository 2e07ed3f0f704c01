"""Writes of the HUBs app: creating and repairing the HUB section of the page tree."""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from hubs.hub_definitions import HUBS, INDEX_SLUG, INDEX_TITLES
from hubs.models import HubIndexPage, HubPage
from portal.models import HomePage

logger = logging.getLogger(__name__)


class HubSetupError(Exception):
    """The HUB section cannot be created: the message says what is missing."""


@dataclass
class HubSetupReport:
    created: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _fill_missing_titles(page: Page, titles: dict[str, str]) -> bool:
    """Give ``page`` the titles it lacks; an editor's own title is never overwritten."""
    changed = False
    for code, title in titles.items():
        name = build_localized_fieldname("title", code)
        if not (getattr(page, name) or "").strip():
            setattr(page, name, title)
            changed = True
    return changed


def _home_page() -> HomePage:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else HomePage.objects.first()
    if not isinstance(home, HomePage):
        raise HubSetupError(
            "The default site has no portal home page: run `manage.py load_demo_content` "
            "or create the home page in the admin first."
        )
    return home


def _index_page(home: HomePage, report: HubSetupReport) -> HubIndexPage:
    index = HubIndexPage.objects.first()
    if index is None:
        index = HubIndexPage(title=INDEX_TITLES["it"], slug=INDEX_SLUG, show_in_menus=True)
        _fill_missing_titles(index, INDEX_TITLES)
        home.add_child(instance=index)
        index.save_revision().publish()
        report.created.append("index")
        return index
    if _fill_missing_titles(index, INDEX_TITLES):
        index.save_revision().publish()
        report.repaired.append("index")
    else:
        report.unchanged.append("index")
    return index


@transaction.atomic
def hubs_ensure() -> HubSetupReport:
    """Create the HUB index and the five HUB pages, or repair what is missing.

    Repairs without undoing editors' work: a missing HUB is created, a HUB moved
    out of the index is moved back, a title missing in a language is filled in. Texts
    an editor wrote, unpublished HUBs and their guides are left as they are.
    """
    report = HubSetupReport()
    with translation.override("it"):
        index = _index_page(_home_page(), report)
        for definition in HUBS:
            hub = HubPage.objects.filter(code=definition.code).first()
            if hub is None:
                hub = HubPage(
                    code=definition.code,
                    municipality=definition.municipality,
                    title=definition.titles["it"],
                    slug=definition.code,
                )
                _fill_missing_titles(hub, definition.titles)
                index.add_child(instance=hub)
                hub.save_revision().publish()
                report.created.append(definition.code)
                continue
            repaired = False
            if hub.get_parent().pk != index.pk:
                hub.move(index, pos="last-child")
                hub = HubPage.objects.get(pk=hub.pk)
                repaired = True
            # A HUB with a draft in progress keeps it: the repair goes into a new draft.
            publish = hub.live and not hub.has_unpublished_changes
            changed = _fill_missing_titles(hub, definition.titles)
            if not hub.municipality:
                hub.municipality = definition.municipality
                changed = True
            if changed:
                revision = hub.save_revision()
                if publish:
                    revision.publish()
                repaired = True
            (report.repaired if repaired else report.unchanged).append(definition.code)
    logger.info(
        "HUBs: created %s, repaired %s", report.created or "none", report.repaired or "none"
    )
    return report
