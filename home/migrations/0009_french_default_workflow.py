"""Give Wagtail's default moderation workflow and task a French name.

Wagtail creates them as "Moderators approval", which the editor's action menu shows as
"Soumettre à Moderators approval" on every page outside a community workflow.
"""

from django.db import migrations

ENGLISH_NAME = "Moderators approval"
FRENCH_NAME = "Validation par les modérateurs"


def rename(apps, old, new):
    for model_name in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model_name).objects.filter(name=old).update(name=new)


def to_french(apps, schema_editor):
    rename(apps, ENGLISH_NAME, FRENCH_NAME)


def to_english(apps, schema_editor):
    rename(apps, FRENCH_NAME, ENGLISH_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_editor_help_texts"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(to_french, to_english)]
