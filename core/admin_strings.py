"""Strings of Wagtail's admin that its own zh_Hans catalog does not translate (yet): marked
here so that `make messages` keeps them in our catalog, which takes precedence over
Wagtail's (LOCALE_PATHS), and the Chinese admin shows no English. Nothing imports this
module. Take a string off when Wagtail's catalog gains it. The sidebar's strings are
JavaScript's: site/locale/*/LC_MESSAGES/djangojs.po.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_ADMIN = (
    # Any list of snippets with none in it yet (the blocked search terms of a new install)
    gettext_noop('There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'),
    # The dashboard
    gettext_noop("Search all pages…"),
    gettext_noop("Privacy and access"),
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    # The explorer at the root of the tree
    gettext_noop(
        "The root level is where you can add new sites to your Wagtail installation. Pages created here will "
        "not be accessible at any URL until they are associated with a site."
    ),
    gettext_noop("If you just want to add pages to an existing site, create them as children of the homepage instead."),
    gettext_noop(
        "Pages created here will not be accessible at any URL. To add pages to an existing site, create them as "
        "children of the homepage."
    ),
    gettext_noop(
        "There is no site set up for this location. Pages created here will not be accessible at any URL until "
        "a site is associated with this location."
    ),
    gettext_noop("There is no site record for this location. Pages created here will not be accessible at any URL."),
    # Editing
    gettext_noop("The page could not be created due to validation errors."),
    # Reports
    gettext_noop("Page types usage"),
    gettext_noop("By task"),
    gettext_noop("By workflow"),
)
