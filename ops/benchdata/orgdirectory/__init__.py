"""Benchmark volume for the directory, for `manage.py seed_bench --scale N` (issue 8).

At scale 1: 100,000 organizations (with their grades, listings, inspections,
honours and penalties), about 500,000 funding records, 50,000 projects with
outcome figures, 5,000 needs and 5,000 talent profiles, spread over every
city, district and service area, and indexed for search.

Rows are bulk-created a chunk at a time, each chunk in its own transaction
with its child rows and its search index entries, so an interrupted run
leaves whole chunks only. Every item has a number and a random generator of
its own, so item i always gets the same values: a rerun creates only the
numbers still missing, and `reset` deletes exactly the benchmark's rows, told
apart by markers (common.py): the credit code's positions 9-10 (`XB`) for
organizations, run by those organizations only for projects, a form key range
for needs and an e-mail domain for talent.
"""

import time

from django.db import transaction

from wagtail.search.backends import get_search_backends

from orgdirectory.models import (
    AnnualInspection,
    Commendation,
    FundingRecord,
    GradeAward,
    Need,
    Organization,
    Penalty,
    Project,
    ProjectOutcome,
    StandingRecord,
    Talent,
    VolunteerSignup,
)

from . import organizations, people, projects
from .common import bench_needs, bench_organizations, bench_projects, bench_talent, say

STEPS = [
    ("Organizations", organizations.seed),
    ("Projects", projects.seed),
    ("Needs", people.seed_needs),
    ("Talent", people.seed_talent),
]
# Deleted this many at a time: every backend takes a list of keys this long.
DELETE_BATCH = 500


def seed(scale, stdout):
    """Create what is missing of the benchmark volume at `scale`, printing each step's time."""
    started = time.perf_counter()
    for label, step in STEPS:
        step_started = time.perf_counter()
        created = step(scale, stdout)
        say(stdout, f"{label}: {created:,} created in {time.perf_counter() - step_started:.1f} s.")
    say(stdout, f"Directory benchmark data at scale {scale:g}: {time.perf_counter() - started:.1f} s.")


def _batches(queryset):
    keys = list(queryset.order_by().values_list("pk", flat=True))
    for start in range(0, len(keys), DELETE_BATCH):
        yield keys[start : start + DELETE_BATCH]


def _delete(queryset):
    """Delete without loading rows or sending signals: the search index is cleaned once, at the end."""
    return queryset._raw_delete(queryset.db)


def _delete_projects(keys):
    for model in (VolunteerSignup, ProjectOutcome, Project.organizations.through):
        _delete(model.objects.filter(project__in=keys))
    FundingRecord.objects.filter(project__in=keys).update(project=None)
    Need.objects.filter(matched_project__in=keys).update(matched_project=None)
    return _delete(Project.objects.filter(pk__in=keys))


def _delete_organizations(keys):
    for model in (GradeAward, StandingRecord, AnnualInspection, Commendation, Penalty, FundingRecord):
        _delete(model.objects.filter(organization__in=keys))
    _delete(Organization.service_areas.through.objects.filter(organization__in=keys))
    _delete(Project.organizations.through.objects.filter(organization__in=keys))
    Need.objects.filter(matched_organization__in=keys).update(matched_organization=None)
    return _delete(Organization.objects.filter(pk__in=keys))


def _drop_from_index(model, keys):
    for backend in get_search_backends(with_auto_update=True):
        search_index = backend.get_index_for_model(model)
        if hasattr(search_index, "delete_stale_model_entries"):  # the database backends
            search_index.delete_stale_model_entries(model)
        else:
            for key in keys:
                backend.delete(model(pk=key))


@transaction.atomic
def reset(stdout):
    """Delete the benchmark's rows, their child records and index entries; nothing else."""
    started = time.perf_counter()
    steps = [
        ("projects", Project, bench_projects(), _delete_projects),
        ("needs", Need, bench_needs(), lambda keys: _delete(Need.objects.filter(pk__in=keys))),
        ("talent", Talent, bench_talent(), lambda keys: _delete(Talent.objects.filter(pk__in=keys))),
        ("organizations", Organization, bench_organizations(), _delete_organizations),
    ]
    for label, model, queryset, delete in steps:
        step_started, deleted, keys = time.perf_counter(), 0, []
        for batch in _batches(queryset):
            deleted += delete(batch)
            keys += batch
        if deleted:
            _drop_from_index(model, keys)
        say(stdout, f"Benchmark {label}: {deleted:,} deleted in {time.perf_counter() - step_started:.1f} s.")
    say(stdout, f"Directory benchmark data removed in {time.perf_counter() - started:.1f} s.")
