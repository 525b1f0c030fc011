from collections import defaultdict

import lxml.html
import pytest
from django.urls import reverse

from indicators.models import Assessment, Figure, Indicator
from indicators.services.figures import figure_approve
from reports.models import Report

pytestmark = pytest.mark.django_db


def inline_post(report, rows):
    data = {
        "jurisdiction": report.jurisdiction_id,
        "title": report.title,
        "issuing_body": report.issuing_body,
        "delivered_on": report.delivered_on.isoformat(),
        "date_precision": report.date_precision,
        "meeting": report.meeting,
        "review_year": report.review_year or "",
        "plan_year": report.plan_year or "",
        "text": report.text,
    }
    prefix = "figures"
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": len(rows),
            f"{prefix}-INITIAL_FORMS": 0,  # stored figures are listed, not rows of the form
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
    )
    for offset, row in enumerate(rows):
        data.update({f"{prefix}-{offset}-{key}": value for key, value in row.items()})
    return data


def test_analyst_adds_a_figure_inline_on_the_report_page(
    analyst_client, analyst, fuzhou_reviewer, demo
):
    report = Report.objects.get(jurisdiction__division_code="350104")
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    url = reverse("admin:reports_report_change", args=[report.pk])
    page = analyst_client.get(url)
    assert page.status_code == 200 and "1110" in page.content.decode()
    response = analyst_client.post(
        url,
        inline_post(
            report,
            [
                {
                    "indicator": indicator.pk,
                    "year": 2025,
                    "kind": "final",
                    "value_text": "5.9 左右",
                    "source_quote": "全年地区生产总值增长 5.8%",
                    "flags": [],
                }
            ],
        ),
    )
    assert response.status_code == 302, [
        f.errors for f in response.context["inline_admin_formsets"][0].formset.forms
    ] + [response.context["adminform"].form.errors]
    figure = Figure.objects.get(source_report=report, indicator=indicator, year=2025, kind="final")
    assert (figure.jurisdiction, figure.entered_by, str(figure.value)) == (
        report.jurisdiction,
        analyst,
        "5.900000",
    )
    assessment = Assessment.objects.get(
        jurisdiction=report.jurisdiction, indicator=indicator, year=2025
    )
    assert figure.review_status == "draft"
    assert (assessment.status, assessment.result) == ("pending", None)  # drafts do not count yet
    figure_approve(figure=figure, user=fuzhou_reviewer)
    assessment.refresh_from_db()
    assert (assessment.status, assessment.result) == ("exceeded", figure)  # 5.9 against 5.5


def test_inline_figure_without_quote_is_refused_with_a_message(analyst_client, demo):
    report = Report.objects.get(jurisdiction__division_code="350104")
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    count = Figure.objects.count()
    response = analyst_client.post(
        reverse("admin:reports_report_change", args=[report.pk]),
        inline_post(
            report,
            [
                {
                    "indicator": indicator.pk,
                    "year": 2024,
                    "kind": "final",
                    "value_text": "5.9",
                    "source_quote": "",
                    "flags": [],
                }
            ],
        ),
    )
    assert response.status_code == 200
    assert "请引用数据所在的原句" in response.content.decode()
    assert Figure.objects.count() == count


def test_figure_list_shows_the_value_as_written_next_to_the_parsed_value(analyst_client, demo):
    page = analyst_client.get(
        reverse("admin:indicators_figure_changelist") + "?q=左右"
    ).content.decode()
    assert "6.5 左右" in page and '<td class="field-parsed_value">6.5</td>' in page
    assert "6.500000" not in page  # the parsed number as a person writes it


def test_autocomplete_finds_indicators_by_name(analyst_client, demo):
    response = analyst_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "indicators",
            "model_name": "figure",
            "field_name": "indicator",
            "term": "规上",
        },
    )
    assert response.status_code == 200
    assert "规上工业增加值" in response.json()["results"][0]["text"]


def test_saving_a_report_without_touching_its_figures_keeps_them_published(analyst_client, demo):
    report = Report.objects.get(jurisdiction__division_code="350104")
    versions = dict(Figure.objects.filter(source_report=report).values_list("pk", "version"))
    response = analyst_client.post(
        reverse("admin:reports_report_change", args=[report.pk]), inline_post(report, [])
    )
    assert response.status_code == 302
    assert set(
        Figure.objects.filter(source_report=report).values_list("review_status", flat=True)
    ) == {"approved"}
    assert (
        dict(Figure.objects.filter(source_report=report).values_list("pk", "version")) == versions
    )


def submitted(page, form_id):
    """What a browser sends for the form submitted unchanged with its save button, as a dict of
    lists: every named field, empty ones too (lxml's form_values leaves those out)."""
    form = next(f for f in lxml.html.fromstring(page).forms if f.get("id") == form_id)
    data = defaultdict(list, {"_save": ["save"]})
    for field in form.inputs:
        if not field.name or "disabled" in field.attrib:
            continue
        if field.tag == "select":
            data[field.name] += field.value if field.multiple else [field.value or ""]
        elif field.tag == "textarea" or not (
            field.type in ("submit", "image", "reset", "file", "button")
            or (field.checkable and not field.checked)
        ):
            data[field.name].append(field.value or "")
    return dict(data)


def test_the_largest_report_saves_from_its_admin_page_as_rendered(client, administrator, demo):
    """Fuzhou's report has more figures than Django accepts fields in one POST if each is an
    editable row; the page lists them, each linking to its own page, and saves."""
    report = Report.objects.get(jurisdiction__division_code="350100", text__contains="指标名称")
    figures = Figure.objects.filter(source_report=report)
    assert figures.count() >= 108
    stored = sorted(figures.values_list("pk", "version", "review_status"))
    client.force_login(administrator)
    url = reverse("admin:reports_report_change", args=[report.pk])
    page = client.get(url).content.decode()
    first = figures.order_by("year", "indicator__display_order", "indicator__name", "kind")[0]
    assert reverse("admin:indicators_figure_change", args=[first.pk]) in page
    every = reverse("admin:indicators_figure_changelist") + f"?source_report__id__exact={report.pk}"
    assert every in page
    listed = client.get(every)
    assert listed.status_code == 200 and listed.context["cl"].result_count == figures.count()
    data = submitted(page, "report_form")
    data["title"] = [report.title + "（修订）"]
    response = client.post(url, data)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.title.endswith("（修订）")
    assert sorted(figures.values_list("pk", "version", "review_status")) == stored
