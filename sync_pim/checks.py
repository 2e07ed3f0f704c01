"""System checks of the PIM synchronisation (``manage.py check``, ``migrate``, ``runserver``)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning

from sync_pim.adapters import PushState, push_configuration

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def check_push_configuration(app_configs=None, **kwargs) -> list:
    """A half-configured push refuses to start: it would queue forever and send nothing."""
    configuration = push_configuration()
    if configuration.state is PushState.MISCONFIGURED:
        return [
            Error(
                configuration.problem,
                hint="See docs/pim/ and the PIM settings in portal/settings/base.py.",
                id="sync_pim.E001",
            )
        ]
    endpoint = urlsplit(configuration.endpoint)
    if (
        configuration.is_on
        and endpoint.scheme == "http"
        and endpoint.hostname not in LOOPBACK_HOSTS
        and not settings.DEBUG
    ):
        return [
            Warning(
                "PIM_ENDPOINT_URL uses plain http:// to another host: the content is signed "
                "but travels in clear. Use https://.",
                id="sync_pim.W001",
            )
        ]
    return []
