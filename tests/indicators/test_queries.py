"""The named query questions of the models, with their exact query counts."""

import pytest

from indicators.display.tables import GapTable
from indicators.models import Assessment, Figure, Indicator, Judgement, Jurisdiction
from indicators.services.judgements import judgement_record
from tests.factories import (
    FigureFactory,
    IndicatorFactory,
    JurisdictionFactory,
    fuzhou_gdp_target,
)

pytestmark = pytest.mark.django_db

# Every demo jurisdiction with a figure of 地区生产总值 (%), by division code.
GDP_CODES = [
    "320000",
    "330000",
    "350000",
    "350100",
    "350104",
    "350105",
    "350200",
    "350300",
    "350500",
    "350600",
    "350900",
    "440000",
]


def test_for_keys_finds_every_row_of_the_keys_in_one_query(django_assert_num_queries, demo):
    target = fuzhou_gdp_target()
    keys = {target.assessment_key, (target.jurisdiction_id, target.indicator_id, 1990)}
    with django_assert_num_queries(1):
        found = list(Figure.objects.for_keys(keys))
    assert target in found
    assert {figure.assessment_key for figure in found} >= {target.assessment_key}
    with django_assert_num_queries(1):
        assert Assessment.objects.for_keys(keys).get().target_id == target.pk
    with django_assert_num_queries(1):
        assert not Judgement.objects.for_keys(keys).exists()


def test_for_reader_hides_drafts_from_those_who_do_not_see_them(django_assert_num_queries):
    draft = FigureFactory()
    Figure.objects.filter(pk=draft.pk).update(review_status="draft")
    with django_assert_num_queries(1):
        assert list(Figure.objects.for_reader(drafts=False)) == []
    with django_assert_num_queries(1):
        assert list(Figure.objects.for_reader(drafts=True)) == [draft]


@pytest.fixture
def fuzhou(demo):
    return Jurisdiction.objects.get(division_code="350100")


