"""Reports › PIM synchronisation: who may see it, what it lists, and its two actions.

The people and a live guide are built once for the module (``pim_world``); each test
runs in a savepoint of that world, so the rows it writes are gone for the next one.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client

from sync_pim.models import OutboxEntry, OutboxState
from tests.services import require_postgres
from tests.sync_pim.admin_support import (
    REPORT,
    RESEND,
    ROLES,
    attempt,
    client_for,
    dead_after_400,
    entry,
    entry_path,
    flashed,
    killed_by_a_400,
    listed_ids,
    pim_world_built,
    refused,
    report_rows,
    retry_path,
    shared_guide,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def _postgres() -> None:
    require_postgres()


@pytest.fixture(scope="module")
def pim_world(django_db_setup, django_db_blocker):
    yield from pim_world_built(django_db_blocker)


# --- Who may see and do what ------------------------------------------------------------

# fmt: off
ACCESS = {
    #                       anonymous redattore moderatore regionale admin
    "report":               (False,   False,    False,     True,     True),
    "report results":       (False,   False,    False,     True,     True),
    "entry log":            (False,   False,    False,     True,     True),
    "resend form":          (False,   False,    False,     True,     True),
    "retry":                (False,   False,    False,     True,     True),
}
# fmt: on


@pytest.mark.parametrize("action", ACCESS)
@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(pim_world, role: str, action: str) -> None:
    dead = dead_after_400(pim_world["guide"])
    client = client_for(pim_world["people"], role)
    requests = {
        "report": lambda: client.get(REPORT),
        "report results": lambda: client.get(f"{REPORT}results/"),
        "entry log": lambda: client.get(entry_path(dead)),
        "resend form": lambda: client.get(RESEND),
        "retry": lambda: client.post(retry_path(dead)),
    }
    response = requests[action]()
    allowed = ACCESS[action][ROLES.index(role)]
    if allowed:
        assert response.status_code in (200, 302) and not refused(response), response
    else:
        assert refused(response), (role, action, response.status_code)
        dead.refresh_from_db()
        assert dead.state == OutboxState.DEAD and dead.attempts == 1


def test_reader_without_change_permission_sees_the_log_but_cannot_retry(pim_world) -> None:
    reader = get_user_model().objects.create_user("lettore", password="x")
    reader.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="sync_pim", codename="view_outboxentry"),
    )
    dead = dead_after_400(pim_world["guide"])
    client = Client()
    client.force_login(reader)

    listing = client.get(REPORT)
    assert listing.status_code == 200
    assert [row["retry"] for row in report_rows(listing)] == [False]
    assert b"Re-send a category" not in listing.content
    log = client.get(entry_path(dead))
    assert log.status_code == 200 and b"data-outbox-retry" not in log.content

    assert refused(client.post(retry_path(dead)))
    assert refused(client.get(RESEND))
    assert refused(client.post(RESEND, {"category": "guide", "confirm": "True"}))
    dead.refresh_from_db()
    assert dead.state == OutboxState.DEAD


def test_report_is_in_the_reports_menu_of_those_who_may_read_it(pim_world) -> None:
    people = pim_world["people"]
    for role, shown in (("regionale", True), ("redattore-lavoro", False)):
        home = client_for(people, role).get("/admin/")
        assert home.status_code == 200
        assert (b"pim-synchronisation" in home.content) is shown, role
        assert (REPORT.encode() in home.content) is shown, role


# --- What the list shows ----------------------------------------------------------------


def test_rows_are_newest_first_with_their_state_attempts_and_error(pim_world) -> None:
    guide = pim_world["guide"]
    delivered = entry(page=guide, state=OutboxState.DELIVERED, attempts=1, age=3 * DAY)
    failed = entry(
        page=guide,
        language="ar",
        state=OutboxState.FAILED,
        attempts=5,
        last_error="HTTP 503: " + "il servizio non risponde " * 20,
        age=2 * DAY,
    )
    dead = dead_after_400(guide, language="en")

    response = client_for(pim_world["people"], "regionale").get(REPORT)
    assert response.status_code == 200
    listed = report_rows(response)
    assert [row["id"] for row in listed] == [dead.pk, failed.pk, delivered.pk]
    by_id = {row["id"]: row for row in listed}
    assert by_id[dead.pk]["state"] == "dead" and "Dead" in by_id[dead.pk]["text"]
    assert "summary is required" in by_id[dead.pk]["text"]
    assert by_id[failed.pk]["state"] == "failed" and " 5 " in f" {by_id[failed.pk]['text']} "
    # The error is an excerpt; the entry's own page has all of it.
    assert "il servizio non risponde " * 20 not in by_id[failed.pk]["text"]
    assert "…" in by_id[failed.pk]["text"]
    assert f"/admin/pages/{guide.pk}/edit/" in by_id[delivered.pk]["links"]
    assert entry_path(delivered) in by_id[delivered.pk]["links"]
    # Only dead and failed entries can be retried.
    assert {row["id"] for row in listed if row["retry"]} == {dead.pk, failed.pk}


def test_entry_of_a_deleted_page_is_listed_without_an_editor_link(pim_world) -> None:
    gone = entry(page_id=987654, action="delete", title="Una pagina cancellata")
    response = client_for(pim_world["people"], "regionale").get(REPORT)
    (row,) = report_rows(response)
    assert row["id"] == gone.pk
    assert "page deleted" in row["text"]
    assert not any("/admin/pages/" in link for link in row["links"])


def test_filters_by_state_category_hub_language_page_and_time(pim_world) -> None:
    guide = pim_world["guide"]
    dead = dead_after_400(guide)
    arabic = entry(page=guide, language="ar", state=OutboxState.DELIVERED)
    old = entry(page=guide, state=OutboxState.DELIVERED, age=10 * DAY)
    news = entry(page_id=guide.pk + 1000, category="news", hub="")
    salute = entry(page_id=guide.pk + 2000, hub="salute")
    client = client_for(pim_world["people"], "regionale")

    assert set(listed_ids(client, "?state=dead")) == {dead.pk}
    assert set(listed_ids(client, "?state=delivered")) == {arabic.pk, old.pk}
    assert set(listed_ids(client, "?state=delivered&within=7")) == {arabic.pk}
    assert set(listed_ids(client, "?category=news")) == {news.pk}
    assert set(listed_ids(client, "?hub=salute")) == {salute.pk}
    assert set(listed_ids(client, "?hub=-")) == {news.pk}
    assert set(listed_ids(client, "?language=ar")) == {arabic.pk}
    assert set(listed_ids(client, f"?page={guide.pk}")) == {dead.pk, arabic.pk, old.pk}
    assert listed_ids(client, "?state=superseded") == []


@pytest.mark.parametrize(
    "query", ["?state=lost", "?category=gossip", "?language=xx", "?hub=atlantide", "?page=abc"]
)
def test_invalid_filter_says_what_is_wrong_and_lists_everything(pim_world, query: str) -> None:
    rows_before = [entry(page=pim_world["guide"]).pk, entry(page=pim_world["guide"]).pk]
    response = client_for(pim_world["people"], "regionale").get(f"{REPORT}{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    problem = soup.select_one("[data-outbox-filter-error]")
    assert problem is not None and "not valid" in problem.get_text()
    assert set(listed_ids(client_for(pim_world["people"], "regionale"), query)) == set(rows_before)


def test_list_is_paginated(pim_world) -> None:
    for number in range(55):
        entry(page_id=100000 + number, age=datetime.timedelta(minutes=number))
    client = client_for(pim_world["people"], "regionale")
    first = listed_ids(client)
    second = listed_ids(client, "?p=2")
    assert len(first) == 50 and len(second) == 5
    assert not set(first) & set(second)


def test_export_as_csv_neutralises_formulas(pim_world) -> None:
    entry(page_id=4242, title='=HYPERLINK("http://example.com")')
    response = client_for(pim_world["people"], "regionale").get(f"{REPORT}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else ""
    body = body or response.content.decode()
    assert "'=HYPERLINK" in body


# --- An entry's delivery log ------------------------------------------------------------


def test_entry_log_shows_every_attempt_and_the_payload(pim_world) -> None:
    row = entry(
        page=pim_world["guide"],
        state=OutboxState.FAILED,
        attempts=2,
        last_error="Connection refused",
    )
    attempt(row, status_code=None, duration_ms=3001, error="Connection refused")
    attempt(row, status_code=503, duration_ms=120, response_excerpt="Service Unavailable")

    response = client_for(pim_world["people"], "regionale").get(entry_path(row))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    log = soup.select("[data-outbox-attempts] tbody tr")
    assert len(log) == 2
    texts = [tr.get_text(" ", strip=True) for tr in log]
    assert any(
        "503" in text and "120 ms" in text and "Service Unavailable" in text for text in texts
    )
    assert any("Connection refused" in text and "3001 ms" in text for text in texts)
    payload = soup.select_one("[data-outbox-payload]").get_text()
    assert f"urn:er-integrazione:page:{pim_world['guide'].pk}:it" in payload
    assert soup.select_one("[data-outbox-retry]") is not None


def test_entry_log_of_an_unknown_entry_says_so_on_the_report(pim_world) -> None:
    response = client_for(pim_world["people"], "regionale").get(entry_path(99999999))
    assert response.status_code == 302 and response["Location"] == REPORT
    assert flashed(response) == ["There is no PIM outbox entry 99999999."]


# --- Retry now --------------------------------------------------------------------------


def test_retry_now_sends_a_dead_entry_again(pim_world) -> None:
    guide = shared_guide(pim_world)
    row = killed_by_a_400(
        OutboxEntry.objects.get(page_id=guide.pk, language="it", state=OutboxState.PENDING)
    )
    client = client_for(pim_world["people"], "regionale")
    report = client.get(f"{REPORT}?state=dead")
    assert [r["retry"] for r in report_rows(report)] == [True]

    response = client.post(retry_path(row), {"next": f"{REPORT}?state=dead"})

    assert response.status_code == 302 and response["Location"] == f"{REPORT}?state=dead"
    assert flashed(response) == [f"“{guide.title}” (it) will be sent to PIM again now."]
    row.refresh_from_db()
    assert (row.state, row.attempts, row.last_error) == (OutboxState.PENDING, 0, "")
    # The attempt log is kept.
    assert row.attempt_log.count() == 1


def test_retry_now_on_a_delivered_entry_is_refused_and_changes_nothing(pim_world) -> None:
    delivered = entry(page=pim_world["guide"], state=OutboxState.DELIVERED, attempts=1)
    before = OutboxEntry.objects.values().get(pk=delivered.pk)
    response = client_for(pim_world["people"], "regionale").post(retry_path(delivered))
    assert response.status_code == 302 and response["Location"] == entry_path(delivered)
    (message,) = flashed(response)
    assert "Only a dead or failed entry can be sent again" in message
    assert OutboxEntry.objects.values().get(pk=delivered.pk) == before


def test_retry_now_of_an_entry_that_does_not_exist_says_so(pim_world) -> None:
    count = OutboxEntry.objects.count()
    response = client_for(pim_world["people"], "regionale").post(retry_path(99999999))
    assert response.status_code == 302 and response["Location"] == REPORT
    assert flashed(response) == ["There is no PIM outbox entry 99999999."]
    assert OutboxEntry.objects.count() == count


def test_retry_now_goes_back_only_to_an_address_of_this_site(pim_world) -> None:
    dead = dead_after_400(pim_world["guide"])
    response = client_for(pim_world["people"], "regionale").post(
        retry_path(dead), {"next": "https://example.com/phish"}
    )
    assert response["Location"] == entry_path(dead)


def test_retry_now_answers_post_only_and_checks_csrf(pim_world) -> None:
    dead = dead_after_400(pim_world["guide"])
    client = client_for(pim_world["people"], "regionale")
    assert client.get(retry_path(dead)).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(pim_world["people"]["regionale"])
    assert strict.post(retry_path(dead)).status_code == 403
    dead.refresh_from_db()
    assert dead.state == OutboxState.DEAD


def test_retry_form_in_the_list_carries_its_csrf_token(pim_world) -> None:
    guide = shared_guide(pim_world)
    row = killed_by_a_400(
        OutboxEntry.objects.get(page_id=guide.pk, language="it", state=OutboxState.PENDING)
    )
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(pim_world["people"]["regionale"])
    soup = BeautifulSoup(strict.get(REPORT).content, "html.parser")
    form = soup.select_one(f'[data-outbox-retry="{row.pk}"]')
    data = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    assert data.get("csrfmiddlewaretoken")

    response = strict.post(form["action"], data)

    assert response.status_code == 302 and response["Location"] == REPORT
    row.refresh_from_db()
    assert row.state == OutboxState.PENDING


# --- Re-send a category -----------------------------------------------------------------


def test_resend_counts_first_then_sends_the_category_again(pim_world) -> None:
    guides = [shared_guide(pim_world) for _n in range(2)]
    shared_guide(pim_world, pim_category="service")
    # Delivered: PIM holds them, so only a re-send writes them again.
    OutboxEntry.objects.update(state=OutboxState.DELIVERED)
    before = OutboxEntry.objects.count()
    client = client_for(pim_world["people"], "regionale")
    report = BeautifulSoup(client.get(f"{REPORT}?category=guide").content, "html.parser")
    assert report.select_one(f'a[href="{RESEND}?category=guide"]') is not None

    form = client.get(f"{RESEND}?category=guide")
    assert form.status_code == 200
    soup = BeautifulSoup(form.content, "html.parser")
    assert soup.select_one('select[name="category"] option[selected]')["value"] == "guide"

    confirmation = client.post(RESEND, {"category": "guide"})
    assert confirmation.status_code == 200
    text = (
        BeautifulSoup(confirmation.content, "html.parser")
        .select_one("[data-outbox-resend-confirm]")
        .get_text(" ", strip=True)
    )
    assert "2 shared pages" in text and "4 entries" in text
    assert OutboxEntry.objects.count() == before  # the count was a dry run

    done = client.post(RESEND, {"category": "guide", "confirm": "True"})
    assert done.status_code == 302 and done["Location"] == f"{REPORT}?category=guide"
    (message,) = flashed(done)
    assert "Pages: 2; entries queued: 4" in message
    new = OutboxEntry.objects.filter(state=OutboxState.PENDING)
    assert sorted(new.values_list("page_id", "language")) == sorted(
        (guide.pk, language) for guide in guides for language in ("it", "ar")
    )


@pytest.mark.parametrize(
    "data", [{"category": "gossip"}, {"category": "gossip", "confirm": "True"}, {}]
)
def test_resend_with_an_unknown_category_says_so_and_changes_nothing(pim_world, data) -> None:
    shared_guide(pim_world)
    before = list(OutboxEntry.objects.values_list("pk", "state"))
    response = client_for(pim_world["people"], "regionale").post(RESEND, data)
    assert response.status_code == 200
    (message,) = flashed(response)
    assert message.startswith("Nothing was re-sent:")
    assert list(OutboxEntry.objects.values_list("pk", "state")) == before


def test_resend_of_a_category_with_no_shared_page_offers_nothing_to_confirm(pim_world) -> None:
    response = client_for(pim_world["people"], "regionale").post(RESEND, {"category": "news"})
    soup = BeautifulSoup(response.content, "html.parser")
    confirm = soup.select_one("[data-outbox-resend-confirm]")
    assert "nothing to re-send" in confirm.get_text()
    assert confirm.select_one("form") is None


def test_resend_is_refused_to_a_hub_moderator(pim_world) -> None:
    shared_guide(pim_world)
    before = OutboxEntry.objects.count()
    response = client_for(pim_world["people"], "moderatore-lavoro").post(
        RESEND, {"category": "guide", "confirm": "True"}
    )
    assert refused(response)
    assert OutboxEntry.objects.count() == before
