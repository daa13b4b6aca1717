"""The admin in Chinese has no English left: every demo role, and a superuser, signs in with
the admin in Chinese and finds no run of two or more English words on the screens they use.

One browser, one signed-in context per role. The superuser sees every screen (the dashboard,
the explorer, the edit view of each page type, each snippet's list and edit view, each report
of the Reports menu, the workflow screens); every other role sees its dashboard, its explorer,
one edit view and its snippets. What the screens show of the content itself (titles, names,
the records' texts) is user content, and so not checked: the server lists it (`facts`).
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
SUPERUSER = "i18n-admin"
SUPERUSER_PASSWORD = "i18n-admin-2026"  # noqa: S105 - a throwaway account of the test server
TOTP_KEY = "3132333435363738393031323334353637383930"  # RFC 6238's test key, in hex
ROLES = ["editor", "moderator", "reviewer", "coordinator", "yuexiu", "nanhai"]

# Two or more English words in a row ("Search all pages", "Moderators approval").
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’]*)+")

# The visible text of a screen: each visible text node, and the placeholder of each visible
# field. Not checked, being what an editor typed or a program reads, not the interface:
# form fields' contents (textarea, select options, rich text being edited) and code.
VISIBLE_TEXT = """() => {
    const skip = "script, style, noscript, template, textarea, select, code, pre, kbd, [contenteditable=true]";
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest(skip) || !element.checkVisibility({visibilityProperty: true})) continue;
        const text = node.textContent.replace(/\\s+/g, " ").trim();
        if (text) texts.push(text);
    }
    for (const field of document.querySelectorAll("[placeholder]")) {
        if (field.checkVisibility({visibilityProperty: true})) texts.push(field.placeholder);
    }
    return texts;
}"""

# What the server knows: its user content, and for each role the screens to visit.
FACTS = r"""
import json
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, WorkflowState, Collection, Site
from wagtail.snippets.models import get_snippet_models
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
from django_otp.plugins.otp_totp.models import TOTPDevice

User = get_user_model()
admin, _ = User.objects.get_or_create(username="%(superuser)s", defaults={"is_superuser": True, "is_staff": True})
admin.set_password("%(password)s")
admin.save()
TOTPDevice.objects.get_or_create(user=admin, name="authenticator", defaults={"key": "%(key)s", "confirmed": True})

content = set()
for model in (Page, get_image_model(), get_document_model(), Collection, Site, *get_snippet_models()):
    content.update(str(obj) for obj in model.objects.all())
content.update(Page.objects.values_list("draft_title", flat=True))
# The records' texts (English twins such as name_en, a visitor's error report …), in their lists.
for model in get_snippet_models():
    fields = model._meta.concrete_fields
    texts = [field.name for field in fields if field.get_internal_type() in ("CharField", "TextField")]
    for values in model.objects.values_list(*texts) if texts else ():
        content.update(value for value in values if isinstance(value, str))
for user in User.objects.all():
    content.update([user.get_full_name(), user.get_username(), user.email])

pages = Page.objects.filter(depth__gt=1, locale__language_code="zh-hans").order_by("path").specific()
edit_views = {}
for page in pages:
    edit_views.setdefault(type(page)._meta.label, reverse("wagtailadmin_pages:edit", args=[page.pk]))
home = Page.objects.get(depth=2, locale__language_code="zh-hans")
state = WorkflowState.objects.order_by("pk").first()

def snippets(user):
    screens = []
    for model in get_snippet_models():
        meta = model._meta
        if not any(user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}") for action in ("view", "change")):
            continue
        name = f"wagtailsnippets_{meta.app_label}_{meta.model_name}"
        screens.append(reverse(f"{name}:list"))
        first = model.objects.order_by("pk").first()
        if first is not None:
            screens.append(reverse(f"{name}:edit", args=[first.pk]))
    return screens

roles = {}
for user in User.objects.filter(username__in=%(roles)r):
    editable = next((page for page in pages if page.permissions_for_user(user).can_edit()), None)
    screens = [reverse("wagtailadmin_home"), reverse("wagtailadmin_explore_root")]
    if editable is not None:
        screens.append(reverse("wagtailadmin_pages:edit", args=[editable.pk]))
    roles[user.username] = screens + snippets(user)
roles["%(superuser)s"] = [
    reverse("wagtailadmin_home"),
    reverse("wagtailadmin_explore_root"),
    reverse("wagtailadmin_explore", args=[home.pk]),
    *edit_views.values(),
    *snippets(admin),
    reverse("wagtailadmin_workflows:index"),
    reverse("wagtailadmin_workflows:task_index"),
    *([reverse("wagtailadmin_workflows:edit", args=[state.workflow_id]),
       reverse("wagtailadmin_pages:workflow_history", args=[state.base_content_object.pk])] if state else []),
]
print(json.dumps({"content": sorted(filter(None, content)), "roles": roles}))
"""


@pytest.fixture(scope="module")
def facts(base_url, server_env):
    code = FACTS % {"superuser": SUPERUSER, "password": SUPERUSER_PASSWORD, "key": TOTP_KEY, "roles": ROLES}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=server_env,
        check=True,
        capture_output=True,
        text=True,
    )
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    # Longest first, so a title is taken out whole before a shorter title inside it; whole
    # words only, so a short name does not cut an identifier into "words".
    content = sorted(facts["content"], key=len, reverse=True)
    facts["content"] = re.compile("(?<![A-Za-z])(?:" + "|".join(map(re.escape, content)) + ")(?![A-Za-z])")
    return facts


def english_runs(texts, content):
    """The runs of English words in `texts`, once the user content is taken out."""
    return {run for text in texts for run in ENGLISH_RUN.findall(content.sub(" ", text))}


def sign_in_superuser(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{base_url}/admin/login/")
    tab.locator("#id_username").fill(SUPERUSER)
    tab.locator("#id_password").fill(SUPERUSER_PASSWORD)
    tab.get_by_role("button", name="登录").click()
    tab.locator("#id_otp_token").fill(f"{TOTP(bytes.fromhex(TOTP_KEY)).token():06d}")
    tab.get_by_role("button", name="验证").click()
    expect(tab).to_have_url(f"{base_url}/admin/")
    return tab


def report_screens(tab):
    """The Reports menu's screens, from the sidebar's own description of its menu."""
    props = tab.locator("#wagtail-sidebar-props").text_content()
    return sorted(
        set(re.findall(r'"(/admin/reports/[^"]+)"', props))
        | set(re.findall(r'"(/admin/[a-z_-]*reports?/[^"]*)"', props))
    )


def test_the_chinese_admin_shows_no_english(browser, base_url, sign_in, facts):
    tabs = {username: sign_in(username) for username in ROLES}
    tabs[SUPERUSER] = sign_in_superuser(browser, base_url)
    screens = {username: list(urls) for username, urls in facts["roles"].items()}
    screens[SUPERUSER] += report_screens(tabs[SUPERUSER])
    assert len(screens[SUPERUSER]) > 20  # the superuser's screens were found

    found = {}
    for username, tab in tabs.items():
        for url in screens[username]:
            response = tab.goto(base_url + url)
            assert response.ok, f"{username}: {url} answered {response.status}"
            expect(tab.locator("html")).to_have_attribute("lang", "zh-hans")
            for run in english_runs(tab.evaluate(VISIBLE_TEXT), facts["content"]):
                found.setdefault(run, f"{username} {url}")
    assert found == {}, "English in the Chinese admin:\n" + "\n".join(
        f"{run!r}  ({where})" for run, where in found.items()
    )
