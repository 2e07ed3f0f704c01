"""A reader opens a HUB and one of its guides, on a phone in Arabic and on a desktop."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.e2e.conftest import run_in_portal

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

#: Adds (once) a guide with every section to the served portal; prints its addresses.
GUIDE_SETUP = """
import json
from hubs.models import GuidePage, HubFeaturedGuide, HubTopic
from tests import factories
from tests.factories import url_in

hub = factories.hub_page("lavoro")
guide = GuidePage.objects.filter(slug_it="e2e-iscrizione-centro-impiego").first()
if guide is None:
    topic = HubTopic.objects.create(
        page=hub, name_it="Iscriversi (e2e)", name_ar="التسجيل (e2e)", sort_order=99
    )
    leaflet = factories.document_group(
        {"it": "Volantino: il centro per l'impiego", "ar": "نشرة: مركز التوظيف", "en": "Leaflet"}
    )
    guide = factories.guide_page(
        parent=hub,
        title_it="Iscriversi al centro per l'impiego",
        title_ar="التسجيل في مركز التوظيف",
        slug_it="e2e-iscrizione-centro-impiego",
        intro_ar="كيف تسجل في مركز التوظيف لتحصل على عروض العمل والتدريب.",
        who_for_ar="كل من يبحث عن عمل ولديه تصريح إقامة ساري المفعول.",
        topic=topic,
        audience="both",
        steps_ar=[
            {"type": "step", "value": {
                "title": "احجز موعدًا عبر الإنترنت أو بالهاتف",
                "details": "<p>يمكنك الحجز على موقع المنطقة أو الاتصال بالرقم المجاني.</p>",
                "documents": ["جواز السفر", "تصريح الإقامة", "الرمز الضريبي (codice fiscale)"],
                "where": "Centro per l'impiego di Bologna, Via Capramozza 2",
                "cost": "مجاني",
                "duration": "من أسبوع إلى أسبوعين",
            }},
            {"type": "step", "value": {
                "title": "اذهب إلى المقابلة مع المستشار",
                "details": "<p>أحضر سيرتك الذاتية إن كانت لديك.</p>",
                "documents": ["السيرة الذاتية"],
                "where": "", "cost": "", "duration": "ساعة واحدة",
            }},
            {"type": "step", "value": {
                "title": "وقّع إعلان الاستعداد الفوري للعمل (DID)",
                "details": "", "documents": [], "where": "", "cost": "", "duration": "",
            }},
        ],
        faq_it=[{"type": "question", "value": {
            "question": "Devo parlare italiano?", "answer": "<p>No: c'è un mediatore.</p>"}}],
        faq_ar=[{"type": "question", "value": {
            "question": "هل يجب أن أتكلم الإيطالية؟",
            "answer": "<p>لا: يوجد وسيط ثقافي يساعدك.</p>"}}],
        legal_references_it=[{"type": "reference", "value": {
            "text": "D.Lgs. 14 settembre 2015, n. 150, art. 19",
            "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2015-09-14;150",
            "note": "Stato di disoccupazione"}}],
        attachments=[{"type": "document", "value": leaflet[0].pk}],
    )
    HubFeaturedGuide.objects.create(page=hub, guide=guide, sort_order=99)
print(json.dumps({
    "guide_it": url_in(guide, "it"), "guide_ar": url_in(guide, "ar"),
    "hub_it": url_in(hub, "it"), "hub_ar": url_in(hub, "ar"),
}))
"""


@pytest.fixture(scope="module")
def urls(portal) -> dict[str, str]:
    printed = run_in_portal(portal, GUIDE_SETUP)
    return json.loads(printed.splitlines()[-1])


def open_page(page: Page, url: str, viewport: dict) -> None:
    page.set_viewport_size(viewport)
    response = page.goto(url)
    assert response is not None and response.status == 200, url


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def no_sideways_scrolling(page: Page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("it", "ltr")])
def test_guide_on_a_phone_fits_and_numbers_steps_at_the_start_of_the_line(
    page, portal, urls, screenshot_dir, language, direction
):
    open_page(page, f"{portal.url}{urls[f'guide_{language}']}", PHONE)

    expect(page.locator("html")).to_have_attribute("dir", direction)
    steps = page.locator("ol.portal-steps > li")
    expect(steps).to_have_count(3 if language == "ar" else 1)
    no_sideways_scrolling(page)
    # The number is drawn in the step's padding at the start of the line: right in
    # Arabic, left in Italian. The title starts after it.
    item = steps.first.bounding_box()
    title = steps.first.locator("h3").bounding_box()
    number_width = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.portal-step'), '::before').width)"
    )
    assert number_width >= 30
    if direction == "rtl":
        assert item["x"] + item["width"] - (title["x"] + title["width"]) >= 40
    else:
        assert title["x"] - item["x"] >= 40
    page.screenshot(path=screenshot_dir / f"guide-{language}-360.png", full_page=True)


def test_guide_in_arabic_on_a_phone_has_no_serious_accessibility_violations(page, portal, urls):
    open_page(page, f"{portal.url}{urls['guide_ar']}", PHONE)

    assert serious_violations(page) == []


@pytest.mark.parametrize("language", ["ar", "it"])
def test_hub_page_on_a_phone_has_no_serious_accessibility_violations(
    page, portal, urls, screenshot_dir, language
):
    open_page(page, f"{portal.url}{urls[f'hub_{language}']}", PHONE)

    assert serious_violations(page) == []
    no_sideways_scrolling(page)
    page.screenshot(path=screenshot_dir / f"hub-{language}-360.png", full_page=True)


def test_hub_page_on_a_desktop(page, portal, urls, screenshot_dir):
    open_page(page, f"{portal.url}{urls['hub_it']}", DESKTOP)

    expect(page.locator(".portal-hub-contacts")).to_be_visible()
    expect(page.locator("#hub-featured-title")).to_be_visible()
    page.screenshot(path=screenshot_dir / "hub-it-1280.png", full_page=True)
    open_page(page, f"{portal.url}{urls['hub_ar']}", DESKTOP)
    page.screenshot(path=screenshot_dir / "hub-ar-1280.png", full_page=True)


def test_a_reader_filters_the_hub_and_opens_the_guide_without_a_script(page, portal, urls, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    reader = context.new_page()
    try:
        reader.goto(f"{portal.url}{urls['hub_ar']}")
        reader.select_option("#hub-audience", "operators")
        reader.locator("form.portal-hub-filter button[type=submit]").click()
        expect(reader).to_have_url(f"{portal.url}{urls['hub_ar']}?audience=operators#hub-guides")
        reader.locator(".portal-topic a", has_text="التسجيل في مركز التوظيف").click()
        expect(reader.locator("h1")).to_have_text("التسجيل في مركز التوظيف")
        question = reader.locator("#faq details").first
        question.locator("summary").click()
        expect(question).to_have_attribute("open", "")
    finally:
        context.close()
