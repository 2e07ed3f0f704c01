"""The admin dashboard of HUB operators: their own HUB's work, never another HUB's.

Three panels, each scoped to ``hubs_for_user(request.user)`` (every HUB for regional
editors and superusers): pages waiting for moderation, pages with outdated
translations, guides due for review. A user with no HUB sees none of them.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from hubs.freshness import overdue_guides
from hubs.models import GuidePage, HubPage
from hubs.permissions import hubs_for_user
from portal.translation_status import TranslationState, language_name, translation_coverage

#: Rows a panel lists; the rest are counted.
PANEL_ROWS = 10


@dataclass(frozen=True)
class PendingPage:
    page: Page
    hub: HubPage
    task: str
    requested_by: AbstractBaseUser | None
    requested_at: datetime

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


@dataclass(frozen=True)
class OutdatedPage:
    page: Page
    hub: HubPage
    languages: list[str]

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


@dataclass(frozen=True)
class GuideDue:
    guide: GuidePage
    hub: HubPage
    last_reviewed: date | None
    due_on: date | None

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.guide.pk])


# --- Selectors ------------------------------------------------------------------------


def _hub_of(page: Page, hubs: Iterable[HubPage]) -> HubPage | None:
    return next((hub for hub in hubs if page.path.startswith(hub.path)), None)


def pending_moderation(*, hubs: list[HubPage]) -> list[PendingPage]:
    """Pages below ``hubs`` submitted for moderation and not yet approved or rejected."""
    if not hubs:
        return []
    below = Q()
    for hub in hubs:
        below |= Q(path__startswith=hub.path)
    # WorkflowState.object_id is text: compare with the page ids cast to text, as Wagtail does.
    page_ids = Page.objects.filter(below).values_list(Cast("id", CharField()), flat=True)
    states = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=get_default_page_content_type(),
            object_id__in=page_ids,
        )
        .select_related("requested_by", "current_task_state__task")
        .order_by("created_at", "pk")
    )
    states = list(states)
    pages = Page.objects.specific().in_bulk([int(state.object_id) for state in states])
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        task = state.current_task_state.task.name if state.current_task_state else ""
        rows.append(
            PendingPage(
                page=page,
                hub=_hub_of(page, hubs),
                task=task,
                requested_by=state.requested_by,
                requested_at=state.created_at,
            )
        )
    return rows


def outdated_translations(*, user: AbstractBaseUser, hubs: list[HubPage]) -> list[OutdatedPage]:
    """Live pages below ``hubs`` with at least one outdated translation, by tree order.

    Read from ``translation_coverage`` (a few queries for every page the user can edit)
    rather than page by page.
    """
    if not hubs:
        return []
    languages: dict[int, list[str]] = {}
    pages: dict[int, Page] = {}
    for row in translation_coverage(user=user).rows:
        if row.state != TranslationState.OUTDATED or _hub_of(row.page, hubs) is None:
            continue
        pages[row.page.pk] = row.page
        languages.setdefault(row.page.pk, []).append(str(language_name(row.language)))
    return [
        OutdatedPage(page=page, hub=_hub_of(page, hubs), languages=languages[page.pk])
        for page in sorted(pages.values(), key=lambda page: page.path)
    ]


def guides_due(*, hubs: list[HubPage]) -> list[GuideDue]:
    """Live guides below ``hubs`` never reviewed or past their review date."""
    if not hubs:
        return []
    return [
        GuideDue(
            guide=guide,
            hub=_hub_of(guide, hubs),
            last_reviewed=guide.last_reviewed,
            due_on=guide.review_due_on,
        )
        for guide in overdue_guides(hubs=hubs)
    ]


# --- Panels ---------------------------------------------------------------------------


class HubPanel(Component):
    """A dashboard panel listing rows of the user's HUBs, at most ``PANEL_ROWS``."""

    name: str
    heading: Any
    empty_text: Any
    order: int

    def __init__(self, *, hubs: list[HubPage]) -> None:
        self.hubs = hubs

    def rows(self, request: HttpRequest) -> list:
        raise NotImplementedError

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        request = parent_context["request"]
        rows = self.rows(request)
        return {
            "request": request,
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "empty_text": self.empty_text,
            "rows": rows[:PANEL_ROWS],
            "more": max(len(rows) - PANEL_ROWS, 0),
            "hub_names": ", ".join(hub.municipality for hub in self.hubs),
        }


class PendingModerationPanel(HubPanel):
    name = "hub_pending_moderation"
    heading = _("My HUB: pending moderation")
    empty_text = _("Nothing is waiting for moderation in your HUB.")
    template_name = "hubs/admin/pending_moderation_panel.html"
    order = 205

    def rows(self, request: HttpRequest) -> list[PendingPage]:
        return pending_moderation(hubs=self.hubs)


class OutdatedTranslationsPanel(HubPanel):
    name = "hub_outdated_translations"
    heading = _("Outdated translations")
    empty_text = _("Every translation in your HUB is up to date.")
    template_name = "hubs/admin/outdated_translations_panel.html"
    order = 206

    def rows(self, request: HttpRequest) -> list[OutdatedPage]:
        return outdated_translations(user=request.user, hubs=self.hubs)

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        context = super().get_context_data(parent_context)
        report = reverse("portal_translation_status_pages")
        context["report_url"] = f"{report}?state={TranslationState.OUTDATED.value}"
        return context


class GuidesDuePanel(HubPanel):
    name = "hub_guides_due"
    heading = _("Guides due for review")
    empty_text = _("Every guide in your HUB has been reviewed in time.")
    template_name = "hubs/admin/guides_due_panel.html"
    order = 207

    def rows(self, request: HttpRequest) -> list[GuideDue]:
        return guides_due(hubs=self.hubs)

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        context = super().get_context_data(parent_context)
        try:
            context["report_url"] = reverse("hubs_freshness_report")
        except NoReverseMatch:
            context["report_url"] = ""
        return context


@hooks.register("construct_homepage_panels")
def add_hub_panels(request: HttpRequest, panels: list) -> None:
    hubs = hubs_for_user(request.user)
    if not hubs:
        return
    panels.extend(
        [
            PendingModerationPanel(hubs=hubs),
            OutdatedTranslationsPanel(hubs=hubs),
            GuidesDuePanel(hubs=hubs),
        ]
    )
