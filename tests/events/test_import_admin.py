"""The admin of imported calendars, the editor of an imported event, and the nightly task.

Who may manage a HUB's calendars (its moderators, the regional editors), what the
editor of an imported event lets an editor change (translations, not the source's
fields), "import now", and the beat task importing every active feed.
"""

import html

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.models import EventFeed, EventPage, ImportedEvent
from events.tasks import import_event_feeds
from portal.celery import app as celery_app
from tests.events.test_import_support import feed, feed_server, soon, vcalendar, vevent
from tests.hubs.permission_world import PASSWORD, hub_people

pytestmark = pytest.mark.django_db
assert feed_server  # the fixture, used by name

INDEX = "eventfeed:index"


@pytest.fixture
def world():
    hubs, people = hub_people()
    for user in people.values():
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return hubs, people


@pytest.fixture
def eager(monkeypatch):
    """Tasks run here, as a worker would run them (the broker is not read)."""
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)


def signed_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def text_of(response) -> str:
    return html.unescape(response.content.decode())


def test_a_hubs_moderators_and_the_regional_editors_manage_its_calendars_nobody_else(client, world):
    hubs, people = world
    bologna = EventFeed.objects.create(
        hub=hubs["lavoro"], name="Comune di Bologna", url="https://comune.bologna.it/eventi.ics"
    )
    ferrara = EventFeed.objects.create(
        hub=hubs["salute"], name="Comune di Ferrara", url="https://comune.fe.it/eventi.ics"
    )
    seen = {}
    for name in ("regionale", "moderatore-salute", "redattore-salute", "operatore"):
        client.logout()
        response = signed_in(client, people[name]).get(reverse(INDEX))
        seen[name] = (
            response.status_code,
            [feed.name for feed in (bologna, ferrara) if feed.name in text_of(response)],
        )

    assert seen == {
        "regionale": (200, ["Comune di Bologna", "Comune di Ferrara"]),
        "moderatore-salute": (200, ["Comune di Ferrara"]),
        # Wagtail's "no permission": back to the dashboard, or to the login without admin access.
        "redattore-salute": (302, []),
        "operatore": (302, []),
    }
    client.logout()
    moderator = signed_in(client, people["moderatore-salute"])
    # Another HUB's calendar is not found (Django then tries the address under /it/).
    for view in ("edit", "delete", "import", "history", "usage"):
        response = moderator.get(reverse(f"eventfeed:{view}", args=[bologna.pk]), follow=True)
        assert response.status_code == 404
        assert "comune.bologna.it" not in text_of(response)
    moderator.post(reverse("eventfeed:delete", args=[bologna.pk]))
    moderator.post(reverse("eventfeed:import", args=[bologna.pk]))
    assert (
        EventFeed.objects.count() == 2 and EventFeed.objects.get(pk=bologna.pk).last_run_at is None
    )
    assert moderator.get(reverse("eventfeed:edit", args=[ferrara.pk])).status_code == 200


def test_a_moderator_adds_a_calendar_to_their_own_hub_only(client, world):
    hubs, people = world
    moderator = signed_in(client, people["moderatore-salute"])
    form = BeautifulSoup(moderator.get(reverse("eventfeed:add")).content, "html.parser")
    offered = [option["value"] for option in form.select('select[name="hub"] option')]
    assert offered == [str(hubs["salute"].pk)]

    refused = moderator.post(
        reverse("eventfeed:add"),
        {
            "name": "Altrui",
            "hub": hubs["lavoro"].pk,
            "url": "https://comune.bologna.it/e.ics",
            "active": "on",
        },
    )
    assert refused.status_code == 200
    assert "Select a valid choice" in text_of(refused)
    accepted = moderator.post(
        reverse("eventfeed:add"),
        {
            "name": "Comune di Ferrara",
            "hub": hubs["salute"].pk,
            "url": "https://comune.fe.it/e.ics",
            "active": "on",
        },
    )
    assert accepted.status_code == 302
    assert list(EventFeed.objects.values_list("hub__code", "name")) == [
        ("salute", "Comune di Ferrara")
    ]


def test_a_webcal_address_is_saved_as_the_https_address_it_stands_for(client, world):
    hubs, people = world

    response = signed_in(client, people["regionale"]).post(
        reverse("eventfeed:add"),
        {
            "name": "Comune di Ferrara",
            "hub": hubs["salute"].pk,
            "url": "webcal://www.comune.fe.it/eventi.ics",
            "active": "on",
        },
    )

    assert response.status_code == 302
    assert EventFeed.objects.get().url == "https://www.comune.fe.it/eventi.ics"


@pytest.mark.parametrize(
    "address",
    ["ftp://comune.fe.it/e.ics", "file:///etc/passwd", "javascript:alert(1)", "http://"],
)
def test_a_calendar_address_must_be_a_web_address(client, world, address):
    hubs, people = world
    response = signed_in(client, people["regionale"]).post(
        reverse("eventfeed:add"),
        {"name": "Comune di Ferrara", "hub": hubs["salute"].pk, "url": address, "active": "on"},
    )

    assert response.status_code == 200
    assert "Enter a valid URL." in text_of(response)
    assert not EventFeed.objects.exists()


