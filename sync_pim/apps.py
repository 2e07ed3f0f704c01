from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyncPimConfig(AppConfig):
    """Outbox, push, pull feeds and digest towards the Portale Integrazione Migranti."""

    name = "sync_pim"
    verbose_name = _("PIM synchronisation")

    def ready(self) -> None:
        from django.core import checks

        from . import signals
        from .checks import check_push_configuration
        from .links import signals as link_signals  # noqa: F401 - connects on import

        signals.connect()
        checks.register(check_push_configuration)
