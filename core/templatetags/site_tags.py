"""Template tags of the site shell: menu, breadcrumbs, language switcher, and the filters that
write dates and phone numbers as HTML and URLs take them.

Each tag runs a fixed number of queries however many pages the site has.
"""

import datetime
import re

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from core.addresses import absolute
from core.i18n import HAN, alternates
from core.i18n import localized as localized_attr
from core.pagecache import kept_until_next_write
from core.querysets import ALL_LANGUAGES, listed

register = template.Library()


def _site_root_paths(request):
    """{language code: url_path of that language's home page} for this request's site.

    Wagtail keeps the site root paths in the cache, so this costs no query.
    """
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {root.language_code: root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk}


def _localized_root_path(request):
    roots = _site_root_paths(request)
    return roots.get(get_language()) or next(iter(roots.values()), None)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Two levels of pages marked "show in menus" under the home page, in tree order.

    Editors control the menu from the page tree (order, titles and the
    "Show in menus" checkbox); one query fetches both levels.
    """
    request = context["request"]
    root_path = _localized_root_path(request)
    current = context.get("page")
    if root_path is None:
        return {"items": []}
    root_depth = root_path.count("/")  # "/home/" is at depth 2
    pages = (
        # The url_path below the language's home page already keeps to the language being read.
        listed(Page.objects.all(), ALL_LANGUAGES)
        .in_menu()
        .filter(url_path__startswith=root_path, depth__gt=root_depth, depth__lte=root_depth + 2)
        .order_by("path")
    )
    items, by_path = [], {}
    for menu_page in pages:
        entry = {
            "title": menu_page.title,
            "url": menu_page.get_url(request),
            "active": bool(current and current.path.startswith(menu_page.path)),
            "children": [],
        }
        if menu_page.depth == root_depth + 1:
            by_path[menu_page.path] = entry
            items.append(entry)
        else:
            parent = by_path.get(menu_page.path[: -Page.steplen])
            if parent is not None:
                parent["children"].append(entry)
    return {"home_active": bool(current and current.url_path == root_path), "items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, title=""):
    """当前位置: the ancestors of a page below the tree's root, then the page itself.

    With a `title`, the page becomes a link and the title is the current item
    (a routable page's sub-view); with no page, the home page leads to the title.
    """
    request = context["request"]
    if page is not None:
        ancestors = _ancestors_below_root(page)
        if title:
            ancestors.append(page)
        trail = [(p.title, p.get_url(request)) for p in ancestors]
        return {"trail": trail, "current": title or page.title}
    return {"trail": [(_("Home"), reverse("wagtail_serve", args=[""]))], "current": title}


def _ancestors_below_root(page):
    """The page's ancestors from the home page down. Wagtail's routing has already
    fetched each of them and cached it as the parent of the next (treebeard's
    `_cached_parent_obj`), so a served page needs no query; any other, one."""
    ancestors, current = [], page
    while current.depth > 2:
        current = current.__dict__.get("_cached_parent_obj")
        if current is None:
            return list(page.get_ancestors().filter(depth__gt=1))
        ancestors.append(current)
    return ancestors[::-1]


def _translations(context):
    """({language: this page's address in it}, {language: that language's home page}), for a
    page being shown; two empty dicts elsewhere.

    Only live versions count. A record shown through a page (an organization's transparency
    page under the directory) and a filtered list keep their path below the page and their
    query string. Made once per request: the language switcher and the hreflang links of the
    head share it.
    """
    request, page = context["request"], context.get("page")
    if not (isinstance(page, Page) and page.pk):
        return {}, {}
    cached = getattr(request, "_page_translations", None)
    if cached and cached[0] == (page.pk, request.get_full_path()):
        return cached[1]
    # Wagtail's URLs are percent-encoded (a Chinese slug), request.path is not.
    here, path = page.get_url(request) or "", escape_uri_path(request.path)
    below = ""
    if here and path.startswith(here):
        query = request.META.get("QUERY_STRING", "")
        below = path[len(here) :] + (f"?{query}" if query else "")
    pages, homes = _translation_urls(request, page)
    own = {code: url + below for code, url in pages.items()}
    request._page_translations = ((page.pk, request.get_full_path()), (own, homes))
    return own, homes


def _translation_urls(request, page):
    """({language: the page's live translation's address}, {language: that language's home}):
    one query, kept until the next write. A page's records and filtered lists (a directory's
    100,000 organizations) share its entry."""
    key = f"translations:{page.pk}:{request.get_host()}"
    return kept_until_next_write(request, key, lambda: _look_up_translations(request, page))


def _look_up_translations(request, page):
    # The home page is the first ancestor (cached by routing): both found by their indexed translation keys.
    home = _ancestors_below_root(page)[0] if page.depth > 2 else page
    keys = {page.translation_key, home.translation_key}
    pages, homes = {}, {}
    for candidate in Page.objects.live().filter(translation_key__in=keys).select_related("locale"):
        url = candidate.get_url(request)
        if url is not None:
            found = pages if candidate.translation_key == page.translation_key else homes
            found[candidate.locale.language_code] = url
    return pages, homes


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: its name, the address of this page in it, and whether it is active.

    A page links to its own translation; where none exists, to that language's home page.
    Views that are not pages link to the same path under the other prefix.
    """
    request = context["request"]
    own, homes = _translations(context)
    urls = {**homes, **own}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code) or translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "active": code == current})
    return links


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` to this page in every language it is live in, and
    x-default, at PUBLIC_URL's address; nothing for a page in one language only."""
    own, _homes = _translations(context)
    urls = {code: url if "://" in url else absolute(url) for code, url in own.items()}
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((a["lang_code"], a["location"]) for a in alternates(urls)),
    )


HAS_HAN = re.compile(f"[{HAN}]")


@register.filter
def mark_chinese(value):
    """Chinese text on a page in another language, marked `lang="zh-hans"` so that screen
    readers read it with a Chinese voice: a record that has no English version yet."""
    if value and not (get_language() or "").startswith("zh") and HAS_HAN.search(str(value)):
        return format_html('<span lang="zh-hans">{}</span>', value)
    return value


@register.inclusion_tag("includes/chinese_only.html")
def chinese_only(*texts, brief=False):
    """On a page in another language, the note that a record has no version in it and is
    shown in Chinese (which `mark_chinese` marks): above a record's page, or `brief` beside
    an item in a list. `texts` are the record's texts as shown; nothing is said when none is
    Chinese (a record whose English twin fields are filled)."""
    shown = not (get_language() or "").startswith("zh") and any(HAS_HAN.search(str(text)) for text in texts if text)
    return {"shown": shown, "brief": brief}


@register.filter
def localized(obj, name):
    """`{{ settings.home.SiteSettings|localized:"sponsor" }}`: the English twin on English pages."""
    return localized_attr(obj, name)


@register.filter
def datetime_attr(value):
    """A date or a date and time as the `datetime` attribute of `<time>` takes it. HTML allows
    at most three digits of a second (Python's isoformat and Django's "c" write six), so a
    time is given to the second, in the site's time zone like the text beside it."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    return value.isoformat() if value else ""


# A phone number as written, up to what follows it: an extension (转 801) or a second number.
PHONE_NUMBER = re.compile(r"\+?[\d\s().-]*\d")


def tel_uri(phone):
    """`020-8600 1236` as the URL `tel:02086001236`: a tel: URL allows no spaces (RFC 3966)."""
    number = PHONE_NUMBER.search(str(phone))
    return "tel:" + re.sub(r"[^\d+]", "", number.group()) if number else ""


@register.filter
def phone_link(phone):
    """A phone number as written, linked so that a tap on a phone dials it."""
    uri = tel_uri(phone)
    return format_html('<a href="{}">{}</a>', uri, phone) if uri else phone
