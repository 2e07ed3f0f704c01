"""The HUB index and a HUB's landing: contacts, featured guides, topics, filters, search."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from wagtail.models import Site

from hubs.models import HubFeaturedGuide, HubTopic
from portal.search import cleaned_query, search_pages
from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db


def soup_of(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def card_titles(soup: BeautifulSoup, selector: str = "#hub-guides .card-title a") -> list[str]:
    return [link.get_text() for link in soup.select(selector)]


def messages(soup: BeautifulSoup) -> list[str]:
    return [p.get_text() for p in soup.select("#hub-guides .alert p")]


def fits(message: str, msgid: str) -> bool:
    """``message`` is ``msgid`` in the active language, whatever fills its placeholders."""
    pattern = re.sub(r"%\\\(\w+\\\)[sd]", ".+", re.escape(gettext(msgid)))
    return re.fullmatch(pattern, message.strip(), flags=re.DOTALL) is not None


@pytest.fixture
def hub():
    hub = factories.hub_page("lavoro")
    hub.intro_it = "Lavorare a Bologna: diritti, contratti, centri per l'impiego."
    hub.address = "Piazza Maggiore 6\n40124 Bologna"
    hub.phone = "051 219 3111"
    hub.email = "hub.lavoro@comune.bologna.it"
    hub.opening_hours_it = "Lunedì e giovedì, 9–13"
    hub.website = "https://www.comune.bologna.it/hub-lavoro"
    return factories.publish(hub)


@pytest.fixture
def topics(hub):
    return [
        HubTopic.objects.create(page=hub, name_it="Cercare lavoro", sort_order=0),
        HubTopic.objects.create(page=hub, name_it="Contratti", name_ar="العقود", sort_order=1),
    ]


# --- HUB index ------------------------------------------------------------------------


def test_hub_index_shows_a_card_per_hub_with_theme_municipality_and_intro(client, hub):
    soup = soup_of(client, url_in(hub.get_parent(), "it"))

    cards = soup.select(".portal-hub-cards .card")
    assert len(cards) == 5
    first = cards[0]
    assert first.select_one(".card-title a").get_text() == "Lavoro"
    assert first.select_one(".card-title a")["href"] == url_in(hub, "it")
    municipality = first.select_one(".portal-hub-municipality span")
    assert (municipality.get_text(), municipality["lang"]) == ("Bologna", "it")
    assert "centri per l'impiego" in first.select_one(".card-text").get_text()


def test_hub_index_in_arabic_marks_the_italian_intro(client, hub):
    soup = soup_of(client, url_in(hub.get_parent(), "ar"))

    first = soup.select(".portal-hub-cards .card")[0]
    assert first.select_one(".card-title a").get_text() == "العمل"
    intro = first.select_one(".card-text")
    assert (intro["lang"], intro["dir"]) == ("it", "ltr")


# --- HUB landing: contacts, featured, topics, latest updates -------------------------


def test_hub_page_shows_its_contacts(client, hub):
    soup = soup_of(client, url_in(hub, "it"))

    contacts = soup.select_one(".portal-hub-contacts")
    assert contacts.select_one("a[href^='tel:']")["href"] == "tel:+390512193111"
    assert (
        contacts.select_one("a[href^='mailto:']")["href"] == "mailto:hub.lavoro@comune.bologna.it"
    )
    assert "Piazza Maggiore 6" in contacts.select_one("address").get_text()
    assert "Lunedì e giovedì" in contacts.get_text()
    assert contacts.select_one(f"a[href='{hub.website}']") is not None
    assert "Comune di Bologna" in contacts.get_text()


def test_hub_page_opening_hours_fall_back_to_italian_marked(client, hub):
    soup = soup_of(client, url_in(hub, "ar"))

    hours = soup.find(string=lambda text: text and "Lunedì" in text).parent
    assert (hours["lang"], hours["dir"]) == ("it", "ltr")


def test_guides_are_grouped_by_topic_in_the_hubs_order_with_other_guides_last(client, hub, topics):
    searching, contracts = topics
    factories.guide_page(parent=hub, title_it="Senza argomento")
    factories.guide_page(parent=hub, title_it="Contratto a termine", topic=contracts)
    factories.guide_page(parent=hub, title_it="Iscriversi al centro per l'impiego", topic=searching)

    soup = soup_of(client, url_in(hub, "it"))

    headings = [h.get_text() for h in soup.select(".portal-topic > h3")]
    assert headings == ["Cercare lavoro", "Contratti", gettext("Other guides")]
    sections = soup.select(".portal-topic")
    assert card_titles(sections[0], ".card-title a") == ["Iscriversi al centro per l'impiego"]
    assert card_titles(sections[2], ".card-title a") == ["Senza argomento"]
    # The topic links lead to the sections.
    anchors = [a["href"] for a in soup.select(".portal-topic-nav a")]
    assert anchors == [f"#{h['id']}" for h in soup.select(".portal-topic > h3")]


def test_topic_names_are_translated_or_marked_italian(client, hub, topics):
    factories.guide_page(parent=hub, topic=topics[0])
    factories.guide_page(parent=hub, topic=topics[1])

    soup = soup_of(client, url_in(hub, "ar"))

    headings = soup.select(".portal-topic > h3")
    assert headings[0].get_text() == "Cercare lavoro"
    assert (headings[0]["lang"], headings[0]["dir"]) == ("it", "ltr")
    assert headings[1].get_text() == "العقود"
    assert not headings[1].has_attr("lang")


def test_guide_cards_show_the_audience(client, hub):
    factories.guide_page(parent=hub, title_it="Per gli operatori", audience="operators")

    soup = soup_of(client, url_in(hub, "it"))

    card = soup.select_one("#hub-guides .card")
    assert "portal-audience-operators" in card.select_one(".portal-audience")["class"]


def test_featured_guides_are_shown_in_order_when_live_and_public(client, hub):
    first = factories.guide_page(parent=hub, title_it="Prima in vetrina")
    second = factories.guide_page(parent=hub, title_it="Seconda in vetrina")
    withdrawn = factories.guide_page(parent=hub, title_it="Ritirata")
    withdrawn.unpublish()
    for order, guide in enumerate([second, withdrawn, first]):
        HubFeaturedGuide.objects.create(page=hub, guide=guide, sort_order=order)

    soup = soup_of(client, url_in(hub, "it"))

    featured = soup.select("[aria-labelledby='hub-featured-title'] .card-title a")
    assert [a.get_text() for a in featured] == ["Seconda in vetrina", "Prima in vetrina"]


def test_no_featured_section_without_featured_guides(client, hub):
    soup = soup_of(client, url_in(hub, "it"))

    assert soup.select_one("#hub-featured-title") is None


def test_latest_updates_are_the_five_most_recently_published(client, hub):
    guides = [factories.guide_page(parent=hub, title_it=f"Novità {n}") for n in range(7)]
    now = timezone.now()
    for age, guide in enumerate(reversed(guides)):
        type(guide).objects.filter(pk=guide.pk).update(
            last_published_at=now - datetime.timedelta(days=age)
        )
    withdrawn = factories.guide_page(parent=hub, title_it="Ritirata")
    withdrawn.unpublish()

    soup = soup_of(client, url_in(hub, "it"))

    latest = [a.get_text() for a in soup.select(".portal-latest a")]
    assert latest == ["Novità 6", "Novità 5", "Novità 4", "Novità 3", "Novità 2"]
    assert soup.select_one(".portal-latest time")["datetime"]


def test_an_empty_hub_says_so(client, hub):
    soup = soup_of(client, url_in(hub, "it"))

    assert gettext("This HUB has not published any guides yet.") in (
        soup.select_one("#hub-guides").get_text()
    )


# --- Audience filter ------------------------------------------------------------------


@pytest.fixture
def audiences(hub):
    factories.guide_page(parent=hub, title_it="Per i migranti", audience="migrants")
    factories.guide_page(parent=hub, title_it="Per gli operatori", audience="operators")
    factories.guide_page(parent=hub, title_it="Per tutti", audience="both")


@pytest.mark.usefixtures("audiences")
@pytest.mark.parametrize(
    ("audience", "shown"),
    [
        ("", ["Per i migranti", "Per gli operatori", "Per tutti"]),
        ("migrants", ["Per i migranti", "Per tutti"]),
        ("operators", ["Per gli operatori", "Per tutti"]),
    ],
)
def test_the_audience_filter_keeps_guides_for_both(client, hub, audience, shown):
    soup = soup_of(client, url_in(hub, "it"), audience=audience)

    assert card_titles(soup) == shown
    assert messages(soup) == []
    selected = soup.select_one("#hub-audience option[selected]")
    assert selected["value"] == audience


def test_the_filter_form_works_without_javascript(client, hub):
    soup = soup_of(client, url_in(hub, "it"))

    form = soup.select_one("form.portal-hub-filter")
    assert form["method"] == "get"
    assert form["action"].startswith(url_in(hub, "it"))
    select = form.select_one("select[name=audience]")
    assert form.select_one(f"label[for='{select['id']}']") is not None
    assert form.select_one("button[type=submit]") is not None
    search = soup.select_one("form.portal-hub-search input[name=q]")
    assert soup.select_one(f"label[for='{search['id']}']") is not None


@pytest.mark.usefixtures("audiences")
@pytest.mark.parametrize(
    "params",
    [
        {"audience": "aliens"},
        {"audience": "both"},
        {"audience": ["migrants", "operators"]},
        {"audience": "x" * 5000},
        {"audience": "<script>alert(1)</script>"},
    ],
    ids=["unknown", "both", "two", "huge", "markup"],
)
def test_a_wrong_audience_shows_every_guide_with_a_message(client, hub, params):
    response = client.get(url_in(hub, "it"), params)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert card_titles(soup) == ["Per i migranti", "Per gli operatori", "Per tutti"]
    [message] = messages(soup)
    assert fits(message, "“%(value)s” is not an audience of these guides: every guide is shown.")
    assert len(message) < 200
    assert b"<script>alert" not in response.content


# --- Search within the HUB -------------------------------------------------------------


@pytest.fixture
def two_hubs(hub):
    factories.guide_page(parent=hub, title_it="Tirocinio formativo a Bologna")
    factories.guide_page(parent=factories.hub_page("salute"), title_it="Tirocinio in ospedale")
    factories.content_page(title_it="Tirocinio: la pagina regionale")


@pytest.mark.usefixtures("two_hubs")
def test_search_within_the_hub_finds_only_its_guides(client, hub):
    soup = soup_of(client, url_in(hub, "it"), q="tirocinio")

    assert [a.get_text() for a in soup.select(".portal-hub-results h3 a")] == [
        "Tirocinio formativo a Bologna"
    ]
    assert soup.select_one("#hub-search")["value"] == "tirocinio"
    assert soup.select_one(".portal-topic") is None


@pytest.mark.usefixtures("two_hubs")
def test_site_search_within_a_page_is_limited_to_its_descendants(hub, rf: RequestFactory):
    request = rf.get("/it/search/", HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    query = cleaned_query("tirocinio")

    everywhere = search_pages(request=request, query=query, page_number=None)
    in_hub = search_pages(request=request, query=query, page_number=None, within=hub)

    assert len(everywhere.hits) == 3
    assert [hit.title for hit in in_hub.hits] == ["Tirocinio formativo a Bologna"]


NOT_A_PAGE_NUMBER = "“%(value)s” is not a page number: the first page of results is shown."


@pytest.mark.usefixtures("two_hubs")
@pytest.mark.parametrize(
    ("page_number", "msgid", "values"),
    [
        ("abc", NOT_A_PAGE_NUMBER, {"value": "abc"}),
        ("-1", NOT_A_PAGE_NUMBER, {"value": "-1"}),
        (
            "99",
            "There is no results page %(wanted)s: page %(shown)s is shown.",
            {"wanted": 99, "shown": 1},
        ),
    ],
)
def test_a_wrong_results_page_shows_a_page_of_results_with_a_message(
    client, hub, page_number, msgid, values
):
    soup = soup_of(client, url_in(hub, "it"), q="tirocinio", page=page_number)

    [message] = messages(soup)
    assert message.strip() == gettext(msgid) % values
    assert len(soup.select(".portal-hub-results h3 a")) == 1


def test_an_overlong_search_is_cut_with_a_message(client, hub):
    soup = soup_of(client, url_in(hub, "it"), q="lavoro " * 100)

    # The same sentence as the site search, already translated (Italian here).
    [message] = messages(soup)
    assert "200" in message


def test_a_search_of_symbols_only_finds_nothing_and_does_not_fail(client, hub):
    query = "%%% ''' ;--"
    soup = soup_of(client, url_in(hub, "it"), q=query)

    found = ngettext(
        "%(counter)s guide found for “%(query)s” in this HUB.",
        "%(counter)s guides found for “%(query)s” in this HUB.",
        0,
    ) % {"counter": 0, "query": cleaned_query(query).text}
    assert found in soup.select_one(".portal-hub-results").get_text()
