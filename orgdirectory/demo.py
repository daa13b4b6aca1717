"""Demo organizations, with valid unified social credit codes."""

import datetime
import random

from .credit_code import ALPHABET, check_character
from .models import Grade, Organization, OrgType

# (name, English name, type, grade)
ORGANIZATIONS = [
    ("省青年志愿服务促进会", "Provincial Youth Volunteering Association", OrgType.SOCIAL_GROUP, Grade.A5),
    ("省社会工作者协会", "Provincial Association of Social Workers", OrgType.SOCIAL_GROUP, Grade.A5),
    ("省慈善助学基金会", "Provincial Charitable Education Foundation", OrgType.FOUNDATION, Grade.A4),
    ("广州市越秀区长者关爱服务中心", "Yuexiu Elderly Care Service Centre", OrgType.SOCIAL_SERVICE, Grade.A4),
    ("深圳市南山区社区发展服务社", "Nanshan Community Development Service", OrgType.SOCIAL_SERVICE, Grade.A3),
    ("佛山市禅城区家庭综合服务中心", "Chancheng Family Service Centre", OrgType.SOCIAL_SERVICE, Grade.A3),
    ("省环境保护公益基金会", "Provincial Environmental Protection Foundation", OrgType.FOUNDATION, Grade.A3),
    ("珠海市香洲区残障人士康复服务中心", "Xiangzhou Disability Rehabilitation Centre", OrgType.SOCIAL_SERVICE, ""),
    ("汕头市潮汕文化研究会", "Shantou Chaoshan Culture Society", OrgType.SOCIAL_GROUP, Grade.A2),
    ("韶关市乡村振兴促进会", "Shaoguan Rural Revitalisation Association", OrgType.SOCIAL_GROUP, Grade.A1),
    ("湛江市红树林保护协会", "Zhanjiang Mangrove Protection Association", OrgType.SOCIAL_GROUP, ""),
    ("东莞市外来务工人员服务中心", "Dongguan Migrant Workers Service Centre", OrgType.SOCIAL_SERVICE, Grade.A4),
]

CATEGORY = {OrgType.SOCIAL_GROUP: "1", OrgType.SOCIAL_SERVICE: "2", OrgType.FOUNDATION: "3"}


def demo_credit_code(rng, org_type, division="440000"):
    """A code that validates: civil affairs (5), the type's category, a division, random body."""
    first17 = "5" + CATEGORY[org_type] + division + "".join(rng.choice(ALPHABET) for _ in range(9))
    return first17 + check_character(first17)


def load(stdout):
    rng = random.Random(2026)
    added = 0
    for index, (name, name_en, org_type, grade) in enumerate(ORGANIZATIONS):
        code = demo_credit_code(rng, org_type)
        if Organization.objects.filter(name=name).exists():
            continue
        Organization.objects.create(
            name=name,
            name_en=name_en,
            credit_code=code,
            org_type=org_type,
            grade=grade,
            registered_on=datetime.date(2008 + index, 1 + index % 12, 10),
        )
        added += 1
    stdout.write(f"Directory: {added} new organizations.")
