"""`import_directory funding` and `donations`: money received, imported in bulk."""

from django.utils.translation import gettext as _

from ..models import Donation, FundingRecord, FundingSource, Organization
from .base import BATCH_SIZE, DirectoryImport, in_batches, no_progress
from .cells import choice_of, parse_amount, parse_past_date, parse_past_year, parse_yes_no, text_for
from .reading import Column, ImportRefused

FUNDING_SOURCES = {
    "政府购买服务": FundingSource.GOVERNMENT_PURCHASE,
    "财政补助": FundingSource.FISCAL_SUBSIDY,
    "社会捐赠": FundingSource.DONATION,
    "基金会资助": FundingSource.FOUNDATION_GRANT,
    "其他": FundingSource.OTHER,
    **{source.value: source for source in FundingSource},
}


class FundingImport(DirectoryImport):
    columns = (
        Column("credit_code", "统一社会信用代码", required=True),
        Column("year", "年度", required=True),
        Column("source", "来源", required=True),
        Column("funder", "资助方", required=True),
        Column("amount", "金额", required=True),
        Column("project_name", "资助项目", required=True),
    )

    def prepare(self, rows):
        self.load_organizations(rows, "credit_code")
        self.records = []

    def check_row(self, row):
        organization = row.value("credit_code", self.existing_organization, required=True)
        year = row.value("year", parse_past_year, required=True)
        source = row.value("source", choice_of(FUNDING_SOURCES), required=True)
        funder = row.value("funder", text_for(FundingRecord, "funder"), required=True)
        amount = row.value("amount", parse_amount, required=True)
        project_name = row.value("project_name", text_for(FundingRecord, "project_name"), required=True)
        if row.failed:
            return
        record = FundingRecord(
            organization=organization,
            year=year,
            source=source.value,
            funder=funder,
            amount=amount,
            project_name=project_name,
        )
        message = _("The same organization, year, source, funder and project are already in row %(row)d.")
        if self.first_seen(row, "credit_code", self.identity(record), message):
            self.records.append(record)

    @staticmethod
    def identity(record):
        """What makes a funding record the same one when a file is imported again; the amount may change."""
        return (record.organization_id, record.year, record.source, record.funder, record.project_name)

    def compare(self):
        organization_ids = {record.organization_id for record in self.records}
        existing = {
            self.identity(record): record
            for record in in_batches(FundingRecord.objects.all(), "organization", organization_ids)
        }
        self.new, self.changed = [], []
        for record in self.records:
            current = existing.get(self.identity(record))
            if current is None:
                self.new.append(record)
            elif current.amount != record.amount:
                current.amount = record.amount
                self.changed.append(current)
            else:
                self.counts["unchanged"] += 1
        self.counts.update(created=len(self.new), updated=len(self.changed))

    def save(self, progress=no_progress):
        # In bulk, then each organization's summary once: FundingRecord.save() would refresh it once a row.
        FundingRecord.objects.bulk_create(self.new, batch_size=BATCH_SIZE)
        FundingRecord.objects.bulk_update(self.changed, ["amount"], batch_size=BATCH_SIZE)
        affected = {record.organization_id for record in [*self.new, *self.changed]}
        for organization in progress(list(in_batches(Organization.objects.all(), "pk", affected)), desc=_("Saving")):
            organization.refresh_summary()

    def summary(self):
        return _("Funding records: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts


class DonationImport(DirectoryImport):
    columns = (
        Column("donor_name", "捐赠方", required=True),
        Column("is_anonymous", "匿名"),
        Column("amount", "金额"),
        Column("in_kind", "捐赠物资"),
        Column("donated_on", "捐赠日期", required=True),
        Column("recipient_credit_code", "受赠组织统一社会信用代码"),
        Column("purpose", "用途"),
    )

    def check_columns(self):
        if not (self.found.keys() & {"amount", "in_kind"}):
            raise ImportRefused(
                _("The file needs a column for the amount (%(amount)s) or for the goods donated (%(in_kind)s).")
                % {"amount": self.columns[2].names, "in_kind": self.columns[3].names}
            )

    def prepare(self, rows):
        self.load_organizations(rows, "recipient_credit_code")
        self.donations = []

    def check_row(self, row):
        donor_name = row.value("donor_name", text_for(Donation, "donor_name"), required=True)
        is_anonymous = row.value("is_anonymous", parse_yes_no)
        amount = row.value("amount", parse_amount)
        in_kind = row.value("in_kind", text_for(Donation, "in_kind")) or ""
        donated_on = row.value("donated_on", parse_past_date, required=True)
        recipient = row.value("recipient_credit_code", self.existing_organization)
        purpose = row.value("purpose", text_for(Donation, "purpose")) or ""
        if amount is None and not in_kind and not row.text("amount"):
            row.error("amount" if row.has("amount") else "in_kind", _("Give an amount or describe the goods donated."))
        if row.failed:
            return
        donation = Donation(
            donor_name=donor_name,
            is_anonymous=bool(is_anonymous),
            amount=amount,
            in_kind=in_kind,
            donated_on=donated_on,
            recipient=recipient,
            purpose=purpose,
        )
        message = _("The same donor, date, amount, goods and recipient are already in row %(row)d.")
        if self.first_seen(row, "donor_name", self.identity(donation), message):
            self.donations.append(donation)

    @staticmethod
    def identity(donation):
        """What makes a donation the same one when a file is imported again."""
        return (donation.donor_name, donation.donated_on, donation.amount, donation.in_kind, donation.recipient_id)

    def compare(self):
        dates = {donation.donated_on for donation in self.donations}
        existing = {self.identity(donation) for donation in in_batches(Donation.objects.all(), "donated_on", dates)}
        self.new = [donation for donation in self.donations if self.identity(donation) not in existing]
        self.counts.update(created=len(self.new), skipped=len(self.donations) - len(self.new))

    def save(self, progress=no_progress):
        Donation.objects.bulk_create(self.new, batch_size=BATCH_SIZE)

    def summary(self):
        return _("Donations: %(created)d created, %(skipped)d already imported.") % self.counts
