"""The event editor: days and languages ticked in boxes, stored as short lists of codes."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from events.recurrence.vocabulary import Weekday
from portal.models.pages import BasePageForm


class CodeListField(forms.MultipleChoiceField):
    """Several codes chosen in boxes, kept in one text column as ``"MO,TU"``.

    A text column (not an array) so that the embedded SQLite default works too; the codes
    are written in the order of the choices, so the same choice always reads the same.
    """

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        if isinstance(value, str):
            return [code for code in value.split(",") if code]
        return value

    def clean(self, value) -> str:
        chosen = set(super().clean(value))
        return ",".join(code for code, _label in self.choices if code in chosen)

    def has_changed(self, initial, data) -> bool:
        return super().has_changed(self.prepare_value(initial), data)


def _language_choices() -> list[tuple[str, str]]:
    return [(code, f"{name} – {own}") for code, name, own, _direction in settings.PORTAL_LANGUAGES]


class EventPageForm(BasePageForm):
    repeat_weekdays = CodeListField(
        label=_("on"),
        choices=Weekday.choices,
        required=False,
        help_text=_(
            "Weekly: the days of the week (none: the start's day). Monthly with a position: "
            "the weekday (none: the start's)."
        ),
    )
    languages_spoken = CodeListField(
        label=_("languages spoken"),
        choices=_language_choices,
        required=False,
        help_text=_("Languages of the portal spoken at the event (interpreting, mediation)."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # An event imported from a municipality's calendar: its source fields read-only.
        from events.imports.editing import imported_fields_lock

        imported_fields_lock(self)

    def clean(self) -> dict:
        cleaned_data = super().clean()
        from events.imports.editing import imported_changes_refuse

        imported_changes_refuse(self)
        return cleaned_data
