"""Production settings refuse to start without their secrets; the deploy check is clean."""

import os
import subprocess
import sys

import pytest

from portal.settings.base import redis_database
from tests.live_server import ROOT

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-1234567890-abcdefgh",
    "ALLOWED_HOSTS": "integrazione.example.it",
    "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
}


def run_django(code: str, env: dict) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_required_variable(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}

    result = run_django("print('started')", env)

    assert result.returncode != 0
    assert "started" not in result.stdout
    assert f"{missing} is not set" in result.stderr


def test_production_starts_with_every_required_variable():
    result = run_django("print('started')", PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_deploy_check_is_clean_with_production_settings():
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**clean, **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_cache_and_broker_use_separate_redis_databases():
    result = run_django(
        "from django.conf import settings; "
        "print(settings.CACHES['default']['LOCATION']); print(settings.CELERY_BROKER_URL); "
        "print(settings.CELERY_TASK_ALWAYS_EAGER)",
        {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379"},
    )

    cache_url, broker_url, eager = result.stdout.split()
    assert cache_url == "redis://127.0.0.1:6379/1"
    assert broker_url == "redis://127.0.0.1:6379/0"
    assert eager == "False"


def test_embedded_default_needs_no_service():
    clean_env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": "",
        "REDIS_URL": "",
    }
    result = run_django(
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE']); "
        "print(settings.CACHES['default']['BACKEND']); print(settings.CELERY_TASK_ALWAYS_EAGER)",
        clean_env,
    )

    engine, cache_backend, eager = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert cache_backend.endswith("LocMemCache")
    assert eager == "True"


def test_redis_database_keeps_credentials_and_replaces_database():
    assert redis_database("redis://:pw@cache:6380/5", 1) == "redis://:pw@cache:6380/1"
