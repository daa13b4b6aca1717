"""Benchmark projects of every kind, run by benchmark organizations of their city,
with outcome figures; volunteer projects starting soon take sign-ups."""

import datetime
from decimal import Decimal

from django.utils import timezone

from core.indexing import index_in_bulk
from orgdirectory.models import Project, ProjectKind, ProjectOutcome, ProjectStatus, Standing

from .common import Places, bench_organizations, bench_projects, create_missing, money, person, rng_for, say
from .words import (
    BRANDS,
    GROUPS,
    OUTCOME_FIGURES,
    PROJECT_ACTIVITIES,
    PROJECT_NOUNS,
    REQUIREMENTS,
    SERVICES,
    VOLUNTEER_NOUNS,
    VOLUNTEER_PLACES,
)

PER_SCALE = 50_000
KINDS = [ProjectKind.GOVERNMENT, ProjectKind.CHARITY, ProjectKind.VOLUNTEER]
KIND_WEIGHTS = [35, 25, 40]
WEEKDAYS = "一二三四五六日"
CONTACT_TITLES = ["老师", "社工", "女士", "先生"]
CHARITY_FUNDERS = [
    "省慈善助学基金会",
    "省环境保护公益基金会",
    "{city}慈善会",
    "{city}社区发展基金会",
    "爱心企业联合捐赠",
]


class OrganizationPool:
    """Benchmark organizations in good standing, by city, to run the projects."""

    def __init__(self):
        rows = bench_organizations().filter(standing=Standing.NORMAL).order_by("pk").values_list("pk", "city_id")
        self.all = [pk for pk, _ in rows]
        self.by_city = {}
        for pk, city_id in rows:
            self.by_city.setdefault(city_id, []).append(pk)

    def pick(self, rng, city_id, count):
        pool = self.by_city.get(city_id) or self.all
        return sorted({rng.choice(pool) for _ in range(count)})


