"""Settings for a developer's laptop and for `make run`."""

from .base import *  # noqa: F403
from .base import env

# `make run` shows the site's own 404 and 500 pages, as a visitor would see them; a developer
# who wants Django's debug pages (URL list, tracebacks) asks for them with DEBUG=1.
DEBUG = env("DEBUG") == "1"
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVE_MEDIA = True
# A template being edited shows at once: no page cache unless asked for (PAGE_CACHE_TIMEOUT=600).
PAGE_CACHE_TIMEOUT = int(env("PAGE_CACHE_TIMEOUT", "0"))

# The demo site (`make run`, load_demo): installed here and in the tests, never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
