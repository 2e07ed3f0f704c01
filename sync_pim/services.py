"""Writes of the PIM outbox: what must reach PIM, decided in the transaction that changed a page.

For each language of a page the outbox compares what PIM should hold now (the page is
live, shared, public and written in that language, with this content hash) with what
PIM holds or is about to hold: the newest entry that was delivered or is being sent.
It writes an entry only for a difference — an ``upsert`` for new or changed content, a
``delete`` for an item PIM holds that must go — and replaces (``superseded``) any entry
still waiting for the same page and language. So republishing unchanged content sends
nothing, and a quick unpublish-republish sends nothing either.

Entries waiting or being sent are locked (``SELECT … FOR UPDATE``) while deciding, so a
worker cannot start sending one that this transaction is replacing; workers claim with
``SKIP LOCKED`` and never wait for an editor's transaction.
"""

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, Q
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from sync_pim.adapters import push_configuration
from sync_pim.models import OutboxAction, OutboxEntry, OutboxState, PimCategory, PimShareable
from sync_pim.payload import (
    ancestry_remembered,
    delete_payload,
    is_private,
    shared_languages,
    upsert_payloads,
)
from sync_pim.selectors.feeds import shareable_page_models

#: Entries a worker may still send: replaced by a newer decision.
REPLACEABLE = (OutboxState.PENDING, OutboxState.FAILED)
#: Up to this many new entries in one transaction are sent by one task naming them; with
#: more (a resync, a restriction on a whole HUB), drain tasks take what is due.
NAMED_ENTRIES_UP_TO = 20
ENTRIES_PER_DRAIN_TASK = 200
MAX_DRAIN_TASKS = 4
RESEND_PAGES_PER_TRANSACTION = 50


