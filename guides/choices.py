"""Enumerations of the service guides, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class GuideTopic(models.TextChoices):
    REGISTRATION = "registration", pgettext_lazy("guide topic", "Registration")
    ANNUAL = "annual", _("Annual inspection and reports")
    EVALUATION = "evaluation", _("Evaluation")
    CHANGE = "change", pgettext_lazy("guide topic", "Changes")
    DEREGISTRATION = "deregistration", _("Deregistration")
    CHARITY = "charity", _("Charity")
    VOLUNTEERING = "volunteering", _("Volunteering")
    OTHER = "other", _("Other")


class ItemType(models.TextChoices):
    LICENCE = "licence", _("Administrative licence")
    CONFIRMATION = "confirmation", _("Administrative confirmation")
    PUBLIC_SERVICE = "public_service", _("Public service")
    OTHER = "other", _("Other")


class TimeLimitKind(models.TextChoices):
    ON_THE_SPOT = "on_the_spot", _("Done on the spot")
    PROMISED = "promised", _("Done by a promised date")
