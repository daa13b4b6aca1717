"""Mounted at /admin/2fa/ by home/wagtail_hooks.py (register_admin_urls)."""

from django.urls import path

from . import views

app_name = "twofactor"
urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("setup/", views.setup, name="setup"),
    path("reset/<int:user_id>/", views.reset, name="reset"),
]
