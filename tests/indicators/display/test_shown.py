"""One row shape for a shown figure: read from plain rows, choosing as the stored assessments do."""

from collections import defaultdict
from datetime import date

import pytest

from indicators.assessing.choice import best_result, current_target
from indicators.display.shown import (
    ShownFigure,
    chosen_figures,
    shown_figures,
    source_text,
    target_and_result,
)
from indicators.models import Assessment, Figure, Jurisdiction
from reports.models import Report
from tests.factories import FigureFactory, ReportFactory, fuzhou_gdp_target

pytestmark = pytest.mark.django_db

KEY = ("jurisdiction_id", "indicator_id", "year")


def key_of(assessment):
    return (assessment.jurisdiction_id, assessment.indicator_id, assessment.year)


def test_shown_figures_of_any_number_of_keys_are_read_in_one_query(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        grouped = shown_figures(Figure.objects.all(), *KEY)
    assert sum(len(found) for found in grouped.values()) == Figure.objects.count()
    target = fuzhou_gdp_target()
    shown = next(f for f in grouped[target.assessment_key] if f.pk == target.pk)
    assert (shown.kind, shown.value_text, shown.source_quote) == (
        "target",
        "6.5 左右",
        target.source_quote,
    )
    assert shown.get_kind_display() == "目标" and shown.expression.kind == "approx"


def test_the_figures_of_one_report_share_one_shown_report(demo):
    grouped = shown_figures(Figure.objects.exclude(source_report=None), *KEY)
    reports = {f.source_report.pk: f.source_report for found in grouped.values() for f in found}
    shared = {id(f.source_report) for found in grouped.values() for f in found}
    assert (
        len(shared)
        == len(reports)
        == Report.objects.filter(figures__isnull=False).distinct().count()
    )


def test_shown_figures_choose_the_target_and_result_the_stored_assessments_chose(demo):
    """The recency rule is assessing.choice's, for rows as for model instances."""
    rows = shown_figures(Figure.objects.published(), *KEY)
    instances = defaultdict(list)
    for figure in Figure.objects.published().select_related("source_report"):
        instances[figure.assessment_key].append(figure)
    assessments = {key_of(a): a for a in Assessment.objects.all()}
    assert assessments
    for key, found in rows.items():
        target, result = target_and_result(found)
        assert (target and target.pk) == (current_target(instances[key]) or Figure()).pk
        assert (result and result.pk) == (best_result(instances[key]) or Figure()).pk
        if key in assessments:
            assert (target.pk, result and result.pk) == (
                assessments[key].target_id,
                assessments[key].result_id,
            )


def test_a_newer_report_wins_then_the_latest_edit(demo):
    target = fuzhou_gdp_target()
    same_day = ReportFactory(
        jurisdiction=target.jurisdiction, delivered_on=target.source_report.delivered_on
    )
    without_report, later_edit, older_report = (
        FigureFactory(
            jurisdiction=target.jurisdiction,
            indicator=target.indicator,
            value_text=text,
            source_report=report,
            source_quote=text if report else "",
        )
        for text, report in [
            ("7 左右", None),
            ("7.5 左右", same_day),
            (
                "8 左右",
                ReportFactory(jurisdiction=target.jurisdiction, delivered_on=date(2000, 1, 1)),
            ),
        ]
    )
    found = shown_figures(Figure.objects.filter(jurisdiction=target.jurisdiction), *KEY)
    chosen, _result = target_and_result(found[target.assessment_key])
    assert chosen.pk == later_edit.pk  # the newest report's, then the latest edit
    Figure.objects.filter(pk=later_edit.pk).delete()
    found = shown_figures(Figure.objects.filter(jurisdiction=target.jurisdiction), *KEY)
    chosen, _result = target_and_result(found[target.assessment_key])
    assert chosen.pk == target.pk
    assert {without_report.pk, older_report.pk}.isdisjoint({chosen.pk})


def test_chosen_figures_read_each_assessments_target_result_and_shown_status_in_one_query(
    demo, django_assert_num_queries
):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    with django_assert_num_queries(1):
        chosen = chosen_figures(Assessment.objects.filter(jurisdiction=fuzhou), *KEY)
    assessments = Assessment.objects.filter(jurisdiction=fuzhou).select_related("judgement")
    assert len(chosen) == len(assessments) > 0
    for assessment in assessments:
        status, target, result = chosen[key_of(assessment)]
        assert status == assessment.shown_status
        assert isinstance(target, ShownFigure) and target.pk == assessment.target_id
        assert (result and result.pk) == assessment.result_id


def test_a_figures_source_names_its_report_and_date_or_is_the_quote_alone(demo):
    target = fuzhou_gdp_target()
    shown = next(
        f for f in shown_figures(Figure.objects.filter(pk=target.pk), *KEY)[target.assessment_key]
    )
    expected = (
        f"《{target.source_report.title}》{target.source_report.date_text}：{target.source_quote}"
    )
    assert source_text(shown) == source_text(target) == expected
    assert source_text(shown._replace(source_report=None)) == target.source_quote
