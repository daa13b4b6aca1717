"""The page cache: whole public pages for anonymous visitors, dropped when what they show changes.

A hit costs one or two cache reads and no query, which is what lets the site take
the crowd that follows a notice shared in chat groups. What is cached, and why:

- only GET and HEAD of a language-prefixed public page (/zh-hans/…, /en/…) by a
  visitor without a login session or pending messages; everything under /admin/,
  every form post, every signed-in editor goes straight through;
- only a 200 that sets no cookie, has no CSRF token in it (a form's token belongs
  to one visitor), is not marked private or uncacheable (`never_cache`: search
  results, for instance), and has no CSP nonce in its headers.

An entry is keyed by the full address, the visitor's elderly mode (the only cookie
that changes what a page shows) and today's date in the site's time zone (a 公示
opens and closes at midnight). It is stored with the generations it was built in,
and is a miss as soon as one of them has changed:

- the site's generation: `clear_page_cache()` starts a new one, for changes any page
  may show (menus, settings, lists). Wagtail's publish, unpublish and move signals
  and every save or delete of content a page can show (pages, snippets, site
  settings, images, documents, directory records) start one; bulk writers that
  bypass model signals (seed_bench, the directory import) call it themselves;
- the generation of its path: `purge_urls()` starts new ones for the given addresses
  only (with all their query strings and elderly copies), so a change only a few
  pages show leaves every other cached page a hit. A volunteer sign-up purges its
  project's pages and the project lists that show its places left; a crowd signing
  up for one project empties nothing else. It goes through Wagtail's frontend cache
  (`wagtail.contrib.frontend_cache`): this cache is one of its backends
  (`PageCacheBackend`), and a proxy cache in front, added to WAGTAILFRONTENDCACHE,
  is purged by the same calls.

Records that no page shows in their current state (a need not approved for
publication, a talent profile without consent) say so with `shown_on_pages()`; saving
one that neither was nor is shown changes nothing cached. docs/performance.md lists
which writes invalidate what.

The generations live where every worker sees them: in Redis beside the pages, or,
with local-memory page caches, in a small file-based cache (config/settings/caches.py).

Template fragments that are costly to build on a miss use Wagtail's preview-safe
`{% wagtailcache %}` with `request.page_cache_generation` among their keys, so they
go stale together with the pages (never Django's `{% cache %}`, which would keep a
preview's draft).

Why not Django's cache middleware: it keys on the whole Cookie header once a page
says `Vary: Cookie` (one copy per visitor) and can only wait for a timeout. Why not
wagtail-cache: it does not support Wagtail 8. https://docs.djangoproject.com/en/5.2/topics/cache/#the-per-site-cache
"""

import hashlib
import uuid
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age
from django.utils.functional import SimpleLazyObject

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished, post_page_move

from .elderly import wants_elderly_mode

PAGE_ALIAS = "pages"
GENERATION_ALIAS = "page_generation"
GENERATION_KEY = "page-cache-generation"
# How long what pages share is kept at most beside whole pages (site settings, a page's
# translations; the templates' `{% wagtailcache 3600 … %}` fragments): a new generation ends it sooner.
FRAGMENT_TIMEOUT = 3600
HIT_HEADER = "X-Page-Cache"
# Cookies that mean the page may be personal: a login session, Django's messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Which saved or deleted records make every cached page stale: settings.PAGE_CACHE_SHOWN_APPS
# and PAGE_CACHE_SHOWN_MODELS name the content pages show, PAGE_CACHE_NOT_SHOWN the exceptions
# (config/settings/base.py), so this module need not know the apps above it.


def timeout():
    """Seconds a page stays cached at most; 0 switches the page cache off (settings PAGE_CACHE_TIMEOUT)."""
    return settings.PAGE_CACHE_TIMEOUT


def _generation_store():
    """Where the generation lives: its own cache when the pages are in each process's memory."""
    return caches[GENERATION_ALIAS if GENERATION_ALIAS in settings.CACHES else PAGE_ALIAS]


def clear_page_cache():
    """Make every cached page stale, now and again when the current transaction commits.

    Now, so the change is seen at once; on commit too, because a page rendered from the
    old data between this call and the commit would otherwise be kept under the new
    generation.
    """
    _new_generation()
    connection = transaction.get_connection()
    # Once per transaction is enough, however many records it saves.
    if not any(callback is _new_generation for _savepoints, callback, _robust in connection.run_on_commit):
        transaction.on_commit(_new_generation)


def _new_generation():
    _generation_store().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def purge_urls(urls):
    """Make the cached copies of these addresses (any query string, elderly mode or day)
    stale once the current transaction commits: pages rendered before then show the old data.

    Through Wagtail's frontend cache, so a proxy cache in WAGTAILFRONTENDCACHE is purged too.
    """
    urls = set(urls)
    if urls:
        transaction.on_commit(lambda: purge_urls_from_cache(urls))


def purge_paths(paths):
    """New generations for these paths: every cached address with one of them is a miss."""
    _generation_store().set_many({_path_key(path): uuid.uuid4().hex for path in paths}, timeout=None)


