"""Admin and site hooks of the events app."""

from wagtail import hooks

from events.selectors import event_json_ld
from portal.seo import JSON_LD_EXTRA_HOOK

# An event's schema.org Event fields: dates, status, attendance mode, place, organiser…
hooks.register(JSON_LD_EXTRA_HOOK, event_json_ld)
