"""Two-factor authentication (TOTP) for the Wagtail admin, built on django-otp.

Whom TWO_FACTOR_REQUIRED names (production: every admin user; development and tests:
superusers) must set up an authenticator app before they can use the admin; the others may,
from their account page ("Two-factor authentication"). Once a user has a confirmed
device, every admin session asks for a code after the password (TwoFactorMiddleware).
Setting up also gives ten single-use backup codes. A user who lost both is given a new
backup code by an operator (`manage.py addstatictoken USERNAME`), or has their devices
removed by a superuser (the user list's "Reset two-factor authentication") and sets up
again. wagtail-2fa does the same for older Wagtail versions; it does not import on Wagtail 8.
https://django-otp-official.readthedocs.io/en/stable/overview.html
"""
