"""Checks behind ``/healthz``: can the portal reach its database, cache and broker, and is
the push to PIM configured (off is fine, half-configured is not)?"""

import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import connections


@dataclass(frozen=True)
class ServiceState:
    name: str
    ok: bool
    detail: str
    milliseconds: float


def _timed(name: str, probe) -> ServiceState:
    started = time.perf_counter()
    try:
        detail = probe()
        ok = True
    except Exception as error:
        detail = f"{type(error).__name__}: {error}"[:300]
        ok = False
    return ServiceState(name, ok, detail, round((time.perf_counter() - started) * 1000, 1))


def _database() -> str:
    connection = connections["default"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def _cache() -> str:
    cache = caches["default"]
    key = f"portal:healthz:{uuid.uuid4().hex}"
    # django-redis is configured to swallow errors; a value that does not come back
    # is how an outage shows.
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise ConnectionError("the cache did not return the value just written")
    cache.delete(key)
    return settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]


def _broker() -> str:
    from portal.celery import app

    with app.connection_for_write(settings.CELERY_BROKER_URL) as connection:
        connection.ensure_connection(max_retries=1, timeout=settings.PORTAL_HEALTH_TIMEOUT)
        return connection.transport.driver_name


def _pim_push() -> ServiceState:
    """The push adapter's configuration; PIM itself is not called (it is not ours to probe).

    Off (no URL, no secret) is a valid choice and does not fail; a half configuration
    fails with the same message as the system check ``sync_pim.E001``.
    """
    from sync_pim.adapters import PushState, push_configuration

    configuration = push_configuration()
    if configuration.state is PushState.MISCONFIGURED:
        return ServiceState("pim_push", False, configuration.problem, 0.0)
    detail = f"on: {configuration.endpoint}" if configuration.is_on else "off"
    return ServiceState("pim_push", True, detail, 0.0)


def service_states() -> list[ServiceState]:
    """The state of every service the portal is configured to use."""
    states = [_timed("database", _database), _timed("cache", _cache)]
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        states.append(_timed("broker", _broker))
    states.append(_pim_push())
    return states
