"""/healthz reports database, cache and broker, and says 503 when one is down."""

import subprocess
import sys

import pytest
from django.test import override_settings

from tests.live_server import ROOT
from tests.services import require_redis

#: A loopback port nothing listens on: connecting is refused at once.
DEAD_REDIS = "redis://127.0.0.1:9/0"


@pytest.mark.django_db
def test_healthz_is_ok_when_database_and_cache_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["services"]["database"]["ok"] is True
    assert body["services"]["cache"]["ok"] is True
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_is_503_when_the_cache_is_down(client):
    dead_cache = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        }
    }
    with override_settings(CACHES=dead_cache):
        response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["services"]["cache"]["ok"] is False
    assert body["services"]["database"]["ok"] is True


@pytest.mark.django_db
def test_healthz_checks_the_broker_when_one_is_configured(client):
    redis_url = require_redis()
    with override_settings(CELERY_BROKER_URL=f"{redis_url}/0", CELERY_TASK_ALWAYS_EAGER=False):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["services"]["broker"]["ok"] is True


@pytest.mark.django_db
def test_healthz_is_503_when_the_broker_is_down(client):
    with override_settings(CELERY_BROKER_URL=DEAD_REDIS, CELERY_TASK_ALWAYS_EAGER=False):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["services"]["broker"]["ok"] is False


def test_healthz_is_503_when_the_database_is_down():
    """A portal whose database refuses connections answers 503, not 500."""
    code = (
        "import django; django.setup(); "
        "from django.test import Client; "
        "response = Client().get('/healthz'); "
        "print(response.status_code, response.json()['services']['database']['ok'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": "postgres://portal@127.0.0.1:9/portal",
            "REDIS_URL": "",
            "ALLOWED_HOSTS": "testserver",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["503", "False"], result.stderr
