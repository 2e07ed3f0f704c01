"""Importing a municipality's calendar: first run, a second run, updates, cancellations.

The feed is served over real HTTP on loopback (``test_import_support``) and imported by
the service the nightly task calls; the events are real pages, published through
Wagtail revisions, with their dates written by the events app.
"""

import datetime

import pytest
from wagtail.models import Revision

from events.imports.services import event_feed_import
from events.models import EventOccurrence, EventPage, EventStatus, ImportedEvent, ImportResult
from events.recurrence import ROME
from tests.events.test_import_support import (
    feed,
    feed_server,
    hub,
    local,
    soon,
    utc,
    vcalendar,
    vevent,
)

pytestmark = pytest.mark.django_db
assert feed_server  # the fixture, used by name


def imported(uid: str) -> EventPage:
    return ImportedEvent.objects.get(uid=uid).event.specific


def dates_of(event: EventPage) -> list[datetime.datetime]:
    return [row.start.astimezone(ROME) for row in EventOccurrence.objects.filter(event=event)]


def revisions_of(event: EventPage) -> int:
    return Revision.page_revisions.filter(object_id=str(event.pk)).count()


def test_a_first_import_publishes_each_event_under_the_hub_with_its_dates(feed_server):
    start = soon(10, 18)
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            vevent(
                "corso-1@comune.fe.it",
                "Corso di italiano\\, livello A1",
                start,
                "DESCRIPTION:Lezioni gratuite.\\n\\nPortare un documento.",
                "LOCATION:Biblioteca Ariostea\\, Via delle Scienze 17\\, 44121 Ferrara",
                "GEO:44.835;11.620",
            ),
            vevent(
                "festa@comune.fe.it",
                "Festa dei popoli",
                None,
                f"DTSTART;VALUE=DATE:{local(start)[:8]}",
            ),
        ),
    )
    calendar = feed(url)

    report = event_feed_import(feed=calendar)

    assert (report.created, report.updated, report.unchanged, report.problem_count) == (2, 0, 0, 0)
    course = imported("corso-1@comune.fe.it")
    assert course.live and course.get_parent().specific == hub()
    assert course.title_it == "Corso di italiano, livello A1"
    assert course.description_it == "<p>Lezioni gratuite.</p><p>Portare un documento.</p>"
    assert (course.venue_name, course.venue_address, course.municipality) == (
        "Biblioteca Ariostea",
        "Via delle Scienze 17, 44121 Ferrara",
        "Ferrara",
    )
    assert (str(course.latitude), str(course.longitude)) == ("44.835000", "11.620000")
    assert course.start == start and course.end == start + datetime.timedelta(hours=2)
    assert dates_of(course) == [start]
    festa = imported("festa@comune.fe.it")
    assert festa.all_day
    assert [moment.date() for moment in dates_of(festa)] == [start.date()]
    calendar.refresh_from_db()
    assert calendar.last_result == ImportResult.OK
    assert calendar.last_run_at is not None
    assert calendar.last_report["created"] == 2


def test_a_second_run_of_the_same_feed_changes_nothing(feed_server):
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(vevent("a@fe", "Sportello aperto", soon(5), "RRULE:FREQ=WEEKLY;COUNT=4")),
    )
    calendar = feed(url)
    event_feed_import(feed=calendar)
    event = imported("a@fe")
    before = (revisions_of(event), event.last_published_at, dates_of(event))
    # Many servers write a new DTSTAMP at every request: that is no change.
    feed_server.serve(
        "/eventi.ics",
        vcalendar(vevent("a@fe", "Sportello aperto", soon(5), "RRULE:FREQ=WEEKLY;COUNT=4")).replace(
            "DTSTAMP:20260101T000000Z", "DTSTAMP:20260301T101010Z"
        ),
    )

    report = event_feed_import(feed=calendar)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    event = imported("a@fe")
    assert (revisions_of(event), event.last_published_at, dates_of(event)) == before
    assert EventPage.objects.count() == 1


