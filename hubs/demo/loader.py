"""Load the HUBs' demo content so that loading it twice changes nothing.

Called by ``portal.demo.loader.demo_content_load`` after the portal's own pages: the HUB
section and its permissions are ensured first, then each HUB's texts, contacts and topics,
the guides of every ``hubs/demo/guides_*.py`` module with their leaflets, and each HUB's
featured guides. What differs from the data is published again; the rest is left alone.
"""

import datetime
import importlib
import logging
import pkgutil
from types import ModuleType
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageViewRestriction

import hubs.demo
from hubs.demo.hubs import CONTACTS, HUB_TEXTS, INDEX_INTRO, TOPICS
from hubs.demo.leaflets import leaflets_ensure
from hubs.hub_definitions import HUBS
from hubs.models import GuidePage, HubFeaturedGuide, HubIndexPage, HubPage, HubTopic
from hubs.permissions import NETWORK_OPERATORS, hub_permissions_ensure
from portal.demo.loader import DemoReport, _differs
from portal.languages import language_codes
from portal.translation_status import translation_status_record

logger = logging.getLogger(__name__)

#: Plain-text fields of a guide, per language.
GUIDE_TEXT_FIELDS = ("title", "slug", "intro", "who_for")
#: How many public guides each HUB features on its page.
FEATURED_COUNT = 2


# --- The data -------------------------------------------------------------------------


def guide_modules() -> list[ModuleType]:
    """The ``guides_*`` modules of this package, in the order of the HUBs."""
    order = {definition.code.replace("-", "_"): index for index, definition in enumerate(HUBS)}
    names = sorted(
        (info.name for info in pkgutil.iter_modules(hubs.demo.__path__)),
        key=lambda name: (order.get(name.removeprefix("guides_"), len(order)), name),
    )
    return [
        importlib.import_module(f"hubs.demo.{name}") for name in names if name.startswith("guides_")
    ]


def demo_guides() -> list[dict]:
    """Every demo guide, HUB by HUB."""
    return [spec for module in guide_modules() for spec in getattr(module, "GUIDES", [])]


class DemoDataError(ValueError):
    """The demo data is malformed: the message lists every problem, by guide key."""


def demo_data_errors(guides: list[dict]) -> list[str]:
    """What is wrong with ``guides`` for the contract of ``hubs/demo/__init__.py``."""
    errors = []
    codes = {definition.code for definition in HUBS}
    seen: set[str] = set()
    for position, spec in enumerate(guides):
        key = spec.get("key") or f"#{position + 1}"
        if key in seen:
            errors.append(f"{key}: another guide has the same key")
        seen.add(key)
        hub = spec.get("hub")
        if hub not in codes:
            errors.append(f"{key}: {hub!r} is not a HUB code ({', '.join(sorted(codes))})")
            continue
        topics = [topic["key"] for topic in TOPICS.get(hub, [])]
        if spec.get("topic") and spec["topic"] not in topics:
            errors.append(f"{key}: topic {spec['topic']!r} is not one of {topics}")
        italian = spec.get("it", {})
        if not italian.get("title") or not italian.get("slug"):
            errors.append(f"{key}: the Italian title and slug are required")
    return errors


def step_blocks(steps: list[dict]) -> list[dict]:
    return [
        {
            "type": "step",
            "value": {
                "title": step["title"],
                "details": step.get("details", ""),
                "documents": list(step.get("documents", [])),
                "where": step.get("where", ""),
                "cost": step.get("cost", ""),
                "duration": step.get("duration", ""),
            },
        }
        for step in steps
    ]


def question_blocks(questions: list[dict]) -> list[dict]:
    return [
        {"type": "question", "value": {"question": item["question"], "answer": item["answer"]}}
        for item in questions
    ]


def reference_blocks(references: list[dict]) -> list[dict]:
    return [
        {
            "type": "reference",
            "value": {
                "text": item["text"],
                "url": item.get("url", ""),
                "note": item.get("note", ""),
            },
        }
        for item in references
    ]


#: The guide's StreamFields and how the plain data becomes their raw value.
STREAM_FIELDS = {
    "steps": step_blocks,
    "faq": question_blocks,
    "legal_references": reference_blocks,
}


def guide_language_values(texts: dict, language: str) -> dict[str, Any]:
    """The per-language columns of one language of a guide (``title_fr``, ``steps_fr`` …)."""
    values: dict[str, Any] = {}
    for name in GUIDE_TEXT_FIELDS:
        if name in texts:
            values[build_localized_fieldname(name, language)] = texts[name]
    for name, convert in STREAM_FIELDS.items():
        if name in texts:
            values[build_localized_fieldname(name, language)] = convert(texts[name])
    return values


