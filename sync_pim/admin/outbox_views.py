"""Reports › PIM synchronisation: the outbox, one entry's delivery log, and the two actions.

The list is Wagtail's ``ReportView`` (filters, pagination, spreadsheet export). Reading
needs ``sync_pim.view_outboxentry``; "retry now" and "re-send a category" need
``sync_pim.change_outboxentry`` and answer POST only. Both actions call
``sync_pim.services``; a refused action says why in a message and changes nothing.
"""

import json
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton

from sync_pim import services
from sync_pim.admin.outbox_panels import decorate_entry, entry_url, report_url
from sync_pim.forms import OutboxFilterSet, ResendForm
from sync_pim.models import OutboxEntry
from sync_pim.selectors.outbox import (
    RETRYABLE_STATES,
    category_choices,
    category_label,
    existing_page_ids,
    outbox_entries,
    outbox_entry_with_attempts,
    outbox_manageable_by,
    outbox_viewable_by,
)


class OutboxViewMixin:
    """Refuses, with Wagtail's "permission denied", whoever may not read the outbox."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not outbox_viewable_by(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OutboxManageMixin:
    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not outbox_manageable_by(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class EntryTitleColumn(TitleColumn):
    """The page's title, linked to its editor while the page exists, and the entry's log."""

    cell_template_name = "sync_pim/admin/outbox_title_cell.html"

    def get_cell_context_data(self, instance: OutboxEntry, parent_context: dict) -> dict:
        context = super().get_cell_context_data(instance, parent_context)
        context["entry"] = instance
        # Cells are rendered from a plain dict, without the context processors: the
        # "Retry now" form needs its CSRF token passed in.
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class StateColumn(Column):
    cell_template_name = "sync_pim/admin/outbox_state_cell.html"


class NextAttemptColumn(Column):
    """When the next try is due, as a date (it is in the future, which "… ago" cannot say);
    only entries still on their way have one."""

    def get_value(self, instance: OutboxEntry) -> str:
        if instance.state not in OutboxEntry.OPEN_STATES:
            return ""
        return date_format(timezone.localtime(instance.next_attempt_at), "SHORT_DATETIME_FORMAT")


def _spreadsheet_safe(text: str) -> str:
    """Titles and errors come from outside: never let a spreadsheet read one as a formula."""
    text = str(text)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class OutboxReportView(OutboxViewMixin, ReportView):
    page_title = _("PIM synchronisation")
    header_icon = "resubmit"
    results_template_name = "sync_pim/admin/outbox_report_results.html"
    index_url_name = "sync_pim_outbox_report"
    index_results_url_name = "sync_pim_outbox_report_results"
    filterset_class = OutboxFilterSet
    verbose_name_plural = _("PIM outbox entries")
    default_ordering = "-created_at"
    columns = [
        EntryTitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda entry: entry.edit_url,
            sort_key="title",
        ),
        Column("language", label=_("Language"), sort_key="language"),
        Column("action_display", label=_("Action")),
        Column("category_display", label=_("PIM category"), sort_key="category"),
        Column("hub_display", label=_("HUB"), sort_key="hub"),
        StateColumn("state", label=_("State"), sort_key="state"),
        Column("attempts", label=_("Attempts"), sort_key="attempts"),
        NextAttemptColumn("next_attempt_at", label=_("Next attempt"), sort_key="next_attempt_at"),
        Column("error_excerpt", label=_("Last error")),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    list_export = [
        "pk",
        "page_id",
        "title",
        "language",
        "action",
        "category",
        "hub",
        "state",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "updated_at",
        "delivered_at",
    ]
    export_headings = {
        "pk": _("Entry"),
        "page_id": _("Page id"),
        "title": _("Page"),
        "last_error": _("Last error"),
    }
    custom_field_preprocess = {
        "title": {ReportView.FORMAT_CSV: _spreadsheet_safe},
        "last_error": {ReportView.FORMAT_CSV: _spreadsheet_safe},
    }

    def get_filename(self) -> str:
        return f"pim-synchronisation-{timezone.localdate().isoformat()}"

    def get_base_queryset(self) -> QuerySet[OutboxEntry]:
        return outbox_entries()

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        # The id breaks ties, so that pages of the list never repeat or skip a row.
        ordering = self.ordering or self.default_ordering
        return queryset.order_by(ordering, "-pk" if ordering.startswith("-") else "pk")

    @cached_property
    def filter_problems(self) -> str:
        """What is wrong with the filters in the address; empty when they are valid."""
        if not self.filters or self.filters.is_valid():
            return ""
        form = self.filters.form
        return "; ".join(
            f"{form.fields[name].label}: {' '.join(errors)}"
            if name in form.fields
            else " ".join(errors)
            for name, errors in form.errors.items()
        )

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if self.is_export and self.filter_problems:
            # A spreadsheet cannot say what is wrong: show the report with its message.
            self.is_export = False
        return super().get(request, *args, **kwargs)

    def get_header_buttons(self) -> list:
        buttons = super().get_header_buttons()
        if outbox_manageable_by(self.request.user):
            category = self.request.GET.get("category", "")
            url = reverse("sync_pim_outbox_resend")
            if category in dict(category_choices()):
                url += "?" + urlencode({"category": category})
            buttons.append(HeaderButton(gettext("Re-send a category"), url, icon_name="resubmit"))
        return buttons

    def decorate_paginated_queryset(self, object_list) -> list[OutboxEntry]:
        entries = list(object_list)
        existing = existing_page_ids([entry.page_id for entry in entries])
        # The list as the user sees it, to come back to after "Retry now" (not the
        # fragment URL that the filters reload the results from).
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return_url = self.index_url + (f"?{query.urlencode()}" if query else "")
        for entry in entries:
            decorate_entry(entry, page_exists=entry.page_id in existing)
            entry.can_retry = self.can_manage and entry.state in RETRYABLE_STATES
            entry.return_url = return_url
        return entries

    @cached_property
    def can_manage(self) -> bool:
        return outbox_manageable_by(self.request.user)

    def get_context_data(self, *args, **kwargs) -> dict:
        context = super().get_context_data(*args, **kwargs)
        context["filter_problems"] = self.filter_problems
        return context


class OutboxEntryView(OutboxViewMixin, WagtailAdminTemplateMixin, TemplateView):
    """One entry: what it is, its payload, and every attempt at delivering it."""

    template_name = "sync_pim/admin/outbox_entry.html"
    header_icon = "resubmit"

    def get_page_title(self) -> str:
        return gettext("PIM outbox entry %(id)s") % {"id": self.entry.pk}

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("sync_pim_outbox_report"), "label": gettext("PIM synchronisation")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request: HttpRequest, *args, entry_id: int, **kwargs) -> HttpResponse:
        entry = outbox_entry_with_attempts(entry_id=entry_id)
        if entry is None:
            # A message on the report rather than a 404, which the language middleware
            # would turn into a redirect to a public page of that address.
            messages.error(request, _no_such_entry(entry_id))
            return HttpResponseRedirect(reverse("sync_pim_outbox_report"))
        self.entry = decorate_entry(entry, page_exists=bool(existing_page_ids([entry.page_id])))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        entry = self.entry
        context.update(
            entry=entry,
            attempts=list(entry.attempt_log.all()),
            payload=json.dumps(entry.payload, indent=2, ensure_ascii=False, sort_keys=True),
            can_retry=outbox_manageable_by(self.request.user) and entry.state in RETRYABLE_STATES,
            page_report_url=report_url(page=entry.page_id),
        )
        return context


def _no_such_entry(entry_id: int) -> str:
    return gettext("There is no PIM outbox entry %(id)s.") % {"id": entry_id}


def _back_to(request: HttpRequest, default: str) -> str:
    """Where to go after an action: the ``next`` the form carried, if it is ours."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