def test_a_changed_entry_is_published_again_with_its_new_dates(feed_server):
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Sportello", soon(5, 10))))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    revisions = revisions_of(imported("a@fe"))
    feed_server.serve(
        "/eventi.ics", vcalendar(vevent("a@fe", "Sportello per le famiglie", soon(6, 15)))
    )

    report = event_feed_import(feed=calendar)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    event = imported("a@fe")
    assert event.title_it == "Sportello per le famiglie"
    assert revisions_of(event) == revisions + 1
    assert event.live and not event.has_unpublished_changes
    assert dates_of(event) == [soon(6, 15)]


def test_translations_made_in_the_portal_survive_an_update_from_the_source(feed_server):
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Sportello", soon(5))))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    event = imported("a@fe")
    event.title_ar = "مكتب الإرشاد"
    event.save_revision().publish()
    feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Sportello", soon(7))))

    event_feed_import(feed=calendar)

    event = imported("a@fe")
    assert event.title_ar == "مكتب الإرشاد"
    assert dates_of(event) == [soon(7)]


def test_an_entry_cancelled_in_the_source_is_shown_cancelled(feed_server):
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5))))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    feed_server.serve(
        "/eventi.ics", vcalendar(vevent("a@fe", "Incontro", soon(5), "STATUS:CANCELLED"))
    )

    report = event_feed_import(feed=calendar)

    assert report.updated == 1
    event = imported("a@fe")
    assert event.live and event.status == EventStatus.CANCELLED


def test_an_event_removed_from_the_source_is_cancelled_not_deleted(feed_server):
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(vevent("stays@fe", "Resta", soon(5)), vevent("goes@fe", "Va via", soon(6))),
    )
    calendar = feed(url)
    event_feed_import(feed=calendar)
    feed_server.serve("/eventi.ics", vcalendar(vevent("stays@fe", "Resta", soon(5))))

    report = event_feed_import(feed=calendar)

    assert (report.removed, report.unchanged) == (1, 1)
    gone = imported("goes@fe")
    assert gone.live and gone.status == EventStatus.CANCELLED
    assert "Comune di Ferrara" in gone.status_note_it
    assert ImportedEvent.objects.get(uid="goes@fe").removed_at is not None
    assert imported("stays@fe").status == EventStatus.SCHEDULED
    # A third run does not cancel it again.
    assert event_feed_import(feed=calendar).removed == 0


def test_an_event_back_in_the_source_is_restored(feed_server):
    entry = vevent("a@fe", "Incontro", soon(5))
    url = feed_server.serve("/eventi.ics", vcalendar(entry))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    feed_server.serve("/eventi.ics", vcalendar())
    event_feed_import(feed=calendar)
    feed_server.serve("/eventi.ics", vcalendar(entry))

    report = event_feed_import(feed=calendar)

    assert report.updated == 1
    event = imported("a@fe")
    assert (event.status, event.status_note_it) == (EventStatus.SCHEDULED, "")
    assert ImportedEvent.objects.get(uid="a@fe").removed_at is None


def test_a_past_event_leaving_the_source_is_not_cancelled(feed_server):
    """Many municipalities publish only what is to come: an old event drops out."""
    url = feed_server.serve("/eventi.ics", vcalendar(vevent("old@fe", "Già fatto", soon(-20))))
    calendar = feed(url)
    event_feed_import(feed=calendar)
    feed_server.serve("/eventi.ics", vcalendar())

    report = event_feed_import(feed=calendar)

    assert report.removed == 0
    assert imported("old@fe").status == EventStatus.SCHEDULED


