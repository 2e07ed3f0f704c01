"""Production settings plus a trivial view: the bench measures the real stack and its ceiling."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
