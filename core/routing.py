"""Routing a request down the page tree in one query instead of two per level.

Wagtail's `Page.route` looks each path component up as a child of the page before it,
then fetches that child's specific page: two queries per level, six for an article at
/news/media/<slug>/. `SitePageMixin.route` asks `child_on_path` instead, which fetches
every page the remaining path can name (each component's slug, at each depth below the
page) in one query, chains them by their tree paths, fetches the specific pages of the
chain with one query per page type (none for a plain Page), and keeps the chain on the
request for the levels below. Each level's own `route` still runs, so
routable pages, unpublished pages (404) and private ones (served later) behave as
Wagtail makes them behave, and a component that names no child is Wagtail's 404.

A page in the middle of the path whose type routes as every page does (`passes_through`:
to the child its next component names, nothing of its own) needs nothing of its specific
page: the route passes through it as it is, and only the pages that route their own way
and the one the path ends on are fetched as their specific pages.
"""

from collections import defaultdict

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def child_on_path(request, page, path_components):
    """The specific child of `page` whose slug is path_components[0], or None."""
    if page.is_leaf():
        return None
    # Each level asks with the rest of the same path: found when the level above fetched it.
    key = (page.path, tuple(path_components))
    found = getattr(request, "_site_route_children", {})
    if key not in found:
        found = {**found, **_chain(page, path_components)}
        request._site_route_children = found
    return found[key]


def _chain(page, path_components):
    """{(a page's tree path, the path components below it): its specific child or None} for
    `page` and each page down the path, from one query (and one per page type)."""
    candidates = Page.objects.filter(
        path__startswith=page.path,
        depth__gt=page.depth,
        depth__lte=page.depth + len(path_components),
        slug__in=set(path_components),
    )
    chain, parent = [], page
    for slug in path_components:
        child = next(
            (
                candidate
                for candidate in candidates
                if candidate.depth == parent.depth + 1
                and candidate.slug == slug
                and candidate.path.startswith(parent.path)
            ),
            None,
        )
        if child is None:
            break
        chain.append(child)
        parent = child
    last = len(path_components) - 1
    specific = _specific([child for index, child in enumerate(chain) if index == last or not passes_through(child)])
    children, parent = {}, page
    for index, child in enumerate(chain):
        child = specific.get(child.pk, child)  # a page whose type's row is missing stays generic
        # As Wagtail's own route does: the parent is known, treebeard need not fetch it.
        child._cached_parent_obj = parent
        children[(parent.path, tuple(path_components[index:]))] = child
        parent = child
    if len(chain) < len(path_components):  # the component after the last page found names no child
        children[(parent.path, tuple(path_components[len(chain) :]))] = None
    return children


def _specific(pages):
    """{pk: specific page} with one query per page type; a plain Page is its own."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.specific_class or Page].append(page)
    specific = {}
    for model, of_type in by_type.items():
        if model is Page:
            specific.update((page.pk, page) for page in of_type)
        else:
            specific.update(model.objects.in_bulk([page.pk for page in of_type]))
    return specific


def routes_as_every_page(route):
    """Marks a `route` method that routes as Page.route does (SitePageMixin.route): a page
    whose type has it, or Page.route itself, `passes_through` in the middle of a path."""
    route.passes_through = True
    return route


def passes_through(page):
    """Whether `page`'s type routes a path below it as Wagtail's Page does, to the child the
    next component names: routing through it needs no specific page."""
    model = page.specific_class
    if model is None or issubclass(model, RoutablePageMixin):
        return False
    return model.route is Page.route or getattr(model.route, "passes_through", False)
