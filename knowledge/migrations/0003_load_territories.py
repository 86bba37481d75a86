"""Load the régions and départements of France from the CSV files in knowledge/data.

Safe to run again: rows are matched on their INSEE code, so a second run only updates names.
"""

import csv
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_rows(filename):
    with open(DATA_DIR / filename, encoding="utf-8", newline="") as csv_file:
        return list(csv.DictReader(csv_file))


def load_territories(apps, schema_editor):
    Region = apps.get_model("knowledge", "Region")
    Department = apps.get_model("knowledge", "Department")

    regions = {}
    for row in read_rows("regions.csv"):
        regions[row["code"]], _ = Region.objects.update_or_create(
            code=row["code"], defaults={"name": row["name"]}
        )

    for row in read_rows("departements.csv"):
        Department.objects.update_or_create(
            code=row["code"],
            defaults={"name": row["name"], "region": regions[row["region_code"]]},
        )


def unload_territories(apps, schema_editor):
    """Delete the loaded départements and régions, with the communes imported into them."""
    Region = apps.get_model("knowledge", "Region")
    Department = apps.get_model("knowledge", "Department")
    Commune = apps.get_model("knowledge", "Commune")

    department_codes = [row["code"] for row in read_rows("departements.csv")]
    Commune.objects.filter(department__code__in=department_codes).delete()
    Department.objects.filter(code__in=department_codes).delete()
    Region.objects.filter(code__in=[row["code"] for row in read_rows("regions.csv")]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_territories_field_reports_map"),
    ]

    operations = [
        migrations.RunPython(load_territories, unload_territories),
    ]
