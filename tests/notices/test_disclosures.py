"""Notices and public disclosures (公示): index numbers, periods, statuses, validation."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from notices.models import DisclosureStatus, Holiday, NoticeKind, add_working_days
from tests.home.factories import publish_translation
from tests.notices.factories import NoticePageFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def test_index_numbers_count_up_per_code_and_year(notice_list):
    first = NoticePageFactory(parent=notice_list, date=D(2026, 1, 5))
    second = NoticePageFactory(parent=notice_list, date=D(2026, 2, 5))
    older = NoticePageFactory(parent=notice_list, date=D(2025, 12, 30))
    assert first.index_number == "11440000MB2C12345X/2026-00001"
    assert second.index_number == "11440000MB2C12345X/2026-00002"
    assert older.index_number == "11440000MB2C12345X/2025-00001"


def test_index_number_survives_edits_and_translation(notice_list, english_home):
    notice = NoticePageFactory(parent=notice_list)
    number = notice.index_number
    notice.title = "修改后的标题"
    notice.save_revision().publish()
    publish_translation(notice_list, title="Notices")
    english = publish_translation(notice, title="Notice in English")
    notice.refresh_from_db()
    assert notice.index_number == english.index_number == number


def test_working_days_skip_weekends_and_holidays():
    # 2026-09-30 is a Wednesday; 10-01..10-07 National Day; 10-10 (Saturday) is worked.
    for day in range(1, 8):
        Holiday.objects.create(date=D(2026, 10, day), name="国庆节")
    Holiday.objects.create(date=D(2026, 10, 10), name="国庆节调休上班", is_working_day=True)
    assert add_working_days(D(2026, 9, 30), 1) == D(2026, 9, 30)
    assert add_working_days(D(2026, 9, 30), 2) == D(2026, 10, 8)
    assert add_working_days(D(2026, 9, 30), 4) == D(2026, 10, 10)
    assert add_working_days(D(2026, 10, 3), 1) == D(2026, 10, 8)  # a holiday start counts from the next working day


def test_disclosure_end_is_computed_from_working_days(notice_list):
    notice = NoticePageFactory.build(
        kind=NoticeKind.DISCLOSURE,
        disclosure_start=D(2026, 3, 5),  # Thursday
        disclosure_working_days=5,
        objection_email="jiandu@example.org",
        issuing_body="广东省社会组织服务中心",
    )
    notice.clean()
    assert notice.disclosure_end == D(2026, 3, 11)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (D(2026, 3, 1), DisclosureStatus.UPCOMING),
        (D(2026, 3, 2), DisclosureStatus.OPEN),
        (D(2026, 3, 6), DisclosureStatus.OPEN),
        (D(2026, 3, 7), DisclosureStatus.CLOSED),
    ],
)
def test_disclosure_status_follows_the_date(notice_list, today, status):
    notice = NoticePageFactory(parent=notice_list, disclosure=True)  # 2026-03-02 to 2026-03-06
    assert notice.disclosure_status_on(today) == status


def test_a_notice_that_is_not_a_disclosure_has_no_status(notice_list):
    assert NoticePageFactory(parent=notice_list).disclosure_status_on(D(2026, 3, 3)) is None


def test_disclosure_cannot_end_before_it_starts_and_says_so_in_chinese():
    notice = NoticePageFactory.build(
        kind=NoticeKind.DISCLOSURE,
        disclosure_start=D(2026, 3, 10),
        disclosure_end=D(2026, 3, 1),
        objection_phone="020-86001200",
    )
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        notice.clean()
    assert "公示结束日期不能早于开始日期" in str(error.value.message_dict["disclosure_end"])


def test_disclosure_needs_a_period_and_an_objection_channel():
    notice = NoticePageFactory.build(kind=NoticeKind.DISCLOSURE)
    with pytest.raises(ValidationError) as error:
        notice.clean()
    assert {"disclosure_start", "objection_phone"} <= set(error.value.message_dict)
    notice.disclosure_start = D(2026, 3, 10)
    with pytest.raises(ValidationError) as error:
        notice.clean()
    assert "disclosure_end" in error.value.message_dict


def test_open_disclosure_page_shows_badge_days_left_and_objection_channel(client, notice_list):
    today = timezone.localdate()
    NoticePageFactory(
        parent=notice_list,
        slug="open",
        disclosure=True,
        disclosure_start=today - datetime.timedelta(days=1),
        disclosure_end=today + datetime.timedelta(days=3),
        objection_email="jiandu@example.org",
        objection_address="广州市越秀区示例路1号",
    )
    html = client.get("/zh-hans/notices/open/").text
    assert "公示中" in html
    assert "还剩 3 天" in html
    assert "jiandu@example.org" in html and "广州市越秀区示例路1号" in html
    assert "匿名反映的，不予受理" in html  # the standard rules, in the reader's language
    assert "11440000MB2C12345X/" in html


def working_days_disclosure(notice_list, **fields):
    """A 公示 of 5 working days from Thursday 2026-03-05, saved as any code path saves it."""
    values = {
        "disclosure": True,
        "disclosure_start": D(2026, 3, 5),
        "disclosure_end": None,
        "disclosure_working_days": 5,
    }
    return NoticePageFactory(parent=notice_list, **{**values, **fields})


def test_disclosure_end_follows_a_changed_start_or_length(notice_list):
    """The end is recomputed on every save, not only when it is empty."""
    notice = working_days_disclosure(notice_list)
    assert notice.disclosure_end == D(2026, 3, 11)
    notice.disclosure_start = D(2026, 3, 9)  # Monday
    notice.save_revision().publish()
    notice.refresh_from_db()
    assert notice.disclosure_end == D(2026, 3, 13)
    notice.disclosure_working_days = 3
    notice.save()
    notice.refresh_from_db()
    assert notice.disclosure_end == D(2026, 3, 11)


def test_an_end_date_set_by_hand_is_kept(notice_list):
    """With the override ticked, the editor's end date stays whatever the start and length."""
    notice = working_days_disclosure(notice_list, disclosure_end=D(2026, 3, 20), disclosure_end_set_by_hand=True)
    notice.disclosure_start = D(2026, 3, 9)
    notice.disclosure_working_days = 3
    notice.clean()
    notice.save()
    notice.refresh_from_db()
    assert notice.disclosure_end == D(2026, 3, 20)