class OutboxError(Exception):
    """An outbox action refused; the message is for the editor (translated)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ResendReport:
    #: Shared, live, public pages looked at.
    pages: int = 0
    #: Entries written (one per page and language).
    entries: int = 0
    #: Languages not queued again because the same content is already waiting to be sent.
    skipped: int = 0


@dataclass
class _Decision:
    created: list[OutboxEntry] = field(default_factory=list)
    kept: int = 0


def _queue_delivery(entry_ids: list[int]) -> None:
    """After commit, let the workers send ``entry_ids`` (nothing while the push is not on)."""
    if not entry_ids or not push_configuration().is_on:
        return

    def queue() -> None:
        from sync_pim import tasks

        if len(entry_ids) <= NAMED_ENTRIES_UP_TO:
            tasks.deliver_outbox_entries.delay(entry_ids)
            return
        drains = min(math.ceil(len(entry_ids) / ENTRIES_PER_DRAIN_TASK), MAX_DRAIN_TASKS)
        for _drain in range(drains):
            tasks.deliver_due_outbox.delay()

    transaction.on_commit(queue, robust=True)


_COMPARED_FIELDS = (
    "id",
    "page_id",
    "language",
    "action",
    "state",
    "content_hash",
    "revision_id",
    "category",
    "hub",
    "title",
)


def _entries_to_compare(page_id: int) -> list[OutboxEntry]:
    """Entries still open and the last delivered one of each language, oldest first, locked.

    In SQL because it runs in every publication (shared or not), where building the
    query through the ORM took longer than running it. The last delivered entry is found
    among the page's own rows (``MAX(CASE …)``), so that the only index the planner can
    pick is the page's, never the one on ``state`` (which every delivered row is in).
    """
    table = OutboxEntry._meta.db_table
    columns = ", ".join(_COMPARED_FIELDS)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    sql = (
        f"SELECT {columns} FROM {table} WHERE page_id = %s AND ("  # noqa: S608 - model names
        f"state IN (%s, %s, %s) OR id IN (SELECT MAX(CASE WHEN state = %s THEN id END)"
        f" FROM {table} WHERE page_id = %s GROUP BY language)) ORDER BY id{lock}"
    )
    states = [str(state) for state in OutboxEntry.OPEN_STATES]
    params = [page_id, *states, str(OutboxState.DELIVERED), page_id]
    return list(OutboxEntry.objects.raw(sql, params))


def _supersede(entries: Iterable[OutboxEntry]) -> None:
    ids = [entry.pk for entry in entries]
    if ids:
        OutboxEntry.objects.filter(pk__in=ids, state__in=REPLACEABLE).update(
            state=OutboxState.SUPERSEDED, updated_at=timezone.now()
        )


def _decide(
    *, page_id: int, page: Page | None, force: bool
) -> tuple[_Decision, list[OutboxEntry], list[OutboxEntry]]:
    """Compare; return the decision, the rows to insert (not yet saved) and the waiting
    entries they replace (not yet marked)."""
    decision = _Decision()
    tree = None
    if page is not None and page.live and getattr(page, "share_with_pim", False):
        tree = ancestry_remembered(page)
    wanted = shared_languages(page, tree=tree) if tree is not None else []
    entries = _entries_to_compare(page_id)
    languages = list(dict.fromkeys([*wanted, *(entry.language for entry in entries)]))
    if not languages:
        return decision, [], []
    payloads = upsert_payloads(page, wanted, tree=tree) if wanted else {}
    replaced: list[OutboxEntry] = []
    removed: list[OutboxEntry] = []  # what PIM holds of each language to remove
    new_rows: list[OutboxEntry] = []
    for code in languages:
        mine = [entry for entry in entries if entry.language == code]
        waiting = [entry for entry in mine if entry.state in REPLACEABLE]
        # What PIM holds, or will hold once the entry being sent arrives.
        baseline = next(
            (e for e in reversed(mine) if e.state in (OutboxState.SENDING, OutboxState.DELIVERED)),
            None,
        )
        latest_waiting = waiting[-1] if waiting else None
        payload = payloads.get(code)
        if payload is not None:
            if (
                latest_waiting is not None
                and latest_waiting.action == OutboxAction.UPSERT
                and latest_waiting.content_hash == payload["content_hash"]
                and latest_waiting.revision_id == payload["revision"]
            ):
                replaced += waiting[:-1]
                decision.kept += 1
                continue
            replaced += waiting
            held = (
                baseline is not None
                and baseline.action == OutboxAction.UPSERT
                and baseline.content_hash == payload["content_hash"]
            )
            if force or not held:
                new_rows.append(_upsert_row(page, code, payload))
        else:
            if latest_waiting is not None and latest_waiting.action == OutboxAction.DELETE:
                replaced += waiting[:-1]
                continue
            replaced += waiting
            if baseline is not None and baseline.action == OutboxAction.UPSERT:
                removed.append(baseline)
    if removed:
        sent = dict(
            OutboxEntry.objects.filter(pk__in=[entry.pk for entry in removed]).values_list(
                "pk", "payload"
            )
        )
        now = timezone.now()
        new_rows += [
            _delete_row(page_id, entry.language, entry, sent[entry.pk], removed_at=now)
            for entry in removed
        ]
    return decision, new_rows, replaced


def _supersede_and_insert(
    replaced: list[OutboxEntry], rows: list[OutboxEntry]
) -> list[OutboxEntry]:
    """Mark ``replaced`` superseded and insert ``rows``, in one statement on PostgreSQL.

    Two round trips in every publication of a shared page became one: the ``UPDATE``
    runs as a data-modifying ``WITH`` of the ``INSERT`` that Django's own compiler
    writes for ``rows`` (defaults, ``auto_now`` and JSON handled as ``bulk_create``
    does). Elsewhere, or with nothing to replace, the two plain statements.
    """
    if not (replaced and rows and connection.vendor == "postgresql"):
        _supersede(replaced)
        return OutboxEntry.objects.bulk_create(rows) if rows else []
    meta = OutboxEntry._meta
    query = InsertQuery(OutboxEntry)
    query.insert_values([f for f in meta.concrete_fields if not f.primary_key], rows)
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = [meta.pk]
    [(insert_sql, insert_params)] = compiler.as_sql()
    table = connection.ops.quote_name(meta.db_table)
    update_sql = (
        f"WITH superseded AS (UPDATE {table} SET state = %s, updated_at = %s"  # noqa: S608
        f" WHERE {connection.ops.quote_name(meta.pk.column)} = ANY(%s) AND state IN (%s, %s)) "
    )
    update_params = [
        str(OutboxState.SUPERSEDED),
        timezone.now(),
        [entry.pk for entry in replaced],
        *(str(state) for state in REPLACEABLE),
    ]
    with connection.cursor() as cursor:
        cursor.execute(update_sql + insert_sql, [*update_params, *insert_params])
        ids = [row[0] for row in cursor.fetchall()]
    for row, pk in zip(rows, ids, strict=True):
        row.pk = pk
        row._state.adding = False
        row._state.db = connection.alias
    return rows


def _upsert_row(page: Page, code: str, payload: dict) -> OutboxEntry:
    return OutboxEntry(
        page_id=page.pk,
        language=code,
        action=OutboxAction.UPSERT,
        category=payload["category"],
        hub=(payload["hub"] or {}).get("code", "")[:40],
        title=payload["title"][:255],
        revision_id=payload["revision"],
        payload=payload,
        content_hash=payload["content_hash"],
    )


def _delete_row(
    page_id: int, code: str, baseline: OutboxEntry, previous: dict, *, removed_at
) -> OutboxEntry:
    payload = delete_payload(
        page_id=page_id, language=code, previous=previous, removed_at=removed_at
    )
    return OutboxEntry(
        page_id=page_id,
        language=code,
        action=OutboxAction.DELETE,
        category=baseline.category,
        hub=baseline.hub,
        title=baseline.title,
        payload=payload,
        content_hash=payload["content_hash"],
    )


def _record(*, page_id: int, page: Page | None, force: bool, schedule: bool = True) -> _Decision:
    # No savepoint: in a publication this runs inside the page's own transaction, and an
    # outbox that cannot be written must fail the publication, not half of it.
    with transaction.atomic(savepoint=False):
        decision, rows, replaced = _decide(page_id=page_id, page=page, force=force)
        decision.created = _supersede_and_insert(replaced, rows)
        if decision.created and schedule:
            _queue_delivery([entry.pk for entry in decision.created])
    return decision


def outbox_record_page(*, page: Page, force: bool = False) -> list[OutboxEntry]:
    """Write what ``page`` now means for PIM, in the caller's transaction; return new entries.

    ``force`` sends every language PIM should hold even when it already holds that content
    (a resync). Delivery is queued for after the commit.
    """
    if not isinstance(page, PimShareable):
        page = page.specific
    return _record(page_id=page.pk, page=page, force=force).created


def outbox_record_deletion(*, page_id: int) -> list[OutboxEntry]:
    """``page_id`` is being deleted: remove from PIM every language it holds or will hold."""
    return _record(page_id=page_id, page=None, force=False).created


def outbox_record_subtree(*, page: Page) -> list[OutboxEntry]:
    """Record ``page`` and every page below it that is shared or was sent to PIM.

    For a change that reaches a whole branch: privacy set or removed on a section, a move.
    """
    created: list[OutboxEntry] = []
    sent_before = OutboxEntry.objects.values("page_id")
    for model in shareable_page_models():
        pages = model.objects.descendant_of(page, inclusive=True).filter(
            Q(share_with_pim=True) | Q(pk__in=sent_before)
        )
        for each in pages.order_by("path"):
            created += _record(page_id=each.pk, page=each, force=False).created
    return created


def _current_hash(entry: OutboxEntry, page: Page | None) -> str | None:
    """The hash PIM should hold now for the entry's page and language; None: nothing."""
    if page is None or entry.language not in shared_languages(page):
        return None
    payload = upsert_payloads(page, [entry.language]).get(entry.language)
    return payload["content_hash"] if payload else None


