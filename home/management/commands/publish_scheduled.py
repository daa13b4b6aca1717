"""Wagtail's publish_scheduled, made so that one bad revision cannot stop the rest.

This command has the same name as Wagtail's and shadows it: Django runs the command of the
first app in INSTALLED_APPS that has one, and `home` comes before `wagtail`
(config/settings/base.py). Cron keeps calling `manage.py publish_scheduled` as Wagtail
documents (https://docs.wagtail.org/en/stable/reference/management_commands.html#publish-scheduled).

Wagtail's loop publishes the due revisions one after another and stops at the first exception.
The content guard (security.wagtail_hooks) raises when a page about to go live holds spam, so one
defaced page left every later scheduled publish, a 公示 due at midnight among them, undone.
Here each unpublish and each publish runs in a transaction of its own, holding the revision's
row (SELECT … FOR UPDATE SKIP LOCKED), so cron on several machines publishes each revision once:
- a revision the guard refuses is held: it is no longer scheduled (so it is not retried and
  reported on every run), its editor, the page's owner and the 终审 group are e-mailed, and a
  warning is logged;
- any other failure is logged with its traceback and the next revision is published.
Everything else is Wagtail's: expired pages and snippets are unpublished first, then the
due revisions of pages and of snippets (DraftStateMixin) are published in go-live order;
--dryrun is Wagtail's own listing.
"""

import logging

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.admin.mail import send_mail
from wagtail.admin.utils import get_admin_base_url
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import DraftStateMixin, Page, Revision
from wagtail.users.models import UserProfile

from security.contentguard.instances import scan_instance
from security.wagtail_hooks import PublishingRefused, describe_all

from ...setup.access import FINAL_REVIEW

logger = logging.getLogger(__name__)


class Command(WagtailCommand):
    help = "Unpublish expired pages and snippets and publish the scheduled ones; hold those the content guard refuses."

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        self.unpublish_expired()
        self.publish_due()

    def unpublish_expired(self):
        for model in self.models():
            expired = model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at")
            for obj in list(expired):
                try:
                    with transaction.atomic():
                        if not expired.filter(pk=obj.pk).select_for_update(skip_locked=True).exists():
                            continue  # another machine's run is unpublishing it, or has
                        obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
                except Exception:
                    logger.exception("Scheduled unpublishing of %s %r (pk=%s) failed.", model.__name__, obj, obj.pk)

    def publish_due(self):
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
        for revision in list(due):
            try:
                with transaction.atomic():
                    # Cron on two machines: the first to lock the revision publishes it, the
                    # other skips it, then finds it published (no longer scheduled).
                    if not due.filter(pk=revision.pk).select_for_update(skip_locked=True).exists():
                        continue
                    revision.publish(log_action="wagtail.publish.scheduled")
            except PublishingRefused as refusal:
                self.hold(revision, refusal)
            except Exception:
                logger.exception(
                    "Scheduled publishing of revision %s (%s) failed; the other revisions go on.",
                    revision.pk,
                    revision.object_str,
                )

    def models(self):
        """Pages and every snippet with drafts, as Wagtail's command lists them."""
        return [Page] + [
            model for model in apps.get_models() if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
        ]

    def hold(self, revision, refusal):
        """Unschedule the refused revision (an update, which no save signal sees) and tell its people."""
        due = revision.approved_go_live_at
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        logger.warning(
            "Scheduled revision %s of %r (due %s) held, not published: %s",
            revision.pk,
            revision.object_str,
            due,
            refusal,
        )
        obj = revision.content_object
        for language, users in recipients(revision, obj).items():
            with translation.override(language):
                notify(users, revision, obj, due)


def recipients(revision, obj) -> dict[str, list]:
    """The revision's author, the page's owner and the 终审 group, with an e-mail address, by language."""
    users = {user.pk: user for user in (revision.user, getattr(obj, "owner", None)) if user is not None}
    final_review = Group.objects.filter(name=FINAL_REVIEW.name).first()
    if final_review is not None:
        users.update((user.pk, user) for user in final_review.user_set.all())
    by_language = {}
    for user in users.values():
        if user.is_active and user.email:
            language = UserProfile.get_for_user(user).get_preferred_language()
            by_language.setdefault(language, []).append(user)
    return by_language


def notify(users, revision, obj, due):
    title = str(getattr(obj, "title", None) or revision.object_str)
    edit_url = ""
    if isinstance(obj, Page):
        edit_url = get_admin_base_url() + reverse("wagtailadmin_pages:edit", args=(obj.pk,))
    body = render_to_string(
        "home/mail/publish_held.txt",
        {
            "title": title,
            "due": timezone.localtime(due).strftime("%Y-%m-%d %H:%M"),
            "findings": describe_all([finding for _field, finding in scan_instance(revision.as_object())]),
            "edit_url": edit_url,
        },
    )
    subject = _("Not published: “%(title)s” holds what the content guard refuses") % {"title": title}
    try:
        send_mail(subject, body, [user.email for user in users])
    except Exception:  # a mail server that fails must not stop the other publishes
        logger.exception("The e-mail about held revision %s could not be sent.", revision.pk)
