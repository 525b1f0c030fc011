import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bench.measuring.benchmark import BenchError, bench
from bench.measuring.importing import import_bench, import_line
from bench.measuring.printing import table


class Command(BaseCommand):
    help = (
        "Time each main page on the loaded data (p50/p95 server time, queries, rows) against its "
        "floor: the same rows from one raw SQL query through a minimal template."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="Timed requests per page.")
        parser.add_argument(
            "--export-repeat", type=int, default=3, help="Timed requests of the export."
        )
        parser.add_argument("--json", metavar="FILE", help="Also write the numbers as JSON.")
        parser.add_argument(
            "--page", action="append", help="Only this page (by name); may be repeated."
        )
        parser.add_argument(
            "--import-rows",
            type=int,
            metavar="N",
            help="Time the Figures CSV import of a generated N-row file (rolled back), not pages.",
        )
        parser.add_argument(
            "--import-file",
            type=Path,
            metavar="FILE",
            help="Time the import of this Figures CSV (rolled back), not pages.",
        )

    def handle(self, *args, repeat, export_repeat, page, import_rows, import_file, **options):
        path = options["json"]
        if import_rows is not None or import_file is not None:
            return self.import_only(import_rows, import_file, path)
        if repeat < 1 or export_repeat < 1:
            raise CommandError("Repeat counts must be at least 1.")
        try:
            report = bench(
                repeat=repeat, export_repeat=export_repeat, only=page, out=self.stdout.write
            )
        except BenchError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(table(report))
        if path:
            with open(path, "w", encoding="utf-8") as stream:
                json.dump(report, stream, ensure_ascii=False, indent=2)
            self.stdout.write(f"Wrote {path}")

    def import_only(self, rows, file, path):
        if rows is not None and rows < 1:
            raise CommandError("--import-rows must be at least 1.")
        numbers = import_bench(rows=rows, path=file)
        self.stdout.write(import_line(numbers))
        if path:
            with open(path, "w", encoding="utf-8") as stream:
                json.dump({"import": numbers}, stream, ensure_ascii=False, indent=2)
