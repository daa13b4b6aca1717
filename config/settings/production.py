"""Settings for a real deployment: everything secret or site-specific is required."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False


def required(name):
    """Stop start-up with one line naming the missing variable."""
    value = env(name)
    if not value:
        raise SystemExit(f"Production settings: the environment variable {name} must be set.")
    return value


SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in env("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
