"""Who may do what in a HUB: groups, page and collection permissions, moderation workflows.

The policy, made by ``hub_permissions_ensure()`` (``manage.py setup_permissions``):

* **HUB <municipality> – redattori**: admin access; add and edit pages in that HUB's
  subtree (so: save drafts and submit them for moderation); add, edit and choose
  documents and images in that HUB's collection.
* **HUB <municipality> – moderatori**: the same, plus publish, unpublish, lock and unlock
  in the subtree; they approve that HUB's moderation task.
* **Redazione regionale**: admin access; add, edit, publish, lock and unlock every page of
  the site (they author the regional pages too); every collection; they may approve in
  every HUB's workflow.
* **Operatori della rete**: no permission at all, not even admin access. The group exists
  for Wagtail's page privacy ("private, for these groups"), which restricts the guides
  meant for desk operators.

Every HUB has a workflow of one group-approval task (the HUB's moderators and the regional
editors), assigned to the HUB page, so a redattore's "submit" reaches their own HUB's
moderators and nobody else's.

Repairs: a missing group, collection, workflow, task, permission or assignment is
restored; a permission a HUB group holds outside its own subtree or collection is removed
(an admin may widen a HUB group *inside* its HUB, e.g. bulk delete, and that is kept);
a group added to a HUB's approval task is removed from it; a workflow assigned to a page
inside a HUB (which would override the HUB's) is unassigned. Django model permissions of
the groups other than admin access are left alone: later apps add their own.

Wagtail's own "Editors" and "Moderators" groups (created by its migrations with
permissions on the root page and root collection) are **kept but given nothing that
reaches a HUB**: each of their page or collection permissions on the root, the home page,
the HUB index, a HUB or anything below it (the root collection, a HUB collection) is
removed, because a permission there reaches every HUB. Deleting the groups instead would
break Wagtail's default "Moderators approval" task, which names Moderators, and nothing
the portal does needs them gone. Groups an administrator creates are not touched.
"""

import logging

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from wagtail.models import Collection, Page

from hubs.hub_definitions import HUBS
from hubs.models import HubPage
from hubs.permission_setup import PermissionRepair, PermissionSetupReport

__all__ = [
    "NETWORK_OPERATORS",
    "REGIONAL_EDITORS",
    "PermissionSetupError",
    "PermissionSetupReport",
    "hub_of_page",
    "hub_permissions_ensure",
    "hubs_for_user",
]

logger = logging.getLogger(__name__)

#: Regional editors: every HUB and the whole site.
REGIONAL_EDITORS = "Redazione regionale"
#: Desk operators of the network: no admin access; used by page privacy.
NETWORK_OPERATORS = "Operatori della rete"
#: Wagtail's default groups, from its migrations (see the module docstring).
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

EDITOR_PAGE_ACTIONS = ("add", "change")
MODERATOR_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
REGIONAL_PAGE_ACTIONS = MODERATOR_PAGE_ACTIONS
#: Django model permissions of the regional editors: the PIM synchronisation report
#: (read it; retry and re-send), and the choice of what is shared with PIM.
REGIONAL_MODEL_PERMISSIONS = (
    ("sync_pim", "view_outboxentry"),
    ("sync_pim", "change_outboxentry"),
    ("sync_pim", "share_with_pim"),
)
#: On documents and images alike; Wagtail counts "delete" as "change" on collections.
COLLECTION_ACTIONS = ("add", "change", "choose")


class PermissionSetupError(Exception):
    """The permissions cannot be set up: the message says what to do first."""


# --- Names ----------------------------------------------------------------------------
# Names come from hubs.hub_definitions, not from the page: an editor may retitle the HUB
# page, and the groups must keep the names the region's administrators know.


def _municipality_and_theme(hub: HubPage) -> tuple[str, str]:
    for definition in HUBS:
        if definition.code == hub.code:
            return definition.municipality, definition.titles["it"]
    return hub.municipality, hub.title


def hub_editors_group_name(hub: HubPage) -> str:
    return f"HUB {_municipality_and_theme(hub)[0]} – redattori"


def hub_moderators_group_name(hub: HubPage) -> str:
    return f"HUB {_municipality_and_theme(hub)[0]} – moderatori"


def hub_collection_name(hub: HubPage) -> str:
    municipality, theme = _municipality_and_theme(hub)
    return f"HUB {municipality} – {theme}"


def hub_workflow_name(hub: HubPage) -> str:
    return f"HUB {_municipality_and_theme(hub)[0]} – moderazione"


def hub_task_name(hub: HubPage) -> str:
    return f"HUB {_municipality_and_theme(hub)[0]} – approvazione"


# --- Selectors ------------------------------------------------------------------------


