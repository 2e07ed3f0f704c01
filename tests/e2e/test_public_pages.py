"""What a reader does: open the portal on a phone and a desktop, in Italian and in Arabic."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def open_page(page: Page, url: str, viewport: dict) -> None:
    page.set_viewport_size(viewport)
    response = page.goto(url)
    assert response is not None and response.status == 200


@pytest.mark.parametrize(("language", "direction"), [("it", "ltr"), ("ar", "rtl")])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_page_fits_the_screen(page, portal, screenshot_dir, language, direction, viewport):
    open_page(page, f"{portal.url}/{language}/", viewport)

    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("h1")).to_be_visible()
    # Nothing wider than the screen: no sideways scrolling on a phone.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    page.screenshot(
        path=screenshot_dir / f"home-{language}-{viewport['width']}.png", full_page=True
    )


@pytest.mark.parametrize("language", ["it", "ar", "ur"])
@pytest.mark.parametrize(
    "path",
    ["/", "/primi-passi/", "/programma/", "/privacy/"],
    ids=["home", "content", "section", "fallback"],
)
def test_no_serious_accessibility_violations(page, portal, language, path):
    open_page(page, f"{portal.url}/{language}{path}", DESKTOP)

    results = Axe().run(page)

    serious = [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_language_switcher_moves_to_arabic_and_the_layout_mirrors(page, portal, screenshot_dir):
    open_page(page, f"{portal.url}/it/primi-passi/", DESKTOP)
    brand_ltr = page.locator(".it-brand-wrapper").bounding_box()

    page.locator(".portal-languages summary").click()
    page.locator(".portal-languages-list a[hreflang='ar']").click()

    expect(page).to_have_url(f"{portal.url}/ar/primi-passi/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("الخطوات الأولى في إميليا-رومانيا")
    brand_rtl = page.locator(".it-brand-wrapper").bounding_box()
    # The brand sits at the start of the line: left in Italian, right in Arabic.
    assert brand_ltr["x"] < DESKTOP["width"] / 2
    assert brand_rtl["x"] + brand_rtl["width"] > DESKTOP["width"] / 2
    page.screenshot(path=screenshot_dir / "content-ar-1280.png", full_page=True)


def test_questions_open_without_a_script(page, portal):
    open_page(page, f"{portal.url}/it/primi-passi/", PHONE)

    question = page.locator("details.portal-accordion-item").first
    question.locator("summary").click()

    expect(question).to_have_attribute("open", "")
    expect(question.locator(".portal-richtext")).to_be_visible()


def test_arabic_text_uses_the_arabic_font(page, portal):
    open_page(page, f"{portal.url}/ar/", PHONE)

    family = page.evaluate("getComputedStyle(document.querySelector('h1 + .lead')).fontFamily")

    assert family.startswith('"Noto Naskh Arabic"')


def test_an_arabic_reader_finds_a_page_and_switches_to_french(page, portal):
    open_page(page, f"{portal.url}/ar/", PHONE)

    page.locator(".portal-cards a", has_text="البرنامج").click()
    page.locator(".portal-cards a", has_text="ER Integrazione").first.click()
    expect(page.locator("h1")).to_have_text("مشروع ER Integrazione")
    arabic_url = page.url

    page.locator(".portal-languages summary").click()
    page.locator(".portal-languages-list a[hreflang='fr']").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("h1")).to_have_text("Le projet ER Integrazione")
    assert page.url == f"{portal.url}/fr/le-programme/projet-er-integrazione/"
    assert arabic_url.endswith("/ar/programma/progetto-er-integrazione/")
