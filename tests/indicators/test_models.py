from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from indicators.models import Figure, Indicator
from tests.factories import FigureFactory, IndicatorFactory, JurisdictionFactory, ReportFactory

pytestmark = pytest.mark.django_db


def test_figure_stores_the_text_as_written_and_its_parsed_number():
    figure = FigureFactory(value_text="６.５ 左右")
    figure.refresh_from_db()
    assert figure.value_text == "６.５ 左右"
    assert figure.value == Decimal("6.5")


def test_figure_without_a_number_has_no_parsed_value():
    figure = FigureFactory(value_text="完成省下达目标")
    assert figure.value is None


def test_unit_multiplier_is_converted_to_the_indicators_unit():
    figure = FigureFactory(indicator=IndicatorFactory(unit="人"), value_text="1.6 万人")
    assert figure.value == Decimal("16000")


def test_database_refuses_a_second_figure_for_the_same_report_and_key():
    report = ReportFactory()
    first = FigureFactory(
        jurisdiction=report.jurisdiction, source_report=report, source_quote="增长 6.5%"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        FigureFactory.build(  # saved as is: the service would refuse it before the database
            jurisdiction=first.jurisdiction,
            indicator=first.indicator,
            year=first.year,
            kind=first.kind,
            source_report=report,
            source_quote="增长 7%",
            value_text="7",
        ).save()
    assert Figure.objects.count() == 1


def test_database_refuses_two_unsourced_figures_for_the_same_key():
    first = FigureFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        FigureFactory.build(
            jurisdiction=first.jurisdiction,
            indicator=first.indicator,
            year=first.year,
            kind=first.kind,
        ).save()


def test_the_same_figure_from_two_reports_is_kept_twice():
    jurisdiction = JurisdictionFactory()
    indicator = IndicatorFactory()
    for report in ReportFactory.create_batch(2, jurisdiction=jurisdiction):
        FigureFactory(
            jurisdiction=jurisdiction, indicator=indicator, source_report=report, source_quote="6.5"
        )
    assert Figure.objects.filter(indicator=indicator).count() == 2


def stored_directly(**fields):
    """A figure written past the services' validation: what the database itself refuses."""
    fields = {"indicator": IndicatorFactory(), "year": 2023, "kind": "target", **fields}
    return Figure.objects.create(value_text="6", **fields)


def test_database_refuses_an_implausible_year():
    with pytest.raises(IntegrityError), transaction.atomic():
        stored_directly(jurisdiction=JurisdictionFactory(), year=3023)


def test_database_refuses_a_report_figure_without_its_quote():
    report = ReportFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        stored_directly(jurisdiction=report.jurisdiction, source_report=report, source_quote="")


def test_validation_explains_a_missing_quote_and_a_bad_year():
    report = ReportFactory()
    figure = Figure(
        jurisdiction=report.jurisdiction,
        indicator=IndicatorFactory(),
        year=1900,
        kind="target",
        value_text="6",
        source_report=report,
    )
    with pytest.raises(ValidationError) as error:
        figure.full_clean()
    assert {"year", "source_quote"} <= set(error.value.message_dict)


def test_validation_refuses_a_report_of_another_jurisdiction():
    report = ReportFactory()
    figure = Figure(
        jurisdiction=JurisdictionFactory(),
        indicator=IndicatorFactory(),
        year=2023,
        kind="target",
        value_text="6",
        source_report=report,
        source_quote="6",
    )
    with pytest.raises(ValidationError) as error:
        figure.full_clean()
    assert "source_report" in error.value.message_dict


def test_validation_refuses_unknown_flags():
    figure = FigureFactory.build(flags=["预计", "大概"])
    with pytest.raises(ValidationError) as error:
        figure.full_clean(exclude=["jurisdiction", "indicator"])
    assert "大概" in str(error.value.message_dict["flags"])


def test_growth_and_level_of_one_name_are_two_series():
    IndicatorFactory(name="地区生产总值", unit="%")
    IndicatorFactory(name="地区生产总值", unit="亿元")
    with pytest.raises(IntegrityError), transaction.atomic():
        Indicator.objects.create(name="地区生产总值", unit="%")
