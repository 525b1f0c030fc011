"""Figures as SDMX-CSV 2.0.0 (SDMX 3.0), one observation per row, for statisticians' tools.

The structure, dataflow PLANWATCH:DF_PLAN_FIGURES(1.0):

- Dimensions: REF_AREA (the GB/T 2260 division code; CN for a country, J<id> for a place with
  no code), INDICATOR (the indicator's id, as the API numbers it), TIME_PERIOD (the year; a
  figure over part of a year or several years as an SDMX time range: 2024-01-01/P3M for
  January to March 2024, 2021-01-01/P4Y for 2021–2024) and VALUE_TYPE (TARGET, PLAN_TARGET or
  ACTUAL: an expected or a final result).
- Measure: OBS_VALUE, the number the text states in the indicator's unit (Figure.value): the
  point value of "6.5 左右" or "6 以上"; empty where the text states no single number (a
  range "6—6.5", 正增长, 完成省下达目标). It is never quoted or neutralised: a number.
- Attributes: OBS_STATUS (OBS_STATUS_CODES, from SDMX's cross-domain code list CL_OBS_STATUS),
  UNIT_MEASURE (the unit as written: %, 亿元), VALUE_TEXT (the value exactly as written),
  REF_AREA_NAME, INDICATOR_NAME, REVIEW_STATUS (draft, approved or returned; drafts reach only
  those who may see them, as in the Figures CSV).

An observation key is written once: figures arriving one after another with the same key (a
later report revising an earlier one, an expected result then the final one) give the one
that counts, as assessing.choice decides (final over expected, then the newest report).
Figure.objects.for_sdmx() orders figures so. Text cells a spreadsheet would run as a formula
are neutralised as in the Figures CSV; the file is UTF-8 without a byte order mark.
"""

import csv
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import groupby

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header

from indicators.assessing.choice import best_result, figure_recency
from indicators.exports.figures_csv import Echo, neutralise_formula
from indicators.models import Figure, Jurisdiction
from indicators.models.figures import period_parts

DATAFLOW = "PLANWATCH:DF_PLAN_FIGURES(1.0)"
DIMENSIONS = ["REF_AREA", "INDICATOR", "TIME_PERIOD", "VALUE_TYPE"]
MEASURE = "OBS_VALUE"
ATTRIBUTES = [
    "OBS_STATUS",
    "UNIT_MEASURE",
    "VALUE_TEXT",
    "REF_AREA_NAME",
    "INDICATOR_NAME",
    "REVIEW_STATUS",
]
SDMX_CSV_HEADER = ["STRUCTURE", "STRUCTURE_ID", "ACTION", *DIMENSIONS, MEASURE, *ATTRIBUTES]
SDMX_CSV_TYPE = "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8"

VALUE_TYPES = {
    Figure.Kind.TARGET: "TARGET",
    Figure.Kind.PLAN_TARGET: "PLAN_TARGET",
    Figure.Kind.EXPECTED: "ACTUAL",
    Figure.Kind.FINAL: "ACTUAL",
}
# CL_OBS_STATUS: A normal value, E estimated value, P provisional value.
NORMAL, ESTIMATED, PROVISIONAL = "A", "E", "P"
OBS_STATUS_CODES = {
    "target": NORMAL,  # a target as the plan sets it; VALUE_TYPE says it is a target
    "plan_target": NORMAL,
    "expected": ESTIMATED,  # 预计完成: the report's estimate of the year's result
    "preliminary": PROVISIONAL,  # a final result flagged 初步统计: the first count, may be revised
    "final": NORMAL,  # 最终: the statistics bureau's final figure
}


def obs_status(figure) -> str:
    """The CL_OBS_STATUS code of a figure's kind (a final result flagged 初步统计 is provisional)."""
    if figure.kind == Figure.Kind.FINAL and Figure.PRELIMINARY in (figure.flags or []):
        return OBS_STATUS_CODES["preliminary"]
    return OBS_STATUS_CODES[figure.kind]


def ref_area(jurisdiction) -> str:
    if jurisdiction.division_code:
        return jurisdiction.division_code
    return "CN" if jurisdiction.level == Jurisdiction.Level.COUNTRY else f"J{jurisdiction.pk}"


def time_period(figure) -> str:
    """The year, or the SDMX time range of a figure over part of a year or several years."""
    if not figure.period:
        return str(figure.year)
    period = period_parts(figure.period, figure.year)
    if period.is_single_year:
        return f"{period.first_year}-01-01/P{period.months}M"
    return f"{period.first_year}-01-01/P{period.last_year - period.first_year + 1}Y"


def observation_key(figure) -> tuple:
    return (
        ref_area(figure.jurisdiction),
        str(figure.indicator_id),
        time_period(figure),
        VALUE_TYPES[figure.kind],
    )


def obs_value(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def observation_cells(figure) -> list:
    texts = [
        figure.indicator.unit,
        figure.value_text,
        figure.jurisdiction.name,
        figure.indicator.name,
    ]
    return [
        "dataflow",
        DATAFLOW,
        "I",  # information: a complete report of what is known, not an update to apply
        *observation_key(figure),
        obs_value(figure.value),
        obs_status(figure),
        *[neutralise_formula(text) for text in texts],
        figure.review_status,
    ]


def counting_figure(figures: list):
    """Among figures of one observation key, the one that counts (assessing.choice)."""
    if figures[0].kind in (Figure.Kind.EXPECTED, Figure.Kind.FINAL):
        return best_result(figures)
    return max(figures, key=figure_recency)


def sdmx_csv_lines(figures: Iterable[Figure]) -> Iterator[str]:
    """SDMX-CSV lines, header first, of figures with their jurisdiction, indicator and report
    loaded (Figure.objects.for_sdmx()); a queryset is read in chunks."""
    writer = csv.writer(Echo(), lineterminator="\r\n")
    yield writer.writerow(SDMX_CSV_HEADER)
    if isinstance(figures, QuerySet):
        figures = figures.iterator(chunk_size=2000)
    for _key, same in groupby(figures, key=observation_key):
        yield writer.writerow(observation_cells(counting_figure(list(same))))


def sdmx_csv_bytes(figures: Iterable[Figure]) -> bytes:
    return "".join(sdmx_csv_lines(figures)).encode()


def sdmx_csv_response(figures: Iterable[Figure], filename: str) -> StreamingHttpResponse:
    lines = (line.encode() for line in sdmx_csv_lines(figures))
    response = StreamingHttpResponse(lines, content_type=SDMX_CSV_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
