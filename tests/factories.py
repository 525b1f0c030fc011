import factory

from indicators.models import Figure, Indicator, Jurisdiction
from indicators.services.figures import figure_record, figures_change
from indicators.services.structure import indicator_record, jurisdiction_record
from reports.models import Report
from reports.services import report_record


class ServiceFactory(factory.django.DjangoModelFactory):
    """Creates through the write services, as every writer does: a system write (no user)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return cls.record(model_class(*args, **kwargs))


def figure_create(**fields):
    """Figure.objects.create as the services write it: parsed, judged, pages re-versioned."""
    return figure_record(figure=Figure(**fields), user=None)


class JurisdictionFactory(ServiceFactory):
    class Meta:
        model = Jurisdiction

    @staticmethod
    def record(jurisdiction):
        return jurisdiction_record(jurisdiction=jurisdiction, user=None)

    name = factory.Sequence(lambda n: f"测试{n}区")
    level = Jurisdiction.Level.DISTRICT
    parent = None
    division_code = factory.LazyAttributeSequence(lambda o, n: code_under(o.parent, n))


def code_under(parent, n):
    """A division code that fits under `parent` (350120–350159 under 福州市), 99xxxx without."""
    prefix = parent.code_prefix if parent is not None else ""
    if len(prefix) == 4:
        code = f"{prefix}{20 + n % 40}"
        return code if code != parent.division_code else f"{prefix}{60 + n % 40}"
    if len(prefix) == 2:
        return f"{prefix}{9000 + n % 1000}"
    return f"{990000 + n}"


class IndicatorFactory(ServiceFactory):
    class Meta:
        model = Indicator

    @staticmethod
    def record(indicator):
        return indicator_record(indicator=indicator, user=None)

    name = factory.Sequence(lambda n: f"指标{n}")
    unit = "%"


class ReportFactory(ServiceFactory):
    class Meta:
        model = Report

    @staticmethod
    def record(report):
        return report_record(report=report, user=None)

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    title = factory.Sequence(lambda n: f"关于测试区第{n}号计划执行情况的报告")
    delivered_on = factory.Faker("date_between", start_date="-3y", end_date="today")


class FigureFactory(ServiceFactory):
    class Meta:
        model = Figure

    @staticmethod
    def record(figure):
        return figure_record(figure=figure, user=None)

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    year = 2023
    kind = Figure.Kind.TARGET
    value_text = "6.5 左右"


def children_with_figures_of(parent, *, count, figures_each, year=2023, first_code=60, name="新区"):
    """More rows for query-count tests: districts under `parent` copying some of its figures,
    stored as the services store them and judged once, as an import does."""
    copied = list(Figure.objects.filter(jurisdiction=parent, year=year)[:figures_each])
    figures = []
    for index in range(count):
        child = JurisdictionFactory(
            name=f"{name}{index}",
            level="district",
            parent=parent,
            division_code=f"{parent.division_code[:4]}{first_code + index}",
        )
        figures += [
            Figure(
                jurisdiction=child,
                indicator_id=figure.indicator_id,
                year=year,
                kind=figure.kind,
                value_text=figure.value_text,
            )
            for figure in copied
        ]
    figures_change(saved=figures, user=None)


def fuzhou_gdp_target():
    """The demo's 福州市 2023 GDP growth target (6.5 左右)."""
    return Figure.objects.get(
        jurisdiction__division_code="350100",
        indicator__name="地区生产总值",
        indicator__unit="%",
        year=2023,
        kind="target",
    )


def edited_then_restore_request(figure, user):
    """Edit the demo figure to 7 左右 as `user`, then the admin URL and form data that restore
    its first version (6.5 左右)."""
    from django.urls import reverse

    first = figure.history.first()
    figure.value_text = "7 左右"
    figure_record(figure=figure, user=user)
    url = reverse("admin:indicators_figure_simple_history", args=[figure.pk, first.pk])
    data = {
        "jurisdiction": figure.jurisdiction_id,
        "indicator": figure.indicator_id,
        "year": 2023,
        "kind": "target",
        "value_text": "6.5 左右",
        "source_report": figure.source_report_id,
        "source_quote": figure.source_quote,
        "flags": [],
        "loaded_version": first.version,
    }
    return url, data
