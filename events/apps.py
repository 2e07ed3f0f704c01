from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events calendar, recurrence, iCalendar and registrations."""

    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from events import signals  # noqa: F401
