"""What an editor does: write Arabic and Urdu right to left in the page editor."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import run_in_portal

pytestmark = pytest.mark.e2e

CREATE_EDITOR = """
from django.contrib.auth import get_user_model
from portal.models import ContentPage
User = get_user_model()
if not User.objects.filter(username="redazione-e2e").exists():
    User.objects.create_superuser("redazione-e2e", password="una-password-lunga-2026")
print(ContentPage.objects.get(slug_it="progetto-er-integrazione").pk)
"""


def log_in_as_editor(page, portal) -> None:
    page.goto(f"{portal.url}/admin/login/")
    page.fill("#id_username", "redazione-e2e")
    page.fill("#id_password", "una-password-lunga-2026")
    page.click("button[type=submit]")


def test_arabic_and_urdu_fields_are_edited_right_to_left(page, portal):
    page_id = run_in_portal(portal, CREATE_EDITOR)
    log_in_as_editor(page, portal)
    page.goto(f"{portal.url}/admin/pages/{page_id}/edit/")

    expect(page.locator("textarea[name='intro_ar']")).to_have_attribute("dir", "rtl")
    expect(page.locator("textarea[name='intro_ur']")).to_have_attribute("dir", "rtl")
    expect(page.locator("textarea[name='intro_it']")).to_have_attribute("dir", "ltr")
    expect(page.locator("input[name='title_ar']")).to_have_attribute("dir", "rtl")
    expect(page.locator("input[name='title_fr']")).to_have_attribute("dir", "ltr")
    # Rich text inside StreamField blocks: the editor's wrapper carries the direction.
    arabic_text = page.locator("[name^='body_ar-'][name$='-value']").first
    expect(arabic_text).to_have_attribute("dir", "rtl")
    wrapper_direction = arabic_text.evaluate(
        "field => (field.closest('.w-field__input') || field.parentElement).getAttribute('dir')"
    )
    assert wrapper_direction == "rtl"
    # wagtail-modeltranslation's language toggle still works under the admin's policy.
    expect(page.get_by_text("View / edit fields for")).to_be_visible()


CREATE_HUB_WITH_TOPIC = """
from hubs.models import HubPage, HubTopic
from hubs.services import hubs_ensure
hubs_ensure()
hub = HubPage.objects.get(code="salute")
if not hub.topics.exists():
    HubTopic.objects.create(page=hub, name_it="Accesso alle cure", name_ar="الوصول إلى العلاج")
print(hub.pk)
"""


def test_translated_inline_fields_follow_their_language(page, portal):
    run_in_portal(portal, CREATE_EDITOR)
    hub_id = run_in_portal(portal, CREATE_HUB_WITH_TOPIC)
    log_in_as_editor(page, portal)
    page.goto(f"{portal.url}/admin/pages/{hub_id}/edit/")

    expect(page.locator("input[name='topics-0-name_ar']")).to_have_attribute("dir", "rtl")
    expect(page.locator("input[name='topics-0-name_it']")).to_have_attribute("dir", "ltr")
    # A topic added in the editor gets its direction as it appears.
    page.get_by_role("button", name="Add topic").first.click()
    expect(page.locator("input[name='topics-1-name_ur']")).to_have_attribute("dir", "rtl")
