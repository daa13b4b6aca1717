"""Reading an article out of a legacy page's lines of text, site chrome and all.

A legacy page reads, among its chrome: navigation menus, a breadcrumb
(当前位置:首页 > 经验集萃 > 正文) naming the section, the title, a line of
metadata (来源: 更新时间:2015-10-28 17:13:57 点击:), the body with numbered
sub-headings, and a byline (撰文:南方日报记者 张三 李四). Lines before the
breadcrumb, and after the byline or the first footer line, are chrome.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone

from ..models import AuthorRole
from .reading import LegacyFileError

BREADCRUMB = re.compile(r"^(?:当前|您的|您现在的|所在)位置是?\s*[:：]\s*(?P<trail>.+)$")
TRAIL_SEPARATOR = re.compile(r"\s*[>＞»›]\s*")
TRAIL_HOME = {"首页", "网站首页", "主页", "home"}
TRAIL_PAGE = {"正文", "内容", "正文内容", "详情", "详细内容", "阅读"}

LABEL_END = r"(?=\s*(?:来源|更新时间|发布时间|发布日期|发表时间|日期|时间|作者|点击|浏览|阅读)\s*[:：]|$)"
DATE = re.compile(
    r"(?:更新时间|发布时间|发布日期|发表时间|日期|时间)\s*[:：]\s*"
    r"(?P<year>\d{4})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?"
    r"(?:\s*(?P<hour>\d{1,2})[:：](?P<minute>\d{1,2})(?:[:：](?P<second>\d{1,2}))?)?"
)
SOURCE = re.compile(r"来源\s*[:：]\s*(?P<source>.*?)" + LABEL_END)
OWN_SITE = {"", "本站", "本网", "本中心", "原创"}
# How many lines below the title the metadata line may be, for a subtitle or two in between.
METADATA_REACH = 4

BYLINE_ROLES = {
    "撰文": AuthorRole.WRITER,
    "记者": AuthorRole.REPORTER,
    "通讯员": AuthorRole.CORRESPONDENT,
    "摄影": AuthorRole.PHOTOGRAPHER,
}
# A byline names people: a short line without sentence punctuation, so that an interview's
# "记者：请问……？" stays in the body.
BYLINE = re.compile(
    r"^[（(]?\s*(?P<role>撰文|记者|通讯员|摄影)\s*[:：]\s*(?P<names>[^。？！?!，,；;]{1,200}?)\s*[)）]?$"
)
FOOTER = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|【?\s*打印|【?\s*关闭|返回顶部|分享到|相关(?:文章|新闻|阅读|链接)"
    r"|版权所有|copyright|©|主办单位|技术支持|网站地图)|ICP备",
    re.IGNORECASE,
)

# 一、 （一） 1. 1、 and 第一部分 open the numbered sub-headings of a body; a heading is short and is no sentence.
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十]+[部分章节篇])"
)
HEADING_LENGTH = 40
SENTENCE_END = tuple("。；！？.;!?，,")


@dataclass(frozen=True)
class LegacyArticle:
    section: str
    title: str
    published: datetime.datetime  # aware, in the site's time zone
    source: str
    author_role: str
    authors: str
    blocks: tuple[tuple[str, str], ...]  # ("h2", text) and ("p", text), as core.blocks.stream_body takes them
    legacy_url: str = ""

    @property
    def date(self) -> datetime.date:
        return self.published.date()

    def texts(self):
        """Every text the article will show, for the last check for spam."""
        return [self.title, self.source, self.authors, *(text for _kind, text in self.blocks)]


def parse_article(lines: list[str], legacy_url: str = "") -> LegacyArticle:
    """The article in a legacy page's lines; LegacyFileError says what is missing."""
    crumb_at, section = find_breadcrumb(lines)
    if crumb_at + 1 >= len(lines) or DATE.search(lines[crumb_at + 1]):
        raise LegacyFileError("no title line between the breadcrumb and the date line")
    title = lines[crumb_at + 1]
    meta_at = next(
        (at for at in range(crumb_at + 2, min(len(lines), crumb_at + 2 + METADATA_REACH)) if DATE.search(lines[at])),
        None,
    )
    if meta_at is None:
        raise LegacyFileError(f"no date line (更新时间:YYYY-MM-DD) below the title “{title}”")
    published = parse_datetime(lines[meta_at])
    source = SOURCE.search(lines[meta_at])
    source = source.group("source").strip() if source else ""

    article_lines = lines[meta_at + 1 :]
    footer_at = next((at for at, line in enumerate(article_lines) if FOOTER.search(line)), len(article_lines))
    article_lines = article_lines[:footer_at]
    byline_at = next((at for at in reversed(range(len(article_lines))) if BYLINE.match(article_lines[at])), None)
    role, authors = AuthorRole.WRITER, ""
    if byline_at is not None:
        byline = BYLINE.match(article_lines[byline_at])
        role, authors = BYLINE_ROLES[byline.group("role")], " ".join(byline.group("names").split())
        article_lines = article_lines[:byline_at]
    if not article_lines:
        raise LegacyFileError(f"no body text below the date line of “{title}”")
    return LegacyArticle(
        section=section,
        title=title,
        published=published,
        source="" if source in OWN_SITE else source,
        author_role=role,
        authors=authors,
        blocks=tuple(("h2" if is_heading(line) else "p", line) for line in article_lines),
        legacy_url=legacy_url,
    )


def find_breadcrumb(lines: list[str]) -> tuple[int, str]:
    """Where the breadcrumb is, and the section it names: its last part but the home page and 正文."""
    for at, line in enumerate(lines):
        if match := BREADCRUMB.match(line):
            trail = [part.strip() for part in TRAIL_SEPARATOR.split(match.group("trail")) if part.strip()]
            while trail and trail[-1] in TRAIL_PAGE:
                trail.pop()
            if trail and trail[0].casefold() in TRAIL_HOME:
                trail.pop(0)
            if not trail:
                raise LegacyFileError(f"the breadcrumb “{line}” names no section")
            return at, trail[-1]
    raise LegacyFileError("no breadcrumb line (当前位置:首页 > 栏目 > 正文), so no section and no title")


def parse_datetime(line: str) -> datetime.datetime:
    parts = {name: int(value) for name, value in DATE.search(line).groupdict(default="0").items()}
    try:
        naive = datetime.datetime(**parts)
    except ValueError:
        raise LegacyFileError(f"the date in “{line}” does not exist") from None
    return timezone.make_aware(naive, timezone.get_default_timezone())


def is_heading(line: str) -> bool:
    return bool(HEADING.match(line)) and len(line) <= HEADING_LENGTH and not line.endswith(SENTENCE_END)
