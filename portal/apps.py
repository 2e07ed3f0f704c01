from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from . import signals  # noqa: F401
        from .models import HomePage
        from .routing import cached_route

        # After wagtail-modeltranslation has installed its own route() on the class.
        HomePage.route = cached_route(HomePage.route)
