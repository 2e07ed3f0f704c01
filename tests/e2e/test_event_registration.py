"""What a reader does: find an event in their language, register, and get the e-mail.

The served portal writes its mail to files (``EMAIL_FILE_PATH``, see ``conftest.py``):
the confirmation is read from there, as the registrant would read it in their inbox.
"""

import email
import email.policy
import re
import time
import uuid
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from icalendar import Calendar
from playwright.sync_api import Page, expect

from events.demo.data import CALENDAR, EVENTS
from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
#: A demo event with registrations, written in Arabic too, under the Forlì HUB.
EVENT = next(spec for spec in EVENTS if spec["key"] == "titoli-di-studio-forli")
NAMES = {"ar": "سارة أحمد", "it": "Sara Ahmed"}
WAIT_SECONDS = 20


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def mail_to(address: str) -> email.message.EmailMessage:
    """The message the portal wrote to ``address`` (waiting a little for the file)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for path in sorted(Path(ARTIFACTS / "mail").glob("*.log")):
            for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if raw.strip() and address.encode() in raw:
                    return email.message_from_bytes(raw, policy=email.policy.default)
        time.sleep(0.25)
    pytest.fail(f"No e-mail to {address} in {ARTIFACTS / 'mail'}")


def find_the_event(page: Page, portal, language: str) -> None:
    """From the home page to the event: the calendar in the menu, the HUB filter, the card."""
    page.set_viewport_size(DESKTOP)
    page.goto(f"{portal.url}/{language}/")
    page.get_by_role("link", name=CALENDAR[language]["title"], exact=True).first.click()
    page.locator("#events-hub").select_option(EVENT["hub"])
    page.locator(".portal-event-filters button[type=submit]").click()
    page.get_by_role("link", name=EVENT[language]["title"]).first.click()
    expect(page.locator("h1")).to_have_text(EVENT[language]["title"])


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("it", "ltr")])
def test_find_an_event_register_and_read_the_confirmation(
    page, portal, screenshot_dir, language, direction
):
    address = f"e2e-{language}-{uuid.uuid4().hex[:8]}@example.org"
    find_the_event(page, portal, language)

    page.set_viewport_size(PHONE)
    page.locator(".portal-event-registration a.btn").first.click()
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("form.portal-registration-form")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.screenshot(path=screenshot_dir / f"registration-form-{language}-360.png", full_page=True)
    assert serious_violations(page) == []

    # A mistake first: the form says what to fix and keeps what was typed.
    page.locator("#id_name").fill(NAMES[language])
    page.locator("#id_email").fill("not-an-address")
    page.locator(".portal-registration-form button[type=submit]").click()
    expect(page.locator("#id_email-error")).to_be_visible()
    expect(page.locator("#id_name")).to_have_value(NAMES[language])
    page.screenshot(
        path=screenshot_dir / f"registration-form-errors-{language}-360.png", full_page=True
    )
    assert serious_violations(page) == []

    page.locator("#id_email").fill(address)
    page.locator("label[for=id_needs_interpreter]").click()
    page.locator("label[for=id_consent]").click()
    expect(page.locator("#id_consent")).to_be_checked()
    expect(page.locator("#id_language")).to_have_value(language)
    page.locator(".portal-registration-form button[type=submit]").click()

    expect(page.locator("[data-registration-state]")).to_have_attribute(
        "data-registration-state", "confirmed"
    )
    expect(page.locator("html")).to_have_attribute("dir", direction)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.screenshot(
        path=screenshot_dir / f"registration-confirmed-{language}-360.png", full_page=True
    )
    assert serious_violations(page) == []

    message = mail_to(address)
    assert message["Content-Language"] == language
    assert EVENT[language]["title"] in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert NAMES[language] in body
    link = re.search(r"https?://\S+(/" + language + r"/event-registration/cancel/\S+/)", body)
    assert link, body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    [vevent] = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert str(vevent["summary"]) == EVENT[language]["title"]

    # The link in the e-mail shows the registration; only the button cancels it.
    page.goto(portal.url + link.group(1))
    expect(page.locator("[data-cancel-button]")).to_be_visible()
    page.locator("[data-cancel-button]").click()
    expect(page.locator("[data-registration-state]")).to_have_attribute(
        "data-registration-state", "cancelled"
    )
