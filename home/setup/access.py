"""Who may do what in the admin: the groups, their permissions, the collections and the
review workflows.

The groups (roles):
- 编辑 (editors) write every page and the directory's records, and submit pages for review;
- 初审 (first review) also approve the first review step, publish what needs no second
  step, and delete records;
- 终审 (final review) approve the second step of notices and policy texts, and so publish
  them; they also withdraw them;
- 志愿服务协调员 (volunteer coordinators) are the only group that sees volunteers'
  sign-ups and talent contacts (personal data);
- one editors' group per county news section (`<section>编辑`), who write and publish in
  that section and nowhere else.

The reviews: a notice or policy text goes live only when 初审 and then 终审 approve it (the
two-step workflow, on every notice and policy list; core.review stops any other way);
articles and every other page go through 初审 alone (the one-step workflow, on the article
sections and on the root).

What this module configures it configures exactly: a permission an operator removed is put
back and one an operator added to these groups is taken away again. To give someone more,
put them in a group of the operator's own as well; such groups, and everything else not
named here, are left alone. On a database made before setup_site existed, Wagtail's own
"Editors" and "Moderators" groups and "Moderators approval" workflow (and the demo's
"Final reviewers" and "Volunteer coordinators") are taken over and renamed.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
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

from core.review import ReviewedSection, reviewed_section_types
from orgdirectory.models import PERSONAL_DATA_MODELS

from .records import MISSING, record, recorded
from .tree import county_sections, section_page

ADMIN = ("wagtailadmin.access_admin",)
# Starting a translation of a page into the other language (wagtail-localize).
TRANSLATE = ("wagtail_localize.submit_translation",)


def model_permissions(app_label, models, actions):
    return tuple(f"{app_label}.{action}_{model}" for model in models for action in actions)


# The records editors keep: the directory, the holiday list, service points, vocabularies, blocked search terms.
KEPT_RECORDS = (
    *model_permissions(
        "orgdirectory", ["organization", "fundingrecord", "donation", "project", "need"], ["add", "change", "view"]
    ),
    *model_permissions("notices", ["holiday"], ["add", "change", "view"]),
    *model_permissions("guides", ["servicepoint"], ["add", "change", "view"]),
    *model_permissions("taxonomy", ["servicearea", "audience"], ["add", "change", "view"]),
    *model_permissions("search", ["blockedsearchterm"], ["add", "change", "view"]),
    "taxonomy.view_region",
    "home.view_errorreport",
    "home.change_errorreport",
)
DELETED_RECORDS = (
    *model_permissions("orgdirectory", ["organization", "fundingrecord", "donation", "project", "need"], ["delete"]),
    *model_permissions("notices", ["holiday"], ["delete"]),
    *model_permissions("guides", ["servicepoint"], ["delete"]),
    *model_permissions("search", ["blockedsearchterm"], ["delete"]),
)
PERSONAL_DATA = model_permissions(
    "orgdirectory", [*(model._meta.model_name for model in PERSONAL_DATA_MODELS), "project"], ["view", "change"]
)

IMAGES_AND_DOCUMENTS = ("add", "change", "choose")


def media(actions):
    return (
        *(f"wagtailimages.{action}_image" for action in actions),
        *(f"wagtaildocs.{action}_document" for action in actions),
    )


@dataclass(frozen=True)
class Role:
    key: str
    name: str
    adopt: tuple  # names of groups an older database may have for this role
    permissions: tuple  # "app_label.codename"
    collection_permissions: tuple  # on the root collection, and so on every collection


EDITORS = Role("editors", "编辑", ("Editors",), (*ADMIN, *TRANSLATE, *KEPT_RECORDS), media(IMAGES_AND_DOCUMENTS))
FIRST_REVIEW = Role(
    "first_review",
    "初审",
    ("Moderators",),
    (*ADMIN, *TRANSLATE, *KEPT_RECORDS, *DELETED_RECORDS),
    media([*IMAGES_AND_DOCUMENTS, "delete"]),
)
FINAL_REVIEW = Role("final_review", "终审", ("Final reviewers",), (*ADMIN, *TRANSLATE), media(IMAGES_AND_DOCUMENTS))
COORDINATORS = Role("coordinators", "志愿服务协调员", ("Volunteer coordinators",), (*ADMIN, *PERSONAL_DATA), ())
ROLES = (EDITORS, FIRST_REVIEW, FINAL_REVIEW, COORDINATORS)
SECTION_EDITOR_PERMISSIONS = (*ADMIN, *TRANSLATE)
SECTION_EDITOR_MEDIA = media(["add", "choose"])

# Page permissions, by Wagtail's codenames.
WRITE = ("add_page", "change_page")
REVIEW = (*WRITE, "lock_page", "unlock_page")
PUBLISH = ("publish_page",)

ONE_STEP = ("workflow:one_step", "一级审核（初审）", ("Moderators approval",))
TWO_STEP = ("workflow:two_step", "两级审核（初审 → 终审）", ())
FIRST_TASK = ("task:first_review", "初审", ("Moderators approval",))
FINAL_TASK = ("task:final_review", "终审", ())
# The article sections, reviewed in one step (every other page inherits the root's).
ONE_STEP_SECTIONS = ("news", "experience")

# Collections for images and documents: (key, name).
COLLECTIONS = (
    ("news-photos", "新闻图片"),
    ("notice-attachments", "公告附件"),
    ("policy-documents", "政策文件"),
    ("guide-forms", "办事表格"),
    ("organization-files", "社会组织资料"),
)


def every_language(pages):
    """`pages` and all their translations, each once."""
    found = {}
    for page in pages:
        for translation in page.get_translations(inclusive=True):
            found[translation.pk] = translation
    return list(found.values())


def reviewed_sections():
    """Every page, in every language, whose children go live only through the two-step review."""
    return list(Page.objects.type(*reviewed_section_types()).specific())


def home_pages():
    home = section_page("home")
    return every_language([home]) if home else []


def top_sections():
    """The pages right below each home page."""
    return [page for home in home_pages() for page in home.get_children().specific()]


def find_or_create(key, queryset, names, create, changes, what):
    """The object recorded under `key`; else the first of `queryset` named one of `names`
    (adopted); else a new one from `create()`. Recorded either way."""
    obj = recorded(key, queryset)
    if obj is MISSING or obj is None:
        obj = next((found for name in names if (found := queryset.filter(name=name).first())), None)
        if obj is None:
            obj = create()
            changes.add(f"Created the {what} {obj.name}.")
        else:
            changes.add(f"Took over the {what} {obj.name}.")
        record(key, obj)
    return obj


def rename(obj, name, changes, what):
    if obj.name == name:
        return
    if type(obj).objects.filter(name=name).exclude(pk=obj.pk).exists():
        changes.warn(f"Could not rename the {what} {obj.name} to {name}: another {what} has that name.")
        return
    changes.add(f"Renamed the {what} {obj.name} to {name}.")
    obj.name = name
    obj.save(update_fields=["name"])


def group_for(key, name, adopt, changes):
    group = find_or_create(
        f"group:{key}", Group.objects.all(), [name, *adopt], lambda: Group.objects.create(name=name), changes, "group"
    )
    rename(group, name, changes, "group")
    return group


def permission_objects(natural_keys):
    """{"app_label.codename": Permission} for `natural_keys`, in one query."""
    wanted = {tuple(natural_key.split(".")) for natural_key in natural_keys}
    found = Permission.objects.filter(
        content_type__app_label__in={app_label for app_label, _codename in wanted},
        codename__in={codename for _app_label, codename in wanted},
    ).select_related("content_type")
    by_key = {
        f"{p.content_type.app_label}.{p.codename}": p for p in found if (p.content_type.app_label, p.codename) in wanted
    }
    missing = sorted(set(natural_keys) - set(by_key))
    if missing:
        raise Permission.DoesNotExist(f"No such permission: {', '.join(missing)} (run migrate first).")
    return by_key


def converge_model_permissions(group, natural_keys, changes):
    wanted = permission_objects(natural_keys)
    current = set(group.permissions.values_list("pk", flat=True))
    missing = [permission for permission in wanted.values() if permission.pk not in current]
    extra = current - {permission.pk for permission in wanted.values()}
    if missing:
        group.permissions.add(*missing)
        changes.add(f"Group {group.name}: gave {', '.join(sorted(p.codename for p in missing))}.")
    if extra:
        removed = Permission.objects.filter(pk__in=extra)
        changes.add(f"Group {group.name}: took back {', '.join(sorted(p.codename for p in removed))}.")
        group.permissions.remove(*removed)


def converge_collection_permissions(group, natural_keys, changes):
    root = Collection.get_first_root_node()
    wanted = {(root.pk, permission.pk): permission for permission in permission_objects(natural_keys).values()}
    current = {
        (row.collection_id, row.permission_id): row
        for row in GroupCollectionPermission.objects.filter(group=group).select_related("permission")
    }
    for key, permission in wanted.items():
        if key not in current:
            GroupCollectionPermission.objects.create(group=group, collection=root, permission=permission)
            changes.add(f"Group {group.name}: gave {permission.codename} on every collection.")
    for key, row in current.items():
        if key not in wanted:
            row.delete()
            changes.add(f"Group {group.name}: took back {row.permission.codename} on collection {row.collection_id}.")


def converge_page_permissions(group, grants, changes):
    """`grants`: {page: codenames}, the group's page permissions exactly."""
    codenames = {codename for names in grants.values() for codename in names}
    permissions = {
        p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    }
    wanted = {
        (page.pk, permissions[codename].pk): (page, permissions[codename])
        for page, names in grants.items()
        for codename in names
    }
    current = {
        (row.page_id, row.permission_id): row
        for row in GroupPagePermission.objects.filter(group=group).select_related("permission", "page")
    }
    for key, (page, permission) in wanted.items():
        if key not in current:
            GroupPagePermission.objects.create(group=group, page=page, permission=permission)
            changes.add(f"Group {group.name}: gave {permission.codename} on {page.url_path}.")
    for key, row in current.items():
        if key not in wanted:
            row.delete()
            changes.add(f"Group {group.name}: took back {row.permission.codename} on {row.page.url_path}.")


