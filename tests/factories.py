import factory

from indicators.models import Figure, Indicator, Jurisdiction
from reports.models import Report


class JurisdictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction

    name = factory.Sequence(lambda n: f"测试{n}区")
    level = Jurisdiction.Level.DISTRICT
    division_code = factory.Sequence(lambda n: f"{990000 + n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    name = factory.Sequence(lambda n: f"指标{n}")
    unit = "%"


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    title = factory.Sequence(lambda n: f"关于测试区第{n}号计划执行情况的报告")
    delivered_on = factory.Faker("date_between", start_date="-3y", end_date="today")


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    year = 2023
    kind = Figure.Kind.TARGET
    value_text = "6.5 左右"
