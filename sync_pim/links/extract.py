"""Find the links in a page's content, field by field and language by language.

Read from the page object as it is in the database, which for a live page is its
published content (a draft lives in a revision, not in the page's columns). Every field
the page type adds to Wagtail's own is read: StreamFields through their block
definitions (rich text, URL, page and document choosers, plain text), rich text fields,
URL fields, plain text (where an editor wrote a web address for readers to type, e.g.
a step's "where to go"), and foreign keys to pages or documents. A field translated
with wagtail-modeltranslation is read in each language column (``steps_ar``…) and the
link is recorded with that language; an untranslated field with language ``""`` (it is
the same for every reader).

StreamFields are walked on their raw JSON rather than their Python values: a chooser
whose page or document was deleted keeps its id there, which is exactly what must be
reported, and no query is made per chooser.

Not recorded: ``mailto:`` and ``tel:`` links (nothing to check over HTTP), anchors and
relative addresses (the editor's rich text stores portal pages as page links, not
paths), and addresses longer than ``CheckedLink.url`` can hold.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from django.db import models
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from sync_pim.models import LinkKind

#: ``CheckedLink.url`` holds this many characters; a longer address is not recorded.
MAX_URL_LENGTH = 2000
PAGE_PREFIX = "page:"
DOCUMENT_PREFIX = "document:"

# An address typed in plain text ends at a space, a quote or an angle bracket; closing
# punctuation of the sentence around it is not part of it.
_TEXT_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?»”’"


@dataclass(frozen=True)
class Target:
    """What a link points at: ``url`` is the key of its ``CheckedLink``."""

    url: str
    kind: str
    #: The page (``page:…``) or document (``document:…``) of an internal link.
    target_id: int | None = None

    @property
    def host(self) -> str:
        if self.kind != LinkKind.EXTERNAL:
            return ""
        try:
            return (urlsplit(self.url).hostname or "").lower()
        except ValueError:
            return ""


@dataclass(frozen=True)
class FoundLink:
    target: Target
    #: ``body``, ``steps[2].where``, ``legal_references[1].url``: block positions count from 1.
    field: str
    #: The language column the link was found in; ``""`` for an untranslated field.
    language: str


def page_key(page_id: int) -> str:
    return f"{PAGE_PREFIX}{page_id}"


def document_key(document_id: int) -> str:
    return f"{DOCUMENT_PREFIX}{document_id}"


def document_id_of(url: str) -> int | None:
    """The document of a ``document:<id>`` link, ``None`` for any other link."""
    if url.startswith(DOCUMENT_PREFIX) and url[len(DOCUMENT_PREFIX) :].isdigit():
        return int(url[len(DOCUMENT_PREFIX) :])
    return None


def external_target(url: Any) -> Target | None:
    """A web address worth checking, or ``None`` (empty, not http(s), too long)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > MAX_URL_LENGTH:
        return None
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return Target(url=url, kind=LinkKind.EXTERNAL)


def _id(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def page_target(page_id: Any) -> Target | None:
    page_id = _id(page_id)
    if page_id is None:
        return None
    return Target(url=page_key(page_id), kind=LinkKind.INTERNAL, target_id=page_id)


def document_target(document_id: Any) -> Target | None:
    document_id = _id(document_id)
    if document_id is None:
        return None
    return Target(url=document_key(document_id), kind=LinkKind.INTERNAL)


class _AnchorParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[Target] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        attributes = dict(attrs)
        linktype = attributes.get("linktype")
        if linktype == "page":
            target = page_target(attributes.get("id"))
        elif linktype == "document":
            target = document_target(attributes.get("id"))
        else:
            target = external_target(attributes.get("href"))
        if target is not None:
            self.targets.append(target)


def rich_text_targets(html: Any) -> list[Target]:
    """Links of rich text as stored (``<a linktype="page" id="3">`` for portal pages)."""
    if not isinstance(html, str) or "<a" not in html.lower():
        return []
    parser = _AnchorParser()
    parser.feed(html)
    parser.close()
    return parser.targets


def text_targets(text: Any) -> list[Target]:
    """Web addresses written out in plain text."""
    if not isinstance(text, str) or "://" not in text:
        return []
    targets = []
    for match in _TEXT_URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        # A closing bracket belongs to the address only when the address opened one.
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1].rstrip(_TRAILING_PUNCTUATION)
        target = external_target(url)
        if target is not None:
            targets.append(target)
    return targets


