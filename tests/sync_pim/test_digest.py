"""The weekly e-mail to PIM's editors: last ISO week's shares, updates and removals, once."""

import datetime
import logging
import zoneinfo

import pytest
from django.core import mail
from django.utils import translation

from sync_pim.digest import pim_digest_send, previous_week
from sync_pim.models import OutboxEntry, OutboxState, PimCategory, PimDigest
from tests import factories
from tests.live_server import free_port
from tests.services import require_postgres

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.sync_pim.feeds_support")]

ROME = zoneinfo.ZoneInfo("Europe/Rome")
#: A Wednesday of week 2026-W49: the digest covers 2026-W48, Monday 23 to Sunday 29 November.
TODAY = datetime.date(2026, 12, 2)
IN_THE_WEEK = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=ROME)
BEFORE_THE_WEEK = datetime.datetime(2026, 11, 10, 10, 0, tzinfo=ROME)
RECIPIENTS = ["redazione@pim.example.it", "curatore@pim.example.it"]


@pytest.fixture(autouse=True)
def _mail(settings):
    require_postgres()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PIM_DIGEST_RECIPIENTS = RECIPIENTS


def outbox_row(page, *, language="it", action="upsert", at=IN_THE_WEEK, **fields) -> OutboxEntry:
    """An outbox row as the outbox writes it, created at ``at``."""
    page_id = page if isinstance(page, int) else page.pk
    values = {
        "page_id": page_id,
        "language": language,
        "action": action,
        "category": "guide",
        "hub": "lavoro",
        "title": getattr(page, f"title_{language}", "") or f"Pagina {page_id}",
        "state": OutboxState.DELIVERED,
        **fields,
    }
    row = OutboxEntry.objects.create(**values)
    OutboxEntry.objects.filter(pk=row.pk).update(created_at=at)
    return row


@pytest.fixture
def week():
    """A week with a new share, an update, a removal, and rows that are not changes."""
    hubs = factories.hubs()
    new = factories.guide_page(
        parent=hubs["lavoro"], title_it="Iscriversi al centro per l'impiego", title_ar="تسجيل"
    )
    outbox_row(new)
    outbox_row(new, language="ar")

    updated = factories.guide_page(parent=hubs["salute"], title_it="Scegliere il medico di base")
    outbox_row(updated, at=BEFORE_THE_WEEK, hub="salute")
    outbox_row(updated, hub="salute", category="service")

    removed = factories.guide_page(parent=hubs["lavoro"], title_it="Una guida ritirata")
    outbox_row(removed, at=BEFORE_THE_WEEK)
    removed.unpublish()
    outbox_row(removed, action="delete")

    # PIM held it in two languages and lost one of them.
    two = factories.guide_page(
        parent=hubs["lavoro"], title_it="Guida in due lingue", title_ar="دليل"
    )
    outbox_row(two, at=BEFORE_THE_WEEK)
    outbox_row(two, language="ar", at=BEFORE_THE_WEEK)
    outbox_row(two, language="ar", action="delete")

    # Not changes PIM was told about, or not in the week.
    outbox_row(9003, title="Sostituita", state=OutboxState.SUPERSEDED)
    outbox_row(9003, title="Sostituita", state=OutboxState.SKIPPED, language="ar")
    outbox_row(9004, title="Della settimana prima", at=BEFORE_THE_WEEK)
    # Monday 00:30 in Rome is still Sunday in UTC, and already the next week.
    outbox_row(
        9004, title="Della settimana dopo", at=datetime.datetime(2026, 11, 30, 0, 30, tzinfo=ROME)
    )
    # Sunday 23:30 in Rome is Sunday 22:30 in UTC: in the week.
    outbox_row(
        9005,
        title="Pubblicata domenica sera",
        at=datetime.datetime(2026, 11, 29, 23, 30, tzinfo=ROME),
    )
    return {"new": new, "updated": updated, "removed": removed, "hubs": hubs}


