from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Accounts and login lockout, two-factor authentication, the content guard, checked
    uploads and the Content-Security-Policy."""

    name = "security"
    verbose_name = _("Security")
