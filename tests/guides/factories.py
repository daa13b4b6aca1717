"""Factories for guides and service points."""

import factory

import wagtail_factories

from guides.models import GuidePage, GuideTopic, ItemType, ServicePoint
from taxonomy.models import Region


class ServicePointFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"政务服务窗口{n}")
    region = factory.LazyFunction(lambda: Region.objects.get(code="440106"))  # 广州市天河区
    address = "示例路1号"
    hours = "周一至周五 9:00-12:00，14:00-17:30"
    phone = "020-86001200"

    class Meta:
        model = ServicePoint


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"办事指南{n}")
    item_type = ItemType.LICENCE
    topic = GuideTopic.REGISTRATION
    implementing_body = "省民政厅"
    time_limit_kind = "promised"
    statutory_days = 30
    promised_days = 20
    visits = 1

    class Meta:
        model = GuidePage


def material(name="登记申请表", **changes):
    """A guide's `materials` entry: one original copy, required; `changes` override any field."""
    return (
        "material",
        {
            "name": name,
            "form": "original",
            "copies": 1,
            "requirement": "required",
            "condition": "",
            "notes": "",
            **changes,
        },
    )
