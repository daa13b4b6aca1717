"""Demo directory: 300 organizations with valid credit codes, their records,
funding over several years, and donations. Deterministic, and only adds what is
missing, so load_demo can run again."""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from core.indexing import index_in_bulk
from orgdirectory.credit_code import ALPHABET, check_character
from orgdirectory.models import (
    AnnualInspection,
    Commendation,
    Donation,
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
from taxonomy.models import Region, ServiceArea

COUNT = 300
SHOWCASE = 6  # the first few are rated 5A in Guangzhou's districts, so the demo always has some
FIRST_YEAR = 2021  # of the funding records; they run to last year, the last complete one

# (theme, English theme, service area slugs)
THEMES = [
    ("长者关爱", "Elderly Care", ["elderly-care", "community"]),
    ("青少年发展", "Youth Development", ["children", "education"]),
    ("社区营造", "Community Building", ["community", "volunteering"]),
    ("助残康复", "Disability Rehabilitation", ["disability", "health"]),
    ("绿色环保", "Green Environment", ["environment", "volunteering"]),
    ("慈善救助", "Charitable Relief", ["poverty-relief", "emergency"]),
    ("社会工作", "Social Work", ["social-work", "community"]),
    ("家庭教育", "Family Education", ["education", "children"]),
    ("心理健康", "Mental Health", ["health", "social-work"]),
    ("法律援助", "Legal Aid", ["legal-aid"]),
    ("文化传承", "Cultural Heritage", ["culture-sport"]),
    ("应急救援", "Emergency Rescue", ["emergency", "volunteering"]),
    ("科技普及", "Science Outreach", ["science", "education"]),
    ("乡村振兴", "Rural Revitalisation", ["poverty-relief", "industry"]),
]
SUFFIXES = {
    OrgType.SOCIAL_GROUP: [("协会", "Association"), ("促进会", "Promotion Association"), ("联合会", "Federation")],
    OrgType.SOCIAL_SERVICE: [
        ("服务中心", "Service Centre"),
        ("服务社", "Service Agency"),
        ("发展中心", "Development Centre"),
    ],
    OrgType.FOUNDATION: [("基金会", "Foundation"), ("公益基金会", "Charitable Foundation")],
}
PROJECTS = [
    "长者饭堂运营",
    "社区儿童之家",
    "困境家庭入户探访",
    "残障青年就业培训",
    "河涌巡护志愿行动",
    "社区心理咨询服务",
    "乡村留守儿童课后托管",
    "社区应急救护培训",
    "非遗进校园",
    "外来务工人员法律咨询",
]
FUNDERS = {
    FundingSource.GOVERNMENT_PURCHASE: ["{city}民政局", "{city}{district}民政局", "{city}{district}街道办事处"],
    FundingSource.FISCAL_SUBSIDY: ["省民政厅", "{city}财政局"],
    FundingSource.DONATION: ["社会公众（网络募捐）", "爱心企业联合捐赠", "{city}慈善会"],
    FundingSource.FOUNDATION_GRANT: ["省慈善助学基金会", "省环境保护公益基金会"],
    FundingSource.OTHER: ["服务收费收入", "会费收入"],
}
CATEGORY = {OrgType.SOCIAL_GROUP: "1", OrgType.SOCIAL_SERVICE: "2", OrgType.FOUNDATION: "3"}
GIVEN = ["志明", "秀英", "建华", "丽娟", "国强", "海燕", "文杰", "晓红", "伟东", "婉婷", "永康", "嘉欣"]
FAMILY = ["陈", "李", "黄", "张", "梁", "刘", "林", "何", "吴", "郑", "罗", "谢"]


def credit_code(rng, org_type, division):
    body = "5" + CATEGORY[org_type] + division + "".join(rng.choice(ALPHABET) for _ in range(9))
    return body + check_character(body)


def money(rng, low, high):
    return Decimal(rng.randrange(low, high)) * 100


class DirectoryDemo:
    def __init__(self, stdout):
        self.stdout = stdout
        self.rng = random.Random(2026)
        # The date the demo's records are as of: fixed so that the demo is the same on every
        # run, but never later than today, so that nothing is dated in the future.
        self.today = min(datetime.date(2026, 6, 30), timezone.localdate())
        self.areas = {area.slug: area for area in ServiceArea.objects.all()}
        self.counties = list(Region.objects.filter(parent__isnull=False).select_related("parent"))
        self.cities = list(Region.objects.cities())

    def organizations(self):
        """(Organization, service area slugs) for every demo organization, unsaved."""
        rng = self.rng
        types = [OrgType.SOCIAL_SERVICE] * 5 + [OrgType.SOCIAL_GROUP] * 4 + [OrgType.FOUNDATION]
        seen = set()
        for index in range(COUNT):
            org_type = rng.choice(types)
            theme, theme_en, areas = rng.choice(THEMES)
            suffix, suffix_en = rng.choice(SUFFIXES[org_type])
            if index < SHOWCASE:
                region = self.counties[index]  # Guangzhou's districts come first in code order
                prefix, prefix_en = str(region), f"{region.parent.name_en} {region.name_en.rsplit(' ', 1)[0]}"
            elif org_type == OrgType.FOUNDATION or index % 10 == 0:
                region, prefix, prefix_en = None, "省", "Provincial"
            else:
                region = rng.choice(self.counties) if rng.random() < 0.8 else rng.choice(self.cities)
                prefix, prefix_en = (
                    str(region),
                    region.name_en
                    if not region.parent_id
                    else (f"{region.parent.name_en} {region.name_en.rsplit(' ', 1)[0]}"),
                )
            name = f"{prefix}{theme}{suffix}"
            if name in seen:
                name = f"{prefix}{theme}第{index}{suffix}"
            seen.add(name)
            division = region.code if region else "440000"
            registered = datetime.date(rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28))
            organization = Organization(
                name=name,
                name_en=f"{prefix_en} {theme_en} {suffix_en}",
                credit_code=credit_code(rng, org_type, division),
                org_type=org_type,
                registration_authority=f"{region.city.name}民政局" if region else "省民政厅",
                supervising_unit="" if org_type != OrgType.SOCIAL_GROUP else "省社会组织总会",
                certificate_number=f"粤民证字第{rng.randint(10000, 99999)}号",
                certificate_valid_until=datetime.date(2028 + index % 4, registered.month, registered.day),
                registered_capital=money(rng, 300, 20000),
                region=region,
                city=region.city if region else None,
                registered_on=registered,
                legal_representative=rng.choice(FAMILY) + rng.choice(GIVEN),
                address=f"{prefix}示例路{rng.randint(1, 300)}号",
                phone=f"020-8{rng.randint(1000000, 9999999)}",
                description=f"{name}是依法登记的非营利性社会组织，主要开展{theme}领域的公益服务与能力建设。",
            )
            yield organization, areas

    @transaction.atomic
    def load(self):
        planned = list(self.organizations())
        existing = set(
            Organization.objects.filter(credit_code__in=[o.credit_code for o, _ in planned]).values_list(
                "credit_code", flat=True
            )
        )
        new = [(o, areas) for o, areas in planned if o.credit_code not in existing]
        Organization.objects.bulk_create([o for o, _ in new])
        created = {
            o.credit_code: o for o in Organization.objects.filter(credit_code__in=[o.credit_code for o, _ in new])
        }
        through = Organization.service_areas.through
        through.objects.bulk_create(
            [
                through(organization=created[o.credit_code], servicearea=self.areas[slug])
                for o, areas in new
                for slug in areas
                if slug in self.areas
            ]
        )
        records = {model: [] for model in (GradeAward, StandingRecord, AnnualInspection, Commendation, Penalty)}
        funding = []
        showcase = {o.credit_code for o, _ in planned[:SHOWCASE]}
        for organization in created.values():
            if organization.credit_code in showcase:
                records[GradeAward].append(
                    GradeAward(organization=organization, grade=Grade.A5, awarded_on=datetime.date(2024, 11, 20))
                )
            self.add_records(organization, records, rated=organization.credit_code in showcase)
            funding.extend(self.funding_for(organization))
        for model, rows in records.items():
            model.objects.bulk_create(rows)
        FundingRecord.objects.bulk_create(funding)
        for organization in created.values():
            organization.refresh_summary(today=self.today)
        # bulk_create sends no signal, so Wagtail has not indexed them: the search must find them.
        index_in_bulk(created.values())
        donations = 0 if Donation.objects.exists() else self.add_donations()
        self.stdout.write(
            f"Directory: {len(created)} new organizations, {len(funding)} funding records, {donations} donations."
        )

    def add_records(self, organization, records, rated=False):
        rng, start = self.rng, organization.registered_on
        if not rated and rng.random() < 0.55 and start.year < 2023:
            awarded = datetime.date(rng.randint(max(start.year + 2, 2019), 2025), rng.randint(1, 12), 15)
            grades = [Grade.A5, Grade.A4, Grade.A4, Grade.A3, Grade.A3, Grade.A3, Grade.A2, Grade.A1]
            records[GradeAward].append(
                GradeAward(
                    organization=organization, grade=rng.choice(grades), awarded_on=awarded, evaluating_body="省民政厅"
                )
            )
        roll = rng.random()
        if roll < 0.1:
            status = [Standing.ABNORMAL] * 6 + [Standing.SERIOUS, Standing.REVOKED, Standing.DEREGISTERED]
            chosen = rng.choice(status)
            listed = datetime.date(rng.randint(2022, 2025), rng.randint(1, 12), 10)
            removed = (
                listed + datetime.timedelta(days=200) if chosen == Standing.ABNORMAL and rng.random() < 0.4 else None
            )
            records[StandingRecord].append(
                StandingRecord(
                    organization=organization,
                    status=chosen,
                    listed_on=listed,
                    listed_reason="未按规定参加年度检查" if chosen == Standing.ABNORMAL else "严重违反登记管理规定",
                    decided_by=organization.registration_authority,
                    removed_on=removed,
                    removal_reason="已补报年度工作报告" if removed else "",
                )
            )
        for year in range(max(start.year + 1, 2021), 2025):
            result = rng.choice(
                [InspectionResult.PASSED] * 5 + [InspectionResult.BASICALLY_PASSED, InspectionResult.SUBMITTED]
            )
            records[AnnualInspection].append(AnnualInspection(organization=organization, year=year, result=result))
        if rng.random() < 0.15:
            records[Commendation].append(
                Commendation(
                    organization=organization,
                    title="全省先进社会组织",
                    awarded_by="省民政厅",
                    awarded_on=datetime.date(rng.randint(2019, 2025), 12, 20),
                )
            )
        if rng.random() < 0.03:
            records[Penalty].append(
                Penalty(
                    organization=organization,
                    decision_number=f"粤民罚〔{rng.randint(2021, 2025)}〕{rng.randint(1, 40)}号",
                    reason="未按章程规定使用财产",
                    basis="《社会团体登记管理条例》第三十条",
                    result="警告，责令改正",
                    decided_on=datetime.date(rng.randint(2021, 2025), rng.randint(1, 12), 5),
                )
            )

    def funding_for(self, organization):
        rng = self.rng
        city = organization.city.name if organization.city else "广州市"
        district = organization.region.name if organization.region and organization.region.parent_id else ""
        sources = list(FundingSource)
        weights = [5, 2, 3, 2, 1]
        for year in range(FIRST_YEAR, self.today.year):
            if year < organization.registered_on.year or rng.random() < 0.3:
                continue
            for _ in range(rng.randint(1, 3)):
                source = rng.choices(sources, weights)[0]
                yield FundingRecord(
                    organization=organization,
                    year=year,
                    source=source,
                    funder=rng.choice(FUNDERS[source]).format(city=city, district=district),
                    amount=money(rng, 50, 15000) + Decimal(rng.randint(0, 99)),
                    project_name=rng.choice(PROJECTS),
                )

    def add_donations(self):
        rng = self.rng
        donors = ["广州某科技有限公司", "佛山市爱心企业联合会", "陈先生", "李女士", "校友公益联盟", "某某餐饮连锁"]
        recipients = list(Organization.objects.order_by("pk")[:60]) + [None] * 10
        rows = []
        for index in range(120):
            in_kind = index % 7 == 0
            rows.append(
                Donation(
                    donor_name=rng.choice(donors),
                    is_anonymous=index % 5 == 0,
                    amount=None if in_kind else money(rng, 1, 5000),
                    in_kind=f"{rng.choice(['冬衣', '助学书包', '轮椅', '防疫物资'])}{rng.randint(20, 500)}件"
                    if in_kind
                    else "",
                    donated_on=self.today - datetime.timedelta(days=rng.randint(0, 4 * 365)),
                    recipient=rng.choice(recipients),
                    purpose=rng.choice(["助学", "助老", "扶残", "救灾", "定向支持项目"]),
                )
            )
        Donation.objects.bulk_create(rows)
        return len(rows)
