"""The "download the kit" ZIP files, one per kit, language and content.

The content hash names what went into the archive (texts, media, captions, leaflet):
a changed kit has a new hash, so an archive of an older content is never served.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchiveState(models.TextChoices):
    BUILDING = "building", _("Building")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class KitArchive(models.Model):
    State = ArchiveState

    kit = models.ForeignKey(
        "media_kits.MediaKitPage",
        verbose_name=_("kit"),
        on_delete=models.CASCADE,
        related_name="archives",
    )
    language = models.CharField(_("language"), max_length=10)
    content_hash = models.CharField(_("content hash"), max_length=64)
    state = models.CharField(
        _("state"), max_length=10, choices=ArchiveState.choices, default=ArchiveState.BUILDING
    )
    file = models.FileField(_("file"), upload_to="media_kits/archives/", blank=True, max_length=255)
    #: Bytes of the ready archive, shown beside the link without reading the disk.
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    built_at = models.DateTimeField(_("built at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("kit archive")
        verbose_name_plural = _("kit archives")
        constraints = [
            models.UniqueConstraint(
                fields=["kit", "language", "content_hash"], name="media_kits_one_archive_a_content"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kit_id} {self.language} {self.content_hash[:12]} ({self.state})"
