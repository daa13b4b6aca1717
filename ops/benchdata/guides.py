"""Benchmark data of the service guides for `seed_bench`: at scale 1, 500 guides in
the Chinese guide finder, each a complete guide (legal basis, conditions,
materials, procedure, time limits, fees, service points, questions and answers)
whose StreamFields pass the blocks' own checks.

Services are put together from the word lists below, written for this
benchmark: an organization type, a matter and, for most, the city that handles
it. Guide `i` is drawn from a generator seeded with `i`, so a rerun builds the
same page again; its slug (`bench-guide-0042`) tells a rerun it exists already.
"""

import datetime
import random
import time
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from core.indexing import index_in_bulk
from guides.models import GuideIndexPage, GuidePage, GuideTopic, ItemType, ServicePoint, TimeLimitKind
from ops import benchtree
from taxonomy.models import Audience, Region

CHINESE = "zh-hans"
SEED = "guides-bench"
CHUNK = 500
VOLUME = 500
PROVINCE_BODY = "广东省民政厅"
CONSULT_PHONE = "020-8600 1201"
COMPLAINT_PHONE = "020-8600 1288"
ONLINE = "https://www.example.gov.cn/zwfw/shzz/{slug}/"
PROGRESS = "https://www.example.gov.cn/zwfw/progress/?item={slug}"

# (name, audience slugs) of the organization types a guide can be for.
ORG_TYPES = [
    ("社会团体", ["social-group"]),
    ("社会服务机构", ["social-service"]),
    ("基金会", ["foundation"]),
    ("慈善组织", ["charity", "foundation", "social-service"]),
    ("行业协会商会", ["social-group"]),
    ("社区社会组织", ["social-group", "social-service"]),
]
# (matter, topic, item type, statutory days or None for on the spot, special stage or None)
MATTERS = [
    ("成立登记", GuideTopic.REGISTRATION, ItemType.LICENCE, 60, ("专家评审", 15)),
    ("筹备申请", GuideTopic.REGISTRATION, ItemType.LICENCE, 60, None),
    ("名称变更登记", GuideTopic.CHANGE, ItemType.LICENCE, 30, None),
    ("住所变更登记", GuideTopic.CHANGE, ItemType.LICENCE, 30, ("实地核查", 5)),
    ("法定代表人变更登记", GuideTopic.CHANGE, ItemType.LICENCE, 30, ("离任审计", 20)),
    ("业务范围变更登记", GuideTopic.CHANGE, ItemType.LICENCE, 30, None),
    ("注册资金变更登记", GuideTopic.CHANGE, ItemType.LICENCE, 30, ("验资", 10)),
    ("章程核准", GuideTopic.CHANGE, ItemType.CONFIRMATION, 30, None),
    ("注销登记", GuideTopic.DEREGISTRATION, ItemType.LICENCE, 30, ("清算公告", 45)),
    ("年度报告报送", GuideTopic.ANNUAL, ItemType.PUBLIC_SERVICE, None, None),
    ("年度检查", GuideTopic.ANNUAL, ItemType.CONFIRMATION, 60, None),
    ("等级评估申请", GuideTopic.EVALUATION, ItemType.PUBLIC_SERVICE, 90, ("实地评估", 30)),
    ("慈善组织认定", GuideTopic.CHARITY, ItemType.CONFIRMATION, 20, None),
    ("公开募捐资格申请", GuideTopic.CHARITY, ItemType.LICENCE, 20, ("社会公示", 5)),
    ("慈善信托备案", GuideTopic.CHARITY, ItemType.OTHER, 7, None),
    ("志愿服务组织身份标识", GuideTopic.VOLUNTEERING, ItemType.PUBLIC_SERVICE, None, None),
    ("印章式样备案", GuideTopic.OTHER, ItemType.OTHER, None, None),
    ("登记证书补领", GuideTopic.OTHER, ItemType.PUBLIC_SERVICE, 10, None),
    ("负责人任职备案", GuideTopic.CHANGE, ItemType.OTHER, 15, None),
    ("分支机构设立登记", GuideTopic.REGISTRATION, ItemType.LICENCE, 30, None),
]
LAWS = [
    ("《社会团体登记管理条例》", "第{n}条"),
    ("《民办非企业单位登记管理暂行条例》", "第{n}条"),
    ("《基金会管理条例》", "第{n}条"),
    ("《中华人民共和国慈善法》", "第{n}条"),
    ("《志愿服务条例》", "第{n}条"),
    ("《广东省社会组织管理办法》", "第{n}条"),
    ("《社会组织登记管理机关行政处罚程序规定》", ""),
    ("《社会组织评估管理办法》（民政部令第39号）", "第{n}条"),
]
CONDITIONS = [
    "有规范的名称和相应的组织机构，名称符合社会组织名称管理规定。",
    "有固定的住所，住所使用期限不少于一年。",
    "有与其业务活动相适应的专职工作人员，且负责人具有完全民事行为能力。",
    "有合法的资产和经费来源，注册资金符合法定最低限额。",
    "章程草案经会员（代表）大会或理事会表决通过。",
    "近两年内未受过登记管理机关的行政处罚。",
    "上一年度年度报告已按时报送且内容真实完整。",
    "内部治理结构健全，财务管理制度规范，会计核算符合国家统一的会计制度。",
    "申请事项经业务主管单位审查同意（依法需要前置审查的）。",
    "拟任负责人未担任其他社会组织的法定代表人。",
]
MATERIALS = [
    ("{matter}申请书", None, "由法定代表人签字并加盖单位公章"),
    ("法定代表人身份证件", None, "提供身份证正反面复印件"),
    ("章程草案或章程修正案", None, "须经会员（代表）大会或理事会表决通过"),
    ("住所使用权证明", "住所发生变化的", "房产证明或一年以上租赁合同"),
    ("验资报告", "涉及注册资金的", "由会计师事务所出具"),
    ("理事会（会员大会）决议", None, "写明表决情况并由到会理事签名"),
    ("业务主管单位审查同意文件", "依法需要前置审查的", ""),
    ("清算报告", "申请注销登记的", "由清算组全体成员签字"),
    ("财务审计报告", None, "上一会计年度的审计报告"),
    ("授权委托书及受托人身份证件", "委托他人代为办理的", ""),
    ("登记证书正副本", None, "交回原件"),
    ("拟任负责人基本情况表", "负责人发生变化的", "附近期免冠照片"),
]
STEPS = [
    ("申请", "申请人", "通过省政务服务网在线提交申请，上传所需材料。"),
    ("受理", "政务服务窗口", "材料齐全、符合法定形式的当场受理；需要补正的，一次性告知补正内容。"),
    ("审查", "社会组织管理部门", "对申请材料进行实质审查，必要时进行实地核查。"),
    ("决定", "社会组织管理部门", "作出准予或者不予许可的决定；不予许可的，书面说明理由。"),
    ("送达", "政务服务窗口", "通过邮寄、窗口领取或电子证照方式送达办理结果。"),
]
QUESTIONS = [
    ("{matter}可以全程网上办理吗？", "可以。申请人登录省政务服务网提交申请，审查通过后可选择邮寄送达或电子证照。"),
    ("办理{matter}需要收费吗？", "本事项依法不收取任何费用，请勿相信任何代办收费信息。"),
    ("材料不齐全怎么办？", "窗口工作人员会一次性告知需要补正的全部内容，补齐后重新计算办理时限。"),
    ("委托他人办理需要注意什么？", "受托人须携带授权委托书原件和本人身份证件，委托书应载明委托事项和权限。"),
    ("办理进度在哪里查询？", "可在办件查询页面输入受理编号查询，也可拨打咨询电话了解进度。"),
]


