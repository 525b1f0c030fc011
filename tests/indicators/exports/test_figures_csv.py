"""The Figures CSV format: formula and report-date rules, their SQL twins, a row both ways."""

import datetime

import pytest
from django.db import connection

from indicators.exports.figures_csv import (
    DAY,
    FIGURES_CSV_HEADER,
    MONTH,
    NEUTRALISED_SQL,
    REPORT_DATE_SQL,
    YEAR,
    FigureRow,
    figure_cells,
    figures_csv_line_writer,
    neutralise_formula,
    parse_report_date,
    report_date_text,
    restore_formula,
)
from indicators.exports.figures_csv_reading import read_figures_csv
from reports.models import Report

# The edges of the rule: each trigger, numbers with and without sign, decimals and percent.
FORMULA_LIKE = [
    "=SUM(A1)",
    "+1",
    "-0.5%",
    "@who",
    "\tx",
    "\rx",
    "-",
    "+.5",
    "5%%",
    "1e5",
    "−5",  # a minus sign that is not ASCII: not a trigger
    "-5\n",
    "-５",
    "6.5左右",
    "",
]


@pytest.mark.parametrize(
    "text, neutralised",
    [
        ("=1+1", "'=1+1"),
        ("-5", "-5"),
        ("+3.5%", "+3.5%"),
        ("-5\n", "'-5\n"),  # a number followed by a line is text
        ("-５", "'-５"),  # full-width digits are not a number to a spreadsheet
        ("6.5左右", "6.5左右"),
    ],
)
def test_formula_neutralising_treats_only_plain_ascii_numbers_as_numbers(text, neutralised):
    assert neutralise_formula(text) == neutralised


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_restoring_a_neutralised_formula_gives_back_the_text(text):
    # Not for a text that itself starts with an apostrophe and a formula character: it reads
    # back without the apostrophe, as a spreadsheet shows it.
    assert restore_formula(neutralise_formula(text)) == text


@pytest.mark.django_db
def test_postgresql_neutralises_formulas_as_python_does():
    sql = NEUTRALISED_SQL.format("cell.text")
    with connection.cursor() as cursor:
        for text in FORMULA_LIKE:
            cursor.execute(f"SELECT {sql} FROM (SELECT %s::text AS text) AS cell", [text])
            assert cursor.fetchone() == (neutralise_formula(text),), text


REPORT_DATES = [
    (datetime.date(2024, 1, 13), "day", "2024-01-13"),
    (datetime.date(2024, 1, 13), "month", "2024-01"),
    (datetime.date(2024, 1, 13), "year", "2024"),
    (datetime.date(2023, 12, 1), "month", "2023-12"),
    (datetime.date(1999, 2, 28), "", "1999-02-28"),  # no precision: the whole date
]


@pytest.mark.parametrize("delivered_on, precision, text", REPORT_DATES)
def test_a_report_date_is_written_as_precisely_as_the_report_gives_it(
    delivered_on, precision, text
):
    assert report_date_text(delivered_on, precision) == text


def test_the_precisions_written_are_the_ones_a_report_stores():
    assert sorted([DAY, MONTH, YEAR]) == sorted(Report.DatePrecision.values)


def test_a_report_without_a_date_has_an_empty_date_text():
    assert report_date_text(None, "day") == ""


@pytest.mark.django_db
def test_postgresql_writes_report_dates_as_python_does():
    sql = REPORT_DATE_SQL.format(date="report.delivered_on", precision="report.precision")
    with connection.cursor() as cursor:
        for delivered_on, precision, _text in [*REPORT_DATES, (None, "day", "")]:
            cursor.execute(
                f"SELECT {sql} FROM (SELECT %s::date AS delivered_on, %s::text AS precision)"
                " AS report",
                [delivered_on, precision],
            )
            (written,) = cursor.fetchone()
            # COPY writes NULL as an empty cell, which a CSV reader reads as the empty text.
            assert (written or "") == report_date_text(delivered_on, precision)


@pytest.mark.parametrize(
    "text, read",
    [
        ("2024-01-13", (datetime.date(2024, 1, 13), "day")),
        ("2024-01", (datetime.date(2024, 1, 1), "month")),
        (" 2024 ", (datetime.date(2024, 1, 1), "year")),
    ],
)
def test_a_report_date_reads_as_its_date_and_precision(text, read):
    assert parse_report_date(text) == read


@pytest.mark.parametrize("delivered_on, precision, text", REPORT_DATES[:4])
def test_a_written_report_date_reads_back_to_its_precision(delivered_on, precision, text):
    read_on, read_precision = parse_report_date(report_date_text(delivered_on, precision))
    assert read_precision == precision
    assert report_date_text(read_on, read_precision) == text


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "13/01/2024", "24", "", None])
def test_a_report_date_that_is_not_one_is_refused(text):
    with pytest.raises(ValueError):
        parse_report_date(text)


def awkward_row(**changes):
    row = FigureRow(
        jurisdiction="+鼓楼区",
        level="district",
        parent="福州市",
        division_code="350102",
        parent_code="350100",
        indicator="@指标",
        unit="=单位",
        direction="up",
        indicator_parent="",
        year=2023,
        kind="final",
        value_text="-5\n6",  # a line break inside a cell survives; the reader strips its ends
        report_title='说"引号",逗号',
        report_date="2024-01",
        quote="=1+1 两行\n文字",
        flags=["预计", "初步统计"],
    )
    for name, value in changes.items():
        setattr(row, name, value)
    return row


def test_a_written_row_reads_back_as_the_same_figure_row():
    line = figures_csv_line_writer()
    no_report = {"year": 2024, "flags": [], "report_title": "", "report_date": ""}
    rows = [awkward_row(), awkward_row(**no_report)]
    text = line(FIGURES_CSV_HEADER) + "".join(line(figure_cells(row)) for row in rows)
    read = read_figures_csv(text.encode())
    assert (read.errors, read.warnings, read.count) == ([], [], 2)
    assert read.rows == [awkward_row(number=2), awkward_row(**no_report, number=3)]
