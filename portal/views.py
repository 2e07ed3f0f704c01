"""Views of the site shell that are not Wagtail pages."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from portal.health import service_states

SEARCH_MAX_QUERY_LENGTH = 200
SEARCH_PAGE_SIZE = 10


@require_GET
def root_redirect(request: HttpRequest) -> HttpResponse:
    """Send ``/`` to the reader's language: cookie, then Accept-Language, then Italian."""
    code = translation.get_language_from_request(request, check_path=False)
    if code not in dict(settings.LANGUAGES):
        code = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{code}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    states = service_states()
    healthy = all(state.ok for state in states)
    response = JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            "services": {
                state.name: {"ok": state.ok, "detail": state.detail, "ms": state.milliseconds}
                for state in states
            },
        },
        status=200 if healthy else 503,
    )
    patch_cache_control(response, no_store=True)
    return response


@require_GET
def search(request: HttpRequest) -> TemplateResponse:
    """Full-text search over public, live pages."""
    query = request.GET.get("q", "").strip()
    error = ""
    results = None
    if len(query) > SEARCH_MAX_QUERY_LENGTH:
        error = _("The search text is too long: use at most %(limit)s characters.") % {
            "limit": SEARCH_MAX_QUERY_LENGTH
        }
    elif query:
        found = Page.objects.live().public().specific().search(query)
        paginator = Paginator(found, SEARCH_PAGE_SIZE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
    status = 400 if error else 200
    return TemplateResponse(
        request,
        "portal/search.html",
        {"query": query, "results": results, "error": error},
        status=status,
    )
