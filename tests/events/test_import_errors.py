"""A feed that cannot be read changes nothing; broken entries are reported, the rest imported.

Every failure is served for real on loopback: a server error, a server too slow to
answer, a web page instead of a calendar, a body over the size cap, a private address.
"""

import socket

import pytest
from django.utils import translation

from events.imports.report import ImportReport, problem_text, report_summary
from events.imports.services import event_feed_import
from events.models import EventPage, EventStatus, ImportedEvent, ImportResult
from tests.events.test_import_support import (
    feed,
    feed_server,
    local,
    soon,
    vcalendar,
    vevent,
)

pytestmark = pytest.mark.django_db
assert feed_server  # the fixture, used by name


def imported_once(feed_server) -> tuple:
    """A feed with one event imported; the same path then serves what the test wants."""
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5))))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    return calendar, ImportedEvent.objects.get(uid="a@fe").event


def nothing_changed(event: EventPage) -> None:
    event.refresh_from_db()
    assert event.live and event.status == EventStatus.SCHEDULED
    assert EventPage.objects.count() == 1


def english(kind: str, detail: str = "") -> str:
    with translation.override("en"):
        return problem_text(kind, detail)


@pytest.mark.parametrize(
    ("answer", "kind", "detail"),
    [
        ({"status": 500, "body": "Internal error"}, "http", "500 Internal Server Error"),
        ({"status": 404, "body": "Not here"}, "http", "404 Not Found"),
        (
            {
                "body": "<!doctype html><html><body>Eventi</body></html>",
                "content_type": "text/html",
            },
            "not-ical",
            "<!doctype html><html><body>Eventi</body></html>",
        ),
        ({"body": ""}, "not-ical", ""),
    ],
    ids=["server-error", "not-found", "web-page", "empty"],
)
def test_a_feed_that_cannot_be_read_changes_nothing_and_says_why(feed_server, answer, kind, detail):
    calendar, event = imported_once(feed_server)
    feed_server.serve("/eventi.ics", **answer)

    report = event_feed_import(feed=calendar)

    assert (report.failure, report.failure_detail) == (kind, detail)
    nothing_changed(event)  # in particular, its event is not "removed from the source"
    calendar.refresh_from_db()
    assert calendar.last_result == ImportResult.FAILED
    stored = ImportReport.from_json(calendar.last_report)
    with translation.override("en"):
        assert report_summary(stored) == english(kind, detail)


def test_a_server_too_slow_to_answer_times_out(feed_server):
    calendar, event = imported_once(feed_server)
    # The timeout is 1 s in these tests (feed_server).
    feed_server.serve("/eventi.ics", vcalendar(), delay=2.5)

    report = event_feed_import(feed=calendar)

    assert (report.failure, report.failure_detail) == ("timeout", "1 s")
    nothing_changed(event)


def test_a_feed_over_the_size_cap_is_not_read(feed_server, settings):
    calendar, event = imported_once(feed_server)
    settings.EVENTS_FEED_MAX_BYTES = 1000
    feed_server.serve(
        "/eventi.ics", vcalendar(*(vevent(f"e{n}@fe", "Evento", soon(5)) for n in range(20)))
    )

    report = event_feed_import(feed=calendar)

    assert report.failure == "too-large"
    nothing_changed(event)


def test_a_redirect_is_followed_and_a_loop_is_not(feed_server):
    target = feed_server.serve("/nuovo.ics", vcalendar(vevent("a@fe", "Incontro", soon(5))))
    moved = feed_server.serve("/vecchio.ics", status=301, headers={"Location": "/nuovo.ics"})
    loop = feed_server.serve("/giro.ics", status=302, headers={"Location": "/giro.ics"})
    assert target

    assert event_feed_import(feed=feed(moved)).created == 1
    looping = event_feed_import(feed=feed(loop, name="Giro"))
    assert (looping.failure, looping.failure_detail) == ("too-many-redirects", "5")


def test_an_address_inside_the_portals_network_is_not_fetched(feed_server, settings):
    settings.EVENTS_FEED_ALLOW_PRIVATE_HOSTS = False
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5))))

    report = event_feed_import(feed=feed(url))

    assert (report.failure, report.failure_detail) == ("private-address", "127.0.0.1")
    assert feed_server.requests == []
    assert not EventPage.objects.exists()


def test_a_server_that_refuses_the_connection_is_reported(feed_server):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]

    report = event_feed_import(feed=feed(f"http://127.0.0.1:{closed}/eventi.ics"))

    assert report.failure == "connection"


def test_broken_entries_are_reported_and_the_good_ones_imported(feed_server):
    start = soon(5)
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            vevent("good@fe", "Buono", start),
            vevent("nostart@fe", "Senza inizio", None),
            vevent("badrule@fe", "Regola sbagliata", start, "RRULE:FREQ=SOMETIMES"),
            vevent("hourly@fe", "Ogni ora", start, "RRULE:FREQ=HOURLY"),
            vevent(
                "backwards@fe", "Al contrario", start, f"DTEND;TZID=Europe/Rome:{local(soon(4))}"
            ),
            vevent("baddate@fe", "Data illeggibile", None, "DTSTART:domani"),
            vevent("", "Senza UID", start),
            vevent("good@fe", "Doppione", start),
            "BEGIN:VEVENT\r\nUID:notitle@fe\r\nDTSTART:20270101T100000Z\r\nEND:VEVENT",
        ),
    )
    calendar = feed(url)

    report = event_feed_import(feed=calendar)

    assert (report.created, report.problem_count, report.result) == (1, 8, ImportResult.PARTIAL)
    assert list(ImportedEvent.objects.values_list("uid", flat=True)) == ["good@fe"]
    kinds = {(entry.title, entry.kind) for entry in report.problems}
    assert kinds == {
        ("Senza inizio", "no-start"),
        ("Regola sbagliata", "bad-rule"),
        ("Ogni ora", "bad-rule"),
        ("Al contrario", "end-before-start"),
        ("Data illeggibile", "bad-date"),
        ("Senza UID", "no-uid"),
        ("Doppione", "duplicate-uid"),
        ("", "no-title"),
    }
    calendar.refresh_from_db()
    assert calendar.last_result == ImportResult.PARTIAL
    stored = ImportReport.from_json(calendar.last_report)
    assert [(entry.uid, entry.kind) for entry in stored.problems] == [
        (entry.uid, entry.kind) for entry in report.problems
    ]
    with translation.override("en"):
        assert report_summary(stored) == (
            "1 new event; 0 updated; 0 unchanged; 0 cancelled because they left the calendar; "
            "8 entries left out."
        )
    backwards = next(entry for entry in stored.problems if entry.kind == "end-before-start")
    assert english(backwards.kind, backwards.detail).startswith("The entry ends before it starts (")


def test_an_entry_that_breaks_later_keeps_its_event(feed_server):
    """A broken entry is still in the source: its event is neither changed nor cancelled."""
    calendar, event = imported_once(feed_server)
    feed_server.serve(
        "/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5), "RRULE:FREQ=NEVER"))
    )

    report = event_feed_import(feed=calendar)

    assert (report.problem_count, report.removed) == (1, 0)
    nothing_changed(event)
