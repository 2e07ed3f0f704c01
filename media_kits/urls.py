"""The media kits' own URL, outside the language prefix: include from the project's URLs.

The leaflet and the ZIP are variants of the kit page (``?format=…``, see
``media_kits.views``); only the play counter's beacon needs an address of its own.
"""

from django.urls import path

from media_kits.views import kit_play_beacon

app_name = "media_kits"

urlpatterns = [
    path("media-kits/plays", kit_play_beacon, name="play_beacon"),
]