def _guide_values(spec: dict, *, topic: HubTopic | None, leaflet) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for language in language_codes():
        if language in spec:
            values.update(guide_language_values(spec[language], language))
    values.update(
        audience=spec.get("audience", "migrants"),
        topic_id=topic.pk if topic else None,
        last_reviewed=datetime.date.fromisoformat(spec["last_reviewed"])
        if spec.get("last_reviewed")
        else None,
        review_interval_months=spec.get("review_interval_months", 12),
        share_with_pim=spec.get("share_with_pim", False),
        pim_category=spec.get("pim_category", ""),
        attachments=[{"type": "document", "value": leaflet.pk}] if leaflet else [],
    )
    return values


# --- The HUB pages --------------------------------------------------------------------


def _publish(page: Page, values: dict) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _index_texts(report: DemoReport) -> None:
    index = HubIndexPage.objects.first()
    values = {build_localized_fieldname("intro", code): text for code, text in INDEX_INTRO.items()}
    if _differs(index, values):
        _publish(index, values)
        report.updated.append("hub-index")
    else:
        report.unchanged.append("hub-index")


def _hub_values(code: str) -> dict[str, Any]:
    values: dict[str, Any] = dict(CONTACTS.get(code, {}))
    for language, texts in HUB_TEXTS.get(code, {}).items():
        for name, value in texts.items():
            values[build_localized_fieldname(name, language)] = value
    return values


def _topic_rows(hub: HubPage) -> tuple[list[HubTopic], bool]:
    """The HUB's topic rows as the data wants them, and whether anything differs.

    Rows are matched by their Italian name so that guides keep their topic; topics an
    editor added stay, after the demo's own.
    """
    existing = list(hub.topics.all().order_by("sort_order", "pk"))
    by_name = {topic.name_it: topic for topic in existing}
    rows: list[HubTopic] = []
    changed = False
    for spec in TOPICS.get(hub.code, []):
        topic = by_name.pop(spec["it"], None)
        if topic is None:
            topic = HubTopic(page=hub)
            changed = True
        for language in language_codes():
            if language not in spec:
                continue
            name = build_localized_fieldname("name", language)
            wanted = spec[language]
            if (getattr(topic, name) or "") != wanted:
                setattr(topic, name, wanted)
                changed = True
        rows.append(topic)
    rows += [topic for topic in existing if topic.name_it in by_name]
    for position, topic in enumerate(rows):
        if topic.sort_order != position:
            topic.sort_order = position
            changed = True
    return rows, changed


def _hub_texts(hub: HubPage, report: DemoReport) -> HubPage:
    values = _hub_values(hub.code)
    topics, topics_changed = _topic_rows(hub)
    if _differs(hub, values) or topics_changed:
        hub.topics = topics
        _publish(hub, values)
        report.updated.append(f"hub:{hub.code}")
        hub = HubPage.objects.get(pk=hub.pk)
    else:
        report.unchanged.append(f"hub:{hub.code}")
    return hub


def _featured_guides(hub: HubPage, guides: list[GuidePage], report: DemoReport) -> None:
    public = [guide for guide in guides if not _is_restricted(guide)][:FEATURED_COUNT]
    current = [item.guide_id for item in hub.featured_guides.all().order_by("sort_order")]
    if current == [guide.pk for guide in public]:
        report.unchanged.append(f"hub:{hub.code}:featured")
        return
    hub.featured_guides = [
        HubFeaturedGuide(guide=guide, sort_order=position) for position, guide in enumerate(public)
    ]
    hub.save_revision().publish()
    report.updated.append(f"hub:{hub.code}:featured")


# --- Guides ---------------------------------------------------------------------------


def _is_restricted(page: Page) -> bool:
    return PageViewRestriction.objects.filter(page=page).exists()


def _restriction_ensure(page: Page, *, restricted: bool) -> bool:
    """Make ``page`` visible to the network operators only, or to everyone; True if changed."""
    restrictions = PageViewRestriction.objects.filter(page=page)
    if not restricted:
        if restrictions.exists():
            for restriction in restrictions:
                restriction.delete()
            return True
        return False
    group, _created = Group.objects.get_or_create(name=NETWORK_OPERATORS)
    restriction = restrictions.filter(restriction_type=PageViewRestriction.GROUPS).first()
    changed = False
    if restriction is None:
        restrictions.delete()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        changed = True
    if list(restriction.groups.values_list("pk", flat=True)) != [group.pk]:
        restriction.groups.set([group])
        changed = True
    return changed


