"""Every admin action on a HUB's pages, documents, images and moderation tasks, as every role.

The policy is the table ``MATRIX`` below: one row per action, one column per role, ``Y``
where the action must succeed and ``N`` where it must be refused. Each action runs
against a *target* HUB, Bologna (``lavoro``) or Ferrara (``salute``): a HUB redattore or
moderatore is in the "own" column on their HUB and in the "other" column on the other
one (``PLAYERS`` says who plays each column). "Succeed" is checked by what happened (a
revision saved, a page moved, a document listed), never by the status code alone.

The world (the five HUBs, groups, users, guides, files) is built once for the module
(see ``tests/hubs/permission_world.py``); every player's attempt runs in a savepoint of
its own, so nothing one does is seen by the next.
"""

import uuid
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, TaskState

from hubs.models import GuidePage, HubPage
from tests.factories import png_bytes
from tests.hubs.permission_world import (
    HubWorld,
    edit_form_data,
    hub_people,
    hub_world,
    module_transaction,
)

pytestmark = pytest.mark.django_db

Y, N = True, False
COLUMNS = (
    "anonymous",
    "redattore own",
    "redattore other",
    "moderatore own",
    "moderatore other",
    "regional",
    "operator",
)

# fmt: off
MATRIX: dict[str, tuple[bool, ...]] = {
    #                          anon  red    red    mod    mod    regional operator
    #                                own    other  own    other
    "admin dashboard":        (N,    Y,     Y,     Y,     Y,     Y,       N),
    "explore HUB":            (N,    Y,     N,     Y,     N,     Y,       N),
    "page chooser drafts":    (N,    Y,     N,     Y,     N,     Y,       N),
    "add form":               (N,    Y,     N,     Y,     N,     Y,       N),
    "edit form":              (N,    Y,     N,     Y,     N,     Y,       N),
    "save draft":             (N,    Y,     N,     Y,     N,     Y,       N),
    "submit":                 (N,    Y,     N,     Y,     N,     Y,       N),
    "publish":                (N,    N,     N,     Y,     N,     Y,       N),
    "unpublish":              (N,    N,     N,     Y,     N,     Y,       N),
    "delete draft":           (N,    Y,     N,     Y,     N,     Y,       N),
    "delete live":            (N,    N,     N,     Y,     N,     Y,       N),
    "move form":              (N,    Y,     N,     Y,     N,     Y,       N),
    "move out to other HUB":  (N,    N,     N,     N,     N,     Y,       N),
    "move in from other HUB": (N,    N,     N,     N,     N,     Y,       N),
    "copy form":              (N,    Y,     N,     Y,     N,     Y,       N),
    "copy within HUB":        (N,    Y,     N,     Y,     N,     Y,       N),
    "copy out to other HUB":  (N,    N,     N,     N,     N,     Y,       N),
    "copy in from other HUB": (N,    N,     N,     N,     N,     Y,       N),
    "preview":                (N,    Y,     N,     Y,     N,     Y,       N),
    "view draft":             (N,    Y,     N,     Y,     N,     Y,       N),
    "history":                (N,    Y,     N,     Y,     N,     Y,       N),
    "revision view":          (N,    Y,     N,     Y,     N,     Y,       N),
    "revisions compare":      (N,    Y,     N,     Y,     N,     Y,       N),
    "workflow history":       (N,    Y,     N,     Y,     N,     Y,       N),
    "lock":                   (N,    N,     N,     Y,     N,     Y,       N),
    "privacy settings":       (N,    N,     N,     Y,     N,     Y,       N),
    "approve":                (N,    N,     N,     Y,     N,     Y,       N),
    "request changes":        (N,    N,     N,     Y,     N,     Y,       N),
    "task preview":           (N,    N,     N,     Y,     N,     Y,       N),
    "document edit form":     (N,    Y,     N,     Y,     N,     Y,       N),
    "document delete":        (N,    Y,     N,     Y,     N,     Y,       N),
    "document upload":        (N,    Y,     N,     Y,     N,     Y,       N),
    "document listing":       (N,    Y,     N,     Y,     N,     Y,       N),
    "document chooser":       (N,    Y,     N,     Y,     N,     Y,       N),
    "document chooser upload":(N,    Y,     N,     Y,     N,     Y,       N),
    "image edit form":        (N,    Y,     N,     Y,     N,     Y,       N),
    "image delete":           (N,    Y,     N,     Y,     N,     Y,       N),
    "image upload":           (N,    Y,     N,     Y,     N,     Y,       N),
    "image listing":          (N,    Y,     N,     Y,     N,     Y,       N),
    "image chooser":          (N,    Y,     N,     Y,     N,     Y,       N),
    "image chooser upload":   (N,    Y,     N,     Y,     N,     Y,       N),
}
# fmt: on

