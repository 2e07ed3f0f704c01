"""docker-compose.yml and the Dockerfile, checked piece by piece (no Docker engine needed)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = ("web", "worker", "beat", "migrate")


def production_variables() -> set[str]:
    """Every variable production settings demand through ``required(...)``."""
    source = (ROOT / "portal" / "settings" / "production.py").read_text()
    return set(re.findall(r'required\("([A-Z_]+)"\)', source))


def interpolate(value: str) -> str:
    """Resolve ``${VAR:?message}`` and ``${VAR:-default}`` as an operator's .env would."""
    value = re.sub(
        r"\$\{([A-Z_]+):\?[^}]*\}", lambda match: f"test-{match.group(1).lower()}", value
    )
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", lambda match: match.group(1), value)


def test_compose_has_every_production_service():
    assert {"postgres", "redis", "web", "worker", "beat", "nginx"} <= set(SERVICES)


@pytest.mark.parametrize(
    ("service", "command"),
    [
        ("web", "gunicorn portal.wsgi:application"),
        ("worker", "celery -A portal worker"),
        ("beat", "celery -A portal beat"),
        ("migrate", "migrate --noinput"),
    ],
)
def test_each_service_runs_its_command(service, command):
    assert command in " ".join(SERVICES[service]["command"])


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_services_get_every_variable_production_needs(service):
    environment = SERVICES[service]["environment"]

    assert production_variables() <= set(environment)
    assert environment["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
    assert environment["REDIS_URL"] == "redis://redis:6379"
    assert "@postgres:5432/" in environment["DATABASE_URL"]


def test_secrets_are_demanded_not_defaulted():
    environment = SERVICES["web"]["environment"]
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "PORTAL_BASE_URL"):
        assert environment[name].startswith(f"${{{name}:?"), name
    assert ":?" in SERVICES["postgres"]["environment"]["POSTGRES_PASSWORD"]


def test_production_settings_start_with_the_compose_environment():
    environment = {
        name: interpolate(str(value)) for name, value in SERVICES["web"]["environment"].items()
    }
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['HOST'], settings.CELERY_BROKER_URL)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["postgres", "redis://redis:6379/0"]


def test_web_waits_for_migrations_and_is_health_checked():
    web = SERVICES["web"]
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "/healthz" in " ".join(web["healthcheck"]["test"])


def test_nginx_serves_static_and_media_but_never_documents():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    mounts = " ".join(SERVICES["nginx"]["volumes"])

    assert "static:/srv/static" in mounts and "media:/srv/media" in mounts
    assert re.search(r"location /media/documents/ \{\s*return 404;", conf)
    assert "proxy_pass http://portal_web" in conf


def test_dockerfile_builds_the_front_end_then_the_application():
    dockerfile = (ROOT / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+) AS (\w+)", dockerfile, re.MULTILINE)

    assert [name for _image, name in stages] == ["frontend", "app"]
    assert stages[0][0].startswith("node:20")
    assert stages[1][0].startswith("python:3.11")
    assert "npm ci" in dockerfile
    assert "COPY --from=frontend" in dockerfile
    assert "USER portal" in dockerfile
