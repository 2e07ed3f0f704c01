"""Downloads follow the privacy of the pages that offer them.

Wagtail restricts a document only through its collection. A leaflet attached to a
guide for network operators would then be public to anyone holding its address, and
so would its eight translations, which no page names directly. Here a document is
served when at least one live page that shows it (or shows another language of its
translation group) may be read by the request; when every page that shows it is
restricted and none of their restrictions is met, the reader gets what the page
itself would give: the login page, or the page with its password form. A document
that no page shows keeps Wagtail's own rules (its collection's privacy).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import BaseViewRestriction, Page, ReferenceIndex
from wagtail.wagtail_hooks import require_wagtail_login

from hubs.models import Document


def pages_showing(document: Document) -> list[Page]:
    """Pages (live or not) whose current content refers to ``document`` or a translation of it."""
    group = Document.objects.filter(translation_group=document.translation_group)
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to_in_bulk(group).filter(base_content_type=page_type)
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return list(Page.objects.filter(pk__in=page_ids).order_by("path"))


@hooks.register("before_serve_document")
def serve_only_to_readers_of_its_pages(
    document: Document, request: HttpRequest
) -> HttpResponse | None:
    refused_by: list[tuple[Page, BaseViewRestriction]] = []
    for page in pages_showing(document):
        unmet = [
            restriction
            for restriction in page.get_view_restrictions()
            if not restriction.accept_request(request)
        ]
        if not unmet:
            if page.live:
                return None
            continue
        refused_by.append((page, unmet[0]))
    if not refused_by:
        return None
    page, restriction = next(
        (
            (page, restriction)
            for page, restriction in refused_by
            if restriction.restriction_type != BaseViewRestriction.PASSWORD
        ),
        refused_by[0],
    )
    if restriction.restriction_type == BaseViewRestriction.PASSWORD and page.live:
        # The page's own password form; once it is passed the download is served.
        return redirect(page.url)
    return require_wagtail_login(next=request.get_full_path())
