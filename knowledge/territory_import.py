"""Import communes from the JSON file of the official "découpage administratif" dataset.

The file is a JSON array of objects such as ``{"code": "69123", "nom": "Lyon",
"departement": "69", "type": "commune-actuelle", "population": 522250, ...}``. Only current
communes are imported: the other types (delegated and associated communes, municipal
arrondissements) are skipped. Communes are matched on their INSEE code, so importing the same
file again changes nothing.
"""

import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import transaction

from .map_data import invalidate_map_data
from .models import Commune, Department

logger = logging.getLogger(__name__)

CURRENT_COMMUNE_TYPE = "commune-actuelle"
COMMUNE_CODE_PATTERN = re.compile(r"\d{5}|2[AB]\d{3}")
NAME_MAX_LENGTH = Commune._meta.get_field("name").max_length
BATCH_SIZE = 1000
MAX_LISTED_REJECTIONS = 20

JSON_TYPE_NAMES = {dict: "object", str: "string", int: "number", float: "number", bool: "boolean"}


class CommuneFileError(Exception):
    """The file cannot be read, or is not a JSON array."""


class RejectedEntry(Exception):
    """An entry of the file that cannot be imported. Its message is the reason."""


class CommuneRow(NamedTuple):
    code: str
    name: str
    department_id: int
    population: int | None


class Rejection(NamedTuple):
    index: int
    code: object
    reason: str


@dataclass
class ImportReport:
    """Counts of one import. ``rejections`` keeps only the first MAX_LISTED_REJECTIONS."""

    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    absent: int = 0
    skipped_by_type: Counter = field(default_factory=Counter)
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def skipped(self):
        return sum(self.skipped_by_type.values())

    def reject(self, index, code, reason):
        self.rejected += 1
        if len(self.rejections) < MAX_LISTED_REJECTIONS:
            self.rejections.append(Rejection(index, code, reason))


def read_commune_file(path):
    """Return the list of entries of the JSON file at `path`, or raise CommuneFileError."""
    try:
        with open(path, encoding="utf-8-sig") as json_file:
            entries = json.load(json_file)
    except OSError as error:
        raise CommuneFileError(f"Cannot read {path}: {error.strerror}.") from error
    except UnicodeDecodeError as error:
        raise CommuneFileError(f"{path} is not UTF-8 text: {error}.") from error
    except json.JSONDecodeError as error:
        raise CommuneFileError(f"{path} is not valid JSON: {error}.") from error

    if not isinstance(entries, list):
        found = JSON_TYPE_NAMES.get(type(entries), "null")
        raise CommuneFileError(
            f"{path} must contain a JSON array of communes, but it contains a JSON {found}."
        )
    return entries


def import_commune_file(path, *, dry_run=False):
    """Read the JSON file at `path` and import its communes. The elapsed time includes reading."""
    started = time.perf_counter()
    report = import_communes(read_commune_file(path), dry_run=dry_run)
    report.elapsed = time.perf_counter() - started
    return report


def import_communes(entries, *, dry_run=False):
    """Create or update the current communes of `entries` and return an ImportReport.

    Nothing is written when `dry_run` is true. Communes missing from `entries` are kept and
    counted as absent, because field reports may still point to them.
    """
    started = time.perf_counter()
    report = ImportReport(dry_run=dry_run)
    logger.info("Commune import started: %d entries, dry run: %s.", len(entries), dry_run)

    rows = validate_entries(entries, report)
    changed_rows = find_changed_rows(rows, report)
    if not dry_run:
        save_rows(changed_rows)

    report.elapsed = time.perf_counter() - started
    logger.info(
        "Commune import finished in %.1f s: %d created, %d updated, %d unchanged, "
        "%d skipped, %d rejected.",
        report.elapsed,
        report.created,
        report.updated,
        report.unchanged,
        report.skipped,
        report.rejected,
    )
    return report


def validate_entries(entries, report):
    """Return a CommuneRow per valid current commune, and count the other entries in `report`."""
    department_ids = dict(Department.objects.values_list("code", "id"))
    first_index_by_code = {}
    rows = []

    for index, entry in enumerate(entries):
        if isinstance(entry, dict) and entry.get("type") != CURRENT_COMMUNE_TYPE:
            report.skipped_by_type[str(entry.get("type", "(no type)"))] += 1
            continue

        try:
            row = validate_entry(entry, department_ids)
            if row.code in first_index_by_code:
                first_index = first_index_by_code[row.code]
                raise RejectedEntry(f"duplicate code, first seen at index {first_index}")
        except RejectedEntry as rejection:
            code = entry.get("code") if isinstance(entry, dict) else None
            report.reject(index, code, str(rejection))
            continue

        first_index_by_code[row.code] = index
        rows.append(row)

    return rows


def validate_entry(entry, department_ids):
    """Return the CommuneRow of one current commune entry, or raise RejectedEntry."""
    if not isinstance(entry, dict):
        raise RejectedEntry("not a JSON object")

    code = entry.get("code")
    if not isinstance(code, str) or not COMMUNE_CODE_PATTERN.fullmatch(code):
        raise RejectedEntry(
            f"invalid code {code!r}: expected 5 digits, or 2A or 2B followed by 3 digits"
        )

    name = entry.get("nom")
    name = name.strip() if isinstance(name, str) else ""
    if not name:
        raise RejectedEntry("missing name (nom)")
    if len(name) > NAME_MAX_LENGTH:
        raise RejectedEntry(f"name longer than {NAME_MAX_LENGTH} characters")

    department_code = entry.get("departement")
    if department_code is None:
        raise RejectedEntry("missing département (departement)")
    if not isinstance(department_code, str) or department_code not in department_ids:
        raise RejectedEntry(f"unknown département {department_code!r}")
    if not code.startswith(department_code):
        raise RejectedEntry(f"code does not start with its département code {department_code!r}")

    population = entry.get("population")
    if population is not None and (
        not isinstance(population, int) or isinstance(population, bool) or population < 0
    ):
        raise RejectedEntry(f"invalid population {population!r}: expected a whole number ≥ 0")

    return CommuneRow(code, name, department_ids[department_code], population)


def find_changed_rows(rows, report):
    """Return the rows to create or update, and count created, updated and unchanged ones."""
    existing = {
        code: CommuneRow(code, name, department_id, population)
        for code, name, department_id, population in Commune.objects.values_list(
            "code", "name", "department_id", "population"
        )
    }
    changed_rows = []

    for row in rows:
        current = existing.pop(row.code, None)
        if current is None:
            report.created += 1
        elif current != row:
            report.updated += 1
        else:
            report.unchanged += 1
            continue
        changed_rows.append(row)

    report.absent = len(existing)
    return changed_rows


def save_rows(rows):
    """Insert or update `rows` in batches, in one transaction so a failure leaves no half import."""
    if not rows:
        return

    communes = [Commune(**row._asdict()) for row in rows]
    with transaction.atomic():
        Commune.objects.bulk_create(
            communes,
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["code"],
            update_fields=["name", "department", "population"],
        )
        # bulk_create sends no post_save signal, and the map payloads show commune names.
        invalidate_map_data()
