"""信息公开: an organization's ledger shows exactly what its records say."""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from orgdirectory.credit_code import check_character
from orgdirectory.models import (
    Donation,
    FundingSource,
    Grade,
    OrganizationIndexPage,
    OrgType,
    Standing,
    StandingRecord,
)
from tests.home.factories import publish_translation
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, award

pytestmark = pytest.mark.django_db


@pytest.fixture
def funded(directory):
    organization = OrganizationFactory(name="越秀长者服务中心")
    FundingRecordFactory(organization=organization, year=2023, amount=Decimal("120000.50"), project_name="长者饭堂")
    FundingRecordFactory(
        organization=organization,
        year=2024,
        source=FundingSource.DONATION,
        funder="社会公众",
        amount=Decimal("30000.25"),
        project_name="助餐补贴",
    )
    FundingRecordFactory(organization=organization, year=2024, amount=Decimal("80000.00"), project_name="长者饭堂")
    return organization


def url(organization, suffix=""):
    return f"/zh-hans/database/organizations/{organization.credit_code}/{suffix}"


def test_funding_total_is_kept_up_to_date(funded):
    funded.refresh_from_db()
    assert funded.funding_total == Decimal("230000.75")
    funded.funding_records.get(project_name="助餐补贴").delete()
    funded.refresh_from_db()
    assert funded.funding_total == Decimal("200000.50")


def test_ledger_shows_totals_per_year_and_source(client, funded):
    response = client.get(url(funded))
    assert response.status_code == 200
    ledger = response.context["ledger"]
    assert ledger.total == Decimal("230000.75")
    assert ledger.by_year() == [
        (2023, {"government_purchase": Decimal("120000.50")}, Decimal("120000.50")),
        (2024, {"government_purchase": Decimal("80000.00"), "donation": Decimal("30000.25")}, Decimal("110000.25")),
    ]
    html = response.text
    assert "230000.75" in html
    assert "<svg" in html and html.count("<rect") == 3  # one segment per year and source
    assert "长者饭堂" in html and "助餐补贴" in html


def test_ledger_groups_digits_and_gives_the_total_in_wan_on_chinese_pages(client, funded):
    html = client.get(url(funded)).text
    assert "累计 <data" in html and ">23.00 万元</data>" in html
    assert ">120,000.50<" in html and ">110,000.25<" in html  # the tables keep the exact amounts
    assert ">50,000</text>" in html  # the chart's axis
    assert "120000.50" not in html.replace('value="120000.50"', "")


def test_ledger_groups_digits_in_english(client, funded, directory, english_home):
    publish_translation(directory.get_parent(), title="Database")
    english = publish_translation(directory, title="Organizations")
    html = client.get(f"{english.url}{funded.credit_code}/").text
    assert "In total 230,000.75 yuan" in html and ">120,000.50<" in html


def test_funding_csv_lists_every_record(client, funded):
    response = client.get(url(funded, "funding/"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"funding-{funded.credit_code}.csv" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 4
    assert ["2023", "政府购买服务", "广州市民政局", "120000.50", "长者饭堂"] in rows


def test_unknown_credit_code_gives_404(client, directory):
    assert client.get("/zh-hans/database/organizations/514401000000000000/").status_code == 404


def test_grade_is_valid_for_five_years(directory):
    organization = award(OrganizationFactory(), Grade.A4, datetime.date(2020, 3, 1))
    assert organization.active_grade_on(datetime.date(2025, 2, 28)) == "4A"
    assert organization.active_grade_on(datetime.date(2025, 3, 2)) == ""


def test_standing_follows_listings_and_removals(directory):
    organization = OrganizationFactory()
    listing = StandingRecord.objects.create(
        organization=organization, status=Standing.ABNORMAL, listed_on=datetime.date(2024, 1, 1), listed_reason="未年检"
    )
    organization.refresh_summary()
    assert organization.standing == Standing.ABNORMAL
    listing.removed_on = datetime.date(2024, 6, 1)
    listing.save()
    organization.refresh_summary()
    assert organization.standing == Standing.NORMAL


def test_ledger_shows_history_and_donations(client, funded):
    StandingRecord.objects.create(
        organization=funded,
        status=Standing.ABNORMAL,
        listed_on=datetime.date(2023, 1, 1),
        listed_reason="未按规定参加年度检查",
        removed_on=datetime.date(2023, 8, 1),
        removal_reason="已补报年报",
    )
    Donation.objects.create(
        donor_name="陈先生",
        is_anonymous=True,
        amount=Decimal("500"),
        donated_on=datetime.date(2024, 5, 1),
        recipient=funded,
    )
    html = client.get(url(funded)).text
    assert "未按规定参加年度检查" in html and "已补报年报" in html
    assert "陈先生" not in html and "匿名" in html


def test_check_character_mismatch_needs_an_editors_confirmation(directory):
    body = "52440104MJ0000001"
    wrong = body + ("0" if check_character(body) != "0" else "1")
    organization = OrganizationFactory.build(credit_code=wrong, org_type=OrgType.SOCIAL_SERVICE)
    with pytest.raises(ValidationError) as error:
        organization.full_clean()
    assert "credit_code" in error.value.message_dict
    organization.check_override = True
    organization.check_override_note = "与登记证书核对一致"
    organization.full_clean()


def test_category_that_contradicts_the_type_is_flagged(directory):
    organization = OrganizationFactory.build(org_type=OrgType.FOUNDATION)  # code says social service (2)
    organization.credit_code = "52440104MJ0000001" + check_character("52440104MJ0000001")
    assert organization.category_mismatch
    with pytest.raises(ValidationError):
        organization.full_clean()


def test_language_switch_on_a_transparency_page_keeps_the_record(client, home, english_home):
    """The directory page's slug is Chinese (percent-encoded in its URL): one published before the
    site made pinyin slugs keeps it (core/slugs.py). The record's path survives the switch."""
    directory = OrganizationIndexPage(title="组织库", slug="组织库", first_published_at=timezone.now())
    home.add_child(instance=directory)
    publish_translation(directory, title="Organizations")
    organization = OrganizationFactory(name="示范社会工作服务中心", name_en="")
    html = client.get(f"{directory.url}{organization.credit_code}/?year=2025").text
    assert f'href="/en/%E7%BB%84%E7%BB%87%E5%BA%93/{organization.credit_code}/?year=2025" lang="en"' in html
    english = client.get(f"/en/%E7%BB%84%E7%BB%87%E5%BA%93/{organization.credit_code}/").text
    assert '<h1><span lang="zh-hans">示范社会工作服务中心</span></h1>' in english
