"""The Figures CSV import timed (`manage.py bench --import-rows N` or `--import-file FILE`).

A generated file holds N figures of new cities (基准市…) under a new province: 30 indicators ×
3 years × 3 kinds a city, each from its city's report of the year, as real files do. The import
runs as a system import inside a transaction that is rolled back, so the loaded data stays as
it was. Peak memory is the process's RSS high-water mark (resource.getrusage), which includes
Django itself.
"""

import io
import resource
import sys
import tempfile
import time

from django.db import transaction

from indicators.exports.figures_csv import FIGURES_CSV_HEADER, figures_csv_line_writer
from reports.importing import figures_import

INDICATORS = 30
YEARS = (2021, 2022, 2023)
KINDS = (("target", "{0} 左右", "主要预期目标：{1}{0} 左右"), ("expected", "{0}", "预计{1}{0}"))
KINDS += (("final", "{0}", "{1}完成{0}"),)


def generated_csv(rows):
    """A Figures CSV of `rows` figures as bytes (header first)."""
    out = io.BytesIO()
    generated_csv_write(rows, out)
    return out.getvalue()


def generated_csv_write(rows, out):
    """Write a Figures CSV of `rows` figures into the binary file `out`, a line at a time."""
    line = figures_csv_line_writer()
    out.write(line(FIGURES_CSV_HEADER).encode())
    written, city = 0, 0
    while written < rows:
        city += 1
        name = f"基准市{city}"
        for year in YEARS:
            title = f"关于{name}{year - 1}年计划执行情况与{year}年计划草案的报告"
            for number in range(INDICATORS):
                indicator = f"基准指标{number}"
                for kind, value, quote in KINDS:
                    if written == rows:
                        return
                    text = value.format(f"{5 + (city + number + year) % 30 / 10:.1f}")
                    cells = dict.fromkeys(FIGURES_CSV_HEADER, "")
                    cells.update(
                        jurisdiction=name,
                        jurisdiction_level="city",
                        parent_jurisdiction="基准省",
                        indicator=indicator,
                        unit="%",
                        year=str(year),
                        kind=kind,
                        value_text=text,
                        report_title=title,
                        report_date=f"{year}-01-15",
                        source_quote=quote.format(text.split()[0], indicator),
                    )
                    out.write(line([cells[column] for column in FIGURES_CSV_HEADER]).encode())
                    written += 1


def peak_rss_mb():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def import_bench(*, rows=None, path=None):
    """Time one import of a generated or given file; returns its numbers as plain data. The
    file is read from disk in blocks, as `import_figures` reads it (a generated one is written
    to a temporary file first)."""
    with path.open("rb") if path else tempfile.TemporaryFile() as data:
        if not path:
            generated_csv_write(rows, data)
        size = data.tell() if not path else path.stat().st_size
        data.seek(0)
        started = time.perf_counter()
        cpu = time.process_time()
        with transaction.atomic():
            result = figures_import(data=data)
            transaction.set_rollback(True)
        seconds = time.perf_counter() - started
    return {
        "file": str(path) if path else f"generated, {rows} rows",
        "rows": result.rows,
        "bytes": size,
        "ok": result.ok,
        "errors": [str(error) for error in result.errors[:5]],
        "created": result.figures_created,
        "updated": result.figures_updated,
        "unchanged": result.figures_unchanged,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(time.process_time() - cpu, 1),
        "rows_per_s": round(result.rows / seconds) if seconds else None,
        "peak_rss_mb": round(peak_rss_mb()),
    }


def import_line(numbers):
    errors = (
        f"; {len(numbers['errors'])}+ errors: {numbers['errors'][0]}" if numbers["errors"] else ""
    )
    return (
        f"Import of {numbers['file']}: {numbers['rows']} rows in {numbers['seconds']} s "
        f"({numbers['cpu_seconds']} s CPU here), {numbers['rows_per_s']} rows/s, peak RSS "
        f"{numbers['peak_rss_mb']} MB; {numbers['created']} created, {numbers['updated']} "
        f"updated, {numbers['unchanged']} unchanged{errors} (rolled back)"
    )
