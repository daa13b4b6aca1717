"""Load Guangdong's cities, districts and counties, and the starting list of service areas."""

from django.db import migrations

SERVICE_AREAS = [
    ("poverty-relief", "扶贫济困", "Poverty relief"),
    ("elderly-care", "养老服务", "Elderly care"),
    ("children", "儿童关爱", "Children"),
    ("disability", "助残服务", "Disability services"),
    ("education", "教育助学", "Education"),
    ("health", "医疗卫生", "Health"),
    ("community", "社区治理", "Community development"),
    ("environment", "环境保护", "Environment"),
    ("culture-sport", "文化体育", "Culture and sport"),
    ("science", "科技服务", "Science and technology"),
    ("industry", "行业服务", "Industry services"),
    ("emergency", "应急救援", "Emergency relief"),
    ("legal-aid", "法律服务", "Legal aid"),
    ("volunteering", "志愿服务", "Volunteering"),
    ("social-work", "社会工作", "Social work"),
]


def load(apps, schema_editor):
    from taxonomy.regions_data import CITIES

    Region = apps.get_model("orgdirectory", "Region")
    ServiceArea = apps.get_model("orgdirectory", "ServiceArea")
    for code, name, name_en, counties in CITIES:
        city, _ = Region.objects.update_or_create(code=code, defaults={"name": name, "name_en": name_en, "parent": None})
        for county_code, county_name, county_name_en in counties:
            Region.objects.update_or_create(
                code=county_code, defaults={"name": county_name, "name_en": county_name_en, "parent": city}
            )
    for order, (slug, name, name_en) in enumerate(SERVICE_AREAS):
        ServiceArea.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order})


def unload(apps, schema_editor):
    apps.get_model("orgdirectory", "ServiceArea").objects.all().delete()
    Region = apps.get_model("orgdirectory", "Region")
    Region.objects.filter(parent__isnull=False).delete()
    Region.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("orgdirectory", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
