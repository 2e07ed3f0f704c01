"""Reads about the freshness of guides: which are overdue for review, or soon due, per HUB.

A guide is due ``review_interval_months`` after ``last_reviewed`` (``GuidePage.review_due_on``)
and overdue from the day after; a guide never reviewed is overdue. The filtering is done
in the database so that a listing can be paginated and exported without loading every
guide: calendar months have no portable SQL form (PostgreSQL's ``interval`` and SQLite's
``date(..., '+n months')`` disagree at the end of a month), so for each interval in use
the latest review date that is still overdue is worked out here with the same
``relativedelta`` arithmetic as the model, and the query compares ``last_reviewed`` with it.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.permissions import page_permission_policy

from hubs.models import GuidePage, HubPage

#: Days ahead in which a guide counts as "due soon" when no other window is given.
DUE_SOON_DAYS = 30


def _last_review_day_due_before(months: int, limit: datetime.date) -> datetime.date:
    """The latest ``last_reviewed`` whose due date (``+ months``) falls before ``limit``.

    Adding months is monotonic (end-of-month days are clamped, never pushed forward), so
    every earlier review day is due before ``limit`` too. The first guess can be a few
    days off around month ends; the two loops settle it in at most three steps.
    """
    step = relativedelta(months=months)
    day = limit - step
    while day + step >= limit:
        day -= datetime.timedelta(days=1)
    while day + datetime.timedelta(days=1) + step < limit:
        day += datetime.timedelta(days=1)
    return day


def _due_before(guides: QuerySet[GuidePage], limit: datetime.date) -> Q:
    """Guides never reviewed, or whose review falls due before ``limit``."""
    condition = Q(last_reviewed__isnull=True)
    intervals = guides.order_by().values_list("review_interval_months", flat=True).distinct()
    for months in intervals:
        condition |= Q(
            review_interval_months=months,
            last_reviewed__lte=_last_review_day_due_before(months, limit),
        )
    return condition


def _below_hubs(guides: QuerySet[GuidePage], hubs: Iterable[HubPage] | None) -> QuerySet:
    if hubs is None:
        return guides
    condition = Q(pk__in=[])
    for hub in hubs:
        condition |= Q(path__startswith=hub.path, depth__gt=hub.depth)
    return guides.filter(condition)


def guides_due_queryset(
    *,
    hubs: Iterable[HubPage] | None = None,
    within_days: int = 0,
    today: datetime.date | None = None,
    guides: QuerySet[GuidePage] | None = None,
) -> QuerySet[GuidePage]:
    """Live guides overdue for review, or due within ``within_days`` days from ``today``.

    ``hubs`` limits the answer to guides below those HUB pages (``None``: every HUB, an
    empty list: none). ``guides`` narrows the starting set, e.g. to the pages a user may
    edit. Unordered: callers order as their listing needs.
    """
    if within_days < 0:
        raise ValueError("within_days cannot be negative")
    today = today or timezone.localdate()
    base = _below_hubs(guides if guides is not None else GuidePage.objects.all(), hubs).live()
    limit = today + datetime.timedelta(days=within_days + 1) if within_days else today
    return base.filter(_due_before(base, limit))


def _by_urgency(guide: GuidePage) -> tuple:
    # Never reviewed first, then the oldest due date: the most overdue guide leads.
    due = guide.review_due_on
    return (due is not None, due or datetime.date.min, guide.title, guide.pk)


def overdue_guides(
    *, hubs: Iterable[HubPage] | None = None, today: datetime.date | None = None
) -> list[GuidePage]:
    """Live guides never reviewed or past their review date, most overdue first.

    ``hubs`` limits the answer to guides below those HUB pages (``None``: every HUB).
    """
    return sorted(guides_due_queryset(hubs=hubs, today=today), key=_by_urgency)


def due_soon_guides(
    *,
    hubs: Iterable[HubPage] | None = None,
    within_days: int = DUE_SOON_DAYS,
    today: datetime.date | None = None,
) -> list[GuidePage]:
    """Live guides not overdue yet whose review falls due within ``within_days`` days."""
    today = today or timezone.localdate()
    hub_list = list(hubs) if hubs is not None else None
    overdue = guides_due_queryset(hubs=hub_list, today=today)
    soon = guides_due_queryset(hubs=hub_list, within_days=within_days, today=today)
    return sorted(soon.exclude(pk__in=overdue.values("pk")), key=_by_urgency)


def days_overdue(guide: GuidePage, *, today: datetime.date | None = None) -> int | None:
    """Days since the review fell due (0 or less: not overdue); ``None``: never reviewed."""
    due = guide.review_due_on
    if due is None:
        return None
    return ((today or timezone.localdate()) - due).days


def hub_of(guide: GuidePage, hubs: Iterable[HubPage]) -> HubPage | None:
    """The HUB among ``hubs`` whose subtree holds ``guide`` (by tree path, no query)."""
    for hub in hubs:
        if guide.path.startswith(hub.path) and guide.depth > hub.depth:
            return hub
    return None


@dataclass(frozen=True)
class HubOverdueGuides:
    hub: HubPage
    guides: list[GuidePage]


def overdue_guides_by_hub(
    *, hubs: Iterable[HubPage] | None = None, today: datetime.date | None = None
) -> list[HubOverdueGuides]:
    """Each HUB (in tree order) with its overdue guides, most overdue first; HUBs with
    none are left out. One query for the HUBs, two for the guides."""
    hub_list = list(hubs) if hubs is not None else list(HubPage.objects.order_by("path"))
    grouped: dict[int, list[GuidePage]] = {hub.pk: [] for hub in hub_list}
    for guide in overdue_guides(hubs=hub_list, today=today):
        hub = hub_of(guide, hub_list)
        if hub is not None:
            grouped[hub.pk].append(guide)
    return [
        HubOverdueGuides(hub=hub, guides=grouped[hub.pk]) for hub in hub_list if grouped[hub.pk]
    ]


def guides_editable_by(user: AbstractBaseUser | AnonymousUser) -> QuerySet[GuidePage]:
    """Guides ``user`` may edit, by Wagtail's page permissions (a HUB editor: their HUB's)."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return GuidePage.objects.filter(pk__in=editable.values("pk"))


def hubs_editable_by(user: AbstractBaseUser | AnonymousUser) -> list[HubPage]:
    """HUBs, in tree order, where ``user`` may edit the HUB page or some page below it."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return [
        hub
        for hub in HubPage.objects.order_by("path")
        if editable.filter(path__startswith=hub.path).exists()
    ]
