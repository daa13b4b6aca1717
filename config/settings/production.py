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


def flag(name, default):
    """A yes/no variable: 1, true, yes or on mean yes; unset keeps the default."""
    value = env(name)
    return default if value is None else value.strip().lower() in ("1", "true", "yes", "on")


SECRET_KEY = required("SECRET_KEY")
# base.py has read it; production has no default, since links in feeds, sitemaps and the API
# that other systems copy would otherwise silently point at a developer's laptop.
required("PUBLIC_URL")
ALLOWED_HOSTS = [h.strip() for h in required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in env("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# `make serve` listens on loopback behind a reverse proxy on the same machine, whose address
# every request would otherwise share: one visitor's failed logins would lock everybody out.
# The default matches Gunicorn's forwarded_allow_ips default (config/gunicorn.py uses this
# variable too); name the proxy's address or network when it runs elsewhere.
TRUSTED_PROXIES = [proxy.strip() for proxy in env("TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if proxy.strip()]

# Every admin account sets up two-factor authentication before using the admin (security/twofactor).
TWO_FACTOR_REQUIRED = env("TWO_FACTOR_REQUIRED", "all")

# Static files: `collectstatic` (run by `make serve`) writes them with content hashes
# in their names, compressed, and WhiteNoise serves those with far-future cache
# headers. https://whitenoise.readthedocs.io/en/stable/django.html
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# `manage.py loadtest` drives the site from one address, which the forms' per-address
# rate limits would soon block. Only a server started with LOADTEST=1 reads
# RATELIMIT_ENABLE=0 (django-ratelimit's own switch); elsewhere the limits stay on.
if flag("LOADTEST", default=False):
    RATELIMIT_ENABLE = flag("RATELIMIT_ENABLE", default=True)

# HTTPS only: `manage.py check --deploy` passes with these defaults.
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Plain HTTP is redirected to HTTPS, except the load balancer's health check,
# which probes over HTTP. SECURE_SSL_REDIRECT=0 when the proxy redirects itself.
SECURE_SSL_REDIRECT = flag("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
# Off (SECURE_HSTS_INCLUDE_SUBDOMAINS=0) when the site is on a parent domain whose
# intranet subdomains still serve plain HTTP; preloading needs it on.
SECURE_HSTS_INCLUDE_SUBDOMAINS = flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Preloading puts the domain in the browsers' built-in HTTPS-only list, which takes
# months to undo, so the operator opts in with SECURE_HSTS_PRELOAD=1 once every
# subdomain serves HTTPS. The headers above already meet https://hstspreload.org's
# requirements (a year's max-age, includeSubDomains, the HTTP redirect); then
# submit the domain there. Until then, check --deploy's reminder (W021) is silenced.
SECURE_HSTS_PRELOAD = flag("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]  # noqa: F405
