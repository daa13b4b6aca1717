"""`import_directory projects|needs|talent`: the project platform, needs and talent from CSV or XLSX."""

import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from orgdirectory.models import Need, NeedStatus, Project, ProjectKind, ProjectStatus, Talent
from tests.orgdirectory.test_import_directory import code, organization, refused, run, write_csv, write_xlsx

pytestmark = pytest.mark.django_db

PROJECT_HEADER = [
    "类型",
    "项目名称",
    "英文名称",
    "实施组织",
    "资助方",
    "所在地区",
    "服务领域",
    "预算",
    "开始日期",
    "结束日期",
    "状态",
    "项目简介",
    "结项成果",
    "活动地点",
    "活动时间",
    "招募人数",
    "志愿时长",
    "联系方式",
]
NEED_HEADER = [
    "需求名称",
    "需求描述",
    "所在地区",
    "服务领域",
    "受益对象",
    "预算",
    "截止日期",
    "状态",
    "提出方",
    "联系人",
    "联系电话",
    "已审核",
]
TALENT_HEADER = [
    "姓名",
    "专长",
    "资质",
    "所在地区",
    "服务领域",
    "可服务时间",
    "简介",
    "同意公开",
    "电话",
    "电子邮箱",
    "身份证号",
]
# GB 11643's own example, and two more whose check character was worked out by hand.
ID_NUMBERS = ["11010519491231002X", "440104198001010016", "440106199003151231"]


def project_row(title="长者探访志愿行动", **overrides):
    row = {
        "类型": "志愿服务项目",
        "项目名称": title,
        "英文名称": "",
        "实施组织": "",
        "资助方": "广州市越秀区民政局",
        "所在地区": "广州市越秀区",
        "服务领域": "养老服务",
        "预算": "50,000",
        "开始日期": "2025-03-01",
        "结束日期": "2025/12/31",
        "状态": "招募中",
        "项目简介": "陪伴社区独居长者。",
        "结项成果": "",
        "活动地点": "北京街道长者服务站",
        "活动时间": "每周六 9:00-11:30",
        "招募人数": "20",
        "志愿时长": "2.5",
        "联系方式": "020-83000000",
    }
    row.update(overrides)
    return [row[column] for column in PROJECT_HEADER]


def need_row(title="长者助餐", raised_by="北京街道某社区居委会", **overrides):
    row = {
        "需求名称": title,
        "需求描述": "社区内独居长者需要每日送餐服务。",
        "所在地区": "越秀区",
        "服务领域": "elderly-care",
        "受益对象": "独居长者 30 人",
        "预算": "8000",
        "截止日期": "2025-06-30",
        "状态": "",
        "提出方": raised_by,
        "联系人": "林女士",
        "联系电话": "13700001111",
        "已审核": "",
    }
    row.update(overrides)
    return [row[column] for column in NEED_HEADER]


def talent_row(name="黄社工", phone="13800000001", **overrides):
    row = {
        "姓名": name,
        "专长": "老年社会工作",
        "资质": "中级社会工作师",
        "所在地区": "广州市越秀区",
        "服务领域": "社会工作",
        "可服务时间": "周末",
        "简介": "从事长者服务十年。",
        "同意公开": "是",
        "电话": phone,
        "电子邮箱": "huang@example.org",
        "身份证号": ID_NUMBERS[0],
    }
    row.update(overrides)
    return [row[column] for column in TALENT_HEADER]


# Projects


