"""Settings for the test suite: fast hashing, throwaway media."""

import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 - never used outside the test run
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = env("MEDIA_ROOT") or tempfile.mkdtemp(prefix="socialorg-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "pages", "renditions", "page_generation")
}
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
# No collectstatic before the tests: WhiteNoise looks static files up per request
# instead of scanning a STATIC_ROOT that may not exist.
WHITENOISE_AUTOREFRESH = True

# The tests load the demo site too (the browser tests, load_demo's own tests).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
