"""The open-data extract (orgdirectory/opendata.py, `export_open_data`) and its page."""

import csv
import datetime
import hashlib
import io
import json
from decimal import Decimal

import pytest

from django.core.management import CommandError, call_command
from django.db.models.query import QuerySet

from home.setup.tree import section_page
from orgdirectory import opendata
from orgdirectory.models import FundingRecord, GradeAward, OpenDataPage, Organization, StandingRecord
from tests.home.factories import publish_translation
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, award

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 12, 1)
MODELS = {"organizations": Organization, "funding": FundingRecord, "grades": GradeAward, "standing": StandingRecord}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.OPEN_DATA_KEEP = 3
    return tmp_path


@pytest.fixture
def records(db):
    first = award(OrganizationFactory(name="越秀区长者服务中心", name_en="Yuexiu Elderly Care"), "4A", DAY)
    second = OrganizationFactory(name='南海区青少年服务社, "阳光"', registered_capital=Decimal("30000.00"))
    StandingRecord.objects.create(
        organization=second, status="abnormal", listed_on=datetime.date(2025, 3, 1), listed_reason="未按时年检"
    )
    second.refresh_summary()
    FundingRecordFactory(organization=first, amount=Decimal("123456789012.34"))
    FundingRecordFactory(organization=second, year=2023, project_name="青少年\n成长营")
    return first, second


@pytest.fixture
def open_data_page(directory):
    page = OpenDataPage(title="开放数据", slug="open-data")
    directory.get_parent().add_child(instance=page)
    return page


def files_of(manifest, fmt):
    return {entry["dataset"]: entry for entry in manifest["files"] if entry["format"] == fmt}


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def read_jsonl(path):
    with path.open(encoding="utf-8") as file:
        return [json.loads(line) for line in file]


def folder(date=DAY):
    return opendata.extracts_root() / date.isoformat()


def test_the_extract_holds_every_record_of_each_dataset(records):
    manifest = opendata.export(date=DAY)
    for fmt in ("csv", "jsonl"):
        entries = files_of(manifest, fmt)
        assert set(entries) == set(MODELS)
        for name, model in MODELS.items():
            path = folder() / entries[name]["name"]
            rows = read_csv(path) if fmt == "csv" else read_jsonl(path)
            assert entries[name]["rows"] == len(rows) == model.objects.count() > 0


def test_csv_and_json_lines_hold_the_same_records(records):
    manifest = opendata.export(date=DAY)
    csv_files, jsonl_files = files_of(manifest, "csv"), files_of(manifest, "jsonl")
    for name in MODELS:
        table = read_csv(folder() / csv_files[name]["name"])
        lines = read_jsonl(folder() / jsonl_files[name]["name"])
        as_text = [{key: "" if value is None else str(value) for key, value in line.items()} for line in lines]
        assert table == as_text
        assert list(table[0]) == [field["name"] for field in csv_files[name]["fields"]]


def test_values_keep_their_exact_form(records):
    """Large amounts exact, dates in ISO 8601, Chinese, commas, quotes and line breaks intact."""
    manifest = opendata.export(date=DAY)
    funding = read_jsonl(folder() / files_of(manifest, "jsonl")["funding"]["name"])
    assert {line["amount"] for line in funding} == {"123456789012.34", "100000.00"}
    assert "青少年\n成长营" in {
        row["project_name"] for row in read_csv(folder() / files_of(manifest, "csv")["funding"]["name"])
    }
    organizations = read_csv(folder() / files_of(manifest, "csv")["organizations"]["name"])
    assert {row["name"] for row in organizations} == {"越秀区长者服务中心", '南海区青少年服务社, "阳光"'}
    grades = read_jsonl(folder() / files_of(manifest, "jsonl")["grades"]["name"])
    assert grades[0]["awarded_on"] == "2026-12-01" and grades[0]["valid_until"] == "2031-12-01"