def test_an_end_set_by_hand_needs_a_date():
    notice = NoticePageFactory.build(
        kind=NoticeKind.DISCLOSURE,
        disclosure_start=D(2026, 3, 5),
        disclosure_working_days=5,
        disclosure_end_set_by_hand=True,
        objection_phone="020-86001200",
    )
    with pytest.raises(ValidationError) as error:
        notice.clean()
    assert "disclosure_end" in error.value.message_dict


@pytest.mark.parametrize(
    ("language", "marker", "computed"),
    [
        ("zh-hans", "（截止日期由发布单位指定，不按工作日计算）", "（5 个工作日）"),
        ("en", "(end date set by the publisher, not counted in working days)", "(5 working days)"),
    ],
)
def test_the_page_says_when_the_end_was_set_by_hand(client, notice_list, english_home, language, marker, computed):
    """Readers see that the end date was not counted in working days; a computed one shows its length."""
    by_hand = working_days_disclosure(
        notice_list, slug="by-hand", disclosure_end=D(2026, 3, 20), disclosure_end_set_by_hand=True
    )
    counted = working_days_disclosure(notice_list, slug="counted")
    if language == "en":
        publish_translation(notice_list, title="Notices")
        by_hand = publish_translation(by_hand, title="By hand")
        counted = publish_translation(counted, title="Counted")
    html = client.get(by_hand.url).text
    assert marker in html
    assert "2026-03-20" in html
    assert computed not in html
    html = client.get(counted.url).text
    assert marker not in html
    assert computed in html
