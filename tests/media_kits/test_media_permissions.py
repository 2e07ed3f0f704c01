"""HUB groups work on the media (video, audio) of their own collection, and of no other.

wagtailmedia checks its permissions on ``wagtailmedia.Media`` whatever the media model and
has no "choose" permission (its chooser lists what a group may change), so a HUB group gets
add, change and delete on media in its collection from ``hub_permissions_ensure``.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission
from wagtailmedia.models import Media

from hubs.permission_setup import MEDIA_COLLECTION_ACTIONS
from hubs.permissions import REGIONAL_EDITORS, hub_permissions_ensure
from tests.hubs.permission_world import PASSWORD, hub_people, module_transaction
from tests.media_kits.kit_world import stored_media
from tests.media_kits.media_files import webm_video

MEDIA_CODENAMES = {f"{action}_media" for action in MEDIA_COLLECTION_ACTIONS}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_transaction(django_db_blocker):
        yield hub_people()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def media_grants(group: Group) -> set[tuple[int, str]]:
    return set(
        GroupCollectionPermission.objects.filter(
            group=group, permission__content_type__app_label="wagtailmedia"
        ).values_list("collection_id", "permission__codename")
    )


def logged_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_each_hub_group_gets_the_media_actions_on_its_own_collection(db, world):
    hubs, _people = world

    for hub in hubs.values():
        for group in (hub.editors_group, hub.moderators_group):
            assert media_grants(group) == {
                (hub.collection_id, codename) for codename in MEDIA_CODENAMES
            }, group.name
    regional = Group.objects.get(name=REGIONAL_EDITORS)
    root = Collection.get_first_root_node()
    assert media_grants(regional) == {(root.pk, codename) for codename in MEDIA_CODENAMES}


def test_wagtails_default_groups_keep_no_media_permission_that_reaches_a_hub(db, world):
    for name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            assert media_grants(group) == set()


def test_a_removed_media_permission_is_restored_and_reported(db, world):
    hubs, _people = world
    editors = hubs["salute"].editors_group
    GroupCollectionPermission.objects.filter(
        group=editors, permission__codename="add_media"
    ).delete()

    report = hub_permissions_ensure()

    assert (
        f"“{editors.name}”: add_media on collection “{hubs['salute'].collection.name}” restored"
        in (report.repaired)
    )
    assert hub_permissions_ensure().changed is False


def test_a_hub_editor_uploads_a_video_into_the_hubs_collection(db, world, client):
    hubs, people = world
    logged_in(client, people["redattore-salute"])

    response = client.post(
        reverse("wagtailmedia:add", args=("video",)),
        {
            "title": "Tessera sanitaria",
            "file": SimpleUploadedFile("tessera.webm", webm_video()),
            "collection": hubs["salute"].collection_id,
            "tags": "",
        },
    )

    assert response.status_code == 302
    assert (
        Media.objects.get(title="Tessera sanitaria").collection_id == hubs["salute"].collection_id
    )


def test_media_a_hub_editor_adds_lands_in_their_hubs_collection_whatever_is_posted(
    db, world, client
):
    hubs, people = world
    logged_in(client, people["redattore-salute"])

    response = client.post(
        reverse("wagtailmedia:add", args=("video",)),
        {
            "title": "Nel HUB sbagliato",
            "file": SimpleUploadedFile("altro.webm", webm_video()),
            "collection": hubs["lavoro"].collection_id,
            "tags": "",
        },
    )

    # With one collection to add to, Wagtail offers no choice: the posted one is ignored.
    assert response.status_code == 302
    stored = Media.objects.get(title="Nel HUB sbagliato")
    assert stored.collection_id == hubs["salute"].collection_id != hubs["lavoro"].collection_id


def test_a_hub_editor_cannot_edit_or_choose_another_hubs_media(db, world, client):
    hubs, people = world
    theirs = stored_media("video", "lavoro.webm")
    theirs.collection = hubs["lavoro"].collection
    theirs.save()
    ours = stored_media("video", "salute.webm")
    ours.collection = hubs["salute"].collection
    ours.save()
    logged_in(client, people["redattore-salute"])

    assert client.get(reverse("wagtailmedia:edit", args=(theirs.pk,))).status_code in (302, 403)
    assert client.get(reverse("wagtailmedia:media_chosen", args=(theirs.pk,))).status_code in (
        302,
        403,
    )
    assert client.get(reverse("wagtailmedia:edit", args=(ours.pk,))).status_code == 200
    assert client.get(reverse("wagtailmedia:media_chosen", args=(ours.pk,))).status_code == 200
