"""Writes of the link checker: collect the links of published content, check them.

Decisions, so that the report can be read right:

* **What is scanned**: every *live* page, restricted ones included: the guides for desk
  operators are published content too and their editors fix their links. The report
  and the dashboard list a link only to people who may edit its page.
* **Internal links** (``page:<id>``, ``document:<id>``) are judged from the database,
  without a request: see ``sync_pim.links.internal``.
* **External links** are checked oldest first, each at most once every
  ``RECHECK_AFTER``. The rate limit is kept *within* a run by a scheduler that goes
  round the hosts and sleeps when every host left has spent its budget; a run lasts at
  most ``PIM_LINKCHECK_RUN_SECONDS`` (default ``RUN_SECONDS``), inside Celery's time
  limit, and the links it had no time for are left for the next run, oldest first. The
  requests of the previous minute (links checked then) count against this run's budget
  too, so runs one after the other never exceed it; one run at a time (cache lock).
* ``mailto:`` and ``tel:`` links are not stored: nothing can be checked over HTTP.
"""

import datetime
import logging
import time
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import httpx
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Page

from sync_pim.links.check import MAX_REDIRECTS, CheckResult, Deferred, HostBudget, link_check
from sync_pim.links.extract import FoundLink, Target, page_links
from sync_pim.links.internal import internal_links_refresh
from sync_pim.models import CheckedLink, LinkKind, LinkOccurrence, LinkState

logger = logging.getLogger(__name__)

#: A link checked less than this long ago is not checked again.
RECHECK_AFTER = datetime.timedelta(hours=20)
#: Seconds a run may spend checking, unless ``PIM_LINKCHECK_RUN_SECONDS`` says otherwise:
#: below ``CELERY_TASK_SOFT_TIME_LIMIT`` (240 s) with room for the collection before it.
RUN_SECONDS = 150.0
_LOCK_KEY = "sync_pim:links_check:running"
#: HEAD and GET for the link and each redirect: what one link can cost at worst.
MAX_REQUESTS_PER_LINK = 2 * (MAX_REDIRECTS + 1)
_BATCH = 500

OccurrenceKey = tuple[int, int, str, str]  # link, page, field, language


@dataclass(frozen=True)
class CollectReport:
    pages: int
    links: int
    occurrences_added: int
    occurrences_removed: int
    links_removed: int
    internal_broken: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class CheckReport:
    checked: int = 0
    ok: int = 0
    redirect: int = 0
    broken: int = 0
    #: The host answered 429: asked again in a later run.
    throttled: int = 0
    #: Left for the next run: their host's budget or the run's time was spent.
    deferred: int = 0
    #: Another run held the lock: this one checked nothing.
    already_running: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def user_agent() -> str:
    return f"ER-Integrazione-LinkChecker/1.0 (+{settings.WAGTAILADMIN_BASE_URL})"


# --- Collecting ------------------------------------------------------------------------


def _live_pages(page_ids: Iterable[int] | None = None) -> Iterable[Page]:
    """Live pages as their specific classes, a batch at a time."""
    ids = Page.objects.live().order_by("path").values_list("pk", flat=True)
    if page_ids is not None:
        ids = ids.filter(pk__in=list(page_ids))
    ids = list(ids)
    for start in range(0, len(ids), 100):
        yield from Page.objects.filter(pk__in=ids[start : start + 100]).order_by("path").specific()


def _links_ensure(targets: dict[str, Target]) -> dict[str, int]:
    """``CheckedLink`` ids by URL, creating the rows that are new."""
    ids: dict[str, int] = {}
    urls = list(targets)
    for start in range(0, len(urls), _BATCH):
        chunk = urls[start : start + _BATCH]
        ids.update(CheckedLink.objects.filter(url__in=chunk).values_list("url", "pk"))
    missing = [url for url in urls if url not in ids]
    CheckedLink.objects.bulk_create(
        [
            CheckedLink(
                url=url,
                kind=targets[url].kind,
                host=targets[url].host,
                target_page_id=targets[url].target_id,
            )
            for url in missing
        ],
        batch_size=_BATCH,
        ignore_conflicts=True,  # a concurrent refresh may have created it
    )
    for start in range(0, len(missing), _BATCH):
        chunk = missing[start : start + _BATCH]
        ids.update(CheckedLink.objects.filter(url__in=chunk).values_list("url", "pk"))
    return ids


