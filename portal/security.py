"""Content-Security-Policy: strict on public pages, relaxed only for Wagtail's admin.

Wagtail's admin still renders inline scripts and styles (wagtail/wagtail#1288), so
the editor interface gets ``'unsafe-inline'``; public pages never do. The admin is
reached only by authenticated staff and is kept out of search engines.
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIXES = ("/admin/", "/django-admin/")

ADMIN_POLICY_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],
    # Wagtail's page preview is an iframe of the portal itself.
    "frame-src": ["'self'"],
}


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.update = {**(parts.update or {}), **ADMIN_POLICY_UPDATE}
        return parts
