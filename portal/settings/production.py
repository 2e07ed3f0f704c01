"""Production: every secret and host comes from the environment, or the portal refuses to start."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def required(name: str) -> str:
    """Read ``name`` from the environment, failing with a message that names it."""
    value = env.str(name, default="")
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set: production settings need it in the environment "
            "(see docs/deployment.md)."
        )
    return value


SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
DATABASES = {"default": env.db_url_config(required("DATABASE_URL"))}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEBUG = False

# TLS is terminated by nginx (or the load balancer), which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
#: Request header (as a ``META`` key) holding the reader's address for rate limits:
#: gunicorn only sees nginx's. nginx sets ``X-Real-IP`` (deploy/nginx.conf).
RATELIMIT_IP_META_KEY = env.str("PORTAL_CLIENT_IP_HEADER", default="HTTP_X_REAL_IP")
# The container health check speaks plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
#: One year of HSTS, as AgID's guidelines and the HSTS preload list ask.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
#: The directive only matters once the registrable domain is submitted to the preload list.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