class PageCacheBackend(BaseBackend):
    """This page cache as a Wagtail frontend-cache backend (settings WAGTAILFRONTENDCACHE):
    purging an address purges its path with every query string, elderly copy and day."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        purge_paths({unquote(urlsplit(url).path) for url in urls})


def _path_key(path):
    return "page-cache-path:" + hashlib.sha256(path.encode()).hexdigest()[:32]


def current_generation(store=None):
    """The generation, starting one if there is none; None when the cache cannot be reached."""
    store = store or _generation_store()
    generation = store.get(GENERATION_KEY)
    if generation is None:
        fresh = uuid.uuid4().hex
        generation = fresh if store.add(GENERATION_KEY, fresh, timeout=None) else store.get(GENERATION_KEY)
    return generation


def kept_until_next_write(request, key, build):
    """What `build()` returns, kept in the page cache's store under `key` until a write starts a
    new generation (or FRAGMENT_TIMEOUT): for what every page, or every record shown through one
    page, shares. Built afresh when the store cannot be reached."""
    generation = getattr(request, "page_cache_generation", None)
    if not generation:
        return build()
    store, full_key = caches[PAGE_ALIAS], f"{key}:{generation}"
    found = store.get(full_key)
    if found is None:
        found = build()
        store.set(full_key, found, FRAGMENT_TIMEOUT)
    return found


def page_key(request):
    """One entry per address, elderly mode and day: nothing else changes what an anonymous visitor sees."""
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    elderly = int(wants_elderly_mode(request))  # read before ElderlyModeMiddleware runs
    return f"page:{address}:{elderly}:{timezone.localdate().isoformat()}"


def is_cacheable_request(request):
    if not timeout() or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in PERSONAL_COOKIES) or "HTTP_AUTHORIZATION" in request.META:
        return False
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return request.path_info.startswith(prefixes)


def is_cacheable_response(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds this visitor's CSRF token
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    if get_max_age(response) == 0:
        return False
    return "'nonce-" not in response.get("Content-Security-Policy", "")


class PageCacheMiddleware:
    """Answers anonymous page views from the page cache and stores what may be shared.

    Placed right after WhiteNoise, so a hit skips sessions, locale, CSP and the rest:
    the stored response already carries the headers they added when it was built.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            # Read only if a fragment cache asks for it.
            request.page_cache_generation = SimpleLazyObject(current_generation)
            return self.get_response(request)
        pages, store = caches[PAGE_ALIAS], _generation_store()
        key, path_key = page_key(request), _path_key(unquote(request.path))
        if store is pages:  # Redis: all in one round trip
            found = pages.get_many([GENERATION_KEY, path_key, key])
            entry = found.get(key)
        else:
            found = store.get_many([GENERATION_KEY, path_key])
            entry = pages.get(key)
        generation = found.get(GENERATION_KEY) or current_generation(store)
        request.page_cache_generation = generation
        if generation is None:  # the cache is down: serve uncached
            return self.get_response(request)
        path_generation = found.get(path_key)  # None until the path is first purged
        if entry is not None and entry[:2] == (generation, path_generation):
            return self._rebuild(entry)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            headers = [(name, value) for name, value in response.items()]
            entry = (generation, path_generation, response.status_code, headers, response.content)
            pages.set(key, entry, timeout())
            response[HIT_HEADER] = "miss"
        return response

    @staticmethod
    def _rebuild(entry):
        _generation, _path_generation, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response


def is_shown_on_pages(model):
    """Whether records of this model are content pages show (settings PAGE_CACHE_SHOWN_*)."""
    label = model._meta.label_lower
    if label in settings.PAGE_CACHE_NOT_SHOWN:
        return False
    return model._meta.app_label in settings.PAGE_CACHE_SHOWN_APPS or label in settings.PAGE_CACHE_SHOWN_MODELS


@receiver(post_save, dispatch_uid="core.pagecache.saved")
@receiver(post_delete, dispatch_uid="core.pagecache.deleted")
@receiver(m2m_changed, dispatch_uid="core.pagecache.m2m_changed")
def content_changed(sender, raw=False, instance=None, **kwargs):
    """A saved or deleted record of content a page shows: every page may show it (menus, settings, lists)."""
    if raw or not is_shown_on_pages(sender):
        return
    if hasattr(instance, "shown_on_pages") and not (
        instance.shown_on_pages() or getattr(instance, "_was_shown", False)
    ):
        return  # neither was nor is on a page: a need waiting for approval, say
    clear_page_cache()


@receiver(pre_save, dispatch_uid="core.pagecache.saving")
def remember_if_shown(sender, instance, raw=False, **kwargs):
    """Whether a record that is shown only in some states was shown before this save."""
    if not raw and hasattr(instance, "shown_on_pages") and not instance._state.adding:
        stored = sender._base_manager.filter(pk=instance.pk).first()
        instance._was_shown = stored is not None and stored.shown_on_pages()


@receiver(page_published, dispatch_uid="core.pagecache.published")
@receiver(page_unpublished, dispatch_uid="core.pagecache.unpublished")
@receiver(post_page_move, dispatch_uid="core.pagecache.moved")
def page_changed(sender, **kwargs):
    """Publishing, unpublishing or moving a page changes its own address and every list and menu showing it."""
    clear_page_cache()
