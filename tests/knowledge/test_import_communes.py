"""The import_communes command reads the official "découpage administratif" communes file.

data/communes_sample.json contains 16 real current communes (populations are rounded or
approximate), 3 entries of other types and 7 invalid entries, in the official format.
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from knowledge.models import Commune
from knowledge.territory_import import MAX_LISTED_REJECTIONS, import_communes

SAMPLE_PATH = Path(__file__).parent / "data" / "communes_sample.json"

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    return json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))


def run_command(*args):
    stdout = StringIO()
    call_command("import_communes", *args, stdout=stdout)
    return stdout.getvalue()


def test_import_creates_current_communes(entries):
    report = import_communes(entries)

    assert report.created == 16
    assert report.updated == 0
    assert report.unchanged == 0
    assert Commune.objects.count() == 16


def test_import_stores_name_department_and_population(entries):
    import_communes(entries)

    lyon = Commune.objects.get(code="69123")
    assert lyon.name == "Lyon"
    assert lyon.department.code == "69"
    assert lyon.population == 522250
    assert Commune.objects.get(code="2A004").department.code == "2A"
    assert Commune.objects.get(code="42218").name == "Saint-Étienne"


def test_import_keeps_missing_population_empty(entries):
    import_communes(entries)

    assert Commune.objects.get(code="97611").population is None


def test_import_skips_other_entry_types(entries):
    report = import_communes(entries)

    assert report.skipped == 3
    assert report.skipped_by_type == {"arrondissement-municipal": 2, "commune-deleguee": 1}
    assert not Commune.objects.filter(code__in=["75101", "69381", "74011"]).exists()


def test_import_skips_entry_without_type():
    report = import_communes([{"code": "69123", "nom": "Lyon", "departement": "69"}])

    assert report.skipped_by_type == {"(no type)": 1}
    assert Commune.objects.count() == 0


def test_import_reports_rejection_reasons(entries):
    report = import_communes(entries)

    reasons = {rejection.index: rejection.reason for rejection in report.rejections}
    assert report.rejected == 7
    assert reasons[19] == "missing name (nom)"
    assert reasons[20] == "unknown département '977'"
    assert reasons[21].startswith("invalid code '2C004'")
    assert reasons[22] == "code does not start with its département code '25'"
    assert reasons[23] == "duplicate code, first seen at index 1"
    assert reasons[24].startswith("invalid population '147 000'")
    assert reasons[25] == "not a JSON object"


def test_import_reports_rejected_codes(entries):
    report = import_communes(entries)

    codes = [rejection.code for rejection in report.rejections]
    assert codes == ["01053", "97701", "2C004", "21231", "13055", "63113", None]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"code": 69123}, "invalid code 69123"),
        ({"code": "6912"}, "invalid code '6912'"),
        ({"code": "69 123"}, "invalid code '69 123'"),
        ({"nom": "   "}, "missing name (nom)"),
        ({"nom": "L" * 151}, "name longer than 150 characters"),
        ({"departement": None}, "missing département (departement)"),
        ({"departement": ["69"]}, "unknown département ['69']"),
        ({"population": -1}, "invalid population -1"),
        ({"population": 12.5}, "invalid population 12.5"),
        ({"population": True}, "invalid population True"),
    ],
)
def test_import_rejects_invalid_field(changes, reason):
    entry = {"code": "69123", "nom": "Lyon", "departement": "69", "type": "commune-actuelle"}
    entry.update(changes)

    report = import_communes([entry])

    assert report.rejected == 1
    assert report.rejections[0].reason.startswith(reason)
    assert Commune.objects.count() == 0


def test_import_lists_only_first_rejections():
    bad_entries = [{"code": "bad", "type": "commune-actuelle"}] * (MAX_LISTED_REJECTIONS + 5)

    report = import_communes(bad_entries)

    assert report.rejected == MAX_LISTED_REJECTIONS + 5
    assert len(report.rejections) == MAX_LISTED_REJECTIONS


def test_second_import_changes_nothing(entries):
    import_communes(entries)

    report = import_communes(entries)

    assert report.created == 0
    assert report.updated == 0
    assert report.unchanged == 16
    assert report.skipped == 3
    assert report.rejected == 7


def test_import_updates_changed_name(entries):
    import_communes(entries)
    Commune.objects.filter(code="69123").update(name="Lyon-sur-Rhône")

    report = import_communes(entries)

    assert report.updated == 1
    assert report.unchanged == 15
    assert Commune.objects.get(code="69123").name == "Lyon"


def test_import_updates_changed_population(entries):
    import_communes(entries)
    entries[2]["population"] = 530000

    report = import_communes(entries)

    assert report.updated == 1
    assert Commune.objects.get(code="69123").population == 530000


def test_import_keeps_communes_absent_from_file(entries):
    import_communes(entries)

    report = import_communes(entries[1:])

    assert report.absent == 1
    assert Commune.objects.filter(code="75056").exists()


def test_import_with_changes_invalidates_map_data(entries, monkeypatch):
    calls = []
    monkeypatch.setattr("knowledge.territory_import.invalidate_map_data", lambda: calls.append(1))

    import_communes(entries)

    assert calls == [1]


def test_import_without_changes_keeps_map_data(entries, monkeypatch):
    import_communes(entries)
    calls = []
    monkeypatch.setattr("knowledge.territory_import.invalidate_map_data", lambda: calls.append(1))

    import_communes(entries)
    import_communes(entries, dry_run=True)

    assert calls == []


def test_dry_run_saves_nothing(entries):
    report = import_communes(entries, dry_run=True)

    assert report.created == 16
    assert Commune.objects.count() == 0


def test_command_prints_counts():
    output = run_command(str(SAMPLE_PATH))

    assert "created:   16" in output
    assert "updated:   0" in output
    assert "unchanged: 0" in output
    assert "skipped:   3 (arrondissement-municipal: 2, commune-deleguee: 1)" in output
    assert "rejected:  7" in output
    assert "index 19, code '01053': missing name (nom)" in output
    assert "Dry run" not in output


def test_command_dry_run_saves_nothing():
    output = run_command(str(SAMPLE_PATH), "--dry-run")

    assert "created:   16" in output
    assert "Dry run: nothing was saved." in output
    assert Commune.objects.count() == 0


def test_command_counts_rejections_beyond_listed(tmp_path):
    path = tmp_path / "communes.json"
    path.write_text(json.dumps([{"code": "bad", "type": "commune-actuelle"}] * 25))

    output = run_command(str(path))

    assert "rejected:  25" in output
    assert output.count("invalid code 'bad'") == MAX_LISTED_REJECTIONS
    assert "… and 5 more" in output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"code;nom\n69123;Lyon\n", "is not valid JSON"),
        (b'[{"code": "69123",', "is not valid JSON"),
        (b'{"code": "69123", "nom": "Lyon"}', "must contain a JSON array of communes"),
        (b"null", "but it contains a JSON null"),
        ('["Écully"]'.encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_command_rejects_malformed_file(tmp_path, content, message):
    path = tmp_path / "communes.json"
    path.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        run_command(str(path))


def test_command_rejects_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read .*: No such file or directory"):
        run_command(str(tmp_path / "missing.json"))
