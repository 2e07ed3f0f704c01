"""A missing translation shows the Italian text, marked as such and announced to the reader."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_untranslated_page_is_shown_in_italian_with_a_notice(client):
    page = factories.content_page(
        title_it="Tessera sanitaria", title_fr="", title_en="Health card", title_ar=""
    )

    soup = soup_of(client, url_in(page, "fr"))

    notice = soup.select_one(".portal-fallback-notice")
    assert notice is not None
    assert notice["role"] == "note"
    heading = soup.find("h1")
    assert heading.get_text() == "Tessera sanitaria"
    assert (heading["lang"], heading["dir"]) == ("it", "ltr")
    body = soup.select_one(".portal-body > div[lang]")
    assert (body["lang"], body["dir"]) == ("it", "ltr")
    offered = {link["hreflang"] for link in notice.find_all("a")}
    assert offered == {"it", "en"}


def test_untranslated_page_keeps_the_reader_direction_around_the_italian_text(client):
    page = factories.content_page(title_ar="", body_ar=[])

    soup = soup_of(client, url_in(page, "ar"))

    assert soup.html["dir"] == "rtl"
    assert soup.find("h1")["dir"] == "ltr"
    assert soup.select_one(".portal-body > div[lang='it']")["dir"] == "ltr"
    # Nothing written in Arabic is marked as Italian.
    assert soup.select_one(".portal-languages summary span[lang]")["lang"] == "ar"


def test_translated_page_with_an_untranslated_body_marks_only_the_body(client):
    page = factories.content_page(title_en="Health card", intro_en="How to get it.", body_en=[])

    soup = soup_of(client, url_in(page, "en"))

    assert soup.select_one(".portal-fallback-notice") is None
    assert not soup.find("h1").has_attr("lang")
    assert soup.select_one(".portal-field-fallback") is not None
    assert soup.select_one(".portal-body > div[lang='it']") is not None


def test_translated_page_has_no_notice_and_no_italian_marking(client):
    page = factories.content_page(title_ar="البطاقة الصحية", intro_ar="كيف تحصل عليها.")

    soup = soup_of(client, url_in(page, "ar"))

    assert soup.select_one(".portal-fallback-notice") is None
    assert soup.select_one(".portal-field-fallback") is None
    assert soup.select("main [lang='it']") == []


def test_navigation_cards_and_breadcrumbs_mark_italian_titles(client):
    section = factories.section_page(title_it="Lavoro", title_en="Work", show_in_menus=True)
    child = factories.content_page(parent=section, title_it="Centro per l'impiego", title_en="")

    section_soup = soup_of(client, url_in(section, "en"))
    child_soup = soup_of(client, url_in(child, "en"))

    nav = section_soup.select_one(".portal-nav-list a")
    assert nav.get_text() == "Work" and not nav.has_attr("lang")
    card = section_soup.select_one(".portal-cards .card-title a")
    assert card.get_text() == "Centro per l'impiego"
    assert (card["lang"], card["dir"]) == ("it", "ltr")
    crumb = child_soup.select_one(".breadcrumb-item.active")
    assert (crumb["lang"], crumb["dir"]) == ("it", "ltr")


def test_switching_to_a_language_the_page_lacks_gives_the_fallback_page_not_404(client):
    page = factories.content_page(title_uk="")

    response = client.get(url_in(page, "uk"))

    assert response.status_code == 200
    assert b"portal-fallback-notice" in response.content


def test_the_browser_title_is_in_the_reader_language(client):
    page = factories.content_page(
        title_it="Tessera sanitaria",
        seo_title_it="Tessera sanitaria: come ottenerla",
        title_en="Health card",
    )

    english = soup_of(client, url_in(page, "en")).title.get_text()
    italian = soup_of(client, url_in(page, "it")).title.get_text()

    assert english.startswith("Health card")
    assert italian.startswith("Tessera sanitaria: come ottenerla")
