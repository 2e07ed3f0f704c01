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
