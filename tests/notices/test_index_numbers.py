"""Index numbers (索引号): one per document, shared by its translations, never by two documents,
given once per organization code and year even when notices are created at the same moment."""

import datetime
import importlib
import threading

import pytest

from django.apps import apps as django_apps
from django.db import IntegrityError, connection, transaction

from wagtail.models import Revision

from notices.models import IndexNumber, IndexNumberSequence, NoticePage
from tests.home.factories import publish_translation
from tests.notices.factories import NoticeIndexPageFactory, NoticePageFactory

D = datetime.date


@pytest.mark.django_db
def test_a_copy_gets_a_number_of_its_own(notice_list):
    """Copying a notice does not copy its index number: the copy is another document."""
    notice = NoticePageFactory(parent=notice_list, slug="original")
    notice.save_revision().publish()
    copy = notice.copy(update_attrs={"slug": "copy", "title": "副本"})
    copy = NoticePage.objects.get(pk=copy.pk)
    assert copy.index_number
    assert copy.index_number != notice.index_number
    assert copy.index_number.endswith("/2026-00002")
    # Publishing the copy's revision (copied with the original's content) keeps the copy's number.
    copy.get_latest_revision().publish()
    assert NoticePage.objects.get(pk=copy.pk).index_number == copy.index_number


@pytest.mark.django_db
def test_a_translation_shares_the_number_and_takes_none_from_the_sequence(notice_list, english_home):
    """The English version of a notice is the same document: same number; the next notice gets the next one."""
    notice = NoticePageFactory(parent=notice_list)
    publish_translation(notice_list, title="Notices")
    english = publish_translation(notice, title="Notice in English")
    assert english.index_number == notice.index_number
    following = NoticePageFactory(parent=notice_list)
    assert following.index_number.endswith("/2026-00002")


@pytest.mark.django_db
def test_reverting_to_an_old_revision_keeps_the_number(notice_list):
    """A revision saved before the number changed (renumbered by the migration) does not bring the old one back."""
    notice = NoticePageFactory(parent=notice_list)
    revision = notice.save_revision()
    NoticePage.objects.filter(pk=notice.pk).update(index_number="11440000MB2C12345X/2026-00042")
    Revision.objects.get(pk=revision.pk).publish()  # as the history's "publish this version" fetches it
    assert NoticePage.objects.get(pk=notice.pk).index_number == "11440000MB2C12345X/2026-00042"


@pytest.mark.django_db
def test_the_database_refuses_a_number_given_to_two_documents(notice_list):
    """The allocation table's unique constraint, not only the code, keeps numbers apart."""
    notice = NoticePageFactory(parent=notice_list)
    other = NoticePageFactory(parent=notice_list)
    with pytest.raises(IntegrityError), transaction.atomic():
        IndexNumber.objects.filter(translation_key=other.translation_key).update(number=notice.index_number)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs real concurrent connections: the SQLite test database is one shared in-memory file",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_notices_created_at_the_same_moment_get_distinct_numbers(home):
    """N notices created at once in N connections (under N lists of one organization) get N numbers."""
    attempts = 8
    lists = [NoticeIndexPageFactory(parent=home, slug=f"notices-{n}") for n in range(attempts)]
    barrier = threading.Barrier(attempts)
    numbers, errors = [], []

    def create(notice_list):
        try:
            barrier.wait()
            with transaction.atomic():
                numbers.append(NoticePageFactory(parent=notice_list, date=D(2026, 5, 1)).index_number)
        except Exception as error:  # reported below, with the numbers
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=create, args=(notice_list,)) for notice_list in lists]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(numbers) == [f"11440000MB2C12345X/2026-{n:05d}" for n in range(1, attempts + 1)]


@pytest.mark.django_db
def test_the_migration_renumbers_later_duplicates_in_creation_order(notice_list, english_home):
    """On a database from before the constraint, the first notice keeps a shared number, later ones get
    the next free numbers of their year, translations keep their document's, and numbering goes on."""
    migration = importlib.import_module("notices.migrations.0006_index_numbers")
    first, copied, twin, older = (
        NoticePageFactory(parent=notice_list, date=day)
        for day in (D(2026, 1, 5), D(2026, 1, 6), D(2026, 1, 7), D(2025, 3, 1))
    )
    publish_translation(notice_list, title="Notices")
    english = publish_translation(first, title="First, in English")
    shared = first.index_number  # .../2026-00001
    NoticePage.objects.filter(pk__in=[copied.pk, twin.pk]).update(index_number=shared)  # the old copy and race
    IndexNumber.objects.all().delete()
    IndexNumberSequence.objects.all().delete()

    migration.number_every_document(django_apps, None)

    numbers = dict(NoticePage.objects.values_list("pk", "index_number"))
    assert numbers[first.pk] == numbers[english.pk] == shared
    assert numbers[copied.pk] == "11440000MB2C12345X/2026-00002"  # after 00001, the highest kept
    assert numbers[twin.pk] == "11440000MB2C12345X/2026-00003"
    assert numbers[older.pk] == "11440000MB2C12345X/2025-00001"
    assert IndexNumber.objects.count() == 4
    assert NoticePageFactory(parent=notice_list).index_number == "11440000MB2C12345X/2026-00004"
