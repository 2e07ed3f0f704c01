"""Guides due for review: the overdue rule and the admin report.

The helpers and ``build_network`` here are shared with the digest tests."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import Group, Permission
from django.forms import ModelChoiceField
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from hubs.admin.freshness import GuidesDueForReviewView
from hubs.freshness import (
    days_overdue,
    due_soon_guides,
    guides_due_queryset,
    overdue_guides,
    overdue_guides_by_hub,
)
from hubs.models import GuidePage, HubPage
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/guides-due-for-review/"
TODAY = datetime.date(2025, 3, 10)  # a Monday, ISO week 2025-W11


def reviewed(months_ago: int = 0, days_ago: int = 0, today: datetime.date = TODAY):
    return today - relativedelta(months=months_ago) - datetime.timedelta(days=days_ago)


def hub_group(hub: HubPage, name: str) -> Group:
    """A HUB group with page permissions on its HUB, as ``setup_permissions`` makes them."""
    group = Group.objects.create(name=f"{hub.code} {name}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=hub,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return group


def moderators(hub: HubPage) -> Group:
    group = hub_group(hub, "moderatori")
    HubPage.objects.filter(pk=hub.pk).update(moderators_group=group)
    return group


def member(django_user_model, group: Group, username: str, language: str = "", **fields):
    user = django_user_model.objects.create_user(
        username, email=fields.pop("email", f"{username}@example.it"), password="x", **fields
    )
    user.groups.add(group)
    if language:
        UserProfile.objects.create(user=user, preferred_language=language)
    return user


def build_network() -> dict:
    """Bologna (lavoro) and Ferrara (salute), each with an overdue and a fresh guide."""
    hubs = factories.hubs()
    bologna, ferrara = hubs["lavoro"], hubs["salute"]
    guides = {
        "bologna_old": factories.guide_page(
            parent=bologna, title_it="Iscriversi al centro per l'impiego", last_reviewed=None
        ),
        "bologna_fresh": factories.guide_page(parent=bologna, last_reviewed=timezone.localdate()),
        "ferrara_old": factories.guide_page(
            parent=ferrara,
            title_it="Scegliere il medico di base",
            last_reviewed=reviewed(months_ago=13),
        ),
        "ferrara_fresh": factories.guide_page(parent=ferrara, last_reviewed=timezone.localdate()),
    }
    return {"bologna": bologna, "ferrara": ferrara, **guides}


@pytest.fixture
def network() -> dict:
    return build_network()


# --- The overdue rule ------------------------------------------------------------------


def test_never_reviewed_guide_is_overdue(network):
    assert network["bologna_old"].is_review_overdue
    assert network["bologna_old"] in overdue_guides(today=TODAY)
    assert days_overdue(network["bologna_old"], today=TODAY) is None


def test_guide_due_today_is_overdue_only_from_tomorrow(network):
    guide = factories.guide_page(parent=network["bologna"], last_reviewed=reviewed(months_ago=12))
    assert guide.review_due_on == TODAY

    assert guide not in overdue_guides(today=TODAY)
    assert guide in overdue_guides(today=TODAY + datetime.timedelta(days=1))
    assert days_overdue(guide, today=TODAY + datetime.timedelta(days=1)) == 1


def test_model_and_query_agree_on_a_guide_due_today():
    today = timezone.localdate()
    due_today = factories.guide_page(last_reviewed=today - relativedelta(months=12))
    late = factories.guide_page(last_reviewed=today - relativedelta(months=12, days=1))

    assert (due_today.is_review_overdue, late.is_review_overdue) == (False, True)
    assert set(overdue_guides()) == {late}


def test_changing_the_interval_moves_the_due_date(network):
    guide = factories.guide_page(parent=network["bologna"], last_reviewed=reviewed(months_ago=7))
    assert guide not in overdue_guides(today=TODAY)

    GuidePage.objects.filter(pk=guide.pk).update(review_interval_months=6)

    assert guide in overdue_guides(today=TODAY)
    guide.refresh_from_db()
    assert guide.review_due_on == reviewed(months_ago=1)


@pytest.mark.parametrize("interval", [1, 3, 6, 12, 13, 24])
def test_database_filter_matches_the_model_at_month_ends(interval):
    """Month arithmetic clamps (31 January + 1 month = 28 February): the query must too."""
    guide = factories.guide_page()
    review_days = [
        datetime.date(2024, 1, 28) + datetime.timedelta(days=offset) for offset in range(8)
    ] + [datetime.date(2024, 2, 29), datetime.date(2024, 8, 31), datetime.date(2024, 12, 31)]
    for last_reviewed in review_days:
        GuidePage.objects.filter(pk=guide.pk).update(
            last_reviewed=last_reviewed, review_interval_months=interval
        )
        guide.refresh_from_db()
        due = guide.review_due_on
        for today in (due - datetime.timedelta(days=1), due, due + datetime.timedelta(days=1)):
            listed = guides_due_queryset(today=today).filter(pk=guide.pk).exists()
            assert listed == (due < today), (last_reviewed, interval, today)


def test_only_live_guides_of_the_given_hubs(network):
    draft = factories.guide_page(parent=network["bologna"], last_reviewed=None)
    draft.unpublish()

    assert overdue_guides(hubs=[network["bologna"]], today=TODAY) == [network["bologna_old"]]
    assert overdue_guides(hubs=[], today=TODAY) == []
    assert set(overdue_guides(today=TODAY)) == {network["bologna_old"], network["ferrara_old"]}


def test_most_overdue_first_never_reviewed_leading(network):
    older = factories.guide_page(parent=network["ferrara"], last_reviewed=reviewed(months_ago=20))

    assert overdue_guides(today=TODAY) == [
        network["bologna_old"],
        older,
        network["ferrara_old"],
    ]
    grouped = overdue_guides_by_hub(today=TODAY)
    assert [(group.hub, group.guides) for group in grouped] == [
        (network["bologna"], [network["bologna_old"]]),
        (network["ferrara"], [older, network["ferrara_old"]]),
    ]


def test_due_soon_lists_guides_not_yet_overdue(network):
    soon = factories.guide_page(
        parent=network["bologna"], last_reviewed=reviewed(months_ago=12) + relativedelta(days=10)
    )

    assert due_soon_guides(today=TODAY, within_days=10) == [soon]
    assert due_soon_guides(today=TODAY, within_days=9) == []
    with pytest.raises(ValueError, match="negative"):
        guides_due_queryset(within_days=-1)


# --- The admin report ------------------------------------------------------------------


def listed_titles(response) -> list[str]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [cell.get_text(" ", strip=True) for cell in soup.select("table.listing tbody td.title")]


FILTER_ERROR = (
    "These filters are not valid, so every guide due for review that you can edit is listed: "
    "%(problems)s"
)


def is_filter_error(text: str) -> bool:
    """The report's sentence, in the active language, around a list of problems."""
    before, after = gettext(FILTER_ERROR).split("%(problems)s")
    return text.startswith(before) and text.endswith(after) and len(text) > len(before + after)


