"""Template tags that let the site shell show the directory without importing it."""

from django import template
from django.db.models import Count

from orgdirectory.models import Grade, Organization, OrgType

register = template.Library()


@register.inclusion_tag("orgdirectory/includes/directory_figures.html")
def directory_figures():
    """Number of organizations by type and by valid evaluation grade, from one grouped query."""
    rows = (
        Organization.objects.with_active_grade().values("org_type", "active_grade").annotate(n=Count("id")).order_by()
    )
    by_type = dict.fromkeys(OrgType.values, 0)
    by_grade = dict.fromkeys(Grade.values, 0)
    total = 0
    for row in rows:
        total += row["n"]
        by_type[row["org_type"]] = by_type.get(row["org_type"], 0) + row["n"]
        if row["active_grade"]:
            by_grade[row["active_grade"]] += row["n"]
    return {
        "total": total,
        "by_type": [(OrgType(value).label, count) for value, count in by_type.items()],
        "by_grade": list(by_grade.items()),
    }
