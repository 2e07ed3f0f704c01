"""The repair steps behind ``hubs.permissions.hub_permissions_ensure``.

Each step makes one thing as it should be (a group, its admin access, its page or
collection permissions, a HUB's collection or workflow) and writes what it changed into
the report. What a run creates is remembered, so that the permissions of a group created
in the same run are not reported one by one as "restored".
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_default_page_content_type,
)

#: Actions of HUB groups on the media (video, audio) of their collection (media kits).
MEDIA_COLLECTION_ACTIONS = ("add", "change", "delete")


@dataclass
class PermissionSetupReport:
    created: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.repaired or self.removed)


def _page_label(page: Page) -> str:
    return "the root of the page tree" if page.depth == 1 else f"page “{page.title}”"


def _within(path: str, top: str) -> bool:
    return path.startswith(top)


def _reaches(path: str, tops: list[str]) -> bool:
    """True when a permission at ``path`` applies to any of the subtrees at ``tops``."""
    return any(_within(top, path) or _within(path, top) for top in tops)


class PermissionRepair:
    """One run of the set-up: the report, and what was created during it."""

    def __init__(self, *, page_actions: set[str], collection_actions: tuple[str, ...]) -> None:
        self.report = PermissionSetupReport()
        self._new: set[tuple[type[models.Model], int]] = set()
        page_type = get_default_page_content_type()
        self._page_permission = {
            action: Permission.objects.get(content_type=page_type, codename=f"{action}_page")
            for action in page_actions
        }
        self._collection_permissions = [
            Permission.objects.get(
                content_type=ContentType.objects.get_for_model(model),
                codename=get_permission_codename(action, model._meta),
            )
            for model in (get_document_model(), get_image_model())
            for action in collection_actions
        ]
        # wagtailmedia checks its permissions on its own model whatever the media model, and
        # has no "choose" permission: its chooser lists what a group may change.
        self._collection_permissions += list(
            Permission.objects.filter(
                content_type__app_label="wagtailmedia",
                codename__in=[f"{action}_media" for action in MEDIA_COLLECTION_ACTIONS],
            ).order_by("codename")
        )
        self._admin_access = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )

    def is_new(self, obj: models.Model) -> bool:
        return (type(obj), obj.pk) in self._new

    def _created(self, obj: models.Model, description: str) -> None:
        self._new.add((type(obj), obj.pk))
        self.report.created.append(description)

    # --- Groups ---------------------------------------------------------------------

    def group(self, name: str, current: Group | None = None) -> Group:
        """The group ``current`` (a HUB's link) or named ``name``; created if neither exists."""
        group = current or Group.objects.filter(name=name).first()
        if group is None:
            group = Group.objects.create(name=name)
            self._created(group, f"group “{name}”")
        elif group.name != name and not Group.objects.filter(name=name).exists():
            self.report.repaired.append(f"group “{group.name}” renamed back to “{name}”")
            group.name = name
            group.save(update_fields=["name"])
        return group

    def admin_access(self, group: Group, *, wanted: bool) -> None:
        permission = self._admin_access
        has = group.permissions.filter(pk=permission.pk).exists()
        if wanted and not has:
            group.permissions.add(permission)
            if not self.is_new(group):
                self.report.repaired.append(f"“{group.name}”: admin access restored")
        elif has and not wanted:
            group.permissions.remove(permission)
            self.report.removed.append(f"“{group.name}”: admin access (this group has none)")

    def model_permissions(self, group: Group, *, wanted: tuple[tuple[str, str], ...]) -> None:
        """Give ``group`` the Django model permissions ``wanted`` ((app label, codename)
        pairs); the group's other model permissions are an administrator's to manage."""
        if not wanted:
            return
        query = models.Q()
        for app_label, codename in wanted:
            query |= models.Q(content_type__app_label=app_label, codename=codename)
        missing = (
            Permission.objects.filter(query)
            .exclude(pk__in=group.permissions.values("pk"))
            .select_related("content_type")
            .order_by("codename")
        )
        for permission in missing:
            group.permissions.add(permission)
            if not self.is_new(group):
                self.report.repaired.append(
                    f"“{group.name}”: {permission.content_type.app_label}.{permission.codename} "
                    "restored"
                )

    def page_permissions(
        self, group: Group, *, pages: list[Page], actions: tuple[str, ...], keep_tops: list[str]
    ) -> None:
        """Give ``group`` ``actions`` on ``pages``; remove what else it holds outside the
        subtrees at ``keep_tops`` (no tops: remove everything else)."""
        wanted = {
            (page.pk, self._page_permission[action].pk) for page in pages for action in actions
        }
        have = set()
        for grant in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        ):
            key = (grant.page_id, grant.permission_id)
            have.add(key)
            if key in wanted or any(_within(grant.page.path, top) for top in keep_tops):
                continue
            self.report.removed.append(
                f"“{group.name}”: {grant.permission.codename} on {_page_label(grant.page)}"
                " (outside its reach)"
            )
            grant.delete()
        labels = {page.pk: _page_label(page) for page in pages}
        for page_id, permission_id in sorted(wanted - have):
            grant = GroupPagePermission.objects.create(
                group=group, page_id=page_id, permission_id=permission_id
            )
            if not self.is_new(group):
                self.report.repaired.append(
                    f"“{group.name}”: {grant.permission.codename} on {labels[page_id]} restored"
                )

    def collection_permissions(
        self, group: Group, *, collection: Collection | None, keep_tops: list[str]
    ) -> None:
        """Give ``group`` every document, image and media action on ``collection``; remove what
        else it holds outside the collections at ``keep_tops``."""
        wanted = (
            {(collection.pk, permission.pk) for permission in self._collection_permissions}
            if collection is not None
            else set()
        )
        have = set()
        for grant in GroupCollectionPermission.objects.filter(group=group).select_related(
            "collection", "permission"
        ):
            key = (grant.collection_id, grant.permission_id)
            have.add(key)
            if key in wanted or any(_within(grant.collection.path, top) for top in keep_tops):
                continue
            self.report.removed.append(
                f"“{group.name}”: {grant.permission.codename} on collection "
                f"“{grant.collection.name}” (outside its reach)"
            )
            grant.delete()
        for collection_id, permission_id in sorted(wanted - have):
            grant = GroupCollectionPermission.objects.create(
                group=group, collection_id=collection_id, permission_id=permission_id
            )
            if not self.is_new(group):
                self.report.repaired.append(
                    f"“{group.name}”: {grant.permission.codename} on collection "
                    f"“{collection.name}” restored"
                )

    def strip_reach(self, group: Group, *, page_tops: list[str], collection_tops: list[str]):
        """Remove every permission of ``group`` that applies inside those subtrees."""
        for grant in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        ):
            if _reaches(grant.page.path, page_tops):
                self.report.removed.append(
                    f"“{group.name}”: {grant.permission.codename} on {_page_label(grant.page)}"
                    " (it reaches the HUBs)"
                )
                grant.delete()
        for grant in GroupCollectionPermission.objects.filter(group=group).select_related(
            "collection", "permission"
        ):
            if _reaches(grant.collection.path, collection_tops):
                self.report.removed.append(
                    f"“{group.name}”: {grant.permission.codename} on collection "
                    f"“{grant.collection.name}” (it reaches the HUBs)"
                )
                grant.delete()

    # --- A HUB's collection and workflow --------------------------------------------

    def collection(self, name: str, *, current: Collection | None, root: Collection):
        collection = current or root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(instance=Collection(name=name))
            self._created(collection, f"collection “{name}”")
        elif collection.name != name:
            self.report.repaired.append(f"collection “{collection.name}” renamed back to “{name}”")
            collection.name = name
            collection.save(update_fields=["name"])
        return collection

    def workflow(
        self, name: str, *, page: Page, task_name: str, approvers: list[Group]
    ) -> Workflow:
        """Workflow ``name``, active, with its approval task, assigned to ``page`` and to
        nothing below it that would take its place."""
        link = WorkflowPage.objects.filter(page=page).select_related("workflow").first()
        workflow = (
            link.workflow
            if link and link.workflow.name == name
            else Workflow.objects.filter(name=name).order_by("pk").first()
        )
        if workflow is None:
            workflow = Workflow.objects.create(name=name)
            self._created(workflow, f"workflow “{name}”")
        elif not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
            self.report.repaired.append(f"workflow “{name}” enabled again")
        self._approval_task(task_name, workflow=workflow, approvers=approvers)
        if link is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            if not self.is_new(workflow):
                self.report.repaired.append(f"workflow “{name}” assigned to its HUB again")
        elif link.workflow_id != workflow.pk:
            self.report.repaired.append(
                f"{_page_label(page)}: workflow “{link.workflow.name}” replaced by “{name}”"
            )
            link.workflow = workflow
            link.save()
        below = WorkflowPage.objects.filter(
            page__path__startswith=page.path, page__depth__gt=page.depth
        ).select_related("page", "workflow")
        for override in below:
            self.report.removed.append(
                f"{_page_label(override.page)}: workflow “{override.workflow.name}” "
                f"(it would bypass “{name}”)"
            )
            override.delete()
        return workflow

    def _approval_task(self, name: str, *, workflow: Workflow, approvers: list[Group]) -> None:
        task = (
            GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow, name=name).first()
            or GroupApprovalTask.objects.filter(name=name).order_by("pk").first()
        )
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
            self._created(task, f"approval task “{name}”")
        elif not task.active:
            task.active = True
            task.save(update_fields=["active"])
            self.report.repaired.append(f"approval task “{name}” enabled again")
        if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
            # First in the workflow: an administrator's extra steps come after it.
            WorkflowTask.objects.filter(workflow=workflow).update(
                sort_order=models.F("sort_order") + 1
            )
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            if not self.is_new(workflow):
                self.report.repaired.append(f"workflow “{workflow.name}”: task “{name}” restored")
        current = set(task.groups.all())
        for group in sorted(set(approvers) - current, key=lambda group: group.name):
            task.groups.add(group)
            if not self.is_new(task):
                self.report.repaired.append(f"task “{name}”: “{group.name}” may approve again")
        for group in sorted(current - set(approvers), key=lambda group: group.name):
            task.groups.remove(group)
            self.report.removed.append(f"task “{name}”: “{group.name}” may no longer approve")
