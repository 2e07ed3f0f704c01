"""The outbox: what must reach PIM, written in the transaction that changed the page.

One row is one message (an upsert or a delete of one page in one language). Rows
are never rewritten into another message: a newer revision supersedes a pending
row (state ``superseded``) and gets a row of its own, so the history of what was
sent, and why something was not, stays readable in the admin.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxAction(models.TextChoices):
    UPSERT = "upsert", _("Publish or update")
    DELETE = "delete", _("Remove")


class OutboxState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed, will retry")
    DEAD = "dead", _("Dead")
    SUPERSEDED = "superseded", _("Superseded")
    SKIPPED = "skipped", _("Not sent")


class OutboxEntry(models.Model):
    """One message for PIM and its delivery state."""

    #: States a row leaves only by being sent (or superseded).
    OPEN_STATES = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED)

    # Not a foreign key: a deleted page must still be removed from PIM, and its
    # outbox rows are the record that it was.
    page_id = models.PositiveIntegerField(_("page id"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    action = models.CharField(_("action"), max_length=10, choices=OutboxAction.choices)
    category = models.CharField(_("PIM category"), max_length=32, blank=True)
    #: Code of the HUB the page belongs to, empty for regional pages (for filtering).
    hub = models.CharField(_("HUB"), max_length=40, blank=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    revision_id = models.PositiveIntegerField(_("revision"), null=True, blank=True)
    #: The payload exactly as it is (or was) sent; its hash decides whether a new
    #: publication changed anything PIM sees.
    payload = models.JSONField(_("payload"), default=dict)
    content_hash = models.CharField(_("content hash"), max_length=64, blank=True)
    idempotency_key = models.UUIDField(_("idempotency key"), default=uuid.uuid4, unique=True)

    state = models.CharField(
        _("state"), max_length=12, choices=OutboxState.choices, default=OutboxState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("PIM outbox entry")
        verbose_name_plural = _("PIM outbox entries")
        permissions = [("share_with_pim", _("Can choose what is shared with PIM"))]
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="sync_pim_due"),
            models.Index(fields=["page_id", "language", "-created_at"], name="sync_pim_page_lang"),
        ]

    def __str__(self) -> str:
        return f"{self.action} page {self.page_id} [{self.language}] ({self.state})"


class DeliveryAttempt(models.Model):
    """One try at delivering an outbox entry, kept whatever its outcome."""

    entry = models.ForeignKey(
        OutboxEntry, on_delete=models.CASCADE, related_name="attempt_log", verbose_name=_("entry")
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    #: HTTP status of the answer; empty when none came (timeout, refused connection).
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    response_excerpt = models.TextField(_("response excerpt"), blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("PIM delivery attempt")
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        outcome = self.status_code or self.error
        return f"{self.entry_id} at {self.started_at:%Y-%m-%d %H:%M:%S}: {outcome}"
