"""The Wagtail admin of the imported calendars: list, add, edit, delete, import now.

Registered from ``events.wagtail_hooks``. Each view reads the feeds through
``feeds_for_user``, so another HUB's feed is a 404, not a page to look at; the HUB field
offers only the HUBs the user manages (``selectors.feed_hubs_for_user``).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies.base import BasePermissionPolicy

from events.imports.report import ImportReport, problem_text, report_summary
from events.imports.selectors import feed_hubs_for_user, feeds_for_user
from events.models import EventFeed


class EventFeedPermissionPolicy(BasePermissionPolicy):
    """Every action on a feed is its HUB's: superusers, regional editors, HUB moderators."""

    def user_has_permission(self, user: AbstractBaseUser | AnonymousUser, action: str) -> bool:
        return feed_hubs_for_user(user).exists()

    def user_has_permission_for_instance(self, user, action: str, instance: EventFeed) -> bool:
        return feed_hubs_for_user(user).filter(pk=instance.hub_id).exists()

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[EventFeed]:
        return feeds_for_user(user)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.none()


class CalendarURLField(forms.URLField):
    """A web address; ``webcal://`` (how sites offer a calendar to subscribe to) is read
    as the ``https://`` address it stands for."""

    def to_python(self, value: str | None) -> str:
        value = (value or "").strip()
        if value.lower().startswith("webcal://"):
            value = "https://" + value[len("webcal://") :]
        return super().to_python(value)


class EventFeedForm(WagtailAdminModelForm):
    """The HUB field offers only the HUBs the user manages."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "hub" in self.fields and self.for_user is not None:
            self.fields["hub"].queryset = feed_hubs_for_user(self.for_user)
            self.fields["hub"].empty_label = None
        if url := self.fields.get("url"):
            self.fields["url"] = CalendarURLField(
                label=url.label,
                help_text=url.help_text,
                max_length=url.max_length,
                widget=url.widget,
                assume_scheme="https",
            )


class ImportReportPanel(Panel):
    """Read-only: when the feed was last imported, what happened, and "import now"."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("heading", gettext_lazy("Last import"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/imports/report_panel.html"

        def get_context_data(self, parent_context: dict | None = None) -> dict:
            context = super().get_context_data(parent_context)
            feed = self.instance
            report = ImportReport.from_json(feed.last_report) if feed.pk else None
            context.update(
                feed=feed,
                has_run=bool(feed.pk and feed.last_run_at),
                result_label=feed.get_last_result_display() if feed.pk else "",
                summary=report_summary(report) if report and feed.last_run_at else "",
                problems=[
                    {"entry": entry, "text": problem_text(entry.kind, entry.detail)}
                    for entry in (report.problems if report else [])
                ],
                more_problems=(report.problem_count - len(report.problems)) if report else 0,
                warnings=[
                    {"entry": entry, "text": problem_text(entry.kind, entry.detail)}
                    for entry in (report.warnings if report else [])
                ],
                import_url=reverse("eventfeed:import", args=[feed.pk]) if feed.pk else "",
            )
            return context


def _result_text(feed: EventFeed) -> str:
    if not feed.last_run_at:
        return _("Not imported yet")
    return report_summary(ImportReport.from_json(feed.last_report))


class _OwnFeeds:
    """Views that read a feed read it among the user's own."""

    request: HttpRequest

    def get_queryset(self) -> QuerySet[EventFeed]:
        return feeds_for_user(self.request.user)

    def get_base_object_queryset(self) -> QuerySet[EventFeed]:
        return feeds_for_user(self.request.user)


class EventFeedIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[EventFeed]:
        return feeds_for_user(self.request.user)

    @cached_property
    def columns(self) -> list[Column]:
        return [
            TitleColumn(
                "name",
                label=_("Name"),
                get_url=lambda feed: reverse("eventfeed:edit", args=[feed.pk]),
                sort_key="name",
            ),
            Column("hub", label=_("HUB"), accessor=lambda feed: feed.hub.title),
            BooleanColumn("active", label=_("Active")),
            DateColumn("last_run_at", label=_("Last import"), sort_key="last_run_at"),
            Column("result", label=_("Result"), accessor=_result_text),
        ]

    def get_list_more_buttons(self, instance: EventFeed) -> list:
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(
                _("Import now"),
                url=reverse("eventfeed:import", args=[instance.pk]),
                icon_name="download",
                priority=15,
            ),
        ]


class EventFeedEditView(_OwnFeeds, generic.EditView):
    pass


class EventFeedHistoryView(_OwnFeeds, generic.HistoryView):
    pass


class EventFeedUsageView(_OwnFeeds, generic.UsageView):
    pass


class EventFeedDeleteView(_OwnFeeds, generic.DeleteView):
    @cached_property
    def confirmation_message(self) -> str:
        return _(
            "Delete the calendar “%(name)s”? Its events stay on the portal, as ordinary "
            "events the HUB can edit; they are no longer updated."
        ) % {"name": self.object.name}


class EventFeedImportView(WagtailAdminTemplateMixin, TemplateView):
    """Import a feed now: asked on a page of its own, done by a task after the answer."""

    template_name = "events/imports/import_now.html"
    header_icon = "download"
    page_title = gettext_lazy("Import now")

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.feed = get_object_or_404(feeds_for_user(request.user), pk=kwargs["pk"])

    def get_page_subtitle(self) -> str:
        return self.feed.name

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("eventfeed:index"), "label": _("Imported calendars")},
            {"url": reverse("eventfeed:edit", args=[self.feed.pk]), "label": self.feed.name},
            {"url": "", "label": _("Import now")},
        ]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(feed=self.feed, edit_url=reverse("eventfeed:edit", args=[self.feed.pk]))
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        from events.tasks import import_event_feed

        feed_id = self.feed.pk
        transaction.on_commit(lambda: import_event_feed.delay(feed_id))
        messages.success(
            request,
            _(
                "The import of “%(name)s” has started; its report appears on this page when "
                "it ends (reload it in a minute)."
            )
            % {"name": self.feed.name},
        )
        return redirect("eventfeed:edit", self.feed.pk)


class EventFeedViewSet(ModelViewSet):
    model = EventFeed
    name = "eventfeed"
    url_prefix = "events/imported-calendars"
    icon = "date"
    menu_label = gettext_lazy("Imported calendars")
    menu_order = 260
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = EventFeedIndexView
    edit_view_class = EventFeedEditView
    delete_view_class = EventFeedDeleteView
    history_view_class = EventFeedHistoryView
    usage_view_class = EventFeedUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            # A list of the user's HUBs, not a chooser of every page.
            FieldPanel("hub", widget=forms.Select),
            FieldPanel("url", widget=forms.URLInput(attrs={"placeholder": "https://"})),
            FieldPanel("active"),
            ImportReportPanel(),
        ],
        base_form_class=EventFeedForm,
    )

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("import/<int:pk>/", EventFeedImportView.as_view(), name="import"),
        ]


def imported_event_notice(request: HttpRequest, page) -> None:
    """``before_edit_page``: the editor of an imported event says where it comes from."""
    from events.imports.editing import import_notice
    from events.imports.selectors import import_source
    from events.models import EventPage

    if request.method != "GET" or not isinstance(page, EventPage):
        return
    source = import_source(page)
    if source is not None:
        messages.info(request, import_notice(source.feed.name))
