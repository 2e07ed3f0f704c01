"""Which languages a page exists in: the one rule behind fallback, hreflang, sitemap and status.

A page exists in a language when its title has been written in that language. Italian
is the source and always exists. Every other field falls back to Italian on its own,
so a page whose title is translated but whose body is not is still "in" that language;
the field-level fallback marks the Italian parts.
"""

from django.conf import settings
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
