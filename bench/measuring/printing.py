"""The benchmark's report as text: a fixed-width table, notes below it."""

HEADER = [
    "page",
    "p50 ms",
    "p95 ms",
    "cold p50",
    "cold p95",
    "queries",
    "rows",
    "floor p50",
    "×floor",
    "cold×floor",
    "misses",
]


def table(report):
    """The report as a fixed-width text table, notes below it."""
    data = ", ".join(f"{count:,} {name}" for name, count in report["data"].items())
    box = report["machine"]
    return "\n".join(
        [
            f"Data: {data}",
            f"Machine: {box['cpus']} CPUs, {box['platform']}, Python {box['python']}, "
            f"PostgreSQL {box['postgresql']}",
            f"Repeats: {report['repeat']} per page, {report['export_repeat']} for the export",
            "",
            *aligned([HEADER, *(page_cells(page) for page in report["pages"])]),
            "",
            *(note for page in report["pages"] for note in page_notes(page)),
        ]
    )


def page_cells(page):
    return [
        page["name"],
        f"{page['p50_ms']:.1f}",
        f"{page['p95_ms']:.1f}",
        f"{page['cold_p50_ms']:.1f}",
        f"{page['cold_p95_ms']:.1f}",
        str(page["queries"]),
        str(page["rows"]),
        f"{page['floor_p50_ms']:.1f}",
        f"{page['ratio']:.1f}",
        f"{page['cold_ratio']:.1f}",
        ", ".join(page["misses"]) or "—",
    ]


def page_notes(page):
    notes = [f"{page['name']}: {page['subject']} — {page['url']}"]
    if page["note"]:
        notes.append(f"    note: {page['note']}")
    if page["rows_per_s"] is not None:
        notes.append(
            f"    export: {page['rows_per_s']:,} rows/s, {page['bytes'] / 1e6:.1f} MB, "
            f"peak RSS {page['peak_rss_mb']} MB (+{page['rss_growth_mb']} MB during it)"
        )
    return notes


def aligned(rows):
    """Numbers right-aligned, the page's name and its misses left-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    return [
        "  ".join(
            cell.ljust(width) if i in (0, len(HEADER) - 1) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
