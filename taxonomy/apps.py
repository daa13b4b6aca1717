from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    """The vocabularies several sections share: regions, service areas, audiences."""

    name = "taxonomy"
    verbose_name = _("Vocabularies")
