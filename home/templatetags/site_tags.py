"""Template tags of the site shell: menu, breadcrumbs, language switcher.

Each tag runs a fixed number of queries however many pages the site has.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from home.i18n import localized as localized_attr

register = template.Library()


def _localized_root(request):
    """The home page in the active language, or the site's root page if it has no translation."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    translation = (
        Page.objects.filter(translation_key=root.translation_key, locale__language_code=get_language()).live().first()
    )
    return translation or root


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Two levels of pages marked "show in menus" under the home page, in tree order.

    Editors control the menu from the page tree (order, titles and the
    "Show in menus" checkbox); one query fetches both levels.
    """
    request = context["request"]
    root = _localized_root(request)
    current = context.get("page")
    if root is None:
        return {"items": [], "request": request}
    pages = list(
        Page.objects.descendant_of(root).live().public().in_menu().filter(depth__lte=root.depth + 2).order_by("path")
    )
    items, by_path = [], {}
    for menu_page in pages:
        entry = {
            "title": menu_page.title,
            "url": menu_page.get_url(request),
            "active": bool(current and current.path.startswith(menu_page.path)),
            "children": [],
        }
        if menu_page.depth == root.depth + 1:
            by_path[menu_page.path] = entry
            items.append(entry)
        else:
            parent = by_path.get(menu_page.path[: -Page.steplen])
            if parent is not None:
                parent["children"].append(entry)
    return {
        "home_url": root.get_url(request),
        "home_active": bool(current and current.pk == root.pk),
        "items": items,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, title=""):
    """当前位置: the ancestors of a page below the tree's root, then the page itself
    (or, for views that are not pages, the home page and the view's title)."""
    request = context["request"]
    if page is not None:
        ancestors = list(page.get_ancestors().filter(depth__gt=1))
        return {"trail": [(p.title, p.get_url(request)) for p in ancestors], "current": page.title}
    root = _localized_root(request)
    trail = [(root.title, root.get_url(request))] if root else []
    return {"trail": trail, "current": title}


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: its name, the address of this page in it, and whether it is active.

    A page links to its own translation; where none exists, to that language's
    home page. Views that are not pages link to the same path under the other prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    urls = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            urls[translation.locale.language_code] = translation.get_url(request)
        if len(urls) < len(settings.LANGUAGES):
            root = Site.find_for_request(request).root_page
            for home in Page.objects.filter(translation_key=root.translation_key).live().select_related("locale"):
                urls.setdefault(home.locale.language_code, home.get_url(request))
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code) or translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "active": code == current})
    return links


@register.filter
def localized(obj, name):
    """`{{ settings.home.SiteSettings|localized:"sponsor" }}`: the English twin on English pages."""
    return localized_attr(obj, name)
