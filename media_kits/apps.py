from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaKitsConfig(AppConfig):
    """Multimedia kits explaining administrative procedures."""

    name = "media_kits"
    verbose_name = _("Media kits")

    def ready(self) -> None:
        from . import signals  # noqa: F401
