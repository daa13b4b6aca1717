"""`import_legacy`: articles from the legacy CMS, as saved pages or text renderings, cleaned of
injected spam, in the sections their breadcrumbs name, idempotent, one transaction a file."""

import datetime
import shutil
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from django.core.management import CommandError, call_command

from notices.importing import LegacyFileError, parse_article
from notices.models import ArticleIndexPage, ArticlePage, AuthorRole
from security.contentguard import scan_html
from tests.notices.factories import ArticleIndexPageFactory

FIXTURES = Path(__file__).parent / "fixtures" / "legacy"
SHANGHAI = ZoneInfo("Asia/Shanghai")
HTML_PAGE = FIXTURES / "experience-2015.html"
TEXT_PAGE = FIXTURES / "news-2016.txt"
DEFACED_HTML = FIXTURES / "defaced-2017.html"
DEFACED_TEXT = FIXTURES / "defaced-2018.txt"
GBK_PAGE = FIXTURES / "community-2014-gbk.html"

TEXT_TEMPLATE = """首页 服务动态 经验集萃
当前位置:首页 > {section} > 正文
{title}
来源:{source} 更新时间:{date} 点击:
{body}
撰文:张三
"""


@pytest.fixture
def experience(home):
    return ArticleIndexPageFactory(parent=home, slug="experience", title="经验集萃")


@pytest.fixture
def sections(news, experience):
    return news, experience


