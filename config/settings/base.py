"""Settings shared by every environment.

Every deployment choice comes from the environment (see docs/configuration.md);
the defaults serve a laptop: SQLite in the project folder, a local-memory cache
and Wagtail's database search backend.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import xstatic.pkg.leaflet
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.utils.translation import gettext_lazy as _

from .caches import cache_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# site/ holds the site-wide templates, static files and translations; it is not
# a Python package because `site` would shadow Python's own module (docs/architecture.md).
SITE_DIR = BASE_DIR / "site"


def env(name, default=None):
    """Return the environment variable, treating an empty value as unset."""
    return os.environ.get(name) or default


def public_url(value):
    """PUBLIC_URL as `scheme://host[:port]`, or start-up stops with one line saying what is wrong.

    Wagtail's Site record holds a hostname and a port, and writes https only for port 443:
    so no path, and https only on its standard port."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        parts = port = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.username
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or (parts.scheme == "https" and port not in (None, 443))
        or (parts.scheme == "http" and port == 443)
    ):
        raise SystemExit(
            f"PUBLIC_URL must be the site's address, http(s)://host or http://host:port "
            f"(https on port 443 only), without a path: {value!r} is not."
        )
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{parts.hostname}" + (f":{port}" if port not in (None, default) else "")


# The address the public reaches the site at: every absolute link the site writes (sitemaps,
# feeds, the API, robots.txt, hreflang, admin e-mails) starts with it, whatever Host a
# request came with. setup_site gives the default Wagtail Site this hostname and port.
PUBLIC_URL = public_url(env("PUBLIC_URL", "http://127.0.0.1:8000"))
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", "").split(",") if h.strip()]

# Our own apps, bottom layer first (docs/architecture.md): core and the vocabularies, security,
# the sections, search, the home page at the top, then the operations tools. The demo app
# (load_demo) is added by the development and test settings only.
PROJECT_APPS = ["core", "taxonomy", "security", "orgdirectory", "guides", "notices", "search", "home", "ops"]

INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
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
    "rest_framework",
    "django_ratelimit",
    "lucide",
    "django_filters",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from gunicorn, before anything that reads the session
    # or the database. https://whitenoise.readthedocs.io/en/stable/django.html
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags, 304s, Cache-Control and CORS for the APIs, feeds and sitemaps, page-cache hits included.
    "core.httpcache.ConsumerCacheMiddleware",
    # Anonymous page views from the page cache: a hit skips everything below.
    "core.pagecache.PageCacheMiddleware",
    "security.csp.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # A 503 page when the database is down; before sessions and auth, which query it.
    "config.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.SiteLocaleMiddleware",
    # Every error under /api/ in JSON, in the request's language (so inside the locale middleware).
    "core.apierrors.APIErrorMiddleware",
    "core.elderly.ElderlyModeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor authentication (security/twofactor): who has entered a code, then the admin's enforcement.
    "django_otp.middleware.OTPMiddleware",
    "security.twofactor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Keep last: turns a login refused by the lockout into the 429 page (AXES_LOCKOUT_TEMPLATE).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, e.g. postgres://user@127.0.0.1:5432/dbname.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers take the lock when their transaction begins, so concurrent sign-ups
    # queue instead of failing with "database is locked" half-way.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SILENCED_SYSTEM_CHECKS = []

# Caches: Redis when REDIS_URL is set, otherwise local memory in each server process.
# - default: rate-limit counters, view counts, Wagtail's own small caches;
# - pages: whole public pages for anonymous visitors (core/pagecache.py), kept at most
#   PAGE_CACHE_TIMEOUT seconds (0 switches the page cache off) and dropped on every
#   content change; a Redis that does not answer within 0.2 s is passed by, the page
#   then served uncached;
# - renditions: which resized images exist, so a page lists its images without a query
#   each. https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html#caching-image-renditions
PAGE_CACHE_TIMEOUT = int(env("PAGE_CACHE_TIMEOUT", "600"))
CACHES = cache_settings(env("REDIS_URL"), env("PAGE_CACHE_DIR"))
# What makes every cached page stale when saved or deleted (core/pagecache.py): every model
# of the apps pages show, and these few of Wagtail's, but not the few records no page shows.
PAGE_CACHE_SHOWN_APPS = {*PROJECT_APPS, "wagtailimages", "wagtaildocs", "taggit"}
PAGE_CACHE_SHOWN_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
}
PAGE_CACHE_NOT_SHOWN = {
    "notices.pageviews",  # click counters; a page shows them as of its last rendering
    "notices.pendingview",
    "home.errorreport",  # reports from visitors, read in the admin only
    "home.setuprecord",  # setup_site's bookkeeping; the pages it makes clear the cache themselves
    # Sign-ups purge only the pages showing their project's places left (orgdirectory/signups.py).
    "orgdirectory.volunteersignup",
    "wagtailimages.rendition",  # made while a page renders: clearing then would never let anything stay cached
}
# Targeted purges (core.pagecache.purge_urls) go through Wagtail's frontend cache: the page
# cache is its first backend; a proxy cache in front (Varnish, nginx with a purge module, a CDN)
# is added here as another: https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "core.pagecache.PageCacheBackend"}}
if not env("REDIS_URL"):
    # Without Redis, form rate limits count per server process: weaker than shared
    # counters, still a limit. Set REDIS_URL to share them between workers.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]
