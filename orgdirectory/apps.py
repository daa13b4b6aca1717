from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgDirectoryConfig(AppConfig):
    name = "orgdirectory"
    verbose_name = _("Organization directory")
