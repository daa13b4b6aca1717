"""Generated organizations for the speed benchmark: many, quickly, and varied.

Names and descriptions are put together from word lists the way the real
directory reads (广州市越秀区长者关爱服务中心 …), so that the index holds a
realistic spread of bigrams; `queries` draws two-word queries from the same lists.
Deterministic: the same count gives the same rows.
"""

import random

from orgdirectory.credit_code import ALPHABET, check_character
from orgdirectory.models import Organization, OrgType
from taxonomy.models import Region

BATCH = 2000
SEED = 2026

THEMES = [
    "长者关爱", "社区养老", "青少年发展", "儿童关爱", "社区营造", "助残康复", "绿色环保", "慈善救助",
    "社会工作", "家庭教育", "心理健康", "法律援助", "文化传承", "应急救援", "科技普及", "乡村振兴",
    "妇女发展", "外来务工人员服务", "退役军人服务", "禁毒宣传", "健康促进", "体育健身", "书法艺术",
    "非遗保护", "公益创投", "志愿服务", "婚姻家庭", "困境儿童帮扶", "职业技能培训", "社区矫正",
]  # fmt: skip
SUFFIXES = {
    OrgType.SOCIAL_GROUP: ["协会", "促进会", "联合会", "研究会", "商会"],
    OrgType.SOCIAL_SERVICE: ["服务中心", "服务社", "发展中心", "社会工作服务中心", "培训中心"],
    OrgType.FOUNDATION: ["基金会", "公益基金会", "慈善基金会"],
}
GROUPS = [
    "长者", "独居老人", "青少年", "留守儿童", "困境儿童", "残障人士", "外来务工人员", "社区居民",
    "妇女", "退役军人", "低保家庭", "新市民", "大学生", "失业人员", "慢性病患者", "流动儿童",
]  # fmt: skip
SERVICES = [
    "社区养老", "助餐配餐", "居家探访", "心理咨询", "法律咨询", "课后托管", "就业培训", "康复训练",
    "应急救护培训", "环境保护宣传", "垃圾分类指导", "家庭教育指导", "亲子活动", "文化展演", "健康讲座",
    "防诈骗宣传", "志愿服务", "政策咨询", "能力建设", "项目孵化", "社区议事", "助学帮扶", "技能提升",
    "邻里互助", "读书会", "义诊", "公益市集", "防灾减灾演练",
]  # fmt: skip
RECORDS = [
    "近三年累计服务{n}人次",
    "承接政府购买服务项目{n}个",
    "与{n}个街道和社区建立合作关系",
    "拥有注册志愿者{n}名",
    "连续{n}年年度报告合格",
    "获评{grade}级社会组织",
    "设有专职社会工作者{n}名",
]
GRADES = ["3A", "4A", "5A"]
TYPES = [OrgType.SOCIAL_SERVICE] * 5 + [OrgType.SOCIAL_GROUP] * 4 + [OrgType.FOUNDATION]
CATEGORY = {OrgType.SOCIAL_GROUP: "1", OrgType.SOCIAL_SERVICE: "2", OrgType.FOUNDATION: "3"}
# Position 9 of the bench's credit codes; the rest counts up, so codes never repeat.
CODE_MARK = "Y"


def serial(number, width=8):
    digits = []
    for _ in range(width):
        number, digit = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))


def credit_code(org_type, division, number):
    body = "5" + CATEGORY[org_type] + division + CODE_MARK + serial(number)
    return body + check_character(body)


def description(rng, name):
    group = rng.choice(GROUPS)
    services = "、".join(rng.sample(SERVICES, rng.randint(2, 4)))
    record = rng.choice(RECORDS).format(n=rng.randint(2, 5000), grade=rng.choice(GRADES))
    year = rng.randint(2005, 2024)
    return (
        f"{name}成立于{year}年，主要面向{group}开展{services}等服务，{record}。"
        f"机构坚持专业化、规范化发展，积极参与{rng.choice(THEMES)}和{rng.choice(THEMES)}工作。"
    )


def organizations(count, start=0):
    """`count` unsaved organizations, numbered from `start`."""
    rng = random.Random(SEED + start)  # noqa: S311 - deterministic data, not a secret
    regions = list(Region.objects.filter(parent__isnull=False).select_related("parent"))
    for number in range(start, start + count):
        org_type = rng.choice(TYPES)
        region = rng.choice(regions)
        name = f"{region}{rng.choice(THEMES)}{rng.choice(SUFFIXES[org_type])}"
        yield Organization(
            name=name,
            credit_code=credit_code(org_type, region.code, number),
            org_type=org_type,
            region=region,
            city_id=region.parent_id,
            registration_authority=f"{region.parent.name}民政局",
            description=description(rng, name),
        )


def create_organizations(count):
    """Bulk-create `count` generated organizations; returns how many exist afterwards."""
    batch = []
    for organization in organizations(count):
        batch.append(organization)
        if len(batch) == BATCH:
            Organization.objects.bulk_create(batch)
            batch = []
    Organization.objects.bulk_create(batch)
    return Organization.objects.count()


def queries(count):
    """`count` two-word queries such as "社区 养老", "青少年 心理咨询", from the corpus's words."""
    rng = random.Random(SEED)  # noqa: S311 - deterministic data, not a secret
    first = [*GROUPS, "社区", "街道", "乡村", "校园", *(theme for theme in THEMES if len(theme) <= 4)]
    second = [
        *SERVICES,
        "服务",
        "养老",
        "培训",
        "帮扶",
        *(suffix for suffixes in SUFFIXES.values() for suffix in suffixes),
    ]
    return [f"{rng.choice(first)} {rng.choice(second)}" for _ in range(count)]
