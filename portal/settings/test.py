"""Settings for the test suite: PostgreSQL and Redis when the environment names them."""

import os

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env, redis_database

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
#: Mail never leaves a test. A process started with ``EMAIL_FILE_PATH`` (the Celery worker
#: of tests/hubs/test_review_digest_worker.py) writes each message to a file there instead
#: of keeping it in its own memory, so that the test can read what another process sent.
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default="")
EMAIL_BACKEND = (
    "django.core.mail.backends.filebased.EmailBackend"
    if EMAIL_FILE_PATH
    else "django.core.mail.backends.locmem.EmailBackend"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/er-integrazione-test-media")  # noqa: S108
if "KEY_PREFIX" in CACHES["default"]:
    CACHES["default"]["KEY_PREFIX"] = "portal-test"
#: Under pytest-xdist each worker (gw0, gw1…) has its own Redis cache database, because
#: every test empties the cache: one worker must not empty another's in mid-test.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and XDIST_WORKER.startswith("gw"):
    CACHES["default"]["LOCATION"] = redis_database(REDIS_URL, 2 + int(XDIST_WORKER[2:]))
# The browser tests run gunicorn on these settings: serve built assets without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