#: Who plays each column (username, target HUB). Refusals are cheap, so the "other"
#: columns are played both ways round (Bologna on Ferrara, Ferrara on Bologna); opening
#: the page editor takes a second or two, so "own" is played once per role, by Bologna's
#: redattore and Ferrara's moderatore, and the roles without a HUB play once. Each of the
#: four HUB users plays, and each HUB is a target.
PLAYERS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "anonymous": ((None, "lavoro"),),
    "redattore own": (("redattore-lavoro", "lavoro"),),
    "redattore other": (("redattore-lavoro", "salute"), ("redattore-salute", "lavoro")),
    "moderatore own": (("moderatore-salute", "salute"),),
    "moderatore other": (("moderatore-lavoro", "salute"), ("moderatore-salute", "lavoro")),
    "regional": (("regionale", "salute"),),
    "operator": (("operatore", "lavoro"),),
}
OTHER = {"lavoro": "salute", "salute": "lavoro"}
#: The page editor's data for each page of the world, by page id (see ``_form_data``).
_FORM_DATA: dict[int, dict[str, str]] = {}


# --- The world ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    _FORM_DATA.clear()
    with module_transaction(django_db_blocker), translation.override("it"):
        hubs, people = hub_people()
        yield {
            "people": people,
            "hubs": {code: hub_world(hubs[code], people) for code in OTHER},
        }


# --- The actions ----------------------------------------------------------------------

ACTIONS: dict[str, Callable[[Client, HubWorld, HubWorld], bool]] = {}


def action(name: str):
    def register(function):
        ACTIONS[name] = function
        return function

    return register


def _shown(response) -> bool:
    return response.status_code == 200


def _fresh(page: Page) -> GuidePage:
    return GuidePage.objects.get(pk=page.pk)


@action("admin dashboard")
def admin_dashboard(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_home")))


@action("explore HUB")
def explore_hub(client, target, other) -> bool:
    response = client.get(reverse("wagtailadmin_explore", args=[target.hub.pk]))
    return _shown(response) and target.live.title_it.split(" (")[0] in response.text


@action("page chooser drafts")
def page_chooser_drafts(client, target, other) -> bool:
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[target.hub.pk]))
    return _shown(response) and target.draft.title_it in response.text


@action("add form")
def add_form(client, target, other) -> bool:
    url = reverse("wagtailadmin_pages:add", args=["hubs", "guidepage", target.hub.pk])
    return _shown(client.get(url))


