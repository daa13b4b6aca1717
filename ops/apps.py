from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Operations: backup and restore, the load test, the benchmarks and their data.
    Nothing of the site imports this app; only its own commands use it."""

    name = "ops"
    verbose_name = _("Operations")