class ProjectMaker:
    def __init__(self, stdout):
        self.stdout = stdout
        self.today = timezone.localdate()
        self.places = Places()
        self.pool = OrganizationPool()
        self.through = Project.organizations.through

    def seed(self, scale):
        total = round(PER_SCALE * scale)
        existing = bench_projects().count()
        say(self.stdout, f"Projects: {existing:,} there, {max(total - existing, 0):,} to create.")
        if not self.pool.all:
            say(self.stdout, "  no benchmark organizations to run them: skipped.")
            return 0
        # Projects carry no number: the chunks commit in order, so the first `existing` are there.
        return create_missing(self.stdout, "projects", list(range(existing, total)), self.create)

    def create(self, numbers):
        made = [self.project(number) for number in numbers]
        projects = [project for project, _, _ in made]
        Project.objects.bulk_create(projects, batch_size=1000)
        through, figures = [], []
        for project, organizations, outcomes in made:
            through += [self.through(project=project, organization_id=pk) for pk in organizations]
            figures += outcomes
        self.through.objects.bulk_create(through, batch_size=5000)
        ProjectOutcome.objects.bulk_create(figures, batch_size=5000)
        index_in_bulk(projects)

    def project(self, number):
        """(Project, organization keys, outcome figures), unsaved."""
        rng = rng_for("project", number)
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        region = self.places.pick(rng, city_level=0.2)
        activity, area = rng.choice(PROJECT_ACTIVITIES)
        starts_on, ends_on, status = self.dates(rng, kind)
        place = region.name if region.parent_id and rng.random() < 0.6 else str(region)
        project = Project(
            kind=kind,
            region=region,
            city=region.city,
            service_area=self.places.areas.get(area),
            starts_on=starts_on,
            ends_on=ends_on,
            status=status,
        )
        group = rng.choice(GROUPS)
        services = "、".join(rng.sample(SERVICES, 2))
        if kind == ProjectKind.VOLUNTEER:
            town = self.places.town(rng)
            project.title = f"{place}{town}{activity}{rng.choice(VOLUNTEER_NOUNS)}"
            project.budget = money(rng, 2_000, 60_000) if rng.random() < 0.5 else None
            project.funder = f"{region.city.name}志愿者协会" if rng.random() < 0.3 else ""
            project.place = f"{str(region)}{town}{rng.choice(VOLUNTEER_PLACES)}"
            project.schedule = self.schedule(rng, starts_on, ends_on)
            project.places = rng.choice([5, 8, 10, 12, 15, 20, 30, 50])
            project.requirements = rng.choice(REQUIREMENTS)
            project.hours_credited = Decimal(rng.choice(["2.0", "2.5", "3.0", "4.0", "6.0"]))
            project.contact = f"{person(rng)[0]}{rng.choice(CONTACT_TITLES)} {self.places.phone(rng, region)}"
        elif kind == ProjectKind.GOVERNMENT:
            year = f"{starts_on.year}年" if rng.random() < 0.4 else ""
            project.title = f"{year}{place}{activity}{rng.choice(PROJECT_NOUNS)}"
            project.budget = money(rng, 100_000, 3_000_000)
            project.funder = f"{region}民政局" if region.parent_id else f"{region.city.name}民政局"
        else:
            project.title = f"{rng.choice(BRANDS)}·{place}{activity}公益{rng.choice(['项目', '计划', '行动'])}"
            project.budget = money(rng, 20_000, 800_000)
            project.funder = rng.choice(CHARITY_FUNDERS).format(city=region.city.name)
        project.description = (
            f"项目在{region}开展{activity}，面向{group}提供{services}等服务。"
            f"项目由社会工作者和志愿者共同实施，计划服务{rng.randint(3, 60) * 10}人次，"
            f"并与{rng.randint(2, 12)}个社区建立长期合作。"
        )
        outcomes = []
        if status == ProjectStatus.COMPLETED or (status == ProjectStatus.IN_PROGRESS and rng.random() < 0.3):
            served = rng.randint(20, 3000)
            project.outcomes = (
                f"项目累计服务{group}{served}人次，开展{services}活动{rng.randint(4, 80)}场，"
                f"参与者满意度达{rng.randint(88, 99)}%。"
            )
            for order, (label, unit) in enumerate(rng.sample(OUTCOME_FIGURES, rng.randint(2, 3))):
                value = Decimal(served if unit == "人次" else rng.randint(3, 400))
                outcomes.append(ProjectOutcome(project=project, label=label, value=value, unit=unit, sort_order=order))
        organizations = self.pool.pick(rng, region.city.pk, 1 if rng.random() < 0.75 else rng.randint(2, 3))
        return project, organizations, outcomes

    def dates(self, rng, kind):
        """(starts on, ends on, status): volunteer projects run days, the others months."""
        today = self.today
        if kind == ProjectKind.VOLUNTEER:
            roll = rng.random()
            if roll < 0.45:  # recruiting: starts within two months, so it takes sign-ups
                starts_on = today + datetime.timedelta(days=rng.randint(1, 60))
            elif roll < 0.6:
                starts_on = today - datetime.timedelta(days=rng.randint(0, 20))
            else:
                starts_on = today - datetime.timedelta(days=rng.randint(30, 900))
            ends_on = starts_on + datetime.timedelta(days=rng.choice([0, 0, 1, 6, 13, 29, 89]))
        else:
            starts_on = today + datetime.timedelta(days=rng.randint(-5 * 365, 90))
            ends_on = starts_on + datetime.timedelta(days=rng.choice([6, 12, 12, 24, 36]) * 30)
        if starts_on > today:
            return starts_on, ends_on, ProjectStatus.RECRUITING
        if ends_on >= today:
            return starts_on, ends_on, ProjectStatus.IN_PROGRESS
        return starts_on, ends_on, ProjectStatus.COMPLETED

    def schedule(self, rng, starts_on, ends_on):
        hour = rng.choice([8, 9, 14, 15, 19])
        hours = f"{hour}:00-{hour + 2}:30"
        if ends_on == starts_on:
            return f"{starts_on.month}月{starts_on.day}日（周{WEEKDAYS[starts_on.weekday()]}） {hours}"
        return f"每周{WEEKDAYS[starts_on.weekday()]} {hours}"


def seed(scale, stdout):
    return ProjectMaker(stdout).seed(scale)