# --- StreamFields ----------------------------------------------------------------------


def _list_item_value(item: Any) -> Any:
    # ListBlock items are stored as {"type": "item", "value": …, "id": …} since Wagtail 2.16,
    # as bare values before: read both, as ListBlock itself does.
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item and "id" in item:
        return item["value"]
    return item


def block_targets(block: blocks.Block, raw: Any, path: str) -> Iterator[tuple[str, Target]]:
    """``(path, target)`` for each link in ``raw``, the stored JSON of ``block``."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for position, child in enumerate(raw if isinstance(raw, list) else [], start=1):
            if not isinstance(child, dict):
                continue
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from block_targets(child_block, child.get("value"), f"{path}[{position}]")
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(raw if isinstance(raw, list) else [], start=1):
            yield from block_targets(
                block.child_block, _list_item_value(item), f"{path}[{position}]"
            )
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child_block in block.child_blocks.items():
                yield from block_targets(child_block, raw.get(name), f"{path}.{name}")
    elif isinstance(block, (blocks.RichTextBlock, blocks.RawHTMLBlock)):
        for target in rich_text_targets(raw):
            yield path, target
    elif isinstance(block, blocks.URLBlock):  # EmbedBlock too
        target = external_target(raw)
        if target is not None:
            yield path, target
    elif isinstance(block, blocks.PageChooserBlock):
        target = page_target(raw)
        if target is not None:
            yield path, target
    elif isinstance(block, DocumentChooserBlock):
        target = document_target(raw)
        if target is not None:
            yield path, target
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        for target in text_targets(raw):
            yield path, target


def _stream_raw(value: Any) -> list:
    raw = getattr(value, "raw_data", None)
    return list(raw) if raw is not None else []


# --- Page fields -----------------------------------------------------------------------


def _field_targets(field: models.Field, value: Any, path: str) -> Iterator[tuple[str, Target]]:
    if isinstance(field, StreamField):
        yield from block_targets(field.stream_block, _stream_raw(value), path)
        return
    if isinstance(field, RichTextField):
        targets = rich_text_targets(value)
    elif isinstance(field, models.URLField):
        targets = [target for target in [external_target(value)] if target]
    elif isinstance(field, models.EmailField):
        targets = []
    elif isinstance(field, (models.CharField, models.TextField)):
        targets = text_targets(value)
    elif isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page):
        targets = [target for target in [page_target(value)] if target]
    elif isinstance(field, models.ForeignKey) and field.related_model is get_document_model():
        targets = [target for target in [document_target(value)] if target]
    else:
        targets = []
    for target in targets:
        yield path, target


def _translation_columns(model: type[models.Model]) -> dict[str, dict[str, str]]:
    """``{field: {language: column}}`` of the fields modeltranslation translates."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    return {
        name: {column.language: column.name for column in columns}
        for name, columns in options.all_fields.items()
    }


def content_fields(model: type[Page]) -> Iterator[tuple[str, str, models.Field]]:
    """``(field name, language, column)`` for every field ``model`` adds to ``Page``.

    Wagtail's own fields (title, slug, search description…) hold no links; the original
    field of a translated one only mirrors a language column, so the columns are read.
    """
    translated = _translation_columns(model)
    columns = {column for languages in translated.values() for column in languages.values()}
    for field in model._meta.concrete_fields:
        if field.model is Page or field.name in columns:
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        if field.name in translated:
            for language, column in translated[field.name].items():
                yield field.name, language, model._meta.get_field(column)
        else:
            yield field.name, "", field


def page_links(page: Page) -> list[FoundLink]:
    """Every link in ``page`` (a specific page object), each (target, field, language) once."""
    found: dict[tuple[str, str, str], FoundLink] = {}
    for name, language, column in content_fields(type(page)):
        value = getattr(page, column.attname)
        for path, target in _field_targets(column, value, name):
            found.setdefault(
                (target.url, path, language),
                FoundLink(target=target, field=path, language=language),
            )
    return list(found.values())
