"""捐赠者: donations newest first with yearly totals; anonymous donors stay anonymous."""

import datetime
from decimal import Decimal

import pytest

from orgdirectory.models import Donation

pytestmark = pytest.mark.django_db


def test_donors_page_totals_per_year(client, donors_page):
    Donation.objects.create(donor_name="李女士", amount=Decimal("100.50"), donated_on=datetime.date(2025, 1, 2))
    Donation.objects.create(
        donor_name="王先生", amount=Decimal("200"), donated_on=datetime.date(2025, 3, 2), is_anonymous=True
    )
    Donation.objects.create(donor_name="某公司", in_kind="冬衣100件", donated_on=datetime.date(2024, 12, 1))
    response = client.get("/zh-hans/charity/donors/")
    totals = {row["year"]: (row["count"], row["amount"]) for row in response.context["totals"]}
    assert totals == {2025: (2, Decimal("300.50")), 2024: (1, None)}
    html = response.text
    assert "李女士" in html and "冬衣100件" in html
    assert "王先生" not in html


def test_donors_page_groups_the_digits_of_amounts(client, donors_page):
    Donation.objects.create(donor_name="某企业", amount=Decimal("1216460.90"), donated_on=datetime.date(2025, 1, 2))
    html = client.get(donors_page.url).text
    assert html.count("1,216,460.90") == 2  # the year's total and the gift
    assert "1216460.90" not in html
