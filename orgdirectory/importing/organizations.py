"""`import_directory organizations`: the register's data, by unified social credit code."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from ..credit_code import CheckCharacterMismatch, category_of, normalize, validate_credit_code
from ..models import Organization, OrgType
from .base import RecordImport, in_batches
from .cells import Invalid, choice_of, parse_date, text_for
from .reading import Column

OVERRIDE_NOTE = "import_directory --allow-check-override"

ORG_TYPES = {
    "社会团体": OrgType.SOCIAL_GROUP,
    "社会服务机构": OrgType.SOCIAL_SERVICE,
    "民办非企业单位": OrgType.SOCIAL_SERVICE,
    "基金会": OrgType.FOUNDATION,
    **{org_type.value: org_type for org_type in OrgType},
}


def parse_website(text):
    url = text if "://" in text else f"https://{text}"
    try:
        URLValidator()(url)
    except ValidationError:
        raise Invalid(_("“%(value)s” is not a web address.") % {"value": text}) from None
    return text_for(Organization, "website")(url)


class OrganizationImport(RecordImport):
    model = Organization
    columns = (
        Column("name", "名称", required=True),
        Column("credit_code", "统一社会信用代码", required=True),
        Column("org_type", "类型", required=True),
        Column("registration_authority", "登记管理机关"),
        Column("region", "所在地区"),
        Column("registered_on", "成立登记日期"),
        Column("legal_representative", "法定代表人"),
        Column("address", "住所"),
        Column("phone", "联系电话"),
        Column("website", "网站"),
    )

    def load_existing(self, rows):
        return {
            organization.credit_code: organization
            for organization in in_batches(
                Organization.objects.select_related("region"),
                "credit_code",
                {normalize(row.text("credit_code")) for row in rows} - {""},
            )
        }

    def optional_parsers(self):
        return {
            "registration_authority": text_for(Organization, "registration_authority"),
            "region": self.region,
            "registered_on": parse_date,
            "legal_representative": text_for(Organization, "legal_representative"),
            "address": text_for(Organization, "address"),
            "phone": text_for(Organization, "phone"),
            "website": parse_website,
        }

    def check_row(self, row):
        name = row.value("name", text_for(Organization, "name"), required=True)
        org_type = row.value("org_type", choice_of(ORG_TYPES), required=True)
        values = {
            "name": name,
            "org_type": org_type.value if org_type else None,
            **self.optional_values(row, self.optional_parsers()),
        }
        code = self.check_credit_code(row, org_type, values)
        if row.failed:
            return
        existing = self.existing.get(code)
        if existing is None:
            values["credit_code"] = code
        self.keep(*self.apply(existing, values))

    def check_credit_code(self, row, org_type, values):
        """The normalized code, with `check_override` set in `values` where the file may keep a doubtful code."""
        text = row.text("credit_code")
        if not text:
            row.error("credit_code", _("This cell is required."))
            return None
        doubts = []
        try:
            code = validate_credit_code(text)
        except CheckCharacterMismatch as mismatch:
            code = normalize(text)
            doubts.append(mismatch.messages[0])
        except ValidationError as error:
            row.error("credit_code", error.messages[0])
            return None
        if not self.first_seen(row, "credit_code", code, _("This credit code already appears in row %(row)d.")):
            return None
        if org_type and category_of(code) not in (None, org_type.credit_code_category):
            doubts.append(
                _("Position 2 of this code (“%(category)s”) does not match the type %(type)s.")
                % {"category": code[1], "type": org_type.label}
            )
        if not doubts:
            return code
        existing = self.existing.get(code)
        if existing is not None and existing.check_override:  # an editor already confirmed this code
            return code
        if self.allow_check_override:
            values["check_override"] = True
            values["check_override_note"] = OVERRIDE_NOTE
            return code
        hint = _("If the registration certificate really shows this code, import again with --allow-check-override.")
        for doubt in doubts:
            space = "" if doubt.endswith("。") else " "  # no space after a full-width full stop
            row.error("credit_code", f"{doubt}{space}{hint}")
        return None

    def summary(self):
        return _("Organizations: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts
