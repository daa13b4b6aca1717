"""Benchmark data of the publishing section for `seed_bench`: at scale 1, 20,000
texts in the Chinese tree under the demo's sections: 9,600 news articles, 9,800
notices (a third of them 公示, a few open today, a few not yet open, the rest
closed) and 600 policy texts.

Titles and bodies are put together from the word lists below, written for this
benchmark, the way the section's real texts read. Item `i` of a kind is drawn
from a generator seeded with the kind and `i`, so a rerun builds the same page
again; its slug (`bench-notice-000042`) tells a rerun it exists already.
"""

import datetime
import random
import re
import time

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from core.blocks import stream_body
from core.indexing import index_in_bulk
from notices.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthorRole,
    DisclosureAttribute,
    NoticeIndexPage,
    NoticeKind,
    NoticePage,
    NoticeTopic,
    NoticeValidity,
    PolicyIndexPage,
    PolicyLevel,
    PolicyPage,
    PolicyValidity,
    add_working_days,
)
from ops import benchtree
from taxonomy.models import Region

from .notice_words import (
    ACTIVITIES,
    AUTHORITIES,
    CLOSINGS,
    DISCLOSURE_PARAGRAPHS,
    DOC_PREFIX,
    EVENTS,
    GIVEN,
    MEDIA,
    MIDDLES,
    NOTICE_ITEMS,
    NOTICE_PARAGRAPHS,
    OFFICIALS,
    OPENINGS,
    ORG_SUFFIXES,
    POLICY_DOCS,
    POLICY_PARAGRAPHS,
    POLICY_VERBS,
    QUOTES,
    SLOGANS,
    SURNAMES,
    THEMES,
    TOPIC_WORDS,
    WORK,
)

CHINESE = "zh-hans"
SEED = "notices-bench"
CHUNK = 2000
VOLUME = {"article": 9_600, "notice": 9_800, "policy": 600}
YEARS_BACK = 6
# Where the articles go (the home demo's news and experience sections), by weight.
ARTICLE_SECTIONS = {
    "center-news": 30,
    "county-news": 6,
    "yuexiu-news": 14,
    "nanhai-news": 14,
    "media": 10,
    "exchange": 10,
    "experience": 16,
}

CENTER = "广东省社会组织服务中心"
CIVIL_AFFAIRS = "广东省民政厅"
OBJECTION_PHONE = "020-8600 1236"
OBJECTION_EMAIL = "gongshi@shzzfw.example.org"
OBJECTION_ADDRESS = "广州市天河区善和路128号公益服务大厦5楼 广东省社会组织服务中心综合部（邮编510630）"

# ------------------------------------------------------------------ building


class Bench:
    """What every page of a run shares: the sections, regions, today, index numbers."""

    def __init__(self, sections, notice_list, policy_list):
        self.sections = sections
        self.notice_list = notice_list
        self.policy_list = policy_list
        self.regions = list(Region.objects.values_list("id", "parent_id", "name"))
        self.names = {region_id: name for region_id, _parent, name in self.regions}
        self.cities = [(region_id, name) for region_id, parent_id, name in self.regions if parent_id is None]
        self.today = timezone.localdate()
        self.index_numbers = self.last_index_numbers()

    def last_index_numbers(self):
        """{year: the highest index number in use} in the notice list's code and language."""
        code = self.notice_list.organization_code
        taken = NoticePage.objects.filter(
            index_number__startswith=f"{code}/", locale_id=self.notice_list.locale_id
        ).values_list("index_number", flat=True)
        highest = {}
        for number in taken:
            if match := re.search(r"/(\d{4})-(\d+)$", number):
                year, serial = int(match.group(1)), int(match.group(2))
                highest[year] = max(highest.get(year, 0), serial)
        return highest

    def next_index_number(self, date):
        """NoticePage.next_index_number's numbering, counted here instead of by a query per page."""
        serial = self.index_numbers.get(date.year, 0) + 1
        self.index_numbers[date.year] = serial
        return f"{self.notice_list.organization_code}/{date.year}-{serial:05d}"

    # -------------------------------------------------------------- pieces

    def day(self, rng, oldest=0):
        return self.today - datetime.timedelta(days=rng.randint(oldest, YEARS_BACK * 365))

    @staticmethod
    def published_at(rng, day):
        moment = datetime.datetime.combine(day, datetime.time(rng.randint(8, 18), rng.randint(0, 59)))
        return min(timezone.make_aware(moment), timezone.now())

    def region(self, rng, share):
        """(region id, city id, place name), or Nones and the province for a province-wide text."""
        if rng.random() >= share:
            return None, None, "广东省"
        region_id, parent_id, name = rng.choice(self.regions)
        place = f"{self.names[parent_id]}{name}" if parent_id else name
        return region_id, parent_id or region_id, place

    @staticmethod
    def person(rng):
        return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))

    def words(self, rng, place, **extra):
        theme = rng.choice(THEMES)
        return {
            "theme": theme,
            "place": place,
            "org": f"{place}{rng.choice(THEMES)}{rng.choice(ORG_SUFFIXES)}",
            "event": rng.choice(EVENTS),
            "activity": rng.choice(ACTIVITIES),
            "slogan": rng.choice(SLOGANS),
            "work": rng.choice(WORK),
            "person": self.person(rng),
            "office": rng.choice(OFFICIALS),
            "area": rng.choice(["城区", "镇街", "村居", "园区"]),
            "n": rng.randint(12, 480),
            **extra,
        }

    @staticmethod
    def fill(rng, templates, count, words):
        return [template.format(**words) for template in rng.sample(templates, count)]

    # -------------------------------------------------------------- kinds

    def article(self, i):
        rng = random.Random(f"{SEED}-article-{i}")  # noqa: S311 - repeatable data, not a secret
        slug = rng.choices(list(ARTICLE_SECTIONS), weights=list(ARTICLE_SECTIONS.values()))[0]
        day = self.day(rng)
        region_id, city_id, place = self.region(rng, 0.7)
        words = self.words(rng, place, date=f"{day.month}月{day.day}日")
        title = rng.choice(
            [
                "{place}举办{theme}{event}",
                "{org}开展“{slogan}”{activity}活动",
                "{place}{n}家社会组织参与{theme}{event}",
                "省社会组织服务中心赴{place}调研{theme}工作",
                "{place}：{theme}服务走进{area}",
            ]
        ).format(**words)
        paragraphs = [
            *self.fill(rng, OPENINGS, 1, words),
            *self.fill(rng, MIDDLES, rng.randint(2, 3), words),
            *self.fill(rng, QUOTES, 1, words),
            *self.fill(rng, CLOSINGS, 1, words),
        ]
        blocks = [("p", text) for text in paragraphs]
        if rng.random() < 0.15:
            blocks.insert(2, ("h2", f"{words['theme']}服务亮点"))
        if rng.random() < 0.1:
            rows = [["项目", "场次", "服务人次"]]
            rows += [[activity, str(rng.randint(2, 40)), str(rng.randint(50, 3000))] for activity in ACTIVITIES[:3]]
            blocks.append(("table", rows))
        media = rng.random() < 0.2 or slug == "media"
        role = rng.choice([AuthorRole.REPORTER, AuthorRole.CORRESPONDENT]) if media else AuthorRole.WRITER
        page = ArticlePage(
            title=title,
            slug=f"{benchtree.BENCH_PREFIX}article-{i:06d}",
            date=day,
            summary=paragraphs[0],
            region_id=region_id,
            city_id=city_id,
            pinned=rng.random() < 0.003,
            body=stream_body(blocks),
            source=rng.choice(MEDIA) if media else "",
            author_role=role,
            authors=" ".join(self.person(rng) for _ in range(rng.randint(1, 3))),
            first_published_at=self.published_at(rng, day),
        )
        return self.sections[slug], page

    def notice(self, i):
        rng = random.Random(f"{SEED}-notice-{i}")  # noqa: S311 - repeatable data, not a secret
        kind = rng.choices([NoticeKind.NOTICE, NoticeKind.ANNOUNCEMENT, NoticeKind.DISCLOSURE], weights=[5, 2, 3])[0]
        topic = rng.choice(list(NoticeTopic))
        region_id, city_id, place = self.region(rng, 0.3)
        page = NoticePage(
            slug=f"{benchtree.BENCH_PREFIX}notice-{i:06d}",
            kind=kind,
            topic=topic,
            region_id=region_id,
            city_id=city_id,
            issuing_body=CENTER if rng.random() < 0.8 else CIVIL_AFFAIRS,
            disclosure_attribute=DisclosureAttribute.PROACTIVE
            if rng.random() < 0.9
            else DisclosureAttribute.ON_REQUEST,
            pinned=rng.random() < 0.002,
        )
        if kind == NoticeKind.DISCLOSURE:
            self.disclosure_period(rng, page)
        else:
            page.date = self.day(rng)
        words = self.words(
            rng,
            place,
            year=page.date.year,
            work=rng.choice(TOPIC_WORDS[topic]),
            deadline=f"{(page.date + datetime.timedelta(days=rng.randint(10, 40))):%Y年%m月%d日}",
            department=rng.choice(["综合部", "登记服务部", "培育发展部", "项目管理部"]),
            extension=rng.randint(1200, 1299),
        )
        page.title = rng.choice(
            {
                NoticeKind.NOTICE: [
                    "关于开展{year}年度{theme}{work}工作的通知",
                    "关于做好{year}年{work}有关工作的通知",
                    "关于举办{theme}{event}的通知",
                ],
                NoticeKind.ANNOUNCEMENT: [
                    "关于{year}年{theme}{work}的公告",
                    "关于调整{work}办理时间的公告",
                    "{place}{theme}{work}结果公告",
                ],
                NoticeKind.DISCLOSURE: [
                    "关于{year}年度{theme}{work}拟入选名单的公示",
                    "关于{org}等{n}家单位{work}结果的公示",
                    "{year}年{theme}资助项目评审结果公示",
                ],
            }[kind]
        ).format(**words)
        body = [("p", NOTICE_PARAGRAPHS[0].format(**words)), ("p", NOTICE_PARAGRAPHS[1].format(**words))]
        if kind == NoticeKind.DISCLOSURE:
            body = [("p", text.format(**words)) for text in DISCLOSURE_PARAGRAPHS]
            rows = [["序号", "单位名称", "项目名称"]]
            rows += [
                [
                    str(n + 1),
                    f"{words['place']}{rng.choice(THEMES)}{rng.choice(ORG_SUFFIXES)}",
                    f"{rng.choice(THEMES)}服务项目",
                ]
                for n in range(rng.randint(3, 8))
            ]
            body.append(("table", rows))
        else:
            body.append(("list", [item.format(**words) for item in rng.sample(NOTICE_ITEMS, rng.randint(2, 4))]))
            body += [("p", text.format(**words)) for text in NOTICE_PARAGRAPHS[2:]]
        page.body = stream_body(body)
        page.summary = body[1][1] if kind != NoticeKind.DISCLOSURE else body[0][1]
        page.written_on = page.date - datetime.timedelta(days=rng.randint(0, 5))
        page.document_number = f"粤社服〔{page.date.year}〕{rng.randint(1, 180)}号" if rng.random() < 0.7 else ""
        if rng.random() < 0.05:
            page.validity = rng.choice([NoticeValidity.LAPSED, NoticeValidity.REPEALED])
        if rng.random() < 0.2:
            page.effective_on = page.date
            page.expires_on = page.date + datetime.timedelta(days=rng.choice([365, 730, 1095]))
        page.index_number = self.next_index_number(page.date)
        page.first_published_at = self.published_at(rng, page.date)
        return self.notice_list, page

    def disclosure_period(self, rng, page):
        """A period that is open today (6 %), about to open (2 %) or over (the rest), set as
        NoticePage.clean() would: from working days where an editor gives those."""
        draw = rng.random()
        if draw < 0.06:
            start = self.today - datetime.timedelta(days=rng.randint(0, 3))
        elif draw < 0.08:
            start = self.today + datetime.timedelta(days=rng.randint(1, 3))
        else:
            start = self.day(rng, oldest=30)
        page.disclosure_start = start
        if draw < 0.08:
            page.disclosure_working_days = rng.choice([5, 7, 10])
            page.disclosure_end = add_working_days(start, page.disclosure_working_days)
        else:
            page.disclosure_end = start + datetime.timedelta(days=rng.choice([6, 7, 9, 14]))
        page.date = min(start, self.today)
        page.objection_phone = OBJECTION_PHONE
        page.objection_email = OBJECTION_EMAIL if rng.random() < 0.8 else ""
        page.objection_address = OBJECTION_ADDRESS

    def policy(self, i):
        rng = random.Random(f"{SEED}-policy-{i}")  # noqa: S311 - repeatable data, not a secret
        level = rng.choices(list(PolicyLevel), weights=[2, 4, 3, 1])[0]
        city_id, city = rng.choice(self.cities)
        issued = self.day(rng, oldest=10)
        theme = rng.choice(THEMES)
        words = {
            "verb": rng.choice(POLICY_VERBS),
            "theme": theme if theme.endswith("工作") else f"{theme}工作",
            "doc": rng.choice(POLICY_DOCS),
            "year": issued.year + 5,
        }
        authority = rng.choice(AUTHORITIES[level]).format(city=city)
        validity = rng.choices(list(PolicyValidity), weights=[85, 10, 5])[0]
        page = PolicyPage(
            title="{authority}关于{verb}{theme}的{doc}".format(authority=authority, **words),
            slug=f"{benchtree.BENCH_PREFIX}policy-{i:06d}",
            date=issued,
            summary=POLICY_PARAGRAPHS[0].format(**words),
            region_id=city_id if level == PolicyLevel.MUNICIPAL else None,
            city_id=city_id if level == PolicyLevel.MUNICIPAL else None,
            body=stream_body(
                [
                    ("h2", "一、总体要求"),
                    *[("p", text.format(**words)) for text in POLICY_PARAGRAPHS[:2]],
                    ("h2", "二、保障措施"),
                    *[("p", text.format(**words)) for text in POLICY_PARAGRAPHS[2:]],
                ]
            ),
            issuing_authority=authority,
            document_number=f"{DOC_PREFIX[level].format(short=city[:2])}〔{issued.year}〕{rng.randint(1, 60)}号",
            level=level,
            issued_on=issued,
            effective_on=issued + datetime.timedelta(days=rng.choice([0, 10, 30])),
            validity=validity,
            repealed_on=min(issued + datetime.timedelta(days=rng.randint(200, 1500)), self.today)
            if validity == PolicyValidity.REPEALED
            else None,
            first_published_at=self.published_at(rng, issued),
        )
        return self.policy_list, page


