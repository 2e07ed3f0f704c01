"""Values every template needs about the reader's language."""

from django.http import HttpRequest
from django.utils import translation

from portal.languages import direction_of


def languages(request: HttpRequest) -> dict:
    code = translation.get_language() or "it"
    direction = direction_of(code)
    return {"LANGUAGE_DIRECTION": direction, "LANGUAGE_IS_RTL": direction == "rtl"}