def filter_error(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select_one("[data-freshness-filter-error]")
    return found.get_text(" ", strip=True) if found else ""


@pytest.fixture
def bologna_editor(network, django_user_model):
    return member(django_user_model, hub_group(network["bologna"], "redazione"), "bo-editor")


def test_hub_editor_sees_only_their_hubs_guides(client, network, bologna_editor):
    client.force_login(bologna_editor)

    titles = listed_titles(client.get(REPORT))
    exported = client.get(REPORT, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))

    assert titles == ["Iscriversi al centro per l'impiego"]
    assert [row[0] for row in rows[1:]] == ["Iscriversi al centro per l'impiego"]


def test_report_columns_and_export(admin_client, network):
    late = factories.guide_page(
        parent=network["ferrara"], title_it="=HYPERLINK()", last_reviewed=reviewed(months_ago=13)
    )
    response = admin_client.get(REPORT)
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        tr.select_one("td.title").get_text(strip=True): [
            td.get_text(" ", strip=True) for td in tr.select("td")
        ]
        for tr in soup.select("table.listing tbody tr")
    }
    exported = admin_client.get(REPORT, {"export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    xlsx = admin_client.get(REPORT, {"export": "xlsx"})

    never = rows["Iscriversi al centro per l'impiego"]
    assert never[1] == "Lavoro" and gettext("Never reviewed") in never[2]
    assert never[-1] == "it, ar"
    overdue = days_overdue(late)
    assert rows["=HYPERLINK()"][4] == str(overdue) and overdue > 0
    assert lines[0] == [str(heading) for heading in GuidesDueForReviewView.export_headings.values()]
    exported_late = next(line for line in lines if "HYPERLINK" in line[0])
    assert exported_late[0] == "'=HYPERLINK()"
    assert exported_late[-1].endswith(f"/admin/pages/{late.pk}/edit/")
    assert exported_late[-1].startswith("http")
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_filter_by_hub(admin_client, network):
    titles = listed_titles(admin_client.get(REPORT, {"hub": network["ferrara"].pk}))
    results_only = listed_titles(
        admin_client.get(REPORT + "results/", {"hub": network["bologna"].pk})
    )

    assert titles == ["Scegliere il medico di base"]
    assert results_only == ["Iscriversi al centro per l'impiego"]


def test_due_filter_adds_guides_due_soon(admin_client, network):
    soon = factories.guide_page(
        parent=network["bologna"],
        title_it="Rinnovare il contratto",
        last_reviewed=timezone.localdate() - relativedelta(months=12) + relativedelta(days=10),
    )

    assert soon.title not in listed_titles(admin_client.get(REPORT))
    response = admin_client.get(REPORT, {"due": "30"})
    assert soon.title in listed_titles(response)
    due_in = ngettext("due in %(days)d day", "due in %(days)d days", 10) % {"days": 10}
    assert due_in in response.content.decode()


def test_editor_cannot_filter_on_another_hub(client, network, bologna_editor):
    client.force_login(bologna_editor)

    response = client.get(REPORT, {"hub": network["ferrara"].pk})

    # The whole message: the HUB field named with Django's own "invalid choice" error.
    invalid_choice = ModelChoiceField.default_error_messages["invalid_choice"]
    problems = f"{gettext('HUB')}: {invalid_choice}"
    assert filter_error(response) == gettext(FILTER_ERROR) % {"problems": problems}
    assert listed_titles(response) == ["Iscriversi al centro per l'impiego"]


@pytest.mark.parametrize("query", [{"hub": "abc"}, {"hub": "999999"}, {"due": "7"}])
def test_bad_filter_value_is_explained_not_a_server_error(admin_client, network, query):
    response = admin_client.get(REPORT, query)
    export = admin_client.get(REPORT, {**query, "export": "csv"})

    assert response.status_code == 200
    assert is_filter_error(filter_error(response))
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/html")
    assert is_filter_error(filter_error(export))


def test_report_is_for_page_editors_only(client, network, bologna_editor, django_user_model):
    reader = django_user_model.objects.create_user("solo-admin", password="x")
    reader.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    anonymous = client.get(REPORT)
    client.force_login(reader)
    refused = client.get(REPORT)

    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    # Wagtail answers a missing permission with a redirect to the dashboard and a message.
    assert refused.status_code in (302, 403) and b"impiego" not in refused.content
    assert REPORT.encode() not in client.get("/admin/").content
    client.force_login(bologna_editor)
    assert REPORT.encode() in client.get("/admin/").content
