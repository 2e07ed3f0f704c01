"""Feeds of events, outside the language prefix: include from the project's URLs."""

from django.urls import path

from events.feeds import UpcomingEventsFeed, events_ics_feed

urlpatterns = [
    path("feeds/events.ics", events_ics_feed, name="events_ics_all"),
    path("feeds/events/<str:language>.ics", events_ics_feed, name="events_ics_feed"),
    path("feeds/events/<str:language>.atom", UpcomingEventsFeed(), name="events_atom_feed"),
]
