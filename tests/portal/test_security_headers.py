"""Public pages carry a strict policy; no public template can smuggle inline code past it."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.factories import url_in

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

pytestmark = pytest.mark.django_db


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.strip().split()
        directives[name] = values
    return directives


def test_public_page_sends_the_security_headers(client):
    page = factories.content_page()

    response = client.get(url_in(page, "it"))

    assert response.status_code == 200
    csp = csp_directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "geolocation=()", "microphone=()", "interest-cohort=()"):
        assert feature in permissions


def test_only_the_admin_gets_a_relaxed_policy(client, django_user_model):
    admin = django_user_model.objects.create_superuser("editor", password="x")
    client.force_login(admin)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "'unsafe-inline'" in csp_directives(response["Content-Security-Policy"])["script-src"]


def test_rendered_public_pages_have_no_inline_script_or_style(client):
    factories.home_page()
    section = factories.section_page()
    page = factories.content_page(parent=section)

    for url in (url_in(factories.home_page(), "ar"), url_in(section, "it"), url_in(page, "ar")):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        # JSON-LD is data, never executed (portal.seo escapes it so it cannot end early).
        inline = [
            s
            for s in soup.find_all("script")
            if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        assert inline == [], url
        assert soup.find_all("style") == [], url
        assert soup.find_all(style=True) == [], url
        assert soup.find_all(attrs={"onclick": True}) == [], url


def test_public_templates_contain_no_inline_code():
    offenders = []
    # JSON-LD data blocks are not scripts the browser runs.
    inline_script = re.compile(
        r'<script(?![^>]*\bsrc=)(?![^>]*\btype="application/ld\+json")[^>]*>', re.IGNORECASE
    )
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        if inline_script.search(text) or re.search(r"<style|\sstyle=|\son[a-z]+=", text):
            offenders.append(str(template.relative_to(TEMPLATES)))
    assert offenders == []
