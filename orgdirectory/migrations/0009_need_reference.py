"""Every need gets a reference (ND-…), the one told to whoever sent it; needs stored before
have theirs given here, one each, before the field becomes unique."""

from django.db import migrations, models

import orgdirectory.models.people


def give_references(apps, schema_editor):
    Need = apps.get_model("orgdirectory", "Need")
    given = set()
    for need in Need.objects.filter(reference__isnull=True).only("pk"):
        reference = orgdirectory.models.people.new_need_reference()
        while reference in given:
            reference = orgdirectory.models.people.new_need_reference()
        given.add(reference)
        Need.objects.filter(pk=need.pk).update(reference=reference)


class Migration(migrations.Migration):
    dependencies = [
        ("orgdirectory", "0008_regions_and_service_areas_move_to_taxonomy"),
    ]

    operations = [
        migrations.AddField(
            model_name="need",
            name="reference",
            field=models.CharField(editable=False, max_length=12, null=True, verbose_name="Reference"),
        ),
        migrations.RunPython(give_references, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="need",
            name="reference",
            field=models.CharField(
                default=orgdirectory.models.people.new_need_reference,
                editable=False,
                max_length=12,
                unique=True,
                verbose_name="Reference",
            ),
        ),
    ]
