"""One English word, one Chinese meaning: a word that means different things in different
places carries a message context, and our catalog never changes what Wagtail's or Django's
own translation of the same word says (that is how the page-creation header came to read
"新提交: 公告", our error reports' "New" replacing Wagtail's).
"""

from pathlib import Path

import polib
import pytest

import django
from django.apps import apps
from django.test import override_settings
from django.utils.translation import trans_real

from tests.core.test_catalogs import CATALOGS, marked_messages

# Reviewed: each of these English words is translated differently where it is used, so every
# use names its meaning with a context (pgettext_lazy, {% translate … context … %}).
AMBIGUOUS = {
    "Legal basis": "设定依据 of a service guide, 处罚依据 of a penalty",
    "Kind": "办件类型 of a guide's time limit, 公告类别, 项目类型",
    "New": "新提交 of an error report; Wagtail's 新/新建",
    "In progress": "处理中 of an error report, 进行中 of a project and of Wagtail's workflows",
    "Received": "提交时间 (a date), 待确认 (a sign-up's status)",
    "Article": "条款 of a law, 文章 (the news page type)",
    "Identity": "网站标识 of the site settings, 基本信息 of an organization",
    "Text": "正文 of a block, 关联文件 of a policy relation, Django's 文本",
    "Name": "名称 of a thing, 姓名 of a person, Wagtail's 名字",
    "Summary": "摘要 of a page, Wagtail's 概要 of an import",
    "Source": "来源 of an article or funding, wagtail-localize's 源",
    "Form": "形式 of a guide's material, Wagtail's 表单",
    "Copy": "复印件 of a guide's material, Wagtail's 复制",
    "Changes": "变更 (a guide topic), Wagtail's 更改",
    "Not started": "未开始 of a disclosure period, Wagtail's 未启动",
    "Private": "不公开信息 (a panel of personal data), Wagtail's 私有",
    "Code": "验证码 of two-factor sign-in, Wagtail's 代码",
    "document": "文件 (a download link), Wagtail's 文档",
}

# Where our translation of a word Wagtail or Django translate too is deliberately different,
# and right in their screens as well as ours (our catalog wins in both).
BETTER_THAN_THE_FRAMEWORK = {
    "Log out": "退出登录: Django's 注销 also means closing an account on Chinese sites",
    "Breadcrumb": "当前位置 is what Chinese government sites call it; 面包屑导航 is a calque",
    "Previous": "上一页 in pagination, which is what Wagtail uses it for too (上一个 reads as 'previous item')",
    "Next": "下一页, as Previous",
    "All": "全部 is the usual filter option; 所有 reads as a translation",
}


def framework_catalog():
    """The zh-hans translations Django would use without our catalog: its installed apps'
    and its own (an app listed earlier wins, as in Django)."""
    with override_settings(LOCALE_PATHS=[]):
        return trans_real.DjangoTranslation("zh-hans")


def our_catalog():
    return polib.pofile(str(CATALOGS["zh_Hans"]))


def test_the_framework_catalogs_are_found():
    catalog = framework_catalog()
    assert catalog.gettext("Documents") == "文档"  # Wagtail's
    assert catalog.gettext("January") == "一月"  # Django's
    assert any(Path(config.path).name == "wagtail_localize" for config in apps.get_app_configs())
    assert Path(django.__file__).parent.joinpath("conf/locale/zh_Hans/LC_MESSAGES/django.mo").exists()


@pytest.mark.parametrize("msgid", sorted(AMBIGUOUS))
def test_an_ambiguous_word_is_never_used_without_a_context(msgid):
    messages = marked_messages()
    assert (None, msgid) not in messages
    assert any(found == msgid for _context, found in messages), f"{msgid} is no longer used: take it off the list"
    assert [entry.msgctxt for entry in our_catalog() if entry.msgid == msgid and not entry.msgctxt] == []


def test_the_meanings_of_an_ambiguous_word_differ():
    """Each listed word has at least two contexts, translated differently, or one that differs
    from the framework's translation of the bare word."""
    framework = framework_catalog()
    for msgid in AMBIGUOUS:
        translations = {entry.msgstr for entry in our_catalog() if entry.msgid == msgid}
        assert len(translations | {framework.gettext(msgid)} - {msgid}) > 1, msgid


def test_our_catalog_does_not_change_a_framework_translation():
    framework = framework_catalog()
    changed = {}
    for entry in our_catalog():
        if entry.msgctxt or entry.obsolete or entry.msgid_plural:
            continue
        theirs = framework.gettext(entry.msgid)
        if theirs not in (entry.msgid, entry.msgstr):
            changed[entry.msgid] = (entry.msgstr, theirs)
    assert {msgid: pair for msgid, pair in changed.items() if msgid not in BETTER_THAN_THE_FRAMEWORK} == {}
    # The allow-list stays short and true.
    assert set(BETTER_THAN_THE_FRAMEWORK) <= set(changed)


def test_wagtail_says_new_in_its_own_words(rf):
    """The page-creation header reads 新建: 公告, not our error reports' 新提交."""
    from django.utils import translation

    with translation.override("zh-hans"):
        assert translation.gettext("New") != "新提交"
        assert translation.pgettext("error report status", "New") == "新提交"
        assert translation.pgettext("service guide", "Legal basis") == "设定依据"
        assert translation.pgettext("administrative penalty", "Legal basis") == "处罚依据"
