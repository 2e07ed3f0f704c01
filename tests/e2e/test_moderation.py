"""What a HUB does to publish a guide: its redattore writes and submits it, its moderator
approves it, and only then does a reader see it."""

import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import run_in_portal

pytestmark = pytest.mark.e2e

PASSWORD = "una-password-lunga-2026"

SET_UP_BOLOGNA = f"""
from django.contrib.auth import get_user_model
from hubs.models import HubPage
from hubs.permissions import hub_permissions_ensure
from hubs.services import hubs_ensure
hubs_ensure()
hub_permissions_ensure()
hub = HubPage.objects.get(code="lavoro")
User = get_user_model()
for username, group in (
    ("redattore-bologna-e2e", hub.editors_group),
    ("moderatore-bologna-e2e", hub.moderators_group),
):
    user, _ = User.objects.get_or_create(username=username)
    user.set_password("{PASSWORD}")
    user.save()
    user.groups.set([group])
print(hub.pk)
"""

# Found by its title: the editor's script may still rewrite the slug from the title
# while the test types it, on a slow machine.
GUIDE_STATE = """
from hubs.models import GuidePage
guide = GuidePage.objects.get(title_it="{title}")
print(guide.live, guide.workflow_in_progress, guide.get_url())
"""


def log_in(page: Page, portal, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{portal.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("#id_username")).to_have_count(0)


def more_actions(page: Page) -> None:
    """Open the drop-up of the page editor's action menu."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def guide_state(portal, title: str) -> tuple[bool, bool, str]:
    live, in_moderation, url = run_in_portal(portal, GUIDE_STATE.format(title=title)).split()
    return live == "True", in_moderation == "True", url


def test_a_guide_goes_from_redattore_to_moderator_to_the_public(page, portal, screenshot_dir):
    hub_id = run_in_portal(portal, SET_UP_BOLOGNA).splitlines()[-1]
    suffix = uuid.uuid4().hex[:6]
    title = f"Lavoro stagionale in agricoltura {suffix}"
    slug = f"lavoro-stagionale-{suffix}"

    # The Bologna redattore writes a guide in the Lavoro HUB and submits it.
    log_in(page, portal, "redattore-bologna-e2e")
    page.goto(f"{portal.url}/admin/pages/add/hubs/guidepage/{hub_id}/")
    page.fill("input[name='title_it']", title)
    page.fill("textarea[name='intro_it']", "Chi può lavorare nei campi e con quale contratto.")
    page.locator("#tab-label-promote").click()
    page.fill("input[name='slug_it']", slug)
    more_actions(page)
    submit = page.locator("button[name='action-submit']")
    expect(submit).to_contain_text("HUB Bologna – moderazione")
    submit.click()
    expect(page).not_to_have_url(f"{portal.url}/admin/pages/add/hubs/guidepage/{hub_id}/")
    live, in_moderation, url = guide_state(portal, title)
    assert (live, in_moderation) == (False, True)
    page.context.clear_cookies()
    assert page.goto(f"{portal.url}{url}").status == 404

    # The Bologna moderator finds it on the dashboard, approves it and so publishes it.
    log_in(page, portal, "moderatore-bologna-e2e")
    page.goto(f"{portal.url}/admin/")
    pending = page.locator("#hub-pending-moderation-section")
    expect(pending).to_contain_text(title)
    page.screenshot(path=screenshot_dir / "moderation-dashboard.png", full_page=True)
    pending.get_by_role("link", name=title).click()
    more_actions(page)
    page.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(page.locator(".messages")).to_contain_text(title)
    live, in_moderation, url = guide_state(portal, title)
    assert (live, in_moderation) == (True, False)

    # An anonymous reader now sees it on the public site.
    page.context.clear_cookies()
    response = page.goto(f"{portal.url}{url}")
    assert response is not None and response.status == 200
    expect(page.locator("h1")).to_contain_text(title)
