"""The organization directory's models (docs/architecture.md: a package once they grow)."""

from ..choices import FundingSource, Grade, InspectionResult, OrgType, Standing
from .funding import Donation, FundingRecord
from .organizations import (
    AnnualInspection,
    Commendation,
    GradeAward,
    Organization,
    Penalty,
    StandingRecord,
)
from .pages import (
    DonorsPage,
    NeedIndexPage,
    OpenDataPage,
    OrganizationIndexPage,
    ProjectIndexPage,
    TalentIndexPage,
)
from .people import Need, NeedStatus, Talent
from .projects import Project, ProjectKind, ProjectOutcome, ProjectStatus, SignupStatus, VolunteerSignup

# The models that hold personal data (PIPL): only groups with their view or change permission
# see them in the admin (wagtail_hooks.PersonalDataViewSet).
PERSONAL_DATA_MODELS = [Talent, VolunteerSignup]

__all__ = [
    "PERSONAL_DATA_MODELS",
    "Need",
    "NeedIndexPage",
    "OpenDataPage",
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
    "Standing",
    "StandingRecord",
]
