"""The directory's read-only JSON API, mounted at /api/directory/."""

from django.urls import path

from . import views

urlpatterns = [
    path("organizations/", views.OrganizationListAPI.as_view(), name="api_organizations"),
    path("organizations/<str:credit_code>/", views.OrganizationDetailAPI.as_view(), name="api_organization"),
    path("funding/", views.FundingRecordListAPI.as_view(), name="api_funding"),
]
