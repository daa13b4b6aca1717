"""The password forms of restricted pages and documents (Wagtail's PageViewRestriction and
CollectionViewRestriction with a password), rate-limited like the admin login.

Wagtail's own views check the password as often as they are asked. These wrap them, at the same
addresses (config/urls.py routes them first): per client address (client_ip, the key of every
limit) and per restriction, after ATTEMPTS wrong passwords in WINDOW the form
is answered with "too many attempts" and HTTP 429 without checking the password, until the
window ends. Counted with django-ratelimit in the default cache, as the public forms are.
"""

import functools

from django_ratelimit.core import get_usage

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.views import authenticate_with_password as authenticate_page

from .accounts.addresses import client_ip

ATTEMPTS = 10
WINDOW = "15m"
TOO_MANY = _("Too many attempts. Please try again later.")


class RefusedPasswordForm(PasswordViewRestrictionForm):
    """The password form shown again without checking the password: too many wrong tries."""

    def clean_password(self):
        return self.cleaned_data["password"]

    def clean(self):
        raise forms.ValidationError(TOO_MANY)


def attempts(request, group, restriction_id, increment):
    """The wrong passwords counted for this address and restriction, or None when limits are off."""
    return get_usage(
        request,
        group=group,
        key=lambda group, request: f"{client_ip(request)}:{restriction_id}",
        rate=f"{ATTEMPTS}/{WINDOW}",
        method="POST",
        increment=increment,
    )


def limited(group, restriction_kwarg, refuse):
    """Wraps a Wagtail password view: refuses a POST beyond the limit, counts a POST that failed."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, **kwargs):
            restriction_id = kwargs[restriction_kwarg]
            usage = attempts(request, group, restriction_id, increment=False)
            if usage is not None and usage["count"] >= ATTEMPTS:
                response = refuse(request, **kwargs)
                response.status_code = 429
                return response
            response = view(request, **kwargs)
            if request.method == "POST" and response.status_code != 302:  # the form again: a wrong password
                attempts(request, group, restriction_id, increment=True)
            return response

        return wrapped

    return decorator


def refuse_page(request, page_view_restriction_id, page_id):
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = RefusedPasswordForm(request.POST, instance=restriction)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    return page.serve_password_required_response(request, form, action_url)


def refuse_document(request, restriction_id):
    restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
    form = RefusedPasswordForm(request.POST, instance=restriction)
    action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
    template = getattr(settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html")
    return TemplateResponse(request, template, {"form": form, "action_url": action_url})


page_password = limited("page-password", "page_view_restriction_id", refuse_page)(authenticate_page)
document_password = limited("document-password", "restriction_id", refuse_document)(
    document_views.authenticate_with_password
)
