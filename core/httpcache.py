"""HTTP caching for the programs that read the site's machine outputs: the APIs, the feeds
and the sitemaps. Chosen by path, so the views themselves need not know.

For a GET of such an address, a 200 gets an ETag (from its content) and, unless the view
said otherwise, `Cache-Control: public, max-age=300`; a request whose If-None-Match or
If-Modified-Since matches gets 304 Not Modified without the body. That is Django's own
ConditionalGetMiddleware, limited to these paths, with the Cache-Control it leaves to views.
The read-only APIs also send `Access-Control-Allow-Origin: *` (no credentials), so a page
on another origin may read them; the page-view counter, which writes, does not.

Placed before the page cache (config/settings/base.py), so that feeds it answers from
the cache get the same headers and 304s.
https://docs.djangoproject.com/en/5.2/ref/middleware/#module-django.middleware.http
"""

import re

from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control

MAX_AGE = 300
# The APIs, sitemap.xml (and any sitemap file beside it), robots.txt and every RSS or Atom feed
# (/<language>/feeds/notices/rss/, a section's …/feed/atom/).
CONSUMER_PATHS = re.compile(r"^/api/|^/sitemap[^/]*\.xml$|^/robots\.txt$|/feeds?/(?:[\w-]+/)*(?:rss|atom)/$")
# Addresses under /api/ that write, and so are not offered to other origins.
WRITING_API_PATHS = re.compile(r"^/api/page-views/")


class ConsumerCacheMiddleware(ConditionalGetMiddleware):
    def process_response(self, request, response):
        path = request.path_info
        if not CONSUMER_PATHS.search(path):
            return response
        if path.startswith("/api/") and not WRITING_API_PATHS.search(path):
            response["Access-Control-Allow-Origin"] = "*"
            # A script on another origin may read these only if told so.
            response["Access-Control-Expose-Headers"] = "ETag"
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response  # errors and writes are neither tagged nor made cacheable
        if "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
        # ETag and 304 for GET (Django's logic, which leaves other methods alone).
        return super().process_response(request, response)
