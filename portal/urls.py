from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from media_kits import serving as media_kit_serving
from portal import sitemaps, views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    # Crawlers look for these at the root, in no language: the sitemap lists every language.
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Feeds (PIM's, the events calendar's): one per language, outside the language prefix.
    path("", include("sync_pim.urls")),
    path("", include("events.urls")),
    # The play counter's beacon of the media kits (their files are variants of the kit page).
    path("", include("media_kits.urls")),
    # A media kit's video, audio and captions: same origin, right types, byte ranges.
    path(
        "media-kits/files/<int:media_id>/<str:filename>",
        media_kit_serving.media_file,
        name="media_kit_file",
    ),
    path(
        "media-kits/captions/<int:caption_id>/<str:filename>",
        media_kit_serving.caption_file,
        name="media_kit_caption",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Registering for an event's date, and the signed link that cancels a registration.
    path("", include("events.registrations.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