def outbox_entry_retry(*, entry: OutboxEntry) -> OutboxEntry:
    """Send a dead or failed entry again now: attempts start over, the attempt log stays."""
    with transaction.atomic():
        entry = OutboxEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.state not in (OutboxState.DEAD, OutboxState.FAILED):
            raise OutboxError(
                _("Only a dead or failed entry can be sent again; this one is “%(state)s”.")
                % {"state": entry.get_state_display()}
            )
        newer = OutboxEntry.objects.filter(
            page_id=entry.page_id, language=entry.language, pk__gt=entry.pk
        ).exclude(state=OutboxState.SUPERSEDED)
        if newer.exists():
            raise OutboxError(_("A newer message for this page and language replaces this one."))
        page = Page.objects.filter(pk=entry.page_id).first()
        page = page.specific if page is not None else None
        if entry.action == OutboxAction.UPSERT:
            if page is None:
                raise OutboxError(_("The page has been deleted: there is nothing to send."))
            if is_private(page):
                raise OutboxError(
                    _("The page is private now: private pages are never sent to PIM.")
                )
            if _current_hash(entry, page) != entry.content_hash:
                raise OutboxError(
                    _(
                        "The page has changed since this message was written, or is no "
                        "longer shared: publish it again to send its current content."
                    )
                )
        elif _current_hash(entry, page) is not None:
            raise OutboxError(_("The page is published and shared again: PIM should keep it."))
        entry.state = OutboxState.PENDING
        entry.attempts = 0
        entry.next_attempt_at = timezone.now()
        entry.last_error = ""
        entry.save(
            update_fields=["state", "attempts", "next_attempt_at", "last_error", "updated_at"]
        )
        _queue_delivery([entry.pk])
    return entry


