"""Entering a result in the app: from a gap-table row, prefilled, saved as a draft through the
write service, shown to analysts as a draft and to nobody else."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from indicators.services.figures import figure_record
from reports.models import Report
from tests.factories import ReportFactory

pytestmark = pytest.mark.django_db

NEW = reverse("reports:result_new")
GAPS_2024 = reverse("indicators:gaps", args=["350100", 2024])


def gdp():
    return Indicator.objects.get(name="地区生产总值", unit="%")


def fuzhou():
    return Jurisdiction.objects.get(division_code="350100")


def entry(**fields):
    data = {
        "jurisdiction": fuzhou().pk,
        "indicator": gdp().pk,
        "year": 2024,
        "kind": "expected",
        "value_text": "5.7 左右",
        "source_report": "",
        "new_report_title": "",
        "new_report_year": "",
        "new_report_date": "",
        "source_quote": "",
    }
    return {**data, **fields}


def stored():
    return (Figure.objects.count(), Report.objects.count(), Figure.history.count())


def test_the_form_comes_prefilled_from_the_gap_table_row(analyst_client, demo):
    page = analyst_client.get(GAPS_2024).content.decode()
    link = f"{NEW}?jurisdiction={fuzhou().pk}&amp;year=2024&amp;indicator={gdp().pk}"
    assert link in page and "添加结果" in page
    response = analyst_client.get(link.replace("&amp;", "&"))
    form = response.context["form"]
    assert (form["jurisdiction"].value(), form["indicator"].value()) == (fuzhou().pk, gdp().pk)
    assert (form["year"].value(), form["kind"].value()) == (2024, "expected")
    html = response.content.decode()
    assert 'type="checkbox" name="flags" value="预计"' in html and "已审核" not in html
    for fuzhou_report in Report.objects.filter(jurisdiction=fuzhou()):
        assert f'<option value="{fuzhou_report.pk}">' in html  # the place's reports, to choose from


def test_saving_stores_a_draft_as_written_and_says_it_awaits_review(analyst_client, analyst, demo):
    response = analyst_client.post(NEW, entry(flags=["预计", "可比价"]))
    assert response.status_code == 302 and response.url == GAPS_2024
    figure = Figure.objects.get(jurisdiction=fuzhou(), indicator=gdp(), year=2024, kind="expected")
    assert (figure.value_text, figure.flags) == ("5.7 左右", ["预计", "可比价"])
    assert (figure.review_status, figure.entered_by, figure.version) == ("draft", analyst, 1)
    assert figure.history.get().history_change_reason == "在应用中录入"
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["已保存：地区生产总值 2024 年，“5.7 左右”。这是草稿，现等待审核。"]


def test_the_analysts_gap_table_shows_the_draft_and_an_officials_does_not(
    analyst_client, official, demo
):
    officials_client = Client()
    officials_client.force_login(official)
    analyst_client.post(NEW, entry())
    page = analyst_client.get(GAPS_2024).content.decode()  # the analysts' body, now cached
    assert "5.7 左右</a>" in page and "草稿，待审核" in page
    shown_to_official = officials_client.get(GAPS_2024).content.decode()
    assert "5.7 左右" not in shown_to_official and "草稿" not in shown_to_official
    assert NEW not in shown_to_official  # nor the analysts' links, though their body is cached


def test_an_analyst_of_another_place_sees_drafts_but_no_links_to_enter(
    client, analyst_client, cangshan_analyst, demo
):
    analyst_client.post(NEW, entry())
    client.force_login(cangshan_analyst)
    page = client.get(GAPS_2024).content.decode()
    assert "5.7 左右</a>" in page and NEW not in page


def test_the_analysts_gap_table_runs_the_same_queries_however_many_drafts(
    analyst_client, analyst, demo, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0  # count the body's queries, not the cache's
    targets = Assessment.objects.filter(jurisdiction=fuzhou(), year=2024)
    indicators = list(Indicator.objects.filter(pk__in=targets.values("indicator"))[:6])

    def draft(indicator):
        figure = Figure(jurisdiction=fuzhou(), indicator=indicator, year=2024, kind="expected")
        figure.value_text = "<b>7</b>"  # shown escaped, as every value
        figure_record(figure=figure, user=analyst)

    draft(indicators[0])
    with django_assert_max_num_queries(20) as first:
        one = analyst_client.get(GAPS_2024).content.decode()
    for indicator in indicators[1:]:
        draft(indicator)
    with django_assert_max_num_queries(20) as second:
        many = analyst_client.get(GAPS_2024).content.decode()
    assert len(second.captured_queries) == len(first.captured_queries)
    assert one.count("review-draft") == 1 and many.count("review-draft") == len(indicators)
    assert "&lt;b&gt;7&lt;/b&gt;" in many and "<b>7</b>" not in many


def test_a_new_report_is_stored_with_the_figure_from_its_title_year_and_date(analyst_client, demo):
    title = "关于福州市2024年国民经济和社会发展计划执行情况的报告"
    response = analyst_client.post(
        NEW,
        entry(
            new_report_title=title,
            new_report_year=2024,
            new_report_date="2025-01",
            source_quote="全市地区生产总值增长5.7%左右",
        ),
    )
    assert response.status_code == 302
    report = Report.objects.get(title=title)
    assert (report.review_year, report.date_text, report.jurisdiction) == (
        2024,
        "2025-01",
        fuzhou(),
    )
    figure = Figure.objects.get(source_report=report)
    assert figure.source_quote == "全市地区生产总值增长5.7%左右"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"value_text": "  "}, "value_text", "这个字段是必填项。"),
        ({"year": "二〇二四"}, "year", "输入整数。"),
        ({"new_report_title": "新报告", "new_report_date": "去年"}, "new_report_date", "不是日期"),
        ({"new_report_title": "新报告", "new_report_date": "2025"}, "source_quote", "原句"),
        ({"new_report_year": 2024}, "new_report_title", "标题"),
        ({"new_report_title": "新报告"}, "new_report_date", "这个字段是必填项。"),
    ],
)
def test_bad_input_is_refused_beside_its_field_and_stores_nothing(
    analyst_client, demo, fields, field, message
):
    before = stored()
    response = analyst_client.post(NEW, entry(**fields))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert stored() == before


def test_the_same_result_twice_is_refused_with_the_stored_value(analyst_client, demo):
    analyst_client.post(NEW, entry())
    before = stored()
    response = analyst_client.post(NEW, entry(value_text="5.8"))
    assert "“5.7 左右”" in " ".join(response.context["form"].errors["value_text"])
    assert stored() == before


def test_an_analyst_of_another_place_is_refused_on_the_server(client, cangshan_analyst, demo):
    client.force_login(cangshan_analyst)
    before = stored()
    assert client.get(NEW, {"jurisdiction": fuzhou().pk, "year": 2024}).status_code == 403
    assert client.post(NEW, entry()).status_code == 403
    assert stored() == before


def test_officials_and_visitors_cannot_enter_results(client, official, demo):
    before = stored()
    assert client.post(NEW, entry()).status_code == 302  # to the login page
    client.force_login(official)
    assert client.get(NEW).status_code == 403
    assert client.post(NEW, entry()).status_code == 403
    assert stored() == before


def test_the_form_runs_the_same_queries_however_many_reports_and_places(
    analyst_client, demo, django_assert_max_num_queries
):
    url = f"{NEW}?jurisdiction={fuzhou().pk}&indicator={gdp().pk}&year=2024"
    with django_assert_max_num_queries(12) as first:
        analyst_client.get(url)
    for number in range(20):
        ReportFactory(jurisdiction=fuzhou(), title=f"报告{number}", delivered_on="2025-01-10")
    Jurisdiction.objects.create(name="新区", level="district", parent=fuzhou())
    with django_assert_max_num_queries(12) as second:
        analyst_client.get(url)
    assert len(second.captured_queries) == len(first.captured_queries)


def test_the_indicator_page_links_to_the_form_starting_at_the_analysts_place(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:indicator", args=[gdp().pk]), {"year": 2024})
    link = f"{NEW}?indicator={gdp().pk}&amp;year=2024"
    assert link in page.content.decode()
    form = analyst_client.get(link.replace("&amp;", "&")).context["form"]
    assert (form["jurisdiction"].value(), form["indicator"].value()) == (fuzhou().pk, gdp().pk)


def test_officials_get_no_link_to_enter_results(client, official, demo):
    client.force_login(official)
    page = client.get(reverse("indicators:indicator", args=[gdp().pk]), {"year": 2024})
    assert NEW not in page.content.decode()


def test_the_admins_blank_figure_form_has_flag_checkboxes_and_no_review_status(
    client, administrator, demo
):
    client.force_login(administrator)
    html = client.get(reverse("admin:indicators_figure_add")).content.decode()
    assert 'type="checkbox" name="flags" value="约束性"' in html
    assert "已审核" not in html and '<textarea name="flags"' not in html


def test_the_form_reads_in_english(analyst_client, demo):
    analyst_client.cookies["django_language"] = "en"
    html = analyst_client.get(NEW, {"indicator": gdp().pk, "year": 2024}).content.decode()
    for label in (
        "Add a result",
        "Value as written",
        "New report: year covered",
        "Save the result",
    ):
        assert label in html
    assert "添加结果" not in html and "原文数值" not in html