class OutboxEntryRetryView(OutboxManageMixin, View):
    """Retry now: a dead or failed entry goes back to pending and is queued at once."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, entry_id: int) -> HttpResponse:
        entry = OutboxEntry.objects.filter(pk=entry_id).first()
        if entry is None:
            messages.error(request, _no_such_entry(entry_id))
            return HttpResponseRedirect(_back_to(request, reverse("sync_pim_outbox_report")))
        try:
            with transaction.atomic():
                entry = services.outbox_entry_retry(entry=entry)
        except services.OutboxError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                gettext("“%(title)s” (%(language)s) will be sent to PIM again now.")
                % {"title": entry.title or entry.page_id, "language": entry.language},
            )
        return HttpResponseRedirect(_back_to(request, entry_url(entry.pk)))


class OutboxResendView(OutboxManageMixin, WagtailAdminTemplateMixin, TemplateView):
    """Re-send every shared page of one category: choose, see how many, confirm.

    The count comes from a dry run of the same service, so what the confirmation says is
    what the re-send does (unless pages are published in between).
    """

    template_name = "sync_pim/admin/outbox_resend.html"
    page_title = _("Re-send a PIM category")
    header_icon = "resubmit"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("sync_pim_outbox_report"), "label": gettext("PIM synchronisation")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        category = request.GET.get("category", "")
        initial = {"category": category} if category in dict(category_choices()) else {}
        return self.render_to_response(self.get_context_data(form=ResendForm(initial=initial)))

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = ResendForm(request.POST)
        if not form.is_valid():
            messages.error(
                request,
                gettext("Nothing was re-sent: %(problems)s")
                % {"problems": " ".join(e for errors in form.errors.values() for e in errors)},
            )
            return self.render_to_response(self.get_context_data(form=form))
        category = form.cleaned_data["category"]
        try:
            if not form.cleaned_data["confirm"]:
                return self._confirmation(category)
            resend = services.outbox_resend(category=category)
        except services.OutboxError as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(
            request,
            gettext(
                "“%(category)s” sent again. Pages: %(pages)d; entries queued: %(entries)d; "
                "already waiting with the same content: %(skipped)d."
            )
            % {
                "category": category_label(category),
                "entries": resend.entries,
                "pages": resend.pages,
                "skipped": resend.skipped,
            },
        )
        return HttpResponseRedirect(report_url(category=category))

    def _confirmation(self, category: str) -> TemplateResponse:
        dry_run = services.outbox_resend(category=category, dry_run=True)
        confirm = ResendForm(initial={"category": category, "confirm": True})
        confirm.fields["category"].widget = forms.HiddenInput()
        return self.render_to_response(
            self.get_context_data(
                form=confirm,
                confirming=True,
                category_label=category_label(category),
                pages=dry_run.pages,
                entries=dry_run.entries,
                skipped=dry_run.skipped,
                cancel_url=report_url(category=category),
            )
        )
