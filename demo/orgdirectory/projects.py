"""Demo project platform: 40 projects of every kind with their outcomes, the
funding that paid for them and volunteer sign-ups, 30 needs raised by
communities and villages, and 30 talent profiles.

Everything here is invented: the projects, the people, the mobile numbers
(1370000…, 1380000…, 1390000…), the e-mail addresses (@example.org) and the ID
numbers. Called by demo.load after the organizations exist; dates are relative
to today, and only what is missing is added (projects and needs by title,
talent by name), so running load_demo again adds nothing.
"""

import calendar
import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wagtail.search.index import insert_or_update_object

from demo.texts import load as load_texts
from orgdirectory.id_numbers import id_number
from orgdirectory.models import (
    FundingRecord,
    FundingSource,
    Need,
    NeedStatus,
    Organization,
    Project,
    ProjectKind,
    ProjectOutcome,
    ProjectStatus,
    SignupStatus,
    Standing,
    Talent,
)
from orgdirectory.signups import change_status, sign_up
from taxonomy.models import Region, ServiceArea

CONTENT = load_texts("projects")
SEED = "orgdirectory-projects-2026"


WEEKDAYS = "一二三四五六日"
# Office numbers: area code, and whether local numbers have 8 digits (else 7).
PHONE_AREAS = {
    "广州市": ("020", True),
    "深圳市": ("0755", True),
    "佛山市": ("0757", True),
    "汕头市": ("0754", True),
    "珠海市": ("0756", False),
    "江门市": ("0750", False),
    "清远市": ("0763", False),
    "肇庆市": ("0758", False),
    "惠州市": ("0752", False),
    "汕尾市": ("0660", False),
}


def seeded(*parts):
    """A generator of its own for each record, so what one record draws never
    depends on which others already exist."""
    return random.Random(":".join([SEED, *map(str, parts)]))  # noqa: S311 - demo data, not secrets


def month_start(day, months):
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def volunteers():
    """60 fictional volunteers: (name, mobile, e-mail or "")."""
    rng, names = seeded("volunteers"), []
    while len(names) < 60:
        name = rng.choice(CONTENT["family"]) + rng.choice(CONTENT["given"])
        if name not in names:
            names.append(name)
    return [
        (name, f"1390000{index:04d}", f"volunteer{index:02d}@example.org" if index % 3 else "")
        for index, name in enumerate(names, start=1)
    ]