@action("edit form")
def edit_form(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_pages:edit", args=[target.live.pk])))


def _form_data(page: GuidePage) -> dict[str, str]:
    """The editor's data for ``page`` as the world has it (every test starts from it)."""
    if page.pk not in _FORM_DATA:
        _FORM_DATA[page.pk] = edit_form_data(_fresh(page))
    return dict(_FORM_DATA[page.pk])


def _post_edit(client, page: GuidePage, **extra: str):
    data = {**_form_data(page), "title_it": "Titolo cambiato", **extra}
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@action("save draft")
def save_draft(client, target, other) -> bool:
    _post_edit(client, target.live)
    latest = _fresh(target.live).latest_revision
    return latest.content["title_it"] == "Titolo cambiato"


@action("submit")
def submit(client, target, other) -> bool:
    _post_edit(client, target.live, **{"action-submit": "1"})
    return _fresh(target.live).workflow_in_progress


@action("publish")
def publish(client, target, other) -> bool:
    _post_edit(client, target.live, **{"action-publish": "1"})
    return _fresh(target.live).title_it == "Titolo cambiato"


@action("unpublish")
def unpublish(client, target, other) -> bool:
    client.post(reverse("wagtailadmin_pages:unpublish", args=[target.live.pk]))
    return not _fresh(target.live).live


@action("delete draft")
def delete_draft(client, target, other) -> bool:
    client.post(reverse("wagtailadmin_pages:delete", args=[target.draft.pk]))
    return not Page.objects.filter(pk=target.draft.pk).exists()


@action("delete live")
def delete_live(client, target, other) -> bool:
    client.post(reverse("wagtailadmin_pages:delete", args=[target.live.pk]))
    return not Page.objects.filter(pk=target.live.pk).exists()


@action("move form")
def move_form(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_pages:move", args=[target.draft.pk])))


def _move(client, page: Page, destination: HubPage) -> bool:
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    return _fresh(page).get_parent().pk == destination.pk


@action("move out to other HUB")
def move_out(client, target, other) -> bool:
    return _move(client, target.draft, other.hub)


@action("move in from other HUB")
def move_in(client, target, other) -> bool:
    return _move(client, other.draft, target.hub)


@action("copy form")
def copy_form(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_pages:copy", args=[target.live.pk])))


def _copy(client, page: Page, destination: HubPage) -> bool:
    client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {
            "new_title_it": "Copia",
            "new_slug_it": "copia-della-guida",
            "new_parent_page": destination.pk,
        },
    )
    return GuidePage.objects.child_of(destination).filter(slug_it="copia-della-guida").exists()


@action("copy within HUB")
def copy_within(client, target, other) -> bool:
    return _copy(client, target.live, target.hub)


@action("copy out to other HUB")
def copy_out(client, target, other) -> bool:
    return _copy(client, target.live, other.hub)


@action("copy in from other HUB")
def copy_in(client, target, other) -> bool:
    return _copy(client, other.live, target.hub)


@action("preview")
def preview(client, target, other) -> bool:
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[target.live.pk])
    response = client.post(url, _form_data(target.live))
    return _shown(response) and response.json().get("is_valid") is True


@action("view draft")
def view_draft(client, target, other) -> bool:
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[target.live.pk]))
    return _shown(response) and "(bozza)" in response.text


@action("history")
def history(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_pages:history", args=[target.live.pk])))


@action("revision view")
def revision_view(client, target, other) -> bool:
    first = Revision.page_revisions.filter(object_id=str(target.live.pk)).order_by("pk").first()
    url = reverse("wagtailadmin_pages:revisions_view", args=[target.live.pk, first.pk])
    return _shown(client.get(url))


@action("revisions compare")
def revisions_compare(client, target, other) -> bool:
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[target.live.pk, "earliest", "latest"]
    )
    response = client.get(url)
    return _shown(response) and "(bozza)" in response.text


@action("workflow history")
def workflow_history(client, target, other) -> bool:
    url = reverse("wagtailadmin_pages:workflow_history", args=[target.moderated.pk])
    return _shown(client.get(url))


@action("lock")
def lock(client, target, other) -> bool:
    client.post(reverse("wagtailadmin_pages:lock", args=[target.live.pk]))
    return _fresh(target.live).locked


@action("privacy settings")
def privacy_settings(client, target, other) -> bool:
    return _shown(client.get(reverse("wagtailadmin_pages:set_privacy", args=[target.live.pk])))


def _workflow_action(client, target: HubWorld, name: str) -> str:
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[target.moderated.pk, name, target.task_state.pk],
    )
    client.post(url, {"comment": "Visto."})
    return TaskState.objects.get(pk=target.task_state.pk).status


@action("approve")
def approve(client, target, other) -> bool:
    approved = _workflow_action(client, target, "approve") == TaskState.STATUS_APPROVED
    return approved and _fresh(target.moderated).title_it.endswith("(proposta)")


@action("request changes")
def request_changes(client, target, other) -> bool:
    return _workflow_action(client, target, "reject") == TaskState.STATUS_REJECTED


