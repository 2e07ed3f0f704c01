"""A caption file goes through the page editor's caption panel: a broken one is refused
with its line and nothing is saved; a good one is stored with the kit."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.blocks import StreamBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from media_kits.models import MediaKitPage
from tests import factories

pytestmark = pytest.mark.django_db

GOOD_VTT = "WEBVTT\n\n00:00.000 --> 00:02.500\nPrendi appuntamento.\n"
# Line 6 holds the broken timings.
BROKEN_VTT = (
    "WEBVTT\n\n00:00.000 --> 00:01.500\nPrendi appuntamento.\n\n"
    "00:01.5 --> 00:03\nPorta i documenti.\n"
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redazione", "r@example.it", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def kit_form_data(caption_file) -> dict:
    """What the editor posts for a new kit with one Italian caption track."""
    data = {
        "title_it": "Kit di prova",
        "slug_it": "kit-di-prova",
        "captions": inline_formset([{"language": "it", "file": caption_file}]),
        "audio_tracks": inline_formset([]),
        "infographics": inline_formset([]),
        "related_guides": inline_formset([]),
        "related_events": inline_formset([]),
        "comments": inline_formset([]),
    }
    for field in MediaKitPage._meta.get_fields():
        if isinstance(getattr(field, "stream_block", None), StreamBlock):
            data[field.name] = streamfield([])
    return nested_form_data(data)


def post_new_kit(client, caption_file):
    hub = factories.hub_page("salute")
    url = reverse("wagtailadmin_pages:add", args=("media_kits", "mediakitpage", hub.pk))
    return client.post(url, kit_form_data(caption_file))


def test_a_broken_caption_file_is_refused_in_the_editor_with_its_line(editor_client):
    response = post_new_kit(editor_client, SimpleUploadedFile("it.vtt", BROKEN_VTT.encode()))

    assert response.status_code == 200
    formset = response.context["form"].formsets["captions"]
    [errors] = [form.errors["file"] for form in formset.forms if form.errors]
    with translation.override("en"):
        problem = gettext(
            "the timestamp “%(timing)s” is not valid. Write times as 00:01.500 or "
            "01:02:03.000 (two digits for minutes and seconds, three for milliseconds)."
        ) % {"timing": "00:01.5 --> 00:03"}
        assert errors == [gettext("Line %(line)s: %(problem)s") % {"line": 6, "problem": problem}]
    assert not MediaKitPage.objects.filter(slug_it="kit-di-prova").exists()


def test_a_good_caption_file_is_stored_with_the_kit(editor_client):
    response = post_new_kit(editor_client, SimpleUploadedFile("it.vtt", GOOD_VTT.encode()))

    assert response.status_code == 302, response.context["form"].errors
    kit = MediaKitPage.objects.get(slug_it="kit-di-prova")
    [caption] = kit.captions.all()
    assert caption.language == "it"
    assert caption.file.read().decode() == GOOD_VTT