def _pages_to_resend(category: str | None) -> list[tuple[type[Page], int]]:
    found = []
    for model in shareable_page_models():
        pages = model.objects.live().public().filter(share_with_pim=True)
        if category:
            same = Q(pim_category=category)
            if model.default_pim_category == category:
                same |= Q(pim_category="")
            pages = pages.filter(same)
        found += [(model, pk) for pk in pages.values_list("pk", flat=True)]
    return sorted(found, key=lambda item: item[1])


def outbox_resend(
    *,
    category: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ResendReport:
    """Send again every shared, live, public page (of ``category``), whatever PIM holds.

    Pages are written a few dozen per transaction, so a resync of thousands never holds
    long locks; with ``dry_run`` each transaction is rolled back and nothing is queued.
    """
    if category and category not in PimCategory.values:
        raise OutboxError(
            _("Unknown PIM category “%(category)s”; choose one of: %(choices)s.")
            % {"category": category, "choices": ", ".join(PimCategory.values)}
        )
    found = _pages_to_resend(category)
    report = ResendReport()
    total = len(found)
    if progress:
        progress(0, total)
    for start in range(0, total, RESEND_PAGES_PER_TRANSACTION):
        chunk = found[start : start + RESEND_PAGES_PER_TRANSACTION]
        with transaction.atomic():
            created: list[int] = []
            for model in {model for model, _pk in chunk}:
                ids = [pk for each, pk in chunk if each is model]
                for page in model.objects.filter(pk__in=ids).order_by("pk"):
                    decision = _record(page_id=page.pk, page=page, force=True, schedule=False)
                    report.pages += 1
                    report.entries += len(decision.created)
                    report.skipped += decision.kept
                    created += [entry.pk for entry in decision.created]
            if dry_run:
                transaction.set_rollback(True)
            else:
                _queue_delivery(created)
        if progress:
            progress(min(start + len(chunk), total), total)
    return report


def outbox_counts() -> dict[str, int]:
    """How many entries are in each state (every state listed, zero included)."""
    counts = dict(OutboxEntry.objects.order_by().values_list("state").annotate(count=Count("pk")))
    return {state: counts.get(state, 0) for state in OutboxState.values}
