"""Import the communes of France from the official "découpage administratif" JSON file."""

from django.core.management.base import BaseCommand, CommandError

from knowledge.territory_import import CommuneFileError, import_commune_file


class Command(BaseCommand):
    help = (
        "Create or update communes from the communes.json file of the official "
        '"découpage administratif" dataset (a JSON array of objects with code, nom, '
        "departement, type and population). Only entries of type commune-actuelle are "
        "imported. Safe to run again: communes are matched on their INSEE code. The régions "
        "and départements must be loaded first, which the knowledge migrations do."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            help="Path of the JSON file to import, for example communes.json.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate the file and print the counts without saving anything.",
        )

    def handle(self, *args, **options):
        try:
            report = import_commune_file(options["file"], dry_run=options["dry_run"])
        except CommuneFileError as error:
            raise CommandError(str(error)) from error

        self.print_report(options["file"], report)

    def print_report(self, path, report):
        verb = "Checked" if report.dry_run else "Imported"
        self.stdout.write(f"{verb} {path} in {report.elapsed:.1f} s.")
        self.stdout.write(f"  created:   {report.created}")
        self.stdout.write(f"  updated:   {report.updated}")
        self.stdout.write(f"  unchanged: {report.unchanged}")
        self.stdout.write(f"  skipped:   {report.skipped}{describe_skipped(report)}")
        self.stdout.write(f"  rejected:  {report.rejected} (index in the JSON array, from 0)")
        for rejection in report.rejections:
            self.stdout.write(
                self.style.WARNING(
                    f"    index {rejection.index}, code {rejection.code!r}: {rejection.reason}"
                )
            )
        if report.rejected > len(report.rejections):
            self.stdout.write(f"    … and {report.rejected - len(report.rejections)} more")
        if report.absent:
            self.stdout.write(
                f"  {report.absent} communes of the database are not in the file; they were kept."
            )
        if report.dry_run:
            self.stdout.write(self.style.NOTICE("Dry run: nothing was saved."))


def describe_skipped(report):
    """Return the skipped counts by entry type, such as " (commune-deleguee: 2)"."""
    if not report.skipped:
        return ""
    counts = ", ".join(f"{kind}: {count}" for kind, count in sorted(report.skipped_by_type.items()))
    return f" ({counts})"
