"""Benchmark organizations with their records and about five funding records each."""

import datetime

from django.utils import timezone

from core.indexing import index_in_bulk
from orgdirectory.models import (
    AnnualInspection,
    Commendation,
    FundingRecord,
    FundingSource,
    Grade,
    GradeAward,
    InspectionResult,
    Organization,
    OrgType,
    Penalty,
    Standing,
    StandingRecord,
)
from orgdirectory.models.organizations import years_later
from taxonomy.models import ServiceArea

from .common import (
    Places,
    bench_organizations,
    create_missing,
    credit_code,
    missing,
    money,
    number_of,
    person,
    rng_for,
    say,
)
from .words import (
    AIMS,
    AMOUNTS,
    BRANDS,
    FIELDS,
    FORMS,
    FUNDERS,
    GROUPS,
    PROJECT_ACTIVITIES,
    RECORDS,
    ROADS,
    SERVICES,
    SUPERVISORS,
)

PER_SCALE = 100_000
FUNDING_PER_ORGANIZATION = 5
PROVINCE = "广东省"
TYPES = [OrgType.SOCIAL_SERVICE, OrgType.SOCIAL_GROUP, OrgType.FOUNDATION]
TYPE_WEIGHTS = [55, 38, 7]
GRADES = [Grade.A5, Grade.A4, Grade.A4, Grade.A3, Grade.A3, Grade.A3, Grade.A2, Grade.A1]
# Where each type's money mostly comes from (weights in FundingSource order).
SOURCE_WEIGHTS = {
    OrgType.SOCIAL_SERVICE: [6, 2, 2, 2, 1],
    OrgType.SOCIAL_GROUP: [3, 2, 2, 1, 3],
    OrgType.FOUNDATION: [1, 1, 8, 2, 1],
}
CHILD_MODELS = [GradeAward, StandingRecord, AnnualInspection, Commendation, Penalty, FundingRecord]


