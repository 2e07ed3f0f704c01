"""Which changes write which outbox entries, in the transaction making the change."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from sync_pim.models import OutboxEntry, OutboxState
from sync_pim.services import (
    OutboxError,
    outbox_counts,
    outbox_entry_retry,
    outbox_record_page,
    outbox_resend,
)
from tests import factories
from tests.sync_pim.outbox_support import hub, shared_guide

pytestmark = pytest.mark.django_db


def entries(page, **filters) -> list[tuple[str, str, str]]:
    rows = OutboxEntry.objects.filter(page_id=page.pk, **filters).order_by("language", "pk")
    return [(row.language, row.action, row.state) for row in rows]


def open_entries(page) -> list[tuple[str, str]]:
    rows = OutboxEntry.objects.filter(page_id=page.pk, state=OutboxState.PENDING)
    return sorted((row.language, row.action) for row in rows)


def mark_delivered(page) -> None:
    """As if a worker had delivered every entry waiting for ``page``."""
    OutboxEntry.objects.filter(page_id=page.pk, state=OutboxState.PENDING).update(
        state=OutboxState.DELIVERED
    )


def test_publishing_a_shared_guide_writes_one_upsert_per_language():
    guide = shared_guide()

    assert entries(guide) == [
        ("ar", "upsert", "pending"),
        ("en", "upsert", "pending"),
        ("it", "upsert", "pending"),
    ]
    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    assert entry.category == "guide"
    assert entry.hub == "lavoro"
    assert entry.title == guide.title_it
    assert entry.revision_id == guide.live_revision_id
    assert entry.content_hash == entry.payload["content_hash"]


def test_an_unshared_guide_writes_nothing():
    guide = factories.guide_page(parent=hub(), live=False)
    factories.publish(guide)

    assert entries(guide) == []


def test_the_entries_are_written_in_the_publishing_transaction():
    guide = factories.guide_page(parent=hub(), title_en="Guide")
    assert entries(guide) == []

    with pytest.raises(RuntimeError), transaction.atomic():
        guide.share_with_pim = True
        guide.pim_category = "guide"
        factories.publish(guide)
        assert len(entries(guide)) == 3
        raise RuntimeError("the publication fails after the page was saved")

    assert entries(guide) == []


def test_republishing_unchanged_content_sends_nothing_and_an_edit_sends_one_upsert():
    guide = shared_guide()
    mark_delivered(guide)

    factories.publish(guide)
    assert open_entries(guide) == []

    guide.intro_it = "Una nuova introduzione, solo in italiano."
    factories.publish(guide)
    assert open_entries(guide) == [("it", "upsert")]


def test_a_newer_revision_supersedes_the_one_still_waiting():
    guide = shared_guide()
    first = OutboxEntry.objects.get(page_id=guide.pk, language="it")

    guide.intro_it = "Cambiata prima dell'invio."
    factories.publish(guide)

    first.refresh_from_db()
    assert first.state == OutboxState.SUPERSEDED
    assert open_entries(guide) == [("ar", "upsert"), ("en", "upsert"), ("it", "upsert")]


def test_unpublishing_sends_a_delete_for_what_pim_holds_only():
    guide = shared_guide()
    OutboxEntry.objects.filter(page_id=guide.pk, language__in=["it", "ar"]).update(
        state=OutboxState.DELIVERED
    )

    guide.unpublish()

    # English was never delivered: its waiting upsert is simply replaced by nothing.
    assert entries(guide, state=OutboxState.PENDING) == [
        ("ar", "delete", "pending"),
        ("it", "delete", "pending"),
    ]
    assert entries(guide, language="en") == [("en", "upsert", "superseded")]
    delete = OutboxEntry.objects.get(page_id=guide.pk, language="it", action="delete")
    assert delete.payload["action"] == "delete"
    assert delete.payload["url"].startswith("http")


def test_unpublishing_then_republishing_before_delivery_leaves_nothing_to_send():
    guide = shared_guide()
    mark_delivered(guide)

    guide.unpublish()
    factories.publish(guide)

    assert open_entries(guide) == []


def test_unticking_sharing_sends_deletes():
    guide = shared_guide()
    mark_delivered(guide)

    guide.share_with_pim = False
    factories.publish(guide)

    assert open_entries(guide) == [("ar", "delete"), ("en", "delete"), ("it", "delete")]


def test_a_draft_saved_on_a_live_page_writes_nothing():
    guide = shared_guide()
    mark_delivered(guide)

    guide.share_with_pim = False  # unticked in a draft, not published
    guide.save_revision()

    assert open_entries(guide) == []


def test_privacy_on_a_hub_removes_its_guides_and_lifting_it_sends_them_again():
    salute = hub("salute")
    guide = shared_guide(parent=salute)
    mark_delivered(guide)

    restriction = PageViewRestriction(page=salute, restriction_type=PageViewRestriction.LOGIN)
    restriction.save()
    assert open_entries(guide) == [("ar", "delete"), ("en", "delete"), ("it", "delete")]

    mark_delivered(guide)
    restriction.delete()
    assert open_entries(guide) == [("ar", "upsert"), ("en", "upsert"), ("it", "upsert")]


def test_a_private_page_writes_no_upsert_whatever_its_flag():
    salute = hub("salute")
    guide = factories.guide_page(parent=salute, title_en="Guide")
    PageViewRestriction.objects.create(page=salute, restriction_type=PageViewRestriction.LOGIN)
    # The editor's form refuses the flag on a private page; set it behind its back.
    type(guide).objects.filter(pk=guide.pk).update(share_with_pim=True, pim_category="guide")
    guide.refresh_from_db()

    assert outbox_record_page(page=guide, force=True) == []
    assert entries(guide) == []


def test_publishing_reads_the_tree_above_the_page_once():
    guide = shared_guide()
    mark_delivered(guide)
    guide.intro_it = "Testo cambiato."
    revision = guide.save_revision()

    with CaptureQueriesContext(connection) as queries:
        revision.publish()

    # The page's validation and its outbox entry both need privacy and HUB: one query.
    tree_reads = [q for q in queries.captured_queries if "pageviewrestriction" in q["sql"]]
    assert len(tree_reads) == 1
    assert open_entries(guide) == [("it", "upsert")]  # only the Italian text changed


def test_the_tree_read_by_validation_is_not_reused_by_a_later_transaction():
    salute = hub("salute")
    guide = shared_guide(parent=salute)
    mark_delivered(guide)
    guide.full_clean()  # as the editor's form does, outside the save that follows

    PageViewRestriction.objects.create(page=salute, restriction_type=PageViewRestriction.LOGIN)
    mark_delivered(guide)
    guide.intro_it = "Testo cambiato."
    guide.save(clean=False)

    # Saved without validation, in a transaction of its own: the outbox looks again.
    assert open_entries(guide) == []


def test_moving_a_guide_to_another_hub_sends_its_new_address():
    hubs = {"lavoro": hub("lavoro"), "salute": hub("salute")}
    guide = shared_guide(parent=hubs["lavoro"])
    mark_delivered(guide)
    old_url = OutboxEntry.objects.get(page_id=guide.pk, language="it").payload["url"]

    guide.move(hubs["salute"], pos="last-child")

    assert open_entries(guide) == [("ar", "upsert"), ("en", "upsert"), ("it", "upsert")]
    moved = OutboxEntry.objects.get(page_id=guide.pk, language="it", state=OutboxState.PENDING)
    assert moved.payload["hub"]["code"] == "salute"
    assert moved.hub == "salute"
    assert moved.payload["url"] != old_url


def test_deleting_a_hub_sends_a_delete_for_each_guide_pim_holds():
    salute = hub("salute")
    guide = shared_guide(parent=salute)
    mark_delivered(guide)
    guide_id = guide.pk

    Page.objects.get(pk=salute.pk).delete()

    rows = OutboxEntry.objects.filter(page_id=guide_id, state=OutboxState.PENDING)
    assert sorted((row.language, row.action) for row in rows) == [
        ("ar", "delete"),
        ("en", "delete"),
        ("it", "delete"),
    ]


def test_force_sends_again_what_pim_already_holds():
    guide = shared_guide()
    mark_delivered(guide)

    created = outbox_record_page(page=guide, force=True)

    assert sorted(entry.language for entry in created) == ["ar", "en", "it"]


def test_retry_puts_a_dead_entry_back_in_the_queue_and_keeps_its_log():
    guide = shared_guide()
    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    entry.attempt_log.create(status_code=400, error="HTTP 400: bad")
    OutboxEntry.objects.filter(pk=entry.pk).update(
        state=OutboxState.DEAD, attempts=1, last_error="HTTP 400: bad"
    )

    retried = outbox_entry_retry(entry=entry)

    assert retried.state == OutboxState.PENDING
    assert retried.attempts == 0
    assert retried.attempt_log.count() == 1
    with translation.override("en"), pytest.raises(OutboxError, match="Only a dead or failed"):
        outbox_entry_retry(entry=retried)


def test_retry_refuses_a_page_made_private_since():
    salute = hub("salute")
    guide = shared_guide(parent=salute)
    entry = OutboxEntry.objects.get(page_id=guide.pk, language="it")
    OutboxEntry.objects.filter(pk=entry.pk).update(state=OutboxState.DEAD)
    PageViewRestriction.objects.create(page=salute, restriction_type=PageViewRestriction.LOGIN)

    with pytest.raises(OutboxError, match="private"):
        outbox_entry_retry(entry=entry)

    entry.refresh_from_db()
    assert entry.state == OutboxState.DEAD


def test_resend_forces_every_shared_public_page_and_dry_run_writes_nothing():
    guide = shared_guide()
    mark_delivered(guide)
    private_hub = hub("salute")
    shared_guide(parent=private_hub)
    PageViewRestriction.objects.create(page=private_hub, restriction_type="login")
    calls = []

    dry = outbox_resend(dry_run=True, progress=lambda done, total: calls.append((done, total)))
    assert (dry.pages, dry.entries, dry.skipped) == (1, 3, 0)
    assert open_entries(guide) == []
    assert calls[0] == (0, 1) and calls[-1] == (1, 1)

    report = outbox_resend(category="guide")
    assert (report.pages, report.entries) == (1, 3)
    assert open_entries(guide) == [("ar", "upsert"), ("en", "upsert"), ("it", "upsert")]
    assert outbox_resend(category="news").pages == 0


def test_resend_refuses_an_unknown_category_with_the_valid_ones():
    with (
        translation.override("en"),
        pytest.raises(OutboxError, match=r"Unknown PIM category “recipes”.*guide"),
    ):
        outbox_resend(category="recipes")
    with translation.override("en"), pytest.raises(CommandError, match="Unknown PIM category"):
        call_command("pim_resync", "--category", "recipes")


def test_the_resync_command_shows_progress_and_counts(capsys):
    shared_guide()
    OutboxEntry.objects.update(state=OutboxState.DELIVERED)

    call_command("pim_resync", "--dry-run")
    output = capsys.readouterr().out
    assert "1/1 pages" in output
    assert "1 pages: 3 items would be queued" in output
    assert outbox_counts()["pending"] == 0

    call_command("pim_resync")
    assert "3 items queued" in capsys.readouterr().out
    counts = outbox_counts()
    assert counts["pending"] == 3
    assert counts["delivered"] == 3
    assert set(counts) == set(OutboxState.values)