def page_grants(role):
    """The page permissions of `role`: {page: codenames}."""
    root = Page.get_first_root_node()
    if role is EDITORS:
        return {root: WRITE}
    if role is FIRST_REVIEW:
        publishes = [page for page in top_sections() if not isinstance(page, ReviewedSection)]
        return {root: REVIEW, **dict.fromkeys(publishes, PUBLISH)}
    if role is FINAL_REVIEW:
        return dict.fromkeys(reviewed_sections(), (*REVIEW, *PUBLISH))
    return {}


def ensure_roles(changes):
    groups = {}
    for role in ROLES:
        group = group_for(role.key, role.name, role.adopt, changes)
        converge_model_permissions(group, role.permissions, changes)
        converge_collection_permissions(group, role.collection_permissions, changes)
        converge_page_permissions(group, page_grants(role), changes)
        groups[role.key] = group
    return groups


def ensure_section_editors(changes):
    """An editors' group for each county news section: they write and publish there, in every language."""
    for section in county_sections():
        group = group_for(f"section-editors:{section.translation_key}", f"{section.title}编辑", (), changes)
        converge_model_permissions(group, SECTION_EDITOR_PERMISSIONS, changes)
        converge_collection_permissions(group, SECTION_EDITOR_MEDIA, changes)
        converge_page_permissions(group, dict.fromkeys(every_language([section]), (*WRITE, *PUBLISH)), changes)


