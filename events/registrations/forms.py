"""The public registration form: a few fields, each with a message that says what to fix."""

import re

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

#: Digits with the separators people write: +39 051 123 4567, (051) 12-34-56, 051/123456.
PHONE = re.compile(r"^\+?[0-9 ()./-]{6,30}$")


def language_choices() -> list[tuple[str, str]]:
    """Each language in its own script: the reader finds their own."""
    return [(code, own) for code, _name, own, _direction in settings.PORTAL_LANGUAGES]


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name and surname"),
        max_length=200,
        error_messages={"required": _("Write your name and surname.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("We send the confirmation and a link to cancel here."),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _(
                "This is not a valid e-mail address: check it, it should look like "
                "name@example.com."
            ),
        },
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=30,
        help_text=_("Only if the organisers may call you, for example if the date changes."),
    )
    language = forms.ChoiceField(
        label=_("Language of our e-mails"),
        choices=language_choices,
        error_messages={"invalid_choice": _("Choose one of the languages in the list.")},
    )
    needs_interpreter = forms.BooleanField(label=_("I need an interpreter"), required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my details are used for this event"),
        error_messages={"required": _("To register, you must accept the privacy notice.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        current = translation.get_language()
        if current in dict(language_choices()):
            self.fields["language"].initial = current

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                _("Write the phone number with digits only, for example +39 051 123 4567."),
                code="invalid",
            )
        return phone