def test_the_csv_starts_with_a_byte_order_mark_for_excel_and_json_lines_does_not(records):
    manifest = opendata.export(date=DAY)
    assert (folder() / files_of(manifest, "csv")["funding"]["name"]).read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert (folder() / files_of(manifest, "jsonl")["funding"]["name"]).read_bytes().startswith(b'{"id":')


def test_each_record_carries_its_update_time_and_source(records, directory):
    first, _second = records
    call_command("export_open_data", stdout=io.StringIO())
    manifest = opendata.latest_manifest()
    day = folder(datetime.date.fromisoformat(manifest["date"]))
    funding = read_jsonl(day / files_of(manifest, "jsonl")["funding"]["name"])
    record = next(line for line in funding if line["organization_credit_code"] == first.credit_code)
    assert record["source_url"] == f"{directory.get_full_url()}{first.credit_code}/"
    updated = datetime.datetime.fromisoformat(record["updated_at"])
    assert updated.utcoffset() == datetime.timedelta(hours=8)
    assert abs(updated - FundingRecord.objects.get(pk=record["id"]).updated_at) < datetime.timedelta(seconds=1)


def test_a_new_funding_record_dates_its_organization(records):
    first, _second = records
    Organization.objects.filter(pk=first.pk).update(updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    FundingRecordFactory(organization=first)
    first.refresh_from_db()
    assert first.updated_at.year > 2020


def test_the_manifest_checksums_and_sizes_match_the_files(records):
    opendata.export(date=DAY)
    manifest = opendata.read_manifest(folder())
    assert len(manifest["files"]) == 8
    for entry in manifest["files"]:
        data = (folder() / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["name"].endswith(f"-{DAY.isoformat()}.{entry['format']}")


def test_the_manifest_describes_every_field_in_both_languages(records):
    manifest = opendata.export(date=DAY)
    fields = {field["name"]: field for field in files_of(manifest, "csv")["organizations"]["fields"]}
    assert fields["credit_code"]["description"] == {"zh-hans": "统一社会信用代码", "en": "Unified social credit code"}
    assert fields["updated_at"]["description"]["zh-hans"] == "最后更新时间"
    assert fields["standing"]["values"]["abnormal"] == {
        "zh-hans": "列入活动异常名录",
        "en": "Listed for abnormal activities",
    }
    for entry in manifest["files"]:
        for field in entry["fields"]:
            assert field["description"]["zh-hans"] != field["description"]["en"]


def test_a_failed_export_leaves_the_previous_extract_intact(records, monkeypatch):
    opendata.export(date=DAY)
    before = {path.name: path.read_bytes() for path in folder().iterdir()}

    def rows_then_failure(dataset):
        yield from Organization.objects.values(*dataset.lookups())[:1]
        raise RuntimeError("database connection lost")

    monkeypatch.setattr(opendata.Dataset, "rows", rows_then_failure)
    with pytest.raises(RuntimeError):
        opendata.export(date=DAY)
    with pytest.raises(RuntimeError):
        opendata.export(date=DAY + datetime.timedelta(days=1))
    assert {path.name: path.read_bytes() for path in folder().iterdir()} == before
    assert [path.name for path in opendata.extracts_root().iterdir()] == [DAY.isoformat()]  # no half-written folder


def test_a_second_run_the_same_day_replaces_the_extract(records):
    opendata.export(date=DAY)
    FundingRecordFactory(organization=records[0])
    manifest = opendata.export(date=DAY)
    assert files_of(manifest, "csv")["funding"]["rows"] == 3
    assert opendata.read_manifest(folder()) == manifest
    assert [path.name for path in opendata.extracts_root().iterdir()] == [DAY.isoformat()]


def test_older_extracts_are_pruned(records):
    days = [DAY + datetime.timedelta(days=n) for n in range(5)]
    for day in days:
        opendata.export(date=day)
    assert [path.name for path in opendata.dated_extracts()] == [day.isoformat() for day in reversed(days[-3:])]
    opendata.export(date=days[-1], keep=1)
    assert [path.name for path in opendata.dated_extracts()] == [days[-1].isoformat()]


def test_the_command_refuses_to_keep_no_extract():
    with pytest.raises(CommandError, match="--keep"):
        call_command("export_open_data", keep=0)


def test_datasets_are_streamed_never_loaded_whole(records, monkeypatch):
    """Every dataset is read with a chunked iterator: a queryset evaluated whole (list(), len(),
    a plain for loop) would hold all its rows at once, 500,000 funding records at province scale."""
    chunks = []
    iterator = QuerySet.iterator

    def recording_iterator(queryset, chunk_size=None):
        chunks.append((queryset.model, chunk_size))
        return iterator(queryset, chunk_size=chunk_size)

    def whole(queryset):
        raise AssertionError(f"{queryset.model.__name__} rows were loaded whole")

    monkeypatch.setattr(QuerySet, "iterator", recording_iterator)
    monkeypatch.setattr(QuerySet, "_fetch_all", whole)
    opendata.export(date=DAY)
    assert chunks == [(model, opendata.CHUNK_SIZE) for model in MODELS.values()]


def test_the_page_lists_the_files_and_fields_in_chinese(client, records, open_data_page):
    call_command("export_open_data", stdout=io.StringIO())
    manifest = opendata.latest_manifest()
    html = client.get(open_data_page.url).text
    for entry in manifest["files"]:
        assert entry["name"] in html and entry["sha256"] in html
    assert "统一社会信用代码" in html and "信用状态记录" in html and "<code>updated_at</code>" in html
    assert "须注明来源为本站" in html
    assert f'datetime="{manifest["generated_at"]}"' in html


def test_the_page_lists_the_fields_in_english(client, records, open_data_page, english_home):
    publish_translation(open_data_page.get_parent(), title="Databases")
    english = publish_translation(open_data_page, title="Open Data")
    opendata.export()
    html = client.get(english.url).text
    assert "Unified social credit code" in html and "Standing records" in html
    assert "name this site as the source" in html
    assert "统一社会信用代码" not in html


def test_the_page_says_so_when_there_is_no_extract(client, open_data_page):
    html = client.get(open_data_page.url).text
    assert "尚未发布数据文件" in html
    assert "SHA-256" not in html


@pytest.mark.parametrize(
    ("route", "content_type", "file_name"),
    [
        ("organizations/csv/", "text/csv; charset=utf-8", "organizations-{date}.csv"),
        ("funding/jsonl/", "application/jsonl; charset=utf-8", "funding-{date}.jsonl"),
        ("manifest/", "application/json", "open-data-{date}-manifest.json"),
    ],
)
def test_downloads_are_attachments_with_their_type_and_dated_name(
    client, records, open_data_page, route, content_type, file_name
):
    manifest = opendata.export()
    response = client.get(f"{open_data_page.url}{manifest['date']}/{route}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    name = file_name.format(date=manifest["date"])
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    data = b"".join(response.streaming_content)
    if route != "manifest/":
        assert hashlib.sha256(data).hexdigest() == next(f["sha256"] for f in manifest["files"] if f["name"] == name)


def test_only_the_files_of_an_extract_are_served(client, records, open_data_page):
    manifest = opendata.export()
    (opendata.extracts_root() / manifest["date"] / "secrets-x.csv").write_text("x")
    for route in (f"{manifest['date']}/secrets/csv/", "2020-01-01/organizations/csv/", "latest/organizations/csv/"):
        assert client.get(f"{open_data_page.url}{route}").status_code == 404
    assert client.get(f"{open_data_page.url}{manifest['date']}/organizations/csv/").status_code == 200


def test_setup_site_creates_the_open_data_page_in_both_languages(site, english):
    page = section_page("open-data")
    assert isinstance(page, OpenDataPage) and page.live
    assert page.get_parent().specific.title == "数据库"
    assert section_page("open-data", english).title == "Open Data"
