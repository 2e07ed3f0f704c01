"""Each translation is missing, up to date or outdated; editors see it, translators export it."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from portal.admin.translation_status import TranslationStatusPanel
from portal.models import ContentPage, PageTranslation, PageTranslationSource
from portal.translation_status import (
    TranslationState,
    translatable_page_models,
    translation_coverage,
    translation_states,
    translation_status_record,
)
from tests import factories

pytestmark = pytest.mark.django_db

MISSING = TranslationState.MISSING
UP_TO_DATE = TranslationState.UP_TO_DATE
OUTDATED = TranslationState.OUTDATED


def republish(page, **fields):
    """Publish a new revision of ``page`` with ``fields`` changed, as code does."""
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    return factories.publish(page)


def edit_url(page) -> str:
    return f"/admin/pages/{page.pk}/edit/"


def editor_form_data(client, page, **changes):
    """What the page editor posts: its fields as rendered, plus what the editor typed.

    Stream fields are drawn by JavaScript, so they are rebuilt from the page as it stands,
    through the rich text editor's own format, the way a browser would send them back.
    """
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    specific = type(page).objects.get(pk=page.pk)
    for name in [key for key in vars(specific) if key.startswith("body_")]:
        blocks = list(getattr(specific, name))
        data[f"{name}-count"] = str(len(blocks))
        for index, block in enumerate(blocks):
            data[f"{name}-{index}-type"] = block.block_type
            data[f"{name}-{index}-value"] = rich_text(block.value.source)
            data[f"{name}-{index}-id"] = block.id
            data[f"{name}-{index}-order"] = str(index)
            data[f"{name}-{index}-deleted"] = ""
    for name, value in changes.items():
        data[name] = value
    return data


def editor_publish(client, page, **changes):
    data = editor_form_data(client, page, **changes)
    data["action-publish"] = "action-publish"
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return type(page).objects.get(pk=page.pk)


# --- States ---------------------------------------------------------------------------


def test_publishing_translated_page_makes_its_translations_current():
    page = factories.content_page(title_en="Residence permit")

    states = translation_states(page)

    assert states["en"] == UP_TO_DATE
    assert states["ar"] == UP_TO_DATE
    assert states["fr"] == MISSING
    assert "it" not in states
    assert set(states) == {"en", "fr", "ar", "sq", "uk", "zh-hans", "ur", "ro"}


def test_language_without_a_title_is_missing_even_with_other_fields_translated():
    page = factories.content_page(intro_fr="Une page.", title_fr="")

    assert translation_states(page)["fr"] == MISSING


def test_italian_change_makes_every_translation_outdated():
    page = factories.content_page(title_en="Residence permit")

    republish(page, intro_it="Un'introduzione riscritta.")

    states = translation_states(page)
    assert states["en"] == OUTDATED
    assert states["ar"] == OUTDATED
    assert states["fr"] == MISSING


@pytest.mark.parametrize("field", ["title_it", "body_it", "seo_title_it", "search_description_it"])
def test_every_translated_field_of_the_italian_counts_as_a_change(field):
    page = factories.content_page(title_en="Residence permit")
    value = (
        [{"type": "paragraph", "value": "<p>Testo nuovo.</p>"}]
        if field == "body_it"
        else "Testo nuovo"
    )

    republish(page, **{field: value})

    assert translation_states(page)["en"] == OUTDATED


def test_italian_slug_change_leaves_translations_current():
    page = factories.content_page(title_en="Residence permit")

    republish(page, slug_it="nuovo-indirizzo")

    assert translation_states(page)["en"] == UP_TO_DATE


def test_minor_italian_change_keeps_translations_current_and_is_then_cleared():
    page = factories.content_page(title_en="Residence permit")

    republish(page, intro_it="Una pagina di contenuto, corretta.", translation_minor_change=True)

    assert translation_states(page)["en"] == UP_TO_DATE
    assert translation_states(page)["ar"] == UP_TO_DATE
    assert ContentPage.objects.get(pk=page.pk).translation_minor_change is False


def test_italian_change_after_a_minor_one_still_outdates_translations():
    page = factories.content_page(title_en="Residence permit")
    republish(page, intro_it="Corretta.", translation_minor_change=True)

    republish(page, intro_it="Riscritta del tutto.")

    assert translation_states(page)["en"] == OUTDATED


def test_republishing_the_translation_makes_it_current_again():
    page = factories.content_page(title_en="Residence permit")
    republish(page, intro_it="Un'introduzione riscritta.")

    republish(page, intro_en="A rewritten introduction.")

    states = translation_states(page)
    assert states["en"] == UP_TO_DATE
    assert states["ar"] == OUTDATED


def test_republishing_without_changes_keeps_the_state():
    page = factories.content_page(title_en="Residence permit")
    republish(page, intro_it="Un'introduzione riscritta.")

    republish(page)

    assert translation_states(page)["en"] == OUTDATED
    assert translation_states(page)["fr"] == MISSING


def test_fixing_italian_and_english_together_leaves_only_english_current():
    page = factories.content_page(title_en="Residence permit")

    republish(page, intro_it="Riscritta.", intro_en="Rewritten.")

    states = translation_states(page)
    assert states["en"] == UP_TO_DATE
    assert states["ar"] == OUTDATED


def test_adding_a_translation_later_makes_it_current():
    page = factories.content_page()
    republish(page, intro_it="Riscritta.")

    page = republish(page, title_fr="Permis de séjour")

    states = translation_states(page)
    assert states["fr"] == UP_TO_DATE
    assert states["ar"] == OUTDATED


def test_page_published_before_tracking_began_compares_with_its_last_publication():
    page = factories.content_page(title_en="Residence permit")
    PageTranslationSource.objects.filter(page_id=page.pk).delete()
    PageTranslation.objects.filter(page_id=page.pk).delete()

    republish(page, intro_it="Un'introduzione riscritta.")

    assert translation_states(page)["en"] == OUTDATED


def test_scheduled_publication_is_recorded_when_it_goes_live():
    page = ContentPage.objects.get(pk=factories.content_page(title_en="Residence permit").pk)
    page.intro_it = "Riscritta, dal mese prossimo."
    page.go_live_at = timezone.now() + timedelta(days=30)
    revision = page.save_revision()
    revision.publish()

    assert translation_states(page)["en"] == UP_TO_DATE

    # A month later: the scheduled time has come and the scheduler runs.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")

    assert ContentPage.objects.get(pk=page.pk).intro_it == "Riscritta, dal mese prossimo."
    assert translation_states(page)["en"] == OUTDATED


def test_deleting_a_page_deletes_its_status():
    page = factories.content_page(title_en="Residence permit")

    page.delete()

    assert not PageTranslation.objects.filter(page_id=page.pk).exists()
    assert not PageTranslationSource.objects.filter(page_id=page.pk).exists()


def test_status_record_marks_a_translation_outdated_or_current_for_demo_content():
    page = factories.content_page(title_en="Residence permit")
    now = timezone.now()

    translation_status_record(
        page=page,
        language="en",
        translated_at=now - timedelta(days=40),
        source_changed_at=now - timedelta(days=3),
    )
    assert translation_states(page)["en"] == OUTDATED
    assert translation_states(page)["ar"] == UP_TO_DATE

    translation_status_record(page=page, language="en", translated_at=now)
    assert translation_states(page)["en"] == UP_TO_DATE


def test_status_record_refuses_the_source_language():
    page = factories.content_page()

    with pytest.raises(ValueError):
        translation_status_record(page=page, language="it", translated_at=timezone.now())


# --- Page editor ----------------------------------------------------------------------


def test_italian_edit_in_the_page_editor_marks_translations_outdated(admin_client):
    page = factories.content_page(title_en="Residence permit")

    editor_publish(admin_client, page, intro_it="Riscritta nell'editor.")

    states = translation_states(page)
    assert states["en"] == OUTDATED
    assert states["ar"] == OUTDATED


def test_minor_change_ticked_in_the_page_editor_keeps_translations_current(admin_client):
    page = factories.content_page(title_en="Residence permit")

    page = editor_publish(
        admin_client, page, intro_it="Corretta nell'editor.", translation_minor_change="on"
    )

    assert page.intro_it == "Corretta nell'editor."
    assert translation_states(page)["en"] == UP_TO_DATE
    assert page.translation_minor_change is False


def test_minor_change_box_starts_unticked_even_when_the_draft_ticked_it(admin_client):
    page = factories.content_page(title_en="Residence permit")
    data = editor_form_data(
        admin_client, page, intro_it="Bozza corretta.", translation_minor_change="on"
    )
    assert admin_client.post(edit_url(page), data).status_code == 302
    latest = ContentPage.objects.get(pk=page.pk).get_latest_revision()
    assert latest.content["translation_minor_change"] is True

    soup = BeautifulSoup(admin_client.get(edit_url(page)).content, "html.parser")

    box = soup.find("input", attrs={"name": "translation_minor_change"})
    assert box is not None
    assert box.get("type") == "checkbox"
    assert not box.has_attr("checked")


def test_saving_through_the_editor_does_not_count_as_translating(admin_client):
    """The rich text editor rewrites block keys and ids; the words are what count."""
    page = factories.content_page(title_en="Residence permit")
    republish(page, intro_it="Riscritta.")

    editor_publish(admin_client, page, intro_it="Riscritta ancora.")

    assert translation_states(page)["ar"] == OUTDATED


def test_page_editor_shows_each_translation_state_and_keeps_the_language_toggle(admin_client):
    page = factories.content_page(title_en="Residence permit")
    republish(page, intro_it="Riscritta.")

    response = admin_client.get(edit_url(page))

    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    shown = {
        row["data-translation-language"]: row["data-translation-state"]
        for row in soup.select(".portal-translation-status [data-translation-language]")
    }
    assert shown == {
        "en": "outdated",
        "fr": "missing",
        "ar": "outdated",
        "sq": "missing",
        "uk": "missing",
        "zh-hans": "missing",
        "ur": "missing",
        "ro": "missing",
    }
    # wagtail-modeltranslation's per-language toggle still loads in the editor.
    assert "wagtail_modeltranslation/js/language_toggles.js" in html
    assert "wagtailModelTranslations" in html


@pytest.mark.parametrize("model", translatable_page_models(), ids=lambda model: model.__name__)
def test_every_page_type_gets_the_translation_panel_without_listing_it(model):
    def panels(panel):
        yield panel
        for child in getattr(panel, "children", []):
            yield from panels(child)

    edit_handler = model.get_edit_handler()

    assert any(isinstance(panel, TranslationStatusPanel) for panel in panels(edit_handler))
    assert "translation_minor_change" in edit_handler.get_form_class().base_fields


@pytest.mark.parametrize("kind", ["home", "section", "content"])
def test_page_editor_of_each_page_type_renders_the_translation_panel(admin_client, kind):
    home = factories.home_page()
    page = {
        "home": lambda: home,
        "section": lambda: factories.section_page(),
        "content": lambda: factories.content_page(),
    }[kind]()
    meta = type(page)._meta

    edit = admin_client.get(edit_url(page))
    add = admin_client.get(f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{home.pk}/")

    assert edit.status_code == 200
    assert b"portal-translation-status" in edit.content
    assert b'name="translation_minor_change"' in edit.content
    if kind != "home":  # there is only ever one home page
        assert add.status_code == 200
        assert b'name="translation_minor_change"' in add.content


# --- Report ---------------------------------------------------------------------------


@pytest.fixture
def site_with_sections():
    """Two sections; in the first, one English page outdated and one never translated."""
    home = factories.home_page()
    first = factories.section_page(title_it="Lavoro", title_en="Work")
    second = factories.section_page(title_it="Salute", title_en="Health")
    outdated = factories.content_page(parent=first, title_it="Contratto", title_en="Contract")
    untranslated = factories.content_page(parent=first, title_it="Tirocinio")
    republish(outdated, intro_it="Riscritta.")
    current = factories.content_page(parent=second, title_it="Medico", title_en="Doctor")
    return {
        "home": home,
        "first": first,
        "second": second,
        "outdated": outdated,
        "untranslated": untranslated,
        "current": current,
    }


def listed_rows(response) -> list:
    return BeautifulSoup(response.content, "html.parser").select(
        ".portal-translation-pages tbody tr"
    )


def matrix_counts(client) -> dict[tuple[str, str], dict[str, int]]:
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    counts = {}
    for row in soup.select(".portal-translation-matrix tbody tr"):
        for cell in row.select("td"):
            counts[(row["data-section"], cell["data-language"])] = {
                item["data-state"]: int(item["data-count"]) for item in cell.select("li")
            }
    return counts


def test_report_counts_pages_by_section_language_and_state(admin_client, site_with_sections):
    pages = site_with_sections

    counts = matrix_counts(admin_client)

    first, second = str(pages["first"].pk), str(pages["second"].pk)
    # The section page itself belongs to its section: Lavoro (en current), Contratto
    # (en outdated), Tirocinio (en missing).
    assert counts[(first, "en")] == {"missing": 1, "up_to_date": 1, "outdated": 1}
    assert counts[(first, "ar")] == {"missing": 0, "up_to_date": 2, "outdated": 1}
    assert counts[(second, "en")] == {"missing": 0, "up_to_date": 2, "outdated": 0}
    assert counts[(str(pages["home"].pk), "en")] == {"missing": 1, "up_to_date": 0, "outdated": 0}
    assert counts[("all", "en")]["outdated"] == 1
    assert sum(counts[("all", "fr")].values()) == 6


def test_report_count_links_to_the_pages_behind_it(admin_client, site_with_sections):
    pages = site_with_sections
    response = admin_client.get("/admin/reports/translation-status/")
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.select_one(f'tr[data-section="{pages["first"].pk}"]')
    link = row.select_one('td[data-language="en"] li[data-state="outdated"] a')

    listing = admin_client.get(link["href"])

    listed = listed_rows(listing)
    assert [(int(tr["data-page-id"]), tr["data-language"]) for tr in listed] == [
        (pages["outdated"].pk, "en")
    ]


def test_drill_down_filters_by_section_language_and_state(admin_client, site_with_sections):
    pages = site_with_sections

    response = admin_client.get(
        "/admin/reports/translation-status/pages/",
        {"section": pages["first"].pk, "language": "en", "state": "missing"},
    )

    rows = listed_rows(response)
    assert response.status_code == 200
    assert [int(tr["data-page-id"]) for tr in rows] == [pages["untranslated"].pk]
    assert rows[0]["data-state"] == "missing"


def test_drill_down_without_filters_lists_every_page_and_language(admin_client, site_with_sections):
    response = admin_client.get("/admin/reports/translation-status/pages/")

    # Six pages × eight languages.
    assert len(listed_rows(response)) == 48


@pytest.mark.parametrize("number", ["2", "0", "abc", "99999999999999999999"])
def test_drill_down_pages_through_long_lists_and_survives_any_page_number(
    admin_client, site_with_sections, number
):
    for _index in range(2):
        factories.content_page(parent=site_with_sections["second"])

    first = admin_client.get("/admin/reports/translation-status/pages/", {"language": "", "p": "1"})
    other = admin_client.get("/admin/reports/translation-status/pages/", {"p": number})

    assert 'p=2"' in first.content.decode()
    assert other.status_code == 200
    assert listed_rows(other)


@pytest.mark.parametrize(
    "query",
    [
        {"language": "xx"},
        {"language": "it"},
        {"state": "bogus"},
        {"section": "abc"},
        {"section": "999999"},
        {"section": "1", "language": "en\x00", "state": "outdated"},
    ],
)
def test_bad_filters_show_a_message_and_the_unfiltered_list(
    admin_client, site_with_sections, query
):
    response = admin_client.get("/admin/reports/translation-status/pages/", query)

    assert response.status_code == 200
    messages = list(response.context["messages"])
    assert len(messages) == 1
    assert messages[0].level_tag == "error"
    assert len(listed_rows(response)) == 48


def test_csv_export_lists_the_filtered_pages_for_translators(admin_client, site_with_sections):
    pages = site_with_sections

    response = admin_client.get(
        "/admin/reports/translation-status/pages.csv", {"language": "en", "state": "outdated"}
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    page_id, title, section, language, state, url, admin_url, changed, translated = rows[1]
    assert int(page_id) == pages["outdated"].pk
    assert title == "Contratto"
    assert section == "Lavoro"
    assert language == "en"
    assert state == str(OUTDATED.label)
    assert url == f"http://localhost/it/{pages['first'].slug_it}/{pages['outdated'].slug_it}/"
    assert admin_url == f"http://testserver/admin/pages/{pages['outdated'].pk}/edit/"
    assert changed and translated
    assert datetime.fromisoformat(changed) >= datetime.fromisoformat(translated)


def test_csv_export_never_hands_a_formula_to_a_spreadsheet(admin_client):
    factories.content_page(title_it="=1+2")

    response = admin_client.get("/admin/reports/translation-status/pages.csv", {"language": "en"})

    titles = [row[1] for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))]
    assert "'=1+2" in titles


def test_csv_export_with_bad_filters_sends_back_to_the_list_that_explains(admin_client):
    factories.content_page()

    response = admin_client.get("/admin/reports/translation-status/pages.csv", {"state": "x"})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/reports/translation-status/pages/?")


def test_report_reads_a_handful_of_queries_whatever_the_number_of_pages(
    admin_user, site_with_sections
):
    with CaptureQueriesContext(connection) as few:
        translation_coverage(user=admin_user)
    for _number in range(5):
        factories.content_page(parent=site_with_sections["second"], title_en="More")

    with CaptureQueriesContext(connection) as more:
        coverage = translation_coverage(user=admin_user)

    assert len(coverage.rows) == 11 * 8
    assert len(more.captured_queries) == len(few.captured_queries) <= 6


# --- Who sees what --------------------------------------------------------------------

REPORT_URLS = [
    "/admin/reports/translation-status/",
    "/admin/reports/translation-status/pages/",
    "/admin/reports/translation-status/pages.csv",
]


@pytest.mark.parametrize("url", REPORT_URLS)
def test_anonymous_visitor_is_sent_to_the_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", REPORT_URLS)
def test_user_without_admin_access_gets_nothing(client, django_user_model, url):
    factories.content_page(title_en="Residence permit")
    client.force_login(django_user_model.objects.create_user("lettore", password="x"))

    response = client.get(url)

    assert response.status_code in (302, 403)
    assert b"portal-translation" not in response.content
    assert not response.get("Content-Type", "").startswith("text/csv")


def hub_editor(django_user_model, section):
    group = Group.objects.create(name=f"Redazione {section.pk}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=section,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = django_user_model.objects.create_user(f"hub{section.pk}", password="x")
    user.groups.add(group)
    return user


def test_editor_sees_only_the_pages_they_can_edit(client, django_user_model, site_with_sections):
    pages = site_with_sections
    client.force_login(hub_editor(django_user_model, pages["second"]))

    counts = matrix_counts(client)
    listing = client.get("/admin/reports/translation-status/pages/")
    exported = client.get("/admin/reports/translation-status/pages.csv")

    assert {section for section, _language in counts} == {str(pages["second"].pk)}
    listed = {int(tr["data-page-id"]) for tr in listed_rows(listing)}
    assert listed == {pages["second"].pk, pages["current"].pk}
    exported_ids = {
        int(row[0])
        for row in list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))[1:]
    }
    assert exported_ids == {pages["second"].pk, pages["current"].pk}


def test_editor_cannot_filter_on_a_section_they_cannot_edit(
    client, django_user_model, site_with_sections
):
    pages = site_with_sections
    client.force_login(hub_editor(django_user_model, pages["second"]))

    response = client.get(
        "/admin/reports/translation-status/pages/", {"section": pages["first"].pk}
    )

    assert len(list(response.context["messages"])) == 1
    assert pages["outdated"].pk not in {int(tr["data-page-id"]) for tr in listed_rows(response)}


def test_report_is_in_the_reports_menu_for_editors_only(client, django_user_model, admin_client):
    section = factories.section_page()
    reader = django_user_model.objects.create_user("solo-admin", password="x")
    reader.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    client.force_login(reader)
    without_pages = client.get("/admin/")
    client.force_login(hub_editor(django_user_model, section))
    with_pages = client.get("/admin/")

    assert b"/admin/reports/translation-status/" in admin_client.get("/admin/").content
    assert b"/admin/reports/translation-status/" in with_pages.content
    assert b"/admin/reports/translation-status/" not in without_pages.content
    assert client.get("/admin/reports/translation-status/").status_code == 200


def test_each_hub_is_a_row_of_the_report(django_user_model):
    from portal.translation_status import translation_coverage

    guide = factories.guide_page(parent=factories.hub_page("salute"))
    admin = django_user_model.objects.create_superuser("report-admin", password="x")

    coverage = translation_coverage(user=admin)

    titles = [section.title for section in coverage.sections]
    assert "Salute" in titles and "Lavoro" in titles and "I cinque HUB" in titles
    guide_section = {row.section.title for row in coverage.rows if row.page.pk == guide.pk}
    assert guide_section == {"Salute"}
    index_section = {row.section.title for row in coverage.rows if row.page.slug == "hub"}
    assert index_section == {"I cinque HUB"}
