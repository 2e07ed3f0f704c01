"""The HUBs' demo content: real guides in several languages, loaded once and only once.

The data checks read the ``hubs/demo/guides_*.py`` modules directly, so that a malformed
guide from any HUB fails here with its key and language before it reaches the database.
The loaded site is built once for the module (inside a transaction rolled back at the end):
loading builds every leaflet with WeasyPrint, which takes a while.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from hubs.blocks import FaqBlock, LegalReferencesBlock, StepsBlock
from hubs.demo.hubs import HUB_TEXTS, TOPICS
from hubs.demo.leaflets import leaflet_group
from hubs.demo.loader import (
    DemoDataError,
    demo_data_errors,
    demo_guides,
    guide_language_values,
    hubs_demo_load,
)
from hubs.hub_definitions import HUBS
from hubs.models import Document, GuidePage, HubIndexPage, HubPage
from portal.demo.loader import DemoReport, demo_content_load
from portal.languages import language_codes, page_languages
from portal.translation_status import TranslationState, translation_states
from tests.factories import url_in
from tests.services import require_weasyprint

HUB_CODES = [definition.code for definition in HUBS]
GUIDES = demo_guides()
REQUIRED_LANGUAGES = ("it", "en", "fr", "ar")
STREAM_BLOCKS = {
    "steps": StepsBlock(),
    "faq": FaqBlock(),
    "legal_references": LegalReferencesBlock(),
}
DID_KEY = "did-centro-impiego"


def _guide_languages(spec: dict) -> list[str]:
    return [code for code in language_codes() if code in spec]


# --- The data, before it reaches the database ------------------------------------------


def test_guide_modules_use_only_the_documented_keys():
    known = {
        "key", "hub", "topic", "audience", "restricted", "last_reviewed",
        "review_interval_months", "share_with_pim", "pim_category", "leaflet",
        "it_before_revision",
        "retranslated_after_revision", *language_codes(),
    }  # fmt: skip
    keys = [spec["key"] for spec in GUIDES]

    assert len(keys) == len(set(keys)), "two demo guides share a key"
    for spec in GUIDES:
        assert set(spec) <= known, f"{spec['key']}: unknown keys {set(spec) - known}"
        assert spec["hub"] in HUB_CODES, f"{spec['key']}: no HUB {spec['hub']!r}"
        assert spec.get("audience", "migrants") in {"migrants", "operators", "both"}
        assert set(spec.get("retranslated_after_revision", [])) <= set(_guide_languages(spec))


def test_the_demo_data_is_well_formed():
    assert demo_data_errors(GUIDES) == []


def test_malformed_guide_data_is_reported_by_key():
    bad = [
        {"key": "a", "hub": "lavoro", "topic": "no-such-topic", "it": {"title": "A", "slug": "a"}},
        {"key": "a", "hub": "nowhere", "it": {}},
        {"key": "b", "hub": "salute", "topic": "accesso-alle-cure", "it": {"title": "B"}},
    ]

    errors = demo_data_errors(bad)

    assert errors == [
        "a: topic 'no-such-topic' is not one of ['cercare-lavoro', 'diritti-sul-lavoro', "
        "'permesso-e-lavoro']",
        "a: another guide has the same key",
        "a: 'nowhere' is not a HUB code (formazione-titoli-di-studio, lavoro, "
        "prestazioni-sociali-anagrafe, salute, titoli-di-soggiorno)",
        "b: the Italian title and slug are required",
    ]


def test_every_topic_a_guide_names_exists_in_its_hub():
    for spec in GUIDES:
        keys = [topic["key"] for topic in TOPICS[spec["hub"]]]
        assert spec["topic"] in keys, f"{spec['key']}: topic {spec['topic']!r} not in {keys}"


def test_every_topic_is_named_in_every_language():
    for code, topics in TOPICS.items():
        assert code in HUB_CODES
        assert 2 <= len(topics) <= 3
        for topic in topics:
            missing = [language for language in language_codes() if not topic.get(language)]
            assert not missing, f"{code}/{topic['key']}: no name in {missing}"


@pytest.mark.parametrize(
    ("key", "language"),
    [(spec["key"], language) for spec in GUIDES for language in _guide_languages(spec)],
)
def test_guide_data_passes_the_stream_blocks_validation(key, language):
    spec = next(spec for spec in GUIDES if spec["key"] == key)
    values = guide_language_values(spec[language], language)
    for name, block in STREAM_BLOCKS.items():
        raw = values.get(f"{name}_{language.replace('-', '_')}")
        if raw is None:
            continue
        try:
            block.clean(block.to_python(raw))
        except ValidationError as error:
            pytest.fail(f"{key} [{language}] {name}: {error}")
    texts = spec[language]
    assert texts["title"].strip() and len(texts["title"]) <= 255
    assert texts["intro"].strip(), f"{key} [{language}]: no plain-language summary"
    if "slug" in texts:
        assert texts["slug"] == slugify(texts["slug"]), f"{key} [{language}]: bad slug"


def test_slugs_are_unique_per_hub_and_language():
    seen: dict[tuple[str, str, str], str] = {}
    for spec in GUIDES:
        for language in _guide_languages(spec):
            slug = spec[language].get("slug")
            if slug:
                place = (spec["hub"], language, slug)
                assert place not in seen, f"{spec['key']} and {seen[place]} share {place}"
                seen[place] = spec["key"]


def test_every_hub_has_texts_in_the_four_main_languages():
    for code in HUB_CODES:
        for language in REQUIRED_LANGUAGES:
            texts = HUB_TEXTS[code][language]
            assert texts["intro"] and texts["body"] and texts["opening_hours"]


# --- The loaded site ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once; each test runs in a savepoint inside this transaction."""
    with django_db_blocker.unblock(), transaction.atomic():
        report = demo_content_load()
        yield report
        transaction.set_rollback(True)


