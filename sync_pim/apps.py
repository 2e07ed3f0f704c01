from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyncPimConfig(AppConfig):
    """Outbox, push, pull feeds and digest towards the Portale Integrazione Migranti."""

    name = "sync_pim"
    verbose_name = _("PIM synchronisation")
