import pytest
from django.urls import reverse

from indicators.models import Indicator, Jurisdiction
from reports.models import Report
from tests.factories import IndicatorFactory, JurisdictionFactory, ReportFactory, figure_create

pytestmark = pytest.mark.django_db


def test_reading_pages_require_login(client):
    response = client.get(reverse("indicators:home"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_home_lists_the_demo_jurisdictions_with_their_reports(analyst_client, demo):
    response = analyst_client.get(reverse("indicators:home"))
    page = response.content.decode()
    assert response.status_code == 200
    # It opens on 福建省, beside its cities, citing its own government work report.
    for name in ("福建省", "福州市", "厦门市", "泉州市"):
        assert name in page
    assert "2023-01-11" in page
    fuzhou = analyst_client.get(reverse("indicators:home") + "?jurisdiction=350100")
    page = fuzhou.content.decode()
    assert "仓山区" in page and "马尾区" in page and "2024-01-13" in page


def test_pages_are_chinese_first_and_switch_to_english(analyst_client, demo):
    assert "指标" in analyst_client.get(reverse("indicators:indicator_list")).content.decode()
    analyst_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = analyst_client.get(reverse("indicators:indicator_list")).content.decode()
    assert "Indicators" in page and "Higher is better" in page


def test_jurisdiction_page_shows_each_figure_with_its_quote(analyst_client, demo):
    url = reverse("indicators:jurisdiction", args=["350104"])
    page = analyst_client.get(url + "?year=2024").content.decode()
    assert "1110" in page
    assert "全年地区生产总值 1110 亿元" in page


def test_report_page_shows_its_figures_and_full_text(analyst_client, demo):
    report = Report.objects.get(jurisdiction__division_code="350100", text__contains="指标名称")
    page = analyst_client.get(reverse("reports:detail", args=[report.pk])).content.decode()
    assert "福州市发展和改革委员会" in page
    assert "6.5 左右" in page and "附件" in page


def test_empty_jurisdiction_says_what_is_missing(analyst_client):
    JurisdictionFactory(name="鼓楼区", level="district", division_code="350102")
    page = analyst_client.get(reverse("indicators:jurisdiction", args=["350102"])).content.decode()
    assert "鼓楼区" in page and "Figures CSV" in page


def test_user_text_is_escaped(analyst_client):
    jurisdiction = JurisdictionFactory(
        name="<script>x</script>", level="city", division_code="350200"
    )
    indicator = IndicatorFactory(name='"></script><b>', unit="%")
    figure_create(
        jurisdiction=jurisdiction, indicator=indicator, year=2023, kind="target", value_text="6"
    )
    for url in (
        reverse("indicators:home"),
        reverse("indicators:jurisdiction", args=["350200"]),
        reverse("indicators:indicator_list"),
    ):
        page = analyst_client.get(url).content.decode()
        assert "<script>x" not in page and '"></script><b>' not in page


@pytest.mark.parametrize(
    "url",
    [
        lambda: reverse("indicators:home"),
        lambda: reverse("indicators:jurisdiction", args=["350100"]),
        lambda: reverse("indicators:indicator_list"),
        lambda: reverse("indicators:jurisdiction_list"),
        lambda: reverse("indicators:jurisdiction_list") + "?q=福州",
        lambda: reverse("indicators:jurisdiction_list") + "?q=3501",
        lambda: reverse("indicators:indicator", args=[Indicator.objects.first().pk]),
        lambda: reverse(
            "reports:detail",
            args=[
                Report.objects.get(
                    jurisdiction__division_code="350100", text__contains="指标名称"
                ).pk
            ],
        ),
    ],
)
def test_pages_run_a_constant_number_of_queries(
    analyst_client, demo, django_assert_max_num_queries, url
):
    url = url()
    # The dashboard opens on 福建省, and 福州市 below it has a plan: its early warnings take one
    # query more (the plans' binding targets, none here; indicators.assessing.early_warnings),
    # however many plans there are.
    budget = 12 if url == reverse("indicators:home") else 11
    with django_assert_max_num_queries(budget):
        first = analyst_client.get(url)
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    more = ReportFactory(jurisdiction=fuzhou, title="另一份报告", delivered_on="2025-01-10")
    for year in range(2010, 2020):
        figure_create(
            jurisdiction=fuzhou,
            indicator=Indicator.objects.first(),
            year=year,
            kind="final",
            value_text="5",
            source_report=more,
            source_quote="增长 5%",
        )
    with django_assert_max_num_queries(budget) as captured:
        second = analyst_client.get(url)
    assert first.status_code == second.status_code == 200
    assert len(captured.captured_queries) <= budget


def test_jurisdiction_page_shows_each_verdict_as_text_not_colour_alone(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:gaps", args=["350100", 2023])).content.decode()
    assert "超额完成" in page and "未完成" in page and "控制在目标内" in page and "缺参照值" in page
    assert "完成情况 5.3 左右 低于目标“6.5 左右” 1.2 个百分点" in page


def test_a_judgement_is_shown_with_who_and_why(analyst_client, analyst, demo):
    from indicators.services.judgements import judgement_record

    fuzhou = Jurisdiction.objects.get(division_code="350100")
    energy = Indicator.objects.get(name="万元生产总值能耗", unit="%")
    judgement_record(
        jurisdiction=fuzhou,
        indicator=energy,
        year=2023,
        verdict="met",
        reason="省里通报已完成",
        user=analyst,
    )
    page = analyst_client.get(reverse("indicators:gaps", args=["350100", 2023])).content.decode()
    assert "判定人：analyst" in page or "judged by analyst" in page
    assert "省里通报已完成" in page


def test_jurisdiction_page_can_be_narrowed_to_one_year_by_url(analyst_client, demo):
    url = reverse("indicators:jurisdiction", args=["350100"])
    figures = analyst_client.get(url + "?year=2023").content.decode().split("<h2>数据</h2>")[1]
    assert '<td class="num">2023</td>' in figures and '<td class="num">2024</td>' not in figures
    latest = analyst_client.get(url).content.decode().split("<h2>数据</h2>")[1]
    # The latest year of Fuzhou's own results and targets, not 2025, the last year of the 十四五
    # plan whose goals the demo records for it.
    assert '<td class="num">2024</td>' in latest and '<td class="num">2025</td>' not in latest