@pytest.fixture
def one_change():
    """One page published in the week: rows only, for the mechanics of sending."""
    return outbox_row(9001, title="Una guida della settimana")


def blocks(body: str) -> list[str]:
    """The e-mail's paragraphs: introduction, one per section, feeds, signature."""
    return [block for block in body.split("\n\n") if block.strip()]


def test_previous_week_is_the_iso_week_before_in_rome():
    name, start, end = previous_week(TODAY)

    assert name == "2026-W48"
    assert start == datetime.datetime(2026, 11, 23, tzinfo=ROME)
    assert end == datetime.datetime(2026, 11, 30, tzinfo=ROME)
    assert previous_week(datetime.date(2026, 11, 30))[0] == "2026-W48"
    assert previous_week(datetime.date(2027, 1, 4))[0] == "2026-W53"


def test_digest_lists_new_updated_and_removed_pages_with_links(week):
    record = pim_digest_send(today=TODAY)

    assert record is not None
    assert (record.week, record.items, record.recipients) == ("2026-W48", 5, RECIPIENTS)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(RECIPIENTS)
    message = mail.outbox[0]
    assert message.subject.startswith("ER Integrazione → PIM")
    assert "2026-W48" in message.subject
    assert message.extra_headers["Content-Language"] == "it"
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    _intro, new, updated, removed, feeds, _signature = blocks(message.body)
    new_url = week["new"].get_full_url()
    assert new_url.startswith("http://localhost/it/")
    assert "Iscriversi al centro per l'impiego" in new
    assert new_url in new
    assert "it, ar" in new
    assert "Pubblicata domenica sera" in new
    with translation.override("it"):
        service = str(PimCategory.SERVICE.label)
    assert "Scegliere il medico di base" in updated
    assert f"{service} · HUB {week['hubs']['salute'].title_it}" in updated
    assert week["updated"].get_full_url() in updated
    two_languages = updated.split("Guida in due lingue\n")[1].splitlines()[0]
    assert two_languages.rstrip().endswith(": ar")
    assert "Una guida ritirata" in removed
    assert "http" not in removed
    for absent in ("Sostituita", "Della settimana prima", "Della settimana dopo"):
        assert absent not in message.body
    assert "http://localhost/feeds/pim/it.atom" in feeds
    assert "http://localhost/feeds/pim/ar.json" in feeds
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'<a href="{new_url}">' in html
    assert 'lang="it"' in html
    assert "<script" not in html and "<img" not in html and "<link" not in html


def test_digest_is_sent_once_per_week(one_change):
    first = pim_digest_send(today=TODAY)
    again = pim_digest_send(today=TODAY + datetime.timedelta(days=1))

    assert first is not None
    assert again is None
    assert len(mail.outbox) == len(RECIPIENTS)
    assert PimDigest.objects.get().week == "2026-W48"


def test_no_recipients_sends_nothing_and_warns(one_change, settings, caplog):
    settings.PIM_DIGEST_RECIPIENTS = []

    with caplog.at_level(logging.WARNING, logger="sync_pim.digest"):
        assert pim_digest_send(today=TODAY) is None

    assert mail.outbox == []
    assert not PimDigest.objects.exists()
    assert "PIM_DIGEST_RECIPIENTS" in caplog.text


def test_a_week_without_changes_sends_nothing(one_change):
    # Two weeks later the digest covers 2026-W50, in which nothing happened.
    assert pim_digest_send(today=TODAY + datetime.timedelta(days=14)) is None

    assert mail.outbox == []
    assert not PimDigest.objects.exists()


def test_a_refused_message_is_not_recorded_and_the_next_run_sends_it(one_change, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there
    settings.EMAIL_TIMEOUT = 2

    with pytest.raises(OSError):
        pim_digest_send(today=TODAY)
    assert not PimDigest.objects.exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert pim_digest_send(today=TODAY) is not None
    assert len(mail.outbox) == len(RECIPIENTS)
