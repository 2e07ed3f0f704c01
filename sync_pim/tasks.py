"""Celery tasks of the PIM push: each is a few lines around ``sync_pim.sender``.

Neither task retries itself through Celery: a failed delivery is written back to its
entry with the time of its next attempt (``sync_pim.retry``), and the beat task picks it
up then. A task lost with its worker loses nothing either: its entry stays ``sending``
until the lease runs out, and is then due again.
"""

import smtplib

from celery import shared_task

from sync_pim.digest import pim_digest_send
from sync_pim.sender import outbox_deliver_due, outbox_deliver_entries, outbox_deliver_entry


@shared_task(acks_late=True)
def deliver_outbox_entries(entry_ids: list[int]) -> list[str]:
    """Queued once for the entries a transaction wrote (after commit): send those still due.

    One message per publication rather than one per language: queueing is part of what
    publishing costs the editor.
    """
    return outbox_deliver_entries(entry_ids=entry_ids)


@shared_task(acks_late=True)
def deliver_outbox_entry(entry_id: int) -> str | None:
    """One entry (messages queued by earlier versions; kept so none is dropped on upgrade)."""
    return outbox_deliver_entry(entry_id=entry_id)


@shared_task(acks_late=True)
def deliver_due_outbox() -> int:
    """Every minute (``CELERY_BEAT_SCHEDULE``), and after a large change: send what is due.

    A drain stops before Celery's time limit; when it stopped with work left (a resync of
    thousands), the next one is queued at once rather than a minute later.
    """
    drain = outbox_deliver_due()
    if drain.interrupted:
        deliver_due_outbox.delay()
    return drain.handled


@shared_task(
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    max_retries=4,
    default_retry_delay=900,
)
def send_pim_digest() -> str | None:
    """Mondays: PIM's editors get last week's changes; the service sends each week at most once."""
    digest = pim_digest_send()
    return digest.week if digest else None


@shared_task(acks_late=True)
def check_links() -> dict:
    """Nights, every 20 minutes: record the links of published content, then check the
    external ones due (each once a day, within each host's budget)."""
    from sync_pim.links.services import links_check, links_collect

    collected, checked = links_collect(), links_check()
    return {"collected": collected.as_dict(), "checked": checked.as_dict()}
