"""Dates and repetition rules in words, in the reader's language.

"martedì 9 febbraio 2027", "Every month on the second Tuesday, until 31 December 2026".
Dates are written without a leading zero, and in the languages that write month and
weekday names in lower case within a date (Italian among them) in lower case: Django's
formats and catalogues give "09 Febbraio 2027" for Italian.
"""

import datetime
import re
from collections.abc import Iterable

from django.utils import translation
from django.utils.formats import date_format, get_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.recurrence.rules import (
    UNTIL_FORMAT,
    WEEKDAY_CODES,
    local_naive,
    rule_parse,
    rule_parts,
)
from events.recurrence.vocabulary import MonthlyPosition, Weekday

#: Languages whose month and weekday names are written in lower case inside a date.
LOWER_CASE_NAMES = frozenset({"it", "ro", "sq"})
#: ``d`` (day with a leading zero) in a Django date format, not escaped.
_DAY_WITH_ZERO = re.compile(r"(?<!\\)d")


def _names_in_case(day: datetime.date, text: str) -> str:
    if translation.get_language() not in LOWER_CASE_NAMES:
        return text
    for layout in ("F", "E", "l", "N", "b"):
        name = date_format(day, layout)
        if name:
            text = text.replace(name, name.lower())
    return text


def date_words(day: datetime.date, *, weekday: bool = False) -> str:
    """``day`` in the reader's language: "9 febbraio 2027" ("martedì 9 febbraio 2027")."""
    layout = _DAY_WITH_ZERO.sub("j", get_format("DATE_FORMAT"))
    text = date_format(day, layout)
    if weekday:
        text = f"{date_format(day, 'l')} {text}"
    return _names_in_case(day, text)


def month_words(first: datetime.date) -> str:
    """A month and its year, "febbraio 2027": a heading capitalises it (``capfirst``)."""
    return _names_in_case(first, date_format(first, "YEAR_MONTH_FORMAT"))


def _weekday_names(codes: list[str]) -> str:
    names = dict(Weekday.choices)
    return ", ".join(str(names[code]) for code in codes)


def _every(frequency: str, interval: int) -> str:
    # Interval 1 says it with RepeatFrequency's labels ("Every day"). Were they the singular
    # of the plural entries below, gettext() of a label would return that form, which must
    # hold %(count)s (Ukrainian's "one" form also serves 21, 31…): "Ogni %(count)s giorno".
    if interval == 1:
        plain = {"DAILY": _("Every day"), "WEEKLY": _("Every week"), "MONTHLY": _("Every month")}
        return plain.get(frequency) or _("Every year")
    if frequency == "DAILY":
        return ngettext("Every %(count)s day", "Every %(count)s days", interval) % {
            "count": interval
        }
    if frequency == "WEEKLY":
        return ngettext("Every %(count)s week", "Every %(count)s weeks", interval) % {
            "count": interval
        }
    if frequency == "MONTHLY":
        return ngettext("Every %(count)s month", "Every %(count)s months", interval) % {
            "count": interval
        }
    return ngettext("Every %(count)s year", "Every %(count)s years", interval) % {"count": interval}


def _monthly_weekdays(value: str) -> str | None:
    """ "the second Tuesday" for ``2TU`` (all the listed days must share the position)."""
    items = value.split(",")
    positions = {item[:-2] for item in items}
    if len(positions) != 1 or not (position := positions.pop()):
        return None
    if int(position) not in MonthlyPosition.values:
        return None
    return _("on the %(position)s %(weekday)s") % {
        "position": MonthlyPosition(int(position)).label,
        "weekday": _weekday_names([item[-2:] for item in items]),
    }


def _pattern(parts: dict[str, str], start: datetime.datetime) -> str | None:
    """The rule's pattern in words; ``None`` for a rule too particular to put simply."""
    frequency = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    by = set(parts) - {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
    every = _every(frequency, interval)
    if not by:
        if frequency == "WEEKLY":
            return _("%(every)s on %(weekdays)s") % {
                "every": every,
                "weekdays": _weekday_names([WEEKDAY_CODES[start.weekday()]]),
            }
        if frequency == "MONTHLY":
            return _("%(every)s on day %(day)s") % {"every": every, "day": start.day}
        if frequency == "YEARLY":
            return _("%(every)s on %(date)s") % {
                "every": every,
                "date": _names_in_case(start, date_format(start, "MONTH_DAY_FORMAT")),
            }
        return every
    if by == {"BYDAY"} and frequency in ("DAILY", "WEEKLY"):
        codes = parts["BYDAY"].split(",")
        if all(code in WEEKDAY_CODES for code in codes):
            return _("%(every)s on %(weekdays)s") % {
                "every": every,
                "weekdays": _weekday_names(codes),
            }
    if by == {"BYDAY"} and frequency == "MONTHLY" and (which := _monthly_weekdays(parts["BYDAY"])):
        return _("%(every)s %(which)s") % {"every": every, "which": which}
    return None


def _times(rule: str, start: datetime.datetime, excluded: set[datetime.date]) -> int:
    """How many dates a rule with COUNT gives once ``excluded`` are left out (RFC 5545
    counts the excluded dates in COUNT; a reader counts the dates the event happens on)."""
    count = int(rule_parts(rule)["COUNT"])
    if not excluded:
        return count
    dates = rule_parse(rule, dtstart=start)
    return sum(1 for moment in dates if moment.date() not in excluded)


def rule_description(
    rule: str, *, start: datetime.datetime, excluded: Iterable[datetime.date] = ()
) -> str:
    """``rule`` in words, with its end ("until 31 December 2026", "10 times").

    ``excluded`` are the series' dates without the event, left out of "10 times".
    """
    if not rule:
        return ""
    parts = rule_parts(rule)
    text = _pattern(parts, local_naive(start)) or _("Repeats on several dates")
    if "UNTIL" in parts:
        until = datetime.datetime.strptime(parts["UNTIL"], UNTIL_FORMAT).date()
        text = _("%(pattern)s, until %(date)s") % {"pattern": text, "date": date_words(until)}
    elif "COUNT" in parts:
        count = _times(rule, start, set(excluded))
        text = ngettext("%(pattern)s, %(count)s time", "%(pattern)s, %(count)s times", count) % {
            "pattern": text,
            "count": count,
        }
    return text
