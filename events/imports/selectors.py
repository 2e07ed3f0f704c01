"""Reads of the feed import: whose feeds a user manages, where an event was imported from.

Who manages a HUB's feeds: superusers, the regional editors, and that HUB's moderators
(the feed's events are published without review, as a moderator's would be). A HUB's
redattori do not: they see that an event is imported, in its editor, and nothing more.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from events.models import EventFeed, EventPage, ImportedEvent
from hubs.models import HubPage
from hubs.permissions import is_regional_editor


def feed_hubs_for_user(user: AbstractBaseUser | AnonymousUser) -> QuerySet[HubPage]:
    """The HUBs whose feeds ``user`` may add, change, import and delete."""
    hubs = HubPage.objects.order_by("path")
    if not (user.is_authenticated and user.is_active):
        return hubs.none()
    if user.is_superuser or is_regional_editor(user):
        return hubs
    return hubs.filter(moderators_group__in=user.groups.values("pk"))


def feeds_for_user(user: AbstractBaseUser | AnonymousUser) -> QuerySet[EventFeed]:
    """The feeds ``user`` manages, HUB by HUB."""
    return EventFeed.objects.filter(hub__in=feed_hubs_for_user(user)).select_related("hub")


def feeds_to_import() -> list[int]:
    """The ids of the feeds the nightly run imports: the active ones."""
    return list(EventFeed.objects.filter(active=True).order_by("pk").values_list("pk", flat=True))


def import_source(event: EventPage) -> ImportedEvent | None:
    """Where ``event`` was imported from; ``None`` for an event written in the portal."""
    if event.pk is None:
        return None
    return ImportedEvent.objects.filter(event_id=event.pk).select_related("feed").first()