# Each Redis error that the cache ignores is logged (logger "django_redis.cache").
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# The forms' rate limits count in the cache: when it cannot be reached, let the
# forms through (their spam checks still apply) rather than refuse everybody.
RATELIMIT_FAIL_OPEN = True
# Sessions (editors' logins) live in the database, Django's default, never only in
# the cache: a Redis restart or outage logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Search: Wagtail's backends with Chinese analysis (search/backends/). The
# database backend always runs; with ELASTICSEARCH_URL, Elasticsearch answers
# and the database index is kept alongside it as the fallback for when the
# cluster is unreachable. https://docs.wagtail.org/en/stable/topics/search/backends.html
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
if env("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [env("ELASTICSEARCH_URL")],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "socialorg_"),
            # Fail fast to the database fallback rather than keep a visitor waiting.
            "TIMEOUT": 3,
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        },
        "database": WAGTAILSEARCH_BACKENDS["default"],
    }
# When no record has every word of a query, the search page looks for any of its words, which
# common words make a scan of most of the index: given up after this many seconds (docs/search.md).
SEARCH_PARTIAL_SECONDS = float(env("SEARCH_PARTIAL_SECONDS", "1.0"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # New passwords: at least 12 characters (the demo accounts' demo-<name>-2026 pass).
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Simplified Chinese first, English second; every public
# URL carries its language prefix (config/urls.py).
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# Leaflet comes from its PyPI package (xstatic-leaflet), served as /static/leaflet/.
STATICFILES_DIRS = [SITE_DIR / "static", ("leaflet", xstatic.pkg.leaflet.BASE_DIR)]
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
# The SHA-256 of every file under STATIC_ROOT, recorded after collectstatic (`scan_content
# --record-static`, run by `make serve`) and checked by every `scan_content`. Outside STATIC_ROOT.
STATIC_MANIFEST = Path(env("STATIC_MANIFEST", BASE_DIR / "static-manifest.json"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = env("SERVE_MEDIA", "") in ("1", "true", "yes")

# Map tiles for the service map, e.g. an intranet tile server
# "https://tiles.example.gov/{z}/{x}/{y}.png"; empty: the list alone is shown.
MAP_TILE_URL = env("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "")

# The center's phone number for the page shown when the database is down (site/
# templates/503.html), where the one in the site settings cannot be read.
SERVICE_PHONE = env("SERVICE_PHONE", "020-8600 1200")

# E-mail through the intranet's SMTP relay. Submissions are saved before any mail
# is sent, and a failing relay is logged, never shown (orgdirectory/notifications.py).
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Who is told of new needs and error reports: comma-separated addresses.
MANAGERS = [("", address.strip()) for address in env("MANAGERS", "").split(",") if address.strip()]

# Wagtail's page editor can post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Provincial Social Organization Service Center")
# Slugs are ASCII: a page titled in Chinese gets its title's pinyin (core/slugs.py), not a
# percent-encoded Chinese address.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Reviews (home/setup/access.py, core/review.py): the last approval of a workflow publishes the
# page, even where the approver's groups may not publish it directly (notices, policy texts).
WAGTAIL_FINISH_WORKFLOW_ACTION = "core.workflows.publish_approved"
# A new translation starts as a draft, even of a live page: it is published after its own review
# (wagtail-localize would otherwise publish it at once, whoever asked for it).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_USER_LOGIN_FORM = "security.accounts.forms.LoginForm"
WAGTAILADMIN_BASE_URL = PUBLIC_URL
# Uploads (security/uploads.py): a document's bytes must match its extension, and every
# document is served as a download the browser may not sniff, so nothing uploaded
# runs as a page of this site. https://docs.wagtail.org/en/stable/reference/settings.html#documents
WAGTAILDOCS_EXTENSIONS = [
    *["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "ofd", "zip", "txt", "csv"],
    *["jpg", "jpeg", "png", "gif", "webp", "avif"],
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "security.uploads.CheckedDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # even a PDF is an attachment, never shown inline
# Named here so the type does not depend on the server's /etc/mime.types.
WAGTAILDOCS_CONTENT_TYPES = {
    "ofd": "application/ofd",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "avif": "image/avif",
    "webp": "image/webp",
}
# Raster images only: an SVG may carry script.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # refuses decompression bombs; a 40-megapixel photo still passes
WAGTAILAPI_BASE_URL = PUBLIC_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True
# No autosave: it saves a draft with the required fields left for later, so a page whose
# explicit save had just failed ("The page could not be created due to validation errors")
# was then saved behind the error, which showed beside "Saved". Editors save explicitly.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_ENABLE_UPDATE_CHECK = False  # intranet: no calls home
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars fetched from outside either

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # Errors in the one JSON shape of every address under /api/ (docs/api.md).
    "EXCEPTION_HANDLER": "core.apierrors.exception_handler",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# The content guard (security/contentguard): spam and defacement patterns live in
# security/contentguard/patterns.toml; an operator may add a TOML file of their own.
CONTENT_GUARD_EXTRA_PATTERNS = env("CONTENT_GUARD_EXTRA_PATTERNS")
# Hosts (and their subdomains) whose scripts and frames content may embed.
CONTENT_GUARD_ALLOWED_HOSTS = [h.strip() for h in env("CONTENT_GUARD_ALLOWED_HOSTS", "").split(",") if h.strip()]

# Security headers sent everywhere; the HTTPS-only ones (HSTS, secure cookies,
# the redirect) are in production.py. https://docs.djangoproject.com/en/5.2/ref/middleware/#module-django.middleware.security
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Pages the admin frames (previews, the translation editor) are marked SAMEORIGIN
# by Wagtail and wagtail-localize themselves; nothing else may be framed. The CSP's
# frame-ancestors follows whichever the response ends with (security/csp.py).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Accounts (security/accounts, security/twofactor). An admin session ends after 8 hours without a
# request: each request saves the session and so restarts the 8 hours (sliding expiry).
# "Remember me" on Wagtail's login form only keeps the cookie after the browser closes; it
# does not lengthen this. https://docs.djangoproject.com/en/5.2/topics/http/sessions/#browser-length-sessions-vs-persistent-sessions
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True

# The reverse proxies in front of the site, by address or network (TRUSTED_PROXIES=
# "127.0.0.1,10.0.0.0/8"): only a request arriving from one of them has its client read from
# X-Forwarded-For, for login lockouts, rate limits and the audit log (security/accounts/
# addresses.py). Empty: the header is ignored and REMOTE_ADDR is the client.
TRUSTED_PROXIES = [proxy.strip() for proxy in env("TRUSTED_PROXIES", "").split(",") if proxy.strip()]
RATELIMIT_IP_META_KEY = "security.accounts.addresses.client_ip"

# Login lockout (django-axes): 5 failed logins for one username, or from one address, lock
# that username or that address out for 30 minutes; a successful login clears its count.
# Administrators unlock sooner under Settings → Login security. https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before the password is checked
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "security.accounts.addresses.client_ip"
AXES_LOCKOUT_TEMPLATE = "security/account_locked.html"
AXES_ENABLE_ADMIN = False  # no Django admin here: the records are in Wagtail's (security/accounts/lockout.py)

# Two-factor authentication (django-otp, security/twofactor). TWO_FACTOR_REQUIRED says who must set it
# up before reaching any admin page: "all" (everyone who can use the admin: production's default),
# "superusers" (the default here: development, `make run` and the tests) or "off"; anyone who set it
# up is asked for a code whatever the value. OTP_TOTP_ISSUER is the name authenticator apps show;
# django-otp's throttling stays on: each wrong code doubles the wait before the next try.
TWO_FACTOR_REQUIRED = env("TWO_FACTOR_REQUIRED", "superusers")
OTP_TOTP_ISSUER = "Provincial Social Organization Service Center"
CSRF_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp). The public site allows no inline script
# or style: templates load site/static/js and css only, and data for scripts
# travels in data- attributes or json_script. A template that needs an inline
# script gives it nonce="{{ request.csp_nonce }}" (and the nonce then appears
# here); security/csp.py adds the map's tile server and the content guard's
# hosts, and gives /admin/ (and so previews) ADMIN_CONTENT_SECURITY_POLICY.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        # Set per response from X-Frame-Options (security/csp.py): 'none', or 'self' for what Wagtail frames.
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin still needs inline scripts and styles, and blob: images for
# upload previews. Never add a nonce here: it would make browsers ignore 'unsafe-inline'.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
    }
}

# Permissions-Policy (django-permissions-policy): no sensor, camera, microphone,
# location, payment or fullscreen API for this site or anything it embeds (no
# script of ours or of Wagtail's asks for location or fullscreen). "Copy link"
# (site/static/js/site.js) writes to the clipboard.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "clipboard-write": ["self"],
    "fullscreen": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Open data (docs/open-data.md): `export_open_data` writes each day's extract to
# MEDIA_ROOT/OPEN_DATA_DIR/<YYYY-MM-DD>/ and keeps the newest OPEN_DATA_KEEP of them.
OPEN_DATA_DIR = env("OPEN_DATA_DIR", "open-data")
OPEN_DATA_KEEP = int(env("OPEN_DATA_KEEP", "7"))
