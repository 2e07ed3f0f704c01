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
    names = {code: link.find("span") for code, link in links.items()}
    assert names["ar"]["lang"] == "ar"
    assert names["ar"]["dir"] == "rtl"
    assert names["ar"].get_text() == "العربية"
    assert names["ur"].get_text() == "اردو"
    assert names["zh-hans"].get_text() == "中文"
    assert links["it"]["aria-current"] == "true"


def test_language_switcher_marks_languages_the_page_is_not_written_in(client):
    page = factories.content_page(title_en="A page", title_ar="")

    soup = BeautifulSoup(client.get(url_in(page, "it")).content, "html.parser")
    missing = {
        item.find("a")["hreflang"]
        for item in soup.select(".portal-languages-list li")
        if "portal-languages-missing" in item.get("class", [])
    }

    assert missing == {"fr", "ar", "sq", "uk", "zh-hans", "ur", "ro"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?lang=ar", "/ar/"),
        ("?lang=ZH-HANS", "/zh-hans/"),
        ("?lang=xx", "/it/"),
        ("?lang=", "/it/"),
    ],
)
def test_root_honours_a_lang_parameter_and_ignores_garbage(client, query, expected):
    response = client.get(f"/{query}", headers={"accept-language": "fr"})

    assert response["Location"] == expected


@pytest.mark.parametrize(
    "accept_language", ["*", ";;;q=abc", "zz-ZZ", "x" * 500, "ar;q=notanumber", "\u00e9\u00e9"]
)
def test_garbage_accept_language_leads_to_italian(client, accept_language):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] in ("/it/", "/ar/")
    if not accept_language.startswith("ar"):
        assert response["Location"] == "/it/"


@pytest.mark.parametrize("path", ["/xx/", "/zz-zz/", "/it/non-esiste/", "/ar/لا-يوجد/"])
def test_unknown_addresses_get_the_portal_not_found_page(client, path):
    factories.home_page()

    response = client.get(path, follow=True)

    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] in ("it", "ar")
    assert soup.find("form", role="search") is not None


def nine_language_page():
    fields = {}
    for code in [c for c, _n in settings.LANGUAGES if c != "it"]:
        suffix = code.replace("-", "_")
        fields[f"title_{suffix}"] = f"Titolo {code}"
        fields[f"slug_{suffix}"] = f"pagina-{code}"
    return factories.content_page(**fields)


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_a_page_translated_into_every_language_renders_and_switches_in_each(client, code):
    page = nine_language_page()

    response = client.get(url_in(page, code))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    direction = "rtl" if code in settings.PORTAL_RTL_LANGUAGES else "ltr"
    assert (soup.html["lang"], soup.html["dir"]) == (code, direction)
    links = {a["hreflang"]: a["href"] for a in soup.select(".portal-languages-list a")}
    assert links == {other: url_in(page, other) for other, _name in settings.LANGUAGES}
    assert soup.select(".portal-languages-missing") == []
