"""Writes of the feed import: a feed's events created, updated or cancelled, and its report.

Each run fetches the feed and reads it before touching the database, so a feed that
cannot be fetched or read changes nothing (its report says why). The events are then
written in one transaction holding the feed's row: two runs of one feed (the nightly
one and an editor's "import now") never interleave; the second reports that the first
is running.

Events go through Wagtail revisions (``save_revision().publish()``), so the events app
writes their dates (``events.signals``), the translation status notices the Italian
change, and the page history says what the import did. An event is published again
only when what the portal takes from its entry changed (``SourceEvent.source_hash``).

An event that leaves the feed is marked cancelled, never deleted, while it still has
dates to come: people may have planned to go. One whose dates are all past is left as
it is: many municipalities publish only their upcoming events, and an old event
dropping out of the feed is no cancellation.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events.imports.fetch import FetchError, feed_fetch, fetch_limits
from events.imports.mapping import EntryProblem, SourceEvent
from events.imports.parse import FeedFormatError, ParsedFeed, feed_parse
from events.imports.report import ImportReport
from events.models import EventFeed, EventOccurrence, EventPage, EventStatus, ImportedEvent
from hubs.models import HubPage
from portal.languages import SOURCE_LANGUAGE

logger = logging.getLogger(__name__)

#: Longest slug made from an imported title (Wagtail's own limit is 255).
SLUG_LENGTH = 80
CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def _free_slug(parent: HubPage, title: str) -> str:
    base = slugify(title, allow_unicode=False)[:SLUG_LENGTH].strip("-") or "evento"
    taken = set(
        parent.get_children().filter(slug_it__startswith=base).values_list("slug_it", flat=True)
    )
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _write(page: EventPage, source: SourceEvent) -> None:
    for name, value in source.fields.items():
        setattr(page, name, value)
    page.title = source.fields["title_it"]


def _save(page: EventPage, *, publish: bool) -> None:
    """A new revision by nobody (the import), published when the page is on the site.

    An editor who unpublished an imported event meant it: a change in the source saves
    a draft the editor can publish, rather than putting the event back on the site.
    """
    revision = page.save_revision(log_action=True)
    if publish:
        revision.publish()


def _create(*, feed: EventFeed, hub: HubPage, source: SourceEvent, now) -> None:
    page = EventPage(slug=_free_slug(hub, source.title), **source.fields)
    page.title = source.title
    page.slug_it = page.slug
    hub.add_child(instance=page)
    _save(page, publish=True)
    ImportedEvent.objects.create(
        feed=feed,
        uid=source.uid,
        event=page,
        source_hash=source.source_hash,
        source_modified_at=source.modified_at,
        imported_at=now,
    )


def _update(*, link: ImportedEvent, source: SourceEvent, now) -> str:
    if link.source_hash == source.source_hash and link.removed_at is None:
        return UNCHANGED
    live = link.event.live
    # The latest revision, not the live page: translations an editor saved as a draft
    # stay (they are published with the source's change).
    page = link.event.get_latest_revision_as_object()
    _write(page, source)
    _save(page, publish=live)
    link.source_hash = source.source_hash
    link.source_modified_at = source.modified_at
    link.imported_at = now
    link.removed_at = None
    link.save(update_fields=["source_hash", "source_modified_at", "imported_at", "removed_at"])
    return UPDATED


def _has_dates_to_come(event: EventPage, now) -> bool:
    return EventOccurrence.objects.filter(event=event, end__gt=now).exists()


def _remove(*, feed: EventFeed, link: ImportedEvent, now) -> bool:
    """Mark the event of an entry gone from the feed; ``True`` when it was cancelled."""
    cancelled = False
    if _has_dates_to_come(link.event, now) and link.event.status != EventStatus.CANCELLED:
        live = link.event.live
        page = link.event.get_latest_revision_as_object()
        page.status = EventStatus.CANCELLED
        page.status_note_it = _("This event is no longer in the calendar “%(feed)s”.") % {
            "feed": feed.name
        }
        _save(page, publish=live)
        cancelled = True
    link.removed_at = now
    link.save(update_fields=["removed_at"])
    return cancelled


def _store(feed: EventFeed, report: ImportReport, now) -> None:
    # An update of the three columns only: an editor may be saving the feed meanwhile.
    values = {"last_run_at": now, "last_result": report.result, "last_report": report.as_json()}
    EventFeed.objects.filter(pk=feed.pk).update(**values)
    for name, value in values.items():
        setattr(feed, name, value)


def _read(feed: EventFeed) -> ParsedFeed:
    timeout, max_bytes = fetch_limits()
    return feed_parse(feed_fetch(feed.url, timeout=timeout, max_bytes=max_bytes))


def _apply(feed: EventFeed, parsed: ParsedFeed, report: ImportReport, now) -> None:
    hub = HubPage.objects.get(pk=feed.hub_id)
    links = {link.uid: link for link in feed.imported_events.select_related("event")}
    for source in parsed.events:
        try:
            with transaction.atomic():
                link = links.get(source.uid)
                if link is None:
                    _create(feed=feed, hub=hub, source=source, now=now)
                    outcome = CREATED
                else:
                    outcome = _update(link=link, source=source, now=now)
        except (ValidationError, EntryProblem) as error:
            detail = "; ".join(getattr(error, "messages", [str(error)]))
            report.add_problem(uid=source.uid, title=source.title, kind="invalid", detail=detail)
            continue
        if outcome == CREATED:
            report.created += 1
        elif outcome == UPDATED:
            report.updated += 1
        else:
            report.unchanged += 1
        for warning in source.warnings:
            report.add_warning(
                uid=source.uid, title=source.title, kind=warning.kind, detail=warning.detail
            )
    for uid, link in links.items():
        if uid in parsed.seen or link.removed_at is not None:
            continue
        with transaction.atomic():
            if _remove(feed=feed, link=link, now=now):
                report.removed += 1


def event_feed_import(*, feed: EventFeed, now=None) -> ImportReport:
    """Import ``feed`` now: its events under its HUB, and its report on the feed.

    A feed that cannot be fetched (HTTP error, timeout, too large) or is no calendar
    changes nothing and reports why; broken entries are reported and the others
    imported. Runs in Italian whatever the caller's language: the source's texts are
    the Italian fields, and what the import writes is written in Italian.
    """
    now = now or timezone.now()
    report = ImportReport()
    with translation.override(SOURCE_LANGUAGE):
        try:
            parsed = _read(feed)
        except (FetchError, FeedFormatError) as error:
            report.failure, report.failure_detail = error.kind, error.detail[:300]
            logger.warning("Event feed %s (%s) not imported: %s", feed.pk, feed.url, error)
            _store(feed, report, now)
            return report
        for entry in parsed.broken:
            report.add_problem(
                uid=entry.uid,
                title=entry.title,
                kind=entry.problem.kind,
                detail=entry.problem.detail,
            )
        with transaction.atomic():
            mine = EventFeed.objects.select_for_update(skip_locked=True).filter(pk=feed.pk)
            if not list(mine.values_list("pk", flat=True)):
                report.failure = "already-running"
                return report
            _apply(feed, parsed, report, now)
            _store(feed, report, now)
    logger.info(
        "Event feed %s imported: %s created, %s updated, %s unchanged, %s cancelled, %s left out",
        feed.pk,
        report.created,
        report.updated,
        report.unchanged,
        report.removed,
        report.problem_count,
    )
    return report
