from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    """Service guides (办事指南), the guide finder and service points (guides issue)."""

    name = "guides"
    verbose_name = _("Service guides")
