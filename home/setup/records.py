"""setup_site's bookkeeping: which object it made or adopted under each key, and what a run
changed."""

from dataclasses import dataclass, field

from ..models import SetupRecord

MISSING = object()


@dataclass
class Changes:
    """What a run reports: a line per change (none when the database already matched), and
    warnings about what it could not do or an operator should look at."""

    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, line):
        self.lines.append(line)

    def warn(self, line):
        self.warnings.append(line)


def recorded(key, queryset):
    """The object recorded under `key` in `queryset`; None if it was deleted since; MISSING if
    nothing was ever recorded under `key`."""
    object_id = SetupRecord.objects.filter(key=key).values_list("object_id", flat=True).first()
    if object_id is None:
        return MISSING
    return queryset.filter(pk=object_id).first()


def record(key, obj):
    SetupRecord.objects.update_or_create(key=key, defaults={"object_id": obj.pk})
