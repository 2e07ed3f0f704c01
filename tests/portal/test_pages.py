"""Every page type renders in Italian and Arabic with the right lang and dir."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db


def html_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(("language", "direction"), [("it", "ltr"), ("ar", "rtl"), ("ur", "rtl")])
@pytest.mark.parametrize("kind", ["home", "section", "content"])
def test_every_page_type_renders_with_language_and_direction(client, kind, language, direction):
    home = factories.home_page()
    page = {
        "home": lambda: home,
        "section": lambda: factories.section_page(),
        "content": lambda: factories.content_page(),
    }[kind]()

    soup = html_of(client, url_in(page, language))

    assert soup.html["lang"] == language
    assert soup.html["dir"] == direction
    stylesheet = "portal.rtl.css" if direction == "rtl" else "portal.css"
    assert soup.find("link", href=lambda href: href and href.endswith(stylesheet))
    assert soup.find("h1")


def test_arabic_page_shows_arabic_content(client):
    page = factories.content_page(title_ar="صفحة الاختبار")

    soup = html_of(client, url_in(page, "ar"))

    assert soup.find("h1").get_text() == "صفحة الاختبار"
    assert "نص باللغة العربية" in soup.find("main").get_text()


def test_every_page_shows_when_it_was_last_updated(client):
    page = factories.content_page()

    soup = html_of(client, url_in(page, "it"))

    updated = soup.select_one(".portal-last-updated time")
    assert updated is not None
    assert updated["datetime"].startswith(str(page.last_published_at.date()))


def test_section_lists_its_public_children_as_cards(client):
    section = factories.section_page()
    child = factories.content_page(parent=section, title_it="Il permesso di soggiorno")
    draft = factories.content_page(parent=section, title_it="Bozza")
    draft.unpublish()

    soup = html_of(client, url_in(section, "it"))

    titles = [card.get_text(strip=True) for card in soup.select(".portal-cards .card-title")]
    assert titles == [child.title_it]


def test_main_navigation_comes_from_the_page_tree(client):
    factories.home_page()
    in_menu = factories.section_page(title_it="Lavoro", show_in_menus=True)
    factories.section_page(title_it="Nascosta", show_in_menus=False)

    soup = html_of(client, url_in(in_menu, "it"))

    items = [link.get_text(strip=True) for link in soup.select(".portal-nav-list a")]
    assert items == ["Lavoro"]
    assert soup.select_one(".portal-nav-list a")["aria-current"] == "page"


def test_content_page_renders_every_block(client):
    image = factories.image()
    document = factories.document(title="Modulo di domanda")
    body = [
        {"type": "heading", "value": {"text": "Che cosa serve", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Un paragrafo.</p>"},
        {
            "type": "callout",
            "value": {"kind": "warning", "title": "Attenzione", "text": "<p>Scadenza.</p>"},
        },
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Mappa degli sportelli", "decorative": False},
        },
        {"type": "document", "value": {"document": document.pk, "label": ""}},
        {
            "type": "accordion",
            "value": {
                "title": "Domande",
                "items": [{"question": "Quanto costa?", "answer": "<p>Nulla.</p>"}],
            },
        },
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Come rinnovare il permesso",
                "transcript": "<p>Trascrizione.</p>",
            },
        },
    ]
    page = factories.content_page(body_it=body)

    soup = html_of(client, url_in(page, "it"))
    main = soup.find("main")

    assert main.find("h2", string="Che cosa serve")
    assert main.select_one(".callout.warning .callout-title").get_text() == "Attenzione"
    assert main.select_one(".portal-figure img")["alt"] == "Mappa degli sportelli"
    assert main.select_one(".portal-document a").get_text() == "Modulo di domanda"
    assert "PDF" in main.select_one(".portal-document-meta").get_text()
    assert main.select_one("details.portal-accordion-item summary").get_text() == "Quanto costa?"
    video = main.select_one(".portal-video")
    assert video["data-embed-src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    # Nothing is loaded from the video host until the reader clicks.
    assert main.find("iframe") is None


def test_footer_carries_what_a_public_body_must_show(client):
    from wagtail.models import Site

    from portal.models import FooterSettings

    home = factories.home_page()
    privacy = factories.content_page(title_it="Privacy")
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.address = "Viale Aldo Moro 52\n40127 Bologna"
    footer.pec = "ente@pec.example.it"
    footer.privacy_page = privacy
    footer.funding_notice_it = "Cofinanziato dal FAMI 2021-2027."
    footer.save()

    soup = html_of(client, url_in(home, "it"))
    text = soup.find("footer").get_text(" ", strip=True)

    assert "Viale Aldo Moro 52" in text
    assert "ente@pec.example.it" in text
    assert "Cofinanziato dal FAMI 2021-2027." in text
    assert "CC BY 4.0" in text
    assert soup.find("footer").find("a", href=url_in(privacy, "it"))


def test_editors_can_open_every_page_type_and_the_footer_in_the_admin(client, django_user_model):
    from wagtail.models import Site

    editor = django_user_model.objects.create_superuser("redazione", password="x")
    client.force_login(editor)
    home = factories.home_page()
    pages = [home, factories.section_page(), factories.content_page()]
    site = Site.objects.get(is_default_site=True)

    for page in pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        # wagtail-modeltranslation's per-language fields are in the form.
        assert 'name="title_ar"' in response.content.decode()
    footer = client.get(f"/admin/settings/portal/footersettings/{site.pk}/")
    assert footer.status_code == 200
    assert 'name="funding_notice_ar"' in footer.content.decode()
