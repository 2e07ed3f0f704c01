"""Repeating events: rules checked and expanded in Italian wall-clock time."""

import datetime
import time

import pytest
from django.utils import translation

from events.recurrence import (
    MAX_OCCURRENCES,
    RecurrenceError,
    occurrence_key,
    occurrence_start_from_key,
    occurrences,
    rule_build,
    rule_description,
    rule_normalise,
)
from tests.events.helpers import rome

UTC = datetime.UTC


def expand(start, rule, *, hours=2, window_end=None, **kwargs):
    return occurrences(
        start=start,
        end=start + datetime.timedelta(hours=hours),
        rule=rule_normalise(rule, dtstart=start) if rule else "",
        window_end=window_end or start + datetime.timedelta(days=400),
        **kwargs,
    )


# --- Expansion -----------------------------------------------------------------------


def test_a_weekly_event_at_18_stays_at_18_across_the_march_change_of_time():
    # Tuesdays: 24 March 2026 is winter time (UTC+1), 31 March summer time (UTC+2).
    found = expand(rome(2026, 3, 17, 18), "FREQ=WEEKLY;COUNT=4")

    assert [item.start.astimezone(UTC).hour for item in found] == [17, 17, 16, 16]
    assert {(item.start.hour, item.end.hour) for item in found} == {(18, 20)}
    assert [item.start.date() for item in found][1:3] == [
        datetime.date(2026, 3, 24),
        datetime.date(2026, 3, 31),
    ]


def test_a_weekly_event_at_18_stays_at_18_across_the_october_change_of_time():
    # Sundays around 25 October 2026, when summer time ends.
    found = expand(rome(2026, 10, 18, 18), "FREQ=WEEKLY;COUNT=3")

    assert [item.start.astimezone(UTC).hour for item in found] == [16, 17, 17]
    assert all(item.start.hour == 18 for item in found)
    assert found[1].start.date() == datetime.date(2026, 10, 25)


def test_a_daily_event_keeps_its_wall_clock_length_on_the_night_the_clocks_change():
    # 01:00–04:00 on 29 March 2026 is two real hours (02:00 does not exist), still shown 01–04.
    found = expand(rome(2026, 3, 28, 1), "FREQ=DAILY;COUNT=2", hours=3)

    assert [(item.start.hour, item.end.hour) for item in found] == [(1, 4), (1, 4)]
    real = found[1].end.astimezone(UTC) - found[1].start.astimezone(UTC)
    assert real == datetime.timedelta(hours=2)


def test_second_tuesday_of_the_month_is_expressible_and_expands():
    start = rome(2026, 1, 13, 17, 30)
    rule = rule_build(
        frequency="MONTHLY",
        interval=1,
        weekdays=["TU"],
        position=2,
        until=None,
        count=4,
        dtstart=start,
    )

    assert rule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=4"
    found = expand(start, rule)
    assert [item.start.date().isoformat() for item in found] == [
        "2026-01-13",
        "2026-02-10",
        "2026-03-10",
        "2026-04-14",
    ]
    assert all((item.start.hour, item.start.minute) == (17, 30) for item in found)


def test_excluded_dates_are_skipped_but_still_count_towards_count():
    found = expand(
        rome(2026, 12, 1, 18),
        "FREQ=WEEKLY;COUNT=4",
        excluded=[datetime.date(2026, 12, 8)],
    )

    assert [item.start.day for item in found] == [1, 15, 22]


def test_until_is_inclusive_of_its_whole_day():
    start = rome(2026, 12, 1, 18)
    rule = rule_build(
        frequency="WEEKLY",
        interval=1,
        weekdays=[],
        position=None,
        until=datetime.date(2026, 12, 15),
        count=None,
        dtstart=start,
    )

    assert [item.start.day for item in expand(start, rule)] == [1, 8, 15]


def test_only_the_occurrences_overlapping_the_window_are_returned():
    start = rome(2026, 1, 5, 9)
    found = expand(
        start,
        "FREQ=DAILY",
        window_start=rome(2026, 1, 10, 10),
        window_end=rome(2026, 1, 12, 9),
    )

    # The 10th (9–11) overlaps the window's start; the 12th starts at its end: left out.
    assert [item.start.day for item in found] == [10, 11]


