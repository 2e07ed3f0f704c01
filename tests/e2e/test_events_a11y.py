"""The events calendar in a browser: no serious accessibility problem, and it fits a phone.

axe runs on the list of upcoming events, the month view and an event's page of the demo
portal, in Italian and in Arabic (right to left); on a phone the month is a list of its
days, the table being for wider screens.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
LANGUAGES = [("it", "ltr"), ("ar", "rtl")]


def open_page(page: Page, url: str, viewport: dict) -> None:
    page.set_viewport_size(viewport)
    response = page.goto(url)
    assert response is not None and response.status == 200, url


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} "
        f"({', '.join(node['target'][0] for node in violation['nodes'][:3])})"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def calendar_url(page: Page, portal, language: str) -> str:
    """The events calendar's address in ``language``, as the site's menu links it."""
    open_page(page, f"{portal.url}/{language}/", DESKTOP)
    link = page.locator("a[href*='/eventi/'], a[href*='/events/']").first
    return f"{portal.url}{link.get_attribute('href').split('?')[0]}"


def first_event_url(page: Page, portal, calendar: str) -> str:
    open_page(page, calendar, DESKTOP)
    href = page.locator(".portal-event-card .card-title a").first.get_attribute("href")
    return href if href.startswith("http") else f"{portal.url}{href}"


@pytest.mark.parametrize(("language", "direction"), LANGUAGES)
@pytest.mark.parametrize("view", ["list", "month", "event"])
def test_the_calendar_has_no_serious_accessibility_problem(page, portal, language, direction, view):
    calendar = calendar_url(page, portal, language)
    url = {
        "list": calendar,
        "month": f"{calendar}?view=month",
        "event": first_event_url(page, portal, calendar),
    }[view]
    open_page(page, url, DESKTOP)
    expect(page.locator("html")).to_have_attribute("dir", direction)

    assert serious_violations(page) == []


@pytest.mark.parametrize(("language", "direction"), LANGUAGES)
def test_on_a_phone_the_month_is_a_list_that_fits_the_screen(
    page, portal, screenshot_dir, language, direction
):
    calendar = calendar_url(page, portal, language)
    open_page(page, f"{calendar}?view=month", PHONE)

    expect(page.locator("table.portal-month")).to_be_hidden()
    expect(page.locator(".portal-month-agenda")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert serious_violations(page) == []
    page.screenshot(
        path=screenshot_dir / f"events-month-{language}-{PHONE['width']}.png", full_page=True
    )
