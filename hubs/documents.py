"""Reads about documents: which languages a plurilingual document exists in."""

from django.conf import settings
from django.utils import translation

from hubs.models import Document


def document_versions(document: Document) -> list[Document]:
    """Every language version of ``document``, itself included, in the order a reader wants.

    The reader's language comes first, then Italian (the source every editor
    writes first), then the portal's languages in their usual order.
    """
    reader = (translation.get_language() or settings.LANGUAGE_CODE).lower()
    order = {code: position for position, (code, *_rest) in enumerate(settings.PORTAL_LANGUAGES)}

    def rank(version: Document) -> tuple[int, int]:
        if version.language == reader:
            return (0, 0)
        if version.language == settings.LANGUAGE_CODE:
            return (1, 0)
        return (2, order.get(version.language, len(order)))

    versions = Document.objects.filter(translation_group=document.translation_group)
    return sorted(versions, key=rank)
