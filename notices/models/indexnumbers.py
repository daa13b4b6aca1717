"""Index numbers (索引号): `organization code/YYYY-NNNNN`, one per document, never two alike.

A number belongs to a document, not to a page row. A notice and its translations are one
document (one Wagtail `translation_key`), so they share a number; a copy is another document
and gets its own; an alias shows the same document elsewhere and shows its number. So the
page table cannot hold the constraint (a translation or an alias repeats the number there,
and the locale is not even in that table); this allocation table does: one row per number
(unique) and per document (unique translation key).

Numbers are counted per organization code and year in `IndexNumberSequence`, whose row is
locked (`SELECT … FOR UPDATE`) while a number is taken, so notices created at the same
moment in different processes queue for it instead of reading the same maximum. A number
is never given again, even after its notice is deleted.
"""

import re

from django.apps import apps
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

SERIAL = re.compile(r"^(?P<code>.+)/(?P<year>\d{4})-(?P<serial>\d+)$")


class IndexNumberSequence(models.Model):
    """The last serial given for one organization code in one year."""

    organization_code = models.CharField(_("Organization code"), max_length=18)
    year = models.PositiveSmallIntegerField(_("Year"))
    last = models.PositiveIntegerField(_("Last serial given"), default=0)

    class Meta:
        verbose_name = _("Index number sequence")
        constraints = [
            models.UniqueConstraint(fields=["organization_code", "year"], name="notices_one_sequence_per_code_year")
        ]

    def __str__(self):
        return f"{self.organization_code}/{self.year}-{self.last:05d}"


class IndexNumber(models.Model):
    """A number given to a document (the translation key its pages in every language share)."""

    number = models.CharField(_("Index number"), max_length=40, unique=True)
    translation_key = models.UUIDField(unique=True)

    class Meta:
        verbose_name = _("Index number")

    def __str__(self):
        return self.number

    @classmethod
    def for_document(cls, translation_key, organization_code: str, year: int) -> str:
        """The document's number: the one it has, or the next of its code and year."""
        with transaction.atomic():
            if number := cls.objects.filter(translation_key=translation_key).values_list("number", flat=True).first():
                return number
            sequence, _created = IndexNumberSequence.objects.select_for_update().get_or_create(
                organization_code=organization_code,
                year=year,
                defaults={"last": highest_in_use(organization_code, year)},
            )
            sequence.last += 1
            sequence.save(update_fields=["last"])
            number = f"{organization_code}/{year}-{sequence.last:05d}"
            cls.objects.create(number=number, translation_key=translation_key)
            return number


def highest_in_use(organization_code: str, year: int) -> int:
    """The highest serial of the code and year among the numbers already given, on pages (set
    there by an import or the benchmark data) or in the allocation table."""
    prefix = f"{organization_code}/{year}-"
    pages = apps.get_model("notices", "NoticePage").objects.filter(index_number__startswith=prefix)
    taken = [
        *IndexNumber.objects.filter(number__startswith=prefix).values_list("number", flat=True),
        *pages.values_list("index_number", flat=True),
    ]
    return max((int(m.group("serial")) for n in taken if (m := SERIAL.match(n))), default=0)