def test_with_parents_loads_the_region_up_to_the_province(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        cangshan = Jurisdiction.objects.with_parents().get(division_code="350104")
        assert cangshan.root.division_code == "350000"


def test_jurisdictions_are_found_by_names_and_codes_in_one_query(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        found = list(Jurisdiction.objects.by_names_or_codes({"350100", "仓山区", "不存在区"}))
    assert [j.division_code for j in found] == ["350100", "350104"]
    with django_assert_num_queries(1):
        assert not Jurisdiction.objects.by_names_or_codes({"福州市1", "999999"}).exists()


def test_a_name_made_of_digits_is_read_as_a_code(demo):
    assert not Jurisdiction.objects.by_names_or_codes({"3501"}).exists()


def test_jurisdictions_with_figures_of_an_indicator_in_one_query(fuzhou, django_assert_num_queries):
    gdp = fuzhou_gdp_target().indicator
    with django_assert_num_queries(1):
        found = list(Jurisdiction.objects.with_figures_of(gdp).order_by("division_code"))
    # 江苏省 and 浙江省 have targets only, 厦门市 and 宁德市 results only: each counts.
    assert [j.division_code for j in found] == GDP_CODES


def test_near_offers_provinces_cities_the_jurisdictions_and_those_below_them(
    fuzhou, django_assert_num_queries
):
    xiamen = Jurisdiction.objects.get(division_code="350200")
    JurisdictionFactory(name="思明区", level="district", parent=xiamen, division_code="350203")
    JurisdictionFactory(name="闽侯县", level="district", parent=fuzhou, division_code="350121")
    with django_assert_num_queries(1):
        near = [j.division_code for j in Jurisdiction.objects.near([fuzhou.pk])]
    # the country, provinces and cities, 福州市 and those below it; not 思明区
    assert near == [
        "100000",
        "320000",
        "330000",
        "350000",
        "350100",
        "350104",
        "350105",
        "350121",
        *["350200", "350300", "350500", "350600", "350900", "440000"],
    ]


def test_the_year_kinds_of_whole_year_figures_come_in_one_query(fuzhou, django_assert_num_queries):
    figures = Figure.objects.filter(jurisdiction=fuzhou)
    with django_assert_num_queries(1):
        year_kinds = figures.annual_year_kinds()
    targets = {year for year, kind in year_kinds if kind == "target"}
    assert targets == set(figures.filter(kind="target").values_list("year", flat=True))
    # A plan's goals are figures of its last year, not of that year: they are left out.
    assert ("plan_target" not in {kind for _year, kind in year_kinds}) and figures.filter(
        kind="plan_target"
    ).exists()


def test_figures_list_by_indicator_or_by_jurisdiction_in_one_query(
    fuzhou, django_assert_num_queries
):
    with django_assert_num_queries(1):
        by_indicator = list(Figure.objects.filter(jurisdiction=fuzhou, year=2023).by_indicator())
    orders = [(f.indicator.display_order, f.kind) for f in by_indicator]
    assert [order for order, _kind in orders] == sorted(order for order, _kind in orders)
    gdp = fuzhou_gdp_target().indicator
    with django_assert_num_queries(1):
        by_place = list(
            Figure.objects.filter(indicator=gdp).select_related("jurisdiction").by_jurisdiction()
        )
    codes = [f.jurisdiction.division_code for f in by_place]
    assert codes == sorted(codes) and sorted(set(codes)) == GDP_CODES


def test_a_figure_for_its_page_comes_with_what_the_page_shows(demo, django_assert_num_queries):
    pk = fuzhou_gdp_target().pk
    with django_assert_num_queries(1):
        figure = Figure.objects.for_detail().get(pk=pk)
        assert (figure.jurisdiction.name, figure.indicator.unit) == ("福州市", "%")
        assert figure.source_report.title and figure.entered_by is None


def test_shown_statuses_are_an_analysts_verdict_where_one_applies(
    fuzhou, administrator, django_assert_num_queries
):
    target = fuzhou_gdp_target()
    judgement_record(
        jurisdiction=fuzhou,
        indicator=target.indicator,
        year=2023,
        verdict="met",
        reason="口径调整",
        user=administrator,
    )
    with django_assert_num_queries(1):
        statuses = Assessment.objects.filter(jurisdiction=fuzhou).shown_statuses(
            "indicator_id", "year"
        )
    assert statuses[(target.indicator_id, 2023)] == "met"
    shown = {
        (a.indicator_id, a.year): a.shown_status
        for a in Assessment.objects.filter(jurisdiction=fuzhou).select_related("judgement")
    }
    assert statuses == shown


def test_results_by_year_count_the_assessments_with_a_result(fuzhou, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = Assessment.objects.filter(jurisdiction=fuzhou).results_by_year()
    assessments = Assessment.objects.filter(jurisdiction=fuzhou)
    assert counts == {
        year: assessments.filter(year=year, result__isnull=False).count()
        for year in set(assessments.values_list("year", flat=True))
    }
    assert counts[2023] > 0 and counts[2024] == 0


def test_indicators_in_report_order_come_with_their_parents(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        indicators = Indicator.objects.all().in_report_order()
        depths = [indicator.depth for indicator in indicators]
    assert max(depths) == 2
    keys = [(i.display_order, i.name, i.unit) for i in indicators]
    assert keys == sorted(keys)


def test_indicators_of_series_come_in_the_order_asked_in_one_query(demo, django_assert_num_queries):
    asked = [("固定资产投资", "%"), ("没有的指标", "%"), ("地区生产总值", "%")]
    with django_assert_num_queries(1):
        found = Indicator.objects.of_series(asked)
    assert [(i.name, i.unit) for i in found] == [asked[0], asked[2]]


def test_charted_indicators_leave_out_the_qualitative_ones(demo, django_assert_num_queries):
    qualitative = IndicatorFactory(name="营商环境", unit="分", measure="qualitative")
    with django_assert_num_queries(1):
        charted = list(Indicator.objects.charted())
    assert qualitative not in charted and all(i.measure != "qualitative" for i in charted)
    assert len(charted) == Indicator.objects.exclude(measure="qualitative").count() > 0


def test_gap_table_rows_load_in_one_query_and_render_without_another(
    fuzhou, django_assert_num_queries
):
    with django_assert_num_queries(1):
        rows = list(Assessment.objects.filter(jurisdiction=fuzhou, year=2023).for_gap_table())
    with django_assert_num_queries(0):
        body = GapTable(rows).body_html()
    assert body.count("<tr>") == len(rows) == 22
    assert '<span class="status status-missed">▼ 未完成</span>' in body