def _loaded_guides() -> dict[str, GuidePage]:
    by_slug = {page.slug_it: page for page in GuidePage.objects.all()}
    return {spec["key"]: by_slug[spec["it"]["slug"]] for spec in GUIDES}


@pytest.mark.django_db
def test_every_hub_has_two_public_guides_in_italian_english_french_and_arabic(demo):
    for hub in HubPage.objects.all():
        complete = [
            guide
            for guide in GuidePage.objects.child_of(hub).live().public()
            if set(REQUIRED_LANGUAGES) <= set(page_languages(guide))
            and all(getattr(guide, f"steps_{language}") for language in REQUIRED_LANGUAGES)
        ]
        assert len(complete) >= 2, f"HUB {hub.code} has {len(complete)} complete public guides"


@pytest.mark.django_db
def test_hub_pages_get_texts_contacts_topics_and_featured_guides(demo):
    index = HubIndexPage.objects.get()
    assert index.intro_it and index.intro_ar and index.show_in_menus
    for hub in HubPage.objects.all():
        assert hub.intro_it and hub.intro_ar and hub.body_fr and hub.address and hub.website
        names = [topic.name_it for topic in hub.topics.order_by("sort_order")]
        assert names == [topic["it"] for topic in TOPICS[hub.code]]
        assert hub.topics.first().name_zh_hans
        featured = [item.guide for item in hub.featured_guides.order_by("sort_order")]
        assert len(featured) == 2
        assert all(guide.get_parent().pk == hub.pk for guide in featured)
        assert not PageViewRestriction.objects.filter(page__in=featured).exists()


@pytest.mark.django_db
def test_the_hub_section_renders_and_is_in_the_main_menu(demo, client):
    index = HubIndexPage.objects.get()
    home = client.get("/it/", HTTP_HOST="localhost")

    assert f'href="{url_in(index, "it")}"' in home.content.decode()
    guide = _loaded_guides()[DID_KEY]
    for page in [index, *HubPage.objects.all(), guide]:
        for language in ("it", "ar"):
            response = client.get(url_in(page, language), HTTP_HOST="localhost")
            assert response.status_code == 200, f"{page.title} [{language}]"


