"""`import_directory projects`: the project platform's projects, found again by kind, title and start date."""

from django.utils.translation import gettext as _

from ..models import Project, ProjectKind, ProjectStatus
from .base import RecordImport, in_batches
from .cells import (
    choice_of,
    parse_amount_or_zero,
    parse_date,
    parse_hours,
    parse_positive_integer,
    stored_choice_of,
    text_for,
)
from .reading import Column

PROJECT_KINDS = {
    "政府购买服务项目": ProjectKind.GOVERNMENT,
    "公益项目": ProjectKind.CHARITY,
    "志愿服务项目": ProjectKind.VOLUNTEER,
    **{kind.value: kind for kind in ProjectKind},
}
PROJECT_STATUSES = {
    "招募中": ProjectStatus.RECRUITING,
    "进行中": ProjectStatus.IN_PROGRESS,
    "已结项": ProjectStatus.COMPLETED,
    **{status.value: status for status in ProjectStatus},
}


class ProjectImport(RecordImport):
    model = Project
    columns = (
        Column("kind", "类型", required=True),
        Column("title", "项目名称", required=True),
        Column("title_en", "英文名称"),
        Column("organizations", "实施组织"),
        Column("funder", "资助方"),
        Column("region", "所在地区"),
        Column("service_area", "服务领域"),
        Column("budget", "预算"),
        Column("starts_on", "开始日期", required=True),
        Column("ends_on", "结束日期"),
        Column("status", "状态"),
        Column("description", "项目简介", required=True),
        Column("outcomes", "结项成果"),
        Column("place", "活动地点"),
        Column("schedule", "活动时间"),
        Column("places", "招募人数"),
        Column("hours_credited", "志愿时长"),
        Column("contact", "联系方式"),
    )

    @staticmethod
    def identity(project):
        """What makes a project the same one when a file is imported again."""
        return (project.kind, project.title, project.starts_on)

    def load_existing(self, rows):
        self.load_organizations(rows, "organizations")
        projects = in_batches(
            Project.objects.select_related("region", "service_area").prefetch_related("organizations"),
            "title",
            {row.text("title") for row in rows} - {""},
        )
        return self.first_by_identity(projects, self.identity)

    def optional_parsers(self):
        return {
            "title_en": text_for(Project, "title_en"),
            "organizations": self.existing_organizations,
            "funder": text_for(Project, "funder"),
            "region": self.region,
            "service_area": self.service_area,
            "budget": parse_amount_or_zero,
            "ends_on": parse_date,
            "status": stored_choice_of(PROJECT_STATUSES),
            "outcomes": text_for(Project, "outcomes"),
            "place": text_for(Project, "place"),
            "schedule": text_for(Project, "schedule"),
            "places": parse_positive_integer,
            "hours_credited": parse_hours,
            "contact": text_for(Project, "contact"),
        }

    def check_row(self, row):
        kind = row.value("kind", choice_of(PROJECT_KINDS), required=True)
        values = {
            "kind": kind.value if kind else None,
            "title": row.value("title", text_for(Project, "title"), required=True),
            "starts_on": row.value("starts_on", parse_date, required=True),
            "description": row.value("description", text_for(Project, "description"), required=True),
            **self.optional_values(row, self.optional_parsers()),
        }
        organizations = values.pop("organizations", None)
        existing = None
        if kind and values["title"] and values["starts_on"]:
            identity = (values["kind"], values["title"], values["starts_on"])
            message = _("The same kind, title and start date are already in row %(row)d.")
            if not self.first_seen(row, "title", identity, message):
                return
            existing = self.existing.get(identity)
        project, changed = self.apply(existing, values)
        if organizations is not None:
            current = set(project.organizations.all()) if project.pk else set()
            if set(organizations) != current:
                # In memory until project.save(), which commits the relation (a ParentalManyToManyField).
                project.organizations.set(organizations)
                changed = True
        # The end date and the places may come from the database when the file has no column for them.
        self.check_model_rules(row, project, blame={"ends_on": "starts_on", "places": "kind"})
        if not row.failed:
            self.keep(project, changed)

    def summary(self):
        return _("Projects: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts
