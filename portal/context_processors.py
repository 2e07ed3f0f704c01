"""Values every template needs about the reader's language."""

from django.http import HttpRequest
from django.utils import translation

from portal.selectors import language_direction


def languages(request: HttpRequest) -> dict:
    code = translation.get_language() or "it"
    direction = language_direction(code)
    return {"LANGUAGE_DIRECTION": direction, "LANGUAGE_IS_RTL": direction == "rtl"}
