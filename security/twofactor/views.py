"""The two-factor pages of the admin: enter a code, set up an authenticator app, and a
superuser's reset of another user's devices."""

import base64
from urllib.parse import urlencode

import qrcode
from django_otp import devices_for_user, login, user_has_device
from django_otp.forms import OTPTokenForm
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathImage

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.admin.widgets import Button
from wagtail.log_actions import log

BACKUP_CODES = 10
DEVICE_LABELS = {
    TOTPDevice: gettext_lazy("Authenticator app"),
    StaticDevice: gettext_lazy("Backup code"),
}


def next_url(request):
    """Where to go once verified: the page asked for, if it is on this site, else the dashboard."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


class TokenForm(OTPTokenForm):
    """django-otp's form, its fields labelled and its devices named by kind."""

    otp_device = forms.ChoiceField(label=gettext_lazy("Verify with"), choices=[])
    otp_token = forms.CharField(
        label=pgettext_lazy("two-factor", "Code"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    @staticmethod
    def device_choices(user):
        return [
            (device.persistent_id, DEVICE_LABELS.get(type(device), device.name)) for device in devices_for_user(user)
        ]


class ConfirmDeviceForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code from the app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


@never_cache
@sensitive_post_parameters("otp_token")
def verify(request):
    """The second step of signing in: a code from the authenticator app or a backup code."""
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not user_has_device(user, confirmed=True):
        return redirect(f"{reverse('twofactor:setup')}?{urlencode({'next': next_url(request)})}")
    totp = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    initial = {"otp_device": totp.persistent_id} if totp else {}
    form = TokenForm(user, request, data=request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        login(request, user.otp_device)
        return redirect(next_url(request))
    return TemplateResponse(request, "security/twofactor/verify.html", {"form": form, "next": next_url(request)})


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code."""
    user = request.user
    if user_has_device(user, confirmed=True):
        if not user.is_verified():
            return redirect(f"{reverse('twofactor:verify')}?{urlencode({'next': reverse('twofactor:setup')})}")
        return TemplateResponse(request, "security/twofactor/setup.html", {"enabled": True})
    # The same unconfirmed device across reloads, so a code from the first scan still works.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name="authenticator", confirmed=False
    )
    form = ConfirmDeviceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].replace(" ", "")):
            codes = confirm_device(request, device)
            context = {"codes": codes, "next": next_url(request)}
            return TemplateResponse(request, "security/twofactor/backup_codes.html", context)
        form.add_error("token", _("This code is not right. Check the time on your phone and enter the current code."))
    context = {
        "form": form,
        "qr_code": qr_code_svg(device.config_url),
        "secret": " ".join(split_every(base64.b32encode(device.bin_key).decode(), 4)),
        "next": next_url(request),
    }
    return TemplateResponse(request, "security/twofactor/setup.html", context)


def confirm_device(request, device):
    """Confirm the device, verify this session with it and replace the backup codes; return the codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=device.user).delete()
    backup = StaticDevice.objects.create(user=device.user, name="backup")
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    login(request, device)
    log(device.user, "socialorg.two_factor_enabled", user=request.user)
    return codes


def qr_code_svg(data):
    """The QR code as inline SVG: no image request, nothing of the secret in a URL or a log."""
    return mark_safe(qrcode.make(data, image_factory=SvgPathImage, box_size=8).to_string(encoding="unicode"))  # noqa: S308 - generated by qrcode, not user input


def split_every(text, size):
    return [text[i : i + size] for i in range(0, len(text), size)]


@never_cache
def reset(request, user_id):
    """A superuser removes another user's devices (lost phone and backup codes)."""
    if not request.user.is_superuser:
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        for device in devices_for_user(account, confirmed=None):
            device.delete()
        log(account, "socialorg.two_factor_reset")
        messages.success(
            request,
            _("Two-factor authentication of “%(user)s” was reset.") % {"user": account.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(request, "security/twofactor/reset.html", {"account": account})


def account_menu_item(request):
    """The entry on the user's account page."""
    return {
        "url": reverse("twofactor:setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }


def user_listing_buttons(user, request_user):
    """For superusers, on the user list: reset the devices of a user who has one."""
    if request_user.is_superuser and user_has_device(user, confirmed=None):
        yield Button(
            _("Reset two-factor authentication"),
            reverse("twofactor:reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
