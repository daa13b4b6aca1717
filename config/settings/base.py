"""Settings shared by every environment.

Every deployment choice comes from the environment (see README, "Configuration");
the defaults serve a laptop: SQLite in the project folder, a local-memory cache
and Wagtail's database search backend.
"""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# site/ holds the site-wide templates, static files and translations; it is not
# a Python package because `site` would shadow Python's own module (DESIGN.md).
SITE_DIR = BASE_DIR / "site"


def env(name, default=None):
    """Return the environment variable, treating an empty value as unset."""
    return os.environ.get(name) or default


SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", "").split(",") if h.strip()]

# Our own apps, in the order load_demo runs their demo data.
PROJECT_APPS = ["home", "orgdirectory", "guides", "notices", "search"]

INSTALLED_APPS = [
    *PROJECT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
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
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

# Cache: Redis when REDIS_URL is set, otherwise local memory.
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Without Redis, form rate limits count per server process: weaker than shared
    # counters, still a limit. Set REDIS_URL to share them between workers.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
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
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = env("SERVE_MEDIA", "") in ("1", "true", "yes")

# Map tiles for the service map, e.g. an intranet tile server
# "https://tiles.example.gov/{z}/{x}/{y}.png"; empty: the list alone is shown.
MAP_TILE_URL = env("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "")

# Wagtail's page editor can post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Provincial Social Organization Service Center")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "ofd", "zip", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False  # intranet: no calls home

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# The content guard (home/contentguard): spam and defacement patterns live in
# home/contentguard/patterns.toml; an operator may add a TOML file of their own.
CONTENT_GUARD_EXTRA_PATTERNS = env("CONTENT_GUARD_EXTRA_PATTERNS")
# Hosts (and their subdomains) whose scripts and frames content may embed.
CONTENT_GUARD_ALLOWED_HOSTS = [h.strip() for h in env("CONTENT_GUARD_ALLOWED_HOSTS", "").split(",") if h.strip()]
