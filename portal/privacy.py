"""Which pages the public may see, read once per request.

Wagtail's ``PageQuerySet.public()`` reads every ``PageViewRestriction`` each time it
is called; a HUB landing lists pages three times over. The restricted sections are
read here once per request (never shared between requests, so a page made private
is hidden from the next request on, whatever any cache holds).
"""

from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet


def _restricted_sections(request: HttpRequest | None) -> list[tuple[str, int]]:
    if request is not None and hasattr(request, "_portal_restricted_sections"):
        return request._portal_restricted_sections
    sections = list(PageViewRestriction.objects.values_list("page__path", "page__depth"))
    if request is not None:
        request._portal_restricted_sections = sections
    return sections


def private_q(request: HttpRequest | None) -> Q:
    """Pages in a private section (a restricted page and everything below it)."""
    q = Q()
    for path, depth in _restricted_sections(request):
        q |= Q(path__startswith=path, depth__gte=depth)
    # Matches nothing when no section is private.
    return q if q else Q(pk__in=[])


def public_pages(pages: PageQuerySet, *, request: HttpRequest | None) -> PageQuerySet:
    """``pages.public()``, with the restrictions read once for the whole request."""
    return pages.exclude(private_q(request))
