"""Which languages a page exists in: the one rule behind fallback, hreflang, sitemap and status.

A page exists in a language when its title has been written in that language. Italian
is the source and always exists. Every other field falls back to Italian on its own,
so a page whose title is translated but whose body is not is still "in" that language;
the field-level fallback marks the Italian parts.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Model
from django.utils import translation
from modeltranslation.fields import TranslationField
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

SOURCE_LANGUAGE = "it"
#: Translated fields a page needs in every language wherever it is shown: the names and
#: addresses of its other language versions (switcher, hreflang, alternates).
READ_IN_EVERY_LANGUAGE = frozenset({"title", "slug", "url_path"})


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


def translations_not_shown(model: type[Model]) -> list[str]:
    """Translated columns of ``model`` a public page in the reader's language never reads.

    For ``queryset.defer(...)``: a page holds each text in nine languages, and reading
    (for StreamFields, decoding) the seven nobody is reading was most of a render.
    Kept: the reader's language, Italian (every field's fallback), and the fields in
    ``READ_IN_EVERY_LANGUAGE``.
    """
    keep = {translation.get_language(), SOURCE_LANGUAGE}
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, TranslationField)
        and field.language not in keep
        and field.translated_field.name not in READ_IN_EVERY_LANGUAGE
    ]


#: Untranslated columns every listed page needs: its place in the tree, type and dates.
LISTING_COLUMNS = ("id", "path", "depth", "content_type_id", "live", "last_published_at")
#: Translated fields a card shows or links with, read in the reader's language and Italian.
LISTING_TRANSLATED = ("title", "slug", "url_path", "intro")


def listing_fields(model: type[Model], *extra: str) -> list[str]:
    """Columns for ``queryset.only(...)`` when pages are listed as cards or links.

    A listed page needs a handful of its hundred-odd columns; reading only those made a
    HUB's landing several times cheaper. ``extra`` names more fields the listing shows
    (a translated one is read in the reader's language and Italian).
    """
    names = {field.name for field in model._meta.concrete_fields}
    codes = dict.fromkeys([translation.get_language() or SOURCE_LANGUAGE, SOURCE_LANGUAGE])
    fields = [name for name in LISTING_COLUMNS if name in names or f"{name}_id" in names]
    for name in (*LISTING_TRANSLATED, *extra):
        localized = [build_localized_fieldname(name, code) for code in codes]
        if all(field in names for field in localized):
            fields.extend(localized)
        elif name in names or name.removesuffix("_id") in names:
            fields.append(name)
    return fields


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