def funding_count(number):
    """Records of organization `number`: 0 to 10, in pairs that add up to ten, so the total is five each."""
    spread = rng_for("funding-pair", number // 2).randint(0, FUNDING_PER_ORGANIZATION)
    return FUNDING_PER_ORGANIZATION + (spread if number % 2 == 0 else -spread)


class OrganizationMaker:
    def __init__(self, stdout):
        self.stdout = stdout
        self.today = timezone.localdate()
        self.places = Places()
        self.names = set(Organization.objects.values_list("name", flat=True))
        self.through = Organization.service_areas.through
        self.sources = list(FundingSource)

    def seed(self, scale):
        total = round(PER_SCALE * scale)
        existing = {number_of(code) for code in bench_organizations().values_list("credit_code", flat=True)}
        todo = missing(total, existing)
        say(self.stdout, f"Organizations: {len(existing):,} there, {len(todo):,} to create.")
        return create_missing(self.stdout, "organizations", todo, self.create)

    def create(self, numbers):
        made = [self.organization(number) for number in numbers]
        organizations = [organization for organization, _, _ in made]
        Organization.objects.bulk_create(organizations, batch_size=1000)
        through, children = [], {model: [] for model in CHILD_MODELS}
        for organization, areas, records in made:
            through += [self.through(organization=organization, servicearea=area) for area in areas]
            for record in records:
                children[type(record)].append(record)
        self.through.objects.bulk_create(through, batch_size=5000)
        for model, rows in children.items():
            model.objects.bulk_create(rows, batch_size=2000)
        index_in_bulk(organizations)

    # One organization

    def organization(self, number):
        """(Organization, service areas, child records), unsaved; the summary fields already filled."""
        rng = rng_for("organization", number)
        org_type = rng.choices(TYPES, TYPE_WEIGHTS)[0]
        provincial = rng.random() < (0.4 if org_type == OrgType.FOUNDATION else 0.04)
        region = None if provincial else self.places.pick(rng)
        field, field_en, area_slugs = rng.choice(FIELDS)
        name, name_en = self.name(rng, number, region, org_type, field, field_en)
        registered = datetime.date(round(rng.triangular(1998, self.today.year, 2019)), rng.randint(1, 12), 1)
        registered = min(registered.replace(day=rng.randint(1, 28)), self.today)
        prefix = str(region) if region else PROVINCE
        authority = f"{prefix}民政局" if region else "广东省民政厅"
        latitude, longitude = self.places.position(rng, region)
        organization = Organization(
            name=name,
            name_en=name_en,
            credit_code=credit_code(org_type, region.code if region else "440000", number),
            org_type=org_type,
            registration_authority=authority,
            supervising_unit=f"{prefix}{rng.choice(SUPERVISORS)}" if org_type == OrgType.SOCIAL_GROUP else "",
            certificate_number=f"粤民证字第{number % 900000 + 100000}号",
            certificate_valid_until=years_later(registered, 5 * ((self.today.year - registered.year) // 5 + 1)),
            registered_capital=self.capital(rng, org_type),
            region=region,
            city=region.city if region else None,
            registered_on=registered,
            legal_representative=person(rng),
            address=f"{prefix}{rng.choice(ROADS)}{rng.randint(1, 400)}号",
            phone=self.places.phone(rng, region),
            latitude=latitude,
            longitude=longitude,
            description=self.description(rng, name, field),
        )
        areas = [self.places.areas[slug] for slug in area_slugs if slug in self.places.areas]
        records = [*self.history(rng, organization), *self.funding(rng, number, organization)]
        organization.funding_total = sum(r.amount for r in records if isinstance(r, FundingRecord))
        organization.service_area_bits = ServiceArea.bits_of(areas)
        return organization, areas, records

    def name(self, rng, number, region, org_type, field, field_en):
        """A name no organization has yet: place + (brand or street) + field + form, and its English if plain."""
        for attempt in range(12):
            form, form_en = rng.choice(FORMS[org_type])
            if region is None:
                place, place_en = PROVINCE, "Guangdong Provincial"
            elif region.parent_id and rng.random() < 0.5:
                place, place_en = region.name, region.name_en.rsplit(" ", 1)[0]
            else:
                place = str(region)
                place_en = f"{region.parent.name_en} {region.name_en.rsplit(' ', 1)[0]}" if region.parent_id else ""
                place_en = place_en or region.name_en
            style = rng.random()
            if style < 0.5 and attempt < 4:
                name, name_en = f"{place}{field}{form}", f"{place_en} {field_en} {form_en}"
            elif style < 0.8 or region is None:
                name, name_en = f"{place}{rng.choice(BRANDS)}{field}{form}", ""
            else:
                name, name_en = f"{place}{self.places.town(rng)}{field}{form}", ""
            if name not in self.names:
                break
        else:
            name = f"{place}{rng.choice(BRANDS)}{self.places.town(rng)}{field}{form}"
            if name in self.names:
                name = f"{place}{field}{form}（{number}）"
        self.names.add(name)
        return name, name_en if rng.random() < 0.7 else ""

    def capital(self, rng, org_type):
        if org_type == OrgType.FOUNDATION:
            return money(rng, 2_000_000, 50_000_000)
        return money(rng, 30_000, 100_000 if org_type == OrgType.SOCIAL_GROUP else 1_000_000)

    def description(self, rng, name, field):
        services = "、".join(rng.sample(SERVICES, rng.randint(2, 4)))
        record = rng.choice(RECORDS).format(n=rng.randint(50, 20000), small=rng.randint(2, 30))
        return (
            f"{name}是依法登记的非营利性社会组织，聚焦{field}领域，主要面向{rng.choice(GROUPS)}和"
            f"{rng.choice(GROUPS)}开展{services}等服务，{record}。{rng.choice(AIMS)}"
        )

    def history(self, rng, organization):
        """Grade, listings, inspections, honours and penalties, and the summary fields they give."""
        today, start = self.today, organization.registered_on
        if start.year <= today.year - 3 and rng.random() < 0.35:
            awarded = datetime.date(
                rng.randint(max(start.year + 2, today.year - 7), today.year - 1), rng.randint(1, 12), 15
            )
            award = GradeAward(organization=organization, grade=rng.choice(GRADES), awarded_on=awarded)
            award.evaluating_body = organization.registration_authority
            organization.grade, organization.grade_valid_until = award.grade, award.valid_until
            yield award
        if start.year < today.year and rng.random() < 0.06:
            status = rng.choice([Standing.ABNORMAL] * 6 + [Standing.SERIOUS, Standing.REVOKED, Standing.DEREGISTERED])
            listed = min(
                datetime.date(rng.randint(max(start.year + 1, today.year - 4), today.year), rng.randint(1, 12), 10),
                today,
            )
            removed = (
                listed + datetime.timedelta(days=rng.randint(90, 400))
                if status == Standing.ABNORMAL and rng.random() < 0.4
                else None
            )
            if removed and removed > today:
                removed = None
            yield StandingRecord(
                organization=organization,
                status=status,
                listed_on=listed,
                listed_reason="未按规定参加年度检查" if status == Standing.ABNORMAL else "严重违反登记管理规定",
                decided_by=organization.registration_authority,
                removed_on=removed,
                removal_reason="已补报年度工作报告" if removed else "",
            )
            organization.standing = Standing.NORMAL if removed else status
        for year in range(max(start.year + 1, today.year - 2), today.year):
            result = rng.choice(
                [InspectionResult.PASSED] * 6 + [InspectionResult.BASICALLY_PASSED, InspectionResult.SUBMITTED]
            )
            yield AnnualInspection(organization=organization, year=year, result=result)
        if start.year < today.year and rng.random() < 0.05:
            yield Commendation(
                organization=organization,
                title=rng.choice(["全省先进社会组织", "优秀志愿服务组织", "社会组织党建示范点", "年度公益之星"]),
                awarded_by=rng.choice(["广东省民政厅", organization.registration_authority]),
                awarded_on=datetime.date(rng.randint(max(start.year, today.year - 6), today.year - 1), 12, 20),
            )
        if rng.random() < 0.01:
            yield Penalty(
                organization=organization,
                decision_number=f"粤民罚〔{today.year - rng.randint(1, 4)}〕{rng.randint(1, 60)}号",
                reason=rng.choice(["未按章程规定使用财产", "未按规定办理变更登记", "违反规定收取费用"]),
                basis="《社会团体登记管理条例》第三十条",
                result=rng.choice(["警告，责令改正", "警告，没收违法所得"]),
                decided_on=datetime.date(today.year - rng.randint(1, 4), rng.randint(1, 12), 5),
            )

    def funding(self, rng, number, organization):
        region = organization.region
        city = region.city.name if region else "广州市"
        place = str(region) if region else city
        first_year = max(organization.registered_on.year, self.today.year - 9)
        years = list(range(first_year, self.today.year + 1))
        weights = [1 + index for index in range(len(years))]  # more records in recent years
        for _ in range(funding_count(number)):
            source = rng.choices(self.sources, SOURCE_WEIGHTS[organization.org_type])[0]
            activity, _area = rng.choice(PROJECT_ACTIVITIES)
            year = rng.choices(years, weights)[0]
            yield FundingRecord(
                organization=organization,
                year=year,
                source=source,
                funder=rng.choice(FUNDERS[source]).format(city=city, place=place, town=self.places.town(rng)),
                amount=money(rng, *AMOUNTS[source], cents=source == FundingSource.DONATION),
                project_name=f"{year}年{activity}" if rng.random() < 0.3 else activity,
            )


def seed(scale, stdout):
    return OrganizationMaker(stdout).seed(scale)
