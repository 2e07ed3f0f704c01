"""Create or update the demo content so that running the loader twice changes nothing."""

import json
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from portal.demo.legal import FOOTER, LEGAL_PAGES
from portal.demo.pages import HOME, PAGES
from portal.models import ContentPage, FooterSettings, HomePage, SectionPage

logger = logging.getLogger(__name__)

PAGE_TYPES: dict[str, type[Page]] = {"section": SectionPage, "content": ContentPage}
LANGUAGES = ("it", "en", "fr", "ar", "ur")
TEXT_FIELDS = ("title", "slug", "intro")


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _strip_ids(value):
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    return value


def _stream_fingerprint(stream_block, raw: list) -> str:
    """A comparable form of a StreamField value, independent of block ids."""
    prepared = stream_block.get_prep_value(stream_block.to_python(raw))
    return json.dumps(_strip_ids(prepared), sort_keys=True, ensure_ascii=False)


def _desired_values(page_class: type[Page], spec: dict) -> dict:
    values = {}
    for language in LANGUAGES:
        texts = spec.get(language, {})
        for name in TEXT_FIELDS:
            if name in texts:
                values[build_localized_fieldname(name, language)] = texts[name]
        if "body" in texts and hasattr(page_class, "body"):
            values[build_localized_fieldname("body", language)] = texts["body"]
    return values


def _differs(page: Page, values: dict) -> bool:
    """Whether ``page`` differs from ``values``: StreamFields compared without block ids,
    an empty text equal to a missing one, other values (dates, ids) as they are."""
    for name, wanted in values.items():
        current = getattr(page, name)
        if isinstance(wanted, list):
            block = page._meta.get_field(name).stream_block
            current_raw = current.get_prep_value() if current is not None else []
            if _stream_fingerprint(block, current_raw) != _stream_fingerprint(block, wanted):
                return True
        elif isinstance(wanted, str):
            if (current or "") != wanted:
                return True
        elif current != wanted:
            return True
    return False


def _publish(page: Page, values: dict, *, show_in_menus: bool) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    page.title = values["title_it"]
    page.slug = values.get("slug_it", page.slug)
    page.show_in_menus = show_in_menus
    page.save_revision().publish()


def _upsert(parent: Page, spec: dict, page_class: type[Page], report: DemoReport) -> Page:
    values = _desired_values(page_class, spec)
    show_in_menus = spec.get("show_in_menus", False)
    existing = parent.get_children().filter(slug_it=values["slug_it"]).first()
    if existing is None:
        # A page whose Italian was revised after it was translated starts from the
        # earlier Italian, so that its translations show as outdated.
        earlier = {
            build_localized_fieldname(name, "it"): text
            for name, text in spec.get("it_before_revision", {}).items()
        }
        page = page_class(title=values["title_it"], slug=values["slug_it"])
        for name, value in {**values, **earlier}.items():
            setattr(page, name, value)
        page.show_in_menus = show_in_menus
        parent.add_child(instance=page)
        page.save_revision().publish()
        if earlier:
            page = page_class.objects.get(pk=page.pk)
            for name in earlier:
                setattr(page, name, values[name])
            page.save_revision().publish()
        report.created.append(values["slug_it"])
        return page
    page = existing.specific
    if _differs(page, values) or page.show_in_menus != show_in_menus:
        _publish(page, values, show_in_menus=show_in_menus)
        report.updated.append(values["slug_it"])
    else:
        report.unchanged.append(values["slug_it"])
    return page


def _home(report: DemoReport) -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's own migration leaves a "Welcome" placeholder where the home page goes.
        for child in root.get_children():
            if child.specific_class is Page and child.numchild == 0:
                child.delete()
        root.refresh_from_db()
        spec = {language: {**texts, "slug": "home"} for language, texts in HOME.items()}
        values = _desired_values(HomePage, spec)
        home = HomePage(title=values["title_it"], slug="home")
        for name, value in values.items():
            setattr(home, name, value)
        root.add_child(instance=home)
        home.save_revision().publish()
        report.created.append("home")
    else:
        values = _desired_values(HomePage, HOME)
        if _differs(home, values):
            values["slug_it"] = home.slug_it
            _publish(home, values, show_in_menus=False)
            report.updated.append("home")
        else:
            report.unchanged.append("home")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="ER Integrazione"
        )
    elif site.root_page_id != home.pk or site.site_name != "ER Integrazione":
        site.root_page = home
        site.site_name = "ER Integrazione"
        site.save()
    return home


def _footer(site: Site, legal_pages: dict[str, Page]) -> bool:
    footer = FooterSettings.for_site(site)
    wanted = {name: value for name, value in FOOTER.items() if name != "funding_notice"}
    for language, text in FOOTER["funding_notice"].items():
        wanted[build_localized_fieldname("funding_notice", language)] = text
    changed = False
    for name, value in wanted.items():
        if getattr(footer, name) != value:
            setattr(footer, name, value)
            changed = True
    for name, page in legal_pages.items():
        if getattr(footer, f"{name}_id") != page.pk:
            setattr(footer, name, page)
            changed = True
    if changed:
        footer.save()
    return changed


@transaction.atomic
def demo_content_load() -> DemoReport:
    """Create the home page, demo pages, footer, HUB content and the events season; update
    what differs only."""
    report = DemoReport()
    with translation.override("it"):
        home = _home(report)
        pages: dict[str, Page] = {"home": home}
        for spec in PAGES:
            parent = pages[spec["parent"]]
            pages[spec["key"]] = _upsert(parent, spec, PAGE_TYPES[spec["type"]], report)
        legal: dict[str, Page] = {}
        for spec in LEGAL_PAGES:
            legal[spec["footer_field"]] = _upsert(home, spec, ContentPage, report)
        site = Site.objects.get(is_default_site=True)
        if _footer(site, legal):
            report.updated.append("footer")
        else:
            report.unchanged.append("footer")
        # Imported here: the HUBs' loader reuses this module's helpers. The HUB index is
        # in the main navigation (``show_in_menus``) as ``setup_hubs`` creates it.
        from hubs.demo.loader import hubs_demo_load

        hubs_demo_load(report)
        # After the HUBs: the season's events live under the calendar and under HUB pages.
        from events.demo.loader import events_demo_load

        events_demo_load(report)
        # Last: the media kits live under HUB pages and link to their guides and events.
        from media_kits.demo.loader import media_kits_demo_load

        media_kits_demo_load(report)
    return report
