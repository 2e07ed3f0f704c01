"""A municipality's calendar a HUB subscribes to, and the events imported from it.

The link between a source event (its UID) and the portal's event is kept here rather
than on ``EventPage``: an event page does not need to know where it came from, and
unsubscribing (deleting the feed) leaves the events as ordinary, editable events.
"""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Only web addresses: a ``file:`` or ``ftp:`` URL must never be fetched by the importer.
FEED_URL_SCHEMES = ["http", "https"]


class ImportResult(models.TextChoices):
    """How the last import of a feed went."""

    OK = "ok", _("Imported")
    PARTIAL = "partial", _("Imported, with entries left out")
    FAILED = "failed", _("Failed")


class EventFeed(models.Model):
    """An iCalendar address whose events are imported nightly under a HUB's page."""

    hub = models.ForeignKey(
        "hubs.HubPage",
        verbose_name=_("HUB"),
        on_delete=models.CASCADE,
        related_name="event_feeds",
        help_text=_("The imported events are published under this HUB's page."),
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("For example: Comune di Ferrara – eventi.")
    )
    url = models.URLField(
        _("address of the calendar (iCalendar)"),
        max_length=1000,
        validators=[URLValidator(schemes=FEED_URL_SCHEMES)],
        help_text=_("The .ics address the municipality publishes, starting with https://."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Imported every night while ticked.")
    )
    last_run_at = models.DateTimeField(_("last import"), null=True, blank=True, editable=False)
    last_result = models.CharField(
        _("result of the last import"),
        max_length=10,
        choices=ImportResult.choices,
        blank=True,
        editable=False,
    )
    #: ``events.imports.report.ImportReport.as_json()``: counts, the entries left out and
    #: why (as codes, turned into sentences in the reader's language when shown).
    last_report = models.JSONField(_("report of the last import"), default=dict, editable=False)

    class Meta:
        verbose_name = _("imported calendar")
        verbose_name_plural = _("imported calendars")
        ordering = ["hub__path", "name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["hub", "url"], name="events_feed_unique_url_per_hub")
        ]

    def __str__(self) -> str:
        return self.name


class ImportedEvent(models.Model):
    """One event of a feed: its UID in the source and the portal's event made from it.

    ``source_hash`` is the hash of what the portal took from the source entry (not of
    the entry's text, whose DTSTAMP many servers change at every request): an unchanged
    hash means nothing to publish.
    """

    feed = models.ForeignKey(
        EventFeed,
        verbose_name=_("imported calendar"),
        on_delete=models.CASCADE,
        related_name="imported_events",
    )
    uid = models.CharField(_("UID in the source"), max_length=500)
    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="import_source",
    )
    source_hash = models.CharField(_("hash of the source entry"), max_length=64)
    source_modified_at = models.DateTimeField(
        _("last changed in the source (LAST-MODIFIED)"), null=True, blank=True
    )
    imported_at = models.DateTimeField(_("last imported"))
    removed_at = models.DateTimeField(
        _("removed from the source"),
        null=True,
        blank=True,
        help_text=_("When the event disappeared from the calendar; it was marked cancelled."),
    )

    class Meta:
        verbose_name = _("imported event")
        verbose_name_plural = _("imported events")
        constraints = [
            models.UniqueConstraint(fields=["feed", "uid"], name="events_imported_unique_uid")
        ]

    def __str__(self) -> str:
        return f"{self.feed_id}:{self.uid}"
