from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from wagtail.models import Page, Site

        from . import signals  # noqa: F401
        from .models import HomePage
        from .routing import cached_route, remembered_route_for_request, remembered_site

        # After wagtail-modeltranslation has installed its own route() on the class.
        HomePage.route = cached_route(HomePage.route)
        Page.route_for_request = staticmethod(remembered_route_for_request(Page.route_for_request))
        Site._find_for_request = staticmethod(remembered_site(Site._find_for_request))
