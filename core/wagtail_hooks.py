"""Where the review rule (core/review.py) is kept in views that ask no permission tester:
the copy view's alias and "publish copies", and wagtail-localize's "publish immediately";
and what a reviewer is told when their approval or rejection is done. Also the script of the
editor's conditional tabs (core/panels.py)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .review import refuses_live_copies

# Wagtail's message after an edit (wagtail/admin/views/pages/edit.py), in Wagtail's catalog.
PAGE_UPDATED = "Page '%(page_title)s' has been updated."


@hooks.register("before_copy_page")
def refuse_live_copies_of_reviewed_pages(request, page):
    """Copying a page with its live subpages, or as an alias, keeps reviewed pages live."""
    if request.method != "POST":
        return None
    # Wagtail keeps copies live only where the user may publish (never under a notice list).
    parent = Page.objects.filter(pk=request.POST.get("new_parent_page") or None).first()
    publishes = parent is not None and parent.permissions_for_user(request.user).can_publish_subpage()
    keeps_live = request.POST.get("alias") or (request.POST.get("publish_copies") and publishes)
    if keeps_live and refuses_live_copies(request.user, page, recursive=bool(request.POST.get("copy_subpages"))):
        messages.error(
            request,
            _(
                "Notices and policy texts go live only through their review. Copy them as drafts: "
                "without “Publish copies” and not as an alias."
            ),
        )
        return redirect(request.get_full_path())
    return None


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages". Its "Publish immediately" publishes every
    translation with no permission check at all; here it publishes only when the user may
    publish each of them, and otherwise says so and publishes none."""

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"]:
            refused = [
                str(target)
                for translation in self.object.translations.filter(enabled=True)
                if isinstance(target := translation.get_target_instance(), Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ]
            if refused:
                messages.error(
                    self.request,
                    _("You may not publish %(pages)s. Update the translations without publishing them.")
                    % {"pages": "、".join(refused)},
                )
                context = self.get_context_data()
                context["form"] = form
                return self.render_to_response(context)
        return super().form_valid(form)


@hooks.register("register_admin_urls", order=-1)
def check_publishing_synced_translations():
    """Answers wagtail-localize's own address for the view (before its URLs, hence order -1)."""
    return [path("localize/update/<int:translation_source_id>/", CheckedUpdateTranslationsView.as_view())]


@hooks.register("after_edit_page")
def say_what_the_review_did(request, page):
    """The editor's review buttons (approve, approve with a comment, request changes) save the
    page and act on its task, and Wagtail then says only "Page '…' has been updated." Say
    instead what happened: passed to the next step, published (core/workflows.py), scheduled,
    or returned to the author."""
    if not request.POST.get("action-workflow-action"):
        return None
    outcome = review_outcome(page, request.user)
    if outcome:
        updated = _(PAGE_UPDATED) % {"page_title": page.get_admin_display_title()}
        replace_message(request, admin_messages.render(updated, None), outcome)
    return None


def review_outcome(page, user):
    """What the task `user` has just finished on `page` led to, in a sentence; None if unknown."""
    acted = TaskState.objects.for_instance(page).filter(finished_by=user).order_by("-finished_at").first()
    if acted is None:
        return None
    workflow_state = acted.workflow_state
    names = {"title": page.get_admin_display_title(), "task": acted.task.name}
    if acted.status == TaskState.STATUS_REJECTED:
        return _("“%(title)s” did not pass %(task)s and was returned to its author for changes.") % names
    if acted.status != TaskState.STATUS_APPROVED:
        return None
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        names["next_task"] = workflow_state.current_task_state.task.name
        return _("“%(title)s” passed %(task)s and was sent to %(next_task)s.") % names
    if workflow_state.status != WorkflowState.STATUS_APPROVED:
        return None
    page = page.specific_class.objects.get(pk=page.pk)
    scheduled = page.scheduled_revision
    if scheduled is not None:
        names["go_live_at"] = timezone.localtime(scheduled.approved_go_live_at).strftime("%Y-%m-%d %H:%M")
        return _("“%(title)s” passed %(task)s and will be published at %(go_live_at)s.") % names
    if page.live and not page.has_unpublished_changes:
        return _("“%(title)s” passed %(task)s and is published.") % names
    return None  # approved but not published (core/workflows.py logs why): Wagtail's message stands


def replace_message(request, old, new):
    """Put `new` in place of the message `old` this request has queued. Reading the messages
    marks them all as shown, so every other one is queued again, unchanged."""
    storage = messages.get_messages(request)
    kept = [message for message in storage if message.message != old]
    for message in kept:
        storage.add(message.level, message.message, message.extra_tags)
    admin_messages.success(request, new)


@hooks.register("insert_editor_js")
def conditional_tab_script():
    """The controller of core.panels.ConditionalTab."""
    return format_html('<script src="{}"></script>', static("core/js/conditional-tab.js"))