def is_regional_editor(user: AbstractBaseUser | AnonymousUser) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and user.groups.filter(name=REGIONAL_EDITORS).exists()
    )


def hubs_for_user(user: AbstractBaseUser | AnonymousUser) -> list[HubPage]:
    """The HUBs ``user`` works on, in tree order: every HUB for superusers and regional
    editors, otherwise those whose editors or moderators group the user is in."""
    if not (user.is_authenticated and user.is_active):
        return []
    hubs = HubPage.objects.order_by("path")
    if user.is_superuser or is_regional_editor(user):
        return list(hubs)
    groups = user.groups.values("pk")
    return list(hubs.filter(Q(editors_group__in=groups) | Q(moderators_group__in=groups)))


def hub_of_page(page: Page) -> HubPage | None:
    """The HUB ``page`` belongs to (itself, for a HUB page); ``None`` outside every HUB."""
    if not page.path:
        return None
    return HubPage.objects.ancestor_of(page, inclusive=True).first()


# --- Service --------------------------------------------------------------------------


def _check_hubs() -> list[HubPage]:
    hubs = {
        hub.code: hub
        for hub in HubPage.objects.select_related("collection", "editors_group", "moderators_group")
    }
    missing = [definition.code for definition in HUBS if definition.code not in hubs]
    if missing:
        raise PermissionSetupError(
            f"These HUBs do not exist yet: {', '.join(missing)}. "
            "Run `manage.py setup_hubs` first, then `manage.py setup_permissions`."
        )
    return [hubs[definition.code] for definition in HUBS]


@transaction.atomic
def hub_permissions_ensure() -> PermissionSetupReport:
    """Create or repair the HUB groups, collections, permissions and workflows.

    Idempotent: a second run changes nothing and reports nothing. See the module
    docstring for the policy and what counts as a repair.
    """
    with translation.override("it"):
        hubs = _check_hubs()
        setup = PermissionRepair(
            page_actions={*REGIONAL_PAGE_ACTIONS, *MODERATOR_PAGE_ACTIONS, *EDITOR_PAGE_ACTIONS},
            collection_actions=COLLECTION_ACTIONS,
        )
        root_page = Page.get_first_root_node()
        root_collection = Collection.get_first_root_node()

        regional = setup.group(REGIONAL_EDITORS)
        setup.admin_access(regional, wanted=True)
        setup.page_permissions(
            regional, pages=[root_page], actions=REGIONAL_PAGE_ACTIONS, keep_tops=[root_page.path]
        )
        setup.collection_permissions(
            regional, collection=root_collection, keep_tops=[root_collection.path]
        )
        setup.model_permissions(regional, wanted=REGIONAL_MODEL_PERMISSIONS)

        operators = setup.group(NETWORK_OPERATORS)
        setup.admin_access(operators, wanted=False)
        setup.page_permissions(operators, pages=[], actions=(), keep_tops=[])
        setup.collection_permissions(operators, collection=None, keep_tops=[])

        collections = {}
        for hub in hubs:
            collection = setup.collection(
                hub_collection_name(hub), current=hub.collection, root=root_collection
            )
            collections[hub.pk] = collection
            editors = setup.group(hub_editors_group_name(hub), hub.editors_group)
            moderators = setup.group(hub_moderators_group_name(hub), hub.moderators_group)
            for group, actions in (
                (editors, EDITOR_PAGE_ACTIONS),
                (moderators, MODERATOR_PAGE_ACTIONS),
            ):
                setup.admin_access(group, wanted=True)
                setup.page_permissions(group, pages=[hub], actions=actions, keep_tops=[hub.path])
                setup.collection_permissions(
                    group, collection=collection, keep_tops=[collection.path]
                )
            setup.workflow(
                hub_workflow_name(hub),
                page=hub,
                task_name=hub_task_name(hub),
                approvers=[moderators, regional],
            )
            links = {
                "collection_id": collection.pk,
                "editors_group_id": editors.pk,
                "moderators_group_id": moderators.pk,
            }
            stale = [name for name, pk in links.items() if getattr(hub, name) != pk]
            if stale:
                # An update, not a save: linking the groups is not an edit of the page.
                HubPage.objects.filter(pk=hub.pk).update(**links)
                if not all(setup.is_new(obj) for obj in (collection, editors, moderators)):
                    setup.report.repaired.append(f"HUB “{hub.title}”: collection and groups linked")

        for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
            setup.strip_reach(
                group,
                page_tops=[hub.path for hub in hubs],
                collection_tops=[collection.path for collection in collections.values()],
            )
    report = setup.report
    logger.info(
        "HUB permissions: %d created, %d repaired, %d removed",
        len(report.created),
        len(report.repaired),
        len(report.removed),
    )
    return report
