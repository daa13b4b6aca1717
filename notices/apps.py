from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """News, notices, public disclosures (公示) and policy texts (publishing issue)."""

    name = "notices"
    verbose_name = _("News and notices")
