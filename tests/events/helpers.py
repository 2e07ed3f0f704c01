"""Events built through the real models: published, so their dates are written."""

import datetime
import itertools

from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from events.recurrence import ROME
from tests import factories

_counter = itertools.count(1)


def rome(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ROME)


def event_index(**fields) -> EventIndexPage:
    existing = EventIndexPage.objects.first()
    if existing:
        return existing
    defaults = {
        "title_it": "Eventi",
        "title_ar": "الفعاليات",
        "slug_it": "eventi",
        "intro_it": "Gli eventi.",
    }
    values = {**defaults, **fields}
    index = EventIndexPage(title=values["title_it"], slug=values["slug_it"], **values)
    factories.home_page().add_child(instance=index)
    return factories.publish(index)


def event_page(*, parent: Page | None = None, publish: bool = True, **fields) -> EventPage:
    """An event (published unless told otherwise), in the regional calendar by default."""
    number = next(_counter)
    start = fields.pop("start", None) or rome(2026, 12, 8, 18)
    defaults = {
        "title_it": f"Evento {number}",
        "title_ar": f"فعالية {number}",
        "slug_it": f"evento-{number}",
        "intro_it": "Un incontro informativo.",
        "start": start,
        "end": fields.pop("end", None) or start + datetime.timedelta(hours=2),
    }
    values = {**defaults, "live": publish, **fields}
    event = EventPage(title=values["title_it"], slug=values["slug_it"], **values)
    (parent or event_index()).add_child(instance=event)
    if publish:
        return factories.publish(event)
    return event


def days_ahead(days: int, hour: int = 18, minute: int = 0) -> datetime.datetime:
    """A time ``days`` days from today, Italian time (tests run on the real clock)."""
    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ROME)


def quick_event(*, parent: Page, **fields) -> EventPage:
    """A live event without revisions (many of them, fast): its dates written directly."""
    from events.services import event_occurrences_sync

    number = next(_counter)
    start = fields.pop("start")
    values = {
        "title_it": f"Evento {number}",
        "slug_it": f"evento-rapido-{number}",
        "start": start,
        "end": fields.pop("end", None) or start + datetime.timedelta(hours=2),
        **fields,
    }
    event = EventPage(title=values["title_it"], slug=values["slug_it"], **values)
    parent.add_child(instance=event)
    event_occurrences_sync(event=event)
    return event


def make_private(page: Page) -> None:
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def many_events(*, parent: Page, events: list[dict]) -> int:
    """Live events in bulk (the query-count test, the bench): no validation, no revisions.

    Each dict holds an event's fields, ``start`` included and a canonical ``rrule`` for a
    series; the pages are placed in the tree as treebeard would, and their dates are
    written in one insert. The search and reference indexes are not updated (their
    tasks took most of the time): these events are listed, never searched. Returns how
    many dates were written.
    """
    from django.db.models import F
    from django.test import override_settings

    from events.models import EventOccurrence
    from events.recurrence import occurrences
    from events.services import HORIZON_DAYS

    parent.refresh_from_db()
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    dates = []
    no_tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=no_tasks):
        for offset, fields in enumerate(events, start=1):
            number = next(_counter)
            values = {
                "title_it": f"Evento {number}",
                "slug_it": f"evento-{number}",
                **fields,
            }
            values.setdefault("end", values["start"] + datetime.timedelta(hours=2))
            event = EventPage(
                title=values["title_it"],
                slug=values["slug_it"],
                depth=parent.depth + 1,
                path=Page._get_path(parent.path, parent.depth + 1, position + offset),
                **values,
            )
            event.save(clean=False)
            dates += [
                EventOccurrence(event=event, start=item.start, end=item.end)
                for item in occurrences(
                    start=event.start,
                    end=event.end,
                    all_day=event.all_day,
                    rule=event.rrule,
                    excluded=event.excluded_date_list,
                    window_end=event.start + datetime.timedelta(days=HORIZON_DAYS),
                )
            ]
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(events))
    EventOccurrence.objects.bulk_create(dates, batch_size=1000)
    return len(dates)
