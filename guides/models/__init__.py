"""Service guides (办事指南): structured guides, the guide finder, journeys, service points."""

from ..choices import GuideTopic, ItemType, TimeLimitKind
from .pages import GuideIndexPage, GuideJourneyPage, GuidePage, JourneyStep, ServiceMapPage
from .points import ServicePoint

__all__ = [
    "GuideIndexPage",
    "GuideJourneyPage",
    "GuidePage",
    "GuideTopic",
    "ItemType",
    "JourneyStep",
    "ServiceMapPage",
    "ServicePoint",
    "TimeLimitKind",
]