# ------------------------------------------------------------------ seeding


def volume(base, scale):
    """How many items of a kind a scale asks for: at least one at any positive scale."""
    return max(1, round(base * scale)) if scale > 0 else 0


def find_sections(stdout):
    """The Chinese sections the bench texts go in, or None (and a message) if the demo is missing."""
    chinese = Locale.objects.filter(language_code=CHINESE).first()
    sections = {slug: ArticleIndexPage.objects.filter(locale=chinese, slug=slug).first() for slug in ARTICLE_SECTIONS}
    notice_list = NoticeIndexPage.objects.filter(locale=chinese, slug="notices").first()
    policy_list = PolicyIndexPage.objects.filter(locale=chinese, slug="policies").first()
    missing = [slug for slug, page in sections.items() if page is None]
    missing += [slug for slug, page in (("notices", notice_list), ("policies", policy_list)) if page is None]
    if missing:
        stdout.write(f"notices: no Chinese sections {', '.join(sorted(missing))} (run load_demo); nothing added.")
        return None
    return Bench(sections, notice_list, policy_list)


def seed(scale, stdout):
    """Create what is missing of the benchmark texts at `scale`, a chunk per transaction."""
    bench = find_sections(stdout)
    if bench is None:
        return
    kinds = [
        ("article", bench.article, list(bench.sections.values())),
        ("notice", bench.notice, [bench.notice_list]),
        ("policy", bench.policy, [bench.policy_list]),
    ]
    for kind, build, parents in kinds:
        started = time.monotonic()
        existing = set().union(*(benchtree.bench_slugs(parent) for parent in parents))
        missing = [
            i for i in range(volume(VOLUME[kind], scale)) if f"{benchtree.BENCH_PREFIX}{kind}-{i:06d}" not in existing
        ]
        for start in range(0, len(missing), CHUNK):
            by_parent = {}
            for i in missing[start : start + CHUNK]:
                parent, page = build(i)
                by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
            with transaction.atomic():
                for parent, pages in by_parent.values():
                    benchtree.publish_pages(parent, pages)
                index_in_bulk([page for _parent, pages in by_parent.values() for page in pages])
        stdout.write(
            f"notices: {len(missing):,} new {kind} pages ({len(existing):,} there already) "
            f"in {time.monotonic() - started:.1f} s"
        )


def reset(stdout):
    """Delete every benchmark text."""
    started = time.monotonic()
    count = 0
    for model in (ArticlePage, NoticePage, PolicyPage):
        count += benchtree.delete_pages(model.objects.filter(slug__startswith=benchtree.BENCH_PREFIX))
    stdout.write(f"notices: {count:,} benchmark pages deleted in {time.monotonic() - started:.1f} s")
