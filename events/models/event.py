"""An event: a date (or a series of dates), a place or a link, and who it is for."""

import datetime
from decimal import Decimal

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from events.forms import EventPageForm
from events.models.choices import EventAudience, EventStatus, MonthlyPosition, RepeatFrequency
from events.recurrence import MAX_OCCURRENCES
from portal.models import BasePage
from sync_pim.models import PimCategory, PimShareable

#: Registrations close at most a month before a date.
MAX_CLOSING_HOURS = 720
#: Rich text an event's description may use.
DESCRIPTION_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class EventPage(PimShareable, BasePage):
    """An information or communication event, once or repeating, in a place or online.

    Start and end are stored as instants (aware, UTC in the database) and always shown in
    Europe/Rome time. A repeating event keeps its rule as an RFC 5545 RRULE (``rrule``),
    built from the editor's choices or written by hand ("custom"); its dates are written
    to ``EventOccurrence`` when it is published. Under a HUB's page the HUB is the
    organiser; elsewhere ``organiser`` names who organises it.
    """

    description = RichTextField(_("description"), blank=True, features=DESCRIPTION_FEATURES)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.TextField(
        _("about the status"),
        blank=True,
        help_text=_("For a cancelled or postponed event: why, and the new date if there is one."),
    )

    start = models.DateTimeField(_("starts"), help_text=_("Italian time (Europe/Rome)."))
    end = models.DateTimeField(
        _("ends"), help_text=_("Of the first date, for a repeating event. Italian time.")
    )
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Only the days count; the times are ignored.")
    )

    repeat = models.CharField(
        _("repeats"), max_length=10, choices=RepeatFrequency.choices, blank=True, default=""
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("1 = every day/week/month; 2 = every other one; and so on."),
    )
    repeat_weekdays = models.CharField(
        _("on"),
        max_length=30,
        blank=True,
        help_text=_(
            "Weekly: the days of the week (none: the start's day). Monthly with a position: "
            "the weekday (none: the start's)."
        ),
    )
    repeat_position = models.SmallIntegerField(
        _("monthly, on the"),
        choices=MonthlyPosition.choices,
        null=True,
        blank=True,
        help_text=_(
            "For “the second Tuesday of every month”: choose “second” here and Tuesday above. "
            "Empty: on the start's day of the month."
        ),
    )
    repeat_until = models.DateField(_("until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_OCCURRENCES)],
    )
    rrule = models.TextField(
        _("repetition rule (RRULE)"),
        blank=True,
        help_text=_(
            "Only for “Custom rule”: an iCalendar RRULE such as FREQ=MONTHLY;BYDAY=2TU (the "
            "second Tuesday of every month). For the other choices it is written for you."
        ),
    )
    excluded_dates = models.TextField(
        _("dates without the event"),
        blank=True,
        help_text=_(
            "Dates of the series on which it does not take place, one per line: 2026-12-08."
        ),
    )

    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(
        _("address"), blank=True, help_text=_("Street, postcode and town, in Italian.")
    )
    municipality = models.CharField(
        _("municipality"),
        max_length=100,
        blank=True,
        help_text=_("Where it takes place. Empty for a HUB's event in the HUB's municipality."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to follow the event online.")
    )

    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("Languages of the portal spoken at the event (interpreting, mediation)."),
    )
    languages_other = models.CharField(
        _("other languages"),
        max_length=200,
        blank=True,
        help_text=_("Other languages spoken, in words (e.g. Tigrinya, Bengali)."),
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=EventAudience.choices, default=EventAudience.EVERYONE
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("Who organises it (e.g. Comune di Modena). A HUB's events are the HUB's."),
    )

    registration_enabled = models.BooleanField(
        _("registration required"),
        default=False,
        help_text=_("People register on the portal for each date; the organisers see the list."),
    )
    registration_capacity = models.PositiveIntegerField(
        _("places per date"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: no limit."),
    )
    registration_closes_hours = models.PositiveSmallIntegerField(
        _("registrations close … hours before the start"),
        default=0,
        blank=True,
        validators=[MaxValueValidator(MAX_CLOSING_HOURS)],
        help_text=_("0 or empty: open until the start of each date."),
    )
    registration_waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When a date is full, people can join a waiting list: a freed place goes to the "
            "first of them, who is told by e-mail."
        ),
    )

    parent_page_types = ["events.EventIndexPage", "hubs.HubPage"]
    base_form_class = EventPageForm
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro", heading=_("Summary in plain language")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_interval"), FieldPanel("repeat_position")]),
                FieldPanel("repeat_weekdays"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("rrule", widget=forms.TextInput),
                FieldPanel("excluded_dates", widget=forms.Textarea(attrs={"rows": 3})),
            ],
            heading=_("Repetition"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("languages_spoken"),
                FieldPanel("languages_other"),
                FieldPanel("organiser"),
            ],
            heading=_("For whom, in which languages"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_capacity"), FieldPanel("registration_closes_hours")]
                ),
                FieldPanel("registration_waiting_list"),
            ],
            heading=_("Registrations"),
        ),
    ]
    promote_panels = [*Page.promote_panels, *PimShareable.pim_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("municipality"),
        index.FilterField("audience"),
    ]
    template = "events/event_page.html"
    schema_org_type = "Event"
    #: An event is something a reader can take part in, for a limited time, like the
    #: calls and courses PIM files as opportunities; "news" is for what has happened.
    default_pim_category = PimCategory.OPPORTUNITY

    class Meta:
        verbose_name = _("event")

    @property
    def is_repeating(self) -> bool:
        return bool(self.rrule)

    @property
    def excluded_date_list(self) -> list[datetime.date]:
        return [datetime.date.fromisoformat(line) for line in self.excluded_dates.split()]

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages_spoken.split(",") if code]

    def clean(self) -> None:
        from events.validation import event_clean

        super().clean()
        event_clean(self)
        if self.registration_closes_hours is None:
            self.registration_closes_hours = 0

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # ``?format=ics`` is served here rather than at a URL of its own so that the
        # page's privacy (checked by Wagtail before ``serve``) holds for the file too.
        if request.GET.get("format") == "ics":
            from events.ics import event_ics_response

            response = event_ics_response(event=self, request=request)
            response.portal_cacheable = True
            return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from events.selectors import event_details
        from events.selectors.registrations import registration_panel

        context = super().get_context(request, *args, **kwargs)
        context["event"] = event_details(event=self, request=request)
        if not context["event"].is_over:
            context["registration"] = registration_panel(event=self, dates=context["event"].dates)
        return context