def test_import_now_imports_and_the_calendar_shows_its_report(
    client, world, feed_server, eager, django_capture_on_commit_callbacks
):
    hubs, people = world
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(vevent("a@fe", "Incontro", soon(5)), vevent("b@fe", "Senza inizio", None)),
    )
    calendar = feed(url, hub_page=hubs["salute"])
    moderator = signed_in(client, people["moderatore-salute"])
    asked = moderator.get(reverse("eventfeed:import", args=[calendar.pk]))
    assert asked.status_code == 200 and not ImportedEvent.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(reverse("eventfeed:import", args=[calendar.pk]))

    assert response.status_code == 302
    assert ImportedEvent.objects.get().event.title == "Incontro"
    page = text_of(moderator.get(reverse("eventfeed:edit", args=[calendar.pk])))
    assert "Imported, with entries left out" in page
    assert "1 new event; 0 updated; 0 unchanged" in page
    assert "Senza inizio" in page and "The entry has no start (DTSTART)." in page
    listing = text_of(moderator.get(reverse(INDEX)))
    assert "1 entry left out." in listing


# --- The editor of an imported event --------------------------------------------------


@pytest.fixture
def imported_event(feed_server, world) -> EventPage:
    from events.imports.services import event_feed_import

    hubs, _people = world
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5))))
    event_feed_import(feed=feed(url, hub_page=hubs["salute"]))
    return ImportedEvent.objects.get().event.specific


def edit_url(event: EventPage) -> str:
    return reverse("wagtailadmin_pages:edit", args=[event.pk])


def edit_data(event: EventPage, **changes) -> dict:
    """What the editor posts for ``event`` (its imported fields are not in the form)."""
    data = {
        "title_it": event.title_it,
        "slug_it": event.slug_it,
        "title_ar": "",
        "audience": event.audience,
        "pim_category": "opportunity",
        "repeat_interval": "1",
        "registration_closes_hours": "0",
    }
    data.update(changes)
    return data


def test_the_editor_of_an_imported_event_shows_where_it_comes_from(client, world, imported_event):
    _hubs, people = world
    moderator = signed_in(client, people["moderatore-salute"])

    response = moderator.get(edit_url(imported_event))

    page = text_of(response)
    assert "Imported from “Comune di Ferrara”" in page
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select('[name="title_ar"]') and soup.select('[name="audience"]')
    for name in ("title_it", "start", "end", "rrule", "venue_address", "status"):
        assert not soup.select(f'[name="{name}"]'), name
    assert soup.select_one("#id_title_it").get_text(strip=True) == "Incontro"


def test_a_posted_change_to_an_imported_field_is_refused(client, world, imported_event):
    _hubs, people = world
    moderator = signed_in(client, people["moderatore-salute"])

    response = moderator.post(
        edit_url(imported_event),
        edit_data(
            imported_event,
            title_it="Titolo cambiato",
            start="2030-01-01 10:00",
            **{"action-publish": "1"},
        ),
    )

    assert response.status_code == 200
    assert "This event is imported from “Comune di Ferrara”: change it in that calendar" in text_of(
        response
    )
    imported_event.refresh_from_db()
    assert imported_event.title_it == "Incontro" and imported_event.start == soon(5)
    assert not imported_event.has_unpublished_changes


def test_the_translations_of_an_imported_event_can_be_edited_and_published(
    client, world, imported_event
):
    _hubs, people = world
    moderator = signed_in(client, people["moderatore-salute"])

    response = moderator.post(
        edit_url(imported_event),
        edit_data(
            imported_event,
            title_ar="لقاء",
            slug_ar="liqa",
            audience="migrants",
            **{"action-publish": "1"},
        ),
    )

    assert response.status_code == 302, text_of(response)[:2000]
    event = EventPage.objects.get(pk=imported_event.pk)
    assert (event.title_ar, event.audience) == ("لقاء", "migrants")
    assert (event.title_it, event.start) == ("Incontro", soon(5))


# --- The nightly task ------------------------------------------------------------------


def test_the_nightly_task_imports_every_active_calendar(feed_server, world, eager):
    hubs, _people = world
    ferrara = feed(
        feed_server.serve("/ferrara.ics", vcalendar(vevent("fe@1", "A Ferrara", soon(5)))),
        hub_page=hubs["salute"],
    )
    bologna = feed(
        feed_server.serve("/bologna.ics", vcalendar(vevent("bo@1", "A Bologna", soon(6)))),
        hub_page=hubs["lavoro"],
        name="Comune di Bologna",
    )
    paused = feed(
        feed_server.serve("/pausa.ics", vcalendar(vevent("x@1", "In pausa", soon(7)))),
        hub_page=hubs["lavoro"],
        name="In pausa",
    )
    paused.active = False
    paused.save()

    result = import_event_feeds.apply()

    assert result.get() == 2
    assert sorted(ImportedEvent.objects.values_list("feed__name", "event__title")) == [
        ("Comune di Bologna", "A Bologna"),
        ("Comune di Ferrara", "A Ferrara"),
    ]
    assert "/pausa.ics" not in feed_server.requests
    for calendar in (ferrara, bologna):
        calendar.refresh_from_db()
        assert calendar.last_result == "ok"