class ProjectsDemo:
    def __init__(self, stdout):
        self.stdout = stdout
        self.today = timezone.localdate()
        self.now = timezone.now()
        # By (city, district); the texts name them as [city, district] lists, hence tuple(where).
        self.regions = {
            (region.parent.name, region.name): region
            for region in Region.objects.filter(parent__isnull=False).select_related("parent")
        }
        self.areas = {area.slug: area for area in ServiceArea.objects.all()}
        # Organizations in good standing only: a revoked one runs no project.
        self.organizations = list(Organization.objects.filter(standing=Standing.NORMAL).order_by("pk"))
        through = Organization.service_areas.through
        self.organization_areas = {}
        for organization_id, slug in through.objects.values_list("organization_id", "servicearea__slug"):
            self.organization_areas.setdefault(organization_id, set()).add(slug)
        self.volunteers = volunteers()

    @transaction.atomic
    def load(self):
        projects, signups, funding = self.add_projects()
        needs = self.add_needs()
        talent = self.add_talent()
        self.stdout.write(
            f"Projects: {len(projects)} new projects "
            f"({sum(p.kind == ProjectKind.VOLUNTEER for p in projects)} volunteer), {signups} sign-ups, "
            f"{funding} funding records; {needs} needs, {talent} talent profiles."
        )

    # Projects

    def add_projects(self):
        existing = set(
            Project.objects.filter(title__in=[s["title"] for s in CONTENT["projects"]]).values_list("title", flat=True)
        )
        created, signups, funding, funded = [], 0, [], set()
        for spec in CONTENT["projects"]:
            if spec["title"] in existing:
                continue
            rng = seeded("project", spec["title"])
            project, organizations = self.new_project(spec, rng)
            if project.is_volunteer:
                signups += self.add_signups(project, spec, rng)
            self.add_figures(project, spec)
            if project.funder and organizations:
                funding.extend(self.funding_for(project, organizations[0]))
                funded.add(organizations[0])
            if project.status != spec["status"]:
                # Sign-ups are taken only while recruiting; the status moves on afterwards.
                Project.objects.filter(pk=project.pk).update(status=spec["status"])
                project.refresh_from_db()
                insert_or_update_object(project)
            created.append(project)
        FundingRecord.objects.bulk_create(funding)
        for organization in funded:
            organization.refresh_summary()
        return created, signups, len(funding)

    def new_project(self, spec, rng):
        region = self.regions[tuple(spec["where"])]
        starts_on, ends_on = self.dates(spec["when"])
        project = Project(
            kind=spec["kind"],
            title=spec["title"],
            title_en=spec["title_en"],
            funder=spec.get("funder", ""),
            region=region,
            service_area=self.areas.get(spec["area"]),
            budget=Decimal(spec["budget"]),
            starts_on=starts_on,
            ends_on=ends_on,
            status=ProjectStatus.RECRUITING if spec["kind"] == ProjectKind.VOLUNTEER else spec["status"],
            description=spec["description"],
            outcomes=spec.get("outcomes", ""),
        )
        if spec["kind"] == ProjectKind.VOLUNTEER:
            project.place = spec["place"]
            project.schedule = spec["schedule"].format(
                wd=WEEKDAYS[starts_on.weekday()], md=f"{starts_on.month}月{starts_on.day}日"
            )
            project.places = spec["places"]
            project.requirements = spec["requirements"]
            project.hours_credited = Decimal(spec["hours"])
            family_name, title = rng.choice(CONTENT["family"]), rng.choice(CONTENT["contact_titles"])
            project.contact = f"{family_name}{title} {self.office_phone(region, rng)}"
        organizations = self.run_by(region, spec["area"], 2 if rng.random() < 0.35 else 1, rng)
        project.organizations.set(organizations)
        project.save()  # sets city from region, and stores the organizations
        return project, organizations

    def dates(self, when):
        anchor, offset, length = when
        if anchor == "months":
            starts_on = month_start(self.today, offset)
            return starts_on, month_start(self.today, offset + length) - datetime.timedelta(days=1)
        weekday = self.today.weekday()
        if anchor == "later":
            # A share of the days left this month, or next month if it is nearly over.
            month_end = self.today.replace(day=calendar.monthrange(self.today.year, self.today.month)[1])
            days_left = (month_end - self.today).days
            days = round(days_left * offset) if days_left >= 8 else 7 + round(14 * offset)
            starts_on = self.today + datetime.timedelta(days=max(days, 1))
        else:
            base = {"today": 0, "sat": (5 - weekday) % 7, "sun": (6 - weekday) % 7}[anchor]
            starts_on = self.today + datetime.timedelta(days=base + offset)
        return starts_on, starts_on + datetime.timedelta(days=length)

    def office_phone(self, region, rng):
        code, eight_digits = PHONE_AREAS.get(region.city.name, ("020", True))
        if eight_digits:
            return f"{code}-8{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        return f"{code}-{rng.randint(220, 899)} {rng.randint(1000, 9999)}"

    def run_by(self, region, area, count, rng):
        """Organizations of the same district and field first, then the same city, then the field."""
        areas = self.organization_areas
        pools = [
            [o for o in self.organizations if o.region_id == region.pk and area in areas.get(o.pk, ())],
            [o for o in self.organizations if o.city_id == region.parent_id and area in areas.get(o.pk, ())],
            [o for o in self.organizations if o.city_id == region.parent_id],
            [o for o in self.organizations if area in areas.get(o.pk, ())],
            self.organizations,
        ]
        chosen = []
        for pool in pools:
            pool = [o for o in pool if o not in chosen]
            while pool and len(chosen) < count:
                chosen.append(pool.pop(rng.randrange(len(pool))))
        return chosen

    def add_signups(self, project, spec, rng):
        fill = {"nearly": project.places - 1, "full": project.places + 2}.get(spec["fill"], spec["fill"])
        signups = [
            sign_up(project, name=name, phone=phone, email=email, message=rng.choice(CONTENT["messages"]))
            for name, phone, email in rng.sample(self.volunteers, fill)
        ]
        holding = [signup for signup in signups if signup.holds_place]
        if spec["status"] == ProjectStatus.COMPLETED:
            if len(holding) > 5:
                change_status(holding.pop(rng.randrange(len(holding))), SignupStatus.CANCELLED)
            for signup in holding:
                left_early = rng.random() < 0.15 and project.hours_credited > 1
                hours = project.hours_credited - 1 if left_early else project.hours_credited
                change_status(signup, SignupStatus.CONFIRMED, hours_served=hours)
        else:
            confirmed = len(holding) - 2 if spec["status"] == ProjectStatus.IN_PROGRESS else len(holding) // 2
            for signup in holding[:confirmed]:
                change_status(signup, SignupStatus.CONFIRMED)
        return len(signups)

    def add_figures(self, project, spec):
        figures = [(label, Decimal(value), unit) for label, value, unit in spec.get("figures", [])]
        if project.is_volunteer and spec["status"] == ProjectStatus.COMPLETED:
            served = project.signups.filter(status=SignupStatus.CONFIRMED)
            figures.append(("参与志愿者", Decimal(served.count()), "人"))
            figures.append(("志愿服务时长", sum((s.hours_served for s in served), Decimal(0)), "小时"))
        ProjectOutcome.objects.bulk_create(
            ProjectOutcome(project=project, label=label, value=value, unit=unit, sort_order=order)
            for order, (label, value, unit) in enumerate(figures)
        )

    def funding_for(self, project, organization):
        """One record a year for the money that pays for the project, up to this year: none
        yet for a project that starts next year."""
        if project.kind == ProjectKind.GOVERNMENT:
            source = FundingSource.GOVERNMENT_PURCHASE
        elif "基金会" in project.funder:
            source = FundingSource.FOUNDATION_GRANT
        else:
            source = FundingSource.DONATION
        years = list(range(project.starts_on.year, project.ends_on.year + 1))
        share = (project.budget / len(years)).quantize(Decimal("0.01"))
        return [
            FundingRecord(
                organization=organization,
                year=year,
                source=source,
                funder=project.funder,
                amount=project.budget - share * (len(years) - 1) if year == years[-1] else share,
                project_name=project.title,
                project=project,
            )
            for year in years
            if year <= self.today.year
        ]

    # Needs

    def add_needs(self):
        existing = set(Need.objects.filter(title__in=[n[0] for n in CONTENT["needs"]]).values_list("title", flat=True))
        matched_titles = [n[9] for n in CONTENT["needs"] if n[9] and n[9] != "organization"]
        projects = {p.title: p for p in Project.objects.filter(title__in=matched_titles).order_by("pk")}
        added = 0
        for index, row in enumerate(CONTENT["needs"], start=1):
            title, where, area, beneficiaries, budget, deadline, status, raised_by, contact, match, approved, about = (
                row
            )
            if title in existing:
                continue
            rng = seeded("need", title)
            region = self.regions[tuple(where)]
            need = Need(
                title=title,
                description=about,
                region=region,
                service_area=self.areas.get(area),
                beneficiaries=beneficiaries,
                budget=Decimal(budget) if budget is not None else None,
                deadline=self.today + datetime.timedelta(days=deadline),
                status=status,
                raised_by=raised_by,
                contact_name=contact,
                contact_phone=f"1370000{index:04d}",
                is_approved=approved,
            )
            if match == "organization" or (match and match not in projects):
                need.matched_organization = next(iter(self.run_by(region, area, 1, rng)), None)
            elif match:
                need.matched_project = projects[match]
            if status == NeedStatus.MATCHED and not (need.matched_project or need.matched_organization):
                need.status = NeedStatus.OPEN  # an empty directory has nobody to match with
            need.save()
            # Received before it was matched or closed, for a believable list order.
            days = {
                NeedStatus.OPEN: rng.randint(0, 3) if not approved else rng.randint(2, 40),
                NeedStatus.MATCHED: rng.randint(20, 60),
            }
            ago = days.get(status, max(-deadline, 0) + rng.randint(30, 90))
            Need.objects.filter(pk=need.pk).update(
                submitted_at=self.now - datetime.timedelta(days=ago, hours=rng.randint(0, 23))
            )
            added += 1
        return added

    # Talent

    def add_talent(self):
        existing = set(
            Talent.objects.filter(display_name__in=[t[0] for t in CONTENT["talent"]]).values_list(
                "display_name", flat=True
            )
        )
        added = 0
        for index, row in enumerate(CONTENT["talent"], start=1):
            name, male, expertise, qualifications, where, area, availability, bio, consented = row
            if name in existing:
                continue
            rng = seeded("talent", name)
            region = self.regions[tuple(where)]
            year, month = rng.randint(1960, 1995), rng.randint(1, 12)
            birth = datetime.date(year, month, rng.randint(1, calendar.monthrange(year, month)[1]))
            sequence = rng.randrange(10, 998, 2) + (1 if male else 0)  # odd for men, even for women
            Talent(
                display_name=name,
                expertise=expertise,
                qualifications=qualifications,
                region=region,
                service_area=self.areas.get(area),
                availability=availability,
                bio=bio,
                consented_at=self.now - datetime.timedelta(days=rng.randint(5, 400)) if consented else None,
                phone=f"1380000{index:04d}",
                email=f"talent{index:02d}@example.org",
                id_number=id_number(region.code, birth, sequence),
            ).save()
            added += 1
        return added


def load(stdout):
    ProjectsDemo(stdout).load()
