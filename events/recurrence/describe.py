"""A repetition rule in words, in the reader's language ("Every month on the second Tuesday")."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.recurrence.rules import UNTIL_FORMAT, WEEKDAY_CODES, local_naive, rule_parts
from events.recurrence.vocabulary import MonthlyPosition, Weekday


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
                "date": date_format(start, "MONTH_DAY_FORMAT"),
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


def rule_description(rule: str, *, start: datetime.datetime) -> str:
    """``rule`` in words, with its end ("until 31 December 2026", "10 times")."""
    if not rule:
        return ""
    parts = rule_parts(rule)
    text = _pattern(parts, local_naive(start)) or _("Repeats on several dates")
    if "UNTIL" in parts:
        until = datetime.datetime.strptime(parts["UNTIL"], UNTIL_FORMAT).date()
        text = _("%(pattern)s, until %(date)s") % {
            "pattern": text,
            "date": date_format(until, "DATE_FORMAT"),
        }
    elif "COUNT" in parts:
        count = int(parts["COUNT"])
        text = ngettext("%(pattern)s, %(count)s time", "%(pattern)s, %(count)s times", count) % {
            "pattern": text,
            "count": count,
        }
    return text