@action("task preview")
def task_preview(client, target, other) -> bool:
    url = reverse(
        "wagtailadmin_pages:workflow_preview",
        args=[target.moderated.pk, target.task_state.task_id],
    )
    response = client.get(url)
    return _shown(response) and "(proposta)" in response.text


# Documents and images: same actions, same policy.

MEDIA = {
    "document": {
        "model": get_document_model,
        "id": lambda world: world.document_id,
        "title": lambda world: world.document_title,
        "namespace": "wagtaildocs",
        "chooser": "wagtaildocs_chooser",
        "chooser_prefix": "document-chooser-upload",
        "file": lambda: SimpleUploadedFile("nuovo.pdf", b"%PDF-1.4\n%%EOF\n"),
        "extra": lambda: {"language": "it", "translation_group": str(uuid.uuid4())},
    },
    "image": {
        "model": get_image_model,
        "id": lambda world: world.image_id,
        "title": lambda world: world.image_title,
        "namespace": "wagtailimages",
        "chooser": "wagtailimages_chooser",
        "chooser_prefix": "image-chooser-upload",
        "file": lambda: SimpleUploadedFile("nuova.png", png_bytes(16, 16)),
        "extra": dict,
    },
}


def _media_actions(kind: str) -> None:
    spec = MEDIA[kind]

    def exists(target: HubWorld) -> bool:
        return spec["model"]().objects.filter(pk=spec["id"](target)).exists()

    def uploaded(target: HubWorld) -> bool:
        return (
            spec["model"]()
            .objects.filter(title="Caricato", collection=target.hub.collection)
            .exists()
        )

    def upload_data(prefix: str, target: HubWorld) -> dict:
        fields = {
            "title": "Caricato",
            "file": spec["file"](),
            "collection": target.hub.collection_id,
            **spec["extra"](),
        }
        return {f"{prefix}{name}": value for name, value in fields.items()}

    @action(f"{kind} edit form")
    def edit(client, target, other) -> bool:
        url = reverse(f"{spec['namespace']}:edit", args=[spec["id"](target)])
        return _shown(client.get(url))

    @action(f"{kind} delete")
    def delete(client, target, other) -> bool:
        client.post(reverse(f"{spec['namespace']}:delete", args=[spec["id"](target)]))
        return not exists(target)

    @action(f"{kind} upload")
    def upload(client, target, other) -> bool:
        client.post(reverse(f"{spec['namespace']}:add"), upload_data("", target))
        return uploaded(target)

    @action(f"{kind} listing")
    def listing(client, target, other) -> bool:
        response = client.get(reverse(f"{spec['namespace']}:index"))
        return _shown(response) and spec["title"](target) in response.text

    @action(f"{kind} chooser")
    def chooser(client, target, other) -> bool:
        response = client.get(reverse(f"{spec['chooser']}:choose"))
        return _shown(response) and spec["title"](target) in response.json()["html"]

    @action(f"{kind} chooser upload")
    def chooser_upload(client, target, other) -> bool:
        data = upload_data(f"{spec['chooser_prefix']}-", target)
        client.post(reverse(f"{spec['chooser']}:create"), data)
        return uploaded(target)


_media_actions("document")
_media_actions("image")


# --- The test -------------------------------------------------------------------------


def test_the_matrix_covers_every_action_and_role():
    assert set(MATRIX) == set(ACTIONS)
    assert all(len(row) == len(COLUMNS) for row in MATRIX.values())
    assert set(PLAYERS) == set(COLUMNS)


@pytest.mark.parametrize("name", MATRIX)
def test_access(world, name):
    """Each player tries the action in a savepoint of its own: nothing carries over."""
    wrong = []
    for column, expected in zip(COLUMNS, MATRIX[name], strict=True):
        for username, target in PLAYERS[column]:
            client = Client()
            with transaction.atomic():
                if username:
                    client.force_login(world["people"][username])
                hubs = world["hubs"]
                happened = ACTIONS[name](client, hubs[target], hubs[OTHER[target]])
                transaction.set_rollback(True)
            if happened != expected:
                verb = "may" if expected else "may not"
                wrong.append(f"{column} ({username or 'nobody'} on {target}) {verb}: {name}")
    assert wrong == []