def run(*paths, **options):
    """Run the command; return what it wrote to stdout and stderr."""
    out, err = StringIO(), StringIO()
    call_command("import_legacy", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def run_failing(*paths, **options):
    """Run the command expecting it to exit non-zero; return its error, stdout and stderr."""
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_legacy", *map(str, paths), stdout=out, stderr=err, **options)
    return str(error.value), out.getvalue(), err.getvalue()


def body_html(page):
    return "".join(str(child.value) for child in page.body)


def write_article(path, title="社会组织年报填报指引", section="服务动态", body="年报填报工作已经开始。", **fields):
    fields = {"source": "", "date": "2019-04-01 10:00:00", **fields}
    path.write_text(TEXT_TEMPLATE.format(title=title, section=section, body=body, **fields), encoding="utf-8")
    return path


def test_html_page_imports_with_every_field(sections):
    """A saved page becomes a published article in its section, every field parsed and the chrome dropped."""
    out, err = run(HTML_PAGE)
    page = ArticlePage.objects.get()
    assert page.live and not page.has_unpublished_changes
    assert page.get_parent().specific == sections[1]
    assert page.title == "社会组织参与社区治理的“越秀经验”"
    assert page.date == datetime.date(2015, 10, 28)
    assert page.first_published_at == datetime.datetime(2015, 10, 28, 17, 13, 57, tzinfo=SHANGHAI)
    assert page.source == "南方日报"
    assert (page.author_role, page.authors) == (AuthorRole.WRITER, "南方日报记者 张三 李四")
    assert page.legacy_url == "http://www.shzzfw.example.org/jyjc/2015/1028/1234.html"
    [block] = page.body
    assert (block.block_type, block.value.source) == (
        "rich_text",
        "<p>近年来，越秀区积极培育社区社会组织，推动社会组织参与社区治理，形成了一批可复制、可推广的经验做法。</p>"
        "<h2>一、搭建平台，培育社区社会组织</h2>"
        "<p>区社会组织服务中心为初创期组织提供场地、培训和小额资助，三年来累计孵化社区社会组织86家。</p>"
        "<h2>（一）建立孵化基地</h2>"
        "<p>基地设在街道党群服务中心，入驻组织可免费使用办公场地和会议室。</p>"
        "<h2>二、购买服务，激发组织活力</h2>"
        "<h2>1. 项目化运作</h2>"
        "<p>街道每年安排专项资金，以项目形式向社会组织购买长者照护、青少年服务等社区服务。</p>"
        "<p>据统计，项目覆盖居民超过2万人次，群众满意度达95%以上。</p>",
    )
    assert "1 imported, 0 updated, 0 skipped, 0 failed" in out
    assert err == ""


def test_text_page_imports_with_every_field(sections):
    """A text rendering with full-width colons and ＞, an empty source and no click count imports as well."""
    run(TEXT_PAGE)
    page = ArticlePage.objects.get()
    assert page.live
    assert page.get_parent().specific == sections[0]
    assert page.title == "中心举办2016年社会组织财务管理培训班"
    assert page.date == datetime.date(2016, 3, 2)
    assert page.first_published_at == datetime.datetime(2016, 3, 2, 9, 30, tzinfo=SHANGHAI)
    assert page.source == ""
    assert (page.author_role, page.authors) == (AuthorRole.REPORTER, "王五")
    assert page.legacy_url == ""
    html = body_html(page)
    assert html.count("<h2>") == 2 and html.count("<p>") == 3
    assert "<h2>一、培训内容</h2>" in html
    for chrome in ("中心建设", "打印本页", "上一篇", "版权所有", "当前位置"):
        assert chrome not in html


def test_defaced_page_is_cleaned_and_the_removals_reported(sections):
    """Injected welcome lines, hidden links, encoded spam and foreign scripts never reach the article."""
    out, _err = run(DEFACED_HTML)
    page = ArticlePage.objects.get()
    html = body_html(page)
    assert scan_html(html) == []
    for spam in ("新葡京", "百家乐", "太阳城", "bet365", "ｂｅｔ", "首存", "spam-casino", "bet-ads"):
        assert spam not in html
    assert "服务居民600余人次。" in html  # the paragraph that hid a link keeps its own text
    assert "福利彩票公益金资助" in html  # lottery-fund wording is not spam
    assert page.title == "省社会组织服务中心开展“社会组织走进社区”志愿服务活动"
    assert (page.author_role, page.authors, page.source) == (AuthorRole.CORRESPONDENT, "赵六", "")
    assert page.first_published_at == datetime.datetime(2017, 6, 15, 10, 5, tzinfo=SHANGHAI)
    assert "removed spam “澳门新葡京” in “欢迎光临澳门新葡京娱乐城" in out
    assert "removed hidden “display:none” in “太阳城集团" in out
    assert "removed script “<script>” in “http://js.bet-ads.example/tj.js”" in out
    assert "removed script “document.write”" in out
    assert "1 imported" in out


def test_defaced_text_is_cleaned(sections):
    """Spam lines of a text rendering, spread-out ones too, are dropped and the article is kept."""
    out, _err = run(DEFACED_TEXT)
    page = ArticlePage.objects.get()
    html = body_html(page)
    assert scan_html(html) == []
    assert "威尼斯人" not in html and "xpj-spam" not in html
    assert html.count("<h2>") == 2
    assert (page.author_role, page.authors, page.source) == (AuthorRole.PHOTOGRAPHER, "孙七", "省民政厅")
    assert "removed spam “澳门新葡京” in “欢迎访问 澳 门 新 葡 京 官方网站" in out
    assert "removed spam “bet365”" in out


def test_hidden_link_is_removed_even_without_spam_words(sections, tmp_path):
    """A hidden link is removed and reported although its text names no casino."""
    page = HTML_PAGE.read_text(encoding="utf-8").replace(
        "<p>一、搭建平台",
        '<p><span style="font-size:0">友情链接 <a href="http://link-farm.example/">点击</a></span></p><p>一、搭建平台',
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    out, _err = run(tmp_path / "page.html")
    assert "removed hidden “font-size:0” in “友情链接 点击 http://link-farm.example/”" in out
    assert "友情链接" not in body_html(ArticlePage.objects.get())


def test_gbk_page_is_decoded_and_its_missing_section_created_under_experience(sections):
    """A GB2312 page imports readable, and its section, missing, is created and published under 经验集萃."""
    out, _err = run(GBK_PAGE)
    page = ArticlePage.objects.get()
    assert page.title == "社区社会组织“微创投”项目结项评估工作综述"
    assert page.source == "越秀区民政局"
    assert page.first_published_at == datetime.datetime(2014, 12, 5, tzinfo=SHANGHAI)
    section = page.get_parent().specific
    assert section.title == "社区治理经验" and section.live
    assert section.get_parent().specific == sections[1]
    assert "社区治理经验 (new, under 经验集萃) › 社区社会组织" in out


def test_missing_news_section_is_created_under_news(sections):
    """A missing section without 经验 in its name goes under 服务动态."""
    run(DEFACED_HTML)
    section = ArticlePage.objects.get().get_parent().specific
    assert section.title == "中心动态"
    assert section.get_parent().specific == sections[0]


def test_existing_section_is_found_by_title_at_any_depth(sections, tmp_path):
    """A section that exists anywhere in the Chinese tree is used, not created again."""
    county = ArticleIndexPageFactory(parent=sections[0], title="县区动态")
    yuexiu = ArticleIndexPageFactory(parent=county, title="越秀区动态")
    write_article(tmp_path / "a.txt", section="越秀区动态")
    write_article(tmp_path / "b.txt", section="越秀区动态", title="越秀区召开社会组织党建工作会议")
    run(tmp_path)
    assert {page.get_parent().pk for page in ArticlePage.objects.all()} == {yuexiu.pk}
    assert ArticleIndexPage.objects.filter(title="越秀区动态").count() == 1


def test_section_cannot_be_created_without_an_index(home, tmp_path):
    """Without the news and experience sections there is nowhere to put a new section: the file fails."""
    error, _out, err = run_failing(TEXT_PAGE)
    assert "there is no section “服务动态”, and no “news” section to create it under" in err
    assert error == "1 of 1 files failed."


def test_a_broken_file_fails_alone(sections, tmp_path):
    """Empty, binary, undecodable and chrome-only files fail with a reason; the others still import."""
    folder = tmp_path / "export"
    folder.mkdir()
    for path in (HTML_PAGE, TEXT_PAGE):
        shutil.copy(path, folder)
    (folder / "empty.html").write_bytes(b"")
    (folder / "logo.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "garbled.txt").write_bytes(b"\x80\x80\xff\xfe\x80 not text")
    (folder / "menu.html").write_text("<p>首页</p><p>服务动态</p>", encoding="utf-8")
    (folder / "notes.doc").write_bytes(b"ignored: not a legacy page")
    error, out, err = run_failing(folder, tmp_path / "missing.html")
    assert error == "5 of 7 files failed."
    assert "empty.html: the file is empty" in err
    assert "logo.htm: a binary file, not a page" in err
    assert "garbled.txt: cannot be decoded as UTF-8 or GB18030" in err
    assert "menu.html: no breadcrumb line" in err
    assert "missing.html: no such file or folder" in err
    assert "2 imported, 0 updated, 0 skipped, 5 failed" in out
    assert ArticlePage.objects.count() == 2


def test_a_failure_while_saving_leaves_nothing_behind(sections, tmp_path):
    """A file refused by the database check rolls back its new section too; a later file creates it cleanly."""
    write_article(tmp_path / "1-too-long.txt", section="社会组织党建", source="很长的来源" * 30)
    write_article(tmp_path / "2-good.txt", section="社会组织党建", title="社会组织党建工作推进会召开")
    _error, _out, err = run_failing(tmp_path)
    assert "1-too-long.txt: source: " in err  # the validation message, in the site's language
    [page] = ArticlePage.objects.all()
    assert page.title == "社会组织党建工作推进会召开"
    assert ArticleIndexPage.objects.filter(title="社会组织党建").count() == 1
    assert page.get_parent().title == "社会组织党建"


def test_importing_again_updates_by_legacy_address(sections, tmp_path):
    """A page with a legacy address is found again by it, even under a corrected title: updated, not doubled."""
    page_file = tmp_path / "page.html"
    shutil.copy(HTML_PAGE, page_file)
    run(page_file)
    out, _err = run(page_file)
    assert "0 imported, 0 updated, 1 skipped" in out
    page_file.write_text(
        page_file.read_text(encoding="utf-8").replace("“越秀经验”</h1>", "“越秀做法”</h1>").replace("86家", "90家"),
        encoding="utf-8",
    )
    out, _err = run(page_file)
    assert "0 imported, 1 updated" in out
    page = ArticlePage.objects.get()
    assert page.title == "社会组织参与社区治理的“越秀做法”"
    assert "90家" in body_html(page) and page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2


def test_importing_again_updates_by_title_and_date(sections, tmp_path):
    """A page without a legacy address is found again by its title and date."""
    path = write_article(tmp_path / "a.txt")
    run(path)
    assert "1 skipped" in run(path)[0]
    write_article(path, body="年报填报工作已经开始，截止日期为5月31日。")
    assert "1 updated" in run(path)[0]
    page = ArticlePage.objects.get()
    assert "截止日期为5月31日" in body_html(page)


def test_text_and_html_of_one_article_make_one_page(sections, tmp_path):
    """The text rendering and the saved page of one article, imported in turn, are one page."""
    title, date = "社会组织参与社区治理的“越秀经验”", "2015-10-28 17:13:57"
    write_article(tmp_path / "a.txt", section="经验集萃", title=title, date=date)
    shutil.copy(HTML_PAGE, tmp_path / "b.html")
    out, _err = run(tmp_path)
    assert "1 imported, 1 updated" in out
    assert ArticlePage.objects.get().legacy_url == "http://www.shzzfw.example.org/jyjc/2015/1028/1234.html"


def test_dry_run_writes_nothing(sections):
    """--dry-run says what it would do, new sections included, and writes nothing."""
    out, _err = run(FIXTURES, dry_run=True)
    assert "Dry run: nothing was written." in out
    assert "5 imported, 0 updated, 0 skipped, 0 failed" in out
    assert "中心动态 (new, under 服务动态) › 省社会组织服务中心开展" in out
    assert "removed spam “澳门新葡京”" in out
    assert not ArticlePage.objects.exists()
    assert set(ArticleIndexPage.objects.values_list("title", flat=True)) == {"服务动态", "经验集萃"}


def test_draft_leaves_articles_unpublished(sections):
    """--draft saves each article as a draft for review, still with its original date."""
    out, _err = run(FIXTURES, draft=True)
    assert "5 imported" in out
    assert ArticlePage.objects.count() == 5
    assert not ArticlePage.objects.live().exists()
    page = ArticlePage.objects.get(legacy_url__endswith="1234.html")
    assert page.latest_revision is not None
    assert page.first_published_at == datetime.datetime(2015, 10, 28, 17, 13, 57, tzinfo=SHANGHAI)


def test_a_folder_imports_every_page_in_it(sections):
    """A whole export folder imports in one run, HTML and text alike."""
    out, _err = run(FIXTURES, no_progress=True)
    assert "5 imported, 0 updated, 0 skipped, 0 failed" in out
    assert ArticlePage.objects.live().count() == 5


# Parsing details

HEAD = ["当前位置:首页 > 服务动态 > 正文", "标题", "更新时间:2015-10-28"]


@pytest.mark.parametrize(
    "breadcrumb",
    [
        "当前位置:首页 > 经验集萃 > 正文",
        "当前位置：首页 ＞ 经验集萃 ＞ 正文",
        "您的位置: 网站首页 » 经验集萃",
        "您现在的位置：首页>>经验集萃>>正文",
    ],
)
def test_breadcrumbs_in_every_form_name_the_section(breadcrumb):
    """Both colons and every arrow the old site used lead to the section's name."""
    article = parse_article([breadcrumb, "标题", "来源: 更新时间:2015-10-28", "正文。"])
    assert article.section == "经验集萃"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("来源: 更新时间:2015-10-28 17:13:57 点击:", ("", datetime.datetime(2015, 10, 28, 17, 13, 57))),
        ("来源：南方日报　更新时间：2015-10-28 17:13 点击：12", ("南方日报", datetime.datetime(2015, 10, 28, 17, 13))),
        ("来源:本站 发布时间:2015/10/28", ("", datetime.datetime(2015, 10, 28))),
        ("发布日期：2015年10月28日 来源：省民政厅", ("省民政厅", datetime.datetime(2015, 10, 28))),
    ],
)
def test_metadata_line_gives_source_and_date(line, expected):
    """Source and date are read whatever the colons, separators and order; 本站 is this site."""
    article = parse_article([*HEAD[:2], line, "正文。"])
    assert (article.source, article.published) == (expected[0], expected[1].replace(tzinfo=SHANGHAI))


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("一、基本情况", True),
        ("（二）加强党建引领，完善治理结构", True),
        ("(三)主要做法", True),
        ("3. 下一步工作", True),
        ("2、工作成效", True),
        ("1.5万名志愿者参加了活动", False),
        ("1. 本次活动共有30家社会组织参加，服务群众200余人次。", False),
        ("一是加强组织领导。", False),
        ("三、" + "很长的一段以序号开头却不是小标题的文字" * 3, False),
    ],
)
def test_numbered_short_lines_become_headings(line, heading):
    """Short numbered lines are sub-headings; numbers, sentences and long lines are paragraphs."""
    article = parse_article([*HEAD, "导语。", line])
    assert article.blocks[-1] == ("h2" if heading else "p", line)


