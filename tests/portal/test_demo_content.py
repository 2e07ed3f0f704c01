"""The demo loader builds a real site and changes nothing when run again."""

import json

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Revision, Site

from portal.models import ContentPage, FooterSettings, HomePage

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    pages = {
        page.pk: json.dumps(
            {
                "title": [page.title_it, page.title_en, page.title_ar, page.title_ur],
                "slug": [page.slug_it, page.slug_en, page.slug_fr],
                "live": page.live,
                "latest_revision": page.latest_revision_id,
                "last_published_at": str(page.last_published_at),
            },
            ensure_ascii=False,
        )
        for page in Page.objects.all()
    }
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "footer": [footer.pec, footer.funding_notice_ar, footer.privacy_page_id],
    }


def load_demo() -> None:
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once; each test runs in a savepoint inside this transaction."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def test_demo_loader_is_idempotent(demo):
    first = snapshot()

    load_demo()

    assert snapshot() == first


def test_demo_content_is_translated_and_wired_into_the_site(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    pages = ContentPage.objects.live()
    assert pages.count() >= 6
    translated = pages.exclude(body_en=None).exclude(body_ar=None).exclude(body_ur=None)
    for page in translated.filter(slug_it__in=["progetto-er-integrazione", "primi-passi"]):
        for language in ("en", "fr", "ar", "ur"):
            assert getattr(page, f"title_{language}")
            assert getattr(page, f"body_{language}")
    footer = FooterSettings.for_site(site)
    assert footer.privacy_page and footer.cookie_page and footer.legal_notes_page
    assert footer.accessibility_page and footer.funding_notice_it


def test_demo_content_shows_every_translation_state(demo):
    from portal.translation_status import TranslationState, translation_states

    revised = ContentPage.objects.get(slug_it="hub-tematici")
    translated = ContentPage.objects.get(slug_it="progetto-er-integrazione")
    assert translation_states(revised)["en"] == TranslationState.OUTDATED
    assert translation_states(revised)["ar"] == TranslationState.OUTDATED
    assert translation_states(translated)["en"] == TranslationState.UP_TO_DATE
    assert translation_states(translated)["ur"] == TranslationState.UP_TO_DATE
    assert translation_states(translated)["sq"] == TranslationState.MISSING
