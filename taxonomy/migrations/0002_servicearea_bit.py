"""Each service area takes a bit of a 64-bit integer (ServiceArea.bit), in the order the
areas are listed, so an organization's areas can be kept as one column
(orgdirectory 0013)."""

import django.core.validators
from django.db import migrations, models


def number_areas(apps, schema_editor):
    ServiceArea = apps.get_model("taxonomy", "ServiceArea")
    areas = list(ServiceArea.objects.order_by("sort_order", "name", "pk"))
    if len(areas) > 63:
        raise RuntimeError(f"{len(areas)} service areas: at most 63 fit one column; merge some first.")
    for bit, area in enumerate(areas):
        area.bit = bit
    ServiceArea.objects.bulk_update(areas, ["bit"])


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("orgdirectory", "0012_city_name_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicearea",
            name="bit",
            field=models.PositiveSmallIntegerField(editable=False, null=True),
        ),
        migrations.RunPython(number_areas, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="servicearea",
            name="bit",
            field=models.PositiveSmallIntegerField(
                editable=False, unique=True, validators=[django.core.validators.MaxValueValidator(62)]
            ),
        ),
    ]
