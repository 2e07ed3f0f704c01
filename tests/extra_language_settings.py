"""Test settings with a tenth language added, to check the documented procedure."""

from portal.settings.test import *  # noqa: F403
from portal.settings.test import PORTAL_LANGUAGES

PORTAL_LANGUAGES = [*PORTAL_LANGUAGES, ("de", "German", "Deutsch", "ltr")]
LANGUAGES = [(code, name) for code, name, _own, _direction in PORTAL_LANGUAGES]