def _earlier_italian(spec: dict) -> dict[str, Any]:
    earlier = spec.get("it_before_revision", {})
    values = guide_language_values(earlier, "it")
    return {name: value for name, value in values.items() if not name.startswith("slug")}


def _guide_create(hub: HubPage, spec: dict, values: dict) -> GuidePage:
    """Publish a new guide; a revised one first with its earlier Italian (see the contract)."""
    earlier = _earlier_italian(spec)
    page = GuidePage(title=values["title_it"], slug=values["slug_it"])
    for name, value in {**values, **earlier}.items():
        setattr(page, name, value)
    hub.add_child(instance=page)
    # Restricted before its first publication: never public, not even for a moment.
    _restriction_ensure(page, restricted=spec.get("restricted", False))
    page.save_revision().publish()
    if earlier:
        page = GuidePage.objects.get(pk=page.pk)
        for name in earlier:
            setattr(page, name, values[name])
        page.save_revision().publish()
        # Only these languages were translated again after the Italian revision.
        for language in spec.get("retranslated_after_revision", []):
            if language in spec:
                translation_status_record(
                    page=page, language=language, translated_at=timezone.now()
                )
    return GuidePage.objects.get(pk=page.pk)


def _guide_upsert(
    hub: HubPage, spec: dict, topics: dict[str, HubTopic], report: DemoReport
) -> GuidePage:
    topic = None
    if spec.get("topic"):
        topic = topics.get(spec["topic"])
        if topic is None:
            raise ValueError(
                f"Demo guide {spec['key']!r}: topic {spec['topic']!r} is not a key of "
                f"TOPICS[{hub.code!r}] in hubs/demo/hubs.py."
            )
    leaflet = leaflets_ensure(spec=spec, hub=hub, report=report) if "leaflet" in spec else None
    values = _guide_values(spec, topic=topic, leaflet=leaflet)
    label = f"guide:{spec['key']}"
    existing = GuidePage.objects.child_of(hub).filter(slug_it=values["slug_it"]).first()
    if existing is None:
        report.created.append(label)
        return _guide_create(hub, spec, values)
    page = existing.specific
    restriction_changed = _restriction_ensure(page, restricted=spec.get("restricted", False))
    if _differs(page, values):
        _publish(page, values)
        report.updated.append(label)
    elif restriction_changed:
        report.updated.append(label)
    else:
        report.unchanged.append(label)
    return page


def _topics_by_key(hub: HubPage) -> dict[str, HubTopic]:
    rows = {topic.name_it: topic for topic in HubTopic.objects.filter(page=hub)}
    specs = TOPICS.get(hub.code, [])
    return {spec["key"]: rows[spec["it"]] for spec in specs if spec["it"] in rows}


# --- Entry point ----------------------------------------------------------------------


def _permissions_ensure(report: DemoReport) -> None:
    result = hub_permissions_ensure()
    changes = [*result.created, *result.repaired, *result.removed]
    (report.updated if changes else report.unchanged).append("hub-permissions")


@transaction.atomic
def hubs_demo_load(report: DemoReport, *, guides: list[dict] | None = None) -> None:
    """Create or update the HUB section's demo content; record what happened in ``report``.

    ``guides`` defaults to every ``guides_*`` module's guides. Malformed data raises
    ``DemoDataError`` before anything is written.
    """
    from hubs.services import hubs_ensure

    guides = demo_guides() if guides is None else guides
    errors = demo_data_errors(guides)
    if errors:
        raise DemoDataError("The HUB demo data is malformed:\n" + "\n".join(errors))
    guides_by_hub: dict[str, list[dict]] = {}
    for spec in guides:
        guides_by_hub.setdefault(spec["hub"], []).append(spec)
    with translation.override("it"):
        setup = hubs_ensure()
        report.created += [f"hub:{code}" for code in setup.created]
        _permissions_ensure(report)
        _index_texts(report)
        for definition in HUBS:
            hub = _hub_texts(HubPage.objects.get(code=definition.code), report)
            topics = _topics_by_key(hub)
            specs = guides_by_hub.get(hub.code, [])
            guides = [_guide_upsert(hub, spec, topics, report) for spec in specs]
            _featured_guides(HubPage.objects.get(pk=hub.pk), guides, report)
    logger.info("HUB demo content: %d guides", sum(len(specs) for specs in guides_by_hub.values()))
