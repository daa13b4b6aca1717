"""View counts (点击): each view is one inserted row, added into the page's total by cron.

An insert takes no row lock another view waits for, so counting never serialises
traffic; the rows live in the database, so every server process sees and keeps them,
with or without Redis. See notices.viewcounts.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViews(models.Model):
    """The views already added up for a page (those still in PendingView come on top)."""

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("Page"), primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    views = models.PositiveBigIntegerField(_("Views"), default=0)

    class Meta:
        verbose_name = _("Page views")
        verbose_name_plural = _("Page views")

    def __str__(self):
        return f"{self.page_id}: {self.views}"


class PendingView(models.Model):
    """One view not yet added to its page's PageViews row (`manage.py flush_view_counts` does that)."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("Page"), on_delete=models.CASCADE, related_name="+", db_index=True
    )

    class Meta:
        verbose_name = _("Pending view")
        verbose_name_plural = _("Pending views")

    def __str__(self):
        return f"{self.page_id}: +1"