def test_projects_csv_with_chinese_headers_creates_projects_run_by_organizations(tmp_path):
    first, second = organization(1), organization(2)
    rows = [
        project_row(**{"实施组织": f"{code(1)}；{code(2).lower()}", "状态": "进行中"}),
        project_row(
            "社区睦邻计划",
            **{"类型": "政府购买服务项目", "实施组织": code(2), "招募人数": "", "志愿时长": "", "预算": "0"},
        ),
        project_row("助学公益", **{"类型": "公益项目", "实施组织": f"{code(1)}、{code(2)}", "所在地区": ""}),
    ]
    out, err = run("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert "Projects: 3 created, 0 updated, 0 unchanged." in out
    assert err == ""
    volunteer = Project.objects.get(title="长者探访志愿行动")
    assert (volunteer.kind, volunteer.status) == (ProjectKind.VOLUNTEER, ProjectStatus.IN_PROGRESS)
    assert set(volunteer.organizations.all()) == {first, second}
    assert (volunteer.region.name, volunteer.city.name, volunteer.service_area.slug) == (
        "越秀区",
        "广州市",
        "elderly-care",
    )
    assert (volunteer.budget, volunteer.places, volunteer.hours_credited) == (Decimal("50000.00"), 20, Decimal("2.5"))
    assert (volunteer.starts_on, volunteer.ends_on) == (datetime.date(2025, 3, 1), datetime.date(2025, 12, 31))
    assert (volunteer.funder, volunteer.schedule, volunteer.contact) == (
        "广州市越秀区民政局",
        "每周六 9:00-11:30",
        "020-83000000",
    )
    government = Project.objects.get(title="社区睦邻计划")
    assert (government.kind, government.budget, government.places) == (ProjectKind.GOVERNMENT, Decimal("0.00"), None)
    assert list(government.organizations.all()) == [second]
    charity = Project.objects.get(title="助学公益")
    assert (charity.region, charity.city) == (None, None)
    assert charity.organizations.count() == 2


def test_projects_xlsx_with_english_headers_and_only_the_required_columns_plus_places(tmp_path):
    header = ["description", "starts_on", "title", "kind", "places", "service_area"]
    rows = [
        ["每周陪伴长者。", datetime.datetime(2025, 3, 1), "长者探访", "volunteer", 12, "Elderly care"],
        ["资助助学。", datetime.date(2025, 4, 1), "助学", "Charity", None, ""],
    ]
    out, _ = run("projects", write_xlsx(tmp_path, header, rows))
    assert "2 created" in out
    volunteer = Project.objects.get(title="长者探访")
    assert (volunteer.places, volunteer.starts_on, volunteer.status) == (12, datetime.date(2025, 3, 1), "recruiting")
    assert volunteer.service_area.name == "养老服务"
    assert Project.objects.get(title="助学").kind == ProjectKind.CHARITY


def test_volunteer_project_without_places_is_refused(tmp_path):
    _, err = refused("projects", write_csv(tmp_path, PROJECT_HEADER, [project_row(**{"招募人数": ""})]))
    assert err.strip() == "Row 2, column “招募人数”: A volunteer project needs a number of places."

    header = ["类型", "项目名称", "开始日期", "项目简介"]
    _, err = refused("projects", write_csv(tmp_path, header, [["志愿服务项目", "探访", "2025-03-01", "探访长者"]]))
    assert err.strip() == "Row 2, column “类型”: A volunteer project needs a number of places."
    assert not Project.objects.exists()


def test_project_ending_before_it_starts_is_refused(tmp_path):
    rows = [project_row(**{"开始日期": "2025-03-01", "结束日期": "2025-02-28"})]
    _, err = refused("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert err.strip() == "Row 2, column “结束日期”: A project cannot end before it starts."


def test_unknown_organization_credit_code_is_refused(tmp_path):
    organization(1)
    rows = [project_row(**{"实施组织": f"{code(1)}; {code(7)}"}), project_row("另一项目", **{"实施组织": "坏代码"})]
    message, err = refused("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert message == "Rows with errors: 2; nothing was imported."
    assert err.splitlines() == [
        f"Row 2, column “实施组织”: No organization has the credit code {code(7)}; import the organizations first.",
        "Row 3, column “实施组织”: No organization has the credit code 坏代码; import the organizations first.",
    ]
    assert not Project.objects.exists()


def test_bad_project_rows_are_reported_by_row_column_and_reason_and_nothing_is_imported(tmp_path):
    rows = [
        project_row("好项目"),
        project_row("", **{"类型": "商业项目", "项目简介": ""}),
        project_row(**{"开始日期": "", "状态": "已完成", "预算": "-1"}),
        project_row("服务领域不对", **{"服务领域": "炒股", "所在地区": "火星区"}),
        project_row("人数不对", **{"招募人数": "0", "志愿时长": "1.25"}),
        project_row("人数不对2", **{"招募人数": "二十", "志愿时长": "abc"}),
    ]
    message, err = refused("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert message == "Rows with errors: 5; nothing was imported."
    lines = err.splitlines()
    assert lines[:6] == [
        "Row 3, column “类型”: “商业项目” is not one of: 政府购买服务项目, 公益项目, 志愿服务项目.",
        "Row 3, column “项目名称”: This cell is required.",
        "Row 3, column “项目简介”: This cell is required.",
        "Row 4, column “预算”: The amount cannot be negative.",
        "Row 4, column “开始日期”: This cell is required.",
        "Row 4, column “状态”: “已完成” is not one of: 招募中, 进行中, 已结项.",
    ]
    assert lines[6] == "Row 5, column “所在地区”: No region is called “火星区”."
    assert lines[7].startswith(
        "Row 5, column “服务领域”: “炒股” is not a service area; the service areas are: 扶贫济困, "
    )
    assert lines[8:] == [
        "Row 6, column “招募人数”: “0” is not a whole number more than zero.",
        "Row 6, column “志愿时长”: Hours have at most one decimal place.",
        "Row 7, column “招募人数”: “二十” is not a whole number more than zero.",
        "Row 7, column “志愿时长”: “abc” is not a number of hours, such as 2 or 1.5.",
    ]
    assert not Project.objects.exists()


def test_project_reimport_updates_by_kind_title_and_start_never_duplicates(tmp_path):
    first, second = organization(1), organization(2)
    rows = [project_row(**{"实施组织": code(1)}), project_row("社区睦邻计划", **{"类型": "公益项目"})]
    run("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    rows = [
        project_row(**{"实施组织": code(2), "状态": "已结项", "结项成果": "探访长者 1,200 人次"}),
        project_row("社区睦邻计划", **{"类型": "公益项目"}),
        project_row(**{"开始日期": "2026-03-01", "结束日期": ""}),  # the same title next year is another project
    ]
    out, _ = run("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert "Projects: 1 created, 1 updated, 1 unchanged." in out
    assert Project.objects.count() == 3
    updated = Project.objects.get(title="长者探访志愿行动", starts_on=datetime.date(2025, 3, 1))
    assert (updated.status, updated.outcomes) == (ProjectStatus.COMPLETED, "探访长者 1,200 人次")
    assert list(updated.organizations.all()) == [second]
    assert not first.projects.exists()


def test_project_reimport_of_only_the_organizations_updates_them(tmp_path):
    organization(1), organization(2)
    header = ["kind", "title", "starts_on", "description", "organizations"]
    run("projects", write_csv(tmp_path, header, [["charity", "助学", "2025-04-01", "资助助学。", code(1)]]))
    out, _ = run("projects", write_csv(tmp_path, header, [["charity", "助学", "2025-04-01", "资助助学。", code(2)]]))
    assert "0 created, 1 updated, 0 unchanged" in out
    assert list(Project.objects.get().organizations.values_list("credit_code", flat=True)) == [code(2)]


def test_same_project_twice_in_a_file_is_an_error(tmp_path):
    rows = [project_row(), project_row(**{"开始日期": "2025年3月1日", "项目简介": "另一段简介"})]
    _, err = refused("projects", write_csv(tmp_path, PROJECT_HEADER, rows))
    assert err.strip() == "Row 3, column “项目名称”: The same kind, title and start date are already in row 2."


def test_projects_dry_run_writes_nothing(tmp_path):
    out, _ = run("projects", write_csv(tmp_path, PROJECT_HEADER, [project_row()]), dry_run=True)
    assert "Dry run: nothing was written." in out
    assert "Projects: 1 created" in out
    assert not Project.objects.exists()


# Needs


def test_needs_csv_are_approved_unless_the_file_says_no(tmp_path):
    rows = [
        need_row(),
        need_row("儿童课后托管", **{"已审核": "否", "状态": "已对接", "服务领域": "儿童关爱", "预算": ""}),
    ]
    out, _ = run("needs", write_csv(tmp_path, NEED_HEADER, rows))
    assert "Needs: 2 created, 0 updated, 0 unchanged." in out
    meals = Need.objects.get(title="长者助餐")
    assert (meals.is_approved, meals.status) == (True, NeedStatus.OPEN)
    assert (meals.region.name, meals.city.name, meals.service_area.slug) == ("越秀区", "广州市", "elderly-care")
    assert (meals.budget, meals.deadline) == (Decimal("8000.00"), datetime.date(2025, 6, 30))
    assert (meals.beneficiaries, meals.contact_name, meals.contact_phone) == ("独居长者 30 人", "林女士", "13700001111")
    after_school = Need.objects.get(title="儿童课后托管")
    assert (after_school.is_approved, after_school.status, after_school.budget) == (False, NeedStatus.MATCHED, None)
    assert list(Need.objects.published()) == [meals]


def test_needs_xlsx_with_only_the_required_columns_are_approved(tmp_path):
    header = ["raised_by", "region", "description", "title"]
    run("needs", write_xlsx(tmp_path, header, [["某村委会", "从化区", "修缮村道。", "村道修缮"]]))
    need = Need.objects.get()
    assert (need.is_approved, need.status, need.region.name) == (True, NeedStatus.OPEN, "从化区")


def test_needs_reimport_updates_by_title_and_raiser_never_duplicates(tmp_path):
    run("needs", write_csv(tmp_path, NEED_HEADER, [need_row(), need_row(raised_by="华乐街道")]))
    rows = [need_row(**{"状态": "已关闭", "预算": "9,000"}), need_row(raised_by="华乐街道"), need_row("新需求")]
    out, _ = run("needs", write_csv(tmp_path, NEED_HEADER, rows))
    assert "Needs: 1 created, 1 updated, 1 unchanged." in out
    assert Need.objects.count() == 3
    closed = Need.objects.get(title="长者助餐", raised_by="北京街道某社区居委会")
    assert (closed.status, closed.budget) == (NeedStatus.CLOSED, Decimal("9000.00"))


def test_need_unpublished_by_an_editor_stays_so_when_the_file_has_no_approved_column(tmp_path):
    header = ["title", "description", "region", "raised_by"]
    run("needs", write_csv(tmp_path, header, [["村道修缮", "修缮村道。", "从化区", "某村委会"]]))
    Need.objects.update(is_approved=False)
    run("needs", write_csv(tmp_path, header, [["村道修缮", "修缮村道，约 2 公里。", "从化区", "某村委会"]]))
    need = Need.objects.get()
    assert (need.description, need.is_approved) == ("修缮村道，约 2 公里。", False)


def test_bad_need_rows_are_reported_and_nothing_is_imported(tmp_path):
    rows = [
        need_row(),
        need_row(**{"所在地区": "", "提出方": ""}),
        need_row("x", **{"状态": "完成", "已审核": "也许", "截止日期": "下个月"}),
        need_row(),
    ]
    message, err = refused("needs", write_csv(tmp_path, NEED_HEADER, rows))
    assert message == "Rows with errors: 3; nothing was imported."
    assert err.splitlines() == [
        "Row 3, column “所在地区”: This cell is required.",
        "Row 3, column “提出方”: This cell is required.",
        "Row 4, column “截止日期”: “下个月” is not a date; write 2015-10-28, 2015/10/28 or 2015年10月28日.",
        "Row 4, column “状态”: “完成” is not one of: 待对接, 已对接, 已关闭.",
        "Row 4, column “已审核”: “也许” is neither yes nor no (是/否, yes/no, true/false, 1/0).",
        "Row 5, column “需求名称”: The same title and “raised by” are already in row 2.",
    ]
    assert not Need.objects.exists()


def test_needs_file_without_a_region_column_is_refused(tmp_path):
    message, _ = refused("needs", write_csv(tmp_path, ["title", "description", "raised_by"], [["a", "b", "c"]]))
    assert "Missing required columns: region / 所在地区." in message


# Talent


@pytest.mark.parametrize(
    ("written", "public"), [("是", True), ("yes", True), ("否", False), ("no", False), ("", False)]
)
def test_talent_consent_yes_publishes_and_no_or_empty_never_does(tmp_path, written, public):
    before = timezone.now()
    run("talent", write_csv(tmp_path, TALENT_HEADER, [talent_row(**{"同意公开": written})]))
    person = Talent.objects.get()
    assert (person.consented_at is not None) is public
    if public:
        assert person.consented_at >= before
    assert Talent.objects.public().exists() is public


def test_talent_without_a_consent_column_is_never_public(tmp_path):
    header = ["display_name", "expertise", "region"]
    run("talent", write_csv(tmp_path, header, [["李律师", "婚姻家事法律", "天河区"]]))
    assert Talent.objects.get().consented_at is None


def test_talent_from_xlsx_keeps_the_private_fields(tmp_path):
    header = ["display_name", "expertise", "region", "service_area", "phone", "email", "id_number", "consent"]
    rows = [["李律师", "婚姻家事法律", "天河区", "legal-aid", 13900000002, "li@example.org", "11010519491231002x", 1]]
    out, _ = run("talent", write_xlsx(tmp_path, header, rows))
    assert "Talent profiles: 1 created, 0 updated, 0 unchanged." in out
    person = Talent.objects.get()
    assert (person.phone, person.email, person.id_number) == ("13900000002", "li@example.org", "11010519491231002X")
    assert (person.region.name, person.city.name, person.service_area.name) == ("天河区", "广州市", "法律服务")
    assert person.consented_at is not None


@pytest.mark.parametrize("number", ID_NUMBERS)
def test_id_numbers_with_a_valid_check_character_are_accepted(tmp_path, number):
    run("talent", write_csv(tmp_path, TALENT_HEADER, [talent_row(**{"身份证号": number})]))
    assert Talent.objects.get().id_number == number


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("110105194912310021", "The last character of this ID number should be “X”, not “1”; check the number."),
        ("44010419800101001X", "The last character of this ID number should be “6”, not “X”; check the number."),
        ("11010519491231002", "An ID number has 18 characters; this one has 17."),
        ("1101051949123100AX", "An ID number is 17 digits followed by a digit or X."),
    ],
)
def test_id_numbers_are_checked_by_their_check_character(tmp_path, written, reason):
    _, err = refused("talent", write_csv(tmp_path, TALENT_HEADER, [talent_row(**{"身份证号": written})]))
    assert err.strip() == f"Row 2, column “身份证号”: {reason}"
    assert not Talent.objects.exists()


def test_talent_reimport_updates_by_name_and_phone_or_name_and_region(tmp_path):
    rows = [talent_row(), talent_row("陈老师", phone="", **{"同意公开": "否"})]
    run("talent", write_csv(tmp_path, TALENT_HEADER, rows))
    given = Talent.objects.get(display_name="黄社工").consented_at
    rows = [
        talent_row(**{"所在地区": "天河区", "可服务时间": "工作日晚上"}),  # same phone: the same person, moved
        talent_row("陈老师", phone="", **{"同意公开": "否"}),  # no phone: the same name and region
        talent_row("陈老师", phone="", **{"同意公开": "否", "所在地区": "海珠区"}),  # another region: someone else
    ]
    out, _ = run("talent", write_csv(tmp_path, TALENT_HEADER, rows))
    assert "Talent profiles: 1 created, 1 updated, 1 unchanged." in out
    assert Talent.objects.count() == 3
    moved = Talent.objects.get(display_name="黄社工")
    assert (moved.region.name, moved.availability) == ("天河区", "工作日晚上")
    assert moved.consented_at == given  # consent on record keeps the date it was given


def test_talent_reimport_with_consent_no_withdraws_it(tmp_path):
    run("talent", write_csv(tmp_path, TALENT_HEADER, [talent_row()]))
    out, _ = run("talent", write_csv(tmp_path, TALENT_HEADER, [talent_row(**{"同意公开": "否"})]))
    assert "0 created, 1 updated" in out
    assert not Talent.objects.public().exists()


def test_bad_talent_rows_are_reported_and_nothing_is_imported(tmp_path):
    rows = [
        talent_row(),
        talent_row("", **{"电子邮箱": "not an email", "所在地区": "越秀"}),
        talent_row(**{"同意公开": "可以"}),
        talent_row(),
    ]
    message, err = refused("talent", write_csv(tmp_path, TALENT_HEADER, rows))
    assert message == "Rows with errors: 3; nothing was imported."
    assert err.splitlines() == [
        "Row 3, column “姓名”: This cell is required.",
        "Row 3, column “所在地区”: No region is called “越秀”.",
        "Row 3, column “电子邮箱”: “not an email” is not an email address.",
        "Row 4, column “同意公开”: “可以” is neither yes nor no (是/否, yes/no, true/false, 1/0).",
        "Row 5, column “姓名”: "
        "The same person (name and phone, or name and region without a phone) is already in row 2.",
    ]
    assert not Talent.objects.exists()
