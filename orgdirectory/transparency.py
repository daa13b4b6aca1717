"""The transparency ledger (信息公开) of one organization: money received per year
and source, what it paid for, and the organization's record, with a bar chart
drawn on the server as SVG so that it reads without JavaScript."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from .choices import FundingSource

# One colour per source, distinguishable in grey scale too (dark to light).
SOURCE_COLOURS = {
    FundingSource.GOVERNMENT_PURCHASE: "#7d1215",
    FundingSource.FISCAL_SUBSIDY: "#c0392b",
    FundingSource.DONATION: "#1f5f99",
    FundingSource.FOUNDATION_GRANT: "#5d9fd6",
    FundingSource.OTHER: "#9a9a9a",
}
CHART_WIDTH, CHART_HEIGHT = 640, 280
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 80, 30, 10


@dataclass
class Segment:
    source: str
    label: str
    amount: Decimal
    colour: str
    y: float
    height: float


@dataclass
class Bar:
    year: int
    total: Decimal
    x: float
    width: float
    segments: list


def nice_ceiling(value):
    """The smallest 1, 2 or 5 × 10ⁿ at or above `value`, for the chart's top line."""
    if value <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


class Ledger:
    def __init__(self, organization):
        self.organization = organization
        self.records = list(
            organization.funding_records.select_related("document").order_by("-year", "source", "-amount")
        )
        self.grade_awards = list(organization.grade_awards.all())
        self.standing_records = list(organization.standing_records.all())
        self.inspections = list(organization.inspections.select_related("document"))
        self.commendations = list(organization.commendations.all())
        self.penalties = list(organization.penalties.all())
        self.service_areas = list(organization.service_areas.all())
        self.donations = list(organization.donations.order_by("-donated_on"))

    @property
    def total(self):
        return sum((record.amount for record in self.records), Decimal(0))

    @property
    def donations_total(self):
        return sum((d.amount for d in self.donations if d.amount), Decimal(0))

    def by_year(self):
        """[(year, {source: amount}, total)] oldest first: the table behind the chart."""
        table = defaultdict(lambda: defaultdict(Decimal))
        for record in self.records:
            table[record.year][record.source] += record.amount
        return [(year, dict(table[year]), sum(table[year].values())) for year in sorted(table)]

    def table_rows(self):
        """Rows of the year-by-source table, amounts in the order of sources_used()."""
        sources = [source for source, _label, _colour in self.sources_used()]
        return [
            {"year": year, "amounts": [amounts.get(source) for source in sources], "total": total}
            for year, amounts, total in self.by_year()
        ]

    @property
    def active_grade(self):
        return self.organization.active_grade_on(timezone.localdate())

    def by_source(self):
        totals = defaultdict(Decimal)
        for record in self.records:
            totals[record.source] += record.amount
        return [(FundingSource(s).label, totals[s]) for s in FundingSource.values if s in totals]

    def sources_used(self):
        used = {record.source for record in self.records}
        return [(s, FundingSource(s).label, SOURCE_COLOURS[s]) for s in FundingSource.values if s in used]

    def chart(self):
        rows = self.by_year()
        if not rows:
            return None
        top = nice_ceiling(max(total for _, _, total in rows))
        plot_height = CHART_HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
        slot = (CHART_WIDTH - MARGIN_LEFT) / len(rows)
        bars = []
        for index, (year, amounts, total) in enumerate(rows):
            y = CHART_HEIGHT - MARGIN_BOTTOM
            segments = []
            for source in FundingSource.values:
                if source not in amounts:
                    continue
                height = float(amounts[source] / top) * plot_height
                y -= height
                segments.append(
                    Segment(source, FundingSource(source).label, amounts[source], SOURCE_COLOURS[source], y, height)
                )
            bars.append(Bar(year, total, MARGIN_LEFT + index * slot + slot * 0.2, slot * 0.6, segments))
        ticks = [(top * i / 4, CHART_HEIGHT - MARGIN_BOTTOM - plot_height * i / 4) for i in range(5)]
        return {
            "width": CHART_WIDTH,
            "height": CHART_HEIGHT,
            "bars": bars,
            "ticks": ticks,
            "axis_x": MARGIN_LEFT,
            "baseline": CHART_HEIGHT - MARGIN_BOTTOM,
            "legend": self.sources_used(),
        }
