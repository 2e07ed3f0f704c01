"""Forms of the PIM synchronisation: the sharing fields in the page editor, the report's
filters, and the "re-send a category" form."""

import datetime

import django_filters
from django import forms
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from sync_pim.models import OutboxEntry, OutboxState
from sync_pim.selectors.outbox import REGIONAL_HUB, category_choices, hub_choices, language_choices

#: The permission that lets a user choose what is shared with PIM.
SHARE_PERMISSION = "sync_pim.share_with_pim"
SHARING_FIELDS = ("share_with_pim", "pim_category")
#: The "Changed within" filter's windows, in days.
CHANGED_WITHIN_DAYS = (1, 7, 30)


# --- Page editor ----------------------------------------------------------------------


def _who_may_share() -> str:
    """The groups holding the permission, named for the help text ("ask them")."""
    groups = list(
        Group.objects.filter(
            permissions__content_type__app_label="sync_pim",
            permissions__codename="share_with_pim",
        )
        .order_by("name")
        .values_list("name", flat=True)
    )
    if not groups:
        return gettext("Only administrators can change this.")
    return gettext("Only administrators and members of %(groups)s can change this.") % {
        "groups": ", ".join(f"“{name}”" for name in groups)
    }


def pim_fields_restrict(form: forms.BaseForm, user: AbstractBaseUser | AnonymousUser | None):
    """Make the sharing fields read-only in ``form`` for a user who may not share.

    A disabled field ignores what is posted and keeps the page's value, so a HUB editor
    can save the page without undoing, or making, the regional editors' choice. A form
    built without a user (outside a request) is left alone.
    """
    if user is None or user.has_perm(SHARE_PERMISSION):
        return
    present = [name for name in SHARING_FIELDS if name in form.fields]
    if not present:
        return
    who = _who_may_share()
    for name in present:
        field = form.fields[name]
        field.disabled = True
        field.help_text = format_lazy("{} {}", field.help_text, who) if field.help_text else who


# --- Report filters -------------------------------------------------------------------


def _changed_within_choices() -> list[tuple[str, str]]:
    # A callable, so that the labels are translated per request, not at import.
    return [
        (str(days), ngettext("Last %(days)d day", "Last %(days)d days", days) % {"days": days})
        for days in CHANGED_WITHIN_DAYS
    ]


class PageIdFilter(django_filters.NumberFilter):
    """A page id: a whole number, unlike ``NumberFilter``'s decimals."""

    field_class = forms.IntegerField


class OutboxFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=OutboxState.choices, empty_label=_("All")
    )
    category = django_filters.ChoiceFilter(
        label=_("PIM category"), choices=category_choices, empty_label=_("All")
    )
    hub = django_filters.ChoiceFilter(
        label=_("HUB"), choices=hub_choices, empty_label=_("All"), method="filter_hub"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All")
    )
    within = django_filters.ChoiceFilter(
        label=_("Changed within"),
        choices=_changed_within_choices,
        empty_label=_("Any time"),
        method="filter_within",
    )
    page = PageIdFilter(field_name="page_id", label=_("Page id"), min_value=1)

    class Meta:
        model = OutboxEntry
        fields: list[str] = []

    def filter_hub(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(hub="" if value == REGIONAL_HUB else value)

    def filter_within(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        since = timezone.now() - datetime.timedelta(days=int(value))
        return queryset.filter(updated_at__gte=since)


# --- Actions --------------------------------------------------------------------------


def _category_choices_to_pick() -> list[tuple[str, str]]:
    return [("", gettext("Choose a category")), *category_choices()]


class ResendForm(forms.Form):
    category = forms.ChoiceField(label=_("PIM category"), choices=_category_choices_to_pick)
    #: Set by the confirmation step: without it the form only counts (a dry run).
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
