"""Reports › Broken links and the dashboard panel: who sees which links, filters, export.

The content (guides in Bologna and Ferrara, a regional page) is built once for the module;
link states are written as a check would leave them, so no request is made here.
"""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from sync_pim.admin.link_views import BrokenLinksView
from sync_pim.links.services import links_collect
from sync_pim.models import CheckedLink, LinkState
from tests import factories
from tests.hubs.permission_world import user_in
from tests.sync_pim.links_support import hub, world

pytestmark = pytest.mark.django_db
assert world  # the module-wide fixture, a dependency of ``content``

REPORT = "/admin/reports/broken-links/"
T0 = timezone.make_aware(datetime.datetime(2026, 3, 2, 2, 0))
FILTER_ERROR = (
    "These filters are not valid, so every broken or redirected link on the pages you can "
    "edit is listed: %(problems)s"
)


def reference(url: str) -> dict:
    return {"type": "reference", "value": {"text": "Norma", "url": url, "note": ""}}


def paragraph(url: str) -> dict:
    return {"type": "paragraph", "value": f'<p><a href="{url}">link</a></p>'}


@pytest.fixture(scope="module")
def content(world, django_db_blocker):
    """Bologna: two broken links (one in Arabic), a redirected one, a working one and a link
    to an unpublished guide; Ferrara: one broken link, in Italian and French; a regional
    page: one broken link."""
    with django_db_blocker.unblock(), translation.override("it"):
        withdrawn = factories.guide_page(parent=hub("lavoro"), title_it="Guida ritirata")
        bologna = factories.guide_page(
            parent=hub("lavoro"),
            title_it="=Guida di Bologna",
            legal_references_it=[
                reference("https://bologna.example/rotto"),
                reference("https://bologna.example/spostato"),
                reference("https://bologna.example/funziona"),
            ],
            steps_ar=[
                {
                    "type": "step",
                    "value": {
                        "title": "خطوة",
                        "details": (
                            '<p><a href="https://bologna.example/ar-rotto">x</a>'
                            f'<a linktype="page" id="{withdrawn.pk}">y</a></p>'
                        ),
                        "documents": [],
                        "where": "",
                        "cost": "",
                        "duration": "",
                    },
                }
            ],
        )
        ferrara = factories.guide_page(
            parent=hub("salute"),
            title_it="Guida di Ferrara",
            legal_references_it=[reference("https://ferrara.example/rotto")],
            legal_references_fr=[reference("https://ferrara.example/rotto")],
        )
        regional = factories.content_page(
            title_it="Pagina regionale", body_it=[paragraph("https://regione.example/rotto")]
        )
        withdrawn.unpublish()
        links_collect(now=T0)
        CheckedLink.objects.filter(url__endswith="rotto").update(
            state=LinkState.BROKEN,
            status_code=404,
            error="http: Not Found",
            broken_since=T0,
            checked_at=T0,
        )
        CheckedLink.objects.filter(url__endswith="spostato").update(
            state=LinkState.REDIRECT,
            status_code=200,
            final_url="https://bologna.example/nuovo",
            redirects=[{"status": 301, "url": "https://bologna.example/nuovo"}],
            checked_at=T0,
        )
        CheckedLink.objects.filter(url__endswith="funziona").update(
            state=LinkState.OK, status_code=200, checked_at=T0
        )
        yield {"bologna": bologna, "ferrara": ferrara, "regional": regional, "withdrawn": withdrawn}


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def rows(response) -> list[dict[str, str]]:
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    return [
        dict(zip(headings, (td.get_text(" ", strip=True) for td in tr.select("td")), strict=False))
        for tr in soup.select("table.listing tbody tr")
    ]


def listed(response) -> set[tuple[str, str]]:
    """(page, link) of each row."""
    return {(row[gettext("Page")], row[gettext("Link")]) for row in rows(response)}


def filter_error(response) -> str:
    found = BeautifulSoup(response.content, "html.parser").select_one("[data-links-filter-error]")
    return found.get_text(" ", strip=True) if found else ""


def withdrawn() -> str:
    """How the report names the internal link to a withdrawn guide (in the active language)."""
    return gettext("Page “%(title)s”") % {"title": "Guida ritirata"}


def bologna() -> set[tuple[str, str]]:
    return {
        ("=Guida di Bologna", "https://bologna.example/rotto"),
        ("=Guida di Bologna", "https://bologna.example/spostato"),
        ("=Guida di Bologna", "https://bologna.example/ar-rotto"),
        ("=Guida di Bologna", withdrawn()),
    }


FERRARA = {("Guida di Ferrara", "https://ferrara.example/rotto")}
REGIONAL = {("Pagina regionale", "https://regione.example/rotto")}


# --- Who sees what --------------------------------------------------------------------


def test_anonymous_readers_are_sent_to_log_in(content):
    response = Client().get(REPORT)

    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]


