"""Who reviews and who publishes in the publishing section.

Notices and policy texts go through two reviews (初审 by the Moderators, 终审 by
the Final reviewers) before they are published; articles keep Wagtail's one-step
"Moderators approval" on the whole tree. A county office edits and publishes its
own news section and nothing else.

Reusable and idempotent: every function looks its records up by name, adds only
what is missing and returns how many records it added. Groups, workflows and page
permissions follow Wagtail's own set-up (wagtailcore migrations 0002, 0048, 0086):
https://docs.wagtail.org/en/stable/extending/custom_tasks.html and
https://docs.wagtail.org/en/stable/topics/permissions.html
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.demo.accounts import demo_account

TWO_STEP_WORKFLOW = "两级审核（初审 → 终审）"
FIRST_REVIEW = "初审"
FINAL_REVIEW = "终审"
MODERATORS = "Moderators"
FINAL_REVIEWERS = "Final reviewers"
# The workflow and task wagtailcore's migration 0048 creates for the Moderators group.
DEFAULT_WORKFLOW = "Moderators approval"

# What the Moderators group gets on the root in a new Wagtail project.
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
SECTION_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
# A county editor adds photos and files to the articles of their section.
SECTION_EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]

# username, password, first name, last name
REVIEWER = ("reviewer", "demo-reviewer-2026", "演示", "终审")


def in_every_language(pages):
    """The pages and all their translations, each once."""
    found = {}
    for page in pages:
        for translation in page.get_translations(inclusive=True):
            found[translation.pk] = translation
    return list(found.values())


def admin_group(name):
    """The group called `name`, able to log in to the admin. Returns (group, created)."""
    group, created = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return group, created


def grant_page_permissions(group, pages, codenames):
    """Give `group` the page permissions `codenames` on each page and, by inheritance,
    everything below it."""
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    added = 0
    for page in pages:
        for permission in permissions:
            added += GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)[1]
    return added


def grant_collection_permissions(group, natural_keys):
    root = Collection.get_first_root_node()
    added = 0
    for app_label, codename in natural_keys:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        added += GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)[1]
    return added


def approval_task(name, groups):
    """The active group approval task called `name`, approved by `groups`. Returns (task, created)."""
    task = GroupApprovalTask.objects.filter(name=name).first()
    created = task is None
    if created:
        task = GroupApprovalTask.objects.create(name=name)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(*groups)
    return task, created


def workflow_of(name, tasks):
    """The active workflow called `name` running `tasks` in order. Returns (workflow, created)."""
    workflow = Workflow.objects.filter(name=name).first()
    created = workflow is None
    if created:
        workflow = Workflow.objects.create(name=name, active=True)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate(tasks):
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow, created


def assign_workflow(workflow, pages):
    """Put `pages` (and the pages below them) under `workflow`, unless an editor has
    already chosen a workflow for one of them."""
    return sum(WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})[1] for page in pages)


def moderators_group():
    """Wagtail's Moderators group, recreated with its usual permissions if it was deleted."""
    group, created = admin_group(MODERATORS)
    if created:
        grant_page_permissions(group, [Page.get_first_root_node()], MODERATOR_PAGE_PERMISSIONS)
    return group, created


def ensure_default_workflow():
    """Wagtail's one-step "Moderators approval" on the root, which articles use:
    recreated or reactivated if an administrator removed it."""
    moderators, added = moderators_group()
    task, task_created = approval_task(DEFAULT_WORKFLOW, [moderators])
    workflow, workflow_created = workflow_of(DEFAULT_WORKFLOW, [task])
    return added + task_created + workflow_created + assign_workflow(workflow, [Page.get_first_root_node()])


def setup_moderation(notice_indexes, policy_indexes, reviewer=REVIEWER):
    """Two reviews for notices and policy texts: 初审 by the Moderators, then 终审
    by the Final reviewers, whose demo account is `reviewer`. The workflow covers
    the given index pages in every language. Returns the number of records added."""
    added = ensure_default_workflow()
    moderators, _created = moderators_group()
    final_reviewers, created = admin_group(FINAL_REVIEWERS)
    added += created
    sections = in_every_language([*notice_indexes, *policy_indexes])
    added += grant_page_permissions(final_reviewers, sections, MODERATOR_PAGE_PERMISSIONS)
    first, first_created = approval_task(FIRST_REVIEW, [moderators])
    final, final_created = approval_task(FINAL_REVIEW, [final_reviewers])
    workflow, workflow_created = workflow_of(TWO_STEP_WORKFLOW, [first, final])
    added += first_created + final_created + workflow_created
    added += assign_workflow(workflow, sections)
    if reviewer:
        added += demo_account(final_reviewers, *reviewer)
    return added


def setup_section_editors(section, group_name, username, password, first_name="演示", last_name=None):
    """A county office's editors: they log in to the admin and add, edit and publish
    pages in `section` (in every language) and nowhere else. Returns the number of
    records added."""
    group, added = admin_group(group_name)
    added += grant_page_permissions(group, in_every_language([section]), SECTION_EDITOR_PAGE_PERMISSIONS)
    added += grant_collection_permissions(group, SECTION_EDITOR_COLLECTION_PERMISSIONS)
    added += demo_account(group, username, password, first_name, last_name or group_name)
    return added
