"""Where the table-writing commands put their sheet: a file or standard output, CSV or XLSX."""

import sys

from indicators.exports.figures_csv import BOM
from indicators.exports.sheet_files import csv_lines, write_xlsx


def sheet_write(sheet, *, format, output, stdout):
    """XLSX (to `output` or standard output's bytes) or CSV in plain UTF-8: scripts read it, so
    without the BOM people's spreadsheets need."""
    if format == "xlsx":
        stream = open(output, "wb") if output else sys.stdout.buffer
        write_xlsx(sheet, stream)
        if output:
            stream.close()
        return
    lines = csv_lines(sheet)
    first = next(lines).removeprefix(BOM)
    target = open(output, "w", encoding="utf-8", newline="") if output else stdout
    target.write(first)
    for line in lines:
        target.write(line)
    if output:
        target.close()
