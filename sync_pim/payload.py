"""The body of a push to PIM: payload contract v1 (docs/pim/), built from a page.

One item is one page in one language. Its ``id`` never changes
(``urn:er-integrazione:page:<page id>:<language>``), so PIM can replace or remove what
it holds. ``content_hash`` is the SHA-256 of the canonical JSON of the payload without
``content_hash``, ``revision``, ``published_at`` and ``updated_at``: publishing the same
content again gives the same hash, and the outbox sends nothing.

Text is read from the columns of the item's language, never through modeltranslation's
fallback: a page exists in a language when its title is written in it
(``portal.languages.page_languages``), and Italian text is never labelled as another
language. URLs are absolute, from the Wagtail site the page belongs to, as in the PDFs.
"""

import datetime
import mimetypes
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageViewRestriction

from portal.languages import SOURCE_LANGUAGE, language_codes, page_languages
from portal.seo import page_description
from sync_pim.signing import SCHEMA_VERSION, content_hash

REGION = "Emilia-Romagna"
LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def item_id(*, page_id: int, language: str) -> str:
    return f"urn:er-integrazione:page:{page_id}:{language}"


def rfc3339(moment: datetime.datetime) -> str:
    """UTC, to the second: ``2026-03-01T09:30:00Z``."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def with_hash(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "content_hash": content_hash(payload)}


@dataclass(frozen=True)
class Ancestry:
    """What a page's place in the tree says: is it private, which HUB is it in."""

    private: bool
    hub_code: str | None = None
    #: The HUB's title in each language, the Italian one where it is not translated.
    hub_names: dict[str, str] = field(default_factory=dict)


def _ancestry_sql(depth: int, title_columns: list[str]) -> str:
    from hubs.models import HubPage

    page, hub = Page._meta, HubPage._meta
    restriction = PageViewRestriction._meta
    titles = ", ".join(f"p.{connection.ops.quote_name(column)}" for column in title_columns)
    return (
        f"SELECT EXISTS (SELECT 1 FROM {restriction.db_table} r"  # noqa: S608 - names from models
        f" WHERE r.{restriction.get_field('page').column} = p.{page.pk.column}),"
        f" h.{hub.get_field('code').column}, {titles}"
        f" FROM {page.db_table} p LEFT JOIN {hub.db_table} h"
        f" ON h.{hub.pk.column} = p.{page.pk.column}"
        f" WHERE p.{page.get_field('path').column} IN ({', '.join(['%s'] * depth)})"
        f" ORDER BY p.{page.get_field('path').column}"
    )


def ancestry(page: Page) -> Ancestry:
    """Privacy and HUB of ``page``, from itself and its ancestors in one query.

    The tree path of a page names all its ancestors; Wagtail's ``get_view_restrictions``
    alone takes two queries. Written in SQL (names from the models' metadata) because
    it runs in every publication of a shared page, where the ORM's query building costs
    more than the query.
    """
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    codes = language_codes()
    columns = [build_localized_fieldname("title", code) for code in codes]
    with connection.cursor() as cursor:
        cursor.execute(_ancestry_sql(len(paths), columns), paths)
        rows = cursor.fetchall()
    private = any(row[0] for row in rows)
    hub = next((row for row in reversed(rows) if row[1]), None)
    if hub is None:
        return Ancestry(private)
    italian = hub[2 + codes.index(SOURCE_LANGUAGE)]
    names = {code: hub[2 + index] or italian for index, code in enumerate(codes)}
    return Ancestry(private, hub[1], names)


#: Attribute of a page holding the ancestry its validation read, for the outbox.
_REMEMBERED = "_pim_ancestry"


def _transaction_mark() -> tuple | None:
    """Which transaction (and savepoint) the connection is in; None outside any.

    Blocks without a savepoint (Django's own around a multi-table save) are left out:
    they do not start anything that could be rolled back apart.
    """
    if not connection.in_atomic_block:
        return None
    savepoints = tuple(sid for sid in connection.savepoint_ids if sid is not None)
    return (id(connection.connection), savepoints)


def ancestry_for_save(page: Page) -> Ancestry:
    """``ancestry(page)``, remembered on ``page`` for the rest of this transaction.

    A shared page's validation (``PimShareable.clean``, run by ``Page.save``) and the
    outbox written by the same save both need it; inside one transaction the tree above
    the page cannot change under them, so the second reads the first's answer.
    """
    tree = ancestry(page)
    mark = _transaction_mark()
    if mark is not None:
        setattr(page, _REMEMBERED, (mark, page.path, tree))
    return tree


def ancestry_remembered(page: Page) -> Ancestry:
    """The ancestry read for ``page`` earlier in this same transaction, or a fresh one.

    Taken once: a later save of the same object reads the tree again.
    """
    remembered = page.__dict__.pop(_REMEMBERED, None)
    if remembered is not None:
        mark, path, tree = remembered
        if mark == _transaction_mark() and path == page.path:
            return tree
    return ancestry(page)


def is_private(page: Page) -> bool:
    """True when a view restriction holds on ``page`` or an ancestor."""
    return ancestry(page).private


