"""A guide restricted to the network's operators is invisible to the public everywhere.

Every place that lists pages is requested as an anonymous reader, in Italian and in
Arabic, first with the guide public (it must be there: the check can see it), then with
the guide restricted to a group (it must be nowhere: not its title in any language, not
its address). Feeds and the API do not exist yet; when they do, they belong here.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import PageViewRestriction

from hubs.models import HubFeaturedGuide, HubTopic
from tests import factories
from tests.factories import url_in

pytestmark = pytest.mark.django_db

TITLES = {"it": "Sportello riservato zibaldone", "ar": "دليل المشغلين زيبالدون"}
#: A word of the guide's title, searched for in each language.
SEARCHED = {"it": "zibaldone", "ar": "زيبالدون"}


@pytest.fixture
def operators() -> Group:
    return Group.objects.create(name="Operatori della rete")


@pytest.fixture
def network(operators):
    """A HUB with a topic, a public guide and the operators' guide, featured and listed."""
    hub = factories.hub_page("lavoro")
    topic = HubTopic.objects.create(page=hub, name_it="Per gli sportelli", sort_order=0)
    public = factories.guide_page(
        parent=hub, title_it="Guida pubblica", topic=topic, audience="operators"
    )
    restricted = factories.guide_page(
        parent=hub,
        title_it=TITLES["it"],
        title_ar=TITLES["ar"],
        slug_it="sportello-riservato",
        intro_it="Solo per gli operatori della rete.",
        topic=topic,
        audience="operators",
    )
    HubFeaturedGuide.objects.create(page=hub, guide=restricted, sort_order=0)
    HubFeaturedGuide.objects.create(page=hub, guide=public, sort_order=1)
    return {"hub": hub, "public": public, "restricted": restricted}


def restrict(page, group: Group) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    return restriction


def listings(network, code: str) -> dict[str, str]:
    """Every public address that lists pages, in the language ``code``."""
    hub = network["hub"]
    hub_url = url_in(hub, code)
    return {
        "home (navigation, section cards)": f"/{code}/",
        "HUB index": url_in(hub.get_parent(), code),
        "HUB landing (featured, topics, latest updates)": hub_url,
        "HUB landing for operators": f"{hub_url}?audience=operators",
        "search within the HUB": f"{hub_url}?q={SEARCHED[code]}",
        "site search": f"/{code}/search/?q={SEARCHED[code]}",
        "sitemap": "/sitemap.xml",
    }


def leaks(client, network, code: str) -> dict[str, list[str]]:
    """What of the restricted guide each listing shows: its titles and its addresses."""
    guide = network["restricted"]
    traces = [*TITLES.values(), *(url_in(guide, other) for other in TITLES), "sportello-riservato"]
    found = {}
    for name, url in listings(network, code).items():
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        text = response.content.decode()
        found[name] = [trace for trace in traces if trace in text]
    return found


@pytest.mark.parametrize("code", ["it", "ar"])
def test_a_public_guide_is_found_by_every_listing_so_the_check_can_see_it(client, network, code):
    found = leaks(client, network, code)

    # The home page and the HUB index list sections and HUBs, not guides: they are
    # checked for leaks all the same (navigation, cards, the HUB restricted below).
    missing = [name for name, traces in found.items() if not traces]
    assert missing == ["home (navigation, section cards)", "HUB index"]


@pytest.mark.parametrize("code", ["it", "ar"])
def test_a_restricted_guide_leaks_nowhere(client, network, operators, code):
    restrict(network["restricted"], operators)

    found = leaks(client, network, code)

    assert {name: traces for name, traces in found.items() if traces} == {}
    # The public guide next to it is still listed.
    landing = client.get(url_in(network["hub"], code)).content.decode()
    assert url_in(network["public"], code) in landing


def test_a_guide_under_a_restricted_hub_leaks_nowhere(client, network, operators):
    """Privacy set on a whole HUB covers its guides too."""
    hub = network["hub"]
    restrict(hub, operators)
    hub_title, hub_url = hub.title_it, url_in(hub, "it")

    for url in ("/it/", url_in(hub.get_parent(), "it"), f"/it/search/?q={SEARCHED['it']}"):
        text = client.get(url).content.decode()
        assert TITLES["it"] not in text
        assert f'href="{hub_url}"' not in text, url
    sitemap = client.get("/sitemap.xml").content.decode()
    assert hub_url not in sitemap
    assert url_in(network["restricted"], "it") not in sitemap
    assert hub_title not in client.get(url_in(hub.get_parent(), "it")).content.decode()


def test_the_restricted_guide_sends_anonymous_readers_to_log_in(client, network, operators):
    restrict(network["restricted"], operators)
    url = url_in(network["restricted"], "it")

    response = client.get(url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert response["Location"].endswith(f"?next={url}")
    assert client.get(f"{url}?format=pdf").status_code == 302


def test_a_member_of_the_group_reads_it(client, network, operators, django_user_model):
    restrict(network["restricted"], operators)
    member = django_user_model.objects.create_user("operatrice", password="x")
    member.groups.add(operators)
    client.force_login(member)

    response = client.get(url_in(network["restricted"], "it"))

    assert response.status_code == 200
    assert TITLES["it"] in response.content.decode()


def test_someone_logged_in_outside_the_group_is_refused(
    client, network, operators, django_user_model
):
    restrict(network["restricted"], operators)
    client.force_login(django_user_model.objects.create_user("passante", password="x"))

    response = client.get(url_in(network["restricted"], "it"))

    assert response.status_code != 200
    assert TITLES["it"] not in response.content.decode()


# --- The anonymous page cache -----------------------------------------------------


@pytest.fixture
def page_cache_on():
    with override_settings(PORTAL_PAGE_CACHE_SECONDS=300):
        yield


@pytest.mark.usefixtures("page_cache_on")
def test_a_cached_guide_stops_being_served_once_restricted(client, network, operators):
    url = url_in(network["restricted"], "it")
    hub_url = url_in(network["hub"], "it")
    client.get(url)
    client.get(hub_url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    restrict(network["restricted"], operators)

    assert client.get(url).status_code == 302
    landing = client.get(hub_url)
    assert landing["X-Page-Cache"] == "miss"
    assert TITLES["it"] not in landing.content.decode()


@pytest.mark.usefixtures("page_cache_on")
def test_lifting_the_restriction_lists_the_guide_again(client, network, operators):
    restriction = restrict(network["restricted"], operators)
    hub_url = url_in(network["hub"], "it")
    assert TITLES["it"] not in client.get(hub_url).content.decode()

    restriction.delete()

    assert TITLES["it"] in client.get(hub_url).content.decode()
    assert client.get(url_in(network["restricted"], "it")).status_code == 200
