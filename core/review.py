"""Page types that go live only through their review workflow.

A notice or a policy text is published when the last step of its review (终审) approves
it, or when the go-live date that approval set arrives; nobody publishes one directly,
whatever page permissions their groups hold, except a superuser. Wagtail asks a page's
`permissions_for_user()` before every way of publishing it: the editor's 发布 button and
its scheduling, bulk publishing, publishing a revision from the history, creating and
publishing in one go, publishing copies, and the admin API's copy and alias actions
(https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Page.permissions_for_user).
So the rule is kept in two testers:

- ReviewedPage: the page itself may not be published directly; withdrawing it, cancelling
  its schedule and setting its privacy still follow the group's publish permission. One
  exception: the translation of a text whose original (in the site's first language) has
  passed its review and is live may be published by a member of the review's last step
  who also holds the publish permission there (终审): wagtail-localize's translation
  editor, which knows no workflow, only publishes;
- ReviewedSection: the list page may be published as usual, but nothing is created and
  published under it in one go, and only a superuser copies it while it holds live texts.

A review is at least two steps: a reviewed page under a workflow of fewer active steps
(the two-step one switched off, or another assigned) has no workflow at all, so it cannot
be submitted, and nothing but a superuser publishes it until the review is back.

Three more places keep the rule where Wagtail asks no tester: the copy view's alias and
"publish copies" (core/wagtail_hooks.py), wagtail-localize's "publish immediately" when
translations are synced (core/wagtail_hooks.py), and the workflow's own last approval,
which publishes although the approver's groups cannot (core/workflows.py, settings
WAGTAIL_FINISH_WORKFLOW_ACTION,
https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-finish-workflow-action).
"""

from django.conf import settings

from wagtail.models import Page, PagePermissionTester, get_page_models

# A review has at least this many steps (初审, 终审).
REVIEW_STEPS = 2


class ReviewedPagePermissionTester(PagePermissionTester):
    def can_publish(self):
        return super().can_publish() and (self.user.is_superuser or self.publishes_a_reviewed_translation())

    def publishes_a_reviewed_translation(self):
        """The page translates an original that passed its review, and the user approves its last step."""
        page = self.page
        original = (
            type(page)
            .objects.filter(
                translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE, live=True
            )
            .exclude(pk=page.pk)
        )
        if not original.exists():
            return False
        workflow = page.get_workflow()
        last_step = workflow.tasks.filter(active=True).last().specific if workflow else None
        groups = getattr(last_step, "groups", None)
        return groups is not None and groups.filter(pk__in=self.user.groups.values("pk")).exists()

    def can_unschedule(self):
        return super().can_publish()

    def can_set_view_restrictions(self):
        return super().can_publish()


class ReviewedSectionPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        return super().can_publish_subpage() and self.user.is_superuser

    def can_copy(self):
        if not super().can_copy():
            return False
        return self.user.is_superuser or not has_live_reviewed_pages(self.page.get_descendants())


class ReviewedPage:
    """Mixin for a page type that is published only through its review workflow."""

    review_steps = REVIEW_STEPS

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    def get_workflow(self):
        """The workflow assigned here or above, if it is a review of at least two active steps."""
        workflow = super().get_workflow()
        if workflow is None or workflow.tasks.filter(active=True).count() < self.review_steps:
            return None
        return workflow

    @property
    def has_workflow(self):
        return self.get_workflow() is not None


class ReviewedSection:
    """Mixin for the list page whose children are ReviewedPages."""

    def permissions_for_user(self, user):
        return ReviewedSectionPermissionTester(user, self)


def reviewed_page_types():
    """The page models that go live only through review."""
    return [model for model in get_page_models() if issubclass(model, ReviewedPage)]


def reviewed_section_types():
    """The list page models whose children go live only through review."""
    return [model for model in get_page_models() if issubclass(model, ReviewedSection)]


def has_live_reviewed_pages(pages):
    return pages.live().type(*reviewed_page_types()).exists()


def refuses_live_copies(user, page, recursive):
    """Whether copying `page` (with its subpages if `recursive`) and keeping the copies live,
    or making aliases of them, would put a reviewed page live without its review."""
    if user.is_superuser:
        return False
    pages = page.get_descendants(inclusive=True) if recursive else Page.objects.filter(pk=page.pk)
    return has_live_reviewed_pages(pages)
