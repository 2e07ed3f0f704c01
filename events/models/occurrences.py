"""The dates of each published event, written when it is published (``events.services``).

Why a table: a listing shows the occurrences of hundreds of events in a window, filtered
and paginated. Expanding every series' rule at each request cost about a millisecond
per series with python-dateutil; stored dates turn the listing into one indexed query
whose cost does not depend on how many events there are.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events.recurrence import occurrence_key


class CurrentDatesManager(models.Manager):
    """The dates an event has now: without those removed from it that are kept only for
    the registrations hanging off them (``removed_at``). Every listing, feed and page
    reads through this manager; ``all_objects`` sees the kept ones too."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(removed_at__isnull=True)


class EventOccurrence(models.Model):
    """One date of a published event (the only one, for an event that does not repeat).

    Identified by its event and its start (``key``: the start in UTC), which stay the same
    when the event is republished unchanged: rows are updated in place, never recreated,
    so that what hangs off a date (registrations) survives an edit of the series.
    """

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="event_occurrences",
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    #: Set when an edit removed this date while registrations hang off it: the row stays
    #: for them (see ``events.registrations.dates``) but is no longer one of the dates.
    removed_at = models.DateTimeField(_("removed from the event at"), null=True, blank=True)

    all_objects = models.Manager()
    objects = CurrentDatesManager()

    class Meta:
        default_manager_name = "objects"
        verbose_name = _("event date")
        verbose_name_plural = _("event dates")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "start"], name="events_occurrence_unique_start"
            )
        ]
        indexes = [models.Index(fields=["start", "end"], name="events_occurrence_window")]
        ordering = ["start", "event_id"]

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.key}"

    @property
    def key(self) -> str:
        return occurrence_key(self.start)
