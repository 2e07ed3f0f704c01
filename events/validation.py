"""What makes an event valid: checked in ``EventPage.clean`` for every save, editor or not.

Each problem is reported on the field to change, in a sentence that says what is wrong
and how to put it right. The repetition is turned into its canonical RRULE here, so a
saved event always carries a rule that expands (``events.recurrence``).
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.models.choices import RepeatFrequency, Weekday
from events.recurrence import (
    ROME,
    RecurrenceError,
    local_naive,
    occurrences,
    rule_build,
    rule_normalise,
)
from portal.languages import language_codes

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")
#: Where a structured repetition's problem is shown, by ``RecurrenceError.about``.
_STRUCTURED_FIELD = {"start": "start", "until": "repeat_until", "rule": "repeat"}


class _Errors(dict):
    def add(self, field: str, message: str) -> None:
        self.setdefault(field, []).append(message)


def _when(moment: datetime.datetime) -> str:
    return date_format(local_naive(moment), "DATETIME_FORMAT")


def _check_times(event, errors: _Errors) -> None:
    if event.start is None or event.end is None:
        return
    if event.all_day:
        start, end = local_naive(event.start).date(), local_naive(event.end).date()
        if end < start:
            errors.add(
                "end",
                _("The event ends on %(end)s, before it starts on %(start)s: check the end date.")
                % {"end": date_format(end), "start": date_format(start)},
            )
    elif event.end < event.start:
        errors.add(
            "end",
            _("The event ends (%(end)s) before it starts (%(start)s): check the end date and time.")
            % {"end": _when(event.end), "start": _when(event.start)},
        )


def _check_place(event, errors: _Errors) -> None:
    if (event.latitude is None) != (event.longitude is None):
        field = "longitude" if event.longitude is None else "latitude"
        errors.add(field, _("Give both the latitude and the longitude of the venue, or neither."))
    unknown = set(event.language_codes) - set(language_codes())
    if unknown:
        errors.add(
            "languages_spoken",
            _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(sorted(unknown))},
        )


def _structured_rule(event, errors: _Errors) -> str | None:
    """The rule of the editor's choices, or ``None`` with the problems in ``errors``."""
    weekdays = [code for code in event.repeat_weekdays.split(",") if code]
    start_day = local_naive(event.start).date()
    problems = len(errors)
    if set(weekdays) - set(Weekday.values):
        errors.add("repeat_weekdays", _("Choose the days among Monday to Sunday."))
    if event.repeat_until and event.repeat_count:
        errors.add("repeat_count", _("Choose either an end date or a number of times, not both."))
    if event.repeat_until and event.repeat_until < start_day:
        errors.add(
            "repeat_until",
            _("The repetition ends on %(until)s, before the event first takes place on %(start)s.")
            % {"until": date_format(event.repeat_until), "start": date_format(start_day)},
        )
    if event.repeat_position and event.repeat != RepeatFrequency.MONTHLY:
        errors.add(
            "repeat_position",
            _("“First”, “second”… is only for an event that repeats every month."),
        )
    if event.repeat == RepeatFrequency.MONTHLY and weekdays and not event.repeat_position:
        errors.add(
            "repeat_position",
            _(
                "For a monthly event on a weekday, choose which one of the month (first, "
                "second…), or leave the days empty to repeat on the start's day of the month."
            ),
        )
    if event.repeat == RepeatFrequency.YEARLY and weekdays:
        errors.add(
            "repeat_weekdays",
            _("A yearly event repeats on its start's date: leave the days empty."),
        )
    if len(errors) > problems:
        return None
    return rule_build(
        frequency=event.repeat,
        interval=event.repeat_interval or 1,
        weekdays=weekdays,
        position=event.repeat_position,
        until=event.repeat_until,
        count=event.repeat_count,
        dtstart=event.start,
    )


def _check_rule(event, errors: _Errors) -> bool:
    """Write the event's canonical rule; ``False`` when it cannot be made."""
    if not event.repeat:
        event.rrule = ""
        return True
    if event.repeat == RepeatFrequency.CUSTOM:
        if not event.rrule.strip():
            errors.add(
                "rrule",
                _(
                    "Write the rule (for example FREQ=MONTHLY;BYDAY=2TU), or choose how often "
                    "the event repeats in “Repeats”."
                ),
            )
            return False
        try:
            event.rrule = rule_normalise(event.rrule, dtstart=event.start)
        except RecurrenceError as error:
            errors.add("rrule", error.message)
            return False
        return True
    text = _structured_rule(event, errors)
    if text is None:
        return False
    try:
        event.rrule = rule_normalise(text, dtstart=event.start)
    except RecurrenceError as error:
        errors.add(_STRUCTURED_FIELD.get(error.about, "repeat"), error.message)
        return False
    return True


def _parse_dates(text: str, errors: _Errors) -> list[datetime.date] | None:
    dates = set()
    for token in re.split(r"[\s,;]+", text.strip()):
        if not token:
            continue
        for layout in _DATE_FORMATS:
            try:
                dates.add(datetime.datetime.strptime(token, layout).date())
                break
            except ValueError:
                continue
        else:
            errors.add(
                "excluded_dates",
                _("“%(value)s” is not a date: write one date per line, as 2026-12-08.")
                % {"value": token[:30]},
            )
            return None
    return sorted(dates)


def _check_excluded_dates(event, errors: _Errors, rule_ok: bool) -> None:
    dates = _parse_dates(event.excluded_dates, errors)
    if dates is None:
        return
    if dates and not event.rrule:
        if rule_ok:
            errors.add(
                "excluded_dates", _("Dates without the event are only for a repeating event.")
            )
        return
    if rule_ok and dates:
        for day in dates:
            midnight = datetime.datetime.combine(day, datetime.time(), tzinfo=ROME)
            found = occurrences(
                start=event.start,
                end=event.end,
                all_day=event.all_day,
                rule=event.rrule,
                window_start=midnight,
                window_end=midnight + datetime.timedelta(days=1),
            )
            if not any(local_naive(item.start).date() == day for item in found):
                errors.add(
                    "excluded_dates",
                    _("%(date)s is not one of the event's dates.") % {"date": date_format(day)},
                )
    event.excluded_dates = "\n".join(day.isoformat() for day in dates)


def event_clean(event) -> None:
    """Check ``event`` and put its rule and excluded dates in canonical form.

    Raises ``ValidationError`` with a message per field to change.
    """
    errors = _Errors()
    _check_times(event, errors)
    _check_place(event, errors)
    rule_ok = False
    if event.start is not None and event.end is not None:
        rule_ok = _check_rule(event, errors)
    _check_excluded_dates(event, errors, rule_ok)
    if errors:
        raise ValidationError(dict(errors))
