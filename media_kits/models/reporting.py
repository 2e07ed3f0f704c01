"""Cookie-free counts of a kit's use, for the project's reporting.

One row per kit, language, day and kind of use, incremented in place: nothing about
the reader (no cookie, no address, no time of day) is ever stored.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CountKind(models.TextChoices):
    PLAY = "play", _("Video or audio played")
    DOWNLOAD = "download", _("Kit downloaded")
    LEAFLET = "leaflet", _("Leaflet downloaded")


class KitDailyCount(models.Model):
    Kind = CountKind

    kit = models.ForeignKey(
        "media_kits.MediaKitPage",
        verbose_name=_("kit"),
        on_delete=models.CASCADE,
        related_name="daily_counts",
    )
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=10, choices=CountKind.choices)
    count = models.PositiveBigIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(
                fields=["kit", "language", "day", "kind"], name="media_kits_one_count_a_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kit_id} {self.language} {self.day} {self.kind}: {self.count}"
