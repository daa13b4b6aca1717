"""Accounts in the admin (login lockouts, two-factor authentication, the audit log of sign-ins),
and the content guard in the editor.

The guard (security.contentguard) refuses to put spam, hidden links, foreign scripts and
redirects on the site, wherever an editor writes:
- pages: the editor's Publish (before_publish_page: the draft is kept, the page is not
  published, the editor is told what was found and where); and, because workflow
  approval, scheduled publishing and the API publish through Wagtail's
  PublishPageRevisionAction without any hook, a last check when a page's saved live
  revision changes or a revision is approved for a scheduled date;
- snippets and site settings: their admin form is checked before it is saved and shown
  again with the findings as errors (before_create_snippet, before_edit_snippet,
  before_edit_setting), so no model needs a mixin.
"""

import logging

from django.contrib import messages
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import Page, Revision

from .accounts import audit
from .accounts.lockout import LoginLockoutViewSetGroup
from .contentguard import Finding, Kind
from .contentguard.instances import scan_instance
from .twofactor import views as two_factor

logger = logging.getLogger(__name__)

KIND_LABELS = {
    Kind.SPAM: gettext_lazy("gambling or spam text"),
    Kind.HIDDEN: gettext_lazy("hidden text or link"),
    Kind.SCRIPT: gettext_lazy("script or frame from another site"),
    Kind.REDIRECT: gettext_lazy("redirect to another site"),
}
# The editor is told this many findings; scan_content lists them all.
FINDINGS_SHOWN = 5


# Accounts: login lockouts, two-factor authentication, sign-ins in the audit log
# (accounts/, twofactor/).


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    return LoginLockoutViewSetGroup()


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    audit.register_log_actions(actions)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("2fa/", include("security.twofactor.urls"))]


hooks.register("register_account_menu_item", two_factor.account_menu_item)
hooks.register("register_user_listing_buttons", two_factor.user_listing_buttons)


# The content guard


class PublishingRefused(PublishPagePermissionError):
    """Publishing was refused because the content holds what the guard finds."""


def describe(finding: Finding) -> str:
    """One finding as the editor reads it, in the editor's language."""
    return _("%(where)s: %(kind)s “%(matched)s” in “%(excerpt)s”") % {
        "where": finding.where,
        "kind": KIND_LABELS[finding.kind],
        "matched": finding.matched,
        "excerpt": finding.excerpt,
    }


def describe_all(findings: list[Finding]) -> str:
    text = "; ".join(describe(finding) for finding in findings[:FINDINGS_SHOWN])
    if len(findings) > FINDINGS_SHOWN:
        text += " " + _("(and %(count)d more)") % {"count": len(findings) - FINDINGS_SHOWN}
    return text


@hooks.register("before_publish_page")
def refuse_publishing_spam(request, page):
    """Keep the editor's draft, but do not publish a page that holds spam or planted links."""
    findings = [finding for _field, finding in scan_instance(page)]
    if not findings:
        return None
    if getattr(request.resolver_match, "view_name", "") == "wagtailadmin_pages:add":
        # The create view adds a page to the tree as live before publishing it; keep it a draft.
        Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    messages.error(
        request,
        _("“%(title)s” was not published: it contains %(findings)s. Remove this and publish again.")
        % {"title": page.get_admin_display_title(), "findings": describe_all(findings)},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_spam(request, action_type, objects, action):
    """Bulk Publish has no per-page hook: refuse the batch, naming each page, before any goes live."""
    if action_type != "publish":
        return None
    refused = False
    for page in objects:
        findings = [finding for _field, finding in scan_instance(page.get_latest_revision_as_object())]
        if findings:
            refused = True
            messages.error(
                request,
                _("“%(title)s” was not published: it contains %(findings)s. Remove this and publish again.")
                % {"title": page.get_admin_display_title(), "findings": describe_all(findings)},
            )
    return redirect(action.next_url) if refused else None


@hooks.register("before_create_snippet")
def refuse_spam_in_new_snippet(request, model):
    return refuse_spam_in_form(request, editing=False)


@hooks.register("before_edit_snippet")
def refuse_spam_in_snippet(request, instance):
    return refuse_spam_in_form(request, editing=True)


@hooks.register("before_edit_setting")
def refuse_spam_in_setting(request, instance):
    return refuse_spam_in_form(request, editing=True)


def refuse_spam_in_form(request, editing: bool):
    """On a POST, run the admin view's own form; if what it would save holds spam, show the form
    again with the findings as errors, as for any invalid form, and save nothing.

    Wagtail's before_* hooks run before the view reads the form and receive no form, so the view
    is set up afresh from the request's URL; only the fields the form edits are scanned, so
    read-only visitor input (an error report, a sign-up message) never blocks an editor.
    """
    match = request.resolver_match
    view_class = getattr(getattr(match, "func", None), "view_class", None)
    if request.method != "POST" or view_class is None:
        return None
    view = view_class(**match.func.view_initkwargs)
    view.setup(request, *match.args, **match.kwargs)
    if not hasattr(view, "object"):
        view.object = view.get_object() if editing else None
    form = view.get_form()
    if not form.is_valid():
        return None  # the view reports its own errors
    findings = scan_instance(form.save(commit=False), type(form))
    if not findings:
        return None
    for field, finding in findings:
        form.add_error(field if field in form.fields else None, describe(finding))
    view.produced_error_message = _("Not saved: it contains %(findings)s. Remove this and save again.") % {
        "findings": describe_all([finding for _field, finding in findings])
    }
    return view.form_invalid(form)


@receiver(pre_save, dispatch_uid="contentguard_page_goes_live")
def refuse_spam_going_live(sender, instance, raw=False, **kwargs):
    """The last check, for every way a page is published (workflow approval, scheduled publishing,
    the API, code): its live revision is about to change and what goes live holds spam.

    Raising rolls back a workflow approval (it runs in a transaction) and stops publish_scheduled.
    """
    if raw or not isinstance(instance, Page) or not (instance.pk and instance.live and instance.live_revision_id):
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("live_revision_id", flat=True).first()
    if stored != instance.live_revision_id:
        refuse_if_spam(instance)


@receiver(pre_save, sender=Revision, dispatch_uid="contentguard_revision_scheduled")
def refuse_scheduling_spam(sender, instance, raw=False, update_fields=None, **kwargs):
    """A revision approved to go live later (an approval or Publish with a future go-live date)."""
    if raw or not instance.approved_go_live_at or (update_fields and "approved_go_live_at" not in update_fields):
        return
    refuse_if_spam(instance.as_object())


def refuse_if_spam(obj):
    findings = [finding for _field, finding in scan_instance(obj)]
    if findings:
        logger.warning("Content guard refused to publish %r (pk=%s): %s", obj, obj.pk, "; ".join(map(str, findings)))
        raise PublishingRefused(
            _("“%(title)s” was not published: it contains %(findings)s.")
            % {"title": str(obj), "findings": describe_all(findings)}
        )
