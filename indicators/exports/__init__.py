"""Figures and tables as files: the Figures CSV read and written, the site's tables as CSV and
XLSX downloads, and the statisticians' exchange formats.

- figures_csv: the Figures CSV format, defined once (columns, FigureRow and the cells of its
  line, formula and report-date rules with their SQL twins).
- figures_csv_reading: a file into FigureRows and row/column errors (reports.importing).
- figures_csv_writing: stored figures as the file, by COPY on PostgreSQL.
- figures_download: a page's Figures CSV download, streamed or prepared by a Celery task.
- table_sheets: which table of the site becomes which Sheet.
- sheet_files: a Sheet written as a CSV or XLSX file or download response.
- sdmx_csv: figures as SDMX-CSV 2.0.0, one observation per row (the structure in its docstring).
- data_packages: figures or a gap table as a Frictionless Data Package (a zip), with the Table
  Schemas in package_schemas.
- table_figures: the figures a table shows, for its SDMX-CSV and Data Package downloads.
"""
