"""The public forms read right: one colon of the page's language after each label, required
fields marked for the eye and for assistive technology, selects that say 请选择, and the
districts grouped by city."""

import re

import pytest

from django.utils.html import strip_tags

from taxonomy.models import Region
from tests.home.factories import publish_translation
from tests.orgdirectory.factories import ProjectFactory

pytestmark = pytest.mark.django_db

LABEL = re.compile(r'<label for="([^"]+)"[^>]*>(.*?)</label>', re.S)


def labels(html, form_class="site-form"):
    """{input id: visible label text} of the form's labels, but the hidden honeypot's."""
    start = html.index(f'class="{form_class}"')
    form = html[start : html.index("</form>", start)]
    return {for_id: strip_tags(text).strip() for for_id, text in LABEL.findall(form) if for_id != "id_website"}


def need_form_page(client, url="/zh-hans/needs/submit/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.text


@pytest.mark.parametrize("path", ["needs/submit/", "report-error/", "volunteer"])
def test_each_label_ends_in_exactly_one_chinese_colon(client, needs_page, volunteer_page, path):
    if path == "volunteer":
        path = f"projects/volunteer-projects/{ProjectFactory().pk}/"
    found = labels(need_form_page(client, f"/zh-hans/{path}"))
    assert found
    for for_id, text in found.items():
        if for_id == "id_consent":  # a sentence beside its checkbox takes no colon
            assert not text.endswith(("：", ":")), text
        else:
            assert text.endswith("：") and not re.search(r"[：:。]{2}|:", text), text


def test_labels_end_in_one_english_colon_on_english_pages(client, needs_page, english_home):
    english = publish_translation(needs_page, title="Needs")
    found = labels(need_form_page(client, f"{english.url}submit/"))
    assert found["id_title"] == "*Title:"
    assert all(text.endswith(":") and not text.endswith("::") for text in found.values())


def test_required_fields_are_marked_for_the_eye_and_for_screen_readers(client, needs_page):
    html = need_form_page(client)
    assert '<span class="required-mark" aria-hidden="true">*</span> 为必填项' in html
    found = labels(html)
    assert found["id_title"].startswith("*") and found["id_contact_phone"].startswith("*")
    assert not found["id_beneficiaries"].startswith("*")  # optional
    assert re.search(r'<input[^>]*name="title"[^>]*\brequired\b', html)
    assert not re.search(r'<input[^>]*name="beneficiaries"[^>]*\brequired\b', html)


def test_selects_say_please_choose_never_dashes(client, needs_page, english_home):
    html = need_form_page(client)
    assert "---------" not in html and len(re.findall(r'<option value=""( selected)?>请选择</option>', html)) == 2
    english = publish_translation(needs_page, title="Needs")
    assert '<option value="" selected>Please choose</option>' in need_form_page(client, f"{english.url}submit/")


def test_districts_are_grouped_by_their_city(client, needs_page):
    html = need_form_page(client)
    select = html[html.index('name="region"') : html.index("</select>", html.index('name="region"'))]
    yuexiu = Region.objects.get(code="440104")
    assert select.count("<optgroup") == Region.objects.cities().filter(children__isnull=False).distinct().count()
    guangzhou = select[select.index('<optgroup label="广州市">') : select.index("</optgroup>", select.index("广州市"))]
    assert f'<option value="{yuexiu.pk}">越秀区</option>' in guangzhou


def test_directory_filter_labels_end_in_one_colon(client, volunteer_page):
    found = labels(client.get(volunteer_page.url).text, "facet-form")
    assert found["directory-q"].endswith("：") and found["facet-city"] == "地区："
