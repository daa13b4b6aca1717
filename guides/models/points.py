"""Service points (办理地点): where applications are taken."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.i18n import localized
from taxonomy.models import CityFromRegion, MapPosition


class ServicePoint(CityFromRegion, MapPosition):
    """A place where applications are taken, shown on guides and on the service map."""

    name = models.CharField(pgettext_lazy("name of a thing", "Name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    region = models.ForeignKey("taxonomy.Region", verbose_name=_("Region"), on_delete=models.PROTECT, related_name="+")
    address = models.CharField(_("Address"), max_length=200)
    hours = models.CharField(_("Office hours"), max_length=200)
    open_on_holidays = models.BooleanField(_("Open on public holidays"), default=False)
    phone = models.CharField(_("Phone"), max_length=50, blank=True)
    transport = models.CharField(_("How to get there"), max_length=300, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("region"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("hours"), FieldPanel("open_on_holidays")]),
        FieldPanel("phone"),
        FieldPanel("transport"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        verbose_name = _("Service point")
        verbose_name_plural = _("Service points")
        ordering = ["region__code", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return localized(self, "name")
