"""Working days: the public holidays and make-up working days editors keep, and
the arithmetic of a disclosure period counted in working days."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel


class Holiday(models.Model):
    """A day off on a weekday (国庆节), or a weekend day worked in exchange (调休上班).
    The State Council publishes the year's list each winter; editors enter it here."""

    date = models.DateField(_("Date"), unique=True)
    name = models.CharField(pgettext_lazy("name of a thing", "Name"), max_length=40)
    is_working_day = models.BooleanField(
        _("Make-up working day"), default=False, help_text=_("Tick for a weekend day that is worked (调休上班).")
    )

    panels = [FieldPanel("date"), FieldPanel("name"), FieldPanel("is_working_day")]

    class Meta:
        verbose_name = _("Holiday")
        verbose_name_plural = _("Holidays")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The last day of a period of `days` working days that begins on `start`
    (counted if it is itself a working day), skipping weekends and holidays."""
    if days < 1:
        raise ValueError("a period has at least one working day")
    # Long holidays (Spring Festival) add at most a week or two per month.
    horizon = start + datetime.timedelta(days=days * 2 + 30)
    exceptions = dict(Holiday.objects.filter(date__range=(start, horizon)).values_list("date", "is_working_day"))
    day, counted = start, 0
    while True:
        is_weekday = day.weekday() < 5
        if exceptions.get(day, is_weekday):
            counted += 1
            if counted == days:
                return day
        day += datetime.timedelta(days=1)
