"""Repetition rules (RFC 5545 RRULE): built from the editor's choices, or written and checked.

A rule is stored in one canonical form: ``NAME=VALUE`` parts joined by ``;``, upper
case, ``UNTIL`` in Europe/Rome wall-clock time without a zone (``20261231T235959``).
That is the form python-dateutil expands against a naive local ``DTSTART``; the
iCalendar export turns ``UNTIL`` into UTC, as RFC 5545 requires next to a ``TZID``.

Only what an event needs is accepted: repetitions at most daily, one start time a day.
The parts are also restricted so that a rule that can never happen is found quickly:
python-dateutil looks for the next date of such a rule until the year 9999.
"""

import datetime
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from django.utils.translation import gettext as _

ROME = ZoneInfo("Europe/Rome")
#: At most this many occurrences of one event are ever expanded (and a COUNT may ask for).
MAX_OCCURRENCES = 1000
#: Highest INTERVAL ("every 99 weeks" is already far-fetched).
MAX_INTERVAL = 99
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
#: The parts each frequency may use (besides FREQ, INTERVAL, COUNT and UNTIL).
PARTS_BY_FREQUENCY = {
    "DAILY": {"BYDAY", "BYMONTH", "BYMONTHDAY"},
    "WEEKLY": {"BYDAY", "BYMONTH", "WKST"},
    "MONTHLY": {"BYDAY", "BYMONTH", "BYMONTHDAY", "BYSETPOS", "WKST"},
    "YEARLY": {"BYDAY", "BYMONTH", "BYMONTHDAY", "BYSETPOS", "WKST"},
}
ALWAYS_ALLOWED = {"FREQ", "INTERVAL", "COUNT", "UNTIL"}
_WEEKDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL_FORMATS = (
    (re.compile(r"^\d{8}$"), "%Y%m%d"),
    (re.compile(r"^\d{8}T\d{6}$"), "%Y%m%dT%H%M%S"),
    (re.compile(r"^\d{8}T\d{6}Z$"), "%Y%m%dT%H%M%SZ"),
)
UNTIL_FORMAT = "%Y%m%dT%H%M%S"
EXAMPLE = "FREQ=MONTHLY;BYDAY=2TU"


class RecurrenceError(ValueError):
    """A rule that cannot be used; ``message`` tells the editor why, in their language."""

    def __init__(self, message: str, *, about: str = "rule") -> None:
        super().__init__(message)
        self.message = message
        #: What the editor should change: "rule", "start" or "until".
        self.about = about


