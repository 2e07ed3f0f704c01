"""The outbox outside the report: the dashboard counts, the editor's "PIM deliveries" panel,
and the sharing fields only those who may share can change."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import translation

from hubs.models import GuidePage
from sync_pim.admin.outbox_panels import OutboxDeliveriesPanel
from sync_pim.forms import pim_fields_restrict
from sync_pim.models import OutboxState
from tests.hubs.permission_world import edit_form_data
from tests.services import require_postgres
from tests.sync_pim.admin_support import (
    REPORT,
    client_for,
    dead_after_400,
    entry,
    entry_path,
    pim_world_built,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def _postgres() -> None:
    require_postgres()


@pytest.fixture(scope="module")
def pim_world(django_db_setup, django_db_blocker):
    yield from pim_world_built(django_db_blocker)


# --- Dashboard --------------------------------------------------------------------------


def dashboard_counts(response) -> dict[str, tuple[int, str]] | None:
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("[data-outbox-dashboard]")
    if panel is None:
        return None
    counts = {}
    for item in panel.select("[data-outbox-count]"):
        link = item.select_one("a")
        counts[item["data-outbox-count"]] = (
            int(link.select_one("[data-outbox-number]").text),
            link,
        )
    return counts


def test_dashboard_counts_each_state_and_links_to_the_filtered_report(pim_world) -> None:
    guide = pim_world["guide"]
    entry(page=guide)
    entry(page=guide, language="ar")
    entry(page=guide, state=OutboxState.FAILED, attempts=3)
    dead_after_400(guide, language="en")
    entry(page=guide, state=OutboxState.DELIVERED, age=2 * DAY)
    entry(page=guide, state=OutboxState.DELIVERED, age=30 * DAY)
    entry(page=guide, state=OutboxState.SUPERSEDED)

    response = client_for(pim_world["people"], "regionale").get("/admin/")
    assert response.status_code == 200
    counts = dashboard_counts(response)
    assert {state: number for state, (number, _link) in counts.items()} == {
        "pending": 2,
        "failed": 1,
        "dead": 1,
        "delivered": 1,
    }
    links = {state: link["href"] for state, (_number, link) in counts.items()}
    assert links["dead"] == f"{REPORT}?state=dead"
    assert links["delivered"] == f"{REPORT}?state=delivered&within=7"
    # Dead entries stand out in red.
    assert "w-text-critical-200" in counts["dead"][1].get("class", [])
    # The delivered link lists exactly the deliveries counted.
    report = client_for(pim_world["people"], "regionale").get(links["delivered"])
    assert report.content.count(b'data-outbox-state="delivered"') == 1


def test_dashboard_of_a_hub_editor_has_no_pim_panel(pim_world) -> None:
    dead_after_400(pim_world["guide"])
    for role in ("redattore-lavoro", "moderatore-lavoro"):
        response = client_for(pim_world["people"], role).get("/admin/")
        assert response.status_code == 200
        assert dashboard_counts(response) is None, role
        assert REPORT.encode() not in response.content


def test_superuser_sees_the_dashboard_panel_with_nothing_to_report(pim_world) -> None:
    counts = dashboard_counts(client_for(pim_world["people"], "admin").get("/admin/"))
    assert {state: number for state, (number, _link) in counts.items()} == {
        "pending": 0,
        "failed": 0,
        "dead": 0,
        "delivered": 0,
    }
    # Nothing dead: nothing in red.
    assert "w-text-critical-200" not in counts["dead"][1].get("class", [])


# --- Editor panel -----------------------------------------------------------------------


def _panel_html(guide: GuidePage, user) -> BeautifulSoup:
    request = RequestFactory().get(f"/admin/pages/{guide.pk}/edit/")
    request.user = user
    panel = OutboxDeliveriesPanel().bind_to_model(GuidePage)
    bound = panel.get_bound_panel(instance=guide, request=request, form=None)
    # In English, as the admin of the people of admin_support.pim_people is.
    with translation.override("en"):
        html = bound.render_html({"request": request})
    return BeautifulSoup(html, "html.parser")


def test_deliveries_panel_lists_the_last_ten_entries_of_the_page(pim_world) -> None:
    guide = pim_world["guide"]
    rows = [entry(page=guide, age=datetime.timedelta(minutes=20 - n)) for n in range(11)]
    dead = dead_after_400(guide, language="ar")
    entry(page_id=guide.pk + 5000)  # another page's

    html = _panel_html(guide, pim_world["people"]["regionale"])
    listed = [int(tr["data-outbox-entry"]) for tr in html.select("[data-outbox-entry]")]
    assert listed == [dead.pk, *[row.pk for row in reversed(rows)]][:10]
    first = html.select_one(f'[data-outbox-entry="{dead.pk}"]')
    text = first.get_text(" ", strip=True)
    assert "ar" in text and "Dead" in text and "summary is required" in text
    assert first.select_one("a")["href"] == entry_path(dead)
    assert html.select_one("[data-outbox-page-report]")["href"] == f"{REPORT}?page={guide.pk}"


def test_deliveries_panel_has_no_report_links_for_a_hub_editor(pim_world) -> None:
    guide = pim_world["guide"]
    dead_after_400(guide)
    html = _panel_html(guide, pim_world["people"]["redattore-lavoro"])
    assert len(html.select("[data-outbox-entry]")) == 1
    assert html.select("a") == []


def test_deliveries_panel_of_a_page_never_sent_says_so(pim_world) -> None:
    html = _panel_html(pim_world["guide"], pim_world["people"]["regionale"])
    assert html.select("[data-outbox-entry]") == []
    assert "has not been sent to PIM" in html.get_text()


def test_guide_editor_shows_the_pim_deliveries_panel(pim_world) -> None:
    guide = pim_world["guide"]
    dead = dead_after_400(guide)
    response = client_for(pim_world["people"], "regionale").get(f"/admin/pages/{guide.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("[data-outbox-page-panel]")
    assert panel is not None, "OutboxDeliveriesPanel is not in PimShareable.pim_panels"
    assert panel.select_one(f'[data-outbox-entry="{dead.pk}"]') is not None
    assert "PIM deliveries" in response.content.decode()


# --- Who may choose what is shared --------------------------------------------------------


def _guide_form(guide: GuidePage, user, data: dict | None = None):
    form_class = GuidePage.get_edit_handler().get_form_class()
    form = form_class(data, instance=guide, for_user=user, parent_page=guide.get_parent())
    pim_fields_restrict(form, user)
    return form


def test_hub_editor_cannot_change_the_sharing_fields(pim_world) -> None:
    guide = pim_world["guide"]
    editor = pim_world["people"]["redattore-lavoro"]
    form = _guide_form(guide, editor)
    for name in ("share_with_pim", "pim_category"):
        assert form.fields[name].disabled, name
        assert "Redazione regionale" in str(form.fields[name].help_text), name

    data = edit_form_data(guide, share_with_pim="on", pim_category="news")
    posted = _guide_form(guide, editor, data)
    posted.is_valid()
    # A disabled field keeps the page's value whatever is posted.
    assert posted.cleaned_data["share_with_pim"] is False
    assert posted.cleaned_data["pim_category"] == guide.pim_category


def test_regional_editor_and_superuser_can_change_the_sharing_fields(pim_world) -> None:
    guide = pim_world["guide"]
    for role in ("regionale", "admin"):
        form = _guide_form(guide, pim_world["people"][role])
        assert not form.fields["share_with_pim"].disabled, role
        assert not form.fields["pim_category"].disabled, role


def test_form_without_a_user_is_left_alone(pim_world) -> None:
    form = _guide_form(pim_world["guide"], None)
    assert not form.fields["share_with_pim"].disabled


def _edit(client, guide: GuidePage, **changes: str):
    return client.post(f"/admin/pages/{guide.pk}/edit/", edit_form_data(guide, **changes))


def test_hub_editor_saving_a_guide_cannot_share_it(pim_world) -> None:
    guide = pim_world["guide"]
    client = client_for(pim_world["people"], "redattore-lavoro")
    editor = BeautifulSoup(client.get(f"/admin/pages/{guide.pk}/edit/").content, "html.parser")
    assert editor.select_one('input[name="share_with_pim"]').has_attr("disabled")
    assert editor.select_one('select[name="pim_category"]').has_attr("disabled")

    revisions = guide.revisions.count()

    response = _edit(client, guide, share_with_pim="on", pim_category="news")

    assert response.status_code == 302 and guide.revisions.count() == revisions + 1
    draft = GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert (draft.share_with_pim, draft.pim_category) == (False, guide.pim_category)


def test_regional_editor_saving_a_guide_can_share_it(pim_world) -> None:
    guide = pim_world["guide"]
    client = client_for(pim_world["people"], "regionale")
    response = _edit(client, guide, share_with_pim="on", pim_category="news")
    assert response.status_code == 302
    draft = GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert (draft.share_with_pim, draft.pim_category) == (True, "news")
