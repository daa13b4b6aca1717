from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The top of the tree: the home page, standard pages, the site map, site settings,
    error reports, and `setup_site`, which builds the section tree, groups and reviews."""

    name = "home"
    verbose_name = _("Site shell")

    def ready(self):
        # A new notice list comes under review, and a county section gets its editors, at once;
        # a new notice gets its issuing body from the site settings.
        from . import signals  # noqa: F401
        from .setup import signals as setup_signals  # noqa: F401
