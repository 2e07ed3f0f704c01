"""Views of the site shell that are not Wagtail pages."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET

from portal.health import service_states
from portal.search import cleaned_query, search_pages


@require_GET
def root_redirect(request: HttpRequest) -> HttpResponse:
    """Send ``/`` to the reader's language.

    ``?lang=<code>`` first (a link from a municipality's site may name the language),
    then the language chosen before (cookie), then Accept-Language, then Italian. A
    ``?lang=`` that names no language of the portal leads to Italian: the link asked
    for something specific that cannot be given.
    """
    codes = dict(settings.LANGUAGES)
    if "lang" in request.GET:
        requested = request.GET["lang"].strip().lower()
        code = requested if requested in codes else settings.LANGUAGE_CODE
    else:
        code = translation.get_language_from_request(request, check_path=False)
        if code not in codes:
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
    """Full-text search over the site's live, public pages (see ``portal.search``).

    Any input gives a normal page: an over-long text is cut, with a notice, and odd
    characters are searched as words or dropped, never passed on as query syntax.
    """
    query = cleaned_query(request.GET.get("q", ""))
    outcome = search_pages(request=request, query=query, page_number=request.GET.get("page"))
    return TemplateResponse(
        request,
        "portal/search.html",
        {
            "query": query.text,
            "search": outcome,
            "max_query_length": settings.PORTAL_SEARCH_MAX_QUERY_LENGTH,
        },
    )
