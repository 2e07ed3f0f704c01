"""Checks behind ``/healthz``: can the portal reach its database, cache and broker?"""

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


def service_states() -> list[ServiceState]:
    """The state of every service the portal is configured to use."""
    states = [_timed("database", _database), _timed("cache", _cache)]
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        states.append(_timed("broker", _broker))
    return states
