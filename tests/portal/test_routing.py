"""Remembered routes find deep pages quickly and are forgotten as soon as anything changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db


def page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return sum("wagtailcore_page" in query["sql"] for query in queries.captured_queries)


def test_a_deep_page_is_found_from_memory_the_second_time(client):
    section = factories.section_page()
    subsection = factories.section_page(parent=section)
    page = factories.content_page(parent=subsection)
    url = url_in(page, "it")

    first = page_queries(client, url)
    second = page_queries(client, url)

    assert second < first


def test_a_renamed_page_is_not_found_at_its_old_address(client):
    section = factories.section_page()
    page = factories.content_page(parent=section, slug_it="vecchio-indirizzo")
    old_url = url_in(page, "it")
    assert client.get(old_url).status_code == 200

    page.slug_it = "nuovo-indirizzo"
    page.save_revision().publish()
    page.refresh_from_db()

    assert client.get(old_url).status_code == 404
    assert client.get(url_in(page, "it")).status_code == 200


def test_an_unpublished_page_is_not_served_from_a_remembered_route(client):
    section = factories.section_page()
    page = factories.content_page(parent=section)
    url = url_in(page, "it")
    client.get(url)

    page.unpublish()

    assert client.get(url).status_code == 404


def test_routes_are_remembered_per_language(client):
    section = factories.section_page(slug_en="section-en")
    page = factories.content_page(parent=section, title_en="English title", slug_en="page-en")

    italian = client.get(url_in(page, "it"))
    english = client.get(url_in(page, "en"))

    assert url_in(page, "en").startswith("/en/section-en/page-en")
    assert "English title" in english.content.decode()
    assert page.title_it in italian.content.decode()


@pytest.fixture
def deferred_reads(monkeypatch) -> list[str]:
    """Fields read back one by one after a query left them out (a query each)."""
    from django.db.models import Model

    reads: list[str] = []
    original = Model.refresh_from_db

    def counting(self, using=None, fields=None, from_queryset=None):
        if fields:
            reads.extend(f"{type(self).__name__}.{name}" for name in fields)
        return original(self, using=using, fields=fields, from_queryset=from_queryset)

    monkeypatch.setattr(Model, "refresh_from_db", counting)
    return reads


@pytest.mark.parametrize("language", ["it", "ar", "ur"])
def test_pages_read_only_the_languages_they_show_and_nothing_twice(
    client, deferred_reads, language
):
    """Pages are read without the texts of other languages (``translations_not_shown``), and
    lists with only a card's columns (``listing_fields``): nothing left out is needed later."""
    hub = factories.hub_page("lavoro")
    guide = factories.guide_page(parent=hub, title_ur="رہنما", intro_ar="مقدمة")
    hub.featured_guides.create(guide=guide)
    hub.save_revision().publish()
    section = factories.section_page(title_ar="قسم")
    page = factories.content_page(parent=section, title_ar="صفحة")
    pages = [factories.home_page(), section, page, hub.get_parent(), hub, guide]

    for shown in pages:
        url = url_in(shown, language)
        assert client.get(url).status_code == 200
        # The second time the route is remembered: the page is read by the portal itself.
        assert client.get(url).status_code == 200
        assert client.get(f"{url_in(hub, language)}?audience=operators").status_code == 200

    assert deferred_reads == []
