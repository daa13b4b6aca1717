"""E-mails that follow a public form: the volunteer's confirmation, the editors' notice of a new need.

A form's record is committed first; its e-mail is sent only after the commit
(transaction.on_commit), and a mail server that refuses, times out or rejects the
address is logged, never raised: the visitor still gets the success page and
the record is kept.
https://docs.djangoproject.com/en/5.2/topics/db/transactions/#performing-actions-after-commit
"""

import logging

from django.conf import settings
from django.core.mail import mail_managers, send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .models.projects import SignupStatus

logger = logging.getLogger(__name__)


def send_after_commit(send, *args):
    """Call the e-mail function `send(*args)` once the current transaction commits, in
    the current language; log its failure instead of raising it."""
    language = translation.get_language()

    def deliver():
        try:
            with translation.override(language):
                send(*args)
        except Exception:  # any failure of the mail server must not undo or hide a stored record
            logger.exception("E-mail %s failed after its record was stored.", send.__name__)

    transaction.on_commit(deliver)


def confirm_signup(signup, cancel_url):
    """The volunteer's copy of the reference number, if they gave an e-mail address."""
    if not signup.email:
        return
    if signup.status == SignupStatus.WAITLISTED:
        heading = _("You are on the waiting list")
        outcome = _(
            "All places were taken, so you are number %(position)s on the waiting list. "
            "We will contact you if a place becomes free."
        ) % {"position": signup.waiting_position}
    else:
        heading = _("Sign-up received")
        outcome = _("A place is held for you. The organizer will contact you to confirm.")
    body = "\n\n".join(
        [
            signup.project.label,
            f"{_('Your reference number:')} {signup.reference}",
            outcome,
            f"{_('Keep the reference number: with it and your phone number you can cancel.')}\n{cancel_url}",
        ]
    )
    send_mail(f"{heading} · {signup.project.label}", body, None, [signup.email])


def announce_need(need, admin_url):
    """Tell the editors (settings.MANAGERS) that a need waits for their review."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New need awaiting review: %(title)s") % {"title": need.title}
        mail_managers(subject, f"{need.raised_by}\n\n{need.description}\n\n{admin_url}")