def test_a_weekly_series_with_excluded_dates_keeps_its_italian_time(feed_server):
    start = soon(3, 18)
    excluded = start + datetime.timedelta(weeks=1)
    not_a_date = start + datetime.timedelta(days=2)  # not one of the series: ignored
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            vevent(
                "series@fe",
                "Corso serale",
                start,
                f"RRULE:FREQ=WEEKLY;UNTIL={utc(start + datetime.timedelta(weeks=3, hours=1))}",
                f"EXDATE;TZID=Europe/Rome:{local(excluded)},{local(not_a_date)}",
            )
        ),
    )

    report = event_feed_import(feed=feed(url))

    assert report.problem_count == 0
    event = imported("series@fe")
    assert event.repeat == "custom" and event.rrule.startswith("FREQ=WEEKLY;UNTIL=")
    assert event.excluded_dates == excluded.date().isoformat()
    weeks = [start + datetime.timedelta(weeks=n) for n in (0, 2, 3)]
    assert [moment.date() for moment in dates_of(event)] == [moment.date() for moment in weeks]
    assert {moment.time() for moment in dates_of(event)} == {datetime.time(18)}


def test_times_in_utc_and_in_another_zone_are_shown_in_italian_time(feed_server):
    start = soon(4, 9)
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            "\r\n".join(
                [
                    "BEGIN:VEVENT",
                    "UID:utc@fe",
                    "SUMMARY:In UTC",
                    f"DTSTART:{utc(start)}",
                    "DURATION:PT90M",
                    "END:VEVENT",
                    "BEGIN:VEVENT",
                    "UID:ny@fe",
                    "SUMMARY:A New York",
                    f"DTSTART;TZID=America/New_York:{start.astimezone(datetime.timezone(datetime.timedelta(hours=-5))).strftime('%Y%m%dT%H%M%S')}",
                    "END:VEVENT",
                ]
            )
        ),
    )

    event_feed_import(feed=feed(url))

    in_utc = imported("utc@fe")
    assert (in_utc.start, in_utc.end) == (start, start + datetime.timedelta(minutes=90))
    assert imported("ny@fe").start == start


def test_a_changed_date_of_a_series_is_an_event_of_its_own(feed_server):
    start = soon(3, 18)
    moved_from = start + datetime.timedelta(weeks=1)
    moved_to = moved_from + datetime.timedelta(days=1)
    cancelled = start + datetime.timedelta(weeks=2)
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            vevent("s@fe", "Corso", start, "RRULE:FREQ=WEEKLY;COUNT=4"),
            vevent(
                "s@fe",
                "Corso (recupero)",
                moved_to,
                f"RECURRENCE-ID;TZID=Europe/Rome:{local(moved_from)}",
            ),
            vevent(
                "s@fe",
                "Corso",
                cancelled,
                f"RECURRENCE-ID;TZID=Europe/Rome:{local(cancelled)}",
                "STATUS:CANCELLED",
            ),
        ),
    )

    report = event_feed_import(feed=feed(url))

    assert (report.created, report.problem_count) == (2, 0)
    series = imported("s@fe")
    assert [moment.date() for moment in dates_of(series)] == [
        start.date(),
        (start + datetime.timedelta(weeks=3)).date(),
    ]
    changed = ImportedEvent.objects.get(uid__startswith="s@fe#").event.specific
    assert (changed.title_it, changed.start) == ("Corso (recupero)", moved_to)


def test_an_online_event_gets_its_link_and_an_event_in_a_place_links_its_page(feed_server):
    url = feed_server.serve(
        "/eventi.ics",
        vcalendar(
            vevent(
                "web@fe", "Webinar", soon(5), "LOCATION:Online", "URL:https://meet.example.org/abc"
            ),
            vevent(
                "place@fe",
                "In biblioteca",
                soon(6),
                "LOCATION:Via Roma 1\\, 44121 Ferrara",
                "URL:https://www.comune.fe.it/eventi/123",
            ),
        ),
    )

    event_feed_import(feed=feed(url))

    online = imported("web@fe")
    assert (online.online_url, online.venue_name, online.venue_address) == (
        "https://meet.example.org/abc",
        "",
        "",
    )
    in_place = imported("place@fe")
    assert (in_place.online_url, in_place.venue_name, in_place.venue_address) == (
        "",
        "",
        "Via Roma 1, 44121 Ferrara",
    )
    assert 'href="https://www.comune.fe.it/eventi/123"' in in_place.description_it
