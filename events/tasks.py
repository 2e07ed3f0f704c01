"""Celery tasks of the events app: each is a few lines around a service."""

from celery import shared_task

from events.services import event_occurrences_extend


@shared_task
def extend_event_dates() -> int:
    """Nightly (see ``CELERY_BEAT_SCHEDULE``): series without an end get their next dates."""
    return event_occurrences_extend()