def local_naive(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` as Europe/Rome wall-clock time without a zone (what rules expand on)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(ROME)
    return moment.replace(tzinfo=None)


def rule_parts(text: str) -> dict[str, str]:
    """``text`` split into its parts, refusing anything that is not ``NAME=VALUE``."""
    text = (text or "").strip()
    if "\n" in text or "\r" in text:
        raise RecurrenceError(
            _("Write the rule on one line, without DTSTART or EXDATE (for example %(example)s).")
            % {"example": EXAMPLE}
        )
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    parts: dict[str, str] = {}
    for chunk in filter(None, text.upper().replace(" ", "").split(";")):
        name, equals, value = chunk.partition("=")
        if not equals or not name or not value:
            raise RecurrenceError(
                _("“%(part)s” is not of the form NAME=VALUE (for example %(example)s).")
                % {"part": chunk[:40], "example": EXAMPLE}
            )
        if name in parts:
            raise RecurrenceError(_("%(name)s is written twice.") % {"name": name[:20]})
        parts[name] = value
    return parts


def _integers(name: str, value: str, low: int, high: int, *, signed: bool = False) -> list[int]:
    numbers = []
    for item in value.split(","):
        if not re.fullmatch(r"[+-]?\d{1,4}" if signed else r"\d{1,4}", item):
            raise RecurrenceError(
                _("%(name)s must be a list of numbers, not “%(value)s”.")
                % {"name": name, "value": value[:40]}
            )
        number = int(item)
        if not low <= abs(number) <= high or (not signed and number < low):
            raise RecurrenceError(
                _("%(name)s accepts numbers from %(low)s to %(high)s, not %(value)s.")
                % {"name": name, "low": low, "high": high, "value": item}
            )
        numbers.append(number)
    return numbers


def _check_weekdays(value: str, *, frequency: str, has_month: bool) -> None:
    for item in value.split(","):
        match = _WEEKDAY.match(item)
        if not match:
            raise RecurrenceError(
                _(
                    "“%(value)s” is not a weekday: use MO, TU, WE, TH, FR, SA, SU, or 2TU for "
                    "“the second Tuesday”."
                )
                % {"value": item[:20]}
            )
        if match.group(1) is None:
            continue
        nth = int(match.group(1))
        if frequency not in ("MONTHLY", "YEARLY") or (frequency == "YEARLY" and not has_month):
            raise RecurrenceError(
                _(
                    "A numbered weekday such as %(value)s needs FREQ=MONTHLY (or YEARLY with "
                    "BYMONTH)."
                )
                % {"value": item}
            )
        if not 1 <= abs(nth) <= 5:
            raise RecurrenceError(
                _(
                    "%(value)s: a month has at most five of each weekday (use 1 to 5, or -1 "
                    "for the last)."
                )
                % {"value": item}
            )


def _until_local(value: str) -> datetime.datetime:
    for pattern, layout in _UNTIL_FORMATS:
        if pattern.match(value):
            try:
                parsed = datetime.datetime.strptime(value, layout)
            except ValueError:
                break
            if value.endswith("Z"):
                return local_naive(parsed.replace(tzinfo=datetime.UTC))
            if layout == "%Y%m%d":
                return datetime.datetime.combine(parsed.date(), datetime.time(23, 59, 59))
            return parsed
    raise RecurrenceError(
        _("UNTIL must be a date such as 20261231 (or 20261231T235959Z), not “%(value)s”.")
        % {"value": value[:30]}
    )


def _check_parts(parts: dict[str, str]) -> None:
    frequency = parts.get("FREQ")
    if frequency is None:
        raise RecurrenceError(
            _("The rule needs FREQ: DAILY, WEEKLY, MONTHLY or YEARLY (for example %(example)s).")
            % {"example": EXAMPLE}
        )
    if frequency not in FREQUENCIES:
        raise RecurrenceError(
            _("FREQ=%(value)s is not possible for an event: use DAILY, WEEKLY, MONTHLY or YEARLY.")
            % {"value": frequency[:20]}
        )
    allowed = ALWAYS_ALLOWED | PARTS_BY_FREQUENCY[frequency]
    for name in parts:
        if name not in allowed:
            raise RecurrenceError(
                _(
                    "%(name)s cannot be used with FREQ=%(frequency)s in an event's rule; "
                    "allowed: %(allowed)s."
                )
                % {"name": name[:20], "frequency": frequency, "allowed": ", ".join(sorted(allowed))}
            )
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(
            _("Use either COUNT (how many times) or UNTIL (until when), not both.")
        )
    interval = _integers("INTERVAL", parts.get("INTERVAL", "1"), 1, MAX_INTERVAL)
    if "COUNT" in parts:
        _integers("COUNT", parts["COUNT"], 1, MAX_OCCURRENCES)
    if "BYMONTH" in parts:
        _integers("BYMONTH", parts["BYMONTH"], 1, 12)
    if "BYMONTHDAY" in parts:
        _integers("BYMONTHDAY", parts["BYMONTHDAY"], 1, 31, signed=True)
    if "BYSETPOS" in parts:
        _integers("BYSETPOS", parts["BYSETPOS"], 1, 366, signed=True)
    if "BYDAY" in parts:
        _check_weekdays(parts["BYDAY"], frequency=frequency, has_month="BYMONTH" in parts)
    if "WKST" in parts and parts["WKST"] not in WEEKDAY_CODES:
        raise RecurrenceError(_("WKST must be a weekday such as MO."))
    if frequency == "DAILY" and interval != [1] and set(parts) & PARTS_BY_FREQUENCY["DAILY"]:
        raise RecurrenceError(
            _(
                "“Every few days” cannot be combined with BYDAY, BYMONTH or BYMONTHDAY: use "
                "FREQ=WEEKLY with BYDAY instead."
            )
        )


def rule_text(parts: dict[str, str]) -> str:
    return ";".join(f"{name}={value}" for name, value in parts.items())


def rule_parse(text: str, *, dtstart: datetime.datetime) -> rrule:
    """The python-dateutil rule of a canonical ``text`` from a naive local ``dtstart``."""
    return rrulestr(text, dtstart=local_naive(dtstart))


def _first_date(parts: dict[str, str], dtstart: datetime.datetime) -> datetime.datetime | None:
    """The rule's first date; ``None`` when it never happens.

    A daily rule with filters is asked as a monthly one: the same days (its filters are
    plain lists), but python-dateutil gives up on an impossible one 30 times sooner.
    """
    probe = dict(parts)
    if probe["FREQ"] == "DAILY" and set(probe) & PARTS_BY_FREQUENCY["DAILY"]:
        probe["FREQ"] = "MONTHLY"
    try:
        return next(iter(rule_parse(rule_text(probe), dtstart=dtstart)), None)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RecurrenceError(
            _("This rule cannot be read (%(reason)s). Example: %(example)s.")
            % {"reason": str(error)[:120], "example": EXAMPLE}
        ) from error


def rule_normalise(text: str, *, dtstart: datetime.datetime) -> str:
    """``text`` checked and in canonical form, for an event first starting at ``dtstart``.

    Raises ``RecurrenceError`` when the rule is malformed, ends before the event starts,
    never happens, or does not give ``dtstart`` as its first date (calendar apps count
    the start as a date of the series whatever the rule says, so the two must agree).
    """
    start = local_naive(dtstart)
    parts = rule_parts(text)
    _check_parts(parts)
    if "UNTIL" in parts:
        until = _until_local(parts["UNTIL"])
        if until < start:
            raise RecurrenceError(
                _("The repetition ends (%(until)s) before the event first takes place (%(start)s).")
                % {"until": until.date().isoformat(), "start": start.date().isoformat()},
                about="until",
            )
        parts["UNTIL"] = until.strftime(UNTIL_FORMAT)
    first = _first_date(parts, start)
    if first is None:
        raise RecurrenceError(_("This rule never gives a date: check its numbers and weekdays."))
    if first.date() != start.date():
        raise RecurrenceError(
            _(
                "The event starts on %(start)s, but the rule's first date is %(first)s: make the "
                "start date the first date of the series."
            )
            % {"start": start.date().isoformat(), "first": first.date().isoformat()},
            about="start",
        )
    return rule_text(parts)


def rule_build(
    *,
    frequency: str,
    interval: int,
    weekdays: Iterable[str],
    position: int | None,
    until: datetime.date | None,
    count: int | None,
    dtstart: datetime.datetime,
) -> str:
    """The RRULE of the editor's choices (before ``rule_normalise`` checks it).

    A monthly event with a position is "the <position> <weekday> of the month"; the
    weekday defaults to the start's. Without a position it repeats on the start's day of
    the month.
    """
    start = local_naive(dtstart)
    days = [code for code in WEEKDAY_CODES if code in set(weekdays)]
    parts = {"FREQ": frequency}
    if interval and interval > 1:
        parts["INTERVAL"] = str(interval)
    if frequency == "MONTHLY" and position:
        days = days or [WEEKDAY_CODES[start.weekday()]]
        parts["BYDAY"] = ",".join(f"{position}{code}" for code in days)
    elif frequency in ("DAILY", "WEEKLY") and days:
        parts["BYDAY"] = ",".join(days)
    if until is not None:
        parts["UNTIL"] = datetime.datetime.combine(until, datetime.time(23, 59, 59)).strftime(
            UNTIL_FORMAT
        )
    if count:
        parts["COUNT"] = str(count)
    return rule_text(parts)