def test_admin_users_who_edit_no_page_are_refused(content):
    reader = get_user_model().objects.create_user("solo-admin", password="x")
    reader.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client = client_for(reader)

    refused = client.get(REPORT)

    assert refused.status_code in (302, 403) and b"bologna.example" not in refused.content
    assert REPORT.encode() not in client.get(reverse("wagtailadmin_home")).content


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("redattore-lavoro", bologna()),
        ("moderatore-lavoro", bologna()),
        ("redattore-salute", FERRARA),
        ("moderatore-salute", FERRARA),
        ("regionale", bologna() | FERRARA | REGIONAL),
        ("superuser", bologna() | FERRARA | REGIONAL),
    ],
)
def test_each_role_sees_the_links_of_the_pages_it_can_edit(world, content, role, expected):
    user = (
        get_user_model().objects.create_superuser("capo", password="x")
        if role == "superuser"
        else world["people"][role]
    )
    client = client_for(user)

    response = client.get(REPORT)
    exported = client.get(REPORT, {"export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))

    assert response.status_code == 200
    assert listed(response) == expected
    assert {(line[0].lstrip("'"), line[4]) for line in lines[1:]} == expected
    assert REPORT.encode() in client.get(reverse("wagtailadmin_home")).content


def test_a_row_says_where_the_link_is_and_what_is_wrong(world, content):
    reader = world["people"]["regionale"]
    UserProfile.objects.update_or_create(user=reader, defaults={"preferred_language": "en"})
    with translation.override("en"):
        response = client_for(reader).get(REPORT)
        by_link = {row["Link"]: row for row in rows(response)}
        hub_title = hub("lavoro").title_en

    arabic = by_link["https://bologna.example/ar-rotto"]
    assert arabic["Field"] == "Steps › Step 1 › Details"
    assert arabic["Language"] == "Arabic"
    assert arabic["Problem"] == "The server answered 404 Not Found"
    assert arabic["HUB"] == hub_title
    moved = by_link["https://bologna.example/spostato"]
    assert moved["Problem"] == "Moved permanently: update the link to https://bologna.example/nuovo"
    with translation.override("en"):
        withdrawn_row = by_link[withdrawn()]
    assert withdrawn_row["Problem"] == "The linked page is unpublished"
    edit = reverse("wagtailadmin_pages:edit", args=[content["bologna"].pk])
    assert f'href="{edit}"' in response.text


def test_export_lists_every_column_and_defuses_formulas(world, content):
    response = client_for(world["people"]["regionale"]).get(REPORT, {"export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert lines[0] == [str(heading) for heading in BrokenLinksView.export_headings.values()]
    bologna = next(line for line in lines if line[4] == "https://bologna.example/rotto")
    assert bologna[0] == "'=Guida di Bologna"
    assert (bologna[5], bologna[6]) == (str(LinkState.BROKEN.label), "404")
    assert bologna[-1].startswith("http") and bologna[-1].endswith(
        f"/admin/pages/{content['bologna'].pk}/edit/"
    )


# --- Filters --------------------------------------------------------------------------


def test_filters_by_state_hub_and_language(world, content):
    client = client_for(world["people"]["regionale"])

    redirected = listed(client.get(REPORT, {"state": "redirect"}))
    ferrara = listed(client.get(REPORT, {"hub": hub("salute").pk}))
    arabic = listed(client.get(REPORT + "results/", {"language": "ar"}))
    untranslated = listed(client.get(REPORT, {"language": "untranslated"}))

    assert redirected == {("=Guida di Bologna", "https://bologna.example/spostato")}
    assert ferrara == FERRARA
    assert arabic == {
        ("=Guida di Bologna", "https://bologna.example/ar-rotto"),
        ("=Guida di Bologna", withdrawn()),
    }
    assert untranslated == set()


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"state": "lost"}, "State"),
        ({"language": "xx"}, "Language"),
        ({"hub": "abc"}, "HUB"),
        ({"hub": "999999"}, "HUB"),
    ],
)
def test_bad_filter_input_is_explained_and_filters_nothing(world, content, query, field):
    client = client_for(world["people"]["regionale"])

    response = client.get(REPORT, query)
    export = client.get(REPORT, {**query, "export": "csv"})

    before, _after = gettext(FILTER_ERROR).split("%(problems)s")
    message = filter_error(response)
    assert response.status_code == 200
    assert message.startswith(before.strip()) and f"{gettext(field)}:" in message
    assert listed(response) == bologna() | FERRARA | REGIONAL
    assert export.status_code == 200 and export["Content-Type"].startswith("text/html")
    assert filter_error(export) == message


def test_a_hub_editor_cannot_filter_on_another_hub(world, content):
    response = client_for(world["people"]["redattore-lavoro"]).get(
        REPORT, {"hub": hub("salute").pk}
    )

    assert f"{gettext('HUB')}:" in filter_error(response)
    assert listed(response) == bologna()


# --- Dashboard ------------------------------------------------------------------------


def panel(user) -> BeautifulSoup | None:
    response = client_for(user).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(
        "#sync-pim-broken-links-section"
    )


def test_the_dashboard_panel_counts_the_broken_links_of_the_users_hub(world, content):
    bologna = panel(world["people"]["redattore-lavoro"])
    ferrara = panel(world["people"]["moderatore-salute"])
    regional = panel(world["people"]["regionale"])

    count = "[data-broken-links-count]"
    assert bologna.select_one(count)["data-broken-links-count"] == "3"
    assert ferrara.select_one(count)["data-broken-links-count"] == "1"
    assert regional.select_one(count)["data-broken-links-count"] == "5"
    bologna_text = bologna.get_text(" ", strip=True)
    assert "bologna.example/rotto" in bologna_text and "ferrara.example" not in bologna_text
    # One link in two language versions of a page is one thing to fix: one row, one count.
    assert len(ferrara.select("tbody tr")) == 1
    assert "ferrara.example/rotto" in ferrara.get_text(" ", strip=True)
    report_link = bologna.select_one(f'a[href="{REPORT}?state=broken"]')
    assert report_link is not None
    assert bologna.select_one(f'a[href="{REPORT}?state=redirect"]') is not None


def test_people_without_a_hub_get_no_panel(world, content):
    from django.contrib.auth.models import Group

    assert panel(user_in("redazione-generica", Group.objects.get(name="Editors"))) is None
