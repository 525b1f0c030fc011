"""Figures CSV cells that look right and are not: digits other than 0–9, invisible characters."""

import pytest
from django.utils import translation

from indicators.models import Figure
from reports.importing import figures_import
from tests.reports.test_import_figures import HEADER, TITLE, csv_bytes

pytestmark = pytest.mark.django_db

PLAN_HEADER = HEADER + ",division_code,plan,plan_start,plan_end"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def row(year="2023", date="2024-01-13", code="350100", start="2021", value="6.5 左右"):
    return (
        f"福州市,city,福建省,地区生产总值,%,{year},target,{value},{TITLE},{date},增长 6.5% 左右,"
        f"{code},十四五规划,{start},2025"
    )


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ({"year": "²⁰²³"}, "year"),
        ({"year": "２０２３"}, "year"),
        ({"year": "٢٠٢٣"}, "year"),
        ({"start": "²⁰²¹"}, "plan_start"),
        ({"code": "３５０１００"}, "division_code"),
        ({"code": "³⁵⁰¹⁰⁰"}, "division_code"),
        ({"date": "２０２４-01-13"}, "report_date"),
    ],
)
def test_digits_other_than_ascii_are_a_row_error_not_a_crash(cells, column):
    result = figures_import(data=csv_bytes(row(**cells), header=PLAN_HEADER))
    assert [(e.row, e.column) for e in result.errors] == [(2, column)]
    assert not Figure.objects.exists()


def test_superscript_digits_in_a_value_are_not_a_crash():
    result = figures_import(data=csv_bytes(row(value="⁶.⁵"), header=PLAN_HEADER))
    assert result.ok or result.errors
