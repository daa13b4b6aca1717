"""The shared vocabularies take over the tables their models had in orgdirectory (Region,
ServiceArea) and guides (Audience): no table is created, moved or copied. Their content
types move with them, so the permissions, log entries and search entries that name them
still do."""

import django.db.models.deletion
from django.db import migrations, models

# (old app, model name) of every model this app took over.
MOVED = [("orgdirectory", "region"), ("orgdirectory", "servicearea"), ("guides", "audience")]


def move_content_types(apps, schema_editor, source_of=lambda old_app: old_app, target_of=lambda old_app: "taxonomy"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, model in MOVED:
        source = ContentType.objects.filter(app_label=source_of(old_app), model=model).first()
        if source is None:
            continue  # a new database: Django creates the content type after migrating
        target = ContentType.objects.filter(app_label=target_of(old_app), model=model).first()
        if target is not None:
            # Made by an earlier `migrate` for the model in its new place, with nothing but its own
            # permissions: drop it and keep the one every row already points at.
            Permission = apps.get_model("auth", "Permission")
            permissions = Permission.objects.filter(content_type=target)
            if permissions.filter(group__isnull=False).exists() or permissions.filter(user__isnull=False).exists():
                raise RuntimeError(
                    f"Both {source.app_label}.{model} and {target.app_label}.{model} have content types "
                    f"with permissions given to groups or users: merge them by hand first."
                )
            target.delete()
        source.app_label = target_of(old_app)
        source.save(update_fields=["app_label"])


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source_of=lambda old_app: "taxonomy", target_of=lambda old_app: old_app)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("orgdirectory", "0007_organization_facets_index"),
        ("guides", "0003_legal_basis_chooses_policy_texts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Audience',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=40, unique=True, verbose_name='Name')),
                        ('name_en', models.CharField(blank=True, max_length=80, verbose_name='English name')),
                        ('slug', models.SlugField(unique=True, verbose_name='Slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='Order')),
                    ],
                    options={
                        'verbose_name': 'Audience',
                        'verbose_name_plural': 'Audiences',
                        'db_table': 'guides_audience',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='ServiceArea',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=40, unique=True, verbose_name='Name')),
                        ('name_en', models.CharField(blank=True, max_length=80, verbose_name='English name')),
                        ('slug', models.SlugField(unique=True, verbose_name='Slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='Order')),
                    ],
                    options={
                        'verbose_name': 'Service area',
                        'verbose_name_plural': 'Service areas',
                        'db_table': 'orgdirectory_servicearea',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='Region',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(max_length=6, unique=True, verbose_name='Division code')),
                        ('name', models.CharField(max_length=50, verbose_name='Name')),
                        ('name_en', models.CharField(blank=True, max_length=80, verbose_name='English name')),
                        ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='children', to='taxonomy.region', verbose_name='City')),
                    ],
                    options={
                        'verbose_name': 'Region',
                        'verbose_name_plural': 'Regions',
                        'db_table': 'orgdirectory_region',
                        'ordering': ['code'],
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
