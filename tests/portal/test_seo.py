"""Search engines find every page in every language it exists in, and nothing private."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from portal.languages import language_codes, page_languages
from portal.models import FooterSettings
from portal.seo import OPENGRAPH_LOCALES, json_ld_script_body, seo_head
from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db

HOST = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGUAGES = [code for code, *_rest in settings.PORTAL_LANGUAGES]


def translated_everywhere(stem: str) -> dict[str, str]:
    """Title and slug in all nine languages, each slug different."""
    fields = {}
    for code in LANGUAGES:
        suffix = code.replace("-", "_")
        fields[f"title_{suffix}"] = f"{stem} ({code})"
        fields[f"slug_{suffix}"] = f"{stem}-{code}"
    return fields


def absolute(page, code: str) -> str:
    return HOST + url_in(page, code)


def head_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def alternates_in(head: BeautifulSoup) -> dict[str, str]:
    links = head.select('link[rel="alternate"][hreflang]')
    hreflangs = [link["hreflang"] for link in links]
    assert len(hreflangs) == len(set(hreflangs)), hreflangs
    return {link["hreflang"]: link["href"] for link in links}


def canonical_in(head: BeautifulSoup) -> str:
    (link,) = head.select('link[rel="canonical"]')
    return link["href"]


def meta(head: BeautifulSoup, name: str) -> list[str]:
    return [tag["content"] for tag in head.find_all("meta", property=name)]


def json_ld_in(head: BeautifulSoup) -> list[dict]:
    (script,) = head.find_all("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]


# --- <head> -----------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_page_in_all_nine_languages_lists_all_of_them_from_each(client, code):
    section = factories.section_page(**translated_everywhere("sezione"))
    page = factories.content_page(parent=section, **translated_everywhere("pagina"))

    head = head_of(client, url_in(page, code))

    expected = {other: absolute(page, other) for other in LANGUAGES}
    expected["x-default"] = absolute(page, "it")
    assert alternates_in(head) == expected
    assert canonical_in(head) == absolute(page, code)
    # Translated slugs all the way down, not the Italian ones under another prefix.
    assert urlsplit(canonical_in(head)).path == f"/{code}/sezione-{code}/pagina-{code}/"
    assert meta(head, "og:url") == [absolute(page, code)]
    assert meta(head, "og:locale") == [OPENGRAPH_LOCALES[code]]
    assert sorted(meta(head, "og:locale:alternate")) == sorted(
        OPENGRAPH_LOCALES[other] for other in LANGUAGES if other != code
    )


def test_a_page_in_italian_and_english_lists_only_those_and_x_default(client):
    page = factories.content_page(
        title_it="Permesso di soggiorno",
        title_en="Residence permit",
        slug_en="residence-permit",
        title_ar="",
    )

    for code in LANGUAGES:
        head = head_of(client, url_in(page, code))
        assert alternates_in(head) == {
            "it": absolute(page, "it"),
            "en": absolute(page, "en"),
            "x-default": absolute(page, "it"),
        }, code


def test_canonical_is_the_readers_language_where_the_page_exists_in_it(client):
    page = factories.content_page(title_en="Residence permit", slug_en="residence-permit")

    assert canonical_in(head_of(client, url_in(page, "en"))) == absolute(page, "en")
    assert canonical_in(head_of(client, url_in(page, "ar"))) == absolute(page, "ar")
    assert canonical_in(head_of(client, url_in(page, "it"))) == absolute(page, "it")


def test_canonical_of_an_untranslated_page_is_the_italian_one(client):
    page = factories.content_page(title_it="Solo in italiano", title_ar="")

    head = head_of(client, url_in(page, "fr"))

    assert canonical_in(head) == absolute(page, "it")
    assert meta(head, "og:url") == [absolute(page, "it")]
    # What the reader sees is the Italian text, and the head says so.
    assert meta(head, "og:locale") == ["it_IT"]
    assert meta(head, "og:title") == ["Solo in italiano"]
    assert json_ld_in(head)[-1]["inLanguage"] == "it"


def test_opengraph_describes_the_page_in_its_language(client):
    page = factories.content_page(
        title_ar="تصريح الإقامة",
        search_description_ar="كيفية طلب تصريح الإقامة.",
        search_description_it="Come chiedere il permesso.",
    )

    head = head_of(client, url_in(page, "ar"))

    assert meta(head, "og:title") == ["تصريح الإقامة"]
    assert meta(head, "og:description") == ["كيفية طلب تصريح الإقامة."]
    assert head.find("meta", attrs={"name": "description"})["content"] == "كيفية طلب تصريح الإقامة."
    assert meta(head, "og:type") == ["article"]
    assert meta(head, "og:site_name") == ["ER Integrazione"]
    assert meta(head, "og:locale") == ["ar_AR"]
    assert meta(head, "og:locale:alternate") == ["it_IT"]


def test_a_translated_page_never_borrows_the_italian_description(client):
    page = factories.content_page(
        title_en="Residence permit",
        search_description_it="Come chiedere il permesso.",
        intro_it="Una pagina.",
    )

    head = head_of(client, url_in(page, "en"))

    assert head.find("meta", attrs={"name": "description"}) is None
    assert meta(head, "og:description") == []


def test_the_introduction_stands_in_for_a_missing_search_description(client):
    page = factories.content_page(intro_it="Tutto sul permesso di soggiorno.")

    head = head_of(client, url_in(page, "it"))

    assert head.find("meta", attrs={"name": "description"})["content"] == (
        "Tutto sul permesso di soggiorno."
    )


def test_every_portal_language_has_an_opengraph_locale():
    assert set(OPENGRAPH_LOCALES) == set(language_codes())
    assert all(re.fullmatch(r"[a-z]{2}_[A-Z]{2}", value) for value in OPENGRAPH_LOCALES.values())


@pytest.mark.parametrize("code", ["it", "ar", "zh-hans"])
def test_content_page_is_an_article_in_the_readers_language(client, code):
    section = factories.section_page(**translated_everywhere("sezione"))
    page = factories.content_page(parent=section, **translated_everywhere("pagina"))

    (article,) = json_ld_in(head_of(client, url_in(page, code)))

    assert article["@type"] == "Article"
    assert article["inLanguage"] == code
    assert article["name"] == f"pagina ({code})"
    assert article["headline"] == f"pagina ({code})"
    assert article["url"] == absolute(page, code)
    assert article["dateModified"].startswith(str(page.last_published_at.date()))
    assert article["isPartOf"]["@type"] == "WebSite"
    assert article["isPartOf"]["url"] == f"{HOST}/{code}/"


def test_section_is_a_web_page(client):
    section = factories.section_page()

    (item,) = json_ld_in(head_of(client, url_in(section, "it")))

    assert item["@type"] == "WebPage"
    assert item["inLanguage"] == "it"
    assert item["url"] == absolute(section, "it")


def test_home_page_describes_the_regional_government(client):
    home = factories.home_page()
    site = Site.objects.get(is_default_site=True)
    footer = FooterSettings.for_site(site)
    footer.address = "Viale Aldo Moro 52\n40127 Bologna"
    footer.email = "integrazione@regione.emilia-romagna.it"
    footer.save()

    graph = json_ld_in(head_of(client, url_in(home, "it")))

    organisation = next(item for item in graph if item["@type"] == "GovernmentOrganization")
    assert organisation["name"] == "Regione Emilia-Romagna"
    assert organisation["address"] == "Viale Aldo Moro 52, 40127 Bologna"
    assert organisation["email"] == "integrazione@regione.emilia-romagna.it"
    page = next(item for item in graph if item["@type"] == "WebPage")
    assert page["inLanguage"] == "it"
    assert page["isPartOf"]["publisher"] == {"@id": organisation["@id"]}
    assert meta(head_of(client, url_in(home, "it")), "og:type") == ["website"]


def test_only_the_home_page_describes_the_organisation(client):
    page = factories.content_page()

    types = {item["@type"] for item in json_ld_in(head_of(client, url_in(page, "it")))}

    assert "GovernmentOrganization" not in types


def test_json_ld_cannot_close_its_script_element(client):
    hostile = '</script><script>alert("x")</script><!-- &'
    page = factories.content_page(title_it=hostile, search_description_it=hostile)

    response = client.get(url_in(page, "it"))
    html = response.content.decode()

    body = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in body and ">" not in body
    (article,) = json.loads(body)["@graph"]
    assert article["name"] == hostile
    assert article["description"] == hostile


def test_json_ld_escapes_what_could_end_a_script_or_a_line():
    value = "</script><!-- & \u2028 \u2029 ok"

    body = json_ld_script_body({"name": value})

    assert not set(body) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(body) == {"name": value}


def test_a_view_without_a_page_lists_every_language(client):
    factories.home_page()

    head = head_of(client, "/fr/search/?q=permesso")

    assert canonical_in(head) == f"{HOST}/fr/search/"
    expected = {code: f"{HOST}/{code}/search/" for code in LANGUAGES}
    expected["x-default"] = f"{HOST}/it/search/"
    assert alternates_in(head) == expected
    assert meta(head, "og:locale") == ["fr_FR"]
    assert head.find_all("script", type="application/ld+json") == []


def test_a_missing_page_announces_no_canonical_or_translations(client):
    factories.home_page()

    for url in ("/it/pagina-che-non-esiste/", "/en/no-such-view/deeper/"):
        response = client.get(url)
        assert response.status_code == 404
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.select('link[rel="canonical"], link[rel="alternate"]') == [], url


def test_the_head_asks_the_database_nothing_once_its_links_are_cached(
    django_assert_num_queries,
):
    factories.home_page()
    page = factories.content_page(title_en="Residence permit", slug_en="residence-permit")
    site = Site.objects.get(is_default_site=True)

    def head_for_a_new_request():
        request = RequestFactory().get(url_in(page, "en"))
        # As when Wagtail serves a page: the site was found while routing.
        request._wagtail_site = site
        with translation.override("en"):
            return seo_head(request=request, page=page)

    head_for_a_new_request()  # the first visitor after a publish fills the caches
    with django_assert_num_queries(0):
        head = head_for_a_new_request()
    assert head.canonical_url == absolute(page, "en")


# --- sitemap.xml -------------------------------------------------------------------


def sitemap_of(client) -> ET.Element:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    # The portal's own output, built by Django's sitemap template: not untrusted XML.
    return ET.fromstring(response.content)  # noqa: S314


def entries(root: ET.Element) -> dict[str, dict[str, str]]:
    """``loc`` → its hreflang alternates."""
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


@pytest.fixture
def site_tree():
    home = factories.home_page()
    section = factories.section_page(**translated_everywhere("sezione"))
    page = factories.content_page(
        parent=section, title_en="Residence permit", slug_en="residence-permit", title_ar=""
    )
    restricted = factories.section_page(title_it="Area riservata", slug_it="area-riservata")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    under_restricted = factories.content_page(parent=restricted, title_it="Bacheca operatori")
    draft = factories.content_page(title_it="Bozza", slug_it="bozza")
    draft.unpublish()
    return {
        "public": [home, section, page],
        "hidden": [restricted, under_restricted, draft],
        "page": page,
        "section": section,
    }


def test_sitemap_follows_the_sitemap_schema(client, site_tree):
    root = sitemap_of(client)

    assert root.tag == f"{SITEMAP}urlset"
    assert len(root) > 0
    for url in root:
        assert url.tag == f"{SITEMAP}url"
        names = [child.tag for child in url]
        # loc (required), then lastmod, changefreq, priority (optional), then extensions.
        order = "|".join(name.split("}")[1] if name.startswith(SITEMAP) else "x" for name in names)
        assert re.fullmatch(r"loc(\|lastmod)?(\|changefreq)?(\|priority)?(\|x)*", order), names
        assert all(name.startswith((SITEMAP, XHTML)) for name in names)
        for link in url.findall(f"{XHTML}link"):
            assert link.get("rel") == "alternate"
            assert link.get("hreflang") and link.get("href")
        (loc,) = url.findall(f"{SITEMAP}loc")
        assert urlsplit(loc.text).scheme == "http" and urlsplit(loc.text).netloc == "testserver"


def test_sitemap_lists_each_public_page_in_each_of_its_languages(client, site_tree):
    locs = set(entries(sitemap_of(client)))

    expected = {absolute(site_tree["section"], code) for code in LANGUAGES}
    expected |= {absolute(site_tree["page"], code) for code in ("it", "en")}
    home = site_tree["public"][0]
    expected |= {absolute(home, code) for code in page_languages(home)}
    assert locs == expected
    assert f"{HOST}/en/sezione-en/residence-permit/" in locs


def test_sitemap_never_lists_restricted_or_unpublished_pages(client, site_tree):
    urls = entries(sitemap_of(client))
    listed = set(urls) | {href for alternates in urls.values() for href in alternates.values()}

    for page in site_tree["hidden"]:
        for code in LANGUAGES:
            assert absolute(page, code) not in listed


def test_every_sitemap_location_answers(client, site_tree):
    for loc in entries(sitemap_of(client)):
        assert client.get(urlsplit(loc).path).status_code == 200, loc


def test_sitemap_alternates_are_locations_of_the_same_page(client, site_tree):
    urls = entries(sitemap_of(client))

    for loc, alternates in urls.items():
        languages = [code for code in alternates if code != "x-default"]
        assert loc in alternates.values()
        assert alternates["x-default"] == alternates["it"]
        for code in languages:
            # Each alternate is listed itself, with exactly the same set of alternates.
            assert urls[alternates[code]] == alternates, (loc, code)
            assert urlsplit(alternates[code]).path.startswith(f"/{code}/")


def test_sitemap_gives_when_each_page_last_changed(client, site_tree):
    page = site_tree["page"]
    root = sitemap_of(client)

    for url in root.findall(f"{SITEMAP}url"):
        if url.find(f"{SITEMAP}loc").text == absolute(page, "en"):
            assert url.find(f"{SITEMAP}lastmod").text == str(page.last_published_at.date())
            break
    else:
        pytest.fail("the English page is not in the sitemap")


# --- robots.txt --------------------------------------------------------------------


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    # Internal search results are endless and thin: not for crawling, in any language.
    assert {f"Disallow: /{code}/search/" for code in LANGUAGES} <= set(lines)
    # Public documents (leaflets, forms) are meant to be found.
    assert not any(line.startswith("Disallow: /documents") for line in lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
    assert response.content.decode().endswith("\n")
