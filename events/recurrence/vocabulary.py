"""The words an editor repeats an event with: weekdays and "the second … of the month"."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MonthlyPosition(models.IntegerChoices):
    """For a monthly event: which of the month's weekdays (the "second Tuesday")."""

    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


class Weekday(models.TextChoices):
    """RFC 5545 weekday codes, Monday first as in Italy."""

    MO = "MO", _("Monday")
    TU = "TU", _("Tuesday")
    WE = "WE", _("Wednesday")
    TH = "TH", _("Thursday")
    FR = "FR", _("Friday")
    SA = "SA", _("Saturday")
    SU = "SU", _("Sunday")
