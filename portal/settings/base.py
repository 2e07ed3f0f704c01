"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (django-environ). The defaults here are the *embedded default*:
SQLite, local-memory cache, Celery tasks run eagerly, so ``make run`` needs no
service. ``production.py`` removes the defaults that must never reach a server.
"""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()


def redis_database(url: str, database: int) -> str:
    """Return ``url`` pointing at Redis logical ``database``.

    One ``REDIS_URL`` names the server; cache and broker live on separate
    databases of it so that flushing the cache never drops queued tasks.
    """
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, ""))


# --- Core -----------------------------------------------------------------

#: Cryptographic signing key. Production refuses to start without it.
SECRET_KEY = env.str("SECRET_KEY", default="embedded-default-not-secret")
#: Never true outside a developer's machine.
DEBUG = env.bool("DEBUG", default=False)
#: Host names this portal answers to (comma separated).
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
#: Origins trusted for unsafe requests behind a TLS proxy, e.g. https://integrazione.example.it
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # wagtail_modeltranslation must precede every app whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "portal",
    "hubs",
    "events",
    "media_kits",
    "sync_pim",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "django_celery_beat",
    "django_permissions_policy",
    "django_ratelimit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous page hits are answered here, before sessions and templates.
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.security.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.languages",
            ],
        },
    },
]

# --- Data -----------------------------------------------------------------

#: ``postgres://user:pass@host:5432/name`` in production; SQLite file by default.
# An empty variable counts as unset, as it does in docker-compose files.
DATABASES = {
    "default": env.db_url_config(
        env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

#: ``redis://host:6379``: cache on database 1, Celery broker on database 0.
REDIS_URL = env.str("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_database(REDIS_URL, 1),
            "KEY_PREFIX": env.str("PORTAL_CACHE_PREFIX", default="portal"),
            "OPTIONS": {
                # A cache outage must degrade the portal, not take it down.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery ---------------------------------------------------------------

#: Broker URL; defaults to database 0 of ``REDIS_URL``. Empty means run tasks eagerly.
CELERY_BROKER_URL = env.str(
    "CELERY_BROKER_URL", default=redis_database(REDIS_URL, 0) if REDIS_URL else ""
)
#: Embedded default: no broker, tasks run in-process when their transaction commits.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Tasks that talk to the outside world (PIM, mail, feeds) must survive a worker
# crash: acknowledge after running, and take one message at a time.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
#: Seconds before an unacknowledged task is redelivered. Long retries are scheduled
#: in the database, never as countdowns longer than this.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/Rome"
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
#: ``celery beat`` keeps its schedule in the database (django-celery-beat): the entries
#: below are written there when beat starts, and survive restarts of its container.
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
#: Periodic tasks; times are in ``CELERY_TIMEZONE`` (Europe/Rome).
CELERY_BEAT_SCHEDULE = {
    #: Mondays at 08:00: each HUB's moderators get the guides overdue for review.
    "hubs-review-digests": {
        "task": "hubs.tasks.send_review_digests",
        "schedule": crontab(minute=0, hour=8, day_of_week="monday"),
    },
    #: Nightly: recurring events without an end get their dates written two years ahead.
    "events-extend-dates": {
        "task": "events.tasks.extend_event_dates",
        "schedule": crontab(minute=30, hour=3),
    },
    #: Every quarter of an hour: registrants of a date starting in about 24 hours are reminded.
    "events-registration-reminders": {
        "task": "events.tasks.send_registration_reminders",
        "schedule": crontab(minute="*/15"),
    },
    #: Nightly: personal data of registrations to dates long past is deleted (counts stay).
    "events-purge-registrations": {
        "task": "events.tasks.purge_registration_data",
        "schedule": crontab(minute=0, hour=4),
    },
    #: Nightly: the municipalities' iCalendar feeds each HUB subscribed to are imported.
    "events-import-feeds": {
        "task": "events.tasks.import_event_feeds",
        "schedule": crontab(minute=45, hour=2),
    },
    #: Every minute: PIM deliveries that are due (first tries lost with a worker, retries).
    "sync-pim-deliver-due": {
        "task": "sync_pim.tasks.deliver_due_outbox",
        "schedule": crontab(),
    },
    #: Mondays at 08:30: PIM's editors get last week's shared and changed content.
    "sync-pim-digest": {
        "task": "sync_pim.tasks.send_pim_digest",
        "schedule": crontab(minute=30, hour=8, day_of_week="monday"),
    },
    #: Nights, every 20 minutes: record the links of published content and check those due.
    "sync-pim-check-links": {
        "task": "sync_pim.tasks.check_links",
        "schedule": crontab(minute="*/20", hour="1-5"),
    },
}

# --- Languages ------------------------------------------------------------
# The one list that drives URLs, content fields, catalogues and the switcher.
# Adding a language: see docs/languages.md.

LANGUAGE_CODE = "it"
#: code, name in the admin, name in its own script (for the switcher), direction.
PORTAL_LANGUAGES = [
    ("it", _("Italian"), "Italiano", "ltr"),
    ("en", _("English"), "English", "ltr"),
    ("fr", _("French"), "Français", "ltr"),
    ("ar", _("Arabic"), "العربية", "rtl"),
    ("sq", _("Albanian"), "Shqip", "ltr"),
    ("uk", _("Ukrainian"), "Українська", "ltr"),
    ("zh-hans", _("Simplified Chinese"), "中文", "ltr"),
    ("ur", _("Urdu"), "اردو", "rtl"),
    ("ro", _("Romanian"), "Română", "ltr"),
]
LANGUAGES = [(code, name) for code, name, _own, _direction in PORTAL_LANGUAGES]
PORTAL_RTL_LANGUAGES = tuple(
    code for code, _name, _own, direction in PORTAL_LANGUAGES if direction == "rtl"
)
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Rome"
LOCALE_PATHS = [BASE_DIR / "locale"]

MODELTRANSLATION_DEFAULT_LANGUAGE = "it"
#: Italian is the source: a missing translation shows the Italian text.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("it",)
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Static and media -----------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
#: ``static/dist`` is produced by ``npm run build`` and never committed.
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail --------------------------------------------------------------

WAGTAIL_SITE_NAME = "ER Integrazione"
#: Public URL of the portal, used in e-mails and the admin.
WAGTAILADMIN_BASE_URL = env.str("PORTAL_BASE_URL", default="http://127.0.0.1:8000")
#: PostgreSQL text search configuration of the site search, made by migration portal
#: 0002: Italian stemming on words with their accents folded; other scripts pass through
#: whole. SQLite (FTS5) has no configurations and ignores it.
PORTAL_SEARCH_CONFIG = "portal_search"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": PORTAL_SEARCH_CONFIG,
    }
}
#: Characters of a search that are used; a longer text is cut here, with a notice.
PORTAL_SEARCH_MAX_QUERY_LENGTH = 200
#: Results per search page.
PORTAL_SEARCH_PAGE_SIZE = 10
#: Best-ranked results kept for one search (50 pages of ten): one query then gives the
#: count and every page. A search matching more shows this many.
PORTAL_SEARCH_MAX_RESULTS = 500
#: With fewer full-text results than this, pages whose title is close to the search
#: (a typo) are added after them. PostgreSQL only (pg_trgm).
PORTAL_SEARCH_TYPO_BELOW = 3
#: Trigram word similarity (0 to 1) from which a title counts as close to the search.
PORTAL_SEARCH_TYPO_SIMILARITY = 0.5
#: At most this many close titles are added.
PORTAL_SEARCH_TYPO_LIMIT = 20
# Documents go through Django so that page privacy also holds for downloads.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
#: Documents carry a language and a translation group (hubs.models.documents).
WAGTAILDOCS_DOCUMENT_MODEL = "hubs.Document"
#: The document form that checks uploads by content (hubs.uploads).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hubs.forms.DocumentForm"
#: Largest document an editor may upload, in bytes (default 50 MB).
PORTAL_UPLOAD_MAX_BYTES = env.int("PORTAL_UPLOAD_MAX_BYTES", default=50 * 1024 * 1024)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No editor's e-mail hash is sent to a third party for an avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]

# Frontend cache: a caching proxy or CDN in front of the portal, purged on publish by
# portal.frontend_cache with every language's real URL. ``wagtail.contrib.frontend_cache``
# stays out of INSTALLED_APPS: its ready() connects a purge that guesses the other
# languages' URLs by swapping the prefix, which is wrong with translated slugs.
#: URL of a caching proxy that accepts HTTP ``PURGE`` (Varnish, nginx), e.g.
#: ``http://varnish:6081``; empty: nothing in front of the portal to purge.
PORTAL_FRONTEND_CACHE_URL = env.str("PORTAL_FRONTEND_CACHE_URL", default="")
#: Wagtail's frontend-cache backends (a CDN's own backend can be configured here instead).
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": PORTAL_FRONTEND_CACHE_URL,
        }
    }
    if PORTAL_FRONTEND_CACHE_URL
    else {}
)
#: Empty on purpose: Wagtail must purge exactly the URLs the portal lists, not rewrite
#: each into every language by swapping the prefix.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# --- Events ---------------------------------------------------------------

#: Days after an event date when the personal data of its registrations is deleted
#: (only anonymous counts stay).
EVENTS_REGISTRATION_RETENTION_DAYS = env.int("EVENTS_REGISTRATION_RETENTION_DAYS", default=90)
#: Registrations one address may send, per IP (django-ratelimit syntax).
EVENTS_REGISTRATION_RATE = env.str("EVENTS_REGISTRATION_RATE", default="10/h")
#: Hours before a date when its registrants get a reminder.
EVENTS_REMINDER_HOURS = env.int("EVENTS_REMINDER_HOURS", default=24)
#: Seconds each step of fetching an imported calendar may take; the whole fetch, four times that.
EVENTS_FEED_TIMEOUT = env.float("EVENTS_FEED_TIMEOUT", default=15.0)
#: Largest imported calendar read, in bytes.
EVENTS_FEED_MAX_BYTES = env.int("EVENTS_FEED_MAX_BYTES", default=5 * 1024 * 1024)
#: Also fetch calendars from addresses inside the portal's network (development, tests).
EVENTS_FEED_ALLOW_PRIVATE_HOSTS = env.bool("EVENTS_FEED_ALLOW_PRIVATE_HOSTS", default=False)
#: Rate limits count in the shared cache (Redis in production).
RATELIMIT_USE_CACHE = "default"
if not REDIS_URL:
    # Embedded default only: local memory is not shared between processes, which
    # django-ratelimit rightly refuses; one runserver process counts correctly with it.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# --- Media kits -----------------------------------------------------------

#: wagtailmedia keeps its own model; uploads go through the portal's content checks
#: (media_kits.forms), which accept only MP4/WebM video and MP3/Ogg audio.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "MEDIA_FORM_BASE": "media_kits.forms.MediaForm",
    "AUDIO_EXTENSIONS": ["mp3", "ogg", "oga", "opus"],
    "VIDEO_EXTENSIONS": ["mp4", "m4v", "webm"],
}
#: Plays one address may report per minute (django-ratelimit syntax); more are ignored.
MEDIA_KITS_BEACON_RATE = env.str("MEDIA_KITS_BEACON_RATE", default="30/m")
#: Minutes after which a kit archive still "building" is taken for lost (its worker died)
#: and queued again by the next reader who asks for it.
MEDIA_KITS_ARCHIVE_STALE_MINUTES = env.int("MEDIA_KITS_ARCHIVE_STALE_MINUTES", default=15)
#: Build a kit's leaflets and ZIP archives in every language right after it is published
#: (on a Celery worker). Off without a worker: the first reader who asks builds them.
MEDIA_KITS_PREBUILD = env.bool("MEDIA_KITS_PREBUILD", default=not CELERY_TASK_ALWAYS_EAGER)

# --- Security -------------------------------------------------------------

X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

#: Features no page of the portal uses are switched off for every frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}

#: Video hosts that editors may embed; loaded only after the reader clicks.
PORTAL_VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

# Public pages: no inline script or style, nothing from third parties except the
# video frames above (requested only after a click). Admin pages get a relaxed
# policy in portal.security because Wagtail's admin still uses inline code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Bootstrap Italia draws its form and icon glyphs with data: SVGs.
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "frame-src": PORTAL_VIDEO_EMBED_ORIGINS,
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# --- Portal ---------------------------------------------------------------

#: Seconds an anonymous page stays in the page cache; publishing purges it at once.
#: Off without Redis: a per-process memory cache could not be purged across workers.
PORTAL_PAGE_CACHE_SECONDS = env.int("PORTAL_PAGE_CACHE_SECONDS", default=600 if REDIS_URL else 0)
#: Seconds navigation and footer links stay cached; publishing anything refreshes them.
PORTAL_FRAGMENT_CACHE_SECONDS = env.int("PORTAL_FRAGMENT_CACHE_SECONDS", default=300)
#: Seconds the health check waits for each service before calling it down.
PORTAL_HEALTH_TIMEOUT = env.float("PORTAL_HEALTH_TIMEOUT", default=2.0)
#: Build a guide's PDFs (hubs.pdf) in each of its languages as soon as it is published, in a
#: Celery task. Off by default in the embedded default, where tasks run inside the editor's
#: request: the PDFs are then built when first asked for (a stale one is never served).
PORTAL_PDF_PREBUILD = env.bool("PORTAL_PDF_PREBUILD", default=not CELERY_TASK_ALWAYS_EAGER)

#: Outgoing mail as a URL, e.g. ``smtp+tls://user:password@smtp.example.it:587``;
#: printed on the console by default.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="ER Integrazione <noreply@localhost>")

# --- PIM synchronisation ----------------------------------------------------
# Push to the Portale Integrazione Migranti (docs/pim/), pull feeds, weekly digest and
# the link checker. See docs/pim/README.md for the contract.

#: Endpoint that receives signed pushes, e.g. ``https://pim.example.it/pim/v1/items``.
#: Empty: push is off; the outbox still records every change, to send once configured.
PIM_ENDPOINT_URL = env.str("PIM_ENDPOINT_URL", default="")
#: Shared secret of the HMAC-SHA256 signature. Required whenever ``PIM_ENDPOINT_URL`` is set.
PIM_SECRET = env.str("PIM_SECRET", default="")
#: Seconds to open a connection to PIM, and to wait for its answer.
PIM_CONNECT_TIMEOUT = env.float("PIM_CONNECT_TIMEOUT", default=3.0)
PIM_READ_TIMEOUT = env.float("PIM_READ_TIMEOUT", default=10.0)
#: Deliveries tried before an entry is dead (spread over about a day, see sync_pim.retry).
PIM_MAX_ATTEMPTS = env.int("PIM_MAX_ATTEMPTS", default=12)
#: Seconds before the first retry of a failed push; each next wait doubles (±20 % jitter):
#: with 12 attempts the last one comes about 23 hours after the first (sync_pim.retry).
PIM_RETRY_BASE_SECONDS = env.float("PIM_RETRY_BASE_SECONDS", default=40.0)
#: Seconds an entry stays "sending" before it is due again (its worker may have died).
PIM_SENDING_LEASE_SECONDS = env.float("PIM_SENDING_LEASE_SECONDS", default=300.0)
#: Seconds a signed request stays valid at the receiver (clock skew and queueing).
PIM_SIGNATURE_TOLERANCE = env.int("PIM_SIGNATURE_TOLERANCE", default=300)
#: Who receives the weekly digest of what was shared (comma separated e-mail addresses).
PIM_DIGEST_RECIPIENTS = env.list("PIM_DIGEST_RECIPIENTS", default=[])
#: The link checker asks one host at most this many times a minute.
PIM_LINKCHECK_PER_HOST_PER_MINUTE = env.int("PIM_LINKCHECK_PER_HOST_PER_MINUTE", default=10)
#: Seconds the link checker waits for a host.
PIM_LINKCHECK_TIMEOUT = env.float("PIM_LINKCHECK_TIMEOUT", default=10.0)
#: Seconds one link-checker run may spend checking (below CELERY_TASK_SOFT_TIME_LIMIT);
#: what it does not reach is left, oldest first, for the next run.
PIM_LINKCHECK_RUN_SECONDS = env.float("PIM_LINKCHECK_RUN_SECONDS", default=150.0)
#: Let the link checker ask private and loopback addresses. Off: an editor's link must not
#: make the server probe the internal network. Tests turn it on for their local server.
PIM_LINKCHECK_ALLOW_PRIVATE_HOSTS = env.bool("PIM_LINKCHECK_ALLOW_PRIVATE_HOSTS", default=False)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per background task and per page action is noise on a console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Guide PDFs: WeasyPrint logs every layout step, fontTools every font it unpacks.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # One line per push to PIM and per checked link otherwise.
        "httpx": {"level": "WARNING"},
    },
}
