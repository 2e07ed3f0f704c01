"""Celery tasks of the events app: each is a few lines around a service."""

from celery import shared_task

from events.services import event_occurrences_extend


@shared_task
def extend_event_dates() -> int:
    """Nightly (see ``CELERY_BEAT_SCHEDULE``): series without an end get their next dates."""
    return event_occurrences_extend()


@shared_task
def send_registration_reminders() -> dict[str, int]:
    """Every quarter of an hour: reminders of the dates starting within
    ``EVENTS_REMINDER_HOURS``, and any registration e-mail the mail server refused before."""
    from events.registrations.notices import notices_send_due, reminders_send

    return {"reminders": reminders_send(), "notices": notices_send_due()}


@shared_task
def purge_registration_data() -> dict[str, int]:
    """Nightly: registrations of dates past the retention period become anonymous counts."""
    from events.registrations.retention import registrations_purge

    report = registrations_purge()
    return {"dates": report.dates, "registrations": report.registrations}


@shared_task
def import_event_feeds() -> int:
    """Nightly: each active municipal calendar is imported, by a task of its own (a slow
    server then holds up only its own feed, within the task time limit)."""
    from events.imports.selectors import feeds_to_import

    feed_ids = feeds_to_import()
    for feed_id in feed_ids:
        import_event_feed.delay(feed_id)
    return len(feed_ids)


@shared_task
def import_event_feed(feed_id: int) -> str:
    """One feed, now (nightly, or an editor's "import now"); returns the result."""
    from events.imports.services import event_feed_import
    from events.models import EventFeed

    feed = EventFeed.objects.filter(pk=feed_id).first()
    if feed is None:
        return ""
    return str(event_feed_import(feed=feed).result)
