"""Site search: nine languages, Italian stemming and accents, typos, honest fallback, bad input."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from portal.models import ContentPage
from portal.search import cleaned_query
from tests import factories
from tests.services import require_postgres

pytestmark = pytest.mark.django_db

PERMIT_IT = "Rinnovo del permesso di soggiorno"


def search(client, query: str, *, code: str = "it", **params) -> BeautifulSoup:
    response = client.get(f"/{code}/search/", {"q": query, **params})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup: BeautifulSoup) -> list[str]:
    return [link.get_text() for link in soup.select(".portal-results h2 a")]


def result(soup: BeautifulSoup, title: str):
    return next(
        item
        for item in soup.select(".portal-results li")
        if item.select_one("h2 a").get_text() == title
    )


def paragraph(text: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


# --- Indexing -------------------------------------------------------------


def test_published_factory_pages_are_in_the_index_at_once(client):
    """Wagtail updates the index from ``post_save`` through django-tasks' immediate
    backend, synchronously: no ``update_index`` is needed between publishing and searching."""
    page = factories.content_page(title_it=PERMIT_IT)

    assert Page.objects.filter(pk=page.pk).search("permesso").count() == 1
    assert titles(search(client, "permesso")) == [PERMIT_IT]


def test_a_republished_page_is_found_by_its_new_text_only(client):
    page = factories.content_page(title_it=PERMIT_IT, intro_it="Servono due fotografie.")

    page.intro_it = "Serve una marca da bollo."
    factories.publish(page)

    assert titles(search(client, "bollo")) == [PERMIT_IT]
    assert titles(search(client, "fotografie")) == []


# --- PostgreSQL: stemming, accents, typos, other scripts --------------------


def test_italian_stemming_finds_other_forms_of_a_word(client):
    require_postgres()
    factories.content_page(title_it=PERMIT_IT)

    assert titles(search(client, "permessi")) == [PERMIT_IT]
    assert titles(search(client, "permesso soggiorno")) == [PERMIT_IT]
    assert titles(search(client, "rinnovare permessi")) == [PERMIT_IT]


def test_accents_are_folded_both_ways(client):
    factories.content_page(title_it="Servizi della città", intro_it="Perché è così.")

    # FTS5 on SQLite folds Latin accents too; PostgreSQL does it through unaccent.
    assert titles(search(client, "citta")) == ["Servizi della città"]
    assert titles(search(client, "CITTÀ")) == ["Servizi della città"]
    assert titles(search(client, "perche")) == ["Servizi della città"]


@pytest.mark.parametrize("typo", ["permeso", "soggirno", "permeso soggirno", "Rinovo"])
def test_a_typo_still_finds_a_close_title(client, typo):
    require_postgres()
    factories.content_page(title_it=PERMIT_IT)
    factories.content_page(title_it="Iscrizione anagrafica")

    soup = search(client, typo)

    assert titles(soup) == [PERMIT_IT]
    assert soup.select_one(".portal-search-close") is not None


def test_a_typo_in_the_readers_language_finds_the_translated_title(client):
    require_postgres()
    factories.content_page(title_it=PERMIT_IT, title_en="Renewing a residence permit")

    soup = search(client, "residense", code="en")

    assert titles(soup) == ["Renewing a residence permit"]
    assert (
        result(soup, "Renewing a residence permit").select_one(".portal-search-in-italian") is None
    )


def test_close_titles_are_added_after_full_text_only_when_it_finds_little(client):
    require_postgres()
    for number in range(settings.PORTAL_SEARCH_TYPO_BELOW - 1):
        factories.content_page(title_it=f"Gas xenon {number}")
    factories.content_page(title_it="Gas xenom")

    few = search(client, "xenon")
    factories.content_page(title_it="Gas xenon ancora")
    enough = search(client, "xenon")

    assert titles(few)[-1] == "Gas xenom"
    assert few.select_one(".portal-search-close") is not None
    assert "Gas xenom" not in titles(enough)
    assert enough.select_one(".portal-search-close") is None


def test_unrelated_words_find_nothing_even_with_the_typo_fallback(client):
    factories.content_page(title_it=PERMIT_IT)

    assert titles(search(client, "biblioteca")) == []


@pytest.mark.parametrize(
    "text",
    [
        "تجديد تصريح الإقامة",  # Arabic
        "رہائشی اجازت نامہ کی تجدید",  # Urdu
        "Поновлення дозволу на проживання",  # Ukrainian
        "续签 居留许可",  # Chinese
    ],
)
def test_the_search_configuration_keeps_non_latin_words_whole(text):
    require_postgres()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_agg(lexeme ORDER BY lexeme) FROM unnest(to_tsvector(%s::regconfig, %s))",
            [settings.PORTAL_SEARCH_CONFIG, text],
        )
        (lexemes,) = cursor.fetchone()

    # Neither dropped nor stemmed with Italian rules: each word is its own lexeme,
    # lower-cased (only Cyrillic has case here).
    assert sorted(lexemes) == sorted(word.lower() for word in text.split())


def test_the_backend_uses_the_portal_configuration():
    require_postgres()

    assert get_search_backend().config == "portal_search" == settings.PORTAL_SEARCH_CONFIG


# --- Scripts and the reader's language (both databases) ----------------------


def test_arabic_query_finds_the_arabic_page(client):
    factories.content_page(
        title_it=PERMIT_IT,
        title_ar="تجديد تصريح الإقامة",
        body_ar=paragraph("يجب تقديم طلب التجديد إلى مركز الشرطة قبل انتهاء الصلاحية."),
    )
    factories.content_page(title_it="Iscrizione anagrafica", title_ar="التسجيل في السجل المدني")

    soup = search(client, "تصريح الإقامة", code="ar")

    assert titles(soup) == ["تجديد تصريح الإقامة"]
    item = result(soup, "تجديد تصريح الإقامة")
    assert item.select_one("h2 a").get("lang") is None
    assert item.select_one(".portal-search-in-italian") is None
    assert titles(search(client, "مركز الشرطة", code="ar")) == ["تجديد تصريح الإقامة"]


def test_urdu_query_finds_the_urdu_page(client):
    factories.content_page(
        title_it=PERMIT_IT,
        title_ur="رہائشی اجازت نامہ کی تجدید",
        body_ur=paragraph("درخواست پولیس اسٹیشن میں جمع کرائیں۔"),
    )

    soup = search(client, "اجازت نامہ", code="ur")

    assert titles(soup) == ["رہائشی اجازت نامہ کی تجدید"]
    assert titles(search(client, "پولیس", code="ur")) == ["رہائشی اجازت نامہ کی تجدید"]
    assert 'dir="rtl"' in str(soup.html)


def test_right_to_left_marks_in_the_query_are_ignored(client):
    factories.content_page(title_it=PERMIT_IT, title_ar="تجديد تصريح الإقامة")

    soup = search(client, "\u200fتصريح\u200e \u202bالإقامة\u202c", code="ar")

    assert titles(soup) == ["تجديد تصريح الإقامة"]


def test_results_use_the_readers_title_and_passage(client):
    factories.content_page(
        title_it=PERMIT_IT,
        title_en="Renewing a residence permit",
        search_description_en="How to renew your residence permit at the police station.",
        intro_en="Apply before it expires.",
    )

    soup = search(client, "permit", code="en")

    item = result(soup, "Renewing a residence permit")
    link = item.select_one("h2 a")
    assert link["href"] == factories.url_in(ContentPage.objects.get(), "en")
    assert link.get("lang") is None
    snippet = item.select_one("p")
    assert snippet.get("lang") is None
    assert "How to renew your residence" in snippet.get_text()
    assert [mark.get_text().lower() for mark in snippet.select("mark")][:1] == ["permit"]


def test_a_match_only_in_the_italian_text_is_flagged(client):
    factories.content_page(
        title_it=PERMIT_IT,
        title_en="Renewing a residence permit",
        intro_en="Apply before it expires.",
        body_it=paragraph("La domanda si presenta in questura prima della scadenza."),
    )

    soup = search(client, "questura", code="en")

    item = result(soup, "Renewing a residence permit")
    assert item.select_one("h2 a").get("lang") is None
    assert item.select_one(".portal-search-in-italian").get_text() == "(in Italian)"
    snippet = item.select_one("p")
    assert (snippet["lang"], snippet["dir"]) == ("it", "ltr")
    assert [mark.get_text() for mark in snippet.select("mark")] == ["questura"]


def test_an_untranslated_page_shows_its_italian_title_marked_as_italian(client):
    factories.content_page(title_it=PERMIT_IT, title_ar="", intro_it="In questura.")

    soup = search(client, "questura", code="ar")

    item = result(soup, PERMIT_IT)
    link = item.select_one("h2 a")
    assert (link["lang"], link["dir"]) == ("it", "ltr")
    assert item.select_one(".portal-search-in-italian") is not None


def test_italian_readers_see_no_flag(client):
    factories.content_page(title_it=PERMIT_IT, intro_it="In questura.")

    soup = search(client, "questura")

    assert soup.select_one(".portal-search-in-italian") is None
    assert soup.select_one(".portal-results [lang]") is None


# --- Which pages ----------------------------------------------------------


def test_restricted_unpublished_and_draft_text_never_appear(client):
    factories.content_page(title_it="Sportello pubblico")
    restricted = factories.content_page(title_it="Sportello riservato")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    factories.content_page(parent=restricted, title_it="Sportello sotto riservato")
    private = factories.content_page(title_it="Sportello con password")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    factories.content_page(title_it="Sportello ritirato").unpublish()
    draft = factories.content_page(title_it="Sportello in bozza")
    draft.title_it = "Sportello segretissimo"
    draft.save_revision()

    assert sorted(titles(search(client, "sportello"))) == [
        "Sportello in bozza",
        "Sportello pubblico",
    ]
    assert titles(search(client, "segretissimo")) == []


def test_results_are_paginated_ten_at_a_time(client):
    for number in range(12):
        factories.content_page(title_it=f"Corso di italiano {number}")

    first = search(client, "corso")
    second = search(client, "corso", page="2")

    assert len(titles(first)) == 10
    assert len(titles(second)) == 2
    assert set(titles(first)).isdisjoint(titles(second))
    assert "12" in first.select_one("[role=status]").get_text()
    assert second.select_one(".portal-results")["start"] == "11"
    assert first.select_one(".pagination a")["href"] == "?q=corso&page=2"
    # Garbage gives the first page, a number past the end the last one: never an error.
    for number in ["abc", "0", "-3", "1.5", "", "\x00", "٢x"]:
        assert titles(search(client, "corso", page=number)) == titles(first), number
    for number in ["3", "99", "9" * 5000]:
        assert titles(search(client, "corso", page=number)) == titles(second), number[:10]


# --- Bad input ------------------------------------------------------------


def test_the_query_loses_controls_and_bidi_marks_and_keeps_its_words():
    cleaned = cleaned_query("  \u200fتصريح\u200e\tالإقامة\x00 ＡＢＣ  l'anagrafe  ")

    assert cleaned.text == "تصريح الإقامة ABC l'anagrafe"
    assert cleaned.terms == ("تصريح", "الإقامة", "ABC", "l", "anagrafe")
    assert not cleaned.shortened


def test_a_shortened_query_is_cut_at_the_limit():
    limit = settings.PORTAL_SEARCH_MAX_QUERY_LENGTH

    assert not cleaned_query("a" * limit).shortened
    assert cleaned_query("a" * (limit + 1)).shortened
    assert cleaned_query("a" * (limit + 1)).text == "a" * limit
    assert cleaned_query("a " * 5000).text == ("a " * limit)[:limit].strip()


def test_an_empty_query_shows_the_search_page_without_results(client):
    factories.content_page(title_it=PERMIT_IT)

    for query in ["", "   "]:
        soup = search(client, query)

        assert soup.select_one(".portal-results") is None
        assert soup.select_one("[role=status]") is None
        assert soup.select_one(".alert") is None


def test_a_very_long_query_is_shortened_with_a_notice(client):
    factories.content_page(title_it=PERMIT_IT)
    limit = settings.PORTAL_SEARCH_MAX_QUERY_LENGTH

    soup = search(client, "permesso " + "x" * 10_000)

    notice = soup.select_one("#search-shortened")
    assert str(limit) in notice.get_text()
    assert soup.select_one("#search-query")["value"] == ("permesso " + "x" * 10_000)[:limit]
    assert soup.select_one("#search-query")["aria-describedby"] == "search-shortened"


def test_the_shortening_notice_is_in_the_readers_language(client):
    soup = search(client, "x" * 10_000, code="ar")

    assert soup.html["lang"] == "ar"
    assert soup.select_one("#search-shortened") is not None


def test_a_query_at_the_limit_is_not_shortened(client):
    soup = search(client, "x" * settings.PORTAL_SEARCH_MAX_QUERY_LENGTH)

    assert soup.select_one("#search-shortened") is None


@pytest.mark.parametrize(
    "query",
    [
        "%",
        "_",
        "100%",
        "permesso_soggiorno",
        '"permesso',
        'permesso"',
        "'",
        "l'anagrafe",
        "\\",
        "C:\\permesso\\",
        "' OR 1=1 --",
        '"; DROP TABLE wagtailcore_page; --',
        "<script>alert(1)</script>",
        "permesso AND NOT soggiorno",
        "permesso* OR ^soggiorno NEAR(a b)",
        "a:* & !b | (c)",
        "😀",
        "permesso 😀 🇮🇹",
        "perm\x00esso",
        "\x00",
        "\u200f\u202e\u2066",
        "\ufeff\u0007\x1b[31m",
        "\ue000mark\ue001",
    ],
)
def test_odd_queries_give_a_normal_page_with_the_query_escaped(client, query):
    factories.content_page(title_it=PERMIT_IT, intro_it="Serve il 100% dei documenti.")

    response = client.get("/it/search/", {"q": query})

    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "\x00" not in body
    soup = BeautifulSoup(body, "html.parser")
    # What was searched is shown back, as text.
    assert soup.select_one("#search-query")["value"] == cleaned_query(query).text


@pytest.mark.parametrize("query", ["' OR 1=1 --", "% _ %", "*", "a:*"])
def test_query_syntax_does_not_match_everything(client, query):
    factories.content_page(title_it=PERMIT_IT)
    factories.content_page(title_it="Iscrizione anagrafica")

    assert titles(search(client, query)) == []


def test_a_script_in_the_query_is_shown_as_text(client):
    response = client.get("/it/search/", {"q": "<script>alert(1)</script>"})

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


def test_the_query_is_shown_escaped_in_the_result_count(client):
    soup = search(client, '<b>"permesso"</b>')

    status = soup.select_one("[role=status]")
    assert status.find("b") is None
    assert '<b>"permesso"</b>' in status.get_text()
