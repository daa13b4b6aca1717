"""Sends an admin user who has not entered their code to the code page, and a user who must
use two-factor authentication (TWO_FACTOR_REQUIRED) but has no device to the setup page."""

from urllib.parse import urlencode

from django_otp import user_has_device

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.shortcuts import redirect
from django.urls import reverse

# What a signed-in user reaches before the second factor: signing in and out, the admin's
# icons and translations that those pages load, and the two-factor pages themselves.
ALLOWED_VIEWS = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "twofactor:verify",
        "twofactor:setup",
    }
)


# TWO_FACTOR_REQUIRED: who must set up two-factor authentication before using the admin.
REQUIRED_OF = {
    "all": lambda user: user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"),
    "superusers": lambda user: user.is_superuser,
    "off": lambda user: False,
}


def must_enrol(user):
    choice = settings.TWO_FACTOR_REQUIRED
    if choice not in REQUIRED_OF:
        raise ImproperlyConfigured(f"TWO_FACTOR_REQUIRED must be one of {', '.join(REQUIRED_OF)}, not {choice!r}.")
    return REQUIRED_OF[choice](user)


class TwoFactorMiddleware:
    """Enforces the second factor in /admin/ (after django_otp's OTPMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The path first: reading the user reads the session, which public pages must not.
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or request.resolver_match.view_name in ALLOWED_VIEWS:
            return None
        if user_has_device(user, confirmed=True):
            step = "twofactor:verify"
        elif must_enrol(user):
            step = "twofactor:setup"
        else:
            return None  # not required of this user, who has not opted in
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
