"""Admin and site hooks of the events app."""

from wagtail import hooks

from events.registrations.admin import hooks as registration_hooks  # noqa: F401
from events.selectors import event_json_ld
from portal.seo import JSON_LD_EXTRA_HOOK

# An event's schema.org Event fields: dates, status, attendance mode, place, organiser…
hooks.register(JSON_LD_EXTRA_HOOK, event_json_ld)


# --- Imported calendars (events.imports.admin) ----------------------------------------
def _imported_calendars():
    from wagtail.permissions import register_permission_policy

    from events.imports.admin import EventFeedPermissionPolicy, EventFeedViewSet
    from events.models import EventFeed

    # Before the viewset registers, or it would make Django's model permissions the policy.
    register_permission_policy(EventFeed, EventFeedPermissionPolicy(EventFeed))
    return EventFeedViewSet()


hooks.register("register_admin_viewset", _imported_calendars)


def _imported_event_notice(request, page) -> None:
    from events.imports.admin import imported_event_notice

    imported_event_notice(request, page)


hooks.register("before_edit_page", _imported_event_notice)
