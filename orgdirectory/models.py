"""Registered social organizations.

The foundation keeps only what the home page's figures need (type and grade);
the directory issue adds regions, histories and funding around this model.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .credit_code import CreditCodeField


class OrgType(models.TextChoices):
    SOCIAL_GROUP = "social_group", _("Social group")
    SOCIAL_SERVICE = "social_service", _("Social service organization")
    FOUNDATION = "foundation", _("Foundation")


class Grade(models.TextChoices):
    A1 = "1A", "1A"
    A2 = "2A", "2A"
    A3 = "3A", "3A"
    A4 = "4A", "4A"
    A5 = "5A", "5A"


class Organization(index.Indexed, models.Model):
    """A social organization registered with the civil affairs authority."""

    name = models.CharField(_("Name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=300, blank=True)
    credit_code = CreditCodeField(_("Unified social credit code"), unique=True)
    org_type = models.CharField(_("Type"), max_length=20, choices=OrgType.choices)
    grade = models.CharField(_("Evaluation grade"), max_length=2, choices=Grade.choices, blank=True)
    registered_on = models.DateField(_("Registration date"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("credit_code"),
        FieldPanel("org_type"),
        FieldPanel("grade"),
        FieldPanel("registered_on"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.FilterField("org_type"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("Organization")
        verbose_name_plural = _("Organizations")
        ordering = ["name"]

    def __str__(self):
        return self.name
