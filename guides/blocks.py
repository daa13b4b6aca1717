"""The structured elements of a service guide, each a StreamField block with its checks."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

# Catch-all wording that tells an applicant nothing (其他材料, 法律法规规定的其他条件 …).
CATCH_ALL = re.compile(
    r"其[他它](材料|条件|资料|文件)|规定的其[他它]|等其[他它]|other (documents|materials|conditions)", re.I
)


def refuse_catch_all(value, field):
    if value and CATCH_ALL.search(value):
        raise StructBlockValidationError(
            block_errors={
                field: ValidationError(
                    _("Name exactly what is needed: catch-all wording such as “其他材料” tells applicants nothing.")
                )
            }
        )


class LegalReferenceBlock(blocks.StructBlock):
    """设定依据: a law or regulation, linked to the site's policy page when there is one."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    article = blocks.CharBlock(label=pgettext_lazy("legal reference", "Article"), max_length=100, required=False)
    policy_page = blocks.PageChooserBlock(
        page_type="notices.PolicyPage", label=_("Policy text on this site"), required=False
    )

    class Meta:
        icon = "doc-full"
        label = pgettext_lazy("service guide", "Legal basis")


class ConditionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Condition"), max_length=300)

    class Meta:
        icon = "tick"
        label = _("Condition")

    def clean(self, value):
        value = super().clean(value)
        refuse_catch_all(value["text"], "text")
        return value


class MaterialBlock(blocks.StructBlock):
    """申请材料: one document the applicant brings or uploads."""

    name = blocks.CharBlock(label=_("Material"), max_length=200)
    form = blocks.ChoiceBlock(
        label=pgettext_lazy("material form", "Form"),
        choices=[
            ("original", pgettext_lazy("material form", "Original")),
            ("copy", pgettext_lazy("material form", "Copy")),
            ("electronic", pgettext_lazy("material form", "Electronic")),
        ],
        default="original",
    )
    copies = blocks.IntegerBlock(label=_("Copies"), min_value=1, max_value=20, default=1)
    requirement = blocks.ChoiceBlock(
        label=_("Required"),
        choices=[("required", _("Must be provided")), ("conditional", _("Only if…"))],
        default="required",
    )
    condition = blocks.CharBlock(label=_("Needed when"), max_length=200, required=False)
    notes = blocks.CharBlock(label=_("Notes"), max_length=300, required=False)
    blank_form = DocumentChooserBlock(label=_("Blank form"), required=False)
    sample = DocumentChooserBlock(label=_("Filled-in sample"), required=False)

    class Meta:
        icon = "doc-empty"
        label = _("Material")

    def clean(self, value):
        value = super().clean(value)
        refuse_catch_all(value["name"], "name")
        if value["requirement"] == "conditional" and not value["condition"].strip():
            raise StructBlockValidationError(
                block_errors={"condition": ValidationError(_("Say when this material is needed."))}
            )
        return value


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=100)
    who = blocks.CharBlock(label=_("Who does it"), max_length=100, required=False)
    description = blocks.TextBlock(label=_("What happens"), required=False, max_length=500)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class SpecialStageBlock(blocks.StructBlock):
    """特殊环节 (expert review, public notice …) with its own time limit."""

    name = blocks.CharBlock(label=_("Stage"), max_length=100)
    working_days = blocks.IntegerBlock(label=_("Working days"), min_value=1, max_value=365)

    class Meta:
        icon = "time"
        label = _("Special stage")


class FAQBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.TextBlock(label=_("Answer"), max_length=2000)

    class Meta:
        icon = "help"
        label = _("Question and answer")
