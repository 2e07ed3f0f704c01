"""The public registration pages, under the language prefix (``portal.urls``)."""

from django.urls import path

from events.registrations import views

urlpatterns = [
    path("event-registration/<int:occurrence_id>/", views.form_page, name="events_registration"),
    path(
        "event-registration/done/<str:token>/",
        views.receipt_page,
        name="events_registration_done",
    ),
    path(
        "event-registration/cancel/<str:token>/",
        views.cancel_page,
        name="events_registration_cancel",
    ),
]
