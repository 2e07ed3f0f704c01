"""The channels towards PIM, switched by configuration.

Push (this module) is on when ``PIM_ENDPOINT_URL`` is set, and then needs ``PIM_SECRET``.
Pull feeds and the e-mail digest need no configuration of their own here. A half
configuration is refused loudly — a system check error at start (``sync_pim.checks``)
and a failing ``/healthz`` — because a push that silently goes nowhere would look like
PIM ignoring the region. Meanwhile the outbox keeps recording: nothing is lost, and the
rows go out once the configuration is right.
"""

import os
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

USER_AGENT = "ER-Integrazione-PIM-push/1"


class PushState(StrEnum):
    ON = "on"
    OFF = "off"
    MISCONFIGURED = "misconfigured"


@dataclass(frozen=True)
class PushConfiguration:
    state: PushState
    endpoint: str = ""
    secret: str = ""
    #: Why the push cannot work, naming the setting to fix; empty unless misconfigured.
    problem: str = ""

    @property
    def is_on(self) -> bool:
        return self.state is PushState.ON


def push_configuration() -> PushConfiguration:
    """What the settings say about the push, read afresh (tests change them)."""
    endpoint = (settings.PIM_ENDPOINT_URL or "").strip()
    secret = settings.PIM_SECRET or ""
    if not endpoint and not secret:
        return PushConfiguration(PushState.OFF)
    if not endpoint:
        problem = _(
            "PIM_SECRET is set but PIM_ENDPOINT_URL is empty: set PIM_ENDPOINT_URL to the "
            "address that receives the push, or empty PIM_SECRET to turn the push off."
        )
    elif urlsplit(endpoint).scheme not in ("http", "https") or not urlsplit(endpoint).hostname:
        problem = _("PIM_ENDPOINT_URL must be an http:// or https:// address, not “%(value)s”.") % {
            "value": endpoint
        }
    elif not secret:
        problem = _(
            "PIM_ENDPOINT_URL is set but PIM_SECRET is empty: set PIM_SECRET to the secret "
            "shared with PIM (it signs every push), or empty PIM_ENDPOINT_URL to turn the "
            "push off."
        )
    else:
        return PushConfiguration(PushState.ON, endpoint=endpoint, secret=secret)
    return PushConfiguration(PushState.MISCONFIGURED, endpoint=endpoint, problem=problem)


_client: tuple[int, tuple[float, float], httpx.Client] | None = None


def push_client() -> httpx.Client:
    """One HTTP client per process, kept between deliveries (its connections are reused).

    Created after a Celery worker forks, never shared across processes; made again when
    the timeouts change.
    """
    global _client
    timeouts = (float(settings.PIM_CONNECT_TIMEOUT), float(settings.PIM_READ_TIMEOUT))
    if _client is None or _client[0] != os.getpid() or _client[1] != timeouts:
        timeout = httpx.Timeout(timeouts[1], connect=timeouts[0])
        client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
        )
        _client = (os.getpid(), timeouts, client)
    return _client[2]
