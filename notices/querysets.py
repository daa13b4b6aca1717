"""Domain verbs of the publishing section's page querysets."""

import datetime

from django.db.models import Q
from django.utils import timezone

from wagtail.query import PageQuerySet

from .choices import DisclosureStatus, NoticeKind


def disclosure_status_condition(status, today: datetime.date | None = None):
    """The condition selecting 公示 in `status` on `today`."""
    today = today or timezone.localdate()
    disclosure = Q(kind=NoticeKind.DISCLOSURE, disclosure_start__isnull=False)
    return (
        disclosure
        & {
            DisclosureStatus.UPCOMING: Q(disclosure_start__gt=today),
            DisclosureStatus.OPEN: Q(disclosure_start__lte=today, disclosure_end__gte=today),
            DisclosureStatus.CLOSED: Q(disclosure_end__lt=today),
        }[status]
    )


class PublishedTextQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-pinned", "-date", "-pk")

    def in_region(self, region):
        return self.filter(Q(region=region) | Q(city=region))


class NoticeQuerySet(PublishedTextQuerySet):
    def disclosures(self):
        return self.filter(kind=NoticeKind.DISCLOSURE)

    def open_disclosures(self, today=None):
        return self.filter(disclosure_status_condition(DisclosureStatus.OPEN, today))