@pytest.mark.parametrize(
    ("byline", "role", "authors"),
    [
        ("撰文:南方日报记者 张三 李四", AuthorRole.WRITER, "南方日报记者 张三 李四"),
        ("记者：王五 赵六", AuthorRole.REPORTER, "王五 赵六"),
        ("（通讯员：孙七）", AuthorRole.CORRESPONDENT, "孙七"),
        ("摄影：周八", AuthorRole.PHOTOGRAPHER, "周八"),
    ],
)
def test_byline_gives_role_and_authors(byline, role, authors):
    """Each of the four byline words maps to its role; the names are kept as written."""
    article = parse_article([*HEAD, "正文。", byline, "下一篇:没有了"])
    assert (article.author_role, article.authors, article.blocks) == (role, authors, (("p", "正文。"),))


def test_interview_questions_stay_in_the_body():
    """记者：followed by a question is part of an interview, not the byline."""
    article = parse_article([*HEAD, "记者：你们是怎么做的？", "答：我们先做调研。"])
    assert article.authors == ""
    assert len(article.blocks) == 2


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["首页", "服务动态"], "no breadcrumb line"),
        (["当前位置:首页 > 正文", "标题"], "names no section"),
        ([*HEAD[:2], "正文。"], "no date line"),
        ([*HEAD[:2], "更新时间:2015-02-30", "正文。"], "does not exist"),
        ([*HEAD, "撰文:张三"], "no body text"),
    ],
)
def test_unparsable_pages_are_refused_with_a_reason(lines, reason):
    """A page without breadcrumb, section, date or body is refused, saying which is missing."""
    with pytest.raises(LegacyFileError, match=reason):
        parse_article(lines)
