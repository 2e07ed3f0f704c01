"""Admin hooks of the HUBs, one module per concern under ``hubs/admin/``."""

from wagtail import hooks

from hubs import document_privacy  # noqa: F401
from hubs.admin import access, dashboard, freshness  # noqa: F401
from hubs.selectors import guide_json_ld
from portal.seo import JSON_LD_EXTRA_HOOK

# A guide's schema.org GovernmentService fields: provider, audience, languages…
hooks.register(JSON_LD_EXTRA_HOOK, guide_json_ld)
