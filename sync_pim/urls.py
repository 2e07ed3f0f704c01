"""Public URLs of the PIM synchronisation: the pull feeds, outside the language prefix.

Included from ``portal/urls.py`` before the ``i18n_patterns``: the language is in the
feed's own name (``/feeds/pim/ar.atom``), not in a prefix.
"""

from django.urls import path

from sync_pim.feeds import pim_atom_feed, pim_json_feed

urlpatterns = [
    path("feeds/pim/<str:language>.atom", pim_atom_feed, name="pim_feed_atom"),
    path("feeds/pim/<str:language>.json", pim_json_feed, name="pim_feed_json"),
]
