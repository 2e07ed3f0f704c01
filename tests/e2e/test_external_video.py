"""An external video sends nothing to its host until the reader asks for it."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import run_in_portal

pytestmark = pytest.mark.e2e

CREATE_VIDEO_PAGE = """
from django.utils import translation
from portal.models import ContentPage, HomePage
home = HomePage.objects.get()
page = home.get_children().filter(slug_it="video-prova").first()
if page is None:
    with translation.override("it"):
        page = ContentPage(
            title="Video di prova", slug="video-prova",
            body_it=[{"type": "video", "value": {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Come rinnovare il permesso di soggiorno", "transcript": ""}}],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
print(page.slug_it)
"""


@pytest.mark.stub_hosts("www.youtube-nocookie.com")
def test_video_is_requested_only_after_the_click(page, portal):
    slug = run_in_portal(portal, CREATE_VIDEO_PAGE)
    page.goto(f"{portal.url}/it/{slug}/")

    expect(page.locator(".portal-video-consent")).to_be_visible()
    assert page.locator("iframe").count() == 0
    assert page.stubbed_requests == []

    page.get_by_role("button", name="Carica il video da YouTube").click()

    frame = page.locator("iframe.portal-video-frame")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    expect(frame).to_have_attribute("title", "Come rinnovare il permesso di soggiorno")
    page.wait_for_function("document.querySelector('iframe.portal-video-frame') !== null")
    page.wait_for_timeout(300)
    assert any("youtube-nocookie.com/embed/" in url for url in page.stubbed_requests)
