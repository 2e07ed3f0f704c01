"""Which languages a page exists in: the one rule behind fallback, hreflang, sitemap and status.

A page exists in a language when its title has been written in that language. Italian
is the source and always exists. Every other field falls back to Italian on its own,
so a page whose title is translated but whose body is not is still "in" that language;
the field-level fallback marks the Italian parts.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

SOURCE_LANGUAGE = "it"


def language_codes() -> list[str]:
    return [code for code, *_rest in settings.PORTAL_LANGUAGES]


def page_languages(page: Page) -> list[str]:
    """Codes of the languages ``page`` exists in, in the portal's order (Italian first)."""
    return [
        code
        for code in language_codes()
        if code == SOURCE_LANGUAGE
        or (getattr(page, build_localized_fieldname("title", code), "") or "").strip()
    ]


def page_exists_in(page: Page, code: str) -> bool:
    return code in page_languages(page)


@dataclass(frozen=True)
class LocalisedValue:
    """A translated field's value in the reader's language, or the Italian one in its place."""

    value: Any
    #: The language the value is actually in.
    language: str
    direction: str

    @property
    def is_fallback(self) -> bool:
        return self.language != translation.get_language()


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def direction_of(code: str) -> str:
    return "rtl" if code in settings.PORTAL_RTL_LANGUAGES else "ltr"


def localised(instance: Any, field: str) -> LocalisedValue:
    """``instance.<field>`` in the active language, falling back to the Italian source.

    Reads the per-language column directly (not modeltranslation's fallback descriptor)
    so that the caller knows which language it got and can mark Italian text as such.
    """
    code = translation.get_language() or SOURCE_LANGUAGE
    if not hasattr(instance, build_localized_fieldname(field, SOURCE_LANGUAGE)):
        return LocalisedValue(value=None, language=code, direction=direction_of(code))
    value = getattr(instance, build_localized_fieldname(field, code), None)
    if _is_empty(value) and code != SOURCE_LANGUAGE:
        code = SOURCE_LANGUAGE
        value = getattr(instance, build_localized_fieldname(field, code), None)
    return LocalisedValue(value=value, language=code, direction=direction_of(code))


#: Page fields that describe the page rather than its text: never reported as untranslated.
_PAGE_METADATA_FIELDS = {"title", "slug", "url_path", "seo_title", "search_description"}


def untranslated_fields(page: Page) -> list[str]:
    """Text fields of ``page`` shown in Italian because the reader's language lacks them."""
    from modeltranslation.translator import translator

    code = translation.get_language() or SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        return []
    fields = translator.get_options_for_model(type(page)).all_fields
    return [
        name
        for name in sorted(set(fields) - _PAGE_METADATA_FIELDS)
        if localised(page, name).is_fallback
        and not _is_empty(getattr(page, build_localized_fieldname(name, SOURCE_LANGUAGE)))
    ]
