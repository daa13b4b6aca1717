"""Dates and phone numbers written as HTML and URLs take them: `<time datetime>` with at most
three digits of a second (the W3C checker refused Django's six), and tel: links without spaces."""

import datetime
import re
from pathlib import Path

import pytest

from core.templatetags.site_tags import datetime_attr, phone_link, tel_uri

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [
    path
    for folder in ("site", "core", "taxonomy", "security", "home", "notices", "guides", "orgdirectory", "search", "ops")
    for path in (ROOT / folder).rglob("*.html")
]


def test_datetime_attr_gives_a_time_to_the_second_in_the_site_time_zone():
    published = datetime.datetime(2026, 12, 7, 1, 2, 17, 623372, tzinfo=datetime.UTC)
    assert datetime_attr(published) == "2026-12-07T09:02:17+08:00"


def test_datetime_attr_gives_a_date_as_a_date():
    assert datetime_attr(datetime.date(2026, 3, 2)) == "2026-03-02"
    assert datetime_attr(None) == ""


def test_datetime_attr_keeps_a_naive_time_naive():
    assert datetime_attr(datetime.datetime(2026, 3, 2, 8, 30, 0, 5)) == "2026-03-02T08:30:00"


def test_every_datetime_attribute_in_the_templates_goes_through_datetime_attr():
    """`|date:'c'` writes microseconds, which HTML refuses: one filter writes every datetime=."""
    written = [
        f"{path.relative_to(ROOT)}: {attribute}"
        for path in TEMPLATES
        for attribute in re.findall(r'datetime="[^"]*"', path.read_text())
        if not re.fullmatch(r'datetime="\{\{ [\w.]+\|datetime_attr \}\}"', attribute)
    ]
    assert written == []
    assert TEMPLATES and any("datetime_attr" in path.read_text() for path in TEMPLATES)


@pytest.mark.parametrize(
    ("phone", "uri"),
    [
        ("020-8600 1236", "tel:02086001236"),
        ("(020) 8600-1236", "tel:02086001236"),
        ("+86 20 8600 1236", "tel:+862086001236"),
        ("12345", "tel:12345"),
        ("020-8600 1236转801", "tel:02086001236"),
        ("020-8600 1236、020-8600 1237", "tel:02086001236"),
        ("", ""),
        ("见窗口公告", ""),
    ],
)
def test_tel_uri_keeps_only_the_digits_of_the_first_number(phone, uri):
    assert tel_uri(phone) == uri


def test_phone_link_shows_the_number_as_written_and_dials_it_without_spaces():
    assert phone_link("020-8600 1236") == '<a href="tel:02086001236">020-8600 1236</a>'
    assert phone_link("<b>") == "<b>"  # no digits: no link, and the template escapes it as usual
    assert phone_link("020-8600 1236 <b>") == '<a href="tel:02086001236">020-8600 1236 &lt;b&gt;</a>'


def test_no_template_writes_a_tel_link_by_hand():
    """Every phone becomes a link through `phone_link`, so none can carry a space again."""
    assert [str(path.relative_to(ROOT)) for path in TEMPLATES if "tel:" in path.read_text()] == []
