"""Signal receivers of the events app (connected in ``EventsConfig.ready``)."""

from django.dispatch import receiver
from wagtail.signals import page_published

from events.models import EventPage
from events.services import event_occurrences_sync


@receiver(page_published, sender=EventPage)
def write_dates_on_publish(sender, instance: EventPage, **kwargs) -> None:
    """The published version's dates replace the previous ones, in the same transaction.

    Unpublishing keeps them: every listing reads live events only, and a republished
    event finds its dates (and what hangs off them) where they were.
    """
    event_occurrences_sync(event=instance)
