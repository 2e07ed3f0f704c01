from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubsConfig(AppConfig):
    """The five thematic HUBs: sections, plurilingual guides, HUB-scoped permissions."""

    name = "hubs"
    verbose_name = _("HUBs")

    def ready(self) -> None:
        from . import signals  # noqa: F401
