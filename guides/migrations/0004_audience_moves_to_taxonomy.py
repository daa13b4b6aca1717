"""Audiences move to taxonomy (table guides_audience kept); guides and service points point there."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('guides', '0003_legal_basis_chooses_policy_texts'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are (the models' db_table): only Django's idea of them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='guidepage',
                    name='audiences',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to='taxonomy.audience', verbose_name='For whom'),
                ),
                migrations.AlterField(
                    model_name='servicepoint',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='servicepoint',
                    name='region',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.DeleteModel(
                    name='Audience',
                ),
            ],
        ),
    ]