def _occurrences_sync(wanted: set[OccurrenceKey], *, page_ids: set[int] | None) -> tuple[int, int]:
    """Make the occurrences (of ``page_ids``, or of every page) exactly ``wanted``."""
    existing = LinkOccurrence.objects.all()
    if page_ids is not None:
        existing = existing.filter(page_id__in=page_ids)
    current: dict[OccurrenceKey, int] = {
        (link_id, page_id, field, language): pk
        for pk, link_id, page_id, field, language in existing.values_list(
            "pk", "link_id", "page_id", "field", "language"
        )
    }
    stale = [pk for key, pk in current.items() if key not in wanted]
    for start in range(0, len(stale), _BATCH):
        LinkOccurrence.objects.filter(pk__in=stale[start : start + _BATCH]).delete()
    new = [key for key in wanted if key not in current]
    LinkOccurrence.objects.bulk_create(
        [
            LinkOccurrence(link_id=link_id, page_id=page_id, field=field, language=language)
            for link_id, page_id, field, language in new
        ],
        batch_size=_BATCH,
        ignore_conflicts=True,
    )
    return len(new), len(stale)


def _orphans_delete() -> int:
    removed, _by_model = CheckedLink.objects.filter(occurrences__isnull=True).delete()
    return removed


def _links_store(
    found: dict[int, list[FoundLink]], *, page_ids: set[int] | None, now: datetime.datetime
) -> CollectReport:
    targets = {link.target.url: link.target for links in found.values() for link in links}
    with transaction.atomic():
        ids = _links_ensure(targets)
        wanted = {
            (ids[link.target.url], page_id, link.field, link.language)
            for page_id, links in found.items()
            for link in links
        }
        added, removed = _occurrences_sync(wanted, page_ids=page_ids)
        links_removed = _orphans_delete()
        internal_broken = internal_links_refresh(now=now)
    return CollectReport(
        pages=len(found),
        links=len(targets),
        occurrences_added=added,
        occurrences_removed=removed,
        links_removed=links_removed,
        internal_broken=internal_broken,
    )


def links_collect(*, now: datetime.datetime | None = None) -> CollectReport:
    """Record where every link of every live page is; forget what is no longer there."""
    found = {page.pk: page_links(page) for page in _live_pages()}
    report = _links_store(found, page_ids=None, now=now or timezone.now())
    logger.info("Links collected: %s", report.as_dict())
    return report


def links_refresh_pages(
    *, page_ids: Iterable[int], now: datetime.datetime | None = None
) -> CollectReport:
    """After pages were published, unpublished or deleted: their links, and every
    internal link (one of them may point at them), at once rather than next night."""
    page_ids = set(page_ids)
    found: dict[int, list[FoundLink]] = {page_id: [] for page_id in page_ids}
    found.update({page.pk: page_links(page) for page in _live_pages(page_ids)})
    return _links_store(found, page_ids=page_ids, now=now or timezone.now())


def links_refresh_page(*, page: Page, now: datetime.datetime | None = None) -> CollectReport:
    return links_refresh_pages(page_ids=[page.pk], now=now)


# --- Checking --------------------------------------------------------------------------


def _result_store(link: CheckedLink, result: CheckResult, at: datetime.datetime) -> None:
    rows = CheckedLink.objects.filter(pk=link.pk)
    if result.throttled:
        rows.update(checked_at=at)
        return
    broken = result.state == LinkState.BROKEN
    since = (link.broken_since if link.state == LinkState.BROKEN else None) or at
    rows.update(
        state=result.state,
        status_code=result.status_code,
        final_url=result.final_url[:2000],
        redirects=result.redirects,
        error=result.error,
        checked_at=at,
        broken_since=since if broken else None,
    )


def _budget_seed(budget: HostBudget, hosts: Iterable[str]) -> None:
    """Count the links of ``hosts`` checked in the last minute (by an earlier run)."""
    real_now, clock_now = timezone.now(), budget.clock()
    recent = CheckedLink.objects.filter(
        kind=LinkKind.EXTERNAL,
        host__in=list(hosts),
        checked_at__gt=real_now - datetime.timedelta(seconds=60),
    ).values_list("host", "checked_at")
    for host, checked_at in recent:
        budget.record(host, clock_now - (real_now - checked_at).total_seconds())


