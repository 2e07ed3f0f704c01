"""Anonymous readers are served from the page cache; publishing purges it at once."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests import factories
from tests.factories import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=300):
        yield


def test_second_anonymous_request_is_a_cache_hit(client):
    page = factories.content_page()
    url = url_in(page, "it")

    first = client.get(url)
    second = client.get(url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Set-Cookie" not in second


def test_publishing_purges_every_cached_page(client):
    section = factories.section_page()
    page = factories.content_page(parent=section, title_it="Titolo vecchio")
    client.get(url_in(section, "it"))
    client.get(url_in(page, "it"))

    page.title_it = "Titolo nuovo"
    page.save_revision().publish()

    listing = client.get(url_in(section, "it"))
    assert listing["X-Page-Cache"] == "miss"
    assert "Titolo nuovo" in listing.content.decode()


def test_unpublishing_purges_the_cache(client):
    page = factories.content_page()
    url = url_in(page, "it")
    client.get(url)

    page.unpublish()

    assert client.get(url).status_code == 404


def test_logged_in_editors_are_never_served_from_the_cache(client, django_user_model):
    page = factories.content_page()
    url = url_in(page, "it")
    client.get(url)
    client.force_login(django_user_model.objects.create_user("redattore", password="x"))

    response = client.get(url)

    assert "X-Page-Cache" not in response


def test_restricted_pages_are_never_cached(client):
    page = factories.content_page()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="segreta")
    url = url_in(page, "it")

    client.get(url)
    second = client.get(url)

    assert "X-Page-Cache" not in second
