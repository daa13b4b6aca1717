"""Enumerations of the directory, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgType(models.TextChoices):
    SOCIAL_GROUP = "social_group", _("Social group")
    SOCIAL_SERVICE = "social_service", _("Social service organization")
    FOUNDATION = "foundation", _("Foundation")

    @property
    def credit_code_category(self):
        """Position 2 of a civil-affairs credit code for this type."""
        return {"social_group": "1", "social_service": "2", "foundation": "3"}[self.value]


class Grade(models.TextChoices):
    A5 = "5A", "5A"
    A4 = "4A", "4A"
    A3 = "3A", "3A"
    A2 = "2A", "2A"
    A1 = "1A", "1A"


class Standing(models.TextChoices):
    NORMAL = "normal", _("In good standing")
    ABNORMAL = "abnormal", _("Listed for abnormal activities")
    SERIOUS = "serious", _("Listed as seriously illegal and untrustworthy")
    REVOKED = "revoked", _("Registration revoked")
    DEREGISTERED = "deregistered", _("Deregistered")


class InspectionResult(models.TextChoices):
    PASSED = "passed", _("Passed")
    BASICALLY_PASSED = "basically_passed", _("Basically passed")
    FAILED = "failed", _("Failed")
    SUBMITTED = "submitted", _("Report submitted")


class FundingSource(models.TextChoices):
    GOVERNMENT_PURCHASE = "government_purchase", _("Government purchase of services")
    FISCAL_SUBSIDY = "fiscal_subsidy", _("Fiscal subsidy")
    DONATION = "donation", _("Public donations")
    FOUNDATION_GRANT = "foundation_grant", _("Foundation grant")
    OTHER = "other", _("Other")
