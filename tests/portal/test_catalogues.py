"""The interface catalogues: complete in all nine languages and in step with the code.

Readers see the public strings; editors see the admin ones (field labels, block labels,
help texts) in their own language too, so every entry of every catalogue is translated.
"""

import contextlib
import re
import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import to_locale

from tests.services import require

BASE_DIR = Path(settings.BASE_DIR)
LOCALE = BASE_DIR / "locale"
CATALOGUES = {
    code: LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po" for code, _ in settings.LANGUAGES
}
#: The ``--ignore`` options of the makemessages command in docs/languages.md.
MAKEMESSAGES_IGNORE = (".venv", "node_modules", "static", "tests")
#: Top-level folders that hold no sources: the catalogues themselves (a copy of them
#: would catch the extracted .pot) and what uploads, collectstatic and tests write.
NOT_SOURCES = ("locale", "media", "staticfiles", "test-artifacts")
#: The files makemessages reads for the ``django`` domain.
SOURCE_SUFFIXES = (".py", ".html", ".txt")
#: A named Python placeholder such as ``%(provider)s`` or ``%(count)d``.
PLACEHOLDER = re.compile(r"%\([^)]+\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
HTML_TAG = re.compile(r"<[^>]+>")

Key = tuple[str | None, str, str]


def load(code: str) -> polib.POFile:
    return polib.pofile(str(CATALOGUES[code]))


def key(entry: polib.POEntry) -> Key:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def translations(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[form] for form in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def plural_forms(catalogue: polib.POFile) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    assert match, "the catalogue has no Plural-Forms header"
    return int(match.group(1))


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_every_language_has_a_catalogue_without_fuzzy_entries(code):
    catalogue = load(code)

    assert len(catalogue) > 0
    assert catalogue.fuzzy_entries() == []
    # makemessages writes a new catalogue with a fuzzy header: a sign that nobody has yet
    # checked its Plural-Forms for the language.
    assert not catalogue.metadata_is_fuzzy


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_every_string_is_translated(code):
    catalogue = load(code)

    # A fuzzy entry counts as untranslated: compiled catalogues leave it out.
    untranslated = [
        entry.msgid for entry in catalogue if not entry.obsolete and not entry.translated()
    ]

    assert untranslated == []


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_plural_entries_have_every_form_of_the_language(code):
    catalogue = load(code)
    forms = plural_forms(catalogue)

    wrong = [
        entry.msgid
        for entry in catalogue.translated_entries()
        if entry.msgid_plural and sorted(entry.msgstr_plural) != list(range(forms))
    ]

    assert wrong == []


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_translations_keep_their_placeholders(code):
    catalogue = load(code)
    # An invented placeholder raises KeyError when the string is rendered; a lost one
    # drops the value (a provider's name, a search query) from the sentence.
    wrong = []
    for entry in catalogue.translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for text in translations(entry):
            if set(PLACEHOLDER.findall(text)) != expected:
                wrong.append((entry.msgid, text))

    assert wrong == []


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_translations_keep_the_html_of_their_source(code):
    catalogue = load(code)

    wrong = [
        (entry.msgid, text)
        for entry in catalogue.translated_entries()
        for text in translations(entry)
        if sorted(HTML_TAG.findall(text)) != sorted(HTML_TAG.findall(entry.msgid))
    ]

    assert wrong == []


def not_sources(folder: str, names: list[str]) -> list[str]:
    """What ``copytree`` leaves out: everything makemessages would not read."""
    at_top = Path(folder) == BASE_DIR

    def skipped(name: str) -> bool:
        path = Path(folder, name)
        if not path.is_dir():
            return path.suffix not in SOURCE_SUFFIXES
        hidden = name.startswith(".") or name == "__pycache__"
        return hidden or (at_top and name in MAKEMESSAGES_IGNORE + NOT_SOURCES)

    return [name for name in names if skipped(name)]


@pytest.fixture(scope="module")
def extracted_strings(tmp_path_factory) -> dict[Key, polib.POEntry]:
    """Every string makemessages finds in the code now, as a fresh django.pot.

    It runs on a copy of the sources: makemessages writes its .pot into the ``locale``
    folder it finds under the current directory, and the real catalogues must stay
    untouched while other test runs read them.
    """
    require(
        all(shutil.which(tool) for tool in ("xgettext", "msguniq")),
        "GNU gettext (xgettext, msguniq) is not installed: apt-get install gettext",
    )
    work = tmp_path_factory.mktemp("makemessages")
    sources = work / "sources"
    shutil.copytree(BASE_DIR, sources, ignore=not_sources)
    locale = work / "locale"
    locale.mkdir()

    with override_settings(LOCALE_PATHS=[str(locale)]), contextlib.chdir(sources):
        call_command(
            "makemessages",
            all=True,
            keep_pot=True,
            no_obsolete=True,
            ignore_patterns=list(MAKEMESSAGES_IGNORE),
            stdout=StringIO(),
        )

    pot = locale / "django.pot"
    assert pot.exists(), "makemessages found no translatable string"
    return {key(entry): entry for entry in polib.pofile(str(pot))}


def test_extraction_finds_the_portal_strings(extracted_strings):
    # Guards the test below against an extraction that silently finds nothing.
    occurrences = {path for entry in extracted_strings.values() for path, _ in entry.occurrences}

    assert any(path.startswith("templates/") for path in occurrences)
    assert any(path.startswith("portal/") and path.endswith(".py") for path in occurrences)
    assert not any(path.startswith(("tests/", "locale/")) for path in occurrences)


@pytest.mark.parametrize("code", list(CATALOGUES))
def test_catalogue_holds_every_string_of_the_code(code, extracted_strings):
    catalogue_keys = {key(entry) for entry in load(code) if not entry.obsolete}

    missing = [
        f"{entry.msgid} ({', '.join(path for path, _ in entry.occurrences)})"
        for string_key, entry in extracted_strings.items()
        if string_key not in catalogue_keys
    ]

    assert missing == [], (
        "New interface strings: run the makemessages command in docs/languages.md "
        "and translate them"
    )
