from django.http import HttpRequest, HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def ceiling(request: HttpRequest) -> HttpResponse:
    """The cheapest response the same stack can give: every middleware, no template, no query."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ceiling", ceiling), *portal_urlpatterns]
