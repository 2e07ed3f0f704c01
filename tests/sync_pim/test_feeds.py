"""The pull feeds for PIM: valid Atom and JSON Feed of shared, public content per language."""

import datetime
import json

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from sync_pim.payload import rfc3339
from sync_pim.selectors.feeds import pim_feed_content
from tests import factories
from tests.factories import url_in
from tests.services import require_postgres
from tests.sync_pim.feeds_support import json_feed_problems

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.sync_pim.feeds_support")]

HOST = "http://testserver"


@pytest.fixture(autouse=True)
def _postgres():
    require_postgres()


def shared_guide(**fields):
    return factories.guide_page(**{"share_with_pim": True, "pim_category": "guide", **fields})


def atom(client, language: str, query: str = ""):
    response = client.get(f"/feeds/pim/{language}.atom{query}")
    assert response.status_code == 200, response.content
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


def json_feed(client, language: str, query: str = "") -> dict:
    response = client.get(f"/feeds/pim/{language}.json{query}")
    assert response.status_code == 200, response.content
    document = json.loads(response.content)
    assert json_feed_problems(document) == []
    return document


def ids(parsed) -> list[str]:
    return [entry.id for entry in parsed.entries]


def urn(page, language: str) -> str:
    return f"urn:er-integrazione:page:{page.pk}:{language}"


def alternates(entry, language: str) -> dict[str, str]:
    """An Atom entry's links to its other languages, by language."""
    return {
        link.hreflang: link.href
        for link in entry.links
        if link.rel == "alternate" and link.get("hreflang", language) != language
    }


@pytest.fixture
def world():
    """Bologna's HUB with two shared guides (one also in Arabic), Ferrara's with one."""
    hubs = factories.hubs()
    older = shared_guide(
        parent=hubs["lavoro"],
        title_it="Iscriversi al centro per l'impiego",
        title_ar="التسجيل في مركز التوظيف",
        intro_it="Come iscriversi, passo per passo.",
        intro_ar="كيفية التسجيل خطوة بخطوة.",
        pim_category="service",
    )
    newer = shared_guide(parent=hubs["lavoro"], title_it="Il contratto di lavoro", title_ar="")
    health = shared_guide(
        parent=hubs["salute"], title_it="Scegliere il medico di base", title_ar="اختيار الطبيب"
    )
    return {"hubs": hubs, "older": older, "newer": newer, "health": health}


def test_atom_feed_is_valid_and_lists_shared_pages_newest_first(client, rf, world):
    response, parsed = atom(client, "it")

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert parsed.version == "atom10"
    assert ids(parsed) == [urn(world[key], "it") for key in ("health", "newer", "older")]
    entry = parsed.entries[2]
    assert entry.title == "Iscriversi al centro per l'impiego"
    assert entry.summary == "Come iscriversi, passo per passo."
    assert entry.link == HOST + url_in(world["older"], "it")
    assert datetime.datetime.fromisoformat(entry.updated) == world["older"].last_published_at
    terms = {(tag.scheme, tag.term) for tag in entry.tags}
    assert terms == {
        ("urn:er-integrazione:pim-category", "service"),
        ("urn:er-integrazione:hub", "lavoro"),
    }
    # At most ``limit`` entries, the newest.
    limited = pim_feed_content(request=rf.get("/"), language="it", limit=2)
    assert [entry.id for entry in limited.entries] == ids(parsed)[:2]


def test_atom_entries_link_to_their_language_and_announce_the_others(client, world):
    _response, parsed = atom(client, "ar", "?hub=lavoro")

    entry = next(e for e in parsed.entries if e.id == urn(world["older"], "ar"))
    assert entry.title == "التسجيل في مركز التوظيف"
    assert entry.summary == "كيفية التسجيل خطوة بخطوة."
    assert entry.link == HOST + url_in(world["older"], "ar")
    assert alternates(entry, "ar") == {"it": HOST + url_in(world["older"], "it")}
    assert parsed.feed.language == "ar"
    assert parsed.feed.rights.startswith("CC BY 4.0")
    # The feed itself: where it is, and the same feed in every other language.
    links = parsed.feed.links
    assert next(link.href for link in links if link.rel == "self") == (
        f"{HOST}/feeds/pim/ar.atom?hub=lavoro"
    )
    assert parsed.feed.link == f"{HOST}/ar/"
    feeds = {
        link.hreflang: link.href
        for link in links
        if link.rel == "alternate" and link.type == "application/atom+xml"
    }
    assert feeds["it"] == f"{HOST}/feeds/pim/it.atom?hub=lavoro"
    assert len(feeds) == 8
    assert "ar" not in feeds


def test_a_page_without_a_title_in_a_language_is_not_in_that_languages_feed(client, world):
    _response, arabic = atom(client, "ar")
    _response, italian = atom(client, "it")

    assert ids(arabic) == [urn(world["health"], "ar"), urn(world["older"], "ar")]
    assert urn(world["newer"], "it") in ids(italian)
    # Nor is it announced as an Arabic alternate of the Italian entry.
    newer = next(e for e in italian.entries if e.id == urn(world["newer"], "it"))
    assert alternates(newer, "it") == {}


