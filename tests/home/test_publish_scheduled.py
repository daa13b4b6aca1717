"""publish_scheduled: a scheduled revision the content guard refuses is held and its people told;
every other due revision still goes live, and one failing publish does not stop the rest."""

import datetime
import io
import threading
from unittest import mock

import pytest

from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Page, Revision

from home.setup.access import FINAL_REVIEW
from tests.notices.factories import NoticePageFactory

pytestmark = pytest.mark.django_db

DEFACED_SUMMARY = "欢迎访问澳门百家乐官方网站"


@pytest.fixture
def people(roles, django_user_model):
    editor = django_user_model.objects.create_user("bianji", "bianji@example.org", "x")
    reviewer = django_user_model.objects.create_user("zhongshen", "zhongshen@example.org", "x")
    roles[FINAL_REVIEW.key].user_set.add(reviewer)
    return editor, reviewer


def schedule(notice_list, editor, minutes_ago, **fields):
    """A notice with a revision approved to go live `minutes_ago` minutes ago, as the cron finds it."""
    notice = NoticePageFactory(parent=notice_list, live=False, owner=editor, **fields)
    notice.go_live_at = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    revision = notice.save_revision(user=editor)
    # Scheduled before the guard knew the pattern (or written outside the admin): the guard did not see it.
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=notice.go_live_at)
    return notice


def run():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_a_defaced_scheduled_notice_is_held_and_the_others_go_live(notice_list, people):
    """The first and third notices go live; the middle one is held, unscheduled, and its editor and 终审 told."""
    editor, reviewer = people
    first = schedule(notice_list, editor, 30, title="第一份公示")
    defaced = schedule(notice_list, editor, 20, title="第二份公示", summary=DEFACED_SUMMARY)
    third = schedule(notice_list, editor, 10, title="第三份公示")

    run()

    assert Page.objects.get(pk=first.pk).live
    assert Page.objects.get(pk=third.pk).live
    held = Page.objects.get(pk=defaced.pk)
    assert not held.live
    assert not Revision.page_revisions.filter(object_id=str(defaced.pk), approved_go_live_at__isnull=False).exists()
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"bianji@example.org", "zhongshen@example.org"} <= recipients
    assert all(message.subject.startswith("未发布：“第二份公示”") for message in mail.outbox)
    assert any("百家乐" in message.body for message in mail.outbox)

    mail.outbox.clear()
    run()  # held, not retried on every run
    assert not mail.outbox
    assert not Page.objects.get(pk=defaced.pk).live


def test_one_failing_publish_does_not_stop_the_rest(notice_list, people, caplog):
    """Any other error in one publish is logged; the later revisions are still published."""
    editor, _reviewer = people
    first = schedule(notice_list, editor, 30, title="第一份通知")
    second = schedule(notice_list, editor, 20, title="第二份通知")
    original = Revision.publish

    def publish(revision, *args, **kwargs):
        if revision.object_id == str(first.pk):
            raise RuntimeError("database hiccup")
        return original(revision, *args, **kwargs)

    with mock.patch.object(Revision, "publish", publish):
        run()

    assert not Page.objects.get(pk=first.pk).live
    assert Page.objects.get(pk=second.pk).live
    assert "database hiccup" in caplog.text


def test_expired_pages_are_still_unpublished(notice_list, people):
    """What Wagtail's own command does first is kept: a page past its expiry is taken down."""
    editor, _reviewer = people
    notice = NoticePageFactory(parent=notice_list, owner=editor)
    Page.objects.filter(pk=notice.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=5))
    run()
    page = Page.objects.get(pk=notice.pk)
    assert not page.live
    assert page.expired


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs real concurrent connections: the SQLite test database is one shared in-memory file",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_revision_another_machine_is_publishing_is_left_to_it(notice_list, people):
    """Cron on two machines: a revision whose row the other run holds is skipped, not published twice."""
    editor, _reviewer = people
    taken = schedule(notice_list, editor, 20, title="另一台机器正在发布")
    free = schedule(notice_list, editor, 10, title="本机发布")
    locked, release = threading.Event(), threading.Event()

    def other_machine():
        try:
            with transaction.atomic():
                Revision.objects.select_for_update().get(object_id=str(taken.pk), approved_go_live_at__isnull=False)
                locked.set()
                release.wait(30)
        finally:
            connection.close()

    holder = threading.Thread(target=other_machine)
    holder.start()
    try:
        assert locked.wait(30)
        run()
    finally:
        release.set()
        holder.join()
    assert Page.objects.get(pk=free.pk).live
    assert not Page.objects.get(pk=taken.pk).live  # left to the run that holds it
    assert Revision.objects.filter(object_id=str(taken.pk), approved_go_live_at__isnull=False).exists()
