"""Internal links judged from the database: no request is made for a portal page.

A page link is broken when its page was deleted or unpublished, or when the page is
private and the link is read on a public page (public readers would be asked to log
in); a private page linked only from restricted pages is fine, their readers are
logged in. A document link is broken when the document was deleted.
"""

import datetime

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from sync_pim.links.check import ErrorKind, error_text
from sync_pim.links.extract import document_id_of
from sync_pim.models import CheckedLink, LinkKind, LinkOccurrence, LinkState

_BATCH = 500


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_private(path: str, restricted: list[str]) -> bool:
    return any(path.startswith(top) for top in restricted)


def _internal_error(
    link: CheckedLink,
    *,
    pages: dict[int, dict],
    documents: set[int],
    private_pages: set[int],
    linked_publicly: set[int],
) -> str:
    document_id = document_id_of(link.url)
    if document_id is not None:
        return "" if document_id in documents else error_text(ErrorKind.DOCUMENT_DELETED)
    page = pages.get(link.target_page_id)
    if page is None:
        return error_text(ErrorKind.PAGE_DELETED)
    if not page["live"]:
        return error_text(ErrorKind.PAGE_UNPUBLISHED)
    if page["pk"] in private_pages and link.pk in linked_publicly:
        return error_text(ErrorKind.PAGE_PRIVATE)
    return ""


def internal_links_refresh(*, now: datetime.datetime) -> int:
    """Judge every internal link from the database; returns how many are broken."""
    links = list(CheckedLink.objects.filter(kind=LinkKind.INTERNAL))
    if not links:
        return 0
    page_ids = {link.target_page_id for link in links if link.target_page_id}
    rows = Page.objects.filter(pk__in=page_ids).values("pk", "live", "path")
    pages = {row["pk"]: row for row in rows}
    document_ids = {document_id_of(link.url) for link in links} - {None}
    documents = set(
        get_document_model().objects.filter(pk__in=document_ids).values_list("pk", flat=True)
    )
    restricted = _restricted_paths()
    private_pages = {pk for pk, row in pages.items() if _is_private(row["path"], restricted)}
    linked_publicly = {
        link_id
        for link_id, path in LinkOccurrence.objects.filter(
            link__kind=LinkKind.INTERNAL, link__target_page_id__in=private_pages
        ).values_list("link_id", "page__path")
        if not _is_private(path, restricted)
    }
    broken = 0
    for link in links:
        link.error = _internal_error(
            link,
            pages=pages,
            documents=documents,
            private_pages=private_pages,
            linked_publicly=linked_publicly,
        )
        was_broken = link.state == LinkState.BROKEN
        link.state = LinkState.BROKEN if link.error else LinkState.OK
        if link.error:
            broken += 1
            link.broken_since = (link.broken_since if was_broken else None) or now
        else:
            link.broken_since = None
        link.checked_at = now
    CheckedLink.objects.bulk_update(
        links, ["state", "error", "broken_since", "checked_at"], batch_size=_BATCH
    )
    return broken
