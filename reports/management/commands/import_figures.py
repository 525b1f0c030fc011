from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from reports.importing import figures_import


class Command(BaseCommand):
    help = (
        "Import a Figures CSV (UTF-8, UTF-8 with BOM or GB18030). All-or-nothing unless --partial."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, store nothing."
        )
        parser.add_argument(
            "--partial", action="store_true", help="Store the good rows, report the bad ones."
        )
        parser.add_argument("--user", help="Record the figures as entered by this username.")

    def handle(self, *args, file, dry_run, partial, user, **options):
        entered_by = self.user(user) if user else None
        try:
            data = file.open("rb")  # read in blocks, not held whole
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        with data:
            result = figures_import(data=data, user=entered_by, dry_run=dry_run, partial=partial)
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        for error in result.errors:
            self.stderr.write(f"rejected: {error}")
        self.report(result, dry_run)
        if result.errors and not partial:
            raise CommandError(f"{len(result.errors)} problem(s) found; nothing was stored.")

    def user(self, username):
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None

    def report(self, result, dry_run):
        for label, names in (
            ("jurisdiction", result.created_jurisdictions),
            ("indicator", result.created_indicators),
            ("report", result.created_reports),
        ):
            for name in names:
                self.stdout.write(f"created {label}: {name}")
        verb = "would be" if dry_run or not result.stored else "were"
        self.stdout.write(
            f"{result.rows} rows read; figures {verb}: {result.figures_created} created, "
            f"{result.figures_updated} updated, {result.figures_unchanged} unchanged"
        )
