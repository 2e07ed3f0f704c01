"""Cookie-free counts of plays and downloads: one number per kit, language, day and kind.

Nothing about a reader is stored or even looked at: no cookie is read or set, the session
is never touched, the address is not kept (django-ratelimit hashes it into a short-lived
cache key to cap what one address may report; the counter rows never see it). A play is
reported by a beacon from the page (``media_kits.views.kit_play_beacon``); a download of
the kit or of its leaflet is counted by the server as it sends the file.

The increment is one ``UPDATE … SET count = count + 1``; the first use of a day creates
the row inside a savepoint, and a creator that lost the race to another request (the
unique constraint refuses its row) increments the winner's row instead. No count is lost
under concurrency, on PostgreSQL or SQLite.
"""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from media_kits.models import CountKind, KitDailyCount, MediaKitPage
from portal.languages import language_codes

#: The kinds a page may report with the beacon; downloads are counted by the server only.
BEACON_KINDS = frozenset({CountKind.PLAY.value})


class CountRefusedError(ValueError):
    """A count for a kit, language or kind the portal does not know: nothing is written."""


def _checked(kit_id: int, language: str, kind: str) -> None:
    if kind not in CountKind.values:
        raise CountRefusedError(
            f"Unknown kind {kind!r}: a kit count is one of {', '.join(CountKind.values)}."
        )
    if language not in language_codes():
        raise CountRefusedError(
            f"Unknown language {language!r}: a kit is read in one of {', '.join(language_codes())}."
        )
    if not MediaKitPage.objects.live().filter(pk=kit_id).exists():
        raise CountRefusedError(f"No published media kit has the id {kit_id!r}.")


def kit_count_increment(
    *, kit_id: int, language: str, kind: str, day: datetime.date | None = None
) -> None:
    """Add one to the kit's counter of ``kind`` for ``language`` and ``day`` (today in Rome).

    Raises ``CountRefusedError`` (and writes nothing) for an unknown kit, language or kind.
    """
    _checked(kit_id, language, kind)
    day = day or timezone.localdate()
    rows = KitDailyCount.objects.filter(kit_id=kit_id, language=language, day=day, kind=kind)
    with transaction.atomic():
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                KitDailyCount.objects.create(
                    kit_id=kit_id, language=language, day=day, kind=kind, count=1
                )
        except IntegrityError:
            # Another request created today's row between our UPDATE and INSERT.
            rows.update(count=F("count") + 1)


@dataclass(frozen=True)
class KitCount:
    """A kit's total of one kind of use in one language over the reported days."""

    kit_id: int
    kit_title: str
    language: str
    kind: str
    count: int


def media_kit_counts(*, start: datetime.date, end: datetime.date) -> list[KitCount]:
    """Totals per kit, language and kind from ``start`` to ``end`` (both included).

    Ordered by kit title, then language in the portal's order, then kind; a kit nobody
    used in the period is absent. Kits are named by their Italian title (the report's
    language is the region's).
    """
    if start > end:
        raise ValueError(f"The period starts ({start}) after it ends ({end}).")
    totals = (
        KitDailyCount.objects.filter(day__range=(start, end))
        .values("kit_id", "language", "kind")
        .annotate(total=Sum("count"))
    )
    titles = dict(
        MediaKitPage.objects.filter(pk__in={row["kit_id"] for row in totals}).values_list(
            "id", "title_it"
        )
    )
    order = {code: index for index, code in enumerate(language_codes())}
    rows = [
        KitCount(
            kit_id=row["kit_id"],
            kit_title=titles.get(row["kit_id"], ""),
            language=row["language"],
            kind=row["kind"],
            count=row["total"],
        )
        for row in totals
    ]
    return sorted(
        rows,
        key=lambda row: (row.kit_title.casefold(), order.get(row.language, 99), row.kind),
    )