class Bench:
    """What every guide of a run shares: the finder, regions, audiences, service points."""

    def __init__(self, index):
        self.index = index
        self.cities = list(Region.objects.cities().values_list("name", flat=True))
        self.audiences = {audience.slug: audience for audience in Audience.objects.all()}
        self.points = list(ServicePoint.objects.all())
        self.today = timezone.localdate()

    def guide(self, i):
        rng = random.Random(f"{SEED}-{i}")  # noqa: S311 - repeatable data, not a secret
        # Every place (the province, then each city) before the next matter; every
        # combination once before titles repeat with a number.
        places = ["", *self.cities]
        place, k = places[i % len(places)], i // len(places)
        org_type, audience_slugs = ORG_TYPES[k % len(ORG_TYPES)]
        matter, topic, item_type, statutory, stage = MATTERS[(k // len(ORG_TYPES)) % len(MATTERS)]
        body = f"{place}民政局" if place else PROVINCE_BODY
        title = f"{place}{org_type}{matter}"
        if repeat := k // (len(ORG_TYPES) * len(MATTERS)):
            title += f"（{repeat + 1}）"
        slug = f"{benchtree.BENCH_PREFIX}guide-{i:04d}"
        words = {"matter": matter, "n": rng.randint(8, 40)}
        page = GuidePage(
            title=title,
            slug=slug,
            summary=f"{org_type}申请{matter}的，由{body}依法办理。本指南列明办理条件、所需材料、流程和时限。",
            item_code=f"11440000MB2C{i:05d}X4440{rng.randint(1000000, 9999999)}",
            item_type=item_type,
            topic=topic,
            implementing_body=body,
            legal_basis=[
                ("reference", {"title": title_, "article": article.format(**words), "policy_page": None})
                for title_, article in rng.sample(LAWS, rng.randint(1, 3))
            ],
            conditions=[("condition", {"text": text}) for text in rng.sample(CONDITIONS, rng.randint(2, 5))],
            materials=[
                ("material", self.material(rng, spec, words)) for spec in rng.sample(MATERIALS, rng.randint(3, 7))
            ],
            procedure=[
                ("step", {"title": t, "who": who, "description": d}) for t, who, d in STEPS[: rng.randint(3, 5)]
            ],
            special_stages=[("stage", {"name": stage[0], "working_days": stage[1]})] if stage else [],
            visits=rng.choice([0, 0, 1, 1, 1, 2]),
            online_url=ONLINE.format(slug=slug),
            progress_url=PROGRESS.format(slug=slug),
            consult_phone=CONSULT_PHONE,
            complaint_phone=COMPLAINT_PHONE,
            faq=[
                ("qa", {"question": q.format(**words), "answer": a.format(**words)})
                for q, a in rng.sample(QUESTIONS, rng.randint(2, 4))
            ],
            reviewed_on=self.today - datetime.timedelta(days=rng.randint(10, 700)),
            reviewed_by=f"{body}政务服务窗口",
            featured=rng.random() < 0.02,
            first_published_at=timezone.now() - datetime.timedelta(days=rng.randint(30, 1500)),
        )
        if statutory is None:
            page.time_limit_kind = TimeLimitKind.ON_THE_SPOT
        else:
            page.time_limit_kind = TimeLimitKind.PROMISED
            page.statutory_days = statutory
            page.promised_days = max(1, statutory // rng.choice([1, 2, 3]))
        if rng.random() < 0.05:
            page.is_free = False
            page.fee_amount = Decimal(rng.choice(["20.00", "50.00", "100.00"]))
            page.fee_basis = "《广东省行政事业性收费项目目录》"
        audiences = [self.audiences[slug] for slug in audience_slugs if slug in self.audiences]
        if matter in ("成立登记", "筹备申请") and "founder" in self.audiences:
            audiences.append(self.audiences["founder"])
        page.audiences.set(audiences)
        page.service_points.set(rng.sample(self.points, min(len(self.points), rng.randint(1, 2))))
        return page

    @staticmethod
    def material(rng, spec, words):
        name, condition, notes = spec
        return {
            "name": name.format(**words),
            "form": rng.choice(["original", "copy", "electronic"]),
            "copies": rng.choice([1, 1, 2]),
            "requirement": "conditional" if condition else "required",
            "condition": condition or "",
            "notes": notes,
            "blank_form": None,
            "sample": None,
        }


def volume(scale):
    """How many guides a scale asks for: at least one at any positive scale."""
    return max(1, round(VOLUME * scale)) if scale > 0 else 0


def save_relations(pages):
    """The guides' audiences and service points, set in memory before the pages had keys."""
    for name in ("audiences", "service_points"):
        field = GuidePage._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [
                through(**{f"{source}_id": page.pk, f"{target}_id": related.pk})
                for page in pages
                for related in getattr(page, name).all()
            ]
        )


def seed(scale, stdout):
    """Create what is missing of the benchmark guides at `scale`, a chunk per transaction."""
    index = GuideIndexPage.objects.filter(slug="guides", locale__language_code=CHINESE).first()
    if index is None:
        stdout.write("guides: no Chinese guide finder page (run load_demo); nothing added.")
        return
    started = time.monotonic()
    bench = Bench(index)
    existing = benchtree.bench_slugs(index)
    missing = [i for i in range(volume(scale)) if f"{benchtree.BENCH_PREFIX}guide-{i:04d}" not in existing]
    for start in range(0, len(missing), CHUNK):
        pages = [bench.guide(i) for i in missing[start : start + CHUNK]]
        with transaction.atomic():
            benchtree.publish_pages(index, pages)
            save_relations(pages)
            index_in_bulk(pages)
    stdout.write(
        f"guides: {len(missing):,} new guide pages ({len(existing):,} there already) "
        f"in {time.monotonic() - started:.1f} s"
    )


def reset(stdout):
    """Delete every benchmark guide."""
    started = time.monotonic()
    count = benchtree.delete_pages(GuidePage.objects.filter(slug__startswith=benchtree.BENCH_PREFIX))
    stdout.write(f"guides: {count:,} benchmark pages deleted in {time.monotonic() - started:.1f} s")
