"""Admin hooks of the site shell, one module per concern under ``portal/admin/``."""

from portal.admin import rtl_editing, translation_status  # noqa: F401
