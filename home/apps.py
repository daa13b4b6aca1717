from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site shell")

    def ready(self):
        # Connects the page cache's invalidation to content changes.
        from . import pagecache  # noqa: F401
