"""HUB groups, permissions and workflows: what setup_permissions makes, repairs and reports;
who belongs to which HUB; the HUB operators' dashboard, scoped to their own HUB."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.db.models import Q
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Revision,
    Workflow,
    WorkflowPage,
)

from hubs.hub_definitions import HUBS
from hubs.models import HubPage
from hubs.permissions import (
    NETWORK_OPERATORS,
    REGIONAL_EDITORS,
    hub_of_page,
    hub_permissions_ensure,
    hubs_for_user,
)
from portal.translation_status import translation_status_record
from tests.factories import guide_page, section_page
from tests.hubs.permission_world import hub_people, module_transaction, user_in

pytestmark = pytest.mark.django_db

COLLECTION_PERMISSIONS = {
    "add_document",
    "change_document",
    "choose_document",
    "add_image",
    "change_image",
    "choose_image",
    "add_media",
    "change_media",
    "delete_media",
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_transaction(django_db_blocker), translation.override("it"):
        hubs, people = hub_people()
        yield {"hubs": hubs, "people": people}


def page_codenames(group: Group, page: Page) -> set[str]:
    grants = GroupPagePermission.objects.filter(group=group, page=page)
    return set(grants.values_list("permission__codename", flat=True))


def collection_codenames(group: Group, collection: Collection) -> set[str]:
    grants = GroupCollectionPermission.objects.filter(group=group, collection=collection)
    return set(grants.values_list("permission__codename", flat=True))


def current_hub(world: dict, code: str) -> HubPage:
    """The HUB as the database has it now: the world's objects keep stale tree counters
    once a test has added pages below them and been rolled back."""
    return fresh(world["hubs"][code])


def fresh(hub: HubPage) -> HubPage:
    return HubPage.objects.select_related("collection", "editors_group", "moderators_group").get(
        pk=hub.pk
    )


# --- What the set-up makes ------------------------------------------------------------


def test_every_hub_has_its_groups_collection_and_workflow(world):
    regional = Group.objects.get(name=REGIONAL_EDITORS)
    for definition in HUBS:
        hub = fresh(world["hubs"][definition.code])
        editors, moderators = hub.editors_group, hub.moderators_group
        assert editors.name == f"HUB {definition.municipality} – redattori"
        assert moderators.name == f"HUB {definition.municipality} – moderatori"
        assert hub.collection.name == f"HUB {definition.municipality} – {definition.titles['it']}"
        assert hub.collection.get_parent() == Collection.get_first_root_node()
        assert page_codenames(editors, hub) == {"add_page", "change_page"}
        assert page_codenames(moderators, hub) == {
            "add_page",
            "change_page",
            "publish_page",
            "lock_page",
            "unlock_page",
        }
        for group in (editors, moderators):
            # Their whole reach: this HUB's subtree and this HUB's collection.
            assert set(group.page_permissions.values_list("page", flat=True)) == {hub.pk}
            assert set(group.collection_permissions.values_list("collection", flat=True)) == {
                hub.collection.pk
            }
            assert collection_codenames(group, hub.collection) == COLLECTION_PERMISSIONS
            assert group.permissions.filter(codename="access_admin").exists()
        workflow = WorkflowPage.objects.get(page=hub).workflow
        assert workflow.active
        assert workflow.name == f"HUB {definition.municipality} – moderazione"
        (task,) = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
        assert set(task.groups.all()) == {moderators, regional}


def test_regional_editors_reach_the_whole_site_and_operators_nothing(world):
    regional = Group.objects.get(name=REGIONAL_EDITORS)
    root = Page.get_first_root_node()
    assert page_codenames(regional, root) >= {"add_page", "change_page", "publish_page"}
    root_collection = Collection.get_first_root_node()
    assert collection_codenames(regional, root_collection) == COLLECTION_PERMISSIONS
    assert regional.permissions.filter(codename="access_admin").exists()
    operators = Group.objects.get(name=NETWORK_OPERATORS)
    assert not operators.permissions.exists()
    assert not operators.page_permissions.exists()
    assert not operators.collection_permissions.exists()


def test_wagtails_default_groups_are_kept_with_nothing_that_reaches_a_hub(world):
    hub_paths = [hub.path for hub in world["hubs"].values()]
    for name in ("Editors", "Moderators"):
        group = Group.objects.get(name=name)
        for grant in group.page_permissions.select_related("page"):
            reaches = [
                p
                for p in hub_paths
                if p.startswith(grant.page.path) or grant.page.path.startswith(p)
            ]
            assert reaches == [], f"{name} keeps {grant}"
        assert not group.collection_permissions.filter(
            collection__in=[hub.collection for hub in world["hubs"].values()]
        ).exists()
        assert not group.collection_permissions.filter(collection__depth=1).exists()


def test_a_second_run_changes_nothing_and_creates_no_page_revision(world):
    revisions = Revision.objects.count()
    report = hub_permissions_ensure()
    assert (report.created, report.repaired, report.removed) == ([], [], [])
    assert not report.changed
    assert Revision.objects.count() == revisions


def test_the_command_says_so_when_there_is_nothing_to_do(world, capsys):
    call_command("setup_permissions")
    assert "nothing to do" in capsys.readouterr().out


# --- Repairs --------------------------------------------------------------------------


def test_a_deleted_group_is_created_again_and_linked(world, capsys):
    hub = current_hub(world, "lavoro")
    hub.editors_group.delete()
    call_command("setup_permissions")
    output = capsys.readouterr().out
    assert "created: group “HUB Bologna – redattori”" in output
    hub = fresh(hub)
    assert hub.editors_group.name == "HUB Bologna – redattori"
    assert page_codenames(hub.editors_group, hub) == {"add_page", "change_page"}
    assert collection_codenames(hub.editors_group, hub.collection) == COLLECTION_PERMISSIONS
    assert not hub_permissions_ensure().changed


def test_a_removed_permission_is_restored(world):
    hub = current_hub(world, "salute")
    GroupPagePermission.objects.filter(
        group=hub.moderators_group, page=hub, permission__codename="publish_page"
    ).delete()
    GroupCollectionPermission.objects.filter(
        group=hub.editors_group, permission__codename="choose_image"
    ).delete()
    report = hub_permissions_ensure()
    assert sorted(report.repaired) == [
        "“HUB Ferrara – moderatori”: publish_page on page “Salute” restored",
        "“HUB Ferrara – redattori”: choose_image on collection “HUB Ferrara – Salute” restored",
    ]
    assert "publish_page" in page_codenames(hub.moderators_group, hub)


def test_an_unassigned_or_disabled_workflow_is_restored(world):
    hub = current_hub(world, "lavoro")
    workflow = WorkflowPage.objects.get(page=hub).workflow
    WorkflowPage.objects.filter(page=hub).delete()
    Workflow.objects.filter(pk=workflow.pk).update(active=False)
    report = hub_permissions_ensure()
    assert "workflow “HUB Bologna – moderazione” enabled again" in report.repaired
    assert "workflow “HUB Bologna – moderazione” assigned to its HUB again" in report.repaired
    assert WorkflowPage.objects.get(page=hub).workflow == workflow
    assert Page.objects.get(pk=hub.pk).get_workflow() == workflow


def test_a_workflow_assigned_inside_a_hub_is_removed(world):
    hub = current_hub(world, "lavoro")
    guide = guide_page(parent=hub)
    default = Workflow.objects.exclude(name__startswith="HUB ").first()
    WorkflowPage.objects.create(page=guide, workflow=default)
    report = hub_permissions_ensure()
    assert any("would bypass" in line for line in report.removed)
    assert Page.objects.get(pk=guide.pk).get_workflow().name == "HUB Bologna – moderazione"


def test_permissions_on_another_hub_are_removed_and_reported(world, capsys):
    bologna, ferrara = current_hub(world, "lavoro"), current_hub(world, "salute")
    editors = bologna.editors_group
    GroupPagePermission.objects.create(group=editors, page=ferrara, permission_type="change")
    GroupCollectionPermission.objects.create(
        group=editors,
        collection=ferrara.collection,
        permission=Permission.objects.get(content_type__app_label="hubs", codename="add_document"),
    )
    # Widening a HUB group inside its own HUB is the administrator's choice: kept.
    GroupPagePermission.objects.create(group=editors, page=bologna, permission_type="bulk_delete")
    call_command("setup_permissions")
    output = capsys.readouterr().out
    assert (
        "removed: “HUB Bologna – redattori”: change_page on page “Salute” (outside its reach)"
        in output
    )
    assert (
        "removed: “HUB Bologna – redattori”: add_document on collection “HUB Ferrara – Salute”"
        in output
    )
    assert not GroupPagePermission.objects.filter(group=editors, page=ferrara).exists()
    assert "bulk_delete_page" in page_codenames(editors, bologna)


def test_another_group_added_as_approver_of_a_hub_is_removed(world):
    hub = current_hub(world, "lavoro")
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow__workflow_pages__page=hub)
    task.groups.add(current_hub(world, "salute").moderators_group)
    report = hub_permissions_ensure()
    assert report.removed == [
        "task “HUB Bologna – approvazione”: “HUB Ferrara – moderatori” may no longer approve"
    ]


def test_network_operators_lose_admin_access_given_by_hand(world):
    operators = Group.objects.get(name=NETWORK_OPERATORS)
    operators.permissions.add(Permission.objects.get(codename="access_admin"))
    report = hub_permissions_ensure()
    assert report.removed == ["“Operatori della rete”: admin access (this group has none)"]


def test_wagtails_editors_keep_what_does_not_reach_a_hub(world):
    editors = Group.objects.get(name="Editors")
    section = section_page()
    GroupPagePermission.objects.create(group=editors, page=section, permission_type="change")
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_type="add"
    )
    report = hub_permissions_ensure()
    assert report.removed == [
        "“Editors”: add_page on the root of the page tree (it reaches the HUBs)"
    ]
    assert page_codenames(editors, section) == {"change_page"}


def test_without_the_hubs_the_command_says_to_run_setup_hubs_and_changes_nothing(world):
    HubPage.objects.get(code="formazione-titoli-di-studio").delete()
    groups = set(Group.objects.values_list("name", flat=True))
    Group.objects.filter(name=REGIONAL_EDITORS).delete()
    with pytest.raises(CommandError, match="setup_hubs"):
        call_command("setup_permissions")
    assert set(Group.objects.values_list("name", flat=True)) == groups - {REGIONAL_EDITORS}


# --- Who belongs where ----------------------------------------------------------------


def test_hubs_for_user(world, django_user_model):
    people, hubs = world["people"], world["hubs"]
    assert hubs_for_user(people["redattore-lavoro"]) == [hubs["lavoro"]]
    assert hubs_for_user(people["moderatore-salute"]) == [hubs["salute"]]
    every_hub = sorted(hubs.values(), key=lambda hub: hub.path)
    assert hubs_for_user(people["regionale"]) == every_hub
    admin = django_user_model.objects.create_superuser("admin-hubs", password="x" * 20)
    assert hubs_for_user(admin) == every_hub
    assert hubs_for_user(people["operatore"]) == []
    inactive = user_in("ex-redattore", fresh(hubs["lavoro"]).editors_group)
    inactive.is_active = False
    assert hubs_for_user(inactive) == []


def test_hub_of_page(world):
    hub = current_hub(world, "salute")
    guide = guide_page(parent=hub)
    assert hub_of_page(guide) == hub
    assert hub_of_page(hub) == hub
    assert hub_of_page(hub.get_parent()) is None
    assert hub_of_page(section_page()) is None


# --- Dashboard ------------------------------------------------------------------------


@pytest.fixture
def hub_work(world) -> dict[str, dict]:
    """In each of Bologna and Ferrara: a guide in moderation, one with an outdated Arabic
    translation, one overdue for review."""
    work = {}
    long_ago = timezone.now() - datetime.timedelta(days=30)
    for code in ("lavoro", "salute"):
        hub = current_hub(world, code)
        pending = guide_page(parent=hub, title_it=f"In moderazione {code}")
        pending.save_revision(user=world["people"][f"redattore-{code}"])
        pending.get_workflow().start(pending, world["people"][f"redattore-{code}"])
        outdated = guide_page(parent=hub, title_it=f"Traduzione vecchia {code}")
        translation_status_record(
            page=outdated, language="ar", translated_at=long_ago, source_changed_at=timezone.now()
        )
        overdue = guide_page(
            parent=hub,
            title_it=f"Da rivedere {code}",
            last_reviewed=datetime.date.today() - datetime.timedelta(days=800),
        )
        work[code] = {"pending": pending, "outdated": outdated, "overdue": overdue}
    return work


def dashboard(user) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.text


def test_a_hub_redattore_sees_their_hubs_work_and_not_the_others(world, hub_work):
    html = dashboard(world["people"]["redattore-lavoro"])
    for title in ("In moderazione lavoro", "Traduzione vecchia lavoro", "Da rivedere lavoro"):
        assert title in html
    for title in ("In moderazione salute", "Traduzione vecchia salute", "Da rivedere salute"):
        assert title not in html


def test_a_ferrara_moderator_sees_ferrara_only(world, hub_work):
    html = dashboard(world["people"]["moderatore-salute"])
    assert "Da rivedere salute" in html and "In moderazione salute" in html
    assert "Da rivedere lavoro" not in html and "In moderazione lavoro" not in html


def test_regional_editors_see_every_hubs_work(world, hub_work):
    html = dashboard(world["people"]["regionale"])
    for code in ("lavoro", "salute"):
        for title in (
            f"In moderazione {code}",
            f"Traduzione vecchia {code}",
            f"Da rivedere {code}",
        ):
            assert title in html


PANELS = ("hub-pending-moderation", "hub-outdated-translations", "hub-guides-due")


def test_the_panels_tell_a_hub_with_nothing_to_do(world):
    html = dashboard(world["people"]["redattore-lavoro"])
    for panel in PANELS:
        assert f'id="{panel}' in html
    assert "data-hub-panel" not in html  # no table: the panels say there is nothing


def test_users_without_a_hub_get_no_hub_panels(world):
    editors = Group.objects.get(name="Editors")
    html = dashboard(user_in("redazione-generica", editors))
    for panel in PANELS:
        assert f'id="{panel}' not in html


def test_network_operators_have_no_admin(world):
    client = Client()
    client.force_login(world["people"]["operatore"])
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


# --- Page privacy and the HUB pages themselves ----------------------------------------


def test_a_guide_for_operators_only_is_seen_by_network_operators_alone(world):
    guide = guide_page(parent=current_hub(world, "lavoro"), title_it="Solo per gli operatori")
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=NETWORK_OPERATORS))
    url = guide.get_url()
    assert Client().get(url).status_code != 200
    operator = Client()
    operator.force_login(world["people"]["operatore"])
    response = operator.get(url)
    assert response.status_code == 200
    assert "Solo per gli operatori" in response.text
    other = Client()
    other.force_login(world["people"]["redattore-salute"])
    assert other.get(url).status_code != 200


def test_only_a_superuser_deletes_a_hub_page(world):
    hub = current_hub(world, "salute")  # no guides: Wagtail alone would let its moderator delete it
    assert hub.is_leaf()
    moderator = Client()
    moderator.force_login(world["people"]["moderatore-salute"])
    moderator.post(reverse("wagtailadmin_pages:delete", args=[hub.pk]))
    assert HubPage.objects.filter(pk=hub.pk).exists()
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("admin-delete", password="x" * 20))
    admin.post(reverse("wagtailadmin_pages:delete", args=[hub.pk]))
    assert not HubPage.objects.filter(pk=hub.pk).exists()


def test_page_chooser_lists_only_drafts_the_user_can_work_on(world):
    ferrara = current_hub(world, "salute")
    draft = guide_page(parent=ferrara, title_it="Bozza di Ferrara")
    draft.unpublish()
    published = guide_page(parent=ferrara, title_it="Pubblicata a Ferrara")
    url = reverse("wagtailadmin_choose_page_child", args=[ferrara.pk])
    bologna = Client()
    bologna.force_login(world["people"]["redattore-lavoro"])
    html = bologna.get(url).json()["html"]
    assert published.title_it in html
    assert draft.title_it not in html
    own = Client()
    own.force_login(world["people"]["redattore-salute"])
    assert draft.title_it in own.get(url).json()["html"]
    search = bologna.get(reverse("wagtailadmin_choose_page_search"), {"q": "Ferrara"})
    assert search.status_code == 200
    assert draft.title_it not in search.text
    assert not Page.objects.filter(Q(pk=draft.pk) & Q(live=True)).exists()
