"""A guide's page: steps, documents, questions, references, attachments by language, sharing."""

import datetime
import json
from urllib.parse import quote, unquote

import pytest
from bs4 import BeautifulSoup
from django.utils.translation import gettext

from hubs.models import HubTopic
from hubs.selectors import pdf_available
from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db

FAQ = [{"type": "question", "value": {"question": "Quanto costa?", "answer": "<p>Nulla.</p>"}}]
LEGAL = [
    {
        "type": "reference",
        "value": {
            "text": "D.Lgs. 25 luglio 1998, n. 286",
            "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1998-07-25;286",
            "note": "Testo unico sull'immigrazione",
        },
    }
]


def step(title: str, **facts) -> dict:
    return {"type": "step", "value": {"title": title, "details": "", "documents": [], **facts}}


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def guide():
    hub = factories.hub_page("lavoro")
    topic = HubTopic.objects.create(page=hub, name_it="Cercare lavoro", name_ar="البحث عن عمل")
    return factories.guide_page(
        parent=hub,
        title_it="Iscriversi al centro per l'impiego",
        title_ar="التسجيل في مركز التوظيف",
        who_for_it="Chi cerca lavoro e ha un permesso di soggiorno valido.",
        who_for_ar="من يبحث عن عمل ولديه تصريح إقامة ساري المفعول.",
        topic=topic,
        audience="both",
        faq_it=FAQ,
        legal_references_it=LEGAL,
        last_reviewed=datetime.date(2026, 3, 15),
    )


# --- Structure ------------------------------------------------------------------------


def test_the_guide_shows_summary_who_it_is_for_and_audience(client, guide):
    soup = soup_of(client, url_in(guide, "it"))

    assert soup.select_one(".portal-page-header .lead").get_text() == "Come fare, passo per passo."
    assert "permesso di soggiorno valido" in soup.select_one("#who-for-title").parent.get_text()
    assert "portal-audience-both" in soup.select_one(".portal-audience")["class"]
    assert "Cercare lavoro" in soup.select_one(".portal-guide-topic").get_text()
    hub_link = soup.select_one(".portal-guide-hub a")
    assert hub_link["href"] == url_in(guide.get_parent(), "it")
    crumbs = [a.get_text() for a in soup.select(".breadcrumb a")]
    assert crumbs[-1] == "Lavoro"


def test_the_table_of_contents_lists_only_the_sections_there_are(client, guide):
    soup = soup_of(client, url_in(guide, "it"))

    anchors = [a["href"] for a in soup.select(".portal-toc a")]
    assert anchors == ["#steps", "#documents", "#faq", "#legal-references"]
    for anchor in anchors:
        assert soup.select_one(anchor) is not None


def test_a_guide_with_only_steps_has_no_table_of_contents(client):
    guide = factories.guide_page(steps_it=[step("Vai allo sportello")], steps_ar=[])

    soup = soup_of(client, url_in(guide, "it"))

    assert soup.select_one(".portal-toc") is None
    assert soup.select_one("#documents") is None


def test_steps_are_a_numbered_list_with_what_to_bring_where_cost_and_time(client, guide):
    guide.steps_it = [
        step("Prendi appuntamento", documents=["Passaporto"], where="Via Capramozza 2"),
        step("Vai al colloquio", documents=["Passaporto", "Codice fiscale"], cost="Gratuito"),
        step("Ritira l'attestato", duration="Due settimane"),
    ]
    factories.publish(guide)

    soup = soup_of(client, url_in(guide, "it"))

    steps = soup.select("ol.portal-steps > li.portal-step")
    assert [s.select_one("h3").get_text() for s in steps] == [
        "Prendi appuntamento",
        "Vai al colloquio",
        "Ritira l'attestato",
    ]
    labels = [dt.get_text(strip=True) for dt in steps[1].select("dt")]
    assert labels == [gettext("Documents to bring"), gettext("Cost")]
    assert [li.get_text() for li in steps[1].select("dd li")] == ["Passaporto", "Codice fiscale"]
    # Every document of every step, once, in one checklist.
    checklist = [li.get_text() for li in soup.select("#documents .portal-checklist li")]
    assert checklist == ["Passaporto", "Codice fiscale"]