def test_category_and_hub_filters_narrow_both_feeds(client, world):
    _response, services = atom(client, "it", "?category=service")
    _response, guides_of_bologna = atom(client, "it", "?category=guide&hub=lavoro")
    _response, ferrara = atom(client, "it", "?hub=salute")
    document = json_feed(client, "it", "?category=guide&hub=salute")
    _response, unfiltered = atom(client, "it", "?category=&hub=&utm_source=pim")

    assert ids(services) == [urn(world["older"], "it")]
    assert ids(guides_of_bologna) == [urn(world["newer"], "it")]
    assert ids(ferrara) == [urn(world["health"], "it")]
    assert [item["id"] for item in document["items"]] == [urn(world["health"], "it")]
    assert document["_er_integrazione"]["category"] == "guide"
    assert document["_er_integrazione"]["hub"] == "salute"
    # Empty filters filter nothing; other parameters are ignored.
    assert len(unfiltered.entries) == 3


def test_private_unshared_and_unpublished_pages_never_appear(client, world):
    hubs = world["hubs"]
    operators = Group.objects.create(name="Operatori della rete")
    private = shared_guide(parent=hubs["lavoro"], title_it="Solo per gli operatori")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(operators)
    # A whole HUB made private hides its shared guides too.
    hidden_hub = hubs["prestazioni-sociali-anagrafe"]
    below_private = shared_guide(parent=hidden_hub, title_it="Sotto una sezione riservata")
    PageViewRestriction.objects.create(
        page=hidden_hub, restriction_type=PageViewRestriction.PASSWORD, password="segreta"
    )
    unshared = factories.guide_page(parent=hubs["lavoro"], title_it="Non condivisa")
    withdrawn = shared_guide(parent=hubs["lavoro"], title_it="Ritirata")
    withdrawn.unpublish()
    draft = shared_guide(parent=hubs["lavoro"], title_it="Bozza")
    draft.unpublish()
    draft.title_it = "Bozza modificata"
    draft.save_revision()

    for language in ("it", "ar"):
        atom_response, parsed = atom(client, language)
        json_response = client.get(f"/feeds/pim/{language}.json")
        json_ids = {item["id"] for item in json.loads(json_response.content)["items"]}
        for page in (private, below_private, unshared, withdrawn, draft):
            assert urn(page, language) not in ids(parsed)
            assert urn(page, language) not in json_ids
        for response in (atom_response, json_response):
            assert b"Solo per gli operatori" not in response.content
            assert b"Sotto una sezione riservata" not in response.content
    assert len(ids(atom(client, "it")[1])) == 3


def test_json_feed_is_json_feed_1_1_with_alternates_in_the_extension(client, world):
    response = client.get("/feeds/pim/ar.json")
    assert response["Content-Type"] == "application/feed+json"
    document = json.loads(response.content)

    assert json_feed_problems(document) == []
    assert document["feed_url"] == f"{HOST}/feeds/pim/ar.json"
    assert document["home_page_url"] == f"{HOST}/ar/"
    assert document["language"] == "ar"
    assert {"language": "it", "url": f"{HOST}/feeds/pim/it.json"} in (
        document["_er_integrazione"]["alternates"]
    )
    assert len(document["_er_integrazione"]["alternates"]) == 8
    assert [i["id"] for i in document["items"]] == [
        urn(world["health"], "ar"),
        urn(world["older"], "ar"),
    ]
    item = document["items"][1]
    older = world["older"]
    assert item["url"] == HOST + url_in(older, "ar")
    assert item["title"] == "التسجيل في مركز التوظيف"
    assert item["summary"] == item["content_text"] == "كيفية التسجيل خطوة بخطوة."
    assert item["language"] == "ar"
    assert item["date_modified"] == rfc3339(older.last_published_at)
    assert item["_er_integrazione"] == {
        "alternates": [{"language": "it", "url": HOST + url_in(older, "it")}],
        "category": "service",
        "hub": {"code": "lavoro", "name": world["hubs"]["lavoro"].title_ar or "Lavoro"},
    }


def test_bad_parameters_are_answered_clearly(client):
    factories.hubs()
    cases = [
        ("?category=recipes", '"recipes"', "good-practice"),
        ("?hub=turismo", '"turismo"', "titoli-di-soggiorno"),
        ("?category=guide&hub=Lavoro", '"Lavoro"', "lavoro"),
    ]
    for extension in ("atom", "json"):
        for language in ("xx", "IT", "it-it"):
            assert client.get(f"/feeds/pim/{language}.{extension}").status_code == 404
        for query, bad, allowed in cases:
            response = client.get(f"/feeds/pim/it.{extension}{query}")

            assert response.status_code == 400
            assert response["Content-Type"] == "text/plain; charset=utf-8"
            message = response.content.decode()
            assert bad in message
            assert allowed in message
        assert client.post(f"/feeds/pim/it.{extension}").status_code == 405


def test_query_count_does_not_grow_with_the_number_of_entries(client, world):
    def queries() -> int:
        # Warmed first: Wagtail reads each language's site root paths once an hour.
        atom(client, "ar")
        with CaptureQueriesContext(connection) as captured:
            atom(client, "ar")
            json_feed(client, "ar")
        return len(captured)

    few = queries()
    for number in range(6):
        shared_guide(parent=world["hubs"]["salute"], title_ar=f"دليل آخر {number}")
    many = queries()

    assert len(json_feed(client, "ar")["items"]) == 8
    assert many == few
    assert few <= 10
