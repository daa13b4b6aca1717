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
from .pages import DonorsPage, NeedIndexPage, OrganizationIndexPage, ProjectIndexPage, TalentIndexPage
from .people import Need, NeedStatus, Talent
from .projects import Project, ProjectKind, ProjectOutcome, ProjectStatus, SignupStatus, VolunteerSignup
from .regions import Region, ServiceArea

__all__ = [
    "Need",
    "NeedIndexPage",
    "NeedStatus",
    "Project",
    "ProjectIndexPage",
    "ProjectKind",
    "ProjectOutcome",
    "ProjectStatus",
    "SignupStatus",
    "Talent",
    "TalentIndexPage",
    "VolunteerSignup",
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
