"""The weekly e-mail to PIM's editors: one row per week it was sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PimDigest(models.Model):
    """Proof that the digest of one ISO week went out, so a retried task never sends it twice."""

    week = models.CharField(_("ISO week"), max_length=8, unique=True, help_text="2026-W48")
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    recipients = models.JSONField(_("recipients"), default=list)
    items = models.PositiveIntegerField(_("items listed"), default=0)

    class Meta:
        verbose_name = _("PIM digest")
        ordering = ["-week"]

    def __str__(self) -> str:
        return self.week
