"""Benchmark needs raised by communities and talent profiles, 5,000 of each per scale."""

import datetime

from django.utils import timezone

from core.indexing import index_in_bulk
from orgdirectory.id_numbers import id_number
from orgdirectory.models import Need, NeedStatus, Talent

from .common import (
    Places,
    bench_needs,
    bench_organizations,
    bench_projects,
    bench_talent,
    create_missing,
    missing,
    money,
    need_key,
    person,
    rng_for,
    say,
    talent_email,
)
from .words import AVAILABILITY, EXPERTISE, NEEDS, TOWN_FIRST, TOWN_SECOND

PER_SCALE = 5_000
STATUSES = [NeedStatus.OPEN, NeedStatus.MATCHED, NeedStatus.CLOSED]
STATUS_WEIGHTS = [55, 30, 15]


def community(rng):
    """An invented community or village: 东湖社区, 石岗村."""
    name = rng.choice(TOWN_FIRST) + rng.choice(TOWN_SECOND)
    return (f"{name}社区", "社区居委会") if rng.random() < 0.7 else (f"{name}村", "村民委员会")


class NeedMaker:
    def __init__(self, stdout):
        self.stdout = stdout
        self.now = timezone.now()
        self.places = Places()
        self.organizations = list(bench_organizations().order_by("pk").values_list("pk", flat=True)[:20000])
        self.projects = list(bench_projects().order_by("pk").values_list("pk", flat=True)[:20000])

    def seed(self, scale):
        total = round(PER_SCALE * scale)
        existing = {key.int - need_key(0).int for key in bench_needs().values_list("submission_key", flat=True)}
        todo = missing(total, existing)
        say(self.stdout, f"Needs: {len(existing):,} there, {len(todo):,} to create.")
        return create_missing(self.stdout, "needs", todo, self.create)

    def create(self, numbers):
        made = [self.need(number) for number in numbers]
        needs = [need for need, _ in made]
        Need.objects.bulk_create(needs, batch_size=1000)
        # `submitted_at` is set on creation (auto_now_add): received over the last months instead.
        for need, submitted_at in made:
            need.submitted_at = submitted_at
        Need.objects.bulk_update(needs, ["submitted_at"], batch_size=1000)
        index_in_bulk(needs)

    def need(self, number):
        rng = rng_for("need", number)
        what, area, beneficiaries = rng.choice(NEEDS)
        region = self.places.pick(rng, city_level=0.1)
        town = self.places.town(rng)
        place, raiser = community(rng)
        status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
        need = Need(
            title=f"{town}{place}{what}需求",
            description=(
                f"{town}{place}有{rng.randint(8, 200)}位{beneficiaries}需要{what.removesuffix('服务')}服务，"
                f"现有资源难以满足，希望有社会组织或志愿者团队提供每{rng.choice(['周', '月'])}"
                f"{rng.randint(1, 5)}次的支持，社区可提供场地和协调。"
            ),
            region=region,
            city=region.city,
            service_area=self.places.areas.get(area),
            beneficiaries=beneficiaries,
            budget=money(rng, 5_000, 200_000) if rng.random() < 0.6 else None,
            deadline=(self.now + datetime.timedelta(days=rng.randint(-60, 180))).date(),
            status=status,
            raised_by=f"{town}{place[:-2] if place.endswith('社区') else place}{raiser}",
            contact_name=person(rng)[0] + rng.choice(["女士", "先生", "主任"]),
            contact_phone=f"1370009{number % 10000:04d}",
            is_approved=status != NeedStatus.OPEN or rng.random() < 0.8,
            submission_key=need_key(number),
        )
        if status == NeedStatus.MATCHED:
            if self.projects and rng.random() < 0.5:
                need.matched_project_id = rng.choice(self.projects)
            elif self.organizations:
                need.matched_organization_id = rng.choice(self.organizations)
            else:
                need.status = NeedStatus.OPEN
        submitted_at = self.now - datetime.timedelta(days=rng.randint(0, 365), hours=rng.randint(0, 23))
        return need, submitted_at


class TalentMaker:
    def __init__(self, stdout):
        self.stdout = stdout
        self.now = timezone.now()
        self.places = Places()

    def seed(self, scale):
        total = round(PER_SCALE * scale)
        emails = bench_talent().values_list("email", flat=True)
        existing = {int(email[1:8]) for email in emails}
        todo = missing(total, existing)
        say(self.stdout, f"Talent: {len(existing):,} there, {len(todo):,} to create.")
        return create_missing(self.stdout, "talent", todo, self.create)

    def create(self, numbers):
        talent = [self.talent(number) for number in numbers]
        Talent.objects.bulk_create(talent, batch_size=1000)
        index_in_bulk(talent)

    def talent(self, number):
        rng = rng_for("talent", number)
        expertise, area, qualifications = rng.choice(EXPERTISE)
        region = self.places.pick(rng, city_level=0.0)
        year = rng.randint(1960, 2000)
        birth = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        years = rng.randint(2, 25)
        return Talent(
            display_name=person(rng),
            expertise=expertise,
            qualifications=qualifications if rng.random() < 0.7 else "",
            region=region,
            city=region.city,
            service_area=self.places.areas.get(area),
            availability=rng.choice(AVAILABILITY),
            bio=f"从事{expertise}工作{years}年，长期在{region.name}参与公益服务，愿意为社区和社会组织提供专业支持。",
            consented_at=self.now - datetime.timedelta(days=rng.randint(1, 700)) if rng.random() < 0.85 else None,
            phone=f"1380009{number % 10000:04d}",
            email=talent_email(number),
            id_number=id_number(region.code, birth, rng.randrange(10, 998)),
        )


def seed_needs(scale, stdout):
    return NeedMaker(stdout).seed(scale)


def seed_talent(scale, stdout):
    return TalentMaker(stdout).seed(scale)
