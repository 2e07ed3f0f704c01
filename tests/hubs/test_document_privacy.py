"""Downloads follow the privacy of the pages that offer them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def operators() -> Group:
    return Group.objects.create(name="Operatori della rete")


@pytest.fixture
def leaflet():
    """A leaflet in Italian and Arabic: one translation group."""
    italian = factories.document(title="Volantino", language="it")
    arabic = factories.document(
        title="نشرة", language="ar", translation_group=italian.translation_group
    )
    return italian, arabic


def restrict(page, group: Group) -> None:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)


def attach(document, **fields):
    return factories.guide_page(attachments=[{"type": "document", "value": document.pk}], **fields)


def test_document_on_no_page_is_served_to_anyone(client, leaflet):
    italian, _arabic = leaflet
    assert client.get(italian.url).status_code == 200


def test_document_of_a_restricted_guide_asks_anonymous_readers_to_log_in(
    client, leaflet, operators
):
    italian, arabic = leaflet
    restrict(attach(italian), operators)

    for document in (italian, arabic):  # the translation no page names is covered too
        response = client.get(document.url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]
        assert document.url in response["Location"]


def test_document_of_a_restricted_guide_is_served_to_the_group(client, leaflet, operators):
    italian, arabic = leaflet
    restrict(attach(italian), operators)
    member = get_user_model().objects.create_user("sportello", password="x")
    member.groups.add(operators)
    client.force_login(member)

    assert client.get(arabic.url).status_code == 200


def test_logged_in_reader_outside_the_group_is_refused(client, leaflet, operators):
    italian, _arabic = leaflet
    restrict(attach(italian), operators)
    client.force_login(get_user_model().objects.create_user("altro", password="x"))

    assert client.get(italian.url).status_code == 302


def test_document_also_on_a_public_page_stays_public(client, leaflet, operators):
    italian, arabic = leaflet
    restrict(attach(italian), operators)
    attach(arabic)

    assert client.get(italian.url).status_code == 200


def test_document_below_a_restricted_hub_is_restricted(client, leaflet, operators):
    italian, _arabic = leaflet
    hub = factories.hub_page("salute")
    restrict(hub, operators)
    attach(italian, parent=hub)

    assert client.get(italian.url).status_code == 302
