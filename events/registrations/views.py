"""The public pages of registrations: the form of one date, its receipt, and cancelling.

They work without JavaScript (plain forms, POST then redirect) and are never cached: the
form carries a CSRF token and the places left change. The form of a date obeys the
event page's privacy exactly as the page does (Wagtail's own ``on_serve_page`` hooks
are run around it), and POSTs are rate-limited per IP address on the shared cache
(``EVENTS_REGISTRATION_RATE``). The cancellation link needs no login: its signed token
is the key (``tokens``); opening it changes nothing, the button on the page does.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited
from wagtail import hooks

from events.models import EventOccurrence, EventPage, Registration, RegistrationState
from events.registrations.forms import RegistrationForm
from events.registrations.mail import event_date, event_town_shown
from events.registrations.services import (
    RegistrationRefused,
    registration_cancel,
    registration_create,
)
from events.registrations.tokens import TokenProblem, cancel_token_read
from events.selectors.event import hub_of_event, organiser_name
from events.selectors.registrations import Refusal, registration_availability
from portal.languages import localised
from portal.selectors import footer

logger = logging.getLogger(__name__)

#: The receipt's link works for a day: long enough to reload it, not to be shared.
RECEIPT_SALT = "events.registration.receipt"
RECEIPT_MAX_AGE = 24 * 3600
RATE_GROUP = "events.registration"


def _private(response: HttpResponse) -> HttpResponse:
    """Never stored by a cache, never indexed: these pages are one person's."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def serve_as_page(event: EventPage, request: HttpRequest, view: Callable[[], HttpResponse]):
    """``view()`` behind the same checks as the event page (privacy: login, password)."""

    def answer(page, request, args, kwargs) -> HttpResponse:
        return view()

    chain = answer
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    return chain(event, request, [], {})


def _event_context(event: EventPage, occurrence: EventOccurrence) -> dict:
    hub = hub_of_event(event)
    return {
        "event": event,
        "title": localised(event, "title"),
        "event_url": event.get_url() if event.live else "",
        "date": event_date(event, occurrence),
        "venue_name": event.venue_name,
        "venue_address": event.venue_address.strip(),
        "municipality": event_town_shown(event),
        "online_url": event.online_url,
        "organiser": organiser_name(event, hub),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def form_page(request: HttpRequest, occurrence_id: int) -> HttpResponse:
    """The form for one date of a published event; the reason when it takes none."""
    occurrence = get_object_or_404(EventOccurrence.all_objects, pk=occurrence_id)
    event = get_object_or_404(EventPage.objects.live(), pk=occurrence.event_id)
    return serve_as_page(event, request, lambda: _private(_form(request, event, occurrence)))


def _limited(request: HttpRequest) -> bool:
    return is_ratelimited(
        request,
        group=RATE_GROUP,
        key="ip",
        rate=settings.EVENTS_REGISTRATION_RATE,
        method="POST",
        increment=True,
    )


def _form(request: HttpRequest, event: EventPage, occurrence: EventOccurrence) -> HttpResponse:
    availability = registration_availability(event=event, occurrence=occurrence)
    form = RegistrationForm()
    if request.method == "POST":
        if _limited(request):
            logger.warning("Registration form: rate limit reached for an address")
            return TemplateResponse(
                request,
                "events/registrations/limited.html",
                {**_event_context(event, occurrence), "form_url": request.path},
                status=429,
            )
        form = RegistrationForm(request.POST)
        if availability.is_open and form.is_valid():
            data = form.cleaned_data
            try:
                registration = registration_create(
                    occurrence_id=occurrence.pk,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    language=data["language"],
                    needs_interpreter=data["needs_interpreter"],
                )
            except RegistrationRefused as refused:
                if refused.refusal == Refusal.DUPLICATE:
                    form.add_error("email", refused.message)
                # Whatever else changed in the meantime (full, closed) is shown below.
                availability = registration_availability(event=event, occurrence=occurrence)
            else:
                token = signing.dumps(registration.pk, salt=RECEIPT_SALT)
                return HttpResponseRedirect(
                    reverse("events_registration_done", kwargs={"token": token})
                )
    privacy = footer(request=request).legal_links.get("privacy_page", "")
    return TemplateResponse(
        request,
        "events/registrations/form.html",
        {
            **_event_context(event, occurrence),
            "availability": availability,
            "form": form,
            "privacy_url": privacy,
            "retention_days": settings.EVENTS_REGISTRATION_RETENTION_DAYS,
            "errors": [(field, error) for field in form for error in field.errors],
        },
    )


@require_http_methods(["GET", "HEAD"])
def receipt_page(request: HttpRequest, token: str) -> HttpResponse:
    """What the registration gave (a place or the waiting list), right after the form."""
    try:
        registration_id = signing.loads(token, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
    except signing.BadSignature as error:
        raise Http404 from error
    registration = (
        Registration.objects.select_related("occurrence").filter(pk=registration_id).first()
    )
    if registration is None:
        raise Http404
    occurrence = registration.occurrence
    event = EventPage.objects.get(pk=occurrence.event_id)
    context = {**_event_context(event, occurrence), "registration": registration}
    if registration.state == RegistrationState.WAITING:
        context["position"] = Registration.objects.filter(
            occurrence=occurrence,
            state=RegistrationState.WAITING,
            created_at__lte=registration.created_at,
        ).count()
    return _private(TemplateResponse(request, "events/registrations/done.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def cancel_page(request: HttpRequest, token: str) -> HttpResponse:
    """The link of the e-mails: GET shows the registration and a button, POST cancels."""
    try:
        read = cancel_token_read(token)
    except TokenProblem as problem:
        message = (
            _("This link has expired: the date it was for is over, so there is nothing to cancel.")
            if problem.expired
            else _(
                "This link is not valid. Copy the whole link from our e-mail, or use the "
                "latest e-mail we sent you."
            )
        )
        return _private(
            TemplateResponse(
                request,
                "events/registrations/cancel.html",
                {"problem": message},
                status=410 if problem.expired else 400,
            )
        )
    registration = (
        Registration.objects.select_related("occurrence").filter(pk=read.registration_id).first()
    )
    if registration is None:
        return _private(
            TemplateResponse(
                request,
                "events/registrations/cancel.html",
                {
                    "problem": _(
                        "This registration no longer exists: its details were deleted after "
                        "the event."
                    )
                },
                status=410,
            )
        )
    if request.method == "POST":
        registration_cancel(registration_id=registration.pk)
        return HttpResponseRedirect(request.path)
    occurrence = registration.occurrence
    event = EventPage.objects.get(pk=occurrence.event_id)
    return _private(
        TemplateResponse(
            request,
            "events/registrations/cancel.html",
            {**_event_context(event, occurrence), "registration": registration},
        )
    )
