"""Reads of the outbox for the admin: the report, an entry's history, the editor panel and
the dashboard counts.

Who may look is decided here too, so that the report, its menu item, the dashboard panel
and the editor panel's link agree: Django's model permissions on ``OutboxEntry`` (view to
read, change to retry and re-send), which superusers hold implicitly.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page

from hubs.hub_definitions import HUBS
from sync_pim.models import OutboxEntry, OutboxState, PimCategory

VIEW_PERMISSION = "sync_pim.view_outboxentry"
CHANGE_PERMISSION = "sync_pim.change_outboxentry"
#: Rows the editor panel lists: the recent history, not the whole log.
PAGE_DELIVERIES_LIMIT = 10
#: The dashboard counts deliveries of this many days, so the number means "it is working".
RECENT_DELIVERY_DAYS = 7
#: States a user can ask to send again now.
RETRYABLE_STATES = (OutboxState.DEAD, OutboxState.FAILED)
#: Value of the HUB filter for pages outside every HUB (their ``hub`` is empty).
REGIONAL_HUB = "-"


def _is_active_user(user: AbstractBaseUser | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def outbox_viewable_by(user: AbstractBaseUser | AnonymousUser) -> bool:
    """May ``user`` read the report, an entry's log and the dashboard counts?"""
    return _is_active_user(user) and user.has_perm(VIEW_PERMISSION)


def outbox_manageable_by(user: AbstractBaseUser | AnonymousUser) -> bool:
    """May ``user`` retry entries and re-send a category? Reading comes with it."""
    return outbox_viewable_by(user) and user.has_perm(CHANGE_PERMISSION)


# --- Report ---------------------------------------------------------------------------


def outbox_entries() -> QuerySet[OutboxEntry]:
    """Every entry, newest first; the payload, which can be large, is left in the database."""
    return OutboxEntry.objects.defer("payload").order_by("-created_at", "-pk")


def outbox_entry_with_attempts(*, entry_id: int) -> OutboxEntry | None:
    """One entry with its attempt log (newest first), or ``None`` when there is none."""
    return OutboxEntry.objects.prefetch_related("attempt_log").filter(pk=entry_id).first()


def existing_page_ids(page_ids: list[int]) -> set[int]:
    """Which of ``page_ids`` still exist: the others have been deleted since."""
    return set(Page.objects.filter(pk__in=set(page_ids)).values_list("pk", flat=True))


def hub_name(code: str) -> str:
    """``Bologna – Lavoro`` for a HUB's code, in the active language; the code if unknown."""
    language = translation.get_language() or "it"
    for definition in HUBS:
        if definition.code == code:
            title = definition.titles.get(language) or definition.titles["it"]
            return f"{definition.municipality} – {title}"
    return code


def hub_choices() -> list[tuple[str, str]]:
    """The HUB filter's choices: each HUB, then the regional pages (no HUB)."""
    return [
        *((definition.code, hub_name(definition.code)) for definition in HUBS),
        (REGIONAL_HUB, gettext("Regional pages (no HUB)")),
    ]


def language_choices() -> list[tuple[str, str]]:
    return [(code, str(name)) for code, name, *_rest in settings.PORTAL_LANGUAGES]


def category_choices() -> list[tuple[str, str]]:
    return list(PimCategory.choices)


def category_label(value: str) -> str:
    return str(dict(PimCategory.choices).get(value, value))


# --- Editor panel ---------------------------------------------------------------------


def page_deliveries(*, page_id: int, limit: int = PAGE_DELIVERIES_LIMIT) -> list[OutboxEntry]:
    """The last ``limit`` entries of one page, every language, newest first."""
    return list(outbox_entries().filter(page_id=page_id)[:limit])


# --- Dashboard ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    failed: int
    dead: int
    #: Delivered in the last ``RECENT_DELIVERY_DAYS`` days (by last change of the row).
    delivered_recently: int


def recent_delivery_since(now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=RECENT_DELIVERY_DAYS)


def outbox_dashboard_counts(*, now: datetime.datetime | None = None) -> OutboxCounts:
    """The numbers on the dashboard, in two queries.

    Delivered rows are counted by ``updated_at``, the time of their last change, which
    for a delivered row is its delivery: the report's "Changed within" filter uses the
    same field, so the number and the list it links to agree.
    """
    open_counts = dict(
        OutboxEntry.objects.filter(
            state__in=[OutboxState.PENDING, OutboxState.FAILED, OutboxState.DEAD]
        )
        .values_list("state")
        .annotate(number=Count("pk"))
        .order_by()
    )
    delivered = OutboxEntry.objects.filter(
        state=OutboxState.DELIVERED, updated_at__gte=recent_delivery_since(now)
    ).count()
    return OutboxCounts(
        pending=open_counts.get(OutboxState.PENDING, 0),
        failed=open_counts.get(OutboxState.FAILED, 0),
        dead=open_counts.get(OutboxState.DEAD, 0),
        delivered_recently=delivered,
    )