def test_questions_open_without_a_script_and_references_link_to_the_law(client, guide):
    soup = soup_of(client, url_in(guide, "it"))

    question = soup.select_one("#faq details.portal-accordion-item")
    assert question.select_one("summary").get_text() == "Quanto costa?"
    reference = soup.select_one("#legal-references a")
    assert reference["href"] == LEGAL[0]["value"]["url"]
    assert "Testo unico" in soup.select_one("#legal-references").get_text()


def test_last_reviewed_and_last_updated_are_shown(client, guide):
    soup = soup_of(client, url_in(guide, "it"))

    reviewed = soup.select_one(".portal-guide-reviewed time")
    assert reviewed["datetime"] == "2026-03-15"
    assert soup.select_one(".portal-last-updated time") is not None


def test_a_guide_never_reviewed_says_nothing_about_it(client):
    guide = factories.guide_page(last_reviewed=None)

    soup = soup_of(client, url_in(guide, "it"))

    assert soup.select_one(".portal-guide-reviewed") is None


# --- Languages --------------------------------------------------------------------------


def test_arabic_page_is_right_to_left_with_numbered_steps(client, guide):
    soup = soup_of(client, url_in(guide, "ar"))

    assert soup.html["dir"] == "rtl"
    steps = soup.select_one("ol.portal-steps")
    assert not steps.has_attr("lang")
    assert steps.select_one("li h3").get_text() == "احجز موعدًا"
    assert soup.select_one(".portal-guide-topic span").get_text() == "البحث عن عمل"
    # The questions were not translated: Italian, marked, inside the Arabic page.
    faq = soup.select_one("#faq div[lang]")
    assert (faq["lang"], faq["dir"]) == ("it", "ltr")


def test_a_guide_not_in_romanian_falls_back_to_italian_with_a_notice(client, guide):
    soup = soup_of(client, url_in(guide, "ro"))

    assert soup.html["lang"] == "ro"
    assert soup.select_one(".portal-fallback-notice") is not None
    heading = soup.find("h1")
    assert (heading.get_text(), heading["lang"], heading["dir"]) == (
        "Iscriversi al centro per l'impiego",
        "it",
        "ltr",
    )
    steps = soup.select_one("ol.portal-steps")
    assert (steps["lang"], steps["dir"]) == ("it", "ltr")
    who_for = soup.select_one("#who-for-title").find_next("p")
    assert who_for["lang"] == "it"


def test_steps_not_yet_translated_are_marked_italian_in_an_arabic_page(client):
    guide = factories.guide_page(steps_ar=[])

    soup = soup_of(client, url_in(guide, "ar"))

    steps = soup.select_one("ol.portal-steps")
    assert (steps["lang"], steps["dir"]) == ("it", "ltr")
    assert soup.select_one(".portal-field-fallback") is not None


# --- Attachments --------------------------------------------------------------------------


@pytest.fixture
def leaflets():
    permit = factories.document_group(
        {"it": "Volantino permesso", "en": "Permit leaflet", "ar": "نشرة الإقامة"}
    )
    single = factories.document(title="Modulo di iscrizione")
    return permit, single


def test_each_document_is_shown_once_with_all_its_languages_readers_first(client, leaflets):
    (permit_it, permit_en, permit_ar), single = leaflets
    guide = factories.guide_page(
        attachments=[
            {"type": "document", "value": permit_it.pk},
            {"type": "document", "value": permit_ar.pk},
            {"type": "document", "value": single.pk},
        ]
    )

    soup = soup_of(client, url_in(guide, "ar"))

    items = soup.select("#attachments .portal-attachment")
    assert len(items) == 2
    title = items[0].select_one("h3")
    assert (title.get_text(), title["lang"], title["dir"]) == ("نشرة الإقامة", "ar", "rtl")
    links = items[0].select(".portal-attachment-versions a")
    assert [a["hreflang"] for a in links] == ["ar", "it", "en"]
    assert [a["href"] for a in links] == [permit_ar.url, permit_it.url, permit_en.url]
    names = [a.select_one("span[lang]") for a in links]
    assert [(n.get_text(), n["lang"]) for n in names] == [
        ("العربية", "ar"),
        ("Italiano", "it"),
        ("English", "en"),
    ]
    meta = items[0].select_one(".portal-document-meta").get_text()
    assert "PDF" in meta
    assert items[1].select_one("h3").get_text() == "Modulo di iscrizione"
    assert items[1].select_one("h3")["lang"] == "it"


