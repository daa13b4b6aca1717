"""View counts (点击), written in batches so that counting never serialises traffic."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViews(models.Model):
    """How many times visitors (not crawlers) opened a page. Counted by the page's
    script after it loads, so cached pages are counted too; see notices.viewcounts."""

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("Page"), primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    views = models.PositiveBigIntegerField(_("Views"), default=0)

    class Meta:
        verbose_name = _("Page views")
        verbose_name_plural = _("Page views")

    def __str__(self):
        return f"{self.page_id}: {self.views}"