def shared_languages(page: Page, *, tree: Ancestry | None = None) -> list[str]:
    """The languages of ``page`` PIM should hold now: none unless it is live, shared and public.

    An alias (the same page shown at a second place in the tree) is never sent: PIM
    would list its content twice.
    """
    if not (page.live and getattr(page, "share_with_pim", False)) or page.alias_of_id:
        return []
    if (tree or ancestry(page)).private:
        return []
    return page_languages(page)


def category_of(page: Page) -> str:
    return getattr(page, "pim_category", "") or getattr(page, "default_pim_category", "")


def _text(page: Page, field: str, code: str) -> str:
    return " ".join(str(getattr(page, build_localized_fieldname(field, code), "") or "").split())


def page_urls(page: Page, languages: list[str]) -> tuple[str, dict[str, str]]:
    """The site's root URL and the absolute URL of ``page`` in each of ``languages``
    (translated slugs and language prefixes)."""
    root, urls = "", {}
    for code in languages:
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is not None and parts[1] is not None:
            root = parts[1]
            urls[code] = parts[1] + parts[2]
    return root, urls


def _restricted_collection_ids() -> set[int]:
    from wagtail.models import Collection, CollectionViewRestriction

    roots = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection_id")
    )
    ids: set[int] = set()
    for root in roots:
        ids.update(root.get_descendants(inclusive=True).values_list("pk", flat=True))
    return ids


def _file_size(document) -> int | None:
    """Wagtail records the size on upload through its forms; otherwise ask the storage."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


def attachments(page: Page, root_url: str) -> list[dict[str, Any]]:
    """Every language version of each document the page offers (``attachments`` blocks).

    A document kept in a private collection is left out: PIM is public.
    """
    from wagtail.documents import get_document_model
    from wagtail.documents.models import AbstractDocument

    stream = getattr(page, "attachments", None)
    if not stream:
        return []
    chosen = [block.value for block in stream if isinstance(block.value, AbstractDocument)]
    if not chosen:
        return []
    document_model = get_document_model()
    if hasattr(document_model, "translation_group"):
        groups = list(dict.fromkeys(document.translation_group for document in chosen))
        order = {code: position for position, code in enumerate(language_codes())}
        versions = sorted(
            document_model.objects.filter(translation_group__in=groups),
            key=lambda version: (
                groups.index(version.translation_group),
                order.get(version.language, len(order)),
            ),
        )
    else:
        versions = list(dict.fromkeys(chosen))
    hidden = _restricted_collection_ids()
    items = []
    for version in versions:
        if version.collection_id in hidden:
            continue
        media_type = mimetypes.guess_type(version.filename)[0] or "application/octet-stream"
        items.append(
            {
                "title": version.title,
                "url": root_url.rstrip("/") + version.url,
                "language": getattr(version, "language", "") or "it",
                "media_type": media_type,
                "size": _file_size(version),
            }
        )
    return items


def upsert_payloads(
    page: Page, languages: list[str], *, tree: Ancestry | None = None
) -> dict[str, dict[str, Any]]:
    """The payload of each of ``languages`` of ``page``, with its content hash."""
    root_url, urls = page_urls(page, page_languages(page))
    languages = [code for code in languages if code in urls]
    if not languages:
        return {}
    files = attachments(page, root_url)
    tree = tree or ancestry(page)
    now = timezone.now()
    published_at = rfc3339(page.first_published_at or now)
    updated_at = rfc3339(page.last_published_at or now)
    category = category_of(page)
    payloads = {}
    for code in languages:
        payload = {
            "schema_version": SCHEMA_VERSION,
            "id": item_id(page_id=page.pk, language=code),
            "action": "upsert",
            "category": category,
            "language": code,
            "title": _text(page, "title", code),
            "summary": page_description(page, code),
            "url": urls[code],
            "alternates": [
                {"language": other, "url": url} for other, url in urls.items() if other != code
            ],
            "hub": (
                {"code": tree.hub_code, "name": tree.hub_names[code]} if tree.hub_code else None
            ),
            "region": REGION,
            "published_at": published_at,
            "updated_at": updated_at,
            "revision": page.live_revision_id,
            "licence": LICENCE,
            "attachments": files,
        }
        payloads[code] = with_hash(payload)
    return payloads


def delete_payload(
    *, page_id: int, language: str, previous: dict[str, Any], removed_at: datetime.datetime
) -> dict[str, Any]:
    """The removal of an item PIM holds, described from the last payload it was sent."""
    payload = {
        "schema_version": SCHEMA_VERSION,
        "id": item_id(page_id=page_id, language=language),
        "action": "delete",
        "category": previous.get("category", ""),
        "language": language,
        "url": previous.get("url", ""),
        "alternates": [],
        "hub": previous.get("hub"),
        "region": REGION,
        "published_at": previous.get("published_at") or rfc3339(removed_at),
        "updated_at": rfc3339(removed_at),
        "revision": None,
        "licence": LICENCE,
        "attachments": [],
    }
    return with_hash(payload)
