"""The directory's read-only JSON API, mounted at /api/directory/."""

from django.urls import path

from . import api

urlpatterns = [
    path("organizations/", api.OrganizationListAPI.as_view(), name="api_organizations"),
    path("organizations/<str:credit_code>/", api.OrganizationDetailAPI.as_view(), name="api_organization"),
    path("funding/", api.FundingRecordListAPI.as_view(), name="api_funding"),
    path("projects/", api.ProjectListAPI.as_view(), name="api_projects"),
    path("needs/", api.NeedListAPI.as_view(), name="api_needs"),
]
