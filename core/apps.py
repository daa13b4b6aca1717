from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom layer: shared blocks, listings and facets, i18n helpers, the page cache and
    the site's template tags. It imports none of the project's other apps."""

    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        # Connects the page cache's invalidation to content changes (Django's idiom for signals).
        from . import pagecache  # noqa: F401
        from .spreadsheets import declare_csv_charset, protect_spreadsheet_exports

        # Every CSV export, ours and Wagtail's, neutralises spreadsheet formulas and says it is
        # UTF-8 (core/spreadsheets.py).
        protect_spreadsheet_exports()
        declare_csv_charset()
