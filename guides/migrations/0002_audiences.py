"""The starting list of audiences (申请对象); editors can extend it."""

from django.db import migrations

AUDIENCES = [
    ("social-group", "社会团体", "Social groups"),
    ("social-service", "社会服务机构（民办非企业单位）", "Social service organizations"),
    ("foundation", "基金会", "Foundations"),
    ("charity", "慈善组织", "Charitable organizations"),
    ("individual", "个人", "Individuals"),
    ("founder", "拟成立社会组织的发起人", "Founders of a new organization"),
]


def load(apps, schema_editor):
    Audience = apps.get_model("guides", "Audience")
    for order, (slug, name, name_en) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order})


def unload(apps, schema_editor):
    apps.get_model("guides", "Audience").objects.filter(slug__in=[slug for slug, _n, _e in AUDIENCES]).delete()


class Migration(migrations.Migration):
    dependencies = [("guides", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
