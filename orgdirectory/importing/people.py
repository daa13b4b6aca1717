"""`import_directory needs` and `talent`: the needs library (需求库) and the talent pool (人才库)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Need, NeedStatus, Talent
from .base import RecordImport, in_batches
from .cells import (
    email_for,
    parse_amount_or_zero,
    parse_date,
    parse_id_number,
    parse_yes_no,
    stored_choice_of,
    text_for,
)
from .reading import Column

NEED_STATUSES = {
    "待对接": NeedStatus.OPEN,
    "已对接": NeedStatus.MATCHED,
    "已关闭": NeedStatus.CLOSED,
    **{status.value: status for status in NeedStatus},
}


class NeedImport(RecordImport):
    model = Need
    columns = (
        Column("title", "需求名称", required=True),
        Column("description", "需求描述", required=True),
        Column("region", "所在地区", required=True),
        Column("service_area", "服务领域"),
        Column("beneficiaries", "受益对象"),
        Column("budget", "预算"),
        Column("deadline", "截止日期"),
        Column("status", "状态"),
        Column("raised_by", "提出方", required=True),
        Column("contact_name", "联系人"),
        Column("contact_phone", "联系电话"),
        Column("approved", "已审核"),
    )
    fields = {"approved": "is_approved"}
    # Staff import needs they have vetted, so these are published; needs sent by the public wait for approval.
    defaults = {"is_approved": True}

    @staticmethod
    def identity(need):
        """What makes a need the same one when a file is imported again."""
        return (need.title, need.raised_by)

    def load_existing(self, rows):
        needs = in_batches(
            Need.objects.select_related("region", "service_area"),
            "title",
            {row.text("title") for row in rows} - {""},
        )
        return self.first_by_identity(needs, self.identity)

    def optional_parsers(self):
        return {
            "service_area": self.service_area,
            "beneficiaries": text_for(Need, "beneficiaries"),
            "budget": parse_amount_or_zero,
            "deadline": parse_date,
            "status": stored_choice_of(NEED_STATUSES),
            "contact_name": text_for(Need, "contact_name"),
            "contact_phone": text_for(Need, "contact_phone"),
            "approved": parse_yes_no,
        }

    def check_row(self, row):
        values = {
            "title": row.value("title", text_for(Need, "title"), required=True),
            "description": row.value("description", text_for(Need, "description"), required=True),
            "region": row.value("region", self.region, required=True),
            "raised_by": row.value("raised_by", text_for(Need, "raised_by"), required=True),
            **self.optional_values(row, self.optional_parsers()),
        }
        if row.failed:
            return
        identity = (values["title"], values["raised_by"])
        message = _("The same title and “raised by” are already in row %(row)d.")
        if self.first_seen(row, "title", identity, message):
            self.keep(*self.apply(self.existing.get(identity), values))

    def summary(self):
        return _("Needs: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts


class TalentImport(RecordImport):
    model = Talent
    columns = (
        Column("display_name", "姓名", required=True),
        Column("expertise", "专长", required=True),
        Column("qualifications", "资质"),
        Column("region", "所在地区", required=True),
        Column("service_area", "服务领域"),
        Column("availability", "可服务时间"),
        Column("bio", "简介"),
        Column("consent", "同意公开"),
        Column("phone", "电话"),
        Column("email", "电子邮箱"),
        Column("id_number", "身份证号"),
    )

    def identity(self, display_name, phone, region_id):
        """The same person when a file is imported again: same name and phone, or, without a phone, same
        name and region. A file without a phone column matches by name and region only."""
        if phone and self.has_phones:
            return ("phone", display_name, phone)
        return ("region", display_name, region_id)

    def load_existing(self, rows):
        self.now = timezone.now()
        self.has_phones = "phone" in self.found
        people = in_batches(
            Talent.objects.select_related("region", "service_area"),
            "display_name",
            {row.text("display_name") for row in rows} - {""},
        )
        return self.first_by_identity(
            people, lambda person: self.identity(person.display_name, person.phone, person.region_id)
        )

    def optional_parsers(self):
        return {
            "qualifications": text_for(Talent, "qualifications"),
            "service_area": self.service_area,
            "availability": text_for(Talent, "availability"),
            "bio": text_for(Talent, "bio"),
            "phone": text_for(Talent, "phone"),
            "email": email_for(Talent, "email"),
            "id_number": parse_id_number,
        }

    def check_row(self, row):
        values = {
            "display_name": row.value("display_name", text_for(Talent, "display_name"), required=True),
            "expertise": row.value("expertise", text_for(Talent, "expertise"), required=True),
            "region": row.value("region", self.region, required=True),
            **self.optional_values(row, self.optional_parsers()),
        }
        consent = row.value("consent", parse_yes_no)
        if row.failed:
            return
        identity = self.identity(values["display_name"], values.get("phone"), values["region"].pk)
        message = _("The same person (name and phone, or name and region without a phone) is already in row %(row)d.")
        if not self.first_seen(row, "display_name", identity, message):
            return
        existing = self.existing.get(identity)
        if row.has("consent"):
            # Only a yes publishes the profile; consent already on record keeps the date it was given.
            given = existing.consented_at if existing is not None else None
            values["consented_at"] = (given or self.now) if consent else None
        self.keep(*self.apply(existing, values))

    def summary(self):
        return _("Talent profiles: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts
