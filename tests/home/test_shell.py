"""The site shell every visitor sees: language routing, menu, breadcrumbs, footer, errors."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.templatetags.site_tags import mark_chinese
from tests.home.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def test_root_redirects_to_chinese_for_chinese_browsers(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


def test_root_redirects_to_english_for_english_browsers(client, english_home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response["Location"] == "/en/"


def test_root_defaults_to_chinese_for_other_languages(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR")
    assert response["Location"] == "/zh-hans/"


def test_home_page_is_served_in_each_language(client, english_home, site_settings):
    chinese = client.get("/zh-hans/")
    english = client.get("/en/")
    assert chinese.status_code == english.status_code == 200
    assert '<html lang="zh-hans">' in chinese.text
    assert '<html lang="en">' in english.text
    assert "省社会组织服务中心" in chinese.text
    assert "Provincial Social Organization Service Center" in english.text
    assert "跳到主要内容" in chinese.text
    assert "Skip to main content" in english.text


def test_main_menu_lists_menu_pages_in_tree_order_with_children(client, home):
    news = StandardPageFactory(parent=home, title="服务动态", slug="news")
    center = StandardPageFactory(parent=home, title="中心建设", slug="center")
    StandardPageFactory(parent=center, title="服务宗旨", slug="mission")
    StandardPageFactory(parent=home, title="隐藏页面", slug="hidden", show_in_menus=False)
    html = client.get("/zh-hans/").text
    menu = html[html.index('class="main-nav"') :]
    assert menu.index("服务动态") < menu.index("中心建设") < menu.index("服务宗旨")
    assert f'href="{news.url}"' in menu
    assert 'href="/zh-hans/center/mission/"' in menu
    assert "隐藏页面" not in menu


def test_main_menu_marks_the_current_section(client, home):
    center = StandardPageFactory(parent=home, title="中心建设", slug="center")
    StandardPageFactory(parent=center, title="服务宗旨", slug="mission")
    html = client.get("/zh-hans/center/mission/").text
    assert 'href="/zh-hans/center/" class="active" aria-current="true"' in html


def test_main_menu_hides_draft_pages(client, home):
    StandardPageFactory(parent=home, title="草稿栏目", slug="draft", live=False)
    assert "草稿栏目" not in client.get("/zh-hans/").text


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_page_query_count_does_not_grow_with_the_menu(client, home):
    first = StandardPageFactory(parent=home, slug="first")
    StandardPageFactory(parent=first)
    _queries_for(client, "/zh-hans/first/")  # warm the site-root cache
    small = _queries_for(client, "/zh-hans/first/")
    for _ in range(12):
        section = StandardPageFactory(parent=home)
        for _ in range(4):
            StandardPageFactory(parent=section)
    large = _queries_for(client, "/zh-hans/first/")
    assert large == small


def test_breadcrumbs_show_the_path_from_home(client, home):
    center = StandardPageFactory(parent=home, title="中心建设", slug="center")
    StandardPageFactory(parent=center, title="服务宗旨", slug="mission")
    html = client.get("/zh-hans/center/mission/").text
    crumbs = html[html.index('class="breadcrumbs') : html.index("</nav>", html.index('class="breadcrumbs'))]
    assert "当前位置" in crumbs
    assert crumbs.index("首页") < crumbs.index("中心建设") < crumbs.index("服务宗旨")
    assert '<li aria-current="page">服务宗旨</li>' in crumbs


def test_language_switcher_links_to_the_translation(client, home, english_home):
    page = StandardPageFactory(parent=home, title="服务宗旨", slug="mission")
    publish_translation(page, title="Our mission")
    html = client.get("/zh-hans/mission/").text
    assert 'href="/en/mission/" lang="en" hreflang="en">English</a>' in html
    english = client.get("/en/mission/").text
    assert 'href="/zh-hans/mission/" lang="zh-hans" hreflang="zh-hans">简体中文</a>' in english


def test_language_switcher_falls_back_to_the_home_page_without_a_translation(client, home, english_home):
    StandardPageFactory(parent=home, title="仅中文页面", slug="chinese-only")
    html = client.get("/zh-hans/chinese-only/").text
    assert 'href="/en/" lang="en" hreflang="en">English</a>' in html


def test_footer_shows_the_filing_information_from_site_settings(client, home, site_settings):
    html = client.get("/zh-hans/").text
    footer = html[html.index('class="site-footer"') :]
    assert "主办单位" in footer and "省民政厅" in footer
    assert "网站标识码" in footer and "4400000099" in footer
    assert '<a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">粤ICP备20260000号-1</a>' in footer
    assert "粤公网安备 44010602000000号" in footer
    assert "police-emblem.svg" in footer
    assert "我为网站找错" in footer and "/zh-hans/report-error/?url=/zh-hans/" in footer


def test_footer_phone_dials_the_number_without_its_spaces(client, home, site_settings):
    footer = client.get("/zh-hans/").text.split('class="site-footer"')[1]
    assert '<a href="tel:02086001200">020-8600 1200</a>' in footer


def test_footer_uses_the_english_texts_on_english_pages(client, english_home, site_settings):
    footer = client.get("/en/").text
    assert "Provincial Department of Civil Affairs" in footer
    assert "Report an error on this site" in footer


def test_unknown_address_gives_the_designed_404_in_chinese(client, home):
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert "页面未找到" in response.text
    assert '<html lang="zh-hans">' in response.text


def test_unknown_address_gives_the_designed_404_in_english(client, english_home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert '<html lang="en">' in response.text


def test_server_error_gives_the_designed_500_page_in_the_visitors_language(client, home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("home.models.HomePage.get_context", broken)
    client.raise_request_exception = False
    chinese = client.get("/zh-hans/")
    english = client.get("/en/")
    assert chinese.status_code == english.status_code == 500
    assert "抱歉，网站出现了问题" in chinese.text
    assert "Sorry, something went wrong" in english.text
    assert "Traceback" not in chinese.text


def test_language_switcher_keeps_a_records_path_and_the_filters(client, home, english_home):
    """Switching language on a filtered list or a record shown through a page stays on it."""
    page = StandardPageFactory(parent=home, title="服务宗旨", slug="mission")
    publish_translation(page, title="Our mission")
    html = client.get("/zh-hans/mission/?status=open&page=2").text
    assert 'href="/en/mission/?status=open&amp;page=2" lang="en"' in html


def test_chinese_records_on_english_pages_are_marked_for_screen_readers():
    with translation.override("en"):
        assert mark_chinese("何社工") == '<span lang="zh-hans">何社工</span>'
        assert mark_chinese("Social worker He") == "Social worker He"
        assert mark_chinese("<b>") == "<b>"  # escaped by the template, not wrapped
    with translation.override("zh-hans"):
        assert mark_chinese("何社工") == "何社工"


def test_site_settings_are_read_from_the_database_once_until_they_change(
    client, home, site_settings, django_capture_on_commit_callbacks, settings
):
    """Every page shows them: kept in the page cache's store, and new as soon as an editor saves them."""
    settings.PAGE_CACHE_TIMEOUT = 0  # each page built afresh, as on a page cache miss
    client.get("/zh-hans/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/zh-hans/")
    assert not [q for q in queries if "home_sitesettings" in q["sql"]]
    assert "粤ICP备20260000号-1" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.icp_number = "粤ICP备20269999号-2"
        site_settings.save()
    assert "粤ICP备20269999号-2" in client.get("/zh-hans/").content.decode()


def test_a_pages_translations_are_looked_up_once_until_a_translation_is_published(
    client, home, english_home, site_settings, django_capture_on_commit_callbacks, settings
):
    """Kept per page until the next write: a directory's records and filtered lists share one entry."""
    settings.PAGE_CACHE_TIMEOUT = 0  # each page built afresh, as on a page cache miss
    page = StandardPageFactory(parent=home, title="服务宗旨", slug="mission")
    assert 'href="/en/" lang="en" hreflang="en">English</a>' in client.get("/zh-hans/mission/").text
    with CaptureQueriesContext(connection) as queries:
        client.get("/zh-hans/mission/?page=2")
    assert not [q for q in queries if '"translation_key" IN' in q["sql"]]
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(page, title="Our mission")
    assert (
        'href="/en/mission/?page=2" lang="en" hreflang="en">English</a>' in client.get("/zh-hans/mission/?page=2").text
    )