def test_the_document_title_is_italian_when_the_readers_language_is_missing(client, leaflets):
    (permit_it, *_rest), _single = leaflets
    guide = factories.guide_page(attachments=[{"type": "document", "value": permit_it.pk}])

    soup = soup_of(client, url_in(guide, "ro"))

    title = soup.select_one("#attachments h3")
    assert (title.get_text(), title["lang"]) == ("Volantino permesso", "it")


# --- Sharing, PDF, JSON-LD ------------------------------------------------------------------


def test_share_links_are_plain_links_and_load_nothing(client, guide):
    response = client.get(url_in(guide, "it"))
    soup = BeautifulSoup(response.content, "html.parser")

    page_url = f"http://testserver{url_in(guide, 'it')}"
    hrefs = [a["href"] for a in soup.select(".portal-share-links a")]
    assert hrefs[0].startswith("mailto:?subject=")
    assert hrefs[1].startswith("https://wa.me/?text=")
    assert hrefs[2] == (
        f"https://t.me/share/url?url={quote(page_url, safe='')}&text={quote(guide.title_it)}"
    )
    assert all(page_url in unquote(href) for href in hrefs)
    sources = [script.get("src") for script in soup.find_all("script")]
    assert all(src is None or src.startswith("/static/") for src in sources)
    assert [s["type"] for s in soup.find_all("script") if not s.get("src")] == [
        "application/ld+json"
    ]
    assert soup.select_one("main [style]") is None


def test_the_pdf_link_is_offered_only_when_pdfs_can_be_made(client, guide):
    soup = soup_of(client, url_in(guide, "it"))

    link = soup.select_one("a.portal-pdf-link")
    if pdf_available():
        assert link["href"] == f"{url_in(guide, 'it')}?format=pdf"
    else:
        assert link is None


def json_ld_service(soup: BeautifulSoup) -> dict:
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    [service] = [item for item in data["@graph"] if item["@type"] == "GovernmentService"]
    return service


def test_json_ld_describes_a_government_service(client, guide):
    service = json_ld_service(soup_of(client, url_in(guide, "it")))

    assert service["serviceType"] == "Cercare lavoro"
    assert service["provider"]["@type"] == "GovernmentOrganization"
    assert service["provider"]["name"] == "Comune di Bologna"
    assert service["provider"]["department"]["name"] == "Lavoro"
    assert service["provider"]["department"]["url"].endswith(url_in(guide.get_parent(), "it"))
    assert service["areaServed"]["name"] == "Emilia-Romagna"
    assert [a["@type"] for a in service["audience"]] == ["Audience", "Audience"]
    assert all(a["audienceType"] for a in service["audience"])
    assert service["availableLanguage"] == ["it", "ar"]


def test_json_ld_in_arabic_uses_the_arabic_texts(client, guide):
    service = json_ld_service(soup_of(client, url_in(guide, "ar")))

    assert service["inLanguage"] == "ar"
    assert service["serviceType"] == "البحث عن عمل"
    assert service["provider"]["department"]["name"] == "العمل"


def test_json_ld_of_a_guide_without_topic_names_the_hubs_theme(client):
    guide = factories.guide_page(audience="operators")

    service = json_ld_service(soup_of(client, url_in(guide, "it")))

    assert service["serviceType"] == "Lavoro"
    assert service["audience"]["@type"] == "Audience"


def test_other_pages_get_no_guide_fields(client):
    page = factories.content_page()

    soup = soup_of(client, url_in(page, "it"))

    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert all("provider" not in item for item in data["@graph"])
