"""Admin hooks that close what Wagtail's page permissions leave open between HUBs.

Wagtail already scopes editing, publishing, moving, copying, revisions, previews,
workflow actions and the document and image choosers by the HUB groups' permissions
(``tests/hubs/test_access_matrix.py`` pins each of them). Two things it leaves open:

* The page chooser (used to link pages) lists every page of the tree, drafts included,
  so a Bologna redattore would see the titles of Ferrara's unpublished guides. Here it
  lists the drafts of only the pages the user may edit or publish; published pages stay
  choosable everywhere, because linking another HUB's guide is normal.
* A HUB moderator may delete a page of their HUB that has no children, and the HUB page
  itself is such a page while a HUB is still empty. The HUB pages are the portal's
  structure, made by ``setup_hubs`` and carrying the HUB's groups and workflow: only a
  superuser deletes one.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from hubs.models import HubPage


def choosable_pages(pages: QuerySet, *, user: AbstractBaseUser | AnonymousUser) -> QuerySet:
    """``pages`` without the drafts ``user`` may not edit or publish."""
    if user.is_active and user.is_superuser:
        return pages
    workable = page_permission_policy.instances_user_has_any_permission_for(
        user, {"change", "publish"}
    )
    return pages.filter(Q(live=True) | Q(pk__in=workable.values("pk")))


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_of_other_hubs(pages: QuerySet, request: HttpRequest) -> QuerySet:
    return choosable_pages(pages, user=request.user)


def _refuse_hub_deletion(request: HttpRequest, pages: list[Page]) -> HttpResponse | None:
    if request.user.is_superuser:
        return None
    if HubPage.objects.filter(pk__in=[page.pk for page in pages]).exists():
        # Wagtail's own "permission denied" answer: back to the dashboard with a message.
        return permission_denied(request)
    return None


@hooks.register("before_delete_page")
def keep_hub_pages(request: HttpRequest, page: Page) -> HttpResponse | None:
    return _refuse_hub_deletion(request, [page])


@hooks.register("before_bulk_action")
def keep_hub_pages_in_bulk(
    request: HttpRequest, action_type: str, objects: list, action_class: object
) -> HttpResponse | None:
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "delete" and pages:
        return _refuse_hub_deletion(request, pages)
    return None
