"""Page types that go live only through their review workflow.

A notice or a policy text is published when the last step of its review (终审) approves
it, or when the go-live date that approval set arrives; nobody publishes one directly,
whatever page permissions their groups hold, except a superuser. Wagtail asks a page's
`permissions_for_user()` before every way of publishing it: the editor's 发布 button and
its scheduling, bulk publishing, publishing a revision from the history, creating and
publishing in one go, and publishing copies
(https://docs.wagtail.org/en/stable/reference/models.html#wagtail.models.Page.permissions_for_user).
So the rule is kept in two testers:

- ReviewedPage: the page itself may not be published directly; withdrawing it, cancelling
  its schedule and setting its privacy still follow the group's publish permission. One
  exception: the translation of a text whose original (in the site's first language) has
  passed its review and is live is published by those with the publish permission there
  (终审), as wagtail-localize's translation editor, which knows no workflow, asks;
- ReviewedSection: the list page may be published as usual, but nothing is created and
  published under it in one go, and no copy put under it stays live.

Copying a whole list with "publish copies" (or as an alias) somewhere else is refused by
`refuses_live_copies()`, which the before_copy_page hook calls (core/wagtail_hooks.py).

The approval that ends a workflow is itself the permission to publish: core.workflows
(settings WAGTAIL_FINISH_WORKFLOW_ACTION) publishes what the last reviewer approved even
though their groups cannot publish it directly.
https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-finish-workflow-action
"""

from django.conf import settings

from wagtail.models import Page, PagePermissionTester, get_page_models


class ReviewedPagePermissionTester(PagePermissionTester):
    def can_publish(self):
        return super().can_publish() and (self.user.is_superuser or self.translates_a_reviewed_original())

    def translates_a_reviewed_original(self):
        page = self.page
        original = type(page).objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).exclude(pk=page.pk)
        return original.filter(live=True).exists()

    def can_unschedule(self):
        return super().can_publish()

    def can_set_view_restrictions(self):
        return super().can_publish()


class ReviewedSectionPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        return super().can_publish_subpage() and self.user.is_superuser


class ReviewedPage:
    """Mixin for a page type that is published only through its review workflow."""

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)


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


def refuses_live_copies(user, page, recursive):
    """Whether copying `page` (with its subpages if `recursive`) and keeping the copies live,
    or making aliases of them, would put a reviewed page live without its review."""
    if user.is_superuser:
        return False
    pages = page.get_descendants(inclusive=True) if recursive else Page.objects.filter(pk=page.pk)
    return pages.live().type(*reviewed_page_types()).exists()
