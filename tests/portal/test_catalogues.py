"""The interface catalogues: complete for readers, complete in Italian for editors."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = {
    code: LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po" for code, _ in settings.LANGUAGES
}
#: Strings a public reader sees come from the public templates and the public views.
PUBLIC_SOURCES = ("templates/", "portal/views.py")


def is_public(entry: polib.POEntry) -> bool:
    return any(path.startswith(PUBLIC_SOURCES) for path, _line in entry.occurrences)


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_every_language_has_a_catalogue_without_fuzzy_entries(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))

    assert catalogue.fuzzy_entries() == []
    assert len(catalogue) > 0


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_every_public_string_is_translated(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))

    untranslated = [
        entry.msgid for entry in catalogue if is_public(entry) and not entry.translated()
    ]

    assert untranslated == []


def test_italian_catalogue_is_complete_for_editors():
    catalogue = polib.pofile(str(CATALOGUES["it"]))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_translations_keep_their_placeholders(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    for entry in catalogue.translated_entries():
        for placeholder in ("%(provider)s", "%(limit)s", "%(licence_url)s", "%(query)s"):
            if placeholder in entry.msgid:
                translations = (
                    entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
                )
                assert all(placeholder in text for text in translations), (code, entry.msgid)
