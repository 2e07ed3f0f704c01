"""A caching proxy in front of the portal is purged of every translated URL that changed.

The proxy is a real HTTP server on loopback that records the PURGE requests Wagtail's
HTTP backend sends it.
"""

import threading
import weakref
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from wagtail.signals import page_published

from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, *_rest in settings.PORTAL_LANGUAGES]


class RecordingProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), PurgeHandler)
        self.purged: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def paths(self) -> list[str]:
        return [path for _host, path in self.purged]


class PurgeHandler(BaseHTTPRequestHandler):
    server: RecordingProxy

    def do_PURGE(self) -> None:
        with self.server.lock:
            self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args) -> None:
        # Quiet: the list of purged URLs is the record.
        pass


@pytest.fixture
def proxy():
    """The recording proxy, configured as the portal's frontend cache.

    Tests ask for it after ``tree``: the pages are built before a backend is configured,
    so no purge of the setup is pending when the test starts.
    """
    server = RecordingProxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "local": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    try:
        with override_settings(WAGTAILFRONTENDCACHE=backend):
            yield server
    finally:
        server.shutdown()
        server.server_close()


def every_language(*pages) -> set[str]:
    return {url_in(page, code) for page in pages for code in LANGUAGES}


@pytest.fixture
def tree() -> SimpleNamespace:
    """Sections and pages with their own slugs in Italian, English and French."""
    home = factories.home_page()
    section = factories.section_page(
        title_it="Lavoro",
        slug_it="lavoro",
        title_en="Work",
        slug_en="work",
        title_fr="Travail",
        slug_fr="travail",
    )
    page = factories.content_page(
        parent=section,
        title_it="Contratto",
        slug_it="contratto",
        title_en="Contract",
        slug_en="contract",
        title_fr="Contrat",
        slug_fr="contrat",
    )
    annex = factories.content_page(
        parent=page, title_it="Allegato", slug_it="allegato", title_en="Annex", slug_en="annex"
    )
    health = factories.section_page(
        title_it="Salute", slug_it="salute", title_en="Health", slug_en="health"
    )
    return SimpleNamespace(home=home, section=section, page=page, annex=annex, health=health)


def test_publishing_purges_the_translated_urls_of_the_page_and_its_listings(
    tree, proxy, django_capture_on_commit_callbacks
):
    home, section, page = tree.home, tree.section, tree.page

    with django_capture_on_commit_callbacks(execute=True):
        page.title_en = "Employment contract"
        factories.publish(page)

    assert set(proxy.paths()) == every_language(page, section, home) | {"/sitemap.xml"}
    # The real translated addresses, not the Italian path under another prefix.
    assert {"/it/lavoro/contratto/", "/en/work/contract/", "/fr/travail/contrat/"} <= set(
        proxy.paths()
    )
    assert "/en/lavoro/contratto/" not in proxy.paths()
    # Untranslated languages show the Italian page at its Italian slugs.
    assert "/ar/lavoro/contratto/" in proxy.paths()
    # One request per URL: nothing else (such as Wagtail's own handler) purges as well.
    assert len(proxy.paths()) == len(set(proxy.paths()))
    assert {host for host, _path in proxy.purged} == {"localhost"}


def test_unpublishing_purges_the_page_and_its_listings(
    tree, proxy, django_capture_on_commit_callbacks
):
    home, section, page = tree.home, tree.section, tree.page

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert set(proxy.paths()) == every_language(page, section, home) | {"/sitemap.xml"}


def test_moving_purges_the_old_and_the_new_urls(tree, proxy, django_capture_on_commit_callbacks):
    home, old_section, page, child = tree.home, tree.section, tree.page, tree.annex
    new_section = tree.health
    before = every_language(page, child)
    assert "/en/work/contract/annex/" in before

    with django_capture_on_commit_callbacks(execute=True):
        page.move(new_section, pos="last-child")

    page.refresh_from_db()
    child.refresh_from_db()
    after = every_language(page, child)
    assert "/en/health/contract/annex/" in after
    assert set(proxy.paths()) == (
        before | after | every_language(old_section, new_section, home) | {"/sitemap.xml"}
    )


def test_deleting_purges_the_page_its_subtree_and_its_listings(
    tree, proxy, django_capture_on_commit_callbacks
):
    home, section, page, child = tree.home, tree.section, tree.page, tree.annex
    expected = every_language(page, child, section, home) | {"/sitemap.xml"}

    with django_capture_on_commit_callbacks(execute=True):
        page.delete()

    assert set(proxy.paths()) == expected
    assert len(proxy.paths()) == len(set(proxy.paths()))


def test_a_new_slug_also_purges_the_old_url(tree, proxy, django_capture_on_commit_callbacks):
    page = tree.page

    with django_capture_on_commit_callbacks(execute=True):
        page.slug_en = "employment-contract"
        factories.publish(page)

    assert {
        "/en/work/contract/",
        "/en/work/contract/annex/",
        "/en/work/employment-contract/",
        "/it/lavoro/contratto/",
    } <= set(proxy.paths())


def test_a_rolled_back_publish_purges_nothing(tree, proxy, django_capture_on_commit_callbacks):
    page = tree.page

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                factories.publish(page)
                raise RuntimeError("the editor's request failed")
        except RuntimeError:
            pass

    assert proxy.purged == []


def test_nothing_is_purged_without_a_configured_backend(
    tree, proxy, django_capture_on_commit_callbacks
):
    page = tree.page

    with override_settings(WAGTAILFRONTENDCACHE={}), django_capture_on_commit_callbacks() as done:
        factories.publish(page)

    # Other apps queue their own work on commit (PIM outbox, link checker): no purge.
    portal_callbacks = [c for c in done if getattr(c, "__module__", "").startswith("portal.")]
    assert portal_callbacks == []
    assert proxy.purged == []


def test_wagtails_prefix_swapping_purge_stays_disconnected():
    # Its app would connect a purge of page.full_url with the prefix swapped per language.
    assert not apps.is_installed("wagtail.contrib.frontend_cache")
    assert settings.WAGTAILFRONTENDCACHE_LANGUAGES == []
    receivers = [
        ref() if isinstance(ref, weakref.ReferenceType) else ref
        for _key, ref, *_rest in page_published.receivers
    ]
    assert not any(
        getattr(receiver, "__module__", "").startswith("wagtail.contrib.frontend_cache")
        for receiver in receivers
    )
