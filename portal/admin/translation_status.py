"""Translation status in the page editor and the coverage report.

The editor shows each language's state beside the "minor change" box; the report
(Reports › Translation status) counts the states by section and language, lists the
pages behind each count and exports that list for translators. Both only read
``portal.translation_status``; an editor only ever sees the pages they can edit.
"""

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    Panel,
    TabbedInterface,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from portal.languages import SOURCE_LANGUAGE
from portal.translation_status import (
    MINOR_CHANGE_FIELD,
    TranslationCoverage,
    TranslationState,
    TranslationStatusRow,
    language_name,
    translation_coverage,
    translation_status,
    translation_target_languages,
)

# --- Page editor ----------------------------------------------------------------------


class TranslationStatusPanel(Panel):
    """Read-only: each language's state, with when it was last translated."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None) -> dict:
            context = super().get_context_data(parent_context)
            rows = translation_status(self.instance) if self.instance.pk else []
            context["rows"] = rows
            context["source_changed_at"] = rows[0].source_changed_at if rows else None
            context["report_url"] = reverse("portal_translation_status")
            return context


def translation_panel() -> MultiFieldPanel:
    return MultiFieldPanel(
        [
            TranslationStatusPanel(heading=gettext_lazy("Translation status")),
            FieldPanel(MINOR_CHANGE_FIELD),
        ],
        heading=gettext_lazy("Translations"),
        icon="globe",
    )


def page_edit_handler(page_class: type[Page]) -> TabbedInterface:
    """Wagtail's default page editor, with the translation panel closing the content tab.

    Mirrors ``wagtail.admin.panels.page_utils._get_page_edit_handler``. Runs after
    wagtail-modeltranslation has replaced each page type's panels with one per language,
    and keeps the ``base_form_class`` it wrapped, so its language toggle still applies.
    """
    if hasattr(page_class, "edit_handler"):
        # A page type that lays out its own tabs places ``translation_panel()`` itself.
        return page_class.edit_handler.bind_to_model(page_class)
    tabs = [
        ObjectList(
            [*page_class.content_panels, translation_panel()], heading=gettext_lazy("Content")
        )
    ]
    if page_class.promote_panels:
        tabs.append(ObjectList(page_class.promote_panels, heading=gettext_lazy("Promote")))
    if page_class.settings_panels:
        tabs.append(ObjectList(page_class.settings_panels, heading=gettext_lazy("Settings")))
    return TabbedInterface(tabs, base_form_class=page_class.base_form_class).bind_to_model(
        page_class
    )


# --- Report ---------------------------------------------------------------------------


def _can_see_report(user: AbstractBaseUser | AnonymousUser) -> bool:
    return page_permission_policy.user_has_any_permission(user, {"add", "change", "publish"})


class TranslationStatusFilterForm(forms.Form):
    section = forms.TypedChoiceField(
        label=gettext_lazy("Section"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False)

    def __init__(self, *args, coverage: TranslationCoverage, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [
            ("", _("All sections")),
            *((section.page_id, section.title) for section in coverage.sections),
        ]
        self.fields["language"].choices = [
            ("", _("All languages")),
            *((code, language_name(code)) for code in translation_target_languages()),
        ]
        self.fields["state"].choices = [("", _("All states")), *TranslationState.choices]

    def filters(self) -> dict:
        return {
            "section_id": self.cleaned_data["section"],
            "language": self.cleaned_data["language"] or None,
            "state": self.cleaned_data["state"] or None,
        }

    def problems(self) -> str:
        return "; ".join(
            _("%(field)s: %(errors)s")
            % {"field": self.fields[name].label, "errors": " ".join(errors)}
            for name, errors in self.errors.items()
        )


def pages_url(**params: object) -> str:
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return reverse("portal_translation_status_pages") + (f"?{query}" if query else "")


@dataclass(frozen=True)
class Count:
    state: TranslationState
    number: int
    url: str


@dataclass(frozen=True)
class MatrixCell:
    language: str
    counts: list[Count]


@dataclass(frozen=True)
class MatrixRow:
    #: The section's page id; ``None`` on the row that adds up every section.
    section_id: int | None
    title: str
    cells: list[MatrixCell]

    @property
    def is_total(self) -> bool:
        return self.section_id is None


def _matrix(coverage: TranslationCoverage) -> list[MatrixRow]:
    counts = coverage.counts()
    languages = translation_target_languages()

    def cell(section_id: int | None, code: str) -> MatrixCell:
        found = Counter()
        for section in coverage.sections:
            if section_id in (None, section.page_id):
                found.update(counts.get((section.page_id, code), {}))
        return MatrixCell(
            language=code,
            counts=[
                Count(
                    state=state,
                    number=found.get(state, 0),
                    url=pages_url(section=section_id, language=code, state=state.value),
                )
                for state in TranslationState
            ],
        )

    rows = [
        MatrixRow(
            section_id=section.page_id,
            title=section.title,
            cells=[cell(section.page_id, code) for code in languages],
        )
        for section in coverage.sections
    ]
    if len(coverage.sections) > 1:
        rows.append(
            MatrixRow(
                section_id=None,
                title=_("All sections"),
                cells=[cell(None, code) for code in languages],
            )
        )
    return rows


class CoverageView(View):
    """Open to whoever may work on pages; each sees the pages they can edit."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _can_see_report(request.user):
            raise PermissionDenied
        self.coverage = translation_coverage(user=request.user)
        return super().dispatch(request, *args, **kwargs)


