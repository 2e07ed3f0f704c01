"""Registrations to an event's dates, and the anonymous counts kept when they are deleted.

A registration hangs off one date (``EventOccurrence``), never off the event: a series
has a capacity per date, and a person registers for the date they can come to. The
date is protected (``on_delete=PROTECT``) so that a registration can never vanish with
it unnoticed: ``events.registrations.dates`` keeps a date removed from a series while
registrations hang off it, and the deletion of an event page that holds registrations
is refused in the admin (``events.registrations.admin.hooks``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class RegistrationState(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class CancelReason(models.TextChoices):
    """Why a registration was cancelled; the registrant is told for all but their own."""

    NONE = "", _("Not cancelled")
    REGISTRANT = "registrant", _("Cancelled by the registrant")
    DATE_REMOVED = "date_removed", _("The date was removed from the event")
    EVENT_CANCELLED = "event_cancelled", _("The event was cancelled")


#: States that hold a place or a place in the queue.
ACTIVE_STATES = (RegistrationState.CONFIRMED, RegistrationState.WAITING)


class Registration(models.Model):
    """One person's registration to one date of an event.

    ``notified_state`` and ``notified_start`` record what the registrant was last told
    (their state, and the date's start at that moment): a notice is due whenever they
    differ from the registration's state and the date's start. Notices are sent once the
    change commits and, if the mail server was down, again by the periodic task; the
    lock on the row makes sure each is sent once (``events.registrations.notices``).
    """

    occurrence = models.ForeignKey(
        "events.EventOccurrence",
        verbose_name=_("event date"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    name = models.CharField(_("name and surname"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("preferred language"), max_length=10, choices=settings.LANGUAGES)
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    #: When the registrant accepted the privacy notice (the form refuses without it).
    consented_at = models.DateTimeField(_("privacy notice accepted at"))
    state = models.CharField(
        _("state"), max_length=20, choices=RegistrationState.choices, db_index=True
    )
    cancel_reason = models.CharField(
        _("why it was cancelled"),
        max_length=20,
        choices=CancelReason.choices,
        blank=True,
        default=CancelReason.NONE,
    )
    #: Marked by the organisers after the date: ``None`` until they do.
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    confirmed_at = models.DateTimeField(_("place given at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    notified_state = models.CharField(
        _("state last notified"), max_length=20, blank=True, choices=RegistrationState.choices
    )
    notified_start = models.DateTimeField(_("date last notified"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One place (or place in the queue) per address and date; a cancelled
            # registration does not stop the same person from registering again.
            models.UniqueConstraint(
                Lower("email"),
                "occurrence",
                condition=~Q(state=RegistrationState.CANCELLED),
                name="events_registration_one_active_per_email",
            )
        ]
        indexes = [
            models.Index(fields=["occurrence", "state", "created_at"], name="events_reg_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}> ({self.state})"

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES


class OccurrenceTally(models.Model):
    """What is left of a date's registrations once their personal data is deleted.

    Written by ``events.registrations.retention`` just before the registrations go.
    The HUB and the start are copied, not only linked: the counts must survive the
    deletion of the event page, which takes its dates with it.
    """

    occurrence = models.OneToOneField(
        "events.EventOccurrence",
        verbose_name=_("event date"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tally",
    )
    #: The event page's id (not a foreign key: the page may be deleted later).
    event_id = models.PositiveBigIntegerField(_("event id"))
    #: ``HubPage.code``; empty for a regional event.
    hub_code = models.CharField(_("HUB"), max_length=50, blank=True)
    start = models.DateTimeField(_("start"))
    #: False for a date removed from its series or of a cancelled event.
    held = models.BooleanField(_("took place"), default=True)
    registered = models.PositiveIntegerField(_("confirmed"), default=0)
    waiting = models.PositiveIntegerField(_("still on the waiting list"), default=0)
    cancelled = models.PositiveIntegerField(_("cancelled"), default=0)
    attended = models.PositiveIntegerField(_("attended"), default=0)
    interpreter = models.PositiveIntegerField(_("needed an interpreter"), default=0)
    purged_at = models.DateTimeField(_("personal data deleted at"))

    class Meta:
        verbose_name = _("registration count")
        verbose_name_plural = _("registration counts")
        indexes = [models.Index(fields=["start"], name="events_tally_start")]

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.start:%Y-%m-%d}: {self.registered}"
