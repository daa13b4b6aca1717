"""Texts point at taxonomy.Region, which took over the table of orgdirectory.Region."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('notices', '0002_article_cover_image_alt'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are (the models' db_table): only Django's idea of them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='articlepage',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='articlepage',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='The city or district the text is about, if it is local.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='noticepage',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='noticepage',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='The city or district the text is about, if it is local.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
                migrations.AlterField(
                    model_name='policypage',
                    name='city',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.region', verbose_name='City'),
                ),
                migrations.AlterField(
                    model_name='policypage',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='The city or district the text is about, if it is local.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.region', verbose_name='Region'),
                ),
            ],
        ),
    ]
