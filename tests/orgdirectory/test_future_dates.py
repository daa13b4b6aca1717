"""Money is listed once received: no donation or funding record is dated in the future,
whether typed in the admin, imported, or made by the demo."""

import datetime
from decimal import Decimal
from io import StringIO
from unittest import mock

import pytest

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from demo.orgdirectory.organizations import DirectoryDemo
from demo.orgdirectory.projects import ProjectsDemo
from orgdirectory.models import Donation, FundingRecord, ProjectKind
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, ProjectFactory
from tests.orgdirectory.test_import_directory import DONATION_HEADER, FUNDING_HEADER, code, organization, write_csv

pytestmark = pytest.mark.django_db


def tomorrow():
    return timezone.localdate() + datetime.timedelta(days=1)


def test_donation_dated_tomorrow_is_refused_in_the_admin_form_validation():
    donation = Donation(donor_name="陈先生", amount=Decimal("100"), donated_on=tomorrow())
    with pytest.raises(ValidationError) as error:
        donation.full_clean()
    assert "donated_on" in error.value.message_dict
    donation.donated_on = timezone.localdate()
    donation.full_clean()


def test_funding_record_for_next_year_is_refused_and_this_year_accepted():
    record = FundingRecordFactory.build(organization=OrganizationFactory(), year=timezone.localdate().year + 1)
    with pytest.raises(ValidationError) as error:
        record.full_clean()
    assert "year" in error.value.message_dict
    record.year -= 1
    record.full_clean()


def import_in_chinese(kind, path):
    err = StringIO()
    with translation.override("zh-hans"), pytest.raises(CommandError):
        call_command("import_directory", kind, str(path), stdout=StringIO(), stderr=err)
    return err.getvalue().splitlines()


def test_import_of_a_future_donation_is_refused_whole_with_its_row_in_chinese(tmp_path):
    rows = [["陈先生", "", "100", "", "2025-01-15", "", ""], ["李女士", "", "200", "", tomorrow().isoformat(), "", ""]]
    errors = import_in_chinese("donations", write_csv(tmp_path, DONATION_HEADER, rows))
    assert errors == [f"第 3 行，“捐赠日期”列：{tomorrow().isoformat()} 晚于今天。"]
    assert not Donation.objects.exists()


def test_import_of_funding_for_next_year_is_refused_whole_with_its_row_in_chinese(tmp_path):
    organization(1)
    next_year = timezone.localdate().year + 1
    rows = [
        [code(1), "2024", "财政补助", "某局", "100", "助学"],
        [code(1), str(next_year), "财政补助", "某局", "1", "助学"],
    ]
    errors = import_in_chinese("funding", write_csv(tmp_path, FUNDING_HEADER, rows))
    assert errors == [f"第 3 行，“年度”列：{next_year} 年晚于今年。"]
    assert not FundingRecord.objects.exists()


@pytest.mark.parametrize("today", [datetime.date(2025, 3, 1), datetime.date(2026, 12, 7)])
def test_demo_dates_no_money_after_today(today):
    """The demo's donations and funding, however the clock stands, end today at the latest."""
    with mock.patch("django.utils.timezone.localdate", return_value=today):
        directory = DirectoryDemo(StringIO())
        projects = ProjectsDemo(StringIO())
    directory.add_donations()
    assert max(Donation.objects.values_list("donated_on", flat=True)) <= today
    registered = OrganizationFactory(registered_on=datetime.date(2010, 1, 1))
    project = ProjectFactory(
        kind=ProjectKind.CHARITY,
        funder="某基金会",
        budget=Decimal("90000"),
        starts_on=datetime.date(today.year, 12, 1),
        ends_on=datetime.date(today.year + 2, 6, 30),
    )
    years = [record.year for record in directory.funding_for(registered)]
    years += [record.year for record in projects.funding_for(project, registered)]
    assert years
    assert max(years) <= today.year
