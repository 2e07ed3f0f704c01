"""The editor of an imported event: what comes from the source is shown, not edited.

The fields an import writes (``mapping.SOURCE_FIELDS``: the Italian texts, the dates and
repetition, the place, the status) would be overwritten by the next change in the
source, so the editor shows them as text; the translations, the audience, the languages
spoken and the promotion settings stay editable. A form posted with a changed source
field anyway (not through the editor) is refused with a message on that field.

``EventPageForm`` calls ``imported_fields_lock`` in ``__init__`` and
``imported_changes_refuse`` in ``clean``.
"""

import copy
import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _

from events.imports.mapping import SOURCE_FIELDS
from events.imports.selectors import import_source

#: Attribute of the form holding the untouched fields, for ``imported_changes_refuse``.
_ORIGINALS = "_imported_originals"


def _display(field: forms.Field, value) -> str:
    """A field's value as a reader would say it (choices by their label, dates in words)."""
    if value in (None, "", []):
        return "—"
    if isinstance(value, datetime.datetime):
        # The form gives it in the current time zone already, without the zone.
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return date_format(local, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    choices = dict(getattr(field, "choices", []) or [])
    if choices:
        values = value if isinstance(value, list | tuple) else str(value).split(",")
        return ", ".join(str(choices.get(item, item)) for item in values if item != "")
    return strip_tags(str(value).replace("</p>", "</p>\n")).strip() or "—"


class SourceValueWidget(forms.Widget):
    """Shows a value as text in place of an input: there is nothing to type."""

    def __init__(self, field: forms.Field) -> None:
        super().__init__()
        self.field = field

    def render(self, name, value, attrs=None, renderer=None) -> str:
        attrs = attrs or {}
        lines = [line for line in _display(self.field, value).splitlines() if line.strip()]
        return format_html(
            '<div class="portal-imported-value" id="{}">{}</div>',
            attrs.get("id", ""),
            format_html_join("", "<p>{}</p>", ((line,) for line in lines)),
        )

    def value_from_datadict(self, data, files, name):
        return data.get(name)


def import_notice(feed_name: str) -> str:
    return _(
        "Imported from “%(feed)s”: the Italian title and description, the dates, the place "
        "and the status follow that calendar and cannot be changed here; the translations, "
        "the summary, the audience and the languages spoken can."
    ) % {"feed": feed_name}


def imported_fields_lock(form: forms.BaseForm) -> None:
    """In the editor of an imported event, show the source's fields read-only."""
    instance = getattr(form, "instance", None)
    source = import_source(instance) if instance is not None else None
    form.import_source = source
    if source is None:
        return
    originals = {}
    follows = _("Follows the imported calendar “%(feed)s”.") % {"feed": source.feed.name}
    for name in SOURCE_FIELDS:
        field = form.fields.get(name)
        if field is None:
            continue
        originals[name] = field
        locked = _locked_copy(field)
        # Said once, on the title: the notice above the editor says the rest.
        locked.help_text = follows if name == "title_it" else ""
        form.fields[name] = locked
    setattr(form, _ORIGINALS, originals)


def _locked_copy(field: forms.Field) -> forms.Field:
    locked = copy.copy(field)
    locked.widget = SourceValueWidget(field)
    locked.disabled = True
    locked.required = False
    return locked


def imported_changes_refuse(form: forms.BaseForm) -> None:
    """Refuse a posted change to a source field of an imported event, on that field."""
    source = getattr(form, "import_source", None)
    if source is None:
        return
    for name, original in getattr(form, _ORIGINALS, {}).items():
        key = form.add_prefix(name)
        if key not in form.data:
            continue
        posted = original.widget.value_from_datadict(form.data, form.files, key)
        initial = form.get_initial_for_field(original, name)
        try:
            changed = original.has_changed(initial, posted)
        except forms.ValidationError:
            changed = True
        if changed:
            form.add_error(
                name,
                _(
                    "This event is imported from “%(feed)s”: change it in that calendar; "
                    "only its translations can be edited here."
                )
                % {"feed": source.feed.name},
            )
