"""The organization directory's models (DESIGN.md: a package once they grow)."""

from .choices import FundingSource, Grade, InspectionResult, OrgType, Standing
from .funding import Donation, FundingRecord
from .organizations import (
    AnnualInspection,
    Commendation,
    GradeAward,
    Organization,
    Penalty,
    StandingRecord,
)
from .pages import DonorsPage, OrganizationIndexPage
from .regions import Region, ServiceArea

__all__ = [
    "AnnualInspection",
    "Commendation",
    "Donation",
    "DonorsPage",
    "FundingRecord",
    "FundingSource",
    "Grade",
    "GradeAward",
    "InspectionResult",
    "OrgType",
    "Organization",
    "OrganizationIndexPage",
    "Penalty",
    "Region",
    "ServiceArea",
    "Standing",
    "StandingRecord",
]