def _settings() -> tuple[int, float]:
    per_minute = settings.PIM_LINKCHECK_PER_HOST_PER_MINUTE
    timeout = settings.PIM_LINKCHECK_TIMEOUT
    if not isinstance(per_minute, int) or per_minute < 1:
        raise ImproperlyConfigured("PIM_LINKCHECK_PER_HOST_PER_MINUTE must be a whole number ≥ 1.")
    if not timeout or timeout <= 0:
        raise ImproperlyConfigured("PIM_LINKCHECK_TIMEOUT must be a number of seconds > 0.")
    return per_minute, float(timeout)


def links_check(
    *,
    limit: int | None = None,
    now: datetime.datetime | None = None,
    max_seconds: float | None = None,
) -> CheckReport:
    """Check the external links due, oldest first, at most ``limit`` of them.

    ``now`` fixes the time recorded as checked (tests); ``max_seconds`` the run's length.
    """
    per_minute, timeout = _settings()
    if limit is not None and limit < 0:
        raise ValueError("limit cannot be negative")
    if max_seconds is None:
        max_seconds = float(getattr(settings, "PIM_LINKCHECK_RUN_SECONDS", RUN_SECONDS))
    token = uuid.uuid4().hex
    # Held past the run's end by the longest a link in progress can take, then given up.
    lock_seconds = int(max_seconds + MAX_REQUESTS_PER_LINK * timeout + 60)
    if not cache.add(_LOCK_KEY, token, lock_seconds) and cache.get(_LOCK_KEY) is not None:
        # (A cache that is down answers neither: then the run goes ahead.)
        return CheckReport(already_running=True)
    try:
        return _links_check(limit, now, max_seconds, per_minute, timeout)
    finally:
        if cache.get(_LOCK_KEY) == token:
            cache.delete(_LOCK_KEY)


def _links_check(
    limit: int | None,
    now: datetime.datetime | None,
    max_seconds: float,
    per_minute: int,
    timeout: float,
) -> CheckReport:
    reference = now or timezone.now()
    due = CheckedLink.objects.filter(kind=LinkKind.EXTERNAL).filter(
        Q(checked_at__isnull=True) | Q(checked_at__lte=reference - RECHECK_AFTER)
    )
    due = due.order_by(F("checked_at").asc(nulls_first=True), "pk")
    queues: dict[str, deque[CheckedLink]] = {}
    for link in due[:limit] if limit is not None else due:
        queues.setdefault(link.host, deque()).append(link)
    budget = HostBudget(per_minute=per_minute, deadline=time.monotonic() + max_seconds)
    _budget_seed(budget, queues)
    hosts = deque(queues)
    report = CheckReport()
    allow_private = bool(getattr(settings, "PIM_LINKCHECK_ALLOW_PRIVATE_HOSTS", False))
    headers = {"User-Agent": user_agent(), "Accept": "*/*"}
    with httpx.Client(headers=headers, timeout=timeout, follow_redirects=False) as client:
        while hosts and budget.clock() < budget.deadline:
            host = next((host for host in hosts if budget.wait_for(host) == 0), None)
            if host is None:
                wait = min(budget.wait_for(host) for host in hosts)
                if budget.clock() + wait >= budget.deadline:
                    break
                time.sleep(wait)
                continue
            # Round the hosts: the one just served goes to the back of the line.
            hosts.remove(host)
            link = queues[host].popleft()
            if queues[host]:
                hosts.append(host)
            try:
                result = link_check(
                    link.url,
                    client=client,
                    budget=budget,
                    timeout=timeout,
                    allow_private=allow_private,
                )
            except Deferred:
                report.deferred += 1
                continue
            _result_store(link, result, now or timezone.now())
            if result.throttled:
                report.throttled += 1
                continue
            report.checked += 1
            setattr(report, result.state, getattr(report, result.state) + 1)
    report.deferred += sum(len(queue) for queue in queues.values())
    logger.info("Links checked: %s", report.as_dict())
    return report
