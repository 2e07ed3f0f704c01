"""A kit's page: the procedure in words, the player with its caption tracks, the Italian
media in place of what the reader's language lacks, and the files served for the player."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from hubs.models import HubPage
from media_kits.models import KitRelatedEvent, KitRelatedGuide, MediaKitIndexPage, MediaKitPage
from media_kits.selectors import kit_media
from media_kits.selectors.media import INFOGRAPHIC_RENDITION
from portal.models import HomePage
from tests import factories
from tests.factories import url_in
from tests.media_kits.kit_world import media_kit

pytestmark = pytest.mark.django_db

YOUTUBE = [
    {
        "type": "video",
        "value": {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "La tessera sanitaria",
            "transcript": "",
        },
    }
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def tracks(soup: BeautifulSoup) -> list[tuple[str, str, bool]]:
    return [
        (track["srclang"], track["label"], track.has_attr("default"))
        for track in soup.select("video track[kind=captions]")
    ]


def in_language(code: str, message: str, **values) -> str:
    with translation.override(code):
        return gettext(message) % values if values else gettext(message)


# --- Where a kit may live ---------------------------------------------------------------


def test_a_kit_lives_under_a_hub_or_the_regional_index_only():
    hub = factories.hub_page("salute")
    home = HomePage.objects.get()

    assert MediaKitPage.can_create_at(hub)
    assert MediaKitIndexPage.can_create_at(home)
    assert not MediaKitPage.can_create_at(home)
    assert "media_kits.MediaKitPage" in HubPage.subpage_types


# --- The procedure in words -------------------------------------------------------------


def test_the_kit_reads_in_arabic_right_to_left(client):
    kit = media_kit()

    soup = soup_of(client, url_in(kit, "ar"))

    assert soup.html["lang"] == "ar" and soup.html["dir"] == "rtl"
    assert soup.h1.get_text() == kit.title_ar
    assert soup.select_one(".portal-page-header .lead").get_text() == kit.intro_ar
    assert soup.select_one(".portal-step-title").get_text() == "اذهب إلى مكتب الوحدة الصحية"
    assert [li.get_text() for li in soup.select("#what-you-need-title ~ ul li")] == [
        "تصريح الإقامة",
        "الرمز الضريبي",
    ]
    duties_rights = soup.select_one("#duties-rights").get_text()
    assert "جدد التسجيل عندما تجدد التصريح" in duties_rights
    assert "لك الحق في طبيب أسرة" in duties_rights
    # Nothing in the kit is marked as Italian: every text of it exists in Arabic.
    assert soup.select(".portal-kit [lang=it]") == []
    assert soup.select(".portal-kit-media-notice") == []


def test_the_table_of_contents_lists_the_sections_there_are(client):
    kit = media_kit(infographics=0, transcript_it="", transcript_ar="")

    soup = soup_of(client, url_in(kit, "it"))

    anchors = [a["href"] for a in soup.select(".portal-toc a")]
    assert anchors == ["#watch", "#steps", "#what-you-need", "#where-to-go", "#duties-rights"]
    for anchor in anchors:
        assert soup.select_one(anchor) is not None


# --- The player -------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "default"), [("it", "it"), ("ar", "ar")])
def test_captions_are_on_in_the_readers_language(client, language, default):
    kit = media_kit(captions=("it", "ar"))

    soup = soup_of(client, url_in(kit, language))

    assert tracks(soup) == [("it", "Italiano", default == "it"), ("ar", "العربية", default == "ar")]
    video = soup.select_one("video")
    assert video.has_attr("controls")
    assert not video.has_attr("autoplay")
    assert (
        video.select_one("source")["src"]
        == f"/media-kits/files/{kit.video.pk}/{kit.video.filename}"
    )
    assert video.select_one("source")["type"] == "video/webm"
    # No Italian-captions notice where the reader's own captions exist.
    assert soup.select(".portal-kit-media-notice") == []


def test_a_language_without_its_own_media_gets_the_italian_ones_with_a_notice(client):
    kit = media_kit(
        captions=("it", "ar"), audio=("it",), title_en="Health card", intro_en="How to."
    )

    soup = soup_of(client, url_in(kit, "en"))

    assert tracks(soup) == [("it", "Italiano", True), ("ar", "العربية", False)]
    notice = soup.select_one(".portal-kit-media-notice")
    assert notice is not None
    listed = [li.get_text() for li in notice.select("li")]
    assert listed == [
        in_language("en", "the video's captions"),
        in_language("en", "the audio narration"),
        in_language("en", "some pictures"),  # their alt text
        in_language("en", "the transcript"),
    ]
    audio = soup.select_one("audio")
    assert audio["lang"] == "it"
    assert audio["src"].endswith("-it.ogg")
    # The transcript shown is the Italian one, and says so.
    assert soup.select_one("#transcript .portal-richtext")["lang"] == "it"


def test_the_arabic_reader_hears_the_arabic_narration(client):
    kit = media_kit(audio=("it", "ar"))

    soup = soup_of(client, url_in(kit, "ar"))

    audio = soup.select_one("audio")
    assert audio["lang"] == "ar" and audio["src"].endswith("-ar.ogg")
    assert audio.has_attr("controls")


def test_kit_media_says_which_language_each_item_is_in():
    kit = media_kit(captions=("it",), audio=("it", "ar"))

    arabic = kit_media(kit=kit, language="ar")

    assert arabic.caption.language == "it"
    assert arabic.audio_language == "ar"
    assert arabic.transcript.language == "ar"
    assert arabic.fallbacks == ["captions"]
    assert [item.alt_text.language for item in arabic.infographics] == ["ar"]


def test_a_video_elsewhere_waits_behind_the_consent_placeholder(client):
    kit = media_kit(video=False, captions=(), audio=(), external_video_it=YOUTUBE)

    soup = soup_of(client, url_in(kit, "it"))

    assert soup.select("video") == [] and soup.select("iframe") == []
    figure = soup.select_one("#watch .portal-video")
    assert figure["data-embed-src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert figure.select_one("button.portal-video-load") is not None


def test_a_kit_without_media_has_no_player(client):
    kit = media_kit(video=False, captions=(), audio=(), infographics=0)

    soup = soup_of(client, url_in(kit, "it"))

    assert soup.select("#watch") == [] and soup.select("video, audio") == []


def test_infographics_show_the_language_variant_and_its_alt_text(client):
    kit = media_kit(infographics=1)
    item = kit.infographics.get()
    arabic_picture = factories.image(title="Infografica araba")
    item.image_ar = arabic_picture
    item.save()

    arabic = soup_of(client, url_in(kit, "ar")).select_one("#infographics img")
    italian = soup_of(client, url_in(kit, "it")).select_one("#infographics img")

    assert arabic["alt"] == "خريطة مع المكتب."
    assert italian["alt"] == "Una mappa con lo sportello."
    assert arabic["src"] == arabic_picture.get_rendition(INFOGRAPHIC_RENDITION).url
    assert italian["src"] == item.image_it.get_rendition(INFOGRAPHIC_RENDITION).url
    assert arabic["src"] != italian["src"]


def test_the_page_sets_no_cookie(client):
    kit = media_kit()

    response = client.get(url_in(kit, "ar"))

    assert response.status_code == 200
    assert response.cookies == {}


# --- Related guides and events ----------------------------------------------------------


def test_only_public_live_related_guides_are_listed(client):
    hub = factories.hub_page("salute")
    kit = media_kit(parent=hub)
    shown = factories.guide_page(parent=hub, title_it="Scegliere il medico")
    hidden = factories.guide_page(parent=hub, title_it="Bozza")
    hidden.unpublish()
    KitRelatedGuide.objects.create(page=kit, guide=shown, sort_order=0)
    KitRelatedGuide.objects.create(page=kit, guide=hidden, sort_order=1)

    soup = soup_of(client, url_in(kit, "it"))

    assert [a.get_text() for a in soup.select("#related a")] == ["Scegliere il medico"]
    assert soup.select_one("#related a")["href"] == url_in(shown, "it")
    assert KitRelatedEvent.objects.count() == 0


# --- The regional index -----------------------------------------------------------------


def test_the_index_lists_every_live_kit_wherever_it_lives(client):
    home = HomePage.objects.first() or factories.home_page()
    index = MediaKitIndexPage(title="Kit multimediali", slug="kit-multimediali")
    home.add_child(instance=index)
    factories.publish(index)
    regional = media_kit(parent=index, title_it="Kit regionale")
    in_hub = media_kit(title_it="Kit del HUB")
    draft = media_kit(title_it="Kit in bozza")
    draft.unpublish()

    soup = soup_of(client, url_in(index, "it"))

    titles = [a.get_text() for a in soup.select(".portal-kits .card-title a")]
    assert titles == sorted([regional.title, in_hub.title], key=str.casefold)


# --- Files for the player ---------------------------------------------------------------


def test_caption_tracks_are_served_as_webvtt_from_the_portal(client):
    kit = media_kit(captions=("ar",))
    caption = kit.captions.get()
    soup = soup_of(client, url_in(kit, "ar"))
    src = soup.select_one("video track")["src"]

    response = client.get(src)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert b"".join(response.streaming_content).decode() == caption.file.open().read().decode()
    assert response.cookies == {}


def test_media_files_answer_byte_ranges(client):
    kit = media_kit()
    url = f"/media-kits/files/{kit.video.pk}/{kit.video.filename}"
    whole = kit.video.file.open("rb").read()

    first = client.get(url, HTTP_RANGE="bytes=0-99")
    tail = client.get(url, HTTP_RANGE="bytes=-50")
    beyond = client.get(url, HTTP_RANGE=f"bytes={len(whole)}-")
    everything = client.get(url)

    assert first.status_code == 206
    assert first["Content-Range"] == f"bytes 0-99/{len(whole)}"
    assert b"".join(first.streaming_content) == whole[:100]
    assert b"".join(tail.streaming_content) == whole[-50:]
    assert beyond.status_code == 416
    assert everything.status_code == 200 and everything["Accept-Ranges"] == "bytes"
    assert b"".join(everything.streaming_content) == whole
    assert everything["Content-Type"] == "video/webm"


def test_a_wrong_file_name_or_method_is_refused(client):
    kit = media_kit()

    assert client.get(f"/media-kits/files/{kit.video.pk}/other.webm").status_code == 404
    assert client.get("/media-kits/captions/999999/it.vtt").status_code == 404
    assert client.post(f"/media-kits/files/{kit.video.pk}/{kit.video.filename}").status_code == 405


def test_a_missing_file_is_not_found_rather_than_an_error(client):
    kit = media_kit()
    kit.video.file.storage.delete(kit.video.file.name)

    assert client.get(f"/media-kits/files/{kit.video.pk}/{kit.video.filename}").status_code == 404


# --- Cost -------------------------------------------------------------------------------


def test_the_kit_page_renders_with_few_queries(client, django_assert_max_num_queries):
    hub = factories.hub_page("salute")
    kit = media_kit(parent=hub, captions=("it", "ar"), audio=("it", "ar"), infographics=2)
    KitRelatedGuide.objects.create(page=kit, guide=factories.guide_page(parent=hub), sort_order=0)
    url = url_in(kit, "ar")
    client.get(url)  # first render: the infographics' renditions are made
    # Then rendered from scratch: not from the page cache, nor with cached menus and footer.
    cache.clear()

    # About 26 are the portal's for any page (routing, menus, footer, language links, all
    # uncached here); the kit's own reads are a dozen: its rows of captions, narrations,
    # pictures and links, the media files, the pictures and renditions, the linked pages.
    with django_assert_max_num_queries(40):
        response = client.get(url)

    assert response.status_code == 200