@pytest.mark.django_db
def test_guides_get_their_topic_audience_and_review_date(demo):
    guides = _loaded_guides()
    for spec in GUIDES:
        guide = guides[spec["key"]]
        topic = next(topic for topic in TOPICS[spec["hub"]] if topic["key"] == spec["topic"])
        assert guide.topic.name_it == topic["it"]
        assert guide.topic.page_id == guide.get_parent().pk
        assert guide.audience == spec.get("audience", "migrants")
        assert guide.review_interval_months == spec.get("review_interval_months", 12)
        assert str(guide.last_reviewed) == spec["last_reviewed"]


@pytest.mark.django_db
def test_the_operators_guide_is_visible_to_the_network_operators_only(demo):
    guides = _loaded_guides()
    restricted = [spec for spec in GUIDES if spec.get("restricted")]
    assert any(spec["hub"] == "lavoro" for spec in restricted)
    for spec in restricted:
        guide = guides[spec["key"]]
        restriction = PageViewRestriction.objects.get(page=guide)
        assert restriction.restriction_type == PageViewRestriction.GROUPS
        assert [group.name for group in restriction.groups.all()] == ["Operatori della rete"]
        assert not GuidePage.objects.public().filter(pk=guide.pk).exists()
    for spec in GUIDES:
        if not spec.get("restricted"):
            assert GuidePage.objects.public().filter(pk=guides[spec["key"]].pk).exists()


@pytest.mark.django_db
def test_only_the_did_guide_is_outdated_and_only_in_french(demo):
    outdated = {
        (guide.slug_it, language)
        for guide in GuidePage.objects.all()
        for language, state in translation_states(guide).items()
        if state == TranslationState.OUTDATED
    }
    did = next(spec for spec in GUIDES if spec["key"] == DID_KEY)

    assert outdated == {(did["it"]["slug"], "fr")}
    states = translation_states(_loaded_guides()[DID_KEY])
    for language in ("en", "ar", "ur", "ro"):
        assert states[language] == TranslationState.UP_TO_DATE


@pytest.mark.django_db
def test_leaflets_are_one_plurilingual_document_attached_to_their_guide(demo):
    require_weasyprint()
    guides = _loaded_guides()
    did = next(spec for spec in GUIDES if spec["key"] == DID_KEY)
    documents = Document.objects.filter(translation_group=leaflet_group(DID_KEY))
    languages = set(documents.values_list("language", flat=True))

    assert languages == set(did["leaflet"]["languages"])
    assert len(languages) >= 3
    hub = guides[DID_KEY].get_parent().specific
    for document in documents:
        assert document.file.read(5) == b"%PDF-"
        assert document.collection_id == hub.collection_id
    attached = [block.value for block in guides[DID_KEY].attachments]
    assert [document.language for document in attached] == ["it"]


@pytest.mark.django_db
def test_loading_the_demo_again_changes_nothing(demo):
    report = demo_content_load()

    assert report.created == []
    assert report.updated == []
    assert any(name.startswith("guide:") for name in report.unchanged)


@pytest.mark.django_db
def test_malformed_data_stops_the_load_before_anything_is_written(demo):
    pages, documents = GuidePage.objects.count(), Document.objects.count()
    bad = {"key": "x", "hub": "lavoro", "topic": "nope", "it": {"title": "X", "slug": "x"}}

    with pytest.raises(DemoDataError, match="x: topic 'nope'"):
        hubs_demo_load(DemoReport(), guides=[*GUIDES, bad])

    assert (GuidePage.objects.count(), Document.objects.count()) == (pages, documents)


@pytest.mark.django_db
def test_a_guide_that_differs_from_the_data_is_published_again(demo):
    guide = _loaded_guides()[DID_KEY]
    guide.title_en = "Edited by hand"
    guide.save_revision().publish()

    report = DemoReport()
    hubs_demo_load(report)

    assert f"guide:{DID_KEY}" in report.updated
    guide.refresh_from_db()
    assert guide.title_en.startswith("Registering at the Centro per l'impiego")
