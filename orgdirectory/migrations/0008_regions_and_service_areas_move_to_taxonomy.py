"""Regions and service areas move to taxonomy (tables kept); the directory's records point there.

The old models leave Django's state last, once every app points at the new ones."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('notices', '0003_regions_move_to_taxonomy'),
        ('guides', '0004_audience_moves_to_taxonomy'),
        ('orgdirectory', '0007_organization_facets_index'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are (the models' db_table): only Django's idea of them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='need',
                    name='region',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='talent',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='talent',
                    name='region',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='project',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='organization',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='project',
                    name='region',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='need',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='organization',
                    name='region',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='project',
                    name='service_area',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='projects', to='taxonomy.servicearea', verbose_name='Service area'),
                ),
                migrations.AlterField(
                    model_name='need',
                    name='service_area',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='needs', to='taxonomy.servicearea', verbose_name='Service area'),
                ),
                migrations.AlterField(
                    model_name='talent',
                    name='service_area',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='talent', to='taxonomy.servicearea', verbose_name='Service area'),
                ),
                migrations.AlterField(
                    model_name='organization',
                    name='service_areas',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='organizations', to='taxonomy.servicearea', verbose_name='Service areas'),
                ),
                migrations.DeleteModel(
                    name='Region',
                ),
                migrations.DeleteModel(
                    name='ServiceArea',
                ),
            ],
        ),
    ]
