"""The fixed vocabularies of events: status, audience and how an event repeats."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events.recurrence.vocabulary import MonthlyPosition, Weekday

__all__ = ["EventAudience", "EventStatus", "MonthlyPosition", "RepeatFrequency", "Weekday"]


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class EventAudience(models.TextChoices):
    MIGRANTS = "migrants", _("Migrants")
    OPERATORS = "operators", _("Desk operators")
    EVERYONE = "everyone", _("Everyone")


class RepeatFrequency(models.TextChoices):
    """How often an event repeats; "custom" lets an editor write the RRULE."""

    NONE = "", _("Does not repeat")
    DAILY = "DAILY", _("Every day")
    WEEKLY = "WEEKLY", _("Every week")
    MONTHLY = "MONTHLY", _("Every month")
    YEARLY = "YEARLY", _("Every year")
    CUSTOM = "custom", _("Custom rule (advanced)")