def test_an_endless_series_is_cut_at_the_hard_cap():
    start = rome(2026, 1, 1, 9)
    found = expand(start, "FREQ=DAILY", window_end=start + datetime.timedelta(days=5000))

    assert len(found) == MAX_OCCURRENCES


def test_an_all_day_event_runs_from_midnight_to_the_midnight_after_its_last_day():
    found = occurrences(
        start=rome(2026, 12, 8, 10),
        end=rome(2026, 12, 9, 12),
        all_day=True,
        window_end=rome(2027, 1, 1),
    )

    assert [(item.start, item.end) for item in found] == [(rome(2026, 12, 8), rome(2026, 12, 10))]


def test_an_occurrence_is_identified_by_its_start_in_utc():
    start = rome(2026, 12, 8, 18)

    assert occurrence_key(start) == "20261208T170000Z"
    assert occurrence_start_from_key("20261208T170000Z") == start
    assert occurrence_start_from_key("2026-12-08") is None


# --- Checking rules ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "explains"),
    [
        ("FREQ=SOMETIMES", "FREQ=SOMETIMES"),
        ("BYDAY=TU", "FREQ"),
        ("FREQ=WEEKLY;BYDAY=XX", "XX"),
        ("FREQ=WEEKLY;BYDAY", "NAME=VALUE"),
        ("FREQ=HOURLY", "HOURLY"),
        ("FREQ=WEEKLY;BYHOUR=9", "BYHOUR"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "not both"),
        ("FREQ=WEEKLY;UNTIL=yesterday", "UNTIL"),
        ("FREQ=MONTHLY;BYDAY=7TU", "7TU"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=WEEKLY\nEXDATE:20261208", "one line"),
    ],
)
def test_a_malformed_rule_is_refused_with_an_explanation(rule, explains):
    with translation.override("en"), pytest.raises(RecurrenceError) as refused:
        rule_normalise(rule, dtstart=rome(2026, 12, 8, 18))

    assert explains in refused.value.message


def test_a_rule_ending_before_the_event_starts_is_refused():
    with translation.override("en"), pytest.raises(RecurrenceError) as refused:
        rule_normalise("FREQ=WEEKLY;UNTIL=20261101", dtstart=rome(2026, 12, 8, 18))

    assert refused.value.about == "until"
    assert "2026-11-01" in refused.value.message


def test_a_rule_that_can_never_happen_is_refused_quickly():
    started = time.monotonic()
    with pytest.raises(RecurrenceError):
        rule_normalise("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", dtstart=rome(2026, 1, 1, 18))

    assert time.monotonic() - started < 5


def test_the_start_must_be_the_first_date_of_the_series():
    # 8 December 2026 is a Tuesday; the rule asks for Mondays.
    with translation.override("en"), pytest.raises(RecurrenceError) as refused:
        rule_normalise("FREQ=WEEKLY;BYDAY=MO", dtstart=rome(2026, 12, 8, 18))

    assert refused.value.about == "start"
    assert "2026-12-14" in refused.value.message


def test_a_rule_is_stored_in_one_canonical_form():
    rule = rule_normalise(
        " rrule:freq=weekly;until=20261231T225959Z ", dtstart=rome(2026, 12, 8, 18)
    )

    # UNTIL in Italian wall-clock time: 22:59:59 UTC is 23:59:59 in Rome in winter.
    assert rule == "FREQ=WEEKLY;UNTIL=20261231T235959"


# --- In words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=MONTHLY;BYDAY=2TU", "Every month on the second Tuesday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "Every 2 weeks on Tuesday, Thursday"),
        ("FREQ=WEEKLY;COUNT=10", "Every week on Tuesday, 10 times"),
        ("FREQ=DAILY;UNTIL=20261231T235959", "Every day, until"),
        ("FREQ=MONTHLY;BYMONTHDAY=8,22", "Repeats on several dates"),
    ],
)
def test_a_rule_is_put_in_words(rule, words):
    with translation.override("en"):
        assert rule_description(rule, start=rome(2026, 12, 8, 18)).startswith(words)
