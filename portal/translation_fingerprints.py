"""Fingerprints of a page's text per language, to tell whether a publication changed it.

What counts as text is every field modeltranslation translates on the page type,
except ``slug`` and ``url_path``: those are addresses, and ``url_path`` changes
whenever a parent page moves. What the editor rewrites on every save without anyone
touching the words (StreamField block ids, rich text ``data-block-key`` attributes)
is left out, so saving without editing is not a change.
"""

import contextlib
import functools
import hashlib
import json
import re
from typing import Any

from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.languages import language_codes

_NOT_TEXT = frozenset({"slug", "url_path"})
_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')


@functools.cache
def translated_text_fields(page_class: type[Page]) -> tuple[tuple[str, bool], ...]:
    """(field name, is a StreamField) for the text a translator keeps in step.

    A page type that registers no translation options of its own inherits its nearest
    registered ancestor's (its parent's fields are the ones it has).
    """
    registered = set(translator.get_registered_models())
    ancestor = next((klass for klass in page_class.__mro__ if klass in registered), None)
    if ancestor is None:
        return ()
    names = sorted(set(translator.get_options_for_model(ancestor).all_fields) - _NOT_TEXT)
    return tuple(
        (name, isinstance(page_class._meta.get_field(name), StreamField)) for name in names
    )


def _without_editor_noise(value: Any) -> Any:
    if isinstance(value, dict):
        # A stream child is {"type", "value", "id"}: the id is the editor's, not the text.
        return {
            key: _without_editor_noise(item)
            for key, item in value.items()
            if not (key == "id" and "type" in value)
        }
    if isinstance(value, list):
        return [_without_editor_noise(item) for item in value]
    if isinstance(value, str):
        return _BLOCK_KEY.sub("", value).strip()
    return value


def _comparable(value: Any, *, stream: bool) -> Any:
    if stream and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    value = _without_editor_noise(value)
    # A field never filled, emptied, or an empty stream: all the same "nothing".
    return "" if value in (None, "", []) else value


def text_digests(page_class: type[Page], content: dict[str, Any]) -> dict[str, str]:
    """A fingerprint of each language's text in ``content`` (a revision's content)."""
    fields = translated_text_fields(page_class)
    digests = {}
    for code in language_codes():
        values = [
            _comparable(content.get(build_localized_fieldname(name, code)), stream=stream)
            for name, stream in fields
        ]
        encoded = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
        digests[code] = hashlib.sha256(encoded.encode()).hexdigest()
    return digests
