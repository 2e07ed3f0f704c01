"""Reads about the freshness of guides: which are overdue for review, for which HUB."""

from collections.abc import Iterable

from django.db.models import QuerySet

from hubs.models import GuidePage, HubPage


def overdue_guides(*, hubs: Iterable[HubPage] | None = None) -> list[GuidePage]:
    """Live guides never reviewed or past their review date, oldest review first.

    ``hubs`` limits the answer to guides below those HUB pages (``None``: every HUB).
    """
    guides: QuerySet[GuidePage] = GuidePage.objects.live()
    if hubs is not None:
        hub_list = list(hubs)
        if not hub_list:
            return []
        condition = None
        for hub in hub_list:
            below = GuidePage.objects.descendant_of(hub)
            condition = below if condition is None else condition | below
        guides = guides & condition
    overdue = [guide for guide in guides.order_by("last_reviewed", "pk") if guide.is_review_overdue]
    return sorted(overdue, key=lambda guide: (guide.last_reviewed is not None, guide.last_reviewed))
