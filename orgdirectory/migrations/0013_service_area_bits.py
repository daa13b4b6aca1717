"""Organizations keep their service areas as one integer, a bit per area
(taxonomy 0002), and the facets index takes that column, so the directory filters and
counts by area without joining the link table."""

from django.db import migrations, models
from django.db.models import BigIntegerField, F, OuterRef, Subquery, Sum
from django.db.models.functions import Cast, Coalesce


def fill_bits(apps, schema_editor):
    Organization = apps.get_model("orgdirectory", "Organization")
    links = Organization.service_areas.through.objects.filter(organization=OuterRef("pk")).order_by()
    # An organization is linked to an area at most once: the sum of its areas' bits is their union.
    mask = Cast(1, BigIntegerField()).bitleftshift(F("servicearea__bit"))
    bits = links.values("organization").annotate(bits=Sum(mask)).values("bits")
    Organization.objects.update(service_area_bits=Coalesce(Subquery(bits, output_field=BigIntegerField()), 0))


class Migration(migrations.Migration):
    dependencies = [
        ("orgdirectory", "0012_city_name_index"),
        ("taxonomy", "0002_servicearea_bit"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="service_area_bits",
            field=models.BigIntegerField(default=0, editable=False, verbose_name="Service areas, as bits"),
        ),
        migrations.RunPython(fill_bits, migrations.RunPython.noop),
        migrations.RemoveIndex(
            model_name="organization",
            name="orgdirectory_org_facets_idx",
        ),
        migrations.AddIndex(
            model_name="organization",
            index=models.Index(
                fields=[
                    "city",
                    "org_type",
                    "standing",
                    "grade",
                    "grade_valid_until",
                    "registered_on",
                    "service_area_bits",
                ],
                name="orgdirectory_org_facets_idx",
            ),
        ),
    ]
