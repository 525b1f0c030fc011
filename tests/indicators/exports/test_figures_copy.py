"""The Figures CSV written by PostgreSQL (COPY) is the Figures CSV the Python writer writes."""

import csv
import datetime
import io

import pytest
from django.db import connection

from indicators.exports.figures_csv_writing import FiguresCsv, figures_csv_lines
from indicators.models import Figure, Indicator, Jurisdiction

pytestmark = pytest.mark.django_db

AWKWARD_VALUES = [
    "=1+1",
    "-5",
    "+3.5%",
    "-5\n",
    "-５",
    "@SUM(A1)",
    "\tindent",
    '说"引号",逗号',
    "两行\n文字",
    "回车\r",
]


@pytest.fixture
def awkward(demo):
    """The demo figures, with every kind of text a CSV writer or a spreadsheet trips over."""
    figures = list(Figure.objects.order_by("pk")[: len(AWKWARD_VALUES)])
    for figure, text in zip(figures, AWKWARD_VALUES, strict=True):
        Figure.objects.filter(pk=figure.pk).update(value_text=text, source_quote=text)
    Figure.objects.filter(pk=figures[0].pk).update(flags=["预计", "初步统计"])
    Figure.objects.filter(pk=figures[1].pk).update(flags=[*Figure.FLAG_CHOICES, "另一个"])
    Figure.objects.filter(pk=figures[2].pk).update(flags=[])
    Jurisdiction.objects.filter(division_code="350102").update(name="+鼓楼区")
    Indicator.objects.filter(pk=figures[3].indicator_id).update(name="@指标", unit="=单位")
    reports = {figure.source_report for figure in figures if figure.source_report}
    for report, precision in zip(reports, ["year", "month", "day"], strict=False):
        type(report).objects.filter(pk=report.pk).update(
            date_precision=precision, delivered_on=datetime.date(2024, 1, 15)
        )
    return Figure.objects.for_figures_csv()


def parsed(blocks):
    return list(csv.reader(io.StringIO(b"".join(blocks).decode())))


def test_postgresql_writes_the_same_rows_in_the_same_order_as_the_python_writer(awkward):
    expected = parsed(line.encode() for line in figures_csv_lines(awkward))
    written = FiguresCsv(awkward)
    assert parsed(written) == expected
    assert written.rows == len(expected) - 1 == awkward.count()
    assert any(row[7] == "'=1+1" for row in expected) and any(row[7] == "-5" for row in expected)


def test_one_copy_per_group_of_places_writes_the_same_file(awkward):
    whole = parsed(FiguresCsv(awkward))
    in_parts = FiguresCsv(awkward, places_per_copy=1)
    assert parsed(in_parts) == whole and in_parts.rows == len(whole) - 1


def test_a_download_stopped_halfway_leaves_the_connection_usable(awkward, settings):
    blocks = iter(FiguresCsv(awkward))
    next(blocks)  # the header
    next(blocks)  # inside the COPY
    blocks.close()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