def ensure_collections(changes):
    root = Collection.get_first_root_node()
    for key, name in COLLECTIONS:

        def create(name=name):
            return root.add_child(instance=Collection(name=name))

        find_or_create(f"collection:{key}", Collection.objects.all(), [name], create, changes, "collection")


def ensure_task(spec, group, changes):
    key, name, adopt = spec

    def create():
        return GroupApprovalTask.objects.create(name=name)

    task = find_or_create(key, GroupApprovalTask.objects.all(), [name, *adopt], create, changes, "review task")
    rename(task, name, changes, "review task")
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes.add(f"Switched the review task {name} back on.")
    if list(task.groups.all()) != [group]:
        task.groups.set([group])
        changes.add(f"Review task {name}: approved by the group {group.name} alone.")
    return task


def ensure_workflow(spec, tasks, changes):
    key, name, adopt = spec
    workflow = find_or_create(
        key, Workflow.objects.all(), [name, *adopt], lambda: Workflow.objects.create(name=name), changes, "workflow"
    )
    rename(workflow, name, changes, "workflow")
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes.add(f"Switched the workflow {name} back on.")
    current = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order"))
    if [row.task_id for row in current] != [task.pk for task in tasks]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        changes.add(f"Workflow {name}: {' → '.join(task.name for task in tasks)}.")
    return workflow


def assign(workflow, pages, changes):
    for page in pages:
        assignment = WorkflowPage.objects.filter(page=page).first()
        if assignment is None or assignment.workflow_id != workflow.pk:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
            changes.add(f"{page.url_path} is reviewed by the workflow {workflow.name}.")


def ensure_reviews(groups, changes):
    first = ensure_task(FIRST_TASK, groups["first_review"], changes)
    final = ensure_task(FINAL_TASK, groups["final_review"], changes)
    one_step = ensure_workflow(ONE_STEP, [first], changes)
    two_step = ensure_workflow(TWO_STEP, [first, final], changes)
    article_sections = every_language(page for key in ONE_STEP_SECTIONS if (page := section_page(key)))
    assign(one_step, [Page.get_first_root_node(), *article_sections], changes)
    assign(two_step, reviewed_sections(), changes)


def ensure_access(changes):
    groups = ensure_roles(changes)
    ensure_section_editors(changes)
    ensure_collections(changes)
    ensure_reviews(groups, changes)
    warn_of_one_person_reviews(groups, changes)


def warn_of_one_person_reviews(groups, changes):
    """Someone in both 初审 and 终审 can take a notice through both steps alone."""
    users = get_user_model().objects.filter(groups=groups["first_review"]).filter(groups=groups["final_review"])
    both = users.order_by("username")
    for user in both:
        changes.warn(
            f"{user.get_username()} is in both {groups['first_review'].name} and {groups['final_review'].name}: "
            "they can approve both steps of a notice alone."
        )


def review_new_section(page):
    """A notice or policy list made after setup_site ran: under the two-step review, and open
    to the final reviewers, before its first text is written. Adds only; setup_site converges."""
    workflow = recorded(TWO_STEP[0], Workflow.objects.filter(active=True))
    if workflow not in (None, MISSING):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    group = role_group(FINAL_REVIEW.key)
    if group is not None:
        codenames = (*REVIEW, *PUBLISH)
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def role_group(key):
    """The group of role `key` ("editors", "first_review" …), as setup_site made it."""
    group = recorded(f"group:{key}", Group.objects.all())
    return None if group is MISSING else group


def section_editors_group(section):
    group = recorded(f"group:section-editors:{section.translation_key}", Group.objects.all())
    return None if group is MISSING else group
