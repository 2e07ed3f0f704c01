"""The project's URLs with the events feeds, until ``portal/urls.py`` includes them."""

from events.urls import urlpatterns as events_urlpatterns
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [*events_urlpatterns, *portal_urlpatterns]
