"""Adding a language as docs/languages.md describes: one list, then new translated columns."""

import os
import subprocess
import sys

from tests.live_server import ROOT


def test_a_language_added_to_the_list_asks_for_a_migration_of_every_translated_field():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "portal", "--check", "--dry-run"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.extra_language_settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1, result.stdout + result.stderr
    for field in ("intro_de", "body_de", "funding_notice_de"):
        assert field in result.stdout


def test_the_language_list_drives_urls_fields_and_catalogues_alike():
    code = (
        "import django; django.setup(); "
        "from django.conf import settings; from portal.models import ContentPage; "
        "from django.urls import reverse; from django.utils import translation; "
        "translation.activate('de'); print(reverse('search')); "
        "print(hasattr(ContentPage, 'intro_de')); "
        "print(settings.PORTAL_RTL_LANGUAGES)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.extra_language_settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.stdout.split("\n")[:3] == ["/de/search/", "True", "('ar', 'ur')"], result.stderr