class TranslationStatusViewMixin(WagtailAdminTemplateMixin, CoverageView):
    header_icon = "globe"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class TranslationStatusReportView(TranslationStatusViewMixin, TemplateView):
    """Sections × languages, each cell counting the pages in each state."""

    template_name = "portal/admin/translation_status_report.html"
    page_title = gettext_lazy("Translation status")

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            (code, language_name(code)) for code in translation_target_languages()
        ]
        context["matrix"] = _matrix(self.coverage)
        context["all_pages_url"] = pages_url()
        return context


class TranslationStatusPagesView(TranslationStatusViewMixin, TemplateView):
    """The pages behind a count, filtered by section, language and state."""

    template_name = "portal/admin/translation_status_pages.html"
    page_title = gettext_lazy("Translation status: pages")
    paginate_by = 50

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("portal_translation_status"), "label": _("Translation status")},
            {"url": "", "label": _("Pages")},
        ]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = TranslationStatusFilterForm(request.GET, coverage=self.coverage)
        if form.is_valid():
            filters = form.filters()
        else:
            messages.error(
                request,
                _("These filters are not valid, so every page is shown: %(problems)s")
                % {"problems": form.problems()},
            )
            filters = {"section_id": None, "language": None, "state": None}
            form = TranslationStatusFilterForm(coverage=self.coverage)
        rows = self.coverage.filtered(**filters)
        page_obj = Paginator(rows, self.paginate_by).get_page(request.GET.get("p"))
        query = {
            "section": filters["section_id"],
            "language": filters["language"],
            "state": filters["state"],
        }
        context = self.get_context_data(
            form=form,
            page_obj=page_obj,
            rows=[_display_row(request, row) for row in page_obj],
            csv_url=reverse("portal_translation_status_csv")
            + "?"
            + urlencode({k: v for k, v in query.items() if v is not None}),
            filter_query=urlencode({k: v for k, v in query.items() if v is not None}),
        )
        return self.render_to_response(context)


class TranslationStatusCsvView(CoverageView):
    """The drill-down list as a spreadsheet, for translators."""

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = TranslationStatusFilterForm(request.GET, coverage=self.coverage)
        if not form.is_valid():
            # The list explains what is wrong; a spreadsheet could not.
            return HttpResponseRedirect(pages_url(**request.GET.dict()))
        rows = self.coverage.filtered(**form.filters())
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="translation-status-{stamp}.csv"'
        # A byte-order mark, so that spreadsheet programs read the file as UTF-8.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Page id"),
                _("Italian title"),
                _("Section"),
                _("Language"),
                _("State"),
                _("Italian URL"),
                _("Admin edit URL"),
                _("Last change of the Italian text"),
                _("Last translation"),
            ]
        )
        for row in rows:
            display = _display_row(request, row)
            writer.writerow(
                [
                    row.page.pk,
                    _spreadsheet_safe(row.italian_title),
                    _spreadsheet_safe(row.section.title),
                    row.language,
                    row.state.label,
                    display.italian_url,
                    display.edit_url,
                    _iso(row.source_changed_at),
                    _iso(row.translated_at),
                ]
            )
        return response


@dataclass(frozen=True)
class DisplayRow:
    row: TranslationStatusRow
    italian_url: str
    edit_url: str


def _display_row(request: HttpRequest, row: TranslationStatusRow) -> DisplayRow:
    with translation.override(SOURCE_LANGUAGE):
        italian_url = row.page.get_full_url(request) or ""
    return DisplayRow(
        row=row,
        italian_url=italian_url,
        edit_url=request.build_absolute_uri(reverse("wagtailadmin_pages:edit", args=[row.page.pk])),
    )


def _iso(value: datetime | None) -> str:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


def _spreadsheet_safe(text: str) -> str:
    """Titles are typed by editors: never let a spreadsheet read one as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return _can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_urls() -> list:
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="portal_translation_status",
        ),
        path(
            "reports/translation-status/pages/",
            TranslationStatusPagesView.as_view(),
            name="portal_translation_status_pages",
        ),
        path(
            "reports/translation-status/pages.csv",
            TranslationStatusCsvView.as_view(),
            name="portal_translation_status_csv",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item() -> MenuItem:
    return TranslationStatusMenuItem(
        gettext_lazy("Translation status"),
        reverse("portal_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=1300,
    )
