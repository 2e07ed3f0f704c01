"""Every language has its prefix; / sends readers to theirs; the switcher keeps the page."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("ur-PK", "/ur/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("uk", "/uk/"),
        ("de-DE,de;q=0.9", "/it/"),
        ("", "/it/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_prefers_the_language_the_reader_chose_before(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    response = client.get("/", headers={"accept-language": "ar"})

    assert response["Location"] == "/fr/"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_language_has_a_prefixed_home_page(client, code):
    factories.home_page()

    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()


def test_unknown_language_prefix_is_not_found(client):
    factories.home_page()

    response = client.get("/xx/", follow=True)

    # An unprefixed path is first given the reader's language, then found missing.
    assert response.redirect_chain == [("/it/xx/", 302)]
    assert response.status_code == 404


def test_language_switcher_leads_to_the_same_page(client):
    page = factories.content_page(title_en="A page", slug_en="a-page")

    soup = BeautifulSoup(client.get(url_in(page, "it")).content, "html.parser")
    links = {a["hreflang"]: a for a in soup.select(".portal-languages-list a")}

    assert set(links) == {code for code, _name in settings.LANGUAGES}
    assert links["en"]["href"] == "/en/a-page/"
    assert links["ar"]["href"] == f"/ar/{page.slug_it}/"
    assert links["ar"]["lang"] == "ar"
    assert links["ar"]["dir"] == "rtl"
    assert links["ar"].get_text() == "العربية"
    assert links["ur"].get_text() == "اردو"
    assert links["zh-hans"].get_text() == "中文"
    assert links["it"]["aria-current"] == "true"


def test_search_finds_published_pages_and_refuses_overlong_queries(client):
    factories.content_page(title_it="Rinnovo del permesso di soggiorno")

    found = client.get("/it/search/", {"q": "permesso"})
    too_long = client.get("/it/search/", {"q": "x" * 201})

    assert found.status_code == 200
    assert "Rinnovo del permesso di soggiorno" in found.content.decode()
    assert too_long.status_code == 400
    assert 'role="alert"' in too_long.content.decode()
